"""QR codes decode to the page's address; share links and link-preview meta are right."""

import subprocess
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

from sotay.build.qr import make_qr, qr_svg
from sotay.social import PageFacts, has_poster, head_meta, share_links, share_panel
from sotay.ui_strings import strings_for
from tests.support.html import tags

URL = "https://sotay.example.vn/vneid/cai-dat-kich-hoat/"


def decode_png(path) -> list[str]:
    """Decode every QR code in a PNG with Debian's zbarimg (scripts/ensure-tools.sh installs it)."""
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(path)], capture_output=True, text=True)
    return out.stdout.splitlines()


def test_the_qr_code_decodes_to_the_page_address(tmp_path):
    png = tmp_path / "qr.png"
    make_qr(URL).save(str(png), kind="png", scale=8, border=4)
    assert decode_png(png) == [URL]


def test_an_address_with_vietnamese_letters_is_encoded_so_every_phone_reads_it(tmp_path):
    url = "https://sotay.example.vn/en/dich-vu-cong/?q=đăng ký khai sinh"
    png = tmp_path / "qr.png"
    make_qr(url).save(str(png), kind="png", scale=8, border=4)
    assert decode_png(png) == [
        "https://sotay.example.vn/en/dich-vu-cong/?q=%C4%91%C4%83ng%20k%C3%BD%20khai%20sinh"
    ]


def test_the_qr_svg_scales_and_prints_black_on_white():
    svg = ET.fromstring(qr_svg(URL))
    assert svg.get("viewBox") and not svg.get("width"), "scales to any size (poster, share panel)"
    assert svg.get("shape-rendering") == "crispEdges"
    ns = "{http://www.w3.org/2000/svg}"
    assert svg.find(f"{ns}title").text == URL
    assert svg.find(f"{ns}path").get("fill") == "#fff", (
        "a white background and quiet zone, even on dark pages"
    )


def facts(**kw):
    base = dict(
        url=URL,
        title="Cài VNeID",
        description='Tải "VNeID" & kích hoạt.',
        lang="vi",
        site_name="Sổ tay",
        site_url="https://sotay.example.vn/",
        asset_root="https://sotay.example.vn/",
        type="howto",
        rel="vneid/cai-dat-kich-hoat/",
    )
    return PageFacts(**{**base, **kw})


def test_share_links_are_plain_addresses_with_the_page_url_encoded():
    links = share_links(URL)
    zalo, fb = urlsplit(links["zalo"]), urlsplit(links["facebook"])
    assert (zalo.scheme, zalo.netloc, zalo.path) == ("https", "sp.zalo.me", "/share_to_zalo")
    assert parse_qs(zalo.query) == {"url": [URL]}
    assert (fb.netloc, fb.path) == ("www.facebook.com", "/sharer/sharer.php")
    assert parse_qs(fb.query) == {"u": [URL]}


def test_link_previews_have_title_description_and_our_png_image():
    metas = {
        m.get("property") or m.get("name"): m["content"]
        for m in tags(head_meta(facts(), strings_for("vi")), "meta")
    }
    assert metas["og:title"] == metas["twitter:title"] == "Cài VNeID"
    assert metas["og:description"] == 'Tải "VNeID" & kích hoạt.'
    assert metas["og:url"] == URL
    assert metas["og:image"] == "https://sotay.example.vn/assets/brand/og-image.png"
    assert metas["og:image:type"] == "image/png" and metas["twitter:card"] == "summary_large_image"
    assert metas["og:locale"] == "vi_VN"
    en = {
        m.get("property") or m.get("name"): m["content"]
        for m in tags(head_meta(facts(lang="en"), strings_for("en")), "meta")
    }
    assert en["og:locale"] == "en_US" and en["og:image:alt"] == strings_for("en")["og_image_alt"]


def test_share_panel_offers_copy_zalo_facebook_qr_and_a_poster_for_guides():
    html = share_panel(facts(), strings_for("vi"))
    links = {a.get("data-share"): a["href"] for a in tags(html, "a") if a.get("data-share")}
    assert links == share_links(URL)
    assert any(a["href"] == "poster.html" for a in tags(html, "a"))
    assert [i["value"] for i in tags(html, "input")] == [URL]
    assert [i["src"] for i in tags(html, "img")] == ["qr.svg"]
    lesson = share_panel(facts(type="lesson"), strings_for("vi"))
    assert not any(a["href"] == "poster.html" for a in tags(lesson, "a"))


def test_posters_are_for_chapters_and_how_to_guides():
    assert has_poster("howto", "vneid/cai-dat/")
    assert has_poster("overview", "vneid/")
    assert not has_poster("overview", "")
    assert not has_poster("lesson", "vneid/muc-1/")
    assert not has_poster("reference", "nhung/")


def test_codes_made_in_the_background_during_the_build_are_written_beside_their_pages(tmp_path):
    from types import SimpleNamespace

    from sotay.build.background import BackgroundWorker
    from sotay.build.pipeline import SiteInfo
    from sotay.build.qr import QR_FILE, BackgroundQrCodes, write_page_qr_codes

    other = "https://sotay.example.vn/en/vneid/cai-dat-kich-hoat/"
    worker = BackgroundWorker()
    background = BackgroundQrCodes(worker)
    background.add(URL)  # the other page was not seen during the build: made by the step itself
    pages = []
    for name, url in (("vi", URL), ("en", other)):
        (tmp_path / name).mkdir()
        pages.append(SimpleNamespace(url=url, path=tmp_path / name / "index.html"))
    try:
        write_page_qr_codes(
            SiteInfo(tmp_path, "https://sotay.example.vn/", extra={"pages": pages, "qr_codes": background})
        )
    finally:
        worker.close()
    assert (tmp_path / "vi" / QR_FILE).read_text(encoding="utf-8") == qr_svg(URL)
    assert (tmp_path / "en" / QR_FILE).read_text(encoding="utf-8") == qr_svg(other)
