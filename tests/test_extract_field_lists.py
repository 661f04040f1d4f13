"""Lists of fields met across the seen judge sets (issue 9), on reports written for these tests:
a list after joint work or help ("phối hợp trong A, B", "sự hỗ trợ của X trong A, B và C",
"hợp tác trong đào tạo, B và C") keeps its items that name no known sector, once one of them
names one; a hard-wrapped line does not end a list; an excerpt cut off inside a list gives no
fragment."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings

_MET = (
    "Chiều 12/4, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm đã hội đàm với Bộ trưởng Bộ Nội vụ "
    "Liên bang Nga Vladimir Kolokoltsev. "
)


def _sectors(text: str) -> list[str]:
    m = next(m for m in meetings(text, date(2019, 4, 12)) if not m.secondary)
    return m.sectors


def test_joint_work_in_a_list_keeps_items_without_a_known_sector() -> None:
    text = _MET + (
        "Hai bên đã phối hợp chặt chẽ trong phòng, chống tội phạm ma túy, truy nã tội phạm, "
        "quản lý xuất nhập cảnh và bảo hộ công dân."
    )
    assert {"truy nã tội phạm", "quản lý xuất nhập cảnh"} <= set(_sectors(text))


def test_help_given_in_a_list_of_fields_names_them() -> None:
    text = _MET + (
        "Bộ trưởng đánh giá cao sự giúp đỡ của Bộ Nội vụ Nga trong đào tạo cán bộ, "
        "giám định hình sự và cung cấp phương tiện."
    )
    assert {"giám định hình sự", "cung cấp phương tiện"} <= set(_sectors(text))


def test_a_proposal_s_joint_work_runs_over_items_without_a_verb() -> None:
    text = _MET + (
        "Bộ trưởng đề nghị hai bên mở rộng hợp tác trong đào tạo, huấn luyện nghiệp vụ và "
        "trao đổi đoàn; tăng cường tin cậy."
    )
    assert {"huấn luyện nghiệp vụ", "trao đổi đoàn"} <= set(_sectors(text))


def test_a_field_under_its_head_inside_an_item_is_the_field_alone() -> None:
    text = _MET + (
        "Phía Nga sẵn sàng hỗ trợ thiết bị, đồng thời quan tâm tới lĩnh vực dầu khí và "
        "phân phối nhiên liệu."
    )
    got = _sectors(text)
    assert "phân phối nhiên liệu" in got
    assert not any("quan tâm" in s for s in got)


def test_a_hard_wrapped_list_is_one_list() -> None:
    text = (
        "Chiều 12/4, tại Moskva, Bộ trưởng Bộ Tài chính Hồ Đức Phớc đã\n"
        "hội đàm với Bộ trưởng Tài chính Liên bang Nga Anton Siluanov. Hai\n"
        "bên thống nhất tăng cường hợp tác trong lĩnh vực tài chính, hải\n"
        "quan, thuế, kiểm toán và chứng khoán; trao đổi về việc xử lý\n"
        "các khoản nợ còn tồn đọng giữa hai nước.\n"
    )
    assert {"thuế", "kiểm toán"} <= set(_sectors(text))


def test_a_list_without_a_known_sector_is_no_list() -> None:
    # Near miss: joint work "trong" acts that name no field the data knows.
    text = _MET + (
        "Hai bên đã phối hợp hiệu quả trong việc tổ chức các đoàn, đón tiếp khách và chuẩn bị "
        "hội nghị."
    )
    assert _sectors(text) == []


def test_a_list_cut_off_by_the_excerpt_gives_no_fragment() -> None:
    text = _MET + "Hai bên nhất trí hợp tác trên các lĩnh vực kinh tế, giáo dục, an n"
    got = _sectors(text)
    assert "an n" not in got
    assert not any(s.endswith(" n") for s in got)


def test_items_after_a_phrase_that_is_no_field_are_not_fields() -> None:
    # Near miss: "hợp tác … luôn được quan tâm, củng cố và phát triển" lists no fields after
    # the clause's verb.
    text = _MET + (
        "Hợp tác trong lĩnh vực an ninh, cảnh sát luôn được quan tâm, củng cố và phát triển."
    )
    got = _sectors(text)
    assert "củng cố" not in got and "phát triển" not in got


def test_work_together_with_a_partner_is_no_field() -> None:
    # Near miss: "hợp tác với các địa phương Việt Nam" names partners, not fields.
    text = _MET + (
        "Bộ trưởng mong muốn mở rộng hợp tác với các địa phương Việt Nam, nhất là trong lĩnh "
        "vực du lịch và giáo dục."
    )
    assert not any("địa phương" in s for s in _sectors(text))


def test_a_wish_that_the_other_side_work_on_fields_names_them() -> None:
    # "mong X tiếp tục …, đẩy mạnh A": a proposal as much as "đề nghị X …".
    text = _MET + (
        "Bộ trưởng mong Bộ Nội vụ Nga tiếp tục tiếp nhận học viên, đẩy mạnh đào tạo sau đại "
        "học và hỗ trợ trang thiết bị."
    )
    assert "đào tạo sau đại học" in _sectors(text)


def test_a_wish_to_approve_an_export_is_no_field() -> None:
    # Near miss: "mong phía Nga … phê duyệt …" asks for an act, not a field.
    text = _MET + "Việt Nam mong phía Nga sớm phê duyệt quy trình xuất khẩu cà phê, hạt điều."
    assert not any(s.startswith("phê duyệt") for s in _sectors(text))


def test_a_six_word_field_in_a_list_is_kept_whole() -> None:
    text = _MET + (
        "Bộ trưởng đánh giá cao sự hỗ trợ của Bộ Nội vụ Nga trong giám định hình sự, phòng "
        "chống ma túy và đào tạo cán bộ cảnh sát."
    )
    assert "đào tạo cán bộ cảnh sát" in _sectors(text)


def test_a_long_item_tied_to_a_body_is_no_field() -> None:
    # Near miss: six words, but "trong Bộ Nội vụ Nga" ties the item to a body.
    text = _MET + (
        "Hai bên phối hợp trong phòng chống ma túy, giám định hình sự, cảnh sát trong Bộ Nội "
        "vụ Nga."
    )
    assert not any("trong" in s for s in _sectors(text))
