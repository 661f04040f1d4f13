"""Storing what one article reports twice."""

from __future__ import annotations

from store.language.models import Article, Meeting, Participant
from store.storage.db import NewArticle, Store
from store.storage.dedup import fingerprint

TEXT = (
    "Nhân dịp sang dự Lễ Quốc tang, Chủ tịch nước đã tiếp ông Dmitry Medvedev, Chủ tịch Đảng"
    " Nước Nga Thống nhất. Hai bên nhất trí tăng cường hợp tác giữa hai đảng."
)


def _reception(**more: object) -> Meeting:
    people = [
        Participant(name="Tô Lâm", country="VN"),
        Participant(name="Dmitry Medvedev", country="RU"),
    ]
    return Meeting(kind="tiếp", participants=people, summary=TEXT.split(". ")[0], **more)  # type: ignore[arg-type]


async def test_an_undated_meeting_read_twice_from_one_article_is_stored_once(
    empty_store: Store,
) -> None:
    # The same people, kind and (unknown) date twice in one article's meetings share the key
    # a stored meeting is named by: the second is the first again, not a database error that
    # loses the whole batch.
    article = Article(text=TEXT, source="quoc-tang.txt")
    other = Meeting(
        kind="gặp",
        participants=[
            Participant(name="Lương Cường", country="VN"),
            Participant(name="Dmitry Medvedev", country="RU"),
        ],
        summary="Chủ tịch nước Lương Cường gặp ông Medvedev.",
    )
    (stored,) = await empty_store.add_articles(
        [NewArticle(article, [_reception(), _reception(secondary=True), other], fingerprint(TEXT))]
    )
    assert len(set(stored.meeting_ids)) == 2, stored.meeting_ids
    assert len(await empty_store.meetings_by_ids(list(set(stored.meeting_ids)))) == 2
