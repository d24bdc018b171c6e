"""``lang="auto"`` in the library chooses as the commands do by default (langs/choose.py): a text
identification is unsure of, or English prose around romanized Russian, is Russian, not the top
of an unsure ranking (English prose came out as Serbian Latin)."""

import pytest

import translit
from translit.langs.api import resolve
from translit.langs.choose import choose


@pytest.mark.parametrize("text", ["Ivan met Joe in Moskva yesterday", "The minutes of the Politburo were published",
                                  "Istoriia SSSR", "Ocherki russkoi literatury"])
def test_auto_is_russian_where_the_commands_read_russian(text):
    assert resolve(text, "auto") == "ru" == choose(text).language


@pytest.mark.parametrize("text, lang", [("Istorija Srbije", "sr"), ("Історія України", "uk"),
                                        ("Бъларска история", "bg")])
def test_auto_still_finds_the_other_languages(text, lang):
    assert resolve(text, "auto") == lang


@pytest.mark.parametrize("text, english, russian", [
    ("Ivan met Joe in Moskva yesterday", "met Joe in", "Москва"),
    ("He read Istoriia SSSR in 1990", "He read", "История СССР"),
    ("We bought Novyi mir at the station", "at the station", "Новый мир"),
])
def test_library_to_cyrillic_auto_reads_russian_and_keeps_the_english(text, english, russian):
    out = translit.langs.api.to_cyrillic(text, lang="auto", policy="running").text
    assert english in out and russian in out
