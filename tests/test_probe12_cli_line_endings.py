"""probe12: standard input with CR LF line endings (a Windows file) keeps them in every text command's
plain output, after the whole output line: before, the CR stayed inside the line ahead of what a
command adds after a tab (gloss's ``\\tgloss: …``, cyrillic -n's candidates, the rows of
gloss --words), and key, detect and cite dropped it. A citation cut by a CR LF line end is read
whole, as at an LF. Each test runs the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _run(args: list[str], data: bytes) -> bytes:
    env = dict(os.environ, PYTHONPATH=ROOT)
    p = subprocess.run([sys.executable, "-m", "translit", *args], input=data, capture_output=True, env=env,
                       timeout=600)
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in p.stderr
    return p.stdout


TEXTS = [
    ["Moskva i Pitr", "Sobranie sochinenii", "Kyiv i Lviv"],
    ["Neizvestnyi Bukharin", "GARF, f. 1, op. 2, d. 3", "x"],
    ["Pravda", "", "Istoriia KPSS 1917-1991"],
]
COMMANDS = [["romanize"], ["cyrillic"], ["cyrillic", "-n", "3"], ["convert", "--to", "cyrillic"], ["key"],
            ["detect"], ["cite"], ["gloss"], ["fix"], ["cyrillic", "--document"], ["key", "--document"]]


@pytest.mark.parametrize("lines", TEXTS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_crlf_input_gives_the_lf_output_with_crlf_endings(command, lines):
    """The same lines with CR LF give byte for byte the LF output, each line ended with CR LF."""
    lf = _run(command, "".join(line + "\n" for line in lines).encode())
    crlf = _run(command, "".join(line + "\r\n" for line in lines).encode())
    assert crlf == lf.replace(b"\n", b"\r\n")


@pytest.mark.parametrize("lines", TEXTS)
def test_gloss_words_rows_end_like_their_line(lines):
    """gloss --words writes several lines for one input line: each ends as the input line did."""
    lf = _run(["gloss", "--words"], "".join(line + "\n" for line in lines).encode())
    crlf = _run(["gloss", "--words"], "".join(line + "\r\n" for line in lines).encode())
    assert crlf == lf.replace(b"\n", b"\r\n")
    assert b"\r\t" not in crlf


@pytest.mark.parametrize("first,second", [
    ("See GARF, f. 1, op. 2,", "d. 3; ibid., l. 5"),
    ("RGASPI, f. 17, op.", "162, d. 9, l. 54"),
    ("TsGAOO, f. 5, op. 1, d.", "12, l. 3ob."),
])
def test_a_citation_cut_at_a_crlf_is_read_whole(first, second):
    """The CR of a CR LF does not hide that a citation goes on at the next line: plain and --json."""
    lf = _run(["cite"], f"{first}\n{second}\n".encode())
    crlf = _run(["cite"], f"{first}\r\n{second}\r\n".encode())
    assert crlf == lf.replace(b"\n", b"\r\n")
    got = [json.loads(line) for line in _run(["cite", "--json"], f"{first}\r\n{second}\r\n".encode()).splitlines()]
    want = [json.loads(line) for line in _run(["cite", "--json"], f"{first}\n{second}\n".encode()).splitlines()]
    assert [[c["fond"], c["delo"]] for c in got[0]["citations"]] == [[c["fond"], c["delo"]] for c in want[0]["citations"]]
    assert got[0]["citations"] and got[0]["citations"][0]["delo"] is not None


@pytest.mark.parametrize("data", ["Ünïcödé naïve café\r\n".encode(), "Zoë Brontë\r\n".encode(), "日本語 テキスト\r\nα β\r\n".encode()])
def test_text_that_is_not_russian_passes_through_crlf_and_all(data):
    """Text with no Russian in it comes out of romanize, convert and fix byte for byte, CRs included."""
    for command in (["romanize"], ["convert"], ["fix"]):
        assert _run(command, data) == data
