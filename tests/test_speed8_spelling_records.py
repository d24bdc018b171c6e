"""The spelling records (translit.read.spelling_index): stored detection signals and rankings give
exactly the live readings, and are built again when what they store changes."""

from __future__ import annotations

import json
import re

import pytest

import translit
from translit.read import spelling_index as si
from translit.read import walk_index as wi
from translit.read.candidates import clear_caches, latin_forms, reader, word_facts
from translit.read.detect import _signal, _word_signal
from translit.read.scoring import Preference, _apply_preference, _base_scores, stored_ranking
from translit.read.weights import W
from translit.schemes import SCHEME_IDS
from translit.read.words import _stored_reading, case_of

# Texts of our own, by kind of spelling: lossless lower-case ALA-LC words; title-case names and
# places; all capitals; lossy spellings that drop signs or write ё/я another way; other
# conventions (French, German, scholarly) and English words among them.
KINDS = {
    "lower": ["zapiski o revoliutsii i grazhdanskoi voine", "ocherki istorii russkoi derevni"],
    "names": ["Pis'ma Tolstogo k Chertkovu", "Vospominaniia o Pushkine i Gogole", "Doroga na Arkhangel'sk"],
    "capitals": ["SOBRANIE SOCHINENII V DVUKH TOMAKH", "MOSKOVSKII UNIVERSITET"],
    "lossy": ["Pisma iz derevni", "Ispoved syna veka", "Zhizn i sudba", "Iunost Gorkogo"],
    "other": ["Souvenirs de Moskva et de Leningrad", "Briefe aus Moskau: Tschernyschewski", "Čechov i žizn'"],
}


def _words(texts):
    return sorted({latin_forms(w)[1] for t in texts for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", t)})


def _dump(texts, scheme=None):
    return [json.dumps(translit.to_cyrillic(t, scheme=scheme).as_dict(None), ensure_ascii=False) for t in texts]


@pytest.fixture
def own_records(tmp_path):
    """Records of the test texts' spellings in a file of the test's own, set on the reader for
    the test; the reader's own records (or none) afterwards."""
    rd = reader()
    kept = getattr(rd, "records", si._UNSET)
    rd.records = None
    texts = [t for ts in KINDS.values() for t in ts]
    path = tmp_path / "spellings.marisa"
    n = si.build(path, _words(texts))
    records = si.SpellingRecords(path)
    yield records, n
    if kept is si._UNSET:
        del rd.records
    else:
        rd.records = kept
    clear_caches()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_stored_records_read_as_the_live_path(own_records, kind):
    records, n = own_records
    texts = KINDS[kind]
    rd = reader()
    rd.records = None
    clear_caches()
    live = _dump(texts), _dump(texts, "alalc-plain"), [translit.detect(t).as_dict() for t in texts]
    rd.records = records
    clear_caches()
    stored = _dump(texts), _dump(texts, "alalc-plain"), [translit.detect(t).as_dict() for t in texts]
    assert stored == live


def test_records_are_used_for_most_words(own_records):
    records, n = own_records
    rd = reader()
    rd.records = records
    clear_caches()
    words = _words([t for ts in KINDS.values() for t in ts])
    assert n >= len(words) - 3  # (a word no scheme reads as a form has no record)
    prefer = Preference.only(None)
    taken = 0
    for t in KINDS["lower"] + KINDS["capitals"] + KINDS["lossy"]:
        for token in re.findall(r"[A-Za-z']+", t):
            norm, w = latin_forms(token)
            if _stored_reading(token, norm, w, case_of(norm), prefer) is not None:
                taken += 1
    assert taken >= 20


@pytest.mark.parametrize("word", ["zapiski", "pisma", "tolstogo", "arkhangel'sk", "moskovskii"])
def test_stored_signal_and_ranking_equal_the_live_functions(own_records, word):
    records, _ = own_records
    rd = reader()
    rd.records = None
    clear_caches()
    w = latin_forms(word)[1]
    rec = records.get(w)
    if rec is None:
        pytest.skip(f"{w} has no record")
    for capital in (False, True):
        assert rec.signal(capital) == _signal(w, capital)
    facts = word_facts(w)
    for case in si.CASES:
        base = _base_scores(facts.paths, facts.zipf10, facts.flags, case)
        for prefer in (Preference.only(None),
                       Preference.from_scores({s: (3.0 if s == "alalc-plain" else 0.0) for s in SCHEME_IDS}),
                       Preference.from_scores({s: (2.0 if s.startswith("iso") else 0.0) for s in SCHEME_IDS})):
            live = [(p.cyr, p.mask, s, src, r, tuple(p.why)) for p, s, src, r in _apply_preference(base, prefer)]
            assert stored_ranking(rec, case, prefer) == live


def test_detection_signal_from_record_matches_live_for_tokens(own_records):
    records, _ = own_records
    rd = reader()
    tokens = ["Bukharin", "bukharin", "Pisma", "SOBRANIE", "the", "Moskau"]
    rd.records = None
    clear_caches()
    live = [_word_signal(t) for t in tokens]
    rd.records = records
    clear_caches()
    assert [_word_signal(t) for t in tokens] == live


def test_records_key_follows_their_inputs(monkeypatch):
    key = si.records_key()
    assert si.records_key() == key
    monkeypatch.setattr(W.detect, "word_point", W.detect.word_point + 0.5)
    changed_detect = si.records_key()
    assert changed_detect != key
    monkeypatch.undo()
    monkeypatch.setattr(W.rank, "slip", W.rank.slip + 0.25)
    assert si.records_key() not in (key, changed_detect)
    monkeypatch.undo()
    monkeypatch.setattr(W.language, "english_ts_word", W.language.english_ts_word + 1.0)
    assert si.records_key() != key
    monkeypatch.undo()
    monkeypatch.setattr(wi, "index_key", lambda lexicon_name=None: "another-walk")
    assert si.records_key() != key


def test_records_built_again_when_their_key_changes(tmp_path, monkeypatch):
    """A records file of another key is not used: the next use under TRANSLIT_WALK_INDEX=1 builds
    the file of the new key; without it nothing is built."""
    rd = reader()
    kept = getattr(rd, "records", si._UNSET)
    try:
        words = _words(["Pis'ma o Moskve", "istoriia"])
        index_file = tmp_path / "walks.marisa"
        wi.build(index_file, words)
        index = wi.WalkIndex(index_file)
        monkeypatch.setattr(si, "records_path", lambda: tmp_path / f"spellings-{si.records_key()}.marisa")
        monkeypatch.setenv("TRANSLIT_WALK_INDEX", "1")
        first = si.spelling_records(index)
        assert first is not None and len(first) == len(words)
        assert si.spelling_records(index).path == first.path  # on disk: opened, not built again
        monkeypatch.setattr(W.detect, "word_point", W.detect.word_point + 0.5)
        second = si.spelling_records(index)
        assert second.path != first.path and second.path.exists() and first.path.exists()
        monkeypatch.setattr(W.rank, "slip", W.rank.slip + 0.25)
        monkeypatch.delenv("TRANSLIT_WALK_INDEX")
        assert si.spelling_records(index) is None  # absent and not asked for
        monkeypatch.setenv("TRANSLIT_WALK_INDEX", "0")
        assert si.spelling_records(index) is None
        assert si.spelling_records(None) is None
    finally:
        if kept is si._UNSET:
            if hasattr(rd, "records"):
                del rd.records
        else:
            rd.records = kept
        clear_caches()


def test_records_answer_arbitrary_unicode():
    for s in ["\ud800abc", "\ufdd0tables", "", "日本語", "a\u0301b"]:
        translit.to_cyrillic(s)
        assert si.spelling_record(s) is None or isinstance(si.spelling_record(s), si.Record)


def test_language_facts_from_record_match_live(own_records):
    """The language verdicts' facts of a word (canonical Latin, Western frequency, mark of
    romanization) read from a record equal the live ones, for ASCII tokens in any case."""
    from translit.read.language import _live_word_facts, _word_facts

    records, _ = own_records
    rd = reader()
    rd.records = records
    clear_caches()
    tokens = ["Zapiski", "SOBRANIE", "tolstogo", "Moskau", "Souvenirs", "de"]
    for t in tokens:  # (the facts are taken from a record detection or reading has fetched)
        si.spelling_record(t.lower())
    stored = [_word_facts(t) for t in tokens]
    assert any(records.get(t.lower()) is not None and records.get(t.lower()).western for t in tokens)
    assert stored == [_live_word_facts(t) for t in tokens]
