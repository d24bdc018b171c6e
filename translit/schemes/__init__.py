"""Scheme tables: load the TOML file of each romanization scheme into a :class:`Scheme`.

Every scheme is data (``schemes/<id>.toml`` for Russian, ``schemes/<lang>/<id>.toml`` for the
other Cyrillic languages listed in ``schemes/languages.toml``): its letter table, capital forms,
context rules, whole-word conventional forms, options, the spellings read back but never written
(``read_also``) and sample pairs with their sources. A file
may name a ``base`` scheme (in its own folder, else the Russian one) whose rows it starts from and
then overrides. ``other-letters.toml`` gives each Russian scheme rows for the letters of the other
Cyrillic languages its table lacks (its standard's own, else a national romanization), used only
to romanize. This module only reads and validates those files; :mod:`translit.romanize` is the
one engine that applies them.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from translit.errors import SchemeDataError, UnknownLanguageError, UnknownSchemeError

START = "^"  # context token: start of word (a hyphen also starts a word)
END = "$"  # context token: end of word


@dataclass(frozen=True)
class Rule:
    """A context rule: ``match`` (lowercase Cyrillic) becomes ``output`` where the context allows."""

    match: str
    output: str
    after: frozenset[str] | None = None  # previous letter (or START) must be one of these
    before: frozenset[str] | None = None  # next letter (or END) must be one of these
    option: str | None = None  # rule applies only when this option is switched on
    capital: str | None = None  # explicit form for an initial capital

    def applies(self, word: str, start: int, options: frozenset[str]) -> bool:
        if self.option is not None and self.option not in options:
            return False
        if not word.startswith(self.match, start):
            return False
        if self.after is not None:
            prev = word[start - 1] if start > 0 else START
            if prev not in self.after:
                return False
        if self.before is not None:
            end = start + len(self.match)
            nxt = word[end] if end < len(word) else END
            if nxt not in self.before:
                return False
        return True


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    doc: str
    values: tuple = ()


@dataclass(frozen=True)
class Sample:
    cyrillic: str
    latin: str
    source: str


@dataclass
class Scheme:
    """One romanization scheme, as read from its data file."""

    id: str
    name: str
    standard: str
    source: str
    reversible: bool
    reversible_note: str
    acronyms: str  # "title": ЦК → TsK; "upper": ЦК → TSK
    letters: dict[str, str]
    capitals: dict[str, str]
    rules: tuple[Rule, ...]
    words: dict[str, str]
    options: tuple[Option, ...]
    samples: tuple[Sample, ...]
    choices: str = ""
    provider: str | None = None
    lang: str = "ru"
    # what the convention's own readers call it ("Deutsch", "français"), for suggestions
    also_called: tuple[str, ...] = ()
    # letters of the other Cyrillic languages the table lacks (other-letters.toml): romanizing only,
    # never read back
    other_letters: dict[str, str] = field(default_factory=dict)
    # Latin spellings of a letter that practice varies on, read back as the letter but never
    # written (``[read_also]``: Bulgarian scholarly ъ written ă, ǎ read too; х written ch, x read too)
    read_also: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a table the other languages' reader takes for a text only when the text bears a spelling no
    # other table of the language writes (the scholarly tables' ja, ă, x: their ch is х, not ч)
    marked_only: bool = False
    rules_by_first: dict[str, tuple[Rule, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        grouped: dict[str, list[Rule]] = {}
        for rule in self.rules:
            grouped.setdefault(rule.match[0], []).append(rule)
        # Longest match first; among equal lengths the file's order decides.
        self.rules_by_first = {
            k: tuple(sorted(v, key=lambda r: -len(r.match))) for k, v in grouped.items()
        }

    def outputs(self) -> list[str]:
        """Every Latin spelling the table writes (letters, capitals, rules) or reads back
        (``read_also``): what marks and spelling units of romanized text are taken from."""
        return (list(self.letters.values()) + list(self.capitals.values()) + [r.output for r in self.rules]
                + [lat for lats in self.read_also.values() for lat in lats])

    def option_defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}

    def describe(self) -> dict[str, Any]:
        """A JSON-ready summary (used by ``translit schemes`` and the HTTP API)."""
        return {
            "id": self.id,
            "lang": self.lang,
            "name": self.name,
            "standard": self.standard,
            "reversible": self.reversible,
            "reversible_note": self.reversible_note,
            "options": {o.name: o.default for o in self.options},
            **({"also_called": list(self.also_called)} if self.also_called else {}),
        }


SCHEME_IDS = (
    "alalc", "alalc-plain", "bgn-pcgn", "iso9", "gost-779b", "scholarly", "iso-r9-1968",
    "bs2979", "icao", "popular", "german", "french", "polish", "czech", "spanish",
    "transliterate-ru", "dutch", "swedish", "finnish", "italian",
    "norwegian", "hungarian", "romanian", "turkish", "catalan", "lithuanian", "latvian",
    "serbocroatian", "estonian", "slovene",
    "portuguese",
)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _context(values: list[str] | None, classes: dict[str, str], edge: str, edge_name: str):
    if values is None:
        return None
    out: set[str] = set()
    for v in values:
        if v == edge_name:
            out.add(edge)
        elif v in classes:
            out.update(classes[v])
        elif len(v) == 1:
            out.add(v)
        else:
            raise SchemeDataError(f"unknown context {v!r}: not a letter, a class or {edge_name!r}")
    return frozenset(out)


def parse_scheme(data: dict[str, Any]) -> Scheme:
    """Build a :class:`Scheme` from the parsed TOML of a scheme file."""
    try:
        classes = {k: v for k, v in data.get("classes", {}).items()}
        rules = tuple(
            Rule(
                match=r["match"],
                output=_nfc(r["output"]),
                after=_context(r.get("after"), classes, START, "start"),
                before=_context(r.get("before"), classes, END, "end"),
                option=r.get("option"),
                capital=_nfc(r["capital"]) if "capital" in r else None,
            )
            for r in data.get("rules", [])
        )
        return Scheme(
            id=data["id"],
            name=data["name"],
            standard=data["standard"],
            source=data["source"],
            reversible=bool(data["reversible"]),
            reversible_note=data.get("reversible_note", ""),
            acronyms=data.get("acronyms", "title"),
            letters={k: _nfc(v) for k, v in data["letters"].items()},
            capitals={k: _nfc(v) for k, v in data.get("capitals", {}).items()},
            rules=rules,
            words={k: _nfc(v) for k, v in data.get("words", {}).items()},
            options=tuple(
                Option(o["name"], o["default"], o.get("doc", ""), tuple(o.get("values", ())))
                for o in data.get("options", [])
            ),
            samples=tuple(
                Sample(_nfc(s["cyrillic"]), _nfc(s["latin"]), s["source"])
                for s in data.get("samples", [])
            ),
            choices=data.get("choices", "").strip(),
            provider=data.get("provider"),
            also_called=tuple(data.get("also_called", ())),
            read_also={k: tuple(_nfc(x) for x in v) for k, v in data.get("read_also", {}).items()},
            marked_only=bool(data.get("marked_only", False)),
        )
    except KeyError as exc:
        raise SchemeDataError(f"scheme file lacks the key {exc}") from None


DEFAULT_LANG = "ru"


@cache
def languages() -> dict[str, dict[str, Any]]:
    """The languages with scheme folders, from ``languages.toml``: code → name, MARC code, schemes."""
    raw = resources.files(__name__).joinpath("languages.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    out = {}
    for code, row in data["language"].items():
        schemes = SCHEME_IDS if code == DEFAULT_LANG else tuple(row["schemes"])
        out[code] = {**row, "code": code, "schemes": schemes}
    return out


def scheme_ids(lang: str | None = None) -> tuple[str, ...]:
    """The scheme ids a language has (Russian's when ``lang`` is None)."""
    lang = lang or DEFAULT_LANG
    langs = languages()
    if not isinstance(lang, str) or lang not in langs:
        raise UnknownLanguageError(lang, tuple(langs))
    return langs[lang]["schemes"]


def _read_toml(lang: str, scheme_id: str) -> dict[str, Any]:
    folder = resources.files(__name__)
    if lang != DEFAULT_LANG:
        folder = folder.joinpath(lang)
    return tomllib.loads(folder.joinpath(f"{scheme_id}.toml").read_bytes().decode("utf-8"))


def _with_base(lang: str, data: dict[str, Any]) -> dict[str, Any]:
    """Start from the ``base`` scheme's tables (same language first, else Russian), then override."""
    base_id = data.get("base")
    if not base_id:
        return data
    own = lang != DEFAULT_LANG and base_id in languages()[lang]["schemes"] and base_id != data.get("id")
    base_lang = lang if own else DEFAULT_LANG
    if base_lang == lang and base_id == data.get("id"):
        raise SchemeDataError(f"{base_id}.toml names itself as its base")
    base = _with_base(base_lang, _read_toml(base_lang, base_id))
    merged = dict(base)
    merged.update({k: v for k, v in data.items() if k not in ("letters", "capitals", "rules", "words", "classes")})
    for table in ("letters", "capitals", "words", "classes"):
        rows = dict(base.get(table, {}))
        rows.update(data.get(table, {}))
        for dropped in data.get("drop", []):
            rows.pop(dropped, None)
        merged[table] = rows
    merged["rules"] = [r for r in base.get("rules", []) if r["match"] not in data.get("drop", [])] + data.get("rules", [])
    merged["samples"] = data.get("samples", [])
    return merged


@cache
def get_scheme(scheme_id: str, lang: str | None = None) -> Scheme:
    """Return the scheme with this id (``alalc``, ``iso9``, …) for ``lang`` (default Russian).

    Raise UnknownSchemeError for an id the language does not have.
    """
    lang = lang or DEFAULT_LANG
    ids = scheme_ids(lang)
    if not isinstance(scheme_id, str) or scheme_id not in ids:
        raise UnknownSchemeError(scheme_id, ids)
    scheme = parse_scheme(_with_base(lang, _read_toml(lang, scheme_id)))
    scheme.lang = lang
    if lang == DEFAULT_LANG:  # the language tables keep their own letters only: their callers
        # (the Serbian word list's lookup by Latin spelling) read a letter left Cyrillic as "not ours"
        scheme.other_letters = other_letters(scheme_id, lang, frozenset(scheme.letters))
    if scheme.id != scheme_id:
        raise SchemeDataError(f"{scheme_id}.toml declares id {scheme.id!r}")
    return scheme


@cache
def _other_letters_data() -> dict[str, Any]:
    raw = resources.files(__name__).joinpath("other-letters.toml").read_text("utf-8")
    return tomllib.loads(raw)


def _plain(latin: str) -> str:
    """The Latin without its combining marks (ŭ → u, i͡e → ie); letters like đ stay."""
    return _nfc("".join(c for c in unicodedata.normalize("NFD", latin) if not unicodedata.combining(c)))


def other_letters(scheme_id: str, lang: str | None = None, own: frozenset[str] = frozenset()) -> dict[str, str]:
    """The rows for letters the scheme's table lacks (``own``), from ``other-letters.toml``.

    Letter by letter, the first of: the scheme's own section there (its published standard), the
    same standard's tables for the other languages, the fallback (national romanizations). Used
    only to romanize, so that no Cyrillic letter is left in Latin output.
    """
    lang = lang or DEFAULT_LANG
    data = _other_letters_data()
    sections = data.get("scheme", {})
    section = sections.get(scheme_id, {})
    source_id = section.get("from", scheme_id)
    plain = bool(section.get("plain", False))
    found: dict[str, str] = {}
    layers: list[tuple[dict[str, str], bool]] = [(section.get("letters", {}), False)]
    if source_id != scheme_id:
        layers.append((sections.get(source_id, {}).get("letters", {}), plain))
    for other in data.get("languages", []):
        if other != lang and other in languages() and source_id in languages()[other]["schemes"]:
            layers.append((_with_base(other, _read_toml(other, source_id)).get("letters", {}), plain))
    layers.append((data["fallback"]["letters"], plain))
    for rows, strip in layers:
        for cyr, lat in rows.items():
            if len(cyr) == 1 and cyr not in own and cyr not in found and _nfc(cyr) == cyr:
                found[cyr] = _plain(lat) if strip else _nfc(lat)
    return found


def all_schemes(lang: str | None = None) -> list[Scheme]:
    return [get_scheme(s, lang) for s in scheme_ids(lang)]
