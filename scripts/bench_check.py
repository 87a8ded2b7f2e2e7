"""How long `sotay check` takes over the whole handbook (budget: under 3 seconds).

Prints the in-process time of the checks and the wall time of the `sotay check` command (Python
start-up and imports included), plus the same for a handbook ten times larger (copies of docs/).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sotay.content.checker import check_paths

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 3.0


def in_process(docs: Path, runs: int = 5) -> tuple[int, float]:
    times, files = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        files = check_paths([docs]).files
        times.append(time.perf_counter() - started)
    return files, statistics.median(times)


def command(docs: Path, runs: int = 3) -> float:
    sotay = Path(sys.executable).with_name("sotay")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(sotay), "check", str(docs)], capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def tenfold(docs: Path, into: Path) -> Path:
    out = into / "docs"
    for lang in ("vi", "en"):
        for i in range(10):
            shutil.copytree(docs / lang, out / lang / f"copy{i}")
    shutil.copytree(docs / "assets", out / "assets")
    return out


def main() -> int:
    docs = ROOT / "docs"
    files, seconds = in_process(docs)
    wall = command(docs)
    print(f"sotay check, real handbook: {files} files, {seconds:.2f} s checks, {wall:.2f} s command")
    with tempfile.TemporaryDirectory() as tmp:
        big = tenfold(docs, Path(tmp))
        big_files, big_seconds = in_process(big, runs=1)
        print(f"sotay check, 10x handbook: {big_files} files, {big_seconds:.2f} s checks")
    ok = wall < BUDGET
    print(f"budget: whole handbook under {BUDGET:.0f} s: {'OK' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
