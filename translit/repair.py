"""Repair damaged Russian text, and say what was done and what is beyond repair.

``fix(text)`` reads bytes that were not UTF-8 (a Windows-1251, KOI8-R or DOS cp866 file read
with ``surrogateescape``, as the command line reads its input) in the single-byte Cyrillic code
page that gives Russian, undoes mojibake (cp1251 or KOI8-R read as Latin-1 or cp1252, UTF-8 read as cp1251,
Latin-1, cp1252 or KOI8-R, DOS cp866 read as cp1251, and any of these twice) with ftfy where it
applies and its own single-byte Cyrillic codecs where ftfy has none, choosing among candidate
repairs by how Russian the result reads (lexicon hits). It then reads Latin lookalikes inside
Cyrillic words as Cyrillic (and the reverse), and normalizes to NFC. Letters already lost (U+FFFD,
or ``?`` inside a Cyrillic word) are reported with their positions, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# (how the bytes were wrongly read, what they really were)
_WRONG_READINGS = [
    ("cp1252", "cp1251"), ("latin-1", "cp1251"), ("cp1252", "utf-8"), ("latin-1", "utf-8"), ("cp1251", "utf-8"),
    ("cp1251", "koi8-r"), ("koi8-r", "cp1251"), ("koi8-r", "utf-8"), ("cp1251", "cp866"), ("latin-1", "koi8-r"),
]
_CYR_WORD = re.compile(r"[\u0400-\u04ff]+")
_WORDISH = re.compile(r"[^\W\d_]+")
_NEVER_IN_TEXT = re.compile("[\u0080-\u009f\u2500-\u257f]")  # C1 controls and box drawing
_ODD = re.compile(r"[\u0080-\u00bf\u00c0-\u00ff\u2500-\u257f\u0080-\u009f\ufffd\u0402-\u040f\u0452-\u045f\u0490\u0491€‚ƒ„…†‡ˆ‰‹›]")


@dataclass
class Lost:
    start: int
    end: int
    found: str
    context: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Repair:
    input: str
    text: str
    steps: list[str] = field(default_factory=list)
    lost: list[Lost] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.input, "text": self.text, "steps": self.steps, "lost": [x.as_dict() for x in self.lost]}


def _encode(text: str, codec: str) -> bytes:
    """Encode, letting characters a Windows decoder passes through unmapped (U+0080–U+009F, and
    0x98 in cp1251) stand for their own byte, as WHATWG decoders produce them."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode(codec)
        except UnicodeEncodeError:
            if ord(ch) < 256:
                out.append(ord(ch))
            else:
                raise
    return bytes(out)


_CASE_CHAOS = re.compile(r"[а-яё][А-ЯЁ]")
_LOST_INSIDE = re.compile(r"[\u0400-\u04ff][?\ufffd]|[?\ufffd][\u0400-\u04ff]")


_PLAIN_LATIN_WEIGHT = 0.1  # how much a word of another script dilutes the Russian ones


def russianness(text: str) -> float:
    """How Russian a text reads, from about -1 to 1: per Cyrillic word, 1 for a known Russian word
    form and up to 0.6 for a Russian-looking one (trigram model), averaged over the Cyrillic words
    (words of other scripts count a tenth of one); less the characters mojibake
    leaves behind (box drawing, C1 controls, stray Latin-1 letters, lost letters) and words
    whose case jumps about (тЕБВЙМЙФБГЙС)."""
    from translit.read import lexicon as lx
    from translit.read.ngram import score as ngram_score

    words = _WORDISH.findall(text)
    if not words:
        return 0.0
    lex = lx.lexicon()
    good = 0.0
    for w in words:
        if not _CYR_WORD.fullmatch(w):
            continue
        low = lx.fold(w)
        if len(low) == 1:
            good += 0.5 if low in "авикосуя" else -0.3  # one-letter words: only the real ones
        elif _CASE_CHAOS.search(w):
            good -= 0.5
        elif lex.get(low) is not None:
            good += 1.0
        else:
            per_char = ngram_score(lex.ngram, low) / (len(low) + 1)
            good += max(0.0, min(0.6, (per_char + 4.0) / 3.0))
    odd = len(_ODD.findall(text)) + 2 * len(_LOST_INSIDE.findall(text))
    # words in the Latin alphabet say nothing either way: "The book Реабилитация was read" is as
    # Russian as its one Russian word (it has no business being diluted by the English around it)
    cyrillic = sum(1 for w in words if _CYR_WORD.fullmatch(w))
    latin = len(words) - cyrillic
    return good / max(1, cyrillic + _PLAIN_LATIN_WEIGHT * latin) - 2.0 * odd / max(1, len(text))


# bytes that were not UTF-8, as the CLI and the batch jobs read them (surrogateescape: byte 0xE0
# is U+DCE0), and the single-byte Cyrillic codes a paragraph pasted into a UTF-8 file comes in
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
_SINGLE_BYTE_CYRILLIC = ("cp1251", "koi8-r", "cp866")


def _candidates(text: str) -> list[tuple[str, list[str]]]:
    # UTF-8 "Р" is D0 A0, whose no-break space often became a plain space: no variant with it put
    # back is needed, since ftfy's repair finds that reading and the ranking prefers the decoding
    # that loses no letter (tests/test_fix_nbsp.py)
    out: list[tuple[str, list[str]]] = list(_decodings(text, text))
    try:
        import ftfy

        fixed, expl = ftfy.fix_and_explain(text)
        if fixed != text:
            out.append((fixed, [f"ftfy: {' → '.join(str(step[1]) for step in (expl or []))}"]))
    except Exception:  # ftfy is a helper here, never a point of failure
        pass
    return out


def _decodings(text: str, original: str) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for wrong, right in _WRONG_READINGS:
        try:
            raw = _encode(text, wrong)
        except UnicodeEncodeError:
            if "\ufffd" not in text:
                continue
            # letters already replaced by U+FFFD: keep them as an unknown byte, report them later
            try:
                raw = _encode(text.replace("\ufffd", ""), wrong)
            except UnicodeEncodeError:
                continue
        try:
            fixed = raw.decode(right)
            note = ""
        except UnicodeDecodeError:
            fixed = raw.decode(right, errors="replace")
            note = " (some bytes were already lost)"
        if fixed != original:
            out.append((fixed, [f"decoded {right} text that had been read as {wrong}{note}"]))
    return out


_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def _mixed_words(text: str) -> int:
    """How many words (runs of letters) of ``text`` mix Latin and Cyrillic letters. Each word is
    looked at once, so a word of a hundred thousand letters costs its length, not its square (a
    pattern with look-aheads at every letter did)."""
    return sum(1 for w in _WORDISH.findall(text) if _LATIN_LETTER.search(w) and _CYRILLIC_LETTER.search(w))


def _decoded_words(source: str, cand: str) -> bool:
    """Whether a decoding gives words, the evidence a repair needs: a Cyrillic word of two or
    more letters (or UTF-8 undone, two or more characters per letter), and no word that mixes
    Latin and Cyrillic letters where the source had none (a real decoding turns a word's every
    letter; à la → "а la" or À bientôt → "А bientфt" decoded letters of French, and ß alone → Я
    is one letter, no evidence at all)."""
    if len(cand) >= len(source) and not any(len(w) > 1 for w in _CYR_WORD.findall(cand)):
        return False
    if not _WORDISH.search(source) and not _spells_words(source, cand):
        return False
    return _mixed_words(cand) <= _mixed_words(source)


def _spells_words(source: str, cand: str) -> bool:
    """Whether a decoding of ``source``, text with no letter at all (no-break spaces, C1 controls,
    signs), spells Russian: a dictionary word of two or more letters, and not only out of spaces.
    Lowercase cp866 read as Latin-1 is signs and no-break spaces (``¯®ª\xa0`` is пока), its
    capitals C1 controls; but a run of no-break spaces is padding, not аа or ааа, and
    ``\x89\x8b`` (ик) or ``\x9f\x9f`` (ЯЯ) spell no word. A word of one letter repeated (аа,
    ааа, ооо: interjections) is what any run of one byte decodes to, no evidence either."""
    from translit.read.lexicon import is_dictionary_word

    if len(cand) == len(source) and all(
            unicodedata.category(a) == "Zs" for a, b in zip(source, cand) if a != b):
        return False  # only spaces turned into letters
    return any(len(set(w.lower())) > 1 and is_dictionary_word(w) for w in _CYR_WORD.findall(cand))


def _unmojibake(text: str) -> tuple[str, list[str]]:
    lost = text.count("\ufffd")
    best, best_steps, best_score = text, [], russianness(text)
    frontier = [(text, [])]
    for _ in range(2):  # damage done twice is undone twice
        nxt = []
        for cand_src, steps in frontier:
            for cand, st in _candidates(cand_src):
                if cand.count("\ufffd") < lost:
                    continue  # a letter already lost cannot come back: such a "repair" is a guess
                score = russianness(cand)
                nxt.append((cand, steps + st))
                if score < 0.25 or _CASE_CHAOS.search(_lookalikes(cand)[0]) or _NEVER_IN_TEXT.search(cand) or \
                        not _decoded_words(text, cand):
                    # a decoding is right only if it reads as Russian, its words keep one case and
                    # no box drawing or C1 control is left (small letters then a capital, аА, and
                    # those characters are what a wrong decoding leaves behind: taking such a
                    # reading would leave text that fix would change again)
                    continue
                # a clear gain in Russianness wins; so does an equal reading that loses fewer
                # letters (a decoding that kept the no-break space beats one that replaced it)
                if score > best_score + 0.15 or (
                        cand.count("\ufffd") < best.count("\ufffd") and score >= best_score and best is not text):
                    best, best_steps, best_score = cand, steps + st, score
        frontier = nxt
    return best, best_steps


def _lookalikes(text: str) -> tuple[str, list[str]]:
    from translit.normalize.lookalikes import repair_mixed_token

    steps: list[str] = []

    def one(m: re.Match) -> str:
        tok = m.group()
        r = repair_mixed_token(tok)
        if r is None:
            return tok
        steps.append(f"read lookalike letters in {tok!r} as {r[1]}: {r[0]!r}")
        return r[0]

    return _WORDISH.sub(one, text), steps


def _lost(text: str) -> list[Lost]:
    """U+FFFD anywhere, and ``?`` standing for a letter: inside a Cyrillic word, or ending one
    that is not a word without it (Реабилитаци? is, дела? is not)."""
    from translit.read import lexicon as lx

    out = []
    for m in re.finditer(r"\ufffd+|(?<=[\u0400-\u04ff])\?+(?=[\u0400-\u04ff])|(?<=[\u0400-\u04ff])\?+", text):
        a, b = m.start(), m.end()
        if m.group()[0] == "?" and not (b < len(text) and "\u0400" <= text[b] <= "\u04ff"):
            word = re.search(r"[\u0400-\u04ff]+$", text[:a]).group()
            if lx.lexicon().get(lx.fold(word)) is not None:
                continue  # a question mark after a real word
        out.append(Lost(a, b, m.group(), text[max(0, a - 12):b + 12]))
    return out


def decode_raw_bytes(text: str) -> tuple[str, str] | None:
    """``text`` with its bytes that were not UTF-8 (surrogateescape's U+DC80–U+DCFF) read in the
    single-byte Cyrillic code page that makes it most Russian, and that code page; None when there
    are none, or when no code page gives a known Russian word of three or more letters (the bytes
    are then something else, and a guess would only add damage). The undecodable runs are read
    alone (the rest of the line may be real UTF-8), and so is the whole line's bytes, since a
    cp866 or KOI8-R word can hold a stretch that happens to be valid UTF-8."""
    if not _ESCAPED_BYTES.search(text):
        return None
    from translit.read import lexicon as lx

    lex = lx.lexicon()
    try:
        raw_line = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte (U+D800): runs alone
        raw_line = None
    best = None
    for codec in _SINGLE_BYTE_CYRILLIC:
        for whole in (False, True) if raw_line is not None else (False,):
            try:
                cand = raw_line.decode(codec) if whole else \
                    _ESCAPED_BYTES.sub(lambda m: bytes(ord(c) - 0xDC00 for c in m.group()).decode(codec), text)
            except UnicodeDecodeError:  # a byte this code page leaves undefined (0x98 in cp1251)
                continue
            had = set(_CYR_WORD.findall(text))
            if not any(len(w) > 2 and w not in had and lex.get(lx.fold(w)) is not None
                       for w in _CYR_WORD.findall(cand)):
                continue  # no word the bytes made is Russian
            score = russianness(cand)
            if score >= 0.5 and _mixed_words(cand) <= _mixed_words(text) and \
                    (best is None or score > best[0]):
                best = (score, cand, codec)
    return (best[1], best[2]) if best else None


CODE_PAGE_NAMES = {"cp1251": "Windows-1251", "koi8-r": "KOI8-R", "cp866": "DOS (cp866)"}


def not_utf8_note(text: str) -> str | None:
    """A remark for a text (a table's value) that holds bytes that were not UTF-8, which pass
    through every command unchanged: what they read as (:func:`decode_raw_bytes`) and how to have
    them read; None when it holds none. probe13: a Windows-1251 or KOI8-R table came out with its
    Cyrillic unconverted and not a word said, where standard input says it."""
    if not _ESCAPED_BYTES.search(text):
        return None
    decoded = decode_raw_bytes(text)
    if decoded is None:
        return "not UTF-8: the bytes that are not pass through unchanged"
    cyr, codec = decoded
    sample = cyr if len(cyr) <= 40 else cyr[:40] + "…"
    return (f"not UTF-8: reads as {CODE_PAGE_NAMES[codec]} Cyrillic ({sample!r}), which passes through "
            f"unchanged; repair it first (--fix) or save the table as UTF-8 (iconv -f {codec} -t utf-8)")


_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|&#?\w+;", re.S | re.I)


def cyrillic_code_page(data: bytes, markup: bool = False) -> tuple[str, list[str]] | None:
    """The single-byte Cyrillic code page (Windows-1251, KOI8-R or DOS cp866) in which the bytes
    ``data`` (a file that is not UTF-8 and names no encoding) read as Russian, with the evidence:
    how Russian the text reads in each (:func:`russianness`, on the Cyrillic words only). None when
    no code page gives Russian (at least 0.5, and a known word of three or more letters) or two
    read about as well (within 0.2): the encoding is then not this module's to guess. ``markup``:
    the bytes are an HTML page, whose tags, scripts, styles and entities are left out."""
    from translit.read import lexicon as lx

    lex = lx.lexicon()
    scores = []
    for codec in _SINGLE_BYTE_CYRILLIC:
        text = data.decode(codec, errors="replace")
        if markup:
            text = _MARKUP.sub(" ", text)
        words = _CYR_WORD.findall(text)
        if not any(len(w) > 2 and lex.get(lx.fold(w)) is not None for w in words):
            scores.append((-1.0, codec))
            continue
        scores.append((round(russianness(" ".join(words[:5000])), 2), codec))
    scores.sort(reverse=True)
    evidence = [f"{codec}: {score}" for score, codec in scores]
    if scores[0][0] < 0.5 or scores[0][0] - scores[1][0] < 0.2:
        return None
    return scores[0][1], evidence


def _repair(text: str) -> tuple[str, list[str]]:
    """One pass of the repair: read raw bytes, undo mojibake, read lookalikes, normalize to NFC."""
    steps: list[str] = []
    out = text
    raw = decode_raw_bytes(out)
    if raw is not None:
        out = raw[0]
        steps.append(f"read bytes that were not UTF-8 as {raw[1]}")
    if _ODD.search(out) or re.search(r"[A-Za-z]", out) and not re.search("[\u0400-\u04ff]", out) and re.search(r"[\x80-\xff]", out):
        out, st = _unmojibake(out)
        steps += st
    elif re.search("[\u0400-\u04ff]", out) and not _looks_fine(out):
        out, st = _unmojibake(out)
        steps += st
    out2, st = _lookalikes(out)
    out, steps = out2, steps + st
    nfc = unicodedata.normalize("NFC", out)
    if nfc != out:
        steps.append("normalized to NFC")
        out = nfc
    return out, steps


def fix(text: str) -> Repair:
    """Repair mojibake, mixed-script words and Unicode form; report letters already lost.

    A repair is kept only when its result needs no further repair, so ``fix`` is idempotent
    (``fix(fix(x).text).text == fix(x).text``): a "repair" whose result would itself read as
    damaged was a guess on text that is noise or not Russian, and the text is then given back
    with only the steps that are stable (lookalikes and NFC, or NFC alone), else as it came."""
    if not isinstance(text, str):
        raise TypeError(f"fix takes a str, not {type(text).__name__}")
    out, steps = _repair(text)
    if out != text and _repair(out)[0] != out:
        out, steps = text, []
        nfc = unicodedata.normalize("NFC", text)
        for cand, cand_steps in (_stable_steps(text, nfc), (nfc, ["normalized to NFC"])):
            if cand != text and _repair(cand)[0] == cand:
                out, steps = cand, cand_steps
                break
    return Repair(text, out, steps, _lost(out))


def _stable_steps(text: str, nfc: str) -> tuple[str, list[str]]:
    """The repair without decoding: lookalike letters read, in NFC."""
    out, steps = _lookalikes(nfc)
    out = unicodedata.normalize("NFC", out)
    return out, steps + (["normalized to NFC"] if nfc != text else [])


def _looks_fine(text: str) -> bool:
    """Cyrillic text whose words mostly read as Russian needs no decoding (KOI8-R ↔ cp1251
    damage keeps Cyrillic letters but breaks the words)."""
    return russianness(text) >= 0.5 or len(_CYR_WORD.findall(text)) == 0
