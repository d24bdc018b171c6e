"""The glossary (archive registry and citation tests are in test_citations.py)."""

import json

import pytest

from translit import gloss


@pytest.mark.parametrize("text,word,lemma,english", [
    ("izdatel'stva", "izdatel'stva", "издательство", "publishing house"),
    ("postanovleniia", "postanovleniia", "постановление", "resolution, decree"),
    ("opisi", "opisi", "опись", "opis'"),
    ("Izd-vo Nauka", "Izd-vo", "издательство", "publishing house"),
    ("TsK VKP(b)", "VKP(b)", "ВКП(б)", "All-Union Communist Party"),
    ("v 5 tomakh", "tomakh", "том", "volume"),
    ("dokladnaia zapiska", "dokladnaia zapiska", "докладная записка", "report memorandum"),
    ("протокол заседания Политбюро", "Политбюро", "политбюро", "Politburo"),
])
def test_gloss_finds_inflected_and_abbreviated_terms(text, word, lemma, english):
    entries = {g.input: g for g in gloss(text)}
    g = entries[word]
    assert g.lemma == lemma and g.gloss.startswith(english)


def test_gloss_is_honest_about_where_a_gloss_comes_from():
    g = {x.input: x for x in gloss("zasedaniia Politbiuro kuzdry")}
    assert g["zasedaniia"].source == "dictionary" and g["zasedaniia"].lemma == "заседание" and g["zasedaniia"].pos == "NOUN"
    assert g["Politbiuro"].source == "glossary"
    assert g["kuzdry"].gloss is None and g["kuzdry"].source == "none"


def test_cli_gloss(run_cli):
    obj = json.loads(run_cli("gloss", "--json", "opis' 3").stdout)
    assert obj["words"][0]["gloss"].startswith("opis'")
