"""slavic20: a table's marks count for its language only where that table could write the rest of the marked word.

Russian's Polish table writes ć (быть: być) but never v (в is w there), so the ć of a Serbian surname
in -vić, -ović, -ević (Jevrem Grujović) is no Russian mark, and the text is taken for Serbian; Russian in the
Polish table (Żyć i pomnić) keeps its ć as a Russian mark, and the unmarked words beside a mark (an
English author, Colophon in a catalogue field) are not weighed. Inputs written for this test, not
taken from a benchmark file.
"""

from translit import to_cyrillic
from translit.langs.choose import choose
from translit.langs.identify import fitting_marks, fitting_schemes


def test_polish_table_cannot_write_v_in_the_marked_word():
    for text in ("Toma Bukvić", "Jevrem Grujović", "Radomir Ćurković"):
        assert "polish" not in fitting_schemes(text, "ru"), text
        assert "ć" not in fitting_marks(text, "ru"), text


def test_polish_table_fits_polish_spelling_of_russian():
    for text in ("Żyć i pomnić", "Być albo nie być", "Kak zakalałaś stal"):
        assert "polish" in fitting_schemes(text, "ru"), text


def test_only_marked_words_are_weighed():
    # the v of Vuk is in no marked word, and the Polish table writes every letter of Radić
    assert "polish" in fitting_schemes("Vuk Radić", "ru")
    # English words beside ALA-LC's ĭ do not take ALA-LC out
    for text in ("Barkhatov, Alekseĭ, author.", "Sergeĭ Ivanov, host institution", "Colophon: Andreĭ Belyĭ"):
        assert "alalc" in fitting_schemes(text, "ru"), text
        assert "ĭ" in fitting_marks(text, "ru"), text


def test_serbian_surnames_in_vic_are_serbian():
    cases = {"Toma Bukvić": "Тома Буквић", "Radomir Ćurković": "Радомир Ћурковић",
             "Jevrem Grujović": "Јеврем Грујовић"}
    for text, want in cases.items():
        assert choose(text).language == "sr", text
        assert to_cyrillic(text, lang="auto").text == want


def test_russian_in_the_polish_table_stays_russian():
    assert choose("Żyć i pomnić").language == "ru"
    assert to_cyrillic("Żyć i pomnić", lang="auto").text == "Жить и помнить"
    assert choose("Kak zakalałaś stal").language == "ru"
    assert choose("Być albo nie być").language == "ru"


def test_no_marked_word_every_table_fits():
    assert set(fitting_schemes("", "ru")) >= {"polish", "alalc"}
    assert set(fitting_schemes("Vidovdan 1389", "ru")) >= {"polish", "alalc"}


def test_common_western_words_hold_no_table_to_their_marks():
    from translit.langs.identify import western_marked

    # the é of café, the ü of für are no table's marks: they neither take a table out nor count against Russian
    assert western_marked("Tea in a café with Vuk Grujović") == frozenset("é")
    assert western_marked("Vuk Grujović") == frozenset()
    for text in ("Supper at a café: Mikhaĭl Bulgakov", "Notes für Andreĭ Belyĭ", "Le café de Sergeĭ Ivanov"):
        assert "é" in fitting_marks(text, "ru") or "ü" in fitting_marks(text, "ru"), text
        assert "alalc" in fitting_schemes(text, "ru"), text
