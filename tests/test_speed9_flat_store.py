"""The flat layout of a stored trie (translit.read.walk_index.flat_store): every spelling's bytes
found through it are exactly the bytes the marisa BytesTrie holds, and a layout that does not
match its trie is made again."""

from __future__ import annotations

import marshal

import marisa_trie
import pytest

from translit.read import spelling_index as si
from translit.read import walk_index as wi

# keys of our own: ASCII spellings, scheme diacritics and ties, Cyrillic, other scripts, a key
# that is a prefix of others, and values of very different lengths (one empty)
ITEMS = {
    "pis'ma": marshal.dumps(("письма", 3, [1, 2])),
    "pis": b"",
    "pisatel'": b"x" * 700,
    "t\u0361sar'": marshal.dumps((1.5, None)),
    "čechov": bytes(range(256)),
    "москва": "Москва".encode("utf-8"),
    "日本": b"\xff\x00\xff",
    "Zhizn": marshal.dumps({"case": ("title", 2)}),
}


def _stored(tmp_path, items, name="t.marisa"):
    path = tmp_path / name
    trie = marisa_trie.BytesTrie(list(items.items()) + [(wi._TABLE_KEY, marshal.dumps(("tables",)))])
    wi.save_trie(trie, path)
    return path


def test_every_key_gives_the_bytes_trie_answer(tmp_path):
    path = _stored(tmp_path, ITEMS)
    stored = wi.StoredTrie(path)
    plain = marisa_trie.BytesTrie()
    plain.mmap(str(path))
    for key, value in ITEMS.items():
        got = stored.found(key)
        assert type(got) is bytes
        assert got == value == plain.get(key)[0]
    assert stored.tables == ("tables",)
    assert len(stored) == len(ITEMS)


@pytest.mark.parametrize("absent", ["pi", "pisa", "Pis'ma", "", "\ud800", "москв", wi._TABLE_KEY])
def test_absent_keys_surrogates_and_the_tables_are_not_found(tmp_path, absent):
    stored = wi.StoredTrie(_stored(tmp_path, ITEMS))
    assert stored.found(absent) is None


def test_a_layout_of_another_trie_is_made_again(tmp_path):
    path = _stored(tmp_path, ITEMS)
    assert wi.StoredTrie(path).found("pis") == b""
    other = {"pis": b"new", "zapiski": b"z" * 40}
    _stored(tmp_path, other)  # the same file name, other contents: the layout beside it is stale
    again = wi.StoredTrie(path)
    assert again.found("pis") == b"new" and again.found("zapiski") == b"z" * 40
    assert again.found("pis'ma") is None


def test_a_damaged_layout_is_made_again(tmp_path):
    path = _stored(tmp_path, ITEMS)
    wi.StoredTrie(path)
    keys_path, values_path = wi._flat_paths(path)
    values_path.write_bytes(b"garbage")
    assert wi.StoredTrie(path).found("pisatel'") == b"x" * 700
    keys_path.unlink()
    assert wi.StoredTrie(path).found("москва") == "Москва".encode("utf-8")
    values_path.write_bytes(b"")
    assert wi.StoredTrie(path).found("t\u0361sar'") == ITEMS["t\u0361sar'"]
    keys_path.write_bytes(marisa_trie.Trie(["a", "b"]).tobytes())  # keys of another layout
    assert wi.StoredTrie(path).found("Zhizn") == ITEMS["Zhizn"]


def test_spelling_records_read_through_the_layout_match_the_trie(tmp_path):
    path = tmp_path / "spellings.marisa"
    words = ["zapiski", "revoliutsii", "Pushkine", "sochinenii", "Moskva", "zhizn"]
    si.build(path, words)
    records = si.SpellingRecords(path)
    plain = marisa_trie.BytesTrie()
    plain.mmap(str(path))
    held = [w for w in words if w in plain]
    assert len(held) >= 3
    for w in held:
        rec = records.get(w)
        assert (rec.paths, rec.sigs, rec.western) == marshal.loads(plain.get(w)[0])
    assert records.get("qqqxz") is None


def test_an_unused_trie_goes_with_its_layout(tmp_path):
    import os

    keep = _stored(tmp_path, ITEMS, "walks-new.marisa")
    old = _stored(tmp_path, {"staryi": b"1"}, "walks-old.marisa")
    wi.StoredTrie(keep), wi.StoredTrie(old)
    os.utime(old, (0, 0))
    wi._remove_unused(keep)
    assert not old.exists() and not any(p.exists() for p in wi._flat_paths(old))
    assert keep.exists() and all(p.exists() for p in wi._flat_paths(keep))
