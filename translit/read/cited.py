"""Russian cited inside English prose: quotations, cited words, glosses and the inside of Russian phrases.

English prose quotes Russian ("Da, eto tak," the old man said), cites a Russian word as a word (the
word mir, the term dom, the prefix vy-), glosses an English word with the Russian one in brackets
(the barracks (barak), the elder (starets)), and writes Russian titles whose short words English
also writes (Kak terror stal, Povestʹ vremennyx let). Alone, each of those short words is as English
as it is Russian, and the running-text policy leaves it as English; its place in the sentence says
otherwise. Each rule here answers one such class, after the neighbours have decided
(:func:`translit.read.language.decide`, running-text policy only), and only turns words into Russian:

- :func:`quotations`: a quotation (between the marks of ``quotation_marks``) in which at least two
  words lean Russian and no word leans English is Russian throughout;
- :func:`cited_words`: a lower-case word right after a noun that cites a word (``citation_nouns``:
  the word, the term, the prefix), alone in brackets after an English word (a gloss), or defined
  (Tam was the word for it), is Russian
  when its Russian reading is clearly more common than the word is in English;
- :func:`glossary_entries`: the terms of a glossary, a list of "term, English definition" items
  parted by semicolons (Glossary: artel, a co-operative of workers; volost, a rural district), are
  cited words, read as :func:`cited_words` reads them (an acronym English does not write too);
- :func:`inside_russian_phrases`: a lower-case word between two lower-case-or-title Russian
  dictionary words of one phrase, or a word English does not write (a French or German lookalike:
  pakt, prozess) beside a Russian word of its phrase, is Russian.

A word's lean is its best Russian reading's Zipf score minus the word's English Zipf (English
alone: est and ne are French, not English). Every number is a named weight of ``weights.toml``
(``[cited]``); the word lists are in ``western.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from translit.read.candidates import Source
from translit.read.weights import W

if TYPE_CHECKING:
    from translit.read.language import Reasons
    from translit.read.tokens import WordSpan
    from translit.read.words import WordReading


def _english(word: str) -> float:
    """The word's English Zipf (wordfreq's English list alone: est, ne are French)."""
    from translit.read.language import _english_only

    return _english_only(word)


def lean(wr: WordReading) -> float | None:
    """How much more common the word's Russian dictionary reading is than the word in English
    (Zipf); None when it has no dictionary or name reading (a guess, an abbreviation)."""
    c = wr.candidates[0] if wr.candidates else None
    if c is None or c.source not in (Source.DICTIONARY, Source.NAME):
        return None
    return c.score - _english(wr.input)


def _set_russian(k: int, verdicts: list[bool | None], why: Reasons) -> None:
    """Read word ``k`` as Russian (a Russian word shows its reading's reason, not the rule's)."""
    verdicts[k] = True
    why.pop(k, None)
    why.soft.discard(k)
    why.hard.discard(k)


@cache
def _data() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    from translit.read.language import _western_toml

    data = _western_toml()
    return tuple((a, b) for a, b in data["quotation_marks"]), frozenset(data["citation_nouns"])


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets inside each pair of quotation marks of ``quotation_marks`` on the text."""
    out = []
    for open_, close in _data()[0]:
        if open_ not in text:
            continue
        pos = 0
        while (a := text.find(open_, pos)) >= 0:
            b = text.find(close, a + 1)
            if b < 0:
                break
            out.append((a + 1, b))
            pos = b + 1
    return out


def quotations(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
               alone: list[bool | None], why: Reasons) -> None:
    """"Da, eto tak," the old man said; the slogan "Kto ne rabotaet, tot ne est": a quotation whose
    words lean Russian (at least ``quotation_russian`` words Russian by their own evidence or
    leaning Russian by ``lean_russian``) and of which no word leans English (English writes it at
    least ``both_english`` Zipf and more often than Russian writes its reading) is a Russian
    quotation: every word in it with a reading is Russian (no, est, ne, i, the short words English
    also writes, even one the commonest-words rule left: no kto teper pomnit). An English quotation
    ("Miracle on the Vistula") has English words and is left. A short quoted name right after a
    Russian noun (izdatelʹstvo "Progress") is Russian too."""
    spans = _quoted_spans(text)
    if not spans:
        return
    C = W.cited
    starts = [m.start() for m in matches]
    for a, b in spans:
        first = bisect_left(starts, a)
        inside = [k for k in range(first, bisect_left(starts, b, first)) if matches[k].end() <= b]
        if inside and _named_by_russian_noun(text, matches, words, verdicts, inside, a):
            for k in inside:
                if not verdicts[k] and k not in why.hard and words[k].candidates \
                        and words[k].candidates[0].source not in Source.GUESSES:
                    _set_russian(k, verdicts, why)
            continue
        if len(inside) < 2:
            continue
        russian = english = 0
        for k in inside:
            if len(matches[k].group()) < 2:
                continue
            d = lean(words[k])
            if alone[k] is True or d is not None and d >= C.lean_russian:
                russian += 1
            elif k == inside[0] and matches[k].group()[:1].isupper() and d is not None \
                    and d >= -C.quotation_first_margin and words[k].candidates[0].source == Source.DICTIONARY:
                continue  # "Million alykh roz": a title's first word both languages write; the rest decides
            elif _english(words[k].input) >= W.language.both_english and (d is None or d < 0):
                english += 1
        if russian < C.quotation_russian or english:
            continue
        for k in inside:
            if not verdicts[k] and (k not in why.hard or k in why.common) and words[k].candidates \
                    and words[k].candidates[0].source not in Source.GUESSES:
                _set_russian(k, verdicts, why)


def _named_by_russian_noun(text: str, matches: list[WordSpan], words: list[WordReading],
                          verdicts: list[bool | None], inside: list[int], a: int) -> bool:
    """Izdatelʹskaia gruppa "Progress", zhurnal "Teleskop": is the quotation a short name (at most
    ``quoted_name_words`` capitalized words) right after a lower-case Russian dictionary word read as
    Russian (one space and the opening mark between)? A Russian noun names its publisher, journal or
    society so, and the name is Russian too."""
    k = inside[0]
    if k == 0 or len(inside) > W.cited.quoted_name_words or not all(matches[j].group()[:1].isupper() for j in inside):
        return False
    prev = matches[k - 1]
    return verdicts[k - 1] is True and prev.group().islower() and len(prev.group()) > 1 \
        and text[prev.end():a].strip() in ("\"", "“", "«", "„") and text[prev.end():prev.end() + 1] == " " \
        and bool(words[k - 1].candidates) and words[k - 1].candidates[0].source == Source.DICTIONARY


_GLOSS = re.compile(r"[ \t]+\(")


def cited_words(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                why: Reasons) -> None:
    """The word mir, the term dom, the prefix vy-; the barracks (barak), the elder (starets): a
    lower-case word cited as a word, right after a noun that cites one (``citation_nouns``, one
    space between), alone in brackets right after an English word (a gloss of it), or first in
    its clause before "was the word", "is the term" (Tam was the word émigrés used), is the
    Russian word when its Russian dictionary reading is at least ``lean_cited`` Zipf more common
    than the word in English (not the word "plan", the word tribunal, which English writes as
    often). A Russian word English has taken in (``english_loanwords``: the word zek) needs
    ``lean_cited_loanword``: cited, it is as likely the English word."""
    nouns = _data()[1]
    n = len(matches)
    for k in range(1, n):
        if verdicts[k] or k in why.hard:
            continue
        w = matches[k].group()
        if not w.islower() or len(w) < 2:
            continue
        gap = text[matches[k - 1].end():matches[k].start()]
        cited = matches[k - 1].group().lower() in nouns and gap == " "
        if not cited and gap.endswith("(") and _GLOSS.fullmatch(gap) and verdicts[k - 1] is False \
                and len(matches[k - 1].group()) > 1:
            cited = text.startswith(")", matches[k].end())  # (barak): the one word in the brackets
        if not cited:
            continue
        d = lean(words[k])
        loan = k in why.soft  # (a loanword English prints as its own: the word zek, but the word kulak)
        if d is not None and d >= (W.cited.lean_cited_loanword if loan else W.cited.lean_cited):
            _set_russian(k, verdicts, why)
    # Tam was the word émigrés used; Blat is the term for it: the word before "was the word"
    for k in range(n - 3):
        if verdicts[k] or k in why.hard or len(matches[k].group()) < 2 or not _DEFINED.match(text, matches[k].end()):
            continue
        m = _DEFINED.match(text, matches[k].end())
        if m.group(1).lower() not in nouns or (k > 0 and not _CLAUSE_START.search(text, 0, matches[k].start())):
            continue
        d = lean(words[k])
        if d is not None and d >= (W.cited.lean_cited_loanword if k in why.soft else W.cited.lean_cited):
            _set_russian(k, verdicts, why)


_AFTER_TERM = re.compile(r"(?:\(\w{1,3}\))?,[ \t]+")  # "artel, a co-operative": the term's comma (VKP(b), …)
_LIST_OPENING = re.compile(r"^[^;:]*:")  # "Glossary:", "Abbreviations used in the notes:"


def glossary_entries(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                     why: Reasons) -> None:
    """Glossary: artel, a co-operative of workers; volost, a rural district. Abbreviations: SNK,
    Council of People's Commissars; TsIK, Central Executive Committee. A list of at least
    ``glossary_items`` items, parted by semicolons (the first may follow the colon that opens the
    list), each one term, a comma and its English definition, defines Russian terms: each term
    is Russian when it leans Russian as a cited word does (``lean_cited``; a loanword
    ``lean_cited_loanword``) or is an acronym read letter by letter that English does not write."""
    from translit.read.language import _english_acronym

    if ";" not in text:
        return
    opening = _LIST_OPENING.match(text)
    bounds = [opening.end() if opening else 0] + [i + 1 for i, c in enumerate(text) if c == ";"] + [len(text) + 1]
    starts = [m.start() for m in matches]
    terms = []
    for a, b in zip(bounds, bounds[1:]):
        t = bisect_left(starts, a)
        if t >= len(matches) or matches[t].start() >= b or text[a:matches[t].start()].strip():
            continue
        comma = _AFTER_TERM.match(text, matches[t].end())
        if comma is None:
            continue
        rest = range(bisect_left(starts, comma.end()), bisect_left(starts, b))  # the definition's words
        if any(verdicts[j] is False for j in rest):
            terms.append(t)
    if len(terms) < W.cited.glossary_items:
        return
    for t in terms:
        if verdicts[t] or t in why.hard:
            continue
        wr, w = words[t], matches[t].group()
        d = lean(wr)
        acronym = len(w) >= 2 and w[0].isupper() and w[-1].isupper() and bool(wr.candidates) \
            and wr.candidates[0].source == Source.ABBREVIATION and not _english_acronym(wr)
        if acronym or (w.islower() or w[0].isupper() and w[-1].isupper()) and d is not None \
                and d >= (W.cited.lean_cited_loanword if t in why.soft else W.cited.lean_cited):
            _set_russian(t, verdicts, why)


_DEFINED = re.compile(r"[ \t]+(?:is|was|remains|became)[ \t]+(?:the|a|an)[ \t]+(\w+)")
_CLAUSE_START = re.compile(r"(?:^|[.!?;:(]\s*|\s(?:and|but)\s)$")


def inside_russian_phrases(text: str, matches: list[WordSpan], words: list[WordReading],
                           verdicts: list[bool | None], alone: list[bool | None], why: Reasons) -> None:
    """Kak terror stal, ispr. i dop.: a lower-case word between two words of one phrase (a space, or
    an abbreviation's full stop and a space) read as Russian dictionary words (not names: Bukharin
    and Rykov) by their own evidence or by leaning Russian (``lean_russian``), one of them in lower case, is a word of that Russian
    phrase when its own reading is a dictionary word at least ``rare_reading`` common and the word
    is at most ``inside_english_margin`` Zipf commoner in English (terror; not at, in the sharashka
    at Marfino). And the pakt
    Molotova–Ribbentropa, Njurnbergski prozess: a lower-case word English hardly writes
    (``english_absent``) but French or German does, next to a Russian word of its phrase (one space),
    is Russian."""
    n = len(matches)
    for k in range(n):
        w = matches[k].group()
        if verdicts[k] or k in why.hard or not w.islower() or not words[k].candidates \
                or words[k].candidates[0].source != Source.DICTIONARY:
            continue
        if 0 < k < n - 1 and _phrase_gap(text, matches, k - 1) and _phrase_gap(text, matches, k) \
                and _russian_word(words[k - 1], alone[k - 1], verdicts[k - 1]) \
                and _russian_word(words[k + 1], alone[k + 1], verdicts[k + 1]) \
                and (matches[k - 1].group().islower() or matches[k + 1].group().islower()) \
                and words[k].candidates[0].score >= W.running.rare_reading \
                and lean(words[k]) >= -W.cited.inside_english_margin:
            _set_russian(k, verdicts, why)
            continue
        if len(w) > 2 and _english(words[k].input) < W.cited.english_absent \
                and words[k].candidates[0].score >= W.language.lookalike_reading \
                and any(0 <= j < n and alone[j] is True and verdicts[j]
                        and text[matches[min(j, k)].end():matches[max(j, k)].start()] == " " for j in (k - 1, k + 1)):
            _set_russian(k, verdicts, why)


_PHRASE_GAP = re.compile(r"[ \t]|\.[ \t]")


def _phrase_gap(text: str, matches: list[WordSpan], j: int) -> bool:
    """Do words ``j`` and ``j + 1`` stand in one phrase: a space, or an abbreviation's full stop
    (a word of at most four letters: ispr. i dop.) and a space?"""
    gap = text[matches[j].end():matches[j + 1].start()]
    return gap in (" ", "\t") or bool(_PHRASE_GAP.fullmatch(gap)) and len(matches[j].group()) <= 4


def _russian_word(wr: WordReading, alone: bool | None, verdict: bool | None) -> bool:
    """Is the word read as Russian, as a dictionary word (not a name, not a guess), by its own
    evidence or by a reading clearly more common than the word is in English (как, стал)?"""
    if not verdict or not wr.candidates or wr.candidates[0].source != Source.DICTIONARY:
        return False
    d = lean(wr)
    return alone is True or d is not None and d >= W.cited.lean_russian
