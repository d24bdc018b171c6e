"""Convert the Russian inside running text from whatever scheme it is in to the house scheme.

``convert`` finds the Russian spans of a footnote or bibliography (romanized in any scheme, or
Cyrillic), reads each into Cyrillic and romanizes it in the target scheme, and leaves every
other character exactly as it was: English words, numbers, page ranges, ``pp.``, URLs, quotation
marks. Each span records its offsets, source scheme and confidence; a span below the threshold is
left as it was and reported.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from translit.errors import finite_number
from translit.normalize.lookalikes import fold_mixed_words
from translit.read.established import kept_by_scheme_conversion
from translit.read.policy import RUNNING_TEXT, ReadingPolicy, policy_named
from translit.romanize import romanize
from translit.schemes import SCHEME_IDS

_CYR_RUN = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff\u0300-\u036f]*")
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_JOIN = re.compile(r"^[\s\-–'’\u0361]*$")  # what may stand between two words of one span


def has_letter(word: str) -> bool:
    """Whether ``word`` has a letter beyond the marks (modifier letters ʹ ʺ, apostrophes, primes)
    that schemes write for the soft and hard signs: a mark standing alone (a footnote on the
    sign ʹ) is no Russian word, and converting it would only change it (ʹ read as ъ)."""
    return any(c.isalpha() and unicodedata.category(c) != "Lm" for c in word)


@dataclass
class Span:
    start: int
    end: int
    text: str
    output: str
    scheme: str | None
    confidence: float
    converted: bool

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "output": self.output,
                "scheme": self.scheme, "confidence": round(self.confidence, 3), "converted": self.converted}


@dataclass
class Conversion:
    input: str
    text: str
    to: str
    spans: list[Span] = field(default_factory=list)
    reading: Any = field(default=None, repr=False, compare=False)  # the Reading the spans came from

    @property
    def skipped(self) -> list[Span]:
        return [s for s in self.spans if not s.converted]

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.input, "output": self.text, "to": self.to,
                "spans": [s.as_dict() for s in self.spans]}


_STARTS_TITLE = re.compile(r"(?:^|[.!?,«„“\"(\[]|--)\s*$")


def _target(cyrillic: str, to: str, case: str | None, options: dict, text: str = "", start: int = 0) -> str:
    """A span's Cyrillic written in ``to`` (recased first for ``case="catalog"``, where whether
    the span starts a title depends on ``text[:start]``, the text before it: cut only then, as
    cutting it for every span was quadratic in a long line)."""
    if case == "catalog":
        from translit.case import catalog_case

        cyrillic = catalog_case(cyrillic, capitalize_first=bool(_STARTS_TITLE.search(text[:start])))
    return cyrillic if to == "cyrillic" else romanize(cyrillic, to, **options)


def convert(text: str, to: str = "alalc", source: str | None = None, threshold: float = 0.0,
            case: str | None = None, policy: ReadingPolicy | str = RUNNING_TEXT,
            forms: dict[str, bool] | None = None, spellings: dict[str, str] | None = None,
            pieces: dict | None = None, around: tuple[str, str] | None = None, **options: Any) -> Conversion:
    """Convert only the Russian in ``text`` to scheme ``to`` (or ``"cyrillic"``).

    ``source`` names the input's scheme when known (default: detected). Spans whose reading
    confidence is below ``threshold`` are left unchanged and listed in ``Conversion.skipped``.
    ``case="catalog"`` recases the converted spans as RDA appendix A asks. ``policy``: which
    words are Russian (:mod:`translit.read.policy`; default ``RUNNING_TEXT``: English stays
    English). ``forms``, ``spellings``: a document's decisions per surface form and its Cyrillic
    per word (:mod:`translit.read.document`); ``pieces`` its reading of words broken across lines;
    ``around`` the lines before and after when a citation runs across them (its marks found in them
    together, :func:`translit.archives.rewrite.citation_edits_around`).
    An established form (Moscow, Leo Tolstoy) is the right spelling in the text's own language:
    it becomes Cyrillic only when ``to="cyrillic"``.
    """
    if not isinstance(text, str):
        raise TypeError(f"convert takes a str, not {type(text).__name__}")
    if to != "cyrillic" and to not in SCHEME_IDS:
        from translit.errors import UnknownSchemeError

        raise UnknownSchemeError(to, ("cyrillic",) + SCHEME_IDS)
    if case not in (None, "catalog", "keep"):
        from translit.errors import OptionError

        raise OptionError(f"case must be 'catalog' or 'keep', not {case!r}")
    threshold = finite_number("threshold", threshold, 0, 1)
    romanize("", to if to != "cyrillic" else "alalc", **options)  # validate options early
    from translit.read.reader import to_cyrillic

    shielded = [(m.start(), m.end()) for m in _URL.finditer(text)]
    # the marks of archival citations (labels, verso marks, acronyms) are written from the
    # labels data, not read as words (translit.archives.rewrite)
    from translit.archives.rewrite import citation_edits_around

    edits = citation_edits_around(text, to, around, **options)
    edit_starts = [e.start for e in edits]

    def in_citation_mark(a: int, b: int) -> bool:
        i = bisect.bisect_left(edit_starts, b)
        return i > 0 and edits[i - 1].end > a

    def in_url(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in shielded)

    # Words to convert: romanized Russian words (from the reader) and Cyrillic runs.
    items: list[tuple[int, int, str, str | None, float]] = []  # start, end, cyrillic, scheme, confidence
    reading = to_cyrillic(text, scheme=source, policy=policy_named(policy), forms=forms, spellings=spellings,
                          citations=False, pieces=pieces, around=around)
    for w in reading.words:
        if to != "cyrillic" and kept_by_scheme_conversion(w) or not has_letter(w.input):
            continue
        if w.is_russian and not in_url(w.start, w.end) and not in_citation_mark(w.start, w.end):
            items.append((w.start, w.end, w.cyrillic, reading.scheme, w.confidence))
    # words left as they were because neither language reads them well (a name, damaged text)
    # are reported among the skipped spans when their confidence is below the threshold
    doubtful = [Span(w.start, w.end, w.input, w.input, None, w.confidence, False) for w in reading.words
                if not w.is_russian and w.confidence < threshold and not in_url(w.start, w.end)]
    # the Cyrillic runs of the text as the reader read it: a word of Latin and Cyrillic lookalikes
    # (Mоskvа) is one Latin word of the reading, not a Latin word with Cyrillic letters inside
    for m in _CYR_RUN.finditer(fold_mixed_words(text)):
        if not in_url(m.start(), m.end()) and not in_citation_mark(m.start(), m.end()):
            items.append((m.start(), m.end(), m.group(), "cyrillic", 1.0))
    items.sort()
    # Group neighbouring words into spans.
    groups: list[list[tuple[int, int, str, str | None, float]]] = []
    for it in items:
        if groups and _JOIN.match(text[groups[-1][-1][1]:it[0]]) and groups[-1][-1][3] == it[3]:
            groups[-1].append(it)
        else:
            groups.append([it])
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    for g in groups:
        start, end = g[0][0], g[-1][1]
        conf = 1.0
        for it in g:
            conf *= it[4]
        # The span's Cyrillic: the words' readings with the original separators between them.
        cyr_parts, p = [], start
        for s, e, cyr, _, _ in g:
            cyr_parts.append(text[p:s])
            cyr_parts.append(cyr)
            p = e
        cyrillic = "".join(cyr_parts)
        ok = conf >= threshold
        output = _target(cyrillic, to, case, options, text, start) if ok else text[start:end]
        spans.append(Span(start, end, text[start:end], output, g[0][3], conf, ok))
        out.append(text[pos:start])
        out.append(output)
        pos = end
    out.append(text[pos:])
    if edits:  # the citation marks between the spans, written in the target
        spans = _with_marks(text, spans, edits)
        out = []
        pos = 0
        for sp in spans:
            out += [text[pos:sp.start], sp.output]
            pos = sp.end
        out.append(text[pos:])
    if doubtful:
        spans = sorted(spans + doubtful, key=lambda sp: sp.start)
    return Conversion(text, "".join(out), to, spans, reading)


def _with_marks(text: str, spans: list[Span], edits: list) -> list[Span]:
    """The spans with a span for each citation mark that changes (scheme ``"citation"``), in order."""
    marks = [Span(e.start, e.end, text[e.start:e.end], e.output, "citation", 1.0, True)
             for e in edits if e.output != text[e.start:e.end]]
    return sorted(spans + marks, key=lambda sp: sp.start)
