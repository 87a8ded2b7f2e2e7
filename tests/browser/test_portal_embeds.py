"""Snippets from the agencies' page, pasted as-is into another organisation's page (127.0.0.2).

The handbook is served on 127.0.0.1. Each snippet must render, its links must work, the widget's
styles must not leak in either direction, the iframe must fit its content, and a plain link must
stay when the handbook cannot be reached. No cookies, no request to anyone else.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from sotay.build.embed_snippets import render_snippet, snippet_values
from sotay.build.pipeline import SiteInfo

HOSTILE_CSS = """
body { font-family: "Times New Roman", serif; color: rgb(200, 0, 0); letter-spacing: 3px; line-height: 3; }
a { color: rgb(255, 0, 255) !important; font-size: 30px; }
ul, li { list-style: square; margin: 40px; padding: 40px; background: rgb(255, 255, 0); }
h2 { color: rgb(0, 0, 255); font-size: 50px; }
button, input { background: rgb(0, 0, 0); color: rgb(0, 0, 0); }
.w, .t, .d, .m, .h, form { display: none !important; }
"""

PORTAL_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,"><title>Cổng thông tin xã Thử Nghiệm</title><style>{css}</style></head>
<body>
<h1>Cổng thông tin xã Thử Nghiệm</h1>
<h2 id="portal-heading">Tin tức</h2>
<ul id="portal-list"><li><a id="portal-link" href="#tin">Tin của xã</a></li></ul>
<section id="slot">
{snippet}
</section>
<p id="after">Chân trang của cổng.</p>
</body></html>
"""


def snippets(page, handbook, *, chapter: str = "", lang: str = "vi") -> dict[str, str]:
    """Open the agencies' page, pick *chapter* and *lang* in its form, read every snippet as shown."""
    page.goto(handbook.url + "nhung/")
    form = page.locator("[data-embed-form]")
    expect(form).to_be_visible()
    form.locator("select[name=chapter]").select_option(chapter)
    form.locator("select[name=lang]").select_option(lang)
    shown = page.locator("[data-embed-snippet]")
    return {
        shown.nth(i).get_attribute("data-embed-kind"): shown.nth(i).inner_text() for i in range(shown.count())
    }


def open_portal(page, portal_host, name: str, snippet: str, css: str = HOSTILE_CSS):
    (portal_host.root / name).write_text(PORTAL_PAGE.format(css=css, snippet=snippet), encoding="utf-8")
    page.goto(portal_host.url + name)


class Traffic:
    """Every request a page makes, and every error it logs."""

    def __init__(self, page, *origins: str):
        self.origins = origins
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.context.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def third_party(self) -> list[str]:
        return [u for u in self.requests if not u.startswith((*self.origins, "data:", "blob:", "about:"))]


def style(locator, *props: str) -> dict[str, str]:
    return locator.evaluate(
        "(el, props) => { const s = getComputedStyle(el); return Object.fromEntries(props.map(p => [p, s[p]])); }",
        list(props),
    )


def test_agencies_form_rewrites_every_snippet_for_the_chosen_chapter_and_language(
    page, portal_handbook, portal_site
):
    catalog = json.loads((portal_site / "catalog.json").read_text(encoding="utf-8"))
    info = SiteInfo(portal_site, portal_handbook.url, ("vi", "en"), "vi", extra={"catalog": catalog})
    expected = snippet_values(info)
    shown = snippets(page, portal_handbook)
    assert shown == {kind: render_snippet(kind, expected["vi"][""]) for kind in shown}
    assert set(shown) == {"widget", "iframe", "search", "link"}
    shown = snippets(page, portal_handbook, chapter="vneid", lang="en")
    assert shown == {kind: render_snippet(kind, expected["en"]["vneid"]) for kind in shown}
    assert 'data-chapter="vneid"' in shown["widget"] and 'data-lang="en"' in shown["widget"]


def test_copy_button_puts_the_snippet_on_the_clipboard(page, portal_handbook):
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=portal_handbook.url.rstrip("/")
    )
    shown = snippets(page, portal_handbook, chapter="an-toan")
    box = page.locator(".sotay-snippet", has=page.locator('[data-embed-kind="link"]'))
    box.get_by_role("button", name="Sao chép mã").click()
    expect(box.get_by_role("status")).to_have_text("Đã sao chép.")
    assert page.evaluate("navigator.clipboard.readText()") == shown["link"]


def test_widget_shows_the_chapter_guides_as_cards_with_working_links(page, portal_handbook, portal_host):
    widget = snippets(page, portal_handbook, chapter="vneid")["widget"]
    traffic = Traffic(page, portal_host.url, portal_handbook.url)
    open_portal(page, portal_host, "widget.html", widget)
    host = page.locator("[data-sotay-widget][data-sotay-ready]")
    expect(host).to_have_count(1)
    cards = host.locator("li a")
    expect(cards).to_have_count(2)
    expect(host.get_by_role("heading", level=2)).to_have_text("Định danh điện tử VNeID")
    assert cards.locator(".t").all_inner_texts() == [
        "Cài đặt VNeID và kích hoạt tài khoản",
        "Đăng nhập VNeID",
    ]
    hrefs = [cards.nth(i).get_attribute("href") for i in range(2)]
    assert hrefs == [portal_handbook.url + "vneid/cai-dat/", portal_handbook.url + "vneid/dang-nhap/"]
    expect(host.get_by_role("link", name=re.compile("Xem tất cả trong Sổ tay"))).to_have_attribute(
        "href", portal_handbook.url + "vneid/"
    )
    with page.context.expect_page() as new_tab:
        cards.first.click()
    guide = new_tab.value
    guide.wait_for_load_state()
    assert guide.url == hrefs[0]
    expect(guide.locator("article h1")).to_contain_text("Cài đặt VNeID và kích hoạt tài khoản")
    guide.close()
    assert page.context.cookies() == [], "no cookies, on the portal or the handbook"
    assert traffic.third_party() == []
    assert traffic.errors == []


def test_widget_lists_guides_by_tag_and_in_english(page, portal_handbook, portal_host):
    widget = snippets(page, portal_handbook, lang="en")["widget"].replace('data-chapter=""', 'data-tag="otp"')
    open_portal(page, portal_host, "widget-tag.html", widget)
    host = page.locator("[data-sotay-widget][data-sotay-ready]")
    expect(host.get_by_role("heading")).to_have_text("Guides about “otp”")
    titles = host.locator("li a .t")
    expect(titles).to_have_text(["Install VNeID and activate your account", "Giữ bí mật mã OTP"])
    assert titles.nth(1).get_attribute("lang") == "vi", "an untranslated guide is marked as Vietnamese"
    expect(host.locator(".w")).to_have_attribute("lang", "en")


def test_whole_handbook_widget_lists_the_chapters(page, portal_handbook, portal_host):
    open_portal(page, portal_host, "widget-all.html", snippets(page, portal_handbook)["widget"])
    titles = page.locator("[data-sotay-widget][data-sotay-ready] li a .t")
    expect(titles).to_have_text(["Định danh điện tử VNeID", "An toàn trên không gian mạng"])


def test_widget_styles_do_not_leak_in_either_direction(page, portal_handbook, portal_host):
    widget = snippets(page, portal_handbook, chapter="vneid")["widget"]
    props = ("color", "fontFamily", "fontSize", "backgroundColor", "letterSpacing", "marginTop", "paddingTop")
    blank = "<p>(no widget)</p>"
    open_portal(page, portal_host, "bare.html", blank)
    portal_parts = {
        sel: page.locator(sel) for sel in ("#portal-heading", "#portal-link", "#portal-list", "#after")
    }
    before = {sel: style(loc, *props) for sel, loc in portal_parts.items()}
    open_portal(page, portal_host, "styles.html", widget)
    host = page.locator("[data-sotay-widget][data-sotay-ready]")
    expect(host).to_have_count(1)
    after = {sel: style(page.locator(sel), *props) for sel in portal_parts}
    assert after == before, "the widget changes nothing on the portal"
    card_title = host.locator("li a .t").first
    expect(card_title).to_be_visible()
    title = style(card_title, "color", "fontFamily", "letterSpacing", "display")
    assert title["color"] == "rgb(11, 83, 148)", (
        "the portal's a { color: … !important } does not reach the cards"
    )
    assert "Times" not in title["fontFamily"] and title["letterSpacing"] == "normal"
    item = style(host.locator("li").first, "backgroundColor", "marginTop", "paddingTop", "listStyleType")
    assert item == {
        "backgroundColor": "rgba(0, 0, 0, 0)",
        "marginTop": "0px",
        "paddingTop": "0px",
        "listStyleType": "none",
    }
    heading = style(host.get_by_role("heading"), "color", "fontSize")
    assert heading["color"] == "rgb(0, 77, 64)" and heading["fontSize"] != "50px"


def test_search_snippet_opens_the_handbook_search_in_a_new_tab(page, portal_handbook, portal_host):
    search = snippets(page, portal_handbook, lang="en")["search"]
    traffic = Traffic(page, portal_host.url, portal_handbook.url)
    open_portal(page, portal_host, "search.html", search)
    host = page.locator("[data-sotay-widget][data-sotay-ready]")
    box = host.get_by_role("searchbox", name="Search the Digital Literacy Handbook")
    expect(box).to_be_visible()
    assert style(box, "backgroundColor")["backgroundColor"] == "rgb(255, 255, 255)", (
        "portal input styles stay out"
    )
    box.fill("mã OTP")
    with page.context.expect_page() as new_tab:
        host.get_by_role("button", name="Search").click()
    results = new_tab.value
    results.wait_for_load_state()
    assert results.url == portal_handbook.url + "en/?q=m%C3%A3+OTP"
    expect(results.locator("html")).to_have_attribute("lang", "en")
    assert traffic.third_party() == [] and page.context.cookies() == []


def test_iframe_view_fits_its_content_and_opens_links_in_a_new_tab(page, portal_handbook, portal_host):
    iframe = snippets(page, portal_handbook, chapter="vneid")["iframe"]
    long_page = iframe.replace("vneid/embed.html", "vneid/cai-dat/embed.html")
    assert long_page != iframe
    traffic = Traffic(page, portal_host.url, portal_handbook.url)
    open_portal(page, portal_host, "iframe.html", iframe + "\n" + long_page, css="")
    frames = page.locator("iframe[data-sotay-embed]")
    expect(frames).to_have_count(2)

    def fits(i: int) -> tuple[float, float]:
        frame = page.frame_locator("iframe[data-sotay-embed]").nth(i)
        content = frame.locator("[data-sotay-embed-view]").evaluate(
            "el => Math.ceil(el.getBoundingClientRect().bottom + scrollY)"
        )
        return frames.nth(i).bounding_box()["height"], content

    for i in range(2):
        page.wait_for_function(
            "i => { const f = document.querySelectorAll('iframe[data-sotay-embed]')[i]; return f.style.height && f.style.height !== '600px'; }",
            arg=i,
        )
    (short_h, short_c), (long_h, long_c) = fits(0), fits(1)
    assert short_h < 600 < long_h, "the snippet's 600 px becomes the content's height, smaller or larger"
    assert abs(short_h - short_c) <= 24 and abs(long_h - long_c) <= 24
    page.set_viewport_size({"width": 320, "height": 740})
    page.wait_for_function(
        f"document.querySelectorAll('iframe[data-sotay-embed]')[1].getBoundingClientRect().height > {long_h}"
    )

    view = page.frame_locator("iframe[data-sotay-embed]").nth(1)
    expect(view.locator("header, nav, footer")).to_have_count(0)
    link = view.get_by_role("link", name="Đăng nhập VNeID")
    expect(link).to_have_attribute("target", "_blank")
    link.focus()  # activated from the keyboard: a mouse click could land mid-resize on a loaded machine
    with page.context.expect_page() as new_tab:
        link.press("Enter")
    full = new_tab.value
    full.wait_for_load_state()
    assert full.url == portal_handbook.url + "vneid/dang-nhap/"
    expect(full.locator("header.md-header")).to_be_visible()
    assert page.url == portal_host.url + "iframe.html", "the portal page stays where it was"
    assert traffic.third_party() == []
    assert traffic.errors == []


def test_link_snippet_is_a_plain_working_link(page, portal_handbook, portal_host):
    link = snippets(page, portal_handbook, chapter="an-toan", lang="en")["link"]
    open_portal(page, portal_host, "link.html", link)
    anchor = page.locator("#slot a")
    expect(anchor).to_have_text("Digital Literacy Handbook: Staying safe online")
    anchor.click()
    expect(page).to_have_url(portal_handbook.url + "en/an-toan/")
    expect(page.locator("article h1")).to_contain_text("Staying safe online")


@pytest.mark.parametrize("failure", ["handbook down", "catalog unreachable"])
def test_the_plain_link_and_form_stay_when_the_handbook_cannot_be_reached(
    page, portal_handbook, portal_host, failure
):
    shown = snippets(page, portal_handbook, chapter="vneid")
    pasted = shown["widget"] + "\n" + shown["search"]
    if failure == "handbook down":
        pasted = pasted.replace(f'src="{portal_handbook.url}', 'src="http://127.0.0.1:9/')
    else:
        page.route("**/catalog.json", lambda route: route.abort())
    open_portal(page, portal_host, f"down-{failure[:4]}.html", pasted, css="")
    page.wait_for_load_state("networkidle")
    expect(page.locator("[data-sotay-ready]")).to_have_count(0)
    link = page.locator("#slot a")
    expect(link).to_have_text("Sổ tay Bình dân học vụ số: Định danh điện tử VNeID")
    expect(link).to_have_attribute("href", portal_handbook.url + "vneid/")
    if failure == "catalog unreachable":
        return  # the search box needs no catalog: it is drawn anyway (see the search test)
    page.locator("#slot input[name=q]").fill("otp")
    with page.context.expect_page() as new_tab:
        page.locator("#slot button").click()
    assert new_tab.value.url == portal_handbook.url + "?q=otp", "the plain form still searches the handbook"
