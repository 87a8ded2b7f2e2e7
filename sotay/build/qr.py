"""QR codes: an SVG next to every page (``qr.svg``), pointing at the page's public address."""

from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ProcessPoolExecutor
from html import escape
from urllib.parse import quote

import segno

from sotay.build.background import BackgroundWorker
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
    """Encodes pages' QR codes in a :class:`BackgroundWorker` while the site is still being built.

    Encoding is the slowest post-build work (~5 ms a page, mostly choosing the best mask). The glue
    hands every page's address over as the page is rendered, so on a machine with a second core the
    codes are ready when :func:`write_page_qr_codes` needs them. Only ``qr_svg(url)``, nothing else,
    so the result is the same as encoding them later. Addresses go over in batches (fewer wake-ups).
    """

    BATCH = 16

    def __init__(self, worker: BackgroundWorker) -> None:
        self._worker = worker
        self._jobs: list[tuple[list[str], Future]] = []
        self._seen: set[str] = set()
        self._waiting: list[str] = []

    def add(self, url: str) -> None:
        """Queue *url* (once) for encoding in the background."""
        if url in self._seen:
            return
        self._seen.add(url)
        self._waiting.append(url)
        if len(self._waiting) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Send the addresses still waiting for a full batch (before other work is queued)."""
        if self._waiting:
            self._jobs.append((self._waiting, self._worker.submit(qr_svgs, self._waiting)))
            self._waiting = []

    def results(self) -> dict[str, str]:
        """Wait for every code queued; return them by address (and forget them)."""
        self.flush()
        done: dict[str, str] = {}
        for urls, job in self._jobs:
            done.update(zip(urls, job.result(), strict=True))
        self._jobs, self._seen = [], set()
        return done


def qr_svgs(urls: list[str]) -> list[str]:
    """:func:`qr_svg` of each of *urls*."""
    return [qr_svg(url) for url in urls]


def _encode_all(urls: list[str]) -> list[str]:
    if len(urls) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            return list(pool.map(qr_svg, urls, chunksize=32))
    return qr_svgs(urls)


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
