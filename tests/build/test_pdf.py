"""`sotay pdf` on the book fixture: Vietnamese text comes out right, with contents and page numbers."""

import io
import re
import shutil
import subprocess
import unicodedata

import pytest

from sotay.cli import main
from sotay.print_pdf import render_pdfs
from tests.conftest import ROOT


def _pages(pdf) -> list[str]:
    """The text of every page (pdftotext, from poppler-utils: scripts/ensure-pdf-tools.sh)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [unicodedata.normalize("NFC", p) for p in out.stdout.split("\f")[:-1]]


@pytest.fixture(scope="module", autouse=True)
def pdf_tools():
    """Pango, fonts and pdftotext: installed by the same script `make test` and `make pdf` run."""
    if shutil.which("pdftotext") is None:
        subprocess.run(["bash", str(ROOT / "scripts" / "ensure-pdf-tools.sh")], check=True)


@pytest.fixture(scope="module")
def pdfs(book_site, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    progress = io.StringIO()
    results = render_pdfs(book_site, out, stream=progress)
    return {r.path.name: r for r in results}, progress.getvalue()


def test_one_pdf_per_language(pdfs):
    results, _ = pdfs
    assert sorted(results) == ["so-tay-en.pdf", "so-tay-vi.pdf"]
    for r in results.values():
        assert r.path.read_bytes().startswith(b"%PDF") and r.pages == len(_pages(r.path))


def test_vietnamese_words_keep_their_diacritics(pdfs):
    text = "\n".join(_pages(pdfs[0]["so-tay-vi.pdf"].path))
    for words in (
        "Đặt mật khẩu khó đoán",
        "Không đưa mã OTP cho ai",
        "Khóa màn hình",
        "Mục lục",
        "Đổi mật mã",
    ):
        assert words in text, words
    assert "Chương này giúp bạn bảo vệ tài khoản" in text
    # the untranslated page inside the English PDF is Vietnamese, and reads right too
    assert "Cài ứng dụng an toàn" in "\n".join(_pages(pdfs[0]["so-tay-en.pdf"].path))


def test_pages_are_numbered_after_the_cover(pdfs):
    for name, label in (("so-tay-vi.pdf", "Trang"), ("so-tay-en.pdf", "Page")):
        pages = _pages(pdfs[0][name].path)
        total = len(pages)
        assert f"{label} 1 / {total}" not in pages[0], "no number on the cover"
        for number, text in enumerate(pages[1:], start=2):
            assert f"{label} {number} / {total}" in text


def test_contents_give_the_page_each_guide_starts_on(pdfs):
    pages = _pages(pdfs[0]["so-tay-vi.pdf"].path)
    toc = next(p for p in pages if "Mục lục" in p)
    for title in ("Đặt mật khẩu khó đoán", "Không đưa mã OTP cho ai", "Cài ứng dụng an toàn"):
        number = int(re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", toc, re.M).group(1))
        assert title in pages[number - 1] and title not in pages[number - 2], title
    # a link to another guide says where to turn
    own = pages[[i for i, p in enumerate(pages) if "Xem thêm" in p][0]]
    target = int(re.search(r"cài ứng dụng an toàn \(xem trang (\d+)\)", own).group(1))
    assert "Kiểm tra nguồn" in pages[target - 1]


def test_progress_is_printed_up_to_one_hundred_percent(pdfs):
    lines = pdfs[1].splitlines()
    percents = [int(m.group(1)) for line in lines if (m := re.match(r"\[\s*(\d+)%\]", line))]
    assert percents == sorted(percents) and percents[-1] == 100
    assert any("vi: dàn trang" in line for line in lines) and any(
        line.startswith("[") and " en: " in line for line in lines
    )


def test_command_line_writes_the_pdfs_and_fails_clearly_without_a_site(book_site, tmp_path, capsys):
    assert main(["pdf", "--site-dir", str(book_site), "--out", str(tmp_path), "--lang", "en"]) == 0
    assert (tmp_path / "so-tay-en.pdf").is_file() and not (tmp_path / "so-tay-vi.pdf").exists()
    assert main(["pdf", "--site-dir", str(tmp_path / "missing")]) == 1
    assert "make build" in capsys.readouterr().err
