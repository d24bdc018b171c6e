"""The ``translit`` command: a thin layer over the library functions, one subcommand each; the text
commands (romanize, cyrillic, convert, key, detect, cite, gloss, fix) and their options are built
from the registry in :mod:`translit.commands`.

Every subcommand takes TEXT arguments or, without them, reads standard input line by line and
writes one output line per input line as it goes (constant memory, any file size). ``--json``
writes one JSON object per line, the same shapes the library's ``as_dict()`` gives. Bytes that
are not valid UTF-8 pass through unchanged (surrogateescape) instead of stopping the run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import signal
import sys
from collections import deque
from typing import Iterable, Iterator

from translit.commands import COMMANDS, analyze
from translit.errors import TranslitError, suggest


_SURROGATE = re.compile("[\ud800-\udfff]")


def _dumps(obj) -> str:
    """One JSON line that is valid UTF-8 whatever the input was: bytes that were not UTF-8 come in
    as lone surrogates (surrogateescape) and go out as JSON escapes (``\\udcff`` for byte 0xFF),
    which JSON parsers read and which give the original byte back."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False))


_warned_not_utf8 = False


def _warn_if_not_utf8(line: str, where: str, path: str = "FILE") -> None:
    """Once a run, on standard error: a line that is not UTF-8 (most often a Windows-1251 file), what
    it reads as, and how to convert it; its bytes pass through unchanged, as everywhere."""
    global _warned_not_utf8
    if _warned_not_utf8 or not _SURROGATE.search(line):
        return
    _warned_not_utf8 = True
    from translit.repair import CODE_PAGE_NAMES, decode_raw_bytes

    decoded = decode_raw_bytes(line)
    if decoded is None:
        print(f"translit: {where} is not UTF-8; the bytes that are not pass through unchanged", file=sys.stderr)
        return
    text, codec = decoded
    text = text.rstrip("\r\n")
    sample = text if len(text) <= 40 else text[:40] + "…"
    print(f"translit: {where} is not UTF-8: it reads as {CODE_PAGE_NAMES[codec]} Cyrillic ({sample!r}), which "
          f"passes through unchanged. Convert the file to UTF-8 first: translit fix < {path} > NEW-FILE "
          f"(or iconv -f {codec} -t utf-8 {path} > NEW-FILE)", file=sys.stderr)


def _sniff_stdin() -> None:
    """Before standard input is read: a compressed or office file is refused with what it is, and
    UTF-16/UTF-32 (a byte-order mark, or the NULs of wide ASCII) is decoded as such, said once on
    standard error (the output is UTF-8)."""
    import io

    from translit.textfile import refuse_binary, wide_encoding

    buf = getattr(sys.stdin, "buffer", None)
    if buf is None or not hasattr(buf, "peek") or sys.stdin.isatty():
        return
    try:
        head = buf.peek(4096)[:4096]
    except (OSError, ValueError):
        return
    refuse_binary(head, "standard input")
    wide = wide_encoding(head)
    if wide is None:
        return
    codec, bom = wide
    if bom:
        buf.read(len(bom))
    name = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
    print(f"translit: standard input is {name}; read as such, written as UTF-8", file=sys.stderr)
    # a unit that is no character (a lone surrogate, an odd last byte) becomes U+FFFD
    # (lines end at LF, as Python reads UTF-8 standard input: the CR of a CRLF stays, a lone CR is
    # split by _stdin_lines, whatever the encoding)
    sys.stdin = io.TextIOWrapper(buf, encoding=codec, errors="replace", newline="\n")


def _is_terminal(stream) -> bool:
    """Whether ``stream`` is a terminal (a person typing), not a file or a pipe."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _names_a_file(text: str) -> bool:
    """Whether an argument given as text is rather the name of an existing file (one word, no
    line break): a newcomer's ``translit convert notes.txt``, which would convert the name."""
    if not text or any(c.isspace() for c in text) or "\x00" in text or len(text) > 4096:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


def _lines(texts: list[str], check_utf8: bool = True) -> Iterator[str]:
    if texts:
        for i, text in enumerate(texts, 1):
            if check_utf8:
                _warn_if_not_utf8(text, f"argument {i}")
            if _names_a_file(text):
                print(f"translit: note: argument {i} ({text!r}) is the name of a file and is read as "
                      f"text; to read the file, give it on standard input (< {text})", file=sys.stderr)
            yield text
        return
    _sniff_stdin()
    if _is_terminal(sys.stdin):  # typed at a prompt: say what the silent wait is for
        print("translit: reading one text per line from the keyboard; Ctrl-D ends (or give the texts as "
              "arguments)", file=sys.stderr)
    for i, line in enumerate(_stdin_lines(sys.stdin), 1):
        if check_utf8:
            _warn_if_not_utf8(line, f"line {i} of standard input")
        yield line


_INNER_CR = re.compile(r"\r(?=.)", re.S)


def _stdin_lines(stream: Iterable[str]) -> Iterator[str]:
    """The lines of text ``stream`` without their LF: a lone CR ends a line too (an old Mac
    file, a CR-only export: one output line for each of its lines, not one for the whole file);
    the CR of a CRLF stays with its line, as it always has."""
    for line in stream:
        if line.endswith("\n"):
            line = line[:-1]
        elif line.endswith("\r"):  # the last line, ended by a lone CR
            line = line[:-1]
        if "\r" not in line:
            yield line
        else:
            yield from _INNER_CR.split(line)


def _emit(items: Iterable[str]) -> None:
    out = sys.stdout
    for item in items:
        out.write(item)
        out.write("\n")
    out.flush()


def _batch(args: argparse.Namespace, spec: tuple[str, dict]) -> int | None:
    """Run the command over a table when --in is given; None when it is not a batch call."""
    if not getattr(args, "infile", None):
        _refuse_table_options(args, spec[0])
        return None
    from translit.batch import process_table

    if not args.outfile:
        raise TranslitError("--in needs --out (the output is written atomically, never in place)")
    column = args.column or args.field
    if getattr(args, "fix", False) and spec[0] != "fix":
        spec = (spec[0], dict(spec[1], _fix=True))
    report = process_table(args.infile, args.outfile, spec, column=column, out_column=args.out_column,
                           jobs=args.jobs, dask=args.dask, progress=None)
    for line in report.said(args.infile):
        print(f"translit: {line}", file=sys.stderr)
    print(f"translit: {report.summary(args.infile)}", file=sys.stderr)
    if report.rows_in and report.failed == report.rows_in:
        print(f"translit: no row of {args.infile} got a result", file=sys.stderr)
        return 1
    return 0


def _refuse_table_options(args: argparse.Namespace, name: str) -> None:
    """Stop with one line when a table's option (``--out``, ``--column``, ``--fix``…) is given
    without ``--in``: it would be silently ignored (``cyrillic --out x.csv TEXT`` printed to the
    terminal and wrote no file; ``--fix`` repaired nothing)."""
    given = [flag for flag, on in (("--out", getattr(args, "outfile", None)), ("--column", getattr(args, "column", None)),
                                   ("--field", getattr(args, "field", None)),
                                   ("--out-column", getattr(args, "out_column", None)),
                                   ("--jobs", getattr(args, "jobs", 1) != 1), ("--dask", getattr(args, "dask", None)),
                                   ("--fix", name != "fix" and getattr(args, "fix", False))) if on]
    if not given:
        return
    how = []
    if "--out" in given:
        how.append(f"to write TEXT or standard input's answers to a file, redirect: translit {name} … > FILE")
    if "--fix" in given:
        how.append(f"to repair text first, pipe it through fix: translit fix < FILE | translit {name}")
    files = "CSV, TSV or JSON lines" + ("; or a document: Word, HTML, BibTeX, RIS, text" if name == "convert" else "")
    raise TranslitError(f"{', '.join(given)} {'is' if len(given) == 1 else 'are'} for tables, with --in FILE "
                        f"({files}){'; ' + '; '.join(how) if how else ''}")


def _add_batch_options(p: argparse.ArgumentParser, name: str = "") -> None:
    """The table options (``--in``, ``--out``, ``--column``…) of command ``name``'s parser ``p``."""
    g = p.add_argument_group("batch (tables)")
    g.add_argument("--in", dest="infile", metavar="FILE", help="CSV, TSV or JSON-lines input")
    g.add_argument("--out", dest="outfile", metavar="FILE", help="output table (written atomically)")
    g.add_argument("--column", help="the CSV/TSV column to work on (its name in the header)")
    g.add_argument("--field", help="the JSON-lines field to work on")
    g.add_argument("--out-column", help="name of the new column (default: COLUMN_COMMAND)")
    g.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    g.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (scheduler address)")
    g.add_argument("--fix", action="store_true",  # fix's own help does not offer to fix before fixing
                   help=argparse.SUPPRESS if name == "fix" else
                   "repair damaged text first (see `translit fix`); report lost letters")


def _opts(args: argparse.Namespace, name: str) -> dict:
    """The registry options of command ``name`` as parsed from the command line (an option left
    out whose CLI default is None takes the table's default)."""
    opts = {}
    for o in COMMANDS[name].options:
        value = getattr(args, o.name)
        opts[o.name] = o.default if value is None and o.cli_default is None else value
    return opts


def _each(args: argparse.Namespace, name: str, opts: dict, plain=None) -> int:
    """One output line per input line: the command's JSON object with --json (the API's answer
    for that text), else ``plain(line)`` (default: the command's plain line)."""
    c = COMMANDS[name]
    lines = _within_limit(_lines(args.text, check_utf8=name != "fix"), args.json)  # fix reads such lines in their code page
    if args.json:
        _emit(_dumps(c.result(line, **opts)) for line in _crlf_text(lines))
    else:
        one = plain or (lambda line: c.line(line, **opts))
        _emit(line if isinstance(line, _Through) else _ended(one(line[:-1]), "\r") if line.endswith("\r")
              else one(line) for line in lines)
    return 0


def _ended(out: str, cr: str) -> str:
    """The plain output of an input line that ended in CR LF (``cr``: its CR, or ""), its line
    ending kept as it came: the CR after the output (a reading, a tab and its gloss or
    candidates), not inside it, and after each of its lines when it has several."""
    return out.replace("\n", cr + "\n") + cr if cr else out


def _without_cr(lines: Iterable[str], crs: deque) -> Iterator[str]:
    """The lines without the CR of their CR LF, each line's CR (or "") put on ``crs`` in order; a
    line over the text limit (written through as it came) keeps its own."""
    for line in lines:
        cr = "\r" if line.endswith("\r") and not isinstance(line, _Through) else ""
        crs.append(cr)
        yield line[:-1] if cr else line


def _crlf_text(lines: Iterable[str]) -> Iterator[str]:
    """The lines without the CR of their CR LF, for ``--json``, whose objects hold a line's text
    and not its ending (probe13: a Windows file's every "input" and "output" ended in "\r", and
    romanize, convert, key and cyrillic --json answered for a text that was not the line's)."""
    for line in lines:
        yield line[:-1] if line.endswith("\r") and not isinstance(line, _Through) else line


class _Through(str):
    """A line over :data:`translit.commands.MAX_TEXT_CHARS`, written out as it came."""


def _within_limit(lines: Iterable[str], json_out: bool) -> Iterator[str]:
    """The lines, each one over the text limit said on standard error and marked to be written
    through unchanged (plain output), or the run stopped at it (``--json``, whose every line is
    the command's object for its text: there is none for a text that is not read; and a document,
    whose lines are read together)."""
    from translit.commands import too_long

    for i, line in enumerate(lines, 1):
        why = too_long(line)
        if why is None:
            yield line
        elif json_out:
            raise TranslitError(f"line {i} has {why.split(': written')[0]}; the run stops there")
        else:
            print(f"translit: line {i} has {why}", file=sys.stderr)
            yield _Through(line)


def cmd_romanize(args: argparse.Namespace) -> int:
    opts = _opts(args, "romanize")
    COMMANDS["romanize"].line("", **opts)  # validate the scheme and options before reading input
    done = _batch(args, ("romanize", opts))
    if done is not None:
        return done
    return _each(args, "romanize", opts)


def _policy(args: argparse.Namespace, default: str) -> str:
    """The reading policy asked for: --policy, else running text for --document, else ``default``."""
    return args.policy or ("running" if getattr(args, "document", False) else default)


def _show_document(args: argparse.Namespace, name: str, opts: dict, plain) -> int:
    """Lines read as one document (:func:`translit.commands.document_lines`): ``plain(line_result)``
    per line, or with --json the object the API lists under "lines"; a line in another language is
    done in that language."""
    from translit.commands import document_lines, document_object, other_language_object

    c = COMMANDS[name]

    crs: deque = deque()  # plain output: the CR of each line's CR LF, put back after its output

    def show() -> Iterator[str]:
        # a line over the text limit stops a document: its neighbours are read with it
        lines = _within_limit(_lines(args.text), True)
        for choice, d, line in document_lines(name, _crlf_text(lines) if args.json else _without_cr(lines, crs), opts):
            if args.json:
                yield _dumps(other_language_object(name, line, opts) if d is None
                             else dict(document_object(name, d, opts), **choice.as_dict()))
            else:
                yield _ended(c.line(line, **opts) if d is None else plain(d.result), crs.popleft())

    _emit(show())
    return 0


def cmd_cyrillic(args: argparse.Namespace) -> int:
    opts = dict(_opts(args, "cyrillic"), policy=_policy(args, "catalogue"))
    if args.candidates is not None:
        from translit.commands import _check_candidates

        _check_candidates(args.candidates)  # before reading any input
    done = _batch(args, ("cyrillic", opts))
    if done is not None:
        return done
    if args.document:
        return _show_document(args, "cyrillic", opts, lambda r: _with_candidates(args, r))
    if args.candidates:
        from translit.read.reader import to_cyrillic

        def plain(line: str) -> str:
            if _choice_of(line, opts).language != "ru":
                return COMMANDS["cyrillic"].line(line, **opts)
            return _with_candidates(args, to_cyrillic(line, scheme=args.scheme, yo=args.yo, policy=opts["policy"]))

        return _each(args, "cyrillic", opts, plain)
    return _each(args, "cyrillic", opts)


def _choice_of(line: str, opts: dict):
    from translit.commands import _choice

    return _choice(line, opts.get("lang"), opts.get("scheme"))


def _with_candidates(args: argparse.Namespace, r) -> str:
    """A reading's text, and with -n N the first N candidates of each uncertain word."""
    if not args.candidates:
        return r.text
    alts = [f"{w.input}: " + " | ".join(c.cyrillic for c in w.candidates[:args.candidates])
            for w in r.words if w.is_russian and len(w.candidates) > 1 and w.confidence < 0.95]
    return r.text + ("\t[" + "; ".join(alts) + "]" if alts else "")


def cmd_convert(args: argparse.Namespace) -> int:
    opts = dict(_opts(args, "convert"), policy=_policy(args, "running"))
    COMMANDS["convert"].line("", **opts)  # validate before reading input
    if _document_file(args):
        return _convert_document_file(args, opts)
    done = _batch(args, ("convert", opts))
    if done is not None:
        return done
    if not args.line_by_line:
        return _show_document(args, "convert", opts, lambda r: r.text)
    return _each(args, "convert", opts)


def _document_file(args: argparse.Namespace) -> bool:
    """Whether ``convert --in FILE`` names a document (Word, HTML, BibTeX, RIS) rather than a table:
    ``--format`` says so, or, without ``--column``/``--field``, the file's name or content does."""
    if not args.infile:
        if args.format:
            raise TranslitError("--format names the format of the --in file: give --in FILE --out FILE")
        return False
    if args.format:
        return True
    if args.column or args.field:
        return False
    from translit.documents import format_of

    return format_of(args.infile) is not None


def _convert_document_file(args: argparse.Namespace, opts: dict) -> int:
    from translit.documents import convert_file

    if not args.outfile:
        raise TranslitError("--in needs --out (the output is written atomically, never in place)")
    table_only = [flag for flag, given in (("--column", args.column), ("--field", args.field),
                                           ("--out-column", args.out_column), ("--fix", args.fix),
                                           ("--dask", args.dask), ("--jobs", args.jobs != 1)) if given]
    if table_only:
        raise TranslitError(f"{args.infile} is converted as a document ({args.format or 'by its name or content'}): "
                            f"{', '.join(table_only)} {'is' if len(table_only) == 1 else 'are'} for tables")
    report = convert_file(args.infile, args.outfile, args.format, together=not args.line_by_line, **opts)
    if args.json:
        _emit([_dumps(report.as_dict())])
    print(f"translit: {report.summary()}; written to {args.outfile}", file=sys.stderr)
    return 0


def cmd_key(args: argparse.Namespace) -> int:
    opts = dict(_opts(args, "key"), policy=_policy(args, "catalogue"))
    done = _batch(args, ("key", opts))
    if done is not None:
        return done
    if args.document:
        return _show_document(args, "key", opts, lambda r: r.key)
    return _each(args, "key", opts)


def _column_headings(path: str, rows, column: str) -> list[str]:
    """The non-empty values of ``column`` in ``rows`` (a csv.DictReader); a row too short to have
    the column is said on standard error with its line, not silently left out (probe13)."""
    headings, short = [], []
    for r in rows:
        value = r.get(column)
        if value is None:
            short.append(rows.line_num)
        elif value:
            headings.append(value)
    if short:
        lines = ", ".join(map(str, short[:10])) + (", …" if len(short) > 10 else "")
        print(f"translit: {path}: {len(short)} row{'s' if len(short) > 1 else ''} with no field for column "
              f"{column!r}, left out (line {lines})", file=sys.stderr)
    return headings


def cmd_cluster(args: argparse.Namespace) -> int:
    import csv

    from translit.batch import refuse_twice_named, table_format
    from translit.clustering import cluster

    from translit.textfile import refuse_binary, refuse_nothing, wide_encoding

    args.file = named_once(args.file, args.infile, "file of headings", "--in")
    try:
        with open(args.file, "rb") as raw:
            head = raw.read(4096)
        refuse_binary(head, args.file)
        refuse_nothing(args.file, "cluster")
        wide = wide_encoding(head)
        encoding = "utf-8-sig" if wide is None else ("utf-16" if wide[0].startswith("utf-16") else "utf-32") \
            if wide[1] else wide[0]
        fh = open(args.file, encoding=encoding, errors="surrogateescape", newline="")
    except OSError as exc:
        raise TranslitError(f"{args.file}: {exc.strerror}") from None
    with fh:
        if args.column:
            if table_format(args.file) == "tsv":
                delim = "\t"
            else:  # a comma or, in a spreadsheet saved with the comma as decimal mark, a semicolon
                from itertools import chain

                from translit.batch import csv_delimiter, sep_line_delimiter

                first = fh.readline()
                # Excel's "sep=;" line names the delimiter and is not the header
                delim = sep_line_delimiter(first.encode("utf-8", errors="surrogateescape"))
                if delim is None:
                    delim = csv_delimiter(first.encode("utf-8", errors="surrogateescape"), args.column)
                    fh = chain([first], fh)
            rows = csv.DictReader(fh, delimiter=delim)
            if rows.fieldnames is None or args.column not in rows.fieldnames:
                raise TranslitError(f"{args.file}: no column {args.column!r}")
            refuse_twice_named(rows.fieldnames, args.column, f"{args.file}: ")
            headings = _column_headings(args.file, rows, args.column)
        else:  # a line's ending (LF, CR LF or a lone CR) is no part of its heading
            headings = [ln.rstrip("\r\n") for ln in fh if ln.strip()]
    for i, heading in enumerate(headings, 1):
        _warn_if_not_utf8(heading, f"{args.file}: heading {i}", args.file)
    from translit.outfile import AtomicFile, refuse_overwrite

    refuse_overwrite([args.file], [args.out])
    clusters = cluster(headings, scheme=args.scheme, threshold=args.threshold, progress=sys.stderr.isatty())

    atomic = AtomicFile(args.out, "w") if args.out else None
    out = atomic.fh if atomic is not None else sys.stdout
    try:
        if args.format == "json":
            out.write(_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}",
                                     json.dumps([c.as_dict() for c in clusters], ensure_ascii=False, indent=1)))
            out.write("\n")
        else:
            w = csv.writer(out, lineterminator="\n")
            w.writerow(["cluster", "representative", "member", "why"])
            for c in clusters:
                for m in c.members:
                    w.writerow([c.id, c.representative, m.text, m.why])
        if atomic is not None:
            atomic.commit()
    except BaseException:
        if atomic is not None:
            atomic.abort()
        raise
    return 0


def cmd_cite(args: argparse.Namespace) -> int:
    """One output line per input line (one TEXT argument is one line): the line's citations in
    the chosen style joined by "; " (empty when it holds none), or with --json one object
    {"input", "citations": [... each with start/end offsets into the line, inherited, unparsed]}.
    An ibid. inherits from the previous citation on the same line only. A citation that runs
    across two lines (a copied page's line end inside it) is given whole on the line it starts on."""
    from translit.commands import cite_lines

    opts = _opts(args, "cite")
    c = COMMANDS["cite"]
    lines = _within_limit(_lines(args.text), args.json)
    if args.json:
        _emit(_dumps(c.result(line, around=around, **opts)) for line, around in cite_lines(_crlf_text(lines)))
    else:
        crs: deque = deque()  # the CR of each line's CR LF, put back after its output

        def out(line: str, around) -> str:
            cr = crs.popleft()  # (every line has its entry, a line over the limit too: "")
            return line if isinstance(line, _Through) else _ended(c.line(line, around=around, **opts), cr)

        _emit(out(line, around) for line, around in cite_lines(_without_cr(lines, crs)))
    return 0


def cmd_gloss(args: argparse.Namespace) -> int:
    """One line per input line: the Cyrillic reading, a tab, ``gloss:`` and the word-by-word gloss
    (``--json``: the whole analysis; ``--words``: a table of the words under each line)."""
    from translit.glossary.dictionary import status

    note = status()["note"]
    if note and not args.json:
        print(f"translit: {note}", file=sys.stderr)

    opts = _opts(args, "gloss")

    def with_words(line: str) -> str:
        from translit.commands import _glossing

        g = _glossing(line, opts.get("lang"))[1]
        rows = [f"  {w.input}\t{w.cyrillic}\t{w.lemma or ''}\t{w.pos or ''}\t{w.source}\t{'; '.join(w.glosses) or '—'}"
                for w in g.words]
        return "\n".join([f"{g.cyrillic}\tgloss: {g.gloss}"] + rows)

    return _each(args, "gloss", opts, with_words if args.words else None)


def named_once(positional: str | None, option: str | None, what: str, flag: str, needed: bool = True) -> str | None:
    """The file a command was given either as an argument or by its option (``marc romanize
    IN OUT`` or ``--in IN --out OUT``, as the table commands name their files): given both ways
    with different names, or (when ``needed``) neither way, is one line saying so."""
    if positional is not None and option is not None and positional != option:
        raise TranslitError(f"{what} given twice ({positional} and {flag} {option}): give it once")
    chosen = option if option is not None else positional
    if chosen is None and needed:
        raise TranslitError(f"no {what}: give it as an argument or with {flag} FILE")
    return chosen


def cmd_marc(args: argparse.Namespace) -> int:
    from translit.marc import check_status, is_json, is_xml, run

    args.input = named_once(args.input, args.infile, "input file (IN)", "--in")
    args.output = named_once(args.output, args.outfile_, "output file (OUT)", "--out", needed=False)
    if args.action != "check" and not args.output and not args.dry_run:
        raise TranslitError(f"marc {args.action} needs OUT, the output file (as an argument or --out FILE), or --dry-run")
    report = run(args.action, args.input, args.output, report_path=args.report, rejects_path=args.rejects,
                 threshold=args.threshold, dry_run=args.dry_run, jobs=args.jobs, dask=args.dask)
    where = "record" if is_xml(args.input) or is_json(args.input) else "record at byte"
    for pos, reason in report.rejected:
        print(f"translit: {args.input}: {where} {pos} rejected: {reason}", file=sys.stderr)
    if report.rejects_path:
        print(f"translit: rejected records written to {report.rejects_path}", file=sys.stderr)
    if args.action == "check" and not args.report:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["record", "field", "found", "expected", "kind"])
        for d in report.differences:
            w.writerow(d.row())
    elif args.dry_run and not args.report:  # what the run would have done, since nothing was written
        from translit.marc import dry_run_summary, report_rows

        csv.writer(sys.stdout, lineterminator="\n").writerows(report_rows(report, dry_run=True))
        print(f"translit: {args.input}: {dry_run_summary(report, args.action, args.output)}", file=sys.stderr)
    wrote = args.action != "check" and not args.dry_run
    print(f"translit: {args.input}: {report.summary(reported=bool(args.report), wrote=wrote)}", file=sys.stderr)
    if args.action == "check":
        return check_status(report)
    return 0 if report.records_out or not report.records_in else 1


def cmd_fix(args: argparse.Namespace) -> int:
    from translit.repair import fix

    done = _batch(args, ("fix", {}))
    if done is not None:
        return done

    def plain(line: str) -> str:
        r = fix(line)
        for lost in r.lost:
            print(f"translit: lost letters at {lost.start}: …{lost.context}…", file=sys.stderr)
        return r.text

    return _each(args, "fix", {}, plain)


def _port(value: str) -> int:
    """A TCP port number from the command line (1 to 65535), else argparse's one-line error."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 1 to 65535, not {port}")
    return port


def check_listen(host: str, port: int) -> None:
    """Stop with one line when ``host``:``port`` cannot be listened on (a second ``translit serve``
    on the port in use, an address this machine does not have), before the server starts and
    logs its own error."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise TranslitError(f"cannot listen on {host}: {getattr(exc, 'strerror', None) or exc}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise TranslitError(f"port {port} on {host} is in use (another `translit serve`?): stop that "
                                    f"server or choose another port with --port") from None
            raise TranslitError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None


def cmd_serve(args: argparse.Namespace) -> int:
    from translit.web.app import serve

    check_listen(args.host, args.port)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"translit: serving on {args.host}: anyone who can reach this address can use the tool", file=sys.stderr)
    authority = None
    if args.authority:
        from translit.reconcile import Authority

        authority = Authority.load(args.authority)
        for problem in authority.problems:
            print(f"translit: {args.authority}: {problem}", file=sys.stderr)
        print(f"translit: {args.authority}: {len(authority)} headings for /reconcile", file=sys.stderr)
    serve(args.host, args.port, cors=args.cors, authority=authority)
    return 0


def cmd_detect(args: argparse.Namespace) -> int:
    return _each(args, "detect", {})


def cmd_schemes(args: argparse.Namespace) -> int:
    from translit import schemes

    rows = schemes(args.lang)
    if args.json:
        _emit(_dumps(r) for r in rows)
        return 0
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        rev = "reversible" if r["reversible"] else "lossy"
        opts = ", ".join(f"{k}={v}" for k, v in r["options"].items())
        print(f"{r['id']:<{width}}  {rev:<10}  {r['standard']}" + (f"  [options: {opts}]" if opts else ""))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the main job on a file: every line detected, read, romanized, keyed, cited, glossed
    (:func:`translit.commands.analyze`, the answer of /api/analyze, written for a person)."""
    from translit.textfile import refuse_nothing

    try:
        refuse_nothing(args.file, "read")
        fh = open(args.file, encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        print(f"translit: {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    show = lambda label, text: print(f"     {label:<11}{text}")  # noqa: E731
    with fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            _warn_if_not_utf8(line, f"{args.file}: line {lineno}", args.file)
            if not line.strip() or line.startswith("#"):
                continue
            print(f"{lineno:>3}  {line}")
            a = analyze(line)
            for c in a["citations"]:
                show("citation", c["formatted_current"] + (f" ({c['renamed']})" if c["renamed"] else ""))
                show("GOST", c["gost"])
            if a["citations"]:
                continue
            det, reading = a["detection"], a["reading"]
            if reading is not None:
                if not det["is_romanized_russian"]:
                    show("converted", a["converted"]) if a["converted"] else \
                        show("", f"(not romanized Russian: {det['reason']})")
                    continue
                show("scheme", f"{reading['scheme']}  (confidence {reading['confidence']:.2f}; "
                               f"{det['ranking'][0]['evidence'][0]})")
                show("Cyrillic", a["cyrillic"])
            for label, scheme in (("ALA-LC", "alalc"), ("plain LC", "alalc-plain"), ("BGN/PCGN", "bgn-pcgn"),
                                  ("ISO 9", "iso9")):
                show(label, a["schemes"][scheme])
            show("key", a["key"])
            show("gloss", a["gloss_line"])
    return 0


# What each command's --help says it is for, and examples with what they print (None: the example
# writes a file or needs one). tests/test_newcomer_help.py runs every example that shows its output.
ABOUT: dict[str, str] = {
    "romanize": "Write Cyrillic text in a romanization scheme. Latin letters, digits and punctuation pass "
                "through unchanged. Give texts as arguments, or lines on standard input, or a table with --in.",
    "cyrillic": "Read romanized Russian (in any scheme, detected for each line) back into Cyrillic, choosing "
                "among the possible readings with a Russian dictionary.",
    "convert": "Convert only the Russian inside a text (an English footnote, a bibliography) from whatever "
               "scheme it is in to another one, or to Cyrillic. English words are left as they are. "
               "--in FILE --out FILE without --column converts a document: a Word .docx (body, tables, "
               "headers, footers, footnotes), an OpenDocument .odt, an HTML page, a BibTeX or RIS export, a .txt "
               "(in its own encoding); only its text changes.",
    "key": "A match key for search indexes and de-duplication: the same for every spelling of a title or "
           "name, Cyrillic or romanized in any scheme.",
    "cluster": "Group the headings of a file that are the same name or title in different spellings, "
               "with a representative heading for each group and why each member joined it.",
    "detect": "Say which romanization scheme each text is in, and show the evidence.",
    "cite": "Find archival citations in each line, parse them (archive, fond, opis, delo, folios) and write "
            "them again in a citation style; ibid. takes what it lacks from the citation before it on the line. "
            "A citation the line's end cuts (f. 17, op. / 3, d. 5) is given whole on the line it starts on.",
    "gloss": "Read a Russian title into Cyrillic and gloss it word by word in English: a help to understand "
             "it, not a translation.",
    "fix": "Repair damaged Cyrillic: mojibake (text decoded in the wrong code page), Latin letters that look "
           "like Cyrillic ones, Unicode form. Letters already lost are reported, never guessed.",
    "marc": "Check, romanize or add 880 fields to a file of MARC records (MARC 21 binary, MARCXML or "
            "MARC-in-JSON). check: compare each romanized field with its 880 Cyrillic; romanize: write "
            "Cyrillic fields in ALA-LC and move the Cyrillic into 880s; add-880: add 880s read back into "
            "Cyrillic to romanized records.",
    "serve": "Start the web page and the HTTP API on this computer (open http://127.0.0.1:8000 in a browser).",
    "schemes": "List the romanization schemes: id (what --scheme takes), reversible or lossy, and the "
               "standard each one follows.",
    "demo": "Show everything translit does for each line of a text file: scheme, Cyrillic, every scheme, "
            "match key, citations, gloss.",
}
EXAMPLES: dict[str, list[tuple[str, str | None]]] = {
    "romanize": [
        ('translit romanize "Юрий Щукин"', "I͡Uriĭ Shchukin"),
        ('translit romanize --scheme bgn-pcgn "Юрий Щукин"', "Yuriy Shchukin"),
        ('translit romanize --case catalog "ИСТОРИЯ РОССИИ"', "Istorii͡a Rossii"),
        ("translit romanize --in titles.csv --out romanized.csv --column title", None),
    ],
    "cyrillic": [
        ('translit cyrillic "Reabilitatsiia: kak eto bylo"', "Реабилитация: как это было"),
        ('translit cyrillic "Boukharine, Nikolaï"', "Бухарин, Николай"),
        ('translit cyrillic --scheme iso9 "Ŝukin"', "Щукин"),
        ('translit cyrillic -n 3 "Istoriia sela"', "История села\t[sela: села | съела | сэла]"),
    ],
    "convert": [
        ("translit convert --to alalc 'Furr, \"Lichnye pokazaniia\", in Klio'", 'Furr, "Lichnye pokazanii͡a", in Klio'),
        ("translit convert --to cyrillic < article.txt > article-cyrillic.txt", None),
        ("translit convert --to alalc --in article.docx --out article-alalc.docx", None),
    ],
    "key": [
        ('translit key "Boukharine, Nikolaï" "Бухарин, Николай"', "nikolai bukharin\nnikolai bukharin"),
    ],
    "cluster": [
        ("translit cluster headings.txt", None),
        ("translit cluster names.csv --column heading --format json --out clusters.json", None),
    ],
    "detect": [
        ('translit detect "Ėĭzenshteĭn"', "alalc\tĭ or ė: ė, ĭ; 7 points from marks and words read as Russian"),
        ('translit detect "Đorđe Đorđević"',
         "not romanized Russian (only 0 of 2 words read as Russian; 0 are common English words); romanized "
         "Serbian (sr, identified; marks its tables write and no Russian scheme does: ć đ): translit cyrillic --lang sr"),
    ],
    "cite": [
        ('translit cite --archive current "RTsKhIDNI, f. 89, op. 73, d. 157"', "RGASPI, f. 89, op. 73, d. 157."),
        ('translit cite --style gost "RTsKhIDNI, f. 89, op. 73, d. 157"', "РЦХИДНИ. Ф. 89. Оп. 73. Д. 157."),
    ],
    "gloss": [
        ("translit gloss \"opis' del fonda\"", "опись дел фонда\tgloss: inventory · files · fond (record group)"),
    ],
    "fix": [
        ('translit fix "Ðåàáèëèòàöèÿ"', "Реабилитация"),
        ("translit fix < old-export.txt > repaired.txt", None),
    ],
    "marc": [
        ("translit marc check vendor.mrc --report report.html", None),
        ("translit marc romanize cyrillic-only.mrc catalogue-ready.mrc", None),
        ("translit marc add-880 romanized.mrc with-880.mrc --report review.csv", None),
    ],
    "serve": [("translit serve", None), ("translit serve --port 8080 --authority names.csv", None)],
    "schemes": [("translit schemes", None), ("translit schemes --lang uk", None)],
    "demo": [("translit demo examples/sample.txt", None)],
}


# what a command's exit status says, beyond 0 for done and 2 for an error that stops the run
EXIT_STATUS: dict[str, list[str]] = {
    "marc": [
        "check: 0 every record read and every romanized field agrees with its 880,",
        "       1 some field differs (the differences are listed),",
        "       2 some record could not be checked (rejected or kept after an error),",
        "         or the file could not be read: as diff, trouble outranks differences",
        "romanize, add-880: 0 done, 1 no record could be written, 2 an error stopped the run",
    ],
}


def _help_text(name: str) -> dict:
    """The description and the examples (as an epilog) of command ``name``'s --help."""
    import textwrap

    lines = ["examples:"]
    for command, output in EXAMPLES.get(name, []):
        lines.append("  " + command)
        if output is not None:
            lines += ["      " + out.replace("\t", "  ") for out in output.split("\n")]
    if name in EXIT_STATUS:
        lines += ["", "exit status:"] + ["  " + line for line in EXIT_STATUS[name]]
    return {"description": textwrap.fill(ABOUT[name], 78), "epilog": "\n".join(lines),
            "formatter_class": argparse.RawDescriptionHelpFormatter}


class _Parser(argparse.ArgumentParser):
    """argparse with errors written for people: a wrong choice names the ones probably meant
    (``--scheme ALA-LC``: did you mean 'alalc'?), and an error is one line plus where to read more,
    not the whole usage block."""

    def _check_value(self, action, value):
        choices = action.choices
        if choices is None or value in choices:
            return
        known = list(choices)
        names = None
        if action.dest in ("scheme", "to", "source"):
            from translit.errors import _scheme_names

            names, what = _scheme_names(), "scheme"
        elif action.dest == "lang":
            from translit.errors import _language_names

            names, what = _language_names(), "language"
        elif action.dest == "command":
            what = "command"
        else:
            what = "value"
        hints = suggest(value, known, names)
        msg = f"unknown {what} {value!r}" + (f" (did you mean {' or '.join(map(repr, hints))}?)" if hints else "")
        msg += "; " + ("`translit schemes` lists the schemes, " if what == "scheme" else "") + \
            f"the choices: {', '.join(known)}"
        raise argparse.ArgumentError(action, msg)

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message}\n"
                     f"{self.prog}: `{self.prog} --help` shows every option, with examples\n")


def _add_command(sub, name: str, func) -> argparse.ArgumentParser:
    """A subcommand built from the registry: TEXT arguments, the command's options, --json and,
    for commands that run over tables, the batch options."""
    c = COMMANDS[name]
    p = sub.add_parser(name, help=c.help, **_help_text(name))
    p.add_argument("text", nargs="*", help="the texts, each one line of output (default: read standard input, "
                   "line by line)")
    for o in c.options:
        flags = [o.flag] + ([o.short] if o.short else [])
        if o.type is bool:
            p.add_argument(*flags, dest=o.name, action="store_true", help=o.help)
            continue
        choices = o.choice_list()
        p.add_argument(*flags, dest=o.name, type=o.type, default=o.default_on_cli(), choices=choices, help=o.help,
                       metavar="SCHEME" if choices and len(choices) > 8 else None)
    p.add_argument("--json", action="store_true", help="one JSON object per line: the API's answer for that text")
    if c.batch:
        _add_batch_options(p, name)
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    from translit.schemes import SCHEME_IDS, languages

    p = _Parser(prog="translit", description="Romanize Russian and read romanizations back.",
                epilog="`translit COMMAND --help` explains a command's options, with examples.\n"
                       "A first look: translit demo examples/sample.txt",
                formatter_class=argparse.RawDescriptionHelpFormatter)
    from translit import __version__

    p.add_argument("--version", action="version", version=f"translit {__version__}",
                   help="print translit's version and exit")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    _add_command(sub, "romanize", cmd_romanize)
    c = _add_command(sub, "cyrillic", cmd_cyrillic)
    c.add_argument("--document", action="store_true",
                   help="read the lines as one document: each word decided once from all its occurrences")
    v = _add_command(sub, "convert", cmd_convert)
    v.add_argument("--line-by-line", action="store_true",
                   help="decide each line alone (default: the lines are one document, read in windows of paragraphs)")
    from translit.documents import EXTENSIONS, FORMATS

    v.add_argument_group("documents (Word, HTML, BibTeX, RIS)").add_argument(
        "--format", choices=FORMATS,
        help="with --in FILE --out FILE and no --column: the document's format (default: from its name, "
             f"{'/'.join(EXTENSIONS)}, else its content); only the Russian in its text changes")
    k = _add_command(sub, "key", cmd_key)
    k.add_argument("--document", action="store_true",
                   help="read the lines as one document: each word decided once from all its occurrences")

    cl = sub.add_parser("cluster", help="group headings that are the same across schemes", **_help_text("cluster"))
    cl.add_argument("file", nargs="?", help="one heading per line, or a CSV/TSV with --column")
    cl.add_argument("--in", dest="infile", metavar="FILE", help="the file, named as the other commands name "
                    "their input (instead of FILE above)")
    cl.add_argument("--column", help="the CSV/TSV column that holds the headings (its name in the header)")
    cl.add_argument("--scheme", default="alalc", choices=SCHEME_IDS, metavar="SCHEME",
                    help="the scheme the representative heading is written in (default alalc)")
    cl.add_argument("--threshold", type=float, default=90.0,
                    help="how alike two keys that are not the same must be to join, 0 to 100 (default 90)")
    cl.add_argument("--format", choices=["csv", "json"], default="csv", help="csv (the default) or json")
    cl.add_argument("--json", dest="format", action="store_const", const="json", help="the same as --format json")
    cl.add_argument("--out", help="output file (default: standard output)")
    cl.set_defaults(func=cmd_cluster)

    _add_command(sub, "detect", cmd_detect)
    _add_command(sub, "cite", cmd_cite)
    gl = _add_command(sub, "gloss", cmd_gloss)
    gl.add_argument("--words", action="store_true",
                    help="after each line, one indented row per word: input, Cyrillic, lemma, POS, source, glosses (multi-line)")
    _add_command(sub, "fix", cmd_fix)

    mc = sub.add_parser("marc", help="check, romanize or add 880s to MARC records", **_help_text("marc"))
    mc.add_argument("action", choices=["check", "romanize", "add-880"], help="what to do (see above)")
    mc.add_argument("input", metavar="IN", nargs="?", help="MARC 21 (UTF-8 or MARC-8), MARCXML or MARC-in-JSON")
    mc.add_argument("output", metavar="OUT", nargs="?", help="output file (romanize, add-880)")
    mc.add_argument("--in", dest="infile", metavar="FILE", help="IN, named as the table commands name it")
    mc.add_argument("--out", dest="outfile_", metavar="FILE", help="OUT, named as the table commands name it")
    mc.add_argument("--report", metavar="FILE", help="report file: a page when its name ends .html or .htm, "
                    "CSV for any other name")
    mc.add_argument("--rejects", help="where unparseable records go (default: OUT.rejects.mrc, else beside "
                    "the report; check without --report only lists them)")
    mc.add_argument("--threshold", type=float, default=0.8,
                    help="add-880: the lowest confidence of a reading written, 0 to 1 (default 0.8)")
    mc.add_argument("--dry-run", action="store_true",
                    help="write no output: only the report, or without --report list what would be done")
    mc.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    mc.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (scheduler address)")
    mc.set_defaults(func=cmd_marc)

    sv = sub.add_parser("serve", help="start the local web app and HTTP API", **_help_text("serve"))
    sv.add_argument("--host", default="127.0.0.1",
                    help="the address to listen on (default 127.0.0.1: only this computer can connect)")
    sv.add_argument("--port", type=_port, default=8000, help="the port, 1 to 65535 (default 8000)")
    sv.add_argument("--cors", metavar="ORIGIN", action="append",
                    help="let a web page at ORIGIN call the API from a browser (repeatable; off by default)")
    sv.add_argument("--authority", metavar="FILE",
                    help="serve /reconcile (OpenRefine) over FILE: CSV/TSV with id and heading, or MARC authority records")
    sv.set_defaults(func=cmd_serve)

    s = sub.add_parser("schemes", help="list the schemes", **_help_text("schemes"))
    s.add_argument("--json", action="store_true", help="one JSON object per scheme (what /api/schemes lists)")
    s.add_argument("--lang", "-l", choices=tuple(languages()), help="another language's schemes (default: Russian)")
    s.set_defaults(func=cmd_schemes)

    m = sub.add_parser("demo", help="read, detect and romanize every line of a file", **_help_text("demo"))
    m.add_argument("file", help="a UTF-8 text file: one title, name or citation per line (# starts a comment)")
    m.set_defaults(func=cmd_demo)
    return p


def _late_positionals(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]) -> list[str]:
    """Give the command's optional arguments without a flag (``nargs="?"``) that argparse left
    empty the words left over, in order; return what is still left. argparse fills them at its
    first chance: in ``marc romanize --dry-run IN`` (an option before the files) IN and OUT were
    taken as absent, and IN was then "not taken" by the command. A word after an option the
    command does not know is left to be reported with it (it may be that option's value)."""
    sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    command = sub.choices.get(getattr(args, "command", None)) if sub else None
    if command is None or not extra:
        return extra
    empty = [a.dest for a in command._actions
             if not a.option_strings and a.nargs == "?" and getattr(args, a.dest, None) is None]
    left, after_flag = [], False
    for word in extra:
        if empty and not after_flag and not word.startswith("-"):
            setattr(args, empty.pop(0), word)
        else:
            left.append(word)
        after_flag = word.startswith("-") and "=" not in word
    return left


def _unknown_options(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]) -> None:
    """Stop with one line naming the arguments the command does not take, and the options meant
    by the misspelt ones (``--sceme``: did you mean --scheme?)."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    command = sub.choices[args.command]
    flags = [f for a in command._actions for f in a.option_strings if f.startswith("--")]
    parts = []
    for arg in extra:
        flag = arg.split("=", 1)[0]
        role = _OTHER_NAMES.get((args.command, flag)) or _OTHER_NAMES.get((None, flag))
        if role and role[0] not in flags:
            role = None
        hints = suggest(flag, flags) if arg.startswith("-") and not role else []
        parts.append(f"{arg} (here: {role[1]})" if role else
                     f"{arg} (did you mean {' or '.join(hints)}?)" if hints else arg)
    reads_stdin = any(a.dest == "text" for a in command._actions)
    tables = "; `translit romanize --help` shows the table options of romanize, cyrillic, convert, key and fix"
    hint = (f"; a file of one text per line is read on standard input: {command.prog} < FILE > OUTPUT"
            + (tables if any(a.split("=", 1)[0] in ("--column", "--field") for a in extra) else "")
            if reads_stdin and any(a.split("=", 1)[0] in _FILE_OPTIONS for a in extra) else "")
    command.error(f"{'this command does not take' if len(extra) == 1 else 'unrecognized arguments:'} "
                  f"{', '.join(parts)}{hint}")


# an option of one command under the name another gives the same thing: (command or None for
# any, flag) → (the option that must exist here for the hint to be given, the hint)
_OTHER_NAMES = {
    ("convert", "--scheme"): ("--to", "--to names the scheme to write, --source the scheme the input is in"),
    ("romanize", "--to"): ("--scheme", "--scheme names the scheme to write"),
    ("cyrillic", "--source"): ("--scheme", "--scheme names the scheme the input is in"),
    ("cyrillic", "--from"): ("--scheme", "--scheme names the scheme the input is in"),
    ("convert", "--from"): ("--source", "--source names the scheme the input is in"),
    (None, "--format"): ("--json", "--json gives one JSON object per line"),
}

# the options that name files elsewhere: a text command that lacks them reads standard input
_FILE_OPTIONS = ("--in", "--out", "--column", "--field")


def _exit_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit in this process, so the output's part file is removed on the
    way out; worker processes forked later die as usual on their pool's SIGTERM."""
    main_pid = os.getpid()

    def handler(signum, frame):
        if os.getpid() != main_pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise SystemExit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (main() called from a thread): leave it
        pass


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout):
        try:
            stream.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):
        parser.print_help(sys.stderr)  # no command: the list of commands, not one line about it
        return 2
    args, extra = parser.parse_known_args(argv)
    extra = _late_positionals(parser, args, extra)
    if extra:
        _unknown_options(parser, args, extra)
    _exit_cleanly_on_sigterm()
    try:
        return args.func(args)
    except TranslitError as exc:
        print(f"translit: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped (| head): nothing to say; an OSError, so first
        # the interpreter's last flush of standard output would fail again: send it nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file that cannot be read or written: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"translit: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:
        if exc.code == 128 + signal.SIGTERM:
            print(f"translit: stopped (SIGTERM); {_left_behind(args)}", file=sys.stderr)
        raise
    except KeyboardInterrupt:
        print(f"translit: interrupted (Ctrl-C); {_left_behind(args)}", file=sys.stderr)
        return 130


def _left_behind(args: argparse.Namespace) -> str:
    """What a run stopped part way leaves: output files are written whole or not at all
    (:mod:`translit.outfile`); what went to standard output is the lines finished before the stop."""
    if any(getattr(args, name, None) for name in ("outfile", "out", "output", "report")):
        return "no output file was written"
    return "standard output holds the lines finished before it"


if __name__ == "__main__":
    sys.exit(main())
