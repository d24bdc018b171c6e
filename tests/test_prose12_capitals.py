"""prose12: a short word in capitals whose Russian reading is rare (TEI: ТЕЙ, OSB: ОСБ) is decided by
its neighbours as a Russian acronym in English prose is: English among English words, Russian
beside Russian words (Dokumenty GAIO i RGAE)."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_rare_capitals_stay_among_english():
    for text in ("We met at the TEI conference last year.",
                 "Brother John, OSB, wrote the preface.",
                 "Encoding follows the guidelines (TEI workshop, room 4)."):
        assert _cyr(text) == text, _cyr(text)


def test_capitals_beside_russian_are_read():
    out = _cyr("Dokumenty GAIO i RGAE o kolkhozakh.")
    assert "ГАИО" in out and "РГАЕ" in out
    assert "АН СССР" in _cyr("Izd-vo AN SSSR, 1950.")


def test_common_readings_are_not_rare():
    from translit.read.language import _rare_in_capitals
    from translit.read.words import read_word

    assert _rare_in_capitals(read_word("TEI")) and _rare_in_capitals(read_word("OSB"))
    assert not _rare_in_capitals(read_word("SSSR")) and not _rare_in_capitals(read_word("ETA"))


def test_tagged_organizations_are_not_rare_capitals():
    from translit.read.language import _rare_in_capitals
    from translit.read.words import read_word

    for w in ("JUKOS", "YUKOS"):
        assert not _rare_in_capitals(read_word(w))


def test_archive_acronyms_are_not_rare_capitals():
    from translit.read.language import _rare_in_capitals
    from translit.read.words import read_word

    for w in ("GARF", "RGADA", "RGASPI"):
        assert not _rare_in_capitals(read_word(w))
