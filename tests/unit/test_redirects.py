"""Moved pages leave redirect pages behind, in every language; mistakes stop the build."""

import pytest

from sotay.build.pipeline import SiteInfo
from sotay.build.redirects import RedirectError, load_redirects, url_path, write_redirects

SITE = "https://sotay.example.vn/"


def built(tmp_path, pages, redirects):
    for rel in pages:
        for root in (tmp_path, tmp_path / "en"):
            (root / rel).mkdir(parents=True, exist_ok=True)
            (root / rel / "index.html").write_text("<html></html>")
    return SiteInfo(tmp_path, SITE, ("vi", "en"), "vi", extra={"redirects": redirects})


def test_markdown_paths_map_to_directory_urls():
    assert url_path("vneid/cai-dat.md") == "vneid/cai-dat/"
    assert url_path("vneid/index.md") == "vneid/"
    assert url_path("index.md") == ""


def test_old_addresses_forward_to_the_new_page_in_both_languages(tmp_path):
    info = built(
        tmp_path, ["", "vneid/cai-dat-kich-hoat/"], {"vneid/cai-dat.md": "vneid/cai-dat-kich-hoat.md"}
    )
    write_redirects(info)
    vi = (tmp_path / "vneid" / "cai-dat" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../cai-dat-kich-hoat/">' in vi
    assert f'<link rel="canonical" href="{SITE}vneid/cai-dat-kich-hoat/">' in vi
    assert "Trang này đã chuyển" in vi and "<script" not in vi
    en = (tmp_path / "en" / "vneid" / "cai-dat" / "index.html").read_text(encoding="utf-8")
    assert f'href="{SITE}en/vneid/cai-dat-kich-hoat/"' in en and "This page has moved" in en


def test_a_whole_moved_chapter_forwards_to_its_new_home(tmp_path):
    info = built(tmp_path, ["", "moi/"], {"cu/index.md": "moi/index.md"})
    write_redirects(info)
    assert "url=../moi/" in (tmp_path / "cu" / "index.html").read_text(encoding="utf-8")


def test_a_redirect_never_hides_an_existing_page(tmp_path):
    info = built(tmp_path, ["a/", "b/"], {"a.md": "b.md"})
    with pytest.raises(RedirectError, match="still exists"):
        write_redirects(info)


def test_a_redirect_to_nowhere_stops_the_build(tmp_path):
    info = built(tmp_path, ["a/"], {"cu.md": "khong-co.md"})
    with pytest.raises(RedirectError, match="does not exist"):
        write_redirects(info)


def test_redirects_file_is_optional_and_read_as_pairs(tmp_path):
    assert load_redirects(tmp_path / "none.yml") == {}
    f = tmp_path / "redirects.yml"
    f.write_text("# comment only\n")
    assert load_redirects(f) == {}
    f.write_text("a.md: b.md\n")
    assert load_redirects(f) == {"a.md": "b.md"}
    f.write_text("- a.md\n")
    with pytest.raises(RedirectError):
        load_redirects(f)
