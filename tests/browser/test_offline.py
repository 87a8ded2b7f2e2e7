"""Offline reading in Chromium: pages read once open without signal, "save this chapter", the
offline page (only the reader's languages' are downloaded), and a new build replacing every saved
page (no stale copy kept forever)."""

import json
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from sotay.build.publish import build_atomically
from tests.conftest import FIXTURES, ROOT
from tests.support.static_server import StaticServer

H1 = "article h1"
CACHE_NAMES = "async () => (await caches.keys()).filter(n => n.startsWith('sotay-'))"


def wait_until_kept(page, url: str | None = None) -> None:
    """Wait for the worker to control the page and to have kept *url* (default: the page itself)."""
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    target = json.dumps(url) if url else "location.href"
    page.wait_for_function(f"async () => !!(await caches.match({target}))")


def go_offline(page) -> None:
    page.context.set_offline(True)


def is_kept(page, url: str) -> bool:
    """Whether the service worker has kept *url* (in any of its caches)."""
    return page.evaluate(f"async () => !!(await caches.match({json.dumps(url)}))")


def requested_urls(page) -> list[str]:
    """URLs the page and its service worker request from now on (filled as they happen)."""
    urls: list[str] = []
    page.context.on("request", lambda r: urls.append(r.url))
    return urls


def test_a_page_read_once_opens_again_without_signal(page, book_server):
    page.goto(book_server.url + "an-toan/mat-khau/")
    wait_until_kept(page)
    go_offline(page)
    page.reload()
    expect(page.locator(H1).first).to_contain_text("Đặt mật khẩu khó đoán")
    expect(page.locator("article")).to_contain_text("Khóa màn hình")
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") != "static", (
        "the theme's styles come from the saved shell"
    )
    expect(page.get_by_role("button", name="Tương phản cao")).to_be_visible()


def test_a_page_never_read_shows_the_offline_page_in_its_language(page, book_server):
    page.goto(book_server.url + "an-toan/")
    wait_until_kept(page)
    go_offline(page)
    page.goto(book_server.url + "dien-thoai/cai-ung-dung/")
    expect(page.locator(H1).first).to_have_text("Bạn đang không có mạng")
    saved = page.locator("[data-sotay-saved]")
    expect(saved).to_be_visible()
    saved.get_by_role("link", name="Giữ an toàn trên mạng").click()
    expect(page.locator(H1).first).to_contain_text("Giữ an toàn trên mạng")


def test_an_english_reader_offline_gets_the_english_offline_page(page, book_server):
    requested = requested_urls(page)
    page.goto(book_server.url + "en/an-toan/")
    wait_until_kept(page)
    wait_until_kept(page, book_server.url + "en/offline.html")
    assert book_server.url + "offline.html" not in requested, "nor the Vietnamese offline page"
    go_offline(page)
    page.goto(book_server.url + "en/an-toan/ma-otp/")
    expect(page.locator(H1).first).to_have_text("You are offline")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    saved = page.locator("[data-sotay-saved]")
    expect(saved.get_by_role("link", name="Staying safe online")).to_be_visible()


def test_a_vietnamese_first_visit_does_not_download_the_english_offline_page(page, book_server):
    requested = requested_urls(page)
    en_offline = book_server.url + "en/offline.html"
    page.goto(book_server.url + "an-toan/")
    wait_until_kept(page)
    wait_until_kept(page, book_server.url + "offline.html")
    assert en_offline not in requested and not is_kept(page, en_offline)

    go_offline(page)
    page.goto(book_server.url + "en/an-toan/ma-otp/")
    expect(page.locator(H1).first).to_have_text("Bạn đang không có mạng")  # the offline page this reader has

    page.context.set_offline(False)
    page.goto(book_server.url + "en/")  # the reader switches language: its offline page is kept now
    wait_until_kept(page, en_offline)
    go_offline(page)
    page.goto(book_server.url + "en/an-toan/ma-otp/")
    expect(page.locator(H1).first).to_have_text("You are offline")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(book_server.url + "dien-thoai/cai-ung-dung/")
    expect(page.locator(H1).first).to_have_text("Bạn đang không có mạng")


def test_saving_a_chapter_makes_its_other_pages_readable_offline(page, book_server):
    page.goto(book_server.url + "an-toan/")
    wait_until_kept(page)
    page.get_by_role("button", name="Lưu chương này để đọc khi không có mạng").click()
    expect(page.locator("[data-sotay-save-status]")).to_have_text(
        "Đã lưu 3 trang. Bạn đọc được chương này cả khi không có mạng."
    )
    go_offline(page)
    page.goto(book_server.url + "an-toan/ma-otp/")
    expect(page.locator(H1).first).to_contain_text("Không đưa mã OTP cho ai")
    page.goto(book_server.url + "an-toan/mat-khau/")
    expect(page.locator(H1).first).to_contain_text("Đặt mật khẩu khó đoán")
    page.wait_for_function("document.querySelector('article img[src*=khoa]').naturalWidth > 0")
    expect(page.locator("[data-sotay-save-status]")).to_have_text(
        "Chương này đã được lưu trên máy để đọc khi không có mạng."
    )
    page.goto(book_server.url + "dien-thoai/cai-ung-dung/")
    expect(page.locator(H1).first).to_have_text("Bạn đang không có mạng"), "another chapter was not saved"


def test_save_chapter_button_in_english_says_when_pages_could_not_be_saved(page, book_server):
    page.goto(book_server.url + "en/an-toan/")
    wait_until_kept(page)
    go_offline(page)
    page.get_by_role("button", name="Save this chapter for offline use").click()
    expect(page.locator("[data-sotay-save-status]")).to_have_text(
        re.compile(r"^2 of 3 pages could not be saved\. Try again when you are online\.$")
    )


def _book_copy(dest: Path) -> Path:
    """The book fixture copied to *dest* with its configuration pointing back at this checkout."""
    shutil.copytree(FIXTURES / "book", dest)
    config = dest / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../", f"{ROOT.as_posix()}/"))
    return config


def _version(site: Path) -> str:
    return re.search(r'"version": "([0-9a-f]+)"', (site / "sw.js").read_text()).group(1)


@pytest.mark.slow
def test_a_new_build_replaces_the_saved_pages(page, tmp_path):
    config = _book_copy(tmp_path / "book")
    site = build_atomically(config, tmp_path / "site")
    with StaticServer(site) as server:
        page.goto(server.url + "en/")  # a page in English: the English offline page is kept too
        wait_until_kept(page, server.url + "en/offline.html")
        page.goto(server.url + "an-toan/")  # no English page open when the new build comes
        wait_until_kept(page)
        page.get_by_role("button", name="Lưu chương này để đọc khi không có mạng").click()
        expect(page.locator("[data-sotay-save-status]")).to_contain_text("Đã lưu 3 trang")
        old = _version(site)
        assert page.evaluate(CACHE_NAMES) == [f"sotay-{old}"]

        page_md = tmp_path / "book" / "docs" / "vi" / "an-toan" / "mat-khau.md"
        page_md.write_text(
            page_md.read_text().replace("Hướng dẫn này giúp bạn", "Bản mới: hướng dẫn này giúp bạn")
        )
        build_atomically(config, site)
        new = _version(site)
        assert new != old

        page.goto(server.url + "an-toan/")  # online: the browser finds the new worker
        page.wait_for_function(
            f"async () => {{ const n = await ({CACHE_NAMES})(); return n.length === 1 && n[0] === 'sotay-{new}'; }}",
            timeout=20000,
        )
        page.goto(server.url + "an-toan/mat-khau/")
        go_offline(page)
        page.goto(server.url + "an-toan/ma-otp/")
        (
            expect(page.locator(H1).first).to_contain_text("Không đưa mã OTP cho ai"),
            "saved pages moved to the new build",
        )
        page.goto(server.url + "an-toan/mat-khau/")
        expect(page.locator("article")).to_contain_text("Bản mới: hướng dẫn này giúp bạn")
        page.goto(server.url + "en/an-toan/ma-otp/")  # never read: the offline pages moved too
        expect(page.locator(H1).first).to_have_text("You are offline")
