"""Build the site into a temporary folder and swap it in only when everything succeeded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


class BuildFailed(RuntimeError):
    """The build did not succeed; the previously published folder was left untouched."""


def build_atomically(config_file: Path, site_dir: Path, *, strict: bool = True) -> Path:
    """Run ``mkdocs build`` into a sibling temp folder, then replace *site_dir* with it.

    A failing build raises :class:`BuildFailed` and leaves *site_dir* exactly as it was.
    Returns the path of the published folder.
    """
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = site_dir.with_name(f".{site_dir.name}-new-{os.getpid()}")
    retired = site_dir.with_name(f".{site_dir.name}-old-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(config_file), "-d", str(staging)]
    if strict:
        cmd.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(cmd, env=env, check=False)
    if result.returncode != 0 or not (staging / "index.html").is_file():
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(f"mkdocs build failed (exit {result.returncode}); {site_dir} was not changed")
    if site_dir.exists():
        site_dir.rename(retired)
    staging.rename(site_dir)
    shutil.rmtree(retired, ignore_errors=True)
    return site_dir
