"""A local news web site for the feed and web tests, on 127.0.0.1 (port chosen by the OS).

It serves RSS and Atom feeds and article pages written for these tests in the style of
Vietnamese news sites (navigation, sapo, photo captions, related links, footers), and the
failures real sites produce: a 404, a server that never answers, a 20 MB page (with and
without Content-Length), broken XML, windows-1258 pages declared only in the header or
only in a <meta> tag, and conditional GET with ETag / Last-Modified. The meetings below
are invented for the tests; they are not reports of real events.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from store.language.models import IngestReport
from store.services.ingest import ingest
from store.services.web import FetchConfig, fetch_urls
from store.storage.db import Store

# Short limits so failures come fast; the slow route never answers at all.
FAST = FetchConfig(timeout=0.5, deadline=2.0, max_bytes=2 * 1024 * 1024)


async def ingest_urls(store: Store, urls: list[str], config: FetchConfig = FAST) -> IngestReport:
    """`briefing ingest URL…`: fetch the pages, then the one ingest pipeline."""
    return await ingest(store, await fetch_urls(store, urls, config=config))


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # for redirects
    mode: str = "normal"  # normal | slow | huge | huge-chunked
    size: int = 0  # bytes for the huge modes
    headers: dict[str, str] = field(default_factory=dict)  # extra response headers


@dataclass
class NewsServer:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    conditional_hits: Counter[str] = field(default_factory=Counter)  # requests with validators
    stopping: threading.Event = field(default_factory=threading.Event)

    def start(self) -> NewsServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server naming
                server._serve(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def set(self, path: str, body: str | bytes = b"", **kw: object) -> Route:
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **kw)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    # --------------------------------------------------------------- serving

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        self.hits[path] += 1
        route = self.routes.get(path) or self.routes.get(path.split("?", 1)[0])
        try:
            if route is None:
                self._send(
                    h,
                    404,
                    b"<html><body><h1>404 - Trang b\xe1\xba\xa1n t\xc3\xacm kh\xc3\xb4ng t\xe1\xbb\x93n t\xe1\xba\xa1i</h1></body></html>",
                    "text/html; charset=utf-8",
                )
                return
            if route.mode == "slow":
                self.stopping.wait(20)  # never answers within any test timeout
                return
            if route.location:
                h.send_response(route.status)
                h.send_header("Location", route.location.replace("{base}", self.url("")))
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            if h.headers.get("If-None-Match") or h.headers.get("If-Modified-Since"):
                self.conditional_hits[path] += 1
            if (route.etag and h.headers.get("If-None-Match") == route.etag) or (
                route.last_modified
                and not route.etag
                and h.headers.get("If-Modified-Since") == route.last_modified
            ):
                h.send_response(304)
                h.send_header("ETag", route.etag or "")
                h.end_headers()
                return
            if route.mode in ("huge", "huge-chunked"):
                self._send_huge(h, route)
                return
            self._send(h, route.status, route.body, route.content_type, route)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size cap, timeout): expected

    def _send(
        self,
        h: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        ctype: str,
        route: Route | None = None,
    ) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        if route and route.etag:
            h.send_header("ETag", route.etag)
        if route and route.last_modified:
            h.send_header("Last-Modified", route.last_modified)
        for name, value in (route.headers if route else {}).items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(body)

    def _send_huge(self, h: BaseHTTPRequestHandler, route: Route) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        if route.mode == "huge":
            h.send_header("Content-Length", str(route.size))
        h.end_headers()
        chunk = ("<p>" + "Hợp tác Việt Nam – Nga. " * 40 + "</p>\n").encode()
        sent = 0
        while sent < route.size and not self.stopping.is_set():
            h.wfile.write(chunk)
            sent += len(chunk)


# ------------------------------------------------------------------- content


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters with vowel marks precomposed, tones as combining marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")
        tone = "".join(m for m in marks if m not in shape)
        out += unicodedata.normalize("NFC", base + shape).encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def http_date(ts: float) -> str:
    return formatdate(ts, usegmt=True)


NAV = (
    '<header class="header"><div class="logo"><a href="/">{site}</a></div>'
    '<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
    '<li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li>'
    '<li><a href="/giai-tri">Giải trí</a></li><li><a href="/the-thao">Thể thao</a></li></ul></nav>'
    '<div class="date-now">Thứ hai, 17/3/2025</div></header>'
)
FOOTER = (
    '<section class="related"><h3>Tin liên quan</h3><ul><li><a href="/x1">Giá xăng dầu hôm nay</a></li>'
    '<li><a href="/x2">Dự báo thời tiết cuối tuần</a></li></ul></section>'
    '<div class="social">Chia sẻ: Facebook | Zalo | Sao chép liên kết</div>'
    '<footer class="footer"><p>© {site}. Giấy phép số 123/GP-BTTTT. Tổng biên tập: Nguyễn Văn A.</p>'
    "<p>Địa chỉ: 12 Phố Huế, Hà Nội. Đường dây nóng: 0900 000 000.</p></footer>"
)


def page(
    site: str,
    title: str,
    sapo: str,
    paragraphs: list[str],
    *,
    published: str | None = None,  # ISO datetime for <meta property="article:published_time">
    date_line: str | None = None,  # date as the page shows it
    canonical: str | None = None,
    charset: str | None = "utf-8",  # None: no <meta charset>
    caption: str | None = None,
) -> str:
    head = [f'<meta charset="{charset}">'] if charset else []
    head.append(f"<title>{escape(title)} - {escape(site)}</title>")
    head.append(f'<meta property="og:title" content="{escape(title)}">')
    head.append(f'<meta name="description" content="{escape(sapo)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    body = [f'<h1 class="title-detail">{escape(title)}</h1>']
    if date_line:
        body.append(f'<span class="date">{escape(date_line)}</span>')
    body.append(f'<p class="description">{escape(sapo)}</p>')
    if caption:
        body.append(
            f'<figure><img src="/img/1.jpg" alt=""><figcaption>{escape(caption)}</figcaption></figure>'
        )
    body += [f'<p class="Normal">{escape(p)}</p>' for p in paragraphs]
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head>'
        + "".join(head)
        + "</head><body>"
        + NAV.format(site=escape(site))
        + '<main><article class="fck_detail">'
        + "".join(body)
        + '<p class="author">Minh Anh</p></article>'
        + '<aside class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/y1">Lịch nghỉ lễ 30/4</a></li></ul></aside>'
        + "</main>"
        + FOOTER.format(site=escape(site))
        + "</body></html>"
    )


def rss(title: str, link: str, items: list[dict[str, str]]) -> str:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{escape(title)}</title><link>{escape(link)}</link><description>Tin mới nhất</description>",
    ]
    for it in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(it['title'])}</title><link>{escape(it['link'])}</link>")
        parts.append(f'<guid isPermaLink="false">{escape(it.get("guid", it["link"]))}</guid>')
        if "description" in it:
            parts.append(f"<description><![CDATA[{it['description']}]]></description>")
        if "content" in it:
            parts.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        if "pubDate" in it:
            parts.append(f"<pubDate>{it['pubDate']}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


def atom(title: str, link: str, entries: list[dict[str, str]]) -> str:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        f'<title>{escape(title)}</title><link href="{escape(link)}"/><id>{escape(link)}</id>'
        "<updated>2025-03-17T12:00:00+07:00</updated>",
    ]
    for e in entries:
        parts.append(
            f'<entry><title>{escape(e["title"])}</title><link rel="alternate" href="{escape(e["link"])}"/>'
            f"<id>{escape(e.get('id', e['link']))}</id><updated>{e.get('updated', '2025-03-17T12:00:00+07:00')}</updated>"
        )
        if "summary" in e:
            parts.append(f'<summary type="html">{escape(e["summary"])}</summary>')
        if "content" in e:
            parts.append(f'<content type="html">{escape(e["content"])}</content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(parts)


# The same (invented) meeting told by three outlets, in their own words.
MEETING_A = dict(
    site="Tin Nhanh",
    title="Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Duma Quốc gia Nga",
    sapo=(
        "Sáng 17/3, tại Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Duma Quốc gia Nga "
        "Vyacheslav Volodin, nhân dịp ông Volodin thăm chính thức Việt Nam."
    ),
    paragraphs=[
        "Hai bên đánh giá cao sự phát triển tích cực của quan hệ Đối tác chiến lược toàn diện Việt Nam – Nga "
        "trong thời gian qua, nhất là sau các chuyến thăm cấp cao.",
        "Chủ tịch Quốc hội đề nghị hai cơ quan lập pháp thúc đẩy hợp tác trong các lĩnh vực năng lượng, "
        "dầu khí, giáo dục - đào tạo và thương mại, tạo khung pháp lý thuận lợi cho doanh nghiệp hai nước.",
        "Chủ tịch Duma Quốc gia Vyacheslav Volodin khẳng định Nga luôn coi trọng quan hệ hữu nghị truyền "
        "thống với Việt Nam và mong muốn tăng cường trao đổi đoàn các cấp.",
        "Sau hội đàm, hai Chủ tịch đã ký Thỏa thuận hợp tác giữa Quốc hội Việt Nam và Duma Quốc gia Nga.",
    ],
    published="2025-03-17T10:15:00+07:00",
    date_line="Thứ hai, 17/3/2025, 10:15 (GMT+7)",
    caption="Chủ tịch Quốc hội Trần Thanh Mẫn đón Chủ tịch Duma Quốc gia Nga. Ảnh: Minh Anh",
)

MEETING_B_TEXT = (
    "Sáng 17-3, tại Nhà Quốc hội ở Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn đã chủ trì lễ đón và hội đàm "
    "với Chủ tịch Duma Quốc gia Liên bang Nga Vyacheslav Volodin, đang thăm chính thức Việt Nam.\n"
    "Tại hội đàm, Chủ tịch Quốc hội Trần Thanh Mẫn nhấn mạnh Việt Nam luôn ghi nhớ sự giúp đỡ quý báu "
    "của Nhân dân Nga và coi Nga là một trong những đối tác hàng đầu.\n"
    "Hai bên nhất trí tăng cường giám sát việc thực hiện các thỏa thuận hợp tác về năng lượng, điện hạt "
    "nhân và giáo dục, đồng thời mở rộng hợp tác du lịch và giao lưu nhân dân.\n"
    "Ông Volodin cho biết Duma Quốc gia sẵn sàng ủng hộ các dự án dầu khí của doanh nghiệp Việt Nam tại "
    "Nga và mời Chủ tịch Quốc hội Việt Nam sớm thăm Liên bang Nga.\n"
    "Trước đó, Chủ tịch Quốc hội đã chủ trì lễ đón chính thức Chủ tịch Duma Quốc gia Nga tại Nhà Quốc hội."
)

MEETING_C = dict(
    site="Quốc tế Ngày nay",
    title="Việt Nam – Nga thúc đẩy hợp tác nghị viện",
    sapo=(
        "HÀ NỘI - Ngày 17/3/2025, Chủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch Duma Quốc gia Nga "
        "Vyacheslav Volodin đã hội đàm tại Hà Nội."
    ),
    paragraphs=[
        "Phát biểu tại hội đàm, Chủ tịch Quốc hội Trần Thanh Mẫn khẳng định Việt Nam coi trọng quan hệ với "
        "Liên bang Nga, đối tác chiến lược toàn diện và người bạn tin cậy.",
        "Hai bên thống nhất thúc đẩy hợp tác thương mại, đầu tư, năng lượng, khoa học công nghệ, giáo dục và "
        "đào tạo; phấn đấu nâng kim ngạch thương mại song phương.",
        "Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin bày tỏ vui mừng được thăm Việt Nam lần này và đánh giá "
        "cao vai trò của Quốc hội Việt Nam trong việc củng cố quan hệ hai nước.",
        "Nhân dịp này, hai bên đã ký kết văn kiện hợp tác giữa hai cơ quan lập pháp giai đoạn tới.",
    ],
    published="2025-03-17T15:40:00+07:00",
    date_line="17/03/2025 15:40",
)

# A republication of outlet C's report with its own headline and credit line.
REPUBLISHED_C = dict(
    site="Tin Tổng Hợp",
    title="Chủ tịch Quốc hội hội đàm với Chủ tịch Duma Quốc gia Nga Volodin",
    sapo=MEETING_C["sapo"],
    paragraphs=[*MEETING_C["paragraphs"], "(Theo Quốc tế Ngày nay)"],
    published="2025-03-17T16:05:00+07:00",
)

# A later meeting that appears only in the second version of feed A.
MEETING_NEW = dict(
    site="Tin Nhanh",
    title="Phó Thủ tướng Trần Hồng Hà hội đàm với Phó Thủ tướng Nga Dmitry Chernyshenko",
    sapo=(
        "Chiều 20/6, tại Moskva, Phó Thủ tướng Trần Hồng Hà đã hội đàm với Phó Thủ tướng Nga Dmitry "
        "Chernyshenko, đồng Chủ tịch Ủy ban liên Chính phủ Việt Nam – Nga về hợp tác kinh tế - thương mại."
    ),
    paragraphs=[
        "Hai Phó Thủ tướng đánh giá kết quả hợp tác kinh tế, thương mại, đầu tư giữa hai nước và nhất trí "
        "đẩy mạnh các dự án về dầu khí, năng lượng và chuyển đổi số.",
        "Phó Thủ tướng Trần Hồng Hà đề nghị phía Nga tạo thuận lợi cho hàng nông sản Việt Nam vào thị trường "
        "Nga và tăng cường hợp tác du lịch, giáo dục.",
        "Phó Thủ tướng Dmitry Chernyshenko khẳng định Nga coi Việt Nam là đối tác quan trọng hàng đầu tại "
        "khu vực Đông Nam Á.",
    ],
    published="2025-06-20T18:00:00+07:00",
    date_line="Thứ sáu, 20/6/2025, 18:00 (GMT+7)",
)

# A meeting reported on a windows-1258 page that declares its charset only in <meta>.
MEETING_CP1258_META = dict(
    site="Báo Điện tử Đông Á",
    title="Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Nga Sergey Lavrov",
    sapo=(
        "Chiều 5/2, tại Moskva, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Nga "
        "Sergey Lavrov nhân chuyến thăm chính thức Liên bang Nga."
    ),
    paragraphs=[
        "Hai Bộ trưởng nhất trí phối hợp chuẩn bị tốt cho các chuyến thăm cấp cao, thúc đẩy hợp tác trong "
        "các lĩnh vực quốc phòng - an ninh, năng lượng, giáo dục và du lịch.",
        "Bộ trưởng Sergey Lavrov khẳng định Nga coi trọng vai trò của Việt Nam ở khu vực châu Á – Thái Bình "
        "Dương và mong muốn tăng cường phối hợp tại các diễn đàn đa phương.",
    ],
    published="2025-02-05T19:30:00+07:00",
    date_line="05/02/2025 19:30",
    charset="windows-1258",
)

NOT_A_MEETING_RU = dict(
    site="Tin Nhanh",
    title="Nga tăng xuất khẩu lúa mì sang Việt Nam",
    sapo="Xuất khẩu lúa mì của Nga sang Việt Nam trong hai tháng đầu năm tăng hơn 30% so với cùng kỳ.",
    paragraphs=[
        "Theo số liệu của cơ quan hải quan, các doanh nghiệp Việt Nam đã nhập khẩu khoảng 300.000 tấn lúa mì "
        "từ Nga, chủ yếu dùng cho sản xuất thức ăn chăn nuôi.",
        "Các chuyên gia cho rằng giá cạnh tranh và chi phí vận chuyển giảm là nguyên nhân chính khiến lượng "
        "nhập khẩu tăng mạnh trong thời gian gần đây.",
        "Thị trường lúa mì thế giới được dự báo tiếp tục biến động trong quý II do ảnh hưởng của thời tiết "
        "tại các vùng trồng lớn.",
    ],
    published="2025-03-16T08:00:00+07:00",
)

NOT_A_MEETING_JP = dict(
    site="Tin Nhanh",
    title="Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản",
    sapo="Chiều 16/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.",
    paragraphs=[
        "Thủ tướng đánh giá cao những đóng góp của Đại sứ cho quan hệ Đối tác chiến lược toàn diện Việt Nam – "
        "Nhật Bản và đề nghị hai bên thúc đẩy các dự án hạ tầng, đường sắt tốc độ cao.",
        "Đại sứ Ito Naoki khẳng định Nhật Bản coi Việt Nam là đối tác quan trọng hàng đầu trong khu vực.",
    ],
    published="2025-03-16T17:00:00+07:00",
)

GOLD_PRICE = dict(
    site="Tin Nhanh",
    title="Giá vàng hôm nay 17/3: vàng nhẫn tăng mạnh",
    sapo="Giá vàng nhẫn sáng nay tăng thêm 300.000 đồng mỗi lượng, lên mức cao nhất từ trước đến nay.",
    paragraphs=["Các doanh nghiệp kinh doanh vàng đồng loạt điều chỉnh giá mua vào, bán ra."],
    published="2025-03-17T09:00:00+07:00",
)


def html_of(spec: dict, **over: object) -> str:
    return page(**{**spec, **over})  # type: ignore[arg-type]


def build_site(server: NewsServer) -> NewsServer:
    """Install the pages and feeds the tests use; returns the server for chaining."""
    u = server.url
    server.set(
        "/a/the-gioi/chu-tich-quoc-hoi-hoi-dam-chu-tich-duma-nga-4871.html", html_of(MEETING_A)
    )
    server.set("/a/kinh-doanh/nga-tang-xuat-khau-lua-mi-4868.html", html_of(NOT_A_MEETING_RU))
    server.set("/a/thoi-su/thu-tuong-tiep-dai-su-nhat-ban-4866.html", html_of(NOT_A_MEETING_JP))
    server.set("/a/kinh-doanh/gia-vang-hom-nay-4870.html", html_of(GOLD_PRICE))
    # "/a/the-gioi/bi-go-4869.html" (a removed article) has no route: the default 404.
    server.set("/a/the-gioi/cham-4867.html", mode="slow")
    server.set("/a/the-gioi/trang-khong-lo-4865.html", mode="huge", size=20 * 1024 * 1024)
    server.set("/a/the-gioi/trang-khong-lo-2-4864.html", mode="huge-chunked", size=20 * 1024 * 1024)
    server.set("/a/the-gioi/pho-thu-tuong-hoi-dam-nga-5012.html", html_of(MEETING_NEW))
    c_html = html_of(MEETING_C, charset=None)  # charset only in the HTTP header
    server.set(
        "/c/ngoai-giao/viet-nam-nga-hop-tac-nghi-vien.html",
        cp1258(c_html),
        content_type="text/html; charset=windows-1258",
    )
    server.set("/d/tin-tong-hop/chu-tich-quoc-hoi-hoi-dam-volodin.html", html_of(REPUBLISHED_C))
    server.set(
        "/e/ngoai-giao/bo-truong-bui-thanh-son-hoi-dam-lavrov.html",
        cp1258(html_of(MEETING_CP1258_META)),
        content_type="text/html",  # no charset in the header: <meta> decides
    )
    server.set(
        "/a/rss.xml",
        feed_a(server),
        content_type="application/rss+xml; charset=utf-8",
        etag='"a-v1"',
    )
    server.set(
        "/b/atom.xml",
        atom(
            "Báo Thời Sự - Thế giới",
            u("/b/"),
            [
                {
                    "title": "Việt Nam và Nga tăng cường hợp tác giữa hai cơ quan lập pháp",
                    "link": u(
                        "/b/the-gioi/viet-nam-nga-tang-cuong-hop-tac-lap-phap-20250317.htm?utm_source=rss&utm_medium=feed"
                    ),
                    "id": "tag:baothoisu,2025:20250317-1",
                    "summary": "<p>Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Duma Quốc gia Nga.</p>",
                    "content": "".join(f"<p>{escape(p)}</p>" for p in MEETING_B_TEXT.split("\n")),
                    "updated": "2025-03-17T11:30:00+07:00",
                },
                {
                    "title": "Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Nga",
                    "link": u("/e/ngoai-giao/bo-truong-bui-thanh-son-hoi-dam-lavrov.html"),
                    "summary": "Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Nga Sergey Lavrov.",
                    "updated": "2025-02-05T19:30:00+07:00",
                },
            ],
        ),
        content_type="application/atom+xml",
        last_modified="Mon, 17 Mar 2025 05:00:00 GMT",
    )
    server.set(
        "/c/rss.xml",
        rss(
            "Quốc tế Ngày nay",
            u("/c/"),
            [
                {
                    "title": MEETING_C["title"],
                    "link": "/c/ngoai-giao/viet-nam-nga-hop-tac-nghi-vien.html",  # relative link
                    "description": "Chủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch Duma Quốc gia Nga đã hội đàm.",
                    "pubDate": "Mon, 17 Mar 2025 08:40:00 GMT",
                }
            ],
        ),
        content_type="text/xml",
    )
    server.set(
        "/d/rss.xml",
        rss(
            "Tin Tổng Hợp",
            u("/d/"),
            [
                {
                    "title": REPUBLISHED_C["title"],
                    "link": u("/d/tin-tong-hop/chu-tich-quoc-hoi-hoi-dam-volodin.html"),
                    "description": "Chủ tịch Quốc hội hội đàm với Chủ tịch Duma Quốc gia Nga.",
                    "pubDate": "Mon, 17 Mar 2025 09:05:00 GMT",
                }
            ],
        ),
        content_type="application/rss+xml",
    )
    server.set(
        "/broken.xml",
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Hỏng</title>\x00\x01<<item <title Tin & & lỗi',
        content_type="application/rss+xml",
    )
    server.set("/not-a-feed.html", html_of(GOLD_PRICE))
    server.set("/slow.xml", mode="slow")
    return server


def feed_a(server: NewsServer, with_new: bool = False) -> str:
    u = server.url
    items = [
        {
            "title": GOLD_PRICE["title"],
            "link": u("/a/kinh-doanh/gia-vang-hom-nay-4870.html"),
            "description": f'<img src="{u("/img/g.jpg")}"/> {GOLD_PRICE["sapo"]}',
            "pubDate": "Mon, 17 Mar 2025 02:00:00 GMT",
        },
        {
            "title": MEETING_A["title"],
            "link": u("/a/the-gioi/chu-tich-quoc-hoi-hoi-dam-chu-tich-duma-nga-4871.html"),
            "description": f'<a href="{u("/a/x")}"><img src="{u("/img/a.jpg")}"/></a>Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Duma Quốc gia Nga.',
            "pubDate": "Mon, 17 Mar 2025 03:15:00 GMT",
        },
        {
            "title": "Thủ tướng Nga Mishustin hội kiến Đại sứ Việt Nam",
            "link": u("/a/the-gioi/bi-go-4869.html"),
            "description": "Bài đã bị gỡ.",
            "pubDate": "Sun, 16 Mar 2025 12:00:00 GMT",
        },
        {
            "title": NOT_A_MEETING_RU["title"],
            "link": u("/a/kinh-doanh/nga-tang-xuat-khau-lua-mi-4868.html"),
            "description": NOT_A_MEETING_RU["sapo"],
            "pubDate": "Sun, 16 Mar 2025 01:00:00 GMT",
        },
        {
            "title": "Tổng Bí thư Tô Lâm tiếp Đại sứ Nga Gennady Bezdetko",
            "link": u("/a/the-gioi/cham-4867.html"),
            "description": "Máy chủ chậm.",
            "pubDate": "Sat, 15 Mar 2025 12:00:00 GMT",
        },
        {
            "title": NOT_A_MEETING_JP["title"],
            "link": u("/a/thoi-su/thu-tuong-tiep-dai-su-nhat-ban-4866.html"),
            "description": NOT_A_MEETING_JP["sapo"],
            "pubDate": "Sun, 16 Mar 2025 10:00:00 GMT",
        },
        {
            "title": "Chủ tịch nước Lương Cường hội đàm với Tổng thống Nga Putin",
            "link": u("/a/the-gioi/trang-khong-lo-4865.html"),
            "description": "Trang rất lớn.",
            "pubDate": "Fri, 14 Mar 2025 12:00:00 GMT",
        },
        {
            "title": "Thủ tướng Phạm Minh Chính hội kiến Tổng thống Nga Putin",
            "link": u("/a/the-gioi/trang-khong-lo-2-4864.html"),
            "description": "Trang rất lớn, không có Content-Length.",
            "pubDate": "Fri, 14 Mar 2025 11:00:00 GMT",
        },
    ]
    if with_new:
        items.insert(
            0,
            {
                "title": MEETING_NEW["title"],
                "link": u("/a/the-gioi/pho-thu-tuong-hoi-dam-nga-5012.html"),
                "description": "Phó Thủ tướng Trần Hồng Hà hội đàm với Phó Thủ tướng Nga.",
                "pubDate": "Fri, 20 Jun 2025 11:00:00 GMT",
            },
        )
    return rss("Tin Nhanh - Thế giới", u("/a/"), items)
