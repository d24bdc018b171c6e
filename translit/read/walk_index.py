"""The walk index: the candidate walks of the common romanized spellings, computed once and kept on disk.

Reading a word costs most in its candidate walk (:meth:`translit.read.candidates.WordReader.paths`
over every scheme: a depth-first search of the reverse tables against the lexicon's prefixes).
The words a reader meets are mostly the lexicon's frequent forms spelled by one of the schemes,
so their walks can be done ahead: every word form of the lexicon at least as frequent as
``[index] min_zipf`` (``weights.toml``), with and without its ё, is romanized in every scheme
and the walk of each distinct spelling stored, whole (every path, its schemes, slips, pieces and
lexicon value), in a marisa trie under the spelling. A word the index holds is read from it in a
few microseconds; any other word (rarer forms, misspellings, names, words with marks the schemes
do not write) takes the walk as before. The index answers exactly what the walk would, so
readings do not change (``benchmarks/reading_dump.py`` compares them).

The index is a file beside the lexicon cache (``walks-<key>.marisa``). It is built only when asked
(``TRANSLIT_WALK_INDEX=1``, or ``translit.read.walk_index.walk_index()`` under it): building takes
about two CPU minutes and gains about a quarter on cold reading, which pays only on long batch
jobs; once built it is used whenever it is on disk and matches the code. Its
key is a hash of everything a walk depends on or the index was made from: the lexicon file (so
the versions of pymorphy3-dicts-ru and wordfreq), the reverse tables (every chunk, in order),
the walk's weights (``[walk]``), the source and data of the whole reader (every file of
:mod:`translit.read` and :mod:`translit.normalize`, :func:`code_digest`: a copy of translit whose
reader differs anywhere, another branch sharing the cache directory, never opens this one's index
or records, whose answers come from functions across those modules), the scheme list
and ``[index]``'s threshold. Change any of them and the next use builds a new index; an index no
process has opened for a week is then deleted (two versions of translit sharing one cache
directory each keep their own).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from array import array
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import Iterable

import marisa_trie

from translit.read import lexicon as lexmod
from translit.read.weights import W

FORMAT_VERSION = "3"  # 3: each path whole (Cyrillic, key, value) in one marshal'd tuple


def tables_fingerprint() -> str:
    """A hash of the reverse tables as the walk sees them: every chunk in walk order."""
    from translit.read.chunks import tables

    tabs = tables()
    h = hashlib.sha1()

    def row(c) -> str:
        after = None if c.after is None else sorted(c.after)
        return repr((c.latin, c.cyrillic, c.mask, c.cost, c.why, after, c.at_end))

    for first, chunks in tabs.by_first.items():
        h.update(first.encode("utf-8", "surrogatepass"))
        for c in chunks:
            h.update(row(c).encode("utf-8", "surrogatepass"))
    h.update(b"dropped")
    for c in tabs.dropped:
        h.update(row(c).encode("utf-8", "surrogatepass"))
    h.update(f"unmixed {tabs.unmixed}".encode())  # the schemes a walk never switches into or out of
    return h.hexdigest()


def index_key(lexicon_name: str | None = None) -> str:
    """The hash naming the index file: what the walks depend on and what the index was made from."""
    from translit.schemes import SCHEME_IDS

    lexicon_name = lexicon_name or lexmod.lexicon_path().name
    parts = [FORMAT_VERSION, lexicon_name, tables_fingerprint(), repr(sorted(vars(W.walk).items())),
             code_digest(), repr(SCHEME_IDS), repr(sorted(vars(W.index).items())),
             sys.byteorder]  # (the steps are numbers in the machine's own byte order)
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12]


@cache
def code_digest() -> str:
    """A hash of every source and data file of the reader (:mod:`translit.read`,
    :mod:`translit.normalize`) by name: what the stored walks and records are answers of."""
    digest = hashlib.sha1()
    for package in ("translit.read", "translit.normalize"):
        root = resources.files(package)
        for item in sorted(root.iterdir(), key=lambda f: f.name):
            if item.is_file() and item.name.endswith((".py", ".toml", ".tsv")):
                digest.update(f"{package}/{item.name}\n".encode("utf-8"))
                digest.update(hashlib.sha1(item.read_bytes()).digest())
    return digest.hexdigest()


def frequent_forms(min_zipf10: int) -> list[str]:
    """The lexicon's word forms of Zipf × 10 at least ``min_zipf10``, with their ё spelling too."""
    lex = lexmod.lexicon()
    out = []
    for key, value in lex.forms.iteritems():
        if value >> 8 >= min_zipf10:
            out.append(key)
            yo = lex.yo_form(key)
            if yo:
                out.append(yo)
    return out


def spellings(forms: Iterable[str]) -> list[str]:
    """Every distinct canonical Latin spelling the schemes give ``forms`` (as the reader sees it)."""
    from translit.read.candidates import latin_forms
    from translit.romanize import _renderer
    from translit.schemes import SCHEME_IDS

    renderers = [_renderer(s, {}).word for s in SCHEME_IDS]
    out: set[str] = set()
    for form in forms:
        for word in renderers:
            out.add(latin_forms(word(form))[1])
    return sorted(out)


class _Codec:
    """Paths as bytes: one marshal'd tuple per word, a tuple per path of its Cyrillic, its lexicon
    key when it differs from the Cyrillic (ё, a pre-1918 letter, a final ъ the key leaves out),
    its schemes, its slip total, whether its reasons are known to be none, its lexicon value and
    its steps. Each step (the Latin it reads, the Cyrillic it writes, its reason) is a number in a
    table of the distinct steps, two bytes each; the steps are unpacked only when a path's pieces
    or reasons are asked for (most paths are only ranked by their key). Reading a word is then one
    ``marshal.loads`` and a small object per path (an earlier format rebuilt each path's
    Cyrillic and key from its steps and looked its value up again: four times the cost)."""

    def __init__(self, steps=()):
        self.steps = list(steps)  # (latin length, cyrillic, reason)
        self._step_ids = {s: i for i, s in enumerate(self.steps)}
        self._unpack_steps = self._unpack  # one bound method for every path (each would make its own)

    def _id(self, item) -> int:
        i = self._step_ids.get(item)
        if i is None:
            i = self._step_ids[item] = len(self.steps)
            self.steps.append(item)
        return i

    def encode(self, paths) -> bytes | None:
        """The paths of one walk as bytes, or None when one does not fit the format (then the
        word is not indexed: it is walked when met)."""
        out = []
        for p in paths:
            s = p.flat_steps()
            if p._why not in (None, ()):
                return None
            if type(p.entry) is not int or type(p.mask) is not int or type(p.slips) is not float:
                return None
            pos = 0
            ids = []
            for j in range(0, len(s), 4):
                start, end, cyr, why = s[j:j + 4]
                if start != pos or end < start:
                    return None
                pos = end
                ids.append(self._id((end - start, cyr, why)))
            if max(ids, default=0) >= 1 << 16:
                return None
            if "".join(self.steps[i][1] for i in ids) != p.cyr:
                return None
            out.append((p.cyr, None if p.key == p.cyr else p.key, p.mask, p.slips, p._why is not None, p.entry,
                        array("H", ids).tobytes()))
        return marshal.dumps(tuple(out))

    def decode(self, data: bytes):
        """The paths of ``data``; each path's steps are unpacked only when its pieces or
        reasons are asked for."""
        from translit.read.candidates import _Path

        unpack = self._unpack_steps
        return [_Path(cyr, key or cyr, mask, slips, () if silent else None, None, partial(unpack, ids), entry)
                for cyr, key, mask, slips, silent, entry, ids in marshal.loads(data)]

    def _unpack(self, ids: bytes) -> tuple:
        """A path's steps as the walk keeps them: (start, end, cyrillic, reason) each, flat."""
        flat = []
        pos = 0
        steps = self.steps
        for i in array("H", ids):
            size, cyr, why = steps[i]
            flat += (pos, pos + size, cyr, why)
            pos += size
        return tuple(flat)


_TABLE_KEY = "\ufdd0tables"  # the codec's tables, under a key no word has (U+FDD0 is no character)


def build(path: Path, words: Iterable[str], steps: lexmod._Steps | None = None) -> int:
    """Walk every canonical Latin word of ``words`` over every scheme and store the walks in a
    marisa trie at ``path`` (written atomically). Returns the number of spellings stored."""
    from translit.read.candidates import ALL, reader

    steps = steps or lexmod._Steps(False)
    walk = reader()._paths
    codec = _Codec()
    items = []
    for w in steps.count(words, "spellings"):
        data = codec.encode(walk(w, ALL, True))
        if data is not None and w != _TABLE_KEY:
            items.append((w, data))
    items.append((_TABLE_KEY, marshal.dumps(tuple(codec.steps))))
    save_trie(marisa_trie.BytesTrie(items), path)
    return len(items) - 1


def save_trie(trie: marisa_trie.BytesTrie, path: Path) -> None:
    """Write ``trie`` to ``path`` atomically (a part file beside it, renamed into place)."""
    from translit import cachefile

    cachefile.save_trie(path, trie)


_FLAT_MAGIC = b"translit-flat-1\n"


def _flat_paths(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + ".keys"), path.with_name(path.name + ".values")


def flat_store(path: Path, trie: marisa_trie.BytesTrie):
    """The bytes of a stored trie (``path``, opened as ``trie``) laid out for lookup: a marisa trie
    of its keys alone (``<path>.keys``), whose key id numbers the values, and the values end to end
    after their end offsets (``<path>.values``), both memory-mapped. A key's bytes are then one
    walk of its own letters and a slice, where the :class:`marisa_trie.BytesTrie` walks the
    letters of the value too (about 160 bytes a spelling record): the same bytes, found about
    twice as fast. Made from ``trie`` at the first use (a second or two) and kept beside it; one
    that does not match ``trie`` (its size, time, number of keys) is made again.
    Gives (key → id or None, end offsets, the values)."""
    import mmap

    keys_path, values_path = _flat_paths(path)
    st = path.stat()
    n = len(trie)
    header = _FLAT_MAGIC + array("Q", [st.st_size, st.st_mtime_ns, n]).tobytes()
    for attempt in (0, 1):
        if attempt or not (keys_path.exists() and values_path.exists()):
            _write_flat(trie, keys_path, values_path, header)
        try:
            with open(values_path, "rb") as fh:
                mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            keys = marisa_trie.Trie()
            keys.mmap(str(keys_path))
        except (OSError, ValueError):  # (an empty or missing file)
            continue
        start = len(header) + 8
        n_keys = len(keys)
        if mm[:start] != header + array("Q", [n_keys]).tobytes():
            mm.close()
            continue
        ends = memoryview(mm)[start:start + 8 * n_keys].cast("Q")
        values = memoryview(mm)[start + 8 * n_keys:]
        return keys.get, ends, values
    raise OSError(f"could not lay out {path} for lookup")


def _write_flat(trie: marisa_trie.BytesTrie, keys_path: Path, values_path: Path, header: bytes) -> None:
    """Write the flat layout of ``trie`` (see :func:`flat_store`), each file atomically, the values first."""
    first: dict[str, bytes] = {}
    for k, v in trie.items():
        first.setdefault(k, v)  # (the BytesTrie's get answers a key's first value)
    keys = marisa_trie.Trie(first)
    ends, blob, end = array("Q"), [], 0
    for i in range(len(keys)):
        v = first[keys.restore_key(i)]
        blob.append(v)
        end += len(v)
        ends.append(end)
    head = header + array("Q", [len(keys)]).tobytes()
    from translit import cachefile

    cachefile.write(values_path, lambda fh: fh.write(head + ends.tobytes() + b"".join(blob)))
    cachefile.save_trie(keys_path, keys)



class StoredTrie:
    """A marisa trie of bytes by spelling opened from disk (memory-mapped), its shared tables under
    ``_TABLE_KEY``: :meth:`found` gives a spelling's bytes or None."""

    def __init__(self, path: Path):
        self.path = path
        self.trie = marisa_trie.BytesTrie()
        self.trie.mmap(str(path))
        self.tables = marshal.loads(self.trie.get(_TABLE_KEY)[0])
        self._key_id, self._ends, self._values = flat_store(path, self.trie)

    def found(self, w: str) -> bytes | None:
        try:
            i = self._key_id(w)
        except UnicodeEncodeError:  # a lone surrogate: no spelling of the schemes
            return None
        if i is None or w == _TABLE_KEY:
            return None
        ends = self._ends
        return self._values[ends[i - 1] if i else 0:ends[i]].tobytes()

    def __len__(self) -> int:
        return len(self.trie) - 1


class WalkIndex(StoredTrie):
    """Lookup of stored walks: :meth:`paths` gives a word's paths, or None when it is not held."""

    def __init__(self, path: Path):
        super().__init__(path)
        self.codec = _Codec(self.tables)
        self._decode = self.codec.decode

    def paths(self, w: str):
        data = self.found(w)
        return None if data is None else self._decode(data)


def index_path() -> Path:
    return lexmod.cache_dir() / f"walks-{index_key()}.marisa"


@cache
def walk_index() -> WalkIndex | None:
    """The walk index when it is on disk; with ``TRANSLIT_WALK_INDEX=1`` it is built if it is
    not (see the module's docstring for its cost); None when it is absent and not asked for, or
    with ``TRANSLIT_WALK_INDEX=0`` (every word is walked)."""
    wanted = os.environ.get("TRANSLIT_WALK_INDEX")
    if wanted == "0":
        return None
    from translit import cachefile

    path = index_path()
    found = cachefile.open_checked(path, WalkIndex)  # (a damaged file is reported, removed and walked without)
    if found is None:
        if wanted != "1":
            return None  # building costs minutes: only when asked (a batch job, the benchmark)
        steps = lexmod._Steps()
        steps.say(f"walking the common romanized spellings once (about two minutes); kept in {path.parent}")
        steps.say("1/2 romanizing the lexicon's frequent forms in every scheme")
        words = spellings(frequent_forms(round(10 * W.index.min_zipf)))
        steps.say(f"2/2 walking {len(words):,} spellings")
        build(path, words, steps)
        steps.say("walk index ready")
        _remove_unused(path)
        return WalkIndex(path)
    _mark_used(path)
    return found


UNUSED_DAYS = 7  # an index of other tables, weights or code not opened for this long is removed


def _mark_used(path: Path) -> None:
    """Touch an index opened more than a day after it was last touched (its age says when it
    was last used: another version of translit sharing the cache keeps its own index alive)."""
    import time

    try:
        if time.time() - path.stat().st_mtime > 86400:
            os.utime(path)
    except OSError:
        pass


def _remove_unused(keep: Path, pattern: str = "walks-*.marisa") -> None:
    """Delete the other indexes (files of ``pattern``) of the cache directory not used for
    ``UNUSED_DAYS`` (those of older tables, weights or code; not those of another version still in
    use beside this one)."""
    import time

    limit = time.time() - UNUSED_DAYS * 86400
    for old in keep.parent.glob(pattern):
        try:
            if old != keep and old.stat().st_mtime < limit:
                old.unlink()
                for side in _flat_paths(old):  # (its lookup layout, see flat_store)
                    side.unlink(missing_ok=True)
        except OSError:
            pass
