"""Figures for print, PDF and offline reading of the real handbook (not a test: numbers to record).

    .venv/bin/python scripts/bench_pdf.py              # builds the handbook into a temp folder first
    .venv/bin/python scripts/bench_pdf.py --site site  # or uses a built site

Prints, per language: pages in the printable book, its HTML size, PDF pages, size and time; and the
service worker's size and what it stores on install (shell), raw and gzipped.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sotay.print_pdf import render_pdf  # noqa: E402


def build(site: Path) -> float:
    """Build the real handbook (not strict: content may still be in progress); return seconds."""
    started = time.monotonic()
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--no-strict",
        "-q",
        "-f",
        str(ROOT / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    subprocess.run(cmd, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.monotonic() - started


def kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def offline_figures(site: Path) -> None:
    worker = (site / "sw.js").read_bytes()
    config = json.loads(re.search(rb"const SOTAY_SW = (\{.*?\});\n", worker).group(1))
    shell = [site / p for p in config["shell"]]
    raw = sum(p.stat().st_size for p in shell)
    gz = sum(len(gzip.compress(p.read_bytes(), 9)) for p in shell)
    print(f"service worker sw.js: {kb(len(worker))} ({kb(len(gzip.compress(worker, 9)))} gzipped)")
    print(
        f"shell kept on install: {len(shell)} files, {kb(raw)} ({kb(gz)} gzipped; most already loaded by the page)"
    )


def pdf_figures(site: Path, out: Path) -> None:
    print(
        f"{'lang':4}  {'book pages':>10}  {'book HTML':>10}  {'PDF pages':>9}  {'PDF size':>9}  {'time':>7}"
    )
    for lang in ("vi", "en"):
        book = (site if lang == "vi" else site / lang) / "in" / "index.html"
        html = book.read_text(encoding="utf-8")
        sections = html.count('class="sotay-book__page"')
        with open(os.devnull, "w") as quiet:
            r = render_pdf(site, lang, out / f"so-tay-{lang}.pdf", stream=quiet)
        print(
            f"{lang:4}  {sections:>10}  {kb(len(html.encode())):>10}  {r.pages:>9}  {kb(r.bytes):>9}  {r.seconds:>6.1f}s"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the handbook now)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            print(f"build of the real handbook (vi + en, not strict): {build(site):.1f}s")
        offline_figures(site)
        pdf_figures(site, Path(tmp) / "pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
