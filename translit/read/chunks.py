"""The reverse tables: every Latin spelling that any scheme gives a Cyrillic letter or sequence.

Built from the same scheme files the romanizer uses (letters, context-rule outputs, capital
forms) plus ``leniency.toml``. Each chunk remembers which schemes produce it (a bit mask), so a
reading can say which schemes it is consistent with.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from translit.normalize import HARD_SIGNS, PRE_REFORM, SOFT_SIGNS
from translit.schemes import END, SCHEME_IDS, get_scheme

SOFT, HARD = "ʹ", "ʺ"
_SOFT_TABLE = {ord(c): SOFT for c in SOFT_SIGNS}
_HARD_TABLE = {ord(c): HARD for c in HARD_SIGNS}


def canonical_signs(text: str) -> str:
    """NFC, every prime or apostrophe folded to ʹ and every double one to ʺ; case kept."""
    text = unicodedata.normalize("NFC", text)
    if "''" in text or "``" in text:
        text = text.replace("''", HARD).replace("``", HARD)
    return text.translate(_HARD_TABLE).translate(_SOFT_TABLE)


def canonical_latin(text: str) -> str:
    """Lower case, NFC, every prime or apostrophe folded to ʹ and every double one to ʺ."""
    return canonical_signs(text.lower())


@dataclass(frozen=True)
class Chunk:
    latin: str
    cyrillic: str  # may hold ё
    mask: int  # schemes that write this Cyrillic this way (a leniency row: the schemes it names, else all)
    cost: float  # 0 for table rows, the slip cost for leniency rows
    why: str = ""
    after: frozenset[str] | None = None  # previous Cyrillic letter ("^" = word start) from the rule
    at_end: bool = False  # the rule applies only at the end of a word
    # False for a leniency row that writes a letter its schemes' tables never write (English c for к):
    # it gives readings, but a word spelled only through it is not one the scheme can spell (YMCA)
    spells: bool = True
    # False for a leniency row read only into a dictionary word (a double letter written once, Polish
    # y for и): the trigram model's guess of an unknown word does not use it (Yttyk stays Ыттык)
    guess: bool = True

    @property
    def key(self) -> str:
        """The Cyrillic as a lexicon key (ё as е, pre-1918 letters as modern ones)."""
        return self.cyrillic.translate(KEY_FOLD)


ALL = (1 << len(SCHEME_IDS)) - 1
# Lexicon keys: ё as е, and the pre-1918 letters as their modern spelling (Россія → россия)
KEY_FOLD = str.maketrans({"ё": "е", **PRE_REFORM})


def scheme_bit(scheme_id: str) -> int:
    return 1 << SCHEME_IDS.index(scheme_id)


def schemes_of(mask: int) -> list[str]:
    """The scheme ids in ``mask`` (a fresh list: callers may keep it)."""
    return list(_schemes_of(mask))


@lru_cache(maxsize=4096)
def _schemes_of(mask: int) -> tuple[str, ...]:
    return tuple(s for i, s in enumerate(SCHEME_IDS) if mask >> i & 1)


@dataclass(frozen=True)
class Tables:
    by_first: dict[str, tuple[Chunk, ...]]
    dropped: tuple[Chunk, ...]
    words: dict[str, tuple[str, int]]  # conventional whole-word forms: latin → (cyrillic, mask)
    alphabet: dict[int, frozenset[str]]  # scheme bit → Latin characters its output uses
    # Spellings one scheme gives a pre-1918 letter and another a modern one in some context
    # (GOST 7.79 B ѣ = ye, BGN/PCGN word-initial е = ye), and the schemes that mean the old letter
    old_in_context: frozenset[str] = frozenset()
    old_in_context_mask: int = 0
    unmixed: int = 0  # schemes no walk switches into or out of inside a word (leniency.toml [mixing])


_OLD_LETTERS = frozenset(PRE_REFORM)


def _marks_yo(latin: str) -> bool:
    return "ë" in latin or "o" in latin


def _with_next_letter(scheme, rule) -> list[tuple[str, str, bool]]:
    """The reverse chunks of a context rule, as (latin, cyrillic, only at the word end). A rule
    that applies only before certain letters (popular ь → y before a vowel, Spanish г → gu
    before е and и) is read back only with one of those letters after it: its output joined to
    the scheme's spelling of each letter, so its Latin alone (y at the end of daty, gu at the
    end of drugu) is no reading of it. Before the end of a word it is a chunk of its own that
    only ends a word. A rule with no ``before`` context is one chunk."""
    if rule.before is None:
        return [(rule.output, rule.match, False)]
    out = []
    for nxt in sorted(rule.before):
        if nxt == END:
            out.append((rule.output, rule.match, True))
            continue
        if scheme.letters.get(nxt) is not None:
            out.append((rule.output + scheme.letters[nxt], rule.match + nxt, False))
        # the next letter as a rule of the scheme writes it, alone or starting a longer match
        # (French Верещагин: gu for г, then ine for a final ин)
        for r in scheme.rules:
            if r.output and r.match.startswith(nxt) and (r.after is None or rule.match[-1] in r.after) \
                    and (r.before is None or r.before == frozenset({END}) or len(r.match) == 1):
                out.append((rule.output + r.output, rule.match + r.match, r.before == frozenset({END})))
    return list(dict.fromkeys(out))


@cache
def tables() -> Tables:
    rows: dict[tuple[str, str], int] = {}
    ruled: list[Chunk] = []
    alphabet: dict[int, set[str]] = {}
    words: dict[str, tuple[str, int]] = {}

    def add(latin: str, cyr: str, bit: int) -> None:
        latin = canonical_latin(latin)
        if not latin:
            return
        rows[(latin, cyr)] = rows.get((latin, cyr), 0) | bit
        alphabet.setdefault(bit, set()).update(latin)

    silent: dict[str, int] = {}  # ь, ъ → the schemes that write it as nothing
    for sid in SCHEME_IDS:
        scheme = get_scheme(sid)
        bit = scheme_bit(sid)
        for sign in ("ь", "ъ"):
            if scheme.letters.get(sign) == "":
                silent[sign] = silent.get(sign, 0) | bit
        for cyr, lat in scheme.letters.items():
            add(lat, cyr, bit)
        for cyr, lat in scheme.capitals.items():
            add(lat, cyr, bit)
        for rule in scheme.rules:
            if not rule.output:
                continue
            at_end = rule.before is not None and rule.before == frozenset({END})
            for lat, cyr, end in _with_next_letter(scheme, rule) if not at_end else [(rule.output, rule.match, True)]:
                if rule.after is None and not end and rule.before is None:
                    add(lat, cyr, bit)
                else:
                    lat = canonical_latin(lat)
                    cyr = cyr if _marks_yo(lat) else cyr.replace("ё", "е")
                    ruled.append(Chunk(lat, cyr, bit, 0.0, "", rule.after, end))
                    alphabet.setdefault(bit, set()).update(lat)
        for cyr, lat in scheme.words.items():
            words[canonical_latin(lat)] = (cyr, words.get(canonical_latin(lat), ("", 0))[1] | bit)
    merged: dict[tuple[str, str], int] = {}
    for (lat, cyr), mask in rows.items():
        # A scheme that writes ё like е (ICAO e, ALA-LC without diacritics e) gives no evidence
        # of ё: such a chunk reads as е, and ё is output only where the Latin marks it.
        if "ё" in cyr and not _marks_yo(lat):
            cyr = cyr.replace("ё", "е")
        merged[(lat, cyr)] = merged.get((lat, cyr), 0) | mask
    # A pre-1918 letter spelled like a modern one (і as plain i, ѣ as ie) is not read back: as
    # with ё, the old letter is output only where the Latin marks it (ī, i͡e, ḟ, ẏ, ì, ě, fh…).
    modern = {lat for (lat, cyr) in merged if not set(cyr) & _OLD_LETTERS}
    in_context = {c.latin for c in ruled if not set(c.cyrillic) & _OLD_LETTERS}
    old_in_context = {(lat, mask) for (lat, cyr), mask in merged.items()
                      if set(cyr) & _OLD_LETTERS and lat in in_context and lat not in modern}
    chunks = [Chunk(lat, cyr, mask, 0.0) for (lat, cyr), mask in merged.items()
              if not (set(cyr) & _OLD_LETTERS and lat in modern)] + ruled
    data = leniency_data()
    for row in data.get("chunk", []):
        # a row may name the schemes whose writers slip so (ALA-LC with its ties left out), hold
        # only at the start or the end of a word, or only after the Cyrillic letters of ``after``
        mask = sum(scheme_bit(s) for s in row["schemes"]) if "schemes" in row else ALL
        after = frozenset({"^"}) if row.get("at_start") else frozenset(row["after"]) if "after" in row else None
        chunks.append(Chunk(canonical_latin(row["latin"]), row["cyrillic"], mask, float(row["cost"]), row["why"],
                            after, bool(row.get("at_end", False)), bool(row.get("spellable", True)),
                            bool(row.get("guess", True))))
    # A sign the scheme itself writes as nothing (ICAO, popular, German… drop ь) is no slip in
    # that scheme: a reading of no cost for those schemes, beside the leniency rows for the others.
    dropped = tuple(Chunk("", sign, mask, 0.0, "")  # no slip: nothing to explain
                    for sign, mask in sorted(silent.items())) + \
        tuple(Chunk("", r["cyrillic"], ALL, float(r["cost"]), r["why"]) for r in data.get("dropped", []))
    by_first: dict[str, list[Chunk]] = {}
    for ch in chunks:
        by_first.setdefault(ch.latin[0], []).append(ch)
    return Tables(
        by_first={k: tuple(sorted(v, key=lambda c: -len(c.latin))) for k, v in by_first.items()},
        dropped=dropped,
        words=words,
        alphabet={k: frozenset(v) for k, v in alphabet.items()},
        old_in_context=frozenset(lat for lat, _ in old_in_context),
        old_in_context_mask=sum({mask for _, mask in old_in_context}),
        unmixed=sum(scheme_bit(s) for s in data.get("mixing", {}).get("unmixed", [])),
    )


@cache
def leniency_data() -> dict:
    """``leniency.toml`` parsed once: the slips real writers make (its ``[[chunk]]`` rows), which
    schemes a walk may not mix, and the conventions other readers (context, language) look up there."""
    return tomllib.loads(resources.files("translit.read").joinpath("leniency.toml").read_text("utf-8"))
