"""The archive registry: current Russian archives, every predecessor name, and lookup by any
spelling (acronym or full name, Cyrillic or any romanization, with or without spaces).

Data: ``archives.toml`` beside this module, one row per archive with its predecessors.
"""

from __future__ import annotations

import re
import threading
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Name:
    """One name an archive carries or carried."""

    acronym: str  # Latin (ALA-LC without diacritics, digraphs title-case)
    acronym_cyr: str
    name_cyr: str = ""
    name_en: str = ""
    years: str = ""
    source: str = ""
    note: str = ""  # what the source did not confirm
    acronym_alone: bool = True  # False: an acronym other archives share, no spelling of this one alone
    # the city or region whose name in the same paragraph makes a shared acronym (acronym_alone =
    # false) name this archive: GANO beside Novosibirsk (see :func:`shared_acronyms`); for a row read
    # alone that has ``other_places``, its own places, which keep the row where both are named
    places: tuple[str, ...] = ()
    # the cities or regions of other archives, outside the registry, whose acronym has this name's
    # letters (ДАЛО: the Lviv oblast archive's, and the Luhansk one's): where the paragraph names one
    # of them and none of ``places``, the acronym alone is that other archive, kept as written
    # (see :func:`translit.archives.citation._acronym_elsewhere`)
    other_places: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileSeries:
    """A file mark a collection is cited by instead of fond and opis' (the Smolensk Archive's
    ``WKP 186``): its prefix; whether the mark alone names the archive (``alone``), or only in a
    citation that names it; and the source."""

    prefix: str
    alone: bool
    source: str = ""


@dataclass
class Archive:
    id: str  # the current Latin acronym: RGASPI, GARF, APRF, TsA FSB…
    current: Name
    name_lc: str
    since: str
    source: str
    country: str = "Russia"
    note: str = ""
    predecessors: list[Name] = field(default_factory=list)
    file_series: list[FileSeries] = field(default_factory=list)

    @property
    def name_en(self) -> str:
        return self.current.name_en


@dataclass(frozen=True)
class Match:
    archive: Archive
    cited: Name  # the name as cited (a predecessor, or the current name)
    # the scheme an acronym was found spelled in when the registry does not store that spelling but
    # derives it (CA FSB: ЦА ФСБ in "ISO 9:1995 / GOST 7.79-2000 A"; see derived_acronyms); "" else
    via: str = ""
    via_cyr: str = ""  # the Cyrillic acronym that scheme spelled (ЦГАОР for ZGAOR)

    @property
    def is_predecessor(self) -> bool:
        return self.cited is not self.archive.current


_LETTERS = re.compile(r"[^\W\d_]+")


def acronym_key(text: str) -> str:
    """Fold an acronym: any script → ALA-LC without diacritics, upper case, letters only."""
    from translit.romanize import romanize

    text = unicodedata.normalize("NFC", text)
    if re.search("[\u0400-\u04ff]", text):
        text = romanize(text, "alalc-plain")
    return "".join(_LETTERS.findall(text)).upper()


def _name_key(text: str) -> str:
    from translit.matchkey import key

    return key(text)


_NOT_RUSSIAN = re.compile("[іїєґўІЇЄҐЎ']")


def _romanized(name_cyr: str) -> list[str]:
    """A Russian name in ALA-LC without diacritics, as English-language footnotes write it
    (Tsentral'nyi gosudarstvennyi arkhiv …): one spelling more for the row, derived, not stored
    (for its ``name_cyr`` and each Russian name of its ``names``); a Latin name gives none.
    A Ukrainian or Belarusian name is left to the row's own name_lc."""
    if not name_cyr or _NOT_RUSSIAN.search(name_cyr) or not re.search("[\u0400-\u04ff]", name_cyr):
        return []
    from translit.romanize import romanize

    return [romanize(name_cyr, "alalc-plain")]


@cache
def _rows() -> list[tuple[Archive, list[tuple[Name, list[str], list[str], list[str]]]]]:
    """Each archive with its names: (the name, its acronyms as spellings, its variants, its full
    names and their romanizations)."""
    data = tomllib.loads(resources.files(__name__).joinpath("archives.toml").read_text("utf-8"))
    out = []
    for row in data["archive"]:
        since = row.get("since", "")
        current = Name(row["id"], row.get("acronym_cyr", ""), row.get("name_cyr", ""), row["name_en"],
                       f"since {since}" if since else "",
                       row["source"], row.get("note", ""), row.get("acronym_alone", True), tuple(row.get("places", ())),
                       tuple(row.get("other_places", ())))
        arc = Archive(row["id"], current, row["name_lc"], since, row["source"], row.get("country", "Russia"),
                      row.get("note", ""),
                      file_series=[FileSeries(f["prefix"], bool(f.get("alone", False)), f.get("source", row["source"]))
                                   for f in row.get("file_series", [])])
        # an acronym several archives share (GANO: the Novosibirsk and the Novgorod oblast archives)
        # names the row only by its variants and full names, never alone: `acronym_alone = false`
        names = [(current, [current.acronym, current.acronym_cyr] if current.acronym_alone else [],
                  row.get("variants", []), [current.name_cyr, row["name_lc"], row["name_en"],
                                                     *row.get("names", []), *_romanized(current.name_cyr),
                                                     *(r for nm in row.get("names", []) for r in _romanized(nm))])]
        for p in row.get("predecessors", []):
            n = Name(p["acronym"], p.get("acronym_cyr", ""), p.get("name_cyr", ""), p.get("name_en", ""), p.get("years", ""),
                     p.get("source", row["source"]), p.get("note", ""), p.get("acronym_alone", True),
                     tuple(p.get("places", ())), tuple(p.get("other_places", ())))
            arc.predecessors.append(n)
            names.append((n, [n.acronym, n.acronym_cyr] if n.acronym_alone else [],
                          p.get("variants", []), [p.get("name_cyr", ""), p.get("name_lc", ""),
                                                     p.get("name_en", ""), *p.get("names", []),
                                                     *_romanized(n.name_cyr),
                                                     *(r for nm in p.get("names", []) for r in _romanized(nm))]))
        out.append((arc, names))
    return out


_ACRONYM_TOKEN = re.compile(r"[А-ЯЁІЇЄҐЎ][А-ЯЁІЇЄҐЎа-яёіїєґў-]*")


def _acronym_shaped(cyr: str) -> bool:
    """Is ``cyr`` a Cyrillic acronym (ЦХСД, ЦГАОР СССР, ЦГАОРиСС, СПбФ АРАН): every word begins with a
    capital and has two capitals or more? Not a name in words (НИАБ в Гродно, Архив ЦК КПУ)."""
    words = cyr.split()
    return bool(words) and all(_ACRONYM_TOKEN.fullmatch(w) and sum(c.isupper() for c in w) >= 2 for w in words)


def _acronym_language(cyr: str) -> str:
    """The language whose scheme tables romanize ``cyr``: Belarusian with ў, Ukrainian with і ї є ґ,
    else Russian (as the citation finder tells a name's language)."""
    return "be" if re.search("[ўЎ]", cyr) else "uk" if re.search("[іїєґІЇЄҐ]", cyr) else "ru"


def _spelled(cyr: str, scheme: str, lang: str) -> str | None:
    """A Cyrillic acronym as ``scheme`` spells it, letter by letter from the scheme's own letter
    table, each capital's spelling in title case (ЦХСД → Polish CChSD, German ZChSD, GOST 7.79 B
    CzXSD, ISO 9 CHSD); None when the table lacks a letter. Letters of an acronym are read one by
    one, so no context rule of the scheme applies (and the romanizer, which would open the reader's
    word lists to tell an acronym from a word, is not asked)."""
    from translit.schemes import get_scheme

    table = get_scheme(scheme, None if lang == "ru" else lang)
    letters = {**table.other_letters, **table.letters}
    out: list[str] = []
    for ch in cyr:
        low = ch.lower()
        if not re.match("[\u0400-\u04ff]", ch):
            out.append(ch)
        elif low not in letters:
            return None
        else:
            out.append(letters[low].capitalize() if ch.isupper() else letters[low])
    return "".join(out)


def _bare(text: str) -> str:
    """An acronym's letters without marks, upper case (CChSD → CCHSD, Č → C; a Cyrillic one in ALA-LC
    by the letter table, ЦХСД → TSKHSD): two spellings with the same bare letters are one to the
    citation finder, which also looks for spellings without marks."""
    if re.search("[\u0400-\u04ff]", text):  # (not acronym_key's romanizer: see _spelled)
        text = _spelled(text, "alalc-plain", "ru") or ""
    return "".join(c for c in unicodedata.normalize("NFD", acronym_key(text)) if not unicodedata.combining(c))


@cache
def _acronym_rules() -> dict:
    return tomllib.loads(resources.files(__name__).joinpath("acronyms.toml").read_text("utf-8"))


def _label_keys() -> frozenset[str]:
    """The bare letters of every citation label and country word (labels.toml): no derived acronym
    may be one of them."""
    data = tomllib.loads(resources.files(__name__).joinpath("labels.toml").read_text("utf-8"))
    forms = [f for row in data["field"] for f in row["forms"]]
    forms += [f for row in data["country_suffixes"]["forms"] for f in row]
    return frozenset(_bare(f) for f in forms)


def _common_words(words: list[str], languages: list[str], min_zipf: float) -> dict[str, str]:
    """Of ``words`` (lower case), those wordfreq counts common (Zipf ``min_zipf`` or more) in one of
    ``languages`` → the first such language and its frequency, as "en 4.2". Cached on disk beside
    the reader's caches, keyed by the words, the languages and wordfreq's version."""
    import hashlib
    import json
    from importlib import metadata

    from translit.read.lexicon import cache_dir

    try:
        version = metadata.version("wordfreq")
    except metadata.PackageNotFoundError:
        version = "?"
    digest = hashlib.sha256(json.dumps([words, languages, min_zipf, version]).encode()).hexdigest()[:16]
    path = cache_dir() / f"archive-acronym-words-{digest}.json"
    try:
        found = json.loads(path.read_text("utf-8"))
        if isinstance(found, dict):
            return found
    except (OSError, ValueError):
        pass
    from wordfreq import zipf_frequency

    found = {}
    for w in words:
        for lang in languages:
            z = zipf_frequency(w, lang)
            if z >= min_zipf:
                found[w] = f"{lang} {z:.1f}"
                break
    try:
        from translit import cachefile

        cachefile.write(path, lambda fh: fh.write(json.dumps(found).encode("utf-8")))
    except (OSError, ValueError):  # an unwritable cache directory: kept in memory only
        pass
    return found


@cache
def derived_acronyms() -> tuple[list[tuple[Archive, Name, str, str, str]], dict[str, str]]:
    """Each registry name's Cyrillic acronym (and its Cyrillic acronym variants) in every scheme of
    ``acronyms.toml``, through the project's own scheme tables: (archive, name, spelling, the
    scheme's name, the Cyrillic it spelled) for each spelling kept, and {spelling: why} for each dropped. A spelling is
    dropped when its bare letters (:func:`_bare`) are another archive's acronym or variant, or are
    derived for two archives, or are a citation label or country word, or a common word or
    abbreviation (wordfreq); a spelling the registry already has for the same archive adds nothing.
    Only names whose acronym names them alone (``acronym_alone``)."""
    from translit.schemes import get_scheme, scheme_ids

    rules = _acronym_rules()
    rows = _rows()
    taken: dict[str, set[str]] = {}
    for arc, names in rows:
        for n, _, variants, _ in names:
            for a in (n.acronym, n.acronym_cyr, *variants):
                if a:
                    taken.setdefault(_bare(a), set()).add(arc.id)
    cands: dict[str, list[tuple[Archive, Name, str, str, str]]] = {}
    for arc, names in rows:
        for n, _, variants, _ in names:
            if not n.acronym_alone:
                continue
            for cyr in dict.fromkeys((n.acronym_cyr, *variants)):
                if not cyr or not _acronym_shaped(cyr):
                    continue
                lang = _acronym_language(cyr)
                for sid in rules["schemes"]:
                    if sid not in scheme_ids(lang):
                        continue
                    v = unicodedata.normalize("NFC", _spelled(cyr, sid, lang) or "")
                    if not v or not all(c.isalpha() or c in " -" for c in v) or any(unicodedata.combining(c) for c in v):
                        continue  # ALA-LC's tie (T͡S), GOST 7.79 B's backtick: not an acronym's letters
                    k = _bare(v)
                    if len(k) < rules["min_letters"] or taken.get(k) == {arc.id}:
                        continue
                    cands.setdefault(k, []).append((arc, n, v, get_scheme(sid, None if lang == "ru" else lang).name, cyr))
    labels = _label_keys()
    common = _common_words(sorted(k.lower() for k in cands), rules["languages"], rules["min_zipf"])
    kept: list[tuple[Archive, Name, str, str, str]] = []
    dropped: dict[str, str] = {}
    for k, entries in cands.items():
        ids = sorted({a.id for a, *_ in entries})
        why = (f"the registry's spelling of {', '.join(sorted(taken[k]))}" if k in taken
               else f"derived for {' and '.join(ids)}" if len(ids) > 1
               else "a citation label or country word" if k in labels
               else f"a common word or abbreviation (wordfreq {common[k.lower()]})" if k.lower() in common
               else "")
        seen: set[str] = set()
        for e in entries:
            if why:
                dropped.setdefault(e[2], f"{e[2]} ({e[3]}, {e[0].id}): {why}")
            elif e[2] not in seen:
                seen.add(e[2])
                kept.append(e)
    return kept, dropped


@cache
def registry() -> tuple[list[Archive], dict[str, Match], dict[str, Match]]:
    archives: list[Archive] = []
    by_acronym: dict[str, Match] = {}
    by_name: dict[str, Match] = {}
    for arc, names in _rows():
        archives.append(arc)
        for n, acronyms, variants, full in names:
            m = Match(arc, n)
            for a in [*acronyms, *variants]:
                by_acronym.setdefault(acronym_key(a), m)
                by_name.setdefault(_name_key(a), m)
            for f in full:
                if f:
                    by_name.setdefault(_name_key(f), m)
    for arc, n, spelling, scheme, cyr in derived_acronyms()[0]:  # after every stored spelling: these never win
        by_acronym.setdefault(acronym_key(spelling), Match(arc, n, scheme, cyr))
    return archives, by_acronym, by_name


@cache
def spellings() -> list[tuple[str, bool, Match]]:
    """Every way the registry spells an archive: (text, is it an acronym, what it resolves to).
    The citation finder builds its pattern from this list. The acronyms derived in other schemes
    (:func:`derived_acronyms`) come last, their match naming the scheme (``via``)."""
    out: list[tuple[str, bool, Match]] = []
    for arc, names in _rows():
        for n, acronyms, variants, full in names:
            m = Match(arc, n)
            out += [(a, True, m) for a in [*acronyms, *variants] if a]
            out += [(f, False, m) for f in full if f]
    out += [(spelling, True, Match(arc, n, scheme, cyr)) for arc, n, spelling, scheme, cyr in derived_acronyms()[0]]
    return out


# the names resolve() is looking up in this thread: keying a name reads it with its citation marks,
# and marking an acronym the registry does not spell (TsDAHO SSSR) looks that same name up again
_RESOLVING = threading.local()


def resolve(text: str) -> Match | None:
    """The archive a cited name refers to (RTsKhIDNI → RGASPI), or None when unknown. A name
    looked up again while it is being looked up (its key, read with citation marks, marks it and
    so asks for it) is unknown to that inner lookup: the outer one goes on and answers."""
    if not isinstance(text, str) or not text.strip():
        return None
    cleaned = text.strip(" .,;:")
    busy = _RESOLVING.__dict__.setdefault("names", set())
    if cleaned in busy:
        return None
    busy.add(cleaned)
    try:
        return _resolve(cleaned)
    finally:
        busy.discard(cleaned)


def _resolve(cleaned: str) -> Match | None:
    """:func:`resolve` of a name stripped of its punctuation at either end."""
    _, by_acronym, by_name = registry()
    hit = by_acronym.get(acronym_key(cleaned))
    if hit is None:
        hit = by_name.get(_name_key(cleaned))
    if hit is None:  # "RGASPI Moscow", "TsA FSB Rossii, Moscow": try the leading words
        words = cleaned.split()
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            hit = by_acronym.get(acronym_key(head)) or by_name.get(_name_key(head))
            if hit is not None:
                break
    return hit


@cache
def shared_acronyms() -> dict[str, list[Match]]:
    """The names whose acronym other archives share (``acronym_alone = false``) and that say which
    city or region makes it theirs (``places``), by the acronym's key (GANO → the Novosibirsk
    oblast archive, where Novosibirsk is named): :func:`translit.archives.citation.parse_citations`
    reads such an acronym alone as this archive only where the text names the place."""
    out: dict[str, list[Match]] = {}
    for arc, names in _rows():
        for n, _, _, _ in names:
            if n.acronym_alone or not n.places:
                continue
            for a in {n.acronym, n.acronym_cyr} - {""}:
                out.setdefault(acronym_key(a), []).append(Match(arc, n))
    return out


def archives() -> list[Archive]:
    return registry()[0]


@cache
def file_series() -> dict[str, tuple[FileSeries, Match]]:
    """Every file mark of the registry (``archives.toml`` ``file_series``) by its prefix: the row
    and the archive (under its current name) it belongs to."""
    out: dict[str, tuple[FileSeries, Match]] = {}
    for arc, _ in _rows():  # not registry(): its name keys read text, which asks for these marks
        for s in arc.file_series:
            out.setdefault(s.prefix, (s, Match(arc, arc.current)))
    return out
