"""A word cut by a byte that was not UTF-8 (a Latin-1 letter: Zo\\xeb, Mu\\xf1oz) is no word to read:
the text around such a byte passes through as it came, while the Russian beside it is still read."""

import subprocess
import sys

import pytest

from translit import convert


@pytest.mark.parametrize("raw", [b"Zo\xeb Mos", b"Mu\xf1oz", b"Bront\xeb", b"caf\xe9 au lait, Zo\xeb"])
@pytest.mark.parametrize("target", ["cyrillic", "alalc"])
def test_latin1_words_pass_through_the_cli_byte_for_byte(raw, target):
    out = subprocess.run([sys.executable, "-m", "translit", "convert", "--to", target],
                         input=raw + b"\n", capture_output=True, check=True).stdout
    assert out == raw + b"\n"


@pytest.mark.parametrize("text, russian", [
    ("Mu\udcf1oz met Pushkin", "Пушкин"),
    ("Zo\udceb and Tolstoi", "Толстой"),
    ("Bront\udceb: Moskva", "Москва"),
])
def test_the_russian_beside_such_a_word_is_still_read(text, russian):
    out = convert(text, to="cyrillic").text
    assert russian in out and out.split(" ")[0] == text.split(" ")[0]
