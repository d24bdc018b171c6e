"""Romanized text: a letter none of a language's practical tables write counts against it
(``identify.unwritten_letters``, ``[romanized_tables]`` in evidence.toml). Inputs written for
this file, not taken from any benchmark."""

from translit.langs.identify import identify, unwritten_letters, written_units


def test_bulgarian_tables_write_neither_c_nor_j_outside_iso9():
    assert unwritten_letters("Cvetovi", "bg") == ["c"]
    assert unwritten_letters("Knigata na majka mi", "bg") == ["j"]
    assert unwritten_letters("Jazik i crkva", "bg") == ["j", "c"]


def test_digraphs_are_written_units_not_letters():
    # the c of ch, ts and the sht of щ are written by Bulgarian's tables
    assert unwritten_letters("Chitalishte Prosveta", "bg") == []
    assert unwritten_letters("Narodni prikazki za detsa", "bg") == []
    assert unwritten_letters("Bŭlgarski ezik", "bg") == []


def test_iso9_is_left_out_for_bulgarian_only():
    assert "c" not in written_units("bg") and "j" not in written_units("bg")
    assert {"c", "j"} <= written_units("mk") and {"c", "j"} <= written_units("sr")
    assert unwritten_letters("Centar za kultura", "mk") == []
    assert unwritten_letters("Istorija srpskog naroda", "sr") == []


def test_letters_no_language_writes_count_against_none():
    # q appears in no table of any language: it is no evidence between them
    assert unwritten_letters("Quo vadis", "bg") == []
    assert unwritten_letters("Quo vadis", "mk") == []


def test_macedonian_with_c_and_j_is_macedonian():
    for text in ("Knigata na majka mi", "Pesni za majkata", "Cvetovi i lica"):
        assert identify(text).language == "mk", text


def test_bulgarian_in_its_own_tables_stays_bulgarian():
    for text in ("Istoriya na Balgariya", "Narodni prikazki za detsa", "Chitalishte Prosveta",
                 "Balgarski ezik i literatura"):
        assert identify(text).language == "bg", text


def test_serbian_stays_serbian():
    for text in ("Srpski jezik i kultura", "Vojvodina i Srem", "Istorija srpskog naroda", "Ruska crkva"):
        assert identify(text).language == "sr", text


def test_russian_stays_russian():
    for text in ("Istoriia Rossii", "Sobranie sochinenii", "Vestnik Moskovskogo universiteta"):
        assert identify(text).language == "ru", text
    assert unwritten_letters("Istorija Rossii", "ru") == []  # Russian's scholarly and ISO 9 j


def test_arbitrary_unicode_survives():
    for text in ("", "\u0361\u0301", "x" * 50, "\ud7ff\U0001f600 ĉĝ", "123 - --"):
        for lang in ("bg", "mk", "sr", "ru", "uk", "be", "rue"):
            assert isinstance(unwritten_letters(text, lang), list)
