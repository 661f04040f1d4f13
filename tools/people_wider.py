"""Curated widening of the people data beyond the facts file's top offices.

Imported by ``tools/build_people.py``. Deputy prime ministers, the ministers and deputy
ministers who meet most often, both chambers' leaders, heads of big state companies and
big-city and regional leaders, with dates of office from public knowledge. Nothing here was
checked against a source on this machine, so every row says what it rests on:

- flag None: a cabinet or appointment date that is public record and well known (the
  Russian cabinets of 21 May 2012, 18 May 2018, 21 Jan 2020 and 14 May 2024; the
  Vietnamese governments approved on 3 Aug 2011, 9 Apr 2016 and 8 Apr 2021);
- "uncertain": the year (and usually the month) is known, the day is approximate;
- people without tenures: the person is known and often in the news, but the dates of
  office are not known well enough to be used (a wrong date gives a wrong title).
"""

from __future__ import annotations

from collections.abc import Callable

PK = "Public knowledge, not in the facts file."
TRUNC = "TRUNCATED: in office before 2011; start set to the 2011 window start."


def offices(
    office: Callable[..., dict], ru: Callable[..., list[str]], vn: Callable[..., list[str]]
) -> list[dict]:
    """Offices for the people below (built with build_people's helpers)."""

    def city(
        title: str, names: list[str], prefixes: tuple[str, ...] = ("", "thành phố ", "TP ")
    ) -> list[str]:
        return [f"{title} {p}{n}" for n in names for p in prefixes]

    moscow = ["Moskva", "Moscow", "Matxcơva", "Mát-xcơ-va", "Moscva"]
    spb = [
        "St. Petersburg",
        "St Petersburg",
        "Saint Petersburg",
        "Sankt Peterburg",
        "Saint-Petersburg",
        "Xanh Pê-téc-bua",
    ]
    hanoi = ["Hà Nội"]
    hcmc = ["Hồ Chí Minh", "HCM", "Hồ Chí Minh (TP HCM)"]
    return [
        # Vietnam
        office(
            "vn_most",
            "VN",
            "Bộ trưởng Bộ Khoa học và Công nghệ",
            vn("Bộ trưởng Khoa học và Công nghệ", "Bộ trưởng Bộ Khoa học và Công nghệ")
            + ["Bộ trưởng Bộ KH&CN", "Bộ trưởng KH&CN", "Bộ trưởng Bộ KHCN"],
            25,
        ),
        office(
            "vn_mic",
            "VN",
            "Bộ trưởng Bộ Thông tin và Truyền thông",
            vn("Bộ trưởng Thông tin và Truyền thông", "Bộ trưởng Bộ Thông tin và Truyền thông")
            + ["Bộ trưởng Bộ TT&TT", "Bộ trưởng TT&TT"],
            26,
        ),
        office(
            "vn_culture",
            "VN",
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
            vn(
                "Bộ trưởng Văn hóa, Thể thao và Du lịch",
                "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
            )
            + [
                "Bộ trưởng Bộ VH-TT&DL",
                "Bộ trưởng Bộ VHTT&DL",
                "Bộ trưởng Bộ VHTTDL",
                "Bộ trưởng VH-TT&DL",
                "Bộ trưởng VHTTDL",
            ],
            26,
        ),
        office(
            "vn_mpi",
            "VN",
            "Bộ trưởng Bộ Kế hoạch và Đầu tư",
            vn("Bộ trưởng Kế hoạch và Đầu tư", "Bộ trưởng Bộ Kế hoạch và Đầu tư")
            + ["Bộ trưởng Bộ KH&ĐT", "Bộ trưởng KH&ĐT"],
            27,
        ),
        office(
            "vn_chief_of_general_staff",
            "VN",
            "Tổng Tham mưu trưởng QĐND Việt Nam",
            [
                "Tổng Tham mưu trưởng QĐND Việt Nam",
                "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam",
                "Tổng Tham mưu trưởng QĐND",
                "Tổng Tham mưu trưởng Quân đội nhân dân",
            ],
            30,
        ),
        office(
            "vn_na_standing_vice_chair",
            "VN",
            "Phó Chủ tịch Thường trực Quốc hội",
            vn("Phó Chủ tịch Thường trực Quốc hội"),
            11,
        ),
        office(
            "vn_hanoi_party_secretary",
            "VN",
            "Bí thư Thành ủy Hà Nội",
            city("Bí thư Thành ủy", hanoi),
            55,
            True,
        ),
        office(
            "vn_hanoi_chair",
            "VN",
            "Chủ tịch UBND TP Hà Nội",
            city("Chủ tịch UBND", hanoi) + city("Chủ tịch Ủy ban nhân dân", hanoi),
            56,
            True,
        ),
        office(
            "vn_hcmc_party_secretary",
            "VN",
            "Bí thư Thành ủy TP Hồ Chí Minh",
            city("Bí thư Thành ủy", hcmc, ("thành phố ", "TP ", "TP.")),
            55,
            True,
        ),
        office(
            "vn_hcmc_chair",
            "VN",
            "Chủ tịch UBND TP Hồ Chí Minh",
            city("Chủ tịch UBND", hcmc, ("thành phố ", "TP ", "TP."))
            + city("Chủ tịch Ủy ban nhân dân", hcmc, ("thành phố ", "TP ")),
            56,
            True,
        ),
        # Russia
        office(
            "ru_fc_first_deputy_chair",
            "RU",
            "Phó Chủ tịch thứ nhất Hội đồng Liên bang Nga",
            [
                "Phó Chủ tịch thứ nhất Hội đồng Liên bang",
                "Phó Chủ tịch Thứ nhất Hội đồng Liên bang Quốc hội",
            ]
            + ru("Phó Chủ tịch thứ nhất Hội đồng Liên bang", "Phó Chủ tịch thứ nhất Thượng viện"),
            9,
        ),
        office(
            "ru_deputy_fm",
            "RU",
            "Thứ trưởng Ngoại giao Nga",
            ru(
                "Thứ trưởng Ngoại giao",
                "Thứ trưởng Bộ Ngoại giao",
                "Thứ trưởng thứ nhất Bộ Ngoại giao",
            ),
            28,
            True,
        ),
        office(
            "ru_deputy_defence",
            "RU",
            "Thứ trưởng Quốc phòng Nga",
            ru(
                "Thứ trưởng Quốc phòng",
                "Thứ trưởng Bộ Quốc phòng",
                "Thứ trưởng thứ nhất Bộ Quốc phòng",
            ),
            29,
            True,
        ),
        office(
            "ru_finance",
            "RU",
            "Bộ trưởng Tài chính Nga",
            ru("Bộ trưởng Tài chính", "Bộ trưởng Bộ Tài chính"),
            27,
        ),
        office(
            "ru_education_science",
            "RU",
            "Bộ trưởng Giáo dục và Khoa học Nga",
            ru("Bộ trưởng Giáo dục và Khoa học", "Bộ trưởng Bộ Giáo dục và Khoa học"),
            26,
        ),
        office(
            "ru_enlightenment",
            "RU",
            "Bộ trưởng Giáo dục Nga",
            # The Ministry of Prosveshcheniya, "Khai sáng" when translated word for word.
            ru(
                "Bộ trưởng Giáo dục",
                "Bộ trưởng Bộ Giáo dục",
                "Bộ trưởng Giáo dục phổ thông",
                "Bộ trưởng Khai sáng",
                "Bộ trưởng Bộ Khai sáng",
            ),
            26,
        ),
        office(
            "ru_culture",
            "RU",
            "Bộ trưởng Văn hóa Nga",
            ru("Bộ trưởng Văn hóa", "Bộ trưởng Bộ Văn hóa"),
            27,
        ),
        office(
            "ru_agriculture",
            "RU",
            "Bộ trưởng Nông nghiệp Nga",
            ru("Bộ trưởng Nông nghiệp", "Bộ trưởng Bộ Nông nghiệp"),
            27,
        ),
        office(
            "ru_transport",
            "RU",
            "Bộ trưởng Giao thông Vận tải Nga",
            ru(
                "Bộ trưởng Giao thông Vận tải",
                "Bộ trưởng Bộ Giao thông Vận tải",
                "Bộ trưởng Giao thông",
            ),
            27,
        ),
        office(
            "ru_moscow_mayor",
            "RU",
            "Thị trưởng Moskva",
            city("Thị trưởng", moscow, ("", "thành phố ", "thủ đô ")),
            44,
        ),
        office(
            "ru_spb_governor",
            "RU",
            "Thống đốc St. Petersburg",
            city("Thống đốc", spb) + city("Quyền Thống đốc", spb, ("", "thành phố ")),
            45,
        ),
        office(
            "ru_spb_leg_chair",
            "RU",
            "Chủ tịch Hội đồng Lập pháp St. Petersburg",
            city("Chủ tịch Hội đồng Lập pháp", spb),
            46,
        ),
        office(
            "ru_tatarstan_head",
            "RU",
            "Người đứng đầu Cộng hòa Tatarstan",
            [
                f"{t} {p}Tatarstan"
                for t in ("Tổng thống", "Người đứng đầu", "Lãnh đạo", "Chủ tịch")
                for p in ("", "Cộng hòa ", "nước Cộng hòa ")
            ],
            45,
        ),
        office(
            "ru_rostec_ceo",
            "RU",
            "Tổng Giám đốc Rostec",
            [
                f"{t} {o}"
                for t in (
                    "Tổng Giám đốc",
                    "Tổng Giám đốc Tập đoàn",
                    "Giám đốc",
                    "Người đứng đầu",
                    "Chủ tịch",
                    "Chủ tịch Tập đoàn",
                )
                for o in (
                    "Rostec",
                    "Rostekh",
                    "Công nghệ Nhà nước Nga (Rostec)",
                    "Công nghệ Nhà nước Rostec",
                )
            ],
            50,
        ),
        office(
            "ru_rosoboronexport_ceo",
            "RU",
            "Tổng Giám đốc Rosoboronexport",
            [
                f"{t} {o}"
                for t in (
                    "Tổng Giám đốc",
                    "Tổng Giám đốc Tổng công ty",
                    "Tổng Giám đốc Công ty",
                    "Giám đốc",
                    "Người đứng đầu",
                )
                for o in ("Rosoboronexport", "Xuất khẩu Quốc phòng Nga (Rosoboronexport)")
            ],
            52,
        ),
    ]


def generic_offices(office: Callable[..., dict]) -> list[dict]:
    """Titles without holders here: they let extraction find officials missing from the
    lexicon ("Cục trưởng … Sergei Cheremin", "Chủ tịch Viện Hàn lâm … Phan Chí Hiếu")."""

    def g(id_: str, title: str, patterns: list[str], rank: int = 99) -> dict:
        return office(id_, None, title, patterns, rank, True)

    return [
        g("generic_dept_director", "Cục trưởng", ["Cục trưởng", "Phó Cục trưởng"]),
        g("generic_division_director", "Vụ trưởng", ["Vụ trưởng", "Phó Vụ trưởng"]),
        g("generic_director", "Giám đốc", ["Giám đốc", "Giám đốc Sở", "Phó Giám đốc Sở"]),
        g("generic_institute_head", "Viện trưởng", ["Viện trưởng", "Phó Viện trưởng"]),
        g("generic_rector", "Hiệu trưởng", ["Hiệu trưởng", "Phó Hiệu trưởng"]),
        # "bà X, Người đứng đầu Cơ quan Liên bang …": the head of an agency, named as such.
        g(
            "generic_agency_head",
            "Người đứng đầu",
            # "Phó Trưởng Cơ quan Du lịch Liên bang Nga X": the agency's head or deputy head.
            [
                "Người đứng đầu Cơ quan",
                "Người đứng đầu Cục",
                "Trưởng Cơ quan",
                "Phó Trưởng Cơ quan",
            ],
        ),
        # Courts and prosecution: heads of supreme courts and prosecutors' offices meet too.
        g(
            "generic_chief_justice",
            "Chánh án",
            ["Chánh án", "Phó Chánh án", "Chủ tịch Tòa án Tối cao", "Phó Chủ tịch Tòa án Tối cao"],
        ),
        g(
            "generic_prosecutor",
            "Tổng Công tố",
            [
                "Tổng Công tố",
                "Phó Tổng Công tố",
                "Tổng Kiểm sát trưởng",
                "Viện trưởng Viện kiểm sát",
                # Vietnamese pages write the Supreme People's Procuracy short: "Viện trưởng
                # VKSND tối cao" heads it, not an institute.
                "Viện trưởng VKSND",
                "Phó Viện trưởng VKSND",
            ],
        ),
        # Heads of the state audit and inspection bodies ("Tổng Kiểm toán Nhà nước X hội đàm
        # với ông Y, Chủ tịch Phòng Kiểm toán Nga") meet their Russian counterparts.
        g(
            "generic_auditor_general",
            "Tổng Kiểm toán Nhà nước",
            ["Tổng Kiểm toán Nhà nước", "Phó Tổng Kiểm toán Nhà nước"],
        ),
        g(
            "generic_inspector_general",
            "Tổng Thanh tra Chính phủ",
            ["Tổng Thanh tra Chính phủ", "Phó Tổng Thanh tra Chính phủ", "Tổng Thanh tra"],
        ),
        g(
            "generic_general_dept_head",
            "Tổng cục trưởng",
            ["Tổng cục trưởng", "Phó Tổng cục trưởng"],
        ),
        g(
            "generic_commander",
            "Tư lệnh",
            ["Tư lệnh", "Phó Tư lệnh", "Tổng Tư lệnh", "Phó Tổng Tư lệnh"],
        ),
        g("generic_board_head", "Trưởng ban", ["Trưởng ban", "Phó Trưởng ban"]),
        g(
            "generic_committee_chair",
            "Chủ nhiệm",
            [
                "Chủ nhiệm Ủy ban",
                "Chủ nhiệm Uỷ ban",
                "Phó Chủ nhiệm Ủy ban",
                # Whole names: "Văn phòng Chủ tịch nước" names no President, so it stays out.
                "Chủ nhiệm Văn phòng Chính phủ",
                "Chủ nhiệm Văn phòng Quốc hội",
                "Chủ nhiệm Văn phòng Trung ương Đảng",
                "Chánh Văn phòng Trung ương Đảng",
                "Chủ nhiệm Tổng cục",
                "Chánh Văn phòng Phủ Tổng thống",  # "… Nga": Putin's chief of staff
                "Chánh Văn phòng Điện Kremlin",
            ],
        ),
        # Members of parliament the data lacks, read by their title ("Thượng nghị sĩ X",
        # "Nghị sĩ Duma Quốc gia Y"): seats, so a question's "nghị sĩ Nga" is any member.
        office("generic_senator", None, "Thượng nghị sĩ", ["Thượng nghị sĩ"], 98, True, seat=True),
        office(
            "generic_legislator",
            None,
            "Nghị sĩ",
            ["Nghị sĩ", "Hạ nghị sĩ", "Đại biểu Duma Quốc gia"],
            98,
            True,
            seat=True,
        ),
        g("generic_secretary_general", "Tổng Thư ký", ["Tổng Thư ký", "Phó Tổng Thư ký"]),
        g("generic_editor", "Tổng Biên tập", ["Tổng Biên tập", "Phó Tổng Biên tập"]),
        g(
            "generic_party_secretary_any",
            "Bí thư",
            [
                "Bí thư Trung ương Đảng",
                "Bí thư Đảng ủy",
                "Bí thư Huyện ủy",
                # United Russia's General Council: "Bí thư/Thư ký Hội đồng chung Đảng …".
                "Bí thư Hội đồng chung",
                "Thư ký Hội đồng chung",
            ],
        ),
        # The Youth Union's leaders meet Russia's youth agency ("anh X, Bí thư thứ nhất Trung
        # ương Đoàn"): Vietnamese, no holders listed here.
        office(
            "vn_youth_union_secretary",
            "VN",
            "Bí thư thứ nhất Trung ương Đoàn",
            [
                f"{t} {o}"
                for t in ("Bí thư thứ nhất", "Bí thư", "Phó Bí thư")
                for o in (
                    "Trung ương Đoàn",
                    "Trung ương Đoàn TNCS Hồ Chí Minh",
                    "Ban Chấp hành Trung ương Đoàn",
                    "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
                )
            ],
            40,
            True,
        ),
        # Party ranks that stand before a Vietnamese leader's name ("Thường trực Ban Bí thư
        # X", "đồng chí X, Ủy viên Bộ Chính trị, …"): Vietnamese, no holders listed here.
        office(
            "vn_standing_secretariat",
            "VN",
            "Thường trực Ban Bí thư",
            [
                "Thường trực Ban Bí thư",
                "Ủy viên Thường trực Ban Bí thư",
                "Uỷ viên Thường trực Ban Bí thư",
                "Thường trực Ban Bí thư Trung ương Đảng",
            ],
            8,
            True,
        ),
        office(
            "vn_party_member",
            "VN",
            "Ủy viên Bộ Chính trị",
            [
                "Ủy viên Bộ Chính trị",
                "Uỷ viên Bộ Chính trị",
                "Ủy viên Trung ương Đảng",
                "Uỷ viên Trung ương Đảng",
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Ủy viên dự khuyết Trung ương Đảng",
                "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Ủy viên Ban Thường vụ Thành ủy",
            ],
            30,
            True,
        ),
        g(
            "generic_governor_ru",
            "Tỉnh trưởng",
            ["Tỉnh trưởng", "Phó Tỉnh trưởng", "Phó Thống đốc", "Phó Thị trưởng"],
        ),
        g(
            "generic_legislature_chair",
            "Chủ tịch Hội đồng Lập pháp",
            [
                "Chủ tịch Hội đồng Lập pháp",
                "Chủ tịch Quốc hội tỉnh",
                "Chủ tịch Duma tỉnh",
                "Chủ tịch Duma thành phố",
                "Chủ tịch Duma khu vực",
                "Chủ tịch Duma vùng",
                "Chủ tịch Hội đồng Đại biểu",
            ],
        ),
        g(
            "generic_org_chair",
            "Chủ tịch",
            [
                f"{t} {o}"
                for t in ("Chủ tịch", "Phó Chủ tịch")
                for o in (
                    "Liên hiệp",
                    "Viện Hàn lâm",
                    "Viện",  # "Viện Kiểm toán Liên bang Nga" (the Accounts Chamber)
                    "Phân viện",  # "Phân viện Siberia" of the Academy of Sciences
                    "Hội",
                    "Hội đồng",
                    "Ủy ban",
                    "Uỷ ban",
                    "Liên đoàn",
                    "Phòng",  # "Phòng Thương mại và Công nghiệp", "Phòng Xã hội"
                    "Hiệp hội",
                    "Tổng Liên đoàn",
                    "Công đoàn",
                    "Nhóm",  # "Nhóm Nghị sĩ hữu nghị …"
                    "Đoàn Chủ tịch",
                    "Thượng viện",
                    "Hạ viện",
                    "Tổ chức",
                    "Trung tâm",
                    "Học viện",
                    "Câu lạc bộ",
                    "Ngân hàng",
                    "Quỹ",
                    "Chính phủ Cộng hòa",
                    "Chính phủ tỉnh",
                    "Chính phủ vùng",
                    "HĐND",
                    "Hội đồng nhân dân",
                    "Mặt trận",
                )
            ],
        ),
        g(
            "generic_military_rank",
            "Tướng lĩnh",
            [
                "Đại tướng",
                "Thượng tướng",
                "Trung tướng",
                "Thiếu tướng",
                "Đô đốc",
                "Phó Đô đốc",
                "Chuẩn Đô đốc",
                "Đại tá",
                "Thượng tá",
            ],
            120,
        ),
    ]


# Russian people: canonical → given names, patronymics, surnames (the build script makes the
# aliases). bare=True lets the surname alone name the person: only for surnames that are
# distinctive and belong to one well-known person in this domain.
RU_PEOPLE: dict[str, dict] = {
    "Arkady Dvorkovich": dict(
        g=["Arkady", "Arkadiy"], p=["Vladimirovich"], s=["Dvorkovich"], bare=True
    ),
    "Olga Golodets": dict(g=["Olga"], p=["Yurievna", "Yuryevna"], s=["Golodets"], bare=True),
    "Dmitry Kozak": dict(
        g=["Dmitry", "Dmitri"], p=["Nikolayevich", "Nikolaevich"], s=["Kozak"], bare=False
    ),
    "Alexander Khloponin": dict(
        g=["Alexander", "Aleksandr"], p=["Gennadiyevich"], s=["Khloponin"], bare=True
    ),
    "Vitaly Mutko": dict(g=["Vitaly", "Vitaliy"], p=["Leontiyevich"], s=["Mutko"], bare=True),
    "Sergei Prikhodko": dict(g=["Sergei", "Sergey"], p=["Eduardovich"], s=["Prikhodko"], bare=True),
    "Tatyana Golikova": dict(
        g=["Tatyana", "Tatiana"], p=["Alekseyevna"], s=["Golikova"], bare=True
    ),
    "Yuri Borisov": dict(g=["Yuri", "Yury", "Yuriy"], p=["Ivanovich"], s=["Borisov"], bare=False),
    "Alexei Gordeyev": dict(
        g=["Alexei", "Alexey", "Aleksei", "Aleksey"],
        p=["Vasilyevich"],
        s=["Gordeyev", "Gordeev"],
        bare=True,
    ),
    "Anton Siluanov": dict(g=["Anton"], p=["Germanovich"], s=["Siluanov"], bare=True),
    "Viktoria Abramchenko": dict(
        g=["Viktoria", "Victoria", "Viktoriya"], p=["Valeriyevna"], s=["Abramchenko"], bare=True
    ),
    "Marat Khusnullin": dict(g=["Marat"], p=["Shakirzyanovich"], s=["Khusnullin"], bare=True),
    "Dmitry Grigorenko": dict(g=["Dmitry", "Dmitri"], p=["Yuryevich"], s=["Grigorenko"], bare=True),
    "Dmitry Patrushev": dict(
        g=["Dmitry", "Dmitri", "Dmitriy"],
        p=["Nikolayevich", "Nikolaevich"],
        s=["Patrushev"],
        bare=False,
    ),
    "Vitaly Savelyev": dict(
        g=["Vitaly", "Vitaliy"], p=["Gennadyevich"], s=["Savelyev", "Saveliev"], bare=True
    ),
    "Elvira Nabiullina": dict(g=["Elvira"], p=["Sakhipzadovna"], s=["Nabiullina"], bare=True),
    "Alexei Ulyukayev": dict(
        g=["Alexei", "Alexey", "Aleksei"],
        p=["Valentinovich"],
        s=["Ulyukayev", "Ulyukaev"],
        bare=True,
    ),
    "Maxim Oreshkin": dict(g=["Maxim", "Maksim"], p=["Stanislavovich"], s=["Oreshkin"], bare=True),
    "Mikhail Kotyukov": dict(g=["Mikhail"], p=["Mikhailovich"], s=["Kotyukov"], bare=True),
    "Andrei Fursenko": dict(g=["Andrei", "Andrey"], p=["Alexandrovich"], s=["Fursenko"], bare=True),
    "Dmitry Livanov": dict(g=["Dmitry", "Dmitri"], p=["Viktorovich"], s=["Livanov"], bare=True),
    "Olga Vasilyeva": dict(g=["Olga"], p=["Yuryevna"], s=["Vasilyeva", "Vasilieva"], bare=False),
    "Sergey Kravtsov": dict(g=["Sergey", "Sergei"], p=["Sergeyevich"], s=["Kravtsov"], bare=True),
    "Nikolai Fyodorov": dict(
        g=["Nikolai", "Nikolay"], p=["Vasilyevich"], s=["Fyodorov", "Fedorov"], bare=False
    ),
    "Alexander Tkachev": dict(
        g=["Alexander", "Aleksandr"], p=["Nikolayevich"], s=["Tkachev", "Tkachyov"], bare=True
    ),
    "Vladimir Medinsky": dict(
        g=["Vladimir"], p=["Rostislavovich"], s=["Medinsky", "Medinskiy", "Medinskii"], bare=True
    ),
    "Olga Lyubimova": dict(g=["Olga"], p=["Borisovna"], s=["Lyubimova", "Liubimova"], bare=False),
    "Oksana Lut": dict(g=["Oksana"], p=["Nikolayevna"], s=["Lut"], bare=False),
    "Maxim Sokolov": dict(g=["Maxim", "Maksim"], p=["Yuryevich"], s=["Sokolov"], bare=False),
    "Yevgeny Dietrich": dict(
        g=["Yevgeny", "Evgeny", "Yevgeniy"], p=["Ivanovich"], s=["Dietrich", "Ditrikh"], bare=True
    ),
    "Roman Starovoit": dict(
        g=["Roman"], p=["Vladimirovich"], s=["Starovoit", "Starovoyt"], bare=True
    ),
    "Andrei Turchak": dict(g=["Andrei", "Andrey"], p=["Anatolyevich"], s=["Turchak"], bare=True),
    "Andrey Yatskin": dict(g=["Andrey", "Andrei"], p=["Vladimirovich"], s=["Yatskin"], bare=True),
    "Andrei Rudenko": dict(g=["Andrei", "Andrey"], p=["Yuryevich"], s=["Rudenko"], bare=False),
    "Alexander Fomin": dict(
        g=["Alexander", "Aleksandr"], p=["Vasilyevich"], s=["Fomin"], bare=False
    ),
    "Sergei Sobyanin": dict(g=["Sergei", "Sergey"], p=["Semyonovich"], s=["Sobyanin"], bare=True),
    "Georgy Poltavchenko": dict(
        g=["Georgy", "Georgiy", "Georgi"], p=["Sergeyevich"], s=["Poltavchenko"], bare=True
    ),
    "Alexander Beglov": dict(
        g=["Alexander", "Aleksandr"], p=["Dmitriyevich"], s=["Beglov"], bare=True
    ),
    "Alexander Belsky": dict(
        g=["Alexander", "Aleksandr"], p=["Nikolayevich"], s=["Belsky", "Belskiy"], bare=True
    ),
    "Vyacheslav Makarov": dict(g=["Vyacheslav"], p=["Serafimovich"], s=["Makarov"], bare=False),
    "Rustam Minnikhanov": dict(g=["Rustam"], p=["Nurgaliyevich"], s=["Minnikhanov"], bare=True),
    "Oleg Kozhemyako": dict(g=["Oleg"], p=["Nikolayevich"], s=["Kozhemyako"], bare=True),
    "Sergei Chemezov": dict(g=["Sergei", "Sergey"], p=["Viktorovich"], s=["Chemezov"], bare=True),
    "Alexander Mikheev": dict(
        g=["Alexander", "Aleksandr"], p=["Alexandrovich"], s=["Mikheev", "Mikheyev"], bare=True
    ),
    "Gennady Zyuganov": dict(
        g=["Gennady", "Gennadi", "Gennadiy"],
        p=["Andreyevich", "Andreevich"],
        s=["Zyuganov"],
        bare=True,
    ),
}

# Vietnamese people (full names only).
VN_PEOPLE = [
    "Đỗ Bá Tỵ",
    "Nguyễn Tân Cương",
    "Vũ Văn Ninh",
    "Nguyễn Thiện Nhân",
    "Vũ Đức Đam",
    "Lê Minh Khái",
    "Trần Lưu Quang",
    "Hồ Đức Phớc",
    "Nguyễn Chí Dũng",
    "Mai Văn Chính",
    "Nguyễn Quân",
    "Chu Ngọc Anh",
    "Huỳnh Thành Đạt",
    "Hoàng Tuấn Anh",
    "Nguyễn Ngọc Thiện",
    "Nguyễn Văn Hùng",
    "Nguyễn Mạnh Hùng",
    "Nguyễn Văn Nên",
    "Phan Văn Mãi",
    "Lê Mạnh Hùng",
]

_CAB12 = "Russian cabinet of 21 May 2012."
_CAB18 = "Russian cabinet of 18 May 2018."
_CAB20 = "Russian cabinet of 21 Jan 2020 (the Medvedev cabinet stayed acting from 15 Jan)."
_CAB24 = "Russian cabinet of 14 May 2024."
_VN11 = "Vietnamese government approved by the National Assembly on 3 Aug 2011."
_VN16 = "Vietnamese government approved by the National Assembly on 9 Apr 2016."
_VN21 = "Vietnamese government approved by the National Assembly on 8 Apr 2021."

# (person, office, start, end, flag, note)
TENURES: list[tuple] = [
    # Vietnam: deputy prime ministers
    (
        "Vũ Văn Ninh",
        "vn_deputy_pm",
        "2011-08-03",
        "2016-04-09",
        None,
        f"{PK} {_VN11} Until the 2016 government.",
    ),
    (
        "Nguyễn Thiện Nhân",
        "vn_deputy_pm",
        "2011-01-01",
        "2013-11-13",
        "uncertain",
        f"{PK} {TRUNC} Deputy PM since 2007; relieved when he led the Fatherland Front (the NA approved his successors on 13 Nov 2013).",
    ),
    (
        "Vũ Đức Đam",
        "vn_deputy_pm",
        "2013-11-13",
        "2023-01-05",
        None,
        f"{PK} Approved 13 Nov 2013 with Phạm Bình Minh; relieved with him on 5 Jan 2023.",
    ),
    (
        "Vương Đình Huệ",
        "vn_deputy_pm",
        "2016-04-09",
        "2020-02-07",
        "uncertain",
        f"{PK} {_VN16} Left the government when made Hà Nội Party Secretary (Feb 2020).",
    ),
    (
        "Lê Minh Khái",
        "vn_deputy_pm",
        "2021-04-08",
        "2024-08-26",
        "uncertain",
        f"{PK} {_VN21} Left office in the second half of 2024; end day not verified.",
    ),
    (
        "Trần Lưu Quang",
        "vn_deputy_pm",
        "2023-01-05",
        "2024-11-12",
        "uncertain",
        f"{PK} Approved 5 Jan 2023 with Trần Hồng Hà; left the government in 2024 (end day not verified).",
    ),
    (
        "Hồ Đức Phớc",
        "vn_deputy_pm",
        "2024-11-12",
        None,
        "uncertain",
        f"{PK} Approved with Nguyễn Hòa Bình and Bùi Thanh Sơn in Nov 2024; not checked after April 2026.",
    ),
    (
        "Nguyễn Chí Dũng",
        "vn_mpi",
        "2016-04-09",
        "2025-02-18",
        "uncertain",
        f"{PK} {_VN16} Minister of Planning and Investment until the ministry merged into Finance (Feb 2025).",
    ),
    (
        "Nguyễn Chí Dũng",
        "vn_deputy_pm",
        "2025-02-18",
        None,
        "uncertain",
        f"{PK} Approved as Deputy PM at the NA's extraordinary session of Feb 2025; not checked after April 2026.",
    ),
    (
        "Mai Văn Chính",
        "vn_deputy_pm",
        "2025-02-18",
        None,
        "uncertain",
        f"{PK} Approved as Deputy PM at the NA's extraordinary session of Feb 2025; not checked after April 2026.",
    ),
    # Vietnam: ministers
    (
        "Nguyễn Quân",
        "vn_most",
        "2011-01-01",
        "2016-04-09",
        None,
        f"{PK} {TRUNC} Minister of Science and Technology until the 2016 government.",
    ),
    (
        "Chu Ngọc Anh",
        "vn_most",
        "2016-04-09",
        "2020-08-21",
        "uncertain",
        f"{PK} {_VN16} Left when elected Chairman of Hà Nội's People's Committee (Aug 2020, day approximate).",
    ),
    (
        "Huỳnh Thành Đạt",
        "vn_most",
        "2020-11-12",
        "2025-02-18",
        "uncertain",
        f"{PK} Approved Nov 2020; the ministry merged with Information and Communications in Feb 2025.",
    ),
    (
        "Nguyễn Mạnh Hùng",
        "vn_mic",
        "2018-07-19",
        "2025-02-18",
        "uncertain",
        f"{PK} Acting minister from July 2018, approved Nov 2018 (days approximate), until the Feb 2025 merger.",
    ),
    (
        "Nguyễn Mạnh Hùng",
        "vn_most",
        "2025-02-18",
        None,
        "uncertain",
        f"{PK} Minister of the merged Ministry of Science and Technology from Feb 2025; not checked after April 2026.",
    ),
    (
        "Trần Thanh Mẫn",
        "vn_na_standing_vice_chair",
        "2021-03-31",
        "2024-05-20",
        "uncertain",
        f"{PK} Standing Vice Chairman of the National Assembly 2021–2024 (start day approximate).",
    ),
    (
        "Phan Văn Giang",
        "vn_chief_of_general_staff",
        "2016-01-01",
        "2021-04-08",
        "uncertain",
        f"{PK} Chief of the General Staff from early 2016 (day not verified) until he became Defence Minister.",
    ),
    (
        "Đỗ Bá Tỵ",
        "vn_chief_of_general_staff",
        "2011-01-01",
        "2016-01-01",
        "uncertain",
        f"{PK} {TRUNC} Chief of the General Staff from 2010 until Phan Văn Giang took over"
        " (end day not verified); Vice Chairman of the National Assembly from 2016.",
    ),
    (
        "Nguyễn Tân Cương",
        "vn_chief_of_general_staff",
        "2021-05-01",
        None,
        "uncertain",
        f"{PK} Chief of the General Staff after Phan Văn Giang became Defence Minister"
        " (April 2021; the month of appointment, not the day); still in office in 2025 news.",
    ),
    # Russia: deputy prime ministers
    ("Arkady Dvorkovich", "ru_deputy_pm", "2012-05-21", "2018-05-18", None, f"{PK} {_CAB12}"),
    (
        "Olga Golodets",
        "ru_deputy_pm",
        "2012-05-21",
        "2020-01-21",
        None,
        f"{PK} {_CAB12} Until the Mishustin cabinet.",
    ),
    (
        "Dmitry Kozak",
        "ru_deputy_pm",
        "2011-01-01",
        "2020-01-21",
        None,
        f"{PK} {TRUNC} Deputy PM since 2008.",
    ),
    (
        "Alexander Khloponin",
        "ru_deputy_pm",
        "2011-01-01",
        "2018-05-18",
        None,
        f"{PK} {TRUNC} Deputy PM since 2010.",
    ),
    (
        "Vitaly Mutko",
        "ru_deputy_pm",
        "2016-10-19",
        "2020-01-21",
        None,
        f"{PK} Deputy PM from 19 Oct 2016.",
    ),
    (
        "Sergei Prikhodko",
        "ru_deputy_pm",
        "2013-05-22",
        "2018-05-18",
        "uncertain",
        f"{PK} Deputy PM from May 2013 (day approximate).",
    ),
    (
        "Tatyana Golikova",
        "ru_deputy_pm",
        "2018-05-18",
        None,
        None,
        f"{PK} {_CAB18} Kept in 2020 and 2024.",
    ),
    (
        "Yuri Borisov",
        "ru_deputy_pm",
        "2018-05-18",
        "2022-07-15",
        None,
        f"{PK} {_CAB18} Left to head Roscosmos on 15 July 2022.",
    ),
    ("Alexei Gordeyev", "ru_deputy_pm", "2018-05-18", "2020-01-21", None, f"{PK} {_CAB18}"),
    (
        "Anton Siluanov",
        "ru_finance",
        "2011-09-26",
        None,
        "uncertain",
        f"{PK} Acting Finance Minister from 26 Sept 2011, confirmed Dec 2011.",
    ),
    ("Anton Siluanov", "ru_first_deputy_pm", "2018-05-18", "2020-01-21", None, f"{PK} {_CAB18}"),
    ("Viktoria Abramchenko", "ru_deputy_pm", "2020-01-21", "2024-05-14", None, f"{PK} {_CAB20}"),
    ("Marat Khusnullin", "ru_deputy_pm", "2020-01-21", None, None, f"{PK} {_CAB20} Kept in 2024."),
    ("Dmitry Grigorenko", "ru_deputy_pm", "2020-01-21", None, None, f"{PK} {_CAB20} Kept in 2024."),
    ("Dmitry Patrushev", "ru_agriculture", "2018-05-18", "2024-05-14", None, f"{PK} {_CAB18}"),
    ("Dmitry Patrushev", "ru_deputy_pm", "2024-05-14", None, None, f"{PK} {_CAB24}"),
    (
        "Vitaly Savelyev",
        "ru_transport",
        "2020-11-10",
        "2024-05-14",
        None,
        f"{PK} Transport Minister from the Nov 2020 reshuffle.",
    ),
    ("Vitaly Savelyev", "ru_deputy_pm", "2024-05-14", None, None, f"{PK} {_CAB24}"),
    # Russia: ministers
    ("Elvira Nabiullina", "ru_econ_dev", "2011-01-01", "2012-05-21", None, f"{PK} {TRUNC}"),
    ("Andrei Belousov", "ru_econ_dev", "2012-05-21", "2013-06-24", None, f"{PK} {_CAB12}"),
    (
        "Alexei Ulyukayev",
        "ru_econ_dev",
        "2013-06-24",
        "2016-11-15",
        None,
        f"{PK} Dismissed 15 Nov 2016.",
    ),
    (
        "Maxim Oreshkin",
        "ru_econ_dev",
        "2016-11-30",
        "2020-01-21",
        None,
        f"{PK} From 30 Nov 2016 until the Mishustin cabinet.",
    ),
    (
        "Mikhail Kotyukov",
        "ru_science_higher_ed",
        "2018-05-18",
        "2020-01-21",
        None,
        f"{PK} {_CAB18}",
    ),
    ("Vladimir Medinsky", "ru_culture", "2012-05-21", "2020-01-21", None, f"{PK} {_CAB12}"),
    ("Olga Lyubimova", "ru_culture", "2020-01-21", None, None, f"{PK} {_CAB20} Kept in 2024."),
    (
        "Hoàng Tuấn Anh",
        "vn_culture",
        "2011-01-01",
        "2016-04-09",
        None,
        f"{PK} {TRUNC} Minister of Culture, Sports and Tourism since 2007, until the 2016 government.",
    ),
    (
        "Nguyễn Ngọc Thiện",
        "vn_culture",
        "2016-04-09",
        "2021-04-08",
        None,
        f"{PK} {_VN16} Until the 2021 government.",
    ),
    (
        "Nguyễn Văn Hùng",
        "vn_culture",
        "2021-04-08",
        None,
        None,
        f"{PK} {_VN21} Not checked after April 2026.",
    ),
    ("Andrei Fursenko", "ru_education_science", "2011-01-01", "2012-05-21", None, f"{PK} {TRUNC}"),
    ("Dmitry Livanov", "ru_education_science", "2012-05-21", "2016-08-19", None, f"{PK} {_CAB12}"),
    (
        "Olga Vasilyeva",
        "ru_education_science",
        "2016-08-19",
        "2018-05-18",
        None,
        f"{PK} From 19 Aug 2016.",
    ),
    ("Olga Vasilyeva", "ru_enlightenment", "2018-05-18", "2020-01-21", None, f"{PK} {_CAB18}"),
    (
        "Sergey Kravtsov",
        "ru_enlightenment",
        "2020-01-21",
        None,
        None,
        f"{PK} {_CAB20} Kept in 2024.",
    ),
    ("Nikolai Fyodorov", "ru_agriculture", "2012-05-21", "2015-04-22", None, f"{PK} {_CAB12}"),
    (
        "Alexander Tkachev",
        "ru_agriculture",
        "2015-04-22",
        "2018-05-18",
        None,
        f"{PK} From 22 Apr 2015.",
    ),
    ("Oksana Lut", "ru_agriculture", "2024-05-14", None, None, f"{PK} {_CAB24}"),
    ("Maxim Sokolov", "ru_transport", "2012-05-21", "2018-05-18", None, f"{PK} {_CAB12}"),
    ("Yevgeny Dietrich", "ru_transport", "2018-05-18", "2020-11-10", None, f"{PK} {_CAB18}"),
    (
        "Roman Starovoit",
        "ru_transport",
        "2024-05-14",
        "2025-07-07",
        None,
        f"{PK} {_CAB24} Dismissed 7 July 2025.",
    ),
    # Russia: Federation Council
    (
        "Andrei Turchak",
        "ru_fc_first_deputy_chair",
        "2020-09-25",
        "2024-06-04",
        "uncertain",
        f"{PK} First Deputy Chairman from Sept 2020 until made acting head of the Altai Republic (June 2024); days approximate.",
    ),
    # Russia: cities, regions, companies
    (
        "Sergei Sobyanin",
        "ru_moscow_mayor",
        "2011-01-01",
        None,
        None,
        f"{PK} {TRUNC} Mayor of Moscow since 21 Oct 2010.",
    ),
    (
        "Georgy Poltavchenko",
        "ru_spb_governor",
        "2011-08-31",
        "2018-10-03",
        None,
        f"{PK} Governor of St Petersburg 2011–2018.",
    ),
    (
        "Alexander Beglov",
        "ru_spb_governor",
        "2018-10-03",
        None,
        None,
        f"{PK} Acting governor from 3 Oct 2018, elected Sept 2019.",
    ),
    (
        "Alexander Belsky",
        "ru_spb_leg_chair",
        "2021-10-06",
        None,
        "uncertain",
        f"{PK} Chairman of the St Petersburg Legislative Assembly from Oct 2021 (day approximate).",
    ),
    (
        "Vyacheslav Makarov",
        "ru_spb_leg_chair",
        "2011-12-14",
        "2021-10-06",
        "uncertain",
        f"{PK} Chairman of the St Petersburg Legislative Assembly 2011–2021 (days approximate).",
    ),
    (
        "Rustam Minnikhanov",
        "ru_tatarstan_head",
        "2011-01-01",
        None,
        None,
        f"{PK} {TRUNC} Head of Tatarstan since 25 Mar 2010.",
    ),
    (
        "Gennady Zyuganov",
        "ru_kprf_chair",
        "2011-01-01",
        None,
        "uncertain",
        f"{PK} {TRUNC} Chairman of the KPRF since 1993; not checked after April 2026.",
    ),
    (
        "Oleg Kozhemyako",
        "ru_governor_primorye",
        "2017-10-04",
        None,
        None,
        f"{PK} Acting governor from 4 Oct 2017, elected Sept 2018.",
    ),
    (
        "Sergei Chemezov",
        "ru_rostec_ceo",
        "2011-01-01",
        None,
        None,
        f"{PK} {TRUNC} Heads Rostec since its creation (2007).",
    ),
    (
        "Alexander Mikheev",
        "ru_rosoboronexport_ceo",
        "2017-01-01",
        None,
        "uncertain",
        f"{PK} Director General of Rosoboronexport since January 2017 (day approximate).",
    ),
]
