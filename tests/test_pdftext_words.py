"""Words of a text copied out of a PDF or a scan (pdftext): a footnote's number glued to a word
whose superscript was lost, and the h a scan split into li. Inputs are my own."""

import pytest

from translit.conversion import convert
from translit.read.ocr import letter_repairs


@pytest.mark.parametrize("text, want", [
    ("as Kamenev31 told the court", "Каменев31"),
    ("the sovkhozy4 of the steppe", "совхозы4"),
    ("in Krasnaia zvezda,12 1937", "Красная звезда,12"),
    ("the Narkomindel5 replied", "Наркоминдел5"),
])
def test_a_footnote_number_glued_to_a_word_leaves_the_word_readable(text, want):
    out = convert(text, to="cyrillic").text
    assert want in out
    assert out.count("1") + out.count("2") + out.count("3") + out.count("4") + out.count("5") == \
        text.count("1") + text.count("2") + text.count("3") + text.count("4") + text.count("5")


@pytest.mark.parametrize("text", ["the grid square B12 and Kh1", "a sheet of A4 and an MP3", "model T34 and the SU100"])
def test_codes_of_letters_and_digits_stay_as_they_are(text):
    assert convert(text, to="cyrillic").text == text
    assert convert(text, to="alalc").text == text


def test_a_glued_number_of_four_digits_is_no_footnote():
    text = "the series Zvezda1937 and Iskra2000"
    assert convert(text, to="cyrillic").text == text


@pytest.mark.parametrize("scanned, meant", [
    ("Klirushchev", "Khrushchev"),
    ("Zliukov", "Zhukov"),
    ("Mikliail", "Mikhail"),
    ("Sliolokhov", "Sholokhov"),
])
def test_li_for_h_is_an_ocr_repair(scanned, meant):
    assert (meant, "li", "h") in letter_repairs(scanned)


@pytest.mark.parametrize("text", ["Liudi, gody, zhizn'", "O kul'te lichnosti", "Politbiuro and Kliuchevskii"])
def test_li_in_a_word_that_reads_stays_li(text):
    out = convert(text, to="alalc").text
    assert "h" not in out.replace("zh", "").replace("kh", "").replace("ch", "")


@pytest.mark.parametrize("text, want", [
    ("a speech by Klirushchev in 1956", "Хрущев"),
    ("Marshal Zliukov took Berlin", "Жуков"),
    ("the Zliurnal moskovskoi patriarkhii", "Журнал"),
])
def test_li_for_h_in_running_text(text, want):
    assert want in convert(text, to="cyrillic").text
