"""A delegation and the person who leads it.

"Đoàn đại biểu Bộ Công an Việt Nam do Thượng tướng X, Bộ trưởng, dẫn đầu đã thăm … Liên
bang Nga", "đoàn công tác của tỉnh Khánh Hòa do Bí thư Tỉnh ủy Y làm trưởng đoàn": later
sentences name the delegation, not its leader ("đoàn đã hội đàm với Bộ trưởng Nội vụ Nga Z",
"đoàn được Thống đốc W tiếp", "… đã tiếp đoàn"). The leader is the party who met.
"""

from __future__ import annotations

import re

from store.language.compiled import kept_regex
from store.language.document import Doc, Sentence, title_chain
from store.language.lexicon import Mention

# "do [rank/honorific] <title> X …": the words between "do" and the leader's title.
# "do [honorific, rank, titles] X": only title words between "do" and the name; a degree's
# dots ("PGS.TS", "GS.TSKH") end no sentence.
_LED_BY = kept_regex(
    r"\b(?:do|duoi su dan dau cua)\s+(?![^.;:]*\b(?:da|dang|va|voi|cung|tiep|hoi dam|hoi kien"
    r"|gap|lam viec|tham|sang|den|toi)\b)(?:[^.;:]|\.(?=\w)){0,80}$"
    r"|\b(?:do|duoi su dan dau cua)\s*$"
)
# "… dẫn đầu", "… làm trưởng đoàn" after the leader's name and titles.
_LEADS = kept_regex(r"[^.;:]{0,160}?\b(?:dan dau|lam truong doan)\b")
_TEAM_BEFORE = kept_regex(r"\b(?:doan|phai doan)\b")
# A bare "đoàn" that stands for the delegation: the subject of an act or the one received
# ("đoàn đã hội đàm với", "đoàn được … tiếp", "đã tiếp đoàn."), written with its marks —
# never "tập đoàn", "đoàn kết", "Đoàn Thanh niên" or the family name "Đoàn".
_TEAM_REF = re.compile(
    r"(?<![\w])(?<!tập )(?<!Tập )(?<!quân )(?<!sư )(?<!lữ )(?<!binh )(?<!trưởng )(?<!Trưởng )"
    r"(?:phái )?(?:đoàn|Đoàn(?=\s+[a-zà-ỹđ]))(?:\s+(?:công tác|đại biểu))?"
    r"(?=\s+(?:đã|được|cũng|sau đó|tiếp tục|vừa|có|hội đàm|hội kiến|làm việc|gặp|thăm|tới|đến)"
    r"(?!\w)|\s*[,.;)]|\s+tại(?!\w)|\s*$)"
)


def delegation_leaders(doc: Doc) -> list[tuple[Mention, str]]:
    """Leaders of the delegations the article introduces, in order."""
    cached = doc.memo.get("delegation_leaders")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: list[tuple[Mention, str]] = []
    for s in doc.sentences:
        for i, (m, c) in enumerate(s.people):
            chain = title_chain(doc, m)
            lo = min(doc.title_starts.get(m.start, m.start), chain[-1].start if chain else m.start)
            if not _LED_BY.search(doc.folded(lo - 90, lo)):
                continue
            if not _TEAM_BEFORE.search(doc.folded(s.start, lo)):
                continue
            lead = _LEADS.match(doc.folded(m.end, m.end + 170))
            nxt = s.people[i + 1][0].start if i + 1 < len(s.people) else s.end
            if lead is None or m.end + lead.end() > nxt:
                continue  # "dẫn đầu" after another person: theirs
            if all(m.key != k.key for k, _ in out):
                out.append((m, c))
    doc.memo["delegation_leaders"] = out
    return out


def with_leader(
    doc: Doc, s: Sentence, people: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """The sentence's parties, plus the leader of the delegation it names bare ("đoàn đã hội
    đàm với X") when the leader's side is otherwise missing from it."""
    if not s.kinds or "đoàn" not in s.text.lower() or not any(d.day for d in s.dates):
        return people  # an undated act of the delegation is part of its visit, the story
    leaders = [(m, c) for m, c in delegation_leaders(doc) if m.start < s.end and c in ("VN", "RU")]
    if not leaders:
        return people
    sides = {c for _, c in people}
    if len(sides) != 1:
        return people
    missing = [(m, c) for m, c in leaders if c not in sides]
    if not missing or not _TEAM_REF.search(s.text):
        return people
    m, c = missing[-1]  # the latest delegation introduced before this sentence
    return sorted([*people, (m, c)], key=lambda pm: pm[0].start)
