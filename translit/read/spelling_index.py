"""The spelling records: what detection and ranking make of a common spelling, stored beside the walk index.

The walk index (:mod:`translit.read.walk_index`) stores each common spelling's candidate walk, but a
word read from it still costs detection's word signal (its paths' frequencies and schemes, its
marks, its English frequency) and the ranking of its readings before the text's scheme
preference (each path's score, name bonus, source and reason), and every path as an object.
Those are functions of the spelling alone (and, for the signal, of whether its token starts
with a capital; for the ranking, of its case: lower, title or upper), so they are worked out
once here for every spelling the walk index holds, by the live functions themselves, and kept
in a second marisa trie keyed the same way (``spellings-<key>.marisa`` beside the walk index).
A word whose spelling has a record is then decided by lookups: detection takes its stored
signal, reading applies the text's preference to its stored ranking and writes the candidates
(see :func:`translit.read.words._read_word`); anything the record does not cover (a named
scheme, an acronym, a conventional form, a tie, stress marks, capitals inside a word) is read
live as before. The records answer exactly what the live path does
(``benchmarks/reading_dump.py --compare``).

They are used only with the walk index (``TRANSLIT_WALK_INDEX``), built with it when asked
(``TRANSLIT_WALK_INDEX=1``: about a minute more), and their key hashes the walk index's key with
the source of every module whose functions they store and the weights those read, so a change
to any of them builds new records at the next use.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path
from typing import Iterable

import marisa_trie

from translit.read.candidates import on_clear, reader
from translit.read.walk_index import _TABLE_KEY, StoredTrie, _remove_unused, save_trie
from translit.read.weights import W

FORMAT_VERSION = "3"  # 2: a path's ranking by case and its reasons as numbers in shared tables; 3: western
CASES = ("lower", "title", "upper")
# the modules (and data) whose functions a record stores the answers of


def _weights_repr(ns) -> str:
    """A stable text of a section of the weights (nested sections and mappings included)."""
    items = ns.items() if hasattr(ns, "items") else vars(ns).items()
    return "{" + ",".join(f"{k}:{_weights_repr(v) if hasattr(v, 'items') or hasattr(v, '__dict__') else repr(v)}"
                          for k, v in sorted(items)) + "}"


def records_key() -> str:
    """The hash naming the records file: the walk index's key (which hashes every source and data
    file of the reader, :func:`translit.read.walk_index.code_digest`, so the functions whose answers
    are stored are in it) and the weights they read as loaded (detection's, ranking's and the
    language verdicts')."""
    from translit.read.walk_index import index_key

    parts = [FORMAT_VERSION, index_key(), _weights_repr(W.detect), _weights_repr(W.rank), _weights_repr(W.language)]
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12]


class _Tables:
    """The parts many records share, numbered: detection signals, the reasons of paths' steps and
    the (bonus, source, reason) of a path's ranking in each case."""

    def __init__(self, signals=(), whys=(), cases=()):
        self.signals, self.whys, self.cases = list(signals), list(whys), list(cases)
        self._ids: dict = {}

    def _id(self, table: list, item) -> int:
        key = (id(table), item)
        i = self._ids.get(key)
        if i is None:
            i = self._ids[key] = len(table)
            table.append(item)
        return i

    def dumps(self) -> bytes:
        return marshal.dumps((tuple(self.signals), tuple(self.whys), tuple(self.cases)))


def record_of(w: str, tables: _Tables) -> bytes | None:
    """The record of canonical Latin ``w`` from the live functions, or None when it has no path
    (then it is read live) or its answers do not fit the format. A record is a tuple of its paths,
    each (Cyrillic, scheme mask, slips, score before the preference, its steps' reasons, its
    ranking by case), detection's two signals (lower, capital): the last three as numbers in the
    shared tables; and for a spelling of ASCII letters, what the language verdicts know of it (its
    Western frequency, whether it bears a mark of romanization: ``language._word_facts``)."""
    from translit.read.candidates import word_facts
    from translit.read.detect import _signal
    from translit.read.language import _live_word_facts
    from translit.read.scoring import _base_scores, rank_reason

    facts = word_facts(w)
    if not facts.paths:
        return None
    bases = [_base_scores(facts.paths, facts.zipf10, facts.flags, case) for case in CASES]
    paths = []
    for k, p in enumerate(facts.paths):
        rows = [rows[k] for rows, _ in bases]
        cases = tuple((b, src, rank_reason(r)) for b, src, r in (ranks[row[5]] for row, (_, ranks) in zip(rows, bases)))
        # ((bonus, source, reason) by case)
        if any(row[4] is not p or row[3] != rows[0][3] or type(row[3]) is not float or type(rank[0]) is not float
               for row, rank in zip(rows, cases)) or type(p.mask) is not int or type(p.slips) is not float:
            return None  # (one entry per path, in path order, its score the same in every case)
        paths.append((p.cyr, p.mask, p.slips, rows[0][3], tables._id(tables.whys, tuple(p.why)),
                      tables._id(tables.cases, cases)))
    sigs = (tables._id(tables.signals, _signal(w, False)), tables._id(tables.signals, _signal(w, True)))
    western = _live_word_facts(w)[1:] if w.isascii() and w.isalpha() else None
    return marshal.dumps((tuple(paths), sigs, western))


def build(path: Path, words: Iterable[str]) -> int:
    """Store the record of every canonical Latin word of ``words`` in a marisa trie at ``path``
    (written atomically). Returns the number of records stored."""
    from translit.read.candidates import clear_caches

    rd = reader()
    kept, rd.records = getattr(rd, "records", None), None  # every answer from the live functions
    tables = _Tables()
    items = []
    try:
        for n, w in enumerate(words, 1):
            data = record_of(w, tables) if w != _TABLE_KEY else None
            if data is not None:
                items.append((w, data))
            if n % 20_000 == 0:
                clear_caches()  # (the per-word memos would hold every word built)
    finally:
        rd.records = kept
        clear_caches()
    items.append((_TABLE_KEY, tables.dumps()))
    save_trie(marisa_trie.BytesTrie(items), path)
    return len(items) - 1


class Record:
    """One spelling's stored answers (see :func:`record_of`), read through the tables of ``owner``."""

    __slots__ = ("paths", "sigs", "western", "masks", "owner")

    def __init__(self, data: tuple, owner: "SpellingRecords"):
        self.paths, self.sigs, self.western = data
        self.masks = None  # the sorted distinct scheme masks of its paths, made when asked
        self.owner = owner

    def signal(self, capital: bool) -> tuple:
        """Detection's signal of the spelling (:func:`translit.read.detect._signal`)."""
        return self.owner.signals[self.sigs[capital]]

    def path_masks(self) -> tuple[int, ...]:
        m = self.masks
        if m is None:
            m = self.masks = tuple(sorted({p[1] for p in self.paths}))
        return m


class SpellingRecords(StoredTrie):
    """Lookup of stored records: :meth:`get` gives a spelling's :class:`Record` or None."""

    def __init__(self, path: Path):
        super().__init__(path)
        self.signals, self.whys, self.cases = self.tables
        # the (bonus, source, reason) of each stored ranking in each case, as scoring.preferred reads them
        self.ranks = tuple([c[i] for c in self.cases] for i in range(len(CASES)))

    def get(self, w: str) -> Record | None:
        data = self.found(w)
        return None if data is None else Record(marshal.loads(data), self)


def records_path() -> Path:
    from translit.read import lexicon as lexmod

    return lexmod.cache_dir() / f"spellings-{records_key()}.marisa"


def spelling_records(index) -> SpellingRecords | None:
    """The records of the walk index ``index`` (None without one): opened when on disk, built
    from the index's spellings when asked (``TRANSLIT_WALK_INDEX=1``), else None."""
    if index is None or os.environ.get("TRANSLIT_WALK_INDEX") == "0":
        return None
    from translit import cachefile

    path = records_path()
    found = cachefile.open_checked(path, SpellingRecords)  # (a damaged file is reported, removed and read without)
    if found is None:
        if os.environ.get("TRANSLIT_WALK_INDEX") != "1":
            return None
        from translit.read import lexicon as lexmod

        steps = lexmod._Steps()
        words = [w for w in index.trie.keys() if w != _TABLE_KEY]
        steps.say(f"storing what detection and ranking make of {len(words):,} spellings (about a minute)")
        build(path, steps.count(words, "spellings"))
        steps.say("spelling records ready")
        _remove_unused(path, "spellings-*.marisa")  # (those of other code or weights, unused for a week)
        return SpellingRecords(path)
    return found


_UNSET = object()


def _records() -> SpellingRecords | None:
    """The reader's records (opened, or built when asked, at the first question)."""
    rd = reader()
    recs = getattr(rd, "records", _UNSET)
    if recs is _UNSET:
        recs = rd.records = spelling_records(rd.index)
    return recs


_FETCHED: dict[str, Record | None] = {}  # spelling → its record (None: not held), as fetched
on_clear(_FETCHED.clear)


def spelling_record(w: str) -> Record | None:
    """The stored :class:`Record` of canonical Latin ``w``, or None (no records, or not held);
    remembered."""
    try:
        return _FETCHED[w]
    except KeyError:
        pass
    recs = _records()
    rec = recs.get(w) if recs is not None else None
    if len(_FETCHED) >= 200_000:
        _FETCHED.clear()
    _FETCHED[w] = rec
    return rec


def fetched_record(w: str) -> Record | None:
    """The record of ``w`` when detection or reading has fetched it already, else None: for a
    step whose live answer costs less than a fetch (the language verdicts' facts of a word)."""
    return _FETCHED.get(w)


