"""prose13: a Russian name before a place's English generic term (the Vorskla River, the Briansk
Forest) is the place's name and is read; before an institution's English word (the Smolensk Archive,
the Kirov Ballet) it qualifies an English name and stays."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_russian_name_before_a_place_term_is_read():
    assert "the Ворскла River" in _cyr("They reached the Vorskla River at dawn.")
    assert "the Брянск Forest" in _cyr("In the Briansk Forest scene the partisans sing.")
    assert "the Замоскворецкий District" in _cyr("She grew up in the Zamoskvoretskii District of the city.")


def test_russian_name_before_an_institution_stays():
    for text in ("He sang with the Kirov Ballet orchestra.",
                 "The Smolensk Archive staff helped us.",
                 "She won the Stalin Prize in 1941."):
        assert _cyr(text) == text, _cyr(text)
