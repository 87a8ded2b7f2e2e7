"""Portal figures: sizes of what portals and shared links download, and the time of the portal steps.

Builds the handbook (default: the real one, mkdocs.yml), then prints the widget's and helpers' sizes
(raw and gzip, budget: embed.js <= 6 KB gzipped), catalog.json and feed sizes, QR codes, posters,
embed views, the share panel's weight per page, and how long the portal post-build steps take.

    .venv/bin/python scripts/bench_portal.py [--config mkdocs.yml] [--no-strict]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sotay.build import catalog, embed_snippets, embed_views, feed, posters, qr  # noqa: E402
from sotay.build.pipeline import SiteInfo  # noqa: E402
from sotay.build.publish import build_atomically  # noqa: E402

JS = ROOT / "overrides" / "assets" / "javascripts"
SHARE = re.compile(r'<aside class="sotay-share".*?</aside>', re.S)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def line(label: str, data: bytes) -> str:
    return f"  {label:<34} {len(data):>8,} B raw {gz(data):>8,} B gzip"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(ROOT / "mkdocs.yml"))
    parser.add_argument("--no-strict", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = build_atomically(Path(args.config), Path(tmp) / "site", strict=not args.no_strict)
        print("Scripts a portal loads")
        for name in ("embed.js", "embed-resize.js", "embed-view.js"):
            print(line(name, (JS / name).read_bytes()))
        budget = gz((JS / "embed.js").read_bytes())
        print(f"  embed.js budget: {budget:,} of 6,144 B gzipped ({'OK' if budget <= 6144 else 'OVER'})")
        cat = (site / "catalog.json").read_bytes()
        print("Data")
        pages = json.loads(cat)["pages"]
        print(line("catalog.json", cat) + f"  ({len(pages)} pages)")
        for f in sorted(site.rglob("feed.xml")):
            print(line(str(f.relative_to(site)), f.read_bytes()))
        qrs = list(site.rglob("qr.svg"))
        views = list(site.rglob("embed.html"))
        prints = list(site.rglob("poster.html"))
        print("Per page")
        print(
            f"  qr.svg files {len(qrs)}, average {sum(q.stat().st_size for q in qrs) // max(len(qrs), 1):,} B"
        )
        print(f"  embed.html views {len(views)}, posters {len(prints)}")
        panels = [
            m.group(0).encode()
            for p in site.rglob("index.html")
            for m in SHARE.finditer(p.read_text("utf-8"))
        ]
        if panels:
            print(line("share panel (average, in the page)", panels[len(panels) // 2]))
        print(line("og-image.png", (site / "assets" / "brand" / "og-image.png").read_bytes()))
        info = SiteInfo(site, "http://127.0.0.1:8000/", ("vi", "en"), "vi")
        start = time.perf_counter()
        catalog.write_catalog(info)
        feed.write_feeds(info)
        qr.write_page_qr_codes(info)
        embed_views.write_embed_views(info)
        posters.write_posters(info)
        embed_snippets.write_agencies_snippets(info)
        print(
            f"Portal post-build steps over {len(info.extra['pages'])} pages: {time.perf_counter() - start:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
