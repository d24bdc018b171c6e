"""slavic20: a word the Russian reader reaches only through a slip is no evidence of Russian where
Ukrainian's dictionary (pymorphy3-dicts-uk) has the word as written.

Ukraine's national system (2010) writes и as y, so the patronymics -ovych are Ukrainian as written
(Stepanovych: Степанович), while the Russian reader reads them through the English -ych row of
leniency.toml (Ilych). Names of Russians in English spelling keep their Russian reading: Ukrainian's
dictionary has no Ильич. Inputs written for this test, not taken from a benchmark file.
"""

from translit import to_cyrillic
from translit.langs.choose import choose
from translit.langs.identify import identify, known_as_written, slipped_reading
from translit.langs.reader import to_cyrillic as other
from translit.read.reader import to_cyrillic as russian


def test_ukrainian_dictionary_knows_forms_as_written():
    assert known_as_written("Степанович", "uk")
    assert known_as_written("Іванович", "uk")
    assert not known_as_written("Ильич", "uk")
    assert not known_as_written("", "uk")
    assert not known_as_written("Степанович", "bg")  # only languages with a morphological dictionary


def test_slipped_reading_names_the_language():
    ru = russian("Oleh Stepanovych").words[1]
    uk = other("Oleh Stepanovych", "uk").words[1]
    assert ru.candidates[0].slips  # the -ych row
    assert slipped_reading(ru, {"uk": uk}) == "uk"
    ru = russian("Ilych").words[0]
    assert slipped_reading(ru, {"uk": other("Ilych", "uk").words[0]}) is None
    ru = russian("Petrovich").words[0]  # no slip at all
    assert slipped_reading(ru, {"uk": other("Petrovich", "uk").words[0]}) is None


def test_ukrainian_names_with_patronymics_in_the_national_system():
    cases = {"Vasyl Stepanovych Tkachenko": "Василь Степанович Ткаченко",
             "Oleh Ivanovych Moroz": "Олег Іванович Мороз",
             "Andrii Romanovych Savchuk": "Андрій Романович Савчук"}
    for text, want in cases.items():
        assert choose(text).language == "uk", text
        assert to_cyrillic(text, lang="auto").text == want
    ident = identify("Oleh Ivanovych Moroz")
    ru = next(r for r in ident.ranking if r.language == "ru")
    assert any("through a slip" in e for e in ru.evidence)


def test_russian_names_in_english_spelling_stay_russian():
    cases = {"Pyotr Ilych Tchaikovsky": "Пётр Ильич Чайковский",
             "Vladimir Ilych Lenin": "Владимир Ильич Ленин",
             "Mikhail Yurievich Lermontov": "Михаил Юрьевич Лермонтов",
             "Nikolai Petrovich Rumyantsev": "Николай Петрович Румянцев"}
    for text, want in cases.items():
        assert choose(text).language == "ru", text
        assert to_cyrillic(text, lang="auto").text == want


def test_the_languages_a_slip_yields_to_are_read_from_evidence_toml():
    """The list is a table of data: each row names a language with a dictionary the project loads."""
    import tomllib
    from importlib import resources

    from translit.langs.identify import has_morphology, known_as_written, slip_yields_to

    table = tomllib.loads(resources.files("translit.langs").joinpath("evidence.toml").read_text("utf-8"))
    assert slip_yields_to() == tuple(table["morphology"]) == ("uk",)
    assert table["morphology"]["uk"] == "pymorphy3-dicts-uk"
    assert has_morphology("uk") and not has_morphology("be") and not has_morphology("ru")
    assert known_as_written("Іванович", "uk") and not known_as_written("Іванович", "bg")
