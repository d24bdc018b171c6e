"""A text file that reads as UTF-16 or UTF-32 but is cut short (a byte count that is no whole number
of its code units) is refused in one line with nothing written, not a crash (found by the document
fuzzer: 10 bytes taken for UTF-32-LE)."""

import base64
import os

import pytest

from translit.documents import convert_file
from translit.errors import TranslitError


@pytest.mark.parametrize("data", [
    base64.b64decode("wQEAAAAAAAAKPg=="),                      # the fuzzer's input
    "Istoriia SSSR\n".encode("utf-32-le")[:-2],                  # UTF-32 cut in its last letter
    b"\xff\xfe\x00\x00" + "Moskva\n".encode("utf-32-le")[:-1],  # with its byte-order mark
])
@pytest.mark.parametrize("name", ["a.txt", "a.bib", "a.ris"])
def test_cut_short_wide_file_is_refused_in_one_line(tmp_path, data, name):
    src, out = tmp_path / name, tmp_path / ("out-" + name)
    src.write_bytes(data)
    with pytest.raises(TranslitError) as exc:
        convert_file(str(src), str(out), to="alalc")
    assert "\n" not in str(exc.value) and "nothing was written" in str(exc.value)
    assert not out.exists()
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".translit-")]
