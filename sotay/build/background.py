"""One worker process that takes build work off the main process (a second core, when there is one).

MkDocs renders pages on one core. Work that needs only plain data (a page address, the built
folder) can run beside it: QR codes while pages render, the search index while the other post-build
steps run. The worker starts on first use (forked from the build) and stops with :meth:`close`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

log = logging.getLogger("mkdocs.plugins.sotay")


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
        if not self._inline:
            try:
                if self._pool is None:
                    self._pool = ProcessPoolExecutor(max_workers=1)
                return self._pool.submit(fn, *args)  # starts the process on first use
            except (OSError, NotImplementedError, ImportError) as error:
                log.info("No background worker (%s): post-build work runs in the build process", error)
                self.close()
                self._inline = True
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
