"""MARC records romanized and checked in the record's own language (008/35-37, then 041 $a)."""

import pytest
from pymarc import Field, Record, Subfield

from translit.marc import check_record, record_lang, romanize_record


def _record(lang008: str | None, title: str, lang041: str | None = None) -> Record:
    rec = Record()
    if lang008 is not None:
        rec.add_field(Field(tag="008", data="200101s2010    xx            000 0 " + lang008 + " d"))
    if lang041 is not None:
        rec.add_field(Field(tag="041", indicators=["0", " "], subfields=[Subfield("a", lang041)]))
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]))
    return rec


@pytest.mark.parametrize("code,lang", [("ukr", "uk"), ("bel", "be"), ("bul", "bg"), ("srp", "sr"), ("mac", "mk"),
                                       ("rus", "ru"), ("eng", None)])
def test_language_from_008(code, lang):
    assert record_lang(_record(code, "x")) == lang


def test_language_from_041_when_008_is_blank():
    assert record_lang(_record("   ", "x", lang041="ukr")) == "uk"
    assert record_lang(_record(None, "x", lang041="bul")) == "bg"
    assert record_lang(_record(None, "x")) is None


@pytest.mark.parametrize("code,title,expected", [
    ("ukr", "Історія України", "Istorii͡a Ukraïny"),
    ("bul", "История на българския език", "Istorii͡a na bŭlgarskii͡a ezik"),
    ("srp", "Историја Србије", "Istorija Srbije"),
    ("rus", "История России", "Istorii͡a Rossii"),
])
def test_romanize_record_in_its_language(code, title, expected):
    rec = _record(code, title)
    assert romanize_record(rec)
    assert rec["245"]["a"] == expected
    assert rec.get_fields("880")[0]["a"] == title


def test_check_record_uses_the_record_language():
    rec = _record("ukr", "Історія України")
    romanize_record(rec)
    assert check_record(rec, "1") == []
    rec["245"]["a"] = "Istorii͡a Ukrainy"  # the Russian table's и for Ukrainian и: a real error
    assert [d.field for d in check_record(rec, "1")] == ["245 $a"]


@pytest.mark.parametrize("text,term,english", [
    ("TsDAVO, f. 1, op. 2, spr. 15, ark. 3 zv.", "справа", "file (archival unit)"),
    ("ЦДАВО України, ф. 3206, оп. 1, спр. 77, арк. 12", "аркуш", "folio, leaf"),
    ("Kyiv: Vydavnytstvo Lvivskoho universytetu", "видавництво", "publishing house"),
    ("справи і аркуші", "справа", "file (archival unit)"),      # inflected forms find their lemma
])
def test_ukrainian_archive_and_imprint_glossary(text, term, english):
    import translit

    hits = {g.term: g.gloss for g in translit.gloss(text, lang="uk") if g.gloss}
    assert hits.get(term) == english, hits


def test_ukrainian_glossary_leaves_other_words_unglossed():
    import translit

    g = translit.gloss("Історія України, т. 2", lang="uk")
    assert [x.gloss for x in g][:2] == [None, None] and g[2].term == "том"


def test_the_ukrainian_analyzer_leaves_the_russian_one_whole():
    import translit
    from translit.glossary import lemma_pos

    translit.gloss("справи", lang="uk")  # loads pymorphy3's Ukrainian dictionary
    import pymorphy3

    ru = pymorphy3.MorphAnalyzer()
    assert any("Geox" in p.tag for p in ru.parse("москва"))
    assert lemma_pos("издательства")[0] == "издательство"
    assert translit.romanize("История России", "alalc", case="catalog") == "Istorii͡a Rossii"


# -- add-880 in the record's language ------------------------------------------------------------

from translit.marc import add_880_record, record_language  # noqa: E402


def _romanized(code: str | None, *fields, lang041: str | None = None) -> Record:
    rec = Record()
    if code is not None:
        rec.add_field(Field(tag="008", data="200101s2010    xx            000 0 " + code + " d"))
    if lang041 is not None:
        rec.add_field(Field(tag="041", indicators=["0", " "], subfields=[Subfield("a", lang041)]))
    for tag, subs in fields:
        rec.add_field(Field(tag=tag, indicators=["1", "0"], subfields=[Subfield(c, v) for c, v in subs]))
    return rec


@pytest.mark.parametrize("code,fields,expected", [
    ("ukr", [("100", [("a", "Hrushevsʹkyĭ, Mykhaĭlo,")]),
             ("245", [("a", "Istorii͡a Ukraïny-Rusy /"), ("c", "Mykhaĭlo Hrushevsʹkyĭ.")]),
             ("260", [("a", "Kyïv :"), ("b", "Naukova dumka,"), ("c", "1991.")])],
     {"100": "Грушевський, Михайло,", "245": "Історія України-Руси / Михайло Грушевський.",
      "260": "Київ : Наукова думка, 1991."}),
    ("bul", [("245", [("a", "Istorii͡a na bŭlgarskii͡a ezik /"), ("c", "Ivan Ivanov.")]),
             ("260", [("a", "Sofii͡a :"), ("b", "Nauka i izkustvo,"), ("c", "1985.")])],
     {"245": "История на българския език / Иван Иванов.", "260": "София : Наука и изкуство, 1985."}),
    ("srp", [("245", [("a", "Istorija srpskog naroda /"), ("c", "Vladimir Ćorović.")]),
             ("260", [("a", "Beograd :"), ("b", "Prosveta,"), ("c", "1989.")])],
     {"245": "Историја српског народа / Владимир Ћоровић.", "260": "Београд : Просвета, 1989."}),
    ("scc", [("245", [("a", "Istorija Srbije")])], {"245": "Историја Србије"}),  # the code before srp
    ("mac", [("245", [("a", "Istorija na makedonskiot narod")]),
             ("260", [("a", "Skopje :"), ("b", "Prosvetno delo,"), ("c", "1969.")])],
     {"245": "Историја на македонскиот народ", "260": "Скопје : Просветно дело, 1969."}),
])
def test_add_880_reads_the_record_in_its_language(code, fields, expected):
    rec = _romanized(code, *fields)
    changed, report = add_880_record(rec, "1", 0.0)
    assert changed
    got = {}
    for f in rec.get_fields("880"):
        linked = f["6"][:3]
        got[linked] = " ".join(s.value for s in f.subfields if s.code != "6")
    assert got == expected
    assert {e["lang"] for e in report} == {record_language(rec)[3]}
    for tag in expected:  # each romanized field now links to its 880
        assert rec[tag]["6"].startswith("880-")


def test_add_880_in_a_record_of_two_languages_reads_only_the_cyrillic_languages_fields():
    rec = _romanized("eng", ("245", [("a", "Istorii͡a Ukraïny =")]), ("246", [("a", "History of Ukraine")]),
                     lang041="engukr")
    assert record_language(rec)[:1] == (True,) and record_language(rec)[3] == "uk"
    changed, _ = add_880_record(rec, "1", 0.0)
    assert changed
    assert [f["6"][:3] for f in rec.get_fields("880")] == ["245"]


def test_add_880_leaves_a_record_in_another_language_as_it_was():
    rec = _romanized("eng", ("245", [("a", "History of Ukraine")]))
    before = rec.as_marc()
    changed, report = add_880_record(rec, "1", 0.0)
    assert not changed and report[0]["status"] == "skipped" and rec.as_marc() == before
