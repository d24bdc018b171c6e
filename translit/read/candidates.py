"""Candidate generation: every way the reverse tables can spell a Latin word in Cyrillic.

For each canonical Latin word the walk tries every chunk of the reverse tables
(:mod:`translit.read.chunks`) at every position, keeping only paths whose Cyrillic is a prefix
of a real Russian word form (a marisa trie of pymorphy3's dictionary and wordfreq's list). A
word the lexicon lacks is guessed by a beam search under a character trigram model. Each
candidate carries a typed :class:`Source` (what found it) besides its human-readable reason.
Detection and reading share one walk per word (the cache of :meth:`WordReader.paths`).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from translit.normalize import fold_ties, strip_stress
from translit.read import lexicon as lexmod
from translit.read.chunks import ALL, HARD, KEY_FOLD, Chunk, canonical_latin, tables
from translit.read.tokens import NO_INVISIBLE as _NO_INVISIBLE
from translit.read.weights import W

_DIACRITIC_WORD = re.compile("[\u0361ĭėī]")  # marks only the careful (ALA-LC-like) tables write
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# stress marks: the acute and grave of most conventions, and the circumflex ê ô of the Brazilian
# Portuguese press (Folha de S.Paulo's Manual da Redação: Ievguêni, Lênin, but Gorbatchov)
_STRESS_ACCENTED = re.compile("[áíóúýàòùéèìêô]")
_UNSTRESS = str.maketrans("áíóúýàòùéèìêô", "aiouyaoueeieo")
MAX_PATHS = 4000  # guard against pathological inputs
PREFIX_TREE = 1_000_000  # answers the walk's memo of known prefixes keeps at most (WordReader._prefix_tree; ~6 MB per 120,000)


class Source:
    """What found a candidate reading (``Candidate.source``): code tests these, never reasons."""

    DICTIONARY = "dictionary"  # a word form of the lexicon (places and other proper names too)
    NAME = "name"  # a personal name, surname or patronymic the dictionary tags, in title case
    ABBREVIATION = "abbreviation"  # an abbreviation read letter by letter at its capitals (TsK)
    CONVENTIONAL = "conventional"  # a whole-word conventional form of a scheme file (Trotzki)
    ESTABLISHED = "established"  # an established form of a well-known name or place (Leo Tolstoy)
    OWN_TABLE = "own table"  # the word's own scheme table, over a dictionary form needing another scheme
    TRIGRAM = "trigram"  # not in the lexicon: the trigram model's most Russian-looking spelling
    COMPOUND = "compound"  # not in the lexicon: a stump compound of known parts (Narkomles, Pechorlag)
    CITATION = "citation mark"  # an archival citation's label, verso mark or archive (translit.archives.rewrite)

    ALL = (DICTIONARY, NAME, ABBREVIATION, CONVENTIONAL, ESTABLISHED, OWN_TABLE, TRIGRAM, COMPOUND, CITATION)
    # readings of a word the lexicon does not hold: as weak as a guess wherever a reading is weighed
    GUESSES = (TRIGRAM, COMPOUND)


class Repair:
    """What a reader undid to find a reading (``Candidate.repair``): code tests these, never reasons."""

    OCR = "ocr"  # letters OCR confuses put back (Narodnoc, Iiteratury)
    TYPING = "typing"  # two neighbouring letters typed in the wrong order put back (Novosibrisk)


@dataclass(slots=True)
class Candidate:
    cyrillic: str
    score: float
    reason: str
    schemes: list[str] = field(default_factory=list)
    slips: list[str] = field(default_factory=list)
    source: str = Source.DICTIONARY
    convention: str = ""  # an established form's convention (en, fr, de…; translit.read.established)
    repair: str = ""  # a reading found by undoing a slip: Repair.OCR or Repair.TYPING (translit.read.words)

    def as_dict(self) -> dict[str, Any]:
        return {"cyrillic": self.cyrillic, "score": round(self.score, 3), "source": self.source,
                "reason": self.reason, "schemes": self.schemes, "slips": self.slips}


class _Path:
    """One way of spelling a word: its Cyrillic (may hold ё), its folded lexicon key, the
    schemes it is consistent with, its slips, the reasons of those slips and its pieces
    ((latin start, latin end, cyrillic) each). A path the candidate walk finds keeps its steps
    as the walk's chain of small tuples ((earlier steps, start, end, cyrillic, reason): atoms and
    such tuples only, which the garbage collector stops tracking), lays them flat and makes its
    reasons and pieces of them only when they are asked for (most paths are only ranked by their key); it carries its form's lexicon value
    (``entry``)."""

    __slots__ = ("cyr", "key", "mask", "slips", "_why", "_pieces", "_steps", "entry")

    def __init__(self, cyr: str, key: str, mask: int, slips: float, why: tuple[str, ...] | None = None,
                 pieces: tuple[tuple[int, int, str], ...] | None = None, steps: tuple = (),
                 entry: int | None = None) -> None:
        self.cyr, self.key, self.mask, self.slips = cyr, key, mask, slips
        self._why, self._pieces, self._steps, self.entry = why, pieces, steps, entry

    @property
    def why(self) -> tuple[str, ...]:
        if self._why is None:
            self._unroll()
        return self._why

    @property
    def pieces(self) -> tuple[tuple[int, int, str], ...]:
        if self._pieces is None:
            self._unroll()
        return self._pieces

    def flat_steps(self) -> tuple:
        """The path's steps as one flat tuple (start, end, cyrillic, why, start, …), first step
        first, from the walk's chain of steps or the walk index's packed form."""
        s = self._steps
        if type(s) is not tuple:  # kept packed by the walk index (translit.read.walk_index)
            s = self._steps = s()
        elif s and type(s[0]) is tuple:  # the walk's chain: (earlier steps, start, end, cyrillic, why)
            s = self._steps = _flat(s)
        return s

    def _unroll(self) -> None:
        """The pieces and reasons of a found path, from the steps of the walk."""
        s = self.flat_steps()
        if self._pieces is None:
            self._pieces = tuple(zip(s[0::4], s[1::4], s[2::4]))
        if self._why is None:
            self._why = tuple([x for x in s[3::4] if x])

    def with_mask(self, mask: int) -> "_Path":
        """The same path consistent with the schemes of ``mask`` (its pieces still unmade)."""
        return _Path(self.cyr, self.key, mask, self.slips, self._why, self._pieces, self._steps, self.entry)

    def __repr__(self) -> str:
        return f"_Path({self.cyr!r}, {self.key!r}, {self.mask}, {self.slips}, {self.why!r}, {self.pieces!r})"


def _flat(chain: tuple) -> tuple:
    """A walk state's chain of steps ((earlier steps, start, end, cyrillic, why), ending in ())
    as one flat tuple (start, end, cyrillic, why, start, …), first step first."""
    links = []
    while chain:
        links.append(chain)
        chain = chain[0]
    out: list = []
    for link in reversed(links):
        out += link[1:]
    return tuple(out)


def unstressed(w: str) -> str | None:
    """``w`` without the stress accents of Spanish, Italian or Czech spellings (Kárpov,
    Nikolái), or None when it has none."""
    return w.translate(_UNSTRESS) if _STRESS_ACCENTED.search(w) else None


@cache
def mixable_schemes() -> int:
    """The schemes a walk may switch between inside a word: all but those ``leniency.toml``'s
    ``[mixing] unmixed`` names (a spelling only those give never starts or ends a switch)."""
    return ALL & ~tables().unmixed


def has_scheme_diacritics(w: str) -> bool:
    """True when ``w`` carries a mark only the careful (ALA-LC-like) tables write (a tie, ĭ, ė, ī)."""
    return _DIACRITIC_WORD.search(w) is not None


_END = "\x00"  # marks the end of the word in a row key (chunks that only end a word)


class WordReader:
    """Generates the readings of single canonical Latin words (cached per word and scheme mask)."""

    # the walk's memo of known prefixes (:meth:`_prefix_tree`): (its lexicon, its root), answers kept
    # (class defaults: a reader made without __init__ starts a tree of its own on its first walk)
    _prefixes: tuple[Any, dict | None] = (None, None)
    _prefixes_kept = 0

    def __init__(self) -> None:
        self.lex = lexmod.lexicon()
        self.tables = tables()
        self.path_cache: dict[tuple[str, int, bool], list[_Path]] = {}
        # spellable(w, mask): can canonical Latin ``w`` be cut into chunks of the schemes in ``mask``?
        self.spellable = per_word_cache(100_000, register=False)(self._spellable)
        self.index = None  # the walk index, set by reader() once the reader exists (it walks to build)
        self._rows: dict[str, tuple[tuple, ...]] = {}  # chunks that spell a word's rest, by its start
        self._by_two: dict[str, tuple[Chunk, ...]] = {}  # chunks that may start a rest, by its first two letters
        self._entries: dict[str, tuple[tuple, ...]] = {}  # the same as row entries (_starting_entries)
        self._guess_rows: dict[str, tuple[tuple, ...]] = {}  # the trigram guess's chunks of a word's rest, by its start
        self._extended: dict[tuple[str, str], float] = {}  # _extend of a chunk's key after two letters of a key
        self._longest = {first: max(len(c.latin) for c in row) for first, row in self.tables.by_first.items()}
        self._dropped = tuple((d.cyrillic, d.cost, d.why, d.mask) for d in self.tables.dropped)
        # the same signs as row entries of no Latin length, for the walk's inner loop
        self._dropped_rows = tuple((0, d.cyrillic, d.cyrillic, d.mask, d.cost, d.why, None, False)
                                   for d in self.tables.dropped)
        chunks = [c for row in self.tables.by_first.values() for c in row] + list(self.tables.dropped)
        # Facts of the tables that let a reading skip work (true of today's tables; checked, not assumed):
        # every chunk writes some Cyrillic, so a path's first piece is its first letter
        self.solid = all(c.cyrillic for c in chunks)
        # only a step that costs gives a reason, so a path of no slips has none to assemble
        self.free_is_silent = all(c.cost > 0 or not c.why for c in chunks) and all(c.cost >= 0 for c in chunks) \
            and W.walk.mixed_schemes > 0

    def paths(self, w: str, mask: int = ALL, mix: bool = True) -> list[_Path]:
        """Every reading of canonical Latin ``w`` that is a known word form (cached: detection
        and ranking both ask for the same words). ``mask`` limits the schemes; ``mix=False``
        forbids switching scheme inside the word."""
        hit = self.path_cache.get((w, mask, mix))
        if hit is None:
            if mask == ALL and mix and self.index is not None:
                # a common spelling's walk was done ahead (translit.read.walk_index)
                hit = self.index.paths(w)
            if hit is None:
                hit = self._paths(w, mask, mix)
            if len(self.path_cache) < 200_000:
                self.path_cache[(w, mask, mix)] = hit
        return hit

    def _row(self, tail: str) -> tuple[tuple, ...]:
        """The chunks that spell the start of ``tail`` (the rest of a word from some position,
        cut to the longest chunk of its first letter; ending in ``_END`` when it reaches the end
        of the word), each
        as (latin length, cyrillic, key, mask, cost, why, after, closing hard sign)."""
        at_word_end = tail.endswith(_END)
        if at_word_end:
            tail = tail[:-1]
        n = len(tail)
        out = []
        for latin, at_end, entry, hard, _guessed in self._starting_entries(tail[:2]):
            if not tail.startswith(latin) or at_end and not (at_word_end and len(latin) == n):
                continue
            if hard and at_word_end and n == len(HARD):  # a hard sign closing the word
                entry = entry[:7] + (True,)
            out.append(entry)
        return tuple(out)

    def _starting(self, two: str) -> tuple[Chunk, ...]:
        """The chunks of ``by_first`` (in its order) that may spell a rest starting with the one or
        two letters ``two``: of one letter, or with ``two``'s second letter as their second (the
        tables of many schemes give a letter dozens of longer spellings; a row looks at these only)."""
        hit = self._by_two.get(two)
        if hit is None:
            chunks = self.tables.by_first.get(two[0], ())
            hit = tuple([c for c in chunks if len(c.latin) == 1 or len(two) == 2 and c.latin[1] == two[1]])
            self._by_two[two] = hit
        return hit

    def _starting_entries(self, two: str) -> tuple[tuple, ...]:
        """The chunks of :meth:`_starting` each as (latin, only at the word end, its walk row entry
        with no closing hard sign, whether it is the hard sign ъ spelled ʺ, its trigram guess row
        entry or None when ``guess = false``): the rows of :meth:`_row` and :meth:`_guess_row`
        are made of these (remembered per two letters, as the tables are fixed), so the row of a
        rest of a word met for the first time folds no chunk's key again."""
        hit = self._entries.get(two)
        if hit is None:
            out = []
            for c in self._starting(two):
                key, size = c.key, len(c.latin)
                out.append((c.latin, c.at_end, (size, c.cyrillic, key, c.mask, c.cost, c.why, c.after, False),
                            c.latin == HARD and key == "ъ",
                            (size, c.cyrillic, key, c.mask, c.cost, c.after) if c.guess else None))
            hit = self._entries[two] = tuple(out)
        return hit

    def stems(self, w: str, mask: int = ALL) -> list[_Path]:
        """Every reading of canonical Latin ``w`` that begins some known word form (the stump of a
        compound word: Pechor of Печора in Pechorlag), with no lexicon value; not cached (asked only
        for words the lexicon does not read)."""
        return self._paths(w, mask, True, stem=True)

    def _paths(self, w: str, mask: int, mix: bool = True, stem: bool = False) -> list[_Path]:
        # A depth-first walk over (Latin position, Cyrillic so far); each state keeps its steps
        # as a chain of tuples ((earlier steps, start, end, cyrillic, why): one small tuple a
        # step, not a copy of every earlier step), of which a found path makes its pieces and
        # reasons when asked.
        dropped, dropped_rows = self._dropped, self._dropped_rows
        root = self._prefix_tree()
        room = self._prefixes_kept < PREFIX_TREE  # (else a node's answers are kept for this walk only)
        # a new question goes straight to the lexicon's DAWG while the tree keeps its answer (the
        # tree is then the one memo); past the tree's room, to the lexicon's remembering has_prefix
        known_prefix = getattr(self.lex, "walk_has_prefix", None) if room else None
        if known_prefix is None:
            known_prefix = self.lex.has_prefix
        kept = 0
        # a form's lexicon value, straight from the DAWG (the walk's keys need no guard)
        form = self.lex.value
        silent = () if self.free_is_silent else None  # the reasons of a path of no slips
        max_slips, mixed_cost = W.walk.max_slips, W.walk.mixed_schemes
        mixable = mixable_schemes()
        n = len(w)
        at = self._rows_of(w, self._rows, self._row)
        found: list[_Path] = []
        hard_end = w.endswith(HARD)
        # state: (latin position, cyrillic, key, mask, slips, steps, node); steps: (earlier steps, start, end,
        # cyrillic, why); node: the prefix tree's node of key (chunk key → the node of key + it, or False)
        stack: list[tuple] = [(0, "", "", mask, 0.0, (), root)]
        visited = 0
        consonants = _CONSONANTS
        while stack and visited < MAX_PATHS:
            i, cyr, key, m0, slips0, steps, node = stack.pop()
            visited += 1
            prev = cyr[-1] if cyr else "^"
            signable = prev in consonants  # ь and ъ only ever follow a consonant
            if i == n:
                if stem:  # every key the walk keeps begins a known form
                    found.append(_Path(cyr, key, m0, slips0, None if slips0 else silent, None, steps, None))
                    continue
                v = form(key)
                if v is not None:
                    found.append(_Path(cyr, key, m0, slips0, None if slips0 else silent, None, steps, v))
                elif hard_end and key.endswith("ъ"):  # pre-1918 final ъ (Parizhʺ)
                    v = form(key[:-1])
                    if v is not None:
                        found.append(_Path(cyr, key[:-1], m0, slips0, None if slips0 else silent, None, steps, v))
                if signable:  # a sign dropped at the very end (Gogol' → Gogol)
                    for dc, dcost, dwhy, dmask in dropped:
                        if m0 & dmask and slips0 + dcost <= max_slips:
                            k2 = key + dc
                            v = form(k2)
                            if v is not None:
                                found.append(_Path(cyr + dc, k2, m0 & dmask, slips0 + dcost, None, None,
                                                   (steps, i, i, dc, dwhy), v))
                continue
            options = at[i]
            if signable and steps and steps[1] != steps[2]:  # the last step read Latin
                options = options + dropped_rows  # a sign the Latin left out (Ulianovsk)
            for size, ccyr, kc, cmask, cost, why, after, closing_hard in options:
                if after is not None and prev not in after:
                    continue
                m = m0 & cmask
                slips = slips0 + cost
                if m and not m & mixable and mix and size and m0 & mixable and cmask & mixable:
                    # the two spellings share only an unmixed scheme (Turkish h and ya for х я, before a
                    # GOST j for й: hozyajkam): that scheme's reading goes on, and so does a switch between
                    # the mixable schemes, as if they shared none (narrowing to the unmixed scheme alone
                    # would lose the word at its next letter, which it cannot switch out of)
                    alt = slips + mixed_cost
                    if alt <= max_slips:
                        child = node.get(kc)
                        if child is None:
                            child = {} if known_prefix(key + kc) else False
                            if room:
                                node[kc] = child
                                kept += 1
                        if child is not False or closing_hard:
                            stack.append((i + size, cyr + ccyr, key + kc, cmask & mixable, alt,
                                          (steps, i, i + size, ccyr, "spellings of two schemes in one word"),
                                          child if child is not False else {}))
                if not m:  # the word mixes schemes (Reabilitatsiia with a breve: veroiatnosteĭ)
                    if not mix or not size:  # (a sign left out by other schemes: the leniency row reads it)
                        continue
                    if not m0 & mixable or not cmask & mixable:  # a spelling only an unmixed scheme gives
                        continue
                    m, slips, why = cmask, slips + mixed_cost, "spellings of two schemes in one word"
                if slips > max_slips:
                    continue
                child = node.get(kc)
                if child is None:  # key + kc met for the first time from this node: asked of the lexicon
                    child = {} if known_prefix(key + kc) else False
                    if room:
                        node[kc] = child
                        kept += 1
                if child is False:  # no form starts so
                    if not closing_hard:
                        continue
                    child = {}  # (a closing hard sign ends the word: its node is never asked)
                stack.append((i + size, cyr + ccyr, key + kc, m, slips, (steps, i, i + size, ccyr, why), child))
        self._prefixes_kept += kept
        return found

    def _prefix_tree(self) -> dict:
        """The root of the walk's memo of known prefixes: a tree of the keys it built, each node
        a dict from a chunk's key to the node of the key so extended ({} when some form starts so,
        its children met so far) or False (no form starts so, nor with any longer key). The walk
        looks a chunk's key up in its state's small node (a table's string, its hash kept) instead
        of building every extended key and looking it up among all prefixes met; a key is built
        only for a new question (answered by ``Lexicon.has_prefix``) and for a state it keeps.
        Kept per lexicon (a reader copied onto another lexicon starts a tree of its own); after
        ``PREFIX_TREE`` answers a new node is kept for its walk only."""
        lex, root = self._prefixes
        if lex is not self.lex:
            root = {}
            self._prefixes, self._prefixes_kept = (self.lex, root), 0
        return root

    def clear_prefix_tree(self) -> None:
        """Forget the walk's memo of known prefixes (benchmarks of new words)."""
        self._prefixes, self._prefixes_kept = (None, None), 0

    def _spellable(self, w: str, mask: int) -> bool:
        """Can canonical Latin ``w`` be cut into chunks of the schemes in ``mask`` at all? (YMCA,
        Cardio: no ALA-LC table writes a bare c; the English c of a leniency row marked
        ``spellable = false`` gives readings but does not count here.)"""
        starting = self._starting  # (of a letter's chunks, those its next letter may continue: the same cuts)
        reach = [False] * (len(w) + 1)
        reach[0] = True
        for i in range(len(w)):
            if reach[i]:
                for c in starting(w[i:i + 2]):
                    if c.mask & mask and c.spells and w.startswith(c.latin, i):
                        reach[i + len(c.latin)] = True
        return reach[-1]

    def guess(self, w: str, mask: int, prior: float | None = None) -> _Path | None:
        """Best reading of a word the lexicon lacks: beam search under the trigram model, each
        letter weighed also by the share of the tables still spelling the word that spell it so
        (``prior`` times its log; weights.toml guess.scheme_prior unless given). A word
        written with a scheme's diacritics (a tie, ĭ, ė) is read by the tables alone, without the
        slips of careless spelling (I͡Uvenilia is Ювенилиа: ALA-LC would write я as i͡a)."""
        model = self.lex.ngram
        n = len(w)
        max_cost = 0.0 if has_scheme_diacritics(w) else W.guess.max_slips
        beam, slip_cost = W.guess.beam, W.guess.slip_cost
        if prior is None:
            prior = W.guess.scheme_prior
        # the chunks that may spell the word at each position do not depend on the beam's state:
        # found once per position (and remembered per rest of a word, as the walk's rows are)
        at = self._rows_of(w, self._guess_rows, self._guess_row)
        extended = self._extended
        # a state of the beam: (score, cyrillic, key, mask, slips, pieces); the guess gives its path
        # no reasons, so the one path kept is made only at the end
        beams: dict[int, list[tuple]] = {0: [(0.0, "", "", mask, 0.0, ())]}
        for i in range(n):
            row = at[i]
            for sc, cyr, pkey, pmask, pslips, pieces in sorted(beams.pop(i, []), key=lambda t: -t[0])[:beam]:
                if not row:
                    break
                prev = cyr[-1] if cyr else "^"
                # what a chunk adds under the model depends on the key's last two letters only
                # (the start padded with #): remembered per (those two, the chunk's key)
                ctx = pkey[-2:] if len(pkey) >= 2 else ("##" + pkey)[-2:]
                for size, ccyr, ckey, cmask, cost, after in row:
                    if after is not None and prev not in after:
                        continue
                    m = pmask & cmask
                    if not m or cost > 0 and pslips + cost > max_cost:
                        continue
                    j = i + size
                    added = extended.get((ctx, ckey))
                    if added is None:
                        added = _extend(model, ctx, ctx + ckey)
                        if len(extended) < 200_000:
                            extended[(ctx, ckey)] = added
                    if m != pmask and prior:  # fewer tables write the word so: the share of them, as a prior
                        added += prior * _narrowing(m, pmask)
                    beams.setdefault(j, []).append((sc + added - slip_cost * cost, cyr + ccyr, pkey + ckey, m,
                                                    pslips + cost, pieces + ((i, j, ccyr),)))
        final = beams.get(n)
        if not final:
            return None
        _, cyr, key, m, slips, pieces = max(final, key=lambda t: t[0] + _close(model, t[2]))
        return _Path(cyr, key, m, slips, (), pieces)

    def _rows_of(self, w: str, rows: dict[str, tuple[tuple, ...]], make) -> list[tuple[tuple, ...]]:
        """For each position of canonical Latin ``w``, ``make(tail)`` of the word's rest there (cut
        to the longest chunk of its first letter, ending in ``_END`` when it reaches the end of the
        word), remembered in ``rows`` per rest: the walk's rows (:meth:`_row`) and the trigram
        guess's (:meth:`_guess_row`)."""
        n = len(w)
        longest = self._longest
        at = []
        for i in range(n):
            size = longest.get(w[i], 1)  # the longest chunk that starts with this letter
            tail = w[i:i + size] if i + size < n else w[i:] + _END
            row = rows.get(tail)
            if row is None:
                row = make(tail)
                if len(rows) < 100_000:
                    rows[tail] = row
            at.append(row)
        return at

    def _guess_row(self, tail: str) -> tuple[tuple, ...]:
        """The chunks the trigram guess may read at the start of ``tail`` (a word's rest cut to the
        longest chunk of its first letter, ending in ``_END`` when it reaches the end of the word),
        in ``by_first``'s order: those that spell it (an end-only chunk only where it ends the
        word) and are not marked ``guess = false``, each as (latin length, cyrillic, key, mask,
        cost, after): the chunks :meth:`guess` tested one by one against the word at every step
        (``tests/test_speed12_same_answers.py``)."""
        at_word_end = tail.endswith(_END)
        if at_word_end:
            tail = tail[:-1]
        n = len(tail)
        out = []
        for latin, at_end, _entry, _hard, entry in self._starting_entries(tail[:2]):
            if entry is None or not tail.startswith(latin):
                continue
            if at_end and not (at_word_end and len(latin) == n):
                continue
            out.append(entry)
        return tuple(out)


def shift_pieces(p: _Path, with_ties: str) -> _Path:
    """Map piece offsets of a reading of the tie-less word back onto the word with its ties."""
    index = [i for i, c in enumerate(with_ties) if c != "\u0361"] + [len(with_ties)]
    pieces = tuple((index[a], index[b] if b < len(index) else len(with_ties), c) for a, b, c in p.pieces)
    return _Path(p.cyr, p.key, p.mask, p.slips, p.why, pieces)


def _extend(model: dict[str, float], old: str, new: str) -> float:
    """Log probability of the letters ``new`` adds to ``old`` under the trigram model."""
    padded = "##" + new
    start = len(old) + 2
    get = model.get
    unseen = W.guess.unseen
    return sum(get(padded[i - 2:i + 1], unseen) for i in range(start, len(padded)))


@lru_cache(maxsize=65_536)
def _narrowing(mask: int, wider: int) -> float:
    """Log of the share of the schemes of ``wider`` that ``mask`` keeps: what a guess's spelling
    loses when a letter is one only those schemes write so (German s for з before a vowel)."""
    return math.log(mask.bit_count() / wider.bit_count())


def _close(model: dict[str, float], key: str) -> float:
    return model.get(("##" + key)[-2:] + "#", W.guess.unseen)


@dataclass(slots=True)
class WordFacts:
    """One canonical Latin word's candidate walk over every scheme, with what the lexicon says
    of each path: computed once per word and shared by detection and reading."""

    word: str
    paths: list[_Path]
    zipf10: tuple[int, ...]  # wordfreq Zipf × 10 of each path's form (0: not in wordfreq)
    flags: tuple[int, ...]  # lexicon flags of each path's form (KNOWN, NAME, SURN…)
    best_frequency: float  # detection's measure: the best Zipf less slips, -1.0 with no path
    support: int  # schemes of the paths near that best (the schemes that read the word well)
    plain: str | None  # the word without Spanish or Czech stress accents, when it has them
    ranked_base: dict = field(default_factory=dict)  # scoring's preference-free ranking, by case


_FACTS: dict[str, WordFacts] = {}
_FORMS: dict[str, tuple[str, str]] = {}


def latin_forms(token: str) -> tuple[str, str]:
    """A Latin token as the reader sees it: (the token with MARC half-mark ties folded and
    stress marks stripped, case kept; that in canonical lower-case Latin). Remembered per token:
    detection and reading both ask."""
    hit = _FORMS.get(token)
    if hit is None:
        if token.isascii() and token.isalpha():  # no tie, stress mark or sign: only the case folds
            hit = (token, token.lower())
        else:
            norm = strip_stress(fold_ties(token))
            if not norm.isascii():  # a joiner inside the word: read without it (tokens.INVISIBLE)
                norm = norm.translate(_NO_INVISIBLE)
            hit = (norm, canonical_latin(norm))
        if len(_FORMS) < 300_000:
            _FORMS[token] = hit
    return hit


def word_facts(w: str) -> WordFacts:
    """The :class:`WordFacts` of canonical Latin ``w`` (cached)."""
    hit = _FACTS.get(w)
    if hit is None:
        paths = reader().paths(w)
        support = 0
        if paths:
            slip = W.rank.slip
            entries = [p.entry for p in paths]  # the walk carries each form's lexicon value
            zipf10 = tuple([e >> 8 for e in entries])
            flags = tuple([e & 255 for e in entries])
            scored = [z / 10.0 - slip * p.slips for z, p in zip(zipf10, paths)]
            best = max(scored)
            near = best - W.detect.support_within
            for sc, p in zip(scored, paths):
                if sc >= near:
                    support |= p.mask
        else:
            zipf10 = flags = ()
            best = -1.0
        hit = WordFacts(w, paths, zipf10, flags, best, support, unstressed(w))
        if len(_FACTS) < 300_000:
            _FACTS[w] = hit
    return hit


_READER: WordReader | None = None


def reader() -> WordReader:
    """The one shared candidate generator (it holds the lexicon and the per-word caches)."""
    global _READER
    if _READER is None:
        from translit.read.walk_index import walk_index

        _READER = WordReader()
        _READER.index = walk_index()
        settle_heap()
    return _READER


YOUNG_COLLECTION = 1_000_000  # new objects between two young collections of the garbage collector


def settle_heap() -> None:
    """After a one-time load (the lexicon, the tables): set what was loaded aside from the garbage
    collector's walks (``gc.freeze``: it holds no garbage; a frozen object is still freed when its
    last reference goes, it is only never walked by a collection) and let the young generation
    grow to ``YOUNG_COLLECTION`` objects before it is collected (Python's default is 700).
    Reading makes many small objects, most of them kept in the per-word caches: at the default
    the collector ran some 500 times in 2,000 cold titles and took a sixth of their CPU time, at
    100,000 it ran four or five times and took about a twelfth, and on a long stream its older
    generation's collections (every tenth young one, walking all the young ones kept) took a
    third of detected reading's CPU; at 1,000,000 it does not run in 2,000 cold titles, and on
    the 20,000 titles of the warm stream it runs twice instead of 21 times (0.84 CPU-s of
    collection instead of 2.08, the same peak memory: reading makes almost no cyclic garbage).
    A young threshold the host program set higher, or automatic collection it turned off (0),
    is kept."""
    import gc

    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_COLLECTION:
        gc.set_threshold(YOUNG_COLLECTION, *older)


_CLEARERS: list = []


def on_clear(fn):
    """Register a function that empties a per-word cache of the reader (for :func:`clear_caches`)."""
    _CLEARERS.append(fn)
    return fn


def per_word_cache(limit: int, register: bool = True):
    """Remember a pure function of a word (or a few atoms) like :func:`functools.cache`, whose
    entry is the result under the argument itself (an ``lru_cache`` of bounded size keeps a linked
    list node per entry, an object the garbage collector walks at every full collection, which
    was a fifth of cold reading), bounded all the same: after ``limit`` misses the memo is emptied
    and fills again. ``cache_clear`` empties it; with ``register`` :func:`clear_caches` does too."""

    def wrap(fn):
        misses = 0

        @functools.wraps(fn)
        def miss(*args):
            nonlocal misses
            misses += 1
            if misses > limit:
                misses = 1
                empty()
            return fn(*args)

        memo = functools.cache(miss)
        empty = memo.cache_clear

        def cache_clear() -> None:
            nonlocal misses
            misses = 0
            empty()

        memo.cache_clear = cache_clear
        if register:
            on_clear(cache_clear)
        return memo

    return wrap


def clear_caches() -> None:
    """Empty every per-word cache of reading and detection, so each word is new to them (the
    lexicon's own memo of trie prefixes included). For benchmarks and long-lived processes."""
    rd = reader()
    rd.path_cache.clear()
    rd.spellable.cache_clear()
    rd._rows.clear()
    rd._guess_rows.clear()
    rd._extended.clear()
    _FACTS.clear()
    _FORMS.clear()
    rd.lex.clear_memo()
    rd.clear_prefix_tree()
    for fn in _CLEARERS:
        fn()
