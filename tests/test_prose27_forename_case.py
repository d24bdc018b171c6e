"""prose27: a forename in -ii before a second name the dictionary reads only as a forename in the
nominative singular (Айхенвальд, Герасим, Никифор: a surname it does not know as one) names the same
person in the nominative: Юлий, not Юлии (a case of Юлия). A genitive phrase (pamiati Iulii Ivanovny)
keeps the oblique case. Real pymorphy3 dictionaries, no mocks."""

from translit import convert
from translit.read.context import _nominative_forename_gender


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_forename_before_a_nominative_name_is_nominative():
    for text, want in (("The critic Iulii Aikhenvald was expelled in 1922.", "Юлий Айхенвальд"),
                       ("A letter from Iulii Gerasim survives.", "Юлий Герасим"),
                       ("Iulii Nikifor signed the petition.", "Юлий Никифор")):
        assert want in _cyr(text), _cyr(text)


def test_genitive_phrase_keeps_the_oblique_forename():
    assert "Юлии Ивановны" in _cyr("pamiati Iulii Ivanovny Petrovoi")
    assert "Юлии" in _cyr("Pisʹma Iulii Borisu")


def test_only_forename_readings_give_a_gender():
    assert _nominative_forename_gender("никифор") == "masc"
    assert _nominative_forename_gender("петров") is None  # a surname, also a plural of Пётр
    assert _nominative_forename_gender("ивановны") is None  # a patronymic
    assert _nominative_forename_gender("стол") is None  # no name
