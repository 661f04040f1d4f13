"""Ingest throughput on synthetic articles generated from templates.

Usage: python bench/bench_ingest.py [--n 10000] [--db PATH]

Articles are written in the shape of Vietnamese news reports (lead with date, place, two
principals and a meeting verb; body with sectors and statements; clutter lines), drawing
leaders, titles, places, kinds and sectors at random, so the extractor and the database
do the same work as on real articles. Prints articles/s and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.language.models import Article  # noqa: E402
from store.services.ingest import ingest  # noqa: E402
from store.storage.db import Store  # noqa: E402

VN = [
    ("Tổng Bí thư", "Tô Lâm"),
    ("Chủ tịch nước", "Lương Cường"),
    ("Thủ tướng", "Phạm Minh Chính"),
    ("Chủ tịch Quốc hội", "Trần Thanh Mẫn"),
    ("Bộ trưởng Bộ Công an", "Lương Tam Quang"),
    ("Bộ trưởng Bộ Quốc phòng", "Phan Văn Giang"),
    ("Phó Thủ tướng", "Trần Hồng Hà"),
]
RU = [
    ("Tổng thống Nga", "Vladimir Putin"),
    ("Thủ tướng Nga", "Mikhail Mishustin"),
    ("Ngoại trưởng Nga", "Sergey Lavrov"),
    ("Chủ tịch Duma Quốc gia Nga", "Vyacheslav Volodin"),
    ("Thư ký Hội đồng An ninh Liên bang Nga", "Sergei Shoigu"),
    ("Đại sứ Liên bang Nga tại Việt Nam", "Gennady Bezdetko"),
    ("Phó Thủ tướng Nga", "Dmitry Chernyshenko"),
]
PLACES = [
    "Hà Nội",
    "Matxcơva",
    "Moskva",
    "Sochi",
    "Kazan",
    "TP Hồ Chí Minh",
    "Đà Nẵng",
    "Xanh Pê-téc-bua",
]
KINDS = ["hội đàm với", "hội kiến", "tiếp", "có cuộc gặp", "điện đàm với"]
TIMES = ["Sáng", "Chiều", "Tối", "Trưa", "Ngày"]
SECTORS = [
    "năng lượng - dầu khí",
    "điện hạt nhân",
    "quốc phòng - an ninh",
    "giáo dục - đào tạo",
    "thương mại, đầu tư",
    "khoa học - công nghệ",
    "du lịch",
    "trí tuệ nhân tạo",
    "chuyển đổi số",
    "nông nghiệp",
    "y tế",
    "giao thông vận tải",
    "văn hóa",
    "lao động",
]
# Statements are assembled from parts, so that no two articles share their long sentences:
# ingest stores a near-copy of a stored article only once, as it should.
WHO = ["Hai bên", "Hai nhà lãnh đạo", "Hai Bộ trưởng", "Lãnh đạo hai nước", "Hai đoàn", "Hai phía"]
PRAISE = [
    "đánh giá cao những kết quả tích cực trong quan hệ Đối tác chiến lược toàn diện",
    "hài lòng với đà phát triển của quan hệ hữu nghị truyền thống",
    "ghi nhận tiến độ thực hiện các dự án trọng điểm",
    "bày tỏ vui mừng trước kim ngạch thương mại tăng trưởng ổn định",
    "nhấn mạnh ý nghĩa của các chuyến thăm cấp cao gần đây",
    "khẳng định tầm quan trọng của cơ chế đối thoại chiến lược",
]
PLAN = [
    "nhất trí tăng cường trao đổi đoàn các cấp",
    "thống nhất giao các bộ, ngành xây dựng lộ trình cụ thể",
    "đồng ý sớm tổ chức kỳ họp tiếp theo của Ủy ban liên Chính phủ",
    "cam kết tạo điều kiện thuận lợi cho doanh nghiệp hai nước",
    "nhất trí mở rộng các tuyến vận tải và đường bay thẳng",
    "thống nhất thúc đẩy thanh toán bằng đồng nội tệ",
]
GOAL = [
    "triển khai hiệu quả các thỏa thuận đã ký kết",
    "đưa kim ngạch thương mại lên tầm cao mới",
    "đẩy nhanh các dự án hợp tác đang chậm tiến độ",
    "phối hợp chặt chẽ tại các diễn đàn đa phương",
    "mở rộng giao lưu nhân dân và hợp tác địa phương",
    "nâng cao hiệu quả hợp tác thực chất",
]


PARTNER = [
    "đối tác ưu tiên hàng đầu tại châu Á - Thái Bình Dương",
    "người bạn tin cậy ở Đông Nam Á",
    "cửa ngõ quan trọng vào thị trường ASEAN",
    "đối tác chiến lược toàn diện",
    "trụ cột trong chính sách hướng Đông",
]


def statement(rng: random.Random) -> str:
    return (
        f"{rng.choice(WHO)} {rng.choice(PRAISE)}, {rng.choice(PLAN)} nhằm {rng.choice(GOAL)}"
        f" trong giai đoạn {rng.randrange(2020, 2031)} - {rng.randrange(2031, 2041)}."
    )


def article(i: int, rng: random.Random) -> Article:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
    vt, vn = rng.choice(VN)
    rt, ru = rng.choice(RU)
    place = rng.choice(PLACES)
    kind = rng.choice(KINDS)
    sectors = ", ".join(rng.sample(SECTORS, 4))
    lines = [
        "Trang chủ | Thời sự | Thế giới | Kinh tế",
        f"{vt} {vn} {kind.split()[0]} {rt} {ru}",
        f"{day.day:02d}/{day.month:02d}/{day.year} {rng.randrange(7, 22)}:{rng.randrange(60):02d}",
        f"{rng.choice(TIMES)} {day.day}/{day.month}, tại {place}, {vt} {vn} đã {kind} {rt} {ru}"
        f" nhân dịp chuyến thăm và làm việc (bài số {i}).",
        f"{vt} {vn} đề nghị hai bên đẩy mạnh hợp tác trong các lĩnh vực {sectors}.",
        f"{rt} {ru} khẳng định Nga luôn coi Việt Nam là {rng.choice(PARTNER)}"
        f" và {rng.choice(PLAN)} trong {rng.randrange(2, 12)} năm tới.",
        statement(rng),
        statement(rng),
        "Bình luận | Đăng ký nhận tin | Chia sẻ",
    ]
    return Article(text="\n\n".join(lines), source=f"synthetic_{i:05d}.txt")


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(7)
    articles = [article(i, rng) for i in range(args.n)]
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(args.db or Path(tmp) / "bench.db")
        start = time.perf_counter()
        for k in range(0, len(articles), args.batch):
            await ingest(store, articles[k : k + args.batch])
        elapsed = time.perf_counter() - start
        meetings = await store.count_meetings()
        await store.close()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ingested {args.n} articles → {meetings} meetings in {elapsed:.1f} s")
    print(f"throughput: {args.n / elapsed:.0f} articles/s; peak RSS {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
