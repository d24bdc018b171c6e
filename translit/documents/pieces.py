"""Put a converted paragraph back into the pieces it was read from.

A paragraph of a real document is not one string: Word splits it into runs, each with its own
formatting; HTML splits it at inline tags (``<i>``, ``<a>``) and entities; BibTeX at braces.
translit reads the paragraph as one text (a word split over two runs is still one word), and
this module writes the changes back piece by piece:

* a :class:`Piece` is one part of the paragraph: ``TEXT`` (editable: the text of a run or a text
  node), ``FIXED`` (a tab or a line break: read as a separator and never edited) or ``HIDDEN`` (a
  brace: read as nothing and left where it is);
* :func:`edits_of` turns the changed spans of a conversion into the smallest edits: a span is
  split into its words wherever the output keeps the same separators, and each word's edit
  drops the letters it shares at its start and end with the original (Tolstoi → Tolstoĭ changes
  one letter), so a run that holds only unchanged letters is not touched at all;
* :func:`place` spreads the edits over the pieces: an edit inside one piece changes that piece;
  an edit across pieces (a word whose first letters are bold) is written whole into the first
  piece it touches, which gives the new word that piece's formatting, and the letters it covers
  leave the other pieces (they stay, possibly empty, with their own formatting). An edit that
  would cover a ``FIXED`` piece is not written at all and is given back, to be reported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable

TEXT, FIXED, HIDDEN = "text", "fixed", "hidden"

# what separates the words of a span: spaces, dashes and punctuation (not apostrophes and quotes,
# which some schemes write for the soft and hard signs)
_SEPARATORS = re.compile(r"([\s\-‐‑‒–—.,;:!?()\[\]{}«»“”„/]+)")


@dataclass
class Piece:
    """One part of a paragraph: ``text`` is what the reader sees of it (a ``HIDDEN`` piece: "")."""

    text: str
    kind: str = TEXT
    ref: Any = None  # the writer's handle: an XML element, a range of the source


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the paragraph with ``output``."""

    start: int
    end: int
    output: str


def _trimmed(text: str, start: int, end: int, output: str) -> Edit | None:
    """The edit of ``text[start:end]`` → ``output`` without the letters both share at the start
    and the end; a combining mark stays with the letter before it. None when nothing changes."""
    src = text[start:end]
    if src == output:
        return None
    limit = min(len(src), len(output))
    p = 0
    while p < limit and src[p] == output[p]:
        p += 1
    s = 0
    while s < limit - p and src[-1 - s] == output[-1 - s]:
        s += 1
    a, b, out = start + p, end - s, output[p:len(output) - s]
    while a > start and ((a < end and unicodedata.combining(text[a])) or (out and unicodedata.combining(out[0]))):
        a -= 1
        out = text[a] + out
    while b < end and unicodedata.combining(text[b]):
        out += text[b]
        b += 1
    return Edit(a, b, out)


def edits_of(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Edit]:
    """The smallest edits that turn the spans ``(start, end, output)`` of ``text`` into their
    outputs, in order: word by word when the span and its output have the same separators."""
    edits: list[Edit] = []
    for start, end, output in spans:
        src = text[start:end]
        a, b = _SEPARATORS.split(src), _SEPARATORS.split(output)
        if len(a) == len(b) and a[1::2] == b[1::2]:
            pos = start
            for i, (x, y) in enumerate(zip(a, b)):
                if i % 2 == 0:
                    e = _trimmed(text, pos, pos + len(x), y)
                    if e is not None:
                        edits.append(e)
                pos += len(x)
        else:
            e = _trimmed(text, start, end, output)
            if e is not None:
                edits.append(e)
    return edits


def place(pieces: list[Piece], edits: Iterable[Edit]) -> tuple[dict[int, list[tuple[int, int, str]]], list[Edit]]:
    """Spread ``edits`` (on the text the pieces make together) over the pieces.

    Returns ({piece index: [(start, end, replacement) in that piece's text, in order]}, the edits
    not written because they would cover a ``FIXED`` piece or touch no ``TEXT`` piece). A word
    that spans pieces is written whole into the first ``TEXT`` piece it touches; its letters
    leave the pieces after it."""
    bounds = []
    pos = 0
    for p in pieces:
        bounds.append((pos, pos + len(p.text)))
        pos += len(p.text)
    ops: dict[int, list[tuple[int, int, str]]] = {}
    dropped: list[Edit] = []
    for e in edits:
        if e.start == e.end:  # an insertion: at the end of the piece before it, else the start of the next
            at = [i for i, (s, t) in enumerate(bounds) if pieces[i].kind == TEXT and s < e.start <= t] or \
                 [i for i, (s, t) in enumerate(bounds) if pieces[i].kind == TEXT and s <= e.start < t]
            if not at:
                dropped.append(e)
                continue
            i = at[0]
            ops.setdefault(i, []).append((e.start - bounds[i][0], e.start - bounds[i][0], e.output))
            continue
        touched = [i for i, (s, t) in enumerate(bounds) if s < e.end and t > e.start]
        if any(pieces[i].kind == FIXED for i in touched) or not any(pieces[i].kind == TEXT for i in touched):
            dropped.append(e)
            continue
        first = True
        for i in touched:
            if pieces[i].kind != TEXT:
                continue
            s, t = bounds[i]
            ops.setdefault(i, []).append((max(e.start, s) - s, min(e.end, t) - s, e.output if first else ""))
            first = False
    return ops, dropped


def apply(text: str, ops: list[tuple[int, int, str]], escape=lambda s: s) -> str:
    """``text`` with ``ops`` (from :func:`place`) applied, each replacement passed through ``escape``."""
    out, pos = [], 0
    for s, t, r in sorted(ops, key=lambda o: (o[0], o[1])):
        out += [text[pos:s], escape(r)]
        pos = t
    out.append(text[pos:])
    return "".join(out)
