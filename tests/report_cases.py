"""Short reports written for the extraction tests, each with what must be read from it.

Every case is one report (its text and publication day) and the expectations the suite
(tests/test_extract_reports.py) checks on its meetings. Grouped by what they exercise: who
met (offices, names, envoys, delegations), where, when, messages, and whole reports in
several outlets' styles. Written for these tests, in the style of the news, never copied."""

from __future__ import annotations

from datetime import date
from typing import Any

CASES: list[dict[str, Any]] = [
    {
        "id": "who: the deputy acting for an office hosts 0",
        "text": "Ngày 18/9, tại Hà Nội, thay mặt Chủ tịch nước, Phó Chủ tịch nước Võ Thị Ánh Xuân đã "
        "tiếp Chủ tịch Đảng Cộng sản Liên bang Nga Gennady Andreyevich Zyuganov.",
        "published": date(2025, 1, 10),
        "names": {("Võ Thị Ánh Xuân", "VN"), ("Gennady Zyuganov", "RU")},
        "title_prefix": {"Võ Thị Ánh Xuân": "Phó"},
    },
    {
        "id": "who: the deputy acting for an office hosts 1",
        "text": "Thay mặt Thủ tướng, Phó Thủ tướng Trần Hồng Hà đã tiếp Thống đốc tỉnh Tula Dmitry "
        "Sergeyevich Milyaev ngày 3/10 tại Hà Nội.",
        "published": date(2025, 1, 10),
        "names": {("Trần Hồng Hà", "VN"), ("Dmitry Milyaev", "RU")},
        "title_prefix": {"Trần Hồng Hà": "Phó"},
    },
    {
        "id": "who: the deputy acting for an office hosts 2",
        "text": "Chiều 27/6, thay mặt Chủ tịch Quốc hội, Phó Chủ tịch Quốc hội Lê Minh Tuấn làm việc với "
        "ông Oleg Nikolaevich Sorokin, Chủ tịch Ủy ban Năng lượng của Duma Quốc gia Nga. Ông "
        "Sorokin cảm ơn sự đón tiếp.",
        "published": date(2025, 1, 10),
        "names": {("Oleg Sorokin", "RU"), ("Lê Minh Tuấn", "VN")},
        "title_prefix": {"Lê Minh Tuấn": "Phó"},
    },
    {
        "id": "who: an envoy of a double-titled principal",
        "text": "Ngày 5/3, Đặc phái viên của Tổng Bí thư, Chủ tịch nước Tô Lâm, Phó Thủ tướng Trần Hồng "
        "Hà đã gặp Tổng thống Nga Vladimir Putin tại Moskva.",
        "published": date(2025, 1, 10),
        "lacks": ["Tô Lâm"],
    },
    {
        "id": "who: an event after a title is no participant 0",
        "text": "Ngày 4/7, tại Moskva, Bộ trưởng Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã gặp Bộ "
        "trưởng Thể thao Nga trước thềm World Cup.",
        "published": date(2025, 1, 10),
        "no_name_words": {"Sochi", "Light", "Olympic", "Cup", "Expo", "Sputnik", "World"},
        "no_title_words": ["trước thềm", "khuôn khổ", "nhân dịp", "bên lề"],
    },
    {
        "id": "who: an event after a title is no participant 1",
        "text": "Ngày 9/2, Phó Thủ tướng Lê Thành Long hội kiến Phó Thủ tướng Nga trong khuôn khổ "
        "Olympic Sochi.",
        "published": date(2025, 1, 10),
        "no_name_words": {"Sochi", "Light", "Olympic", "Cup", "Expo", "Sputnik", "World"},
        "no_title_words": ["trước thềm", "khuôn khổ", "nhân dịp", "bên lề"],
    },
    {
        "id": "who: an event after a title is no participant 2",
        "text": "Ngày 15/8, Bộ trưởng Y tế Đào Hồng Lan làm việc với Phó Bộ trưởng Y tế Nga nhân dịp "
        "Sputnik Light được cấp phép.",
        "published": date(2025, 1, 10),
        "no_name_words": {"Sochi", "Light", "Olympic", "Cup", "Expo", "Sputnik", "World"},
        "no_title_words": ["trước thềm", "khuôn khổ", "nhân dịp", "bên lề"],
    },
    {
        "id": "who: an event after a title is no participant 3",
        "text": "Ngày 2/9, Phó Thủ tướng Trần Hồng Hà tiếp Thứ trưởng Năng lượng Nga bên lề Expo "
        "Innoprom.",
        "published": date(2025, 1, 10),
        "no_name_words": {"Sochi", "Light", "Olympic", "Cup", "Expo", "Sputnik", "World"},
        "no_title_words": ["trước thềm", "khuôn khổ", "nhân dịp", "bên lề"],
    },
    {
        "id": "who: the person after a title before an occasion 0",
        "text": "Ngày 4/7, tại Moskva, Bộ trưởng Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã gặp Bộ "
        "trưởng Thể thao Nga Mikhail Valentinovich Degtyarev trước thềm Spartakiad.",
        "published": date(2025, 1, 10),
        "has": {("Mikhail Degtyarev", "RU")},
        "count": 2,
    },
    {
        "id": "who: the person after a title before an occasion 1",
        "text": "Ngày 2/9, Phó Thủ tướng Trần Hồng Hà tiếp Phó Tổng Giám đốc Tập đoàn Rosatom Nikolai "
        "Andreyevich Spassky bên lề Diễn đàn Atomexpo.",
        "published": date(2025, 1, 10),
        "has": {("Nikolai Spassky", "RU")},
        "count": 2,
    },
    {
        "id": "who: the person after a title before an occasion 2",
        "text": "Ngày 2/9, Phó Thủ tướng Bùi Thanh Sơn hội kiến Chủ tịch Gazprom Neft Alexander "
        "Valeryevich Dyukov nhân dịp Diễn đàn Kinh tế Phương Đông.",
        "published": date(2025, 1, 10),
        "has": {("Alexander Dyukov", "RU")},
        "count": 2,
    },
    {
        "id": "who: an official the data lacks 0",
        "text": "Sáng 19/3, Phó Thủ tướng Lê Thành Long tiếp Tỉnh trưởng tỉnh Kursk Roman Vladimirovich "
        "Starovoit tại trụ sở Chính phủ.",
        "published": date(2025, 1, 10),
        "names": {("Lê Thành Long", "VN"), ("Roman Starovoit", "RU")},
    },
    {
        "id": "who: an official the data lacks 1",
        "text": "Ngày 8/10, Bí thư Tỉnh ủy Bình Định Nghiêm Văn Toàn tiếp Thống đốc tỉnh Orenburg "
        "Yevgeny Sergeyevich Solntsev cùng đoàn công tác.",
        "published": date(2025, 1, 10),
        "names": {("Yevgeny Solntsev", "RU"), ("Nghiêm Văn Toàn", "VN")},
    },
    {
        "id": "who: an official the data lacks 2",
        "text": "Chiều 30/5, Chủ tịch UBND TP Cần Thơ Trần Việt Trường tiếp Thị trưởng thành phố Perm "
        "Eduard Olegovich Sosnin.",
        "published": date(2025, 1, 10),
        "names": {("Eduard Sosnin", "RU"), ("Trần Việt Trường", "VN")},
    },
    {
        "id": "who: an official the data lacks 3",
        "text": "Ngày 2/12, tại Hà Nội, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung làm việc với ông "
        "Yuri Alexandrovich Afonin, Phó Chủ tịch Đảng Cộng sản Liên bang Nga. Ông Afonin khẳng "
        "định Đảng coi trọng quan hệ với Đảng Cộng sản Việt Nam.",
        "published": date(2025, 1, 10),
        "names": {("Yuri Afonin", "RU"), ("Lê Hoài Trung", "VN")},
    },
    {
        "id": "who: marketing is no reception",
        "text": "Ngày 5/6, Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp thị trường Nga.",
        "published": date(2025, 1, 10),
        "found": False,
    },
    {
        "id": "who: an honorific after a comma is no part of the title",
        "text": "Ngày 6/11, Phó Thủ tướng Trần Hồng Hà tiếp Giám đốc điều hành Quỹ RDIF, ông Kirill "
        "Dmitriev, nhân dịp Diễn đàn Đầu tư.",
        "published": date(2025, 1, 10),
        "titles": {"Kirill Dmitriev": "Giám đốc điều hành Quỹ RDIF"},
    },
    {
        "id": "who: officials nobody listed still meet 0",
        "text": "Thường trực Ban Bí thư tiếp đoàn Đảng Cộng sản Nga\n"
        "Chiều 14/12/2017, tại Hà Nội, Thường trực Ban Bí thư Trần Văn Khải đã tiếp ông Yuri "
        "Afonin, Phó Chủ tịch thứ nhất Đảng Cộng sản Liên bang Nga.",
        "published": None,
        "names": {("Trần Văn Khải", "VN"), ("Yuri Afonin", "RU")},
        "dated": True,
    },
    {
        "id": "who: officials nobody listed still meet 1",
        "text": "Tiếp đoàn đại biểu Đảng Cộng sản Nga\n"
        "Sáng 9/6/2015, tại trụ sở Trung ương Đảng, đồng chí Lê Quang Thiện, Ủy viên Bộ Chính "
        "trị, Thường trực Ban Bí thư đã tiếp ông Vladimir Kashin, Phó Chủ tịch Đảng Cộng sản "
        "Liên bang Nga, đang thăm Việt Nam.",
        "published": None,
        "names": {("Lê Quang Thiện", "VN"), ("Vladimir Kashin", "RU")},
        "dated": True,
    },
    {
        "id": "who: officials nobody listed still meet 2",
        "text": "Đại sứ làm việc với lãnh đạo tỉnh Tver\n"
        "Ngày 17/5/2019, tại thành phố Tver, Đại sứ Việt Nam tại Liên bang Nga Phạm Đức Trung đã "
        "làm việc với Thống đốc tỉnh Tver Igor Mikhailovich Rudenya.",
        "published": None,
        "names": {("Igor Rudenya", "RU"), ("Phạm Đức Trung", "VN")},
        "dated": True,
    },
    {
        "id": "who: officials nobody listed still meet 3",
        "text": "Phó Chủ tịch nước tiếp Chủ tịch Viện Hàn lâm Khoa học Nga\n"
        "Sáng 6/11/2019, tại Phủ Chủ tịch, Phó Chủ tịch nước Nguyễn Thị Hoa đã tiếp Viện sĩ "
        "Pavel Orlov, Chủ tịch Viện Hàn lâm Khoa học Nga.",
        "published": None,
        "names": {("Nguyễn Thị Hoa", "VN"), ("Pavel Orlov", "RU")},
        "dated": True,
    },
    {
        "id": "who: officials nobody listed still meet 4",
        "text": "Trao Huân chương Hữu nghị cho nhà khoa học Nga\n"
        "Chiều 2/3/2021, tại Hà Nội, thay mặt Chủ tịch nước, Phó Chủ tịch nước Nguyễn Thị Hoa đã "
        "tiếp và trao Huân chương Hữu nghị cho Giáo sư Anatoly Sokolov, Viện trưởng Viện Nghiên "
        "cứu Đông phương Nga.",
        "published": None,
        "names": {("Nguyễn Thị Hoa", "VN"), ("Anatoly Sokolov", "RU")},
        "dated": True,
    },
    {
        "id": "who: officials nobody listed still meet 5",
        "text": "Ủy ban Kinh tế của Quốc hội làm việc tại Duma\n"
        "Ngày 21/9/2023, tại Moskva, đoàn đại biểu Ủy ban Kinh tế của Quốc hội Việt Nam do Chủ "
        "nhiệm Ủy ban Đặng Văn Lực dẫn đầu đã làm việc với ông Mikhail Matveyev, Chủ tịch Ủy ban "
        "Kinh tế Duma Quốc gia Nga.",
        "published": None,
        "names": {("Đặng Văn Lực", "VN"), ("Mikhail Matveyev", "RU")},
        "dated": True,
    },
    {
        "id": "who: officials nobody listed still meet 6",
        "text": "Bộ trưởng Quốc phòng tiếp đoàn quân sự Nga\n"
        "Ngày 19/10/2018, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng đã tiếp "
        "Thượng tướng Oleg Salyukov, Tổng Tư lệnh Lục quân Nga.",
        "published": None,
        "names": {("Oleg Salyukov", "RU"), ("Ngô Xuân Lịch", "VN")},
        "dated": True,
    },
    {
        "id": "who: a Vietnamese name lends no country to the guest",
        "text": "Tổng Lãnh sự làm việc với Thống đốc tỉnh Novgorod\n"
        "Ngày 2/8/2022, tại Veliky Novgorod, Tổng Lãnh sự Việt Nam tại Saint Petersburg Hoàng "
        "Đức Nam đã làm việc với Thống đốc tỉnh Novgorod Andrei Nikitin.",
        "published": None,
        "has": {("Andrei Nikitin", "RU")},
    },
    {
        "id": "who: the guest's title written after the name",
        "text": "Phó Chủ tịch nước tiếp Viện sĩ Nga\n"
        "Sáng 6/11/2019, tại Hà Nội, Phó Chủ tịch nước Nguyễn Thị Hoa đã tiếp Viện sĩ Pavel "
        "Orlov, Chủ tịch Viện Hàn lâm Khoa học Nga.",
        "published": None,
        "titles": {"Pavel Orlov": "Chủ tịch Viện Hàn lâm Khoa học Nga"},
    },
    {
        "id": "who: an office the data lacks neither dates nor retitles 0",
        "text": "Thường trực Ban Bí thư tiếp đoàn Nga\n"
        "Ngày 10/5, Thường trực Ban Bí thư Võ Văn Thưởng đã tiếp ông Pavel Kozlov, Phó Chủ tịch "
        "Ủy ban Quốc tế Duma Quốc gia Nga.",
        "published": None,
        "has": {("Võ Văn Thưởng", "VN")},
        "date": None,
        "title_not": {"Võ Văn Thưởng": "Chủ tịch nước"},
    },
    {
        "id": "who: an office the data lacks neither dates nor retitles 1",
        "text": "Trưởng Ban Tuyên giáo tiếp đoàn Nga\n"
        "Chiều 22/8, Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng đã tiếp ông Pavel Kozlov, "
        "Phó Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga.",
        "published": None,
        "has": {("Võ Văn Thưởng", "VN")},
        "date": None,
        "title_not": {"Võ Văn Thưởng": "Chủ tịch nước"},
    },
    {
        "id": "who: an office the data lacks takes the publication year",
        "text": "Thường trực Ban Bí thư tiếp đoàn Nga\n"
        "Ngày 10/5, Thường trực Ban Bí thư Võ Văn Thưởng đã tiếp ông Pavel Kozlov, Phó Chủ tịch "
        "Ủy ban Quốc tế Duma Quốc gia Nga.",
        "published": date(2022, 5, 11),
        "date": "2022-05-10",
        "has": {("Võ Văn Thưởng", "VN")},
    },
    {
        "id": "who: a ranked guest takes the office after the name 0",
        "text": "Tăng cường hợp tác quốc phòng\n"
        "Ngày 3/4/2019, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng Việt Nam đã "
        "hội đàm với Đại tướng Oleg Vasilyevich Romanenko, Tổng Tham mưu trưởng Lực lượng vũ "
        "trang Liên bang Nga, Thứ trưởng thứ nhất Bộ Quốc phòng Nga.",
        "published": None,
        "side_ru": {"Oleg Romanenko"},
        "title_prefix": {"Oleg Romanenko": "Tổng Tham mưu trưởng"},
    },
    {
        "id": "who: a ranked guest takes the office after the name 1",
        "text": "Bộ trưởng Công an tiếp Thứ trưởng Nội vụ Nga\n"
        "Chiều 8/8/2024, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp "
        "Thượng tướng Igor Zverev, Thứ trưởng thứ nhất Bộ Nội vụ Nga.",
        "published": None,
        "side_ru": {"Igor Zverev"},
        "title_prefix": {"Igor Zverev": "Thứ trưởng thứ nhất"},
    },
    {
        "id": "who: a title in a named person's apposition adds no holder",
        "text": "Thủ tướng tiếp lãnh đạo Nga\n"
        "Chiều 5/3/2020, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Zhukovsky, Phó Thủ "
        "tướng, Bộ trưởng Công Thương Nga.",
        "published": None,
        "nobody": ["Denis Manturov"],
    },
    {
        "id": "who: a delegation led by a general is not the minister's",
        "text": "Hội đàm quốc phòng Việt - Nga\n"
        "Ngày 3/4/2019, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng đã hội đàm "
        "với đoàn đại biểu quân sự cấp cao Bộ Quốc phòng Nga do Đại tướng Oleg Romanenko, Tổng "
        "Tham mưu trưởng Lực lượng vũ trang Nga, Thứ trưởng thứ nhất Bộ Quốc phòng Nga dẫn đầu.\n"
        "Đại tướng Oleg Romanenko chuyển lời chào của Bộ trưởng Quốc phòng Nga Sergei Shoigu tới "
        "Đại tướng Ngô Xuân Lịch.",
        "published": None,
        "side_ru": {"Oleg Romanenko"},
    },
    {
        "id": "who: a Russian region in the title gives the country",
        "text": "Bộ trưởng Nội vụ tiếp Thống đốc tỉnh Tambov\n"
        "Ngày 4/9/2023, tại Hà Nội, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã tiếp Thống đốc "
        "tỉnh Tambov Zurab Beridze.",
        "published": None,
        "has": {("Zurab Beridze", "RU")},
    },
    {
        "id": "who: a title then Vietnamese syllables: Uông Văn Lộc",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 11/10/2019, tại Hà Nội, Phó Chủ tịch Quốc hội Uông Văn Lộc đã tiếp Tổng Lãnh sự "
        "Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "has": {("Uông Văn Lộc", "VN")},
        "title_lacks": {"Uông Văn Lộc": "Uông"},
    },
    {
        "id": "who: a title then Vietnamese syllables: Tòng Thị Hạnh",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 11/10/2019, tại Hà Nội, Phó Chủ tịch Quốc hội Tòng Thị Hạnh đã tiếp Tổng Lãnh sự "
        "Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "has": {("Tòng Thị Hạnh", "VN")},
        "title_lacks": {"Tòng Thị Hạnh": "Tòng"},
    },
    {
        "id": "who: a title then Vietnamese syllables: Giàng A Chu",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 11/10/2019, tại Hà Nội, Bí thư Tỉnh ủy Lào Cai Giàng A Chu đã tiếp Tổng Lãnh sự "
        "Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "has": {("Giàng A Chu", "VN")},
        "title_lacks": {"Giàng A Chu": "Giàng"},
    },
    {
        "id": "who: a title then Vietnamese syllables: Mẫn Đức Tài",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 11/10/2019, tại Hà Nội, Chủ tịch UBND tỉnh Bắc Ninh Mẫn Đức Tài đã tiếp Tổng Lãnh "
        "sự Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "has": {("Mẫn Đức Tài", "VN")},
        "title_lacks": {"Mẫn Đức Tài": "Mẫn"},
    },
    {
        "id": "who: a title then Vietnamese syllables: Khiêm Quốc Tuấn",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 11/10/2019, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Khiêm Quốc Tuấn đã tiếp Tổng "
        "Lãnh sự Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "has": {("Khiêm Quốc Tuấn", "VN")},
        "title_lacks": {"Khiêm Quốc Tuấn": "Khiêm"},
    },
    {
        "id": "who: a title then Vietnamese syllables: Dịch Thị Lan",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 11/10/2019, tại Hà Nội, Phó Chủ tịch Quốc hội Dịch Thị Lan đã tiếp Tổng Lãnh sự "
        "Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "has": {("Dịch Thị Lan", "VN")},
        "title_lacks": {"Dịch Thị Lan": "Dịch"},
    },
    {
        "id": "who: a title then Vietnamese syllables: Lò Văn Sáng",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 11/10/2019, tại Hà Nội, Chủ tịch UBND tỉnh Mường Khương Lò Văn Sáng đã tiếp Tổng "
        "Lãnh sự Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "has": {("Lò Văn Sáng", "VN")},
        "title_lacks": {"Lò Văn Sáng": "Lò"},
    },
    {
        "id": "who: a province named like a country",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Chiều 4/4/2018, tại thành phố Lào Cai, Bí thư Tỉnh ủy Lào Cai Nguyễn Văn Vịnh đã tiếp "
        "Tổng Lãnh sự Nga tại Đà Nẵng Andrei Kozlov.",
        "published": None,
        "names": {("Nguyễn Văn Vịnh", "VN"), ("Andrei Kozlov", "RU")},
    },
    {
        "id": "who: a bare title still names a Russian's own office",
        "text": "Hội đàm\n"
        "Chiều 2/10/2021, tại Moskva, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng "
        "Ngoại giao Sergei Lavrov.",
        "published": None,
        "titles": {"Sergei Lavrov": "Ngoại trưởng Nga"},
    },
    {
        "id": "who: another person's title earlier is not the recipient's",
        "text": "Tổng Bí thư gửi điện mừng\n"
        "Tổng Bí thư Nguyễn Phú Trọng ngày 8/5 gửi điện mừng đến ông Putin nhân dịp ông nhậm "
        "chức Tổng thống Nga.",
        "published": date(2018, 5, 9),
        "title_not": {"Vladimir Putin": "Tổng Bí thư"},
    },
    {
        "id": "who: the office written before a rank",
        "text": "Tiếp Thứ trưởng Quốc phòng Nga\n"
        "Ngày 20/8/2019, tại Hà Nội, Thứ trưởng Bộ Quốc phòng, Thượng tướng Hoàng Văn Quyết đã "
        "tiếp Thứ trưởng Quốc phòng Nga Alexander Fomin.",
        "published": None,
        "titles": {"Hoàng Văn Quyết": "Thứ trưởng Bộ Quốc phòng"},
    },
    {
        "id": "who: two guests each titled after the name",
        "text": "Tổng Bí thư tiếp lãnh đạo Nga\n"
        "Sáng 10/10/2024, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp ông Pavel Sorokin, Thứ trưởng "
        "Bộ Năng lượng Nga, và ông Dmitry Volvach, Thứ trưởng Bộ Ngoại giao Nga.",
        "published": None,
        "side_ru": {"Pavel Sorokin", "Dmitry Volvach"},
    },
    {
        "id": "who: a Russian name after 'ông'",
        "text": "Phó Thủ tướng tiếp lãnh đạo Nga\n"
        "Chiều 14/5/2019, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh đã tiếp ông Mikhail "
        "Vorontsov, người đứng đầu bộ máy điều hành tỉnh Tomsk.",
        "published": None,
        "has": {("Mikhail Vorontsov", "RU")},
    },
    {
        "id": "who: a Western name after 'ông' is not Russian",
        "text": "Tiếp\n"
        "Chiều 14/5/2019, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh đã tiếp ông Peter Hartwell, "
        "đại diện một quỹ đầu tư.",
        "published": None,
        "nobody": ["Peter Hartwell"],
    },
    {
        "id": "who: an unlisted office after the name infers no year 0",
        "text": "Tiếp\n"
        "Ngày 12/6, tại Hà Nội, Đại tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị Quân đội "
        "nhân dân Việt Nam đã tiếp Thượng tướng Andrei Kartapolov, Thứ trưởng Quốc phòng Nga.",
        "published": None,
        "date": None,
        "no_title": "Chủ tịch nước",
    },
    {
        "id": "who: an unlisted office after the name infers no year 1",
        "text": "Tiếp\n"
        "Ngày 12/6, tại Hà Nội, ông Võ Văn Thưởng, Thường trực Ban Bí thư, đã tiếp ông Pavel "
        "Kozlov, Phó Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga.",
        "published": None,
        "date": None,
        "no_title": "Chủ tịch nước",
    },
    {
        "id": "who: a known general's office after the name",
        "text": "Hội đàm\n"
        "Chiều 20/10/2020, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng "
        "Bộ Quốc phòng nước Cộng hòa xã hội chủ nghĩa Việt Nam đã hội đàm trực tuyến với Bộ "
        "trưởng Quốc phòng Nga Sergei Shoigu.",
        "published": None,
        "titles": {"Ngô Xuân Lịch": "Bộ trưởng Bộ Quốc phòng"},
    },
    {
        "id": "who: a delegation is its leader 0",
        "text": "Đoàn đại biểu Bộ Quốc phòng thăm Liên bang Nga\n"
        "Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng, dẫn "
        "đầu đã thăm và làm việc tại Liên bang Nga từ ngày 19 đến 23/8/2022. Chiều 20/8, tại "
        "Moskva, đoàn đã hội đàm với Thứ trưởng Quốc phòng Nga Alexander Fomin.",
        "published": None,
        "names": {("Hoàng Xuân Chiến", "VN"), ("Alexander Fomin", "RU")},
        "date": "2022-08-20",
        "kind": "hội đàm",
    },
    {
        "id": "who: a delegation is its leader 1",
        "text": "Đoàn công tác tỉnh Bà Rịa - Vũng Tàu thăm tỉnh Tomsk\n"
        "Từ ngày 2 đến 6/7/2019, đoàn công tác của tỉnh Bà Rịa - Vũng Tàu do Bí thư Tỉnh ủy "
        "Nguyễn Hồng Lĩnh làm trưởng đoàn đã thăm tỉnh Tomsk (Liên bang Nga). Ngày 3/7, đoàn "
        "được Thống đốc tỉnh Tomsk Sergei Zhvachkin tiếp tại trụ sở Chính quyền tỉnh.",
        "published": None,
        "names": {("Nguyễn Hồng Lĩnh", "VN"), ("Sergei Zhvachkin", "RU")},
        "date": "2019-07-03",
        "kind": "tiếp",
    },
    {
        "id": "who: a delegation is its leader 2",
        "text": "Đoàn Hải quân Nga thăm Việt Nam\n"
        "Đoàn đại biểu Bộ Quốc phòng Liên bang Nga do Thứ trưởng Quốc phòng Nikolai Pankov dẫn "
        "đầu đã đến Hà Nội ngày 14/3/2016. Sáng 15/3, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng "
        "Bộ Quốc phòng, đã tiếp đoàn.",
        "published": None,
        "names": {("Nikolai Pankov", "RU"), ("Nguyễn Chí Vịnh", "VN")},
        "date": "2016-03-15",
        "kind": "tiếp",
    },
    {
        "id": "who: an undated act of a delegation stays its visit",
        "text": "Đoàn Ban Đối ngoại Trung ương thăm Nga\n"
        "Đoàn đại biểu Ban Đối ngoại Trung ương do đồng chí Hoàng Bình Quân, Trưởng Ban Đối "
        "ngoại Trung ương dẫn đầu thăm và làm việc tại Liên bang Nga từ ngày 2 đến 6/4/2015. Sau "
        "khi đến Moskva, đoàn đã làm việc với ông Sergei Zheleznyak, Phó Chủ tịch Duma Quốc gia "
        "Nga.",
        "published": None,
        "names": {("Sergei Zheleznyak", "RU"), ("Hoàng Bình Quân", "VN")},
        "date": "2015-04-02",
        "kind": "thăm",
    },
    {
        "id": "who: solidarity and a corporation are no delegation",
        "text": "Hội hữu nghị Việt - Nga gặp mặt\n"
        "Đoàn đại biểu Tập đoàn Rosatom do ông Alexei Likhachev dẫn đầu đã thăm Ninh Thuận ngày "
        "3/6/2016. Ngày 4/6, Phó Thủ tướng Trịnh Đình Dũng đã gặp các hội viên Hội hữu nghị Việt "
        "- Nga, đề cao tinh thần đoàn kết.",
        "published": None,
        "no_meeting_on": "2016-06-04",
    },
    {
        "id": "who: a surname with its title 0",
        "text": "Phó Thủ tướng hội đàm với Bộ trưởng Năng lượng Nga\n"
        "Chiều 11/4/2017, tại Hà Nội, Phó Thủ tướng Trịnh Đình Dũng đã hội đàm với Bộ trưởng "
        "Năng lượng Nga Novak.",
        "published": date(2017, 4, 11),
        "has": {("Alexander Novak", "RU")},
    },
    {
        "id": "who: a surname with its title 1",
        "text": "Phó Thủ tướng Nga thăm Việt Nam\n"
        "Sáng 6/12/2022, tại Trụ sở Chính phủ, Phó Thủ tướng Lê Minh Khái đã hội đàm với Phó Thủ "
        "tướng Novak.",
        "published": date(2022, 12, 6),
        "has": {("Alexander Novak", "RU")},
    },
    {
        "id": "who: a surname with its title 2",
        "text": "Thủ tướng tiếp Phó Thủ tướng Nga\n"
        "Chiều 21/3/2019, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Borisov, Phó Thủ "
        "tướng Nga.",
        "published": date(2019, 3, 21),
        "has": {("Yuri Borisov", "RU")},
    },
    {
        "id": "who: a surname with its title 3",
        "text": "Thủ tướng tiếp Phó Thủ tướng Nga\n"
        "Chiều 5/6/2012, tại Hà Nội, Thủ tướng Nguyễn Tấn Dũng đã tiếp ông Kuzmenko, Phó Thủ "
        "tướng Nga.",
        "published": date(2012, 6, 5),
        "has": {("Kuzmenko", "RU")},
    },
    {
        "id": "who: a surname with a title its namesake never held",
        "text": "Phó Thủ tướng tiếp\n"
        "Chiều 8/9/2015, tại Hà Nội, Phó Thủ tướng Hoàng Trung Hải đã tiếp Phó Thủ tướng Nga "
        "Novak.",
        "published": date(2015, 9, 8),
        "has": {("Novak", "RU")},
        "lacks": ["Alexander Novak"],
    },
    {
        "id": "who: a word after a headline's title is no surname",
        "text": "Chủ tịch Quốc hội hội đàm với Chủ tịch Duma Quốc gia Nga Trang chủ\n"
        "Sáng 9/9/2022, tại Moskva, Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch "
        "Duma Quốc gia Nga Vyacheslav Volodin.",
        "published": None,
        "nobody": ["Trang"],
    },
    {
        "id": "where: the city of a venue 0",
        "text": "Ngày 11/3, tại trụ sở Hội đồng Liên bang ở thủ đô Moskva, Phó Chủ tịch Quốc hội Nguyễn "
        "Đức Hải hội đàm với Phó Chủ tịch Hội đồng Liên bang Nga Nikolai Zhuravlev.",
        "published": date(2025, 1, 10),
        "place": "Moskva",
    },
    {
        "id": "where: the city of a venue 1",
        "text": "Ngày 20/5, tại tòa nhà Chính phủ Liên bang Nga ở thủ đô Moskva, Phó Thủ tướng Lê Thành "
        "Long hội đàm với Phó Thủ tướng Nga Dmitry Chernyshenko.",
        "published": date(2025, 1, 10),
        "place": "Moskva",
    },
    {
        "id": "where: the city of a venue 2",
        "text": "Ngày 14/8, tại trụ sở Chính quyền tỉnh Sverdlovsk ở thành phố Yekaterinburg, Đại sứ "
        "Đặng Minh Khôi làm việc với Thống đốc tỉnh Sverdlovsk Denis Vladimirovich Pasler.",
        "published": date(2025, 1, 10),
        "place": "Yekaterinburg",
    },
    {
        "id": "where: the capital's clock is a time, not a place (Sochi keeps it too)",
        "text": "Sáng 22/10 (giờ Moskva), Thứ trưởng Ngoại giao Đỗ Hùng Việt đã hội đàm với Thứ trưởng "
        "Ngoại giao Nga Andrei Rudenko.",
        "published": date(2025, 1, 10),
        "place": None,
    },
    {
        "id": "where: the capital's clock with a governor is no place either",
        "text": "Chiều 17/4 (giờ Moskva), Đại sứ Đặng Minh Khôi làm việc với Thống đốc tỉnh Tula Dmitry "
        "Milyaev.",
        "published": date(2025, 1, 10),
        "place": None,
    },
    {
        "id": "where: a seat of government gives the host's city 0",
        "text": "Lãnh đạo Cần Thơ tiếp Tổng Lãnh sự Nga\n"
        "Sáng 14/3/2023, tại trụ sở UBND thành phố, Chủ tịch UBND thành phố Cần Thơ Trần Việt "
        "Trường đã tiếp Tổng Lãnh sự Nga tại TP Hồ Chí Minh Alexei Popov.",
        "published": None,
        "place": "Cần Thơ",
    },
    {
        "id": "where: a seat of government gives the host's city 1",
        "text": "Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Nga\n"
        "Chiều 2/11/2021, Bí thư Tỉnh ủy Bình Định Hồ Quốc Dũng đã tiếp Tổng Lãnh sự Nga tại Đà "
        "Nẵng Dmitry Kozlov tại trụ sở Tỉnh ủy.",
        "published": None,
        "place": "Quy Nhơn",
    },
    {
        "id": "where: a seat of government gives the host's city 2",
        "text": "Thống đốc tiếp Đại sứ Việt Nam\n"
        "Ngày 21/4/2022, tại trụ sở Chính quyền tỉnh, Thống đốc tỉnh Ulyanovsk Alexei Russkikh "
        "đã tiếp Đại sứ Việt Nam tại Nga Đặng Minh Khôi.",
        "published": None,
        "place": "Ulyanovsk",
    },
    {
        "id": "where: a seat of government gives the host's city 3",
        "text": "Làm việc tại Duma\n"
        "Ngày 6/6/2024, tại tòa nhà Duma Quốc gia ở thủ đô Moskva, Phó Chủ tịch Quốc hội Nguyễn "
        "Đức Hải đã hội kiến ông Leonid Kalashnikov, Chủ tịch Ủy ban Duma Quốc gia Nga về các "
        "vấn đề SNG.",
        "published": None,
        "place": "Moskva",
    },
    {
        "id": "where: a seat of government gives the host's city 4",
        "text": "Làm việc với Bộ Năng lượng Nga\n"
        "Ngày 18/9/2020, tại trụ sở Bộ Năng lượng Liên bang Nga ở thủ đô Moskva, Thứ trưởng Bộ "
        "Công Thương Cao Quốc Hưng đã làm việc với Thứ trưởng Năng lượng Nga Pavel Sorokin.",
        "published": None,
        "place": "Moskva",
    },
    {
        "id": "where: a Russian ministry's seat is in Moskva",
        "text": "Làm việc với Bộ Năng lượng Nga\n"
        "Ngày 18/9/2020, tại trụ sở Bộ Năng lượng Liên bang Nga, Thứ trưởng Bộ Công Thương Cao "
        "Quốc Hưng đã làm việc với Thứ trưởng Năng lượng Nga Pavel Sorokin.",
        "published": None,
        "place": "Moskva",
    },
    {
        "id": "where: a seat whose host names no place",
        "text": "Tiếp Tổng Lãnh sự Nga\n"
        "Sáng 14/3/2023, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn Lâm đã tiếp Tổng "
        "Lãnh sự Nga tại TP Hồ Chí Minh Alexei Popov.",
        "published": None,
        "place": None,
    },
    {
        "id": "where: a national seat never takes a guest's region",
        "text": "Phó Thủ tướng tiếp Thống đốc\n"
        "Chiều 5/7/2019, tại trụ sở Chính phủ, Phó Thủ tướng Trịnh Đình Dũng đã tiếp Thống đốc "
        "vùng Primorsky Oleg Kozhemyako.",
        "published": None,
        "place_in": [None, "Hà Nội"],
    },
    {
        "id": "where: a venue gives its city 0",
        "text": "Thứ trưởng Ngoại giao tiếp Thứ trưởng Ngoại giao Nga\n"
        "Chiều 3/10/2017, tại trụ sở Bộ Ngoại giao, Thứ trưởng Ngoại giao Đặng Đình Quý đã tiếp "
        "Thứ trưởng Ngoại giao Nga Igor Morgulov.",
        "published": None,
        "place": "Hà Nội",
    },
    {
        "id": "where: a venue gives its city 1",
        "text": "Trưởng Ban Tổ chức Trung ương tiếp đoàn Đảng Nước Nga Thống nhất\n"
        "Sáng 8/6/2019, tại trụ sở Ban Tổ chức Trung ương, Trưởng Ban Tổ chức Trung ương Phạm "
        "Minh Chính đã tiếp ông Andrei Turchak, Tổng Thư ký Hội đồng Tổng chấp hành Đảng Nước "
        "Nga Thống nhất.",
        "published": None,
        "place": "Hà Nội",
    },
    {
        "id": "where: a venue gives its city 2",
        "text": "Bộ trưởng Quốc phòng Nga tiếp\n"
        "Ngày 12/4/2021, tại trụ sở Bộ Quốc phòng, Bộ trưởng Quốc phòng Nga Sergei Shoigu đã "
        "tiếp Thượng tướng Phan Văn Giang.",
        "published": None,
        "place": "Moskva",
    },
    {
        "id": "where: a venue gives its city 3",
        "text": "Chủ tịch Hội đồng Liên bang hội đàm\n"
        "Chiều 14/9/2015, tại trụ sở Hội đồng Liên bang Nga, bà Valentina Matviyenko đã hội đàm "
        "với Chủ tịch Quốc hội Nguyễn Sinh Hùng.",
        "published": None,
        "place": "Moskva",
    },
    {
        "id": "where: a venue gives its city 4",
        "text": "Thống đốc St. Petersburg tiếp đoàn TP Hồ Chí Minh\n"
        "Ngày 11/6/2018, tại Cung điện Smolny, Thống đốc thành phố St. Petersburg (Nga) Georgy "
        "Poltavchenko đã tiếp Phó Bí thư Thường trực Thành ủy TP Hồ Chí Minh Tất Thành Cang.",
        "published": None,
        "place": "Saint Petersburg",
    },
    {
        "id": "where: a venue gives its city 5",
        "text": "Thị trưởng tiếp đoàn\n"
        "Chiều 16/5/2023, tại Tòa thị chính thành phố Kazan, Thị trưởng Kazan (Nga) Ilsur "
        "Metshin đã tiếp Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh.",
        "published": None,
        "place": "Kazan",
    },
    {
        "id": "where: a venue gives its city 6",
        "text": "Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Nga\n"
        "Chiều 9/8/2022, tại trụ sở Tỉnh ủy Quảng Ninh, Bí thư Tỉnh ủy Nguyễn Xuân Ký đã tiếp "
        "Tổng Lãnh sự Nga tại Đà Nẵng Maxim Khrustalev.",
        "published": None,
        "place": "Hạ Long",
    },
    {
        "id": "where: a venue gives its city 7",
        "text": "Thống đốc tiếp Đại sứ Việt Nam\n"
        "Ngày 14/9/2023, tại trụ sở Chính quyền vùng, Thống đốc vùng Primorsky (Nga) Oleg "
        "Kozhemyako đã tiếp Đại sứ Việt Nam tại Nga Đặng Minh Khôi.",
        "published": None,
        "place": "Vladivostok",
    },
    {
        "id": "where: a venue gives its city 8",
        "text": "Đại sứ Nga chào xã giao\n"
        "Chiều 10/2/2023, tại trụ sở Bộ Ngoại giao, Đại sứ Nga Gennady Bezdetko đã chào xã giao "
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
        "published": None,
        "place": "Hà Nội",
    },
    {
        "id": "where: a venue gives its city 9",
        "text": "Bộ trưởng Y tế tiếp Đại sứ Nga\n"
        "Chiều 14/2/2023, tại Bộ Y tế, Bộ trưởng Y tế Đào Hồng Lan đã tiếp Đại sứ Nga Gennady "
        "Bezdetko.",
        "published": None,
        "place": "Hà Nội",
    },
    {
        "id": "where: a venue gives its city 10",
        "text": "Lãnh đạo tỉnh tiếp Đại sứ Nga\n"
        "Chiều 5/5/2021, tại trụ sở UBND tỉnh, ông Lê Tấn Hổ - Phó Bí thư Tỉnh ủy, Chủ tịch UBND "
        "tỉnh Khánh Hòa đã tiếp Đại sứ Nga Gennady Bezdetko.",
        "published": None,
        "place": "Nha Trang",
    },
    {
        "id": "where: a venue in a named city keeps the city",
        "text": "Đại sứ làm việc với Thống đốc\n"
        "Ngày 5/3/2021, tại trụ sở Chính quyền tỉnh Tver ở thành phố Tver, Đại sứ Việt Nam tại "
        "Nga Đặng Minh Khôi đã làm việc với Thống đốc tỉnh Tver Igor Rudenya.",
        "published": None,
        "place": "Tver",
    },
    {
        "id": "where: a local body is no national seat",
        "text": "Làm việc với Ban quản lý\n"
        "Ngày 5/3/2021, tại Ban quản lý dự án, Thứ trưởng Bộ Công Thương Đặng Hoàng An đã làm "
        "việc với Phó Tổng Giám đốc Rosatom Kirill Komarov.",
        "published": None,
        "place": None,
    },
    {
        "id": "where: the meeting held there a paragraph later",
        "text": "Phó Chủ tịch Quốc hội hội kiến Phó Chủ tịch Duma\n"
        "\n"
        "Chiều 3-4, Phó Chủ tịch Quốc hội Nguyễn Khắc Định đã hội kiến ông Alexander Zhukov, Phó "
        "Chủ tịch thứ nhất Duma Quốc gia Nga.\n"
        "\n"
        "Hai bên trao đổi về hợp tác nghị viện.\n"
        "\n"
        "Cuộc hội kiến diễn ra tại tòa nhà Duma Quốc gia ở thủ đô Moskva.",
        "published": date(2019, 4, 4),
        "place": "Moskva",
        "date": "2019-04-03",
    },
    {
        "id": "when: a year-less day from the publication 0",
        "text": " date 2014-05-21 \n"
        "Trưởng Ban Đối ngoại Trung ương tiếp đoàn Đảng Nước Nga Thống nhất\n"
        "Chiều 20/5, tại Hà Nội, Trưởng Ban Đối ngoại Trung ương Hoàng Văn Minh đã tiếp ông "
        "Pavel Kozlov, Phó Chủ tịch Duma Quốc gia Nga.",
        "published": date(2014, 5, 21),
        "date": "2014-05-20",
    },
    {
        "id": "when: a year-less day from the publication 1",
        "text": "Phó Thủ tướng làm việc với đoàn đại biểu Đảng Nước Nga Thống nhất\n"
        "Sáng 3/11, Phó Thủ tướng Trịnh Văn Đông đã làm việc với ông Anton Belov, Phó Chủ tịch "
        "Duma Quốc gia Nga, tại trụ sở Chính phủ.",
        "published": date(2017, 11, 4),
        "date": "2017-11-03",
    },
    {
        "id": "when: a holiday in the date's sentence",
        "text": "Nhân dịp kỷ niệm ngày Thống nhất 30/4, sáng 2/5, tại Hà Nội, Thủ tướng Phạm Minh Chính "
        "đã tiếp Đại sứ Nga Gennady Bezdetko.",
        "published": date(2025, 5, 2),
        "date": "2025-05-02",
    },
    {
        "id": "when: talks during a visit take their own day 0",
        "text": "Hội đàm Việt - Nga về tư pháp\n"
        "Thực hiện chuyến thăm chính thức Liên bang Nga từ ngày 8 đến 12/7/2018, sáng 9/7 (giờ "
        "địa phương), tại Moskva, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ trưởng Tư "
        "pháp Nga Alexander Konovalov.",
        "published": None,
        "date": "2018-07-09",
        "kind": "hội đàm",
        "countries": {"RU", "VN"},
    },
    {
        "id": "when: talks during a visit take their own day 1",
        "text": "Hội đàm Việt - Nga về tư pháp\n"
        "Chiều 10/7 (giờ địa phương), trong khuôn khổ chuyến thăm chính thức Liên bang Nga từ "
        "ngày 8 đến 12/7/2018, tại Moskva, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ "
        "trưởng Tư pháp Nga Alexander Konovalov.",
        "published": None,
        "date": "2018-07-10",
        "kind": "hội đàm",
        "countries": {"RU", "VN"},
    },
    {
        "id": "when: talks during a visit take their own day 2",
        "text": "Hội đàm Việt - Nga\n"
        "Thực hiện chuyến thăm làm việc tại Liên bang Nga từ ngày 21 đến 25/10, sáng 23/10 (giờ "
        "địa phương), tại Moskva, Thứ trưởng Bộ Công an Trần Quốc Tỏ đã hội đàm với Thứ trưởng "
        "Nội vụ Nga Igor Zubov.",
        "published": date(2019, 10, 24),
        "date": "2019-10-23",
        "kind": "hội đàm",
        "countries": {"RU", "VN"},
    },
    {
        "id": "when: talks during a visit take their own day 3",
        "text": "Hội đàm với Phòng Xã hội Nga\n"
        "Thực hiện chuyến thăm chính thức Liên bang Nga từ ngày 15 đến 19/6/2018, chiều 17/6 "
        "(giờ địa phương), tại Moskva, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến đã "
        "có cuộc hội đàm với Chủ tịch Phòng Xã hội Nga Valery Fadeyev.",
        "published": None,
        "date": "2018-06-17",
        "kind": "hội đàm",
        "countries": {"RU", "VN"},
    },
    {
        "id": "when: a visit record keeps the start of its span",
        "text": "Chủ tịch Quốc hội thăm chính thức Liên bang Nga\n"
        "Theo lời mời của Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin, Chủ tịch Quốc hội Vương "
        "Đình Huệ thăm chính thức Liên bang Nga từ ngày 9 đến 12/9/2023; sáng 10/9, Chủ tịch "
        "Quốc hội đã đặt vòng hoa tại Mộ Chiến sĩ vô danh.",
        "published": None,
        "date": "2023-09-09",
        "kind": "thăm",
    },
    {
        "id": "when: a year-less day takes the arrival's year",
        "text": "Thứ trưởng Quốc phòng hội đàm\n"
        "Thứ trưởng Quốc phòng Nga Nikolai Pankov đã đến Hà Nội ngày 14/3/2016. Sáng 15/3, "
        "Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, đã hội đàm với Thứ trưởng Quốc "
        "phòng Nga Nikolai Pankov.",
        "published": None,
        "date": "2016-03-15",
    },
    {
        "id": "messages: every pair of an occasion's messages is one record 0",
        "text": "Điện mừng kỷ niệm quan hệ ngoại giao\n"
        "Nhân kỷ niệm 74 năm thiết lập quan hệ ngoại giao, ngày 30/1, Chủ tịch nước Võ Văn "
        "Thưởng và Tổng thống Vladimir Putin đã trao đổi điện mừng. Cùng ngày, Thủ tướng Phạm "
        "Minh Chính và Thủ tướng Mikhail Mishustin đã trao đổi điện mừng; Chủ tịch Quốc hội "
        "Vương Đình Huệ và Chủ tịch Duma Quốc gia Vyacheslav Volodin cũng trao đổi điện mừng.",
        "published": date(2024, 1, 30),
        "meetings": 1,
        "kind": "điện mừng",
        "date": "2024-01-30",
        "count": 6,
        "countries": {"RU", "VN"},
    },
    {
        "id": "messages: every pair of an occasion's messages is one record 1",
        "text": "Trao đổi điện mừng\n"
        "Ngày 30/1, Chủ tịch nước Võ Văn Thưởng và Tổng thống Vladimir Putin đã trao đổi điện "
        "mừng.\n"
        "Cùng ngày, Thủ tướng Phạm Minh Chính và Thủ tướng Mikhail Mishustin đã trao đổi điện "
        "mừng.\n"
        "Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Sergei Lavrov cũng trao đổi điện "
        "mừng.",
        "published": date(2024, 1, 30),
        "meetings": 1,
        "kind": "điện mừng",
        "date": "2024-01-30",
        "count": 6,
        "countries": {"RU", "VN"},
    },
    {
        "id": "messages: every pair of an occasion's messages is one record 2",
        "text": "Điện mừng\n"
        "Ngày 30/1, Chủ tịch nước Võ Văn Thưởng và Tổng thống Vladimir Putin đã trao đổi điện "
        "mừng. Cùng ngày, Thủ tướng Phạm Minh Chính gửi điện mừng tới Thủ tướng Mikhail "
        "Mishustin; Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Lê Văn Thành gửi điện mừng tới Chủ "
        "tịch Phòng Xã hội Nga Sergei Pavlov.",
        "published": date(2024, 1, 30),
        "meetings": 1,
        "kind": "điện mừng",
        "date": "2024-01-30",
        "count": 6,
        "countries": {"RU", "VN"},
    },
    {
        "id": "messages: every pair exchanging messages that day",
        "text": "Lãnh đạo hai nước trao đổi điện mừng\n"
        "Nhân kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao (30/1/1950 - 30/1/2025), ngày "
        "30/1/2025, Tổng Bí thư Tô Lâm và Tổng thống Vladimir Putin đã trao đổi điện mừng. Cùng "
        "ngày, Thủ tướng Phạm Minh Chính và Thủ tướng Liên bang Nga Mikhail Mishustin, người "
        "đồng cấp của ông, đã trao đổi điện mừng; Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ "
        "trưởng Ngoại giao Nga Sergei Lavrov cũng trao đổi điện mừng.",
        "published": None,
        "names": {
            ("Bùi Thanh Sơn", "VN"),
            ("Mikhail Mishustin", "RU"),
            ("Phạm Minh Chính", "VN"),
            ("Sergei Lavrov", "RU"),
            ("Tô Lâm", "VN"),
            ("Vladimir Putin", "RU"),
        },
    },
    {
        "id": "messages: one more sender the same day",
        "text": "Tổng thống Putin gửi điện mừng Chủ tịch nước\n"
        "Ngày 22/10/2024, Tổng thống Liên bang Nga Vladimir Putin đã gửi điện mừng tới đồng chí "
        "Lương Cường nhân dịp đồng chí được bầu giữ chức Chủ tịch nước. Cùng ngày, Chủ tịch Duma "
        "Quốc gia Nga Vyacheslav Volodin cũng gửi điện mừng. Năm 2021, Chủ tịch Hội đồng Liên "
        "bang Nga Valentina Matviyenko cũng gửi điện mừng tới Chủ tịch nước Nguyễn Xuân Phúc.",
        "published": None,
        "date": "2024-10-22",
        "names": {("Lương Cường", "VN"), ("Vladimir Putin", "RU"), ("Vyacheslav Volodin", "RU")},
    },
    {
        "id": "messages: an anniversary span is no other occasion",
        "text": "Điện mừng 75 năm quan hệ\n"
        "Ngày 30/1/2025, Tổng Bí thư Tô Lâm và Tổng thống Vladimir Putin đã trao đổi điện mừng. "
        "Cùng ngày, nhân kỷ niệm 75 năm quan hệ ngoại giao (1950 - 2025), Chủ tịch Quốc hội Trần "
        "Thanh Mẫn và Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin cũng trao đổi điện mừng.",
        "published": None,
        "has": {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")},
    },
    {
        "id": "styles: outlet chrome and byline; the city only in the last paragraph ('Hội đàm diễn ra "
        "tại …')",
        "text": "BÁO QUÂN ĐỘI NHÂN DÂN | Thời sự | Quốc phòng an ninh | Quốc tế | Kinh tế\n"
        "\n"
        "Thứ Ba, 14/05/2019 - 21:10\n"
        "\n"
        "Đại tướng Ngô Xuân Lịch hội đàm với Bộ trưởng Quốc phòng Nga\n"
        "\n"
        "QĐND - Trong khuôn khổ chuyến thăm chính thức Liên bang Nga từ ngày 13 đến 16/5, chiều "
        "14/5 (giờ địa phương), Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội "
        "đàm với Đại tướng Sergei Kuzhugetovich Shoigu, Bộ trưởng Quốc phòng Liên bang Nga.\n"
        "\n"
        "Hai bên đánh giá cao kết quả hợp tác quốc phòng, nhất là trong lĩnh vực đào tạo, công "
        "nghiệp quốc phòng và kỹ thuật quân sự.\n"
        "\n"
        "Hội đàm diễn ra tại trụ sở Bộ Quốc phòng Nga ở thủ đô Moskva.",
        "published": date(2019, 5, 14),
        "date": "2019-05-14",
        "place": "Moskva",
        "kind": "hội đàm",
        "names": {("Sergei Shoigu", "RU"), ("Ngô Xuân Lịch", "VN")},
    },
    {
        "id": "styles: an upper-case dateline with the outlet's name; the Russian host named first; an "
        "envoy",
        "text": "VOV.VN | Chính trị | Thế giới | Kinh tế\n"
        "\n"
        "Tổng thống Putin tiếp Đặc phái viên của Chủ tịch nước\n"
        "\n"
        "MOSKVA (VOV) - Tổng thống Nga Vladimir Putin ngày 7/7 đã tiếp Phó Chủ tịch nước Võ Thị "
        "Ánh Xuân, Đặc phái viên của Chủ tịch nước Nguyễn Xuân Phúc, tại Điện Kremlin.\n"
        "\n"
        "Phó Chủ tịch nước chuyển lời thăm hỏi của Chủ tịch nước Nguyễn Xuân Phúc tới Tổng thống "
        "Putin.",
        "published": date(2021, 7, 8),
        "date": "2021-07-07",
        "place": "Moskva",
        "kind": "tiếp",
        "names": {("Võ Thị Ánh Xuân", "VN"), ("Vladimir Putin", "RU")},
    },
    {
        "id": "styles: a third country's meeting at the top; the report's own meeting below",
        "text": "Dân trí | Thế giới\n"
        "\n"
        "Thủ tướng Nhật Bản Shinzo Abe gặp Tổng thống Putin tại Sochi hồi đầu tháng 5 đã thu hút "
        "sự chú ý của dư luận.\n"
        "\n"
        "Trong khi đó, ngày 17/5, tại Sochi, Tổng thống Nga Vladimir Putin đã có cuộc hội đàm "
        "với Thủ tướng Nguyễn Tấn Dũng... \n"
        "\n"
        "Hai nhà lãnh đạo thảo luận về hợp tác dầu khí và năng lượng.",
        "published": date(2016, 5, 18),
        "date": "2016-05-17",
        "place": "Sochi",
        "kind": "hội đàm",
        "names": {("Nguyễn Tấn Dũng", "VN"), ("Vladimir Putin", "RU")},
    },
    {
        "id": "styles: 'Buổi làm việc được tổ chức tại …' a paragraph later",
        "text": "CÔNG AN NHÂN DÂN | An ninh trật tự | Quốc tế\n"
        "\n"
        "Bộ trưởng Tô Lâm làm việc với Giám đốc Cơ quan An ninh Liên bang Nga\n"
        "\n"
        "Ngày 20/3, Bộ trưởng Bộ Công an Tô Lâm đã có buổi làm việc với ông Alexander Bortnikov, "
        "Giám đốc Cơ quan An ninh Liên bang Nga (FSB), nhân dịp đoàn thăm và làm việc tại Liên "
        "bang Nga.\n"
        "\n"
        "Hai bên nhất trí tăng cường hợp tác phòng, chống khủng bố và tội phạm xuyên quốc gia.\n"
        "\n"
        "Buổi làm việc được tổ chức tại trụ sở FSB ở Moskva.",
        "published": date(2018, 3, 21),
        "date": "2018-03-20",
        "place": "Moskva",
        "kind": "làm việc",
        "names": {("Alexander Bortnikov", "RU"), ("Tô Lâm", "VN")},
    },
    {
        "id": "styles: a city party committee's seat named bare: the host's city",
        "text": "Bí thư Thành ủy Hà Nội tiếp Thị trưởng Moskva\n"
        "\n"
        "Chiều 15/6, tại trụ sở Thành ủy, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã tiếp Thị "
        "trưởng thành phố Moskva (Nga) Sergei Sobyanin.\n"
        "\n"
        "Hai bên trao đổi về hợp tác giao thông đô thị và tàu điện ngầm.",
        "published": date(2023, 6, 15),
        "date": "2023-06-15",
        "place": "Hà Nội",
        "kind": "tiếp",
        "names": {("Sergei Sobyanin", "RU"), ("Đinh Tiến Dũng", "VN")},
    },
    {
        "id": "styles: a surname alone with its title; 'Cuộc gặp diễn ra tại' the government house",
        "text": "Phó Thủ tướng Nga tiếp Đại sứ Việt Nam\n"
        "\n"
        "Ngày 19/10, Phó Thủ tướng Nga Chernyshenko đã tiếp Đại sứ Việt Nam tại Liên bang Nga "
        "Đặng Minh Khôi. Cuộc gặp diễn ra tại Nhà Chính phủ Liên bang Nga.\n"
        "\n"
        "Hai bên bàn về hợp tác khoa học và giáo dục.",
        "published": date(2022, 10, 20),
        "date": "2022-10-19",
        "place": "Moskva",
        "kind": "tiếp",
        "names": {("Đặng Minh Khôi", "VN"), ("Dmitry Chernyshenko", "RU")},
    },
    {
        "id": "styles: a third country's talks; Russia only recalled: no meeting",
        "text": "ZNEWS | Thời sự | Thế giới\n"
        "\n"
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia Anwar Ibrahim\n"
        "\n"
        "Sáng 11/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng "
        "Malaysia Anwar Ibrahim.\n"
        "\n"
        "Hai bên thảo luận về hợp tác kinh tế. Thủ tướng cũng thông tin về chuyến thăm Liên bang "
        "Nga tháng 1 vừa qua và cuộc hội đàm với Thủ tướng Mikhail Mishustin.",
        "published": date(2025, 3, 12),
        "found": False,
    },
    {
        "id": "styles: a province's people's committee seat a paragraph later: its city",
        "text": "Báo Khánh Hòa | Chính trị | Kinh tế\n"
        "\n"
        "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Nga\n"
        "\n"
        "Chiều 1-7, đồng chí Nguyễn Tấn Tuân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Khánh Hòa "
        "đã tiếp ông Alexei Popov, Tổng Lãnh sự Liên bang Nga tại Đà Nẵng.\n"
        "\n"
        "Hai bên trao đổi về du lịch và thu hút đầu tư.\n"
        "\n"
        "Buổi tiếp diễn ra tại trụ sở UBND tỉnh Khánh Hòa.",
        "published": date(2024, 7, 2),
        "date": "2024-07-01",
        "place": "Nha Trang",
        "kind": "tiếp",
        "names": {("Alexei Popov", "RU"), ("Nguyễn Tấn Tuân", "VN")},
    },
    {
        "id": "styles: an upper-case dateline and a multilateral frame ('Bên lề …')",
        "text": "TTXVN | Thời sự\n"
        "\n"
        "ĐÀ NẴNG (TTXVN) - Bên lề Tuần lễ Cấp cao APEC 2017, chiều 11/11, Chủ tịch nước Trần Đại "
        "Quang đã có cuộc hội đàm với Tổng thống Nga Vladimir Putin.\n"
        "\n"
        "Hai nhà lãnh đạo nhất trí thúc đẩy hợp tác năng lượng và quốc phòng.",
        "published": date(2017, 11, 12),
        "date": "2017-11-11",
        "place": "Đà Nẵng",
        "kind": "hội đàm",
        "names": {("Vladimir Putin", "RU"), ("Trần Đại Quang", "VN")},
    },
    {
        "id": "styles: a visit that begins, then the talks on their own day ('hai Thủ tướng')",
        "text": "Nhân Dân | Chính trị\n"
        "\n"
        "Thủ tướng Nga Dmitry Medvedev thăm chính thức Việt Nam\n"
        "\n"
        "Theo lời mời của Thủ tướng Nguyễn Tấn Dũng, Thủ tướng Nga Dmitry Medvedev đã đến Hà Nội "
        "chiều 5/4, bắt đầu chuyến thăm chính thức Việt Nam từ ngày 5 đến 7/4.\n"
        "\n"
        "Sáng 6/4, hai Thủ tướng đã tiến hành hội đàm tại Trụ sở Chính phủ.",
        "published": date(2015, 4, 8),
        "date": "2015-04-06",
        "place": "Hà Nội",
        "kind": "hội đàm",
        "names": {("Dmitry Medvedev", "RU"), ("Nguyễn Tấn Dũng", "VN")},
    },
    {
        "id": "styles: a dateline 'City, ngày d/m -'",
        "text": "Báo Điện tử Chính phủ\n"
        "\n"
        "Chủ tịch nước Trương Tấn Sang hội kiến Thủ tướng Medvedev\n"
        "\n"
        "Sochi, ngày 27/7 - Trong chuyến thăm chính thức Liên bang Nga, Chủ tịch nước Trương Tấn "
        "Sang đã hội kiến Thủ tướng Nga Dmitry Medvedev.",
        "published": date(2012, 7, 27),
        "date": "2012-07-27",
        "place": "Sochi",
        "kind": "hội kiến",
        "names": {("Dmitry Medvedev", "RU"), ("Trương Tấn Sang", "VN")},
    },
    {
        "id": "styles: a dateline 'City, d/m (agency) -', the talks 'Chiều cùng ngày'",
        "text": "Hà Nội, 12/11 (TTXVN) - Tổng thống Nga Vladimir Putin đã đến Hà Nội, bắt đầu chuyến "
        "thăm cấp Nhà nước tới Việt Nam. Chiều cùng ngày, tại Phủ Chủ tịch, Chủ tịch nước Trương "
        "Tấn Sang đã hội đàm với Tổng thống Putin.",
        "published": date(2013, 11, 13),
        "date": "2013-11-12",
        "place": "Hà Nội",
        "kind": "hội đàm",
        "names": {("Vladimir Putin", "RU"), ("Trương Tấn Sang", "VN")},
    },
]

# ---------------------------------------------------------------- issue 9, round 8
CASES += [
    {  # the ministers are named only in the caption; the body tells the act of "hai nước"
        "id": "acts: a signing named in a caption takes the body's day and venue",
        "text": "CỔNG THÔNG TIN BỘ Y TẾ | Tin tức | Hợp tác quốc tế\n\n05/06/2024 | 09:10\n\n"
        "Việt Nam và Nga ký Kế hoạch hợp tác y tế giai đoạn 2024-2026\n\nChiều 4/6, tại trụ sở "
        "Bộ Y tế, Bộ trưởng Y tế hai nước đã ký Kế hoạch hợp tác giai đoạn 2024 – 2026 sau cuộc "
        "hội đàm thân mật.\n\nẢnh: Bộ trưởng Bộ Y tế Đào Hồng Lan và Bộ trưởng Y tế Liên bang Nga "
        "Mikhail Albertovich Murashko ký Kế hoạch hợp tác. (Ảnh: Thanh Hà)\n\nTheo Kế hoạch, hai "
        "bên sẽ tăng cường hợp tác trong lĩnh vực dược phẩm, vắc xin và đào tạo nhân lực y tế.",
        "published": date(2024, 6, 5),
        "names": {("Đào Hồng Lan", "VN"), ("Mikhail Murashko", "RU")},
        "date": "2024-06-04",
        "place": "Hà Nội",
        "kind": "ký kết",
    },
    {
        "id": "acts: two ministers who sign met",
        "text": "Sáng 14/8/2023, tại Hà Nội, Bộ trưởng Giao thông vận tải Nguyễn Văn Thắng và Bộ "
        "trưởng Giao thông Nga Vitaly Savelyev đã ký Bản ghi nhớ hợp tác về vận tải hàng không.",
        "published": date(2023, 8, 15),
        "names": {("Nguyễn Văn Thắng", "VN"), ("Vitaly Savelyev", "RU")},
        "date": "2023-08-14",
        "kind": "ký kết",
    },
    {  # the talks are the meeting; the signing that closes them is no second one
        "id": "acts: a signing after talks leaves the talks the lead",
        "text": "Hội đàm Việt - Nga về lao động\nChiều 9/10/2019, tại Hà Nội, Bộ trưởng Lao động - "
        "Thương binh và Xã hội Đào Ngọc Dung đã hội đàm với Bộ trưởng Lao động và Bảo trợ xã hội "
        "Nga Maxim Topilin. Sau hội đàm, Bộ trưởng Đào Ngọc Dung và Bộ trưởng Maxim Topilin đã ký "
        "Kế hoạch hợp tác giai đoạn 2020 - 2022.",
        "published": None,
        "names": {("Đào Ngọc Dung", "VN"), ("Maxim Topilin", "RU")},
        "kind": "hội đàm",
        "meetings": 1,
    },
    {  # a visit's talks that end in a signing: the visit is not a signing
        "id": "acts: a visit closed by a signing stays a visit",
        "text": "Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Tver\nTừ ngày 2 đến 5/9/2019, đoàn đại biểu "
        "tỉnh Nghệ An do Chủ tịch UBND tỉnh Thái Thanh Quý dẫn đầu thăm và làm việc tại tỉnh Tver, "
        "Liên bang Nga, theo lời mời của Thống đốc Igor Rudenya. Kết thúc buổi làm việc, hai bên "
        "đã ký Biên bản ghi nhớ về hợp tác nông nghiệp.",
        "published": None,
        "has": {("Thái Thanh Quý", "VN")},
        "kind": "thăm",
    },
    {  # the letter's bearer met the one it was handed to, not its sender
        "id": "acts: a letter handed over in person",
        "text": "Bộ trưởng Ngoại giao trao thư của Tổng Bí thư tới Tổng thống Nga\n\nChiều 15/3 "
        "(giờ địa phương), tại Moskva, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã chuyển thư của Tổng "
        "Bí thư Tô Lâm tới Tổng thống Vladimir Putin.\n\nTổng thống Putin cảm ơn và gửi lời chào "
        "trân trọng tới Tổng Bí thư Tô Lâm. Hai bên trao đổi về hợp tác năng lượng và thương mại.",
        "published": date(2025, 3, 16),
        "names": {("Bùi Thanh Sơn", "VN"), ("Vladimir Putin", "RU")},
        "date": "2025-03-15",
        "place": "Moskva",
        "kind": "trao thư",
    },
    {  # "Tại cuộc hội kiến, … chuyển thư … tới X": X is the letter's addressee, not met
        "id": "acts: a letter forwarded at a meeting with someone else",
        "text": "Đặc phái viên của Thủ tướng hội kiến Phó Thủ tướng Nga\nNgày 21/2/2023, tại "
        "Moskva, Phó Thủ tướng Trần Lưu Quang đã hội kiến Phó Thủ tướng Nga Alexei Overchuk. Tại "
        "cuộc hội kiến, Phó Thủ tướng Trần Lưu Quang chuyển thư của Thủ tướng Phạm Minh Chính tới "
        "Thủ tướng Liên bang Nga Mikhail Mishustin.",
        "published": None,
        "names": {("Trần Lưu Quang", "VN"), ("Alexei Overchuk", "RU")},
        "nobody": ["Mikhail Mishustin", "Phạm Minh Chính"],
    },
    {  # "thư của X gửi Y": Y is addressed, and met no one here
        "id": "acts: a letter's addressee after 'gửi'",
        "text": "Thứ trưởng Công Thương làm việc tại Nga\nNgày 3/11/2022, tại Moskva, Thứ trưởng Bộ "
        "Công Thương Đỗ Thắng Hải đã làm việc với Thứ trưởng Công Thương Nga Alexei Gruzdev. Thứ "
        "trưởng Đỗ Thắng Hải đã chuyển thư của Bộ trưởng Nguyễn Hồng Diên gửi Phó Thủ tướng Nga "
        "Denis Manturov.",
        "published": None,
        "names": {("Đỗ Thắng Hải", "VN"), ("Alexei Gruzdev", "RU")},
        "nobody": ["Denis Manturov"],
        "meetings": 1,
    },
]
CASES += [
    {  # a patronymic makes an unknown given name Russian; "thủ phủ X" is the venue
        "id": "who: a Russian name by its patronymic, the regional capital its venue",
        "text": "Phó Thủ tướng thăm Cộng hòa Bashkortostan\n\nPhó Thủ tướng Trần Lưu Quang đang có "
        "chuyến thăm làm việc tại Cộng hòa Bashkortostan, Liên bang Nga, từ ngày 3 đến 5/9.\n\n"
        "Ngay sau khi đến thủ phủ Ufa chiều 3/9 (giờ địa phương), Phó Thủ tướng đã hội đàm với ông "
        "Radiy Faritovich Khabirov, người đứng đầu Cộng hòa Bashkortostan. Hai bên bàn về hợp tác "
        "dầu khí, hóa chất và giáo dục.",
        "published": date(2024, 9, 4),
        "names": {("Trần Lưu Quang", "VN"), ("Radiy Khabirov", "RU")},
        "date": "2024-09-03",
        "place": "Ufa",
        "kind": "hội đàm",
    },
    {  # a subsidiary's head is not the parent's
        "id": "who: a subsidiary's title names no holder of the parent's office",
        "text": "Sáng 5/12/2016, Phó Thủ tướng Trịnh Đình Dũng tiếp Tổng Giám đốc Tập đoàn Rosatom "
        "Overseas.",
        "published": date(2016, 12, 6),
        "nobody": ["Alexei Likhachev"],
    },
    {  # the parent company named whole still is its head
        "id": "who: the parent company's title names its holder",
        "text": "Sáng 5/12/2016, Phó Thủ tướng Trịnh Đình Dũng tiếp Tổng Giám đốc Tập đoàn Rosatom.",
        "published": date(2016, 12, 6),
        "has": {("Alexei Likhachev", "RU")},
    },
    {  # a ministry's name holding "và", after the name: the title runs to its end
        "id": "who: a ministry's name with 'và' after the name 0",
        "text": "Ngày 14/10, tại Hà Nội, Thứ trưởng Lê Văn Thịnh đã tiếp ông Arkady Gromov, Thứ trưởng "
        "Bộ Tài nguyên thiên nhiên và Sinh thái Nga, cùng đoàn công tác.",
        "published": date(2024, 10, 15),
        "names": {("Lê Văn Thịnh", "VN"), ("Arkady Gromov", "RU")},
        "titles": {"Arkady Gromov": "Thứ trưởng Bộ Tài nguyên thiên nhiên và Sinh thái Nga"},
    },
    {  # … in lower case, on either side
        "id": "who: a ministry's name with 'và' after the name 1",
        "text": "Chiều 2/6, tại Moskva, ông Trần Quang Bảo, thứ trưởng Bộ Khoa học và Công nghệ, đã "
        "làm việc với ông Yegor Zaitsev, thứ trưởng Bộ Khoa học và Giáo dục đại học Nga.",
        "published": date(2024, 6, 3),
        "names": {("Trần Quang Bảo", "VN"), ("Yegor Zaitsev", "RU")},
        "titles": {
            "Trần Quang Bảo": "Thứ trưởng Bộ Khoa học và Công nghệ",
            "Yegor Zaitsev": "Thứ trưởng Bộ Khoa học và Giáo dục đại học Nga",
        },
    },
    {  # a name listing its fields with commas
        "id": "who: a ministry's name with 'và' after the name 2",
        "text": "Ngày 9/9, tại Hà Nội, ông Ngô Minh Châu, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, "
        "đã tiếp ông Nikita Voronin, Thứ trưởng Bộ Phát triển kỹ thuật số, Truyền thông và "
        "Thông tin đại chúng Nga.",
        "published": date(2024, 9, 10),
        "titles": {
            "Ngô Minh Châu": "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch",
            "Nikita Voronin": "Thứ trưởng Bộ Phát triển kỹ thuật số, Truyền thông và Thông tin "
            "đại chúng Nga",
        },
    },
    {  # before the name, in lower case: the holder is found past "và" and the commas
        "id": "who: a lower-case ministry's name with 'và' before the name 0",
        "text": "Ngày 21/3, tại Hà Nội, Thứ trưởng Bộ Lao động - Thương binh và xã hội Lê Văn Thịnh đã "
        "tiếp Thứ trưởng Lao động và Bảo trợ xã hội Nga Timur Belyaev.",
        "published": date(2024, 3, 22),
        "names": {("Lê Văn Thịnh", "VN"), ("Timur Belyaev", "RU")},
        "titles": {
            "Lê Văn Thịnh": "Thứ trưởng Bộ Lao động - Thương binh và xã hội",
            "Timur Belyaev": "Thứ trưởng Lao động và Bảo trợ xã hội Nga",
        },
    },
    {
        "id": "who: a lower-case ministry's name with 'và' before the name 1",
        "text": "Ngày 21/3, tại Moskva, Thứ trưởng Bộ Văn hóa, thể thao và du lịch Ngô Minh Châu đã "
        "gặp Thứ trưởng Văn hóa Nga Nikita Voronin.",
        "published": date(2024, 3, 22),
        "names": {("Ngô Minh Châu", "VN"), ("Nikita Voronin", "RU")},
    },
    {  # "và" outside a ministry's name the data lists still joins two people
        "id": "who: 'và' between two titled people is no ministry's name",
        "text": "Ngày 14/10, tại Moskva, ông Lê Văn Thịnh, Thứ trưởng Bộ Xây dựng và ông Trần Quang "
        "Bảo, Thứ trưởng Bộ Công Thương, đã làm việc với ông Arkady Gromov, Thứ trưởng Bộ Xây "
        "dựng và Nhà ở Nga.",
        "published": date(2024, 10, 15),
        "names": {("Lê Văn Thịnh", "VN"), ("Trần Quang Bảo", "VN"), ("Arkady Gromov", "RU")},
        "titles": {
            "Lê Văn Thịnh": "Thứ trưởng Bộ Xây dựng",
            "Arkady Gromov": "Thứ trưởng Bộ Xây dựng và Nhà ở Nga",
        },
    },
    {  # the bracketed country says the side; the title shown is the office alone
        "id": "who: a bracketed country ends the title after the name",
        "text": "Sáng 8/7, tại Vinh, Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Thịnh đã tiếp ông Timur "
        "Belyaev, Phó Thống đốc tỉnh Irkutsk (Nga).",
        "published": date(2024, 7, 9),
        "names": {("Lê Văn Thịnh", "VN"), ("Timur Belyaev", "RU")},
        "titles": {"Timur Belyaev": "Phó Thống đốc tỉnh Irkutsk"},
    },
    {
        "id": "who: a bracketed country ends the title before the name",
        "text": "Sáng 8/7, tại Vinh, Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Thịnh đã tiếp Phó Thống "
        "đốc tỉnh Irkutsk (Liên bang Nga) Timur Belyaev.",
        "published": date(2024, 7, 9),
        "names": {("Lê Văn Thịnh", "VN"), ("Timur Belyaev", "RU")},
        "titles": {"Timur Belyaev": "Phó Thống đốc tỉnh Irkutsk"},
    },
    {  # a bracketed acronym is part of the body's name ("trực tiếp" is no act either)
        "id": "who: a bracketed acronym stays in the title",
        "text": "Ngày 8/7, tại Hà Nội, Thứ trưởng Lê Văn Thịnh đã tiếp ông Timur Belyaev, Phó Tổng "
        "Giám đốc Quỹ Đầu tư trực tiếp Nga (RDIF).",
        "published": date(2024, 7, 9),
        "titles": {"Timur Belyaev": "Phó Tổng Giám đốc Quỹ Đầu tư trực tiếp Nga (RDIF)"},
    },
    {  # the act after the title ends it: the host's side is no part of the guest's title
        "id": "who: a meeting verb ends the title after the name",
        "text": "Ngày 3/9, tại Irkutsk, ông Timur Belyaev, Phó Thống đốc tỉnh Irkutsk tiếp ông Lê Văn "
        "Thịnh, Phó Chủ tịch UBND tỉnh Nghệ An (Việt Nam).",
        "published": date(2024, 9, 4),
        "names": {("Lê Văn Thịnh", "VN"), ("Timur Belyaev", "RU")},
        "titles": {
            "Timur Belyaev": "Phó Thống đốc tỉnh Irkutsk",
            "Lê Văn Thịnh": "Phó Chủ tịch UBND tỉnh Nghệ An",
        },
    },
    {  # news often writes titles after a name in lower case: a party seat, then the office
        "id": "who: lower-case titles after a name, a party seat first",
        "text": "Chiều 14/5, tại Nha Trang, ông Phạm Quốc Khánh, ủy viên Ban Thường vụ Tỉnh ủy, phó "
        "chủ tịch UBND tỉnh Khánh Hòa, đã tiếp ông Pavel Ostrovsky, phó thống đốc tỉnh Irkutsk.",
        "published": date(2025, 5, 15),
        "names": {("Phạm Quốc Khánh", "VN"), ("Pavel Ostrovsky", "RU")},
        "titles": {
            "Phạm Quốc Khánh": "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Khánh Hòa",
            "Pavel Ostrovsky": "Phó Thống đốc tỉnh Irkutsk",
        },
    },
    {  # a lower-case list of titles stays whole, in the data's capitals
        "id": "who: a lower-case list of titles after a name stays whole",
        "text": "Ngày 3/11, ông Lương Văn Thắng, ủy viên Bộ Chính trị, bí thư Thành ủy Hải Phòng, hội "
        "kiến Thống đốc vùng Kaliningrad Alexei Besprozvannykh.",
        "published": date(2024, 11, 4),
        "titles": {"Lương Văn Thắng": "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng"},
    },
    {  # "ủy viên Trung ương Đảng" is a title too, and the list goes on past it
        "id": "who: a Central Committee seat in lower case before the office",
        "text": "Sáng 12/3, tại Thủ Dầu Một, ông Võ Văn Tài, ủy viên Trung ương Đảng, bí thư Tỉnh ủy "
        "Bình Dương, đã tiếp Tổng Lãnh sự Nga tại TP Hồ Chí Minh Aleksei Popov.",
        "published": date(2025, 3, 12),
        "titles": {"Võ Văn Tài": "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bình Dương"},
    },
    {  # "phó bộ trưởng" is a deputy minister's title in any case, never the minister's
        "id": "who: a lower-case deputy minister after a name",
        "text": "Ngày 21/6, tại Hà Nội, bà Trần Thị Hoa, thứ trưởng Y tế, làm việc với ông Oleg "
        "Salagay, phó bộ trưởng Y tế Nga.",
        "published": date(2025, 6, 22),
        "names": {("Trần Thị Hoa", "VN"), ("Oleg Salagay", "RU")},
        "titles": {"Trần Thị Hoa": "Thứ trưởng Y tế", "Oleg Salagay": "Phó Bộ trưởng Y tế Nga"},
    },
    {  # a lower-case title before a known person reads like its capitalised form
        "id": "who: a lower-case title before a name",
        "text": "Chiều 8/7, phó thủ tướng Trần Hồng Hà tiếp ông Dmitry Volkov, phó thống đốc tỉnh "
        "Tomsk.",
        "published": date(2025, 7, 9),
        "titles": {"Trần Hồng Hà": "Phó Thủ tướng", "Dmitry Volkov": "Phó Thống đốc tỉnh Tomsk"},
    },
    {  # VnExpress style: "bà X, chủ tịch Quốc hội, …"
        "id": "who: a lower-case office after a known name",
        "text": "Ngày 10/12/2019, bà Nguyễn Thị Kim Ngân, chủ tịch Quốc hội, hội đàm với ông Sergei "
        "Kravchenko, phó chủ tịch Ủy ban Đối ngoại Hội đồng Liên bang Nga.",
        "published": date(2019, 12, 11),
        "titles": {
            "Nguyễn Thị Kim Ngân": "Chủ tịch Quốc hội",
            "Sergei Kravchenko": "Phó Chủ tịch Ủy ban Đối ngoại Hội đồng Liên bang Nga",
        },
    },
    {  # "Phó" before an office the data has no deputy form of: the deputy, not the holder
        "id": "who: the deputy of an office is none of its holders 0",
        "text": "Ngày 10/4, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Quốc phòng, tiếp Phó Bộ trưởng "
        "Quốc phòng Nga tại Hà Nội.",
        "published": date(2025, 4, 11),
        "nobody": ["Andrei Belousov"],
    },
    {
        "id": "who: the deputy of an office is none of its holders 1",
        "text": "Ngày 2/6, Bộ trưởng Công an Lương Tam Quang tiếp Phó Thư ký Hội đồng An ninh Nga "
        "Aleksandr Grebenkin.",
        "published": date(2025, 6, 3),
        "names": {("Lương Tam Quang", "VN"), ("Aleksandr Grebenkin", "RU")},
        "titles": {"Aleksandr Grebenkin": "Phó Thư ký Hội đồng An ninh Nga"},
    },
    {
        "id": "who: the deputy of an office is none of its holders 2",
        "text": "Ngày 2/6, bộ trưởng Công an Lương Tam Quang tiếp phó thư ký Hội đồng An ninh Nga "
        "Aleksandr Grebenkin.",
        "published": date(2025, 6, 3),
        "nobody": ["Sergei Shoigu"],
        "titles": {"Aleksandr Grebenkin": "Phó Thư ký Hội đồng An ninh Nga"},
    },
    {  # a lower-case title word with no name after it makes no person
        "id": "who: a lower-case title about a company names nobody",
        "text": "Sáng 5/4, phó chủ tịch tập đoàn cho biết Tập đoàn Dầu khí Việt Nam sẽ mở rộng hợp "
        "tác với Gazprom.",
        "published": date(2025, 4, 5),
        "found": False,
    },
    {
        "id": "who: a lower-case title before a company's name names nobody",
        "text": "Sáng 5/4, phó chủ tịch Tập đoàn Dầu khí Việt Nam cho biết tập đoàn đã gặp đại diện "
        "Gazprom tại Moskva.",
        "published": date(2025, 4, 5),
        "found": False,
    },
    {  # a lower-case word after the title that is no office ends it
        "id": "who: a lower-case clause after a title is no part of it",
        "text": "Ngày 9/9, tại Đà Lạt, ông Trần Minh Tuấn, phó chủ tịch UBND tỉnh Lâm Đồng, tiếp ông "
        "Igor Morozov, chủ tịch Hội doanh nghiệp Nga - Việt, người nhiều lần đến thăm tỉnh.",
        "published": date(2025, 9, 10),
        "names": {("Trần Minh Tuấn", "VN"), ("Igor Morozov", "RU")},
        "title_lacks": {"Igor Morozov": "người", "Trần Minh Tuấn": "tiếp"},
    },
    {  # a term known only from attestations cannot rule out a stated day
        "id": "when: an attested-only term vetoes no stated day",
        "text": "Sáng 5/3/2016, Chủ tịch UBND tỉnh Khánh Hòa Lê Đức Vinh tiếp Đại sứ Nga Andrei "
        "Kovtun.",
        "published": date(2016, 3, 6),
        "date": "2016-03-05",
        "has": {("Andrei Kovtun", "RU")},
    },
    {  # an invitation to visit the guest's region is not where they met
        "id": "where: the guest's region in an invitation is no venue",
        "text": "Phó Chủ tịch nước tiếp Thống đốc tỉnh Kaluga\n\nChiều 12/9, Phó Chủ tịch nước Võ "
        "Thị Ánh Xuân đã tiếp ông Vladislav Shapsha, Thống đốc tỉnh Kaluga, Liên bang Nga.\n\n"
        "Thống đốc Vladislav Shapsha trân trọng mời Phó Chủ tịch nước sang thăm và làm việc tại "
        "tỉnh Kaluga. Ông cho biết các doanh nghiệp của Kaluga mong muốn hợp tác với Việt Nam "
        "trong sản xuất dược phẩm.",
        "published": date(2023, 9, 13),
        "date": "2023-09-12",
        "place": None,
    },
    {  # someone's earlier work in a Russian city is not this meeting's place
        "id": "where: another official's earlier work in a city is no venue",
        "text": "Bí thư Thành ủy tiếp đoàn vùng Primorsky\n\nSáng 21/5, Bí thư Thành ủy Hải Phòng "
        "Lê Tiến Châu tiếp đoàn công tác vùng Primorsky (Liên bang Nga) do Phó Thống đốc "
        "Konstantin Shestakov dẫn đầu.\n\nÔng Konstantin Shestakov cho biết vừa qua Thống đốc Oleg "
        "Kozhemyako đã làm việc với lãnh đạo các tỉnh Việt Nam tại Vladivostok và mong muốn mở "
        "đường bay thẳng.",
        "published": date(2024, 5, 22),
        "has": {("Lê Tiến Châu", "VN")},
        "place": None,
    },
    {
        "id": "where: 'tại Thủ đô X', a capital the place data lacks",
        "text": "Chiều 9/4/2024, tại Thủ đô Port Moresby, nhân dịp dự hội nghị, Phó Thủ tướng "
        "Trần Lưu Quang đã gặp Phó Thủ tướng Nga Alexei Overchuk.",
        "published": date(2024, 4, 10),
        "place": "Port Moresby",
    },
    {
        "id": "sectors: construction, customs and party cooperation",
        "text": "Hội đàm\nSáng 6/6/2022, tại Hà Nội, Bộ trưởng Xây dựng Nguyễn Thanh Nghị đã hội "
        "đàm với Bộ trưởng Xây dựng Nga Irek Faizullin. Hai bên nhất trí mở rộng hợp tác về quy "
        "hoạch đô thị, vật liệu xây dựng và nhà ở xã hội, phối hợp chống buôn lậu vật liệu, đồng "
        "thời đề cao hợp tác giữa hai Đảng.",
        "published": None,
        "sectors_has": {"xây dựng - nhà ở", "hải quan", "hợp tác giữa hai đảng"},
    },
    {
        "id": "text: an office closed by its country on the next line",
        "text": "Sáng 11/4/2025, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao\n"
        "Nga Sergei Lavrov về hợp tác năng lượng và giáo dục.",
        "published": date(2025, 4, 12),
        "names": {("Bùi Thanh Sơn", "VN"), ("Sergei Lavrov", "RU")},
        "kind": "điện đàm",
    },
    {
        "id": "text: a sentence running on in lower case after a line break",
        "text": "Ngày 5/3/2025, Phó Thủ tướng Trần Hồng Hà đã tiếp Phó Thủ tướng Nga Alexei Overchuk\n"
        "tại Hà Nội, bàn về hợp tác giao thông vận tải.",
        "published": date(2025, 3, 6),
        "names": {("Trần Hồng Hà", "VN"), ("Alexei Overchuk", "RU")},
        "date": "2025-03-05",
        "place": "Hà Nội",
    },
    {
        "id": "text: a plain-text report wrapped at a fixed width",
        "text": "An ninh Việt - Nga: hai Bộ trưởng hội đàm\n\n"
        "Chiều 20/6/2025, tại Moskva, Bộ trưởng Công an Lương Tam Quang đã hội\n"
        "đàm với Bộ trưởng Nội vụ Nga Vladimir Kolokoltsev. Hai bên trao đổi về\n"
        "hợp tác phòng chống tội phạm xuyên quốc gia và đào tạo cán bộ.\n\n"
        "Bộ trưởng Lương Tam Quang đề nghị tăng cường trao đổi thông tin, phối\n"
        "hợp bảo hộ công dân. Bộ trưởng Vladimir Kolokoltsev nhất trí với các đề\n"
        "xuất của phía Việt Nam.",
        "published": date(2025, 6, 21),
        "names": {("Lương Tam Quang", "VN"), ("Vladimir Kolokoltsev", "RU")},
        "date": "2025-06-20",
        "place": "Moskva",
        "kind": "hội đàm",
        "sectors_has": ["phòng chống tội phạm"],
    },
    {
        "id": "sectors: a cooperation named with its head, a union named by its proper name",
        "text": "Phó Chủ tịch Quốc hội tiếp Phó Chủ tịch Hội đồng Liên bang Nga\n\nChiều 14/3, tại "
        "Nhà Quốc hội, Phó Chủ tịch Quốc hội Nguyễn Đức Hải đã tiếp ông Nikolai Zhuravlev, Phó Chủ "
        "tịch Hội đồng Liên bang Nga. Hai bên đánh giá cao hợp tác nghị viện và nhất trí thúc đẩy "
        "việc thực thi Hiệp định thương mại tự do giữa Việt Nam với Liên minh Kinh tế Á-Âu, phối "
        "hợp tại Liên minh Nghị viện thế giới.",
        "published": date(2019, 3, 15),
        "sectors_has": {"hợp tác nghị viện", "Liên minh Kinh tế Á - Âu"},
        "place": "Hà Nội",
    },
    {
        "id": "where: the city a visit's stay names, when the lead names only the country 0",
        "text": "Bộ trưởng Tư pháp hội kiến Bộ trưởng Tư pháp Nga\n\nNhân chuyến thăm chính thức tại "
        "Liên bang Nga từ ngày 8 đến 12/10, sáng 10/10, Bộ trưởng Tư pháp Lê Thành Long đã hội "
        "kiến Bộ trưởng Tư pháp Nga Konstantin Chuychenko.\n\nHai bên trao đổi về tương trợ tư "
        "pháp và đào tạo luật.\n\nTrong thời gian ở Saint Petersburg, đoàn đã thăm Đại học Quốc "
        "gia và gặp gỡ sinh viên Việt Nam.",
        "published": date(2019, 10, 11),
        "date": "2019-10-10",
        "place": "Saint Petersburg",
    },
    {
        "id": "where: the city a visit's stay names, when the lead names only the country 1",
        "text": "Chiều 21/4, Phó Chủ tịch Hội đồng Liên bang Nga Konstantin Kosachev, đang ở thăm "
        "Việt Nam, đã hội kiến Phó Chủ tịch Quốc hội Nguyễn Khắc Định. Trong thời gian lưu lại "
        "thành phố Đà Nẵng, ông Kosachev còn làm việc với lãnh đạo thành phố.",
        "published": date(2023, 4, 22),
        "place": "Đà Nẵng",
    },
    {
        "id": "where: two cities of a stay, or a stay told as earlier, name no venue",
        "text": "Trong khuôn khổ chuyến công tác tại Liên bang Nga, chiều 5/6, Thứ trưởng Bộ Công "
        "an Nguyễn Văn Long đã làm việc với Thứ trưởng Bộ Nội vụ Nga Alexander Gorovoy.\n\n"
        "Trong thời gian ở Kazan, đoàn thăm trường cảnh sát. Trong thời gian ở Moskva, đoàn đặt "
        "hoa tại Tượng đài Hồ Chí Minh.",
        "published": date(2022, 6, 6),
        "place": None,
    },
    {
        "id": "where: a national news agency's seat implies its capital 0",
        "text": "Sáng 11/9, tại trụ sở Thông tấn xã Việt Nam, Phó Tổng Giám đốc Đoàn Thị Tuyết Nhung "
        "đã tiếp ông Mikhail Gusman, Phó Tổng Giám đốc thứ nhất Hãng thông tấn TASS của Nga.",
        "published": date(2023, 9, 12),
        "date": "2023-09-11",
        "place": "Hà Nội",
    },
    {
        "id": "where: a national news agency's seat implies its capital 1",
        "text": "Chiều 2/4, tại trụ sở hãng TASS, Tổng Giám đốc TTXVN Vũ Việt Trang đã hội đàm với "
        "Tổng Giám đốc TASS Andrei Kondrashov về trao đổi tin ảnh.",
        "published": date(2024, 4, 3),
        "place": "Moskva",
    },
    {
        "id": "where: a seat's branch placed after its name is in that city",
        "text": "Chiều 20/8, tại trụ sở Thông tấn xã Việt Nam khu vực phía Nam ở TP Hồ Chí Minh, "
        "Phó Tổng Giám đốc TTXVN Nguyễn Tuấn Hùng đã tiếp Tổng Lãnh sự Nga Alexey Popov.",
        "published": date(2024, 8, 21),
        "place": "TP Hồ Chí Minh",
    },
    {
        "id": "where: a seat's branch with no city names none",
        "text": "Sáng 14/5, tại trụ sở Thông tấn xã Việt Nam khu vực miền Trung, Giám đốc cơ quan "
        "thường trú Trần Văn Lực đã tiếp đoàn phóng viên Hãng thông tấn RIA Novosti do ông Pavel "
        "Sergeyevich Kuznetsov dẫn đầu.",
        "published": date(2024, 5, 15),
        "date": "2024-05-14",
        "place": None,
    },
    {
        "id": "where: a seat's branch named with its city is in that city",
        "text": "Ngày 9/10, tại trụ sở VCCI chi nhánh Đà Nẵng, Phó Chủ tịch VCCI Hoàng Quang Phòng "
        "đã làm việc với đoàn doanh nghiệp Nga do ông Sergei Katyrin dẫn đầu.",
        "published": date(2024, 10, 10),
        "place": "Đà Nẵng",
    },
    {
        "id": "where: a corporation's seat implies its city",
        "text": "Chiều 16/7, Tổng Giám đốc Petrovietnam Lê Mạnh Hùng đã hội đàm với Tổng Giám đốc "
        "Zarubezhneft Sergei Kudryashov tại trụ sở Tập đoàn Zarubezhneft về các dự án thăm dò.",
        "published": date(2024, 7, 17),
        "place": "Moskva",
    },
    {
        "id": "where: a seat named for a later act is not the meeting's 0",
        "text": "Chiều 2/4, Tổng Giám đốc TTXVN Vũ Việt Trang đã tiếp Tổng Giám đốc TASS Andrei "
        "Kondrashov; hai bên nhất trí tổ chức triển lãm ảnh chung tại trụ sở TASS vào tháng 10.",
        "published": date(2024, 4, 3),
        "date": "2024-04-02",
        "place": None,
    },
    {
        "id": "where: a seat named for a later act is not the meeting's 1",
        "text": "Ngày 21/11, Phó Chủ tịch Quốc hội Nguyễn Đức Hải đã tiếp Chủ tịch Ủy ban Giáo dục của "
        "Duma Quốc gia Nga Olga Kazakova, người vừa dự lễ kỷ niệm tại trụ sở Thông tấn xã Việt Nam.",
        "published": date(2024, 11, 22),
        "place": None,
    },
    {
        "id": "where: a city named for another act is not the meeting's",
        "text": "Ngày 21/11, Phó Chủ tịch Quốc hội Nguyễn Đức Hải đã tiếp Chủ tịch Ủy ban Giáo dục của "
        "Duma Quốc gia Nga Olga Kazakova, người sẽ dự diễn đàn nghị viện tại Đà Nẵng.",
        "published": date(2024, 11, 22),
        "place": None,
    },
    {
        "id": "where: a venue told as the meeting's own after its verb",
        "text": "Sáng 8/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Nga Sergei "
        "Lavrov. Cuộc hội đàm được tổ chức tại trụ sở Bộ Ngoại giao Nga trên quảng trường "
        "Smolenskaya.",
        "published": date(2024, 6, 9),
        "place": "Moskva",
    },
    {
        "id": "sectors: a head's short alias gives way to the longer sector after the head",
        "text": "Chiều 12/3, tại Moskva, Bộ trưởng Công Thương Nguyễn Hồng Diên đã làm việc với Tổng "
        "Giám đốc Rosatom Alexey Likhachev về đào tạo kỹ sư cho ngành điện hạt nhân Việt Nam.",
        "published": date(2024, 3, 13),
        "sectors_has": {"điện hạt nhân"},
    },
    {
        "id": "sectors: the article's wording keeps a proper name's capital",
        "text": "Ngày 4/10, Thứ trưởng Giáo dục và Đào tạo Hoàng Minh Sơn đã tiếp Phó Thống đốc tỉnh "
        "Irkutsk Ivan Petrovich Volkov; hai bên nhất trí mở rộng việc dạy và học tiếng Nga tại "
        "các trường phổ thông, trao đổi giáo viên.",
        "published": date(2024, 10, 5),
        "sectors_has": {"dạy và học tiếng Nga"},
    },
    {
        "id": "letters: handed to a recipient named by title, addressed to another",
        "text": "Chiều 17/2, tại Moskva, Đại sứ Đặng Minh Khôi đã trao thư của Chủ tịch Quốc hội Trần "
        "Thanh Mẫn gửi Chủ tịch Duma Quốc gia Vyacheslav Volodin cho Chủ tịch Hội đồng Liên bang "
        "Nga.",
        "published": date(2025, 2, 18),
        "names": {("Đặng Minh Khôi", "VN"), ("Valentina Matviyenko", "RU")},
    },
    {
        "id": "letters: forwarded to a recipient named by title",
        "text": "Ngày 26/12, tại Hà Nội, Đại sứ Nga Gennady Bezdetko đã chuyển thư chúc mừng năm mới "
        "của Tổng thống Vladimir Putin tới Chủ tịch nước.",
        "published": date(2024, 12, 27),
        "names": {("Lương Cường", "VN"), ("Gennady Bezdetko", "RU")},
    },
    {
        "id": "letters: only addressed to a title, handed to no one named",
        "text": "Ngày 26/12, tại Hà Nội, Đại sứ Nga Gennady Bezdetko đã trao thư của Tổng thống "
        "Vladimir Putin gửi tới Chủ tịch nước.",
        "published": date(2024, 12, 27),
        "found": False,
    },
    {
        "id": "letters: addressed 'gửi tới' a named leader, handed to no one named",
        "text": "Chiều 17/2, tại Moskva, Đại sứ Đặng Minh Khôi đã trao thư của Chủ tịch nước Lương "
        "Cường gửi tới Tổng thống Vladimir Putin tại Văn phòng Phủ Tổng thống Nga.",
        "published": date(2025, 2, 18),
        "found": False,
    },
    {
        "id": "who: a name ending in a country's word keeps its country 0",
        "text": "Ngày 12/5/2025, ông Trần Minh Đức, Phó Chủ tịch UBND tỉnh Lâm Đồng, đã tiếp ông "
        "Igor Morozov, Chủ tịch Ủy ban doanh nghiệp Nga - Việt, tại thành phố Đà Lạt.",
        "published": date(2025, 5, 13),
        "names": {("Trần Minh Đức", "VN"), ("Igor Morozov", "RU")},
        "date": "2025-05-12",
    },
    {
        "id": "who: a name ending in a country's word keeps its country 1",
        "text": "Sáng 3/6/2024, ông Hoàng Văn Pháp, Giám đốc Sở Ngoại vụ tỉnh Khánh Hòa, làm việc "
        "với Tổng Lãnh sự Nga tại Đà Nẵng Alexey Popov về hợp tác du lịch.",
        "published": date(2024, 6, 4),
        "names": {("Hoàng Văn Pháp", "VN"), ("Alexey Popov", "RU")},
    },
    {
        "id": "text: a page copied hard-wrapped, without blank lines, its chrome below",
        "text": (
            "Thứ Năm, 14/03/2024 10:05\n"
            "Bộ trưởng Lê Minh Hoan tiếp Thứ trưởng\n"
            "Nông nghiệp Nga\n"
            "(Báo Nông nghiệp) - Sáng 14/3, Bộ trưởng Bộ Nông nghiệp và\n"
            "Phát triển nông thôn Lê Minh Hoan đã tiếp tại Hà Nội ông Sergey\n"
            "Levin, Thứ trưởng Nông nghiệp Liên bang Nga, nhân dịp Thứ trưởng\n"
            "Sergey Levin thăm và làm việc tại Việt Nam. Hai bên trao đổi về\n"
            "xuất khẩu thủy sản, kiểm dịch thực vật và hợp tác nghiên cứu\n"
            "giống cây trồng. Bộ trưởng Lê Minh Hoan đề nghị phía Nga sớm mở\n"
            "cửa thị trường cho trái cây Việt Nam.\n"
            "Tin liên quan\n"
            "Chia sẻ Facebook Zalo In bài\n"
            "CÙNG CHUYÊN MỤC\n"
            "Giá lúa hôm nay đi ngang\n"
            "Bản quyền thuộc về Báo Nông nghiệp. Ghi rõ nguồn khi phát hành lại thông tin."
        ),
        "published": date(2024, 3, 14),
        "names": {("Lê Minh Hoan", "VN"), ("Sergei Levin", "RU")},
        "date": "2024-03-14",
        "place": "Hà Nội",
        "kind": "tiếp",
    },
    {
        "id": "text: a hard-wrapped page's long headline ends where the report's day opens it",
        "text": (
            "Bộ trưởng Đào Hồng Lan tiếp Bộ trưởng Y tế Nga tại trụ sở Bộ Y tế ở Hà Nội\n"
            "Sáng 5/9, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan đã tiếp Bộ trưởng Bộ Y\n"
            "tế Liên bang Nga Mikhail Albertovich Murashko nhân dịp ông sang Việt Nam dự\n"
            "hội nghị về y học hạt nhân. Hai bên trao đổi về hợp tác đào tạo bác sĩ và\n"
            "sản xuất vắc-xin giữa hai nước trong thời gian tới."
        ),
        "published": date(2024, 9, 5),
        "names": {("Đào Hồng Lan", "VN"), ("Mikhail Murashko", "RU")},
        "date": "2024-09-05",
        "place": "Hà Nội",
        "kind": "tiếp",
    },
    {
        "id": "text: a hard-wrapped page whose report opens 'Hôm qua' under a wrap-wide headline",
        "text": (
            "Bộ trưởng Tài nguyên và Môi trường làm việc với Bộ trưởng Tài nguyên Nga\n"
            "Hôm qua, tại Hà Nội, Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh\n"
            "đã làm việc với Bộ trưởng Bộ Tài nguyên thiên nhiên và Môi trường Liên bang\n"
            "Nga Alexander Kozlov. Hai bên nhất trí đẩy mạnh hợp tác về khí tượng thủy\n"
            "văn, địa chất và ứng phó với biến đổi khí hậu trong giai đoạn tới."
        ),
        "published": date(2024, 4, 11),
        "names": {("Đặng Quốc Khánh", "VN"), ("Alexander Kozlov", "RU")},
        "date": "2024-04-10",
        "place": "Hà Nội",
        "kind": "làm việc",
    },
    {
        "id": "text: a wrapped line opening on a name that starts 'Ngày' still runs on",
        "text": (
            "Lãnh đạo tỉnh Khánh Hòa tiếp đoàn đại biểu Hội hữu nghị Nga - Việt Nam.\n"
            "Chiều 3/7, tại Nha Trang, Chủ tịch UBND tỉnh Nguyễn Tấn Tuân đã tiếp đoàn dự\n"
            "Ngày Hữu nghị Nga - Việt do ông Vladimir Bulavin, Chủ tịch Hội hữu nghị Nga -\n"
            "Việt dẫn đầu. Hai bên trao đổi về hợp tác du lịch và giao lưu nhân dân."
        ),
        "published": date(2023, 7, 3),
        "names": {("Nguyễn Tấn Tuân", "VN"), ("Vladimir Bulavin", "RU")},
        "date": "2023-07-03",
        "place": "Nha Trang",
    },
    {
        "id": "text: a wrapped headline ends where the outlet's credit opens the report",
        "text": (
            "Quốc phòng > Đối ngoại quốc phòng\n"
            "Thượng tướng Hoàng Xuân Chiến tiếp Thứ trưởng Bộ Quốc phòng Liên bang Nga\n"
            "QĐND Plus - Sáng 12-9, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ\n"
            "Quốc phòng, đã tiếp Đại tá Alexander Vasilievich Fomin, Thứ trưởng Bộ Quốc\n"
            "phòng Liên bang Nga, nhân dịp đoàn sang dự Đối thoại chiến lược quốc phòng lần\n"
            "thứ bảy. Hai bên trao đổi về hợp tác đào tạo và công nghiệp quốc phòng.\n"
            "Thượng tướng Hoàng Xuân Chiến tiếp Đại tá Alexander Fomin. Ảnh: Tuấn Sơn"
        ),
        "published": date(2022, 9, 12),
        "names": {("Hoàng Xuân Chiến", "VN"), ("Alexander Fomin", "RU")},
        "no_name_words": ["Plus", "QĐND"],
        "date": "2022-09-12",
        "place": "Hà Nội",
        "kind": "tiếp",
    },
    {
        "id": "text: the headlines listed under 'Tin liên quan' are other articles' meetings",
        "text": (
            "Tổng thống Nga hội đàm với Tổng thống Kyrgyzstan\n"
            "BISHKEK (TTXVN) - Ngày 25/11, tại thủ đô Bishkek, Tổng thống Nga Vladimir Putin đã "
            "hội đàm với người đồng cấp Kyrgyzstan Sadyr Japarov trong khuôn khổ chuyến thăm cấp "
            "nhà nước, bàn về năng lượng và lao động di cư.\n"
            "Tin liên quan\n"
            "Tổng thống Putin thăm Việt Nam: dấu ấn mới của quan hệ hai nước\n"
            "Xem thêm: Bộ trưởng Lavrov hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn"
        ),
        "published": date(2024, 11, 25),
        "found": False,
    },
    {
        "id": "kind: a provincial page's own domestic headline does not lend its act to the reception told after it",
        "text": (
            "Báo Quảng Ninh\n"
            "Chủ tịch UBND tỉnh Cao Tường Huy làm việc với huyện Vân Đồn\n"
            "QN - Sáng 8/8, đồng chí Cao Tường Huy, Chủ tịch UBND tỉnh, đã làm việc với Ban "
            "Thường vụ Huyện ủy Vân Đồn về tiến độ các dự án hạ tầng và du lịch.\n"
            "Tiếp Tổng Lãnh sự Nga\n"
            "Chiều cùng ngày, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Cao Tường Huy đã tiếp ông "
            "Alexey Popov, Tổng Lãnh sự Nga tại TP Hồ Chí Minh, bàn về du lịch và đường bay thẳng."
        ),
        "published": date(2023, 8, 9),
        "names": {("Cao Tường Huy", "VN"), ("Alexey Popov", "RU")},
        "kind": "tiếp",
    },
    {
        "id": "lead: a trip's start with its talks still planned and an earlier meeting recalled",
        "text": (
            "Phó Thủ tướng Lê Minh Khái thăm và làm việc tại Liên bang Nga\n"
            "Từ 3 - 6/9, Phó Thủ tướng Lê Minh Khái dẫn đầu đoàn công tác thăm và làm việc tại "
            "Liên bang Nga theo lời mời của Phó Thủ tướng Nga Alexei Overchuk.\n"
            "Theo chương trình, Phó Thủ tướng Lê Minh Khái sẽ hội đàm với Phó Thủ tướng Alexei "
            "Overchuk về thương mại và đầu tư; làm việc với Bộ trưởng Năng lượng Nga Sergei "
            "Tsivilev và thăm một số doanh nghiệp.\n"
            "Trước đó, hai Phó Thủ tướng đã gặp nhau tại Hà Nội vào tháng 3/2024."
        ),
        "published": date(2024, 9, 3),
        "names": {("Lê Minh Khái", "VN"), ("Alexei Overchuk", "RU")},
        "nobody": ["Sergei Tsivilev"],
        "date": "2024-09-03",
        "kind": "thăm",
    },
    {
        "id": "lead: background recalls an earlier meeting before the dated one the article reports",
        "text": (
            "Việt Nam - Nga thúc đẩy hợp tác giáo dục\n"
            "Chuyến công tác của Bộ trưởng Nga bắt đầu từ Thành phố Hồ Chí Minh. Trước đó, hồi "
            "tháng 5/2022, Bộ trưởng Nguyễn Kim Sơn đã sang Moskva và hội đàm với người đồng cấp "
            "về việc chuẩn bị chuyến thăm của Thủ tướng Mikhail Mishustin.\n"
            "Sáng 14/11/2023, tại Hà Nội, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã hội "
            "đàm với Bộ trưởng Giáo dục Nga Sergey Kravtsov về đào tạo giáo viên tiếng Nga."
        ),
        "published": date(2023, 11, 14),
        "names": {("Nguyễn Kim Sơn", "VN"), ("Sergey Kravtsov", "RU")},
        "date": "2023-11-14",
        "place": "Hà Nội",
        "kind": "hội đàm",
    },
    {
        "id": "who: a passive's subject is the one named just before it, not a leader he accompanied",
        "text": (
            "Năng lượng nguyên tử: bước tiếp theo\n"
            "Hồi tháng 1, khi tháp tùng Thủ tướng Mikhail Mishustin thăm Hà Nội, ông Alexei "
            "Likhachev đã được Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp và hai bên ký biên bản "
            "ghi nhớ về đào tạo nhân lực.\n"
            "Sáng 3/10/2025, tại Moskva, Phó Thủ tướng Bùi Thanh Sơn đã gặp ông Alexei Likhachev, "
            "Tổng Giám đốc Rosatom."
        ),
        "published": date(2025, 10, 3),
        "names": {("Bùi Thanh Sơn", "VN"), ("Alexei Likhachev", "RU")},
        "date": "2025-10-03",
        "no_meeting_with": [["Nguyễn Hồng Diên", "Mikhail Mishustin"]],
    },
    {
        "id": "who: academic ranks chained before a name ('GS.VS', 'PGS.TS') say a name follows",
        "text": (
            "Hai Viện Hàn lâm bàn chương trình nghiên cứu chung\n"
            "Ngày 9/6/2018, tại Hà Nội, GS.VS Châu Văn Minh, Chủ tịch Viện Hàn lâm Khoa học và "
            "Công nghệ Việt Nam, đã tiếp Viện sĩ Alexander Sergeev, Chủ tịch Viện Hàn lâm Khoa học "
            "Nga, bàn về nghiên cứu biển và vật liệu mới."
        ),
        "published": date(2018, 6, 9),
        "names": {("Châu Văn Minh", "VN"), ("Alexander Sergeev", "RU")},
        "date": "2018-06-09",
        "place": "Hà Nội",
    },
    {
        "id": "where: a dateline after an archive's date prefix",
        "text": (
            " date 2024-06-06 ST. PETERSBURG (TTXVN) - Ngày 6/6, bên lề Diễn đàn Kinh tế quốc tế, "
            "Phó Thủ tướng Trần Hồng Hà đã gặp Phó Thủ tướng Nga Alexander Novak, bàn về hợp tác "
            "năng lượng."
        ),
        "published": date(2024, 6, 6),
        "names": {("Trần Hồng Hà", "VN"), ("Alexander Novak", "RU")},
        "date": "2024-06-06",
        "place": "Saint Petersburg",
    },
    {
        "id": "text: a wrapped line ending on a word no sentence ends on runs on, capital or not",
        "text": (
            "Ngày 12/10/2016, tại Hà Nội, Bộ trưởng Bộ\n"
            "Tài nguyên và Môi trường Trần Hồng Hà đã tiếp Bộ trưởng Bộ\n"
            "Tài nguyên thiên nhiên và Môi trường Nga Sergei Donskoi, bàn về\n"
            "địa chất, khí tượng và bảo vệ môi trường biển."
        ),
        "published": date(2016, 10, 12),
        "names": {("Trần Hồng Hà", "VN"), ("Sergei Donskoi", "RU")},
        "date": "2016-10-12",
        "place": "Hà Nội",
        "kind": "tiếp",
    },
    {
        "id": "who: a Vietnamese name with only a word of address hosts 0",
        "text": "Ngày 16/5/2025, tại Hà Nội, ông Ngô Quang Huy tiếp Đại sứ Nga tại Việt Nam Gennady "
        "Bezdetko. Hai bên trao đổi về hợp tác giáo dục.",
        "published": date(2025, 5, 17),
        "names": {("Ngô Quang Huy", "VN"), ("Gennady Bezdetko", "RU")},
        "date": "2025-05-16",
        "titles": {"Ngô Quang Huy": None},
    },
    {
        "id": "who: a Vietnamese name with only a word of address hosts 1",
        "text": "Ông Đinh Thế Vinh (bên phải) tiếp ông Alexey Popov, Tổng Lãnh sự Nga tại Đà Nẵng.",
        "published": date(2024, 9, 2),
        "names": {("Đinh Thế Vinh", "VN"), ("Alexey Popov", "RU")},
    },
    {
        "id": "who: a Vietnamese name with only a word of address is received",
        "text": "Chiều 8/7/2025, Tổng Lãnh sự Nga tại TP Hồ Chí Minh Alexey Popov đã chào xã giao "
        "đồng chí Lâm Thị Nga tại trụ sở Ủy ban nhân dân tỉnh Tây Ninh.",
        "published": date(2025, 7, 9),
        "names": {("Lâm Thị Nga", "VN"), ("Alexey Popov", "RU")},
    },
    {
        "id": "who: a title the article gave that name elsewhere is theirs 0",
        "text": "Phó Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Vy cho biết tỉnh sẵn sàng đón khách Nga. "
        "Sáng 21/3/2025, bà Cao Tường Vy đã làm việc với Đại sứ Nga Gennady Bezdetko tại Hạ Long.",
        "published": date(2025, 3, 22),
        "has": {("Cao Tường Vy", "VN"), ("Gennady Bezdetko", "RU")},
        "titles": {"Cao Tường Vy": "Phó Chủ tịch UBND tỉnh Quảng Ninh"},
    },
    {
        "id": "who: a title the article gave that name elsewhere is theirs 1",
        "text": "Sáng 21/3/2025, bà Cao Tường Vy hội kiến Thống đốc tỉnh Irkutsk Igor Kobzev tại Hạ "
        "Long. Bà Cao Tường Vy, Phó Chủ tịch UBND tỉnh Quảng Ninh, mong muốn mở đường bay thẳng.",
        "published": date(2025, 3, 22),
        "has": {("Cao Tường Vy", "VN"), ("Igor Kobzev", "RU")},
        "titles": {"Cao Tường Vy": "Phó Chủ tịch UBND tỉnh Quảng Ninh"},
    },
    {
        "id": "who: a reporter named with a word of address meets no one",
        "text": "Ngày 5/5/2025, tại Hà Nội, phóng viên, ông Vũ Đức Tâm đã gặp Đại sứ Nga Gennady "
        "Bezdetko để phỏng vấn về quan hệ hai nước.",
        "published": date(2025, 5, 6),
        "nobody": ["Vũ Đức Tâm"],
    },
    {
        "id": "who: a Vietnamese name that only attends is no participant",
        "text": "Chiều 14/4/2025, Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Nga Gennady Bezdetko tại "
        "Hà Nội. Ông Hoàng Minh Đức dự buổi tiếp.",
        "published": date(2025, 4, 15),
        "names": {("Trần Hồng Hà", "VN"), ("Gennady Bezdetko", "RU")},
        "nobody": ["Hoàng Minh Đức"],
    },
    {
        "id": "who: a quoted expert, a photographer and a school are no participants",
        "text": "Sáng 2/6/2025, Phó Thủ tướng Trần Hồng Hà hội kiến Thống đốc tỉnh Irkutsk Igor "
        "Kobzev tại Hà Nội. Theo ông Phạm Văn Nam, chuyên gia kinh tế, ông Kobzev gặp nhiều "
        "doanh nghiệp. Đoàn cũng thăm Trường THPT Lê Quý Đôn trên đường Trần Hưng Đạo. Ảnh: ông "
        "Trần Quang Vinh gặp ông Kobzev.",
        "published": date(2025, 6, 3),
        "names": {("Trần Hồng Hà", "VN"), ("Igor Kobzev", "RU")},
        "nobody": ["Phạm Văn Nam", "Trần Quang Vinh", "Lê Quý Đôn", "Trần Hưng Đạo"],
        "no_name_words": {"Quý", "Đôn", "Hưng", "Đạo"},
    },
    {
        "id": "when: the year of a visit recalled is not the meeting's",
        "text": "Chiều 10/12, tại Moskva, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Chủ "
        "tịch Duma Quốc gia Nga Vyacheslav Volodin. Ông Volodin nhắc lại chuyến thăm Việt Nam của "
        "ông hồi năm 2017 và cảm ơn sự đón tiếp nồng hậu.",
        "published": None,
        "names": {("Nguyễn Thị Kim Ngân", "VN"), ("Vyacheslav Volodin", "RU")},
        "date": None,
    },
]
