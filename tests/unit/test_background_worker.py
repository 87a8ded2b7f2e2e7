"""Work done in the background worker gives the same site as work done in the build itself."""

import pytest

from sotay.build.background import BackgroundWorker
from sotay.build.pipeline import SiteInfo
from sotay.build.search_index import (
    BackgroundSearchIndex,
    build_search_index,
    finish_search_index,
    start_search_index,
)

ARTICLE = (
    '<html><body><article class="md-content__inner"><h1>{title}</h1><p>{text}</p></article></body></html>'
)


def _site(root):
    pages = {
        "index.html": ("Sổ tay", "Trang chủ."),
        "an-toan/lua-dao/index.html": ("Nhận diện lừa đảo", "Không đưa mã OTP cho ai."),
        "en/index.html": ("Handbook", "Home."),
        "en/an-toan/lua-dao/index.html": ("Spotting scams", "Never share an OTP."),
    }
    for path, (title, text) in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(ARTICLE.format(title=title, text=text), encoding="utf-8")
    return SiteInfo(root, "https://sotay.example.vn/", extra={"glossary": {"vi": "*[OTP]: Mã dùng một lần"}})


def _files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_search_index_built_in_the_worker_is_the_one_built_here(tmp_path):
    here, there = _site(tmp_path / "here"), _site(tmp_path / "there")
    build_search_index(here)
    worker = BackgroundWorker()
    try:
        there.extra["search_index"] = background = BackgroundSearchIndex(worker)
        background.start(there, "vi")  # as the build does once the Vietnamese pages are written
        start_search_index(there)  # starts the languages not started yet
        assert set(background._jobs) == {"vi", "en"}, "both languages are indexed in the worker"
        finish_search_index(there)
    finally:
        worker.close()
    assert _files(there.site_dir) == _files(here.site_dir)
    assert "search/meta.json" in _files(here.site_dir) and "en/search/meta.json" in _files(here.site_dir)


def test_a_failure_in_the_worker_fails_the_build(tmp_path):
    info = _site(tmp_path / "site")
    (info.site_dir / "broken" / "index.html").mkdir(parents=True)  # a page the worker cannot read
    worker = BackgroundWorker()
    try:
        info.extra["search_index"] = BackgroundSearchIndex(worker)
        start_search_index(info)
        with pytest.raises(OSError):
            finish_search_index(info)
    finally:
        worker.close()


def test_without_worker_processes_the_work_runs_in_the_build_and_fails_the_same(monkeypatch):
    import sotay.build.background as background

    def no_processes(*args, **kwargs):
        raise OSError("no semaphores in this sandbox")

    monkeypatch.setattr(background, "ProcessPoolExecutor", no_processes)
    worker = BackgroundWorker()
    assert worker.submit(divmod, 7, 2).result() == (3, 1)
    with pytest.raises(ZeroDivisionError):
        worker.submit(divmod, 1, 0).result()
    worker.close()


def test_the_worker_ends_when_the_build_process_is_killed():
    """A killed build (or `mkdocs serve`) must not leave its worker running, holding the port."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = (
        "import os, sys, time\n"
        "from sotay.build.background import BackgroundWorker\n"
        "worker = BackgroundWorker()\n"
        "print(worker.submit(os.getpid).result(), flush=True)\n"
        "worker.submit(time.sleep, 0.3)\n"  # killed while the worker has work, as in a build
        "time.sleep(60)\n"
    )
    build = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    worker = int(build.stdout.readline())
    time.sleep(0.1)
    build.send_signal(signal.SIGTERM)
    build.wait(timeout=10)

    def running(pid):
        status = Path(f"/proc/{pid}/status")
        try:
            return "State:\tZ" not in status.read_text()
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 10
    while running(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = running(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive, "the worker outlived the build process"


def test_an_old_index_is_deleted_before_the_worker_starts(tmp_path):
    """The post-build steps walk the site while the worker indexes it: a folder deleted by the worker
    under a walk failed builds into a folder that was not cleaned first (``--dirty``, ``serve``)."""

    class HeldWorker:  # takes the job and runs nothing yet
        def submit(self, fn, *args):
            self.job = (fn, args)

    info = _site(tmp_path / "site")
    build_search_index(info)
    old = next((info.site_dir / "search").iterdir())
    BackgroundSearchIndex(HeldWorker()).start(info, "vi")
    assert not old.exists(), "the old index is gone before any post-build step walks the site"
