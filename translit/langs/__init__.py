"""The Cyrillic languages beside Russian: Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Rusyn.

Their scheme tables live with the Russian ones (``translit/schemes/<lang>/``) and are applied by
the one romanization engine (:mod:`translit.romanize`, ``lang=``). This package holds what is
particular to reading them: the word lists each language is ranked by (:mod:`.lexicon`), language
identification for Cyrillic and romanized text (:mod:`.identify`), Serbian Latin ↔ Cyrillic
(:mod:`.serbian`) and reading romanized text back (:mod:`.reader`).
"""

from translit.schemes import DEFAULT_LANG, languages


def language_codes() -> tuple[str, ...]:
    """Every language code translit knows (``ru`` first)."""
    return tuple(languages())


def marc_code(lang: str) -> str:
    """The MARC 21 language code (008/35-37, 041) of a language code (``uk`` → ``ukr``)."""
    from translit.errors import UnknownLanguageError

    langs = languages()
    if lang not in langs:
        raise UnknownLanguageError(lang, tuple(langs))
    return langs[lang]["marc"]


__all__ = ["DEFAULT_LANG", "language_codes", "marc_code"]
