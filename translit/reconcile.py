"""Reconcile names and titles against a local authority file, in any script or scheme.

An :class:`Authority` is loaded from a CSV or TSV file (columns ``id`` and ``heading``; optional
``type`` and ``variants``, the variants separated by ``|``) or from MARC 21 authority records
(binary or MARCXML: the 1XX heading, the 4XX and 7XX variants and any 880 forms, the 001 as id).
Every heading and variant is keyed once with :func:`translit.matchkey.key`, so ``Boukharine,
Nikolaï``, ``Bukharin, N. I.`` and ``Бухарин, Николай Иванович`` meet whatever the file's script.

A query is ranked against the headings that share a key word with it (or, when none does, the
nearest keys by rapidfuzz) by name-aware similarity: the same key; the same name with dates on
one side only; the same surname with forenames that agree (initials against names, a missing
patronymic); the surname alone; otherwise the similarity of the keys. Dates that contradict each
other lower a score, dates that agree raise it. Each candidate says why it scored as it did. A
candidate is a ``match`` only when it is unambiguous: scored 90 or more, and no other candidate
within 8 points of it.

This is the engine of the W3C reconciliation service (:mod:`translit.web.reconcile`).
"""

from __future__ import annotations

import csv
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from translit.errors import TranslitError

MATCH_SCORE = 90.0  # a candidate at or above this, and alone there, is a match
MATCH_MARGIN = 8.0  # ... when no other candidate is within this many points of it
_YEAR = re.compile(r"^\d{3,4}$")
# Heading types of MARC authority records by the tag of their 1XX.
MARC_TYPES = {"100": ("person", "Personal name"), "110": ("corporate", "Corporate body"),
              "111": ("meeting", "Meeting"), "130": ("title", "Uniform title"), "150": ("topic", "Topical term"),
              "151": ("place", "Geographic name"), "155": ("genre", "Genre/form term")}
_HEADING_SUBFIELDS = "abcdfghklmnpqrstvxyz"


@dataclass
class Entry:
    """One authority record: its id, heading, type and every form it is known by."""

    id: str
    heading: str
    type: str = "heading"
    variants: list[str] = field(default_factory=list)

    def forms(self) -> list[str]:
        return [self.heading] + [v for v in self.variants if v != self.heading]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "heading": self.heading, "type": self.type, "variants": self.variants}


@dataclass
class Candidate:
    id: str
    name: str
    score: float
    match: bool
    type: str
    why: str

    def as_dict(self, types: dict[str, str] | None = None) -> dict[str, Any]:
        """The W3C reconciliation result object (``description`` says why it scored so)."""
        return {"id": self.id, "name": self.name, "score": self.score, "match": self.match,
                "type": [{"id": self.type, "name": (types or {}).get(self.type, self.type)}],
                "description": self.why}


def _split(k: str) -> tuple[list[str], set[str]]:
    """A key's words and its years."""
    words, years = [], set()
    for t in k.split():
        (years.add(t) if _YEAR.match(t) else words.append(t) if not t.isdigit() else None)
    return words, years


def similarity(query_key: str, heading_key: str) -> tuple[float, str]:
    """Score (0–100) and reason for a query key against a heading key, name-aware."""
    from rapidfuzz import fuzz

    from translit.clustering import forenames_agree, name_parts

    if not query_key or not heading_key:
        return 0.0, "empty"
    if query_key == heading_key:
        return 100.0, "same match key"
    qw, qy = _split(query_key)
    hw, hy = _split(heading_key)
    qn, hn = " ".join(qw), " ".join(hw)
    if qw == hw:
        score, why = 97.0, "same name, dates on one side only"
    else:
        qp, hp = name_parts(qn), name_parts(hn)
        if qp and hp and qp[0] == hp[0] and forenames_agree(qp[1], hp[1]):
            gap = abs(len(qp[1]) - len(hp[1]))
            score, why = 93.0 - 2 * gap, f"same surname, forenames agree ({' '.join(qp[1])} ~ {' '.join(hp[1])})"
        elif len(qw) == 1 and hp and qw[0] == hp[0]:
            score, why = 75.0, "surname only"
        else:
            ratio = max(fuzz.token_sort_ratio(qn, hn), 0.9 * fuzz.token_set_ratio(qn, hn))
            score, why = round(0.88 * ratio, 1), f"similar keys ({ratio:.0f})"
    if qy and hy:
        if qy <= hy or hy <= qy:
            score, why = min(100.0, score + 3), why + "; dates agree"
        else:
            score, why = max(0.0, score - 30), why + f"; dates differ ({' '.join(sorted(qy))} / {' '.join(sorted(hy))})"
    return score, why


def _match_key():
    """The key a heading and a query are matched on: the registry's ``key`` command (the key
    ``translit key`` prints and ``/api/key`` answers), so the three never drift apart."""
    from translit.commands import COMMANDS

    return COMMANDS["key"].line


class Authority:
    """A set of authority headings, keyed for reconciliation."""

    def __init__(self, entries: Iterable[Entry], name: str = "authority file",
                 problems: list[str] | None = None):
        key = _match_key()

        self.name = name
        self.entries: list[Entry] = list(entries)
        self.problems: list[str] = list(problems or [])
        self.by_id: dict[str, Entry] = {}
        self._keys: list[tuple[int, str]] = []  # (entry index, key of one form)
        self._index: dict[str, set[int]] = defaultdict(set)
        for i, e in enumerate(self.entries):
            if e.id in self.by_id:
                self.problems.append(f"id {e.id!r} is given twice; both headings are kept")
            self.by_id.setdefault(e.id, e)
            for form in e.forms():
                k = key(form)
                if not k:
                    continue
                self._keys.append((i, k))
                for w in _split(k)[0]:
                    if len(w) > 1:
                        self._index[w].add(len(self._keys) - 1)
        self.types = sorted({e.type for e in self.entries})

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: str) -> "Authority":
        """Load a CSV/TSV authority file or MARC authority records (by content, not by name)."""
        if not os.path.exists(path):
            raise TranslitError(f"{path}: no such file")
        with open(path, "rb") as fh:
            head = fh.read(512)
        name = os.path.basename(path)
        stripped = head.lstrip(b"\xef\xbb\xbf \r\n\t")
        if stripped.startswith(b"<"):
            entries, problems = _marc_entries(path, xml=True)
        elif len(stripped) >= 24 and stripped[:5].isdigit() and b"\x1e" in head:
            entries, problems = _marc_entries(path, xml=False)
        else:
            try:
                entries, problems = _table_entries(path)
            except UnicodeDecodeError as exc:
                raise TranslitError(f"{path}: not UTF-8 at byte {exc.start} (save the table as UTF-8; "
                                    f"`translit fix` repairs damaged text)") from None
        return cls(entries, name=name, problems=problems)

    def reconcile(self, query: str, limit: int = 3, types: Iterable[str] | None = None) -> list[Candidate]:
        """The best ``limit`` candidates for ``query``, best first."""
        from rapidfuzz import fuzz, process

        key = _match_key()
        if not isinstance(query, str):
            raise TypeError(f"a query is a str, not {type(query).__name__}")
        limit = max(1, min(int(limit), 100))
        wanted = {t for t in (types or []) if t in self.types}
        qk = key(query)
        qwords = [w for w in _split(qk)[0] if len(w) > 1]
        pool: set[int] = set()
        for w in qwords:
            pool |= self._index.get(w, set())
        if not pool and qk:
            # no key word in common: the nearest keys by their letters
            near = process.extract(qk, [k for _, k in self._keys], scorer=fuzz.token_set_ratio,
                                   limit=max(limit * 10, 50), score_cutoff=50)
            pool = {j for _, _, j in near}
        best: dict[int, tuple[float, str]] = {}
        for j in pool:
            i, hk = self._keys[j]
            if wanted and self.entries[i].type not in wanted:
                continue
            s = similarity(qk, hk)
            if i not in best or s[0] > best[i][0]:
                best[i] = s
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], self.entries[kv[0]].heading))[:limit]
        out = []
        for n, (i, (score, why)) in enumerate(ranked):
            e = self.entries[i]
            runner_up = ranked[1][1][0] if n == 0 and len(ranked) > 1 else (None if n == 0 else score)
            match = n == 0 and score >= MATCH_SCORE and (runner_up is None or runner_up <= score - MATCH_MARGIN)
            out.append(Candidate(e.id, e.heading, round(score, 1), match, e.type, why))
        return out


def _table_entries(path: str) -> tuple[list[Entry], list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        sample = fh.read(65536)
        fh.seek(0)
        first = sample.splitlines()[0] if sample else ""
        delimiter = "\t" if "\t" in first else ("," if "," in first else ";" if ";" in first else ",")
        reader = csv.DictReader(fh, delimiter=delimiter)
        cols = {(c or "").strip().lower(): c for c in reader.fieldnames or []}
        if "id" not in cols or "heading" not in cols:
            raise TranslitError(f"{path}: an authority table needs the columns 'id' and 'heading' "
                                f"(found: {', '.join(c for c in cols if c) or 'none'})")
        entries, problems = [], []
        for row in reader:
            line = reader.line_num
            rid = (row.get(cols["id"]) or "").strip()
            heading = (row.get(cols["heading"]) or "").strip()
            if not rid or not heading:
                problems.append(f"line {line}: no {'id' if not rid else 'heading'}; the row is skipped")
                continue
            variants = [v.strip() for v in (row.get(cols["variants"]) or "").split("|")
                        if v.strip()] if "variants" in cols else []
            typ = (row.get(cols["type"]) or "").strip() if "type" in cols else ""
            entries.append(Entry(rid, heading, typ or "heading", variants))
    return entries, problems


def _marc_heading(f) -> str:
    text = " ".join(s.value.strip() for s in f.subfields if s.code in _HEADING_SUBFIELDS and s.value.strip())
    return text.rstrip(" .,")


def _marc_entries(path: str, xml: bool) -> tuple[list[Entry], list[str]]:
    import pymarc

    if xml:
        records = pymarc.parse_xml_to_array(path)
    else:
        with open(path, "rb") as fh:
            records = list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=False, permissive=True,
                                             utf8_handling="replace"))
    entries, problems = [], []
    for n, rec in enumerate(records, 1):
        if rec is None:
            problems.append(f"record {n}: cannot be read; skipped")
            continue
        heads = [f for f in rec.fields if f.tag in MARC_TYPES]
        ids = [f.value().strip() for f in rec.get_fields("001")] + [f.get("a", "").strip() for f in rec.get_fields("010")]
        rid = next((i for i in ids if i), "")
        if not heads or not rid:
            problems.append(f"record {n}: no {'1XX heading' if not heads else '001 or 010 id'}; skipped")
            continue
        variants = [_marc_heading(f) for f in rec.fields
                    if not f.is_control_field() and (f.tag[0] in "47" and f.tag[1:] in ("00", "10", "11", "30", "50", "51", "55")
                                                     or f.tag == "880")]
        entries.append(Entry(rid, _marc_heading(heads[0]), MARC_TYPES[heads[0].tag][0], [v for v in variants if v]))
    return entries, problems
