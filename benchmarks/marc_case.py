"""Capitalization of `marc romanize` against the cataloguers' own romanized fields.

Every romanized field of the real records under shared/data/marc that is linked to a Cyrillic
880 is romanized again from its 880 by ``translit.marc.romanize_field`` (the tag's row of
marc_fields.toml, the case rules of ``translit.case.field_case``) and compared with what the
cataloguer wrote, subfield by subfield, ties and normalization folded: letters folded for case
give the letter agreement, and among the subfields whose letters agree, case-sensitive equality
gives the case agreement. The earlier rule (catalogue case on every 245/246 $a $b $n $p, source
case elsewhere) is measured beside it. None of these records was used to write the rules.

    .venv/bin/python benchmarks/marc_case.py [--show]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED  # noqa: E402

MARC_DIRS = [SHARED.parent / "marc", Path("/work/shared/data/marc")]


def records():
    import pymarc

    folder = next((d for d in MARC_DIRS if d.is_dir()), None)
    if folder is None:
        return
    for path in sorted(folder.iterdir()):
        if path.suffix in (".xml", ".mrx"):
            recs = pymarc.parse_xml_to_array(str(path))
        else:
            with open(path, "rb") as fh:
                recs = list(pymarc.MARCReader(fh, to_unicode=True, permissive=True))
        for r in recs:
            if r is not None:
                yield path.name, r


def main() -> None:
    from pymarc import Field, Subfield

    from translit.marc import FIELDS, _linked_pairs, converts, romanize_field
    from translit.normalize import fold_ties
    from translit.romanize import romanize

    def norm(s: str) -> str:
        s = unicodedata.normalize("NFC", fold_ties(unicodedata.normalize("NFC", s)))
        return re.sub(r"\s+", " ", s).strip(" .,:;/=")

    def old(tag: str, code: str, v: str) -> str:
        catalog = tag in ("245", "246") and code in "abnp"
        return romanize(v, "alalc", case="catalog") if catalog else romanize(v, "alalc")

    show = "--show" in sys.argv
    seen: set[tuple[str, str]] = set()
    n = letters_ok = case_new = case_old = 0
    for name, rec in records():
        for rom, vern in _linked_pairs(rec):
            if rom.tag not in FIELDS or not re.search("[\u0400-\u04ff]", vern.value()):
                continue
            vsubs = [Subfield(s.code, s.value) for s in vern.subfields if s.code != "6"]
            ours = romanize_field(Field(tag=rom.tag, indicators=list(vern.indicators), subfields=vsubs))
            theirs = [(s.code, s.value) for s in rom.subfields if s.code != "6"]
            if [c for c, _ in ours] != [c for c, _ in theirs]:
                continue
            for (c, got), (_, want), vs in zip(ours, theirs, vsubs):
                if not converts(rom.tag, c, vs.value) or not re.search("[\u0400-\u04ff]", vs.value):
                    continue
                k = (norm(want), norm(vs.value))
                if k in seen:  # the same field in a record's binary and XML copies counts once
                    continue
                seen.add(k)
                n += 1
                if norm(got).lower() != norm(want).lower():
                    continue
                letters_ok += 1
                case_new += norm(got) == norm(want)
                case_old += norm(old(rom.tag, c, vs.value)) == norm(want)
                if show and norm(got) != norm(want):
                    print(f"{name}\t{rom.tag} ${c}\tours: {got}\tcataloguer: {want}")
    print(f"{n} romanized subfields linked to a Cyrillic 880; letters agree on {letters_ok}")
    if letters_ok:
        print(f"case agrees: marc_fields.toml rules {case_new} ({100 * case_new / letters_ok:.1f} %), "
              f"catalogue case on 245/246 abnp {case_old} ({100 * case_old / letters_ok:.1f} %)")


if __name__ == "__main__":
    main()
