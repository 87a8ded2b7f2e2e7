"""One worker process that takes build work off the main process (a second core, when there is one).

MkDocs renders pages on one core. Work that needs only plain data (a page address, the built
folder) can run beside it: QR codes while pages render, the search index while the other post-build
steps run. The worker starts on first use (forked from the build) and stops with :meth:`close`.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

log = logging.getLogger("mkdocs.plugins.sotay")


def _exit_with(parent: int) -> None:
    """In the worker: end it when the build process is gone (killed), instead of living on and
    holding what it inherited (``mkdocs serve``'s port)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="sotay-exit-with-build", daemon=True).start()


class BackgroundWorker:
    """A single worker process; jobs run one after another, in the order they were submitted."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._inline = False  # True once starting a process has failed

    def submit(self, fn: Callable, *args) -> Future:
        """Run ``fn(*args)`` in the worker (module-level *fn*, picklable *args*); return its future.

        Where no process can be started (some sandboxes and hosted builders), *fn* runs here and
        now: slower, same result.
        """
        if self._pool is not None:
            return self._pool.submit(fn, *args)
        if not self._inline:
            try:
                pool = ProcessPoolExecutor(max_workers=1, initializer=_exit_with, initargs=(os.getpid(),))
                job = pool.submit(fn, *args)  # starts the process
            except (OSError, NotImplementedError, ImportError) as error:
                log.info("No background worker (%s): post-build work runs in the build process", error)
                self._inline = True
            else:
                self._pool = pool
                return job
        done: Future = Future()
        try:
            done.set_result(fn(*args))
        except Exception as error:  # noqa: BLE001 - handed to whoever waits, as the worker would
            done.set_exception(error)
        return done

    def close(self) -> None:
        """Stop the worker; jobs not started yet are dropped. The next :meth:`submit` starts a new one."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None
