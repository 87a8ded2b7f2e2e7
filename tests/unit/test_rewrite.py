"""Post-build steps replace a page in one step and leave nothing behind."""

from sotay.build.rewrite import rewrite_page


def test_the_page_is_replaced_and_no_temporary_file_is_left(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<p>cũ</p>", encoding="utf-8")
    rewrite_page(page, "<p>mới</p>")
    assert page.read_text(encoding="utf-8") == "<p>mới</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]
