"""Put each page's QR code (``qr.svg`` beside the page, written by :mod:`sotay.build.qr`) on the
printable book's copy of that page, so a printed guide can be opened on a phone.

Runs after the QR step; pages without a ``qr.svg`` are left as they are.
"""

from __future__ import annotations

import posixpath
import re
from html import escape
from pathlib import Path

from sotay.build.pipeline import SiteInfo
from sotay.build.rewrite import rewrite_page
from sotay.build.theme_pages import BOOK_FOLDER
from sotay.ui_strings import strings_for

QR_FILE = "qr.svg"
_SECTION = re.compile(r'<section class="sotay-book__page" id="[^"]*" data-sotay-book-page="([^"]*)"[^>]*>')


def add_book_qr_codes(html: str, book_url: str, site_dir: Path, alt: str) -> str:
    """Insert ``<img class="sotay-book__qr">`` at the top of every book page that has a QR file."""

    def insert(m: re.Match) -> str:
        page_url = m.group(1)
        if not (site_dir / page_url / QR_FILE).is_file():
            return m.group(0)
        src = posixpath.relpath(f"{page_url}{QR_FILE}", book_url.rstrip("/"))
        return f'{m.group(0)}\n<img class="sotay-book__qr" src="{src}" width="96" height="96" alt="{escape(alt)}">'

    return _SECTION.sub(insert, html)


def link_book_qr_codes(info: SiteInfo) -> None:
    """Post-build step: add the QR codes to ``in/index.html`` of every language."""
    for lang in info.languages:
        book = info.lang_dir(lang) / BOOK_FOLDER / "index.html"
        if book.is_file():
            book_url = book.parent.relative_to(info.site_dir).as_posix() + "/"
            html = book.read_text(encoding="utf-8")
            rewrite_page(
                book, add_book_qr_codes(html, book_url, info.site_dir, strings_for(lang)["print_qr"])
            )
