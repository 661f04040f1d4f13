"""The wording of answers: dates, people with their titles at the time, cards, lists.

Pure text in, plain Vietnamese text out (the Telegram layer escapes and formats it).
A reply leads with the fact asked for (the date for "khi nào", the place for "ở đâu", …),
then who met whom with their titles at the time, the sectors, one key point and the source.
"""

from __future__ import annotations

from datetime import date

from store.language.cards import UNKNOWN_DATE, UNKNOWN_PLACE, fitting_point, sectors_text
from store.language.catalogue import say
from store.language.citation import compact_source, date_note, sources_line
from store.language.countries import country_name
from store.language.fold import fold_key
from store.language.lexicon import get_lexicon
from store.language.models import Meeting, Participant
from store.language.query import Query

CARD_MAX = 600
QUOTE_MAX = 900  # characters of quoted sentences in a card; sentences are never cut
LIST_MAX = 5
EXAMPLES = ["Tô Lâm gặp Putin khi nào?", "hợp tác dầu khí năm 2025", "cuộc gặp mới nhất"]
SCOPE = (
    "Mình trả lời câu hỏi về các cuộc gặp cấp cao Việt Nam – Nga: ai gặp ai, khi nào, "
    "ở đâu, bàn về lĩnh vực gì — kèm nguồn."
)
_CHAT = {
    "greeting": "Chào bạn! " + SCOPE,
    "thanks": "Không có gì! Bạn cứ hỏi tiếp nhé.",
    "identity": "Mình là Bản tin Việt–Nga, một bot tra cứu tin tức. " + SCOPE,
    "help": SCOPE + " Hỏi có dấu hay không dấu đều được.",
    "bye": "Tạm biệt! Khi cần, bạn cứ quay lại hỏi nhé.",
}


def format_date(m: Meeting) -> str:
    """ "tối 8/5/2025", "chiều 14/1/2025 (suy luận)", "tháng 6/2024", "chưa rõ ngày". A day
    is inferred by its year or, named by its weekday alone, by its week."""
    if not m.date:
        return UNKNOWN_DATE
    parts = m.date.split("-")
    if len(parts) == 3:
        text = f"{int(parts[2])}/{int(parts[1])}/{parts[0]}"
        if m.time_of_day:
            text = f"{m.time_of_day} {text}"
    else:
        text = f"tháng {int(parts[1])}/{parts[0]}" if len(parts) == 2 else f"năm {parts[0]}"
    return text + (" (suy luận)" if m.date_inferred else "")


def _meeting_day(m: Meeting) -> date | None:
    if not m.date:
        return None
    parts = [int(x) for x in m.date.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        return date(parts[0], parts[1], 15)
    return None  # a bare year may straddle a change of office


def title_at_meeting(p: Participant, m: Meeting) -> str | None:
    """The participant's title at the time of the meeting.

    The article's own title is kept when the person held it then; a title that does not
    fit the date (a report merged from a later article, say) gives way to the lexicon's.
    """
    when = _meeting_day(m)
    lex = get_lexicon()
    person = lex.people.get(p.name)
    if when is None or person is None:
        return p.title
    active = [t for t in person.tenures if t.active(when)]
    if not active:
        return p.title
    if p.title:
        mine = fold_key(p.title)
        for t in active:
            theirs = fold_key(t.title)
            if theirs.startswith(mine) or mine.startswith(theirs):
                return p.title
    return lex.title_at(p.name, when) or p.title


def _title(p: Participant) -> str:
    title = (p.title or "").strip()
    russia = country_name("RU") or "Nga"
    if title and p.country == "RU" and fold_key(russia) not in fold_key(title).split():
        title = f"{title} {russia}"
    return title


def person_text(p: Participant) -> str:
    title = _title(p)
    return f"{title} {p.name}" if title else p.name


def _dated(m: Meeting) -> list[Participant]:
    return [p.model_copy(update={"title": title_at_meeting(p, m)}) for p in m.participants]


def _sides(m: Meeting, fmt) -> str:
    order: dict[str, list[str]] = {}
    for p in _dated(m):
        order.setdefault(p.country or "?", []).append(fmt(p))
    return " – ".join(", ".join(v) for v in order.values())


def participants_text(m: Meeting) -> str:
    """ "Tổng Bí thư Tô Lâm – Thủ tướng Nga Mikhail Mishustin"."""
    return _sides(m, person_text) or "không rõ thành phần"


def meeting_line(m: Meeting, with_source: bool = True) -> str:
    """One compact line for numbered lists: date · place · kind: names (source)."""
    names = _sides(m, lambda p: p.name) or "không rõ thành phần"
    source = compact_source(m) if with_source else ""
    tail = f" ({source})" if source else ""
    when = format_date(m) + date_note(m, "vi")  # a source giving another day
    if not m.place and get_lexicon().kind_is(m.kind, "remote"):
        return f"{when} · {m.kind}: {names}{tail}"  # a call or a message has no venue
    place = m.place or UNKNOWN_PLACE
    return f"{when} · {place} · {m.kind}: {names}{tail}"


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ""
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def meeting_card(m: Meeting, intent: str = "list", quotes: list[str] | None = None) -> str:
    """Plain text for one meeting, leading with the asked fact: at most 600 characters, plus
    the quoted sentences of the article (whole, never cut) when there are any."""
    when = f"Thời gian: {format_date(m)}{date_note(m, 'vi')}"  # a source giving another day
    remote = not m.place and get_lexicon().kind_is(m.kind, "remote")
    where = f"Địa điểm: {m.place or ('không có (' + m.kind + ')' if remote else UNKNOWN_PLACE)}"
    who = f"{m.kind[:1].upper()}{m.kind[1:]}: {participants_text(m)}"
    sectors = f"Lĩnh vực: {sectors_text(m.sectors)}" if m.sectors else ""
    source = sources_line(m)
    point = (m.key_points[0] if m.key_points else m.summary) or ""
    quoted = _quoted(quotes or [], intent)
    if quoted:
        point = ""
    if intent == "when":
        head = [when, who, where]
    elif intent == "where":
        head = [where, who, when]
    else:
        head = [who, when, where]
    lines = [x for x in [*head, sectors] if x]
    tail = [source] if source else []
    fixed = sum(len(x) + 1 for x in lines)  # the source line comes on top of the 600
    budget = CARD_MAX - fixed - len("Điểm chính: ") - 1
    if point and budget > 40:
        key = f"Điểm chính: {fitting_point([point, *m.key_points, m.summary], budget)}"
        lines = [key, *lines] if intent == "what" else [*lines, key]
    text = "\n".join(lines)
    if len(text) > CARD_MAX:  # long names or titles: cut the least important lines first
        text = _clip(text.replace("\n", " | "), CARD_MAX)
    if quoted:
        text = f"{quoted}\n{text}" if intent == "what" else f"{text}\n{quoted}"
    return "\n".join([text, *tail])


def _quoted(quotes: list[str], intent: str) -> str:
    """The article's own sentences: two for "what" questions, one otherwise; never cut."""
    chosen: list[str] = []
    for sentence in quotes[: 2 if intent == "what" else 1]:
        if chosen and sum(len(x) for x in chosen) + len(sentence) > QUOTE_MAX:
            break
        chosen.append(" ".join(sentence.split()))
    if not chosen:
        return ""
    return "Trích bài: " + " ".join(f"«{x}»" for x in chosen)


def _group_label(g) -> str:
    if g.office is None:
        return g.label
    names = g.names
    if names == [g.label]:  # a title typed with the name ("Ngoại trưởng Sơn"): the name once
        return g.label
    if 0 < len(names) <= 2:
        return f"{g.label} ({', '.join(names)})"
    return g.label


def understood_text(q: Query) -> str:
    """What was read from the question; leftover words shown unless an agency named them."""
    parts = []
    if q.groups:
        parts.append(
            say("vi", "understood.leaders", value=", ".join(_group_label(g) for g in q.groups))
        )
    if q.role_labels:
        parts.append(say("vi", "understood.roles", value=", ".join(q.role_labels)))
    if q.unknown_names:
        parts.append(say("vi", "understood.unknown", value=", ".join(q.unknown_names)))
    if q.date_label:
        parts.append(say("vi", "understood.period", value=q.date_label))
    places = list(q.places) + [country_name(c) or c for c in q.countries]
    if places:
        parts.append(say("vi", "understood.places", value=", ".join(places)))
    if q.agency_labels:
        parts.append(say("vi", "understood.agencies", value=", ".join(q.agency_labels)))
    if q.sectors:
        parts.append(say("vi", "understood.sectors", value=", ".join(q.sectors)))
    if q.kinds:
        parts.append(say("vi", "understood.kinds", value=", ".join(q.kinds)))
    if q.in_person:
        parts.append(say("vi", "understood.in_person"))
    named = {w for label in q.agency_labels for w in fold_key(label).split()}
    keywords = [k for k in q.keywords if k not in named]
    if keywords:
        parts.append(say("vi", "understood.keywords", value=", ".join(keywords)))
    return (
        say("vi", "understood", value="; ".join(parts))
        if parts
        else say("vi", "understood.nothing")
    )


def month_label(ym: str) -> str:
    if len(ym) >= 7:
        return f"tháng {int(ym[5:7])}/{ym[:4]}"
    return f"năm {ym[:4]}"


def chat_text(kind: str) -> str:
    """A short friendly reply to small talk, with two questions to try."""
    examples = " hoặc ".join(f"«{e}»" for e in EXAMPLES[:2])
    return f"{_CHAT.get(kind, _CHAT['greeting'])}\nThử hỏi: {examples}."


def foreign_text(names: list[str]) -> str:
    """A question about another pair of countries."""
    what = ", ".join(names)
    return (
        f"Mình chỉ theo dõi các cuộc gặp cấp cao Việt Nam – Nga, nên không có dữ liệu về {what}.\n"
        + "Thử hỏi: "
        + " hoặc ".join(f"«{e}»" for e in EXAMPLES[:2])
        + "."
    )


def off_topic_text(words: list[str], q: Query, figure: bool = False) -> str:
    """A question that names nothing the meetings are about, or asks a figure (which an
    article may well state: "no meeting is about «kim ngạch»" would be untrue)."""
    shown = ", ".join(f"«{w}»" for w in words[:3])
    lines = [say("vi", "off_topic.figure" if figure else "off_topic", words=shown), SCOPE]
    if q.sectors:
        lines.append("Muốn xem các cuộc gặp về lĩnh vực này, hãy hỏi: «" + q.sectors[0] + "».")
    lines.append("Thử hỏi: " + " hoặc ".join(f"«{e}»" for e in EXAMPLES[:2]) + ".")
    return "\n".join(lines)


def ago(day: date, today: date) -> str:
    """ "hôm nay", "cách đây 3 ngày", "cách đây khoảng 5 tháng", "cách đây hơn 2 năm"."""
    days = (today - day).days
    if days <= 0:
        return "hôm nay"
    if days < 14:
        return f"cách đây {days} ngày"
    if days < 60:
        return f"cách đây khoảng {round(days / 7)} tuần"
    if days < 730:
        return f"cách đây khoảng {round(days / 30.4)} tháng"
    return f"cách đây hơn {days // 365} năm"


def help_text() -> str:
    return (
        "Mình chưa hiểu câu hỏi. Hãy hỏi về một cuộc gặp cấp cao Việt Nam – Nga, ví dụ: "
        + "; ".join(f"«{e}»" for e in EXAMPLES)
        + "."
    )


def approx(n: int) -> str:
    """Two significant digits, Vietnamese thousands separator: 12642 → "13.000"."""
    if n >= 100:
        digits = len(str(n)) - 2
        n = round(n, -digits)
    return f"{n:,}".replace(",", ".")
