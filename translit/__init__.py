"""translit: romanize Russian in every scheme, read any romanization back, match and convert.

Public API (each name is documented where it is defined):

- :func:`romanize` — Cyrillic → a romanization scheme.
- :func:`to_cyrillic` — any romanization → Cyrillic, ranked by a Russian lexicon.
- :func:`detect` — which scheme a string is in, with the evidence.
- :func:`identify` — which Cyrillic language (or language romanized) a text is in.
- ``lang=`` on romanize, to_cyrillic, convert and key: uk, be, bg, sr, mk, rue, or ``auto``.
- :func:`schemes` — the scheme tables.
- :func:`convert`, :func:`key`, :func:`cluster` — running text, match keys, heading clusters.
- :func:`parse_citations` — every archival citation in a text, with spans and ibid. chains;
  :func:`parse_citation` — one citation.
- :func:`gloss`, :func:`gloss_text` — English glosses of every word (a word-by-word gloss line,
  not a translation).
- :func:`fix` — repair mojibake and lookalikes, report lost letters.
- :class:`ReadingPolicy` and its presets ``CATALOGUE_FIELD``, ``RUNNING_TEXT``, ``EVERY_WORD`` —
  which Latin words of a text are read as Russian; :mod:`translit.read.document` reads a document.
"""

from translit.errors import OptionError, TranslitError, UnknownSchemeError
from translit.read.policy import CATALOGUE_FIELD, EVERY_WORD, RUNNING_TEXT, ReadingPolicy
from translit.romanize import Romanization, romanize, romanize_detailed
from translit.schemes import SCHEME_IDS, all_schemes, get_scheme

__version__ = "0.1.0"


def schemes(lang=None):
    """Every scheme's summary (of Russian, or of ``lang``): id, name, standard, reversibility, options."""
    return [s.describe() for s in all_schemes(lang)]


def to_cyrillic(text, scheme=None, lang=None, **kw):
    if lang is not None:
        from translit.langs.api import to_cyrillic as _lang

        return _lang(text, lang, scheme=scheme, **kw)
    from translit.read.reader import to_cyrillic as _f

    return _f(text, scheme=scheme, **kw)


def detect(text):
    from translit.read.detect import detect as _f

    return _f(text)


def identify(text):
    """Which language (ru, uk, be, bg, sr, mk, rue) a Cyrillic or romanized text is in."""
    from translit.langs.identify import identify as _f

    return _f(text)


def convert(text, to="alalc", source=None, lang=None, **kw):
    if lang is not None:
        from translit.langs.api import convert as _lang

        return _lang(text, to=to, lang=lang, source=source, **kw)
    from translit.conversion import convert as _f

    return _f(text, to=to, source=source, **kw)


def key(text, lang=None, **kw):
    """The match key of ``text``. Without ``lang`` the language is chosen per text, as the CLI,
    the HTTP API and batch jobs choose it (:func:`translit.langs.api.chosen_key`): text chosen as
    Russian keeps its Russian key (:func:`translit.matchkey.key`), text chosen as another language
    (Київ, Istorija Srbije) is keyed in it. ``lang="auto"`` keys every text through the
    established forms, so Kyiv, Kiev, Київ and Киев share one key; ``lang="ru"`` is the Russian
    key always. A document's decisions (``forms``, ``spellings``) are Russian readings: with them
    the key is Russian's."""
    if lang is not None and lang != "auto" or kw.get("forms") is not None or kw.get("spellings") is not None:
        if lang is not None:
            from translit.langs.api import key as _lang

            return _lang(text, lang)
        from translit.matchkey import key as _f

        return _f(text, **kw)
    from translit.langs.api import chosen_key

    return chosen_key(text, lang, kw.get("policy"))[1]


def cluster(headings, scheme="alalc", threshold=90.0):
    from translit.clustering import cluster as _f

    return _f(headings, scheme=scheme, threshold=threshold)


def parse_citation(text):
    from translit.archives.citation import parse_citation as _f

    return _f(text)


def parse_citations(text):
    from translit.archives.citation import parse_citations as _f

    return _f(text)


def find_citations(text):
    from translit.archives.citation import find_citations as _f

    return _f(text)


def fix(text):
    from translit.repair import fix as _f

    return _f(text)


def gloss(text, lang=None):
    return gloss_text(text, lang).words


def gloss_text(text, lang=None):
    from translit.glossary import gloss_text as _f

    if lang in (None, "ru"):
        return _f(text)
    from translit.langs.choose import resolve_choice

    return _f(text, resolve_choice(text, lang).language)


__all__ = [
    "romanize", "romanize_detailed", "Romanization", "to_cyrillic", "detect", "schemes", "convert", "key",
    "cluster", "parse_citation", "parse_citations", "find_citations", "gloss", "gloss_text", "fix",
    "get_scheme", "SCHEME_IDS", "identify", "TranslitError", "UnknownSchemeError", "OptionError",
]
