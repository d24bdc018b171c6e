"""і before a vowel or й in a text read in pre-1918 spelling (the class marc17 found in its study of
benchmarks/data/marc_mixed_heldout11.py, tested here on inputs of its own):

a cataloguer who romanizes a pre-1918 title often leaves out the macron of ī in one word of several
(Teorīi͡a beside sravneniĭ). The reader wrote that word in modern letters beside the others' old ones
(Теорія сравнений), a spelling no pre-1918 print has: the old spelling writes і before every vowel and
before й. Now, in a text whose Latin marks a pre-1918 letter or ends a word in ʺ, each word read as Russian
takes і there (translit.read.context.pre_reform_i), but after a compound's numeral first part
(восьмиугольный: grammar.toml ``pre_reform_i_kept_after``). Text in modern spelling is untouched.
The rule holds within a phrase: a run of words read as Russian with no other word, no bracket and, in running
text, no sentence's end between them, so prose that sets a modern spelling beside the old one keeps it modern.
Real pymorphy3 and wordfreq; the MARC record is built with tests/data/mixed_marc.py's builder.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from mixed_marc import F, R, T  # noqa: E402

from marc_checks import expect_880, run_on  # noqa: E402

from translit import convert  # noqa: E402
from translit.read.reader import to_cyrillic  # noqa: E402


@pytest.mark.parametrize("latin,cyrillic", [
    # a word without the macron beside words with it
    ("Polnoe sobranie sochineniĭ Imperatorskoĭ Akademīi", "Полное собраніе сочиненій Императорской Академіи"),
    ("Sbornik stateĭ po istorii Rossīi", "исторіи Россіи"),
    (f"Istorīi{T}a Gosudarstva Rossiĭskago", "Исторія Государства Россійскаго"),
    # no macron at all, but the final hard sign only the old spelling writes
    ("Biografii russkikhʺ generalovʺ", "Біографіи русскихъ генераловъ"),
])
def test_pre_1918_text_writes_i_before_a_vowel_or_short_i(latin, cyrillic):
    assert cyrillic in to_cyrillic(latin, scheme="alalc").text


def test_a_compound_with_a_numeral_first_part_keeps_its_i():
    out = to_cyrillic("Opisanīe vosʹmiugolʹnoĭ bashni i pi͡atiėtazhnago doma", scheme="alalc").text
    assert out.startswith("Описаніе восьмиугольной башни и пятиэтажн")


@pytest.mark.parametrize("latin,cyrillic", [
    ("Sobranie sochineniĭ v trekh tomakh", "Собрание сочинений в трех томах"),
    (f"Podʺezd k stant{T}sii", "Подъезд к станции"),  # ʺ inside a word is the modern hard sign
    (f"Istorii{T}a Rossii", "История России"),
])
def test_modern_spelling_is_untouched(latin, cyrillic):
    assert to_cyrillic(latin, scheme="alalc").text == cyrillic


@pytest.mark.parametrize("prose,old,modern", [
    (f"He wrote Rossīi{T}a where we write Rossii{T}a.", "Россія", "Россия"),
    ("The journal Russkīĭ arkhiv (in the new spelling Russkii arkhiv) ran to 1917.", "Русскій", "Русский"),
    ("Trudy Kīevskoĭ akademīi, 1890. Trudy Kievskoi akademii, 1925.", "Кіевской академіи", "Киевской академии"),
])
def test_in_running_text_a_modern_spelling_beside_the_old_stays_modern(prose, old, modern):
    out = convert(prose, to="cyrillic").text
    assert old in out and modern in out


OLD = [
    R("p-karamzin", "ru", "rus", charset="marc8", fields=[
        F("245", "10", [("a", "Исторія государства Россійскаго /", f"Istorīi{T}a gosudarstva Rossiĭskago /"),
                        ("c", "сочиненіе Н. М. Карамзина.", "sochinenīe N. M. Karamzina.")], mode="rom"),
    ]),
]


def test_add_880_writes_the_old_spelling_throughout_a_field(tmp_path):
    _, got = run_on(tmp_path, OLD, "add-880")
    expect_880(got["p-karamzin"], OLD[0].fields[0])
