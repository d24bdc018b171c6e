"""Quotation marks in romanized MARC fields (the class marc17 found in its study of
benchmarks/data/marc_mixed_heldout11.py, tested here on records of its own):

LC writes the American quotation mark where the vernacular has guillemets or „…“ (LC ScriptShifter's
russian.yml maps « and » to "; LC on ScriptShifter issue #11: "we usually use 'regular' American
quotation marks in place of vernacular ones when transcribing in Romanization"). ``romanize`` kept
« » and „ “ in the ALA-LC, and ``check`` reported a cataloguer's "Nauka" against an 880's «Наука» as
a soft sign and punctuation fault. Now ``romanize`` writes " for them in a subfield it romanizes from
Cyrillic (``[quotes]`` of translit/marc_fields.toml), and ``check`` takes either form as right. A
subfield in Latin letters only keeps its marks. Real pymorphy3; the builder of tests/data/mixed_marc.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from mixed_marc import F, R, T  # noqa: E402

from marc_checks import expect_every_field_romanized, run_on, subs  # noqa: E402

from translit.marc import catalogue_quotes  # noqa: E402

CYRILLIC_ONLY = [
    R("q-ru-publisher", "ru", "rus", fields=[
        F("245", "10", [("a", "Записки о «Красной стреле» /", 'Zapiski o "Krasnoĭ strele" /'),
                        ("c", "Иван Петров.", "Ivan Petrov.")], mode="cyr"),
        F("264", " 1", [("a", "Ленинград :", "Leningrad :"), ("b", "Издательство «Прогресс»,", 'Izdatelʹstvo "Progress",'),
                        ("c", None, "1972.")], mode="cyr"),
    ]),
    R("q-bg-inner", "bg", "bul", charset="fe", fields=[
        F("264", " 1", [("a", "Пловдив :", "Plovdiv :"), ("b", "Издателство „Христо Г. Данов“,",
                                                          'Izdatelstvo "Khristo G. Danov",'), ("c", None, "1980.")],
          mode="cyr"),
    ]),
    R("q-uk-note", "uk", "ukr", charset="nfd", fields=[
        F("245", "10", [("a", "Театр «Березіль» :", 'Teatr "Berezilʹ" :'), ("b", "спогади /", "spohady /")], mode="cyr"),
        F("500", "  ", [("a", "Title on cover: «Березіль».", 'Title on cover: "Berezilʹ".')], mode="cyr"),
    ]),
]


def test_guillemets_and_low_high_quotes_are_written_as_american_quotation_marks(tmp_path):
    expect_every_field_romanized(tmp_path, CYRILLIC_ONLY)


def test_the_880_keeps_the_vernacular_marks(tmp_path):
    _, got = run_on(tmp_path, CYRILLIC_ONLY[:1], "romanize")
    vern = [subs(v) for v in got["q-ru-publisher"].get_fields("880")]
    assert ("b", "Издательство «Прогресс»,") in vern[1]


MIXED = [
    R("q-latin", "ru", "rus", fields=[
        F("245", "10", [("a", "Стихи =", "Stikhi ="), ("b", None, "«Poèmes» /"),  # a Latin-only subfield keeps «»
                        ("c", "Петр Иванов ; préface de «Jean Dupont».",  # a mixed one is romanized, marks and all
                         'Petr Ivanov ; préface de "Jean Dupont".')], mode="cyr"),
    ]),
]


def test_a_latin_only_subfield_keeps_its_marks_and_a_mixed_one_is_written_as_lc_does(tmp_path):
    assert catalogue_quotes("Moskva") == "Moskva"
    expect_every_field_romanized(tmp_path, MIXED)


PAIRS = [
    R("q-pair-straight", "ru", "rus", fields=[  # the cataloguer wrote LC's quotation marks: no report
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Издательство «Мысль»,", 'Izdatelʹstvo "Myslʹ",'),
                        ("c", None, "1969.")]),
    ]),
    R("q-pair-kept", "ru", "rus", fields=[  # an older record kept the guillemets: no report either
        F("245", "10", [("a", "Пароход «Челюскин» /", f"Parokhod «Cheli{T}uskin» /")]),
    ]),
    R("q-pair-wrong", "ru", "rus", fields=[  # a real fault beside the marks is still reported
        F("245", "10", [("a", "Журнал «Юность» /", f"Zhurnal \"I{T}Unostʹ\" /")], wrong={"a": 'Zhurnal "Junost\'" /'}),
    ]),
]


def test_check_takes_either_form_of_the_quotation_marks_and_still_finds_faults(tmp_path):
    rep, _ = run_on(tmp_path, PAIRS, "check")
    found = [(d.record, d.field, d.kind) for d in rep.differences if not d.kind.startswith("link")]
    assert [(r, f) for r, f, _ in found] == [("q-pair-wrong", "245 $a")]
    (d,) = [d for d in rep.differences if d.record == "q-pair-wrong"]
    assert '"' in d.expected and "«" not in d.expected and "letter" in d.kind
