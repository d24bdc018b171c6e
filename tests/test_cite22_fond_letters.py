"""cite22: a fond's series letters (Р-, А-, П-, М-, and any other a citation writes: the Uzbek
central archive's И- for the imperial fonds, a Б- or a Ж-) are read in Latin (I-1, B-12, ZH-3) and
written back in Cyrillic in the GOST form and in a text converted to Cyrillic, never left Latin; the
OCR lookalikes of a digit (I, O) count as letters only before a hyphen."""
import pytest
from citation_helpers import one

import translit


@pytest.mark.parametrize("text,fond,gost_fond", [
    ("ЦГА РУз. Ф. И-7. Оп. 2. Д. 40. Л. 3.", "I-7", "Ф. И-7."),
    ("TsGA RUz, f. I-19, op. 1, d. 5, l. 8.", "I-19", "Ф. И-19."),
    ("ГАРФ. Ф. Б-12. Оп. 1. Д. 2.", "B-12", "Ф. Б-12."),
    ("ГАРФ. Ф. Ж-3. Оп. 1. Д. 9.", "ZH-3", "Ф. Ж-3."),
    ("GARF, f. R-5446, op. 1, d. 2.", "R-5446", "Ф. Р-5446."),
    ("RGASPI, f. M-1, op. 2, d. 3.", "M-1", "Ф. М-1."),
])
def test_series_letters_back_in_cyrillic(text, fond, gost_fond):
    c = one(text)
    assert c.fond == fond
    for archive in ("cited", "current"):
        gost = c.format("gost", archive=archive)
        assert gost_fond in gost
        assert fond not in gost


@pytest.mark.parametrize("text,cyrillic", [
    ("TsGA RUz, f. I-19, op. 1, d. 5, l. 8.", "ф. И-19"),
    ("GARF, f. R-5446, op. 1, d. 2.", "ф. Р-5446"),
    ("RGVA, f. O-12, op. 1, d. 4, l. 4.", "ф. О-12"),
])
def test_series_letters_converted(text, cyrillic):
    assert cyrillic in translit.convert(text, "cyrillic").text


@pytest.mark.parametrize("text,cyrillic", [
    ("RGVA, f. I2, op. 1, d. 4, l. 4.", "ф. 12,"),
    ("GARF, f. R-8131, op. 1, d. l7, l. 4", "д. 17"),
])
def test_digit_lookalikes_without_hyphen_stay_digits(text, cyrillic):
    assert cyrillic in translit.convert(text, "cyrillic").text
