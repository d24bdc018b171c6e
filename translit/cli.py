"""The ``translit`` command: a thin layer over the library functions, one subcommand each.

Every subcommand takes TEXT arguments or, without them, reads standard input line by line and
writes one output line per input line as it goes (constant memory, any file size). ``--json``
writes one JSON object per line, the same shapes the library's ``as_dict()`` gives. Bytes that
are not valid UTF-8 pass through unchanged (surrogateescape) instead of stopping the run.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Iterable, Iterator

from translit.errors import TranslitError


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
    return opts


def cmd_romanize(args: argparse.Namespace) -> int:
    from translit.romanize import romanize, romanize_detailed

    opts = _romanize_options(args)
    romanize("", args.scheme, **opts)  # validate the scheme and options before reading input
    if args.json:
        def one(line: str) -> str:
            r = romanize_detailed(line, args.scheme, **opts)
            return json.dumps({"input": line, "output": r.text, "scheme": args.scheme,
                               "notes": [n.as_dict() for n in r.notes]}, ensure_ascii=False)
        _emit(one(line) for line in _lines(args.text))
    else:
        _emit(romanize(line, args.scheme, **opts) for line in _lines(args.text))
    return 0


def cmd_cyrillic(args: argparse.Namespace) -> int:
    from translit.read.reader import to_cyrillic

    def one(line: str) -> str:
        r = to_cyrillic(line, scheme=args.scheme, yo=args.yo)
        if args.json:
            return json.dumps(r.as_dict(args.candidates), ensure_ascii=False)
        if args.candidates:
            alts = []
            for w in r.words:
                if w.is_russian and len(w.candidates) > 1 and w.confidence < 0.95:
                    alts.append(f"{w.input}: " + " | ".join(c.cyrillic for c in w.candidates[:args.candidates]))
            return r.text + ("\t[" + "; ".join(alts) + "]" if alts else "")
        return r.text

    _emit(one(line) for line in _lines(args.text))
    return 0


def cmd_detect(args: argparse.Namespace) -> int:
    from translit.read.detect import detect

    def one(line: str) -> str:
        d = detect(line)
        if args.json:
            return json.dumps(d.as_dict(), ensure_ascii=False)
        if not d.is_romanized_russian:
            return f"not romanized Russian ({d.reason})"
        top = d.ranking[0]
        ev = "; ".join(top.evidence)
        return f"{top.scheme}\t{ev}"

    _emit(one(line) for line in _lines(args.text))
    return 0


def cmd_schemes(args: argparse.Namespace) -> int:
    from translit import schemes

    rows = schemes()
    if args.json:
        _emit(json.dumps(r, ensure_ascii=False) for r in rows)
        return 0
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        rev = "reversible" if r["reversible"] else "lossy"
        opts = ", ".join(f"{k}={v}" for k, v in r["options"].items())
        print(f"{r['id']:<{width}}  {rev:<10}  {r['standard']}" + (f"  [options: {opts}]" if opts else ""))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the main job on a file: every line detected, read into Cyrillic and romanized."""
    from translit.read.detect import detect
    from translit.read.reader import to_cyrillic
    from translit.romanize import romanize

    try:
        fh = open(args.file, encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        print(f"translit: {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    with fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            print(f"{lineno:>3}  {line}")
            has_cyr = any("\u0400" <= c <= "\u04ff" for c in line)
            if has_cyr:
                cyr = line
                print(f"     ALA-LC     {romanize(line, 'alalc')}")
            else:
                d = detect(line)
                if not d.is_romanized_russian:
                    print(f"     (not romanized Russian: {d.reason})")
                    continue
                r = to_cyrillic(line)
                cyr = r.text
                print(f"     scheme     {r.scheme}  (confidence {r.confidence:.2f}; {d.ranking[0].evidence[0]})")
                print(f"     Cyrillic   {cyr}")
                print(f"     ALA-LC     {romanize(cyr, 'alalc')}")
            print(f"     plain LC   {romanize(cyr, 'alalc-plain')}")
            print(f"     BGN/PCGN   {romanize(cyr, 'bgn-pcgn')}")
            print(f"     ISO 9      {romanize(cyr, 'iso9')}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from translit.schemes import SCHEME_IDS

    p = argparse.ArgumentParser(prog="translit", description="Romanize Russian and read romanizations back.")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("romanize", help="Cyrillic → a romanization scheme")
    r.add_argument("text", nargs="*", help="text to romanize (default: standard input, line by line)")
    r.add_argument("--scheme", "-s", default="alalc", choices=SCHEME_IDS, metavar="SCHEME")
    r.add_argument("--ligatures", choices=["unicode", "marc"], help="ALA-LC ties: U+0361 or U+FE20/U+FE21")
    r.add_argument("--drop-final-hard-sign", action="store_true", help="AACR2-era practice for pre-1918 text")
    r.add_argument("--middle-dot", action="store_true", help="strict BGN/PCGN with the separating dot")
    r.add_argument("--acronyms", choices=["title", "upper"], help="ЦК → TsK (title) or TSK (upper)")
    r.add_argument("--json", action="store_true", help="one JSON object per line, with notes")
    r.set_defaults(func=cmd_romanize)

    c = sub.add_parser("cyrillic", help="any romanization → Cyrillic")
    c.add_argument("text", nargs="*")
    c.add_argument("--scheme", "-s", choices=SCHEME_IDS, metavar="SCHEME", help="the input's scheme (default: detect)")
    c.add_argument("--candidates", "-n", type=int, default=0, help="show up to N candidates per uncertain word")
    c.add_argument("--yo", action="store_true", help="restore ё from the dictionary where the input did not mark it")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_cyrillic)

    d = sub.add_parser("detect", help="which scheme is this, with the evidence")
    d.add_argument("text", nargs="*")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_detect)

    s = sub.add_parser("schemes", help="list the schemes")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_schemes)

    m = sub.add_parser("demo", help="read, detect and romanize every line of a file")
    m.add_argument("file")
    m.set_defaults(func=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout):
        try:
            stream.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except TranslitError as exc:
        print(f"translit: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
