"""Generator for ``store/data/people.json``, ``offices.json`` and ``ru_given_names.json``.

Usage: python tools/build_people.py PATH/TO/office_holders.json [--out store/data] [--check]

--check writes nothing: it exits 0 when the committed JSON is exactly what this script builds
and 1 with a short diff summary otherwise (CI runs it, so hand edits to the JSON are caught).

The office-holder facts (names, dates, sources, UNCERTAIN / ATTESTED-ONLY notes) are read
from the file given on the command line; the project itself never reads it. Everything
else — office titles and their surface patterns, alias spellings seen in Vietnamese news,
tenures added from public knowledge, widened attested-only rows — is curated below.
Re-running overwrites both JSON files, so edit this script rather than the output.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import people_wider  # noqa: E402  (curated widening: deputy PMs, ministers, regions, companies)

# --------------------------------------------------------------------------- offices


def ru(*bases: str) -> list[str]:
    """A Russian title in the ways Vietnamese news qualifies it ("… Nga", "… LB Nga", …)."""
    out: list[str] = []
    for b in bases:
        out += [
            f"{b} Nga",
            f"{b} Liên bang Nga",
            f"{b} LB Nga",
            f"{b} Liên bang (LB) Nga",
            f"{b} nước Nga",
        ]
    return out


def vn(*bases: str) -> list[str]:
    """A Vietnamese title bare (Vietnamese by default) and qualified."""
    out: list[str] = []
    for b in bases:
        out += [
            b,
            f"{b} Việt Nam",
            f"{b} nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            f"{b} nước CHXHCN Việt Nam",
        ]
    return out


def office(
    id_: str,
    country: str | None,
    title: str,
    patterns: list[str],
    rank: int,
    generic: bool = False,
    posted: bool = False,
    seat: bool = False,
) -> dict:
    seen: list[str] = []
    for p in patterns:
        # Vietnamese press writes the Duma three ways; marks must match, so list them all.
        for v in (p, p.replace("Duma", "Đuma"), p.replace("Duma", "Đu-ma")):
            if v not in seen:
                seen.append(v)
    return {
        "id": id_,
        "country": country,
        "title": title,
        "patterns": seen,
        "rank": rank,
        "generic": generic,
        # A post abroad: a city after "Tổng Lãnh sự Nga tại" is its seat (store.language.query).
        **({"posted": True} if posted else {}),
        # A seat, not a post ("Thượng nghị sĩ", "Nghị sĩ"): read in articles, never asked of
        # as a title (store.language.query).
        **({"seat": True} if seat else {}),
    }


_IGC_VN = [
    "Ủy ban liên Chính phủ Việt Nam - Nga",
    "Ủy ban liên Chính phủ Việt Nam - Liên bang Nga",
    "Ủy ban liên Chính phủ Việt - Nga",
]
_IGC_RU = [
    "Ủy ban liên Chính phủ Nga - Việt Nam",
    "Ủy ban liên Chính phủ Việt Nam - Nga",
    "Ủy ban liên Chính phủ Việt - Nga",
]


def party_and_parliament_offices() -> list[dict]:
    """Party, parliament and academy offices the people data lists no holder of: a question
    naming one ("Trưởng Ban Đối ngoại Trung ương") asks for whoever the articles title so."""
    boards = ["Đối ngoại", "Tuyên giáo", "Tổ chức", "Kinh tế", "Dân vận", "Nội chính"]
    out = [
        office(
            f"vn_central_board_{i}",
            "VN",
            f"Trưởng Ban {b} Trung ương",
            [f"{t} {b} Trung ương{d}" for t in ("Trưởng Ban", "Trưởng ban") for d in ("", " Đảng")]
            + [f"{t} {b}" for t in ("Trưởng Ban", "Trưởng ban")],
            30,
        )
        for i, b in enumerate(boards)
    ]
    out += [
        office(
            "vn_inspection_chair",
            "VN",
            "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
            [
                f"Chủ nhiệm {u} Kiểm tra Trung ương{d}"
                for u in ("Ủy ban", "Uỷ ban")
                for d in ("", " Đảng")
            ],
            30,
        ),
        office(
            "vn_na_foreign_affairs_chair",
            "VN",
            "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội",
            [
                f"Chủ nhiệm {u} Đối ngoại{q}"
                for u in ("Ủy ban", "Uỷ ban")
                for q in ("", " của Quốc hội", " Quốc hội")
            ],
            30,
        ),
        office(
            "vn_na_defence_chair",
            "VN",
            "Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội",
            [
                f"Chủ nhiệm {u} Quốc phòng và An ninh{q}"
                for u in ("Ủy ban", "Uỷ ban")
                for q in ("", " của Quốc hội", " Quốc hội")
            ],
            30,
        ),
        office(
            "ru_duma_intl_chair",
            "RU",
            "Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga",
            # "Chủ nhiệm", as for the National Assembly's committees, after "Chủ tịch".
            [
                p
                for t in ("Chủ tịch", "Chủ nhiệm")
                for p in [
                    f"{t} {u} {c} {of}Duma Quốc gia{n}"
                    for u in ("Ủy ban", "Uỷ ban")
                    for c in ("Quốc tế", "Đối ngoại", "các vấn đề quốc tế", "Các vấn đề quốc tế")
                    for of in ("", "của ")
                    for n in ("", " Nga")
                ]
                + [f"{t} {u} Quốc tế Duma" for u in ("Ủy ban", "Uỷ ban")]
            ],
            30,
        ),
        office(
            "ru_fc_intl_chair",
            "RU",
            "Chủ tịch Ủy ban Quốc tế Hội đồng Liên bang Nga",
            [
                f"{t} {u} {c} {of}Hội đồng Liên bang{n}"
                for t in ("Chủ tịch", "Chủ nhiệm")
                for u in ("Ủy ban", "Uỷ ban")
                for c in ("Quốc tế", "Đối ngoại", "các vấn đề quốc tế", "Các vấn đề quốc tế")
                for of in ("", "của ")
                for n in ("", " Nga")
            ],
            30,
        ),
        office(
            "ru_academy_president",
            "RU",
            "Chủ tịch Viện Hàn lâm Khoa học Nga",
            # Only with "Nga": Vietnam has academies of (social) sciences too.
            ru("Chủ tịch Viện Hàn lâm Khoa học"),
            30,
        ),
        office(
            "ru_kprf_chair",
            "RU",
            "Chủ tịch Đảng Cộng sản Liên bang Nga",
            [
                "Chủ tịch Đảng Cộng sản Liên bang Nga",
                "Chủ tịch Đảng Cộng sản Nga",
                "Chủ tịch Ban Chấp hành Trung ương Đảng Cộng sản Liên bang Nga",
                "Chủ tịch KPRF",
            ],
            30,
        ),
    ]
    return out


OFFICES: list[dict] = [
    # Vietnam
    office(
        "vn_gen_sec",
        "VN",
        "Tổng Bí thư",
        [
            "Tổng Bí thư",
            "Tổng Bí thư Ban Chấp hành Trung ương Đảng",
            "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
            "Tổng Bí thư BCH Trung ương Đảng",
            "Tổng Bí thư Đảng Cộng sản Việt Nam",
            "Tổng Bí thư Đảng",
            "Tổng Bí thư Việt Nam",
            "Tổng Bí thư Trung ương Đảng Cộng sản Việt Nam",
        ],
        1,
    ),
    office(
        "vn_president",
        "VN",
        "Chủ tịch nước",
        vn("Chủ tịch nước") + ["Quyền Chủ tịch nước", "Chủ tịch nước ta"],
        2,
    ),
    office(
        "vn_pm",
        "VN",
        "Thủ tướng",
        vn("Thủ tướng", "Thủ tướng Chính phủ") + ["Thủ tướng nước ta"],
        3,
    ),
    office("vn_na_chair", "VN", "Chủ tịch Quốc hội", vn("Chủ tịch Quốc hội"), 4),
    office("vn_vice_president", "VN", "Phó Chủ tịch nước", vn("Phó Chủ tịch nước"), 5),
    office(
        "vn_standing_deputy_pm",
        "VN",
        "Phó Thủ tướng Thường trực",
        [
            "Phó Thủ tướng Thường trực",
            "Phó Thủ tướng Thường trực Chính phủ",
            "Phó Thủ tướng Thường trực Chính phủ Việt Nam",
        ],
        8,
    ),
    office(
        "vn_deputy_pm",
        "VN",
        "Phó Thủ tướng",
        [
            "Phó Thủ tướng Chính phủ",
            "Phó Thủ tướng Việt Nam",
            "Phó Thủ tướng Chính phủ Việt Nam",
            "Phó Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        ],
        10,
    ),
    office(
        "vn_igc_cochair",
        "VN",
        "Phó Thủ tướng",
        [f"Chủ tịch Phân ban Việt Nam {c}{n}" for c in ("", "trong ", "của ") for n in _IGC_VN]
        + [f"Đồng Chủ tịch {n}" for n in _IGC_VN[:2]],
        11,
    ),
    office(
        "vn_fm",
        "VN",
        "Bộ trưởng Bộ Ngoại giao",
        vn("Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Ngoại giao")
        + ["Quyền Bộ trưởng Ngoại giao", "Quyền Bộ trưởng Bộ Ngoại giao", "Ngoại trưởng Việt Nam"],
        20,
    ),
    office(
        "vn_defence",
        "VN",
        "Bộ trưởng Bộ Quốc phòng",
        vn("Bộ trưởng Quốc phòng", "Bộ trưởng Bộ Quốc phòng"),
        21,
    ),
    office(
        "vn_mps", "VN", "Bộ trưởng Bộ Công an", vn("Bộ trưởng Công an", "Bộ trưởng Bộ Công an"), 22
    ),
    office(
        "vn_moit",
        "VN",
        "Bộ trưởng Bộ Công Thương",
        vn("Bộ trưởng Công Thương", "Bộ trưởng Bộ Công Thương"),
        23,
    ),
    office(
        "vn_moet",
        "VN",
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        vn("Bộ trưởng Giáo dục và Đào tạo", "Bộ trưởng Bộ Giáo dục và Đào tạo")
        + ["Bộ trưởng Bộ GD&ĐT", "Bộ trưởng GD&ĐT", "Bộ trưởng Bộ GD-ĐT", "Bộ trưởng GD-ĐT"],
        24,
    ),
    office(
        "vn_amb_ru",
        "VN",
        "Đại sứ Việt Nam tại Nga",
        [
            "Đại sứ Việt Nam tại Nga",
            "Đại sứ Việt Nam tại Liên bang Nga",
            "Đại sứ Việt Nam tại LB Nga",
            "Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nga",
            "Đại sứ Đặc mệnh toàn quyền Việt Nam tại Liên bang Nga",
            "Đại sứ Đặc mệnh toàn quyền Việt Nam tại LB Nga",
            "Đại sứ Việt Nam tại Moskva",
            "Đại sứ Việt Nam tại Matxcơva",
            "Đại sứ Việt Nam tại Moscow",
            "Đại sứ nước ta tại Nga",
            "Đại sứ nước ta tại Liên bang Nga",
        ],
        40,
    ),
    # Russia
    office("ru_president", "RU", "Tổng thống Nga", ru("Tổng thống") + ["Nguyên thủ Nga"], 1),
    office(
        "ru_pm",
        "RU",
        "Thủ tướng Nga",
        ru("Thủ tướng", "Thủ tướng Chính phủ", "Chủ tịch Chính phủ", "Quyền Thủ tướng"),
        3,
    ),
    office(
        "ru_fc_chair",
        "RU",
        "Chủ tịch Hội đồng Liên bang Nga",
        [
            "Chủ tịch Hội đồng Liên bang",
            "Chủ tịch Hội đồng Liên bang (Thượng viện)",
            "Chủ tịch Hội đồng Liên bang Quốc hội",
            "Chủ tịch Hội đồng Liên bang Quốc hội Nga",
            "Chủ tịch Hội đồng Liên bang Quốc hội Liên bang Nga",
        ]
        + ru(
            "Chủ tịch Hội đồng Liên bang",
            "Chủ tịch Thượng viện",
            "Chủ tịch Hội đồng Liên bang (Thượng viện)",
        ),
        4,
    ),
    office(
        "ru_duma_chair",
        "RU",
        "Chủ tịch Duma Quốc gia Nga",
        [
            "Chủ tịch Duma Quốc gia",
            "Chủ tịch Duma Quốc gia (Hạ viện)",
            "Chủ tịch Duma Quốc gia Quốc hội Liên bang Nga",
            "Chủ tịch Duma Quốc gia Quốc hội Nga",
        ]
        + ru(
            "Chủ tịch Duma Quốc gia",
            "Chủ tịch Duma",
            "Chủ tịch Hạ viện",
            "Chủ tịch Duma Quốc gia (Hạ viện)",
        )
        + ["Chủ tịch Duma"],
        5,
    ),
    office(
        "ru_ur_chair",
        "RU",
        "Chủ tịch Đảng Nước Nga Thống nhất",
        [
            "Chủ tịch Đảng Nước Nga Thống nhất",
            "Chủ tịch Đảng cầm quyền Nước Nga Thống nhất",
            "Chủ tịch đảng Nước Nga Thống nhất cầm quyền",
            "Lãnh đạo Đảng Nước Nga Thống nhất",
        ],
        6,
    ),
    office(
        "ru_sc_deputy_chair",
        "RU",
        "Phó Chủ tịch Hội đồng An ninh Nga",
        ru("Phó Chủ tịch Hội đồng An ninh", "Phó Chủ tịch Hội đồng An ninh Quốc gia"),
        7,
    ),
    office(
        "ru_first_deputy_pm",
        "RU",
        "Phó Thủ tướng thứ nhất Nga",
        ["Phó Thủ tướng thứ nhất"]
        + ru("Phó Thủ tướng thứ nhất", "Phó Thủ tướng thứ nhất Chính phủ"),
        8,
    ),
    office(
        "ru_deputy_pm",
        "RU",
        "Phó Thủ tướng Nga",
        ru("Phó Thủ tướng", "Phó Thủ tướng Chính phủ", "Phó Chủ tịch Chính phủ"),
        10,
    ),
    office(
        "ru_igc_cochair",
        "RU",
        "Phó Thủ tướng Nga",
        [f"Chủ tịch Phân ban Nga {c}{n}" for c in ("", "trong ", "của ") for n in _IGC_RU]
        + ["Chủ tịch Phân ban Nga", "Chủ tịch Phân ban Liên bang Nga"],
        11,
    ),
    office(
        "ru_sc_secretary",
        "RU",
        "Thư ký Hội đồng An ninh Nga",
        ru("Thư ký Hội đồng An ninh", "Thư ký Hội đồng An ninh Quốc gia"),
        12,
    ),
    office(
        "ru_fm",
        "RU",
        "Ngoại trưởng Nga",
        ru("Ngoại trưởng", "Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Ngoại giao")
        + ["Người đứng đầu Bộ Ngoại giao Nga"],
        20,
    ),
    office(
        "ru_defence",
        "RU",
        "Bộ trưởng Quốc phòng Nga",
        ru("Bộ trưởng Quốc phòng", "Bộ trưởng Bộ Quốc phòng"),
        21,
    ),
    office(
        "ru_interior",
        "RU",
        "Bộ trưởng Nội vụ Nga",
        ru("Bộ trưởng Nội vụ", "Bộ trưởng Bộ Nội vụ"),
        22,
    ),
    office(
        "ru_fsb_director",
        "RU",
        "Giám đốc Cơ quan An ninh Liên bang Nga",
        [
            "Giám đốc Cơ quan An ninh Liên bang Nga",
            "Giám đốc Cơ quan An ninh Liên bang (FSB) Nga",
            "Giám đốc Cơ quan An ninh Liên bang Nga (FSB)",
            "Giám đốc Cơ quan An ninh Liên bang LB Nga",
            "Giám đốc Cơ quan An ninh Liên bang",
            "Giám đốc Cơ quan An ninh Liên bang (FSB)",
            "Giám đốc FSB",
            "Giám đốc FSB Nga",
            "Giám đốc Tổng cục An ninh Liên bang Nga",
        ],
        22,
    ),
    office(
        "ru_svr_director",
        "RU",
        "Giám đốc Cơ quan Tình báo đối ngoại Nga",
        [
            "Giám đốc Cơ quan Tình báo đối ngoại Nga",
            "Giám đốc Cơ quan Tình báo đối ngoại Liên bang Nga",
            "Giám đốc Cơ quan Tình báo đối ngoại LB Nga",
            "Giám đốc Cơ quan Tình báo đối ngoại Liên bang Nga (SVR)",
            "Giám đốc Cơ quan Tình báo đối ngoại (SVR) Nga",
            "Giám đốc Cơ quan Tình báo đối ngoại",
            "Giám đốc Tình báo đối ngoại Nga",
            "Giám đốc Tình báo đối ngoại",
            "Giám đốc SVR",
            "Giám đốc SVR Nga",
        ],
        22,
    ),
    office(
        "ru_industry_trade",
        "RU",
        "Bộ trưởng Công Thương Nga",
        ru(
            "Bộ trưởng Công Thương",
            "Bộ trưởng Bộ Công Thương",
            "Bộ trưởng Công nghiệp và Thương mại",
            "Bộ trưởng Bộ Công nghiệp và Thương mại",
        ),
        23,
    ),
    office(
        "ru_energy",
        "RU",
        "Bộ trưởng Năng lượng Nga",
        ru("Bộ trưởng Năng lượng", "Bộ trưởng Bộ Năng lượng"),
        24,
    ),
    office(
        "ru_econ_dev",
        "RU",
        "Bộ trưởng Phát triển Kinh tế Nga",
        ru("Bộ trưởng Phát triển Kinh tế", "Bộ trưởng Bộ Phát triển Kinh tế"),
        25,
    ),
    office(
        "ru_science_higher_ed",
        "RU",
        "Bộ trưởng Khoa học và Giáo dục đại học Nga",
        ["Bộ trưởng Khoa học và Giáo dục đại học", "Bộ trưởng Bộ Khoa học và Giáo dục đại học"]
        + ru("Bộ trưởng Khoa học và Giáo dục đại học", "Bộ trưởng Bộ Khoa học và Giáo dục đại học"),
        26,
    ),
    office(
        "ru_presidential_aide",
        "RU",
        "Trợ lý Tổng thống Nga",
        ru("Trợ lý Tổng thống") + ["Trợ lý Tổng thống Putin"],
        30,
    ),
    office(
        "ru_maritime_board",
        "RU",
        "Chủ tịch Hội đồng Hàng hải Nga",
        ru("Chủ tịch Hội đồng Hàng hải", "Chủ tịch Hội đồng Biển", "Chủ tịch Ủy ban Hàng hải"),
        31,
    ),
    office(
        "ru_far_east_envoy",
        "RU",
        "Đặc phái viên Tổng thống Nga tại Vùng Liên bang Viễn Đông",
        [
            f"{a} {b} {c} {r}"
            for a in ("Đặc phái viên", "Đại diện toàn quyền")
            for b in ("Tổng thống Nga", "của Tổng thống Nga", "Tổng thống Liên bang Nga")
            for c in ("tại", "ở")
            # the district as news shortens it ("tại Viễn Đông", "tại vùng Viễn Đông")
            for r in (
                "Vùng Liên bang Viễn Đông",
                "Vùng Viễn Đông",
                "khu vực Viễn Đông",
                "Viễn Đông",
            )
        ],
        32,
    ),
    office(
        "ru_amb_vn",
        "RU",
        "Đại sứ Nga",
        [
            "Đại sứ Nga",
            "Đại sứ Liên bang Nga",
            "Đại sứ LB Nga",
            "Đại sứ Nga tại Việt Nam",
            "Đại sứ Liên bang Nga tại Việt Nam",
            "Đại sứ LB Nga tại Việt Nam",
            "Đại sứ Đặc mệnh toàn quyền Nga tại Việt Nam",
            "Đại sứ Đặc mệnh toàn quyền Liên bang Nga tại Việt Nam",
            "Đại sứ Đặc mệnh toàn quyền LB Nga tại Việt Nam",
            "Đại sứ Nga tại Hà Nội",
            "Đại sứ Liên bang Nga tại Hà Nội",
        ],
        40,
    ),
    office(
        "ru_governor_primorye",
        "RU",
        "Thống đốc vùng Primorye",
        [
            f"Thống đốc {v}{p}"
            for v in ("", "vùng ", "khu vực ", "tỉnh ")
            for p in ("Primorye", "Primorsky", "Primorsky Krai")
        ],
        45,
    ),
    office(
        "ru_rosatom_ceo",
        "RU",
        "Tổng Giám đốc Rosatom",
        [
            f"{t} {o}"
            for t in (
                "Tổng Giám đốc",
                "Tổng giám đốc Tập đoàn",
                "Tổng Giám đốc Tổng công ty",
                "Giám đốc",
                "Người đứng đầu",
            )
            for o in (
                "Rosatom",
                "Năng lượng nguyên tử quốc gia Nga",
                "Năng lượng nguyên tử quốc gia Nga (Rosatom)",
                "Năng lượng nguyên tử quốc gia Nga Rosatom",
                "Năng lượng Nguyên tử Nga (Rosatom)",
                "Năng lượng nguyên tử Nga Rosatom",
            )
        ]
        + ["Tổng Giám đốc Tập đoàn Rosatom"],
        50,
    ),
    office(
        "ru_gazprom_ceo",
        "RU",
        "Chủ tịch Gazprom",
        [
            f"{t} {o}"
            for t in (
                "Chủ tịch",
                "Chủ tịch Tập đoàn",
                "Chủ tịch Tập đoàn Dầu khí",
                "Chủ tịch Ban Điều hành",
                "Chủ tịch Hội đồng Quản trị",
                "Chủ tịch HĐQT",
                "Tổng Giám đốc",
                "Tổng Giám đốc Tập đoàn",
                "Người đứng đầu",
            )
            for o in ("Gazprom", "Gazprom Nga", "Gazprom, Liên bang Nga")
        ],
        51,
    ),
    office(
        "ru_gazprom_neft_ceo",
        "RU",
        "Tổng Giám đốc Gazprom Neft",
        [
            f"{t} Gazprom Neft"
            for t in (
                "Tổng Giám đốc",
                "Tổng Giám đốc Công ty",
                "Chủ tịch Ban Điều hành",
                "Chủ tịch",
            )
        ],
        52,
    ),
    office(
        "ru_sberbank_ceo",
        "RU",
        "Chủ tịch kiêm Tổng Giám đốc Sberbank",
        [
            f"{t} {o}"
            for t in (
                "Chủ tịch kiêm Tổng Giám đốc",
                "Chủ tịch kiêm Tổng giám đốc",
                "Tổng Giám đốc",
                "Tổng giám đốc",
                "Chủ tịch Ban Điều hành",
                "Chủ tịch Ban điều hành",
                "Chủ tịch",
            )
            for o in (
                "Sberbank",
                "Ngân hàng Sberbank",
                "Ngân hàng Tiết kiệm Nga",
                "Ngân hàng Tiết kiệm Nga (Sberbank)",
                "Ngân hàng Tiết kiệm Liên bang Nga",
                "Ngân hàng Tiết kiệm Liên bang Nga (Sberbank)",
            )
        ],
        52,
    ),
    office(
        "ru_rosneft_ceo",
        "RU",
        "Tổng Giám đốc Rosneft",
        [
            f"{t} {o}"
            for t in (
                "Tổng Giám đốc",
                "Tổng Giám đốc Tập đoàn",
                "Chủ tịch",
                "Chủ tịch Tập đoàn",
                "Chủ tịch Tập đoàn Dầu khí",
                "Chủ tịch Ban Điều hành",
                "Giám đốc điều hành",
                "Người đứng đầu",
            )
            for o in ("Rosneft", "Rosneft Nga", "Dầu khí Rosneft")
        ],
        53,
    ),
    office(
        "ru_novatek_ceo",
        "RU",
        "Chủ tịch Novatek",
        [
            f"{t} {o}"
            for t in (
                "Chủ tịch",
                "Chủ tịch Ban Điều hành",
                "Chủ tịch Hội đồng Quản trị",
                "Tổng Giám đốc",
                "Chủ tịch Tập đoàn",
            )
            for o in ("Novatek",)
        ],
        54,
    ),
    office(
        "ru_lukoil_ceo",
        "RU",
        "Chủ tịch Lukoil",
        [
            f"{t} Lukoil"
            for t in ("Chủ tịch", "Tổng Giám đốc", "Chủ tịch Tập đoàn", "Chủ tịch Tập đoàn Dầu khí")
        ],
        55,
    ),
    office(
        "ru_zarubezhneft_ceo",
        "RU",
        "Tổng Giám đốc Zarubezhneft",
        [
            f"{t} Zarubezhneft"
            for t in (
                "Tổng Giám đốc",
                "Tổng Giám đốc Tập đoàn",
                "Tổng Giám đốc Công ty",
                "Tổng Giám đốc Tổng công ty",
                "Người đứng đầu",
                "Chủ tịch",
            )
        ],
        56,
    ),
    office(
        "ru_sistema_chair",
        "RU",
        "Chủ tịch Tập đoàn AFK Sistema",
        [
            f"{t} {o}"
            for t in (
                "Chủ tịch",
                "Chủ tịch Tập đoàn",
                "Chủ tịch Hội đồng Quản trị",
                "Chủ tịch HĐQT",
            )
            for o in ("AFK Sistema", "Sistema", "Tập đoàn AFK Sistema")
        ],
        57,
    ),
    # Deputy prime ministers' colleagues, chambers, cities, regions and companies
    *people_wider.offices(office, ru, vn),
    # Third countries that show up in distractor articles
    office(
        "cn_gen_sec",
        "CN",
        "Tổng Bí thư Đảng Cộng sản Trung Quốc",
        [
            "Tổng Bí thư Đảng Cộng sản Trung Quốc",
            "Tổng Bí thư, Chủ tịch Trung Quốc",
            "Tổng Bí thư, Chủ tịch nước Trung Quốc",
            "Tổng Bí thư Trung Quốc",
        ],
        1,
    ),
    office(
        "cn_president",
        "CN",
        "Chủ tịch Trung Quốc",
        [
            "Chủ tịch Trung Quốc",
            "Chủ tịch nước Trung Quốc",
            "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa",
        ],
        2,
    ),
    office(
        "cn_pm",
        "CN",
        "Thủ tướng Trung Quốc",
        ["Thủ tướng Trung Quốc", "Thủ tướng Quốc vụ viện Trung Quốc"],
        3,
    ),
    office(
        "cn_npc_chair",
        "CN",
        "Ủy viên trưởng Nhân đại Trung Quốc",
        [
            "Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc",
            "Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc",
            "Ủy viên trưởng Nhân đại Trung Quốc",
            "Chủ tịch Quốc hội Trung Quốc",
        ],
        4,
    ),
    office(
        "cn_fm",
        "CN",
        "Ngoại trưởng Trung Quốc",
        ["Ngoại trưởng Trung Quốc", "Bộ trưởng Ngoại giao Trung Quốc"],
        20,
    ),
    office(
        "kp_leader",
        "KP",
        "Nhà lãnh đạo Triều Tiên",
        [
            "Chủ tịch Ủy ban Quốc vụ",
            "Chủ tịch Ủy ban Quốc vụ Triều Tiên",
            "Chủ tịch Ủy ban Quốc vụ CHDCND Triều Tiên",
            "Chủ tịch Ủy ban Quốc vụ nước CHDCND Triều Tiên",
            "Chủ tịch Triều Tiên",
            "Nhà lãnh đạo Triều Tiên",
            "Tổng Bí thư Đảng Lao động Triều Tiên",
            "Tổng Bí thư Đảng Lao động Triều Tiên (WPK)",
            "Lãnh đạo Triều Tiên",
        ],
        1,
    ),
    office("in_pm", "IN", "Thủ tướng Ấn Độ", ["Thủ tướng Ấn Độ"], 3),
    office(
        "id_president",
        "ID",
        "Tổng thống Indonesia",
        ["Tổng thống Indonesia", "Tổng thống In-đô-nê-xi-a"],
        1,
    ),
    office("jp_pm", "JP", "Thủ tướng Nhật Bản", ["Thủ tướng Nhật Bản", "Thủ tướng Nhật"], 3),
    office(
        "us_president",
        "US",
        "Tổng thống Mỹ",
        ["Tổng thống Mỹ", "Tổng thống Hoa Kỳ", "Tổng thống Hoa Kì"],
        1,
    ),
    office(
        "by_president",
        "BY",
        "Tổng thống Belarus",
        ["Tổng thống Belarus", "Tổng thống Cộng hòa Belarus", "Tổng thống Bê-la-rút"],
        1,
    ),
    office(
        "uz_president",
        "UZ",
        "Tổng thống Uzbekistan",
        ["Tổng thống Uzbekistan", "Tổng thống U-dơ-bê-ki-xtan"],
        1,
    ),
    office(
        "kz_president",
        "KZ",
        "Tổng thống Kazakhstan",
        ["Tổng thống Kazakhstan", "Tổng thống Ca-dắc-xtan"],
        1,
    ),
    office(
        "ua_president",
        "UA",
        "Tổng thống Ukraine",
        ["Tổng thống Ukraine", "Tổng thống U-crai-na", "Tổng thống Ucraina"],
        1,
    ),
    office("tr_president", "TR", "Tổng thống Thổ Nhĩ Kỳ", ["Tổng thống Thổ Nhĩ Kỳ"], 1),
    office(
        "la_leader",
        "LA",
        "Tổng Bí thư, Chủ tịch nước Lào",
        [
            "Chủ tịch nước Lào",
            "Tổng Bí thư, Chủ tịch nước Lào",
            "Tổng Bí thư Đảng Nhân dân Cách mạng Lào",
        ],
        1,
        generic=True,
    ),
    office(
        "kh_pm",
        "KH",
        "Thủ tướng Campuchia",
        ["Thủ tướng Campuchia", "Thủ tướng Cam-pu-chia"],
        3,
        generic=True,
    ),
    # Generic titles: no holders here; they let extraction find people missing from the lexicon.
    office("generic_president", None, "Tổng thống", ["Tổng thống", "Quyền Tổng thống"], 90, True),
    office("generic_vice_president", None, "Phó Tổng thống", ["Phó Tổng thống"], 91, True),
    office("generic_deputy_pm", None, "Phó Thủ tướng", ["Phó Thủ tướng"], 92, True),
    office("generic_fm", None, "Ngoại trưởng", ["Ngoại trưởng"], 93, True),
    office("generic_minister", None, "Bộ trưởng", ["Bộ trưởng", "Quyền Bộ trưởng"], 94, True),
    office(
        "generic_deputy_minister",
        None,
        "Thứ trưởng",
        [
            "Thứ trưởng",
            "Thứ trưởng thứ nhất",
            "Phó Bộ trưởng",
            "Phó Bộ trưởng thứ nhất",
            "Phó Ngoại trưởng",
        ],
        95,
        True,
    ),
    # "Phó" before an office with no deputy form of its own (store.language.lexicon.DEPUTY).
    office("generic_deputy", None, "Phó", ["Phó Đại sứ"], 95, True),
    office(
        "generic_vice_chair",
        None,
        "Phó Chủ tịch",
        ["Phó Chủ tịch", "Phó Chủ tịch thứ nhất"],
        96,
        True,
    ),
    office(
        "vn_na_vice_chair",
        "VN",
        "Phó Chủ tịch Quốc hội",
        ["Phó Chủ tịch Quốc hội"],
        12,
        True,
    ),
    office(
        "ru_duma_deputy_chair",
        "RU",
        "Phó Chủ tịch Duma Quốc gia Nga",
        ["Phó Chủ tịch Duma Quốc gia", "Phó Chủ tịch thứ nhất Duma Quốc gia"]
        + ru(
            "Phó Chủ tịch Duma Quốc gia",
            "Phó Chủ tịch thứ nhất Duma Quốc gia",
            "Phó Chủ tịch Hạ viện",
        ),
        13,
        True,
    ),
    office(
        "ru_fc_deputy_chair",
        "RU",
        "Phó Chủ tịch Hội đồng Liên bang Nga",
        ["Phó Chủ tịch Hội đồng Liên bang", "Phó Chủ tịch Hội đồng Liên bang (Thượng viện)"]
        + ru("Phó Chủ tịch Hội đồng Liên bang", "Phó Chủ tịch Thượng viện"),
        13,
        True,
    ),
    office(
        "generic_ambassador",
        None,
        "Đại sứ",
        ["Đại sứ", "Đại sứ Đặc mệnh toàn quyền", "Tân Đại sứ"],
        97,
        True,
    ),
    office(
        "generic_vn_ambassador",
        "VN",
        "Đại sứ Việt Nam",
        ["Đại sứ Việt Nam", "Đại sứ Đặc mệnh toàn quyền Việt Nam"],
        41,
        True,
    ),
    office("generic_consul", None, "Tổng Lãnh sự", ["Tổng Lãnh sự", "Lãnh sự"], 98, True, True),
    # An embassy's defence attaché: "Đại tá X, Tùy viên Quốc phòng Nga tại Việt Nam".
    office(
        "generic_attache",
        None,
        "Tùy viên Quốc phòng",
        ["Tùy viên Quốc phòng", "Tùy viên Quân sự", "Tùy viên Quốc phòng - Quân sự"],
        98,
        True,
        True,
    ),
    office("generic_governor", None, "Thống đốc", ["Thống đốc"], 98, True),
    # The head of a Russian republic named after his title ("Người đứng đầu Cộng hòa X").
    office(
        "generic_republic_head",
        "RU",
        "Người đứng đầu Cộng hòa",
        ["Người đứng đầu Cộng hòa", "Người đứng đầu nước Cộng hòa", "Thủ hiến Cộng hòa"],
        98,
        True,
    ),
    office("generic_mayor", None, "Thị trưởng", ["Thị trưởng"], 98, True),
    office(
        "generic_group_chair",
        None,
        "Chủ tịch Tập đoàn",
        [
            "Chủ tịch Tập đoàn",
            "Chủ tịch Hội đồng Quản trị",
            "Chủ tịch HĐQT",
            "Chủ tịch Hội đồng thành viên",
            "Chủ tịch HĐTV",
            "Chủ tịch Ban Điều hành",
            "Chủ tịch Công ty",
            "Chủ tịch Tổng công ty",
        ],
        98,
        True,
    ),
    office(
        "generic_group_ceo",
        None,
        "Tổng Giám đốc",
        [
            "Tổng Giám đốc",
            "Tổng Giám đốc Tập đoàn",
            "Tổng Giám đốc Tổng công ty",
            "Tổng Giám đốc Công ty",
            "Giám đốc điều hành",
            "CEO",
        ],
        98,
        True,
    ),
    office(
        "generic_deputy_ceo",
        None,
        "Phó Tổng Giám đốc",
        ["Phó Tổng Giám đốc", "Phó Giám đốc"],
        99,
        True,
    ),
    office(
        "generic_province_chair",
        "VN",
        "Chủ tịch UBND tỉnh",
        [
            "Chủ tịch UBND tỉnh",
            "Chủ tịch Ủy ban nhân dân tỉnh",
            "Chủ tịch UBND thành phố",
            "Chủ tịch Ủy ban nhân dân thành phố",
            "Chủ tịch UBND TP",
            "Chủ tịch UBND",
        ],
        60,
        True,
    ),
    office(
        "generic_party_secretary",
        "VN",
        "Bí thư Tỉnh ủy",
        ["Bí thư Tỉnh ủy", "Bí thư Thành ủy"],
        59,
        True,
    ),
    office(
        "generic_deputy_secretary",
        "VN",
        "Phó Bí thư",
        ["Phó Bí thư", "Phó Bí thư Tỉnh ủy", "Phó Bí thư Thành ủy", "Phó Bí thư Thường trực"],
        61,
        True,
    ),
    office(
        "generic_envoy",
        None,
        "Đặc phái viên",
        ["Đặc phái viên", "Đặc sứ"],
        80,
        True,
    ),
    office(
        "generic_chief_of_general_staff",
        None,
        "Tổng Tham mưu trưởng",
        ["Tổng Tham mưu trưởng"],
        70,
        True,
    ),
    office("generic_party_chair", None, "Chủ tịch Đảng", ["Chủ tịch Đảng"], 70, True),
    *party_and_parliament_offices(),
    *people_wider.generic_offices(office),
]

# Not titles, but start like one ("Đại sứ quán", "Văn phòng Chủ tịch nước"): matched and dropped.
OFFICE_BLOCKS = [
    "Đại sứ quán",
    "Tổng Lãnh sự quán",
    "Lãnh sự quán",
    "Văn phòng Chủ tịch nước",
    "Văn phòng Thủ tướng",
    "Phủ Thủ tướng",
    "Dinh Thủ tướng",
    "Phủ Tổng thống",
    "Dinh Tổng thống",
    "Văn phòng Tổng thống",
    "Văn phòng Tổng Bí thư",
    "Thủ tướng Chính phủ giao",
    "Bộ trưởng các Bộ",
    "Bộ trưởng các bộ",
]

# Facts office_vi → office id.
FACT_OFFICES = {
    ("VN", "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"): "vn_gen_sec",
    ("VN", "Chủ tịch nước"): "vn_president",
    ("VN", "Thủ tướng Chính phủ"): "vn_pm",
    ("VN", "Chủ tịch Quốc hội"): "vn_na_chair",
    ("VN", "Bộ trưởng Bộ Ngoại giao"): "vn_fm",
    ("VN", "Bộ trưởng Bộ Quốc phòng"): "vn_defence",
    ("VN", "Bộ trưởng Bộ Công an"): "vn_mps",
    ("VN", "Đại sứ Việt Nam tại Liên bang Nga"): "vn_amb_ru",
    ("RU", "Tổng thống Nga"): "ru_president",
    ("RU", "Thủ tướng Nga"): "ru_pm",
    ("RU", "Chủ tịch Duma Quốc gia Nga"): "ru_duma_chair",
    ("RU", "Chủ tịch Hội đồng Liên bang Nga (Thượng viện)"): "ru_fc_chair",
    ("RU", "Bộ trưởng Ngoại giao Nga (Ngoại trưởng Nga)"): "ru_fm",
    ("RU", "Bộ trưởng Quốc phòng Nga"): "ru_defence",
    ("RU", "Thư ký Hội đồng An ninh Nga"): "ru_sc_secretary",
    ("RU", "Phó Chủ tịch Hội đồng An ninh Nga"): "ru_sc_deputy_chair",
    ("RU", "Chủ tịch Đảng Nước Nga Thống nhất"): "ru_ur_chair",
    ("RU", "Đại sứ Nga tại Việt Nam"): "ru_amb_vn",
    ("RU", "Trợ lý Tổng thống Nga (phụ trách đóng tàu)"): "ru_presidential_aide",
    ("RU", "Chủ tịch Hội đồng Hàng hải Liên bang Nga (Morskaya kollegiya)"): "ru_maritime_board",
    ("RU", "Tổng Giám đốc Tập đoàn Năng lượng nguyên tử quốc gia Nga (Rosatom)"): "ru_rosatom_ceo",
    ("RU", "Tổng Giám đốc Zarubezhneft"): "ru_zarubezhneft_ceo",
}
FACT_OFFICE_PREFIXES = {
    ("VN", "Phó Thủ tướng, Chủ tịch Phân ban Việt Nam"): "vn_igc_cochair",
    ("RU", "Phó Thủ tướng Nga, Chủ tịch Phân ban Nga"): "ru_igc_cochair",
}

# ---------------------------------------------------------------------------- people

# Russian names: canonical (without patronymic) → spelling variants. Aliases are generated
# from given × patronymic × surname in the orders Vietnamese news uses, plus initials.
RU_PEOPLE: dict[str, dict] = {
    "Vladimir Putin": dict(
        facts="Vladimir Vladimirovich Putin",
        g=["Vladimir"],
        p=["Vladimirovich"],
        s=["Putin"],
        bare=True,
        extra=[
            "Pu-tin",
            "V. Pu-tin",
            "Vla-đi-mia Pu-tin",
            "Vla-đi-mia Vla-đi-mi-rô-vích Pu-tin",
            "Владимир Путин",
            "Владимир Владимирович Путин",
            "Путин",
        ],
    ),
    "Dmitry Medvedev": dict(
        facts="Dmitry Anatolyevich Medvedev",
        g=["Dmitry", "Dmitri", "Dmitriy"],
        p=["Anatolyevich", "Anatolievich"],
        s=["Medvedev"],
        bare=True,
        extra=[
            "Mét-vê-đép",
            "Đ. Mét-vê-đép",
            "Đ.A. Mét-vê-đép",
            "Đmi-tơ-ri Mét-vê-đép",
            "Đmi-tri Mét-vê-đép",
            "Дмитрий Медведев",
            "Медведев",
        ],
    ),
    "Mikhail Mishustin": dict(
        facts="Mikhail Vladimirovich Mishustin",
        g=["Mikhail"],
        p=["Vladimirovich"],
        s=["Mishustin", "Mishutin"],
        bare=True,
        extra=[
            "Mi-su-xtin",
            "M. Mi-su-xtin",
            "Mi-khai-in Mi-su-xtin",
            "Михаил Мишустин",
            "Мишустин",
        ],
    ),
    "Sergei Lavrov": dict(
        facts="Sergey Viktorovich Lavrov",
        g=["Sergei", "Sergey"],
        p=["Viktorovich", "Victorovich"],
        s=["Lavrov"],
        bare=True,
        extra=[
            "La-vơ-rốp",
            "La-vrốp",
            "X. La-vơ-rốp",
            "Xéc-gây La-vơ-rốp",
            "Сергей Лавров",
            "Лавров",
        ],
    ),
    "Sergei Shoigu": dict(
        facts="Sergei Kuzhugetovich Shoigu",
        g=["Sergei", "Sergey"],
        p=["Kuzhugetovich"],
        s=["Shoigu", "Shoygu"],
        bare=True,
        extra=["Sôi-gu", "X. Sôi-gu", "Xéc-gây Sôi-gu", "Сергей Шойгу", "Шойгу"],
    ),
    "Nikolai Patrushev": dict(
        facts="Nikolai Platonovich Patrushev",
        g=["Nikolai", "Nikolay"],
        p=["Platonovich"],
        s=["Patrushev"],
        bare=True,
        gp=True,
        extra=[
            "Pa-tru-sép",
            "N. Pa-tru-sép",
            "Ni-cô-lai Pa-tru-sép",
            "Николай Патрушев",
            "Патрушев",
        ],
    ),
    "Vyacheslav Volodin": dict(
        facts="Vyacheslav Viktorovich Volodin",
        g=["Vyacheslav", "Viacheslav"],
        p=["Viktorovich", "Victorovich"],
        s=["Volodin"],
        bare=True,
        extra=[
            "Vô-lô-đin",
            "V. Vô-lô-đin",
            "Vi-a-chê-xláp Vô-lô-đin",
            "Вячеслав Володин",
            "Володин",
        ],
    ),
    "Valentina Matviyenko": dict(
        facts="Valentina Ivanovna Matviyenko",
        g=["Valentina"],
        p=["Ivanovna"],
        s=["Matviyenko", "Matvienko"],
        bare=True,
        gp=True,
        extra=[
            "Mát-vi-en-cô",
            "V. Mát-vi-en-cô",
            "Va-len-ti-na Mát-vi-en-cô",
            "Валентина Матвиенко",
            "Матвиенко",
        ],
    ),
    "Maxim Akimov": dict(
        facts="Maxim Akimov",
        g=["Maxim", "Maksim"],
        p=["Alekseyevich"],
        s=["Akimov"],
        bare=True,
        extra=["A-ki-mốp", "M. A-ki-mốp", "M.A-ki-mốp"],
    ),
    "Valery Falkov": dict(
        g=["Valery", "Valeriy"], p=["Nikolayevich", "Nikolaevich"], s=["Falkov"], bare=True
    ),
    "Alexei Miller": dict(
        g=["Alexei", "Alexey", "Aleksei", "Aleksey"],
        p=["Borisovich"],
        s=["Miller"],
        bare=False,
        extra=["Алексей Миллер"],
    ),
    "Alexei Likhachev": dict(
        facts="Alexey Yevgenyevich Likhachev",
        g=["Alexei", "Alexey", "Aleksei", "Aleksey"],
        p=["Yevgenyevich", "Evgenievich", "Evgenyevich"],
        s=["Likhachev", "Likhachov", "Likhachyov"],
        bare=True,
        extra=["Алексей Лихачёв", "Лихачёв"],
    ),
    "Sergei Kudryashov": dict(
        facts="Sergey Kudryashov", g=["Sergei", "Sergey"], p=[], s=["Kudryashov"], bare=True
    ),
    "Sergei Levin": dict(g=["Sergei", "Sergey"], p=[], s=["Levin"], bare=False),
    "Gennady Bezdetko": dict(
        facts="Gennady Stepanovich Bezdetko",
        g=["Gennady", "Gennadiy", "Gennadi"],
        p=["Stepanovich"],
        s=["Bezdetko"],
        bare=True,
        extra=["Геннадий Бездетко", "Бездетко"],
    ),
    "Vladimir Kolokoltsev": dict(
        g=["Vladimir"], p=["Alexandrovich", "Aleksandrovich"], s=["Kolokoltsev"], bare=True
    ),
    # Director of the FSB. Aliases listed as they were first written into people.json: the
    # generated forms would add the surname-first ones with a patronymic and "Bortnikov Aleksandr".
    "Alexander Bortnikov": dict(
        g=["Alexander", "Aleksandr"],
        p=["Vasilyevich"],
        s=["Bortnikov"],
        bare=True,
        aliases=[
            "Bortnikov Alexander",
            "Alexander Vasilyevich Bortnikov",
            "Aleksandr Bortnikov",
            "Aleksandr Vasilyevich Bortnikov",
            "A. Bortnikov",
            "A.Bortnikov",
            "A.V. Bortnikov",
            "A.V.Bortnikov",
            "Bortnikov",
            "Александр Бортников",
            "Бортников",
        ],
    ),
    "Vladimir Yevtushenkov": dict(
        g=["Vladimir"], p=["Petrovich"], s=["Yevtushenkov", "Evtushenkov"], bare=True
    ),
    "Vladimir Miklushevsky": dict(
        g=["Vladimir"], p=["Vladimirovich"], s=["Miklushevsky", "Miklushevskiy"], bare=True
    ),
    "Oleg Kabanov": dict(
        g=["Oleg"],
        p=["Vladimirovich"],
        s=["Kabanov"],
        bare=False,
        extra=["Oleg Kabanov Vladimirovich"],
    ),
    "Dmitry Chernyshenko": dict(
        facts="Dmitry Nikolayevich Chernyshenko",
        g=["Dmitry", "Dmitri", "Dmitriy"],
        p=["Nikolayevich", "Nikolaevich"],
        s=["Chernyshenko"],
        bare=True,
    ),
    "Andrei Belousov": dict(
        facts="Andrey Removich Belousov",
        g=["Andrei", "Andrey"],
        p=["Removich"],
        s=["Belousov"],
        bare=True,
    ),
    "Yuri Trutnev": dict(g=["Yuri", "Yury", "Yuriy"], p=["Petrovich"], s=["Trutnev"], bare=True),
    "Alexander Novak": dict(
        g=["Alexander", "Aleksandr", "Alexandr"], p=["Valentinovich"], s=["Novak"], bare=False
    ),
    "Denis Manturov": dict(g=["Denis"], p=["Valentinovich"], s=["Manturov"], bare=True),
    "Alexei Overchuk": dict(
        g=["Alexei", "Alexey", "Aleksei", "Aleksey"], p=["Logvinovich"], s=["Overchuk"], bare=True
    ),
    "Igor Shuvalov": dict(
        facts="Igor Shuvalov", g=["Igor"], p=["Ivanovich"], s=["Shuvalov"], bare=True
    ),
    "Igor Sechin": dict(g=["Igor"], p=["Ivanovich"], s=["Sechin"], bare=True),
    "Leonid Mikhelson": dict(g=["Leonid"], p=["Viktorovich"], s=["Mikhelson"], bare=True),
    "Vagit Alekperov": dict(g=["Vagit"], p=["Yusufovich"], s=["Alekperov"], bare=True),
    "Alexander Dyukov": dict(
        g=["Alexander", "Aleksandr"], p=["Valeryevich"], s=["Dyukov"], bare=True
    ),
    # Sberbank's head, written "German Gref" by the Vietnamese press. Aliases listed as they
    # were first written into people.json (the generated forms would differ in order and add
    # "H.O. Gref").
    "Herman Gref": dict(
        g=["Herman", "German", "Gherman"],
        p=["Oskarovich"],
        s=["Gref"],
        bare=True,
        aliases=[
            "Gref Herman",
            "Herman Oskarovich Gref",
            "Gref Herman Oskarovich",
            "German Gref",
            "Gref German",
            "German Oskarovich Gref",
            "Gref German Oskarovich",
            "Gherman Gref",
            "Gref Gherman",
            "Gherman Oskarovich Gref",
            "Gref Gherman Oskarovich",
            "G. Gref",
            "G.Gref",
            "G.O. Gref",
            "G.O.Gref",
            "H. Gref",
            "H.Gref",
            "Gref",
        ],
    ),
    "Sergei Kiriyenko": dict(
        facts="Sergey Kiriyenko",
        g=["Sergei", "Sergey"],
        p=["Vladilenovich"],
        s=["Kiriyenko", "Kirienko"],
        bare=True,
    ),
    "Sergei Naryshkin": dict(
        facts="Sergey Naryshkin",
        g=["Sergei", "Sergey"],
        p=["Yevgenyevich", "Evgenievich"],
        s=["Naryshkin"],
        bare=True,
    ),
    "Boris Gryzlov": dict(
        facts="Boris Vyacheslavovich Gryzlov",
        g=["Boris"],
        p=["Vyacheslavovich"],
        s=["Gryzlov", "Grizlov"],
        bare=True,
        extra=["Борис Грызлов"],
    ),
    "Sergei Mironov": dict(
        facts="Sergey Mironov",
        g=["Sergei", "Sergey"],
        p=["Mikhailovich"],
        s=["Mironov"],
        bare=False,
    ),
    "Alexander Torshin": dict(
        facts="Alexander Torshin",
        g=["Alexander", "Aleksander", "Aleksandr"],
        p=["Porfiryevich"],
        s=["Torshin"],
        bare=False,
    ),
    "Anatoly Serdyukov": dict(
        facts="Anatoly Serdyukov",
        g=["Anatoly", "Anatoliy"],
        p=["Eduardovich"],
        s=["Serdyukov"],
        bare=True,
    ),
    "Andrei Kovtun": dict(
        facts="Andrei Kovtun", g=["Andrei", "Andrey"], p=[], s=["Kovtun"], bare=True
    ),
    "Konstantin Vnukov": dict(
        facts="Konstantin Vnukov",
        g=["Konstantin", "Konstatin"],
        p=[],
        s=["Vnukov"],
        bare=True,
        extra=["Константин Внуков"],
    ),
    "Dmitry Rogozin": dict(g=["Dmitry", "Dmitri"], p=["Olegovich"], s=["Rogozin"], bare=True),
    "Konstantin Kosachev": dict(g=["Konstantin"], p=["Iosifovich"], s=["Kosachev"], bare=True),
    # Deputy chairman of the KPRF Central Committee: leads its delegations to Vietnam.
    # No bare surname: "Novikov" alone is a common name.
    "Dmitry Novikov": dict(g=["Dmitry", "Dmitri"], p=["Georgievich"], s=["Novikov"], bare=False),
    "Nikolai Shulginov": dict(
        g=["Nikolai", "Nikolay"], p=["Grigoryevich"], s=["Shulginov"], bare=True
    ),
    "Sergei Tsivilev": dict(g=["Sergei", "Sergey"], p=["Evgenievich"], s=["Tsivilev"], bare=True),
    "Anton Alikhanov": dict(g=["Anton"], p=["Andreyevich"], s=["Alikhanov"], bare=True),
    "Maxim Reshetnikov": dict(
        g=["Maxim", "Maksim"], p=["Gennadyevich"], s=["Reshetnikov"], bare=True
    ),
    "Kirill Dmitriev": dict(
        g=["Kirill"], p=["Alexandrovich"], s=["Dmitriev", "Dmitriyev"], bare=False
    ),
}


RU_PEOPLE.update(people_wider.RU_PEOPLE)


def ru_aliases(spec: dict) -> list[str]:
    if "aliases" in spec:
        # Listed by hand, in order: used as they are (g still feeds ru_given_names).
        return list(spec["aliases"])
    out: list[str] = []
    g, p, s = spec["g"], spec["p"], spec["s"]
    for sur in s:
        for giv in g:
            out += [f"{giv} {sur}", f"{sur} {giv}"]
            for pat in p:
                out += [f"{giv} {pat} {sur}", f"{sur} {giv} {pat}"]
        for gi in dict.fromkeys(x[0] for x in g):
            out += [f"{gi}. {sur}", f"{gi}.{sur}"]
            for pi in dict.fromkeys(x[0] for x in p):
                out += [f"{gi}.{pi}. {sur}", f"{gi}.{pi}.{sur}"]
        if spec.get("bare"):
            out.append(sur)
    if spec.get("gp"):
        out += [f"{giv} {pat}" for giv in g for pat in p]
    out += spec.get("extra", [])
    return list(dict.fromkeys(out))


# Vietnamese canonical names. Only full names: a bare given name ("Lâm", "Sơn", "Trọng") is an
# ordinary word or shared by many people, so it never becomes an alias.
VN_PEOPLE = [
    "Nông Đức Mạnh",
    "Nguyễn Phú Trọng",
    "Tô Lâm",
    "Nguyễn Minh Triết",
    "Trương Tấn Sang",
    "Trần Đại Quang",
    "Đặng Thị Ngọc Thịnh",
    "Nguyễn Xuân Phúc",
    "Võ Thị Ánh Xuân",
    "Võ Văn Thưởng",
    "Lương Cường",
    "Nguyễn Tấn Dũng",
    "Phạm Minh Chính",
    "Lê Minh Hưng",
    "Nguyễn Sinh Hùng",
    "Nguyễn Thị Kim Ngân",
    "Vương Đình Huệ",
    "Trần Thanh Mẫn",
    "Phạm Gia Khiêm",
    "Phạm Bình Minh",
    "Bùi Thanh Sơn",
    "Lê Hoài Trung",
    "Phùng Quang Thanh",
    "Ngô Xuân Lịch",
    "Phan Văn Giang",
    "Lê Hồng Anh",
    "Lương Tam Quang",
    "Hoàng Trung Hải",
    "Trịnh Đình Dũng",
    "Lê Văn Thành",
    "Trần Hồng Hà",
    "Nguyễn Thanh Sơn",
    "Ngô Đức Mạnh",
    "Đặng Minh Khôi",
    "Trương Hòa Bình",
    "Nguyễn Hòa Bình",
    "Vũ Huy Hoàng",
    "Trần Tuấn Anh",
    "Nguyễn Hồng Diên",
    "Phạm Vũ Luận",
    "Phùng Xuân Nhạ",
    "Nguyễn Kim Sơn",
    "Nguyễn Đức Trung",
]

VN_PEOPLE += people_wider.VN_PEOPLE

# Leaders of other countries, so distractor articles can be recognised.
FOREIGN_PEOPLE: dict[str, dict] = {
    "Xi Jinping": dict(
        country="CN", aliases=["Tập Cận Bình", "Xi Jinping", "Xi Jin-ping", "Tập Cận-bình"]
    ),
    "Li Qiang": dict(country="CN", aliases=["Lý Cường", "Li Qiang"]),
    "Li Keqiang": dict(country="CN", aliases=["Lý Khắc Cường", "Li Keqiang"]),
    "Zhao Leji": dict(country="CN", aliases=["Triệu Lạc Tế", "Zhao Leji"]),
    "Wang Yi": dict(country="CN", aliases=["Vương Nghị", "Wang Yi"]),
    "Kim Jong Un": dict(
        country="KP",
        aliases=["Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "Kim Châng-un", "Kim Chen In"],
    ),
    "Narendra Modi": dict(
        country="IN", aliases=["Narendra Modi", "Modi", "Na-ren-đra Mô-đi", "Mô-đi"]
    ),
    "Joko Widodo": dict(country="ID", aliases=["Joko Widodo", "Jokowi", "Widodo"]),
    "Prabowo Subianto": dict(country="ID", aliases=["Prabowo Subianto", "Prabowo"]),
    "Shinzo Abe": dict(country="JP", aliases=["Shinzo Abe", "Abe Shinzo", "Shinzō Abe"]),
    "Yoshihide Suga": dict(country="JP", aliases=["Yoshihide Suga", "Suga Yoshihide"]),
    "Fumio Kishida": dict(country="JP", aliases=["Fumio Kishida", "Kishida Fumio", "Kishida"]),
    "Shigeru Ishiba": dict(country="JP", aliases=["Shigeru Ishiba", "Ishiba Shigeru", "Ishiba"]),
    "Sanae Takaichi": dict(country="JP", aliases=["Sanae Takaichi", "Takaichi Sanae", "Takaichi"]),
    "Barack Obama": dict(country="US", aliases=["Barack Obama", "Obama", "B. Obama"]),
    "Donald Trump": dict(
        country="US", aliases=["Donald Trump", "Trump", "D. Trump", "Đô-nan Trăm"]
    ),
    "Joe Biden": dict(country="US", aliases=["Joe Biden", "Joseph Biden", "Biden", "J. Biden"]),
    "Alexander Lukashenko": dict(
        country="BY",
        aliases=[
            "Alexander Lukashenko",
            "Aleksandr Lukashenko",
            "Alexandr Lukashenko",
            "Lukashenko",
            "A. Lukashenko",
            "Lu-ca-sen-cô",
        ],
    ),
    "Shavkat Mirziyoyev": dict(
        country="UZ", aliases=["Shavkat Mirziyoyev", "Mirziyoyev", "Shavkat Mirziyoev", "Mirziyoev"]
    ),
    "Kassym-Jomart Tokayev": dict(
        country="KZ", aliases=["Kassym-Jomart Tokayev", "Tokayev", "Kassym Jomart Tokayev"]
    ),
    "Volodymyr Zelensky": dict(
        country="UA", aliases=["Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"]
    ),
    "Dmytro Kuleba": dict(country="UA", aliases=["Dmytro Kuleba", "Kuleba"]),
    "Recep Tayyip Erdoğan": dict(
        country="TR", aliases=["Recep Tayyip Erdogan", "Erdogan", "Erdoğan"]
    ),
}

# Tenures not in the facts file, from public knowledge. (person, office, start, end, flag, note)
PK = "Public record, not in the facts file."
EXTRA_TENURES: list[tuple] = [
    # Vietnam
    (
        "Nguyễn Xuân Phúc",
        "vn_deputy_pm",
        "2011-08-03",
        "2016-04-07",
        None,
        f"{PK} Deputy PM until elected PM.",
    ),
    (
        "Phạm Bình Minh",
        "vn_deputy_pm",
        "2013-11-13",
        "2023-01-05",
        None,
        f"{PK} Deputy PM from 13 Nov 2013; relieved by the NA on 5 Jan 2023.",
    ),
    (
        "Phạm Bình Minh",
        "vn_standing_deputy_pm",
        "2021-04-08",
        "2023-01-05",
        "uncertain",
        f"{PK} Standing Deputy PM in the 2021 government; start day approximate.",
    ),
    (
        "Trương Hòa Bình",
        "vn_standing_deputy_pm",
        "2016-04-09",
        "2021-04-08",
        "uncertain",
        f"{PK} Standing Deputy PM 2016–2021; exact days approximate.",
    ),
    (
        "Nguyễn Hòa Bình",
        "vn_standing_deputy_pm",
        "2024-11-12",
        None,
        "uncertain",
        f"{PK} Approved by the NA as Standing Deputy PM in Nov 2024; not checked after the April 2026 government change.",
    ),
    (
        "Hoàng Trung Hải",
        "vn_deputy_pm",
        "2011-01-01",
        "2016-04-09",
        "uncertain",
        f"{PK} TRUNCATED: Deputy PM since 2007; start set to window start. End = new government, April 2016 (day approximate).",
    ),
    (
        "Trịnh Đình Dũng",
        "vn_deputy_pm",
        "2016-04-09",
        "2021-04-08",
        "uncertain",
        f"{PK} Deputy PM 2016–2021; days approximate.",
    ),
    (
        "Lê Văn Thành",
        "vn_deputy_pm",
        "2021-04-08",
        "2023-06-19",
        None,
        f"{PK} Deputy PM from April 2021; died in office 19 June 2023.",
    ),
    (
        "Trần Hồng Hà",
        "vn_deputy_pm",
        "2023-01-05",
        None,
        None,
        f"{PK} Approved as Deputy PM on 5 Jan 2023; not checked after the April 2026 government change.",
    ),
    (
        "Bùi Thanh Sơn",
        "vn_deputy_pm",
        "2024-11-12",
        None,
        "uncertain",
        f"{PK} Approved as Deputy PM in Nov 2024 (named 'Phó Thủ tướng' in Jan 2025 reports); not checked after April 2026.",
    ),
    (
        "Đặng Thị Ngọc Thịnh",
        "vn_vice_president",
        "2016-04-08",
        "2021-04-06",
        "uncertain",
        f"{PK} Vice President 2016–2021.",
    ),
    (
        "Võ Thị Ánh Xuân",
        "vn_vice_president",
        "2021-04-06",
        None,
        None,
        f"{PK} Elected Vice President 6 April 2021; not checked after April 2026.",
    ),
    (
        "Vũ Huy Hoàng",
        "vn_moit",
        "2011-01-01",
        "2016-04-09",
        None,
        f"{PK} TRUNCATED: minister since 2007; start set to window start. End = successor approved 9 April 2016.",
    ),
    (
        "Trần Tuấn Anh",
        "vn_moit",
        "2016-04-09",
        "2021-04-08",
        None,
        f"{PK} Minister of Industry and Trade 2016–2021.",
    ),
    (
        "Nguyễn Hồng Diên",
        "vn_moit",
        "2021-04-08",
        None,
        None,
        f"{PK} Approved 8 April 2021 with 11 other new ministers; not checked after April 2026.",
    ),
    (
        "Phạm Vũ Luận",
        "vn_moet",
        "2011-01-01",
        "2016-04-09",
        None,
        f"{PK} TRUNCATED: minister since 2010; start set to window start.",
    ),
    (
        "Phùng Xuân Nhạ",
        "vn_moet",
        "2016-04-09",
        "2020-11-12",
        None,
        f"{PK} Minister of Education and Training 2016–2020.",
    ),
    (
        "Nguyễn Kim Sơn",
        "vn_moet",
        "2020-11-12",
        None,
        None,
        f"{PK} Approved by the NA 12 Nov 2020; not checked after April 2026.",
    ),
    # Russia
    (
        "Andrei Belousov",
        "ru_first_deputy_pm",
        "2020-01-21",
        "2024-05-14",
        None,
        f"{PK} First Deputy PM in the Mishustin government.",
    ),
    (
        "Dmitry Chernyshenko",
        "ru_deputy_pm",
        "2020-01-21",
        None,
        None,
        f"{PK} Deputy PM since 21 Jan 2020; reappointed May 2024.",
    ),
    (
        "Alexei Overchuk",
        "ru_deputy_pm",
        "2020-01-21",
        None,
        None,
        f"{PK} Deputy PM since 21 Jan 2020; reappointed May 2024.",
    ),
    (
        "Yuri Trutnev",
        "ru_deputy_pm",
        "2013-08-31",
        None,
        None,
        f"{PK} Deputy PM and presidential envoy to the Far East since 31 Aug 2013.",
    ),
    ("Yuri Trutnev", "ru_far_east_envoy", "2013-08-31", None, None, f"{PK}"),
    (
        "Alexander Novak",
        "ru_energy",
        "2012-05-21",
        "2020-11-10",
        None,
        f"{PK} Energy Minister 2012–2020.",
    ),
    (
        "Alexander Novak",
        "ru_deputy_pm",
        "2020-11-10",
        None,
        None,
        f"{PK} Deputy PM since 10 Nov 2020.",
    ),
    ("Nikolai Shulginov", "ru_energy", "2020-11-10", "2024-05-14", None, f"{PK}"),
    ("Sergei Tsivilev", "ru_energy", "2024-05-14", None, None, f"{PK}"),
    (
        "Denis Manturov",
        "ru_industry_trade",
        "2012-05-21",
        "2024-05-14",
        None,
        f"{PK} Minister of Industry and Trade 2012–2024.",
    ),
    (
        "Denis Manturov",
        "ru_deputy_pm",
        "2022-07-15",
        "2024-05-14",
        None,
        f"{PK} Deputy PM from 15 July 2022.",
    ),
    (
        "Denis Manturov",
        "ru_first_deputy_pm",
        "2024-05-14",
        None,
        None,
        f"{PK} First Deputy PM since 14 May 2024.",
    ),
    ("Anton Alikhanov", "ru_industry_trade", "2024-05-14", None, None, f"{PK}"),
    ("Maxim Reshetnikov", "ru_econ_dev", "2020-01-21", None, None, f"{PK}"),
    (
        "Valery Falkov",
        "ru_science_higher_ed",
        "2020-01-21",
        None,
        None,
        f"{PK} Minister of Science and Higher Education since 21 Jan 2020.",
    ),
    (
        "Vladimir Kolokoltsev",
        "ru_interior",
        "2012-05-21",
        None,
        None,
        f"{PK} Interior Minister since 21 May 2012.",
    ),
    (
        "Alexander Bortnikov",
        "ru_fsb_director",
        "2008-05-12",
        None,
        None,
        f"{PK} Director of the FSB since 12 May 2008.",
    ),
    (
        "Sergei Naryshkin",
        "ru_svr_director",
        "2016-10-05",
        None,
        None,
        f"{PK} Director of the Foreign Intelligence Service (SVR) since 5 October 2016.",
    ),
    (
        "Maxim Akimov",
        "ru_deputy_pm",
        "2018-05-18",
        "2020-01-21",
        None,
        f"{PK} Deputy PM in the second Medvedev government.",
    ),
    ("Dmitry Rogozin", "ru_deputy_pm", "2011-12-23", "2018-05-18", None, f"{PK}"),
    (
        "Igor Shuvalov",
        "ru_first_deputy_pm",
        "2011-01-01",
        "2018-05-18",
        None,
        f"{PK} TRUNCATED: First Deputy PM since May 2008; start set to window start.",
    ),
    (
        "Alexei Miller",
        "ru_gazprom_ceo",
        "2001-05-30",
        None,
        None,
        f"{PK} Chairman of the Gazprom Management Committee since 30 May 2001.",
    ),
    (
        "Igor Sechin",
        "ru_rosneft_ceo",
        "2012-05-23",
        None,
        None,
        f"{PK} Chief executive of Rosneft since 23 May 2012.",
    ),
    (
        "Leonid Mikhelson",
        "ru_novatek_ceo",
        "2011-01-01",
        None,
        None,
        f"{PK} TRUNCATED: heads Novatek since before 2011; start set to window start.",
    ),
    (
        "Vagit Alekperov",
        "ru_lukoil_ceo",
        "2011-01-01",
        "2022-04-21",
        None,
        f"{PK} TRUNCATED: head of Lukoil since 1993; start set to window start. Resigned 21 April 2022.",
    ),
    (
        "Alexander Dyukov",
        "ru_gazprom_neft_ceo",
        "2011-01-01",
        None,
        None,
        f"{PK} TRUNCATED: CEO of Gazprom Neft since before 2011; start set to window start.",
    ),
    (
        "Herman Gref",
        "ru_sberbank_ceo",
        "2011-01-01",
        None,
        None,
        f"{PK} TRUNCATED: CEO and Chairman of the Executive Board of Sberbank since November 2007; start set to window start.",
    ),
    (
        "Vladimir Yevtushenkov",
        "ru_sistema_chair",
        "2011-01-01",
        None,
        None,
        f"{PK} TRUNCATED: founder and chairman of AFK Sistema since before 2011; start set to window start. Still chairman in Jan 2026 news.",
    ),
    (
        "Vladimir Miklushevsky",
        "ru_governor_primorye",
        "2012-02-28",
        "2017-10-04",
        None,
        f"{PK} Governor of Primorsky Krai 2012–2017.",
    ),
    # Third countries
    ("Xi Jinping", "cn_gen_sec", "2012-11-15", None, None, PK),
    ("Xi Jinping", "cn_president", "2013-03-14", None, None, PK),
    ("Li Keqiang", "cn_pm", "2013-03-15", "2023-03-11", None, PK),
    ("Li Qiang", "cn_pm", "2023-03-11", None, None, PK),
    ("Zhao Leji", "cn_npc_chair", "2023-03-10", None, None, PK),
    ("Wang Yi", "cn_fm", "2013-03-16", "2022-12-30", None, PK),
    ("Wang Yi", "cn_fm", "2023-07-25", None, None, f"{PK} Returned as FM after Qin Gang."),
    (
        "Kim Jong Un",
        "kp_leader",
        "2011-12-17",
        None,
        None,
        f"{PK} Supreme leader since Dec 2011; Chairman of the State Affairs Commission since 2016.",
    ),
    ("Narendra Modi", "in_pm", "2014-05-26", None, None, PK),
    ("Joko Widodo", "id_president", "2014-10-20", "2024-10-20", None, PK),
    ("Prabowo Subianto", "id_president", "2024-10-20", None, None, PK),
    ("Shinzo Abe", "jp_pm", "2012-12-26", "2020-09-16", None, PK),
    ("Yoshihide Suga", "jp_pm", "2020-09-16", "2021-10-04", None, PK),
    ("Fumio Kishida", "jp_pm", "2021-10-04", "2024-10-01", None, PK),
    ("Shigeru Ishiba", "jp_pm", "2024-10-01", "2025-10-21", None, PK),
    ("Sanae Takaichi", "jp_pm", "2025-10-21", None, None, PK),
    ("Barack Obama", "us_president", "2009-01-20", "2017-01-20", None, PK),
    ("Donald Trump", "us_president", "2017-01-20", "2021-01-20", None, PK),
    ("Joe Biden", "us_president", "2021-01-20", "2025-01-20", None, PK),
    ("Donald Trump", "us_president", "2025-01-20", None, None, PK),
    ("Alexander Lukashenko", "by_president", "1994-07-20", None, None, PK),
    ("Shavkat Mirziyoyev", "uz_president", "2016-12-14", None, None, PK),
    ("Kassym-Jomart Tokayev", "kz_president", "2019-03-20", None, None, PK),
    ("Volodymyr Zelensky", "ua_president", "2019-05-20", None, None, PK),
    ("Recep Tayyip Erdoğan", "tr_president", "2014-08-28", None, None, PK),
]

EXTRA_TENURES += people_wider.TENURES

# Attested-only rows widened where public knowledge (or a dated dev-corpus report) is certain.
# Key: (person, office, facts start) → (start, end, basis). The flag stays "attested".
WIDEN: dict[tuple[str, str, str], tuple[str, str | None, str]] = {
    ("Nguyễn Thanh Sơn", "vn_amb_ru", "2017-06-28"): (
        "2015-05-08",
        "2018-04-11",
        "Widened: named ambassador in Moscow in a report dated 8 May 2015 (President Trương Tấn Sang's arrival); end = his successor "
        "Ngô Đức Mạnh presenting credentials on 11 April 2018.",
    ),
    ("Ngô Đức Mạnh", "vn_amb_ru", "2018-04-11"): (
        "2018-04-11",
        "2021-08-31",
        "Widened: in post from his credentials (11 April 2018) until his successor Đặng Minh Khôi was in Moscow (31 Aug 2021).",
    ),
    ("Đặng Minh Khôi", "vn_amb_ru", "2021-08-31"): (
        "2021-08-31",
        "2025-05-08",
        "Widened: still ambassador in dated reports of 2 April 2024, 14 Jan 2025 and 8 May 2025 (greeting the General Secretary at "
        "Vnukovo); successor not known, so the end is the last attested day.",
    ),
    ("Andrei Kovtun", "ru_amb_vn", "2014-12-08"): (
        "2011-01-01",
        "2014-12-08",
        "Widened: ambassador in Hanoi from 2010 by public record (start set to the 2011 window start); "
        "end = his farewell call (8 Dec 2014).",
    ),
    ("Konstantin Vnukov", "ru_amb_vn", "2017-06-28"): (
        "2017-06-28",
        "2021-04-15",
        "Kept: in post from late 2014 by public record, but the day is not verified; end = farewell call 15 April 2021.",
    ),
    ("Gennady Bezdetko", "ru_amb_vn", "2021-08-13"): (
        "2021-08-13",
        None,
        "Widened: in post from Aug 2021 (received by the General Secretary on 13 Aug 2021) and still ambassador in Feb 2026.",
    ),
    ("Trịnh Đình Dũng", "vn_igc_cochair", "2018-10-29"): (
        "2018-10-29",
        "2021-04-08",
        "Widened: still co-chair in a 2020 co-chairs' video call; the role ended with his Deputy PM term (April 2021).",
    ),
    ("Maxim Akimov", "ru_igc_cochair", "2018-10-29"): (
        "2018-10-29",
        "2020-01-21",
        "Widened: co-chair while Deputy PM; the role ended when the Medvedev government left office (21 Jan 2020).",
    ),
}

# Aliases in the facts that must not be used (ordinary words or shared given names).
DROP_ALIASES = {"Trọng"}


def unmarked(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def flag_of(note: str) -> str | None:
    if note.startswith("UNCERTAIN"):
        return "uncertain"
    if note.startswith("ATTESTED-ONLY"):
        return "attested"
    return None


def office_of(row: dict) -> str:
    key = (row["country"], row["office_vi"])
    if key in FACT_OFFICES:
        return FACT_OFFICES[key]
    for (country, prefix), oid in FACT_OFFICE_PREFIXES.items():
        if row["country"] == country and row["office_vi"].startswith(prefix):
            return oid
    raise SystemExit(f"unknown office in facts: {key}")


def acting_title(row: dict, office_id: str) -> str | None:
    if "(acting" not in row["office_en"]:
        return None
    base = next(o["title"] for o in OFFICES if o["id"] == office_id)
    return f"Quyền {base}"


def build(facts: list[dict]) -> tuple[list[dict], list[dict]]:
    canon_of = {spec["facts"]: name for name, spec in RU_PEOPLE.items() if "facts" in spec}
    people: dict[str, dict] = {}
    for name in VN_PEOPLE:
        # The unmarked spelling too: it shows up in captions, URLs and English text.
        people[name] = {"name": name, "country": "VN", "aliases": [unmarked(name)], "offices": []}
    for name, spec in RU_PEOPLE.items():
        people[name] = {"name": name, "country": "RU", "aliases": ru_aliases(spec), "offices": []}
    for name, spec in FOREIGN_PEOPLE.items():
        people[name] = {
            "name": name,
            "country": spec["country"],
            "aliases": list(spec["aliases"]),
            "offices": [],
        }

    for row in facts:
        name = canon_of.get(row["person"], row["person"])
        if name not in people:
            raise SystemExit(f"facts person without an entry here: {row['person']}")
        person = people[name]
        for a in [row["person"], *row["aliases"]]:
            if (
                a not in person["aliases"]
                and a not in DROP_ALIASES
                and (person["country"] != "VN" or len(a.split()) > 1)
            ):
                person["aliases"].append(a)
        oid = office_of(row)
        note = (row.get("note") or "").strip()
        if row.get("source"):
            note = f"{note} Source: {row['source']}".strip()
        start, end = row["start"], row["end"]
        widen = WIDEN.get((name, oid, start))
        if widen:
            start, end, basis = widen
            note = f"{basis} Facts: {note}"
        entry = {
            "office": oid,
            "start": start,
            "end": end,
            "flag": flag_of(row.get("note") or ""),
            "note": note,
        }
        title = acting_title(row, oid)
        if title:
            entry["title"] = title
        person["offices"].append(entry)

    # The acting Foreign Minister period (facts give one row for acting + full minister).
    for entry in people["Lê Hoài Trung"]["offices"]:
        if entry["office"] == "vn_fm" and entry["start"] == "2025-08-29":
            entry["end"] = "2025-10-25"
            entry["title"] = "Quyền Bộ trưởng Bộ Ngoại giao"
            people["Lê Hoài Trung"]["offices"].append(
                {
                    "office": "vn_fm",
                    "start": "2025-10-25",
                    "end": None,
                    "flag": "uncertain",
                    "note": "Split from the facts row: the NA approved him as full minister on 25 Oct 2025; acting minister before that.",
                }
            )
            break

    for name, oid, start, end, flag, note in EXTRA_TENURES:
        people[name]["offices"].append(
            {"office": oid, "start": start, "end": end, "flag": flag, "note": note}
        )

    for person in people.values():
        person["offices"].sort(key=lambda t: (t["start"], t["office"]))
        person["aliases"] = [a for a in dict.fromkeys(person["aliases"]) if a != person["name"]]
    offices = OFFICES + [
        {
            "id": "_not_a_title",
            "country": None,
            "title": "",
            "patterns": OFFICE_BLOCKS,
            "rank": 999,
            "generic": True,
            "block": True,
        }
    ]
    return list(people.values()), offices


# Russian given names beyond those of the people above: they tell a given name from a
# surname in "Shoygu Sergey" or "Oleg Kabanov Vladimirovich" word orders.
COMMON_RU_GIVEN = [
    "Alexander",
    "Aleksandr",
    "Alexandr",
    "Alexei",
    "Alexey",
    "Aleksei",
    "Aleksey",
    "Anatoly",
    "Anatoliy",
    "Andrei",
    "Andrey",
    "Anton",
    "Arkady",
    "Artem",
    "Artyom",
    "Boris",
    "Denis",
    "Dmitry",
    "Dmitri",
    "Dmitriy",
    "Evgeny",
    "Evgeniy",
    "Yevgeny",
    "Fyodor",
    "Fedor",
    "Gennady",
    "Gennadiy",
    "Georgy",
    "Georgiy",
    "Grigory",
    "Igor",
    "Ilya",
    "Ivan",
    "Kirill",
    "Konstantin",
    "Leonid",
    "Maxim",
    "Maksim",
    "Mikhail",
    "Nikita",
    "Nikolai",
    "Nikolay",
    "Oleg",
    "Pavel",
    "Pyotr",
    "Petr",
    "Roman",
    "Ruslan",
    "Sergei",
    "Sergey",
    "Stanislav",
    "Valery",
    "Valeriy",
    "Valentin",
    "Vadim",
    "Viktor",
    "Victor",
    "Vitaly",
    "Vitaliy",
    "Vladimir",
    "Vladislav",
    "Vyacheslav",
    "Yaroslav",
    "Yuri",
    "Yury",
    "Yuriy",
    "Rustam",
    "Marat",
    "Timur",
    "Ramzan",
    "Mintimer",
    # Tatar, Bashkir and Caucasian given names of Russian officials ("Rustem Khamitov",
    # "Rashid Nurgaliyev", "Ilshat Gafurov")
    "Rustem",
    "Rashid",
    "Radiy",
    "Ramil",
    "Ilshat",
    "Airat",
    "Ayrat",
    "Rinat",
    "Renat",
    "Ravil",
    "Ildar",
    "Azat",
    "Aslan",
    "Murat",
    "Magomed",
    "Akhmed",
    "Artur",
    "Arsen",
    "Ilnur",
    "Elmira",
    "Gulnara",
    "Alsu",
    "Dinara",
    "Vasily",
    "Vasiliy",
    "Platon",
    "Semyon",
    "Stepan",
    "Yakov",
    "Matvey",
    "Gleb",
    "Daniil",
    "Vsevolod",
    "Rostislav",
    "Yegor",
    "Egor",
    "Eduard",
    "Lev",
    "Anna",
    "Elena",
    "Yelena",
    "Elvira",
    "Galina",
    "Irina",
    "Lyudmila",
    "Maria",
    "Marina",
    "Natalia",
    "Natalya",
    "Olga",
    "Oksana",
    "Svetlana",
    "Tatyana",
    "Tatiana",
    "Valentina",
    "Veronika",
    "Viktoria",
    "Victoria",
    "Yulia",
    "Ekaterina",
    "Yekaterina",
    "Larisa",
    "Nadezhda",
    "Vera",
    "Lyubov",
    "Zoya",
    "Inna",
    "Alla",
    # Tatar and Bashkir given names, common among Russian officials and scientists.
    "Aidar",
    "Aydar",
    "Damir",
    "Farid",
    "Ilgiz",
    "Ilnur",
    "Radik",
    "Rais",
    "Rifat",
    # Women's given names the committed list held beyond the people's own.
    "Albina",
    "Aleksandra",
    "Alexandra",
    "Alina",
    "Anastasia",
    "Anastasiya",
    "Anzhela",
    "Daria",
    "Darya",
    "Eleonora",
    "Elizaveta",
    "Evgenia",
    "Kristina",
    "Ksenia",
    "Kseniya",
    "Lilia",
    "Liliya",
    "Ludmila",
    "Margarita",
    "Marianna",
    "Mariya",
    "Nina",
    "Oxana",
    "Polina",
    "Raisa",
    "Sofya",
    "Tamara",
    "Yelizaveta",
    "Yevgenia",
    "Yuliya",
    "Zhanna",
    # More given names, men's and women's ("German Gref", "Lidiya", "Taras", "Zakhar", …).
    "Alevtina",
    "Antonina",
    "Arseniy",
    "Arseny",
    "Bogdan",
    "Efim",
    "Filipp",
    "German",
    "Gherman",
    "Grigoriy",
    "Herman",
    "Innokenty",
    "Iosif",
    "Lavrenty",
    "Lidia",
    "Lidiya",
    "Makar",
    "Matvei",
    "Mstislav",
    "Nonna",
    "Prokhor",
    "Rodion",
    "Savva",
    "Semen",
    "Taisia",
    "Taras",
    "Ulyana",
    "Valeria",
    "Valerian",
    "Vasilisa",
    "Veniamin",
    "Yefim",
    "Zakhar",
    "Zinaida",
]


def ru_given_names() -> list[str]:
    names = [*COMMON_RU_GIVEN, *(g for spec in RU_PEOPLE.values() for g in spec["g"])]
    return sorted(dict.fromkeys(names))


def render(data: list) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def diff_summary(fname: str, want: str, have: str, limit: int = 12) -> list[str]:
    """A few changed lines of one JSON file, enough to see what drifted."""
    lines = list(
        difflib.unified_diff(
            have.splitlines(),
            want.splitlines(),
            f"committed/{fname}",
            f"built/{fname}",
            n=0,
            lineterm="",
        )
    )
    changed = sum(1 for ln in lines if ln[:1] in "+-" and not ln.startswith(("+++", "---")))
    if not changed:
        return [f"{fname}: differs only in whitespace or the final newline"]
    return [
        f"{fname}: {changed} lines differ",
        *lines[:limit],
        *(["…"] if len(lines) > limit else []),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", type=Path, help="office_holders.json")
    parser.add_argument("--out", type=Path, default=ROOT / "store" / "data")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the files in --out differ"
    )
    args = parser.parse_args()
    facts = json.loads(args.facts.read_text(encoding="utf-8"))
    people, offices = build(facts)
    files = {
        "people.json": render(people),
        "offices.json": render(offices),
        "ru_given_names.json": render(ru_given_names()),
    }
    if args.check:
        report: list[str] = []
        for fname, text in files.items():
            path = args.out / fname
            have = path.read_text(encoding="utf-8") if path.exists() else ""
            if have != text:
                report += diff_summary(fname, text, have)
        if report:
            print("\n".join(report))
            print(f"people data out of date: run python tools/build_people.py {args.facts}")
            return 1
        print(f"people data up to date ({len(people)} people, {len(offices)} offices)")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for fname, text in files.items():
        (args.out / fname).write_text(text, encoding="utf-8")
    print(
        f"{len(people)} people, {sum(len(p['offices']) for p in people)} tenures, {len(offices)} offices → {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
