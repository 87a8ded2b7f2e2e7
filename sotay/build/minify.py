"""Minify our own JS and CSS in the built site (Material's files are already minified).

Our sources in overrides/assets stay readable, with comments; readers download the minified copies.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

from sotay.build.pipeline import SiteInfo

_FOLDERS = {"assets/javascripts": ".js", "assets/stylesheets": ".css"}


def minify_text(path: Path) -> int:
    """Minify one ``.js``/``.css`` file in place; return the bytes saved."""
    minify = rjsmin.jsmin if path.suffix == ".js" else rcssmin.cssmin
    before = path.read_text(encoding="utf-8")
    after = minify(before).strip() + "\n"
    if len(after) < len(before):
        path.write_text(after, encoding="utf-8")
        return len(before.encode()) - len(after.encode())
    return 0


def minify_assets(info: SiteInfo) -> int:
    """Minify every non-``.min`` JS/CSS file directly in our asset folders; return the bytes saved."""
    saved = 0
    for folder, suffix in _FOLDERS.items():
        root = info.site_dir / folder
        if root.is_dir():
            for path in sorted(root.glob(f"*{suffix}")):
                if ".min." not in path.name:
                    saved += minify_text(path)
    return saved
