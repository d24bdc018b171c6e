"""OCR slips inside romanized Russian words: a scanned catalogue card or bibliography where optical
character recognition put a digit or a wrong letter into a word (Ura1a, 0cherki, Iiteratury,
Narodnoc) is read as the word meant (Урала, Очерки, литературы, Народное).

The confusions are data (``ocr.toml``, with their source). Two places use them:

- :func:`join_digit_words`, on the Latin words of a text: a run of ASCII letters with single 1s or
  0s inside it or starting it (the tokenizer cuts it at each digit) becomes one word with the digits
  read as the letters they stand for, when that spelling reads as a Russian word form at least
  ``[ocr] min_zipf`` common. The digits of volapuk, the Russian typed in Latin letters of e-mail and
  chat (4 for ч, 6 for ш: Pu6kin, Ne4aev), are read so too (``ocr.toml [volapuk]``), each of a
  digit's letters tried, down to ``[ocr] volapuk_min_zipf``; a volapuk digit counts as the letters it
  stands for (4to, Do4 are words of four letters), an apostrophe may follow it (pe4'), and sh4, the
  sound of щ, is also tried as the сч, зч, жч some words spell it (``[volapuk_sounds]``: Sh4et, счёт)
  when no spelling reads as a word as the table reads it. A digit-letter token that is no such word
  (1930s, 1st, B12), or a typed one without a vowel (3rd), is left as it is, and so is a book format
  (``book_formats``: 4to, 8vo) beside a common English word (Printed in 4to), where it is no volapuk.
- :func:`letter_repairs`, for a word no scheme spells as a Russian word form (its only reading is
  the trigram model's guess) and no Western language writes (``[ocr] western_max``): each single
  confusion of ``letters`` undone in turn, the spellings that do read as a common enough word
  form, in the order of the table.

A reading through a repair costs ``[ocr] cost`` slips and says which character it read as which.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from translit.read import lexicon as lexmod
from translit.read.candidates import latin_forms, word_facts
from translit.read.tokens import WordSpan
from translit.read.weights import W

# a run of ASCII letters holding single digits of the tables (OCR 1 and 0, the volapuk 4 and 6), or starting
# with one, between non-word characters
_DIGIT_IN_WORD = re.compile(r"[A-Za-z][0-9]|[0-9][A-Za-z]")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")


@cache
def _digit_word() -> re.Pattern[str]:
    d = "".join(sorted(set(_digits()) | set(_volapuk())))
    letters = r"[A-Za-z]+(?:['’ʹ][A-Za-z]+)*['’ʹ]?"  # a soft sign's apostrophe inside or after (Sh4ast'e)
    return re.compile(rf"(?<![\w'’ʹ])[{d}]?{letters}(?:[{d}]['’ʹ]?{letters})*(?:[{d}]['’ʹ]?)?(?![\w'’ʹ])")


@cache
def _table() -> dict:
    return tomllib.loads(resources.files("translit.read").joinpath("ocr.toml").read_text("utf-8"))


@cache
def _digits() -> dict[str, str]:
    return dict(_table()["digits"])


@cache
def _volapuk() -> dict[str, tuple[str, ...]]:
    """The volapuk digits: digit → the Latin spellings of the letters it stands for, in table order."""
    out: dict[str, list[str]] = {}
    for digit, latin in _table().get("volapuk", []):
        out.setdefault(digit, []).append(latin)
    return {d: tuple(v) for d, v in out.items()}


@cache
def _chess_move() -> re.Pattern[str]:
    """A move of algebraic chess notation (``ocr.toml chess``: Kh1, Rae1, Bxh1), the whole run."""
    pieces, files, ranks = (re.escape(x) for x in _table()["chess"])
    return re.compile(rf"[{pieces}][{files}{ranks}]?x?[{files}][{ranks}]")


def _spellings(run: str) -> list[tuple[str, bool]]:
    """The spellings of a digit run with each digit read as a letter: (spelling, through a volapuk
    digit). An OCR digit has one reading; a volapuk digit each of its rows (6: sh or b), at most 16."""
    digits, volapuk = _digits(), _volapuk()
    out: list[tuple[str, bool]] = [("", False)]
    for c in run:
        if c in volapuk and c not in digits:
            out = [(w + lat, True) for w, _ in out for lat in volapuk[c]][:16]
        else:
            out = [(w + digits.get(c, c), v) for w, v in out]
    return out


def _sound_spellings(spellings: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The typed ``spellings`` with the sound of a sh4 written as the word may spell it
    (``ocr.toml [volapuk_sounds]``: Shchet as Schet), tried when none of them reads well."""
    return [(_replace_folded(w, a, b), True) for w, typed in spellings if typed
            for a, b in _table().get("volapuk_sounds", []) if a in w.lower()]


def _replace_folded(word: str, a: str, b: str) -> str:
    """``word`` with its first ``a`` (found case folded) written ``b``, a capital kept (Shch: Sch)."""
    at = word.lower().find(a)
    rep = b[:1].upper() + b[1:] if word[at:at + 1].isupper() else b
    return word[:at] + rep + word[at + len(a):]


@cache
def _letters() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in _table()["letters"])


def reads_well(word: str) -> bool:
    """Does ``word`` read as a Russian word form at least ``[ocr] min_zipf`` common (its slips
    counted as detection counts them)?"""
    return word_facts(latin_forms(word)[1]).best_frequency >= W.ocr.min_zipf


# a digit word whose letters are all capitals, two at least (0GPU, NK1D)
_ALL_CAPITALS = re.compile(r"(?=(?:\d*[A-Z]){2})[A-Z\d]+")


def _best_spelling(run: str, spellings: list[tuple[str, bool]]) -> str | None:
    """Of the ``spellings`` of a digit ``run``, the one that reads as the commonest Russian word form
    common enough (``[ocr] min_zipf``, or ``volapuk_min_zipf`` through a volapuk digit); else None."""
    best, best_zipf = None, None
    for word, typed in spellings:
        if run[0] == "0" and run[1:2].islower():
            word = "O" + word[1:]  # a 0 starting a word stands for its capital O (0cherki: Ocherki)
        if run[:1].isupper() and word[:1].islower():
            word = word[:1].upper() + word[1:]  # a capital digit word keeps its capital (6ukin: Bukin)
        if _ALL_CAPITALS.fullmatch(run):
            word = word.upper()  # a digit among capitals stands for a capital (0GPU: OGPU, G0SPLAN: GOSPLAN)
        if typed and not _VOWEL.search(word):
            continue  # a typed word has a vowel; three letters without one are an abbreviation (3rd: zrd)
        zipf = word_facts(latin_forms(word)[1]).best_frequency
        if zipf >= (W.ocr.volapuk_min_zipf if typed else W.ocr.min_zipf) and (best is None or zipf > best_zipf):
            best, best_zipf = word, zipf
    return best


@cache
def _book_formats() -> frozenset[str]:
    return frozenset(_table()["book_formats"])


def _beside_english(matches: list[WordSpan], start: int, end: int) -> bool:
    """True when the word just before ``start`` or just after ``end`` is a common English word that
    English writes clearly more often than Russian writes the word it spells (in, pp, with; not on,
    no, a: он, но, а)."""
    before = [m for m in matches if m.end() <= start][-1:]
    after = [m for m in matches if m.start() >= end][:1]
    for m in before + after:
        word = m.group().lower()
        english = lexmod.lexicon().western_zipf(word)[0]
        russian = word_facts(latin_forms(word)[1]).best_frequency
        if english >= W.ocr.format_english_zipf and english >= russian + W.ocr.format_english_margin:
            return True
    return False


def join_digit_words(text: str, matches: list[WordSpan]) -> list[WordSpan]:
    """``matches`` with each word that an OCR digit cut (Ura1a: Ura and a; 0cherki: cherki) put
    back together as the word meant, when that reads well; the others as they were."""
    if not _DIGIT_IN_WORD.search(text):
        return matches  # (most texts: a year or a page number stands apart from the words)
    digits, volapuk = _digits(), _volapuk()
    repaired: list[WordSpan] = []
    for m in _digit_word().finditer(text):
        run = m.group()
        if not any(d in run for d in digits) and not any(d in run for d in volapuk) \
                or sum(len(volapuk[c][0]) if c in volapuk else 1 for c in run) < W.ocr.min_letters:
            continue  # (a volapuk digit counts as the letters it stands for: 4to, Do4)
        if _chess_move().fullmatch(run):
            continue  # a chess move's rank (Kh1), not a letter
        if run.lower() in _book_formats() and _beside_english(matches, m.start(), m.end()):
            continue  # a book's format in an English note (a 4to volume), not volapuk
        spellings = _spellings(run)
        best = _best_spelling(run, spellings) or _best_spelling(run, _sound_spellings(spellings))
        if best is not None:
            repaired.append(WordSpan(text, m.start(), m.end(), best))
    if not repaired:
        return matches
    out: list[WordSpan] = []
    i = 0
    for r in repaired:
        while i < len(matches) and matches[i].end() <= r.start():
            out.append(matches[i])
            i += 1
        while i < len(matches) and matches[i].start() < r.end():
            i += 1  # a piece of the repaired word
        out.append(r)
    out.extend(matches[i:])
    return out


def join_lost_signs(text: str, matches: list[WordSpan]) -> list[WordSpan]:
    """``matches`` with each word cut in two by a lost soft or hard sign (Gor?kii, Ob\ufffdedinennoe:
    ``lost_signs`` of ``ocr.toml``, one between two letters) put back together as one word, the sign
    written as the first of ``sign_spellings`` whose spelling reads as a Russian word form at least
    ``[ocr] lost_sign_min_zipf`` common (the apostrophe for ь, the quotation mark for ъ); the others
    as they were. A lone s after the mark is an English possessive whose apostrophe was lost
    (Lenin?s), never a sign; a spelling that reads as no common word form leaves the pieces."""
    lost = _table()["lost_signs"]
    if not any(c in text for c in lost):
        return matches  # (most texts)
    out: list[WordSpan] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        word = _lost_sign_word(text, m, nxt) if nxt is not None else None
        if word is None:
            out.append(m)
            k += 1
            continue
        out.append(WordSpan(text, m.start(), nxt.end(), word))
        k += 2
    return out


def _lost_sign_word(text: str, left: WordSpan, right: WordSpan) -> str | None:
    """The word ``left`` and ``right`` spell with the lost sign between them written back, when one
    ``lost_signs`` character alone stands between them and a spelling reads well enough; else None."""
    if right.start() - left.end() != 1 or text[left.end()] not in _table()["lost_signs"] \
            or right.group() in ("s", "S") or not left.group()[-1:].isalpha() or not right.group()[:1].isalpha():
        return None
    for sign in _table()["sign_spellings"]:
        word = left.group() + sign + right.group()
        if word_facts(latin_forms(word)[1]).best_frequency >= W.ocr.lost_sign_min_zipf:
            return word
    return None


def letter_repairs(norm: str) -> list[tuple[str, str, str]]:
    """The spellings of ``norm`` (a word as the reader sees it, case kept) with one OCR letter
    confusion undone that read well, as (spelling, scanned character, meant character), in the
    order of ``ocr.toml``."""
    from translit.read.lexicon import lexicon

    if max(lexicon().western_zipf(norm)) >= W.ocr.western_max:
        return []  # a word English, French or German writes is no damaged Russian word (slow, no)
    out = []
    for a, b in _letters():
        # (a row of two letters matches a capital first letter too, and keeps it: Sbalyapin)
        first = norm[:1].lower()
        low = norm if len(a) == 1 or len(first) != len(norm[:1]) else first + norm[1:]  # (İ lowers to two)
        at = low.find(a)
        while at >= 0:
            if b.isupper() and at and not norm[at - 1].isupper():
                # a capital meant after a small letter (sterIet, polIoi) is no letter of a word as
                # type sets it: l scanned for I only starts a word (lstoriia) or stands in capitals
                at = low.find(a, at + 1)
                continue
            meant = b[:1].upper() + b[1:] if len(a) > 1 and norm[at].isupper() else b
            variant = norm[:at] + meant + norm[at + len(a):]
            if reads_well(variant):
                out.append((variant, a, b))
            at = low.find(a, at + 1)
    return out
