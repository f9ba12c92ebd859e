"""Memory of a running command and all its child processes, sampled in a background thread."""

from __future__ import annotations

import subprocess
import threading
import time

import psutil


class TreeMemory:
    """Samples the resident memory of a process tree; `samples` holds (seconds, MB) pairs."""

    def __init__(self, process: subprocess.Popen, every: float = 0.2) -> None:
        self.root = psutil.Process(process.pid)
        self.every = every
        self.samples: list[tuple[float, float]] = []
        self.started = time.perf_counter()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while self.root.is_running() and self.root.status() != psutil.STATUS_ZOMBIE:
            try:
                tree = [self.root, *self.root.children(recursive=True)]
                total = sum(p.memory_info().rss for p in tree if p.is_running())
            except psutil.Error:
                break
            self.samples.append((time.perf_counter() - self.started, total / 1e6))
            time.sleep(self.every)

    @property
    def peak_mb(self) -> float:
        return max((mb for _, mb in self.samples), default=0.0)


def run_measured(cmd: list[str]) -> tuple[float, TreeMemory]:
    """Run `cmd` to the end; its wall time in seconds and its memory samples."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd)
    memory = TreeMemory(process)
    if process.wait() != 0:
        raise SystemExit(f"{cmd[:4]} failed with exit code {process.returncode}")
    return time.perf_counter() - start, memory
