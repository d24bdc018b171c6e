"""Words broken at the end of a line: a scanned or copied text keeps the hyphen of a word the
typesetter broke across two lines (Kras- naia Presnia, Dzer- zhinskii, Lu- bianka), with the space
or line break after it. Each piece alone reads badly (Крас, ная; Джер), the word whole reads well:
the word is read whole and its Cyrillic cut where the Latin was, so the output keeps the break as
written (Крас- ная) and each piece is one word of the reading.

A break is joined only when the piece after it starts with a small letter, the whole spelling reads
as a Russian word form at least ``[ocr] line_break_min_zipf`` common (``line_break_min_zipf_russian_head``
when the first piece is a Russian word no Western language writes: Narkom- pros), more common than English,
French or German writes it, and the Cyrillic can be cut where one of the reading's schemes writes
the first piece. A word that English, French or German writes whole at least that often and more
often than Russian (barri- cades, inter- national) is a broken Western word: both pieces stay as
they are. Either way the two pieces take one verdict (:func:`settle_line_breaks`).
"""

from __future__ import annotations

import re

from translit.read import lexicon as lexmod
from translit.read.candidates import Candidate, Source, latin_forms, word_facts
from translit.read.weights import W
from translit.read.words import WordReading, read_word

# a hyphen that ends a line's last piece of a word, then the space or line break before the rest
_BREAK = re.compile("[-\u00ad\u2010](?: |[ \t]*\r?\n[ \t]*)")  # a hyphen, a soft hyphen or U+2010


_ANY_BREAK = re.compile("[-\u00ad\u2010][ \r\n]")


def join_line_breaks(text: str, matches: list, words: list[WordReading], prefer) -> dict[int, bool]:
    """In place: each pair of words a line break cut (``Kras- naia``) takes the reading of the word
    whole, cut back into its two pieces (Крас, ная), when the word whole reads well. Returns the
    first piece's index of each broken word found → True (Russian whole) or False (Western whole)."""
    found: dict[int, bool] = {}
    if not _ANY_BREAK.search(text):
        return found
    for k in range(len(matches) - 1):
        left, right = matches[k], matches[k + 1]
        if not _BREAK.fullmatch(text, left.end(), right.start()) or not right.group()[:1].islower() \
                or not left.group()[-1:].isalpha():
            continue
        if _western_whole(left.group() + right.group()):
            found[k] = False
            continue
        pieces = _read_broken(left.group(), right.group(), prefer)
        if pieces is None:
            continue
        found[k] = True
        (first, second), cand = pieces
        why = f"a word broken at the end of a line, read whole as {cand.cyrillic} ({cand.reason})"
        for j, cyr in ((k, first), (k + 1, second)):
            c = Candidate(cyr, cand.score, why, list(cand.schemes), list(cand.slips), cand.source)
            wr = words[j]
            words[j] = WordReading(wr.input, wr.start, wr.end, cyr, [c], max(wr.confidence, 0.9), why)
    return found


def settle_line_breaks(found: dict[int, bool], verdicts) -> None:
    """In place, after each word was decided (``verdicts``: :class:`translit.read.language.Verdicts`):
    the two pieces of a broken word take one verdict, Russian when the word whole reads as Russian
    and no rule of its own class (``verdicts.hard``) left a piece, else as they were written."""
    for k, russian in found.items():
        pair = (k, k + 1)
        if russian and not any(j in verdicts.hard for j in pair):
            for j in pair:
                verdicts[j] = True
                verdicts.why.pop(j, None)
            continue
        for j in pair:
            verdicts[j] = False
            verdicts.why.setdefault(j, "left as it was: a piece of a word broken at the end of a line, "
                                    + ("written so whole" if russian else "a word of another language whole"))


def follow_pieces(matches: list, words: list[WordReading], verdicts, pieces: dict[int, WordReading]) -> None:
    """In place: each word of a line that is a piece of a word broken across two lines (``pieces``:
    its start → its reading when the two lines were read together, the same characters) takes that
    reading, Russian or not, so the two pieces are decided as one word whichever line they are on."""
    for k, m in enumerate(matches):
        joined = pieces.get(m.start())
        if joined is None or joined.input != m.group() or joined.end - joined.start != m.end() - m.start():
            continue
        verdicts.hard.discard(k)
        if joined.is_russian:
            verdicts[k] = True
            verdicts.why.pop(k, None)
            wr = words[k]
            words[k] = WordReading(wr.input, wr.start, wr.end, joined.cyrillic, list(joined.candidates),
                                   joined.confidence, joined.reason)
        else:
            verdicts[k] = False
            verdicts.why[k] = joined.reason


def _western_whole(whole: str) -> bool:
    """Does English, French or German write ``whole`` at least ``[ocr] line_break_min_zipf`` often
    and at least as often as Russian writes its reading (barricades, international)?"""
    western = max(lexmod.lexicon().western_zipf(whole.lower()))
    return western >= W.ocr.line_break_min_zipf and western >= word_facts(latin_forms(whole)[1]).best_frequency


def _read_broken(first: str, second: str, prefer) -> tuple[tuple[str, str], Candidate] | None:
    """The Cyrillic of ``first`` + ``second`` read whole, cut into the two pieces, with the
    candidate read; None when the word whole reads no better than a guess or English writes it."""
    whole = first + second
    zipf = word_facts(latin_forms(whole)[1]).best_frequency
    least = W.ocr.line_break_min_zipf_russian_head if _russian_head(first) else W.ocr.line_break_min_zipf
    if zipf < least or max(lexmod.lexicon().western_zipf(whole.lower())) >= zipf:
        return None
    wr = read_word(whole, prefer)
    if not wr.candidates or wr.candidates[0].source in Source.GUESSES:
        return None
    cand = wr.candidates[0]
    cut = _cut(cand.cyrillic, first, cand.schemes)
    if cut is None:
        return None
    return (cand.cyrillic[:cut], cand.cyrillic[cut:]), cand


def _russian_head(first: str) -> bool:
    """Narkom- pros, Glav- lit: is the first piece of a broken word itself a Russian word form at least
    ``line_break_min_zipf`` common that no Western language writes (under [running] ``unknown_english``)?
    Then the word whole may be a rarer compound (``line_break_min_zipf_russian_head``: Наркомпрос)."""
    return max(lexmod.lexicon().western_zipf(first.lower())) < W.running.unknown_english \
        and word_facts(latin_forms(first)[1]).best_frequency >= W.ocr.line_break_min_zipf


def _cut(cyrillic: str, first: str, schemes: list[str]) -> int | None:
    """Where ``cyrillic`` is cut so that its first part is what one of ``schemes`` writes for
    ``first`` (case and tie marks aside), or None. A soft or hard sign a scheme leaves unwritten
    stays with the first part (Men- sheviki: Мень- шевики), since no word starts with one."""
    from translit.romanize import romanize

    want = lexmod.fold(first)
    for i in range(1, len(cyrillic)):
        head = cyrillic[:i]
        if any(lexmod.fold(romanize(head, s)).replace("\ufe20", "").replace("\ufe21", "") == want for s in schemes):
            while i < len(cyrillic) - 1 and cyrillic[i] in "ьъЬЪ":
                i += 1
            return i
    return None
