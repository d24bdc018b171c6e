"""prose18: the real-prose benchmark (benchmarks/prose.py) scores each labelled piece on its own words
when the converter joins neighbouring pieces into one span (ООО + Балтийская логистика, Лада + Нива):
``word_spans`` splits a span whose output has the same words between the same gaps, and keeps whole a
span that does not align (an established form of one word for two, a dropped word). Inputs written here."""

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "prose.py"
_spec = importlib.util.spec_from_file_location("prose_benchmark", _PATH)
prose = importlib.util.module_from_spec(_spec)
sys.modules["prose_benchmark"] = prose  # (its dataclasses look their module up)
_spec.loader.exec_module(prose)


@pytest.mark.parametrize("text, span, want", [
    ("Paid to AO Severstalʹ today.", ("AO Severstalʹ", "АО Северсталь"),
     [("AO", "АО"), ("Severstalʹ", "Северсталь")]),
    ("The Zhiguli Lada Kalina was sold.", ("Lada Kalina", "Лада Калина"), [("Lada", "Лада"), ("Kalina", "Калина")]),
    ("Then Ivan Petrov - Anish Giri drew.", ("Ivan Petrov - Anish Giri", "Иван Петров - Аниш Гири"),
     [("Ivan", "Иван"), ("Petrov", "Петров"), ("Anish", "Аниш"), ("Giri", "Гири")]),
])
def test_aligned_span_is_split_word_by_word(text, span, want):
    s = text.index(span[0])
    got = prose.word_spans(text, [(s, s + len(span[0]), span[1])])
    assert [(text[a:b], o) for a, b, o in got] == want


@pytest.mark.parametrize("text, src, out", [
    ("He sailed from Archangel Bay.", "Archangel Bay", "Архангельская губа губа"),  # three words for two
    ("We met at Leo Tolstoy's.", "Leo Tolstoy", "Толстой"),  # one word for two
    ("The Tikhii Don flows.", "Tikhii Don", "Тихий, Дон"),  # another gap
])
def test_unaligned_span_is_kept_whole(text, src, out):
    s = text.index(src)
    assert prose.word_spans(text, [(s, s + len(src), out)]) == [(s, s + len(src), out)]


def test_words_written_as_they_were_are_no_span():
    text = "OOO Vostok and Smith Ltd."
    got = prose.word_spans(text, [(0, len("OOO Vostok and Smith"), "ООО Восток and Smith")])
    assert [(text[a:b], o) for a, b, o in got] == [("OOO", "ООО"), ("Vostok", "Восток")]
