"""When identification of a romanized line is unsure only between languages that read it into the
same Cyrillic (Serbian and Macedonian Latin), the top of them reads it; Russian stays the default
where Russian is itself a contender or the leaders read the line differently."""
import pytest

from translit.langs.choose import choose
from translit.langs.api import convert


@pytest.mark.parametrize("text, expected", [
    ("Serbian historians cite Istorija Jugoslavije (Beograd: Prosveta, 1972) and the Macedonian "
     "Istorija na makedonskiot narod (Skopje, 1969).", "Историја Југославије"),
    ("Istorija Jugoslavije i makedonskiot narod", "Историја Југославије и македонскиот народ"),
    ("Both Zbornik radova o Jugoslaviji and Istorija na makedonskiot narod were reviewed.", "Зборник радова"),
])
def test_languages_that_read_alike_are_not_turned_into_russian(text, expected):
    choice = choose(text)
    assert choice.language in ("sr", "mk"), choice
    assert "alike" in choice.reason or "identified" in choice.reason
    assert expected in convert(text, to="cyrillic", lang="auto").text


@pytest.mark.parametrize("text", ["Istoriia Ukrainy", "Narodnoe khoziaistvo SSSR", "Kniga o Moskve"])
def test_russian_contenders_keep_the_russian_default(text):
    assert choose(text).language == "ru"


@pytest.mark.parametrize("text, keep, read", [
    ("Do not confuse Novi Sad with Novi Pazar: they are far apart.", "Do not confuse", "Нови Сад"),
    ("Go to Novi Sad and Sremski Karlovci in summer.", "Go to", "Сремски Карловци"),
    ("See also Istorija srpskog naroda, knj. V (Beograd, 1981).", "See also", "Историја српског народа"),
])
def test_serbian_lines_keep_an_english_sentence_start(text, keep, read):
    out = convert(text, to="cyrillic", lang="sr", policy="running").text
    assert out.startswith(keep) and read in out, out
