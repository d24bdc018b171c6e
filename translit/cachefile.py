"""The on-disk caches of the reader (``$TRANSLIT_CACHE``, else ``$XDG_CACHE_HOME/translit``, else
``~/.cache/translit``) written and opened the safe way, by one set of helpers.

* Writing goes through :class:`translit.outfile.AtomicFile`: a hidden part file beside the cache
  file, renamed into place only when it is complete (removed when the build fails), so another
  process sharing the directory sees the old file, no file, or the whole new one, never a part.
  Part files of builds that died are swept the next time a cache file is written there.
* Opening checks what it opened: a file that cannot be read back (empty, truncated, overwritten,
  of another format) or that fails the caller's check of its content is reported on standard
  error in one line, removed, and the caller builds it again (or does without it), instead of a
  crash or of a silently wrong answer.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any, BinaryIO, Callable

from translit.outfile import AtomicFile


def _written(path: Path, fill: Callable[[AtomicFile], None]) -> None:
    """Make the cache file ``path`` through ``fill``, given the :class:`AtomicFile` to fill; the
    file appears whole, or not at all when ``fill`` fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    out = AtomicFile(str(path))
    try:
        fill(out)
    except BaseException:
        out.abort()
        raise
    out.commit()


def write(path: Path, dump: Callable[[BinaryIO], None]) -> None:
    """Write a cache file: ``dump`` writes its bytes to the file object it is given; the file
    appears at ``path`` whole, or not at all when ``dump`` fails."""
    _written(path, lambda out: dump(out.fh))


def write_pickle(path: Path, obj: Any) -> None:
    """Write ``obj`` pickled to ``path`` (atomically, see :func:`write`)."""
    write(path, lambda fh: pickle.dump(obj, fh, protocol=5))


def save_trie(path: Path, trie) -> None:
    """Write a marisa trie to ``path`` (atomically, see :func:`write`): marisa writes the part file
    by its name, so the part's own handle is closed first."""

    def fill(out: AtomicFile) -> None:
        out.fh.close()
        trie.save(out.tmp)

    _written(path, fill)


def discard(path: Path, why: object, seen: os.stat_result | None = None) -> None:
    """Report the damaged cache file ``path`` on standard error and remove it (only when it is
    still the file that was read, ``seen``: another process may have put a good one in its place)."""
    print(f"translit: the cache file {path} is damaged ({why}); it is removed and built again", file=sys.stderr,
          flush=True)
    try:
        if seen is not None:
            now = os.stat(path)
            if (now.st_ino, now.st_dev, now.st_mtime_ns) != (seen.st_ino, seen.st_dev, seen.st_mtime_ns):
                return
        os.unlink(path)
    except OSError:
        pass


def _why(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def read_pickle(path: Path, check: Callable[[Any], str | None] | None = None) -> Any | None:
    """The object pickled at ``path``; None when there is no such file, or when it is damaged (it
    cannot be unpickled, or ``check`` of the object names a problem): then it is reported and
    removed (:func:`discard`) and the caller builds it again."""
    try:
        seen = os.stat(path)
    except FileNotFoundError:
        return None
    try:
        with open(path, "rb") as fh:
            obj = pickle.load(fh)
    except FileNotFoundError:  # removed since (another process found it damaged)
        return None
    except Exception as exc:  # empty, truncated, overwritten: EOFError, UnpicklingError, ValueError, …
        discard(path, _why(exc), seen)
        return None
    problem = check(obj) if check else None
    if problem:
        discard(path, problem, seen)
        return None
    return obj


def open_checked(path: Path, opener: Callable[[Path], Any]) -> Any | None:
    """``opener(path)`` (which memory-maps or loads the cache file and checks it); None when there
    is no such file, or when opening it fails: then it is damaged, reported and removed."""
    try:
        seen = os.stat(path)
    except FileNotFoundError:
        return None
    try:
        return opener(path)
    except FileNotFoundError:
        return None
    except Exception as exc:  # marisa's MARISA_IO_ERROR is a RuntimeError; a missing table a TypeError…
        discard(path, _why(exc), seen)
        return None


def mmap_trie(path: Path, trie):
    """``trie`` memory-mapped from ``path``, or None when there is no such file or it is damaged
    (see :func:`open_checked`)."""

    def opener(p: Path):
        trie.mmap(str(p))
        return trie

    return open_checked(path, opener)
