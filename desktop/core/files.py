"""Writing a file whole or not at all, shared by everything that saves a file for people.

Only the standard library: the papers (services) and the sync bundles (sync) both write through
this, and a power cut at any moment must leave either no file (or the old one) or the whole new
one, never half of it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write `data` to `path` through a temporary file in the same folder; OSError on failure.

    An existing file at `path` is replaced; the caller decides whether that is allowed.
    """
    partial = None
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                        suffix=".partial")
        partial = Path(name)
        # On disk before it takes the name: os.replace is atomic, but only for what is on disk.
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        partial.chmod(mode)  # mkstemp makes a private file; a saved file is for others to read
        os.replace(partial, path)
        partial = None
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable, where the system allows it (POSIX; not Windows)."""
    if os.name == "nt":  # Windows cannot open a folder as a file; NTFS journals the rename
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:  # some file systems (FAT on a USB stick, network shares) refuse: best effort
        pass
    finally:
        os.close(handle)
