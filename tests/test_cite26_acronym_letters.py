"""cite26: one function reads an acronym's Latin letters in a scheme (citation.scheme_acronym_letters),
used by the citation finder's ALA-LC reading and by convert's reading in other schemes (rewrite
had a near-copy, _scheme_letters). Real scheme tables."""

from translit.archives import citation, rewrite
from translit.archives.citation import _acronym_letters, _acronym_cyr, scheme_acronym_letters
from translit.romanize import romanize


def test_one_function_for_both(monkeypatch):
    """Convert's reading follows citation.scheme_acronym_letters (cite27: the identity check it
    replaces always held): a changed table there changes what rewrite reads."""
    assert not hasattr(rewrite, "_scheme_letters")
    assert rewrite._scheme_acronym_cyr(["GAJaO"], "ru") == ["ГАЯО"]
    monkeypatch.setattr(citation, "scheme_acronym_letters", lambda scheme: {"G": "Г", "A": "А", "Ja": "Ж", "O": "О"})
    assert rewrite._scheme_acronym_cyr(["GAJaO"], "ru") == ["ГАЖО"]


def test_scheme_letters_with_marks():
    iso = scheme_acronym_letters("iso9")
    assert iso["C"] == "Ц" and iso["Č"] == "Ч"
    german = scheme_acronym_letters("german")
    assert german["Ja"] == "Я"
    assert "Ё" not in iso.values() and "Ъ" not in german.values()  # no sign, no ё opens an acronym's part


def test_alalc_letters_without_marks_and_y_digraphs():
    ru = _acronym_letters("ru")
    assert ru["Ts"] == "Ц" and ru["Ia"] == "Я" and ru["Ya"] == "Я"
    uk = _acronym_letters("uk")
    assert uk["H"] == "Г" and uk["Y"] == "И" and uk["Yi"] == "Ї"
    assert _acronym_cyr("TsGAKO", "ru") == "ЦГАКО" and _acronym_cyr("DAZhO", "uk") == "ДАЖО"


def test_convert_reads_other_schemes_acronyms():
    assert rewrite._scheme_acronym_cyr(["GAJaO"], "ru") == ["ГАЯО"]
    assert rewrite._scheme_acronym_cyr(["CGA", "RB"], "ru") == ["ЦГА", "РБ"]
    assert rewrite._scheme_acronym_cyr(["GAČO"], "ru") == ["ГАЧО"]


def test_belarusian_ts_has_no_tie():
    """The LC Belarusian table (2012) writes ц ts with no tie (heldout13's two labels were brought to it)."""
    assert romanize("аповесць", "alalc", lang="be") == "apovestsʹ"
    assert romanize("Мастацкая", "alalc", lang="be") == "Mastatskai͡a"
    assert romanize("Цётка", "alalc", lang="be") == "Tsi͡otka"
