"""`translit marc` on the classes the study of benchmarks/data/marc_mixed_heldout5.py (cite11) showed
wrong, each on records of our own built with tests/data/mixed_marc.py's builder (hand-written ALA-LC,
real pymarc), run through the real commands with the real pymorphy3 dictionary and word lists:

1. notes on the carrier and the audience (256 computer file characteristics, 257 country of producing
   entity, 516 type of file, 521 audience, 533 reproduction, 538 system details, 585 exhibitions, 586
   awards), written in Russian (or Ukrainian, Bulgarian) in a Cyrillic-only record, were not romanized at all; in a romanized
   record their English forms (Computer data (1 file); Juvenile; Microfiche. Moskva : IDC) must get no
   880 and their romanized Russian forms one;
2. in a record of two languages (041 rus eng), where each field must read as Russian with a mark only
   romanizations write, an edition statement has none (3-e izd., pererab.): a numeral in figures with
   a Russian ending (3-e, 2-ĭ, 1920-kh) is such a mark; English's 2nd, 3rd ed. is not.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from mixed_marc import F, R, T  # noqa: E402

from marc_checks import (expect_880, expect_880_on_first, expect_every_field_romanized, expect_no_880,  # noqa: E402
                         run_on)

from translit.marc import reads_as_russian  # noqa: E402


# -- 1. carrier and audience notes ------------------------------------------------------------------

NOTES_CYR = [
    R("c11-atlas-ptits", "ru", "rus", fields=[
        F("245", "10", [("a", "Атлас птиц России", "Atlas ptit͡s Rossii")], mode="cyr"),
        F("256", "  ", [("a", "Электронные данные (2 файла).", "Ėlektronnye dannye (2 faĭla).")], mode="cyr"),
        F("538", "  ", [("a", "Системные требования: процессор Pentium ; звуковая карта.",
                         "Sistemnye trebovanii͡a: prot͡sessor Pentium ; zvukovai͡a karta.")], mode="cyr")]),
    R("c11-gazeta-mikrofisha", "ru", "rus", charset="marc8", fields=[
        F("245", "00", [("a", "Северная пчела", "Severnai͡a pchela")], mode="cyr"),
        F("533", "  ", [("a", "Микрофиша.", "Mikrofisha."), ("b", "Ленинград :", "Leningrad :"),
                        ("c", "Библиотека Академии наук,", "Biblioteka Akademii nauk,"), ("d", None, "1988.")],
          mode="cyr")]),
    R("c11-skazki-detskie", "ru", "rus", charset="nfd", fields=[
        F("245", "10", [("a", "Сказки о животных", "Skazki o zhivotnykh")], mode="cyr"),
        F("521", "  ", [("a", "Для среднего школьного возраста.", f"Dli{T}a srednego shkolʹnogo vozrasta.")],
          mode="cyr"),
        F("586", "  ", [("a", "Премия имени Н. К. Крупской.", f"Premii{T}a imeni N. K. Krupskoĭ.")], mode="cyr")]),
    R("c11-film-kinostudiia", "ru", "rus", fields=[
        F("245", "10", [("a", "Весна на Заречной улице", "Vesna na Zarechnoĭ ulit͡se")], mode="cyr"),
        F("257", "  ", [("a", "СССР.", "SSSR.")], mode="cyr"),
        F("516", "  ", [("a", "Видеофильм.", "Videofilʹm.")], mode="cyr")]),
    # the same notes in a Ukrainian and a Bulgarian record: each in its language's ALA-LC table
    R("c11-uk-kazky", "uk", "ukr", fields=[
        F("245", "10", [("a", "Казки для дітей", f"Kazky dli{T}a diteĭ")], mode="cyr"),
        F("521", "  ", [("a", "Для дітей молодшого шкільного віку.", f"Dli{T}a diteĭ molodshoho shkilʹnoho viku.")],
          mode="cyr"),
        F("538", "  ", [("a", "Системні вимоги: Windows 7.", "Systemni vymohy: Windows 7.")], mode="cyr")]),
    R("c11-bg-kozijat-rog", "bg", "bul", fields=[
        F("245", "10", [("a", "Козият рог", f"Kozii{T}at rog")], mode="cyr"),
        F("257", "  ", [("a", "България.", f"Bŭlgarii{T}a.")], mode="cyr"),
        F("533", "  ", [("a", "Микрофилм.", "Mikrofilm."), ("b", "София :", f"Sofii{T}a :"),
                        ("c", "Народна библиотека,", "Narodna biblioteka,"), ("d", None, "1990.")], mode="cyr")]),
]


def expect_880_where_written(tmp_path, r):
    """``add-880`` gives each field of ``r`` with a hand-written Cyrillic its 880, the others (the
    cataloguer's English) none."""
    _, got = run_on(tmp_path, [r], "add-880")
    for f in r.fields:
        if all(cv is None for _, cv, _ in f.subs):
            expect_no_880(got[r.id], f)
        else:
            expect_880(got[r.id], f)


@pytest.mark.parametrize("r", NOTES_CYR, ids=lambda r: r.id)
def test_carrier_and_audience_notes_in_russian_are_romanized(tmp_path, r):
    expect_every_field_romanized(tmp_path, [r])


NOTES_ROM = [
    R("c11-atlas-rom", "ru", "rus", fields=[  # the cataloguer's English: no 880
        F("245", "10", [("a", "Атлас птиц России", "Atlas ptit͡s Rossii")], mode="rom"),
        F("256", "  ", [("a", None, "Computer data (1 file).")], mode="rom"),
        F("538", "  ", [("a", None, "System requirements: Pentium processor; sound card.")], mode="rom"),
        F("521", "  ", [("a", None, "Juvenile.")], mode="rom")]),
    R("c11-gazeta-rom", "ru", "rus", fields=[
        F("245", "00", [("a", "Северная пчела", "Severnai͡a pchela")], mode="rom"),
        F("533", "  ", [("a", None, "Microfiche."), ("b", None, "Moskva :"), ("c", None, "IDC,"), ("d", None, "1992.")],
          mode="rom"),
        F("257", "  ", [("a", None, "Soviet Union.")], mode="rom"),
        F("586", "  ", [("a", None, "Stalin Prize, 1947.")], mode="rom")]),
    R("c11-disk-rom", "ru", "rus", fields=[  # the same notes written in Russian and romanized: an 880
        F("245", "10", [("a", "Русская поэзия", "Russkai͡a poėzii͡a")], mode="rom"),
        F("538", "  ", [("a", "Системные требования: Windows XP.", f"Sistemnye trebovanii{T}a: Windows XP.")],
          mode="rom"),
        F("521", "  ", [("a", "Для старшего школьного возраста.", f"Dli{T}a starshego shkolʹnogo vozrasta.")],
          mode="rom"),
        F("533", "  ", [("a", "Микрофильм.", "Mikrofilʹm."), ("b", "Москва :", "Moskva :"),
                        ("c", "Научная библиотека,", f"Nauchnai{T}a biblioteka,"), ("d", None, "1990.")], mode="rom")]),
]


@pytest.mark.parametrize("r", NOTES_ROM, ids=lambda r: r.id)
def test_carrier_notes_get_an_880_only_when_they_are_romanized_russian(tmp_path, r):
    expect_880_where_written(tmp_path, r)


# -- 2. a numeral in figures with a Russian ending ------------------------------------------------------

EDITIONS = [
    R("c11-slovar-nemetskii", "ru", "rus", c041=["rus", "ger"], fields=[
        F("245", "10", [("a", "Немецко-русский словарь", "Nemet͡sko-russkiĭ slovarʹ")], mode="rom"),
        F("250", "  ", [("a", "3-е изд., перераб.", "3-e izd., pererab.")], mode="rom")]),
    R("c11-razgovornik", "ru", "rus", c041=["rus", "eng"], fields=[
        F("245", "10", [("a", "Русско-английский разговорник", "Russko-angliĭskiĭ razgovornik")], mode="rom"),
        F("250", "  ", [("a", "Изд. 5-е, доп.", "Izd. 5-e, dop.")], mode="rom")]),
    R("c11-uchebnik-frants", "ru", "rus", c041=["rus", "fre"], fields=[
        F("245", "10", [("a", "Учебник французского языка", f"Uchebnik frant{T}suzskogo i{T}azyka")], mode="rom"),
        F("250", "  ", [("a", "Изд. 2-е.", "Izd. 2-e.")], mode="rom")]),
]


@pytest.mark.parametrize("r", EDITIONS, ids=lambda r: r.id)
def test_an_edition_with_a_russian_ordinal_reads_as_russian_in_a_record_of_two_languages(tmp_path, r):
    expect_880_where_written(tmp_path, r)


def test_an_english_edition_statement_in_a_record_of_two_languages_gets_no_880(tmp_path):
    r = R("c11-slovar-eng-ed", "ru", "rus", c041=["rus", "eng"], fields=[
        F("245", "10", [("a", "Англо-русский словарь", "Anglo-russkiĭ slovarʹ")], mode="rom"),
        F("250", "  ", [("a", None, "2nd ed., rev.")], mode="rom")])
    expect_880_on_first(tmp_path, [r], 1)


@pytest.mark.parametrize("text,russian", [
    ("Izd. 4-e, ster.", True),
    ("Izd. 6-e, dop.", True),
    ("9-e izd.", True),
    ("2nd ed., rev.", False),
    ("A 10-m telescope", False),  # a measure, not a Russian ending
    ("Rev. ed.", False),
])
def test_a_russian_ordinal_in_figures_is_a_mark_of_romanized_russian(text, russian):
    assert reads_as_russian(text, need_marks=True)[0] is russian
