"""The ``translit`` command: a thin layer over the library functions, one subcommand each.

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
from typing import Iterable, Iterator

from translit.errors import TranslitError


_SURROGATE = re.compile("[\ud800-\udfff]")


def _dumps(obj) -> str:
    """One JSON line that is valid UTF-8 whatever the input was: bytes that were not UTF-8 come in
    as lone surrogates (surrogateescape) and go out as JSON escapes (``\\udcff`` for byte 0xFF),
    which JSON parsers read and which give the original byte back."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False))


def _lines(texts: list[str]) -> Iterator[str]:
    if texts:
        yield from texts
        return
    for line in sys.stdin:
        yield line[:-1] if line.endswith("\n") else line


def _emit(items: Iterable[str]) -> None:
    out = sys.stdout
    for item in items:
        out.write(item)
        out.write("\n")
    out.flush()


def _batch(args: argparse.Namespace, spec: tuple[str, dict]) -> int | None:
    """Run the command over a table when --in is given; None when it is not a batch call."""
    if not getattr(args, "infile", None):
        return None
    from translit.batch import process_table

    if not args.outfile:
        raise TranslitError("--in needs --out (the output is written atomically, never in place)")
    column = args.column or args.field
    if getattr(args, "fix", False) and spec[0] != "fix":
        spec = (spec[0], dict(spec[1], _fix=True))
    report = process_table(args.infile, args.outfile, spec, column=column, out_column=args.out_column,
                           jobs=args.jobs, dask=args.dask, progress=None)
    for p in report.problems[:50]:
        print(f"translit: {args.infile}:{p.line}: {p.reason}", file=sys.stderr)
    if len(report.problems) > 50:
        print(f"translit: … and {len(report.problems) - 50} more problems", file=sys.stderr)
    print(f"translit: {report.summary(args.infile)}", file=sys.stderr)
    if report.rows_in and report.failed == report.rows_in:
        print(f"translit: no row of {args.infile} got a result", file=sys.stderr)
        return 1
    return 0


def _add_batch_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("batch (tables)")
    g.add_argument("--in", dest="infile", metavar="FILE", help="CSV, TSV or JSON-lines input")
    g.add_argument("--out", dest="outfile", metavar="FILE", help="output table (written atomically)")
    g.add_argument("--column", help="the CSV/TSV column to work on")
    g.add_argument("--field", help="the JSON-lines field to work on")
    g.add_argument("--out-column", help="name of the new column (default: COLUMN_COMMAND)")
    g.add_argument("--jobs", type=int, default=1, help="worker processes")
    g.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (scheduler address)")
    g.add_argument("--fix", action="store_true", help="repair damaged text first (see `translit fix`); report lost letters")


def _romanize_options(args: argparse.Namespace) -> dict:
    opts: dict = {}
    if args.ligatures:
        opts["ligatures"] = args.ligatures
    if args.drop_final_hard_sign:
        opts["drop_final_hard_sign"] = True
    if args.middle_dot:
        opts["middle_dot"] = True
    if args.acronyms:
        opts["acronyms"] = args.acronyms
    if getattr(args, "case", None):
        opts["case"] = args.case
    return opts


def cmd_romanize(args: argparse.Namespace) -> int:
    from translit.romanize import romanize, romanize_detailed

    opts = _romanize_options(args)
    lang = args.lang
    if lang != "auto":
        romanize("", args.scheme, lang, **opts)  # validate the scheme and options before reading input
    done = _batch(args, ("romanize", dict(opts, scheme=args.scheme, **({"lang": lang} if lang else {}))))
    if done is not None:
        return done
    if args.json:
        def one(line: str) -> str:
            r = romanize_detailed(line, args.scheme, lang, **opts)
            out = {"input": line, "output": r.text, "scheme": args.scheme, "notes": [n.as_dict() for n in r.notes]}
            if lang:
                out["lang"] = r.lang
            return _dumps(out)
        _emit(one(line) for line in _lines(args.text))
    else:
        _emit(romanize(line, args.scheme, lang, **opts) for line in _lines(args.text))
    return 0


def _no_batch_lang(args: argparse.Namespace) -> None:
    if getattr(args, "lang", None) and getattr(args, "infile", None):
        raise TranslitError("--lang with --in is supported by romanize only; run the other commands line by line")


def _policy(args: argparse.Namespace, default: str) -> str:
    """The reading policy asked for: --policy, else running text for --document, else ``default``."""
    return args.policy or ("running" if getattr(args, "document", False) else default)


def cmd_cyrillic(args: argparse.Namespace) -> int:
    from translit.read.reader import to_cyrillic

    _no_batch_lang(args)
    policy = _policy(args, "catalogue")
    done = _batch(args, ("cyrillic", {"scheme": args.scheme, "yo": args.yo, "policy": policy}))
    if done is not None:
        return done
    if args.lang:
        from translit.langs.api import to_cyrillic as read_lang

        def in_lang(line: str) -> str:
            r = read_lang(line, args.lang, scheme=args.scheme)
            return _dumps(r.as_dict(args.candidates or None)) if args.json else r.text

        _emit(in_lang(line) for line in _lines(args.text))
        return 0

    def show(r, extra: dict | None = None) -> str:
        if args.json:
            body = r.as_dict(args.candidates)
            if extra is not None:
                body["document"] = extra
            return _dumps(body)
        if args.candidates:
            alts = []
            for w in r.words:
                if w.is_russian and len(w.candidates) > 1 and w.confidence < 0.95:
                    alts.append(f"{w.input}: " + " | ".join(c.cyrillic for c in w.candidates[:args.candidates]))
            return r.text + ("\t[" + "; ".join(alts) + "]" if alts else "")
        return r.text

    if args.document:
        from translit.read.document import cyrillic_document

        docs = cyrillic_document(_lines(args.text), policy, scheme=args.scheme, yo=args.yo)
        _emit(show(d.result, d.as_dict()["document"]) for d in docs)
        return 0
    _emit(show(to_cyrillic(line, scheme=args.scheme, yo=args.yo, policy=policy)) for line in _lines(args.text))
    return 0


def cmd_convert(args: argparse.Namespace) -> int:
    from translit.conversion import convert

    _no_batch_lang(args)
    if args.lang:
        from translit.langs.api import convert as convert_lang

        def in_lang(line: str) -> str:
            c = convert_lang(line, to=args.to, lang=args.lang, source=args.source)
            return _dumps(c.as_dict()) if args.json else c.text

        _emit(in_lang(line) for line in _lines(args.text))
        return 0
    opts = {"source": args.source, "threshold": args.threshold, "policy": _policy(args, "running")}
    if args.case:
        opts["case"] = args.case
    convert("", to=args.to, **opts)  # validate before reading input
    done = _batch(args, ("convert", dict(opts, to=args.to)))
    if done is not None:
        return done

    def show(c, extra: dict | None = None) -> str:
        if not args.json:
            return c.text
        body = c.as_dict()
        if extra is not None:
            body["document"] = extra
        return _dumps(body)

    if not args.line_by_line:
        from translit.read.document import convert_document

        docs = convert_document(_lines(args.text), to=args.to, **opts)
        _emit(show(d.result, d.as_dict()["document"]) for d in docs)
        return 0
    _emit(show(convert(line, to=args.to, **opts)) for line in _lines(args.text))
    return 0


def cmd_key(args: argparse.Namespace) -> int:
    from translit import key

    _no_batch_lang(args)
    policy = _policy(args, "catalogue")
    done = _batch(args, ("key", {"policy": policy}))
    if done is not None:
        return done
    if args.lang:
        _emit(key(line, args.lang) for line in _lines(args.text))
        return 0
    if args.document:
        from translit.read.document import key_document

        _emit(d.result.key for d in key_document(_lines(args.text), policy))
        return 0
    _emit(key(line, policy=policy) for line in _lines(args.text))
    return 0


def cmd_cluster(args: argparse.Namespace) -> int:
    import csv

    from translit.batch import table_format
    from translit.clustering import cluster

    try:
        fh = open(args.file, encoding="utf-8", errors="surrogateescape", newline="")
    except OSError as exc:
        raise TranslitError(f"{args.file}: {exc.strerror}") from None
    with fh:
        if args.column:
            delim = "\t" if table_format(args.file) == "tsv" else ","
            rows = csv.DictReader(fh, delimiter=delim)
            if rows.fieldnames is None or args.column not in rows.fieldnames:
                raise TranslitError(f"{args.file}: no column {args.column!r}")
            headings = [r[args.column] for r in rows if r.get(args.column)]
        else:
            headings = [ln.rstrip("\n") for ln in fh if ln.strip()]
    clusters = cluster(headings, scheme=args.scheme, threshold=args.threshold, progress=sys.stderr.isatty())
    from translit.outfile import AtomicFile

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
    An ibid. inherits from the previous citation on the same line only."""
    from translit.archives.citation import parse_citations

    def line_out(line: str) -> str:
        found = parse_citations(line)
        if args.json:
            cits = [dict(c.as_dict(), formatted=c.format(args.style, archive=args.archive)) for c in found]
            return _dumps({"input": line, "citations": cits})
        written = [c.format(args.style, archive=args.archive) for c in found]
        # "…, d. 157; GARF, …": a citation's closing period gives way to the semicolon
        return "; ".join([re.sub(r"(?<!\bob)(?<!об)\.$", "", w) for w in written[:-1]] + written[-1:])

    _emit(line_out(line) for line in _lines(args.text))
    return 0


def cmd_gloss(args: argparse.Namespace) -> int:
    """One line per input line: the Cyrillic reading, a tab, ``gloss:`` and the word-by-word gloss
    (``--json``: the whole analysis; ``--words``: a table of the words under each line)."""
    from translit.glossary import gloss_text
    from translit.glossary.dictionary import status

    note = status()["note"]
    if note and not args.json:
        print(f"translit: {note}", file=sys.stderr)

    def one(line: str) -> str:
        g = gloss_text(line)
        if args.json:
            return _dumps(g.as_dict())
        head = f"{g.cyrillic}\tgloss: {g.gloss}"
        if not args.words:
            return head
        rows = [f"  {w.input}\t{w.cyrillic}\t{w.lemma or ''}\t{w.pos or ''}\t{w.source}\t{'; '.join(w.glosses) or '—'}"
                for w in g.words]
        return "\n".join([head] + rows)

    _emit(one(line) for line in _lines(args.text))
    return 0


def cmd_marc(args: argparse.Namespace) -> int:
    from translit.marc import is_xml, run

    if args.action != "check" and not args.output and not args.dry_run:
        raise TranslitError(f"marc {args.action} needs OUT (or --dry-run)")
    report = run(args.action, args.input, args.output, report_path=args.report, rejects_path=args.rejects,
                 threshold=args.threshold, dry_run=args.dry_run, jobs=args.jobs, dask=args.dask)
    where = "record" if is_xml(args.input) else "record at byte"
    for pos, reason in report.rejected:
        print(f"translit: {args.input}: {where} {pos} rejected: {reason}", file=sys.stderr)
    if report.rejects_path:
        print(f"translit: rejected records written to {report.rejects_path}", file=sys.stderr)
    if args.action == "check" and not args.report:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["record", "field", "found", "expected", "kind"])
        for d in report.differences:
            w.writerow(d.row())
    print(f"translit: {args.input}: {report.summary()}", file=sys.stderr)
    return 0 if report.records_out or not report.records_in else 1


def cmd_fix(args: argparse.Namespace) -> int:
    from translit.repair import fix

    done = _batch(args, ("fix", {}))
    if done is not None:
        return done

    def one(line: str) -> str:
        r = fix(line)
        if args.json:
            return _dumps(r.as_dict())
        for lost in r.lost:
            print(f"translit: lost letters at {lost.start}: …{lost.context}…", file=sys.stderr)
        return r.text

    _emit(one(line) for line in _lines(args.text))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from translit.web.app import serve

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
    from translit.read.detect import detect

    from translit.langs.identify import identify

    def one(line: str) -> str:
        d = detect(line)
        if args.json:
            lang = identify(line)
            return _dumps(dict(d.as_dict(), language=lang.language, language_confidence=round(lang.confidence, 3),
                                   language_evidence=lang.ranking[0].evidence[:6] if lang.ranking else []))
        if not d.is_romanized_russian:
            return f"not romanized Russian ({d.reason})"
        top = d.ranking[0]
        ev = "; ".join(top.evidence)
        return f"{top.scheme}\t{ev}"

    _emit(one(line) for line in _lines(args.text))
    return 0


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
    """Run the main job on a file: every line detected, read, romanized, keyed, cited, glossed."""
    from translit.archives.citation import find_citations
    from translit.conversion import convert
    from translit.glossary import gloss_text
    from translit.matchkey import key
    from translit.read.detect import detect
    from translit.read.reader import to_cyrillic
    from translit.romanize import romanize

    try:
        fh = open(args.file, encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        print(f"translit: {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    show = lambda label, text: print(f"     {label:<11}{text}")  # noqa: E731
    with fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            print(f"{lineno:>3}  {line}")
            cites = find_citations(line)
            for c in cites:
                renamed = f" ({c.archive_cited} is now {c.archive_current})" if c._match is not None \
                    and c._match.is_predecessor else ""
                show("citation", c.format("english", archive="current") + renamed)
                show("GOST", c.format("gost", archive="current"))
            if cites:
                continue
            if any("\u0400" <= ch <= "\u04ff" for ch in line):
                cyr = line
            else:
                d = detect(line)
                if not d.is_romanized_russian:
                    c = convert(line, to="alalc")
                    if any(s.converted for s in c.spans):
                        show("converted", c.text)
                    else:
                        show("", f"(not romanized Russian: {d.reason})")
                    continue
                r = to_cyrillic(line)
                cyr = r.text
                show("scheme", f"{r.scheme}  (confidence {r.confidence:.2f}; {d.ranking[0].evidence[0]})")
                show("Cyrillic", cyr)
            show("ALA-LC", romanize(cyr, "alalc"))
            show("plain LC", romanize(cyr, "alalc-plain"))
            show("BGN/PCGN", romanize(cyr, "bgn-pcgn"))
            show("ISO 9", romanize(cyr, "iso9"))
            show("key", key(line))
            show("gloss", gloss_text(cyr).gloss)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from translit.schemes import SCHEME_IDS, languages, scheme_ids

    every_scheme = tuple(dict.fromkeys(sid for code in languages() for sid in scheme_ids(code)))
    lang_choices = tuple(languages()) + ("auto",)
    lang_help = "language of the text: ru (default), uk, be, bg, sr, mk, rue, or auto (identify each line)"
    p = argparse.ArgumentParser(prog="translit", description="Romanize Russian and read romanizations back.")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("romanize", help="Cyrillic → a romanization scheme")
    r.add_argument("text", nargs="*", help="text to romanize (default: standard input, line by line)")
    r.add_argument("--scheme", "-s", default="alalc", choices=every_scheme, metavar="SCHEME")
    r.add_argument("--lang", "-l", choices=lang_choices, help=lang_help)
    r.add_argument("--ligatures", choices=["unicode", "marc"], help="ALA-LC ties: U+0361 or U+FE20/U+FE21")
    r.add_argument("--drop-final-hard-sign", action="store_true", help="AACR2-era practice for pre-1918 text")
    r.add_argument("--middle-dot", action="store_true", help="strict BGN/PCGN with the separating dot")
    r.add_argument("--acronyms", choices=["title", "upper"], help="ЦК → TsK (title) or TSK (upper)")
    r.add_argument("--case", choices=["keep", "catalog"], help="catalog: RDA appendix A capitalization")
    r.add_argument("--json", action="store_true", help="one JSON object per line, with notes")
    _add_batch_options(r)
    r.set_defaults(func=cmd_romanize)

    c = sub.add_parser("cyrillic", help="any romanization → Cyrillic")
    c.add_argument("text", nargs="*")
    c.add_argument("--scheme", "-s", choices=every_scheme, metavar="SCHEME", help="the input's scheme (default: detect)")
    c.add_argument("--lang", "-l", choices=lang_choices, help=lang_help)
    c.add_argument("--candidates", "-n", type=int, default=0, help="show up to N candidates per uncertain word")
    c.add_argument("--yo", action="store_true", help="restore ё from the dictionary where the input did not mark it")
    c.add_argument("--json", action="store_true")
    c.add_argument("--policy", choices=("catalogue", "running", "every"),
                   help="which words are Russian: a catalogue field, running text (English stays English), every word")
    c.add_argument("--document", action="store_true",
                   help="read the lines as one document: each word decided once from all its occurrences")
    _add_batch_options(c)
    c.set_defaults(func=cmd_cyrillic)

    v = sub.add_parser("convert", help="convert the Russian inside running text to another scheme")
    v.add_argument("text", nargs="*")
    v.add_argument("--to", default="alalc", choices=("cyrillic",) + every_scheme, metavar="SCHEME")
    v.add_argument("--source", choices=every_scheme, metavar="SCHEME", help="the input's scheme (default: detect)")
    v.add_argument("--lang", "-l", choices=lang_choices, help=lang_help)
    v.add_argument("--threshold", type=float, default=0.0, help="leave spans below this confidence as they are")
    v.add_argument("--case", choices=["keep", "catalog"])
    v.add_argument("--json", action="store_true")
    v.add_argument("--policy", choices=("catalogue", "running", "every"),
                   help="which words are Russian: a catalogue field, running text (English stays English), every word")
    v.add_argument("--line-by-line", action="store_true",
                   help="decide each line alone (default: the lines are one document, read in windows of paragraphs)")
    _add_batch_options(v)
    v.set_defaults(func=cmd_convert)

    k = sub.add_parser("key", help="match key of a title or name (for search indexes)")
    k.add_argument("text", nargs="*")
    k.add_argument("--lang", "-l", choices=lang_choices,
                   help="read the text in this language (auto: identify it); keys then agree across languages")
    k.add_argument("--policy", choices=("catalogue", "running", "every"),
                   help="which words are Russian: a catalogue field, running text (English stays English), every word")
    k.add_argument("--document", action="store_true",
                   help="read the lines as one document: each word decided once from all its occurrences")
    _add_batch_options(k)
    k.set_defaults(func=cmd_key)

    cl = sub.add_parser("cluster", help="group headings that are the same across schemes")
    cl.add_argument("file", help="one heading per line, or a CSV/TSV with --column")
    cl.add_argument("--column")
    cl.add_argument("--scheme", default="alalc", choices=SCHEME_IDS, metavar="SCHEME", help="scheme of the representative")
    cl.add_argument("--threshold", type=float, default=90.0, help="rapidfuzz ratio for near keys")
    cl.add_argument("--format", choices=["csv", "json"], default="csv")
    cl.add_argument("--out", help="output file (default: standard output)")
    cl.set_defaults(func=cmd_cluster)

    d = sub.add_parser("detect", help="which scheme is this, with the evidence")
    d.add_argument("text", nargs="*")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_detect)

    ct = sub.add_parser("cite", help="find, parse and re-format archival citations (one output line per input line)")
    ct.add_argument("text", nargs="*")
    ct.add_argument("--style", choices=["english", "gost", "chicago"], default="english")
    ct.add_argument("--archive", choices=["cited", "current"], default="cited",
                    help="write the archive as cited (default) or under its current name")
    ct.add_argument("--json", action="store_true")
    ct.set_defaults(func=cmd_cite)

    gl = sub.add_parser("gloss", help="gloss every word of a Russian title in English (a gloss, not a translation)")
    gl.add_argument("text", nargs="*")
    gl.add_argument("--json", action="store_true", help="one JSON object per line: every word, its glosses and their source")
    gl.add_argument("--words", action="store_true",
                    help="after each line, one indented row per word: input, Cyrillic, lemma, POS, source, glosses (multi-line)")
    gl.set_defaults(func=cmd_gloss)

    fx = sub.add_parser("fix", help="repair mojibake, lookalike letters and Unicode form; report lost letters")
    fx.add_argument("text", nargs="*")
    fx.add_argument("--json", action="store_true")
    _add_batch_options(fx)
    fx.set_defaults(func=cmd_fix)

    mc = sub.add_parser("marc", help="check, romanize or add 880s to MARC records")
    mc.add_argument("action", choices=["check", "romanize", "add-880"])
    mc.add_argument("input", metavar="IN", help="MARC 21 (UTF-8 or MARC-8) or MARCXML")
    mc.add_argument("output", metavar="OUT", nargs="?", help="output file (romanize, add-880)")
    mc.add_argument("--report", help="report file: .csv or .html")
    mc.add_argument("--rejects", help="where unparseable records go (default: OUT.rejects.mrc, else beside "
                    "the report; check without --report only lists them)")
    mc.add_argument("--threshold", type=float, default=0.8, help="add-880: lowest confidence written")
    mc.add_argument("--dry-run", action="store_true", help="write only the report")
    mc.add_argument("--jobs", type=int, default=1)
    mc.add_argument("--dask", metavar="ADDRESS")
    mc.set_defaults(func=cmd_marc)

    sv = sub.add_parser("serve", help="start the local web app and HTTP API")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--cors", metavar="ORIGIN", action="append",
                    help="let a web page at ORIGIN call the API from a browser (repeatable; off by default)")
    sv.add_argument("--authority", metavar="FILE",
                    help="serve /reconcile (OpenRefine) over FILE: CSV/TSV with id and heading, or MARC authority records")
    sv.set_defaults(func=cmd_serve)

    s = sub.add_parser("schemes", help="list the schemes")
    s.add_argument("--json", action="store_true")
    s.add_argument("--lang", "-l", choices=tuple(languages()), help="another language's schemes (default: Russian)")
    s.set_defaults(func=cmd_schemes)

    m = sub.add_parser("demo", help="read, detect and romanize every line of a file")
    m.add_argument("file")
    m.set_defaults(func=cmd_demo)
    return p


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
    args = build_parser().parse_args(argv)
    _exit_cleanly_on_sigterm()
    try:
        return args.func(args)
    except TranslitError as exc:
        print(f"translit: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file that cannot be read or written: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"translit: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:
        if exc.code == 128 + signal.SIGTERM:
            print("translit: stopped (SIGTERM); no output file was written", file=sys.stderr)
        raise
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
