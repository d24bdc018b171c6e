"""Read the paragraphs of a document file together and turn the conversion into edits per piece.

Every format (Word, HTML, BibTeX, RIS) gives its text as :class:`Paragraph` objects: where the
paragraph sits (``body``, ``table``, ``footnote``…) and its pieces (:mod:`.pieces`). This module
converts their texts exactly as ``translit convert`` converts the lines of a text file (the lines
read as one document: :func:`translit.commands.document_lines`, each word decided once from all
its occurrences; ``together=False`` reads each paragraph alone, as ``--line-by-line``), maps the
changed spans back onto the pieces and counts what it did in a :class:`DocumentReport`.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from translit.documents.pieces import Edit, Piece, apply, edits_of, place
from translit.errors import TranslitError

# characters that would end a line of the document reader: read as spaces (same length, so the
# offsets of the paragraph's text stay those of its pieces)
_LINE_BREAKS = re.compile("[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


@dataclass
class Paragraph:
    place: str
    pieces: list[Piece]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass
class DocumentReport:
    """What converting one document file did: paragraphs read per place, paragraphs changed, the
    Russian spans converted (and those left below ``--threshold``), edits that could not be
    written (a word across a tab or a line break), and each change with where it was."""

    path: str
    format: str
    paragraphs: Counter = field(default_factory=Counter)
    changed_paragraphs: int = 0
    converted: int = 0
    skipped: int = 0
    changes: list[dict[str, Any]] = field(default_factory=list)
    unwritten: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # parts of the file left as they were, and why
    written: bool = False
    encoding: str | None = None  # a text format's encoding, as read and written back (None: a package)
    notes: list[str] = field(default_factory=list)  # how the file was read, when it had to be found out
    entries: int = 0  # BibTeX entries read (not in the report: it tells a damaged file from a partial one)

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.path, "format": self.format, "encoding": self.encoding,
                "paragraphs": dict(self.paragraphs),
                "changed_paragraphs": self.changed_paragraphs, "converted": self.converted,
                "skipped": self.skipped, "unwritten": self.unwritten, "problems": self.problems,
                "notes": self.notes, "changes": self.changes}

    def summary(self) -> str:
        where = ", ".join(f"{place}: {n}" for place, n in self.paragraphs.items())
        total = sum(self.paragraphs.values())
        text = (f"{self.path}: {total} paragraph{'s' * (total != 1)} read ({where or 'no text'}); "
                f"{self.converted} Russian span{'s' * (self.converted != 1)} converted in "
                f"{self.changed_paragraphs} paragraph{'s' * (self.changed_paragraphs != 1)}")
        if self.skipped:
            text += f"; {self.skipped} left below the threshold"
        if self.unwritten:
            text += f"; {len(self.unwritten)} not written (a word across a tab or line break: see --json)"
        if self.notes:
            text += "; " + "; ".join(self.notes)
        if self.problems:
            text += f"; {len(self.problems)} part{'s' * (len(self.problems) != 1)} left as {'they were' if len(self.problems) != 1 else 'it was'} ({self.problems[0]}{', …' if len(self.problems) > 1 else ''})"
        return text


_UNDECODED = re.compile("[\udc80-\udcff]+")


def undecoded_note(source: str, codec: str, said: str = "") -> str | None:
    """The report's note on the bytes of ``source`` that did not decode in ``codec`` (kept as
    surrogate escapes, so they are written back as they came): how many, and the first with its
    neighbours, so a file whose parts are in another encoding than it ``said`` is not passed
    through in silence; None when every byte decoded."""
    runs = list(_UNDECODED.finditer(source))
    if not runs:
        return None
    count = sum(m.end() - m.start() for m in runs)
    first = runs[0]
    shown = source[max(0, first.start() - 20):first.end() + 20]
    shown = re.sub(r"\s+", " ", shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))
    return (f"{count:,} byte{'s' if count != 1 else ''} in {len(runs):,} place{'s' if len(runs) != 1 else ''} "
            f"{'are' if count != 1 else 'is'} not {codec}{said}: left as {'they' if count != 1 else 'it'} came, unread "
            f"(the first at character {first.start():,}: “{shown}”)")


def read_bytes(path: str) -> bytes:
    """The bytes of the file ``path``; a one-line :class:`TranslitError` when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise TranslitError(f"{path}: {exc.strerror}") from None


@contextmanager
def atomic_output(path: str):
    """The binary file object of output ``path`` (:class:`translit.outfile.AtomicFile`: checked
    first, renamed into place when the block ends, removed when it fails)."""
    from translit.outfile import AtomicFile

    target = AtomicFile(path)
    try:
        yield target.fh
    except BaseException:
        target.abort()
        raise
    target.commit()


def source_replacements(paragraphs: list[Paragraph], ops_list: list[dict[int, list[tuple[int, int, str]]]],
                        source: str, escape=lambda s: s) -> list[tuple[int, int, str]]:
    """For formats edited in their source text (HTML, BibTeX, RIS), whose pieces' ``ref`` is
    ``(start, end, whole)``: the (start, end, new text) replacements in the source, in order. A
    piece written as it is read (``whole`` false) gets its changed letters, escaped; a piece read
    as something else (an entity, a LaTeX accent: ``whole`` true) is written whole as its new text."""
    out = []
    for par, ops in zip(paragraphs, ops_list):
        for i, piece_ops in ops.items():
            piece = par.pieces[i]
            start, end, whole = piece.ref
            if whole:
                out.append((start, end, escape(apply(piece.text, piece_ops))))
            else:
                out.append((start, end, apply(source[start:end], piece_ops, escape)))
    return sorted(out)


def _bytes_or_reference(exc: UnicodeError):
    """Encoding error handler: a byte that did not decode (surrogateescape's U+DC80–U+DCFF) is
    written back as that byte, any other character the codec cannot hold as a character reference."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = b""
    for c in exc.object[exc.start:exc.end]:
        out += bytes([ord(c) - 0xDC00]) if 0xDC80 <= ord(c) <= 0xDCFF else f"&#{ord(c)};".encode("ascii")
    return out, exc.end


def _bytes_or_fail(exc: UnicodeError):
    """As :func:`_bytes_or_reference`, but a character the codec cannot hold is the error itself
    (plain text has no character references)."""
    if isinstance(exc, UnicodeEncodeError) and all(0xDC80 <= ord(c) <= 0xDCFF for c in exc.object[exc.start:exc.end]):
        return bytes(ord(c) - 0xDC00 for c in exc.object[exc.start:exc.end]), exc.end
    raise exc


codecs.register_error("translit-bytes-or-reference", _bytes_or_reference)
codecs.register_error("translit-bytes-or-fail", _bytes_or_fail)


def write_source(target, prefix: bytes, source: str, replacements: list[tuple[int, int, str]], codec: str,
                 new_errors: str = "translit-bytes-or-reference") -> None:
    """Write ``prefix`` (a byte-order mark) and ``source`` with ``replacements`` in ``codec`` to
    the open binary file ``target``: the text between them encoded as it was decoded (bytes that
    did not decode come back as they were, in a replacement too), a letter the codec cannot hold
    as a character reference; ``new_errors="translit-bytes-or-fail"`` (plain text, which has no
    references) raises UnicodeEncodeError for such a letter instead."""
    target.write(prefix)
    pos = 0
    for start, end, new in replacements:
        target.write(source[pos:start].encode(codec, errors="surrogateescape"))
        target.write(new.encode(codec, errors=new_errors))
        pos = end
    target.write(source[pos:].encode(codec, errors="surrogateescape"))


def _results(texts: list[str], opts: dict[str, Any], together: bool) -> Iterator[dict[str, Any]]:
    """The ``convert`` object of each text (``translit convert --json`` prints the same)."""
    from translit.commands import COMMANDS, document_lines, document_object

    command = COMMANDS["convert"]
    if not together:
        for text in texts:
            yield command.result(text, **opts)
        return
    for choice, d, line in document_lines("convert", iter(texts), opts):
        yield command.result(line, **opts) if d is None else dict(document_object("convert", d, opts),
                                                                  **choice.as_dict())


def convert_paragraphs(paragraphs: list[Paragraph], opts: dict[str, Any], report: DocumentReport,
                       together: bool = True) -> list[dict[int, list[tuple[int, int, str]]]]:
    """For each paragraph, its edits per piece (:func:`translit.documents.pieces.place`);
    ``report`` counts them. ``opts`` are the ``convert`` command's options."""
    texts = [_LINE_BREAKS.sub(" ", p.text) for p in paragraphs]
    out: list[dict[int, list[tuple[int, int, str]]]] = []
    for n, (par, text, result) in enumerate(zip(paragraphs, texts, _results(texts, opts, together))):
        report.paragraphs[par.place] += 1
        spans = result.get("spans")
        if spans is None:  # another language's conversion: the line as a whole
            changed = [(0, len(text), result["output"])] if result["output"] != text else []
            meta = [{"text": text, "output": result["output"]}] if changed else []
        else:
            report.skipped += sum(1 for s in spans if not s["converted"] and s["scheme"] is not None)
            live = [s for s in spans if s["converted"] and s["output"] != s["text"]]
            changed = [(s["start"], s["end"], s["output"]) for s in live]
            meta = [{"text": s["text"], "output": s["output"]} for s in live]
        edits: list[Edit] = edits_of(text, changed)
        ops, dropped = place(par.pieces, edits)
        out.append(ops)
        report.converted += len(meta)
        if ops:
            report.changed_paragraphs += 1
        for m in meta:
            report.changes.append(dict(m, place=par.place, paragraph=n + 1))
        for e in dropped:
            report.unwritten.append({"place": par.place, "paragraph": n + 1, "text": text[e.start:e.end],
                                     "output": e.output})
    return out
