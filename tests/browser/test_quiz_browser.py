"""Quizzes in real headless Chromium: answering, feedback, keyboard, progress on the device, no JS, print."""

import re

import pytest
from playwright.sync_api import expect

QUIZ = "chuong-a/kiem-tra/"


def assert_nothing_went_wrong(w, origin: str) -> None:
    """No script error, no failed or foreign request of ours.

    Material's language switcher fetches ``<site_url>/sitemap.xml`` for every ``<link rel=alternate>``
    in the head (the fixture's site_url is not the test server); that request is not the quizzes'.
    """
    assert [e for e in w.errors if not e.startswith("Failed to load resource")] == []
    assert [f for f in w.failed if f.startswith(origin)] == []
    assert [u for u in w.third_party if not u.endswith("/sitemap.xml")] == []


def option(page, text: str):
    return page.locator(".sotay-quiz__opt label", has_text=text)


def question(page, n: int):
    return page.locator(".sotay-quiz__q").nth(n - 1)


def answer(page, n: int, *choices: str, check: str = "Kiểm tra") -> None:
    """Tick *choices* in question *n*, then press its check button."""
    for text in choices:
        option(page, text).click()
    question(page, n).get_by_role("button", name=check).click()


@pytest.fixture
def quiz_page(page, quiz_server, watch):
    w = watch(page, quiz_server.url)
    page.goto(quiz_server.url + QUIZ)
    expect(page.locator(".sotay-quiz--js")).to_have_count(1)
    yield page
    assert_nothing_went_wrong(w, quiz_server.url)


def test_right_answer_is_announced_with_text_and_icon(quiz_page):
    page = quiz_page
    q = question(page, 1)
    expect(q.locator(".sotay-quiz__answer")).to_be_hidden()
    option(page, "Không ai cả").click()
    q.get_by_role("button", name="Kiểm tra").click()
    verdict = q.locator(".sotay-quiz__verdict")
    expect(verdict).to_have_attribute("aria-live", "polite")
    expect(verdict).to_have_text("✓ Đúng rồi! Đúng. Mã OTP chỉ dành cho bạn.")
    expect(option(page, "Không ai cả")).to_contain_text("✓ đáp án đúng")
    expect(q.locator(".sotay-quiz__answer")).to_be_visible()
    expect(q.locator(".sotay-quiz__answer")).to_contain_text("Mã OTP chỉ dành cho chính bạn.")
    expect(q.get_by_role("button", name="Làm lại câu này")).to_be_visible()


def test_wrong_answer_shows_why_marks_choices_and_can_be_retried(quiz_page):
    page = quiz_page
    q = question(page, 1)
    option(page, "Nhân viên ngân hàng").click()
    q.get_by_role("button", name="Kiểm tra").click()
    expect(q.locator(".sotay-quiz__verdict")).to_have_text(
        "✗ Chưa đúng. Chưa đúng. Ngân hàng không bao giờ gọi điện xin mã OTP."
    )
    expect(option(page, "Nhân viên ngân hàng")).to_contain_text("✗ bạn chọn, chưa đúng")
    expect(option(page, "Không ai cả")).to_contain_text("✓ đáp án đúng")
    expect(q.locator("input").first).to_be_disabled()
    q.get_by_role("button", name="Làm lại câu này").click()
    expect(q.locator(".sotay-quiz__verdict")).to_have_text("")
    expect(q.locator(".sotay-quiz__mark")).to_have_count(0)
    expect(q.locator("input").first).to_be_focused()
    expect(q.locator("input:checked")).to_have_count(0)
    option(page, "Không ai cả").click()
    q.get_by_role("button", name="Kiểm tra").click()
    expect(q.locator(".sotay-quiz__verdict")).to_contain_text("✓ Đúng rồi!")


def test_checking_without_choosing_asks_for_an_answer(quiz_page):
    q = question(quiz_page, 1)
    q.get_by_role("button", name="Kiểm tra").click()
    expect(q.locator(".sotay-quiz__verdict")).to_have_text("Hãy chọn đáp án trước khi bấm Kiểm tra.")
    expect(q.locator(".sotay-quiz__answer")).to_be_hidden()


def test_multiple_choice_needs_every_right_box_and_no_wrong_one(quiz_page):
    page = quiz_page
    q = question(page, 2)
    option(page, "Mã OTP").click()
    q.get_by_role("button", name="Kiểm tra").click()
    expect(q.locator(".sotay-quiz__verdict")).to_have_text("✗ Chưa đúng.")
    expect(option(page, "Mật khẩu")).to_contain_text("✓ đáp án đúng")
    q.get_by_role("button", name="Làm lại câu này").click()
    option(page, "Mã OTP").click()
    option(page, "Mật khẩu").click()
    q.get_by_role("button", name="Kiểm tra").click()
    expect(q.locator(".sotay-quiz__verdict")).to_have_text("✓ Đúng rồi!")


def test_score_summary_counts_first_tries_and_the_quiz_can_be_restarted(quiz_page):
    page = quiz_page
    answer(page, 1, "Nhân viên ngân hàng")
    expect(page.locator(".sotay-quiz__summary")).to_have_text("")
    answer(page, 2, "Mã OTP", "Mật khẩu")
    expect(page.locator(".sotay-quiz__summary")).to_have_text("Bạn trả lời đúng 1/2 câu ngay lần đầu.")
    expect(page.locator(".sotay-quiz__best")).to_contain_text("Kết quả tốt nhất trên máy này: 1/2 câu")
    page.get_by_role("button", name="Làm lại cả bài").click()
    expect(page.locator(".sotay-quiz__summary")).to_have_text("")
    expect(page.locator(".sotay-quiz__mark")).to_have_count(0)
    expect(page.locator(".sotay-quiz__q input").first).to_be_focused()


def _tab_to(page, selector: str, limit: int = 120):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement && document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_whole_quiz_can_be_done_with_the_keyboard_only(quiz_page):
    page = quiz_page
    _tab_to(page, "input[name='q-chuong-a-kiem-tra--1']")
    page.keyboard.press("ArrowDown")  # moves and selects the next radio: "Không ai cả"
    expect(question(page, 1).locator("input:checked")).to_have_attribute("value", "1")
    _tab_to(page, ".sotay-quiz__check")
    page.keyboard.press("Enter")
    expect(question(page, 1).locator(".sotay-quiz__verdict")).to_contain_text("✓ Đúng rồi!")
    _tab_to(page, "input[name='q-chuong-a-kiem-tra--2']")
    page.keyboard.press("Space")  # Mã OTP
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # Mật khẩu
    _tab_to(page, "#quiz-chuong-a-kiem-tra--2 .sotay-quiz__check")
    page.keyboard.press("Space")
    expect(question(page, 2).locator(".sotay-quiz__verdict")).to_contain_text("✓ Đúng rồi!")
    expect(page.locator(".sotay-quiz__summary")).to_have_text("Bạn trả lời đúng 2/2 câu ngay lần đầu.")
    _tab_to(page, ".sotay-quiz__again")
    page.keyboard.press("Enter")
    expect(page.locator(".sotay-quiz__summary")).to_have_text("")


def test_touch_targets_are_at_least_44_px(quiz_page):
    page = quiz_page
    for locator in (page.locator(".sotay-quiz__opt label"), page.locator(".sotay-quiz__check")):
        for box in [el.bounding_box() for el in locator.all()]:
            assert box["height"] >= 44 and box["width"] >= 44, box
    summary = page.locator(".sotay-quiz__answer summary").first
    answer(page, 1, "Không ai cả")
    assert summary.bounding_box()["height"] >= 44


def test_best_score_survives_a_reload_and_shows_on_the_progress_page(quiz_page, quiz_server):
    page = quiz_page
    answer(page, 1, "Không ai cả")
    answer(page, 2, "Mã OTP")
    expect(page.locator(".sotay-quiz__summary")).to_have_text("Bạn trả lời đúng 1/2 câu ngay lần đầu.")
    stored = page.evaluate("localStorage.getItem('sotay-quiz:vi:chuong-a-kiem-tra')")
    assert re.fullmatch(r'\{"score":1,"total":2,"date":"\d{4}-\d\d-\d\d"\}', stored)
    page.reload()
    expect(page.locator(".sotay-quiz__best")).to_contain_text("Kết quả tốt nhất trên máy này: 1/2 câu, ngày ")
    page.goto(quiz_server.url + "on-tap/tien-do/")
    row = page.locator("li[data-quiz='chuong-a-kiem-tra']")
    expect(row.locator(".sotay-quiz-progress__status")).to_contain_text("Đúng 1/2 câu, ngày ")
    expect(page.locator("li[data-quiz='chuong-b-kiem-tra'] .sotay-quiz-progress__status")).to_have_text(
        "Chưa làm"
    )
    expect(page.locator(".sotay-quiz-progress__summary")).to_have_text("Bạn đã làm 1/4 bài kiểm tra.")
    expect(page.locator(".sotay-quiz-progress__nojs")).to_be_hidden()
    row.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/chuong-a/kiem-tra/#quiz-chuong-a-kiem-tra$"))


def test_progress_is_kept_per_language_and_can_be_cleared(quiz_page, quiz_server):
    page = quiz_page
    answer(page, 1, "Không ai cả")
    answer(page, 2, "Mã OTP", "Mật khẩu")
    page.goto(quiz_server.url + "en/on-tap/tien-do/")
    expect(page.locator(".sotay-quiz-progress__summary")).to_have_text("You have taken 0 of 4 quizzes.")
    page.goto(quiz_server.url + "on-tap/tien-do/")
    expect(page.locator(".sotay-quiz-progress__summary")).to_have_text("Bạn đã làm 1/4 bài kiểm tra.")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Xóa tiến độ trên máy này").click()
    expect(page.locator(".sotay-quiz-progress__summary")).to_have_text(
        "Đã xóa tiến độ. Bạn đã làm 0/4 bài kiểm tra."
    )
    expect(page.locator("li[data-quiz='chuong-a-kiem-tra'] .sotay-quiz-progress__status")).to_have_text(
        "Chưa làm"
    )
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('sotay-quiz:')).length") == 0


def test_self_assessment_shows_a_result_per_chapter_with_links_back(page, quiz_server, watch):
    w = watch(page, quiz_server.url)
    page.goto(quiz_server.url + "on-tap/tu-danh-gia/")
    answer(page, 1, "Không ai cả")
    answer(page, 2, "Mã OTP", "Mật khẩu")
    answer(page, 3, "Đường link trong tin nhắn lạ")
    expect(page.locator(".sotay-quiz__summary")).to_have_text("Bạn trả lời đúng 2/3 câu ngay lần đầu.")
    chapters = page.locator(".sotay-quiz__chapters")
    expect(chapters.locator("li[data-chapter='chuong-a']")).to_contain_text("✓ đúng 2/2 câu")
    expect(chapters.locator("li[data-chapter='chuong-b']")).to_contain_text(
        "✗ đúng 0/1 câu, nên ôn lại chương này"
    )
    chapters.get_by_role("link", name="Chương B").click()
    expect(page).to_have_url(re.compile(r"/chuong-b/$"))
    assert_nothing_went_wrong(w, quiz_server.url)


def test_english_pages_speak_english(page, quiz_server):
    page.goto(quiz_server.url + "en/" + QUIZ)
    answer(page, 1, "Nobody", check="Check")
    expect(question(page, 1).locator(".sotay-quiz__verdict")).to_contain_text("✓ Correct!")
    expect(question(page, 1).get_by_role("button", name="Try again")).to_be_visible()


def test_without_javascript_answers_are_revealed_by_show_answer(browser, quiz_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(quiz_server.url + QUIZ)
    q = question(page, 1)
    expect(q.locator("legend")).to_contain_text("Ai được phép hỏi mã OTP của bạn?")
    expect(q.locator("input[type=radio]")).to_have_count(3)
    expect(q.get_by_role("button", name="Kiểm tra")).to_be_hidden()
    expect(q.locator(".sotay-quiz__fb").first).to_be_hidden()
    answer = q.locator("details.sotay-quiz__answer")
    expect(answer.locator(".sotay-quiz__why")).to_be_hidden()
    answer.locator("summary", has_text="Xem đáp án").click()
    expect(answer.locator(".sotay-quiz__right")).to_have_text("Đáp án đúng: Không ai cả")
    expect(answer.locator(".sotay-quiz__why")).to_be_visible()
    option(page, "Không ai cả").click()
    expect(q.locator("input[value='1']")).to_be_checked()
    page.goto(quiz_server.url + "on-tap/tien-do/")
    expect(page.locator(".sotay-quiz-progress__nojs")).to_be_visible()
    expect(page.get_by_role("link", name="Kiểm tra chương A: Bài kiểm tra chương A")).to_be_visible()
    context.close()


def test_printed_quiz_shows_questions_with_empty_boxes_and_no_answers(quiz_page):
    page = quiz_page
    answer(page, 1, "Không ai cả")
    page.emulate_media(media="print")
    q = question(page, 1)
    expect(q.locator("legend")).to_be_visible()
    expect(q.locator(".sotay-quiz__answer")).to_be_hidden()
    expect(q.locator(".sotay-quiz__verdict")).to_be_hidden()
    expect(q.locator(".sotay-quiz__mark").first).to_be_hidden()
    expect(q.get_by_role("button")).to_be_hidden()
    box = q.locator("input").nth(1)
    assert box.evaluate("el => getComputedStyle(el).appearance") == "none", "boxes print empty even if ticked"
