"""The share panel under each page, QR codes that phones can read, and A4 posters that print as one page."""

from __future__ import annotations

import re
import subprocess
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from sotay.build.page_meta import PageMeta
from sotay.build.posters import poster_html


def decode_qr(png: bytes, tmp_path) -> list[str]:
    """What a phone's camera reads from *png* (Debian's zbarimg; scripts/ensure-tools.sh installs it)."""
    path = tmp_path / "qr.png"
    path.write_bytes(png)
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(path)], capture_output=True, text=True)
    return out.stdout.splitlines()


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


def test_copy_link_puts_the_page_address_on_the_clipboard(page, portal_handbook):
    url = portal_handbook.url + "vneid/cai-dat/"
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=portal_handbook.url.rstrip("/")
    )
    page.goto(url)
    panel = page.locator("[data-sotay-share]")
    expect(panel.get_by_role("heading", name="Chia sẻ trang này")).to_be_visible()
    panel.get_by_role("button", name="Sao chép liên kết").click()
    expect(panel.get_by_role("status")).to_have_text("Đã sao chép.")
    assert page.evaluate("navigator.clipboard.readText()") == url


def test_share_links_send_the_page_address_to_zalo_and_facebook(page, portal_handbook):
    url = portal_handbook.url + "en/vneid/cai-dat/"
    page.goto(url)
    panel = page.locator("[data-sotay-share]")
    zalo = panel.get_by_role("link", name=re.compile("Share on Zalo"))
    facebook = panel.get_by_role("link", name=re.compile("Share on Facebook"))
    for link, host, param in ((zalo, "sp.zalo.me", "url"), (facebook, "www.facebook.com", "u")):
        href = urlsplit(link.get_attribute("href"))
        assert href.scheme == "https" and href.netloc == host
        assert parse_qs(href.query)[param] == [url]
        assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")
    scripts = page.locator("script[src]").evaluate_all("els => els.map(e => e.src)")
    assert all(s.startswith(portal_handbook.url) for s in scripts), "no share SDK is loaded"


def test_the_page_qr_code_decodes_to_the_page_address(page, portal_handbook, tmp_path):
    url = portal_handbook.url + "vneid/cai-dat/"
    page.goto(url)
    panel = page.locator("[data-sotay-share]")
    panel.get_by_text("Mã QR của trang này").click()
    image = panel.get_by_role("img", name="Mã QR dẫn tới trang này")
    expect(image).to_be_visible()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert decode_qr(image.screenshot(), tmp_path) == [url]


@pytest.mark.parametrize("poster", ["vneid/cai-dat/", "en/an-toan/", "en/an-toan/otp/"])
def test_posters_print_as_exactly_one_a4_page_with_a_readable_qr_code(
    page, portal_handbook, poster, tmp_path
):
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.set_viewport_size({"width": 900, "height": 1300})
    page.goto(portal_handbook.url + poster + "poster.html")
    qr = page.locator(".poster__qr img")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=qr.element_handle())
    assert decode_qr(qr.screenshot(), tmp_path) == [portal_handbook.url + poster]
    expect(page.locator(".poster__address")).to_contain_text(
        urlsplit(portal_handbook.url).netloc + "/" + poster.rstrip("/")
    )
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    assert pdf_pages(pdf) == 1
    assert errors == [], "nothing fails to load (not even the site icon)"


def test_a_poster_with_a_very_long_title_and_summary_still_prints_as_one_page(
    page, portal_handbook, portal_site
):
    folder = portal_site / "vneid" / "cai-dat"
    meta = PageMeta(
        path=folder / "index.html",
        url=portal_handbook.url + "vneid/cai-dat/",
        title="Cài đặt ứng dụng định danh điện tử VNeID trên điện thoại và kích hoạt tài khoản mức 2 " * 2,
        description="Hướng dẫn từng bước, có hình minh họa, dành cho người lớn tuổi và người mới dùng điện thoại. "
        * 4,
        lang="vi",
        content_lang="vi",
        type="howto",
        site_name="Sổ tay Bình dân học vụ số",
        rel="vneid/cai-dat/",
    )
    (folder / "poster-dai.html").write_text(poster_html(meta, "../../"), encoding="utf-8")
    page.goto(portal_handbook.url + "vneid/cai-dat/poster-dai.html")
    expect(page.locator(".poster__qr img")).to_be_visible()
    assert pdf_pages(page.pdf(format="A4", print_background=True, prefer_css_page_size=True)) == 1


def test_guides_link_to_their_poster_with_a_print_button(page, portal_handbook):
    page.goto(portal_handbook.url + "vneid/cai-dat/")
    page.locator("[data-sotay-share]").get_by_role("link", name="In áp phích A4").click()
    expect(page).to_have_url(portal_handbook.url + "vneid/cai-dat/poster.html")
    expect(page.get_by_role("heading", level=1)).to_have_text("Cài đặt VNeID và kích hoạt tài khoản")
    expect(page.get_by_role("button", name="In áp phích")).to_be_visible()
    page.goto(portal_handbook.url + "vneid/dang-nhap/")
    expect(page.locator("[data-sotay-share]").get_by_role("link", name="In áp phích A4")).to_have_count(0)
