"""A background checkpointer, as the till runs one, for benchmarks without a GUI."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def every(seconds: float, call: Callable[[], object]) -> Iterator[None]:
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(seconds):
            try:
                call()
            except Exception:  # noqa: BLE001 - a busy checkpoint is retried next time
                pass

    worker = threading.Thread(target=loop, name="checkpointer", daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join()
