"""The printable book: pages in reading order, ids that do not clash, links that stay inside the book."""

import re

from sotay.print_book import (
    BookPage,
    BookSection,
    label_tabs,
    make_book,
    page_anchor,
    prefix_ids,
    rebase_links,
)


def test_page_anchor_is_a_valid_id_per_page():
    assert page_anchor("") == "p-home"
    assert page_anchor("vneid/") == "p-vneid"
    assert page_anchor("vneid/cai-dat/") == "p-vneid-cai-dat"
    assert page_anchor("en/vneid/cai-dat/#buoc") == "p-en-vneid-cai-dat"


def test_ids_and_what_points_at_them_get_the_page_prefix():
    html = (
        '<h2 id="cac-buoc">Các bước</h2><a href="#cac-buoc">x</a>'
        '<input id="__tabbed_1_1" name="__tabbed_1" type="radio"><label for="__tabbed_1_1">A</label>'
        '<div aria-labelledby="a b" data-id="keep">'
    )
    out = prefix_ids(html, "p-x")
    assert 'id="p-x--cac-buoc"' in out and 'href="#p-x--cac-buoc"' in out
    assert (
        'id="p-x--__tabbed_1_1"' in out
        and 'name="p-x--__tabbed_1"' in out
        and 'for="p-x--__tabbed_1_1"' in out
    )
    assert 'aria-labelledby="p-x--a p-x--b"' in out
    assert 'data-id="keep"' in out


def test_links_to_book_pages_become_anchors_and_the_rest_is_rebased():
    anchors = {"": "p-home", "vneid/": "p-vneid", "vneid/cai-dat/": "p-vneid-cai-dat"}
    html = (
        '<a href="../cai-dat/">a</a> <a href="../cai-dat/#buoc-2">b</a> <a href="../../">home</a>'
        ' <img src="../../assets/img/x.svg"> <a href="https://vneid.gov.vn/">c</a> <a href="#tai-day">d</a>'
        ' <a href="../../khong-co-trong-sach/">e</a>'
    )
    out = rebase_links(html, "vneid/dang-nhap/", "in/", anchors)
    assert 'href="#p-vneid-cai-dat"' in out
    assert 'href="#p-vneid-cai-dat--buoc-2"' in out
    assert 'href="#p-home"' in out
    assert 'src="../assets/img/x.svg"' in out
    assert 'href="https://vneid.gov.vn/"' in out and 'href="#tai-day"' in out
    assert 'href="../khong-co-trong-sach/"' in out


def test_links_from_the_home_page_and_from_english_pages():
    assert 'href="#p-bai"' in rebase_links('<a href="bai/">x</a>', "", "in/", {"bai/": "p-bai"})
    out = rebase_links('<img src="../../../assets/img/x.svg">', "en/vneid/cai-dat/", "en/in/", {})
    assert 'src="../../assets/img/x.svg"' in out


def test_every_tab_gets_its_label_printed_above_it():
    html = (
        '<div class="tabbed-set"><div class="tabbed-labels"><label for="a">Android</label><label for="b">iPhone</label></div>'
        '<div class="tabbed-content"><div class="tabbed-block"><p>1</p></div><div class="tabbed-block"><p>2</p></div></div></div>'
    )
    out = label_tabs(html)
    assert re.findall(r'<p class="sotay-tab-title">(\w+)</p>\s*<p>(\d)</p>', out) == [
        ("Android", "1"),
        ("iPhone", "2"),
    ]


def _page(url, title):
    return BookPage(url, title, f"<h1>{title}</h1><p>{url}</p>", "vi", is_index=url.count("/") <= 1)


def test_book_keeps_reading_order_and_chapters_link_their_overview():
    nav = [
        _page("", "Trang chủ"),
        BookSection("An toàn", [_page("an-toan/", "Giữ an toàn"), _page("an-toan/otp/", "Mã OTP")]),
        BookSection("Tra cứu", [_page("tham-khao/thuat-ngu/", "Thuật ngữ")]),
    ]
    book = make_book(nav, "in/")
    assert [p.title for p in book.pages] == ["Trang chủ", "Giữ an toàn", "Mã OTP", "Thuật ngữ"]
    assert [(e.title, e.anchor) for e in book.toc] == [
        ("Trang chủ", "p-home"),
        ("An toàn", "p-an-toan"),
        ("Tra cứu", ""),
    ]
    assert [(e.title, e.anchor) for e in book.toc[1].children] == [("Mã OTP", "p-an-toan-otp")]
    assert [e.title for e in book.toc[2].children] == ["Thuật ngữ"]


def test_page_without_a_heading_gets_its_title_as_heading():
    book = make_book([BookPage("a/", "Tiêu đề", "<p>x</p>", "vi")], "in/")
    assert book.pages[0].html.startswith("<h1>Tiêu đề</h1>")


def test_untranslated_pages_are_marked_as_written_in_the_default_language():
    from types import SimpleNamespace as NS

    from sotay.build.theme_pages import book_items

    def page(url, locale, meta=None):
        return NS(
            is_page=True,
            url=url,
            title=url,
            content="<h1>x</h1>",
            file=NS(locale=locale),
            meta=meta or {},
            is_index=False,
        )

    nav = [
        page("en/a/", "en"),
        NS(
            is_section=True,
            title="B",
            children=[page("en/b/", "vi"), page("en/c/", "en", {"translation": "pending"})],
        ),
    ]
    items = book_items(nav, "en", "vi")
    assert items[0].lang == "en"
    assert [p.lang for p in items[1].children] == ["vi", "vi"]
