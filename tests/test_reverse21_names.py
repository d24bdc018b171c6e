"""Classes of reading errors found by reverse21 (issue 12), each tested on inputs of our own.

- The Hebrew-Bible forenames of Russian Jews in their English or German form (Samuel, Moses,
  Emmanuel, Israel) before a Russian surname take the Russian civil form (established.toml
  ``forenames``: Самуил, Моисей, Эммануил, Израиль), which no table spells back.
- A forename before an adjectival surname in -ой is the surname's when the Latin ends as a
  romanization writes -ой (oi, oj, oĭ; established.toml ``surname_endings_by_spelling``): a German
  Viktor or Valentin, which the german table cannot spell, is no longer left in Latin. English
  -oy (Conroy) gives no such surname.
- An adjectival surname that Western writing gives a woman in the family's masculine form (Sonya
  Kovalevsky, Sophia Tolstoy) is read as its feminine beside a forename only a woman bears
  (grammar.toml ``feminine_surname_endings``; context.feminine_surnames): Ковалевская, Толстая.
- The Latin and Greek calendar forms of Russian women's forenames (Eugenia, Elisabeth, Elizabeth;
  Ludmilla, which Russian writes Людмила whoever bears it) take the Russian form (established.toml).
- German spelling's -mann and -sohn for the surname endings -ман and -сон (leniency.toml, german
  only, only into a word the lexicon knows): Ферсман, Якобсон, not Ферсманн, Якобсохн.
"""

import pytest

from translit import to_cyrillic


def _read(text: str) -> str:
    return to_cyrillic(text).text.replace("ё", "е").replace("Ё", "Е")


@pytest.mark.parametrize("text, want", [
    ("Samuel Marshak", "Самуил Маршак"),
    ("Moses Ginzburg", "Моисей Гинзбург"),
    ("Moses Urizki", "Моисей Урицкий"),
    ("Emmanuel Kazakevich", "Эммануил Казакевич"),
    ("Emanuel Kasakewitsch", "Эммануил Казакевич"),
    ("Israel Rabinovich", "Израиль Рабинович"),
])
def test_biblical_forename_before_russian_surname(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", ["Samuel Johnson", "Samuel Beckett", "Israel Zangwill", "Emmanuel Macron"])
def test_biblical_forename_of_western_bearers_is_left(text):
    """No Russian surname follows: the whole name stays as it is."""
    assert _read(text) == text


@pytest.mark.parametrize("text, want", [
    ("Viktor Polewoi", "Виктор Полевой"),
    ("Valentin Lugowoj", "Валентин Луговой"),
    ("Valentin Borowoi", "Валентин Боровой"),
    ("Vadim Polevoĭ", "Вадим Полевой"),
    ("Peter Polevoi", "Петр Полевой"),  # an English forename of the table before such a surname
])
def test_forename_before_adjectival_surname_in_oi(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", ["Peter Conroy", "Viktor Conroy"])
def test_english_oy_is_no_russian_surname(text):
    assert _read(text) == text


@pytest.mark.parametrize("text, want", [
    ("Michail Kaufmann", "Михаил Кауфман"),
    ("Boris Zimmermann", "Борис Циммерман"),
    ("Jewgeni Gofmann", "Евгений Гофман"),
    ("Kaufmann", "Кауфман"),
    ("Roman Jakobsohn", "Роман Якобсон"),
    ("Lew Davidsohn", "Лев Давидсон"),
    ("Paul Davidsohn", "Павел Давидсон"),  # the surname read, its forename takes the Russian form
])
def test_german_mann_and_sohn(text, want):
    assert _read(text) == want


def test_german_mann_only_at_the_end_and_only_german():
    """Thomas Mann stays (no Russian word); an ALA-LC double n is read as written (Анна)."""
    assert _read("Thomas Mann") == "Thomas Mann"
    assert _read("Anna Ivanova") == "Анна Иванова"


@pytest.mark.parametrize("text, want", [
    ("Sonya Kovalevsky", "Соня Ковалевская"),
    ("Sophia Tolstoy", "Софья Толстая"),  # an established surname takes its feminine too
    ("Maria Volkonsky", "Мария Волконская"),
    ("Vera Komissarzhevsky", "Вера Комиссаржевская"),
    ("Hélène Blavatsky", "Елена Блаватская"),  # a French forename of the table
    ("Anna Kowalewski", "Анна Ковалевская"),  # German -ski
    ("Tolstoy, Sophia", "Толстая, Софья"),  # an inverted heading
    ("Kovalevsky, Sofia Vasilievna", "Ковалевская, Софья Васильевна"),  # (a patronymic after the forename)
    ("SOFIA PEROVSKY", "СОФЬЯ ПЕРОВСКАЯ"),  # capitals kept
    # the French émigré -off, -eff, which French gives both sexes
    ("Marie Bashkirtseff", "Мария Башкирцева"),
    ("Olga Orloff", "Ольга Орлова"),
    ("Nathalie Issaieff", "Наталья Исаева"),
])
def test_feminine_surname_beside_womans_forename(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ivan Volkonsky", "Иван Волконский"),  # a man's forename
    ("Sasha Volkonsky", "Саша Волконский"),  # a forename of either sex: as written
    ("Anna Petrov", "Анна Петров"),  # -ov, not the émigré -off: as written
    ("Ivan Petroff", "Иван Петров"),
    ("Tolstoy, Anna Karenina", "Толстой, Анна Каренина"),  # an author and a title, not an inverted name
    ("Monica Lewinsky", "Monica Lewinsky"),  # a Western name left in Latin stays so
])
def test_surname_kept_without_womans_forename(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    ("Eugenia Ginzburg", "Евгения Гинзбург"),
    ("Elisabeth Petrowna", "Елизавета Петровна"),  # before a patronymic
    ("Élisabeth Fiodorovna", "Елизавета Фёдоровна"),
    ("Ludmilla Ulitzkaja", "Людмила Улицкая"),
    ("Ludmilla Gurtschenko", "Людмила Гурченко"),
])
def test_calendar_forms_of_womens_forenames(text, want):
    assert _read(text) == want.replace("ё", "е")


@pytest.mark.parametrize("text", ["Elizabeth Taylor", "Eugenia Smith"])
def test_calendar_forms_of_western_bearers_are_left(text):
    assert _read(text) == text
