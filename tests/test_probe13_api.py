"""probe13: the Python API on hostile input. ``cluster`` given one string clustered its letters
(``cluster("Moskva")``: six clusters, M, o, s, k, v, a) and given None said "'NoneType' object is not
iterable": both are now a TypeError that says what it takes, as every other public function does
for a text that is not a str. And a seeded walk over many Unicode blocks (lone surrogates, private
use, tags, RTL marks, ties and half marks, lookalikes, Tangut, line separators) through every
public function in every language: no exception but translit's own, and romanize passes text with
no Cyrillic through unchanged."""

from __future__ import annotations

import random
import re

import pytest

import translit
from translit import TranslitError

BLOCKS = [(0x20, 0x7E), (0xA0, 0x17F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x530, 0x58F),
          (0x590, 0x6FF), (0x1C80, 0x1C88), (0x2000, 0x206F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F),
          (0xFE00, 0xFE2F), (0xFF00, 0xFFEF), (0xE000, 0xE0FF), (0xD800, 0xDFFF), (0x1F300, 0x1F64F),
          (0x0, 0x1F), (0x80, 0x9F), (0x17000, 0x17010), (0xE0000, 0xE007F)]
SEPARATORS = [" ", "", "\n", "\r\n", "\u2028", "\x85", "\t"]
WORDS = ["Dostoevskii", "Москва", "Kyiv", "Istorija Srbije", "ГАРФ ф. 5 оп. 1 д. 3", "t͡sar", "t︠s︡ar", "Ђорђе"]
CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.3:
            parts.append(rng.choice(WORDS))
        else:
            a, b = rng.choice(BLOCKS)
            parts.append("".join(chr(rng.randint(a, b)) for _ in range(rng.randint(1, 8))))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


@pytest.mark.parametrize("seed", [13, 131, 1313])
def test_every_public_function_survives_random_unicode(seed):
    rng = random.Random(seed)
    for _ in range(12):
        s = _text(rng)
        calls = [lambda: translit.detect(s), lambda: translit.identify(s), lambda: translit.fix(s),
                 lambda: translit.parse_citations(s), lambda: translit.cluster([s, "Moskva"])]
        for lang in (None, "uk", "be", "bg", "sr", "mk", "rue", "auto"):
            calls += [lambda lang=lang: translit.to_cyrillic(s, lang=lang),
                      lambda lang=lang: translit.convert(s, lang=lang),
                      lambda lang=lang: translit.convert(s, to="cyrillic", lang=lang),
                      lambda lang=lang: translit.key(s, lang=lang),
                      lambda lang=lang: translit.gloss_text(s, lang)]
        for call in calls:
            try:
                call()
            except TranslitError:
                pass
        for lang in (None, "uk", "be", "bg", "sr", "mk", "rue", "auto"):
            out = translit.romanize(s, lang=lang)
            if not CYRILLIC.search(s):
                assert out == s, (s, lang)


@pytest.mark.parametrize("headings,said", [
    ("Moskva", "not one str"),
    (b"Dostoevskii", "not one bytes"),
    (None, "not NoneType"),
    (42, "not int"),
])
def test_cluster_says_what_it_takes(headings, said):
    with pytest.raises(TypeError, match=said):
        translit.cluster(headings)


@pytest.mark.parametrize("headings", [("Moskva", "Москва"), (h for h in ["Kiev", "Киев"]), {"Tver'": 1, "Тверь": 2}])
def test_cluster_still_takes_any_collection_of_headings(headings):
    (c,) = translit.cluster(headings)
    assert len(c.members) == 2
