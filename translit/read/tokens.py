"""Find the Latin words of a text: the tokenizing step of reading.

A word is a run of Latin letters and combining marks, with the signs romanizations write for ь
and ъ inside it or at its end (ob"em, Ulʹi͡anovsk, opisʹ). An English possessive 's is not a
sign; a closing quotation mark is not one either; a joined brand name (CardioSomatika) is two
words, while a surname whose inner capital follows a particle (VanderPoel, FitzGerald, McDonald:
``surname_particles`` in ``western.toml``) is one. A typesetter's ligature (ﬁ, ﬂ, ﬀ of a scanned
text: ofﬁcial) is a letter of its word. Each word comes with its offsets, so the text around it passes through untouched.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

_MARKS = "\u0300-\u036f\ufe20-\ufe2f"
# invisible characters that join, not break: a zero-width (non-)joiner, a word joiner, a byte-order
# mark pasted mid-word (Is\u200dtoriia), a soft hyphen (U+00AD: a word processor's or PDF's
# hyphenation point, Isto\u00adriia). Inside a word they are part of it (the reader reads the
# word without them, :func:`translit.read.candidates.latin_forms`), not a break into two words.
INVISIBLE = "\u200c\u200d\u2060\ufeff\u00ad"
NO_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))  # str.translate: a word without them
_SIGNS = "ʹʺ'’ʼ′´`‘\"”“″"
# A Latin word: letters and marks, with signs inside it (ob"em, Ul'ianovsk) or ending it (opis');
# an English possessive 's is not a sign (author's), nor after a sign that ends the word (Gogol’'s).
# A PDF's prime (U+2032: pisatel′), the modifier apostrophe (U+02BC: Tverʼ) and the acute (Gogol´)
# end a word as ' does, after two letters at least (a point B′ of geometry is no word).
WORD_RE = re.compile(
    rf"(?:\ufe20(?=[A-Za-z]))?[A-Za-z\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufb06ʹʺ](?:[A-Za-z\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufb06{_MARKS}·ʹʺ]|[{INVISIBLE}](?=[A-Za-z\u00c0-\u024f\u1e00-\u1eff])|(?![{_SIGNS}]?['’]s\b)[{_SIGNS}]{{1,2}}(?=[A-Za-z\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufb06`ʹ]))*"
    rf"(?:ʹ|ʺ|'(?!s\b)|’(?!s\b)|(?<=[A-Za-z\u00c0-\u024f]{{2}})(?:ʼ(?!s\b)|′|´)|`{{1,2}}|″)?"
)


class WordSpan:
    """A word found in a text (the part of a regex match the reader treats as one word)."""

    __slots__ = ("_word", "_start", "_end")

    def __init__(self, text: str, start: int, end: int, word: str | None = None) -> None:
        # ``word``: the word as read when it differs from the text's characters (an OCR repair:
        # Ura1a read as Urala, translit.read.ocr), of the same length
        self._word, self._start, self._end = text[start:end] if word is None else word, start, end

    def group(self) -> str:
        return self._word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


# Where a joined brand name starts its next word (CardioSomatika, SovEksportFilʹm): a capital
# after three small letters, followed by two more small letters.
_CAMEL_JOIN = re.compile(r"(?<=[a-z\u00df-\u00ff]{3})(?=[A-Z][a-z]{2})")


@cache
def _surname_particles() -> frozenset[str]:
    data = tomllib.loads(resources.files("translit.read").joinpath("western.toml").read_text("utf-8"))
    return frozenset(data["surname_particles"])


def _camel_cuts(word: str) -> list[int]:
    """Where a joined brand name is cut into its words: at each inner capital, except where the
    part before it, read from the word's start, is a chain of surname particles (VanderPoel,
    VonDerAhe)."""
    if len(word) <= 6 or word[1:].islower():
        return []
    cuts = [c.start() for c in _CAMEL_JOIN.finditer(word)]
    if cuts:
        parts = [p.lower() for p in re.findall(r"[A-Z][a-z]*", word[:cuts[-1]])]
        particles = _surname_particles()
        if word[:1].isupper() and parts and all(p in particles for p in parts) \
                and "".join(parts) == word[:cuts[-1]].lower():
            return []
    return cuts


# A single quote that opens a quotation: at the start or after a space or bracket, before a letter.
_OPENING_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{«\"“]))['‘’](?=[^\W\d_])")


# A byte that was not UTF-8, kept by the surrogateescape error handler (U+DC80-U+DCFF): the letter of
# another 8-bit encoding (Latin-1 Zo\xeb, Mu\xf1oz), so the word it stands in is not all there.
_UNDECODED = re.compile("[\udc80-\udcff]")


def latin_words(text: str) -> list[WordSpan]:
    """The Latin words of ``text``, joined brand names cut into their words. A word's final
    apostrophe that closes a quotation ('Novaia Niva') is the quote, not a soft sign. A piece of a
    word that touches a byte which was not UTF-8 (Zo|\xeb, Mu|\xf1|oz) is no word: it is left out,
    so the text around such a byte passes through as it came."""
    words = _latin_words(text)
    if _UNDECODED.search(text) is None:
        return words
    return [w for w in words if not touches_undecoded(text, w.start(), w.end())]


def touches_undecoded(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` touches a byte that was not UTF-8 (its letters are
    part of a word of another 8-bit encoding): the readers of every language leave such a word."""
    return bool(_UNDECODED.match(text, max(start - 1, 0), start) or _UNDECODED.match(text, end))


def _latin_words(text: str) -> list[WordSpan]:
    out = []
    opens = [q.start() for q in _OPENING_QUOTE.finditer(text)] if "'" in text or "’" in text else []
    if not opens:
        for m in WORD_RE.finditer(text):
            word = m.group()
            if _camel_cuts(word):
                break
        else:  # the common case: every match is one word
            return [WordSpan(text, *m.span()) for m in WORD_RE.finditer(text)]
    for m in WORD_RE.finditer(text):
        a, b = m.span()
        word = m.group()
        if opens and word[-1] in "'’" and opens[0] < a and (b == len(text) or not (text[b].isalpha() or text[b] in "'’")):
            opens = [q for q in opens if q > a]
            b -= 1
            word = word[:-1]
        cuts = _camel_cuts(word)
        for cut in cuts:
            out.append(WordSpan(text, a, m.start() + cut))
            a = m.start() + cut
        out.append(WordSpan(text, a, b))
    return out
