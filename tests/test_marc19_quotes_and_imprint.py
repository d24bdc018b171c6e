"""marc19's fixes of marc18's MARC changes, tested through the real commands (translit.marc.run)
with the real reader (pymorphy3, wordfreq), on records built here as
tests/test_marc18_heldout12_classes.py builds them.

1. An English note with Latvian or Lithuanian spellings (Rīga, Žemaitė, dēls) does not quote the
   item in ALA-LC: add-880 writes it no 880 (marc_fields.toml [notes] foreign_marks,
   decimal_i_before; a marked word must be read from the lexicon). Russian quotations still do.
2. The short-surname limit of the guessed heading surname is data ([english] surname_min_letters).
3. check: a Russian book about Kyïv, Kharkiv or Lʹviv (the place a subject heading in its Ukrainian
   form, with no 880) is read as Russian: headings do not name the language, only the fields
   transcribed from the item do (marc_languages.toml work_text_tags); a Ukrainian series title or
   imprint still does.
"""

import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

import mixed_marc as mm  # noqa: E402
from mixed_marc import F, R  # noqa: E402

from translit.marc import _english, check_lang_noted, iter_raw, parse_reporting, quotes_romanized, run  # noqa: E402


def add_880(tmp_path, records):
    src, out = tmp_path / "in.mrc", tmp_path / "out.mrc"
    src.write_bytes(mm.file_bytes(records))
    run("add-880", str(src), str(out), progress=False)
    recs = {}
    for _, raw in iter_raw(str(out)):
        rec = parse_reporting(raw)[0]
        recs[rec["001"].value()] = rec
    return recs


def with_note(rid: str, note: str) -> R:
    """A romanized-only Russian record: a plain 245 and an English 500 ``note``."""
    return R(rid, "ru", "rus", fields=[F("245", "10", [("a", "Izbrannoe /", "Izbrannoe /")], mode="rom"),
                                       F("500", "  ", [("a", note, note)], mode="rom")])


BALTIC = [
    ("b-riga", "Printed in Rīga."),
    ("b-zemaite", "Translation of the Lithuanian novel Žemaitė's Marti."),
    ("b-dels", "Translated from the Latvian original: Zvejnieka dēls (Rīga, 1934)."),
    ("b-sviesa", "Originally published: Vilniaus universitetas, Kaunas: Šviesa, 1978."),
    ("b-liepaja", "Printed in Liepāja and Jūrmala."),
]


@pytest.mark.parametrize("rid,note", BALTIC)
def test_latvian_or_lithuanian_spellings_in_an_english_note_get_no_880(tmp_path, rid, note):
    assert not quotes_romanized(note)
    rec = add_880(tmp_path, [with_note(rid, note)])[rid]
    assert rec["500"].get("6") is None and rec["500"]["a"] == note


RUSSIAN = ["First published in 1962 as Pi͡atʹ kontinentov.", "Sequel to Dvenadt͡satʹ stulʹev.",
           "Reissued in 1975 as Zolotoĭ telenok.", "Continued by Zhiznʹ i sudʹba.",
           "The first novel about Ėrast Fandorin."]


@pytest.mark.parametrize("note", RUSSIAN)
def test_russian_quotations_in_alalc_still_count(note):
    assert quotes_romanized(note)


@pytest.mark.parametrize("note", ["Rīga", "Printed in Daugavpils, Rīga.", "Limbaži: Rīgas apgāds."])
def test_ii_before_a_consonant_is_no_pre_reform_i(note):
    assert not quotes_romanized(note)


def test_guessed_surname_limit_is_read_from_the_data_file():
    data = tomllib.loads((Path(__file__).resolve().parents[1] / "translit" / "marc_fields.toml").read_text("utf-8"))
    assert _english()["surname_min_letters"] == int(data["english"]["surname_min_letters"])


def russian_about(rid: str, place_cyr: str, place_rom: str) -> R:
    """A Russian book printed in Kyiv (its imprint in Russian, as the book prints it) whose subject
    is a Ukrainian place, entered in its Ukrainian form with no 880 (``place_cyr`` is unused: a
    subject heading has no Cyrillic of the item)."""
    return R(rid, "ru", "rus", fields=[
        F("100", "1 ", [("a", "Пришвин, Михаил,", "Prishvin, Mikhail,")]),
        F("245", "10", [("a", "Русские народные сказки /", "Russkie narodnye skazki /")]),
        F("264", " 1", [("a", "Киев :", "Kiev :"), ("b", "Веселка,", "Veselka,"), ("c", None, "1985.")]),
        F("651", " 0", [("a", None, place_rom.rstrip(" :") + " (Ukraine)")], mode="rom")])


IMPRINTS = [("p-kyiv", "Київ :", "Kyïv :"), ("p-kharkiv", "Харків :", "Kharkiv :"), ("p-lviv", "Львів :", "Lʹviv :"),
            ("p-uzhhorod", "Ужгород :", "Uzhhorod :")]


@pytest.mark.parametrize("rid,cyr,rom", IMPRINTS)
def test_a_russian_book_about_a_ukrainian_place_is_checked_as_russian(tmp_path, rid, cyr, rom):
    rec = russian_about(rid, cyr, rom)
    src = tmp_path / "in.mrc"
    src.write_bytes(mm.file_bytes([rec]))
    parsed = parse_reporting(next(iter_raw(str(src)))[1])[0]
    assert check_lang_noted(parsed) == ("ru", [])
    rep = run("check", str(src), progress=False)
    assert [d for d in rep.differences if not d.kind.startswith("link")] == []


UKRAINIAN_SERIES = [
    ("s-zahrebelny", "Загребельний, Павло,", "Zahrebelʹnyĭ, Pavlo,"),
    ("s-tychyna", "Тичина, Павло,", "Tychyna, Pavlo,"),
    ("s-drach", "Драч, Микола,", "Drach, Mykola,"),
]


@pytest.mark.parametrize("rid,cyrillic,romanized", UKRAINIAN_SERIES)
def test_a_ukrainian_series_title_still_names_the_language(tmp_path, rid, cyrillic, romanized):
    rec = R(rid, "uk", "rus", fields=[
        F("100", "1 ", [("a", cyrillic, romanized)]),
        F("490", "0 ", [("a", "Шкільна бібліотека української літератури", "Shkilʹna biblioteka ukraïnsʹkoï literatury")],
          mode="rom"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Дніпро,", "Dnipro,"), ("c", None, "1970.")], mode="rom")])
    src = tmp_path / "in.mrc"
    src.write_bytes(mm.file_bytes([rec]))
    parsed = parse_reporting(next(iter_raw(str(src)))[1])[0]
    assert check_lang_noted(parsed)[0] == "uk"
    rep = run("check", str(src), progress=False)
    assert [d for d in rep.differences if not d.kind.startswith("link")] == []
