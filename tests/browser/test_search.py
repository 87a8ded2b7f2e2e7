"""Search in real headless Chromium on the search fixture handbook, as a reader on a phone uses it."""

import re
import unicodedata
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from sotay.text import fold

RESULTS = "a[data-search-result]"
SEARCH_FILES = re.compile(r"/search/|sotay-search\.(js|css)")


def search(page, server, query, lang="vi", path=""):
    """Open ``?q=<query>`` and return the visible results' (text, href), best first."""
    home = server.url + ("" if lang == "vi" else f"{lang}/") + path
    page.goto(home + "?q=" + quote(query))
    status = page.locator("[data-sotay-search-status]")
    expect(status).not_to_have_text(re.compile(r"^$|…$"))
    return [(a.text_content(), a.get_attribute("href")) for a in page.locator(RESULTS).all()]


@pytest.mark.parametrize(
    "typed",
    [
        "đăng nhập dịch vụ công",
        "dang nhap dich vu cong",
        "DANG NHAP DICH VU CONG",
        unicodedata.normalize("NFD", "Đăng nhập Dịch vụ công"),
        "dang nhap dvc",
    ],
)
def test_every_way_of_typing_finds_the_same_page_first(page, search_server, typed):
    results = search(page, search_server, typed)
    assert results[0][0].startswith("Đăng nhập Cổng Dịch vụ công bằng VNeID")


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("cccd", "Thẻ căn cước gắn chip"),
        ("CCCD", "Thẻ căn cước gắn chip"),
        ("bhxh", "Cài và dùng VssID"),
        ("hoá đơn", "Đăng ký khai sinh trực tuyến"),
        ("hóa đơn", "Đăng ký khai sinh trực tuyến"),
        ("thuỷ lợi", "Đăng ký khai sinh trực tuyến"),
        ("lua dao", "Nhận diện lừa đảo qua điện thoại"),
        ("tthc khai sinh", "Đăng ký khai sinh trực tuyến"),
    ],
)
def test_abbreviations_and_tone_mark_placement(page, search_server, typed, title):
    assert search(page, search_server, typed)[0][0].startswith(title)


def test_result_shows_title_section_and_highlighted_snippet_and_links_to_the_heading(page, search_server):
    search(page, search_server, "ma otp")
    first = page.locator(RESULTS).first
    expect(first).to_have_attribute("href", re.compile(r"/dich-vu-cong/dang-nhap/#loi-thuong-gap$"))
    expect(first.locator(".sotay-search__title")).to_have_text("Đăng nhập Cổng Dịch vụ công bằng VNeID")
    expect(first.locator(".sotay-search__where")).to_have_text("Dịch vụ công trực tuyến › Lỗi thường gặp")
    expect(first.locator(".sotay-search__snippet mark").first).to_have_text(re.compile("^(mã|OTP)$"))
    first.click()
    expect(page).to_have_url(re.compile(r"/dich-vu-cong/dang-nhap/#loi-thuong-gap$"))
    expect(page.locator("dialog[data-sotay-search]")).not_to_be_visible()


def test_title_matches_rank_first(page, search_server):
    titles = [text for text, _ in search(page, search_server, "dich vu cong")]
    assert titles[0].startswith("Dịch vụ công trực tuyến") or titles[0].startswith(
        "Đăng nhập Cổng Dịch vụ công"
    )
    assert titles[1].startswith("Dịch vụ công trực tuyến") or titles[1].startswith(
        "Đăng nhập Cổng Dịch vụ công"
    )


def test_results_per_language(page, search_server):
    en = search(page, search_server, "scam", lang="en")
    assert en and en[0][0].startswith("Spotting phone scams")
    assert all("/en/" in href for _, href in en)
    vi = search(page, search_server, "vneid")
    assert vi and all("/en/" not in href for _, href in vi)
    expect(page.locator("[data-sotay-search-status]")).to_have_text(re.compile(r"^\d+ kết quả$"))


def test_q_works_on_any_page_and_under_en(page, search_server):
    assert search(page, search_server, "khai sinh", path="an-toan/lua-dao/")[0][0].startswith(
        "Đăng ký khai sinh trực tuyến"
    )
    assert search(page, search_server, "otp", lang="en", path="an-toan/")[0][0].startswith(
        "Log in to the Public Service Portal"
    )


def test_hidden_quiz_answers_are_not_found(page, search_server):
    assert search(page, search_server, "xuyenkhong") == []
    expect(page.locator("[data-sotay-search-status]")).to_contain_text("Không tìm thấy trang nào")


def test_nothing_is_downloaded_for_search_until_it_is_opened(page, search_server, watch):
    w = watch(page, search_server.url)
    fetched = []
    page.on("request", lambda r: SEARCH_FILES.search(r.url) and fetched.append(r.url))
    page.goto(search_server.url + "dich-vu-cong/")
    page.wait_for_load_state("networkidle")
    assert fetched == []
    page.get_by_role("button", name="Tìm kiếm").click()
    page.keyboard.type("lua dao")
    expect(page.locator(RESULTS).first).to_contain_text("Nhận diện lừa đảo")
    assert any(u.endswith("/search/meta.json") for u in fetched)
    assert not any(u.endswith(".txt") and "/s" in u for u in fetched[:2]), (
        "section texts come after the index"
    )
    ours = [u for u in w.failed + w.third_party if SEARCH_FILES.search(u)]
    assert ours == [], "search loads only from this site, and everything it asks for exists"
    assert [e for e in w.errors if "search" in e.lower()] == []


def test_keyboard_shortcut_focus_and_arrow_keys(page, search_server):
    page.goto(search_server.url + "an-toan/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    dialog = page.locator("dialog[data-sotay-search]")
    expect(dialog).to_be_visible()
    field = page.get_by_role("searchbox", name="Tìm trong Sổ tay")
    expect(field).to_be_focused()
    field.type("dich vu cong")
    expect(page.locator(RESULTS).first).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(page.locator(RESULTS).first).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.locator(RESULTS).nth(1)).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    expect(field).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).not_to_be_visible()
    page.keyboard.press("Control+k")
    expect(dialog).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/dich-vu-cong/dang-nhap/"))


def test_closing_returns_focus_to_the_search_button(page, search_server):
    page.goto(search_server.url)
    button = page.get_by_role("button", name="Tìm kiếm")
    button.click()
    page.get_by_role("button", name="Đóng tìm kiếm").click()
    expect(page.locator("dialog[data-sotay-search]")).not_to_be_visible()
    expect(button).to_be_focused()


def test_screen_reader_labels_in_english(page, search_server):
    page.goto(search_server.url + "en/")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.get_by_role("dialog", name="Search the handbook")).to_be_visible()
    expect(page.get_by_role("searchbox", name="Search the handbook")).to_be_focused()
    dialog = page.get_by_role("dialog", name="Search the handbook")
    expect(dialog.get_by_role("status")).to_have_text(re.compile("^Type a few words"))
    page.keyboard.type("scam")
    expect(dialog.get_by_role("list", name="Search results").get_by_role("link").first).to_contain_text(
        "Spotting"
    )
    expect(dialog.get_by_role("status")).to_have_text("1 result")


def test_dialog_fits_a_360_px_phone(page, search_server):
    search(page, search_server, "dang ky khai sinh truc tuyen cho con")
    box = page.locator("dialog[data-sotay-search]").bounding_box()
    assert box["x"] >= 0 and box["width"] <= 360
    widths = page.eval_on_selector_all(RESULTS, "els => els.map(e => e.scrollWidth - e.clientWidth)")
    assert widths and max(widths) <= 0, "no result scrolls sideways"
    assert page.evaluate("document.querySelector('dialog').scrollWidth") <= 360


def test_browser_folding_matches_the_index(page, search_server):
    search(page, search_server, "otp")
    samples = ["Đăng nhập", "ĐỊNH DANH", "hoá đơn", "thuỷ", "Khỏe", "Wi-Fi", "Quý", "Ứng dụng VNeID mức 2"]
    samples.append(unicodedata.normalize("NFD", "Lừa đảo qua mạng"))
    for text in samples:
        assert page.evaluate("t => window.SotaySearch.fold(t)", text) == fold(text), text


def test_synonym_variants(page, search_server):
    search(page, search_server, "otp")
    groups = [[["cccd"], ["can", "cuoc", "cong", "dan"]], [["dvc"], ["dich", "vu", "cong"]]]
    variants = page.evaluate("([t, g]) => window.SotaySearch.variants(t, g)", [["doi", "cccd"], groups])
    assert variants == [["doi", "cccd"], ["doi", "can", "cuoc", "cong", "dan"]]
    back = page.evaluate("([t, g]) => window.SotaySearch.variants(t, g)", [["dich", "vu", "cong"], groups])
    assert back == [["dich", "vu", "cong"], ["dvc"]]


def test_results_appear_while_the_last_word_is_still_being_typed(page, search_server):
    page.goto(search_server.url)
    page.get_by_role("button", name="Tìm kiếm").click()
    page.keyboard.type("khai si")
    expect(page.locator(RESULTS).first).to_contain_text("Đăng ký khai sinh trực tuyến")
    page.keyboard.type("nh tre")
    expect(page.locator(RESULTS).first).to_contain_text("Đăng ký khai sinh trực tuyến")


@pytest.fixture
def page_without_worker(browser):
    """A phone-sized page with service workers blocked: one that controls the page fetches scripts
    itself, past ``page.route``."""
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, locale="vi-VN", service_workers="block"
    )
    yield context.new_page()
    context.close()


def test_words_typed_while_the_search_code_is_still_loading_are_searched(page_without_worker, search_server):
    page = page_without_worker
    held = []
    page.route("**/sotay-search.js", lambda route: held.append(route))  # hold the engine back (slow 3G)
    page.goto(search_server.url)
    page.get_by_role("button", name="Tìm kiếm").click()
    expect(page.locator("#sotay-search-input")).to_be_focused()
    page.keyboard.type("khai sinh")
    expect(page.locator("#sotay-search-status")).to_have_text("Đang tìm…")
    for _ in range(100):  # up to 10 s on a loaded machine
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the search code was requested when search opened"
    held[0].continue_()
    expect(page.locator(RESULTS).first).to_contain_text("Đăng ký khai sinh trực tuyến")
    expect(page.locator("#sotay-search-input")).to_have_value("khai sinh")


def test_search_can_be_closed_while_its_code_is_still_loading(page_without_worker, search_server):
    page = page_without_worker
    held = []
    page.route("**/sotay-search.js", lambda route: held.append(route))  # a slow 3G connection
    page.goto(search_server.url + "?q=khai+sinh", wait_until="domcontentloaded")  # "load" waits for the code
    dialog = page.locator("dialog[data-sotay-search]")
    expect(dialog).to_be_visible()
    page.get_by_role("button", name="Đóng tìm kiếm").click()
    expect(dialog).not_to_be_visible()
    assert "q=" not in page.url, "the address no longer opens search"
    button = page.get_by_role("button", name="Tìm kiếm")
    button.click()
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).not_to_be_visible()
    expect(button).to_be_focused()
    for route in held:
        route.continue_()
