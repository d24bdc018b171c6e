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
