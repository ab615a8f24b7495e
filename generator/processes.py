"""Worker processes end with the build that started them.

The main process turns SIGTERM into :class:`Terminated`, which unwinds like Ctrl-C: temporary files
are removed on the way out and :func:`end_workers` stops every chart and set worker.  A worker ignores
Ctrl-C (the terminal sends it to the whole process group; the parent decides) and, on Linux, is killed
by the kernel if plangen itself dies without cleaning up (``kill -KILL``).
"""

from __future__ import annotations

import signal
import sys

#: prctl(2) option: the signal the kernel sends a process when its parent dies.
PR_SET_PDEATHSIG = 1


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived.  A KeyboardInterrupt, so everything that cleans up after Ctrl-C does so here too."""


def _raise_terminated(signum, frame) -> None:
    raise Terminated()


def handle_signals() -> None:
    """In plangen's own process: SIGTERM raises :class:`Terminated`; SIGINT keeps raising KeyboardInterrupt."""
    try:
        signal.signal(signal.SIGTERM, _raise_terminated)
        if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:  # e.g. started in the background by a shell
            signal.signal(signal.SIGINT, signal.default_int_handler)
    except ValueError:  # not the main thread (an embedding program): leave its signals alone
        pass


def worker_started(parent: int | None = None) -> None:
    """Initializer of a worker process: leave Ctrl-C to the parent, end at once on SIGTERM, die with the
    parent (whose pid is ``parent``)."""
    import os

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if parent is not None and os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def end_workers(grace_seconds: float = 2.0) -> None:
    """Stop every worker process this process started: SIGTERM, then SIGKILL for those still running."""
    if "multiprocessing" not in sys.modules:  # no worker was ever started
        return
    import multiprocessing
    import time

    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    deadline = time.monotonic() + grace_seconds
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            child.kill()
            child.join()
