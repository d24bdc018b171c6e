"""Read romanized Russian back into Cyrillic: the pipeline.

A text is cut into Latin words (:mod:`translit.read.tokens`), its scheme detected
(:mod:`translit.read.detect`) unless the caller names it, each word read
(:mod:`translit.read.words`: candidates from :mod:`translit.read.candidates`, ranked by
:mod:`translit.read.scoring`), the parts of hyphenated words chosen together, and each word
decided Russian or not (:mod:`translit.read.language`). Every word keeps its ranked
candidates and the reason the winner won.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from translit.read import lexicon as lexmod
from translit.read.candidates import Candidate, Source, WordReader, reader, unstressed  # noqa: F401
from translit.read.language import decide
from translit.read.scoring import Preference
from translit.read.tokens import latin_words
from translit.read.words import MAX_WORD, WordReading, prefer_hyphenated_words, read_word  # noqa: F401
from translit.schemes import SCHEME_IDS

__all__ = ["Candidate", "Preference", "Reading", "Source", "WordReading", "read_word", "to_cyrillic"]


@dataclass
class Reading:
    """The Cyrillic reading of a romanized text."""

    input: str
    text: str
    scheme: str | None
    confidence: float
    words: list[WordReading]

    def as_dict(self, candidates: int | None = 5) -> dict[str, Any]:
        return {"input": self.input, "cyrillic": self.text, "scheme": self.scheme,
                "confidence": round(self.confidence, 3),
                "words": [w.as_dict(candidates) for w in self.words]}


def to_cyrillic(text: str, scheme: str | None = None, yo: bool = False, keep_english: bool = True,
                assume_russian: bool = True, keep_names_in_english: bool = True) -> Reading:
    """Read romanized Russian in any scheme (or the given one) back into Cyrillic.

    Digits, punctuation and anything that is not a Latin word pass through unchanged; Cyrillic
    already in the text is kept. ``yo=True`` restores ё from the dictionary where the input
    did not mark it. ``keep_english=False`` reads every Latin word, English-looking or not.
    ``assume_russian``: when no word of the text is clearly Russian or clearly English (Kozloff,
    Pavel; Roman), read it as Russian, as the caller asked; :func:`translit.convert`, which
    looks for Russian inside any text, turns this off and lets each word's own odds decide.
    ``keep_names_in_english``: a Russian name inside an English sentence ("presentation copy to
    Natalʹi͡a Ilʹina. Inscription…") stays romanized, as catalogue notes keep it; ``convert``,
    which romanizes such names into another scheme, turns this off.
    """
    if not isinstance(text, str):
        raise TypeError(f"to_cyrillic takes a str, not {type(text).__name__}")
    if scheme is not None and scheme not in SCHEME_IDS:
        from translit.errors import UnknownSchemeError

        raise UnknownSchemeError(scheme, SCHEME_IDS)
    matches = latin_words(text)
    if scheme is None and matches:
        from translit.read.detect import detected_preference

        chosen, prefer = detected_preference([m.group() for m in matches])
    else:
        chosen = scheme
        prefer = Preference.only(scheme)
    words: list[WordReading] = [read_word(m.group(), prefer) for m in matches]
    if "-" in text:
        prefer_hyphenated_words(text, matches, words)
    verdicts = decide(text, matches, words, chosen, prefer, scheme, keep_english, assume_russian,
                      keep_names_in_english)
    out: list[str] = []
    pos = 0
    for m, wr, russian in zip(matches, words, verdicts):
        wr.start, wr.end = m.start(), m.end()
        if not russian:
            wr.cyrillic = wr.input
            wr.reason = "left as it was: not romanized Russian"
            wr.confidence = 1.0
            wr.is_russian = False
        elif yo and wr.candidates:
            form = reader().lex.yo_form(lexmod.fold(wr.cyrillic))
            if form and "ё" not in wr.cyrillic:
                wr.cyrillic = _restore_yo(wr.cyrillic, form)
        out.append(text[pos:m.start()])
        out.append(wr.cyrillic)
        pos = m.end()
    out.append(text[pos:])
    conf = 1.0
    for wr in words:
        conf *= wr.confidence
    if not words:
        conf = 0.0
    return Reading(text, "".join(out), chosen, conf, words)


def _restore_yo(cyr: str, form: str) -> str:
    """Put ё (or Ё) where the dictionary spelling has it, keeping the case of ``cyr``."""
    if len(cyr) != len(form):
        return cyr
    return "".join(("Ё" if c == "Е" else "ё") if f == "ё" and c in "еЕ" else c for c, f in zip(cyr, form))
