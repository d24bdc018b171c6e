"""Batch work over tables (CSV, TSV, JSON lines): stream, keep every row, report bad ones.

One implementation serves every command: rows are read one by one, the chosen column's values
are sent in chunks to a worker function (in this process, in ``--jobs N`` processes, or on a
Dask cluster), results come back in input order and are written as a new column beside all the
others. Rows in = rows out: a row that cannot be processed is reported with its line number and
written through unchanged; a row with fewer fields than the header is padded, never shifted. The
output is written to a temporary file and renamed into place only when the run is complete, so a
failed run never leaves a half-written file (:mod:`translit.outfile`).
"""

from __future__ import annotations

import itertools
import json
import re
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from translit.errors import TranslitError, counted

CHUNK = 256


# -- the work itself: picklable specs, so processes and Dask workers can rebuild the function --

def apply_spec(spec: tuple[str, dict], values: list[str | None]) -> list[tuple[str | None, str | None]]:
    """Run command ``spec`` on each value; return (result, error) pairs."""
    from translit.commands import too_long

    command, opts = spec
    repair = opts.get("_fix", False)
    if repair:
        from translit.repair import fix

        spec = (command, {k: v for k, v in opts.items() if k != "_fix"})
    from translit.repair import not_utf8_note

    fn = _function(spec)
    out = []
    for v in values:
        if v is None:
            out.append((None, "missing value"))
            continue
        if too_long(v):
            out.append((None, "the value has " + too_long(v)))
            continue
        try:
            note = None
            if repair:
                r = fix(v)
                v = r.text
                if r.lost:
                    note = "lost letters: " + "; ".join(f"…{x.context}…" for x in r.lost)
            elif command != "fix":  # fix reads such bytes in their code page; the rest keep them
                note = not_utf8_note(v)
            out.append((fn(v), note))
        except Exception as exc:  # a bad value must not stop the batch
            out.append((None, f"{type(exc).__name__}: {exc}"))
    return out


_FUNCS: dict[tuple, Callable[[str], str]] = {}


def _function(spec: tuple[str, dict]) -> Callable[[str], str]:
    command, opts = spec
    cache_key = (command, tuple(sorted(opts.items())))
    fn = _FUNCS.get(cache_key)
    if fn is not None:
        return fn
    from functools import partial

    from translit.commands import COMMANDS

    c = COMMANDS.get(command)
    if c is None or not c.batch:
        raise TranslitError(f"no batch command {command!r}")
    fn = partial(c.line, **c.complete(opts))  # the command's plain line, from the registry
    _FUNCS[cache_key] = fn
    return fn


# -- running chunks in order, locally, in processes or on Dask ----------------------------------

def run_ordered(spec: tuple[str, dict], chunks: Iterable[list], jobs: int = 1, dask: str | None = None,
                worker: Callable = apply_spec) -> Iterator[list]:
    """Yield ``worker(spec, chunk)`` for every chunk, in input order, with a bounded window."""
    if dask:
        try:
            from distributed import Client
        except ImportError:
            raise TranslitError("--dask needs the dask extra: pip install 'translit[dask]'") from None
        client = Client(dask) if isinstance(dask, str) else dask
        window: deque = deque()
        limit = max(4, 4 * len(client.scheduler_info().get("workers", {}) or [1]))
        for chunk in chunks:
            window.append(client.submit(worker, spec, chunk, pure=False))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
        if isinstance(dask, str):
            client.close()
        return
    if jobs and jobs > 1:
        import multiprocessing as mp

        ctx = mp.get_context("spawn" if sys.platform == "darwin" else "fork")
        with ctx.Pool(jobs) as pool:
            yield from pool.imap(_Star(worker, spec), chunks, chunksize=1)
        return
    for chunk in chunks:
        yield worker(spec, chunk)


class _Star:
    """A picklable ``lambda chunk: worker(spec, chunk)``."""

    def __init__(self, worker: Callable, spec: tuple):
        self.worker, self.spec = worker, spec

    def __call__(self, chunk: list) -> list:
        return self.worker(self.spec, chunk)


# -- tables ---------------------------------------------------------------------------------------
#
# A table is read as bytes, one record at a time, and every record is written back as the bytes
# it was read as, with the new column's text added before its line ending: columns the command
# does not write stay byte for byte (quoting, spacing, number spellings, CRLF or LF, a UTF-8
# byte-order mark). CSV follows RFC 4180 quoting (a quoted field may span lines); TSV has no
# quoting at all (a tab ends a field, a line ending ends a row); JSON lines get the new key
# inserted before the object's closing brace, nothing else of the line re-serialised.

@dataclass
class Problem:
    line: int
    reason: str
    failed: bool = True  # False: the row was done, with a remark (padded, lost letters)


@dataclass
class BatchReport:
    rows_in: int = 0
    rows_out: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """Rows written through without a result."""
        return sum(1 for p in self.problems if p.failed)

    def summary(self, name: str) -> str:
        from translit.errors import counted

        s = f"{name}: {counted(self.rows_in, 'row')} in, {counted(self.rows_out, 'row')} out"
        if self.problems:
            s += f", {len(self.problems):,} with problems ({self.failed:,} without a result)"
        return s

    def said(self, name: str, most: int = 50, per_kind: int = 3, listed: int = 10) -> list[str]:
        """The problems as a person reads them (the CLI's lines): each in full, save that a kind of
        remark met more than ``per_kind`` times (its words before the first colon: "not UTF-8" for
        every row of a table in a code page, "lost letters", "missing value") is said after the
        first ``per_kind`` only as a count with its first ``listed`` line numbers; at most ``most``
        problems in full. Remarks of one kind differ only after the colon (``ValueError: …``)."""
        lines: list[str] = []
        more: dict[str, list[int]] = {}
        left = 0
        for p in self.problems:
            kind = p.reason.split(":", 1)[0]
            rows = more.setdefault(kind, [])
            rows.append(p.line)
            if len(rows) <= per_kind:
                if len(lines) < most:
                    lines.append(f"{name}:{p.line}: {p.reason}")
                else:
                    left += 1
        for kind, rows in more.items():
            if len(rows) > per_kind:
                rest = rows[per_kind:]
                shown = ", ".join(map(str, rest[:listed])) + (", …" if len(rest) > listed else "")
                lines.append(f"{name}: {counted(len(rest), 'more row')} with the remark {kind!r} (lines {shown})")
        if left:
            lines.append(f"… and {counted(left, 'more problem')}")
        return lines


class TableError(TranslitError):
    """The table cannot be read as a whole (an unclosed quote, text after a closing quote)."""


BOM = b"\xef\xbb\xbf"
# the field separators a file called CSV is read with: the comma of RFC 4180, and the semicolon
# that spreadsheets write where the comma is the decimal mark (Excel's list separator in Russian,
# German, French… locales); a table is read with the one under which its header names the column
CSV_DELIMITERS = (",", ";")


# a table's format by the end of its name (any other name is read as CSV)
TABLE_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}


def table_format(path: str, fmt: str | None = None) -> str:
    """``fmt`` when given, else the format of table ``path`` by its name (:data:`TABLE_EXTENSIONS`),
    CSV for a name with none of them."""
    if fmt:
        return fmt
    low = path.lower()
    return next((f for ext, f in TABLE_EXTENSIONS.items() if low.endswith(ext)), "csv")


class _Callback:
    """A progress target that is a function of the rows done so far (the web app's jobs)."""

    def __init__(self, fn: Callable[[int], None]):
        self.fn, self.done = fn, 0

    def update(self, n: int) -> None:
        self.done += n
        self.fn(self.done)

    def close(self) -> None:
        pass


def _progress(total_hint: int | None, enabled):
    """A tqdm bar on a terminal (``enabled=None``), none, or a callback (``enabled`` callable)."""
    if callable(enabled):
        return _Callback(enabled)
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total_hint, unit=" rows", file=sys.stderr, smoothing=0.1)


def _decode(b: bytes) -> str:
    return b.decode("utf-8", errors="surrogateescape")


def _encode(s: str) -> bytes:
    return s.encode("utf-8", errors="surrogateescape")


def _split_ending(line: bytes) -> tuple[bytes, bytes]:
    if line.endswith(b"\r\n"):
        return line[:-2], b"\r\n"
    if line.endswith((b"\n", b"\r")):  # a lone CR ends a line of an old Mac or CR-only export
        return line[:-1], line[-1:]
    return line, b""


class _LineSource:
    """The lines of a CSV or TSV file at CR LF, LF or a lone CR, as Python's csv module and
    spreadsheets read them (``readline`` and iteration, as a file opened ``rb``)."""

    def __init__(self, src):
        from translit.textfile import universal_lines

        self._lines = universal_lines(src)

    def readline(self) -> bytes:
        return next(self._lines, b"")

    def __iter__(self) -> Iterator[bytes]:
        return self._lines


class _CsvFields:
    """Split CSV records into fields, one physical line at a time (a quoted field may go on)."""

    def __init__(self, delimiter: str):
        self.d = delimiter
        self.reset()

    def reset(self) -> None:
        self.fields: list[str] = []
        self.cur: list[str] = []
        self.quoted = False  # inside a quoted field
        self.closed = False  # just after a quoted field's closing quote
        self.start = True  # at the start of a field

    def feed(self, s: str) -> str | None:
        """Take one line's text (without its ending); return an error message or None."""
        d, i, n = self.d, 0, len(s)
        if not self.quoted and '"' not in s:  # the common case: a plain line
            if self.closed and s and s[0] != d:
                return "text after the closing quote of a field"
            parts = s.split(d)
            self.cur.append(parts[0])
            for p in parts[1:]:
                self.fields.append("".join(self.cur))
                self.cur = [p]
            self.closed = False
            self.start = not s or s.endswith(d)
            return None
        while i < n:
            if self.quoted:
                j = s.find('"', i)
                if j < 0:
                    self.cur.append(s[i:])
                    return None
                self.cur.append(s[i:j])
                if j + 1 < n and s[j + 1] == '"':
                    self.cur.append('"')
                    i = j + 2
                    continue
                self.quoted, self.closed = False, True
                i = j + 1
                continue
            if self.closed:
                if s[i] != d:
                    return "text after the closing quote of a field"
                self.closed = False
            if s[i] == d:
                self.fields.append("".join(self.cur))
                self.cur, self.start = [], True
                i += 1
                continue
            if self.start and s[i] == '"':
                self.quoted, self.start = True, False
                i += 1
                continue
            j = s.find(d, i)
            j = n if j < 0 else j
            self.cur.append(s[i:j])
            self.start = False
            i = j
        return None

    def finish(self) -> list[str]:
        fields = self.fields + ["".join(self.cur)]
        self.reset()
        return fields


def _records(src, fmt: str, delimiter: str = ",", start: int = 1) -> Iterator[tuple[int, bytes, bytes, list[str] | None]]:
    """Yield (first line number, record bytes without the ending, the ending, fields) for every
    record of a CSV/TSV table; fields is None for JSON lines (parsed later). ``start``: the
    number of ``src``'s first line (2 after a delimiter line)."""
    if fmt == "jsonl":
        for n, line in enumerate(src, start):
            body, end = _split_ending(line)
            yield n, body, end, None
        return
    if fmt == "tsv":
        for n, line in enumerate(src, start):
            body, end = _split_ending(line)
            yield n, body, end, _decode(body).split("\t")
        return
    parser = _CsvFields(delimiter)
    first, pieces = 0, []
    for n, line in enumerate(src, start):
        body, end = _split_ending(line)
        if not pieces:
            first = n
        error = parser.feed(_decode(body))
        if error:
            raise TableError(f"line {n}: {error} (a quote is missing or stray); nothing was written")
        if parser.quoted and end:  # the line ending belongs to the quoted field
            parser.cur.append(_decode(end))
            pieces.append(line)
            continue
        if parser.quoted:
            break
        pieces.append(body)
        yield first, b"".join(pieces), end, parser.finish()
        pieces = []
    if parser.quoted:
        raise TableError(f"line {first}: a quoted field that starts on this line is never closed; "
                         "nothing was written")


def _csv_quote(value: str, delimiter: str) -> str:
    if any(c in value for c in (delimiter, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def _tsv_clean(value: str) -> str:
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _plain_hint(in_path: str, command: str) -> str:
    """For a file that is not named as a table (``names.txt``): how to run ``command`` over its
    lines instead, since ``--in`` reads tables only (and ``convert --in`` documents)."""
    if os.path.splitext(in_path)[1].lower() in TABLE_EXTENSIONS:
        return ""
    import shlex

    from translit.documents import format_of

    found = format_of(in_path)
    if found not in (None, "txt"):  # a Word file, a page, an export: never piped in as lines
        from translit.documents.guard import NAMES

        return (f"; {shlex.quote(in_path)} is {NAMES[found]}, which convert reads whole: translit convert "
                f"--to {'cyrillic' if command == 'cyrillic' else 'SCHEME'} --in {shlex.quote(in_path)} --out NEW-FILE")
    return f"; a file of one text per line is read on standard input: translit {command} < {shlex.quote(in_path)} > OUTPUT"


def process_table(in_path: str, out_path: str, spec: tuple[str, dict], column: str | None = None,
                  out_column: str | None = None, jobs: int = 1, dask: str | None = None,
                  fmt: str | None = None, progress=None) -> BatchReport:
    """Apply command ``spec`` to one column (CSV/TSV) or field (JSON lines) of a table.

    ``progress``: None for a bar on a terminal, a bool, or a function called with the number of
    rows done so far."""
    from translit.outfile import AtomicFile, refuse_overwrite

    refuse_overwrite([in_path], [out_path])
    fmt = table_format(in_path, fmt)
    if column is None:
        raise TranslitError("name the column (--column) or field (--field) to work on" + _plain_hint(in_path, spec[0]))
    out_column = out_column or f"{column}_{spec[0]}"
    report = BatchReport()
    try:
        src = open(in_path, "rb")
    except OSError as exc:
        raise TranslitError(f"{in_path}: {exc.strerror}") from None
    with src:
        if os.path.isdir(in_path):
            raise TranslitError(f"{in_path} is a folder, not a table")
        from translit.textfile import Utf8Lines, WideWriter, refuse_binary, refuse_nothing, wide_encoding

        refuse_nothing(in_path, "work on")  # an empty table is said as an empty MARC file or document is
        head = src.read(4096)
        src.seek(0)
        refuse_binary(head, in_path)  # a .gz or .xlsx sent as a table: said, not read as columns
        _refuse_document(head, in_path)  # a .bib, .ris or .html page sent as a table: likewise
        wide = wide_encoding(head)  # Excel's "Unicode Text": read, and written back, in UTF-16
        out = AtomicFile(out_path)
        bar = _progress(None, progress)
        try:
            dst = out.fh
            if wide is not None:
                codec, bom = wide
                lines = Utf8Lines(src, codec, skip=len(bom))
                dst = WideWriter(out.fh, codec, bom)
            elif fmt == "jsonl":
                lines = src  # JSON lines end at LF (a CR is JSON whitespace)
            else:
                lines = _LineSource(src)
            if fmt == "jsonl":
                _jsonl(lines, dst, spec, column, out_column, jobs, dask, report, bar)
            else:
                _delimited(lines, dst, spec, column, out_column, jobs, dask, report, bar,
                           "\t" if fmt == "tsv" else ",")
            out.commit()
        except OSError as exc:
            out.abort()
            raise TranslitError(f"{exc.filename or out_path}: {exc.strerror}") from None
        except BaseException:
            out.abort()
            raise
        finally:
            if bar is not None:
                bar.close()
    return report


def refuse_twice_named(header: list[str], column: str, where: str = "") -> None:
    """Stop when ``header`` names ``column`` more than once: which one was meant cannot be told,
    and the table is not guessed at (``where``: the file, said first; cluster uses it too)."""
    places = [i + 1 for i, name in enumerate(header) if name == column]
    if len(places) > 1:
        raise TranslitError(f"{where}the header names column {column!r} {len(places)} times (columns "
                            f"{', '.join(map(str, places))}); rename all but one")


def _refuse_document(head: bytes, in_path: str) -> None:
    """A one-line :class:`TranslitError` when ``head`` (a table's first bytes) is the start of a
    text document ``convert`` reads as a whole (BibTeX, RIS, an HTML page), saying how to convert
    it, rather than a missing column named among the document's first line's words."""
    from translit.documents import content_format
    from translit.documents.guard import NAMES

    fmt = content_format(head)
    if fmt is not None:
        raise TranslitError(f"{in_path} is {NAMES[fmt]}, not a table: convert it as a document, without "
                            f"--column: translit convert --to SCHEME --in {in_path} --out NEW-FILE")


def _chunks(items: Iterator, size: int = CHUNK) -> Iterator[list]:
    chunk = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _header(hbody: bytes, delimiter: str) -> list[str] | None:
    """The header record ``hbody`` split at ``delimiter`` (a byte-order mark taken off), or None
    when it is not a well-formed CSV record with that delimiter."""
    parser = _CsvFields(delimiter)
    if parser.feed(_decode(hbody)) or parser.quoted:
        return None
    header = parser.finish()
    if header and header[0].startswith("\ufeff"):  # a spreadsheet's byte-order mark: kept in the output
        header[0] = header[0][1:]
    return header


def name_columns(header: list[str], most: int = 30, width: int = 60) -> str:
    """The header's column names for an error message, bounded whatever the file: at most
    ``most`` names of at most ``width`` characters each, then how many more there are."""
    names = [n if len(n) <= width else n[:width] + "…" for n in header[:most]]
    more = f", … and {len(header) - most:,} more" if len(header) > most else ""
    return ", ".join(names) + more


def csv_delimiter(first_line: bytes, column: str) -> str:
    """The delimiter of a file called CSV: the first of :data:`CSV_DELIMITERS` under which the
    header's first line names ``column`` (a comma when none does: the error then lists the
    columns as RFC 4180 reads them)."""
    body, _ = _split_ending(first_line)
    for d in CSV_DELIMITERS:
        header = _header(body, d)
        if header is not None and column in header:
            return d
    return CSV_DELIMITERS[0]


# Excel's delimiter line, which it writes and reads before the header ("sep=;")
_SEP_LINE = re.compile(rb"(?:\xef\xbb\xbf)?sep=([^\r\n\"])\r?\n?")


def sep_line_delimiter(first_line: bytes) -> str | None:
    """The delimiter that Excel's ``sep=`` line names, when ``first_line`` is one (else None)."""
    sep = _SEP_LINE.fullmatch(first_line)
    return sep.group(1).decode("latin-1") if sep else None


def _delimited(src, dst, spec, column, out_column, jobs, dask, report, bar, delimiter):
    start = 1
    if delimiter != "\t":
        first = src.readline()
        named = sep_line_delimiter(first)
        if named:  # the delimiter line: it names the delimiter and is written back as it came
            delimiter = named
            dst.write(first)
            first, start = src.readline(), 2
        else:
            delimiter = csv_delimiter(first, column)
        src = itertools.chain([first] if first else [], src)
    records = _records(src, "tsv" if delimiter == "\t" else "csv", delimiter, start)
    try:
        _, hbody, hend, header = next(records)
    except StopIteration:
        raise TranslitError("the input table is empty: no header row") from None
    if header and header[0].startswith("\ufeff"):  # a spreadsheet's byte-order mark: kept in the output
        header[0] = header[0][1:]
    if column not in header:
        from translit.errors import _did_you_mean

        raise TranslitError(f"no column {column!r}{_did_you_mean(column, header[:1000])}; "
                            f"the columns are: {name_columns(header)}")
    refuse_twice_named(header, column)
    if out_column in header:  # a table that went through the same job before
        raise TranslitError(f"the table already has a column {out_column!r} (written by an earlier run?); "
                            "give the new column another name (--out-column)")
    idx, width = header.index(column), len(header)
    add = (lambda v: _csv_quote(v, delimiter)) if delimiter != "\t" else _tsv_clean
    dst.write(hbody + _encode(delimiter + add(out_column)) + (hend or b"\n"))
    rows: deque = deque()

    def values() -> Iterator[str | None]:
        for line, body, end, fields in records:
            report.rows_in += 1
            if not body:
                why = "an empty line"
            elif len(fields) > width:
                why = f"{len(fields)} fields where the header has {width}: written through unchanged"
            elif len(fields) <= idx:
                why = "the row has no value in that column"
            else:
                why = None
            rows.append((line, body, end, len(fields), why))
            yield None if why else fields[idx]

    for results in run_ordered(spec, _chunks(values()), jobs, dask):
        for result, error in results:
            line, body, end, n, why = rows.popleft()
            if why:  # written through exactly as read
                report.problems.append(Problem(line, why))
                dst.write(body + end)
            else:
                if error is not None:
                    report.problems.append(Problem(line, error, failed=result is None))
                if n < width:
                    report.problems.append(Problem(line, f"{n} fields where the header has {width}: "
                                                         "padded with empty fields", failed=False))
                pad = delimiter * (width - n)
                dst.write(body + _encode(pad + delimiter + add(result if result is not None else "")) + end)
            report.rows_out += 1
        if bar is not None:
            bar.update(len(results))


_UNENCODABLE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def _json_insert(text: str, key: str, value: str, empty: bool) -> str:
    """``text`` (a JSON object) with ``"key": value`` added before its closing brace."""
    close = text.rstrip().rfind("}")
    compact = '": ' not in text and '", ' not in text
    pair = json.dumps(key, ensure_ascii=False) + (":" if compact else ": ") + json.dumps(value, ensure_ascii=False)
    # a lone surrogate that came in as a JSON escape ("\ud800") goes out as one; those that stand
    # for bytes that were not UTF-8 (U+DC80–U+DCFF, surrogateescape) go out as those bytes
    pair = _UNENCODABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", pair)
    sep = "" if empty else ("," if compact else ", ")
    return text[:close] + sep + pair + text[close:]


class _JsonObject(dict):
    """A JSON object as :func:`_json_object` reads it: ``twice``, its keys given more than once."""

    twice: frozenset = frozenset()


def _pairs(pairs: list) -> _JsonObject:
    obj = _JsonObject(pairs)
    if len(obj) < len(pairs):
        seen: set = set()
        obj.twice = frozenset(k for k, _ in pairs if k in seen or seen.add(k))
    return obj


def _json_object(text: str):
    """A JSON line read for its one field (the output is the line with a field added to its text,
    :func:`_json_insert`, so nothing else of it is re-encoded): numbers are not converted (each is
    read as 0), so an id of 5,000 digits (past Python's limit for int) does not cost the line its
    result, and keys given twice are named (``twice``) instead of the last silently winning
    (probe13)."""
    return json.loads(text, parse_int=_zero, parse_float=_zero, object_pairs_hook=_pairs)


def _zero(digits: str) -> int:
    return 0


def _not_an_object(value) -> str:
    """Why a JSON line that is not an object has no result; for an array of objects (a .json file
    that is one JSON document, probe13), how to make it JSON lines."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return (f"the line is a JSON array of {counted(len(value), 'object')}, not one object: --in reads JSON "
                "lines, one object a line (jq -c '.[]' FILE > NEW-FILE.jsonl makes them)")
    return "the line is not a JSON object"


def _jsonl(src, dst, spec, field_name, out_field, jobs, dask, report, bar):
    lines: deque = deque()

    def values() -> Iterator[str | None]:
        for n, body, end, _ in _records(src, "jsonl"):
            report.rows_in += 1
            text = _decode(body[3:] if n == 1 and body.startswith(BOM) else body)
            try:
                if not text.strip():
                    raise ValueError("an empty line")
                try:
                    obj = _json_object(text)
                except json.JSONDecodeError as exc:  # said in words, with the column of the line
                    raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
                except RecursionError:
                    raise ValueError("the line's JSON nests too deeply to read") from None
                if not isinstance(obj, dict):
                    raise ValueError(_not_an_object(obj))
                if field_name in getattr(obj, "twice", ()):  # which one is meant cannot be told
                    raise ValueError(f"the object has field {field_name!r} more than once; keep one")
                value = obj.get(field_name)
                if not isinstance(value, str):
                    raise ValueError(f"no string field {field_name!r}")
                if out_field in obj:
                    raise ValueError(f"the object already has a field {out_field!r}")
            except (ValueError, RecursionError) as exc:
                lines.append((n, body, end, None, str(exc)))
                yield None
                continue
            lines.append((n, body, end, not obj, None))
            yield value

    for results in run_ordered(spec, _chunks(values()), jobs, dask):
        for result, error in results:
            n, body, end, empty, parse_error = lines.popleft()
            if empty is None or result is None:
                report.problems.append(Problem(n, parse_error or error))
                dst.write(body + end)
            else:
                if error is not None:  # done, with a remark (lost letters)
                    report.problems.append(Problem(n, error, failed=False))
                bom = BOM if n == 1 and body.startswith(BOM) else b""
                text = _decode(body[len(bom):])
                dst.write(bom + _encode(_json_insert(text, out_field, result, empty)) + end)
            report.rows_out += 1
        if bar is not None:
            bar.update(len(results))
