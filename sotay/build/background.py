"""One worker process that takes build work off the main process (a second core, when there is one).

MkDocs renders pages on one core. Work that needs only plain data (a page address, the built
folder) can run beside it: QR codes while pages render, the search index while the other post-build
steps run. The worker starts on first use (forked from the build) and stops with :meth:`close`.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor


class BackgroundWorker:
    """A single worker process; jobs run one after another, in the order they were submitted."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable, *args) -> Future:
        """Run ``fn(*args)`` in the worker (module-level *fn*, picklable *args*); return its future."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1)
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        """Stop the worker; jobs not started yet are dropped. The next :meth:`submit` starts a new one."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None
