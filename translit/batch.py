"""Batch work over tables (CSV, TSV, JSON lines): stream, keep every row, report bad ones.

One implementation serves every command: rows are read one by one, the chosen column's values
are sent in chunks to a worker function (in this process, in ``--jobs N`` processes, or on a
Dask cluster), results come back in input order and are written as a new column beside all the
others. Rows in = rows out: a row that cannot be processed is reported with its line number and
written through unchanged. The output is written to a temporary file and renamed into place only
when the run is complete, so a failed run never leaves a half-written file.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from translit.errors import TranslitError

CHUNK = 256


# -- the work itself: picklable specs, so processes and Dask workers can rebuild the function --

def apply_spec(spec: tuple[str, dict], values: list[str | None]) -> list[tuple[str | None, str | None]]:
    """Run command ``spec`` on each value; return (result, error) pairs."""
    command, opts = spec
    repair = opts.get("_fix", False)
    if repair:
        from translit.repair import fix

        spec = (command, {k: v for k, v in opts.items() if k != "_fix"})
    fn = _function(spec)
    out = []
    for v in values:
        if v is None:
            out.append((None, "missing value"))
            continue
        try:
            note = None
            if repair:
                r = fix(v)
                v = r.text
                if r.lost:
                    note = "lost letters: " + "; ".join(f"…{x.context}…" for x in r.lost)
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
    if command == "romanize":
        from translit.romanize import romanize

        o = dict(opts)
        scheme = o.pop("scheme", "alalc")
        fn = lambda v: romanize(v, scheme, **o)  # noqa: E731
    elif command == "cyrillic":
        from translit.read.reader import to_cyrillic

        fn = lambda v: to_cyrillic(v, scheme=opts.get("scheme"), yo=opts.get("yo", False),  # noqa: E731
                                   policy=opts.get("policy")).text
    elif command == "key":
        from translit.matchkey import key

        fn = lambda v: key(v, policy=opts.get("policy"))  # noqa: E731
    elif command == "convert":
        from translit.conversion import convert

        o = dict(opts)
        to = o.pop("to", "alalc")
        fn = lambda v: convert(v, to=to, **o).text  # noqa: E731
    elif command == "fix":
        from translit.repair import fix

        fn = lambda v: fix(v).text  # noqa: E731
    else:
        raise TranslitError(f"no batch command {command!r}")
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

@dataclass
class Problem:
    line: int
    reason: str


@dataclass
class BatchReport:
    rows_in: int = 0
    rows_out: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self, name: str) -> str:
        s = f"{name}: {self.rows_in} rows in, {self.rows_out} rows out"
        if self.problems:
            s += f", {len(self.problems)} with problems"
        return s


def table_format(path: str, fmt: str | None = None) -> str:
    if fmt:
        return fmt
    low = path.lower()
    if low.endswith((".tsv", ".tab")):
        return "tsv"
    if low.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return "csv"


def _progress(total_hint: int | None, enabled: bool | None):
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total_hint, unit=" rows", file=sys.stderr, smoothing=0.1)


def process_table(in_path: str, out_path: str, spec: tuple[str, dict], column: str | None = None,
                  out_column: str | None = None, jobs: int = 1, dask: str | None = None,
                  fmt: str | None = None, progress: bool | None = None) -> BatchReport:
    """Apply command ``spec`` to one column (CSV/TSV) or field (JSON lines) of a table."""
    fmt = table_format(in_path, fmt)
    if column is None:
        raise TranslitError("name the column (--column) or field (--field) to work on")
    out_column = out_column or f"{column}_{spec[0]}"
    report = BatchReport()
    try:
        src = open(in_path, encoding="utf-8", errors="surrogateescape", newline="")
    except OSError as exc:
        raise TranslitError(f"{in_path}: {exc.strerror}") from None
    out_dir = os.path.dirname(os.path.abspath(out_path)) or "."
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".translit-", suffix=".part")
    bar = _progress(None, progress)
    try:
        with src, os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="") as dst:
            if fmt == "jsonl":
                _jsonl(src, dst, spec, column, out_column, jobs, dask, report, bar)
            else:
                _delimited(src, dst, spec, column, out_column, jobs, dask, report, bar, "\t" if fmt == "tsv" else ",")
        os.replace(tmp, out_path)
    except BaseException:
        os.unlink(tmp)
        raise
    finally:
        if bar is not None:
            bar.close()
    return report


def _chunks(items: Iterator, size: int = CHUNK) -> Iterator[list]:
    chunk = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _delimited(src, dst, spec, column, out_column, jobs, dask, report, bar, delimiter):
    csv.field_size_limit(2**31 - 1)  # long fields are data, not errors
    reader = csv.reader(src, delimiter=delimiter)
    writer = csv.writer(dst, delimiter=delimiter, lineterminator="\n")
    try:
        header = next(reader)
    except StopIteration:
        raise TranslitError("the input table is empty: no header row") from None
    if column not in header:
        raise TranslitError(f"no column {column!r}; the columns are: {', '.join(header)}")
    idx = header.index(column)
    writer.writerow(header + [out_column])
    rows: deque = deque()

    def values() -> Iterator[str | None]:
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # the csv module cannot give the raw text back: stop clearly
                raise TranslitError(f"line {reader.line_num}: unreadable CSV ({exc}); nothing was written") from None
            report.rows_in += 1
            bad = len(row) <= idx
            rows.append((reader.line_num, row, bad))
            yield None if bad else row[idx]

    for results in run_ordered(spec, _chunks(values()), jobs, dask):
        for result, error in results:
            line, row, bad = rows.popleft()
            if bad:  # written through exactly as read
                report.problems.append(Problem(line, "the row has no value in that column"))
                writer.writerow(row)
            else:
                if error is not None:
                    report.problems.append(Problem(line, error))
                writer.writerow(row + [result if result is not None else ""])
            report.rows_out += 1
        if bar is not None:
            bar.update(len(results))


def _jsonl(src, dst, spec, field_name, out_field, jobs, dask, report, bar):
    lines: deque = deque()

    def values() -> Iterator[str | None]:
        for n, raw in enumerate(src, 1):
            report.rows_in += 1
            text = raw.rstrip("\n")
            try:
                obj = json.loads(text)
                value = obj.get(field_name) if isinstance(obj, dict) else None
                if not isinstance(value, str):
                    raise ValueError(f"no string field {field_name!r}")
            except ValueError as exc:
                lines.append((n, raw, None, str(exc)))
                yield None
                continue
            lines.append((n, raw, obj, None))
            yield value

    for results in run_ordered(spec, _chunks(values()), jobs, dask):
        for result, error in results:
            n, raw, obj, parse_error = lines.popleft()
            if obj is None or result is None:
                report.problems.append(Problem(n, parse_error or error))
                dst.write(raw if raw.endswith("\n") else raw + "\n")
            else:
                if error is not None:  # done, with a remark (lost letters)
                    report.problems.append(Problem(n, error))
                obj[out_field] = result
                dst.write(json.dumps(obj, ensure_ascii=False) + "\n")
            report.rows_out += 1
        if bar is not None:
            bar.update(len(results))
