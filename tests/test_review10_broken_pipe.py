"""A reader that stops early (``translit … | head -1``) ends the command quietly: exit status 0 and
nothing on standard error (BrokenPipeError is an OSError, which used to be reported as a file error:
``translit: Broken pipe``)."""

import os
import shlex
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.parametrize("args,lines", [
    (["schemes"], ""),
    (["romanize", "--scheme", "alalc"], "Щукин\n" * 20000),
    (["key"], "Reabilitatsiia: kak eto bylo\n" * 3000),
])
def test_a_closed_pipe_ends_quietly(tmp_path, args, lines):
    (tmp_path / "in.txt").write_text(lines, encoding="utf-8")
    command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "translit", *args])
    script = f"{command} < in.txt 2> err.txt | head -1 > first.txt; echo ${{PIPESTATUS[0]}}"
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=ROOT)
    status = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300).stdout.strip()
    err = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert status == "0" and (tmp_path / "first.txt").read_text(encoding="utf-8").strip()
    assert "Broken pipe" not in err and "Traceback" not in err and "Exception ignored" not in err
