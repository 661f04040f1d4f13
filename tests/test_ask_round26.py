"""Round 26 of reading questions, over articles written for these tests
(tests/round26_articles)."""

from __future__ import annotations

from datetime import date

from store.language.query import understand
from store.language.wording import understood_text
from store.language.wording_i18n import understood_text as understood_in

TODAY = date(2026, 12, 5)


def test_an_event_or_organisation_asked_is_told_by_its_name_not_as_keywords() -> None:
    for question, label in (
        ("Phạm Minh Chính gặp Putin bên lề G20", "G20"),
        ("Putin bên lề BRICS ở Kazan", "BRICS"),
        ("lanh dao Sberbank gap ai", "Sberbank"),
    ):
        q = understand(question, TODAY)
        told = understood_text(q)
        assert f"tổ chức, sự kiện: {label}" in told, told
        assert label.lower() not in told.split("từ khóa:")[-1] or "từ khóa" not in told, told
        assert f"organisations and events: {label}" in understood_in(q, "en")
    # Near miss: a question without one shows no such line; its leftover words still show.
    told = understood_text(understand("Putin gặp ai ở hội chợ hoa", TODAY))
    assert "tổ chức" not in told and "từ khóa:" in told, told
