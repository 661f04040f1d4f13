"""One answer composer for every language.

The shape of an answer (a card for a single meeting, the best card then a list for "what"
questions, a numbered list otherwise, the counts and notes around it) is decided here once;
what differs per language is the wording: the catalogue's strings (store/data/i18n) and a
``Voice`` — how a meeting's card, its list line and a person are written. Vietnamese keeps
the article's own titles and forms (``wording``); English and Russian use the language's
forms with titles as held at the meeting (``wording_i18n``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from store.language import wording, wording_i18n
from store.language.catalogue import say
from store.language.fold import fold_key
from store.language.lexicon import get_lexicon
from store.language.models import Meeting, Participant
from store.language.query import Query
from store.language.question_words import kind_text
from store.language.wording import approx


@dataclass(frozen=True)
class Voice:
    card: Callable[[Meeting, str, list[str] | None], str]
    line: Callable[[Meeting], str]
    person: Callable[[Participant, Meeting], str]
    kind: Callable[[str], str]


_VI = Voice(
    card=wording.meeting_card,
    line=wording.meeting_line,
    person=lambda p, m: wording.person_text(p),
    kind=lambda k: k,
)


def voice(lang: str) -> Voice:
    if lang == "vi":
        return _VI
    return Voice(
        card=lambda m, intent, quotes: wording_i18n.meeting_card(m, lang, intent, quotes),
        line=lambda m: wording_i18n.meeting_line(m, lang),
        person=lambda p, m: wording_i18n.person(p, m, lang),
        kind=lambda k: wording_i18n.kind(k, lang),
    )


def compose_answer(
    lang: str,
    q: Query,
    shown: list[Meeting],
    total: int,
    offset: int,
    kinds_relaxed: bool,
    capped: bool = False,
    quotes: dict[str, list[str]] | None = None,
    notes: list[str] | None = None,
) -> str:
    """The plain-text answer to ``q`` in ``lang`` from the meetings ``shown`` (of ``total``)."""
    v = voice(lang)
    quotes = quotes or {}
    lines: list[str] = list(notes or [])
    asked_kinds = [k for k in q.kinds if not get_lexicon().kind_is(k, "plain")]
    texts = [t for k in asked_kinds for t in kind_text(k)]

    def fits(m: Meeting) -> bool:
        """Of the kind asked, or said to be in its text ("hội đàm trực tuyến")."""
        if m.kind in asked_kinds:
            return True
        said = f" {fold_key(' '.join([m.summary, *m.key_points]))} "
        return any(f" {t} " in said for t in texts)

    if asked_kinds and shown:
        # The search let the kind only rank; the first found is of it by its text, or
        # none is at all.
        kinds_relaxed = not fits(shown[0]) if kinds_relaxed else not any(map(fits, shown))
    single = len(shown) == 1 and (total == 1 or q.single)
    if kinds_relaxed and asked_kinds and not single:
        kinds = say(lang, "answer.kinds_any").join(v.kind(k) for k in asked_kinds)
        # "… of the same leaders" only when leaders were asked.
        key = (
            "answer.kind_relaxed"
            if q.leaders or q.groups or q.roles
            else "answer.kind_relaxed_other"
        )
        lines.append(say(lang, key, kinds=kinds))
    many = say(lang, "answer.about", n=approx(total)) if capped else str(total)
    if single:
        if asked_kinds and not fits(shown[0]):
            kinds = " / ".join(v.kind(k) for k in asked_kinds)
            lines.append(say(lang, "answer.kind_other", kind=v.kind(shown[0].kind), kinds=kinds))
        lines.append(v.card(shown[0], q.intent, quotes.get(shown[0].id)))
        if total > 1:
            lines.append(
                say(lang, "answer.earliest_of" if q.oldest else "answer.latest_of", n=many)
            )
        return "\n".join(lines)
    if q.intent == "what" and offset == 0:
        # "What did they agree on": the best meeting's content first, then the others.
        lines.append(v.card(shown[0], "what", quotes.get(shown[0].id)))
        rest = shown[1:]
        if rest:
            lines.append(say(lang, "answer.others"))
            lines += [f"{i}. {v.line(m)}" for i, m in enumerate(rest, start=2)]
        more = total - len(shown)
        if capped:
            lines.append(say(lang, "answer.many_more_short"))
        elif more > 0:
            lines.append(say(lang, "answer.more", n=more))
        return "\n".join(lines)
    asked = {n for g in q.groups for n in g.names}
    if q.intent == "who":
        others = list(
            dict.fromkeys(
                v.person(p, m) for m in shown for p in m.participants if p.name not in asked
            )
        )
        if others:
            lines.append(say(lang, "answer.met", value="; ".join(others)))
    if q.intent == "count":
        lines.append(say(lang, "answer.count", n=many))
    else:
        head = say(lang, "answer.found", n=many)
        if total > len(shown):
            head += say(lang, "answer.showing", first=offset + 1, last=offset + len(shown))
        lines.append(head + ":")
    lines += [f"{offset + i}. {v.line(m)}" for i, m in enumerate(shown, start=1)]
    rest = total - offset - len(shown)
    if capped:
        lines.append(say(lang, "answer.many_more"))
    elif rest > 0:
        lines.append(say(lang, "answer.more", n=rest))
    return "\n".join(lines)
