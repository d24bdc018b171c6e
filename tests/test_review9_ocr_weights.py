"""review9: the shortest digit-letter run the OCR and volapuk repair tries is a named weight
(``[ocr] min_letters``), a volapuk digit counting as the letters it stands for."""

import pytest

import translit
from translit.read.weights import W


def test_min_letters_is_a_named_weight():
    assert W.ocr.min_letters == 3


@pytest.mark.parametrize("text, cyrillic", [
    ("4to eto", "что это"),           # ч counts as the two letters ch: four
    ("Pu6kin", "Пушкин"),
    ("Ne4aev i Pu6kin", "Нечаев и Пушкин"),
])
def test_runs_long_enough_are_repaired(text, cyrillic):
    assert translit.to_cyrillic(text).text == cyrillic


@pytest.mark.parametrize("line", ["Cell a1 of the sheet.", "Paper size b0 and c1.", "See e1 and d0 here."])
def test_short_codes_in_english_are_left(line):
    assert translit.convert(line, to="cyrillic").text == line
