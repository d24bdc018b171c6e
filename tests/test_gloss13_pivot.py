"""gloss13's source (issue 17): Wiktionary's Russian read through a third language (pivot.py).

* reading the FreeDict+WikDict X → Russian and FreeDict X → English dictd files: the Russian items of
  a sense line, the first English words of an entry;
* building the index from tiny dictd files of our own: a pair counts once per pivot language;
* a dictionary candidate of the word's own part of speech that the pivot confirms wins (стол =
  table, not stole; граница = border, not march; попытка = attempt);
* an English word of a pivot pair must be an English word (the WikDict X → English entries carry
  X definitions too);
* a word that nothing else glosses gets the pivot's English (скамейка = bench, бегония =
  begonia), never through ``lookup``, so the derivation rules still come first;
* no pivot file installed: an empty index, the gloss as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dictd_files import write_dictd

from translit.glossary import gloss_text, pivot
from translit.glossary.dictionary import index, lookup, status


def _dictd(folder: Path, name: str, entries: list[tuple[str, str]]) -> tuple[Path, Path]:
    """A dictd pair (.index, .dict.dz) of ``entries`` (headword, body) in ``folder``."""
    src = write_dictd(folder, name, dict(entries))
    return src.index, src.body


# --- reading the entries ------------------------------------------------------------------------

@pytest.mark.parametrize("body,expected", [
    ("1. персик\nFruit\n2. рыболовство, рыбалка\nArt de pêcher", {"персик", "рыболовство", "рыбалка"}),
    ("ёлка; хвойное дерево\nBaum", {"елка"}),
    ("без-, бес-\nein Präfix", set()),
    ("(разг.) тачка, машина\ncar", {"тачка", "машина"}),
])
def test_russian_items_are_whole_items_of_sense_lines(body, expected):
    assert pivot.russian_items(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("house; home {n}\nbuilding", ["house", "home", "building"]),
    ("to run, to race\n(fig.) to manage", ["run", "race", "manage"]),
    ("1. cat\n2. tomcat, puss, kitty, moggy", ["cat", "tomcat", "puss", "kitty"]),
])
def test_english_items_are_the_first_english_words(body, expected):
    assert pivot.english_items(body) == expected


@pytest.mark.parametrize("item,ok", [
    ("house", True), ("frying pan", True), ("pojedynczy osobnik", False), ("f", False), ("osobowość", False),
])
def test_only_english_words_make_pairs(item, ok):
    assert pivot._english(item) is ok


def test_a_pair_counts_once_per_pivot_language(tmp_path):
    a = pivot.Pair("aaa", "test", _dictd(tmp_path, "a-rus", [("hus /h/ <n>", "1. дом, здание\nx"),
                                                              ("katt", "кошка\ny")]),
                   _dictd(tmp_path, "a-eng", [("hus", "house, building"), ("katt", "cat")]))
    b = pivot.Pair("bbb", "test", _dictd(tmp_path, "b-rus", [("casa", "дом\nz"), ("gato", "кот\nw")]),
                   _dictd(tmp_path, "b-eng", [("casa", "house; home"), ("gato", "cat; tomcat")]))
    built = pivot.build([a, b])
    assert built["дом"][0] == ("house", 2)
    assert dict(built["дом"])["building"] == 1 and dict(built["дом"])["home"] == 1
    assert dict(built["кошка"]) == {"cat": 1}
    assert dict(built["кот"]) == {"cat": 1, "tomcat": 1}


# --- the gloss with the installed files ---------------------------------------------------------

needs_pivot = pytest.mark.skipif(not index() or not pivot.index(), reason="dictionaries or pivot files not installed")


@needs_pivot
@pytest.mark.parametrize("lemma,pos,english", [
    ("стол", "n", "table"),
    ("граница", "n", "border"),
    ("попытка", "n", "attempt"),
    ("сотня", "n", "hundred"),
])
def test_a_candidate_the_pivot_confirms_wins(lemma, pos, english, monkeypatch):
    from dataclasses import replace

    from translit.glossary import dictionary

    weights = replace(dictionary.ranking(), pivot=1.0)  # the weight gloss13 measured (ranking.toml has it off)
    monkeypatch.setattr(dictionary, "ranking", lambda: weights)
    assert lookup([lemma], pos, n=1)[0][0] == english


@needs_pivot
@pytest.mark.parametrize("title,word,english", [
    ("Скамейка в парке", "Скамейка", "bench"),
    ("Цветущая бегония", "бегония", "begonia"),
    ("Лечение агорафобии", "агорафобии", "agoraphobia"),
])
def test_a_word_nothing_else_glosses_takes_the_pivot_english(title, word, english):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert (w.glosses[:1], w.kind, w.source) == ([english], "wiktionary", "dictionary")


@needs_pivot
@pytest.mark.parametrize("lemma", ["скамейка", "бегония", "агорафобия"])
def test_the_pivot_alone_gives_lookup_no_candidate(lemma):
    assert lookup([lemma], "n") == []


@needs_pivot
def test_status_names_the_pivot_languages():
    assert {"wikdict-deu", "wikdict-fra"} <= set(status()["dictionaries"])


# --- nothing installed --------------------------------------------------------------------------

def test_no_pivot_files_no_pairs(tmp_path, monkeypatch):
    monkeypatch.setenv("TRANSLIT_DICTD", str(tmp_path))
    assert pivot.pairs() == []
    _dictd(tmp_path, "freedict-deu-rus", [("hus", "дом")])  # one half of a pair is not a pair
    assert pivot.pairs() == []
