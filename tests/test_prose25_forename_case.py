"""prose25: a forename spelled like an oblique case of a feminine name (Iulii: Юлий or Юлии, of Юлия)
right before a surname the dictionary reads as a nominative surname of one gender only (Petrov: Петров,
masculine) names that person in the nominative: Юлий Петров, not Юлии Петров. Before a surname in an
oblique case (Iulii Petrovoi) or after a Russian word governing it, the case form stays."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_forename_before_masculine_surname_is_nominative():
    for text, name in (("Iulii Petrov wrote to him in 1920.", "Юлий Петров"),
                       ("Emilii Petrov sang in the choir.", "Эмилий Петров"),
                       ("Feodosii Sokolov was a merchant of Tver.", "Феодосий Соколов"),
                       ("Anastasii Ivanov kept the diary.", "Анастасий Иванов")):
        out = _cyr(text)
        assert out.startswith(name), out


def test_case_form_before_oblique_surname_stays():
    assert _cyr("Pis'ma Iulii Petrovoi") == "Письма Юлии Петровой"
    assert _cyr("Vospominaniia o Iulii Petrove") == "Воспоминания о Юлии Петрове"
    assert _cyr("Pis'mo Anastasii Petrovoi o Moskve") == "Письмо Анастасии Петровой о Москве"
