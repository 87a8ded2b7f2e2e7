"""Build the tiny fixture handbook and check what readers get in both languages."""

from tests.support.html import external_asset_references, html_lang, read, tags


def test_vietnamese_at_root_and_english_under_en(mini_site):
    assert html_lang(read(mini_site, "/")) == "vi"
    assert html_lang(read(mini_site, "/bai/")) == "vi"
    assert html_lang(read(mini_site, "/en/")) == "en"
    assert html_lang(read(mini_site, "/en/bai/")) == "en"


def _switcher_links(html: str) -> dict[str, str]:
    return {a["hreflang"]: a["href"] for a in tags(html, "a") if "md-select__link" in a.get("class", "")}


def test_language_switcher_keeps_the_reader_on_the_same_page(mini_site):
    assert _switcher_links(read(mini_site, "/bai/")) == {"vi": "./", "en": "../en/bai/"}
    assert _switcher_links(read(mini_site, "/en/bai/")) == {"vi": "../../bai/", "en": "./"}


def test_untranslated_page_falls_back_to_vietnamese_with_a_visible_note(mini_site):
    html = read(mini_site, "/en/bai/chi-tieng-viet/")
    assert "This page has not been translated into English yet" in html
    assert "Bài chỉ có tiếng Việt" in html
    assert '<div lang="vi">' in html, "the Vietnamese text is marked as Vietnamese for screen readers"
    assert "data-sotay-fallback" not in read(mini_site, "/bai/chi-tieng-viet/")


def test_not_found_page_in_both_languages(mini_site):
    vi, en = (mini_site / "404.html").read_text(), (mini_site / "en" / "404.html").read_text()
    assert html_lang(vi) == "vi" and "Không tìm thấy trang" in vi
    assert html_lang(en) == "en" and "Page not found" in en
    assert 'href="/en/"' in en and 'href="/"' in vi
    # the language switcher leads to each language's home, not to the last page the build rendered
    assert _switcher_links(en) == {"vi": "/", "en": "/en/"}


def test_abbreviations_show_as_tooltips_in_the_page_language(mini_site):
    assert '<abbr title="Căn cước công dân">CCCD</abbr>' in read(mini_site, "/")
    assert '<abbr title="One-time password">OTP</abbr>' in read(mini_site, "/en/")


def test_heading_permalinks_are_labelled_in_the_page_language(mini_site):
    assert 'title="Liên kết tới mục này"' in read(mini_site, "/bai/")
    assert 'title="Link to this section"' in read(mini_site, "/en/bai/")
    assert "Permanent link" not in read(mini_site, "/en/bai/")


def test_material_strings_are_vietnamese_on_vietnamese_pages(mini_site):
    html = read(mini_site, "/bai/")
    assert "Bỏ qua, đến nội dung chính" in html
    assert "Skip to content" not in html
    assert "Skip to content" in read(mini_site, "/en/bai/")


def test_pages_load_nothing_from_other_hosts(mini_site):
    assert external_asset_references(mini_site) == []


def test_no_web_fonts_are_requested(mini_site):
    html = read(mini_site, "/")
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_our_logo_and_palette_are_used(mini_site):
    html = read(mini_site, "/")
    assert "assets/brand/logo.svg" in html
    assert "assets/stylesheets/sotay.css" in html
    assert "stylesheets/palette." not in html and "palette.color" not in html, (
        "colours come from sotay.css, not Material's palette stylesheet"
    )
    css = (mini_site / "assets/stylesheets/sotay.css").read_text()
    assert "--md-primary-fg-color:#00695c" in css


def test_hreflang_alternates_live_in_the_sitemap_not_in_page_heads(mini_site):
    # Material's JS fetches "<alternate href>sitemap.xml" for every head alternate: 404s on every page.
    sitemap = (mini_site / "sitemap.xml").read_text()
    assert 'hreflang="en" href="http://127.0.0.1:8000/en/bai/"' in sitemap
    head = read(mini_site, "/en/bai/").split("</head>")[0]
    assert "hreflang" not in head


def test_home_page_title_is_the_site_name_once(mini_site):
    assert "<title>Sổ tay Bình dân học vụ số</title>" in read(mini_site, "/")
    assert "<title>Digital Literacy Handbook</title>" in read(mini_site, "/en/")
    assert "<title>Bài đầu tiên - Sổ tay Bình dân học vụ số</title>" in read(mini_site, "/bai/")


def test_readers_get_our_styles_minified(mini_site):
    css = (mini_site / "assets/stylesheets/sotay.css").read_text()
    assert "/*" not in css and "--md-primary-fg-color:#00695c" in css
