"""QR codes: an SVG next to every page (``qr.svg``), pointing at the page's public address."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from html import escape
from urllib.parse import quote

import segno

from sotay.build.pipeline import SiteInfo

QR_FILE = "qr.svg"
PARALLEL_FROM = 100  # pages; below that, starting worker processes costs more than it saves


def ascii_url(url: str) -> str:
    """*url* with any non-ASCII character percent-encoded, as every phone's QR reader expects."""
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def make_qr(url: str) -> segno.QRCode:
    """The QR code of *url*: error correction M survives a creased or smudged poster."""
    return segno.make(ascii_url(url), error="m", micro=False, boost_error=False)


def qr_svg(url: str, title: str = "", border: int = 4) -> str:
    """A scalable SVG (viewBox, no fixed size) of *url*'s QR code, black on white with a quiet zone.

    One stroked path, a line per run of dark modules in a row (crisp edges at any size).
    """
    matrix = make_qr(url).matrix
    size = len(matrix) + 2 * border
    moves: list[str] = []
    pen = None  # (x, row) where the last line ended; later moves are relative (smaller file)
    for y, row in enumerate(matrix, start=border):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            left = start + border
            moves.append(f"M{left} {y}.5" if pen is None else f"m{left - pen[0]} {y - pen[1]}")
            moves.append(f"h{x - start}")
            pen = (x + border, y)
    label = escape(title or ascii_url(url))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
        f"<title>{label}</title>"
        f'<path fill="#fff" d="M0 0h{size}v{size}h-{size}z"/>'
        f'<path stroke="#000" d="{"".join(moves)}"/></svg>'
    )


def write_page_qr_codes(info: SiteInfo) -> None:
    """Post-build step: write ``qr.svg`` beside each page (needs :func:`write_catalog` first).

    Encoding is the slowest post-build work (~10 ms a page, mostly choosing the best mask), so a big
    site's codes are made on every core.
    """
    pages = info.extra["pages"]
    urls = [page.url for page in pages]
    if len(urls) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            svgs = list(pool.map(qr_svg, urls, chunksize=32))
    else:
        svgs = [qr_svg(url) for url in urls]
    for page, svg in zip(pages, svgs, strict=True):
        (page.path.parent / QR_FILE).write_text(svg, encoding="utf-8")
