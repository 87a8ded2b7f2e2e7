"""Budgets of the handbook, side by side with a stock Material build of the same Markdown (`make bench`).

Stock = the same docs and languages (mkdocs-static-i18n), theme Material without our overrides, our
plugin or our Markdown extensions, with Material's lunr search on. Prints:

- first visit of the home page and two lessons: KB transferred (each file gzip-compressed at level 6,
  as deploy/nginx.conf serves it; images as they are), network requests, third-party requests
  (everything until the network is idle, the service worker's install included and shown apart);
- the cost of opening search (scripts/bench_search.py's measure, on the same two builds);
- build time of the real handbook, ours and stock (best of --runs);
- build time of a generated handbook of --pages pages (half Vietnamese, half English), ours and stock.

    .venv/bin/python scripts/bench.py [--runs 2] [--pages 1000] [--no-search] [--no-synthetic]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench_search  # noqa: E402

from sotay.build.publish import build_atomically  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, chromium_path  # noqa: E402
from tests.support.static_server import StaticServer  # noqa: E402

PAGES = ("", "vneid/cai-dat-kich-hoat/", "an-toan/nhan-dien-lua-dao/")
TARGET_LESSON_KB = 90
TARGET_OVERHEAD = 1.5
TARGET_SYNTHETIC_S = 60
# Responses a host would not compress again (already compressed formats).
_PRECOMPRESSED = ("image/png", "image/jpeg", "image/webp", "image/gif", "font/woff2", "application/gzip")


# ---------------------------------------------------------------- configurations


def _load(site_config: Path) -> dict:
    from mkdocs.utils.yaml import get_yaml_loader

    with site_config.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=get_yaml_loader())  # noqa: S506 - our own config file


class _Dumper(yaml.Dumper):
    """Writes Python functions (emoji options) back as ``!!python/name:`` tags."""


_Dumper.add_multi_representer(
    types.FunctionType,
    lambda d, f: d.represent_scalar(f"tag:yaml.org,2002:python/name:{f.__module__}.{f.__qualname__}", ""),
)


def _ours(name: str) -> bool:
    return name == "sotay" or name.startswith("sotay.")


def stock_config(site_config: Path, folder: Path, docs_dir: Path | None = None, nav=None) -> Path:
    """A stand-alone stock config in *folder*: Material, the i18n plugin and lunr search, nothing of ours."""
    cfg = _load(site_config)
    base = site_config.parent.resolve()
    theme = {k: v for k, v in cfg["theme"].items() if k not in ("custom_dir", "logo", "favicon")}
    cfg["theme"] = theme
    plugins: list = ["search"]
    for entry in cfg.get("plugins", []):
        name = entry if isinstance(entry, str) else next(iter(entry))
        if not _ours(name) and name != "search":
            plugins.append(entry)
    cfg["plugins"] = plugins
    cfg["markdown_extensions"] = [
        e for e in cfg.get("markdown_extensions", []) if not _ours(e if isinstance(e, str) else next(iter(e)))
    ]
    for key in ("extra_css", "extra_javascript", "validation"):
        cfg.pop(key, None)
    cfg["docs_dir"] = str(docs_dir or base / cfg.get("docs_dir", "docs"))
    cfg["strict"] = False
    if nav is not None:
        cfg["nav"] = nav
    path = folder / "mkdocs-stock.yml"
    path.write_text(yaml.dump(cfg, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def ours_config(site_config: Path, folder: Path, docs_dir: Path | None = None, nav=None) -> Path:
    """Our config (bench_search's variant, absolute paths), optionally on other docs and nav."""
    path = bench_search.variant_config(site_config, folder, stock=False, strict=False)
    if docs_dir is not None or nav is not None:
        cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
        if docs_dir is not None:
            cfg["docs_dir"] = str(docs_dir)
        if nav is not None:
            cfg["nav"] = nav
        path.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return path


def timed_build(config: Path, out: Path, runs: int) -> float:
    """Best wall-clock seconds of *runs* builds of *config* into *out*."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_atomically(config, out, strict=False)
        times.append(time.perf_counter() - start)
    return min(times)


# ---------------------------------------------------------------- synthetic handbook

_CHAPTER_WORDS = [
    "Điện thoại",
    "VNeID",
    "Dịch vụ công",
    "Thanh toán",
    "Ứng dụng",
    "An toàn",
    "Trí tuệ",
    "Tình nguyện",
]


def _page(lang: str, chapter: int, n: int, pages: int) -> str:
    vi = lang == "vi"
    title = f"{'Bài' if vi else 'Lesson'} {chapter}.{n}: {_CHAPTER_WORDS[chapter % len(_CHAPTER_WORDS)]}"
    nxt = f"trang-{(n % pages) + 1}.md"
    body = [
        "---",
        f"title: {title}",
        f"description: {'Hướng dẫn mẫu số' if vi else 'Sample guide number'} {chapter}.{n}.",
        "type: howto",
        "audience: [citizen]",
        "tags: [mau, thu-nghiem]",
        "reviewed: 2026-11-01",
        "owner: Bench",
        "---",
        "",
        f"# {title}",
        "",
        ("Hướng dẫn này giúp bạn làm một việc trên điện thoại, từng bước một. " * 3).strip(),
        "",
        "## Bạn cần chuẩn bị" if vi else "## Before you start",
        "",
        "- Điện thoại có mạng\n- Thẻ CCCD gắn chip\n- Số điện thoại chính chủ",
        "",
        "## Các bước" if vi else "## Steps",
        "",
        '=== "Android"\n\n    1. Mở **CH Play**.\n    2. Tìm ứng dụng.\n    3. Bấm **Cài đặt**.\n',
        '=== "iPhone"\n\n    1. Mở **App Store**.\n    2. Tìm ứng dụng.\n    3. Bấm **Nhận**.\n',
        "",
        '!!! warning "Lưu ý"\n\n    Không đưa mã OTP cho bất kỳ ai.',
        "",
        "| Bước | Việc cần làm |\n| --- | --- |\n| 1 | Mở ứng dụng |\n| 2 | Đăng nhập |",
        "",
        f"Xem tiếp: [bài sau]({nxt}).",
        "",
    ]
    return "\n".join(body)


def synthetic_docs(folder: Path, total: int) -> list:
    """Write a handbook of *total* pages (half per language, 10 chapters) into *folder*; return its nav."""
    per_lang = total // 2
    chapters = 10
    per_chapter = max(1, -(-(per_lang - 1 - chapters) // chapters))  # rounded up: at least *total* pages
    nav: list = ["index.md"]
    for lang in ("vi", "en"):
        docs = folder / lang
        docs.mkdir(parents=True, exist_ok=True)
        (docs / "index.md").write_text(
            "---\ntitle: Sổ tay\n---\n\n# Sổ tay\n\nTrang chủ thử nghiệm.\n", encoding="utf-8"
        )
        for c in range(1, chapters + 1):
            (docs / f"chuong-{c}").mkdir(exist_ok=True)
            (docs / f"chuong-{c}" / "index.md").write_text(
                f"---\ntitle: Chương {c}\ntype: overview\n---\n\n# Chương {c}\n\nTổng quan chương.\n",
                encoding="utf-8",
            )
            for n in range(1, per_chapter + 1):
                (docs / f"chuong-{c}" / f"trang-{n}.md").write_text(
                    _page(lang, c, n, per_chapter), encoding="utf-8"
                )
    for c in range(1, chapters + 1):
        pages = [f"chuong-{c}/index.md"] + [f"chuong-{c}/trang-{n}.md" for n in range(1, per_chapter + 1)]
        nav.append({f"Chương {c}": pages})
    return nav


def count_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


# ---------------------------------------------------------------- first visit


def _weight(data: bytes, content_type: str) -> int:
    """Bytes on the wire for *data* from a host that gzips text (level 6, as deploy/nginx.conf)."""
    if content_type.startswith(_PRECOMPRESSED) or data[:2] == b"\x1f\x8b":
        return len(data)
    return len(gzip.compress(data, 6))


def _site_file(site: Path, path: str) -> Path | None:
    """The file of *site* that a URL path is served from (``a/`` → ``a/index.html``)."""
    target = site / path.split("?", 1)[0].split("#", 1)[0].lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def first_visit(browser, url: str, origin: str, site: Path) -> dict:
    """What a fresh browser transfers for *url* until the network is idle, service worker included.

    Only responses that came over the network count (not those served from the HTTP cache or the
    service worker's cache); each is weighed as its file gzipped, as a compressing host sends it.
    """
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    seen: dict = {"requests": 0, "page": 0, "worker": 0, "third_party": []}

    def done(request):
        try:
            transferred = request.sizes()["responseBodySize"]
        except Exception:  # no response (aborted)
            return
        if transferred <= 0:  # from a cache, or 304 Not Modified
            return
        seen["requests"] += 1
        response = request.response()
        content_type = response.headers.get("content-type", "") if response else ""
        if not request.url.startswith(origin):
            seen["third_party"].append(request.url)
            weight = transferred
        else:
            file = _site_file(site, request.url[len(origin) :])
            weight = _weight(file.read_bytes(), content_type) if file else transferred
        seen["worker" if request.service_worker else "page"] += weight

    ctx.on("requestfinished", done)
    ctx.on("requestfailed", lambda r: seen.__setitem__("requests", seen["requests"] + 1))
    page = ctx.new_page()
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)  # a service worker's install finishes after the page's own load
    page.wait_for_load_state("networkidle")
    ctx.close()
    seen["bytes"] = seen["page"] + seen["worker"]
    return seen


def search_cost(browser, ours_url: str, stock_url: str) -> dict:
    """Median and max KB (gzip) from opening search to the first results, via bench_search's measure."""
    queries = bench_search.load_queries(None)
    out = {}
    for name, url, stock in (("ours", ours_url, False), ("stock", stock_url, True)):
        result = bench_search.run_queries(browser, url, queries, stock, verbose=False)
        kbs = sorted(g for _, g in result["bytes"])
        out[name] = {
            "median": statistics.median(kbs) / 1024,
            "max": kbs[-1] / 1024,
            "idle": max(g for _, g in result["idle"]) / 1024,
            "hits": f"{result['hits']}/{result['total']}",
        }
    return out


# ---------------------------------------------------------------- report


def row(label: str, ours: str, stock: str, note: str = "") -> None:
    print(f"{label:46}{ours:>16}{stock:>16}  {note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site-config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="builds per measure (best is kept: least disturbed by the machine)",
    )
    parser.add_argument("--pages", type=int, default=1000, help="size of the generated handbook")
    parser.add_argument("--no-search", action="store_true")
    parser.add_argument("--no-synthetic", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    verdicts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="sotay-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "ours").mkdir()
        (tmp / "stock").mkdir()
        ours_cfg = ours_config(args.site_config, tmp / "ours")
        stock_cfg = stock_config(args.site_config, tmp / "stock")
        print("Building the real handbook (ours, stock)…", flush=True)
        t_ours = timed_build(ours_cfg, tmp / "ours" / "site", args.runs)
        t_stock = timed_build(stock_cfg, tmp / "stock" / "site", args.runs)
        ours_site, stock_site = tmp / "ours" / "site", tmp / "stock" / "site"
        print()
        row("", "Sổ tay", "stock Material")
        row("pages built (both languages)", str(count_pages(ours_site)), str(count_pages(stock_site)))
        with (
            StaticServer(ours_site) as s_ours,
            StaticServer(stock_site) as s_stock,
            sync_playwright() as pw,
        ):
            browser = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            third = 0
            for path in PAGES:
                o = first_visit(browser, s_ours.url + path, s_ours.url, ours_site)
                s = first_visit(browser, s_stock.url + path, s_stock.url, stock_site)
                name = path or "home page"
                kb_o, kb_s = o["bytes"] / 1024, s["bytes"] / 1024
                note = f"(page {o['page'] / 1024:.1f} + offline install {o['worker'] / 1024:.1f}) "
                if path:
                    ok = kb_o <= TARGET_LESSON_KB
                    note += f"target ≤ {TARGET_LESSON_KB} KB: {'ok' if ok else 'MISSED'}"
                    verdicts.append(f"lesson {path}: {kb_o:.1f} KB {'ok' if ok else 'MISSED'}")
                row(f"first visit {name}, KB gzip", f"{kb_o:.1f}", f"{kb_s:.1f}", note)
                row(f"first visit {name}, requests", str(o["requests"]), str(s["requests"]))
                third += len(o["third_party"])
                for u in o["third_party"]:
                    print(f"    third-party: {u}")
            row(
                "third-party requests (3 pages)",
                str(third),
                "",
                f"target 0: {'ok' if third == 0 else 'MISSED'}",
            )
            verdicts.append(f"third-party requests: {third} {'ok' if third == 0 else 'MISSED'}")
            if not args.no_search:
                print("Opening search (scripts/bench_search.py's queries)…", flush=True)
                sc = search_cost(browser, s_ours.url, s_stock.url)
                o, s = sc["ours"], sc["stock"]
                row("search bytes before searching, KB gzip", f"{o['idle']:.1f}", f"{s['idle']:.1f}")
                row("open search → first results, median KB", f"{o['median']:.1f}", f"{s['median']:.1f}")
                row("open search → first results, max KB", f"{o['max']:.1f}", f"{s['max']:.1f}")
                row("search hit@3", o["hits"], s["hits"])
            browser.close()
        ratio = t_ours / t_stock
        row(
            "build time, real handbook, s",
            f"{t_ours:.1f}",
            f"{t_stock:.1f}",
            f"×{ratio:.2f}, target ≤ {TARGET_OVERHEAD}×: {'ok' if ratio <= TARGET_OVERHEAD else 'MISSED'}",
        )
        verdicts.append(f"build overhead ×{ratio:.2f} {'ok' if ratio <= TARGET_OVERHEAD else 'MISSED'}")
        if not args.no_synthetic:
            docs = tmp / "synthetic" / "docs"
            nav = synthetic_docs(docs, args.pages)
            (tmp / "synthetic" / "ours").mkdir(parents=True)
            (tmp / "synthetic" / "stock").mkdir(parents=True)
            s_ours_cfg = ours_config(args.site_config, tmp / "synthetic" / "ours", docs, nav)
            s_stock_cfg = stock_config(args.site_config, tmp / "synthetic" / "stock", docs, nav)
            print(f"Building a generated handbook of {args.pages} pages (ours, stock)…", flush=True)
            ts_ours = timed_build(s_ours_cfg, tmp / "synthetic" / "ours" / "site", 1)
            ts_stock = timed_build(s_stock_cfg, tmp / "synthetic" / "stock" / "site", 1)
            n = count_pages(tmp / "synthetic" / "ours" / "site")
            ok = ts_ours < TARGET_SYNTHETIC_S
            row(
                f"build time, {n} generated pages, s",
                f"{ts_ours:.1f}",
                f"{ts_stock:.1f}",
                f"×{ts_ours / ts_stock:.2f}, target < {TARGET_SYNTHETIC_S} s: {'ok' if ok else 'MISSED'}",
            )
            verdicts.append(f"{n} pages in {ts_ours:.1f} s {'ok' if ok else 'MISSED'}")
    print()
    print("Targets: " + "; ".join(verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
