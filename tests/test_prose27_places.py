"""prose27: places English prose names in its own words.

- a town named after a Russian place, then "in" and an American state, a Canadian province or an
  Australian state (Moscow in Idaho, Odessa in Texas), is that country's town, as with the comma
  (prose25's Moscow, Idaho); a person's name before "in" keeps its reading (Dobrynin in Washington).
Real pymorphy3 dictionaries, no mocks."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_town_in_american_state_stays():
    for text in ("The college town of Moscow in Idaho has a Russian name.",
                 "Odessa in Texas is an oil town on the Permian Basin.",
                 "Petersburg in Virginia was besieged for nine months."):
        assert _cyr(text) == text, _cyr(text)
        assert convert(text, to="alalc").text == text


def test_person_before_in_and_state_is_read():
    assert "Добрынин" in _cyr("Ambassador Dobrynin in Washington was calm.")
    assert "Баранов" in _cyr("Aleksandr Baranov in Alaska built a fort at Sitka.")
    assert "Иванов" in _cyr("Sergei Ivanov in Washington met the press.")


def test_russian_place_without_state_after_in_is_read():
    assert "Одесса" in _cyr("He sailed from Odessa in 1919 and never returned.")
    assert "Москва" in _cyr("The Kremlin in Moscow and the museum in Moskva.")
