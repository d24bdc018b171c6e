"""The optional compiled hot modules (translit/compiled.py): a build is loaded only while its
module's source is byte for byte what was compiled, for this interpreter, unless switched off.
Built here on a small real module (translit.read.weights) with the real Cython and C compiler."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from translit import compiled

MOD = "translit.read.weights"
# which loader imported the module, a value it computed, and the file it came from
PROBE = ("import translit.read.weights as w; "
         "print(type(w.__loader__).__name__, w.W.rank.slip, w.__file__.rsplit('.', 1)[-1])")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    where = tmp_path_factory.mktemp("compiled")
    assert compiled.build((MOD,), where=where, log=lambda *_: None) == 1
    return where


def _probe(where, **env) -> list[str]:
    e = {k: v for k, v in os.environ.items() if k != "TRANSLIT_COMPILED"}
    e.update(TRANSLIT_COMPILED_DIR=str(where), **env)
    out = subprocess.run([sys.executable, "-c", PROBE], env=e, capture_output=True, text=True, check=True)
    return out.stdout.split()


def _pure_slip() -> str:
    from translit.read.weights import W

    return str(W.rank.slip)


def test_an_up_to_date_build_is_loaded_and_computes_the_same(built):
    loader, slip, ext = _probe(built)
    assert loader == "ExtensionFileLoader" and ext == "so"
    assert slip == _pure_slip()
    so, why = compiled.usable(MOD, built)
    assert so is not None and why == "compiled"


def test_a_module_changed_since_the_build_runs_as_python(built, tmp_path):
    where = tmp_path / "stale"
    shutil.copytree(built, where)
    data = json.loads((where / compiled.MANIFEST).read_text())
    data["modules"][MOD]["sha256"] = "0" * 64  # as if weights.py had been edited after the build
    (where / compiled.MANIFEST).write_text(json.dumps(data))
    assert _probe(where)[0] == "SourceFileLoader"
    assert compiled.usable(MOD, where)[1].startswith("its source changed")


def test_a_build_for_another_interpreter_is_ignored(built, tmp_path):
    where = tmp_path / "other"
    shutil.copytree(built, where)
    data = json.loads((where / compiled.MANIFEST).read_text())
    data["interpreter"] = "cpython-99.x"
    (where / compiled.MANIFEST).write_text(json.dumps(data))
    assert _probe(where)[0] == "SourceFileLoader"


def test_switched_off_or_missing_runs_as_python(built, tmp_path):
    assert _probe(built, TRANSLIT_COMPILED="0")[0] == "SourceFileLoader"
    assert _probe(tmp_path / "nothing-built")[0] == "SourceFileLoader"
    gone = tmp_path / "gone"
    shutil.copytree(built, gone)
    for f in gone.glob("*.so"):
        f.unlink()  # the manifest names a file no longer there
    assert _probe(gone)[0] == "SourceFileLoader"
    assert compiled.usable(MOD, gone)[1] == "its compiled file is missing"


def test_no_c_compiler_is_a_clear_error_and_builds_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("CC", "no-such-compiler-here")
    with pytest.raises(RuntimeError, match="no C compiler"):
        compiled.build((MOD,), where=tmp_path, log=lambda *_: None)
    assert not list(tmp_path.glob("*.so"))
    assert compiled.usable(MOD, tmp_path) == (None, "not built")
