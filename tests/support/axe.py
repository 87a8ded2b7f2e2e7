"""axe-core (npm ``axe-core``, pinned in package.json) run in Chromium pages driven by Playwright."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The WCAG 2.0, 2.1 and 2.2 level A and AA rules.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_START = """(tags) => {
  window.__sotayAxe = axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
    .then(r => r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary}))
    })));
}"""
_RESULT = "() => window.__sotayAxe"


def axe_source() -> str:
    """The axe-core script; a clear error when ``npm ci`` has not been run."""
    if not AXE_JS.is_file():
        raise FileNotFoundError(f"{AXE_JS} missing: run `bash scripts/bootstrap.sh` (npm ci)")
    return AXE_JS.read_text(encoding="utf-8")


def start_axe(page, source: str) -> None:
    """Inject axe into the page loaded in *page* and start its WCAG A/AA rules (without waiting)."""
    page.evaluate(source)
    page.evaluate(_START, WCAG_TAGS)


def axe_result(page) -> list[dict]:
    """Wait for the run started by :func:`start_axe` and return its violations."""
    return page.evaluate(_RESULT)


def axe_violations(page, source: str | None = None) -> list[dict]:
    """Run axe's WCAG A/AA rules on the page loaded in *page*; return its violations."""
    start_axe(page, source or axe_source())
    return axe_result(page)


def axe_site(context, base_url: str, paths: list[str], tabs: int = 3) -> dict[str, list[dict]]:
    """Violations of every page in *paths* (under *base_url*), checked in *tabs* pages at once.

    One browser context; each tab loads its next page and starts axe while the others are still
    running theirs, so the machine's cores are used. Returns {path: violations} for pages with any.
    """
    source = axe_source()
    pages = [context.new_page() for _ in range(tabs)]
    found: dict[str, list[dict]] = {}
    try:
        for i in range(0, len(paths), tabs):
            batch = list(zip(pages, paths[i : i + tabs], strict=False))
            for page, path in batch:
                page.goto(base_url + path)
                start_axe(page, source)
            for page, path in batch:
                if violations := axe_result(page):
                    found[path] = violations
    finally:
        for page in pages:
            page.close()
    return found


def describe(path: str, violations: list[dict], max_nodes: int = 3) -> list[str]:
    """One readable line per violated rule of the page at *path*, with a few offending elements."""
    lines = []
    for v in violations:
        nodes = "; ".join(n["target"] for n in v["nodes"][:max_nodes])
        more = f" (+{len(v['nodes']) - max_nodes})" if len(v["nodes"]) > max_nodes else ""
        lines.append(f"/{path}: {v['id']} [{v['impact']}] {v['help']} — {nodes}{more}")
    return lines
