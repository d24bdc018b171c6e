"""prose12: a capitalized word before a Russian name whose Russian reading only the frequency list
writes (Мариус, Йоханн: no dictionary word) is a Western forename, not a person's title: it stays
English and makes the name after it a name written in English (Marius Petipa); titles the Russian
dictionary knows (Marshal, General) still stand before a Russian name that is read."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_western_forename_keeps_the_surname():
    for text in ("Choreography by Marius Petipa, revised in 1895.",
                 "The ballet was staged by Jules Perrot and Marius Petipa in 1850.",
                 "Letters of Johann Petipa were found in the archive."):
        out = _cyr(text)
        assert out == text, out


def test_titles_still_stand_before_russian_names():
    out = _cyr("Marshal Zhukov and General Vlasov met Colonel Petrov.")
    assert "Marshal Жуков" in out and "General Власов" in out


def test_forename_alone_is_no_title():
    from translit.read.language import _dictionary_word

    assert _dictionary_word("Маршал") and _dictionary_word("генерал")
    assert not _dictionary_word("Мариус")
