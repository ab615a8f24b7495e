"""A progress bar for builds that take more than a moment: shown on a terminal only, never in pipes or logs."""

from __future__ import annotations

import sys
import time

#: Seconds before the bar appears; quick builds print nothing extra.
DELAY_SECONDS = 1.0


class BuildProgress:
    """Counts documents done; draws a rich bar on stderr once the build has run for a second."""

    def __init__(self, total: int, *, enabled: bool = True):
        self.total = total
        self.done = 0
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()
        self._bar = None
        self._task = None

    def step(self, description: str, advance: int = 0) -> None:
        self.done += advance
        if not self.enabled:
            return
        if self._bar is None:
            if time.monotonic() - self.started < DELAY_SECONDS:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(description, total=self.total, completed=self.done)
        self._bar.update(self._task, description=description, completed=self.done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
