"""How a text is read: which of its Latin words count as romanized Russian.

One frozen object instead of loose flags. Three named presets cover the callers:

- ``CATALOGUE_FIELD`` (the default of :func:`translit.to_cyrillic`): a title, heading or note that
  the caller says is romanized Russian. When nothing in it is decidedly either language
  (``Kozloff, Pavel``) it is read as Russian; a Russian name inside an English note stays
  romanized, as catalogue notes keep it.
- ``RUNNING_TEXT`` (the default of :func:`translit.convert` and of the ``--document`` reading):
  English prose with Russian inside. A word is Russian only on positive evidence; in an English
  neighbourhood the English word wins unless the Russian reading is strongly supported; a word
  neither language reads well (OCR damage: tbe, wbich) is left alone with a low confidence.
- ``EVERY_WORD``: read every Latin word, English-looking or not (glossing).

The old keyword flags of ``to_cyrillic`` (``keep_english``, ``assume_russian``,
``keep_names_in_english``) still work for one release and are mapped onto a policy by
:func:`from_flags`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ReadingPolicy:
    """Which Latin words of a text are read as romanized Russian.

    ``keep_english``: leave words that are English (or French, German…) as they are; off, every
    word with a reading is read. ``assume_russian``: when no word of a text is decidedly either
    language, read it as Russian. ``keep_names_in_english``: a short run of capitalized Russian
    words between English words stays romanized. ``english_first``: Russian only on positive
    evidence (the running-text rules: English derivatives, possessives and plurals of names,
    initials beside Western names, OCR-damaged English, words of both languages in an English
    neighbourhood).
    """

    name: str
    keep_english: bool = True
    assume_russian: bool = True
    keep_names_in_english: bool = True
    english_first: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "keep_english": self.keep_english, "assume_russian": self.assume_russian,
                "keep_names_in_english": self.keep_names_in_english, "english_first": self.english_first}


CATALOGUE_FIELD = ReadingPolicy("catalogue field")
RUNNING_TEXT = ReadingPolicy("running text", assume_russian=False, keep_names_in_english=False, english_first=True)
EVERY_WORD = ReadingPolicy("every word", keep_english=False, keep_names_in_english=False)

PRESETS = {"catalogue": CATALOGUE_FIELD, "running": RUNNING_TEXT, "every": EVERY_WORD}


def policy_named(name: str | ReadingPolicy) -> ReadingPolicy:
    """A preset by its short name (``catalogue``, ``running``, ``every``) or a policy as given."""
    if isinstance(name, ReadingPolicy):
        return name
    try:
        return PRESETS[name]
    except (KeyError, TypeError):
        from translit.errors import OptionError

        raise OptionError(f"policy must be one of {', '.join(PRESETS)}, not {name!r}") from None


def from_flags(base: ReadingPolicy, keep_english: bool | None = None, assume_russian: bool | None = None,
               keep_names_in_english: bool | None = None) -> ReadingPolicy:
    """``base`` with the old keyword flags that were given (None: not given) applied."""
    changes = {k: v for k, v in (("keep_english", keep_english), ("assume_russian", assume_russian),
                                 ("keep_names_in_english", keep_names_in_english)) if v is not None}
    if not changes:
        return base
    return replace(base, name=f"{base.name} (adjusted)", **changes)
