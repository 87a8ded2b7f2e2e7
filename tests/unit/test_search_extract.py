"""What search reads from a built page: the article's title and sections, nothing else."""

import pytest

from sotay.search.extract import page_text

PAGE = """<html lang="vi"><body>
<a class="md-skip" href="#x">Bỏ qua, đến nội dung chính</a>
<nav class="md-nav">Mục lục điều hướng</nav>
<article class="md-content__inner md-typeset">
<a class="md-content__button" href="edit">Sửa trang này</a>
<h1 id="dang-nhap">Đăng nhập VNeID<a class="headerlink" href="#dang-nhap">#</a></h1>
<p>Mở ứng dụng và chạm <strong>Đăng nhập</strong>. Cần <abbr title="Căn cước công dân">CCCD</abbr>.</p>
<h2 id="cac-buoc">Các bước<a class="headerlink" href="#cac-buoc">#</a></h2>
<ol><li>Nhập mật khẩu.</li><li>Nhập mã OTP.</li></ol>
<div class="quiz" data-pagefind-ignore><p>Đáp án bí mật</p><img src="x.png" alt="ảnh"></div>
<h3 id="loi">Lỗi thường gặp</h3>
<p>Quên mật khẩu?<br>Xem trang khác.</p>
<script>var tuKhoaScript = 1;</script>
</article>
<footer>Chân trang</footer>
</body></html>"""


def test_title_and_sections_with_their_anchors():
    page = page_text(PAGE)
    assert page.title == "Đăng nhập VNeID"
    assert [(s.anchor, s.heading) for s in page.sections] == [
        ("", ""),
        ("cac-buoc", "Các bước"),
        ("loi", "Lỗi thường gặp"),
    ]


def test_text_keeps_inline_words_together_and_splits_blocks():
    page = page_text(PAGE)
    assert page.sections[0].text == "Mở ứng dụng và chạm Đăng nhập. Cần CCCD."
    assert page.sections[1].text == "Nhập mật khẩu. Nhập mã OTP."
    assert page.sections[2].text == "Quên mật khẩu? Xem trang khác."


def test_chrome_permalinks_scripts_and_quiz_answers_are_left_out():
    everything = " ".join([page_text(PAGE).title] + [s.text + s.heading for s in page_text(PAGE).sections])
    for absent in ("Bỏ qua", "Mục lục", "Sửa trang", "#", "Đáp án", "tuKhoaScript", "Chân trang"):
        assert absent not in everything


def test_abbreviation_tooltips_are_collected():
    assert page_text(PAGE).abbreviations == {"CCCD": "Căn cước công dân"}


def test_untranslated_pages_are_recognised():
    html = PAGE.replace("<h1", '<div class="sotay-fallback" data-sotay-fallback><p>Chưa dịch</p></div><h1')
    page = page_text(html)
    assert page.fallback
    assert "Chưa dịch" not in page.sections[0].text


def test_a_page_without_an_article_has_no_title():
    assert page_text("<html><body><p>Chuyển hướng…</p></body></html>").title == ""


def test_a_marked_body_is_used_instead_of_the_article():
    html = '<body><article class="md-content__inner"><h1>A</h1></article><main data-pagefind-body><h1>B</h1></main></body>'
    assert page_text(html).title == "B"


def test_abbreviations_inside_left_out_parts_are_still_collected():
    html = PAGE.replace("</article>", '<aside><abbr title="Mã dùng một lần">OTP</abbr></aside></article>')
    assert page_text(html).abbreviations == {"CCCD": "Căn cước công dân", "OTP": "Mã dùng một lần"}


ARTICLE = '<article class="md-content__inner"><h1>T</h1>{}<p>after</p></article>'


@pytest.mark.parametrize(
    "left_out",
    [
        '<script>s = "<script>";</script>',
        "<div data-pagefind-ignore><!-- <div> --></div>",
        "<div hidden><div/></div>",
        "<svg><svg/></svg>",
        "<aside><style>div{}</style><div>x</div></aside>",
    ],
)
def test_a_left_out_part_never_swallows_the_rest_of_the_page(left_out):
    assert page_text(ARTICLE.format(left_out)).sections[0].text == "after"


def test_an_unquoted_link_ending_in_a_slash_is_not_a_self_closing_tag():
    page = page_text(ARTICLE.format('<p><a href=../vneid/>VNeID</a> mức 2</p><h2 id="x">Bước</h2><p>Mở</p>'))
    assert [(s.heading, s.text) for s in page.sections] == [("", "VNeID mức 2"), ("Bước", "Mở after")]
