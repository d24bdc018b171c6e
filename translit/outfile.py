"""Output files written the safe way, for every command that writes a file (tables, MARC, reports).

* The target is checked before any work starts: a folder, a missing folder, a FIFO, a device or
  a socket is refused with a one-line message; a symbolic link to a regular file is followed, so
  the link stays and the file it points to gets the new content.
* The content goes to a hidden ``.translit-PID-XXXX.part`` file beside the target and is renamed
  into place only when it is complete, so a failed or interrupted run never leaves a half-written
  file. The new file keeps the mode of the file it replaces (a 0644 file stays 0644); a new file
  gets the usual ``0666 & ~umask``.
* Part files of runs that died (their process is gone, or an old-style name untouched for an
  hour) are swept from the folder the next time a file is written there.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time

from translit.errors import TranslitError

PREFIX = ".translit-"
SUFFIX = ".part"
_PART = re.compile(r"^\.translit-(?:(\d+)-)?[A-Za-z0-9_]+\.part$")
_KINDS = {stat.S_ISDIR: "a folder", stat.S_ISFIFO: "a FIFO (named pipe)", stat.S_ISCHR: "a character device",
          stat.S_ISBLK: "a block device", stat.S_ISSOCK: "a socket"}


def target(path: str) -> str:
    """The regular file that writing ``path`` will replace (symlinks followed); raise
    :class:`TranslitError` when ``path`` cannot be a regular output file."""
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        parent = os.path.dirname(real) or "."
        if not os.path.isdir(parent):
            raise TranslitError(f"{path}: the folder {os.path.dirname(path) or '.'} does not exist") from None
        return real
    except OSError as exc:
        raise TranslitError(f"{path}: {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS.items() if test(st.st_mode)), "not a regular file")
        raise TranslitError(f"{path} is {kind}: give the name of a regular file to write")
    return real


def _same_file(a: str, b: str) -> bool:
    """Whether paths ``a`` and ``b`` name one file (the same path, a symbolic or a hard link)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet: two files
        return False


def refuse_overwrite(inputs: list[str], outputs: list[str | None]) -> None:
    """Raise :class:`TranslitError` before any work when an output file is an input file (its
    content would be replaced by the output: ``marc check in.mrc --report in.mrc``, a table's
    ``--out`` naming its ``--in``) or when two outputs are one file (one would replace the other:
    the MARC output and its report). ``None`` stands for an output not written."""
    outs = [p for p in outputs if p]
    for out in outs:
        for src in inputs:
            if _same_file(src, out):
                raise TranslitError(f"{out}: give another output file (the input is never overwritten)")
    for k, a in enumerate(outs):
        for b in outs[k + 1:]:
            if _same_file(a, b):
                raise TranslitError(f"{b}: two outputs of this run would be the same file; give each its own")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(folder: str, max_age: float = 3600.0) -> list[str]:
    """Delete part files left in ``folder`` by runs that died; return their names."""
    gone = []
    try:
        names = os.listdir(folder)
    except OSError:
        return gone
    now = time.time()
    for name in names:
        m = _PART.match(name)
        if not m:
            continue
        path = os.path.join(folder, name)
        pid = int(m.group(1)) if m.group(1) else None
        try:
            stale = not _alive(pid) if pid is not None else now - os.lstat(path).st_mtime > max_age
            if stale and pid != os.getpid():
                os.unlink(path)
                gone.append(name)
        except OSError:
            continue
    return gone


class AtomicFile:
    """``with``-less writer: ``fh`` to write, then ``commit()`` or ``abort()``."""

    def __init__(self, path: str, mode: str = "wb"):
        self.path = path
        self.real = target(path)
        folder = os.path.dirname(self.real) or "."
        sweep(folder)
        try:
            fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=f"{PREFIX}{os.getpid()}-", suffix=SUFFIX)
        except OSError as exc:
            raise TranslitError(f"{path}: cannot write in {folder}: {exc.strerror}") from None
        kw = {} if "b" in mode else {"encoding": "utf-8", "errors": "surrogateescape", "newline": ""}
        self.fh = os.fdopen(fd, mode, **kw)

    def commit(self) -> None:
        self.fh.close()
        try:
            mode = stat.S_IMODE(os.stat(self.real).st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self.tmp, mode)
        os.replace(self.tmp, self.real)

    def abort(self) -> None:
        try:
            self.fh.close()
        except OSError:
            pass  # a full disk fails the final flush too; the part file goes all the same
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass
