"""Word readings chosen in context: where a word's own ranking is a near tie, its neighbours decide.

Each word is first read alone (:mod:`translit.read.words`); some readings only its neighbours can
settle. These rules each pick, among a word's own candidates and only within a named margin of
``weights.toml`` ([context]), the one its neighbours support; the reason says which rule chose it.

- **one scheme per field**: a reading whose schemes share none with what every other word of the
  text was read in yields to a rival that does (Belyj, Andrej: j is й in both, not х of Spanish);
  the common English words of running prose around them do not vote (Proletarii beside Nikolaĭ
  and "was", "to", "by": Пролетарии);
- **agreement**: an adjective agrees with the noun after it (Iuridicheskij vestnik: Юридический,
  not Юридических), with the noun's likeliest parse where its best reading agrees only with an
  unlikely one (Sluzhebnyj roman: Служебный роман, not Служебных as with a genitive plural роман);
  and a word after an adjective is a noun agreeing with it where a close rival is (Mertvyi bes:
  бес, not без; mezhdunarodnykh otnoshenii: отношений);
- **genitive plural -ий**: of a noun in -ие, -ии is dative or prepositional singular, which needs a
  preposition before it; without one the genitive plural -ий is meant (povestki dnia zasedanii);
- **the prepositional case needs its preposition**: a reading that can only be in the prepositional case
  with no preposition before it in its phrase yields to a rival that can stand alone (Tomskie rasskazy:
  Томские, not Томске, the locative of Томск that Polish transcription spells Tomskie);
- **future with a perfective**: after будет, будут no perfective infinitive stands (Vrag budet
  razbit: разбит, not разбить);
- **a finite verb after its subject**: after не, an infinitive yields to the third person singular spelled
  alike but for ь where a person, named place or pronoun opens the clause in the nominative (Mama ne
  verit: верит, not верить);
- **names**: a capitalized word next to a forename or surname prefers a reading the dictionary knows
  as a name in the nominative (Lavrentii Beria: Берия, not the gerund беря), unless its own reading is a
  common noun in the nominative far commoner than that name (Anna Tretjak: Третьяк, not the rare
  Третяк) or a name read as usually spelled (Шереметев, not Шереметьев; Mikhail Galustian: Галустян,
  which wordfreq lists more often than the dictionary's Галустьян); and so does the head
  of an inverted heading before its forename (Gulia, Dmitrii: Гулиа, not the pet name Гуля); after
  a forename, a reading that is only a verb form yields to a nominative noun (Ivan Bil: Биль, not
  the verb бил);
- **places after a geographic term**: a capitalized word right after озеро, река, гора, город, село (the generic
  terms of ``grammar.toml``) prefers a reading the dictionary tags as a place (ozero Lacha: Лача, not the name
  Лаша of French ch; reka Kacha: Кача, not the name Каха);
- **signs as the text writes them**: in a text that marks its soft and hard signs (a word's Latin
  has a prime or apostrophe for each ь and ъ of its reading), a word whose reading puts in a sign
  its Latin does not mark yields to a close rival that is the same word without it (zametit beside
  zhiznʹ: заметит, not заметить);
- **sentence case**: the capital of a text's first word, when every other word is in lower case (a
  title in sentence case), says nothing of a name: a name reading that wins only by the title-case
  name bonus yields to the common word (Ten vysokikh gor: Тень, not the surname Тен; Eda: Еда);
- **initials and their expansion**: in a heading's "F. E. (Feliks Edmundovich)" each initial is the
  first letter of its name as read (Э, not Е);
- **modern letters unless marked**: in a text whose Latin marks no pre-1918 letter (no ī, i͡e, ě,
  ì, ḟ, ẏ), a reading that holds one anyway (German je is also ѣ: Toergenjev, Turgenjew) is written
  in modern spelling when that spelling is a known word form (Тургенев, not Тургенѣв);
- **pre-1918 spelling**: in a text read with pre-1918 letters (і, ѣ) a word ending in a consonant
  takes the final ъ ALA-LC leaves unwritten (P. Miliukov → Милюковъ beside Исторіи), and in a phrase
  read so, и before a vowel or й is і where the Latin left out ī's macron (Teorīi͡a sravneniĭ → Теорія
  сравненій; ``pre_reform_i``).

Grammar comes from pymorphy3, loaded only when a question arises.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from translit.read.candidates import Candidate, Source, has_scheme_diacritics
from translit.read.lexicon import NAME, PATR, SURN
from translit.read.weights import W

if TYPE_CHECKING:
    from translit.read.tokens import WordSpan
    from translit.read.words import WordReading

_OLD_RE = re.compile("[іѣѳѵІѢѲѴ]")
# the Latin marks of pre-1918 letters: ALA-LC ī, ḟ, ẏ and i͡e (also as half ties), ISO 9 ì and ě
_OLD_MARK = re.compile("[īĪḟḞẏẎìÌěĚ]|[iI]\u0361[eE]|[iI]\ufe20[eE]\ufe21")
_HARD_FINAL = frozenset("бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ")
_SAME_CLAUSE = re.compile(r"[ \t]{1,3}")  # the gap between two words of one phrase
_ADJ_END = re.compile("(?:[ыиоая]й|[ая]я|[оеыи][ех]|[ое]го|[ое]му|[ыи]м|[уы]ю|ыми|ими)$", re.I)  # full adjective endings
# the endings of possessive adjectives in -ий (четий: четьи, четья, четье; Божий: Божьи)
_POSSESSIVE_END = re.compile("ь(?:и|я|е|его|ему|ей|ю|их|им|ими)$", re.I)
# …and -ом, -ем (мирном), and the soft feminine -ей (последней трети)
_ADJ_OR_LOCATIVE_END = re.compile(_ADJ_END.pattern[:-2] + "|[оеё]м|ей)$", re.I)
_INITIALS = re.compile(r"((?:[A-ZĖÈ][a-z]?h?\.\s?){1,3})\s*\(([^()]+)\)")


@cache
def _morph():
    from translit.morphology import analyzer

    return analyzer()


@lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple[tuple[str, str, str, str, str, frozenset[str]], ...]:
    """(POS, case, number, gender, normal form, grammemes) of each pymorphy3 parse of ``word``."""
    return tuple((str(p.tag.POS), str(p.tag.case), str(p.tag.number), str(p.tag.gender), p.normal_form,
                  frozenset(p.tag.grammemes)) for p in _morph().parse(word.lower()))


def choose_in_context(text: str, matches: list[WordSpan], words: list[WordReading]) -> None:
    """Apply the rules of this module to the readings of one text, in place."""
    _modern_unless_marked(text, words)
    _czech_traditional_e(text, words)
    C = W.context
    if len(words) < 2:
        if words and len(words[0].candidates) > 1:  # (a heading of one word: Irkutskie is no Иркутске)
            _prepositional_without_preposition(text, matches, words, [0], set())
        return
    widest = max(C.scheme_margin, C.agreement_margin, C.noun_agreement_margin, C.postposed_agreement_margin,
                 C.genitive_plural_margin,
                 C.name_margin, C.sign_margin, C.perfective_margin, C.hyphen_adverb_margin, C.finite_verb_margin,
                 C.prepositional_margin, C.place_margin)
    # the words whose reading is a near tie (the only ones a rule may change): most are not
    open_ = [k for k, wr in enumerate(words) if len(wr.candidates) > 1
             and wr.candidates[0].source in (Source.DICTIONARY, Source.NAME)
             and wr.candidates[0].score - wr.candidates[1].score <= widest]
    done: set[int] = set()  # words already chosen by a rule: the later rules leave them
    if open_:
        by_scheme: set[int] = set()
        _one_scheme(text, matches, words, open_, by_scheme)
        done |= by_scheme
        _agreement(text, matches, words, open_, done)
        # grammar outweighs the scheme of the other words: a text that mixes conventions (Tolstoy
        # beside sochinenii) is read in one scheme only where the grammar leaves the choice open
        grammar_open = done - by_scheme
        _noun_after_adjective(text, matches, words, open_, grammar_open)
        _noun_before_postposed_adjective(text, matches, words, open_, grammar_open)
        _genitive_plural(text, matches, words, open_, grammar_open)
        _prepositional_without_preposition(text, matches, words, open_, grammar_open)
        _future_with_perfective(text, matches, words, open_, grammar_open)
        _adverb_after_hyphen(text, matches, words, open_, grammar_open)
        _finite_after_subject(text, matches, words, open_, grammar_open)
        done |= grammar_open
        _names(text, matches, words, open_, done)
        _place_after_geographic_term(text, matches, words, open_, done)
        _patronymic_after_forename(text, matches, words, open_, done)
        _signs_as_written(words, open_, done)
        _sentence_case_start(matches, words, open_, done)
    _guessed_surname_spelling(text, matches, words, done)
    _initials(text, matches, words, done)
    _known_initials(text, matches, words, done)


def _rivals(wr: WordReading, margin: float) -> list[Candidate]:
    """The word's dictionary readings (not guesses, abbreviations or table forms) within
    ``margin`` of its best, best first; empty when the best is no dictionary reading."""
    if len(wr.candidates) < 2 or wr.candidates[0].source not in (Source.DICTIONARY, Source.NAME):
        return []
    top = wr.candidates[0].score
    return [c for c in wr.candidates if c.source in (Source.DICTIONARY, Source.NAME) and top - c.score <= margin]


def _choose(words: list[WordReading], k: int, cand: Candidate, why: str, done: set[int]) -> None:
    from translit.read.words import WordReading

    done.add(k)
    wr = words[k]
    reason = f"{why} (its own best was {wr.cyrillic})"
    chosen = Candidate(cand.cyrillic, cand.score, reason, cand.schemes, cand.slips, cand.source, cand.convention)
    words[k] = WordReading(wr.input, wr.start, wr.end, cand.cyrillic,
                           [chosen] + [c for c in wr.candidates if c is not cand],
                           min(wr.confidence, W.context.confidence), reason, wr.is_russian)


@lru_cache(maxsize=4096)
def _mask(schemes: tuple[str, ...]) -> int:
    from translit.read.chunks import scheme_bit

    return sum(scheme_bit(sid) for sid in schemes)


@lru_cache(maxsize=4096)
def _bits(mask: int) -> tuple[int, ...]:
    return tuple(b for b in range(mask.bit_length()) if mask >> b & 1)


def _one_scheme(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int], done: set[int]) -> None:
    """A reading in schemes none of the other words was read in yields to a close rival that
    shares the schemes most of the other words were read in."""
    margin = W.context.scheme_margin
    memo: dict[int, int] = {}  # the words of a text share their cached candidates: one mask per list

    evidence = W.context.scheme_evidence

    def mask_of(wr: WordReading) -> int:
        # only a sure reading is evidence of the text's scheme: a dictionary form, no slip, common
        # enough (Andrej: Андрей; not Pierre read as a rare Перре by a Polish slip)
        c = wr.candidates[0] if wr.candidates else None
        if c is None or c.source not in (Source.DICTIONARY, Source.NAME) or len(wr.input) < 2 or c.slips \
                or c.score < evidence:
            return 0
        m = memo.get(id(c.schemes))
        if m is None:
            m = memo[id(c.schemes)] = _mask(tuple(c.schemes))
        return m

    masks = [mask_of(wr) for wr in words]
    if _shared_scheme(masks):
        return  # one scheme reads every word: nothing to settle (most texts)
    own_masks = list(masks)  # each word's own schemes; ``masks`` are its votes
    _without_english(text, matches, words, masks)  # the common English words around a title do not vote…
    total: dict[int, int] = {}
    for m in masks:  # once: linear in the text
        for b in _bits(m):
            total[b] = total.get(b, 0) + 1
    fields: dict[tuple[int, int], int] = {}  # a word's own mask and vote → the schemes most of the other words share

    for k in open_:  # …but are settled like every word (Slovo o sale: сале, not the German з of зале)
        own, vote = own_masks[k], masks[k]
        if not own:
            continue
        field_schemes = fields.get((own, vote))
        if field_schemes is None:
            counts = {b: n - (vote >> b & 1) for b, n in total.items()}  # the other words only
            most = max(counts.values(), default=0)
            field_schemes = fields[(own, vote)] = sum(1 << b for b, n in counts.items() if n == most) if most else 0
        if not field_schemes or own & field_schemes:
            continue
        for c in _rivals(words[k], margin)[1:]:
            new = _mask(tuple(c.schemes))
            if new & field_schemes:
                _choose(words, k, c, "read in the scheme of the other words of the text", done)
                if vote:
                    for b in _bits(vote):
                        total[b] -= 1
                    for b in _bits(new):
                        total[b] = total.get(b, 0) + 1
                    masks[k] = new
                own_masks[k] = new
                fields.clear()
                break


def _shared_scheme(masks: list[int]) -> bool:
    """Do the voting words (a mask that is not 0) share a scheme, and is there one at all?"""
    common = -1
    for m in masks:
        if m:
            common &= m
    return common != -1 and bool(common)


def _without_english(text: str, matches: list[WordSpan], words: list[WordReading], masks: list[int]) -> bool:
    """Take the votes of the common English words (was, to, on, by: an English Zipf of [context]
    scheme_evidence_english or more) out of ``masks``, in place, unless no vote would be left;
    True when some were taken out. Prose around a title spells English its own way, and counted
    it would choose the tables that spell those words (w for в, y for ы) for the title's words."""
    from translit.read.lexicon import lexicon

    zipf = lexicon().western_zipf
    least = W.context.scheme_evidence_english
    # (a word before a full stop is as often a citation's abbreviation as English: ch. 2, t. 1)
    english = [k for k, m in enumerate(masks) if m and zipf(words[k].input.lower())[0] >= least
               and not text.startswith(".", matches[k].end())]
    if not english or len(english) == sum(1 for m in masks if m):
        return False
    for k in english:
        masks[k] = 0
    return True


def _same_phrase(text: str, matches: list[WordSpan], a: int, b: int) -> bool:
    return bool(_SAME_CLAUSE.fullmatch(text[matches[a].end():matches[b].start()]))


def _agrees(adj: str, noun: str, likeliest: bool = False) -> bool:
    """Can ``adj`` be an adjective (full form or participle) agreeing with noun ``noun``? With
    ``likeliest``, agreeing with the noun's likeliest parse as a noun (pymorphy3 orders its parses
    by probability), not with any."""
    nouns = [p for p in _parses(noun) if p[0] == "NOUN"][:1 if likeliest else None]
    for pos, case, num, gen, _, _ in _parses(adj):
        if pos not in ("ADJF", "PRTF"):
            continue
        for _, ncase, nnum, ngen, _, _ in nouns:
            if case == ncase and num == nnum and (num == "plur" or gen == ngen or gen == "None"):
                return True
    return False


agrees = _agrees  # (the running-text rules ask it too: Letnii sad, Sverdlovskaia oblast)


@lru_cache(maxsize=50_000)
def known_noun(word: str) -> bool:
    """Does pymorphy3's dictionary itself (not its guesser) know ``word`` as a noun form?"""
    return any(p.tag.POS == "NOUN" and p.is_known for p in _morph().parse(word.lower()))


def _is_adjective(word: str) -> bool:
    return any(p[0] in ("ADJF", "PRTF") for p in _parses(word))


def _agreement(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int], done: set[int]) -> None:
    """An adjective before a noun that it does not agree with yields to a close rival that does."""
    for k in open_:
        if k in done or k + 1 == len(words) or not _ADJ_END.search(words[k].cyrillic):
            continue
        rivals = _rivals(words[k], W.context.agreement_margin)
        nxt = words[k + 1]
        if len(rivals) < 2 or not nxt.candidates or not _same_phrase(text, matches, k, k + 1) \
                or not _is_adjective(rivals[0].cyrillic):
            continue
        noun = nxt.candidates[0].cyrillic
        if not any(p[0] == "NOUN" for p in _parses(noun)) or _guessed_english(nxt.input, noun) \
                or _agrees(rivals[0].cyrillic, noun, likeliest=True):
            continue
        # the best agrees with no parse of the noun, or only with an unlikely one (Служебных роман:
        # роман as a genitive plural): a form of the same adjective agreeing with the likeliest wins
        loose = _agrees(rivals[0].cyrillic, noun)
        lemmas = {p[4] for p in _parses(rivals[0].cyrillic) if p[0] in ("ADJF", "PRTF")}
        english = _english_noun(nxt.input)
        for c in rivals[1:]:
            if english and not set(c.schemes) & set(rivals[0].schemes):
                continue  # (Leningradskij party: no scheme that writes -ij for -ий writes -ских; party is English)
            # another form of the same adjective (Юридический for Юридических), not another word
            if lemmas & {p[4] for p in _parses(c.cyrillic)} and _agrees(c.cyrillic, noun, likeliest=loose):
                _choose(words, k, c, f"an adjective agreeing with the noun after it ({noun})", done)
                break


def _english_noun(latin: str) -> bool:
    """party, committee, press: a lower-case word English writes at least ``guessed_noun_english``
    often. An adjective before it keeps its own reading's schemes: it takes a form another scheme
    spells it as (Leningradskij as Spanish Ленинградских, j for х) only to agree with a Russian
    noun, never with the Russian reading of an English word (партий for party)."""
    from translit.read.lexicon import lexicon

    return latin.islower() and lexicon().western_zipf(latin)[0] >= W.context.guessed_noun_english


def _guessed_english(latin: str, noun: str) -> bool:
    """gordyj into gordostʹ: is ``noun`` only pymorphy3's guess (инто) at a common English word
    (``guessed_noun_english``), no noun for an adjective to agree with?"""
    from translit.read.lexicon import lexicon

    return not known_noun(noun) and lexicon().western_zipf(latin.lower())[0] >= W.context.guessed_noun_english


def _noun_after_adjective(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                          done: set[int]) -> None:
    """A word right after an adjective (a word with a parse as one) that agrees
    with none of its parses yields to a close rival that is a noun agreeing with it (Mertvyi bes:
    бес, not the preposition без; mezhdunarodnykh otnoshenii: отношений, not отношении); a word
    that agrees while its -ий/-ии twin does not is settled so, and the genitive-plural rule leaves
    it (o mirnom sosushchestvovanii, after a comma)."""
    margin = W.context.noun_agreement_margin
    for k in open_:
        if k in done or k == 0 or not _same_phrase(text, matches, k - 1, k) or not words[k - 1].candidates:
            continue
        adj = words[k - 1].cyrillic
        rivals = _rivals(words[k], margin)
        if len(rivals) < 2 or not _ADJ_OR_LOCATIVE_END.search(adj) or not _is_adjective(adj):
            continue
        best = rivals[0].cyrillic
        if _agrees(adj, best):
            if best[-2:].lower() in ("ий", "ии") and any(
                    c.cyrillic[:-1] == best[:-1] and not _agrees(adj, c.cyrillic) for c in rivals[1:]):
                done.add(k)  # the adjective settles -ий against -ии: the genitive-plural rule leaves it
            continue
        if _is_adjective(best) and not _dropped_short_i(best, rivals[1:], adj):
            continue  # two adjectives in a row (Rossiiskaia natsionalnaia): no noun to agree with yet
        for c in rivals[1:]:
            if _agrees(adj, c.cyrillic) and not _OLD_RE.search(c.cyrillic) and known_noun(c.cyrillic):
                _choose(words, k, c, f"a noun agreeing with the adjective before it ({adj})", done)
                break


def _dropped_short_i(best: str, rivals: list[Candidate], adj: str) -> bool:
    """v pervoi treti: is ``best`` an adjective in -ий read by dropping its й (третий, as English
    writes Dmitri) where a close rival, the word as written (трети), is a known noun agreeing with
    the adjective before it? Then the noun is meant, not a second adjective."""
    if best[-2:].lower() != "ий":
        return False
    return any(c.cyrillic == best[:-1] and known_noun(c.cyrillic) and _agrees(adj, c.cyrillic) for c in rivals)


def _agrees_nominative(adj: str, noun: str) -> bool:
    """Can ``adj`` be a nominative adjective (not a participle: a participle after its noun opens a
    phrase of its own) agreeing with a nominative parse of noun ``noun``?"""
    nouns = [p for p in _parses(noun) if p[0] == "NOUN" and p[1] == "nomn"]
    return any(pos == "ADJF" and case == "nomn" and num == nnum and (num == "plur" or gen in (ngen, "None"))
               for pos, case, num, gen, _, _ in _parses(adj) for _, _, nnum, ngen, _, _ in nouns)


def _noun_before_postposed_adjective(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                                     done: set[int]) -> None:
    """A noun followed by an adjective that closes its phrase (a postposed adjective, as titles and
    church books put it: Minei chet'i, Muzei moskovskie, Geroi sovetskie) agrees with it: a best
    reading that does not agree with it in the nominative yields to a close rival, a noun the
    dictionary knows and the same word with another last letter, that does (Минеи, not the name Миней;
    Музеи, not Музей). Not for a participle (Natsii zhelaiushchie), not after a
    preposition (the case is then not the nominative), not after a conjunction (two singular names
    share a plural adjective: Kirill i Mefodii Solunskie) and not where the adjective agrees with a
    noun after it (Muzei sovremennye khudozhniki: the adjective is that noun's)."""
    margin = W.context.postposed_agreement_margin
    for k in open_:
        if k in done or k + 1 == len(words) or not _same_phrase(text, matches, k, k + 1) \
                or not words[k + 1].candidates:
            continue
        adj = words[k + 1].cyrillic
        if not (_ADJ_END.search(adj) or _POSSESSIVE_END.search(adj)) or not _is_adjective(adj):
            continue
        after = words[k + 2].cyrillic if k + 2 < len(words) and _same_phrase(text, matches, k + 1, k + 2) else ""
        if after and _parses(after)[:1] and _parses(after)[0][0] == "NOUN" and _agrees(adj, after):
            continue  # the adjective stands before its own noun (not before a conjunction: и is a noun too)
        if k > 0 and _same_phrase(text, matches, k - 1, k) \
                and any(p[0] in ("PREP", "CONJ") for p in _parses(words[k - 1].cyrillic)):
            continue  # after a preposition; after a conjunction the adjective may be the pair's (Boris i Gleb)
        rivals = _rivals(words[k], margin)
        if len(rivals) < 2:
            continue
        best = rivals[0].cyrillic
        if _agrees_nominative(adj, best) or _is_adjective(best):
            continue
        for c in rivals[1:]:
            # the same word with another last letter (Музей, Музеи: -й against -и), a noun the dictionary knows
            if len(c.cyrillic) == len(best) and c.cyrillic[:-1].lower() == best[:-1].lower() \
                    and _agrees_nominative(adj, c.cyrillic) and not _OLD_RE.search(c.cyrillic) and known_noun(c.cyrillic):
                _choose(words, k, c, f"a noun agreeing with the adjective after it ({adj})", done)
                break


@cache
def _grammar() -> dict:
    """``grammar.toml``, read once."""
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("translit.read").joinpath("grammar.toml").read_text("utf-8"))


@cache
def _grammar_words(name: str) -> frozenset[str]:
    """A word list of ``grammar.toml`` (read once)."""
    return frozenset(_grammar()[name])


@cache
def _feminine_surname_endings() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """``grammar.toml``'s ``feminine_surname_endings``: (masculine ending, feminine ending, the Latin
    endings the row needs or () for any), longest first."""
    rows = [(row[0], row[1], tuple(row[2]) if len(row) > 2 else ()) for row in _grammar()["feminine_surname_endings"]]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _feminine_of_surname(cyr: str, latin: str) -> str | None:
    """The feminine of a surname read as its masculine (Ковалевский → Ковалевская; Башкирцев from
    Bashkirtseff → Башкирцева), when pymorphy3 tags it as a woman's surname in the nominative; else None."""
    low, lat = cyr.lower(), latin.lower()
    for masc, fem, spelled in _feminine_surname_endings():
        if low.endswith(masc) and len(low) - len(masc) >= W.context.surname_stem_letters and (not spelled or lat.endswith(spelled)):
            form = cyr[: len(cyr) - len(masc)] + (fem.upper() if cyr.isupper() else fem)
            return form if _name_form(form, SURN, "femn") else None
    return None


def _woman_forename(cyr: str) -> bool:
    """Is ``cyr`` a nominative forename the dictionary gives women only (Софья, Анна; not Саша), and no
    man's forename the dictionary tags as a woman's (``grammar.toml`` ``mens_forenames_tagged_feminine``:
    Никола, Илия, Андреа)?"""
    return _name_form(cyr, NAME, "femn") and not _name_form(cyr, NAME, "masc") \
        and cyr.lower() not in _grammar_words("mens_forenames_tagged_feminine")


def _russian_woman_forename(latin: str, cyr: str) -> bool:
    """Is ``cyr``, read from ``latin``, a woman's forename (:func:`_woman_forename`) that Russian writes
    more often than English writes ``latin`` (language.russian_writes_more: Sofia, Marie as Мария; not
    Helen, Linda, Barbara, an English woman's own name)?"""
    from translit.read.language import russian_writes_more

    return _woman_forename(cyr) and russian_writes_more(latin, cyr)


def _surname_unit(text: str, matches: list[WordSpan], k: int) -> list[int]:
    """Word ``k`` and the capitalized words joined to it by a hyphen (Rimsky-Korsakov,
    Tolstoy-Miloslavsky): a double surname, one unit."""
    unit = [k]
    while unit[-1] + 1 < len(matches) and text[matches[unit[-1]].end():matches[unit[-1] + 1].start()] == "-" \
            and matches[unit[-1] + 1].group()[:1].isupper():
        unit.append(unit[-1] + 1)
    return unit


def _name_goes_on(text: str, matches: list[WordSpan], words: list[WordReading], j: int) -> bool:
    """Is word ``j`` followed, one space after, by a capitalized word that is no patronymic (Anna Karenina
    after an author's name and a comma is a title, not the author's forename)?"""
    if j + 1 >= len(matches) or text[matches[j].end():matches[j + 1].start()] != " " \
            or not matches[j + 1].group()[:1].isupper():
        return False
    return not _name_form(words[j + 1].cyrillic, PATR)


def feminine_surnames(text: str, matches: list[WordSpan], words: list[WordReading], verdicts: list,
                      established: dict[int, tuple]) -> None:
    """Sophie Kowalewski, Sonya Kovalevsky, Tolstoy, Sophia, Marie Bashkirtseff: a surname that Western
    writing gives a woman in the family's masculine form (grammar.toml ``feminine_surname_endings``) is read as
    its feminine when it stands by a forename only a woman bears, one space before it (or, in a heading
    that opens with the surname, after it and a comma). Only the Western form counts (-sky, -ski, -oy, -oï,
    -off; a romanization's -skii, -oi is the masculine as written), and only beside a Russian woman's forename
    (:func:`_russian_woman_forename`, or an established calendar form, Sophie, Marie: not Helen, Linda, an
    English woman's own name; not Никола, Андреа, a man's). A double surname (Tolstoy-Miloslavsky) is one unit: both halves take the feminine, or neither
    (Rimsky-Korsakov, whose -ov is the masculine as written, stays whole). Both words must be read as
    Russian; the surname from the dictionary, a name or an established form (not a trigram guess), and its
    feminine one the dictionary tags as a woman's surname. In place: the word's reading, or the
    established form's."""

    def reading(j: int) -> str | None:
        if j in established:
            last, cyr, *_ = established[j]
            return cyr if last == j else None
        wr = words[j]
        if not verdicts[j] or not wr.candidates or wr.candidates[0].source not in (Source.DICTIONARY, Source.NAME):
            return None
        return wr.cyrillic

    for k in range(len(matches)):
        if not verdicts[k] and k not in established or not matches[k].group()[:1].isupper():
            continue
        j = None
        if k > 0 and text[matches[k - 1].end():matches[k].start()] == " ":
            j = k - 1
        elif k == 0 and len(matches) > 1 and text[matches[0].end():matches[1].start()] == ", " \
                and not _name_goes_on(text, matches, words, 1):
            j = 1  # (Tolstoy, Sophia; not Tolstoy, Anna Karenina: an author and a title)
        if j is None or not matches[j].group()[:1].isupper():
            continue
        fore = reading(j)
        # an established forename (established.toml ``forenames``: Sophie, Marie as Софья, Мария) is a row that
        # lists only the Western forms English does not give its own people as often as Russians: the row
        # is the bound; a forename the lexicon reads must pass it here (not Helen, Linda)
        if fore is None or not (_woman_forename(fore) if j in established
                                else _russian_woman_forename(matches[j].group(), fore)):
            continue
        if k in established and established[k][0] > k:  # a double surname established whole
            last, cyr, _, convention = established[k]
            latin = text[matches[k].start():matches[last].end()]
            parts = list(zip(cyr.split("-"), latin.split("-"))) if cyr.count("-") == latin.count("-") > 0 else []
            unit = []
        else:
            unit = _surname_unit(text, matches, k)
            parts = [(reading(i), matches[i].group()) for i in unit]
        if not parts or any(cyr is None for cyr, _ in parts):
            continue
        # (a half already a woman's surname stays: Lopukhina-Demidoff → Лопухина-Демидова)
        fems = [cyr if len(parts) > 1 and _name_form(cyr, SURN, "femn") else _feminine_of_surname(cyr, latin)
                for cyr, latin in parts]
        if any(fem is None for fem in fems) or fems == [cyr for cyr, _ in parts]:
            continue  # a double surname is one unit: both halves take the feminine, or neither
        why = f"the feminine of the surname beside a woman's forename ({fore})"
        if not unit:
            established[k] = (last, "-".join(fems), why, convention)
            continue
        for i, fem in zip(unit, fems):
            if i in established:
                last, _, _, convention = established[i]
                established[i] = (last, fem, why, convention)
                continue
            wr = words[i]
            wr.candidates = [Candidate(fem, wr.candidates[0].score, why, wr.candidates[0].schemes,
                                       wr.candidates[0].slips, wr.candidates[0].source,
                                       wr.candidates[0].convention)] + wr.candidates
            wr.cyrillic, wr.reason = fem, why


def _oblique_prepositions() -> frozenset[str]:
    """``grammar.toml``'s prepositions of the dative and the prepositional case."""
    return _grammar_words("oblique_prepositions")


def _genitive_plural(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                     done: set[int]) -> None:
    """-ии of a neuter noun in -ие (заседании) is dative or prepositional singular: it needs a
    preposition of those cases before it (adjectives may stand between: на очередном заседании).
    After a noun, a numeral or a list without one, the genitive plural -ий (заседаний) is meant;
    after one, not (о решении, not о решений)."""
    margin = W.context.genitive_plural_margin
    for k in open_:
        if k in done or not words[k].cyrillic.lower().endswith(("ии", "ий")):
            continue
        rivals = _rivals(words[k], margin)
        if len(rivals) < 2 or not rivals[0].cyrillic.lower().endswith(("ии", "ий")):
            continue
        best = rivals[0].cyrillic
        other = "й" if best[-1] in "иИ" else "и"
        alt = next((c for c in rivals[1:] if c.cyrillic[:-1] == best[:-1] and c.cyrillic[-1].lower() == other), None)
        if alt is None:
            continue
        ii, ij = (best, alt.cyrillic) if other == "й" else (alt.cyrillic, best)
        oblique = [p for p in _parses(ii) if p[0] == "NOUN"]
        only_genitive_plural = bool(_parses(ij)) and all(p[0] == "NOUN" and p[1] == "gent" and p[2] == "plur"
                                                         for p in _parses(ij))
        if other == "й" and only_genitive_plural and k > 0 and _after_collection_noun(text, matches, words, k) \
                and _count_noun_plural(ii, ij) and not _after_oblique_preposition(text, matches, words, k):
            # (лекции is also a genitive singular, which the rule below leaves: after цикл, сборник, серия the
            # genitive names the items, so it is plural: цикл лекций, серия монографий)
            _choose(words, k, alt, "genitive plural after a noun naming a collection of items", done)
            continue
        if not oblique or any(p[1] in ("gent", "nomn", "accs") for p in oblique) \
                or not any(p[0] == "NOUN" and p[1] == "gent" and p[2] == "plur" for p in _parses(ij)) \
                or any(p[0] == "NOUN" and p[1] != "gent" for p in _parses(ij)):
            continue  # история: -ии is also genitive singular; комментарий: -ий is also nominative
        after_preposition = _after_oblique_preposition(text, matches, words, k)
        if other == "й" and not after_preposition and k > 0 and _governs_genitive(text, matches, words, k - 1):
            _choose(words, k, alt, "genitive plural: -ии of this noun needs a preposition before it", done)
        elif other == "и" and after_preposition:
            _choose(words, k, alt, "dative or prepositional singular after its preposition", done)


@lru_cache(maxsize=50_000)
def _prepositional_only(cyr: str) -> bool:
    """Is every dictionary parse of ``cyr`` in the prepositional case (Томске, Курске: the locative of
    Томск, Курск)? False for a word the dictionary does not know and for one that is also another
    case (Москве is also dative, поле also nominative)."""
    parses = [p for p in _morph().parse(cyr.lower()) if p.is_known]
    return bool(parses) and all(p.tag.case in ("loct", "loc2") for p in parses)


def _after_prepositional_preposition(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Does a preposition of the prepositional case stand before word ``k`` in its phrase, with only
    words that can be in that case between (в городе Томске, на старом заводе)? An English one
    counts too (songs in Tomske: the case has its preposition, in English)."""
    preps, english = _grammar_words("prepositional_prepositions"), _grammar_words("english_prepositional_prepositions")
    j = k - 1
    while j >= 0 and k - j <= W.context.preposition_reach and _same_phrase(text, matches, j, j + 1):
        if words[j].cyrillic.lower() in preps or matches[j].group().lower() in english:
            return True
        if not any(p[1] in ("loct", "loc2") for p in _parses(words[j].cyrillic)):
            return False
        j -= 1
    return False


def _prepositional_without_preposition(text: str, matches: list[WordSpan], words: list[WordReading],
                                       open_: list[int], done: set[int]) -> None:
    """A reading that can only be in the prepositional case needs a preposition before it in its phrase
    (в Томске); without one it yields to a rival within ``prepositional_margin`` that can stand alone:
    Polish transcription spells the locative Томске as Tomskie, which ALA-LC, BGN/PCGN and most other
    schemes read as the plural adjective Томские (Tomskie rasskazy, Orskie zapiski, Kurskie)."""
    for k in open_:
        if k in done:
            continue
        rivals = _rivals(words[k], W.context.prepositional_margin)
        if len(rivals) < 2 or not _prepositional_only(rivals[0].cyrillic) \
                or _after_prepositional_preposition(text, matches, words, k):
            continue
        alt = next((c for c in rivals[1:] if not _prepositional_only(c.cyrillic)
                    and any(p[1] not in ("loct", "loc2") for p in _parses(c.cyrillic))), None)
        if alt is not None:
            _choose(words, k, alt, "no preposition before it: the prepositional case cannot stand alone", done)


def _future_with_perfective(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                            done: set[int]) -> None:
    """Vrag budet razbit, zakon budet priniat: after the future of быть (будет, будут) an
    infinitive must be imperfective, so a perfective infinitive (разбить, принять: a scheme that
    writes no soft sign spells it as the short participle) yields to a rival within
    ``perfective_margin`` that is no infinitive (разбит, принят)."""
    aux = _grammar_words("future_auxiliaries")
    for k in open_:
        if k == 0 or k in done or words[k - 1].cyrillic.lower() not in aux or not _same_phrase(text, matches, k - 1, k):
            continue
        best = _parses(words[k].cyrillic)
        if not best or not all(p[0] == "INFN" and "perf" in p[5] for p in best):
            continue
        alt = next((c for c in _rivals(words[k], W.context.perfective_margin)[1:]
                    if any(p[0] != "INFN" for p in _parses(c.cyrillic))), None)
        if alt is not None:
            _choose(words, k, alt, "after the future of быть no perfective infinitive stands", done)


_SUBJECT_PROPER = frozenset({"anim", "Geox", "Name", "Surn", "Orgn"})
_NOT_BETWEEN = frozenset({"VERB", "INFN", "PRED", "PRTS", "ADJS", "CONJ", "PREP"})


def _finite_after_subject(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                          done: set[int]) -> None:
    """After не, an infinitive whose close rival is the third person singular spelled alike but for the
    final ь (a scheme that drops ь writes both verit) is that finite verb where the clause opens with
    its subject: a person, a named place or body, or a pronoun of the third person in the nominative,
    with no verb, preposition or conjunction between (Mama ne verit: Мама не верит, not верить).
    A common inanimate noun is left out, as it takes an infinitive (Vremia ne zhdat, Pravo ne molchat)."""
    margin = W.context.finite_verb_margin
    for k in open_:
        if k < 2 or k in done or words[k - 1].cyrillic.lower() != "не" or not _same_phrase(text, matches, k - 1, k):
            continue
        top = words[k].cyrillic
        if not top.lower().endswith("ь") or not any(p[0] == "INFN" for p in _parses(top)):
            continue
        finite = next((c for c in _rivals(words[k], margin)[1:] if c.cyrillic.lower() == top[:-1].lower()
                       and any(p[0] == "VERB" and {"3per", "sing"} <= p[5] for p in _parses(c.cyrillic))), None)
        if finite is None:
            continue
        j = k - 2
        while j >= 0 and _same_phrase(text, matches, j, j + 1):
            parses = _parses(words[j].cyrillic)
            first = parses[0] if parses else None
            if first is not None and first[0] in ("NOUN", "NPRO") and first[1] == "nomn" and first[2] == "sing" \
                    and not {"1per", "2per"} & first[5] and (first[0] == "NPRO" or _SUBJECT_PROPER & first[5]):
                _choose(words, k, finite, "a verb after не with its subject before it: the finite form", done)
                break
            if any(p[0] in _NOT_BETWEEN for p in parses):
                break
            j -= 1


def _adverb_after_hyphen(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                         done: set[int]) -> None:
    """Po-sibirski, vo-pervykh: a word joined by a hyphen to a prefix of ``grammar.toml``'s
    ``hyphen_adverbs`` makes an adverb with it, with one of that prefix's adverb endings (по-сибирски),
    so a reading without one (the adjective сибирский, its -ski read -ский) yields to a rival within
    ``hyphen_adverb_margin`` with one."""
    adverbs = _hyphen_adverbs()
    for k in open_:
        endings = adverbs.get(words[k - 1].cyrillic.lower()) if k > 0 and k not in done else None
        if not endings or text[matches[k - 1].end():matches[k].start()] != "-" \
                or words[k].cyrillic.lower().endswith(endings):
            continue
        alt = next((c for c in _rivals(words[k], W.context.hyphen_adverb_margin)[1:]
                    if c.cyrillic.lower().endswith(endings)), None)
        if alt is not None:
            _choose(words, k, alt, f"an adverb after {words[k - 1].cyrillic.lower()}- (a hyphen joins no "
                    "adjective to it)", done)


@cache
def _hyphen_adverbs() -> dict[str, tuple[str, ...]]:
    """``grammar.toml [hyphen_adverbs]``: prefix → the endings of the adverbs it is hyphened to."""
    return {p: tuple(e) for p, e in _grammar().get("hyphen_adverbs", {}).items()}


def _after_oblique_preposition(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Does a preposition of the dative or prepositional case stand before word ``k`` in its
    phrase, with only adjectives between (на очередном заседании)?"""
    preps = _oblique_prepositions()
    j = k - 1
    while j >= 0 and k - j <= W.context.preposition_reach and _same_phrase(text, matches, j, j + 1):
        cyr = words[j].cyrillic.lower()
        if cyr in preps:
            return True
        if not _is_adjective(cyr):
            return False
        j -= 1
    return False


def _after_collection_noun(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Is word ``k`` right after (one space) a form of a noun naming a collection of items (``grammar.toml``
    ``collection_nouns``: цикл, сборник, серия, конспект), whose genitive names the items, in the plural?"""
    if text[matches[k - 1].end():matches[k].start()] != " ":
        return False
    heads = _grammar_words("collection_nouns")
    return any(p[0] == "NOUN" and p[4] in heads for p in _parses(words[k - 1].cyrillic))


def _count_noun_plural(ii: str, ij: str) -> bool:
    """Does Russian write the genitive plural ``ij`` (лекций) within ``collection_plural_margin`` (Zipf) of
    the -ии form ``ii`` (лекции), as for a noun of countable items, not a subject or a body written mostly
    in the singular (истории, академии)?"""
    from wordfreq import zipf_frequency

    return zipf_frequency(ii.lower(), "ru") - zipf_frequency(ij.lower(), "ru") <= W.context.collection_plural_margin


def _governs_genitive(text: str, matches: list[WordSpan], words: list[WordReading], j: int) -> bool:
    """Can word ``j`` stand before a genitive plural: a noun (повестки дня заседаний), a numeral,
    or a conjunction or comma joining it to a list (узаконений и распоряжений)?"""
    gap = text[matches[j].end():matches[j + 1].start()]
    cyr = words[j].cyrillic.lower()
    if gap.strip() == ",":
        return True
    if not _SAME_CLAUSE.fullmatch(gap):
        return False
    return cyr in ("и", "или") or any(p[0] in ("NOUN", "NUMR") for p in _parses(cyr))


def _name_form(cyr: str, flag: int, gender: str | None = None) -> bool:
    """Is ``cyr`` a nominative singular form the dictionary tags as a forename (``NAME``) or a
    surname (``SURN``), of ``gender`` (``masc``, ``femn``) when given?"""
    tag = {NAME: "Name", SURN: "Surn", PATR: "Patr"}[flag]
    return any(tag in g and "nomn" in g and "sing" in g and (gender is None or gender in g) for *_, g in _parses(cyr))


def _same_case_style(word: str, neighbour: str) -> bool:
    """Are both words in capitals, or neither? A name in capitals (a passport's VIACHESLAV VOINOV)
    is read beside a neighbour in capitals; a word in capitals beside one that is not may be an
    acronym or a title's shouting, no name."""
    return word.isupper() == neighbour.isupper()


@lru_cache(maxsize=4096)
def _nominative_only_gender(cyr: str) -> str | None:
    """The gender of a surname or adjectival epithet (Ковалёв, Печерский, Радонежский) that can only
    be in the nominative singular (an inanimate accusative is spelled as the nominative), and of
    one gender: a forename before it names the same person in the same case.
    None when the word has another reading (Волконской is also a feminine genitive; воинов a plural)."""
    parses = _parses(cyr)
    if not parses or not any("Surn" in g or p == "ADJF" for p, *_, g in parses):
        return None
    if any(p not in ("NOUN", "ADJF") or num != "sing" or case not in ("nomn", "accs")
           or case == "accs" and "inan" not in g for p, case, num, _, _, g in parses):
        return None
    genders = {gen for _, _, _, gen, _, _ in parses}
    return genders.pop() if len(genders) == 1 and genders <= {"masc", "femn"} else None


@lru_cache(maxsize=4096)
def _nominative_forename_gender(cyr: str) -> str | None:
    """The gender of a word the dictionary reads only as a person's forename (``Name``) and, in the
    singular, only in the nominative (Харитон, Даниэль, Айхенвальд: masc): a forename before it names the
    same person in the same case (Юлий, not Юлии, a case of Юлия). None for any other word. (prose27)"""
    parses = _parses(cyr)
    if not parses or any("Name" not in g for *_, g in parses):
        return None
    single = [(case, gen) for _, case, num, gen, _, _ in parses if num == "sing"]
    if not single or any(case != "nomn" for case, _ in single):
        return None
    genders = {gen for _, gen in single}
    return genders.pop() if len(genders) == 1 and genders <= {"masc", "femn"} else None


def _opens_name_before_declinable(text: str, matches: list[WordSpan], k: int, surname: str) -> bool:
    """Gurii Marchuk, Iulii Kim: does forename ``k`` open its phrase (the text's first word, or after a
    comma, colon, parenthesis: no word governs a case there), right before a surname read in a form that
    ends in a consonant? A man's surname so ending declines (Марчука, Киму), so the phrase is a man's name
    in the nominative (Гурий Марчук, Юлий Ким), not a case of a woman's forename before her undeclined
    surname (Юлии Ким), which needs a word governing it (Pis'ma Iulii Kim, o Iulii Kim)."""
    return (k == 0 or not _same_phrase(text, matches, k - 1, k)) and surname[-1:].lower() not in _VOWELS_CYR


_VOWELS_CYR = frozenset("аеёиоуыэюя")


def _forename_of_inverted_heading(text: str, matches: list[WordSpan], words: list[WordReading], k: int) -> bool:
    """Kim, Iulii; Tsoi, Iulii Markovich: is word ``k`` the first after the ", " that closes the head of an
    inverted name heading (the words opening the text, joined by spaces or hyphens, the last read as a
    surname the dictionary tags in the nominative)? A heading names its person in the nominative, so the
    forename there is a nominative too (Юлий), not a case of another forename (Юлии, of Юлия) that no
    word governs: the counterpart of :func:`_opens_name_before_declinable` for the inverted order."""
    if k == 0 or text[matches[k - 1].end():matches[k].start()] != ", " or not words[k - 1].candidates \
            or not _name_form(words[k - 1].cyrillic, SURN) \
            or not _same_case_style(matches[k].group(), matches[k - 1].group()):
        return False
    return all(text[matches[j].end():matches[j + 1].start()] in (" ", "-") for j in range(k - 1))


def _names(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int], done: set[int]) -> None:
    """A capitalized word right after a forename or patronymic prefers a surname reading; right
    before a surname, a forename reading (each a nominative singular the dictionary tags)."""
    margin = W.context.name_margin
    for k in open_:
        w = matches[k].group()
        if k in done or not w[:1].isupper():
            continue
        rivals = _rivals(words[k], margin)
        if len(rivals) < 2:
            continue
        want, before_patronymic, inverted, gender, hyphened, opening = None, False, False, None, False, False
        if k > 0 and _same_phrase(text, matches, k - 1, k) and words[k - 1].candidates and words[k - 1].candidates[0].source == Source.NAME \
                and _same_case_style(w, matches[k - 1].group()) \
                and (_name_form(words[k - 1].cyrillic, NAME) or _name_form(words[k - 1].cyrillic, PATR)):
            want = SURN  # Лаврентий Берия, Лаврентий Павлович Берия; VIACHESLAV VOINOV: ВОЙНОВ
        elif k > 0 and text[matches[k - 1].end():matches[k].start()] == "-" and words[k - 1].candidates \
                and _same_case_style(w, matches[k - 1].group()) and _name_form(words[k - 1].cyrillic, SURN):
            # Прокудин-Горский: the second part of a double surname is a surname too, in the nominative singular
            # (only that is weighed below: the name rivals of a part, Тянь beside Тян, are left as read)
            want, hyphened = SURN, True
        elif k == 0 and not w.isupper() and _inverted_heading(text, matches, words):
            want, inverted = SURN, True  # Гулиа, Дмитрий: the head of an inverted heading is a surname
        elif _forename_of_inverted_heading(text, matches, words, k):
            want, inverted = NAME, True  # Ким, Юлий: not Юлии, a case of Юлия, which nothing governs there
        elif k + 1 < len(words) and _same_phrase(text, matches, k, k + 1) and words[k + 1].candidates \
                and _same_case_style(w, matches[k + 1].group()):
            # Юлий Осипович: a patronymic in the nominative names its bearer in the nominative, so a
            # forename read in another case (Юлии, a case of Юлия) yields to its nominative; so does
            # one before a surname or a saint's epithet that can only be in the nominative (Феодосий
            # Ковалёв, Феодосий Печерский: not Феодосии, a case of the city Феодосия), of its gender
            nxt = words[k + 1].cyrillic
            if words[k + 1].candidates[0].source == Source.NAME:
                before_patronymic = _name_form(nxt, PATR)
                if before_patronymic or _name_form(nxt, SURN):
                    want = NAME  # Милий Балакирев
            gender = _nominative_only_gender(nxt) if matches[k + 1].group()[:1].isupper() else None
            if gender is None and want == NAME and not before_patronymic:
                # Юлий Петров: a surname that is a nominative surname of one gender only (Петров is also
                # a plural of Пётр, so not "nominative only") still names its bearer in the nominative
                # when it is read as a name: the forename before it (Юлии, a case of Юлия) yields to the
                # nominative forename of that gender (prose25)
                genders = [g for g in ("masc", "femn") if _name_form(nxt, SURN, g)]
                gender = genders[0] if len(genders) == 1 else None
            if gender is None and matches[k + 1].group()[:1].isupper():
                # Юлий Харитон, Юлий Даниэль, Юлий Айхенвальд: a second name the dictionary reads only as a
                # forename, in the nominative singular of one gender (its plural readings are no person's)
                gender = _nominative_forename_gender(nxt)
            if gender is not None:
                want = NAME
            opening = want == NAME and gender is None and not before_patronymic \
                and _opens_name_before_declinable(text, matches, k, nxt)
        if want is None or _name_form(rivals[0].cyrillic, want) \
                or rivals[0].source == Source.NAME and not (before_patronymic or inverted or gender or opening) \
                or rivals[0].source == Source.NAME and not _dictionary_knows(rivals[0].cyrillic):
            # (the last: a name read as usually spelled, which the dictionary lacks, Шереметев beside
            # its Шереметьев: the spelling rule chose it as the name, so the name rule keeps it)
            continue
        for c in rivals[1:] if not hyphened else ():
            if c.source == Source.NAME and _name_form(c.cyrillic, want) \
                    and (gender is None or _name_form(c.cyrillic, want, gender)) \
                    and not (want == SURN and _common_noun_surname(rivals[0].cyrillic, c.cyrillic)) \
                    and not _usual_spelling_of(rivals[0].cyrillic, c.cyrillic):
                _choose(words, k, c, "a name beside a name: the dictionary's " +
                        ("surname" if want == SURN else "forename"), done)
                break
        else:
            if want == SURN and _only_verb(rivals[0].cyrillic):
                # a surname is no verb form: after a forename, a past tense (Стал, Бил) yields to a
                # noun in the nominative spelled alike but for a sign the Latin dropped (Сталь, Биль).
                # (Not any form that can be no nominative: a title names a person in the genitive,
                # Молитва Франсуа Вийона.)
                c = next((c for c in rivals[1:] if _nominative_noun(c.cyrillic) and not _OLD_RE.search(c.cyrillic)),
                         None)
                if c is not None:
                    _choose(words, k, c, "a name beside a name: a noun, not a verb form", done)
            elif want == SURN and not inverted and _no_nominative_singular(rivals[0].cyrillic):
                # a surname names one person in the case of the forename before it (a nominative): a word
                # the dictionary knows only as a plural or an adverb (Халдеи, Лакеи; Горски, Зверски)
                # yields to a nominative singular spelled alike but for what the Latin leaves open, the
                # и/й of -ei, the й of the German, French and Polish -ski (Халдей, Лакей; Горский), an
                # adjective in the forename's gender
                sex = next((g for g in ("masc", "femn") for f in (NAME, SURN) if _name_form(words[k - 1].cyrillic, f, g)),
                           None)
                c = next((c for c in rivals[1:] if _nominative_singular(c.cyrillic, sex)
                          and not _OLD_RE.search(c.cyrillic)), None)
                if c is not None:
                    _choose(words, k, c, "a name beside a name: a nominative singular, not a plural or adverb", done)


def _place_after_geographic_term(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                                 done: set[int]) -> None:
    """A capitalized word right after a generic geographic term (a form of озеро, река, гора, город, село:
    ``grammar.toml`` geographic_terms) names the lake, river or town: a best reading the dictionary does not tag
    as a place yields to a close rival it does (ozero Lacha: Лача, not Лаша; reka Kacha: Кача, not Каха).
    Only a word still open here is weighed: in an English sentence a word an earlier rule decided (a
    common Russian word the line's neighbours settle, reka Kacha … read Каша) keeps that reading."""
    from translit.read.lexicon import GEOX, tagged

    margin = W.context.place_margin
    for k in open_:
        if k in done or k == 0 or not matches[k].group()[:1].isupper() or matches[k].group().isupper() \
                or not _same_phrase(text, matches, k - 1, k) or not words[k - 1].candidates \
                or not _geographic_term(words[k - 1].cyrillic):
            continue
        rivals = _rivals(words[k], margin)
        if len(rivals) < 2 or tagged(rivals[0].cyrillic, GEOX):
            continue
        c = next((c for c in rivals[1:] if tagged(c.cyrillic, GEOX)), None)
        if c is not None:
            _choose(words, k, c, "a place after a geographic term: the dictionary's place name", done)


def _guessed_surname_spelling(text: str, matches: list[WordSpan], words: list[WordReading], done: set[int]) -> None:
    """A capitalized word in a surname's place (right after a forename or patronymic in the nominative, or in
    the head of an inverted heading before ", Forename") that the lexicon lacks and the trigram model read
    takes the letters a surname has where the Latin leaves them open (``grammar.toml``
    ``guessed_surname_spellings``: Blotskaia Блоцкая, not the model's Блотская), when a scheme of the guess
    spells the new reading as the word is written."""
    from translit import romanize

    rows = _grammar()["guessed_surname_spellings"]
    head = _inverted_head(text, matches, words)
    for k, wr in enumerate(words):
        w = matches[k].group()
        if k in done or not wr.candidates or wr.candidates[0].source != Source.TRIGRAM or not w[:1].isupper():
            continue
        after_name = k > 0 and _same_phrase(text, matches, k - 1, k) and words[k - 1].candidates \
            and words[k - 1].candidates[0].source == Source.NAME and _same_case_style(w, matches[k - 1].group()) \
            and (_name_form(words[k - 1].cyrillic, NAME) or _name_form(words[k - 1].cyrillic, PATR))
        if not (after_name or k < head):
            continue
        cand, cyr = wr.candidates[0], wr.cyrillic
        for guess, surname, endings in rows:
            m = re.search(f"(?<=[аеёиоуыэюя]){guess}(?=(?:{'|'.join(endings)})$)", cyr, re.IGNORECASE)
            if m is None:
                continue
            new = cyr[:m.start()] + (surname.upper() if cyr[m.start():m.end()].isupper() else surname) + cyr[m.end():]
            if any(romanize(new, s).lower() == w.lower() for s in cand.schemes):
                _choose(words, k, Candidate(new, cand.score, cand.reason, cand.schemes, cand.slips, cand.source,
                                            cand.convention), "a surname's letters where the Latin leaves them open",
                        done)
                break


def _inverted_head(text: str, matches: list[WordSpan], words: list[WordReading]) -> int:
    """How many words open the text as the head of an inverted name heading: the words, joined by spaces or
    hyphens, before the first ", " that a forename in the nominative follows (Snezhko-Blotskaia, Aleksandra:
    2); 0 when the text opens otherwise."""
    for j in range(len(matches) - 1):
        gap = text[matches[j].end():matches[j + 1].start()]
        if gap == ", ":
            c = words[j + 1].candidates[0] if words[j + 1].candidates else None
            return j + 1 if c is not None and c.source == Source.NAME and _name_form(c.cyrillic, NAME) else 0
        if gap not in (" ", "-"):
            return 0
    return 0


@lru_cache(maxsize=4096)
def _geographic_term(cyr: str) -> bool:
    """Is ``cyr`` a form of one of ``grammar.toml``'s generic geographic terms (озера, реки, городе)?"""
    terms = _grammar_words("geographic_terms")
    low = cyr.lower()
    return low in terms or any(p[0] == "NOUN" and p[4] in terms for p in _parses(low))


@lru_cache(maxsize=4096)
def _dictionary_knows(cyr: str) -> bool:
    """Does pymorphy3's dictionary itself (not its guesser) know ``cyr`` as any form?"""
    return any(p.is_known for p in _morph().parse(cyr.lower()))


def _common_noun_surname(noun: str, surname: str) -> bool:
    """Is ``noun`` a common noun in the nominative singular, which a surname may be as it stands
    (Кузнец, Соловей, Третьяк), that wordfreq lists at least ``name_noun_margin`` more often than
    the dictionary's ``surname`` it rivals (Третьяк 3.2 beside the rare Третяк 1.2: a Latin that drops
    the sign writes both Tretiak)? wordfreq counts the noun's uses as a surname too, so after a
    forename the far commoner noun is the name meant."""
    from translit.read.lexicon import fold, lexicon

    if not any(p[0] == "NOUN" and p[1] == "nomn" and p[2] == "sing" for p in _parses(noun)) \
            or not known_noun(noun):
        return False
    lex = lexicon()
    zipf10 = [(lex.get(fold(w)) or (0, 0))[0] for w in (noun, surname)]
    return zipf10[0] >= zipf10[1] + round(10 * W.context.name_noun_margin)


def _usual_spelling_of(form: str, name: str) -> bool:
    """Is ``form``, which the dictionary lacks, the dictionary's ``name`` less a soft or hard sign (or
    with э where the name has е after its first letter), as a Latin that writes neither spells both,
    and at least [rank] sign_free_margin more common in wordfreq? Then it is the name as usually
    spelled (Mikhail Galustian: Галустян 2.6, not the dictionary's Галустьян 1.2), the premise of
    :func:`translit.read.scoring._signed_rival`, which gives it the name's bonus only where it needs it."""
    from translit.read.lexicon import fold, lexicon

    a, b = fold(form), fold(name)
    if a == b or _dictionary_knows(form) or not (a == b.replace("ь", "").replace("ъ", "")
                                                 or len(a) == len(b) and a[1:].replace("э", "е") == b[1:]):
        return False
    lex = lexicon()
    zipf10 = [(lex.get(w) or (0, 0))[0] for w in (a, b)]
    return zipf10[0] > 0 and zipf10[0] >= zipf10[1] + round(10 * W.rank.sign_free_margin)


def _inverted_heading(text: str, matches: list[WordSpan], words: list[WordReading]) -> bool:
    """Does the text open as an inverted name heading: a word, a comma, then a word read as a
    forename the dictionary knows in the nominative (Gulia, Dmitrii; Lebed, Aleksandr)?"""
    if len(matches) < 2 or text[matches[0].end():matches[1].start()] != ", " or not words[1].candidates:
        return False
    c = words[1].candidates[0]
    return c.source == Source.NAME and _name_form(c.cyrillic, NAME)


_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})


@lru_cache(maxsize=4096)
def _only_verb(cyr: str) -> bool:
    """Does the dictionary parse ``cyr`` only as a verb form (a finite verb, infinitive, gerund or
    short participle)?"""
    parses = _parses(cyr)
    return bool(parses) and all(p[0] in _VERB_POS for p in parses)


@lru_cache(maxsize=4096)
def _no_nominative_singular(cyr: str) -> bool:
    """Does the dictionary parse ``cyr`` only as forms that are no nominative singular,
    plurals or adverbs (Халдеи, Горски: not Белых, also a surname in the singular)? Only a form the dictionary
    itself knows: its guesser's parses of an unknown surname (Галустян, Тян) say nothing. A short adjective in
    the singular has no case but stands as a nominative does, and names a surname's shape (Лисин, Пушкин)."""
    parses = _parses(cyr)
    return bool(parses) and _dictionary_knows(cyr) \
        and not any(("nomn" in g or pos == "ADJS") and "sing" in g for pos, *_, g in parses)


@lru_cache(maxsize=4096)
def _nominative_singular(cyr: str, gender: str | None) -> bool:
    """Can ``cyr`` be a noun in the nominative singular, or an adjective in it of ``gender`` (any when None)?"""
    return any(p == "NOUN" and "nomn" in g and "sing" in g
               or p == "ADJF" and "nomn" in g and "sing" in g and (gender is None or gender in g)
               for p, *_, g in _parses(cyr))


@lru_cache(maxsize=4096)
def _nominative_noun(cyr: str) -> bool:
    """Can ``cyr`` be a noun in the nominative singular?"""
    return any(p[0] == "NOUN" and "nomn" in p[5] and "sing" in p[5] for p in _parses(cyr))



def _patronymic_after_forename(text: str, matches: list[WordSpan], words: list[WordReading], open_: list[int],
                               done: set[int]) -> None:
    """A word right after a forename in the nominative, whose close rival is a patronymic in the
    nominative, is that patronymic: Russian names a person forename first and patronymic second
    (Евгений Юрьевич, not the surname Юревич that a table dropping ь spells alike). In capitals too
    where the forename is in capitals (a passport's name: EVGENII IUREVICH)."""
    margin = W.context.name_margin
    for k in open_:
        if k == 0 or k in done or not _same_phrase(text, matches, k - 1, k) or not words[k - 1].candidates:
            continue
        w, before = matches[k].group(), matches[k - 1].group()
        if not w[:1].isupper() or w.isupper() != before.isupper():
            continue
        prev = words[k - 1].candidates[0]
        if prev.source != Source.NAME or not _name_form(prev.cyrillic, NAME):
            continue
        rivals = _rivals(words[k], margin)
        if len(rivals) < 2 or rivals[0].source == Source.NAME and _name_form(rivals[0].cyrillic, PATR) \
                or _formed_patronymic(rivals[0].cyrillic):
            continue  # (pymorphy3 guesses a patronymic of any -вич: the lexicon's name tag decides)
        for c in rivals[1:]:
            if c.source == Source.NAME and _name_form(c.cyrillic, PATR):
                _choose(words, k, c, "a patronymic after a forename", done)
                break


def _formed_patronymic(cyr: str) -> bool:
    """Is ``cyr`` a patronymic formed regularly (``grammar.toml``'s ``patronymic_endings``) from a forename
    the dictionary tags in any form (Христианович from Христиан, beside the Христьянович it has), one the
    dictionary itself may lack? Then it is as much a patronymic as a rival the dictionary tags."""
    from translit.read import lexicon as lexmod

    low = cyr.lower()
    for ending, restored in _grammar()["patronymic_endings"]:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and lexmod.tagged(stem + restored, NAME):
            return True
    return False


_SIGN_LETTERS = str.maketrans("", "", "ьъЬЪ")
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _marks(latin: str) -> int:
    """How many soft and hard signs the Latin word marks (primes, apostrophes, backticks)."""
    from translit.read.chunks import HARD, SOFT, canonical_latin

    canon = canonical_latin(latin)
    return canon.count(SOFT) + canon.count(HARD)


def _signs(cyr: str) -> int:
    return len(cyr) - len(cyr.translate(_SIGN_LETTERS))


def _signs_as_written(words: list[WordReading], open_: list[int], done: set[int]) -> None:
    """In a text whose romanization marks its signs, a sign its Latin leaves unmarked is no
    reading while the same word without that sign is a close rival (semi beside zhiznʹ: семи, not
    семьи). A text with no marked sign (press forms, ICAO) says nothing: the rule stays silent."""
    if not any((m := _marks(wr.input)) and m == _signs(wr.cyrillic) for wr in words):
        return
    margin = W.context.sign_margin
    for k in open_:
        if k in done:
            continue
        wr = words[k]
        marked = _marks(wr.input)
        if _signs(wr.cyrillic) <= marked:
            continue
        bare = wr.cyrillic.translate(_SIGN_LETTERS).lower()
        for c in _rivals(wr, margin)[1:]:
            # a common word, not a name alone (ten: тень, not the surname Тен; Gogol stays Гоголь)
            if _signs(c.cyrillic) <= marked and c.cyrillic.translate(_SIGN_LETTERS).lower() == bare \
                    and any(not g & _PROPER for *_, g in _parses(c.cyrillic)):
                _choose(words, k, c, "the text marks its signs, and this word's Latin marks none here", done)
                break


def _sentence_case_start(matches: list[WordSpan], words: list[WordReading], open_: list[int], done: set[int]) -> None:
    """The first word of a sentence-case text is capitalized by position, not as a name: its name
    reading, ahead only by the title-case bonus, yields to a common word (Ten → Тень)."""
    if not open_ or open_[0] != 0 or 0 in done:
        return
    first = matches[0].group()
    if not first[:1].isupper() or first.isupper() or len(words) < 2:
        return
    rest = [m.group() for m in matches[1:] if len(m.group()) > 1]
    if not rest or any(not w.islower() for w in rest):
        return  # another capital: the text may be a name (Maia Plisetskaia) or in title case
    wr = words[0]
    best = wr.candidates[0]
    if any(not g & _PROPER for *_, g in _parses(best.cyrillic)):
        return  # the best is also a common word (Vera, Belyi): nothing to undo
    for c in _rivals(wr, W.rank.title_name_bonus)[1:]:
        # a common word (not the rare guess Ксавьер for Xavier), spelled with no more slips (Vasja
        # is Вася, not Ваша by a slip), in modern spelling (Petěrburgskogo is no pre-1918 Петѣрбургского)
        if c.source == Source.DICTIONARY and c.score >= W.context.sentence_case_common and len(c.slips) <= len(best.slips) \
                and not _OLD_RE.search(c.cyrillic) \
                and any(not g & _PROPER for *_, g in _parses(c.cyrillic)):
            _choose(words, 0, c, "the first word of a sentence-case text: its capital is no sign of a name", done)
            break


def _initials(text: str, matches: list[WordSpan], words: list[WordReading], done: set[int]) -> None:
    """In "F. E. (Feliks Edmundovich)" each initial is the first letter of its name as read."""
    if "(" not in text:
        return
    starts = [sp.start() for sp in matches]

    def between(a: int, b: int) -> range:
        return range(bisect_left(starts, a), bisect_left(starts, b))

    for m in _INITIALS.finditer(text):
        inits, names = between(m.start(1), m.end(1)), between(m.start(2), m.end(2))
        if not inits or len(inits) != len(names):
            continue
        for i, n in zip(inits, names):
            full = words[n].cyrillic
            if not full[:1].isupper() or words[i].cyrillic[:1] == full[:1]:
                continue
            for c in words[i].candidates[1:]:
                if full.startswith(c.cyrillic):
                    _choose(words, i, c, f"the initial of the name written out after it ({full})", done)
                    break


_INITIAL_GAP = re.compile(r"\.[ \t]?")  # an initial's full stop and at most one space after it


def _is_initial(text: str, matches: list[WordSpan], j: int) -> bool:
    """Is word ``j`` an initial (a capital, or a digraph's two letters: Zh, Iu) followed by its full stop
    and the next word?"""
    w = matches[j].group()
    return len(w) <= W.context.initial_letters and w[:1].isupper() and j + 1 < len(matches) \
        and _INITIAL_GAP.fullmatch(text[matches[j].end():matches[j + 1].start()]) is not None


def _known_initials(text: str, matches: list[WordSpan], words: list[WordReading], done: set[int]) -> None:
    """Initials right before the surname of a well-known person (``established.toml``
    ``known_initials``; the surname in any case) are that person's where each initial has the
    person's letter among its readings: F. E. Dzerzhinskogo → Ф. Э. (Феликс Эдмундович), not the
    commoner Е. Other initials before the same surname (D. B. Riazanov) are left alone."""
    from translit.read.established import known_initials

    table = known_initials()
    for k in range(1, len(words)):
        if len(matches[k].group()) < 3 or not words[k].cyrillic[:1].isupper() or not _is_initial(text, matches, k - 1):
            continue
        lemmas = {p[4] for p in _parses(words[k].cyrillic)} | {words[k].cyrillic.lower()}
        letters = next((table[s] for s in lemmas if s in table), None)
        if letters is None or k < len(letters):
            continue
        first = k - len(letters)
        run = range(first, k)
        if not all(_is_initial(text, matches, j) for j in run) or first > 0 and _is_initial(text, matches, first - 1):
            continue  # fewer initials than the row's, or more: another person
        picks = []
        for j, letter in zip(run, letters):
            if words[j].cyrillic.upper() == letter.upper():
                continue
            c = next((c for c in words[j].candidates[1:] if c.cyrillic.upper() == letter.upper()), None)
            if c is None:
                break
            picks.append((j, c))
        else:
            for j, c in picks:
                _choose(words, j, c, f"the initials of {words[k].cyrillic}'s well-known bearer", done)


_MODERN = str.maketrans("ѣіѳѵѢІѲѴ", "еифиЕИФИ")
# GOST 7.79 B's own marks of pre-1918 letters: fh (ѳ), yh (ѵ), a doubled backtick (final ъ)
_GOST_B_OLD = re.compile(r"[fF][hH]|[yY][hH]|``")


def _modern_unless_marked(text: str, words: list[WordReading]) -> None:
    """A pre-1918 letter the Latin does not mark (the German table's je is ѣ as well as е) is
    written in modern spelling, when that is a known word form, in a text with no pre-1918 mark;
    so is a pre-1918 ending (``grammar.toml`` ``pre_reform_endings``: Современныя, Императорскаго)
    of a word pymorphy3's dictionary of modern Russian lacks as it stands (wordfreq's list, read
    from old texts too, may have it) when the modern ending makes an adjective that dictionary
    knows (Современные, Императорского). Not in a text with ALA-LC's ties or breves: a careful
    transliteration copies the title as the piece prints it, and so does its Cyrillic (the 880
    field of a catalogue record: Современныя записки)."""
    endings = [wr for wr in words if wr.candidates and wr.cyrillic.lower().endswith(_old_endings())
               and wr.candidates[0].source in (Source.DICTIONARY, *Source.GUESSES)
               and not _modern_form(wr.cyrillic)]
    if endings and ("\u0361" in text or "\ufe20" in text or any(has_scheme_diacritics(wr.input) for wr in words)):
        endings = []  # a careful transliteration
    if not endings and not any(_OLD_RE.search(wr.cyrillic) for wr in words):
        return
    import unicodedata

    if _OLD_MARK.search(unicodedata.normalize("NFC", text)) or _GOST_B_OLD.search(text):
        return  # (ī may come as i and a combining macron)
    for wr in endings:
        _modern_ending(wr)
    from translit.read.lexicon import lexicon

    lex = lexicon()
    for wr in words:
        if not _OLD_RE.search(wr.cyrillic) or not wr.candidates or wr.candidates[0].schemes == ["gost-779b"]:
            continue  # (read in GOST 7.79 B alone, its ye is the mark of ѣ)
        modern = wr.cyrillic.translate(_MODERN)
        if modern[-1:] in "ъЪ" and len(modern) > 1 and modern[-2] in _HARD_FINAL:
            modern = modern[:-1]
        if lex.get(modern.lower().replace("ё", "е")) is None and lex.get(modern.lower()) is None:
            continue
        wr.reason += f"; written in modern spelling ({modern}): the Latin marks no pre-1918 letter"
        wr.cyrillic = modern


@cache
def _czech_labials() -> str:
    """``leniency.toml [czech_traditional_e] after``: the letters after which Czech tradition writes е as ě."""
    from translit.read.chunks import leniency_data

    return leniency_data()["czech_traditional_e"]["after"]


def _czech_traditional_e(text: str, words: list[WordReading]) -> None:
    """A name written with the traditional Czech ě after a labial (Bělyj, Bědnyj, Bělgorod: the Czech
    table writes ě only after д т н, and ě is also the ISO 9 ѣ) is written in modern letters when the
    text marks no other pre-1918 letter and the modern spelling is a name or place the lexicon knows
    (Белый, not Бѣлый); a common word keeps its ѣ (Věstnik is the pre-1918 Вѣстникъ)."""
    if not any("ѣ" in wr.cyrillic.lower() for wr in words):
        return
    import unicodedata

    from translit.read.lexicon import PROPER, fold, lexicon

    plain = unicodedata.normalize("NFC", text).replace("ě", "").replace("Ě", "")
    if _OLD_MARK.search(plain) or _GOST_B_OLD.search(plain):
        return  # the text spells pre-1918 letters other than ě: its ě is ѣ too
    labials = _czech_labials()
    lex = lexicon()
    for k, wr in enumerate(words):
        cyr = wr.cyrillic
        olds = [i for i, ch in enumerate(cyr) if _OLD_RE.match(ch)]
        if not olds or not wr.input[:1].isupper() or not wr.candidates or "czech" not in wr.candidates[0].schemes \
                or any(cyr[i] not in "ѣѢ" or i == 0 or cyr[i - 1].lower() not in labials for i in olds):
            continue
        modern = cyr.translate(_MODERN)
        entry = lex.get(fold(modern))
        before = lex.get(fold(words[k - 1].cyrillic)) if k else None
        # a name or place as it stands, or a word after a forename (Andrej Bělyj: the surname Белый)
        if entry is None or not (entry[1] & PROPER or before is not None and before[1] & NAME):
            continue
        wr.reason += f"; written in modern spelling ({modern}): the traditional Czech ě after a labial in a name"
        wr.cyrillic = modern


@cache
def _pre_reform_endings() -> tuple[tuple[str, str], ...]:
    """``grammar.toml``'s ``pre_reform_endings``: (pre-1918 ending, its modern spelling)."""
    return tuple((old, new) for old, new in _grammar()["pre_reform_endings"])


def _modern_form(cyr: str) -> bool:
    """Does pymorphy3's dictionary of modern Russian know ``cyr`` (the lexicon's KNOWN flag, so no
    analyzer is loaded to ask)?"""
    from translit.read.lexicon import KNOWN, tagged

    return tagged(cyr, KNOWN)


def _old_endings() -> tuple[str, ...]:
    return tuple(old for old, _ in _pre_reform_endings())


def _modern_ending(wr: WordReading) -> None:
    """Write ``wr``'s pre-1918 ending as the modern one when that makes a known adjective form."""
    cyr = wr.cyrillic
    for old, new in _pre_reform_endings():
        if not cyr.lower().endswith(old) or len(cyr) <= len(old) + 2:
            continue
        tail = cyr[-len(old):]
        modern = cyr[:-len(old)] + (new.upper() if tail.isupper() else new)
        if any(p.tag.POS in ("ADJF", "PRTF") and p.is_known for p in _morph().parse(modern.lower())):
            wr.reason += f"; written in modern spelling ({modern}): the pre-1918 ending -{old} is -{new} today"
            wr.cyrillic = modern
            return


# и before a vowel or й, as a reading writes it where the pre-1918 spelling has і
_I_BEFORE_VOWEL = re.compile("[иИ](?=[аеёиоуыэюяіѣйАЕЁИОУЫЭЮЯІѢЙ])")
# a word-final hard sign in the Latin (Kursʺ): only pre-1918 Russian ends a word in ъ
_FINAL_HARD_MARK = re.compile(r"[^\W\d_]\u02ba(?![^\W\d_])")


@cache
def _compound_i_stems() -> tuple[str, ...]:
    """``grammar.toml``'s ``pre_reform_i_kept_after``: the numeral first parts of compounds after which
    pre-1918 spelling keeps и before a vowel (пяти-, семи-)."""
    return tuple(_grammar()["pre_reform_i_kept_after"])


def _with_decimal_i(cyr: str) -> str:
    """``cyr`` with і for each и before a vowel or й, but at the end of a compound's numeral first part
    (пятиугольник, семиэтажный: ``grammar.toml`` ``pre_reform_i_kept_after``)."""
    low = cyr.lower()
    kept = {len(stem) - 1 for stem in _compound_i_stems() if low.startswith(stem) and len(low) > len(stem)}
    return _I_BEFORE_VOWEL.sub(lambda m: m.group() if m.start() in kept else ("І" if m.group() == "И" else "і"), cyr)


_BRACKETS = re.compile(r"[()\[\]]")
_SENTENCE_END = re.compile(r"[.!?;]")


def _old_spelling_phrase(text: str, spans: list[tuple[int, int]], readings: list[str]) -> bool:
    """Is this phrase (its words' spans in ``text`` and readings) in pre-1918 spelling: does its Latin
    mark a pre-1918 letter (ī, i͡e, ḟ, ẏ, ì, ě) or end a word in ʺ, and its reading write that letter or
    that final ъ?"""
    latin = text[spans[0][0]:spans[-1][1]]
    if _OLD_MARK.search(latin) and _OLD_RE.search("".join(readings)):
        return True
    return bool(_FINAL_HARD_MARK.search(latin)) and \
        any(len(c) > 1 and c[-1] in "ъЪ" and c[-2] in _HARD_FINAL for c in readings)


def _russian_phrases(text: str, spans: list[tuple[int, int]], russian: list[bool], sentences: bool) -> list[list[int]]:
    """The runs of words read as Russian (their indices) that no other word, no bracket and (when
    ``sentences``) no sentence's end parts: a full stop after an initial (P. Chebysheva, S.-Peterburg)
    ends nothing."""
    runs: list[list[int]] = []
    for k, r in enumerate(russian):
        if not r:
            if runs and runs[-1]:
                runs.append([])
            continue
        if runs and runs[-1]:
            j = runs[-1][-1]
            gap = text[spans[j][1]:spans[k][0]]
            initial = spans[j][1] - spans[j][0] <= W.context.initial_letters
            if j != k - 1 or _BRACKETS.search(gap) or (sentences and _SENTENCE_END.search(gap) and not initial):
                runs.append([])
        if not runs:
            runs.append([])
        runs[-1].append(k)
    return [run for run in runs if run]


def pre_reform_i(text: str, spans: list[tuple[int, int]], words: list[WordReading], russian: list[bool],
                 sentences: bool = False) -> None:
    """In a phrase read in pre-1918 spelling (:func:`_old_spelling_phrase`), write і for the и before a
    vowel or й of each word read as Russian (the rule of the old spelling, which has no ий, ия, ие, ии:
    Исторія, сочиненій), where the Latin left out the macron of ī (Teorīi͡a sravneniĭ → Теорія сравненій,
    not сравнений). A phrase is a run of Russian words (:func:`_russian_phrases`; in running text,
    ``sentences``, a sentence ends one too), so a modern spelling set beside the old one (Rossīi͡a for
    Rossii͡a; Sobranīe sochinenīĭ (i.e. Sobranie sochineniĭ)) stays modern."""
    if not _OLD_MARK.search(text) and not _FINAL_HARD_MARK.search(text):
        return
    for run in _russian_phrases(text, spans, russian, sentences):
        if not _old_spelling_phrase(text, [spans[k] for k in run], [words[k].cyrillic for k in run]):
            continue
        for k in run:
            wr = words[k]
            if wr.source not in (Source.DICTIONARY, Source.NAME):
                continue  # a guess (Федоровние) is no word whose old spelling is known
            old = _with_decimal_i(wr.cyrillic) if _I_BEFORE_VOWEL.search(wr.cyrillic) else wr.cyrillic
            if old != wr.cyrillic:
                wr.reason += f"; і before a vowel or й ({old}), as pre-1918 spelling writes it and the phrase's other words are spelled"
                wr.cyrillic = old


def pre_reform_hard_signs(text: str, words: list[WordReading], russian: list[bool]) -> None:
    """In a text read with pre-1918 letters, give the final ъ to each word read as Russian that
    ends in a consonant (ALA-LC does not write it: Miliukov, Parizh beside Istorīi)."""
    if not _OLD_MARK.search(text) or not _OLD_RE.search("".join(wr.cyrillic for wr, r in zip(words, russian) if r)):
        return  # no pre-1918 letter the Latin marks (ī, i͡e, ě, ì…) and the reader read
    for k, (wr, r) in enumerate(zip(words, russian)):
        cyr = wr.cyrillic
        if r and len(cyr) > 1 and cyr[-1] in _HARD_FINAL and not cyr.isupper() \
                and wr.source in (Source.DICTIONARY, Source.NAME, *Source.GUESSES, Source.OWN_TABLE):
            wr.cyrillic = cyr + ("Ъ" if cyr.isupper() else "ъ")
            wr.reason += "; the final ъ of pre-1918 spelling, as the text's other words are spelled"
