"""Archival citations through ``convert``: does a citation survive conversion to Cyrillic and to a
scheme with every part intact, and are its labels written as labels?

For every footnote of the citation benchmark parts (``data/citations_*.txt``, the parts given with
``--part``, default all there are), each citation found in the text is compared, field by field
(archive, fond, opis', delo, … folios), with the citations found again in ``convert(text, to)``.
A citation *survives* when the converted text yields one with the same fields. A *stray label* is a
label or verso mark of a citation in a converted Cyrillic text that still has Latin letters (Bl.,
Rs., file), or in a Latin one that still has Cyrillic letters.

An *archive acronym in the other script* (cite18) is a citation's archive acronym (every word of
its name of two capitals or more: GATO, ЦГАОР СССР, TsGA SPb) that a converted text still writes in
the source's script where the target's has a spelling: a registry name with one (not LVIA in
Cyrillic), or an acronym outside the registry in a citation with an opis' (GATO, f. R-1832, op. 1:
a post-Soviet archive's, spelled in both scripts).

Reported beside the same measure with the citation marks left to the reader (``--reader-only``
switches the labels data off: what ``convert`` did before it wrote citation marks from labels.toml).
The target ``reader`` is ``to_cyrillic`` (``translit cyrillic``), which writes the marks from the
data as ``convert`` does since the seventh citation round.

    .venv/bin/python benchmarks/citation_convert.py [--part FILE …] [--to cyrillic --to alalc …]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import translit  # noqa: E402
from translit.archives import rewrite  # noqa: E402
from translit.archives.citation import parse_citations  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
PARTS = ("citations_dev.txt", "citations_dev2.txt", "citations_heldout.txt", "citations_heldout2.txt", "citations_heldout3.txt",
         "citations_heldout4.txt", "citations_heldout5.txt", "citations_heldout6.txt")
CYR = re.compile("[\u0400-\u04ff]")
LAT = re.compile("[A-Za-z]")


def texts(name: str) -> list[str]:
    from citations import joined_lines  # a footnote broken across lines is one text

    return [line for line in joined_lines(name) if line.strip() and not line.startswith(("#", "="))]


def fields(c) -> tuple:
    """A citation's parts; an archive outside the registry counts as "?" (its name is prose, which
    the reader converts, not a mark of the citation); a fond or opis' named in words (f.
    Kantseliariia, op. Sovet) by its romanization, which convert writes in the target's script
    (cite22: оп. Совет is op. Sovet converted, not another opis')."""
    from translit.archives.citation import _fond_name_in, _named_fond

    d = c.fields()
    for f in ("fond", "opis"):
        if _named_fond(d[f]):
            d[f] = _fond_name_in(d[f], cyrillic=False)
    return (d["archive_current"] or "?", *(d[f] for f in ("fond", "opis", "perechen", "papka", "delo",
                                                                     "storage_unit", "tom", "dokument", "folios")))


_GLOSSED = re.compile(r"([^\s()]+)\s*\([^()]+\)")
_CAPITALS2 = re.compile(r"\S*[A-ZА-ЯЁІЇЄЎ]\S*[A-ZА-ЯЁІЇЄЎ]\S*")


def _acronym_in_other_script(c, written: str, to: str) -> bool | None:
    """Whether an archive mark ``written`` of citation ``c`` in a text converted to ``to`` is an
    acronym left in the other script (see the module's docstring); None when it is no acronym the
    target has a spelling of."""
    from translit.archives.citation import _lookup

    glossed = _GLOSSED.fullmatch(written)  # GAKO (State Archive of Kirov Oblast): the acronym
    written = glossed.group(1) if glossed else written
    words = written.split()
    if not words or not all(_CAPITALS2.fullmatch(w) for w in words):
        return None
    cyrillic = to in ("cyrillic", "reader")
    own = _lookup(written)
    name = own.cited if own is not None else c._match.cited if c._match is not None else None
    if name is None and c.opis is None:
        return None
    if name is not None and cyrillic and not name.acronym_cyr:
        return None
    return bool((LAT if cyrillic else CYR).search(written))


def measure(lines: list[str], to: str) -> dict[str, int]:
    n = survived = stray = marks = acronyms = other_script = 0
    for text in lines:
        before = parse_citations(text)
        if not before:
            continue
        out = translit.to_cyrillic(text).text if to == "reader" else translit.convert(text, to).text
        after = [fields(c) for c in parse_citations(out)]
        for c in before:
            n += 1
            survived += fields(c) in after
        wrong = LAT if to in ("cyrillic", "reader") else CYR
        for c in parse_citations(out):
            for kind, _, a, b in c.marks:
                if kind == "label" or (kind == "value" and re.search(r"\d\s*[^\W\d_]{2}", out[a:b])):
                    marks += 1
                    stray += wrong.search(out[a:b]) is not None
                elif kind in ("archive", "named"):
                    left = _acronym_in_other_script(c, out[a:b], to)
                    if left is not None:
                        acronyms += 1
                        other_script += left
    return {"citations": n, "survived": survived, "marks": marks, "stray": stray, "acronyms": acronyms,
            "other_script": other_script}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", action="append", metavar="FILE", help="a part's file name (repeatable); default: all")
    ap.add_argument("--to", action="append", help="target (repeatable): cyrillic, reader (to_cyrillic) or a scheme; "
                    "default: cyrillic, reader, alalc, bgn-pcgn, iso9")
    ap.add_argument("--reader-only", action="store_true", help="leave citation marks to the reader (the old convert)")
    args = ap.parse_args()
    if args.reader_only:
        rewrite.citation_edits = lambda text, to, **options: []  # what convert did before
        import translit.conversion  # noqa: F401  (imports citation_edits inside convert)
        sys.modules["translit.archives.rewrite"].citation_edits = rewrite.citation_edits
    lines = [t for name in (args.part or PARTS) if (DATA / name).exists() for t in texts(name)]
    started = time.perf_counter()
    print(f"{len(lines)} footnotes{' (reader only)' if args.reader_only else ''}\n")
    print("| to | citations | survive conversion | label marks | stray script in a mark | archive acronyms "
          "| in the other script |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for to in args.to or ["cyrillic", "reader", "alalc", "bgn-pcgn", "iso9"]:
        r = measure(lines, to)
        print(f"| {to} | {r['citations']} | {r['survived']} ({100 * r['survived'] / max(1, r['citations']):.1f}%) | "
              f"{r['marks']} | {r['stray']} | {r['acronyms']} | {r['other_script']} |")
    print(f"\n{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
