"""On a line of English prose around another Slavic language, a rarer English word between words
the line keeps (the iconostasis of, the narthex and the apse) is kept when its reading is no word
of the language; the language's own words in the same frame (rakija, kafana, kolkhoz) are read."""
import pytest

from translit.langs.api import convert


@pytest.mark.parametrize("lang, text, english", [
    ("mk", "The iconostasis of the church of Sveti Jovan Kaneo in Ohrid was carved in walnut.", "iconostasis"),
    ("mk", "The narthex and the apse of Sveti Naum were restored.", "narthex"),
    ("sr", "The exarch of the church in Peć signed it.", "exarch"),
    ("bg", "The narthex of the church at Boyana was painted in 1259.", "narthex"),
])
def test_rare_english_words_in_an_english_frame_are_kept(lang, text, english):
    out = convert(text, to="cyrillic", lang=lang, policy="running").text
    assert english in out, out


@pytest.mark.parametrize("lang, text, read", [
    ("mk", "They drank rakija and ate ajvar in the kafana near Ohrid.", "кафана"),
    ("bg", "They drank rakia in a mehana in Plovdiv.", "механа"),
    ("uk", "the kolkhoz of Velyki Sorochyntsi and its holova", "колхоз"),
    ("sr", "The gusle and the tamburica are played at weddings.", "гусле"),
    ("sr", "They ate ajvar and kajmak at the table.", "ајвар"),
])
def test_the_languages_own_words_in_the_same_frame_are_read(lang, text, read):
    assert read in convert(text, to="cyrillic", lang=lang, policy="running").text
