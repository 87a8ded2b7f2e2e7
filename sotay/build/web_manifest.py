"""The web app manifest of each language (``manifest.webmanifest``, ``en/manifest.webmanifest``).

A reader can add the handbook to the home screen; the app opens on the language's home page and
covers the whole site (both languages), with our icons (``overrides/assets/brand/icon-*.png``).
"""

from __future__ import annotations

import json
from pathlib import Path

from sotay.build.pipeline import SiteInfo
from sotay.ui_strings import strings_for

MANIFEST = "manifest.webmanifest"
THEME_COLOR = "#00695c"
ICONS = (
    ("assets/brand/icon-192.png", "192x192", "any"),
    ("assets/brand/icon-512.png", "512x512", "any"),
    ("assets/brand/icon-maskable-512.png", "512x512", "maskable"),
    ("assets/brand/favicon.svg", "any", "any"),
)


def manifest_for(lang: str, to_root: str) -> dict:
    """The manifest of *lang*; *to_root* leads from the manifest's folder to the site root."""
    t = strings_for(lang)
    icons = [
        {
            "src": f"{to_root}{src}",
            "sizes": sizes,
            "type": "image/svg+xml" if src.endswith(".svg") else "image/png",
        }
        | ({"purpose": purpose} if purpose != "any" else {})
        for src, sizes, purpose in ICONS
    ]
    return {
        "id": "./",
        "name": t["app_name"],
        "short_name": t["app_short_name"],
        "description": t["app_description"],
        "lang": lang,
        "dir": "ltr",
        "start_url": "./",
        "scope": to_root or "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": icons,
    }


def write_web_manifests(info: SiteInfo) -> list[Path]:
    """Post-build step: write one manifest per language into the language's folder."""
    written = []
    for lang in info.languages:
        folder = info.lang_dir(lang)
        if not folder.is_dir():
            continue
        depth = len(folder.relative_to(info.site_dir).parts)
        path = folder / MANIFEST
        path.write_text(
            json.dumps(manifest_for(lang, "../" * depth), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        written.append(path)
    return written
