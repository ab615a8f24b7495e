"""Two builds of one set at once, and builds ended by a signal: nothing broken, no process left behind."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.build import _locked
from tests.helpers import EXAMPLES, ROOT, document_lines

SET = "klimatkommunerna-2008-2009"
SURVEY = "uthallig-kommun-etapp2"
SCRIPT = "import sys; from generator.cli import main; sys.argv[0] = 'plangen'; main()"


def _start(*args: str) -> subprocess.Popen:
    """plangen in a session of its own, so that the test can clean up whatever a failure leaves."""
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _parents() -> dict[int, int]:
    """pid → parent pid of every process."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    return parents


def _descendants(pid: int) -> set[int]:
    parents = _parents()
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_two_builds_of_one_set_at_once_both_succeed(tmp_path: Path):
    out = tmp_path / "out"
    for _ in range(3):
        builds = [_start("build", "--force", "--inputs", str(EXAMPLES), "--out", str(out), SET) for _ in range(2)]
        for build in builds:
            _, stderr = build.communicate(timeout=300)
            assert build.returncode == 0, stderr
            assert "fel" not in stderr
    assert not list((out / SET).glob(".*.tmp"))
    reference = tmp_path / "reference"
    single = _start("build", "--inputs", str(EXAMPLES), "--out", str(reference), SET)
    assert single.wait(timeout=300) == 0
    for document in ("verksamhetsplan.docx", "budget.docx"):
        assert (out / SET / document).read_bytes() == (reference / SET / document).read_bytes()


def _blocked_on_flock(pid: int) -> bool:
    """/proc/locks lists a process waiting for a lock with ``->``."""
    return any(
        line.split()[1] == "->" and line.split()[2] == "FLOCK" and int(line.split()[5]) == pid
        for line in Path("/proc/locks").read_text().splitlines()
        if len(line.split()) > 5 and line.split()[1] == "->"
    )


def test_a_second_build_waits_for_the_first_to_write(tmp_path: Path):
    out = tmp_path / "out"
    first = _start("build", "--inputs", str(EXAMPLES), "--out", str(out), SET)
    assert first.wait(timeout=300) == 0
    document = out / SET / "budget.docx"
    written = document.stat().st_mtime_ns
    with _locked(out / SET):  # as if another build were writing
        second = _start("build", "--force", "--inputs", str(EXAMPLES), "--out", str(out), SET)
        try:
            assert _wait_for(lambda: _blocked_on_flock(second.pid)), "the build never reached the lock"
            assert document.stat().st_mtime_ns == written
        except BaseException:
            second.kill()
            raise
    _, stderr = second.communicate(timeout=300)
    assert second.returncode == 0, stderr
    assert document.stat().st_mtime_ns != written
    assert "Budget" in "\n".join(document_lines(document))


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="worker processes need two cores")
@pytest.mark.parametrize(
    "args, signum, status",
    [
        ([SET, SURVEY], signal.SIGTERM, 143),  # set workers
        ([SET, SURVEY], signal.SIGINT, 130),
        pytest.param(
            ["--pdf", SET],
            signal.SIGTERM,
            143,
            marks=pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
        ),  # LibreOffice converting
    ],
    ids=["set-workers-TERM", "set-workers-INT", "libreoffice-TERM"],
)
def test_a_signal_mid_build_leaves_no_process_behind(tmp_path: Path, args: list[str], signum: int, status: int):
    build = _start("build", "--force", "--inputs", str(EXAMPLES), "--out", str(tmp_path / "out"), *args)
    try:
        assert _wait_for(lambda: len(_descendants(build.pid)) >= 2), "the build started no workers"
        time.sleep(0.3)  # the workers are at work
        workers = _descendants(build.pid)
        os.kill(build.pid, signum)  # what kill -TERM does
        _, stderr = build.communicate(timeout=60)
        assert build.returncode == status, stderr
        assert stderr.strip().splitlines()[-1] == "avbrutet; inga halvskrivna filer lämnades kvar"
        assert "Traceback" not in stderr
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 10), [p for p in workers if _alive(p)]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(build.pid, signal.SIGKILL)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="worker processes need two cores")
def test_workers_die_with_a_killed_build(tmp_path: Path):
    """Even ``kill -KILL``, which leaves plangen no chance to clean up, leaves no worker running."""
    build = _start("build", "--force", "--inputs", str(EXAMPLES), "--out", str(tmp_path / "out"), SET, SURVEY)
    try:
        assert _wait_for(lambda: len(_descendants(build.pid)) >= 2), "the build started no workers"
        workers = _descendants(build.pid)
        os.kill(build.pid, signal.SIGKILL)
        build.communicate(timeout=60)
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 10)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(build.pid, signal.SIGKILL)
