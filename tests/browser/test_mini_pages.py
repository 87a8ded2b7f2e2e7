"""The fixture handbook in real headless Chromium: renders, switches language, nothing fails."""

import re

from playwright.sync_api import expect


def test_home_page_renders_in_vietnamese(page, mini_server, watch):
    w = watch(page, mini_server.url)
    page.goto(mini_server.url)
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("article h1")).to_contain_text("Trang chủ thử nghiệm")
    page.wait_for_load_state("networkidle")
    assert w.errors == [] and w.failed == [] and w.third_party == []


def test_language_round_trip_keeps_the_same_page(page, mini_server, watch):
    w = watch(page, mini_server.url)
    page.goto(mini_server.url + "bai/")
    expect(page.locator("article h1")).to_contain_text("Bài đầu tiên")
    page.locator(".md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').first.click()
    expect(page).to_have_url(re.compile(r"/en/bai/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("article h1")).to_contain_text("First lesson")
    page.locator(".md-select").first.hover()
    page.locator('a.md-select__link[hreflang="vi"]').first.click()
    expect(page).to_have_url(re.compile(r"/bai/$"))
    expect(page.locator("article h1")).to_contain_text("Bài đầu tiên")
    assert w.failed == [] and w.errors == []


def test_unknown_address_shows_the_not_found_page_in_english(page, mini_server):
    response = page.goto(mini_server.url + "en/khong-co/")
    assert response.status == 404
    expect(page.locator("article h1")).to_contain_text("Page not found")
    page.get_by_role("link", name="Go to the home page").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_header_uses_our_teal_not_materials_indigo(page, mini_server):
    page.goto(mini_server.url)
    header = page.locator("header.md-header")
    expect(header).to_have_css("background-color", "rgb(0, 105, 92)")
    expect(header).to_have_css("color", "rgb(255, 255, 255)")
