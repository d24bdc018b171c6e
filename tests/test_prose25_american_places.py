"""prose25: a town's name right before a comma and an American state, a Canadian province or an
Australian state (Moscow, Pennsylvania; St. Petersburg, Florida) is that English-speaking country's
town and stays as English writes it, in both directions; the same name elsewhere in the line keeps its
own reading, and Georgia (also the Soviet republic) is no such region."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_town_before_american_state_stays():
    for text in ("The university town of Moscow, Pennsylvania, hosted the fair.",
                 "He retired to St. Petersburg, Florida, in 1971.",
                 "A farm near Kiev, Illinois, was sold.",
                 "The mill at Archangel, Ontario, burned down."):
        assert _cyr(text) == text, _cyr(text)
        assert convert(text, to="alalc").text == text


def test_same_name_elsewhere_is_still_read():
    out = _cyr("Odessa, Washington, is a wheat town; Odessa itself is on the Black Sea.")
    assert out.startswith("Odessa, Washington,") and "; Одесса itself" in out, out


def test_russian_place_without_region_is_read():
    assert "Москва" in _cyr("Novaia Moskva, a suburb, and Moskva, the capital.")
    assert "Москва" in _cyr("The envoy wrote from Moskva, not from Idaho.")
