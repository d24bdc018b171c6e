"""review12: standard input in UTF-16 or UTF-32 is split into lines as UTF-8 input is (at LF, the CR
of a CRLF kept with its line, a lone CR ending a line too): the same file in another encoding gives
the same output, byte for byte."""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _run(data: bytes) -> bytes:
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "translit", "cyrillic"], input=data, capture_output=True,
                          env=env, check=True).stdout


TEXT = "Moskva\r\nTver'\rKazan\nRostov\r\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_wide_input_splits_as_utf8_does(codec):
    data = TEXT.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data  # with its byte-order mark, as an editor writes it
    want = _run(TEXT.encode("utf-8"))
    assert want.count(b"\r\n") == 2  # (the CRs of the CRLFs kept)
    assert _run(data) == want
