"""gloss21: the gloss gold's scorer (benchmarks/gloss.py ``gold_matches``) counts the spellings of one
romanized Russian word in different schemes as one (guberniia, guberniya, gubernia; volost',
volost; Vasilii, Vasiliy), and still refuses a different word. Inputs written here."""

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "gloss.py"
_spec = importlib.util.spec_from_file_location("gloss_benchmark", _PATH)
bench = importlib.util.module_from_spec(_spec)
sys.modules["gloss_benchmark"] = bench
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("gloss, acceptable", [
    ("guberniia (province, to 1929)", "provincial|gubernia"),
    ("guberniia", "guberniya"),
    ("stanitsa", "stanitsa|Cossack village"),
    ("volost'", "volost|canton"),
    ("Vasilii", "Vasiliy"),
    ("oblast'", "region|oblast"),
])
def test_romanization_variants_match(gloss, acceptable):
    assert bench.gold_matches(gloss, acceptable)


@pytest.mark.parametrize("gloss, acceptable", [
    ("guberniia", "uezd|district"),
    ("yard", "year"),
    ("via", "vie"),
    ("translation", "switch|points"),
])
def test_other_words_still_refused(gloss, acceptable):
    assert not bench.gold_matches(gloss, acceptable)


@pytest.mark.parametrize("gloss, acceptable", [
    ("of the peace", "peace|magistrate"),
    ("of smith", "smith|blacksmith"),
    ("of the church", "church|ecclesiastical"),
])
def test_of_the_gloss_matches_its_noun(gloss, acceptable):
    assert bench.gold_matches(gloss, acceptable)


def test_of_the_gloss_still_needs_its_noun():
    assert not bench.gold_matches("of the peace", "world|global")
