"""The search fixture handbook built: one index per language, only article text, no lunr index."""

import json
import shutil

from tests.support.html import read, tags


def _meta(site, lang):
    folder = site / "search" if lang == "vi" else site / lang / "search"
    return json.loads((folder / "meta.json").read_text()), folder


def _all_keys(site, lang):
    meta, folder = _meta(site, lang)
    keys = {}
    for n in range(len(meta["chunks"])):
        keys.update(json.loads((folder / meta["id"] / f"t{n}.json").read_text()))
    return keys


def _all_text(site, lang):
    meta, folder = _meta(site, lang)
    return " ".join((folder / meta["id"] / f"s{n}.txt").read_text() for n in range(len(meta["sections"])))


def test_each_language_has_its_own_index_of_its_own_pages(search_site):
    vi, _ = _meta(search_site, "vi")
    en, _ = _meta(search_site, "en")
    assert "Đăng nhập Cổng Dịch vụ công bằng VNeID" in [p[1] for p in vi["pages"]]
    assert sorted(p[1] for p in en["pages"]) == [
        "Log in to the Public Service Portal with VNeID",
        "Online public services",
        "Search test handbook",
        "Spotting phone scams",
        "Staying safe online",
    ], "untranslated pages shown in Vietnamese under /en/ stay out of the English index"
    assert not any(p[0].startswith("en/") for p in vi["pages"])


def test_results_can_link_to_headings(search_site):
    vi, _ = _meta(search_site, "vi")
    page = [p[0] for p in vi["pages"]].index("dich-vu-cong/dang-nhap/")
    assert [s[2] for s in vi["sections"] if s[0] == page] == [
        "",
        "Bạn cần chuẩn bị",
        "Các bước",
        "Lỗi thường gặp",
    ]


def test_quiz_answers_navigation_and_skip_links_are_not_indexed(search_site):
    keys, text = _all_keys(search_site, "vi"), _all_text(search_site, "vi")
    assert "xuyenkhong" not in keys and "xuyenkhong" not in text
    assert "Bỏ qua, đến nội dung chính" not in text
    assert "Liên kết tới mục này" not in text
    assert "lua" in keys and "dao" in keys


def test_glossary_abbreviations_become_synonyms(search_site):
    vi, _ = _meta(search_site, "vi")
    assert [["cccd"], ["can", "cuoc", "cong", "dan"]] in vi["synonyms"]
    assert [["bhxh"], ["bao", "hiem", "xa", "hoi"]] in vi["synonyms"]
    en, _ = _meta(search_site, "en")
    assert [["otp"], ["one", "time", "password"]] in en["synonyms"]


def test_only_one_search_index_is_shipped(search_site):
    assert not (search_site / "search" / "search_index.json").exists(), "Material's lunr index is gone"
    html = read(search_site, "/dich-vu-cong/dang-nhap/")
    assert 'data-md-component="search"' not in html, (
        "Material's search dialog (and its worker) is not mounted"
    )


def test_pages_load_only_the_small_opener(search_site):
    html = read(search_site, "/dich-vu-cong/dang-nhap/")
    assert 'src="../../assets/javascripts/sotay-search-open.js"' in html
    assert '<script src="../../assets/javascripts/sotay-search.js"' not in html
    assert 'data-index="/search/"' in html
    assert 'data-index="/en/search/"' in read(search_site, "/en/dich-vu-cong/dang-nhap/")
    assert "<script>" not in html.split("data-sotay-search")[1].split("</dialog>")[0], (
        "no inline script of ours"
    )


def test_search_strings_in_the_page_language(search_site):
    vi, en = read(search_site, "/"), read(search_site, "/en/")
    assert 'aria-label="Tìm kiếm"' in vi and "Gõ từ cần tìm, không dấu cũng được" in vi
    assert 'aria-label="Search"' in en and "Type what you are looking for" in en
    vi_js, en_js = (json.loads(tags(html, "dialog")[0]["data-strings"]) for html in (vi, en))
    assert vi_js["none"].startswith("Không tìm thấy trang nào") and en_js["none"].startswith("No pages found")
    assert vi_js["count_other"] == "{n} kết quả" and en_js["count_other"] == "{n} results"


def test_the_index_made_during_the_build_is_the_index_of_the_finished_site(real_site, tmp_path):
    """Each language is indexed in the background while the build goes on (the next language, the
    other post-build steps); indexing the finished site again must give the very same files."""
    from pathlib import Path

    from sotay.build.pipeline import SiteInfo
    from sotay.build.search_index import build_search_index

    root = Path(__file__).resolve().parents[2]
    again = tmp_path / "site"
    shutil.copytree(real_site, again)
    glossary = {
        lang: (root / "includes" / f"abbreviations.{lang}.md").read_text("utf-8") for lang in ("vi", "en")
    }
    build_search_index(SiteInfo(again, "", ("vi", "en"), "vi", extra={"glossary": glossary}))
    for lang in ("vi", "en"):
        built, rebuilt = _meta(real_site, lang)[1], _meta(again, lang)[1]
        assert _files(rebuilt) == _files(built), f"{lang}: the index does not match the finished pages"


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
