"""Parse, normalize and re-format Russian archival citations.

Accepts romanized and Cyrillic citations in comma, semicolon and full-stop styles, abbreviated
or spelled out (``RTsKhIDNI, f. 89, op. 73, d. 157``; ``РГАСПИ. Ф. 17. Оп. 3. Д. 1003. Л. 5 об.``;
``Arkhiv Prezidenta RF, fond 3, opis' 24, delo 427, listy 13-18``). A citation needs a fond and
an opis' or delo (reference §4.2: a Western ``ff. 12-14`` or ``op. cit.`` is not one). What the
parser could not read is returned in ``unparsed``, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from translit.archives import Match, resolve

_NUM = r"(?:[РPRАA][-‐–]?\s?)?[0-9lIО0-9]*\d[0-9]*(?:\s?[-‐–/]\s?[0-9]+)?(?:\s?[а-яa-z]\b)?(?:[-‐–]\s?(?:ос|os)\b)?"
_SEP = r"[\s.,:;]*"

# label patterns (romanized and Cyrillic, abbreviated and spelled out) → element name
_LABELS = [
    ("storage_unit", r"(?:ed\.?\s*khr|ед\.?\s*хр|edinitsa\s+khraneniia|единица\s+хранения)\.?"),
    ("perechen", r"(?:perechen['ʹ’]?|перечень|per|пер)\.?"),
    ("dokument", r"(?:dokument|документ|dok|док)\.?"),
    ("fond", r"(?:fond|фонд|f|ф)\.?"),
    ("opis", r"(?:opis['ʹ’]?|опись|op|оп|0p)\.?(?!\s*cit)"),
    ("delo", r"(?:delo|дело|d|д)\.?"),
    ("tom", r"(?:tom|том|t|т)\.?"),
    ("folios", r"(?:listy|list|листы|лист|ll|лл|l|л)\.?"),
]
_FOLIO_ONE = r"\d+\s*(?:ob\.?|об\.?|v\b|r\b)?"
_FOLIOS = rf"{_FOLIO_ONE}(?:\s*[-‐–]\s*{_FOLIO_ONE})?(?:\s*,\s*{_FOLIO_ONE}(?:\s*[-‐–]\s*{_FOLIO_ONE})?)*"
_ELEMENT = re.compile(
    "|".join(
        rf"(?P<{name}>(?<![\w]){pat}\s*(?P<{name}_v>{_FOLIOS if name == 'folios' else _NUM}))" for name, pat in _LABELS
    ),
    re.IGNORECASE,
)


@dataclass
class Citation:
    """One archival reference, its parts normalized (Latin prefixes, ``v`` for verso)."""

    text: str
    archive_cited: str | None = None
    archive_current: str | None = None
    archive_name_en: str | None = None
    fond: str | None = None
    opis: str | None = None
    delo: str | None = None
    storage_unit: str | None = None
    perechen: str | None = None
    dokument: str | None = None
    tom: str | None = None
    folios: str | None = None
    unparsed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _match: Match | None = None

    @property
    def is_citation(self) -> bool:
        return self.fond is not None and (self.opis is not None or self.delo is not None or self.archive_current is not None)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("_match")
        d["input"] = d.pop("text")
        return d

    def format(self, style: str = "english", archive: str = "cited") -> str:
        """Write the citation in ``english`` (RGASPI, f. 17, …), ``gost`` (РГАСПИ. Ф. 17. …) or
        ``chicago`` (the archive's English name first) style. ``archive="current"`` writes the
        archive's present name instead of the one cited (fond numbers carry over, as for
        RTsKhIDNI → RGASPI; check a concordance where holdings were renumbered)."""
        if style not in ("english", "gost", "chicago"):
            from translit.errors import OptionError

            raise OptionError(f"style must be english, gost or chicago, not {style!r}")
        m = self._match
        name = m.cited if m is not None and archive == "cited" else (m.archive.current if m is not None else None)
        if style == "gost":
            parts = [name.acronym_cyr if name else (self.archive_cited or "")]
            for label, value in (("Ф.", _cyr_fond(self.fond)), ("Оп.", self.opis), ("Пер.", self.perechen),
                                 ("Д.", _cyr_suffix(self.delo)), ("Ед. хр.", self.storage_unit), ("Т.", self.tom),
                                 ("Док.", self.dokument), ("Л.", _gost_folios(self.folios))):
                if value:
                    parts.append(f"{label} {value}")
            out = ". ".join(p for p in parts if p)
            return out if out.endswith(".") else out + "."
        arc = name.acronym if name else (self.archive_cited or "")
        if style == "chicago" and m is not None:
            full = (m.archive.current if archive == "current" else m.cited).name_en or m.archive.name_en
            arc = f"{full} ({arc})"
        parts = [arc] if arc else []
        for label, value in (("f.", self.fond), ("op.", self.opis), ("per.", self.perechen), ("d.", self.delo),
                             ("ed. khr.", self.storage_unit), ("t.", self.tom), ("dok.", self.dokument)):
            if value:
                parts.append(f"{label} {value}")
        if self.folios:
            many = bool(re.search(r"[-,]", self.folios))
            parts.append(f"{'ll.' if many else 'l.'} {self.folios.replace('v', 'ob.')}")
        return ", ".join(parts) + ("" if parts and parts[-1].endswith(".") else ".")


def _clean_number(value: str, notes: list[str]) -> str:
    v = re.sub(r"\s+", "", value)
    v = v.replace("‐", "-").replace("–", "-")
    # Cyrillic letters in numbers: fond prefixes Р-/А-, suffixes -ос, file suffix а/б
    trans = {"Р": "R", "А": "A", "а": "a", "б": "b", "в": "v", "ос": "os", "P": "R"}
    m = re.match(r"^([РPRАA])-?(\d.*)$", v)
    if m:
        v = f"{trans.get(m.group(1), m.group(1))}-{m.group(2)}"
    v = v.replace("-ос", "-os")
    v = re.sub(r"(?<=\d)([абв])$", lambda x: trans[x.group(1)], v)
    fixed = re.sub(r"(?<=\d)[lI]|[lI](?=\d)", "1", v)
    fixed = re.sub(r"(?<=\d)[OО]|[OО](?=\d)", "0", fixed)
    if fixed != v:
        notes.append(f"read {v!r} as {fixed!r} (OCR lookalikes)")
    return fixed


def _clean_folios(value: str) -> str:
    v = value.replace("‐", "-").replace("–", "-")
    v = re.sub(r"\s*(?:ob\.?|об\.?|v\b)", "v", v, flags=re.I)
    v = re.sub(r"\s*-\s*", "-", v)
    v = re.sub(r"\s*,\s*", ", ", v)
    return v.strip()


def _cyr_fond(v: str | None) -> str | None:
    if not v:
        return v
    v = re.sub(r"^R-", "Р-", v)
    v = re.sub(r"^A-", "А-", v)
    return v.replace("-os", "-ос")


def _cyr_suffix(v: str | None) -> str | None:
    if not v:
        return v
    return re.sub(r"(?<=\d)([abv])$", lambda m: {"a": "а", "b": "б", "v": "в"}[m.group(1)], v)


def _gost_folios(v: str | None) -> str | None:
    if not v:
        return v
    return re.sub(r"(\d)v", r"\1 об.", v).replace("-", "–")


def parse_citation(text: str) -> Citation:
    """Parse one archival reference; a text that is not one comes back with ``is_citation``
    False and the whole text in ``unparsed``."""
    if not isinstance(text, str):
        raise TypeError(f"parse_citation takes a str, not {type(text).__name__}")
    src = unicodedata.normalize("NFC", text)
    c = Citation(text)
    spans: list[tuple[int, int]] = []
    first_label = None
    for m in _ELEMENT.finditer(src):
        name = next(n for n, _ in _LABELS if m.group(n) is not None)
        if getattr(c, name) is not None:
            continue  # a second fond/opis in one text: leave it unparsed
        value = m.group(f"{name}_v")
        setattr(c, name, _clean_folios(value) if name == "folios" else _clean_number(value, c.notes))
        spans.append((m.start(), m.end()))
        if first_label is None:
            first_label = m.start()
    if c.fond is None or (c.opis is None and c.delo is None):
        c.fond = c.opis = c.delo = c.storage_unit = c.perechen = c.dokument = c.tom = c.folios = None
        c.unparsed = [text.strip()] if text.strip() else []
        c.notes.clear()
        return c
    head = src[:first_label].strip(" \t.,;:") if first_label else ""
    if head:
        match = resolve(head)
        c.archive_cited = head
        if match is not None:
            c._match = match
            c.archive_current = match.archive.id
            c.archive_name_en = match.archive.name_en
            spans.append((0, first_label))
        else:
            c.notes.append(f"archive {head!r} is not in the registry")
    # whatever is left between the recognised parts
    covered = sorted(spans)
    pos = 0
    for a, b in covered:
        gap = src[pos:a].strip(" \t.,;:")
        if gap:
            c.unparsed.append(gap)
        pos = max(pos, b)
    tail = src[pos:].strip(" \t.,;:")
    if tail:
        c.unparsed.append(tail)
    if head and c._match is None:
        c.unparsed.insert(0, head)
    return c


def find_citations(text: str) -> list[Citation]:
    """Every archival reference in a footnote (references are separated by semicolons)."""
    out = []
    for part in re.split(r";\s*", text):
        c = parse_citation(part)
        if c.is_citation:
            out.append(c)
    return out
