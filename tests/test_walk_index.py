"""The walk index (translit.read.walk_index) answers exactly what the candidate walk does, and is
built again when what the walks depend on changes. Real lexicon, real tables, real pymorphy3."""

import os
import time

import pytest

import translit
from translit.read import walk_index as wi
from translit.read.candidates import ALL, clear_caches, latin_forms, reader
from translit.read.weights import W


def _facts(paths):
    return [(p.cyr, p.key, p.mask, p.slips, p.entry, p.pieces, p.why) for p in paths]


def _canonical(words):
    return [latin_forms(w)[1] for w in words]


# three classes of words, each with several members
LOSSLESS = _canonical(["istoriia", "gosudarstva", "pis'ma", "obʺiasnenie", "Moskva"])  # ALA-LC's own spellings
LOSSY = _canonical(["istoriya", "pisma", "obyasnenie", "khrushchev", "zhizn"])  # other schemes, signs dropped
SLIPS = _canonical(["veroiatnosteĭ", "Parizhʺ", "Sergei", "Gogol", "Ulianovsk", "tschechow"])  # mixed, pre-1918, names


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("walks") / "walks-test.marisa"
    stored = wi.build(path, sorted(set(LOSSLESS + LOSSY + SLIPS)))
    assert stored == len(set(LOSSLESS + LOSSY + SLIPS))
    return wi.WalkIndex(path)


@pytest.mark.parametrize("words", [LOSSLESS, LOSSY, SLIPS], ids=["lossless", "lossy", "slips"])
def test_the_index_gives_every_path_of_the_walk(small_index, words):
    walk = reader()._paths
    for w in words:
        walked = walk(w, ALL, True)
        assert walked, w  # each of these is a reading of some word form
        assert _facts(small_index.paths(w)) == _facts(walked), w


def test_a_word_the_index_does_not_hold_is_walked(small_index):
    assert small_index.paths("bibliotekarskii") is None
    assert small_index.paths("\ud800") is None  # a lone surrogate: no spelling, no error
    assert small_index.paths(wi._TABLE_KEY) is None  # the codec's own entry is no word


@pytest.mark.parametrize("text", [
    "Istoriia gosudarstva Rossiiskogo i pis'ma Sergei",
    "Istoriya gosudarstva: pisma i obyasnenie",
    "Khrushchev i Ulianovsk; Parizhʺ",
])
def test_readings_are_the_same_with_and_without_the_index(small_index, text):
    rd = reader()
    own = rd.index
    try:
        out = {}
        for name, idx in (("walk", None), ("index", small_index)):
            rd.index = idx
            clear_caches()
            out[name] = translit.to_cyrillic(text).as_dict(candidates=None)
        assert out["walk"] == out["index"]
    finally:
        rd.index = own
        clear_caches()


def test_the_index_key_changes_with_what_the_walks_depend_on(monkeypatch):
    base = wi.index_key()
    assert wi.index_key() == base  # stable
    assert wi.index_key("lexicon-000000000000.pickle") != base  # another lexicon
    monkeypatch.setattr(W.walk, "max_slips", W.walk.max_slips + 0.5)
    assert wi.index_key() != base  # the walk's weights
    monkeypatch.undo()
    monkeypatch.setattr(wi, "tables_fingerprint", lambda: "other tables")
    assert wi.index_key() != base  # the reverse tables


def test_the_index_is_built_on_first_use_and_again_when_its_inputs_change(tmp_path, monkeypatch):
    from translit.read import lexicon as lexmod

    lexmod.lexicon()  # loaded (and kept) from the cache in use; the new cache directory gets the index
    monkeypatch.setenv("TRANSLIT_CACHE", str(tmp_path))
    monkeypatch.setattr(W.index, "min_zipf", 6.0)  # only the hundred commonest forms: a small index
    monkeypatch.delenv("TRANSLIT_WALK_INDEX", raising=False)
    wi.walk_index.cache_clear()
    assert wi.walk_index() is None  # not asked for: nothing is built
    assert not list(tmp_path.rglob("walks-*.marisa"))
    monkeypatch.setenv("TRANSLIT_WALK_INDEX", "1")
    wi.walk_index.cache_clear()
    try:
        first = wi.walk_index()
        assert first.path.parent == tmp_path and first.path.exists()
        assert 0 < len(first) < 2000
        w = latin_forms(translit.romanize("когда", "bgn-pcgn"))[1]
        assert _facts(first.paths(w)) == _facts(reader()._paths(w, ALL, True))
        # the walk's weights change: a new index under a new name; the old one stays while it is
        # in use (another version sharing the cache), and goes once unused for a week
        monkeypatch.setattr(W.walk, "max_slips", 0.0)
        clear_caches()
        wi.walk_index.cache_clear()
        second = wi.walk_index()
        assert second.path != first.path and second.path.exists() and first.path.exists()
        long_ago = time.time() - (wi.UNUSED_DAYS + 1) * 86400
        os.utime(first.path, (long_ago, long_ago))
        os.utime(second.path, (long_ago, long_ago))
        wi.walk_index.cache_clear()
        assert wi.walk_index().path == second.path  # opened again: marked as in use
        assert second.path.stat().st_mtime > long_ago
        monkeypatch.setattr(W.walk, "max_slips", 0.5)
        clear_caches()
        wi.walk_index.cache_clear()
        third = wi.walk_index()
        assert third.path.exists() and second.path.exists() and not first.path.exists()
        monkeypatch.setattr(W.walk, "max_slips", 0.0)
        clear_caches()
        assert _facts(second.paths(w)) == _facts(reader()._paths(w, ALL, True))
        assert all(p.slips == 0 for p in second.paths(w))
        # the same inputs again: the index on disk is used as it is
        wi.walk_index.cache_clear()
        mtime = second.path.stat().st_mtime_ns
        assert wi.walk_index().path == second.path and second.path.stat().st_mtime_ns == mtime
    finally:
        wi.walk_index.cache_clear()
        clear_caches()


def test_switching_the_index_off_walks_every_word(monkeypatch):
    monkeypatch.setenv("TRANSLIT_WALK_INDEX", "0")
    wi.walk_index.cache_clear()
    try:
        assert wi.walk_index() is None
    finally:
        wi.walk_index.cache_clear()
