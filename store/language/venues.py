"""Places a venue implies when the article names no city.

The place data lists venues of one city by name ("Phủ Chủ tịch", "trụ sở Tỉnh ủy Nghệ An",
"Cung điện Smolny"); those are read like the city itself. This module reads the seats the
data cannot list whole: a national body named without its country ("tại trụ sở Bộ Ngoại
giao", "tại Ban Đối ngoại Trung ương"), which sits in the capital of the country whose body it
is — said by the name ("… Nga") or, when the name says nothing, by the host who receives there.
"""

from __future__ import annotations

import re

from store.language.compiled import kept_regex
from store.language.countries import capital
from store.language.document import Sentence
from store.language.lexicon import Mention

# "tại trụ sở Bộ Ngoại giao", "tại Bộ Quốc phòng", "tại trụ sở Ban Đối ngoại Trung ương",
# "tại Văn phòng Chính phủ": the body's name runs to the next comma or bracket.
_NATIONAL_SEAT = kept_regex(
    r"\b(?:tai|o)\s+(?:(?:tru so|toa nha|nha khach)\s+(?:cua\s+)?)?"
    r"(bo|ban|van phong|hoc vien|kiem toan nha nuoc|ngan hang nha nuoc)\s+([^,;.()]{2,60})"
)
# Local bodies and offices abroad are no national seat: "Ban quản lý dự án", "Văn phòng đại
# diện", "Bộ Chỉ huy quân sự tỉnh", "Ban Chỉ đạo …".
_NOT_NATIONAL = kept_regex(
    r"^(?:quan ly|dai dien|chi huy|chi dao|to chuc su kien|tiep dan|giam hieu|giam doc)\b"
    r"|\b(?:tinh|thanh pho|tp|huyen|quan|vung|khu vuc|tai)\b"
)
_RUSSIAN = kept_regex(r"\b(?:nga|lien bang nga|lb nga)\b")
# Vietnamese national bodies named so: "Ban … Trung ương", "Văn phòng Chính phủ/Quốc hội".
_VIETNAMESE = kept_regex(r"\b(?:viet nam|trung uong|chinh phu|quoc hoi|chu tich nuoc)\b\s*$")
# "Đại sứ Nga Y", "Tổng Lãnh sự Liên bang Nga tại Đà Nẵng Y": a Russian envoy posted here.
_ENVOY_HERE = kept_regex(
    r"\b(?:dai su|tong lanh su|lanh su)(?: dac menh toan quyen)?(?: cua)?\s+(?:lien bang |lb )?nga\b"
)
# "(giờ địa phương)": the clock of where the meeting was, which a Vietnamese report names only
# abroad; the one statement of it (extract.py reads it for the host's city).
LOCAL_TIME = kept_regex(r"\bgio dia phuong\b")
# A clock named by its city or country ("giờ Moskva", "giờ Hà Nội"): also written from abroad.
_NAMED_CLOCK = kept_regex(r"\bgio (?:moskva|moscow|ha noi|viet nam)\b")


def abroad_clock(folded: str) -> bool:
    """The sentence gives its time by another clock than the reader's at home."""
    return bool(LOCAL_TIME.search(folded) or _NAMED_CLOCK.search(folded))


# "tại Nhà Trắng" (as written: folded it is the city Nha Trang): the seat of a government the
# data cannot place without knowing whose.
_WHITE_HOUSE = kept_regex(r"(?<!\w)(?:tại|ở)\s+Nhà\s+Trắng(?!\w)")


def national_seat(s: Sentence, chosen: list[tuple[Mention, str]]) -> str | None:
    """The capital a national body's seat in the sentence stands in, or None."""
    if _WHITE_HOUSE.search(s.text):
        # Beside a Russian principal, the Russian Government's house in Moskva ("hội kiến Thủ
        # tướng Dmitry Medvedev tại Nhà Trắng"); beside no one Russian, no place is known.
        russian = any(c == "RU" for pm, c in chosen if s.start <= pm.start < s.end)
        return capital("RU") if russian else None
    m = _NATIONAL_SEAT.search(s.folded)
    if m is None or not s.text[m.start(1) : m.start(1) + 1].isupper():
        return None  # "tại bộ phận …": a common noun, no body's name
    body = m.group(2)
    if _NOT_NATIONAL.search(body):
        return None
    if _RUSSIAN.search(body):
        country: str | None = "RU"
    elif _VIETNAMESE.search(body):
        country = "VN"
    else:
        # The name says no country: the body is the host's, the first principal named — the
        # one who receives or leads the talks there ("tại trụ sở Bộ Ngoại giao, Bộ trưởng X
        # đã tiếp …", "X đã tiếp Y tại trụ sở Bộ Công an") — but an ambassador posted in
        # Vietnam calls on a Vietnamese body.
        people = sorted(
            (pm for pm in chosen if s.start <= pm[0].start < s.end), key=lambda pm: pm[0].start
        )
        # The one whose own title names the body is its host ("tại trụ sở Bộ Công an, Giám đốc
        # FSB X hội đàm với Bộ trưởng Bộ Công an Y": Y's ministry, though X is named first).
        own = _titled_by(s, m, people)
        country = own or (people[0][1] if people else None)
        if country == "RU" and _ENVOY_HERE.search(s.folded):
            country = "VN"
        if country == "VN" and abroad_clock(s.folded):
            return None  # a Vietnamese host keeps no foreign clock: the reader is abroad
    return capital(country) if country in ("VN", "RU") else None


def _titled_by(s: Sentence, venue: re.Match[str], people: list[tuple[Mention, str]]) -> str | None:
    """The country of the first principal whose title names the body of the venue ("Bộ trưởng
    Bộ Công an Y", "X, Bộ trưởng Quốc phòng, …"). A title is read before the name back to the
    meeting verb or the previous name, and after it up to the verb or the next name."""
    head, body = venue.group(1), venue.group(2).strip()
    forms = [f"{head} {body}"] + (
        [f"bo truong {body}", f"thu truong {body}"] if head == "bo" else []
    )
    folded = (
        s.folded[: venue.start()] + " " * (venue.end() - venue.start()) + s.folded[venue.end() :]
    )
    verbs = [(k.start - s.start, k.end - s.start) for k in s.kinds]
    spans = [(pm.start - s.start, pm.end - s.start) for pm, _ in people]
    for i, (start, end) in enumerate(spans):
        lo = spans[i - 1][1] if i else 0
        hi = spans[i + 1][0] if i + 1 < len(spans) else len(folded)
        lo = max([lo, *(e for b, e in verbs if lo <= b and e <= start)])
        hi = min([hi, *(b for b, e in verbs if end <= b and e <= hi)])
        title = folded[lo:start] + " " + folded[end:hi]
        # A title with its country ("Bộ trưởng Tư pháp Liên bang Nga", "Bộ trưởng Bộ Quốc
        # phòng Việt Nam") names a ministry a seat written without one ("tại trụ sở Bộ Tư
        # pháp") does not say is that one: the host is then the first principal.
        # Nor does a longer name that goes on with "và" ("Bộ Xây dựng và Nhà ở …"): another body.
        if any(
            re.search(rf"\b{re.escape(f)}\b(?!\s+{_COUNTRY_AFTER}|\s+va\s)", title) for f in forms
        ):
            return people[i][1]
    return None


_COUNTRY_AFTER = r"(?:nga|lien bang nga|lb nga|viet nam|cua nga|cua viet nam)\b"


def seat_of_body(venue: Mention, s: Sentence, chosen: list[tuple[Mention, str]]) -> str | None:
    """A national body's seat the place data names without a country ("trụ sở Bộ Quốc phòng",
    read as Hà Nội's) stands in the capital of the host who receives there, when that differs."""
    at = venue.start - s.start
    m = _NATIONAL_SEAT.search(s.folded, max(0, at - 8))
    if m is None or not (m.start(1) <= at + 8 and at <= m.end(1) + 8):
        return None
    # "tại Trụ sở Bộ Quốc phòng, Hà Nội": a city written right after the seat is where it is.
    written = next((p.key for p in s.places if 0 <= p.start - s.start - m.end(2) <= 3), None)
    if written is not None:
        return written if written != venue.key else None
    city = national_seat(s, chosen)
    return city if city and city != venue.key else None
