"""Administrative units in Cyrillic identification (slavic10, ``translit/langs/admin_units.toml``).

A text that names a unit of a language's country (ISO 3166-2), alone when the name has two words or
more, or beside one administrative term, counts for that language: words two lists share alike
(Општина, Центар, Жупа: Serbian and Macedonian) are told apart by whose unit it is."""

import tomllib
import unicodedata
from importlib import resources

import pytest

from translit import identify, romanize
from translit.langs.identify import OUTSIDE_ALPHABET, PLACE_WEIGHT, admin_unit_names


def _units() -> dict:
    return tomllib.loads(resources.files("translit.langs").joinpath("admin_units.toml").read_text("utf-8"))


@pytest.mark.parametrize("text", ["Општина Центар", "ОПШТИНА ЦЕНТАР", "Општина Центар Жупа", "Центар Жупа"])
def test_a_macedonian_municipality_in_words_serbian_shares_is_macedonian(text):
    # each was Serbian before (the pooled list's near tie went to Serbian)
    assert identify(text).language == "mk"


@pytest.mark.parametrize("text, lang, code", [
    ("Општина Зрновци", "mk", "MK-204"),
    ("Рашки округ", "sr", "RS-18"),
    ("Община Перник", "bg", "BG-14"),
    ("Област Ловеч", "bg", "BG-11"),
    ("Гродзенская вобласць", "be", "BY-HR"),
])
def test_units_are_found_with_their_country(text, lang, code):
    assert (lang, code) in [(lg, c) for lg, c, _ in admin_unit_names(text)]
    assert identify(text).language == lang


@pytest.mark.parametrize("text", [
    "София",                  # one word alone: a forename too
    "Центар",                 # one word alone: a common noun
    "Центар за култура",      # another word beside the name
    "Општина Центар и Бутел",  # two units: not one name
    "Opština Centar",         # Latin letters
    "Ново село",              # spelt otherwise than the unit (Bulgarian writes село in lower case)
])
def test_other_texts_name_no_unit(text):
    assert admin_unit_names(text) == []


def test_the_weight_breaks_ties_and_never_outweighs_a_letter():
    assert 0.0 < PLACE_WEIGHT < -OUTSIDE_ALPHABET


@pytest.mark.parametrize("text", ["Община Градско", "Община Струмица", "Община Кисела Вода"])
def test_a_unit_does_not_outweigh_a_word_only_one_list_has(text):
    # Bulgarian's община, beside a Macedonian municipality: Bulgarian text about it
    assert admin_unit_names(text)[0][0] == "mk"
    assert identify(text).language == "bg"


def test_every_macedonian_unit_romanizes_to_its_iso_name():
    import pycountry

    iso = {s.code: s.name.replace(" †", "") for s in pycountry.subdivisions.get(country_code="MK")}
    units = _units()["units"]["mk"]
    assert set(units) == set(iso)
    for code, name in units.items():
        latin = str(romanize(name, lang="mk", scheme="alalc"))
        latin = unicodedata.normalize("NFC", latin).replace("ǵ", "gj").replace("Ǵ", "Gj").replace("ḱ", "kj")
        assert latin == iso[code], code


def test_every_unit_of_each_country_is_listed_with_its_codes():
    import pycountry

    units = _units()["units"]
    for lang, country in {"uk": "UA", "be": "BY", "bg": "BG", "sr": "RS", "mk": "MK"}.items():
        codes = {s.code for s in pycountry.subdivisions.get(country_code=country)}
        assert set(units[lang]) <= codes
        assert len(units[lang]) >= len(codes) - 1  # Bulgaria's capital is listed once, as София
