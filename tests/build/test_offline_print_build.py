"""Build the book fixture: web app manifest, service worker, offline pages, reading tools, printable book."""

import json
import re
from collections import Counter
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from tests.support.html import html_lang, read, tags

# The fixture's reading order (tests/fixtures/book/mkdocs.yml), per language.
NAV = ["", "an-toan/", "an-toan/mat-khau/", "an-toan/ma-otp/", "dien-thoai/", "dien-thoai/cai-ung-dung/"]
TITLES = {
    "vi": [
        "Sổ tay thử nghiệm bản in",
        "Giữ an toàn trên mạng",
        "Đặt mật khẩu khó đoán",
        "Không đưa mã OTP cho ai",
        "Làm quen với điện thoại",
        "Cài ứng dụng an toàn",
    ],
    "en": [
        "Printable test handbook",
        "Staying safe online",
        "Choose a strong password",
        "Never share an OTP",
        "Your smartphone",
        "Cài ứng dụng an toàn",  # not translated: the Vietnamese page stands in
    ],
}


def _local_file(site: Path, page_url: str, ref: str) -> Path:
    path = urlsplit(urljoin("http://x/" + page_url, ref)).path.lstrip("/")
    target = site / path
    return target / "index.html" if path.endswith("/") or not path else target


def test_a_manifest_per_language_names_the_app_and_its_icons(book_site):
    for prefix, lang, name in (
        ("", "vi", "Sổ tay Bình dân học vụ số"),
        ("en/", "en", "Digital Literacy Handbook"),
    ):
        manifest = json.loads((book_site / prefix / "manifest.webmanifest").read_text())
        assert manifest["name"] == name and manifest["lang"] == lang
        assert manifest["start_url"] == "./" and manifest["display"] == "standalone"
        assert urljoin(f"https://sotay.example/{prefix}", manifest["scope"]) == "https://sotay.example/"
        sizes = {i["sizes"] for i in manifest["icons"]}
        assert {"192x192", "512x512"} <= sizes
        assert any(i.get("purpose") == "maskable" for i in manifest["icons"])
        for icon in manifest["icons"]:
            assert _local_file(book_site, prefix, icon["src"]).is_file(), icon
        head = read(book_site, f"/{prefix}").split("</head>")[0]
        assert f'<link rel="manifest" href="/{prefix}manifest.webmanifest">' in head


def test_service_worker_sits_at_the_root_with_the_build_hash_and_its_shell(book_site):
    worker = (book_site / "sw.js").read_text()
    config = json.loads(re.search(r"const SOTAY_SW = (\{.*?\});\n", worker).group(1))
    assert re.fullmatch(r"[0-9a-f]{16}", config["version"])
    assert config["offline"] == {"": "offline.html", "en/": "en/offline.html"}
    assert "offline.html" not in config["shell"] and "en/offline.html" not in config["shell"], (
        "the worker keeps the offline page of the reader's language, not every language's"
    )
    assert any(p.endswith(".css") for p in config["shell"]) and any(
        p.endswith(".js") for p in config["shell"]
    )
    for path in config["shell"]:
        assert (book_site / path).is_file(), path
    assert not (book_site / "assets/javascripts/sotay-sw.js").exists(), (
        "only the configured worker is published"
    )


def test_offline_pages_speak_the_reader_language_and_load_from_the_site_root(book_site):
    vi, en = (book_site / "offline.html").read_text(), (book_site / "en" / "offline.html").read_text()
    assert html_lang(vi) == "vi" and "Bạn đang không có mạng" in vi
    assert html_lang(en) == "en" and "You are offline" in en
    for html in (vi, en):
        refs = [t["href"] for t in tags(html, "link") if t.get("rel") == "stylesheet"]
        refs += [t["src"] for t in tags(html, "script") if t.get("src")]
        assert refs and all(r.startswith("/") for r in refs), "absolute: shown at any address"
        assert "hreflang" not in html.split("</head>")[0]


def test_every_page_has_the_reading_tools_in_its_language(book_site):
    for url in NAV:
        vi, en = read(book_site, f"/{url}"), read(book_site, f"/en/{url}")
        assert 'aria-label="Cỡ chữ"' in vi and "Chữ to hơn" in vi and "Tương phản cao" in vi
        assert 'aria-label="Text size"' in en and "Larger text" in en and "High contrast" in en
        assert "assets/javascripts/sotay-reading.js" in vi.split("</head>")[0], "applied before paint"


def test_chapter_pages_offer_to_save_every_page_of_their_chapter(book_site):
    for url, chapter in (("an-toan/ma-otp/", NAV[1:4]), ("dien-thoai/", NAV[4:])):
        box = next(t for t in tags(read(book_site, f"/{url}"), "div") if "data-sotay-save" in t)
        pages = [urlsplit(urljoin(f"http://x/{url}", u)).path.lstrip("/") for u in box["data-pages"].split()]
        assert pages == chapter
    home = read(book_site, "/")
    assert "data-sotay-save" not in home, "the home page is not a chapter"
    assert "Lưu chương này để đọc khi không có mạng" in read(book_site, "/an-toan/")
    assert "Save this chapter for offline use" in read(book_site, "/en/an-toan/")


def _book(site: Path, prefix: str) -> str:
    return (site / prefix / "in" / "index.html").read_text()


def test_printable_book_holds_every_page_in_reading_order(book_site):
    for prefix, lang in (("", "vi"), ("en/", "en")):
        html = _book(book_site, prefix)
        assert html_lang(html) == lang
        body = html.split('<div class="sotay-book"', 1)[1]
        h1s = [unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<h1[^>]*>(.*?)</h1>", body)]
        assert h1s[1:] == TITLES[lang], "book title, then every page's title in nav order"
        sections = [t["data-sotay-book-page"] for t in tags(html, "section")]
        assert sections == [f"{prefix}{u}" for u in NAV]
    assert (
        'lang="vi"'
        in _book(book_site, "en/").split('data-sotay-book-page="en/dien-thoai/cai-ung-dung/"')[1][:20]
    )


def test_printable_book_contents_and_links_point_inside_the_book(book_site):
    html = _book(book_site, "")
    ids = [t["id"] for t in tags(html) if t.get("id")]
    assert [i for i, n in Counter(ids).items() if n > 1] == [], "no id twice (tabs, headings of many pages)"
    toc = html.split('class="sotay-book__toc"')[1].split("</nav>")[0]
    toc_targets = re.findall(r'href="#([^"]+)"', toc)
    assert toc_targets == [
        "p-home",
        "p-an-toan",
        "p-an-toan-mat-khau",
        "p-an-toan-ma-otp",
        "p-dien-thoai",
    ] + ["p-dien-thoai-cai-ung-dung"]
    body = html.split('<div class="sotay-book"', 1)[1].split("</article>")[0]
    for target in re.findall(r'href="#([^"]+)"', body):
        assert target in ids, target
    assert 'href="#p-dien-thoai-cai-ung-dung--kiem-tra-nguon"' in body, "a link to another page's section"
    for src in re.findall(r'src="([^"]+)"', body):
        assert _local_file(book_site, "in/", src).is_file(), src


def test_printable_book_prints_the_tab_names_and_each_page_qr_code(book_site):
    html = _book(book_site, "")
    assert re.search(r'<p class="sotay-tab-title">Android</p>\s*<ol>\s*<li>Mở <strong>Cài đặt</strong>', html)
    assert '<p class="sotay-tab-title">iPhone</p>' in html
    qr = [t for t in tags(html, "img") if "sotay-book__qr" in t.get("class", "")]
    assert len(qr) == len(NAV)
    assert all(_local_file(book_site, "in/", t["src"]).is_file() for t in qr)


def test_every_page_links_to_the_printable_book(book_site):
    assert 'href="/in/"' in read(book_site, "/an-toan/mat-khau/")
    assert 'href="/en/in/"' in read(book_site, "/en/an-toan/mat-khau/")


def test_not_found_and_offline_pages_have_the_reading_tools_too(book_site):
    for path in ("404.html", "offline.html", "in/index.html"):
        assert "data-sotay-tools" in (book_site / path).read_text(), path
    assert "Larger text" in (book_site / "en" / "404.html").read_text()
