"""Render the theme's 404 page for a non-default language into ``<site>/<lang>/404.html``."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands import build as mkdocs_build


def write_localized_404(config, env, files, nav, lang: str) -> Path:
    """Render ``404.html`` with *lang*'s strings into the language's sub-folder and return its path.

    MkDocs writes static templates to the site root only; a second language would overwrite the
    default language's page there, so the glue skips it for that build and calls this instead.
    """
    site_dir = config["site_dir"]
    target_dir = Path(site_dir) / lang
    config["site_dir"] = str(target_dir)
    try:
        mkdocs_build._build_theme_template("404.html", env, files, config, nav)
    finally:
        config["site_dir"] = site_dir
    return target_dir / "404.html"
