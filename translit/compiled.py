"""Optional compiled copies of the reader's hot modules (an opt-in build step, never required).

Reading a word new to the caches is spread over many small steps of pure Python (the candidate
walk, detection's word signal, ranking, the language verdicts, context). ``python -m
translit.compiled build`` (``make compiled``) compiles the modules named in :data:`HOT` with
Cython, unchanged and untyped, into C extension modules under ``translit/_compiled/`` (or
``$TRANSLIT_COMPILED_DIR``), with a manifest holding the SHA-256 of each module's source and the
interpreter it was built for. :func:`install`, run when :mod:`translit` is imported, puts a finder
in front of Python's import system that loads a compiled copy only when its source is byte for
byte the ``.py`` beside it now: an edited module runs as Python again until the next build, so a
stale build can never change a reading. Without a build, with Cython or a C compiler missing,
or with ``TRANSLIT_COMPILED=0``, everything runs as plain Python, exactly as before.

``python -m translit.compiled status`` lists which modules would load compiled and why not.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

# The modules a cold word's reading spends its time in (profiled on generated titles, scheme
# detected): the walk, detection, ranking and word reading, the language verdicts, context.
HOT = (
    "translit.read.candidates",
    "translit.read.detect",
    "translit.read.words",
    "translit.read.scoring",
    "translit.read.language",
    "translit.read.context",
    "translit.read.lexicon",
    "translit.read.tokens",
    "translit.read.reader",
    "translit.read.established",
    "translit.read.walk_index",
)

MANIFEST = "manifest.json"
_PACKAGE = Path(__file__).resolve().parent


def compiled_dir() -> Path:
    """Where the compiled modules and their manifest live."""
    return Path(os.environ.get("TRANSLIT_COMPILED_DIR") or _PACKAGE / "_compiled")


def _source(module: str) -> Path:
    return _PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _interpreter() -> str:
    return f"{sys.implementation.cache_tag}{sysconfig.get_config_var('EXT_SUFFIX') or ''}"


def _manifest(where: Path) -> dict:
    try:
        data = json.loads((where / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("interpreter") != _interpreter():
        return {}
    mods = data.get("modules")
    return mods if isinstance(mods, dict) else {}


def usable(module: str, where: Path | None = None, entries: dict | None = None) -> tuple[Path | None, str]:
    """The compiled file to load for ``module`` (None when it must run as Python) and why."""
    where = where or compiled_dir()
    entries = _manifest(where) if entries is None else entries
    entry = entries.get(module)
    if not isinstance(entry, dict):
        return None, "not built"
    so = where / str(entry.get("file", ""))
    if not so.is_file():
        return None, "its compiled file is missing"
    try:
        if _digest(_source(module)) != entry.get("sha256"):
            return None, "its source changed since the build: runs as Python"
    except OSError:
        return None, "its source is missing"
    return so, "compiled"


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled copy of a hot module whose source has not changed since the build."""

    def __init__(self, where: Path, entries: dict) -> None:
        self.where, self.entries = where, entries

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.entries:
            return None
        so, _ = usable(fullname, self.where, self.entries)
        if so is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(so))
        return importlib.util.spec_from_file_location(fullname, str(so), loader=loader)


def install() -> bool:
    """Load the hot modules compiled where a build matches their sources (see the module's
    docstring); a no-op with ``TRANSLIT_COMPILED=0`` or without a build. True when a finder was
    put in place."""
    if os.environ.get("TRANSLIT_COMPILED", "1") == "0":
        return False
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return True
    where = compiled_dir()
    entries = _manifest(where)
    if not entries:
        return False
    sys.meta_path.insert(0, _Finder(where, entries))
    return True


def active() -> list[str]:
    """The hot modules loaded from a compiled file in this process."""
    out = []
    for name in HOT:
        mod = sys.modules.get(name)
        if mod is not None and isinstance(getattr(mod, "__loader__", None), importlib.machinery.ExtensionFileLoader):
            out.append(name)
    return out


def build(modules: tuple[str, ...] = HOT, where: Path | None = None, log=print) -> int:
    """Compile ``modules`` with Cython into ``where``; the number compiled. A module that fails
    is reported and left to run as Python; missing Cython or a C compiler raises
    :class:`RuntimeError` with what to install."""
    try:
        from Cython.Compiler import Main as cython_main
    except ImportError:
        raise RuntimeError("Cython is not installed (pip install 'translit[fast]' or pip install cython)") from None
    cc = os.environ.get("CC") or (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        raise RuntimeError(f"no C compiler ({cc}) found: install one (apt-get install gcc) or set CC")
    include = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    where = where or compiled_dir()
    where.mkdir(parents=True, exist_ok=True)
    entries = dict(_manifest(where))
    done = 0
    with tempfile.TemporaryDirectory(prefix="translit-compile-") as tmp:
        for module in modules:
            src = _source(module)
            digest = _digest(src)
            if entries.get(module, {}).get("sha256") == digest and (where / entries[module]["file"]).is_file():
                log(f"{module}: up to date")
                done += 1
                continue
            c_file = Path(tmp) / (module + ".c")
            out = where / (module + suffix)
            try:
                # annotations stay hints, as in Python (Cython would otherwise enforce list/dict ones)
                opts = cython_main.CompilationOptions(cython_main.default_options, output_file=str(c_file),
                                                      language_level=3,
                                                      compiler_directives={"annotation_typing": False})
                res = cython_main.compile(str(src), opts, full_module_name=module)
                if res.num_errors:
                    raise RuntimeError(f"{res.num_errors} Cython errors")
                partial = out.with_name(out.name + ".part")
                subprocess.run([cc, "-shared", "-fPIC", "-O2", f"-I{include}", str(c_file), "-o", str(partial)],
                               check=True, capture_output=True, text=True)
                os.replace(partial, out)
            except (RuntimeError, subprocess.CalledProcessError, OSError) as e:
                detail = getattr(e, "stderr", "") or str(e)
                log(f"{module}: not compiled, runs as Python ({detail.strip()[:300]})")
                entries.pop(module, None)
                continue
            entries[module] = {"file": out.name, "sha256": digest}
            done += 1
            log(f"{module}: compiled")
            _write_manifest(where, entries)
    _write_manifest(where, entries)
    return done


def _write_manifest(where: Path, entries: dict) -> None:
    data = {"interpreter": _interpreter(), "modules": entries}
    part = where / (MANIFEST + ".part")
    part.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(part, where / MANIFEST)


def clean(where: Path | None = None) -> None:
    """Remove the compiled modules (everything runs as Python again)."""
    shutil.rmtree(where or compiled_dir(), ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    cmd = args[0] if args else "status"
    if cmd == "build":
        try:
            n = build()
        except RuntimeError as e:
            print(f"translit.compiled: {e}; the reader runs as pure Python", file=sys.stderr)
            return 1
        print(f"{n} of {len(HOT)} hot modules compiled into {compiled_dir()}")
        return 0
    if cmd == "clean":
        clean()
        return 0
    if cmd == "status":
        entries = _manifest(compiled_dir())
        for module in HOT:
            print(f"{module}: {usable(module, entries=entries)[1]}")
        return 0
    print("usage: python -m translit.compiled [build|status|clean]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
