"""QR codes: an SVG next to every page (``qr.svg``), pointing at the page's public address."""

from __future__ import annotations

import io
from urllib.parse import quote

import segno

from sotay.build.pipeline import SiteInfo

QR_FILE = "qr.svg"


def ascii_url(url: str) -> str:
    """*url* with any non-ASCII character percent-encoded, as every phone's QR reader expects."""
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def make_qr(url: str) -> segno.QRCode:
    """The QR code of *url*: error correction M survives a creased or smudged poster."""
    return segno.make(ascii_url(url), error="m", micro=False, boost_error=False)


def qr_svg(url: str, title: str = "") -> str:
    """A scalable SVG (viewBox, no fixed size) of *url*'s QR code, black on white with a quiet zone."""
    out = io.BytesIO()
    make_qr(url).save(
        out,
        kind="svg",
        xmldecl=False,
        svgns=True,
        omitsize=True,
        border=4,
        dark="#000",
        light="#fff",
        title=title or ascii_url(url),
        nl=False,
    )
    # Crisp module edges: no anti-aliased seams between modules at any size.
    return out.getvalue().decode("utf-8").replace("<svg ", '<svg shape-rendering="crispEdges" ', 1)


def write_page_qr_codes(info: SiteInfo) -> None:
    """Post-build step: write ``qr.svg`` beside each page (needs :func:`write_catalog` first)."""
    for page in info.extra["pages"]:
        (page.path.parent / QR_FILE).write_text(qr_svg(page.url), encoding="utf-8")
