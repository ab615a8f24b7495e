"""Atomic writes: a temporary file beside the target, then a rename.

A build that fails or is killed leaves every earlier document intact.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_UMASK = os.umask(0)
os.umask(_UMASK)


def write_all_atomically(files: dict[Path, bytes]) -> None:
    """Write several files; each one is replaced atomically once all have been staged."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((temporary, path))
            os.chmod(temporary, 0o666 & ~_UMASK)
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temporary, path in staged:
            os.replace(temporary, path)
    finally:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files left by a build that was killed before it could clean up."""
    if folder.is_dir():
        for stale in folder.glob(".*.tmp"):
            stale.unlink(missing_ok=True)
