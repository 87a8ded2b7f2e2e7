"""QR codes: an SVG next to every page (``qr.svg``), pointing at the page's public address."""

from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ProcessPoolExecutor
from html import escape
from urllib.parse import quote

import segno

from sotay.build.pipeline import SiteInfo

log = logging.getLogger("mkdocs.plugins.sotay")

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


class BackgroundQrCodes:
    """Encodes pages' QR codes in one worker process while the site is still being built.

    Encoding is the slowest post-build work (~5 ms a page, mostly choosing the best mask). The glue
    hands every page's address over as the page is rendered, so on a machine with a second core the
    codes are ready when :func:`write_page_qr_codes` needs them. Only ``qr_svg(url)``, nothing else,
    so the result is the same as encoding them later.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._jobs: dict[str, Future] = {}

    def add(self, url: str) -> None:
        """Start encoding *url* (once) in the background."""
        if url in self._jobs:
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1)
        self._jobs[url] = self._pool.submit(qr_svg, url)

    def results(self) -> dict[str, str]:
        """Wait for every code started; return them by address and stop the worker."""
        done = {url: job.result() for url, job in self._jobs.items()}
        self.close()
        return done

    def close(self) -> None:
        """Stop the worker (unfinished codes are dropped); the next :meth:`add` starts a new one."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool, self._jobs = None, {}


def _encode_all(urls: list[str]) -> list[str]:
    if len(urls) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            return list(pool.map(qr_svg, urls, chunksize=32))
    return [qr_svg(url) for url in urls]


def write_page_qr_codes(info: SiteInfo) -> None:
    """Post-build step: write ``qr.svg`` beside each page (needs :func:`write_catalog` first).

    Codes already made during the build (``info.extra["qr_codes"]``, a :class:`BackgroundQrCodes`)
    are used; the rest are made here, on every core when there are many.
    """
    pages = info.extra["pages"]
    background = info.extra.get("qr_codes")
    ready = background.results() if background is not None else {}
    missing = sorted({page.url for page in pages} - ready.keys())
    log.debug("QR codes: %d made during the build, %d now", len(ready), len(missing))
    ready.update(zip(missing, _encode_all(missing), strict=True))
    for page in pages:
        (page.path.parent / QR_FILE).write_text(ready[page.url], encoding="utf-8")
