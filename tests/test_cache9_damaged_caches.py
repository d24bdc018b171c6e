"""Damaged on-disk caches (empty, truncated, overwritten, emptied of their English word list) are
noticed on opening, reported and removed, never used; cache files are written whole or not at all,
also with two processes writing the same file while a third reads it."""

import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import dawg
import pytest

from translit import cachefile
from translit.read import established
from translit.read import lexicon as lexmod
from translit.read import walk_index as wi


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    """A temporary cache directory for translit (``TRANSLIT_CACHE``)."""
    monkeypatch.setenv("TRANSLIT_CACHE", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def lexicon_data() -> dict:
    """The parts of the real compiled lexicon (built once in the user's cache when missing)."""
    lexmod.lexicon()
    with open(lexmod.lexicon_path(), "rb") as fh:
        return pickle.load(fh)


@pytest.mark.parametrize("damage", [lambda b: b"", lambda b: b[: len(b) // 2], lambda b: b[:1],
                                    lambda b: b"\x00junk" * 100])
def test_damaged_lexicon_pickle_is_refused_and_removed(cache, lexicon_data, damage, capsys):
    path = cache / "lexicon-x.pickle"
    path.write_bytes(damage(pickle.dumps(lexicon_data, protocol=5)))
    assert cachefile.open_checked(path, lexmod._open) is None
    assert not path.exists()
    assert "is damaged" in capsys.readouterr().err


@pytest.mark.parametrize("part", ["western", "forms"])
def test_lexicon_without_its_english_list_or_russian_forms_is_refused(cache, lexicon_data, part, capsys):
    """A whole pickle whose English word list (or Russian forms) is empty would read every English
    word as Russian: it is refused, not used."""
    empty = {"western": dawg.IntDAWG([]), "forms": dawg.IntCompletionDAWG([])}[part]
    path = cache / "lexicon-x.pickle"
    path.write_bytes(pickle.dumps(dict(lexicon_data, **{part: empty.tobytes()}), protocol=5))
    assert cachefile.open_checked(path, lexmod._open) is None
    assert "empty or incomplete" in capsys.readouterr().err
    assert not path.exists()


def test_sound_lexicon_opens(cache, lexicon_data):
    path = cache / "lexicon-x.pickle"
    cachefile.write_pickle(path, lexicon_data)
    lex = cachefile.open_checked(path, lexmod._open)
    assert lex.western_zipf("garden")[0] > 3 and lex.get("сад") is not None
    assert path.exists()


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02", b"not a marisa trie at all " * 40])
def test_damaged_walk_index_is_removed_and_words_are_walked(cache, monkeypatch, content, capsys):
    monkeypatch.delenv("TRANSLIT_WALK_INDEX", raising=False)
    wi.walk_index.cache_clear()
    try:
        path = wi.index_path()
        path.write_bytes(content)
        assert wi.walk_index() is None
        assert not path.exists()
        assert "is damaged" in capsys.readouterr().err
    finally:
        wi.walk_index.cache_clear()


def test_pickle_failing_its_check_is_rebuilt(cache, capsys):
    path = cache / "charmodel-x.pickle"
    cachefile.write_pickle(path, {})
    assert cachefile.read_pickle(path, lambda m: None if m else "an empty model") is None
    assert "an empty model" in capsys.readouterr().err and not path.exists()
    cachefile.write_pickle(path, {"abc": -1.5})
    assert cachefile.read_pickle(path, lambda m: None if m else "an empty model") == {"abc": -1.5}


@pytest.mark.parametrize("content", ["", '["Mosk', "null", "\x00\x00"])
def test_damaged_json_table_is_computed_and_written_again(cache, content):
    path = cache / "table.json"
    path.write_text(content, "utf-8")
    assert established._cached_json(path, lambda: [["Moskva", "Москва"]]) == [["Moskva", "Москва"]]
    assert json.loads(path.read_text("utf-8")) == [["Moskva", "Москва"]]


def test_failed_write_leaves_neither_file_nor_part(cache):
    path = cache / "words-x.marisa"

    def dump(fh):
        fh.write(b"half")
        raise RuntimeError("build interrupted")

    with pytest.raises(RuntimeError):
        cachefile.write(path, dump)
    assert list(cache.iterdir()) == []


def test_two_writers_and_a_reader_never_see_a_part(cache):
    """Two processes rewrite the same cache file while a third reads it: every read is whole."""
    code = textwrap.dedent("""
        import sys
        from pathlib import Path
        from translit import cachefile
        path, role = Path(sys.argv[1]), sys.argv[2]
        if role == "write":
            for i in range(40):
                cachefile.write_pickle(path, {"n": i, "pad": bytes(400_000) + sys.argv[3].encode()})
        else:
            seen = 0
            for _ in range(300):
                got = cachefile.read_pickle(path, lambda d: None if len(d["pad"]) == 400_001 else "short")
                seen += got is not None
            print(seen)
    """)
    path = str(cache / "shared.pickle")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    cachefile.write_pickle(Path(path), {"n": -1, "pad": bytes(400_000) + b"0"})
    writers = [subprocess.Popen([sys.executable, "-c", code, path, "write", tag], env=env) for tag in "ab"]
    reader = subprocess.run([sys.executable, "-c", code, path, "read"], env=env, capture_output=True, text=True)
    assert all(w.wait() == 0 for w in writers)
    assert reader.returncode == 0 and "damaged" not in reader.stderr
    assert int(reader.stdout) == 300
    assert [p.name for p in cache.iterdir()] == ["shared.pickle"]


@pytest.mark.parametrize("changed", ["read/chunks.py", "read/western.toml", "normalize/__init__.py"])
def test_a_reader_that_differs_anywhere_has_other_index_and_record_keys(tmp_path, changed):
    """Another copy of translit sharing the cache directory, whose reader differs in a module the
    stored walks and records reach (not only candidates.py), never opens this copy's files."""
    import shutil

    import translit

    code = "from translit.read import spelling_index as s, walk_index as w; print(w.index_key(), s.records_key())"
    root = Path(translit.__file__).parent
    keys = []
    for edit in (False, True):
        copy = tmp_path / str(edit)
        shutil.copytree(root, copy / "translit", ignore=shutil.ignore_patterns("__pycache__"))
        if edit:
            with open(copy / "translit" / changed, "a", encoding="utf-8") as fh:
                fh.write("\n# another branch's change\n")
        out = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(copy)), cwd=copy,
                             capture_output=True, text=True, check=True)
        keys.append(out.stdout.split())
    assert keys[0][0] != keys[1][0] and keys[0][1] != keys[1][1]


def test_lexicon_key_covers_the_code_that_builds_it(tmp_path):
    """Another copy of translit whose lexicon build differs (lexicon.py, ngram.py) names its lexicon
    file otherwise, so neither reads the other's."""
    import shutil

    import translit

    code = "from translit.read import lexicon as L; print(L.lexicon_path().name)"
    root = Path(translit.__file__).parent
    names = []
    for edit in ("", "read/lexicon.py", "read/ngram.py"):
        copy = tmp_path / (edit.replace("/", "_") or "same")
        shutil.copytree(root, copy / "translit", ignore=shutil.ignore_patterns("__pycache__"))
        if edit:
            with open(copy / "translit" / edit, "a", encoding="utf-8") as fh:
                fh.write("\n# another branch's change\n")
        out = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(copy)), cwd=copy,
                             capture_output=True, text=True, check=True)
        names.append(out.stdout.strip())
    assert names[0] == lexmod.lexicon_path().name
    assert len(set(names)) == 3
