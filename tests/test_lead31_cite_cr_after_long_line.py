"""`cite` on a CR LF file keeps each line's CR LF after a line over the text limit too (the long line
is written through as it came; the lines after it must not take its place in the queue of CRs)."""

import subprocess
import sys

import pytest

LONG = "x" * 1_000_001


@pytest.mark.parametrize("lines", [
    ["GARF, f. 1, op. 2, d. 3", LONG, "RGASPI, f. 17, op. 3, d. 5", "plain line"],
    [LONG, "TsGAOR, f. 130, op. 1, d. 4, l. 5", "РГАСПИ. Ф. 17. Оп. 3. Д. 1003. Л. 5 об."],
    ["no citation here", LONG, LONG, "GARF, f. 5446, op. 1, d. 2"],
])
def test_every_line_keeps_its_crlf_after_a_long_line(lines):
    raw = "".join(line + "\r\n" for line in lines).encode()
    proc = subprocess.run([sys.executable, "-m", "translit", "cite"], input=raw, capture_output=True, check=True)
    out = proc.stdout.split(b"\n")
    assert out[-1] == b"" and len(out) - 1 >= len(lines)
    assert all(line.endswith(b"\r") and b"\r" not in line[:-1] for line in out[:-1])
    assert LONG.encode() + b"\r" in out  # written through as it came
