"""The handbook as a PDF per language, from the printable book page (``in/``) of a built site.

WeasyPrint lays out the book with ``print_pdf.css`` (A4, page numbers, a table of contents with
page numbers, "see page N" after links between pages) and the fonts installed on the machine
(Noto Sans / DejaVu Sans cover Vietnamese). Only local files are read: nothing from the network.
Progress (steps and percent) is printed while it works, because a whole handbook takes a while.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from dataclasses import dataclass
from html import escape
from pathlib import Path

from sotay.build.theme_pages import BOOK_FOLDER
from sotay.ui_strings import strings_for

STYLESHEET = Path(__file__).with_name("print_pdf.css")
PDF_NAME = "so-tay-{lang}.pdf"

_BOOK_START = re.compile(r'<div class="sotay-book"[^>]*>')
_TITLE = re.compile(r'<p class="sotay-book__site">(.*?)</p>', re.S)


def book_document(book_html: str, lang: str) -> str:
    """A bare HTML document holding only the book part of the printable page (no theme, no script)."""
    start = _BOOK_START.search(book_html)
    end = book_html.rfind("</article>")
    if not start or end < start.end():
        raise ValueError('not a printable book page: no <div class="sotay-book"> inside the article')
    body = book_html[start.start() : end]
    site = _TITLE.search(body)
    title = escape(re.sub(r"<[^>]+>", "", site.group(1)).strip()) if site else ""
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def language_css(lang: str) -> str:
    """The rules that carry words of *lang* (page label, "see page")."""
    t = strings_for(lang)
    page, see = t["book_page"].replace('"', ""), t["book_see_page"].replace('"', "")
    return (
        f'@page {{ @bottom-center {{ content: "{page} " counter(page) " / " counter(pages); }} }}\n'
        "@page :first { @bottom-center { content: none; } }\n"
        f'.sotay-book__page a[href^="#"]::after {{ content: " ({see} " target-counter(attr(href), page) ")"; }}\n'
    )


@dataclass
class PdfResult:
    """What was written: the file, its size, page count and how long it took."""

    path: Path
    pages: int
    bytes: int
    seconds: float


class Progress(logging.Handler):
    """Turns WeasyPrint's progress log into "[ 42%] vi: layout… page 37" lines on the terminal."""

    STEPS = {
        "Step 1": (2, "đọc trang / reading the page"),
        "Step 2": (5, "đọc kiểu trình bày / reading styles"),
        "Step 3": (10, "áp kiểu / applying styles"),
        "Step 4": (20, "dựng cấu trúc / building boxes"),
        "Step 5": (25, "dàn trang / laying out pages"),
        "Step 6": (90, "ghi PDF / writing the PDF"),
        "Step 7": (97, "thông tin PDF / PDF metadata"),
    }

    def __init__(self, label: str, index: int, count: int, expected_pages: int, stream=None):
        super().__init__(logging.INFO)
        self.label, self.index, self.count = label, index, count
        self.expected = max(expected_pages, 1)
        self.stream = stream or sys.stdout
        self.tty = getattr(self.stream, "isatty", lambda: False)()
        self.percent, self.page, self.passes, self.last_line = 0, 0, 0, ""

    def overall(self, percent: float) -> int:
        """Percent of the whole run (all languages) for *percent* of this language."""
        return int((self.index * 100 + percent) / self.count)

    def show(self, percent: float, text: str, *, final: bool = False) -> None:
        """Print one progress line (rewritten in place on a terminal)."""
        self.percent = max(self.percent, percent)
        line = f"[{self.overall(self.percent):3d}%] {self.label}: {text}"
        if line == self.last_line:
            return
        self.last_line = line
        if self.tty:
            self.stream.write("\r\033[K" + line + ("\n" if final else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def emit(self, record: logging.LogRecord) -> None:
        """Map a WeasyPrint progress message to a percentage and print it."""
        message = record.getMessage()
        step = message[:6]
        if step not in self.STEPS:
            return
        percent, text = self.STEPS[step]
        if step == "Step 5":
            page = re.search(r"Page (\d+)", message)
            if "Repagination" in message:
                self.passes += 1
                self.expected = max(self.page, 1)
            if not page:
                return
            self.page = int(page.group(1))
            done = min(self.page / self.expected, 1.0)
            # first pass 25→75 %, each re-pagination (page numbers in the contents) 75→88 %
            percent = 25 + 50 * done if self.passes == 0 else 75 + 13 * done
            every = 1 if self.tty else 25
            if self.page % every and self.page != 1:
                return
            text = f"{text}, trang / page {self.page}"
        self.show(percent, text)


def render_pdf(
    site_dir: Path, lang: str, out_path: Path, *, default_lang: str = "vi", index=0, count=1, stream=None
):
    """Write the PDF of *lang*'s printable book of the built site at *site_dir* to *out_path*."""
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    lang_dir = site_dir if lang == default_lang else site_dir / lang
    book = lang_dir / BOOK_FOLDER / "index.html"
    if not book.is_file():
        raise FileNotFoundError(f"{book} is missing: build the site first (make build)")
    started = time.monotonic()
    source = book.read_text(encoding="utf-8")
    expected = 2 * source.count('class="sotay-book__page"') + 2
    progress = Progress(lang, index, count, expected, stream)
    logger = logging.getLogger("weasyprint.progress")
    old_level, old_propagate = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(progress)
    try:
        fetcher = URLFetcher(allowed_protocols={"file", "data"})  # local files only, never the network
        document = HTML(string=book_document(source, lang), base_url=str(book), url_fetcher=fetcher)
        stylesheets = [CSS(filename=str(STYLESHEET)), CSS(string=language_css(lang))]
        rendered = document.render(stylesheets=stylesheets)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        rendered.write_pdf(out_path)
    finally:
        logger.removeHandler(progress)
        logger.setLevel(old_level)
        logger.propagate = old_propagate
    result = PdfResult(out_path, len(rendered.pages), out_path.stat().st_size, time.monotonic() - started)
    progress.show(100, f"{out_path} ({result.pages} trang / pages, {result.bytes // 1024} KB)", final=True)
    return result


def render_pdfs(
    site_dir: Path, out_dir: Path, languages=("vi", "en"), *, default_lang: str = "vi", stream=None
):
    """Write one PDF per language (``so-tay-vi.pdf``, ``so-tay-en.pdf``) into *out_dir*."""
    langs = [
        lang
        for lang in languages
        if (site_dir / ("" if lang == default_lang else lang) / BOOK_FOLDER).is_dir()
    ]
    return [
        render_pdf(
            site_dir,
            lang,
            out_dir / PDF_NAME.format(lang=lang),
            default_lang=default_lang,
            index=i,
            count=len(langs),
            stream=stream,
        )
        for i, lang in enumerate(langs)
    ]


def add_pdf_parser(sub):
    """Add ``sotay pdf`` to the command line's sub-commands and return its parser."""
    p = sub.add_parser("pdf", help="in cả Sổ tay ra PDF, mỗi ngôn ngữ một tệp (pdf)")
    p.add_argument("--site-dir", default="site", help="trang web đã xây dựng (mặc định: site/)")
    p.add_argument("--out", default=None, help="thư mục ghi PDF (mặc định: <site-dir>/pdf)")
    p.add_argument("--lang", action="append", choices=["vi", "en"], help="chỉ ngôn ngữ này (lặp lại được)")
    return p


def run_pdf(args) -> int:
    """``sotay pdf``: write the PDFs of a built site, printing progress; 1 when the site is missing."""
    site = Path(args.site_dir)
    out = Path(args.out) if args.out else site / "pdf"
    try:
        results = render_pdfs(site, out, tuple(args.lang or ("vi", "en")))
    except (FileNotFoundError, ValueError, OSError) as exc:
        print(f"PDF: {exc}", file=sys.stderr)
        return 1
    if not results:
        print(f"PDF: {site} has no printable book (in/index.html); run `make build` first.", file=sys.stderr)
        return 1
    for r in results:
        print(f"PDF: {r.path}  {r.pages} trang / pages  {r.bytes / 1024:.0f} KB  {r.seconds:.1f} s")
    return 0
