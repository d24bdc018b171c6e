"""Tell which Latin words of a text are romanized Russian and which are English or other text.

Each word first gets a verdict of its own (:func:`word_language`): Russian when it bears a mark
only romanizations write (ĭ, a tie, kh, -skii, -ovich), English when wordfreq's English, French
or German lists know it far better than the Russian lexicon knows its reading, and undecided
when both languages have it (roman, on, no). Rules from ``western.toml`` and the glossary come
next: Western abbreviations before numbers (p. 5), Latin phrases (et al., i.e.), bracketed
designations ([serial]), hyphenated Russian abbreviations (In-t, izd-vo), and Western words the
text's own scheme cannot spell (YMCA in ALA-LC). Undecided words then follow their nearest
decided neighbour, counting a clause boundary as a longer step; a name inside an English note
stays romanized, as catalogue notes keep it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from translit.normalize import fold_ties, strip_stress
from translit.read import lexicon as lexmod
from translit.read.candidates import Source, on_clear
from translit.read.chunks import canonical_latin
from translit.read.tokens import WordSpan
from translit.read.weights import W

if TYPE_CHECKING:
    from translit.read.scoring import Preference
    from translit.read.words import WordReading


def decide(text: str, matches: list[WordSpan], words: list[WordReading], chosen: str | None,
           prefer: Preference, scheme: str | None, keep_english: bool, assume_russian: bool,
           keep_names_in_english: bool) -> list[bool]:
    """For each word of ``text``: True to read it as Russian, False to leave it as it is."""
    if keep_english:
        verdicts = _language_verdicts(text, matches, words, chosen, prefer, keep_names_in_english)
    else:
        verdicts = [bool(wr.candidates) for wr in words]
    decided = list(verdicts)
    neutral: list[bool] | None = None
    if None in verdicts:
        neutral = _neutral_words(text, matches)
        _follow_neighbours(text, matches, words, verdicts, neutral, chosen, scheme, assume_russian)
    if keep_english and keep_names_in_english and False in decided:
        neutral = neutral if neutral is not None else _neutral_words(text, matches)
        _keep_names_in_english(text, matches, verdicts, [None if neu else v for v, neu in zip(decided, neutral)])
    return [bool(v) for v in verdicts]


_ROMAN_MARKS = re.compile(r"[ĭėëīʹʺ\u0361čšžŝûâ]|kh|zh|shch|ts[iyaeuo]|iia\b|ii\b|yy\b|iy\b|skii\b|skiy\b|ogo\b|aia\b|[eo]vich\b|[eo]vna\b")


_RUSSIAN_DIGRAPH = re.compile(r"Ts|Kh|Ch|Sh|Zh|Ia|Iu|Ie|Shch")
_LATIN_NUMERAL = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def looks_romanized(canonical: str) -> bool:
    """True when a word carries a mark only romanized Russian has (ĭ, a tie, kh, -skii…)."""
    return bool(_ROMAN_MARKS.search(canonical))


@lru_cache(maxsize=200_000)
def _word_facts(token: str) -> tuple[str, float, bool]:
    """A word's canonical Latin, its Western frequency, and whether it bears a mark of romanization."""
    cw = canonical_latin(strip_stress(fold_ties(token)))
    return cw, english_zipf(cw), looks_romanized(cw)


@lru_cache(maxsize=200_000)
def english_zipf(word: str) -> float:
    """How common ``word`` is in the Western languages met beside Russian in catalogue data
    (English, French, German): the highest wordfreq Zipf value of the three, from the lexicon
    cache (wordfreq's word lists are read once, when the cache is built)."""
    return max(lexmod.lexicon().western_zipf(word))


@lru_cache(maxsize=200_000)
def only_french_german(word: str) -> bool:
    """True when ``word`` is common in French or German but not in English (von, la, bin)."""
    en, other = lexmod.lexicon().western_zipf(word)
    return other >= W.language.french_german_zipf and other > en + W.language.french_german_margin


_VERDICTS: dict[tuple[str, str, float], bool | None] = {}


def word_language(wr: WordReading) -> bool | None:
    """True: romanized Russian; False: English (or other text to leave); None: cannot tell alone."""
    k = (wr.input, wr.cyrillic, wr.candidates[0].score if wr.candidates else -9.0)
    hit = _VERDICTS.get(k, ...)
    if hit is ...:
        hit = _word_language(wr)
        if len(_VERDICTS) < 300_000:
            _VERDICTS[k] = hit
    return hit


def _word_language(wr: WordReading) -> bool | None:
    w, en, marked = _word_facts(wr.input)  # ties folded as the reader reads them (t︠s︡ → t͡s)
    letters = sum(c.isalpha() for c in w)
    if letters > 1 and _LATIN_NUMERAL.fullmatch(wr.input):
        return False  # XIX, XXI: a Roman numeral
    if marked:
        return True
    best = wr.candidates[0].score if wr.candidates else -9.0
    if wr.candidates and wr.candidates[0].source == Source.ABBREVIATION:
        # TsK, RTsKhIDNI spell Russian digraphs; LC, YMCA or NKVD alone could be anything
        return True if _RUSSIAN_DIGRAPH.search(wr.input) else None
    if letters <= 1:
        return None
    name = en < 5.0 and wr.input[:1].isupper() and bool(wr.candidates) \
        and wr.candidates[0].source == Source.NAME
    if en >= 2.0 and en >= best + 1.5:
        return None if name else False  # a Russian name English writes too (Tchaikovsky): neighbours decide
    if best >= 3.0 and en >= 2.5:
        return None  # a word of both languages (roman, on, no): the neighbours decide
    if en >= 2.5 and en >= best - 0.5:
        return None if name else False
    weak = bool(wr.candidates) and wr.candidates[0].source == Source.TRIGRAM or best <= W.language.weak_reading
    if weak and en >= 2.5:
        return False
    if weak and en >= 1.0:
        return None  # unknown to the Russian lexicon, rare in Western text (flyleaf, Kozloff): neighbours decide
    return bool(wr.candidates)


_NUMBER_AFTER = re.compile(r"\.\s*\d")
CLAUSE_STEP = 1.5  # how much farther a word is across a clause boundary
_CLAUSE_MARKS = re.compile(r"[:;\"“”«»()\[\]/=]")


def _clause_boundary(gap: str, word_before: str) -> bool:
    """True when the text between two words ends a clause: a colon, quote, bracket, slash or
    equals sign, or a full stop after a word of four letters or more (not an initial or a short
    abbreviation such as izd. or im.)."""
    if _CLAUSE_MARKS.search(gap):
        return True
    return "." in gap and len(word_before) >= 4


@cache
def _western() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("translit.read").joinpath("western.toml").read_text("utf-8"))
    return frozenset(data["abbreviations"]), frozenset(data["always"]), frozenset(data["shared"])


@cache
def _western_words() -> frozenset[str]:
    """Every word the abbreviation lists of ``western.toml`` hold (a quick first test)."""
    a, b, c = _western()
    return a | b | c


def _western_abbreviation(text: str, m: WordSpan) -> bool:
    """p. 5, pp. 12-14, vol. 3, ed. by: a Western abbreviation stays as it is."""
    before_number, always, _ = _western()
    word = m.group().lower()
    if word in always and text[m.end():m.end() + 1] == ".":
        return True
    return word in before_number and bool(_NUMBER_AFTER.match(text, m.end()))


_NAME_GAP = re.compile(r"\.?[ \t]*|-")


def _keep_names_in_english(text: str, matches: list[WordSpan], verdicts: list[bool | None],
                           decided: list[bool | None]) -> None:
    """Leave romanized a short run of capitalized Russian words (a name) whose nearest decided
    words on both sides are English: in an English note the name is part of the English."""
    k = 0
    n = len(matches)
    while k < n:
        if not (verdicts[k] and matches[k].group()[:1].isupper()):
            k += 1
            continue
        end = k
        while end + 1 < n and verdicts[end + 1] and matches[end + 1].group()[:1].isupper() \
                and _NAME_GAP.fullmatch(text[matches[end].end():matches[end + 1].start()]):
            end += 1
        before = next((decided[j] for j in range(k - 1, -1, -1) if decided[j] is not None), None)
        after = next((decided[j] for j in range(end + 1, n) if decided[j] is not None), None)
        if end - k < 4 and before is False and after is False:
            for j in range(k, end + 1):
                verdicts[j] = False
        k = end + 1


def _language_verdicts(text: str, matches: list[WordSpan], words: list[WordReading], chosen: str | None,
                       prefer: Preference, names_follow: bool) -> list[bool | None]:
    """Each word's language before its neighbours are consulted: True (romanized Russian),
    False (English or other text to leave), None (the neighbours decide). ``names_follow``:
    unknown unmarked names in a text that is not Russian follow their neighbours."""
    verdicts = [word_language(wr) for wr in words]
    ruled = [False] * len(words)  # English by a rule of the data files, whatever the neighbours
    kept = _western_phrases(text)
    listed = _western_words()
    for k, m in enumerate(matches):
        if not kept and m.group().lower() not in listed:
            continue
        if _western_abbreviation(text, m) or any(a <= m.start() and m.end() <= b for a, b in kept):
            verdicts[k], ruled[k] = False, True
        elif _shared_abbreviation(text, m):
            verdicts[k] = None
    _mark_russian_abbreviations(text, matches, verdicts)
    if not chosen and names_follow:
        # in a text that is not romanized Russian as a whole, a word only the trigram model
        # reads, with no mark of romanization (Naanou, Romakina beside Maria, Alex), is a
        # name of any language: its neighbours decide
        return [None if v is True and wr.confidence <= 0.35 and not _word_facts(wr.input)[2]
                else v for v, wr in zip(verdicts, words)]
    if not chosen:
        return verdicts
    # in romanized Russian, a French or German lookalike (von, la) follows its neighbours
    if False in verdicts:
        verdicts = [None if v is False and not r and wr.candidates and wr.candidates[0].score >= 3.0
                    and only_french_german(_word_facts(wr.input)[0]) else v
                    for v, r, wr in zip(verdicts, ruled, words)]
    # a common Western word the text's own scheme cannot even spell is not in that scheme
    # (YMCA-Press and Cardio in an ALA-LC heading: ALA-LC has no bare c)
    likely = sum(1 << k for k, p in enumerate(prefer.penalties) if p <= 0.3)
    for k, (v, wr) in enumerate(zip(verdicts, words)):
        if v is not False:
            cw, en, marked = _word_facts(wr.input)
            if en >= 2.0 and not marked and not _spellable(cw, likely):
                verdicts[k], ruled[k] = False, True
    if False in verdicts:
        _soften_lone_lookalikes(words, verdicts, ruled)
    return verdicts


def _soften_lone_lookalikes(words: list[WordReading], verdicts: list[bool | None], ruled: list[bool]) -> None:
    """In romanized Russian, a word English knows better that is also a Russian word form
    (Marginal : roman / Aleksandr Volkov) is English only beside other English: with no English
    word as its nearest decided neighbour on either side, its neighbours decide."""
    soft = [v is False and not r and bool(wr.candidates) and wr.candidates[0].score >= 1.5
            and wr.candidates[0].source not in (Source.TRIGRAM, Source.ABBREVIATION)
            and _word_facts(wr.input)[1] < 4.5 and word_language(wr) is False
            and not _LATIN_NUMERAL.fullmatch(wr.input)
            for v, r, wr in zip(verdicts, ruled, words)]
    if not any(soft):
        return
    firm = [None if s else v for s, v in zip(soft, verdicts)]
    for k in [k for k, s in enumerate(soft) if s]:
        before = next((x for x in reversed(firm[:k]) if x is not None), None)
        after = next((x for x in firm[k + 1:] if x is not None), None)
        if before is not False and after is not False:
            verdicts[k] = None


def _mark_russian_abbreviations(text: str, matches: list[WordSpan], verdicts: list[bool | None]) -> None:
    """Hyphenated Russian abbreviations of the glossary (In-t, izd-vo) are Russian, both parts."""
    from translit.read.abbreviations import romanized_abbreviations

    if "-" not in text:
        return
    for k in range(len(matches) - 1):
        a, b = matches[k], matches[k + 1]
        if text[a.end():b.start()] == "-" and \
                fold_ties(f"{a.group()}-{b.group()}").lower() in romanized_abbreviations():
            verdicts[k] = verdicts[k + 1] = True


@cache
def _western_phrase_re() -> re.Pattern:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("translit.read").joinpath("western.toml").read_text("utf-8"))
    phrases = "|".join(re.escape(p) for p in sorted(data["phrases"], key=len, reverse=True))
    bracketed = "|".join(re.escape(p) for p in sorted(data["bracketed"], key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{phrases})|(?<=\[)(?:{bracketed})(?=\])", re.I)


def _western_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of Latin phrases and bracketed English interpolations ([serial], et al.)."""
    if "." not in text and "[" not in text:
        return []
    # initials (S.L. Bertenson, E.G.) are not the phrase: it has at most its first letter capital
    return [m.span() for m in _western_phrase_re().finditer(text) if sum(c.isupper() for c in m.group()) <= 1]


def _shared_abbreviation(text: str, m: WordSpan) -> bool:
    """ch. 2: an abbreviation of both traditions before a number (its neighbours decide)."""
    return m.group().lower() in _western()[2] and bool(_NUMBER_AFTER.match(text, m.end()))


def _leans_russian(wr: WordReading) -> bool:
    """Is the word's best Russian reading more common than the word is in Western text?"""
    best = wr.candidates[0].score if wr.candidates else -9.0
    return best > english_zipf(canonical_latin(wr.input))


def _clear_lean(wr: WordReading) -> bool:
    """True when a word of both languages is clearly more common in one of them (half a Zipf
    step). A word the lexicon lacks (read by the trigram model) has no frequency to compare."""
    if not wr.candidates or wr.candidates[0].source == Source.TRIGRAM:
        return False
    return abs(wr.candidates[0].score - english_zipf(canonical_latin(wr.input))) >= W.language.clear_lean


def _neutral_words(text: str, matches: list[WordSpan]) -> list[bool]:
    """Roman numerals and Western abbreviations: nobody's neighbours."""
    listed = _western_words()
    return [len(m.group()) > 1 and _LATIN_NUMERAL.fullmatch(m.group()) is not None
            or m.group().lower() in listed and _western_abbreviation(text, m) for m in matches]


def _follow_neighbours(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       neutral: list[bool], chosen: str | None, scheme: str | None, assume_russian: bool) -> None:
    """Decide the undecided words (``None`` in ``verdicts``) from their neighbours, in place."""
    # Undecided words (single letters, initials, short words in both languages) follow their
    # nearest decided neighbour, the next word first: "N. Bukharina" is Russian, "I am" English.
    # In a text that is not romanized Russian as a whole, a word read only by the trigram model
    # (an unknown name) is too weak a neighbour to pull an initial into Russian. Roman numerals
    # and Western abbreviations are nobody's neighbours.
    leaning = [None if neu else (v if v is not True or chosen or wr.confidence > 0.5 else False)
               for v, wr, neu in zip(verdicts, words, neutral)]
    initial = [len(m.group()) == 1 and m.group().isupper() and text[m.end():m.end() + 1] == "." for m in matches]
    undecided = [v is None for v in verdicts]
    # Distance between words counts words, plus a wider step across a boundary of clauses (a
    # colon, a quote, brackets, a slash, a sentence's full stop): "on flyleaf: "Mnogouvazhaemoĭ".
    place: list[float] = []
    for k, m in enumerate(matches):
        gap = text[matches[k - 1].end():m.start()] if k else ""
        if gap == "-":  # parts of one hyphenated word (to-isʺ, In-t) stay together
            step = 0.5
        else:
            step = 1.0 + (CLAUSE_STEP if k and _clause_boundary(gap, matches[k - 1].group()) else 0.0)
        place.append(place[-1] + step if place else 0.0)
    # Two passes: first the words of both languages that sit between an English and a Russian
    # word and are clearly more common in one language ("Bukharin to Stalin"); they then count as
    # decided neighbours for the rest (l. 5ob.: "ob" is об, so "l" is л).
    for lean_pass in (True, False):
        for i, v in enumerate(verdicts):
            if v is not None:
                continue
            # the nearest decided word decides; at equal distance the next one (N. Bukharina) —
            # but initials after "Surname," belong to that surname (Benua, G. F., compiler)
            a = i
            while a > 0 and initial[a] and initial[a - 1] and undecided[a - 1]:
                a -= 1
            b = i
            while b + 1 < len(matches) and initial[b] and initial[b + 1] and undecided[b + 1]:
                b += 1
            nxt = next(((place[k] - place[b], x) for k, x in enumerate(leaning) if k > b and x is not None), None)
            prv = next(((place[a] - place[k], x) for k, x in reversed(list(enumerate(leaning[:a]))) if x is not None),
                       None)
            if initial[i] and prv is not None and a > 0 and "," in text[matches[a - 1].end():matches[a].start()]:
                nxt = None
            torn = nxt is not None and prv is not None and nxt[1] != prv[1] and not initial[i] \
                and len(canonical_latin(words[i].input)) > 1
            if lean_pass:
                if torn and _clear_lean(words[i]):
                    # between an English and a Russian word, a word of both languages goes with
                    # the one it is clearly more common in ("copy to Natalʹi͡a")
                    verdicts[i] = _leans_russian(words[i])
                    if not neutral[i]:
                        leaning[i] = verdicts[i]
                continue
            if nxt is None and prv is None:  # nothing decided anywhere: the better reading wins
                best = words[i].candidates[0].score if words[i].candidates else -9.0
                verdicts[i] = bool(scheme) or (assume_russian and bool(words[i].candidates)) \
                    or best >= english_zipf(canonical_latin(words[i].input))
            elif torn and nxt[0] == prv[0]:  # as common in both, at equal distance: its own odds
                verdicts[i] = _leans_russian(words[i])
            elif prv is None or (nxt is not None and nxt[0] <= prv[0]):
                verdicts[i] = nxt[1]
            else:
                verdicts[i] = prv[1]


def _spellable(canonical: str, mask: int) -> bool:
    from translit.read.candidates import reader

    return reader().spellable(canonical, mask)


# this module's per-word caches empty with the reader's (translit.read.candidates.clear_caches)
for _cached in (_VERDICTS.clear, _word_facts.cache_clear, english_zipf.cache_clear, only_french_german.cache_clear):
    on_clear(_cached)
