"""Keyboard only, on a 360 px phone screen, in the real handbook: skip link, menu, search, quiz, language.

Every stop of the Tab key must be on screen with a visible focus ring; motion is switched off for
readers who ask for less of it (prefers-reduced-motion).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.slow

LESSON = "vneid/dang-nhap/"
QUIZ = "vneid/kiem-tra/"

# What the focused element looks like to a sighted keyboard user.
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e), r = e.getBoundingClientRect();
  const hit = document.elementFromPoint(Math.min(Math.max(r.x + r.width / 2, 0), innerWidth - 1),
                                        Math.min(Math.max(r.y + r.height / 2, 0), innerHeight - 1));
  return {
    tag: e.tagName, text: (e.getAttribute("aria-label") || e.textContent || "").trim().slice(0, 50),
    ring: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2,
    onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight,
    uncovered: !!hit && (e === hit || e.contains(hit) || hit.contains(e)),
    inMenu: !!e.closest(".md-sidebar--primary"), inContent: !!e.closest(".md-content"),
  };
}"""


# Transitions (menu sliding, dropdowns fading) end before we look, as they would for a person.
SETTLED = """() => Promise.race([
  Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))),
  new Promise(done => setTimeout(done, 1000)),
])"""


def press(page, key: str) -> None:
    page.keyboard.press(key)
    page.evaluate(SETTLED)


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def tab_until(page, predicate, limit: int = 80, key: str = "Tab") -> dict:
    """Press *key* until the focused element satisfies *predicate*; every stop must be visibly focused."""
    for _ in range(limit):
        press(page, key)
        f = focused(page)
        assert f and f["ring"] and f["onScreen"] and f["uncovered"], f"focus not visible: {f}"
        if predicate(f):
            return f
    raise AssertionError(f"not reached in {limit} presses of {key}")


def test_every_tab_stop_is_on_screen_with_a_visible_focus_ring(page, real_server):
    page.goto(real_server.url + LESSON)
    stops = []
    while len(stops) < 120:
        press(page, "Tab")
        f = focused(page)
        if f is None:  # past the last stop: focus left the page
            break
        assert f["ring"] and f["onScreen"] and f["uncovered"], f"focus not visible: {f}"
        stops.append(f)
    assert not any(f["inMenu"] for f in stops), "the closed phone menu must not take focus"
    assert any(f["inContent"] for f in stops) and len(stops) > 10


def test_skip_link_is_the_first_stop_and_leads_into_the_content(page, real_server):
    page.goto(real_server.url + LESSON)
    first = tab_until(page, lambda f: True)
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    assert first["onScreen"] and first["text"]
    target = page.locator(skip.get_attribute("href"))
    press(page, "Enter")
    expect(target).to_be_in_viewport()
    # The next stop is in the page's content, past the header, menu, language and search buttons.
    assert tab_until(page, lambda f: True)["inContent"]


def test_phone_menu_opens_moves_focus_and_closes_by_keyboard(page, real_server):
    page.goto(real_server.url + LESSON)
    tab_until(
        page,
        lambda f: (
            f["tag"] == "BUTTON"
            and "sotay-menu-button" in (page.evaluate("document.activeElement.className"))
        ),
    )
    button = page.locator(".sotay-menu-button")
    expect(button).to_have_attribute("aria-expanded", "false")
    press(page, "Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    f = focused(page)
    assert f["inMenu"] and f["onScreen"] and f["ring"]
    # Through the open level of the menu only, to the page we are on, then back out with Escape.
    link = tab_until(page, lambda f: f["inMenu"] and f["tag"] == "A")
    assert link["uncovered"]
    page.keyboard.press("Escape")
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")
    press(page, "Space")
    expect(button).to_have_attribute("aria-expanded", "true")
    # "Back" to the chapters, then follow a chapter link: the menu is fully usable by keyboard.
    press(page, "Enter")  # focus is on the open level's "back" row
    chapter = tab_until(page, lambda f: f["inMenu"] and f["text"].startswith("An toàn"))
    assert chapter["uncovered"]
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/an-toan/$"))


def test_search_is_opened_used_and_closed_by_keyboard(page, real_server):
    page.goto(real_server.url + LESSON)
    tab_until(page, lambda f: f["tag"] == "BUTTON" and "Tìm" in f["text"])
    opener = page.locator("[data-sotay-search-open]")
    page.keyboard.press("Enter")
    field = page.locator("#sotay-search-input")
    expect(field).to_be_focused()
    page.keyboard.type("quen mat khau vneid")
    expect(page.locator("a[data-search-result]").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    result = focused(page)
    assert result["tag"] == "A" and result["ring"] and result["onScreen"]
    page.keyboard.press("Escape")
    expect(page.locator("dialog[data-sotay-search]")).not_to_have_attribute("open", "")
    expect(opener).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.type("quen mat khau vneid")
    expect(page.locator("a[data-search-result]").first).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/vneid/quen-mat-khau/"))


def test_a_quiz_is_answered_by_keyboard(page, real_server):
    page.goto(real_server.url + QUIZ)
    expect(page.locator(".sotay-quiz--js").first).to_be_attached()
    tab_until(page, lambda f: f["tag"] == "INPUT", limit=150)
    question = page.locator(".sotay-quiz__q").first
    expect(question.locator("input").first).to_be_focused()
    page.keyboard.press("Space")
    expect(question.locator("input:checked")).to_have_count(1)
    tab_until(page, lambda f: f["tag"] == "BUTTON")
    page.keyboard.press("Enter")
    expect(question.locator(".sotay-quiz__verdict")).not_to_have_text("")


def test_language_is_switched_by_keyboard_to_the_same_page(page, real_server):
    page.goto(real_server.url + LESSON)
    tab_until(page, lambda f: f["tag"] == "BUTTON" and "ngôn ngữ" in f["text"])
    english = tab_until(page, lambda f: f["text"] == "English")
    assert english["onScreen"]
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/" + re.escape(LESSON) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_motion_follows_the_readers_setting(browser, real_server, motion):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, reduced_motion=motion)
    page = ctx.new_page()
    page.goto(real_server.url + LESSON)
    page.locator(".sotay-menu-button").click()
    running = page.evaluate("() => document.getAnimations().length")
    scroll = page.evaluate("() => getComputedStyle(document.documentElement).scrollBehavior")
    ctx.close()
    if motion == "reduce":
        assert running == 0 and scroll == "auto"
    else:
        assert running > 0, "the menu slides in when motion is welcome"
