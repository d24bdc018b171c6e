"""Reading a named scheme (ALA-LC in `translit marc add-880`, ``cyrillic --scheme alalc``) or a text clearly in
one (ALA-LC with its ties): io, yo or jo read as ё only where a source writes the word with ё there (the class
the study of benchmarks/data/marc_mixed_heldout9.py, by marc15, showed wrong).

A word the named scheme spells as no word form (a firm's name: Bioton, Biokom) was read through another
scheme's ё (the French, Polish, Spanish io) into a form of a word the lexicon knows only with е (Бётон from
бетон, Бёком from Бек), with the confidence of a dictionary word, and add-880 wrote it. Now such a reading is
no word form under a named scheme: the word gets the named scheme's own reading (Биотон). A ё the dictionary
or wordfreq writes (Piotr, Semionov, Potiomkin: Пётр, Семёнов, Потёмкин) is still read. Real pymorphy3 and
wordfreq; the records are our own, built with tests/data/mixed_marc.py's builder.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from mixed_marc import F, R  # noqa: E402

from marc_checks import expect_880, run_on, vernacular  # noqa: E402

from translit.read.reader import to_cyrillic  # noqa: E402


def _word(text: str, scheme: str | None = "alalc"):
    return to_cyrillic(text, scheme=scheme).words[0]


@pytest.mark.parametrize("latin, want", [("Bioton", "Биотон"), ("Biokom", "Биоком"), ("Bionet", "Бионет"),
                                         ("Bioles", "Биолес"), ("Biolem", "Биолем")])
def test_io_of_a_word_no_source_writes_with_yo_is_read_as_the_named_scheme_spells_it(latin, want):
    w = _word(latin)
    assert w.cyrillic == want
    assert "ё" not in w.cyrillic
    assert w.confidence < 0.8  # a guess of the named scheme, not a dictionary word: never sure


@pytest.mark.parametrize("latin, want", [("Semionov", "Семёнов"), ("Potiomkin", "Потёмкин"), ("Artiomov", "Артёмов")])
def test_a_yo_the_lexicon_writes_is_still_read_under_the_named_scheme(latin, want):
    assert _word(latin).cyrillic == want


@pytest.mark.parametrize("latin, want", [("Potëmkin", "Потёмкин"), ("Biografii͡a", "Биография"), ("Radiozhurnal", "Радиожурнал")])
def test_the_named_schemes_own_readings_are_unchanged(latin, want):
    assert _word(latin).cyrillic == want


@pytest.mark.parametrize("line, word, want", [
    ("Istorii͡a firmy Biokom v vospominanii͡akh sotrudnikov", "Biokom", "Биоком"),
    ("Ocherki istorii predprii͡atii͡a Bionet, 1991-2001", "Bionet", "Бионет"),
    ("Laboratorii͡a Bioles i lesnoe khozi͡aĭstvo Karelii", "Bioles", "Биолес"),
    ("Pisʹma Potiomkina k Ekaterine i ikh vremi͡a", "Potiomkina", "Потёмкина"),
])
def test_a_line_detected_as_alalc_reads_io_the_same_way(line, word, want):
    r = to_cyrillic(line)
    assert [w.cyrillic for w in r.words if w.input == word] == [want]


FIRMS = [
    R("y-zavod-bioton", "ru", "rus", fields=[
        F("245", "10", [("a", "Завод Биотон и его история :", "Zavod Bioton i ego istorii͡a :"),
                        ("b", "очерки о химической промышленности России /",
                         "ocherki o khimicheskoĭ promyshlennosti Rossii /")], mode="rom"),
        F("264", " 1", [("a", "Санкт-Петербург :", "Sankt-Peterburg :"), ("b", "Бионет,", "Bionet,"),
                        ("c", None, "2011.")], mode="rom"),
    ]),
    R("y-firma-biokom", "ru", "rus", charset="marc8", fields=[
        F("245", "10", [("a", "История фирмы Биоком в документах и воспоминаниях сотрудников /",
                         "Istorii͡a firmy Biokom v dokumentakh i vospominanii͡akh sotrudnikov /")], mode="rom"),
        F("264", " 1", [("a", "Петрозаводск :", "Petrozavodsk :"), ("b", "Биолес,", "Bioles,"), ("c", None, "2003.")],
          mode="rom"),
    ]),
    # a cataloguer's French io in an ALA-LC title: the lexicon writes Потёмкин with ё
    R("y-kniaz-potemkin", "ru", "rus", charset="fe", fields=[
        F("245", "10", [("a", "Князь Потёмкин и его время :", "Kni͡azʹ Potiomkin i ego vremi͡a :"),
                        ("b", "очерки /", "ocherki /")], mode="rom"),
    ]),
]


def test_add_880_writes_no_yo_no_source_writes_and_keeps_one_the_lexicon_writes(tmp_path):
    rep, got = run_on(tmp_path, FIRMS, "add-880")
    expect_880(got["y-zavod-bioton"], FIRMS[0].fields[0])  # a long title: its one guessed word is written
    expect_880(got["y-firma-biokom"], FIRMS[1].fields[0])
    for rid in ("y-zavod-bioton", "y-firma-biokom"):  # a short imprint of an unknown firm: review, not Бёнет
        vern = vernacular(got[rid], got[rid].get_fields("264")[0])
        assert vern is None or "ё" not in vern.value()
    written = " ".join(x.get("cyrillic", "") for x in rep.review)
    assert "ё" not in written.replace("Потёмкин", "")
    expect_880(got["y-kniaz-potemkin"], FIRMS[2].fields[0])
