"""Read a whole document, not line by line: one decision per surface form (one sense per discourse).

A line alone often cannot tell whether ``Pravda`` or ``Kirov`` is romanized Russian or an English
word; the document can, because the same form occurs elsewhere beside clearer neighbours. This
module reads a stream of lines in windows of paragraphs (a blank line ends a paragraph; a window
holds whole paragraphs up to ``max_lines`` lines, so memory stays bounded on any stream), and:

1. reads every line of the window alone (the reading policy decides each word from its line);
2. counts, for each surface form (canonical Latin, lower case), how its occurrences were read:
   Russian or not. An occurrence the word decided by itself (a mark of romanization, a word only
   one language knows) is a firm vote, a marked one counting double; an occurrence its line
   decided from the neighbours is a weak vote; words left by a rule of their own class (a
   possessive, a Roman numeral, 1930s), names before an English possessive (read or left by the
   forename before them: Aleksei German's) and established forms do not vote;
3. decides the form once when it occurs at least twice, at least one vote is firm and at least
   ``agreement`` of the votes (two thirds by default) agree; a form whose votes are split more
   evenly is left to each context (the contexts clearly differ);
4. reads again the lines where a word was read against its form's decision: there, each
   occurrence its own line left undecided follows the decision; an occurrence decided by its
   own evidence keeps it. A word read as Russian with different Cyrillic on different lines (the
   scheme detected per line differs) takes the Cyrillic of its most confident reading.

Each line's result carries the decisions that touched it, with their evidence (the votes), so
``--json`` shows why a word followed the document. Output is one result per input line, in order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from translit.read.candidates import Source
from translit.read.language import form_decision, looks_romanized, surface_form
from translit.read.policy import RUNNING_TEXT, ReadingPolicy, policy_named
from translit.read.weights import W

MAX_LINES = 200  # the most lines a window holds (whole paragraphs, unless one paragraph is longer)
_POSSESSIVE = re.compile(r"['’]s\b")  # an English possessive after a word: the name's, not the form's, evidence
AGREEMENT = W.document.agreement  # the share of the votes that decides a form (weights.toml [document])


@dataclass
class FormDecision:
    """How a document reads one surface form, and the votes it rests on."""

    form: str
    russian: bool
    occurrences: int
    votes_russian: float
    votes_other: float

    def as_dict(self) -> dict[str, Any]:
        return {"form": self.form, "russian": self.russian, "occurrences": self.occurrences,
                "votes": {"russian": self.votes_russian, "not russian": self.votes_other}}


@dataclass
class DocumentLine:
    """One input line read as part of its document: the line's result (a ``Reading``, a
    ``Conversion`` or a key string) and the document's decisions that applied to its words."""

    line: str
    result: Any
    decisions: list[FormDecision] = field(default_factory=list)
    respelled: dict[str, str] = field(default_factory=dict)  # word → the document's Cyrillic for it

    def as_dict(self) -> dict[str, Any]:
        body = self.result.as_dict()
        body["document"] = {"forms": [d.as_dict() for d in self.decisions], "spellings": self.respelled}
        return body


def windows(lines: Iterable[str], max_lines: int = MAX_LINES) -> Iterator[list[str]]:
    """Group a stream of lines into windows of whole paragraphs of at most ``max_lines`` lines (a
    paragraph longer than that is cut)."""
    window: list[str] = []
    paragraph: list[str] = []
    for line in lines:
        paragraph.append(line)
        if not line.strip() or len(paragraph) >= max_lines:
            if len(window) + len(paragraph) > max_lines and window:
                yield window
                window = []
            window.extend(paragraph)
            paragraph = []
    if len(window) + len(paragraph) > max_lines and window:
        yield window
        window = []
    window.extend(paragraph)
    if window:
        yield window


def decide_forms(readings: Iterable[Any], agreement: float = AGREEMENT) -> dict[str, FormDecision]:
    """Count the votes of every word of ``readings`` (``Reading`` objects) per surface form and
    decide the forms the document agrees on."""
    ru: Counter[str] = Counter()
    other: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    firm: Counter[str] = Counter()
    for reading in readings:
        owners = _possessive_names(reading)
        for w in reading.words:
            if not w.input or w.left_by_rule or w.source in (Source.ESTABLISHED, Source.CITATION) \
                    or len(w.input) < 3 or not w.candidates or w.start in owners:
                continue
            form = surface_form(w.input)
            seen[form] += 1
            own = reading.alone.get(w.start)
            if own is None:  # read from its neighbours: a weak vote
                weight = W.document.context_vote
            else:
                firm[form] += 1
                weight = W.document.marked_vote if looks_romanized(form) else 1.0
            (ru if w.is_russian else other)[form] += weight
    out = {}
    for form, n in seen.items():
        if n < 2 or not firm[form]:
            continue
        r, o = ru[form], other[form]
        if r and o and max(r, o) / (r + o) >= agreement:
            out[form] = FormDecision(form, r > o, n, r, o)
    return out


def _possessive_names(reading: Any) -> set[int]:
    """The starts of the words of the names before an English possessive in ``reading`` (Aleksei
    German's, Roman Karmen's, Kazimir Malevich's: the capitalized words joined by single spaces or
    hyphens that end right before 's). The line reads such a name whole by its forename and the
    possessive rule, not by each word's form, so none of its words votes for its form (the Roman road,
    East German stay as their own lines read them)."""
    out: set[int] = set()
    words = reading.words
    for i, w in enumerate(words):
        if not _POSSESSIVE.match(reading.input, w.end):
            continue
        j = i
        while j >= 0 and words[j].input[:1].isupper():
            out.add(words[j].start)
            if j == 0 or reading.input[words[j - 1].end:words[j].start] not in (" ", "-", ". "):
                break
            j -= 1
    return out


def spellings_of(readings: Iterable[Any]) -> dict[str, str]:
    """For every word read as Russian with different Cyrillic on different lines (the scheme
    detected per line differs), the Cyrillic of its most confident reading. A one-letter word is
    read on its own line: an initial (E. is Е. for one person and Э. for another, K. E. Tsiolkovskii),
    and so a one-letter preposition or conjunction too (v, s, i), whose neighbours settle it there."""
    best: dict[str, tuple[float, str]] = {}
    several: set[str] = set()
    for reading in readings:
        for w in reading.words:
            if not w.is_russian or len(w.input) < 2 or w.source in (Source.ESTABLISHED, Source.CITATION):
                continue
            old = best.get(w.input)
            if old is not None and old[1] != w.cyrillic:
                several.add(w.input)
            if old is None or w.confidence > old[0]:
                best[w.input] = (w.confidence, w.cyrillic)
    return {word: best[word][1] for word in several}


Reader = Callable[..., Any]  # read(line, forms, spellings, pieces=None, around=None)

# a line that ends in a word cut by a hyphen (Kommu-), and a line that goes on in a small letter
# (nisticheskoi): a word a typesetter broke between the two lines of a copied or scanned page
_ENDS_BROKEN = re.compile(r"[^\W\d_][-\u00ad\u2010][ \t]*\Z")
_GOES_ON = re.compile(r"[ \t]*([^\W\d_])")


def broken_pieces(window: list[str], read: Reader, reading_of: Callable[[Any], Any]) -> dict[int, dict[int, Any]]:
    """For each line of ``window`` that holds a piece of a word broken across two lines (Sol- at
    the end of one line, zhenitsyn at the start of the next): line index → {start of the piece in
    the line → its ``WordReading`` when the two lines are read together as one text}. Read alone,
    each piece is a word of its own (Mos, kva; suc, cessor) and may go either way; read together
    the word is read whole (:mod:`translit.read.breaks`) and both lines follow that reading."""
    out: dict[int, dict[int, Any]] = {}
    for i in range(len(window) - 1):
        line = window[i]
        if not _ENDS_BROKEN.search(line):
            continue
        j = _next_text_line(window, i)
        if j is None:
            continue
        nxt = window[j]
        go = _GOES_ON.match(nxt)
        if go is None or not go.group(1).islower():
            continue
        joined = reading_of(read(line + "\n" + nxt, None, None))
        cut = len(line) + 1
        hyphen = len(line.rstrip(" \t")) - 1
        for w in joined.words:
            if w.end == hyphen:
                out.setdefault(i, {})[w.start] = w
            elif w.start == cut + go.start(1):
                moved = type(w)(w.input, w.start - cut, w.end - cut, w.cyrillic, w.candidates, w.confidence,
                                w.reason, w.is_russian, w.left_by_rule)
                out.setdefault(j, {})[moved.start] = moved
    return out


# the furniture of a printed page between two lines of its text: a page number, a running head in
# capitals with its page number, a blank line (a page break copied out of a PDF: Mos- / 42 CHAPTER
# TWO / kva)
_PAGE_FURNITURE = re.compile(r"[ \t]*(?:\d{1,4}|\d{1,4}[ \t]+[^\Wa-z\d_][^\Wa-z_]*(?:[ \t]+[^\Wa-z_]+)*"
                             r"|[^\Wa-z\d_][^\Wa-z_]*(?:[ \t]+[^\Wa-z_]+)*[ \t]+\d{1,4})?[ \t]*")


def _next_text_line(window: list[str], i: int, furniture: int = 3) -> int | None:
    """The index of the line of text after line ``i``, past at most ``furniture`` lines of page
    furniture (:data:`_PAGE_FURNITURE`); None when there is none in the window."""
    for j in range(i + 1, min(len(window), i + 2 + furniture)):
        if not _PAGE_FURNITURE.fullmatch(window[j]):
            return j
    return None


def read_document(lines: Iterable[str], read: Reader, reading_of: Callable[[Any], Any] = lambda r: r,
                  max_lines: int = MAX_LINES, agreement: float = AGREEMENT) -> Iterator[DocumentLine]:
    """Read ``lines`` as one document, window by window. ``read(line, forms, spellings)`` reads
    one line (the document's decisions, or None on the first reading); ``reading_of(result)``
    gives the ``Reading`` inside a result (a ``Conversion`` keeps its own). One result per line."""
    for window in windows(lines, max_lines):
        from translit.archives.rewrite import crossing_citations

        broken = broken_pieces(window, read, reading_of)
        around = crossing_citations(window)
        first = [read(line, None, None, broken.get(i), around.get(i)) for i, line in enumerate(window)]
        readings = [reading_of(r) for r in first]
        decided = decide_forms(readings, agreement)
        forms = {f: d.russian for f, d in decided.items()}
        spellings = spellings_of(readings)
        for i, (line, result, reading) in enumerate(zip(window, first, readings)):
            touched: list[FormDecision] = []
            respelled: dict[str, str] = {}
            for w in reading.words:
                if not w.input:
                    continue
                d = form_decision(decided, w.input) if forms else None
                if d is not None and d.russian != w.is_russian and d not in touched \
                        and reading.alone.get(w.start) is None:
                    touched.append(d)
                if w.is_russian and spellings.get(w.input, w.cyrillic) != w.cyrillic:
                    respelled[w.input] = spellings[w.input]
            if touched or respelled:
                result = read(line, forms or None, spellings or None, broken.get(i), around.get(i))
            yield DocumentLine(line, result, touched, respelled)


def convert_document(lines: Iterable[str], to: str = "alalc", policy: ReadingPolicy | str = RUNNING_TEXT,
                     max_lines: int = MAX_LINES, **kwargs: Any) -> Iterator[DocumentLine]:
    """:func:`translit.convert` over a document: one :class:`DocumentLine` per line."""
    from translit.conversion import convert

    pol = policy_named(policy)
    return read_document(lines, lambda line, forms, spellings, pieces=None, around=None: convert(
        line, to=to, policy=pol, forms=forms, spellings=spellings, pieces=pieces, around=around, **kwargs),
                         lambda c: c.reading, max_lines)


def cyrillic_document(lines: Iterable[str], policy: ReadingPolicy | str = RUNNING_TEXT,
                      max_lines: int = MAX_LINES, **kwargs: Any) -> Iterator[DocumentLine]:
    """:func:`translit.to_cyrillic` over a document: one :class:`DocumentLine` per line."""
    from translit.read.reader import to_cyrillic

    pol = policy_named(policy)
    return read_document(lines, lambda line, forms, spellings, pieces=None, around=None: to_cyrillic(
        line, policy=pol, forms=forms, spellings=spellings, pieces=pieces, around=around, **kwargs),
                         max_lines=max_lines)


def key_document(lines: Iterable[str], policy: ReadingPolicy | str = RUNNING_TEXT,
                 max_lines: int = MAX_LINES) -> Iterator[DocumentLine]:
    """:func:`translit.key` over a document: each line keyed with the document's decisions."""
    from translit.matchkey import key

    pol = policy_named(policy)
    return read_document(lines, lambda line, forms, spellings, pieces=None, around=None: _Keyed(
        line, key(line, pol, forms, spellings, pieces, around), forms, spellings, pol, pieces, around),
                         lambda k: k.reading(), max_lines)


@dataclass
class _Keyed:
    """A line's key, with what is needed to show the reading behind it."""

    line: str
    key: str
    forms: dict[str, bool] | None
    spellings: dict[str, str] | None
    policy: ReadingPolicy
    pieces: dict | None = None
    around: tuple[str, str] | None = None

    def reading(self) -> Any:
        from translit.read.reader import to_cyrillic

        return to_cyrillic(self.line, policy=self.policy, forms=self.forms, spellings=self.spellings,
                           pieces=self.pieces, around=self.around)

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.line, "key": self.key}
