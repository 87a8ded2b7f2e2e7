"""Search figures, side by side with stock Material search on the same content.

Builds the handbook twice (ours; stock = the same config with Material's lunr ``search`` plugin and
no post-build steps), then prints per language: index size, bytes a page view downloads for
search before anyone searches, bytes transferred from opening search to the first results
(gzip-compressed, as a compressing static host serves them; raw in brackets), and hit@3 on the
query file (a top-3 result's folded title + URL matches the query's regex).

    .venv/bin/python scripts/bench_search.py [--queries FILE] [--site-config mkdocs.yml] [--no-strict] [-v]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sotay.build.publish import build_atomically  # noqa: E402
from sotay.text import fold  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, chromium_path  # noqa: E402
from tests.support.search_queries import load_queries  # noqa: E402
from tests.support.static_server import StaticServer  # noqa: E402

NOTE = """
Index size: every file a language's search may fetch. Sổ tay fetches only meta.json, the chunks a
query's words fall in and the snippets shown; stock Material ships one index for both languages and
every page view downloads it. Bytes are gzip-compressed, as a compressing static host sends them."""
OURS = re.compile(r"/search/|sotay-search")
STOCK = re.compile(r"/search/search_index\.json|/workers/search|/lunr/")


def gz(data: bytes) -> int:
    """Size of *data* once gzip-compressed (already compressed data is counted as is)."""
    return len(data) if data[:2] == b"\x1f\x8b" else len(gzip.compress(data, 6))


def _path_options() -> dict[str, str]:
    """Our plugin's options that name files relative to the config (abbreviations, redirects…)."""
    from sotay.mkdocs_plugin import SotayConfig

    return {
        name: option.default
        for name, option in SotayConfig._schema
        if isinstance(option.default, str) and option.default.endswith((".md", ".yml", ".yaml", ".json"))
    }


def variant_config(site_config: Path, folder: Path, *, stock: bool, strict: bool) -> Path:
    """A config in *folder* inheriting *site_config*; *stock*: Material's search, no post-build steps."""
    from mkdocs.utils.yaml import get_yaml_loader

    with site_config.open(encoding="utf-8") as f:
        real = yaml.load(f, Loader=get_yaml_loader())  # noqa: S506 - our own config file
    base = site_config.parent.resolve()
    plugins: list = ["search"] if stock else []
    for entry in real.get("plugins", []):
        name, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        if name == "search":
            continue
        if name == "sotay":
            options = dict(options or {})
            for key, default in _path_options().items():
                options[key] = str(base / options.get(key, default))
            if stock:
                options["post_build"] = False
        plugins.append({name: options} if options else name)
    config = {
        "INHERIT": str(site_config.resolve()),
        "docs_dir": str(base / real.get("docs_dir", "docs")),
        "theme": {"name": "material", "custom_dir": str(base / real["theme"]["custom_dir"])},
        "plugins": plugins,
        "strict": strict,
    }
    path = folder / f"mkdocs-{'stock' if stock else 'ours'}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def folder_size(files: list[Path]) -> tuple[int, int]:
    """(raw, gzip) bytes of *files*, each compressed on its own as a host would send it."""
    datas = [f.read_bytes() for f in files]
    return sum(len(d) for d in datas), sum(gz(d) for d in datas)


def index_sizes(site: Path, lang: str, default: str, stock: bool) -> tuple[int, int]:
    """Bytes of the search index that *lang* uses, in the ours or stock build."""
    home = site if lang == default else site / lang
    if stock:
        found = home / "search" / "search_index.json"
        return folder_size([found if found.exists() else site / "search" / "search_index.json"])
    return folder_size([p for p in (home / "search").rglob("*") if p.is_file()])


class Meter:
    """Counts what a page downloads, by URL pattern, from the moment it is reset."""

    def __init__(self, page, pattern: re.Pattern):
        self.pattern, self.seen = pattern, []
        page.on("requestfinished", self._done)

    def _done(self, request):
        if not self.pattern.search(request.url):
            return
        response = request.response()
        try:
            body = response.body() if response else b""
        except Exception:  # redirects and aborted loads have no body
            body = b""
        self.seen.append((request.url, len(body), gz(body)))

    def reset(self):
        self.seen = []

    def total(self) -> tuple[int, int]:
        return sum(r for _, r, _ in self.seen), sum(g for _, _, g in self.seen)


def idle_bytes(browser, url: str, pattern: re.Pattern) -> tuple[int, int]:
    """Search bytes a reader downloads just by opening *url* (no search), fresh cache."""
    ctx = browser.new_context(viewport={"width": 360, "height": 740})
    page = ctx.new_page()
    meter = Meter(page, pattern)
    page.goto(url, wait_until="networkidle")
    total = meter.total()
    ctx.close()
    return total


def run_queries(browser, url: str, queries, stock: bool, verbose: bool) -> dict:
    """Each query through ?q= in a fresh browser: hits, and search bytes until the first results."""
    pattern, results_sel = (STOCK, ".md-search-result__link") if stock else (OURS, "a[data-search-result]")
    homes = {q.lang: url + ("" if q.lang == "vi" else f"{q.lang}/") for q in queries}
    out = {
        "hits": 0,
        "total": 0,
        "bytes": [],
        "idle": [idle_bytes(browser, h, pattern) for h in homes.values()],
    }
    for q in queries:
        ctx = browser.new_context(viewport={"width": 360, "height": 740})
        page = ctx.new_page()
        meter = Meter(page, pattern)
        page.goto(homes[q.lang] + "?q=" + quote(q.query))
        top = []
        try:
            page.wait_for_selector(results_sel, timeout=8000)
            page.wait_for_load_state("networkidle")
            top = page.eval_on_selector_all(
                results_sel, "els => els.slice(0, 3).map(e => e.textContent + ' ' + e.getAttribute('href'))"
            )
        except Exception:  # no result at all
            pass
        out["bytes"].append(meter.total())
        hit = any(re.search(q.expect, fold(" ".join(t.split()))) for t in top)
        out["hits"] += hit
        out["total"] += 1
        if verbose:
            kb = out["bytes"][-1][1] / 1024
            print(
                f"  {'HIT ' if hit else 'MISS'} {kb:6.1f} KB  {q.lang} {q.query!r} -> {[fold(t)[:60] for t in top]}"
            )
        ctx.close()
    return out


def kb(n: int) -> str:
    return f"{n / 1024:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=Path, default=None, help="TSV: lang, query, regex")
    parser.add_argument("--site-config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--no-strict", action="store_true", help="build even with content warnings")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    queries = load_queries(args.queries)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        strict = not args.no_strict
        ours_config = variant_config(args.site_config, tmp, stock=False, strict=strict)
        ours = build_atomically(ours_config, tmp / "ours", strict=strict)
        stock_config = variant_config(args.site_config, tmp, stock=True, strict=strict)
        stock = build_atomically(stock_config, tmp / "stock", strict=strict)
        langs = sorted({q.lang for q in queries}, key=lambda lang: lang != "vi")
        print(f"Search on {len(list(ours.rglob('index.html')))} built pages, {len(queries)} queries")
        with StaticServer(ours) as s_ours, StaticServer(stock) as s_stock, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            results = {}
            for name, server, is_stock in (("sotay", s_ours, False), ("material", s_stock, True)):
                if args.verbose:
                    print(name)
                results[name] = run_queries(browser, server.url, queries, is_stock, args.verbose)
            browser.close()
        print()
        print(f"{'':44}{'Sổ tay':>16}{'stock Material':>18}")
        for lang in langs:
            o, s = index_sizes(ours, lang, "vi", False), index_sizes(stock, lang, "vi", True)
            print(
                f"{'index size, ' + lang + ', KB gzip (raw)':44}{kb(o[1]):>8} ({kb(o[0])}){kb(s[1]):>10} ({kb(s[0])})"
            )
        for label, key in (("search bytes per page view, no search, KB", "idle"),):
            o = max(g for _, g in results["sotay"][key])
            s = max(g for _, g in results["material"][key])
            print(f"{label:44}{kb(o):>16}{kb(s):>18}")
        for label, pick in (
            ("bytes to first results, median KB gzip", "median"),
            ("bytes to first results, max KB gzip", "max"),
        ):
            vals = {}
            for name in ("sotay", "material"):
                gzs = sorted(g for _, g in results[name]["bytes"])
                vals[name] = gzs[len(gzs) // 2] if pick == "median" else gzs[-1]
            print(f"{label:44}{kb(vals['sotay']):>16}{kb(vals['material']):>18}")
        for name in ("sotay", "material"):
            results[name]["rate"] = f"{results[name]['hits']}/{results[name]['total']}"
        print(
            f"{'hit@3 on the query file':44}{results['sotay']['rate']:>16}{results['material']['rate']:>18}"
        )
        print(NOTE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
