"""How the real-prose sets label four classes of words, and one convention applied to them.

The classes (members in ``benchmarks/data/label_classes.tsv``, written from general knowledge, never
from the rows of a benchmark file):

a. regnal and saints' names in their English form: a name before a regnal numeral (Nicholas II), after
   a title (Tsar Alexis, Grand Duke Sergius, Patriarch Tikhon) or after St/Saint (St Sergius), and the
   whole epithet or "of" forms (Peter the Great, Sergius of Radonezh);
b. Russian acronyms and syllabic abbreviations in running English (NKVD, TsK, Gosplan, Politburo);
c. Russian loanwords that English dictionaries have, singular and English plural (kulak, kulaks, dacha,
   the Duma; ``soviet`` only as the noun, the adjective of the Soviet Union being English);
d. lone possessives of Russian surnames (Gorky's, Glinka's): the surname before 's, not after a
   capitalized forename.

For each file ``benchmarks/data/prose_*.tsv`` and class it prints how often a member appears plain
(outside any markup), as an established form ``{Latin~К}`` or ``{~К}``, as Russian ``{К}`` or
``{Latin=К}``, or as part of a longer piece (a title, a name of several words); a possessive surname
after a forename and an acronym that is an imprint's publisher are counted apart and left. It prints
counts only, never rows, so it may run over held-out files.

``--apply`` rewrites the files to the convention of ``benchmarks/prose.py`` ("Labelling convention"):
every plain member becomes ``{Latin~К}`` (a possessive surname ``{~К}'s`` when each Latin scheme of the
row romanizes it as written, else ``{Latin~К}'s``), a member labelled ``{К}`` becomes ``{~К}`` and one
labelled ``{Latin=К}`` becomes ``{Latin~К}``. Nothing else is touched: the text of every sentence in a
Latin scheme stays byte for byte the same, and so does the number of words of every sentence (checked
through ``prose.load`` before a file is written). A whole phrase (Peter the Great) in a row that has a
``cyrillic`` scheme is left, since its Cyrillic has fewer words. Files named in ``--skip`` are counted
but never written, and so is a file whose header says HELD OUT and not STUDIED unless ``--held-out`` is
given (a held-out part is written to the convention by its writer, before its first run). A file it
rewrites gets the header line :data:`RELABELLED` once, since figures measured before are not comparable.

    .venv/bin/python benchmarks/label_survey.py [--apply] [--held-out] [--skip heldout14] [--parts dev,dev3,...]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import prose  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
CLASSES = "abcd"
KINDS = ("plain", "{L~К}", "{~К}", "{К}", "{L=К}", "part")
EXTRA = ("after forename", "imprint")  # counted, left as they are
_TITLES = (r"Tsar|Czar|Tsarina|Tsaritsa|Tsarevich|Tsesarevich|Tsarevna|Emperor|Empress|Grand Duke|"
           r"Grand Duchess|Grand Prince|Grand Princess|Patriarch|Metropolitan|Archbishop|Bishop|Abbot|"
           r"Hegumen|Regent")
_NUMERALS = r"(?:I|II|III|IV|V|VI|VII|VIII)"
_NOT_FORENAME = {"The", "In", "On", "At", "For", "By", "With", "From", "And", "But", "Of", "To", "As", "After",
                 "Before", "Unlike", "Like", "While", "When", "Both", "Even", "Only", "Yet", "Nor", "Then",
                 "Thus", "Hence", "Since", "Until", "Under", "Against", "Through", "Tsar", "Comrade", "General",
                 "Marshal", "Professor", "Count", "Countess", "Prince", "Princess", "Dr", "Dr.", "Mr", "Mr.",
                 "Mrs", "Mrs.", "Madame", "Saint", "St", "St.", "President", "Premier", "Secretary", "Academician",
                 "Admiral", "Colonel", "Captain", "Father", "Young", "Old", "Late", "Early", "Mature"}
_SOVIET_NOUN_PREV = {"supreme", "petrograd", "moscow", "leningrad", "kronstadt", "kronshtadt", "kiev", "kyiv", "baku",
                     "odessa", "riga", "tiflis", "ivanovo", "saratov", "tashkent", "kharkov", "kharkiv", "minsk",
                     "petersburg", "city", "village", "town", "district", "regional", "rural", "local", "oblast",
                     "provincial", "urban", "factory", "county", "republican"}
_SOVIET_NOUN_NEXT = {"of", "was", "were", "had", "has", "in", "on", "at", "met", "is", "voted", "and"}


@dataclass
class Member:
    cls: str
    context: str
    latin: str
    cyrillic: str


def members(path: Path = DATA / "label_classes.tsv") -> list[Member]:
    """The rows of the class table."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(Member(*line.split("\t")))
    return out


@dataclass
class Seg:
    """A piece of a row's surface text: plain text (kind "plain") or one markup piece."""
    s0: int  # span in the surface text
    s1: int
    r0: int  # span in the raw row
    r1: int
    kind: str
    body: str = ""


def surface(raw: str, scheme: str, lang: str) -> tuple[str, list[Seg]]:
    """The row as ``prose.load`` reads it in ``scheme``, with the segment each stretch comes from."""
    text, segs, pos = [], [], 0
    at = lambda: sum(map(len, text))  # noqa: E731
    for m in prose._MARK.finditer(raw):
        if m.start() > pos:
            segs.append(Seg(at(), at() + m.start() - pos, pos, m.start(), "plain"))
            text.append(raw[pos:m.start()])
        body = m.group(1)
        if body.startswith("~"):
            kind, lat = "{~К}", _rom(body[1:], scheme, lang)
        elif "~" in body:
            kind, lat = "{L~К}", body.split("~", 1)[0]
        elif "=" in body:
            kind, lat = "{L=К}", body.split("=", 1)[0]
        else:
            kind, lat = "{К}", _rom(body, scheme, lang)
        segs.append(Seg(at(), at() + len(lat), m.start(), m.end(), kind, body))
        text.append(lat)
        pos = m.end()
    if pos < len(raw):
        segs.append(Seg(at(), at() + len(raw) - pos, pos, len(raw), "plain"))
        text.append(raw[pos:])
    return "".join(text), segs


def _rom(cyr: str, scheme: str, lang: str) -> str:
    try:
        return prose.romanize_in(cyr, scheme, lang)
    except Exception:  # a scheme the romanizer does not know (asis): the row gives only {Latin=К} there
        return cyr


def _word_re(forms: list[str], flags=0) -> re.Pattern:
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alts})(?![\w])", flags)


class Finder:
    """The occurrences of the members of every class in a surface text."""

    def __init__(self, rows: list[Member]):
        self.by = {}
        for m in rows:
            key = m.latin.lower() if m.cls in "c" else m.latin
            self.by[(m.cls, m.context if m.cls == "a" else "", key)] = m
        a = [m for m in rows if m.cls == "a"]
        self.phrase = _word_re([m.latin for m in a if m.context == "phrase"])
        self.numeral = _word_re([m.latin for m in a if "n" in m.context])
        self.title = _word_re([m.latin for m in a if "t" in m.context])
        self.saint = _word_re([m.latin for m in a if "s" in m.context])
        self.acronym = _word_re([m.latin for m in rows if m.cls == "b"])
        self.loan = _word_re([m.latin for m in rows if m.cls == "c"], re.IGNORECASE)
        self.surname = _word_re([m.latin for m in rows if m.cls == "d"])
        self.a_single = {m.latin: m for m in a if m.context != "phrase"}

    def find(self, text: str) -> list[tuple[int, int, Member, bool]]:
        """(start, end, member, lone) of each occurrence; ``lone`` is False only for a possessive
        surname after a capitalized forename and for an acronym that is the publisher of an imprint
        (Moskva: Politizdat, 1988), which belongs to a romanized citation, not to running English."""
        out, taken = [], []
        for m in self.phrase.finditer(text):
            out.append((m.start(), m.end(), self.by[("a", "phrase", m.group(1))], True))
            taken.append(m.span())
        free = lambda a, b: not any(a < y and x < b for x, y in taken)  # noqa: E731
        for m in self.numeral.finditer(text):
            after = text[m.end():]
            if re.match(rf" {_NUMERALS}(?![\w])", after) and not re.match(r" [IV]\. [A-Z]", after) \
                    and free(*m.span()):  # not an initial: Nicholas V. Riasanovsky
                out.append((m.start(), m.end(), self.a_single[m.group(1)], True))
                taken.append(m.span())
        for rx, lead in ((self.title, rf"(?:{_TITLES}) $"), (self.saint, r"(?<![\w])(?:St\.?|Saint|Sts\.?) $")):
            for m in rx.finditer(text):
                if re.search(lead, text[max(0, m.start() - 20):m.start()]) and free(*m.span()):
                    out.append((m.start(), m.end(), self.a_single[m.group(1)], True))
                    taken.append(m.span())
        for m in self.acronym.finditer(text):
            imprint = re.search(r":\s*$", text[:m.start()]) and re.match(r",?\s*\d{4}", text[m.end():])
            out.append((m.start(), m.end(), self.by[("b", "", m.group(1))], not imprint))
        for m in self.loan.finditer(text):
            mem = self.by[("c", "", m.group(1).lower())]
            if mem.context == "noun" and not self._soviet_noun(text, m.start(), m.end()):
                continue
            out.append((m.start(), m.end(), mem, True))
        for m in self.surname.finditer(text):
            if not re.match(r"['’]s(?![\w])", text[m.end():]):
                continue
            prev = re.search(r"([A-Z][\w.’'-]*) $", text[:m.start()])
            lone = not prev or prev.group(1) in _NOT_FORENAME
            out.append((m.start(), m.end(), self.by[("d", "", m.group(1))], lone))
        return sorted(out, key=lambda o: o[0])

    @staticmethod
    def _soviet_noun(text: str, start: int, end: int) -> bool:
        """``soviets`` is always the noun; ``soviet`` is the noun (a council) after the name of a city or
        a level of government (the Petrograd Soviet, the Supreme Soviet, the village soviet), else
        unless an English word or a hyphen follows it (Soviet Union, a Soviet plate, Soviet-era); a
        following of/was/in... keeps it the noun (the Soviet of Workers' Deputies)."""
        prev = re.search(r"(\w+) $", text[:start])
        if text[start:end].lower() == "soviets" or prev and prev.group(1).lower() in _SOVIET_NOUN_PREV:
            return True
        nxt = re.match(r"(\s+)?([-\w]+)", text[end:])
        if not nxt:
            return True
        if not nxt.group(1):
            return not nxt.group(2).startswith("-") and not nxt.group(2)[0].isalpha()
        return nxt.group(2).lower() in _SOVIET_NOUN_NEXT


def row_parts(line: str) -> tuple[str, list[str], str, str]:
    """(prefix columns, schemes, language, raw text) of a data line."""
    lang, (schemes, raw) = "ru", line.split("\t", 1)
    prefix = ""
    if schemes in prose.LANGS:
        prefix, lang = schemes + "\t", schemes
        schemes, raw = raw.split("\t", 1)
    return prefix + schemes + "\t", schemes.split(","), lang, raw


def classify(o0: int, o1: int, segs: list[Seg]) -> tuple[str, Seg | None]:
    """The kind of the segment(s) an occurrence at [o0, o1) of the surface lies in."""
    for g in segs:
        if g.s0 <= o0 and o1 <= g.s1:
            if g.kind == "plain":
                return "plain", g
            return (g.kind, g) if (g.s0, g.s1) == (o0, o1) else ("part", g)
    return "part", None


def survey_line(line: str, finder: Finder, counts: dict) -> str:
    """Count the members of ``line`` into ``counts`` and return the line rewritten to the convention."""
    head, schemes, lang, raw = row_parts(line)
    latin = [s for s in schemes if s != "cyrillic"]
    base = latin[0] if latin else schemes[0]
    text, segs = surface(raw, base, lang)
    edits = []  # (raw start, raw end, replacement)
    for o0, o1, mem, lone in finder.find(text):
        kind, seg = classify(o0, o1, segs)
        if kind == "{К}" and any(_rom(seg.body, s, lang) != text[o0:o1] for s in latin):
            continue  # romanized Russian in some scheme of the row, not the English form
        if not lone:
            kind = "after forename" if mem.cls == "d" else "imprint"
        counts.setdefault((mem.cls, kind), 0)
        counts[(mem.cls, kind)] += 1
        cyr = mem.cyrillic
        if mem.cls == "c" and text[o0:o1].isupper() and o1 - o0 > 1:
            cyr = cyr.upper()  # GULAG; else a loanword keeps the case Russian writes it in (большевики)
        if kind == "plain":
            if mem.context == "phrase" and "cyrillic" in schemes:
                continue
            r0 = seg.r0 + o0 - seg.s0
            lat = raw[r0:r0 + o1 - o0]
            if mem.cls == "d" and all(_rom(cyr, s, lang) == lat for s in latin) and latin:
                edits.append((r0, r0 + len(lat), "{~" + cyr + "}"))
            else:
                edits.append((r0, r0 + len(lat), "{" + lat + "~" + cyr + "}"))
        elif kind == "{К}":
            edits.append((seg.r0, seg.r1, "{~" + seg.body + "}"))
        elif kind == "{L=К}":
            edits.append((seg.r0, seg.r1, "{" + seg.body.replace("=", "~", 1) + "}"))
    for r0, r1, new in sorted(edits, reverse=True):
        raw = raw[:r0] + new + raw[r1:]
    return head + raw


def survey_file(path: Path, finder: Finder) -> tuple[dict, str]:
    counts = {}
    out = []
    for line in path.read_text("utf-8").split("\n"):
        if not line.strip() or line.startswith("#") or "\t" not in line:
            out.append(line)
            continue
        out.append(survey_line(line, finder, counts))
    return counts, "\n".join(out)


def check(path: Path, new_text: str) -> str:
    """'' when ``new_text`` loads through ``prose.load`` into the same sentences as ``path`` (same
    schemes, same text in every Latin scheme, same number of words in every scheme); else why not."""
    tmp = path.with_suffix(".check.tmp")
    tmp.write_text(new_text, "utf-8")
    try:
        old, new = prose.load("x", path), prose.load("x", tmp)
    finally:
        tmp.unlink()
    if len(old) != len(new):
        return f"{len(old)} sentences before, {len(new)} after"
    for a, b in zip(old, new):
        if a.scheme != b.scheme or (a.scheme != "cyrillic" and a.text != b.text):
            return f"a sentence changed in {a.scheme}"
        if len(prose._WORD.findall(a.text)) != len(prose._WORD.findall(b.text)):
            return f"a sentence changed its number of words in {a.scheme}"
    return ""


RELABELLED = ("# Relabelled to the labelling convention of benchmarks/prose.py by benchmarks/label_survey.py "
              "(first on 2026-12-01, labels1): figures measured before that are not comparable.\n")


def header(text: str) -> str:
    """The leading comment lines of a data file."""
    lines = text.splitlines(keepends=True)
    n = next((i for i, ln in enumerate(lines) if not ln.startswith("#")), len(lines))
    return "".join(lines[:n])


def held_out(text: str) -> bool:
    """Whether a file's header says it is held out and never studied."""
    head = header(text)
    return "HELD OUT" in head and "STUDIED" not in head


def marked(text: str) -> str:
    """``text`` with :data:`RELABELLED` as the last line of its header (once)."""
    head = header(text)
    return text if RELABELLED in head else head + RELABELLED + text[len(head):]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--apply", action="store_true", help="rewrite the files to the convention")
    ap.add_argument("--skip", default="", help="comma list of parts counted but never written")
    ap.add_argument("--held-out", action="store_true",
                    help="also write files whose header says HELD OUT and not STUDIED")
    ap.add_argument("--parts", default="", help="comma list of parts (default: every prose_*.tsv)")
    args = ap.parse_args()
    finder = Finder(members())
    parts = [p for p in args.parts.split(",") if p] or \
        sorted(f.stem[len("prose_"):] for f in DATA.glob("prose_*.tsv"))
    skip = set(args.skip.split(","))
    print("| file | class | " + " | ".join(KINDS + EXTRA) + " |")
    print("| --- | --- |" + " ---: |" * (len(KINDS) + len(EXTRA)))
    total = {}
    for p in parts:
        path = DATA / f"prose_{p}.tsv"
        counts, new_text = survey_file(path, finder)
        for c in CLASSES:
            row = [counts.get((c, k), 0) for k in KINDS + EXTRA]
            for k, n in zip(KINDS + EXTRA, row):
                total[(c, k)] = total.get((c, k), 0) + n
            print(f"| {p} | {c} | " + " | ".join(map(str, row)) + " |")
        old_text = path.read_text("utf-8")
        if args.apply and p not in skip and new_text != old_text:
            why = check(path, new_text)
            if held_out(old_text) and not args.held_out:
                why = "held out and never studied (--held-out writes it)"
            if why:
                print(f"NOT WRITTEN {path.name}: {why}", file=sys.stderr)
            else:
                path.write_text(marked(new_text), "utf-8")
    for c in CLASSES:
        print(f"| all | {c} | " + " | ".join(str(total.get((c, k), 0)) for k in KINDS + EXTRA) + " |")


if __name__ == "__main__":
    main()
