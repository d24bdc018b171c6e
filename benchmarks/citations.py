"""Archival citation finding and parsing accuracy: citations found and missed, spurious ones,
and per-field accuracy, on footnotes written for this benchmark and labelled field by field
(``data/citations_dev.txt``, the part the rules were written against;
``data/citations_heldout.txt``, written after the rules, whose first run is reported and whose
misses then led to fixes; ``data/citations_heldout2.txt``, written after those fixes and run once;
``data/citations_heldout3.txt``, written later by someone who had not read the parser or its
tests, held out and run once; ``data/citations_heldout4.txt`` and ``data/citations_heldout5.txt``,
each written the same way by another session, run once, then studied; ``data/citations_heldout6.txt``,
written the same way, run once, then studied by the seventh round; ``data/citations_heldout7.txt``,
written the same way, run once, then studied by the eighth round; ``data/citations_dev2.txt``, a
second development part of messy footnotes: several archives with prose, OCR damage, line breaks
and soft hyphens, document collections with provenance, ranges across files, the Smolensk Archive;
``data/citations_heldout8.txt``, written the same way as the held-out parts, run once, then
studied by cite9, which brought four ibid. labels to the development part's convention;
``data/citations_heldout9.txt``, written the same way, run once, then studied by cite10, which
brought four ibid. labels to the development part's convention;
``data/citations_heldout10.txt``, written the same way by writer15, run once, then studied by cite11, which
brought two ibid. labels to the development part's convention;
``data/citations_heldout11.txt``, written the same way by writer17, run once, then studied by cite14, which
changed no label: two ibid. labels (arc=- inside a footnote, where the development part inherits) and
three arc=? of archives now in the registry (DAOO, DAKhO, OR RNB) are left as written;
``data/citations_heldout12.txt``, written the same way by writer19, run once, then studied by cite16, which
brought two ibid. labels to the development part's convention and two arc=? labels of archives in the
registry (ARAN, SPbF ARAN) to their row's id;
``data/citations_heldout13.txt``, written the same way by writer21, run once, then studied by cite17, which
changed no label;
``data/citations_heldout14.txt``, written the same way by writer24, run once, then STUDIED by cite18, which
changed no label: two arc=GANO labels of the acronym alone, which the registry keeps unresolved
(the Novgorod oblast archive's is the same), are left as written;
``data/citations_heldout15.txt``, written the same way by writer26 on 2026-12-01 (law and the courts, Russian
America, exploration and the Arctic, aviation, art and architecture, children's books, the Baltic archives),
run once: 129 citations, 127 found, 0 spurious, 126/127 every field right; then STUDIED by cite20, which
brought one arc=? label of an archive in the registry (TsDIAK) to its row's id and left the named fond
(f. Rossiisko-Amerikanskaia kompaniia, no f=: the fond is now read as its name) as written.
``data/citations_heldout16.txt``, written the same way by writer28 on 2026-12-01 (cinema, linguistics and
science, religion outside Orthodoxy, the Caucasus and Central Asia, railways and Harbin, war, dissent, education,
regional and republic archives of Tatarstan, Buryatia, Khabarovsk, Irkutsk, Sakhalin, Uzbekistan and Ukraine),
run once: 121 citations, 120 found, 0 spurious, 116/120 every field right, 117/120 re-formatted right; then
STUDIED by cite22 (2026-12-02), which brought two arc=? labels of an archive in the registry (TsGA RUz) to
its row's id.
``data/citations_heldout17.txt``, written the same way by writer30 on 2026-12-02 (genetics and agriculture, the
museum sales and Torgsin, the 1897 census, Siberia and the Kiakhta trade, espionage, computing, the navy and
Kronstadt, sport and the 1980 Games, publishing, singers, the emigration in Shanghai and Paris, the new towns and
the space programme, the 1990s; regional archives as arc=?, republic archives of Kazakhstan, Belarus, Ukraine,
Estonia, Latvia and Moldova with their own labels: spr./ark., apr./l./lp., inv./d./f.), held out at first, run
once: 126 citations, 125 found, 0 spurious, 124/125 every field right, 124/125 re-formatted right; studied since by
cite24 (2026-12-02), which changed no label.
``data/citations_heldout18.txt``, written the same way by writer32 on 2026-12-02 (ballet, chess, Silver Age poets,
photography, the Decembrists, women's history, the famine and the ARA, the emigration in Prague and Belgrade,
Chernobyl, the Romanovs, Tolstoyans; regional archives as arc=?, Ukrainian, Belarusian, Estonian and Lithuanian
archives with their own labels: spr./ark./zv., n./s./l., ap./b./l.), held out at first, run once:
124 citations, 123 found, 0 spurious, 118/123 every field right, 123/123 re-formatted right; studied since by
cite26 (2026-12-02), which brought three arc=? labels of archives in the registry (TsGIA SPb, LVIA, the MIA
Archive of Georgia) to their rows' ids and one opis' label (op=42 for the text's op. 1) to its text.
``data/citations_heldout19.txt``, written the same way by writer34 on 2026-12-02 (the eighteenth century and the
Academy, Muscovy, Pugachev and Razin, the Old Believers, historians, Herzen and the populists, 1905 and the Duma, the
Civil War's Whites, satire, the novelists, the Thaw, Moscow building, the 1922 expulsions; regional archives as arc=?,
ambiguous regional acronyms, Latvian, Estonian, Lithuanian and Ukrainian archives with their own labels), held out at
first, run once: 137 citations, 133 found, 0 spurious, 120/133 every field right, 133/133 re-formatted right; studied
since by cite28 (2026-12-02), which brought five arc=? labels of archives in the registry (TsGIA SPb, GANO with
Novosibirsk named, LVVA, EAA, LVIA) to their rows' ids and two cited=TsGADA to the predecessor's id TsGADA_SSSR.
``data/citations_heldout20.txt``, HELD OUT (written by writer36 on 2026-12-02, never tuned on) the same way (the siege
of Leningrad, the camps and Solovki, music and the Paris seasons, Jewish history and the Pale, Chagall and Vitebsk,
Hašek and the Legion, Georgia and Repentance, Sputnik and Landau, Grossman, icons and monasteries, cookery, perestroika's
press; old archive names (RTsKhIDNI, TsPA IML, TsGAOR, TsGAOR SSSR, LPA, GAFKE, TsGADA, TsKhDMO, TsAODM, TsGASA,
TsGVIA SSSR, TsGANKh SSSR, TsKhSD, TsA KGB SSSR), regional archives as arc=?, Ukrainian, Belarusian, Estonian,
Lithuanian and Moldovan archives with their own labels); its header has the first run.

In the development and studied parts, cite12 brought the labels arc=? of archives it added to the
registry (DAKhO, GANO, PermGASPI …) to their row's id, and cite13 those of the manuscript departments
it added (NIOR RGB, OR RNB, RO IRLI, NA IRI RAN), and the lead those of ARAN (cite14's row; one
"Arkhiv RAN, f. …" each in held out 4-7); the held-out parts keep theirs.

Each footnote is parsed whole with ``parse_citations``; expected and reported citations are
aligned in order. A field counts where either side has a value; the archive is compared as the
current archive's id (``?`` for one not in the registry) and, where labelled, the name as cited.

"Re-formatted right" (cite18) checks each found citation written again (``Citation.format``) in
every style, with the archive as cited and as now named, by rules that need no label: the
english and chicago forms hold no Cyrillic letter, the GOST form no Latin one (but for a name
the registry has no Cyrillic spelling of, a name in English and a collection's file mark, WKP
415); chicago does not give a predecessor its successor's English name; several files or leaves
(a list or a range) take the plural label (dd., ll.). A part's number in Roman figures after a Cyrillic
label (Отд. II, Разр. IV, Часть III) or after a fond's number and a slash (Ф. 231/I, cite28) is no Latin
letter in the GOST form (cite20: format() writes the parts it has no field for, ch. 5 and Отд. II, in their place).

    .venv/bin/python benchmarks/citations.py [--show-errors]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from translit.archives.citation import parse_citations  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
KEYS = {"f": "fond", "op": "opis", "per": "perechen", "p": "papka", "d": "delo", "ek": "storage_unit", "t": "tom",
        "dok": "dokument", "l": "folios"}
FIELD_ORDER = ["archive", "cited", *KEYS.values()]


def joined_lines(name: str) -> list[str]:
    """The lines of a data file, a text line ending in a backslash joined to the next one by a line
    break (a footnote broken across lines, citations_dev2.txt)."""
    out: list[str] = []
    carry = None
    for raw in (DATA / name).read_text("utf-8").splitlines():
        if carry is not None:
            raw, carry = carry + "\n" + raw, None
        if raw.endswith("\\") and not raw.startswith(("#", "=")):
            carry = raw[:-1]
            continue
        out.append(raw)
    return out


def load(name: str) -> list[tuple[str, list[dict[str, str]]]]:
    """The footnotes of a data file: (text, [expected citation as {field: value}])."""
    items: list[tuple[str, list[dict[str, str]]]] = []
    for raw in joined_lines(name):
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("= "):
            body = raw[2:].strip()
            if body == "none":
                continue
            exp = {}
            for pair in body.split():
                k, v = pair.split("=", 1)
                exp["archive" if k == "arc" else "cited" if k == "cited" else KEYS[k]] = v.replace("_", " ")
            items[-1][1].append(exp)
        else:
            items.append((raw, []))
    return items


def observed(c) -> dict[str, str | None]:
    arc = c.archive_current or ("?" if c.archive_cited else "-")
    out = {"archive": arc, "cited": c.archive_acronym}
    for f in KEYS.values():
        v = getattr(c, f)
        out[f] = v.replace(" ", "") if v else None
    return out


_CYR = re.compile("[\u0400-\u04ff]")
_LAT = re.compile("[A-Za-z]")
# a part's number in Roman figures after its label (Отд. II, Разр. IV, Часть III): GOST writes these so
_ROMAN_NUMBER = re.compile(r"(?<=[\u0400-\u04ff]\. )[IVXLC]+(?=[.,]|$)|(?<=[\u0400-\u04ff] )[IVXLC]+(?=[.,]|$)"
                           r"|(?<=\d/)[IVXLC]+(?=[.,]|$)")  # and a fond's part after a slash (Ф. 231/I, cite28)
_ONE_LABEL_MANY = re.compile(r"(?<![\w.])[dl]\. \d+[a-z]?\s*[-,]\s*\d")  # d. 12-14, l. 3, 5


def _latin_allowed(c, archive: str) -> list[str]:
    """What a GOST form may write in Latin letters: the archive's name where the registry has no
    Cyrillic spelling of it (Smolensk Archive) or it is an English name outside the registry, and a
    collection's own file mark (WKP 415)."""
    from translit.archives.citation import _series_file, _written_name
    from translit.archives.rewrite import _english_name

    out = []
    m = c._match
    if m is not None:
        written = _written_name(m.cited if archive == "cited" else m.archive.current, cyrillic=True)
        if not _CYR.search(written):
            out.append(written)
    elif c.archive_cited and _english_name(c.archive_cited):
        out.append(c.archive_cited)
    if _series_file(c.delo):
        out.append(c.delo)
    return [a for a in out if a]


def format_faults(c) -> list[str]:
    """What is wrong with a found citation written again in each style, the archive as cited and
    as now named (see the module's docstring); [] when nothing is."""
    faults = []
    for archive in ("cited", "current"):
        for style in ("english", "chicago"):
            out = c.format(style, archive=archive)
            if _CYR.search(out):
                faults.append(f"{style}/{archive}: a Cyrillic letter in {out!r}")
            if _ONE_LABEL_MANY.search(out):
                faults.append(f"{style}/{archive}: the singular label on several in {out!r}")
        out = c.format("gost", archive=archive)
        rest = _ROMAN_NUMBER.sub("", out)
        for allowed in _latin_allowed(c, archive):
            rest = rest.replace(allowed, "")
        if _LAT.search(rest):
            faults.append(f"gost/{archive}: a Latin letter in {out!r}")
    m = c._match
    if m is not None and m.is_predecessor and not m.cited.name_en and m.archive.name_en in c.format("chicago"):
        faults.append(f"chicago: the successor's English name for {m.cited.acronym!r}: {c.format('chicago')!r}")
    return faults


def score(exp: dict[str, str], got: dict[str, str | None]) -> dict[str, bool]:
    """Per field: right or wrong, for every field either side gives."""
    res = {}
    for f in FIELD_ORDER:
        want = exp.get(f)
        if f == "cited":
            if want is None:
                continue  # labelled only where the name cited is a predecessor
            res[f] = got.get("cited") == want
            continue
        have = got.get(f)
        if want is None and have is None:
            continue
        res[f] = want == have
    return res


def align(expected: list[dict[str, str]], found: list[dict[str, str | None]]) -> list[tuple[int, int]]:
    """Pair expected with reported citations in order, each pair sharing a fond, file or folio."""
    pairs, j = [], 0
    for i, exp in enumerate(expected):
        for k in range(j, len(found)):
            got = found[k]
            if any(exp.get(f) is not None and exp.get(f) == got.get(f) for f in ("fond", "delo", "folios", "dokument")):
                pairs.append((i, k))
                j = k + 1
                break
    return pairs


def run(name: str, show: bool) -> dict[str, object]:
    items = load(name)
    n_exp = n_found = spurious = whole = reformatted = 0
    right, total = Counter(), Counter()
    for text, expected in items:
        cits = parse_citations(text)
        got = [observed(c) for c in cits]
        pairs = align(expected, got)
        n_exp += len(expected)
        n_found += len(pairs)
        spurious += len(got) - len(pairs)
        for i, k in pairs:
            faults = format_faults(cits[k])
            reformatted += not faults
            if show:
                for fault in faults:
                    print(f"  RE-FORMATTED {text!r}: {fault}")
            res = score(expected[i], got[k])
            whole += all(res.values())
            for f, ok in res.items():
                total[f] += 1
                right[f] += ok
            if show and not all(res.values()):
                print(f"  WRONG {text!r}\n    want {expected[i]}\n    got  { {f: v for f, v in got[k].items() if v} }")
        if show:
            missed = sorted(set(range(len(expected))) - {i for i, _ in pairs})
            for i in missed:
                print(f"  MISSED {text!r}: {expected[i]}")
            for k in sorted(set(range(len(got))) - {k for _, k in pairs}):
                print(f"  SPURIOUS {text!r}: { {f: v for f, v in got[k].items() if v} }")
    return {"footnotes": len(items), "expected": n_exp, "found": n_found, "missed": n_exp - n_found,
            "spurious": spurious, "all_fields_right": whole, "reformatted_right": reformatted,
            "right": right, "total": total}


def main() -> None:
    import time

    import argparse

    ap = argparse.ArgumentParser(description="Score the citation finder on the benchmark parts in benchmarks/data/.")
    ap.add_argument("--show-errors", action="store_true", help="print each missed, wrong and spurious citation")
    ap.add_argument("--part", action="append", metavar="FILE",
                    help="run only this part (its file name, e.g. citations_heldout5.txt; repeatable); default: all")
    args = ap.parse_args()
    show = args.show_errors
    parse_citations("RGASPI, f. 17, op. 3, d. 1003")  # load the registry and patterns once
    started = time.perf_counter()
    results = {}
    for label, name in (("development", "citations_dev.txt"), ("development 2", "citations_dev2.txt"),
                        ("held out", "citations_heldout.txt"),
                        ("held out 2", "citations_heldout2.txt"), ("held out 3", "citations_heldout3.txt"),
                        ("held out 4", "citations_heldout4.txt"),
                        ("held out 5", "citations_heldout5.txt"), ("held out 6", "citations_heldout6.txt"),
                        ("held out 7", "citations_heldout7.txt"), ("held out 8", "citations_heldout8.txt"),
                        ("held out 9", "citations_heldout9.txt"),
                        ("held out 10", "citations_heldout10.txt"),
                        ("held out 11", "citations_heldout11.txt"),
                        ("held out 12", "citations_heldout12.txt"),
                        ("held out 13", "citations_heldout13.txt"),
                        ("held out 14", "citations_heldout14.txt"),
                        ("held out 15", "citations_heldout15.txt"),
                        ("held out 16", "citations_heldout16.txt"),
                        ("held out 17", "citations_heldout17.txt"),
                        ("held out 18", "citations_heldout18.txt"),
                        ("held out 19", "citations_heldout19.txt"),
                        ("held out 20", "citations_heldout20.txt")):
        if not (DATA / name).exists() or (args.part and name not in args.part):
            continue
        if show:
            print(f"== {label}")
        results[label] = run(name, show)
    elapsed = time.perf_counter() - started
    n = sum(r["footnotes"] for r in results.values())
    print(f"{n} footnotes scored in {elapsed:.2f} s ({n / elapsed:,.0f} footnotes/s, scoring included)\n")
    print("| set | footnotes | citations | found | missed | spurious | every field right | re-formatted right |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, r in results.items():
        print(f"| {label} | {r['footnotes']} | {r['expected']} | {r['found']} | {r['missed']} | {r['spurious']} | "
              f"{r['all_fields_right']} / {r['found']} | {r['reformatted_right']} / {r['found']} |")
    print()
    print("| field | " + " | ".join(results) + " |")
    print("| --- | " + " | ".join("---:" for _ in results) + " |")
    for f in FIELD_ORDER:
        cells = []
        for r in results.values():
            t = r["total"][f]
            cells.append(f"{r['right'][f]}/{t} ({100 * r['right'][f] / t:.1f}%)" if t else "–")
        print(f"| {f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
