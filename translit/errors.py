"""The errors translit raises: each says what was wrong and what would be accepted, and, for a
name that was probably mistyped (``ALA-LC`` for ``alalc``, ``russian`` for ``ru``), which one was
meant (:func:`suggest`, used by the command line's own errors too)."""

import re
import unicodedata


class TranslitError(ValueError):
    """Base class of translit's own errors."""


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun it counts, singular for one (``1 record``, ``2 records``, ``0 records``):
    the counts of a run's summary line, thousands separated (``12,000 rows``)."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def _folded(value) -> str:
    """A name as people may type it, folded for comparing: case and everything but letters and
    digits dropped (``ALA-LC`` and ``alalc``, ``BGN/PCGN`` and ``bgn-pcgn``, ``ISO 9`` and ``iso9``)."""
    if not isinstance(value, str):
        return ""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKD", value.casefold()))


def suggest(value, known, names=None) -> list[str]:
    """The entries of ``known`` that ``value`` was probably meant to be, best first (at most three):
    the same once case and punctuation are dropped; else entries that start with or contain
    ``value`` (two or more letters); else entries whose description (``names``, entry → text, e.g.
    ``ru`` → ``Russian``, a scheme's name and standard) contains it (three or more); else near
    spellings (difflib)."""
    import difflib

    known = [k for k in known if isinstance(k, str)]
    folded = _folded(value)
    if not folded:
        return []
    same = [k for k in known if _folded(k) == folded]
    if same:
        return same[:3]
    if len(folded) >= 2:
        starts = [k for k in known if _folded(k).startswith(folded)]
        inside = [k for k in known if folded in _folded(k) and k not in starts]
        if starts or inside:
            return (starts + inside)[:3]
    if len(folded) >= 3:
        described = [k for k, text in (names or {}).items() if k in known and folded in _folded(text)]
        if described:
            return described[:3]
    near = difflib.get_close_matches(folded, [_folded(k) for k in known], n=3, cutoff=0.6)
    return [k for f in near for k in known if _folded(k) == f][:3]


def _did_you_mean(value, known, names=None) -> str:
    hints = suggest(value, known, names)
    return f" (did you mean {' or '.join(map(repr, hints))}?)" if hints else ""


def _scheme_names() -> dict[str, str]:
    """Scheme id → its name and standard, every language's (Russian's first), for suggestions."""
    try:
        from translit.schemes import all_schemes, languages

        out: dict[str, str] = {}
        for code in languages():
            for s in all_schemes(code):
                d = s.describe()
                out.setdefault(s.id, " ".join([d.get("name", ""), d.get("standard", ""), *d.get("also_called", ())]))
        return out
    except Exception:  # a suggestion is a courtesy, never a second error
        return {}


def _language_names() -> dict[str, str]:
    try:
        from translit.schemes import languages

        return {code: " ".join([row.get("name", code), *row.get("also_called", ())])
                for code, row in languages().items()}
    except Exception:
        return {}


def _other_languages(scheme, known) -> tuple[str, list[str]]:
    """(the language whose schemes ``known`` are, as ``Russian``; the codes of the other languages
    that have a scheme ``scheme``): ``national`` asked of Russian is Ukrainian's, Belarusian's… and
    ``icao`` asked of Ukrainian is Russian's. Empty when the languages cannot be read."""
    try:
        from translit.schemes import languages

        langs = languages()
    except Exception:  # a hint is a courtesy, never a second error
        return "", []
    ids = set(known) - {"cyrillic"}
    this = next((row.get("name", code) for code, row in langs.items() if set(row["schemes"]) == ids), "")
    return this, [code for code, row in langs.items() if scheme in row["schemes"] and set(row["schemes"]) != ids]


class UnknownSchemeError(TranslitError):
    """A scheme id the language does not have: the ids probably meant, or, for a scheme of other
    languages (``national`` without ``--lang``), which languages have it and how to name one."""

    def __init__(self, scheme, known):
        this, others = _other_languages(scheme, known) if isinstance(scheme, str) else ("", [])
        if others:
            hint = (f" for {this or 'this language'}: it is a scheme of {', '.join(others)}; name the language "
                    f"(--lang {others[0]}, or \"lang\": \"{others[0]}\" in the API)")
        else:
            hint = _did_you_mean(scheme, known, _scheme_names())
        super().__init__(f"unknown scheme {scheme!r}{hint}; known schemes: {', '.join(known)} "
                         "(`translit schemes` describes them)")
        self.scheme = scheme


class SchemeDataError(TranslitError):
    """A scheme data file is malformed."""


class OptionError(TranslitError):
    """An option is unknown to the scheme or has a value it does not accept."""


class UnknownLanguageError(TranslitError):
    def __init__(self, lang, known):
        hint = _did_you_mean(lang, known, _language_names())
        super().__init__(f"unknown language {lang!r}{hint}; known languages: {', '.join(known)}")
        self.lang = lang


def finite_number(name: str, value, low: float | None = None, high: float | None = None) -> float:
    """``value`` as a float, or :class:`TranslitError` when it is not a finite number (a NaN
    threshold would compare false with everything and silently change the result) or lies
    outside ``low``–``high``: a confidence of 0 to 1 given as a percentage (``90``) would
    silently leave everything for review, so it is refused with the value meant (``0.9``)."""
    import math

    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TranslitError(f"{name} must be a number, not {value!r}") from None
    if not math.isfinite(number):
        raise TranslitError(f"{name} must be a finite number, not {value!r}")
    if (low is not None and number < low) or (high is not None and number > high):
        meant = f" ({number:g} % is {number / 100:g})" if high == 1 and 1 < number <= 100 else ""
        bounds = (f"from {low:g} to {high:g}" if low is not None and high is not None
                  else f"at least {low:g}" if low is not None else f"at most {high:g}")
        raise TranslitError(f"{name} must be {bounds}, not {number:g}{meant}")
    return number
