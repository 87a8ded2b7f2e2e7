"""Every page of a built site, as the URL paths a browser would ask for."""

from __future__ import annotations

from pathlib import Path


def page_paths(site: Path) -> list[str]:
    """URL paths (no leading slash) of every HTML file in *site*: ``vneid/`` for ``vneid/index.html``.

    Sorted so that each language's pages come together and a failure list reads in site order.
    """
    paths = []
    for f in sorted(site.rglob("*.html")):
        rel = f.relative_to(site).as_posix()
        paths.append(rel[: -len("index.html")] if f.name == "index.html" else rel)
    return paths
