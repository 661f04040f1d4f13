"""Generated Vietnamese news articles about Vietnam–Russia meetings, for the benchmarks.

Articles are of realistic length (1,500–4,000 characters, several paragraphs) and variety:
a dateline and headline, a lead sentence with time, date, place (a venue, a city, a province
or a Russian region) and both principals; sector paragraphs worded with the lexicon's
synonyms; quotes; the delegations (people the lexicon does not know, on both sides); and
page clutter. Principals are the lexicon's office holders at the meeting's date, or people
with a generic title (governors, deputy ministers, provincial leaders, company heads) whose
names are drawn from the surname and given-name lists, so hundreds of people take part.
Dates run from 2011 to 2026; every meeting kind of kinds.json occurs.

``GENERATOR_VERSION`` keys cached stores: change it whenever the output changes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from store.language.lexicon import Lexicon, get_lexicon
from store.language.models import Article

GENERATOR_VERSION = "2"
FIRST, LAST = date(2011, 1, 1), date(2026, 11, 30)

OUTLETS = ["Báo Nhân Dân", "VnExpress", "Dân trí", "Tuổi Trẻ", "Thanh Niên", "VOV", "TTXVN"]
NAV = [
    "Thời sự  Thế giới  Kinh doanh  Pháp luật  Thể thao  Giáo dục  Sức khỏe",
    "Trang chủ | Chính trị | Đối ngoại | Kinh tế | Xã hội",
    "Tin mới  Thế giới  Chính trị  Quốc phòng  Ngoại giao",
]
FOOTER = [
    "Bình luận (0)\nGửi bình luận\nTin liên quan",
    "Chia sẻ | Đăng ký nhận tin | Theo dõi chúng tôi trên mạng xã hội",
    "Bản quyền thuộc về cơ quan báo chí. Ghi rõ nguồn khi phát hành lại thông tin.",
]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
TIMES = ["Sáng", "Chiều", "Tối", "Trưa", "Ngày"]
VN_GIVEN = [
    "Văn Hùng",
    "Thị Lan",
    "Minh Tuấn",
    "Quốc Khánh",
    "Thanh Hải",
    "Đức Thắng",
    "Hồng Sơn",
    "Thị Thu Hà",
    "Văn Long",
    "Anh Dũng",
    "Ngọc Ánh",
    "Xuân Phúc",
    "Hữu Nghĩa",
    "Tiến Dũng",
    "Thị Hương",
    "Công Thành",
    "Bá Thanh",
    "Kim Oanh",
    "Đình Trung",
    "Văn Quang",
]
RU_SURNAMES = [
    "Petrov",
    "Ivanov",
    "Smirnov",
    "Kuznetsov",
    "Popov",
    "Sokolov",
    "Lebedev",
    "Kozlov",
    "Novikov",
    "Morozov",
    "Volkov",
    "Solovyov",
    "Vasiliev",
    "Zaitsev",
    "Pavlov",
    "Semenov",
    "Golubev",
    "Vinogradov",
    "Bogdanov",
    "Vorobyov",
    "Fedorov",
    "Mikhailov",
    "Belyaev",
    "Tarasov",
    "Belov",
    "Komarov",
    "Orlov",
    "Kiselev",
    "Makarov",
    "Andreev",
]
# Titles of people the lexicon does not name: (title, qualifier choices).
VN_GENERIC = [
    (
        "Thứ trưởng Bộ {x}",
        ["Ngoại giao", "Công Thương", "Quốc phòng", "Y tế", "Giáo dục và Đào tạo"],
    ),
    (
        "Chủ tịch UBND tỉnh {x}",
        ["Quảng Ninh", "Khánh Hòa", "Nghệ An", "Bà Rịa - Vũng Tàu", "Đắk Lắk"],
    ),
    ("Bí thư Tỉnh ủy {x}", ["Thanh Hóa", "Hà Tĩnh", "Quảng Ngãi", "Lâm Đồng", "Kiên Giang"]),
    (
        "Chủ tịch Tập đoàn {x}",
        ["Dầu khí Việt Nam", "Điện lực Việt Nam", "Viettel", "Than - Khoáng sản"],
    ),
]
RU_GENERIC = [
    ("Thống đốc vùng {x}", ["Sverdlovsk", "Kaluga", "Ulyanovsk", "Irkutsk", "Khabarovsk", "Tomsk"]),
    ("Thứ trưởng Bộ {x} Nga", ["Công Thương", "Năng lượng", "Nông nghiệp", "Giao thông Vận tải"]),
    ("Chủ tịch Hội đồng Lập pháp vùng {x}", ["Krasnoyarsk", "Novosibirsk", "Samara", "Perm"]),
    ("Tổng Giám đốc Tập đoàn {x}", ["Rosgeo", "Inter RAO", "Russian Railways", "Rosatom Overseas"]),
]
VN_OFFICES = [
    "vn_gen_sec",
    "vn_president",
    "vn_pm",
    "vn_na_chair",
    "vn_vice_president",
    "vn_deputy_pm",
    "vn_fm",
    "vn_defence",
    "vn_mps",
    "vn_moit",
    "vn_most",
    "vn_hanoi_chair",
    "vn_hcmc_chair",
]
RU_OFFICES = [
    "ru_president",
    "ru_pm",
    "ru_fm",
    "ru_deputy_pm",
    "ru_fc_chair",
    "ru_duma_chair",
    "ru_amb_vn",
    "ru_sc_secretary",
    "ru_defence",
    "ru_energy",
    "ru_industry_trade",
    "ru_governor_primorye",
    "ru_moscow_mayor",
    "ru_rosatom_ceo",
    "ru_gazprom_ceo",
]
# (kind as the lead says it, weight, needs a place)
KINDS = [
    ("hội đàm với", 25, True),
    ("hội kiến", 14, True),
    ("tiếp", 16, True),
    ("có cuộc gặp với", 8, True),
    ("điện đàm với", 8, False),
    ("làm việc với", 6, True),
    ("đồng chủ trì phiên họp cùng", 4, True),
    ("tiếp chào từ biệt", 3, True),
    ("nhận thư ủy nhiệm do", 2, True),
    ("gửi điện mừng tới", 4, False),
    ("gửi điện chia buồn tới", 2, False),
    ("gửi điện cảm ơn tới", 2, False),
    ("thăm", 6, True),
]
PRAISE = [
    "đánh giá cao những kết quả tích cực trong quan hệ Đối tác chiến lược toàn diện",
    "hài lòng với đà phát triển của quan hệ hữu nghị truyền thống",
    "ghi nhận tiến độ thực hiện các dự án trọng điểm",
    "bày tỏ vui mừng trước kim ngạch thương mại tăng trưởng ổn định",
    "nhấn mạnh ý nghĩa của các chuyến thăm cấp cao gần đây",
]
PLAN = [
    "nhất trí tăng cường trao đổi đoàn các cấp",
    "thống nhất giao các bộ, ngành xây dựng lộ trình cụ thể",
    "đồng ý sớm tổ chức kỳ họp tiếp theo của Ủy ban liên Chính phủ",
    "cam kết tạo điều kiện thuận lợi cho doanh nghiệp hai nước",
    "nhất trí duy trì các cơ chế hợp tác hiện có",
    "thống nhất phối hợp chuẩn bị các sự kiện kỷ niệm",
]
ALSO = [
    "phối hợp chặt chẽ trong việc thực hiện các thỏa thuận",
    "duy trì tiếp xúc thường xuyên giữa các cơ quan liên quan",
    "tăng cường chia sẻ thông tin và kinh nghiệm",
    "thúc đẩy giao lưu nhân dân giữa hai nước",
]
BACKGROUND = [
    "Năm nay, hai nước kỷ niệm {n} năm thiết lập quan hệ ngoại giao. Trong thời gian qua, quan"
    " hệ chính trị tiếp tục được củng cố thông qua các chuyến thăm và tiếp xúc ở mọi cấp, các cơ"
    " chế đối thoại hoạt động hiệu quả, góp phần tăng cường tin cậy chính trị giữa hai bên.",
    "Theo số liệu của cơ quan thống kê, trong {n} tháng đầu năm, hoạt động trao đổi giữa hai nước"
    " có nhiều khởi sắc; nhiều dự án lớn đã được khởi công hoặc đưa vào vận hành, tạo thêm việc"
    " làm cho người lao động và đóng góp vào sự phát triển của các địa phương.",
    "Chuyến thăm diễn ra trong bối cảnh hai nước đang tích cực triển khai Tuyên bố chung về tầm"
    " nhìn quan hệ đến năm {y}. Dư luận đánh giá đây là dịp để hai bên cùng nhìn lại chặng đường"
    " đã qua và định hướng cho giai đoạn phát triển tiếp theo.",
]
SECTOR_LINES = [
    "Về {s}, hai bên nhất trí tháo gỡ khó khăn, thúc đẩy các dự án đang triển khai và mở rộng"
    " hợp tác sang những lĩnh vực mới, phù hợp với nhu cầu và thế mạnh của mỗi nước.",
    "{a} đề nghị phía Nga tiếp tục hỗ trợ Việt Nam trong lĩnh vực {s}, nhất là đào tạo nguồn"
    " nhân lực và triển khai các dự án ưu tiên.",
    "Hai bên cũng trao đổi về hợp tác {s}, coi đây là một trụ cột quan trọng của quan hệ song"
    " phương trong giai đoạn {y1} - {y2}.",
    "{b} cho biết các doanh nghiệp Nga quan tâm tới cơ hội đầu tư vào {s} tại Việt Nam và mong"
    " muốn được tạo điều kiện thuận lợi hơn về thủ tục.",
]
QUOTES = [
    "“Chúng tôi coi Việt Nam là người bạn tin cậy và đối tác quan trọng ở khu vực”",
    "“Quan hệ hai nước có nền tảng vững chắc, được các thế hệ lãnh đạo dày công vun đắp”",
    "“Hai bên cần biến tiềm năng thành kết quả cụ thể, mang lại lợi ích cho nhân dân”",
    "“Việt Nam luôn ghi nhớ sự giúp đỡ quý báu của nhân dân Nga”",
]


@dataclass(frozen=True)
class Side:
    title: str
    name: str
    surname: str  # as a later sentence calls the person


def _vn_person(rng: random.Random, surnames: list[str]) -> str:
    return f"{rng.choice(surnames)} {rng.choice(VN_GIVEN)}"


def _ru_person(rng: random.Random, given: list[str]) -> str:
    return f"{rng.choice(given)} {rng.choice(RU_SURNAMES)}"


class Generator:
    """Deterministic for a seed; ``article(i)`` is the i-th article."""

    def __init__(self, seed: int = 7, lex: Lexicon | None = None) -> None:
        import json
        from importlib.resources import files

        self.lex = lex or get_lexicon()
        data = files("store") / "data"
        self.surnames = json.loads((data / "vn_surnames.json").read_text("utf-8"))[:30]
        given = json.loads((data / "ru_given_names.json").read_text("utf-8"))
        self.ru_given = [g for g in given if g.isalpha()][:60]
        self.seed = seed
        places = self.lex.places.values()
        self.vn_places = [p.name for p in places if p.country == "VN"]
        self.ru_places = [p.name for p in places if p.country == "RU"]
        self.sectors = [
            syn for s in self.lex.sectors.values() for syn in (s.synonyms or (s.name,))[:3]
        ]

    def _side(
        self, rng: random.Random, day: date, offices: list[str], generic: list, vn: bool
    ) -> Side:
        if rng.random() < 0.7:
            for _ in range(4):
                office = rng.choice(offices)
                holders = self.lex.holders(office, day)
                if holders:
                    name = holders[0]
                    return Side(self.lex.offices[office].title, name, name.split()[-1])
        title, quals = rng.choice(generic)
        title = title.format(x=rng.choice(quals))
        name = _vn_person(rng, self.surnames) if vn else _ru_person(rng, self.ru_given)
        return Side(title, name, name.split()[-1])

    def article(self, i: int) -> Article:
        rng = random.Random(f"{self.seed}:{i}")
        day = FIRST + timedelta(days=rng.randrange((LAST - FIRST).days))
        vn = self._side(rng, day, VN_OFFICES, VN_GENERIC, True)
        ru = self._side(rng, day, RU_OFFICES, RU_GENERIC, False)
        verbs, weights, placed = zip(*KINDS, strict=True)
        k = rng.choices(range(len(KINDS)), weights)[0]
        verb, has_place = verbs[k], placed[k]
        in_vn = rng.random() < 0.55
        host, guest = (vn, ru) if in_vn else (ru, vn)
        place = rng.choice(self.vn_places if in_vn else self.ru_places) if has_place else None
        outlet = rng.choice(OUTLETS)
        sectors = rng.sample(self.sectors, rng.randint(1, 6))
        y1 = rng.randrange(2020, 2031)
        when = (
            f"{rng.choice(TIMES)} {day.day}/{day.month}"
            if rng.random() < 0.8
            else (f"{rng.choice(TIMES)} ngày {day.day} tháng {day.month} năm {day.year}")
        )
        where = f", tại {place}" if place else ""
        lead = (
            f"({outlet}) - {when}{where}, {host.title} {host.name} đã {verb} {guest.title}"
            f" {guest.name} nhân dịp {rng.choice(['chuyến thăm chính thức', 'chuyến công tác', 'kỷ niệm quan hệ ngoại giao', 'phiên họp Ủy ban liên Chính phủ'])}"
            f" (bài số {i})."
        )
        context = (
            f"{host.title} {host.surname} nhiệt liệt chào mừng {guest.title} {guest.surname},"
            f" {rng.choice(PRAISE)}. Hai bên {rng.choice(PLAN)}, đồng thời {rng.choice(PLAN)[5:]}"
            f" nhằm đưa quan hệ lên tầm cao mới trong {rng.randrange(3, 15)} năm tới."
        )
        body = [
            rng.choice(SECTOR_LINES).format(
                s=s,
                a=f"{host.title} {host.surname}",
                b=f"{guest.title} {guest.surname}",
                y1=y1,
                y2=y1 + rng.randrange(3, 10),
            )
            for s in sectors
        ]
        quote = f"{rng.choice(QUOTES)}, {ru.title} {ru.surname} nói."
        vt, vq = rng.choice(VN_GENERIC)
        rt, rq = rng.choice(RU_GENERIC)
        delegation = (
            f"Cùng dự có {vt.format(x=rng.choice(vq))} {_vn_person(rng, self.surnames)} và"
            f" {rt.format(x=rng.choice(rq))} {_ru_person(rng, self.ru_given)}."
        )
        closing = (
            f"Dịp này, {vn.title} {vn.surname} chuyển lời thăm hỏi tới lãnh đạo Nga;"
            f" {ru.title} {ru.surname} {rng.choice(PRAISE)} và {rng.choice(PLAN)}."
            f" Hai bên cũng {rng.choice(ALSO)} trong bối cảnh tình hình khu vực và thế giới"
            f" diễn biến phức tạp, khó lường, đồng thời khẳng định sẽ phối hợp chặt chẽ tại các diễn"
            f" đàn đa phương như Liên hợp quốc, APEC và ASEAN."
        )
        short = verb.removesuffix(" với").removesuffix(" tới").removesuffix(" do")
        headline = f"{host.title} {host.name} {short} {guest.title} {guest.name}"
        paragraphs = [
            outlet,
            rng.choice(NAV),
            f"{WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} -"
            f" {rng.randrange(6, 23):02d}:{rng.randrange(60):02d}",
            headline,
            lead,
            context,
            *body[:2],
            rng.choice(BACKGROUND).format(n=rng.randrange(5, 80), y=rng.randrange(2030, 2046)),
            *body[2:],
            *(
                [rng.choice(BACKGROUND).format(n=rng.randrange(2, 12), y=rng.randrange(2030, 2046))]
                if rng.random() < 0.5
                else []
            ),
            quote,
            delegation,
            closing,
            rng.choice(["Thế Kha", "Minh Anh", "Hồng Nhung", "PV"]),
            rng.choice(FOOTER),
        ]
        text = "\n\n".join(paragraphs)
        while len(text) < 1500:  # pad with more of the same discussion
            text = text.replace(
                closing,
                closing
                + " "
                + rng.choice(SECTOR_LINES).format(
                    s=rng.choice(self.sectors), a=host.title, b=guest.title, y1=y1, y2=y1 + 5
                ),
            )
            closing = text.split("\n\n")[-3]
        return Article(
            text=text[:4000],
            source=f"synthetic_{i:06d}.html",
            url=f"https://example.vn/tin/{i:06d}.html",
            published=day,
        )

    def articles(self, n: int, start: int = 0) -> list[Article]:
        return [self.article(i) for i in range(start, start + n)]
