"""When each file last changed, from git history: ONE ``git log`` for a whole folder.

Works without git: a tarball, a missing ``git`` binary or a folder outside any repository give an
empty answer, and callers fall back to the page's ``reviewed`` date. A shallow clone only knows its
last commit, so CI checks out the full history (``fetch-depth: 0``).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

MARK = "\x1e"  # starts each commit's header line in the log output


def last_changed(folder: Path) -> dict[Path, dt.date]:
    """Map every file under *folder* that git knows to the date of the last commit touching it."""
    folder = Path(folder).resolve()
    cmd = [
        "git",
        "-c",
        "core.quotePath=false",
        "-C",
        str(folder),
        "log",
        f"--format={MARK}%cI",
        "--name-only",
        "--no-renames",
        "--relative",
        "--",
        ".",
    ]
    try:
        result = subprocess.run(
            cmd, capture_output=True, text=True, encoding="utf-8", check=False, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    if result.returncode != 0:
        return {}
    dates: dict[Path, dt.date] = {}
    current: dt.date | None = None
    for line in result.stdout.split("\n"):  # not splitlines(): it also splits at \x1e
        if line.startswith(MARK):
            current = dt.date.fromisoformat(line[1:11])
        elif line and current is not None:
            dates.setdefault(folder / line, current)
    return dates
