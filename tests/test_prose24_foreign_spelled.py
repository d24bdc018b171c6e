"""prose24: a surname only another nation's scheme of Russian spells (Polish sz, w; Czech ou, ch),
that English has met and whose reading is neither a name of the Russian name lexicon nor of a
Russian surname's shape, stays as written in English prose; Russian names in those schemes
(Дубов, Волков: -ов) and Russian places stay read. Real pymorphy3 and wordfreq."""

import pytest

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


@pytest.mark.parametrize("name", ["Kroupa", "Kowal", "Bucha", "Ruzicka"])
def test_foreign_spelled_surname_kept(name):
    text = f"In the second period {name} scored on the rebound against the home side."
    assert _cyr(text) == text


def test_foreign_spelled_surname_kept_beside_russian_place():
    # (right after a Russian word the undecided surname follows it: "in Kazan, Kowal" is read; left alone)
    text = "Kowal thanked the fans after the match in Kazan."
    out = _cyr(text)
    assert "Kowal thanked" in out and "Казань" in out


@pytest.mark.parametrize("latin, cyr", [("Dubow", "Дубов"), ("Wolkow", "Волков"), ("Gontscharow", "Гончаров")])
def test_russian_surname_in_national_scheme_still_read(latin, cyr):
    assert cyr in _cyr(f"The letters of {latin} were printed in Berlin in 1931.")


def test_russian_place_in_national_scheme_still_read():
    assert "Нева" in _cyr("The ice on the Newa broke late that spring.")


@pytest.mark.parametrize("latin, cyr", [("Swoboda", "Свобода"), ("Strach", "Страх"), ("Woda", "Вода")])
def test_common_russian_word_in_national_scheme_still_read(latin, cyr):
    """A word Russian writes often (вода, свобода) is no foreign surname, whatever scheme spells it."""
    assert cyr in _cyr(f"The essay on {latin} was read aloud in the hall.")


def test_english_title_before_russian_name_is_no_western_name():
    """Archpriest (a trigram guess in the Polish scheme) must not make the name after it Western."""
    assert "Аввакум" in _cyr("In 1672 Archpriest Avvakum wrote from the pit.")
