"""Which Cyrillic language a text is in, or which language a romanized text was romanized from.

Cyrillic text (evidence in ``evidence.toml`` and the word lists):
* letters: a letter outside a language's alphabet counts against it (-4); a letter few alphabets
  share counts for each of them (3 / how many share it: ї for uk and rue, ў for be, ђ ћ for sr);
  a letter sequence a language's spelling never writes counts against it as an outside letter
  does (ъ before a consonant is not Russian: България, към; an apostrophe between consonants,
  the Macedonian schwa of тʼга, is no other language's);
* words: each word's Zipf frequency in each language's list (wordfreq; Serbian looked up in
  Latin), so common words decide text without telling letters (история: ru or bg, by its
  neighbours); a word no list knows is scored by each language's character model. The lists
  differ in depth (``lexicon.list_floor``: Russian's, Ukrainian's and Macedonian's go down to
  Zipf 1, Bulgarian's and Serbian's stop at 3), so a word rarer than a list shows does not count
  against that list's language, a form only a language's dictionary has (Bulgarian's Hunspell,
  Ukrainian's pymorphy3) may stand up to its list's floor, and a model trained on a word (its
  list has it) scores it no better than the best model that never saw it. A language whose list
  is a dictionary without frequencies (Belarusian) counts a word it knows just below the text's
  leading frequency list (:func:`_leading_list`), and its closed-class words (``[closed_class]``)
  as common words. A language reading by a neighbour's model and list-less (Rusyn by Ukrainian's)
  loses on a word that neighbour's list has at least what the neighbour loses;
* grammar: an adjective in -и before a masculine singular noun (``[indefinite_adjective]``:
  главни пут, топли оброк: Serbian's definite form, where Macedonian and Bulgarian write главен
  пат, топол оброк) counts against Macedonian and Bulgarian, in Cyrillic text and in their
  readings of romanized text; a Russian preposition before a word Russian's dictionary knows
  only in cases it does not govern (``[government.ru]``: на труда, по география) counts against
  Russian; a Serbian preposition before a noun in a form only the nominative has (``[nominative_never.sr]``: за
  лекари, низ Шумадија, the bare forms of Macedonian and Bulgarian) counts against Serbian, in
  Cyrillic text and in the Serbian reading of romanized text; in the Russian reading of romanized
  text, an adjective agreeing with no reading of the noun after it (``[agreement.ru]``: народный
  песни, the Russian ending the reader gives a neighbour's narodni) counts against Russian.

Romanized text:
* marks: a Latin letter only some languages' tables write (ï, ŷ, ŭ, đ, ǵ, ĺ, ė…), found from the
  scheme files themselves, counts for them and against the rest;
* letters unwritten: an ASCII letter no segmentation of a word into the outputs (letters and
  digraphs) of a language's practical tables covers, though another language's tables write it,
  counts against that language (``[romanized_tables]``: Bulgarian's without ISO 9, so the c and j
  of Macedonian's and Serbian's tables: Centar, majkata);
* words: the share of words each language's reader finds in its list (the Russian reader's share
  for Russian), weighted by how common the words are;
* places: a capitalized word naming a city of Ukraine, Belarus, Bulgaria, Serbia or North Macedonia
  and of no other country (``[gazetteer]``, :mod:`translit.langs.places`: Kharkiv, Hrodna, Varna,
  Kragujevac, Bitola) counts for that country's language, the evidence one word can safely give.

Languages without a list (Belarusian, Rusyn) rely on letters, marks and the character model, and
their verdicts carry a lower confidence. Everything is returned with its evidence.
"""

from __future__ import annotations

import math
from collections import Counter
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from translit.langs.lexicon import (DICTIONARY_FLOOR, EXTRA_DICTIONARIES, extra_dictionary, has_dictionary,
                                    in_extra_dictionary, list_floor)
from translit.normalize import nfc
from translit.schemes import all_schemes, languages
from translit.langs.weights import LW  # every threshold below: its value, source and use in weights.toml

_CYR = re.compile("[\\u0400-\\u04ff\\u02bc]+")
_LAT = re.compile("[^\\W\\d_\\u0400-\\u04ff]+")
_ANY_CYR = re.compile("[\\u0400-\\u04ff]")
OUTSIDE_ALPHABET = LW.identify.outside_alphabet
LIST_LANGS = ("ru", "uk", "bg", "mk", "sr")
NO_LIST_CONFIDENCE = LW.identify.no_list_confidence
RUSSIAN_PRIOR = LW.identify.russian_prior
FIT_WEIGHT = LW.identify.fit_weight
MEMBER_ZIPF = LW.identify.member_zipf
PRESENCE_MARGIN = LW.identify.presence_margin
LEAK_CEILING = LW.identify.leak_ceiling
SHARED_ZIPF = LW.identify.shared_zipf
CLOSED_CLASS_ZIPF = LW.identify.closed_class_zipf


@dataclass
class LanguageScore:
    language: str
    score: float
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"language": self.language, "score": round(self.score, 2), "evidence": self.evidence[:8]}


@dataclass
class Identification:
    text: str
    script: str  # "cyrillic" | "latin" | "none"
    language: str | None
    confidence: float
    ranking: list[LanguageScore]

    def as_dict(self) -> dict[str, Any]:
        return {"language": self.language, "script": self.script, "confidence": round(self.confidence, 3),
                "ranking": [r.as_dict() for r in self.ranking]}


@cache
def _evidence() -> dict[str, Any]:
    return tomllib.loads(resources.files("translit.langs").joinpath("evidence.toml").read_text("utf-8"))


@cache
def pooled_allowance() -> dict[str, float]:
    """Language → how far its frequency list may understate a word it lists, where the list pools
    several standard languages (``[pooled_list]`` in evidence.toml: Serbian in wordfreq's
    Serbo-Croatian list, where a form only Serbian writes, hemija, fudbal, counts only in
    Serbian's share of the text)."""
    return {lang: float(v) for lang, v in _evidence().get("pooled_list", {}).items()}


@cache
def pooled_against(lang: str) -> frozenset[str]:
    """The languages whose lists ``lang``'s pooled list is lifted against (``[pooled_against]``)."""
    return frozenset(_evidence().get("pooled_against", {}).get(lang, "").split())


def lift_pooled(zipfs: dict[str, float], listed: dict[str, bool] | None = None) -> list[str]:
    """Raise, in place, the Zipf of each pooled-list language (:func:`pooled_allowance`) that lists
    the word by up to its allowance, never above the best of ``zipfs``; ``listed`` says which
    languages' lists hold the word (default: those with a Zipf above 0). Returns the languages
    raised. A word the lists show within the allowance of each other is then a near tie between
    them: the pooled language stays PRESENCE_MARGIN below the best list, so a word the standards
    share (физика, хемија: Serbian and Macedonian alike) decides nothing by itself, and the other
    words and letters of the text decide; a text of such words only is said with the low
    confidence of a tie. Only against the lists named in ``[pooled_against]`` (Macedonian's
    for Serbian): elsewhere a near tie keeps going to the list that measures the word higher
    (Russian's: Господин из Сан-Франциско; Ukrainian's: вода на млин)."""
    best = max(zipfs.values(), default=0.0)
    leaders = {lang for lang, z in zipfs.items() if z >= best}
    raised = []
    for lang, allowance in pooled_allowance().items():
        z = zipfs.get(lang, 0.0)
        if leaders - pooled_against(lang):
            continue
        if z > 0.0 and (listed is None or listed.get(lang)) and z < best:
            zipfs[lang] = max(z, min(best - PRESENCE_MARGIN, z + allowance))
            raised.append(lang)
    return raised


@cache
def alphabets() -> dict[str, frozenset[str]]:
    data = _evidence()
    return {lang: frozenset(letters + data.get("old", {}).get(lang, "")) for lang, letters in data["alphabet"].items()}


@cache
def closed_class(lang: str) -> frozenset[str]:
    """The prepositions, conjunctions and particles of ``lang`` listed in evidence.toml (empty for
    a language whose frequency list already shows how common they are)."""
    return frozenset(_evidence().get("closed_class", {}).get(lang, "").split())


@cache
def _letter_weights() -> dict[str, dict[str, float]]:
    """Letter → {language: weight} for letters fewer than half the alphabets share."""
    alpha = alphabets()
    out: dict[str, dict[str, float]] = {}
    for letter in set().union(*alpha.values()):
        having = [lang for lang, a in alpha.items() if letter in a]
        if len(having) <= len(alpha) // 2:
            out[letter] = {lang: 3.0 / len(having) for lang in having}
    return out


def _has_forms(lang: str) -> bool:
    """Whether ``lang`` has dictionary forms beside its frequency list here: in its word list
    (Ukrainian's pymorphy3 forms, Bulgarian's Hunspell forms) or kept apart (Serbian's Hunspell
    forms, ``lexicon.EXTRA_DICTIONARIES``)."""
    return has_dictionary(lang) or (lang in EXTRA_DICTIONARIES and len(extra_dictionary(lang)) > 0)


def _zipf_or_form(word: str, lang: str) -> float:
    """The word's Zipf in ``lang``'s list, else DICTIONARY_FLOOR where only its extra dictionary
    has it (Serbian's Hunspell forms: печуркама, читанка, мачор), as Bulgarian's forms count."""
    z = _zipf(word, lang)
    if z == 0.0 and lang in EXTRA_DICTIONARIES and in_extra_dictionary(word, lang):
        return DICTIONARY_FLOOR
    return z


def _zipf(word: str, lang: str) -> float:
    if lang == "ru":
        import wordfreq

        return wordfreq.zipf_frequency(word, "ru")
    from translit.langs.lexicon import zipf

    return zipf(word, lang)


@cache
def _dictionary_only_langs() -> tuple[str, ...]:
    """The languages without a frequency list whose dictionary is installed here (Belarusian with
    Debian's hunspell-be): their lists count in Cyrillic identification as presence only."""
    from translit.langs.lexicon import HUNSPELL, has_lexicon

    return tuple(lang for lang in HUNSPELL if lang not in LIST_LANGS and has_lexicon(lang))


def _borrowed() -> dict[str, str]:
    """Language → the neighbour whose character model it reads by (Rusyn → Ukrainian)."""
    from translit.langs.reader import MODEL_BORROWED

    return MODEL_BORROWED


def _char_model(lang: str) -> dict[str, float]:
    from translit.langs.reader import model

    return model(lang)


def _model_per_letter(word: str, lang: str) -> float:
    from translit.read.ngram import score

    return score(_char_model(lang), word) / (len(word) + 1)


@cache
def _modern_alphabets() -> dict[str, frozenset[str]]:
    data = _evidence()
    return {lang: frozenset(letters) for lang, letters in data["alphabet"].items()}


def _old_spelling(words: list[str]) -> bool:
    """Pre-reform spelling: an old letter no modern alphabet has (ѣ ѳ ѵ ѫ), or a word-final ъ."""
    modern = set().union(*_modern_alphabets().values())
    return any(set(w) - modern - {"і"} for w in words) or any(len(w) > 1 and w.endswith("ъ") for w in words)


@cache
def _old_positions() -> dict[str, dict[str, re.Pattern]]:
    """Language → {old letter: where its old spelling writes it} (``[old_position]`` in evidence.toml)."""
    return {lang: {letter: re.compile(pat) for letter, pat in rows.items()}
            for lang, rows in _evidence().get("old_position", {}).items()}


def misplaced_old_letters(text: str, lang: str) -> list[str]:
    """The words of ``text`` (lower case) with a letter of ``lang``'s old alphabet standing where
    its old spelling never wrote it (``[old_position]``): Russian і before a consonant or alone
    (мінск, і), which only Ukrainian, Belarusian or Rusyn write. Empty when ``lang`` has no such
    rule or every such letter stands where the old spelling puts it (исторія, всемірный)."""
    rules = _old_positions().get(lang)
    if not rules:
        return []
    out = []
    for word in re.findall("[\u0400-\u04ff]+", text.lower()):
        for letter, allowed in rules.items():
            if letter in word and word.count(letter) > len(allowed.findall(word)):
                out.append(word)
                break
    return out


@cache
def _forbidden_patterns() -> dict[str, re.Pattern]:
    """Language → the letter sequences its spelling never writes (``[forbidden]`` in evidence.toml)."""
    return {lang: re.compile("|".join(f"(?:{p})" for p in pats))
            for lang, pats in _evidence().get("forbidden", {}).items() if pats}


def forbidden_sequences(text: str, lang: str) -> list[str]:
    """The letter sequences of ``text`` that ``lang``'s spelling never writes (ъл in Russian: its
    hard sign stands only before е ё ю я or at a word's end; тʼг outside Macedonian), each as found."""
    pattern = _forbidden_patterns().get(lang)
    if pattern is None:
        return []
    low = text.lower().replace("'", "\u02bc").replace("\u2019", "\u02bc")
    return [low[max(m.start() - 1, 0):m.end() + 1] if m.group() == "\u02bc" else m.group()
            for m in pattern.finditer(low)]


_PERSONAL_NAME = frozenset({"Name", "Surn", "Patr"})


def _personal_name_to_ukrainian(w: str) -> bool:
    """Whether Ukrainian's dictionary (pymorphy3-dicts-uk) knows ``w`` only as a forename, surname
    or patronymic (стендаль, воннегут, гюстав): a foreign name the neighbours transcribe alike and
    Russian's dictionary often lacks, which Russian text carries as its own usage, not a
    neighbour's word met in Russian text (гиля, сябры: common words)."""
    from translit.langs.glossary import _morph

    morph = _morph()
    if not morph.word_is_known(w):
        return False
    return all(_PERSONAL_NAME & set(p.tag.grammemes) for p in morph.parse(w))


def _russian_list_checked(w: str, zipfs: dict[str, float], listed: tuple[str, ...]) -> float | None:
    """Russian's frequency list holds the words of neighbouring languages met in Russian web text
    (гиля, сябры, вясна), and Russian's dictionary (pymorphy3's, OpenCorpora) does not: a word the
    list has and the dictionary lacks, where a neighbour's dictionary knows it (Ukrainian's
    pymorphy3 forms, Bulgarian's or Belarusian's Hunspell forms), counts for Russian just below
    that neighbour (PRESENCE_MARGIN; a dictionary without frequencies at its floor), so the tie goes
    to the language whose dictionary has the word. A word the list has at LEAK_CEILING or above is
    Russian usage whatever the dictionary says (санкт, нью, юго: parts of compounds; abbreviations).
    None where nothing changes."""
    ru = zipfs.get("ru", 0.0)
    if not 0.0 < ru < LEAK_CEILING:
        return None
    if _personal_name_to_ukrainian(w):
        return None
    vouchers = [zipfs[lang] for lang in LIST_LANGS if lang != "ru" and _has_forms(lang) and zipfs[lang] > 0.0]
    if any(_zipf(w, lang) > 0.0 for lang in listed):
        vouchers.append(DICTIONARY_FLOOR)
    if not vouchers or max(vouchers) >= ru:
        return None
    from translit.read.lexicon import is_dictionary_word

    return None if is_dictionary_word(w) else max(vouchers) - PRESENCE_MARGIN


def _leading_list(table: list[dict[str, float]], checked: list[float | None]) -> str:
    """The frequency-list language that reads the words best: the least shortfall from each
    word's best list, summed over the words (Russian's list as capped by
    :func:`_russian_list_checked`). A dictionary without frequencies (Belarusian's Hunspell forms)
    takes its words' frequencies from this one list: estimated from the best list of each word in
    turn, it followed the upper envelope of five lists, and a title whose every word the languages
    share (Воз за Бар, Доля та воля) went to it over the language each list's noise costs a little."""
    shortfall = {lang: 0.0 for lang in LIST_LANGS}
    for zipfs, capped in zip(table, checked):
        row = dict(zipfs, ru=capped) if capped is not None else zipfs
        best = max(row.values())
        for lang in LIST_LANGS:
            shortfall[lang] += row[lang] - best
    return max(LIST_LANGS, key=lambda lang: shortfall[lang])


@cache
def _government() -> dict[str, dict[str, frozenset[str]]]:
    """Language → preposition → the cases it governs (``[government]`` in evidence.toml)."""
    return {lang: {prep: frozenset(cases.split()) for prep, cases in table.items()}
            for lang, table in _evidence().get("government", {}).items()}


_MAIN_CASE = {"gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent", "loc1": "loct"}


# a word of any script with its hyphenated parts (Сан-Франциско), and what follows it
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(\.?)")
_ALL_CYR = re.compile("[\u0400-\u04ff]+")


def government_misses(text: str, lang: str = "ru") -> list[str]:
    """The "preposition word" pairs of ``text`` where ``lang``'s preposition is followed by a word
    its dictionary knows only in cases that preposition does not govern (на труда, по география).
    Only Russian has a table and a dictionary for it (pymorphy3's). Says nothing: a word with any
    reading without a case (a verb, an adverb, another preposition) or unknown to the dictionary; a
    hyphenated word (из Сан-Франциско); a preposition's letter with a full stop (an initial: С.
    Рахманинов, К. У. Черненко) or inside a word of Latin letters."""
    table = _government().get(lang)
    if not table or lang != "ru":
        return []
    from translit.glossary import _morph

    morph = _morph()
    tokens = [(m.group().rstrip(".").lower(), bool(m.group(1))) for m in _TOKEN.finditer(text)]
    found = []
    for (prep, stop), (nxt, _) in zip(tokens, tokens[1:]):
        cases = table.get(prep)
        if cases is None or stop or "-" in nxt or not _ALL_CYR.fullmatch(nxt) or not morph.word_is_known(nxt):
            continue
        parses = morph.parse(nxt)
        if not parses or any(p.tag.case is None for p in parses):
            continue
        if not any(_MAIN_CASE.get(p.tag.case, p.tag.case) in cases for p in parses):
            found.append(f"{prep} {nxt}")
    return found


@cache
def _nominative_never() -> dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...], frozenset[str]]]]:
    """Language → [(the nominative's ending, the stem's endings its dictionary must have, those it
    must not, the prepositions after which such a form is none of the language's)] from
    ``[nominative_never]`` in evidence.toml ("-" is the bare stem; the prepositions are named by
    the table's lists of them)."""
    out = {}
    for lang, table in _evidence().get("nominative_never", {}).items():
        lists = {name: v.split() for name, v in table.items() if isinstance(v, str)}
        out[lang] = [(row[0], tuple("" if e == "-" else e for e in row[1].split()),
                      tuple("" if e == "-" else e for e in row[2].split()),
                      frozenset(p for name in row[3].split() for p in lists[name]))
                     for row in table.values() if isinstance(row, list)]
    return out


def _only_nominative(prep: str, word: str, lang: str) -> bool:
    """Whether ``word`` (lower-case Cyrillic) after ``prep`` is a form only the nominative has, by
    its paradigm in ``lang``'s dictionary (``[nominative_never]``: на планина, за економисти, од
    економисти in Serbian)."""
    from translit.langs.lexicon import in_extra_dictionary

    for ending, present, absent, preps in _nominative_never()[lang]:
        if prep not in preps or len(word) <= len(ending) + 1 or not word.endswith(ending):
            continue
        if not in_extra_dictionary(word, lang):
            continue
        stem = word[:len(word) - len(ending)]
        if all(in_extra_dictionary(stem + e, lang) for e in present) and \
                not any(in_extra_dictionary(stem + e, lang) for e in absent):
            return True
    return False


def nominative_after_preposition(text: str, lang: str = "sr") -> list[str]:
    """The "preposition word" pairs of ``text`` (Cyrillic) where ``lang``'s preposition is followed
    by a noun in a form only the nominative has, which no preposition of the language governs
    (Serbian: за трансфузиологија, на планина, за економисти, од економисти, which Macedonian and
    Bulgarian write, having no cases; Serbian writes за трансфузиологију, на планину, за
    економисте, од економиста). Empty for a language without such a table or dictionary, for a
    preposition's letter with a full stop (an initial) and for a hyphenated word."""
    table = _nominative_never().get(lang)
    if not table or lang not in EXTRA_DICTIONARIES:
        return []
    preps = frozenset().union(*(row[3] for row in table))
    tokens = [(m.group().rstrip(".").lower(), bool(m.group(1))) for m in _TOKEN.finditer(text)]
    found = []
    for (prep, stop), (nxt, _) in zip(tokens, tokens[1:]):
        if prep not in preps or stop or "-" in nxt or not _ALL_CYR.fullmatch(nxt):
            continue
        if _only_nominative(prep, nxt, lang):
            found.append(f"{prep} {nxt}")
    return found


@cache
def _indefinite_adjective() -> dict[str, dict[str, tuple[str, ...]]]:
    """Language → the word lists of ``[indefinite_adjective]`` in evidence.toml, for each language
    it names (Macedonian, Bulgarian): the languages whose masculine singular adjective has no -и."""
    table = _evidence().get("indefinite_adjective", {})
    lists = {name: tuple(v.split()) for name, v in table.items() if name != "langs"}
    return {lang: lists for lang in table.get("langs", "").split()}


def definite_adjective_pairs(text: str, lang: str = "mk") -> list[str]:
    """The "adjective noun" pairs of ``text`` (Cyrillic) where an adjective in -и stands right
    before a masculine singular common noun (главни пут, топли оброк, зелени чај): the definite
    form Serbian writes there, which Macedonian and Bulgarian, writing the masculine without an
    ending (главен пат, зелен чај), never do (``[indefinite_adjective]``). Empty for a language
    the table does not name, without Serbian's dictionary (which tells the forms), and for the
    exceptions the table lists: the adjectives in -ски and its kin, ordinals (осми март), a verb
    after its particle (се прави хляб), a capitalized noun, a name (Свети Ѓорѓи)."""
    table = _indefinite_adjective().get(lang)
    if not table or "sr" not in EXTRA_DICTIONARIES:
        return []
    from translit.langs.lexicon import in_extra_dictionary

    def known(word: str) -> bool:
        return in_extra_dictionary(word, "sr")

    def adjective(w: str) -> bool:
        if len(w) < 4 or not w.endswith("и") or w.endswith(table["kept"]) or w in table["never"] or \
                w.endswith(table["never_endings"]) or not known(w):
            return False
        stem = w[:-1]
        return all(known(stem + e) for e in table["adjective"])

    def masculine_noun(w: str) -> bool:
        if len(w) <= 2 or w[-1] in table["no_consonant"] or not known(w):
            return False
        stems = [w] + ([w[:-2] + w[-1]] if w[-2] == "а" else [])  # a fleeting а: центар, центра
        return any(all(any(known(stem + e) for e in ending.split("|")) for ending in table["noun"])
                   for stem in stems)

    tokens = [m.group() for m in _TOKEN.finditer(text)]
    found = []
    for before, a, b in zip([""] + tokens, tokens, tokens[1:]):
        if a.endswith(".") or "-" in a or "-" in b or not _ALL_CYR.fullmatch(a) or not _ALL_CYR.fullmatch(b):
            continue
        if b[0].isupper() or before.lower() in table["verb_before"]:
            continue  # a name; a verb (се прави компот)
        if adjective(a.lower()) and masculine_noun(b):
            found.append(f"{a.lower()} {b}")
    return found


@cache
def _agreement_skip() -> frozenset[str]:
    """The pymorphy3 tags that keep a word out of Russian's agreement check (``[agreement.ru]``)."""
    return frozenset(_evidence().get("agreement", {}).get("ru", {}).get("skip", "").split())


# a Cyrillic word, and the full stop of an abbreviation right after it
_CYR_TOKEN = re.compile(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*\.?")


def agreement_misses(text: str) -> list[str]:
    """The "adjective noun" pairs of Russian ``text`` where a full adjective stands right before a
    noun (a space between) and no reading of the one agrees with a reading of the other in number,
    case and (singular) gender (``[agreement.ru]``: народный песни, старый церквы, основные школе:
    the Russian reader's ending on a neighbour's adjective before the neighbour's noun). Says
    nothing of a word the dictionary does not know, or knows as another part of speech too, of
    the tags ``[agreement.ru]`` skips, a capitalized noun (a name), a hyphenated word or an
    abbreviation's full stop."""
    from translit.glossary import _morph

    morph = _morph()
    skip = _agreement_skip()

    def parses(word: str, pos: str):
        if "-" in word or word.endswith(".") or not morph.word_is_known(word.lower()):
            return None
        ps = morph.parse(word.lower())
        if not ps or any(p.tag.POS != pos or skip & set(p.tag.grammemes) for p in ps):
            return None
        return ps

    def agree(a, n) -> bool:
        if a.tag.number != n.tag.number or a.tag.case != n.tag.case:
            return False
        return a.tag.number != "sing" or a.tag.gender == n.tag.gender or "Ms-f" in n.tag

    tokens = list(_CYR_TOKEN.finditer(text))
    found = []
    for x, y in zip(tokens, tokens[1:]):
        if text[x.end():y.start()].strip() or x.group().endswith(".") or y.group()[0].isupper():
            continue  # (a capitalized noun is a name or a place: Старая Русса)
        adj = parses(x.group(), "ADJF")
        noun = parses(y.group(), "NOUN") if adj else None
        if adj and noun and not any(agree(a, n) for a in adj for n in noun):
            found.append(f"{x.group().lower()} {y.group().lower()}")
        elif not adj and (short := _rare_short_adjective(x.group())) and _short_agrees(short, y.group()):
            found.append(f"{x.group().lower()} {y.group().lower()}")
    return found


def _rare_short_adjective(word: str) -> list:
    """The readings of ``word`` when every one in Russian's dictionary is a short adjective and Russian's
    list holds it less often than ``short_zipf`` of ``[agreement.ru]`` (центральна, национальна; not
    хороша, прекрасна): a neighbour's feminine adjective read as Russian, when a noun follows it.
    Else an empty list."""
    import wordfreq

    from translit.glossary import _morph

    low = word.lower()
    if "-" in low or low.endswith(".") or not _morph().word_is_known(low):
        return []
    ps = _morph().parse(low)
    limit = float(_evidence().get("agreement", {}).get("ru", {}).get("short_zipf", 0.0))
    if ps and all(p.tag.POS == "ADJS" for p in ps) and wordfreq.zipf_frequency(low, "ru") < limit:
        return ps
    return []


def _short_agrees(short: list, noun: str) -> bool:
    """Whether the next word ``noun`` has a reading as a nominative noun (outside the tags
    ``[agreement.ru]`` skips) in the number and gender of one of the short adjective's readings
    ``short``: the noun it would stand before as a title's adjective (центральна баня, whose баня is a
    gerund too)."""
    from translit.glossary import _morph

    low = noun.lower()
    if "-" in low or low.endswith(".") or not _morph().word_is_known(low):
        return False
    skip = _agreement_skip()
    nouns = [p.tag for p in _morph().parse(low) if p.tag.POS == "NOUN" and not skip & set(p.tag.grammemes)]
    return any(n.case == "nomn" and n.number == a.tag.number and (n.number == "plur" or n.gender == a.tag.gender)
               for n in nouns for a in short)


def _grammar_checks() -> tuple[tuple, ...]:
    """The grammar that counts against a language, as (the languages a table names, the pairs of a
    text that break it, what they are called in the evidence): Russian's government
    (``[government.ru]``), the nominative after a Serbian preposition (``[nominative_never.sr]``),
    the definite adjective before a Macedonian or Bulgarian noun (``[indefinite_adjective]``)."""
    return ((_government, government_misses, "a case its preposition does not govern"),
            (_nominative_never, nominative_after_preposition, "a nominative its preposition never governs"),
            (_indefinite_adjective, definite_adjective_pairs, "an adjective in -и before a masculine singular noun"))


def _count_grammar(score: LanguageScore, found: list[str], said: str) -> None:
    """Count the pairs ``found`` against a language: each half a foreign letter, three at the most."""
    if found:
        score.score += OUTSIDE_ALPHABET / 2 * min(len(found), 3)
        score.evidence.append(f"{'; '.join(found)}: {said}")


def russian_name_heading(text: str) -> list[str]:
    """The words of ``text`` if it is a personal name as Russian writes it: two or more Cyrillic
    words, each capitalized in the text and known to Russian's dictionary (pymorphy3's) as a
    forename, surname or patronymic (Марк Твен, Оноре де Бальзак: the particles де, фон, ван in
    between are read past), else an empty list."""
    from translit.glossary import _morph

    names = []
    for m in re.finditer(r"[^\W\d_]+", text):
        w = m.group()
        if not _ALL_CYR.fullmatch(w):
            return []
        low = w.lower()
        parses = _morph().parse(low)
        if w[0].islower() and any(p.tag.POS == "PRCL" for p in parses):
            continue  # де, фон, ван
        if not w[0].isupper() or not _morph().word_is_known(low):
            return []
        if not any(_PERSONAL_NAME & p.tag.grammemes for p in parses):
            return []
        names.append(w)
    return names if len(names) >= 2 else []


PLACE_WEIGHT = LW.identify.place_weight
_UNIT_WORD = re.compile("[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")


@cache
def _admin_units() -> tuple[frozenset[str], dict[tuple[str, ...], list[tuple[str, str]]]]:
    """(the administrative terms, lower case; the units' names as word tuples, as spelt and in
    capitals → [(language, ISO 3166-2 code)]) from ``admin_units.toml``."""
    data = tomllib.loads(resources.files("translit.langs").joinpath("admin_units.toml").read_text("utf-8"))
    names: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for lang, units in data.get("units", {}).items():
        for code, name in units.items():
            words = tuple(_UNIT_WORD.findall(name))
            for key in {words, tuple(w.upper() for w in words)}:
                names.setdefault(key, []).append((lang, code))
    return frozenset(data.get("terms", "").split()), names


def admin_unit_names(text: str) -> list[tuple[str, str, str]]:
    """(language, ISO 3166-2 code, name) for each administrative unit ``text`` names: the text is a
    unit's name of ``admin_units.toml`` as spelt there (or in capitals), alone when the name has two
    words or more (Свети Николе, Стара Загора, Пчињски округ), or with one administrative term
    before or after it (Општина Градско, Община Видин). A one-word name alone (София, Севастополь,
    Варна: also a forename, or the Russian spelling) says nothing; neither does a text with any
    other word (Центар за култура) or with Latin letters."""
    if _LAT.search(text):
        return []
    terms, names = _admin_units()
    words = _UNIT_WORD.findall(text)
    n = len(words)
    for start, end in ((0, n), (1, n), (0, n - 1)):
        core, rest = tuple(words[start:end]), words[:start] + words[end:]
        if not core or (not rest and len(core) < 2) or any(w.lower() not in terms for w in rest):
            continue
        units = names.get(core)
        if units:
            return [(lang, code, " ".join(core)) for lang, code in units]
    return []


def _identify_cyrillic(text: str) -> list[LanguageScore]:
    words = [w.lower() for w in _CYR.findall(text) if w.strip("\u02bc")]
    langs = list(alphabets())
    scores = {lang: LanguageScore(lang, 0.0) for lang in langs}
    # the old letters count as a language's own only in text in the old spelling
    alpha = alphabets() if _old_spelling(words) else _modern_alphabets()
    weights = _letter_weights()
    letters = set("".join(words))
    for letter in sorted(letters):
        for lang in langs:
            if letter not in alpha[lang]:
                n = sum(w.count(letter) for w in words)
                scores[lang].score += OUTSIDE_ALPHABET * min(n, 3)
                scores[lang].evidence.append(f"{letter} is not in its alphabet")
            elif letter in weights and lang in weights[letter]:
                scores[lang].score += weights[letter][lang]
                scores[lang].evidence.append(f"{letter} ({'/'.join(sorted(weights[letter]))})")
    for lang in langs:
        found = forbidden_sequences(text, lang)
        if found:
            scores[lang].score += OUTSIDE_ALPHABET * min(len(found), 3)
            scores[lang].evidence.append(f"{' '.join(sorted(set(found)))}: not written in its spelling")
    # a noun in a case its preposition cannot take, each pair counted as half a foreign letter
    for langs_of, misses, said in _grammar_checks():
        for lang in langs_of():
            if lang in scores:
                _count_grammar(scores[lang], misses(text, lang), said)
    listed = _dictionary_only_langs()
    table = [{lang: _zipf_or_form(w, lang) for lang in LIST_LANGS} for w in words]
    checked = [_russian_list_checked(w, zipfs, listed) for w, zipfs in zip(words, table)]
    leader = _leading_list(table, checked) if listed else None
    for w, zipfs, capped in zip(words, table, checked):
        # checked before the dictionary-only languages are weighed, applied after the word's
        # frequency (best) is taken: the list still shows how common the word is, only not for Russian
        best = listed_best = max(zipfs.values())
        # how common a dictionary-only language's word is, estimated from one list: the text's
        # leading list language's (as it counts for that language, after Russian's cap), or where
        # that list lacks the word, the best list's
        # (as the words count for the lists: Russian's after its cap where another list measures the
        # word too (SHARED_ZIPF), so a foreign name Russian's and Ukrainian's lists have and Russian's
        # dictionary lacks, Уайльд, does not count higher for Belarusian than for Russian; a word
        # only Russian's list has, сябры, is a neighbour's word it carries, and keeps its figure)
        estimate = best
        if capped is not None and any(zipfs[lang] >= SHARED_ZIPF for lang in LIST_LANGS if lang != "ru"):
            estimate = max(dict(zipfs, ru=capped).values())
        if leader is not None:
            lead = capped if leader == "ru" and capped is not None else zipfs[leader]
            if lead >= LEAK_CEILING:
                estimate = lead
        only_dictionary = False
        known: set[str] = set()  # the dictionary-only languages that know the word
        for lang in listed:
            # a dictionary without frequencies (Belarusian's Hunspell forms) says only whether it
            # knows the word: a known word counts as common as in the best frequency list (words
            # the languages share, на, новая), and as a listed word where no list has it;
            # a word it lacks costs it no more than a language without a list (dictionaries miss
            # names and loans). Presence is weaker evidence than a measured frequency: where a
            # list has the word, the dictionary's language stays just below that list, so a word
            # both know (кораб, застава, лом) is not taken from the list's language on a tie
            if _zipf(w, lang) > 0:
                only_dictionary = only_dictionary or best == 0.0
                known.add(lang)
                zipfs[lang] = estimate - PRESENCE_MARGIN if estimate > DICTIONARY_FLOOR else DICTIONARY_FLOOR
                if w in closed_class(lang):
                    # a closed-class word is common in its language whatever the lists say, and as
                    # common as in the list that has it most (на, за: 7.2-7.8 in every list, the
                    # differences corpus noise)
                    zipfs[lang] = max(best - PRESENCE_MARGIN, CLOSED_CLASS_ZIPF)
        best = max(zipfs.values())
        if capped is not None:
            zipfs["ru"] = capped
            scores["ru"].evidence.append(f"{w}: not in Russian's dictionary, counted as the neighbour's")
        listing = {lang for lang, z in zipfs.items() if z > 0}  # the lists that show the word
        in_dictionary: set[str] = set()  # the languages whose dictionary forms have it (uk, bg)
        for lang in LIST_LANGS:
            floor = list_floor(lang)
            if _has_forms(lang):
                if 0.0 < zipfs[lang] <= DICTIONARY_FLOOR:
                    # a form its dictionary has and its frequency list lacks is rarer than the
                    # list's floor, no more: it may stand up to that floor. A dictionary kept apart
                    # from the list (Serbian's Hunspell forms, EXTRA_DICTIONARIES) counts at the middle
                    # of that range, between its own floor and the list's: its 3.2 million forms
                    # include homographs of common words elsewhere (окном: a Russian word, in
                    # Serbian a rare one), which at the list's floor outweighed Russian's measure
                    zipfs[lang] = min(best, (floor + DICTIONARY_FLOOR) / 2 if lang in EXTRA_DICTIONARIES else floor)
                    in_dictionary.add(lang)  # and a dictionary's word needs no letter-pattern check
                    if lang in EXTRA_DICTIONARIES:
                        scores[lang].evidence.append(f"{w}: in its dictionary (Hunspell), not its list")
                continue
            gap = floor - listed_best
            if zipfs[lang] == 0.0 and listed_best > 0.0 and gap > 0.0:
                # a list cannot be faulted for missing a word rarer than anything it lists: a
                # small list (Serbian's stops at Zipf 3) is blind where a large one (Macedonian's,
                # Russian's go down to 1) sees. Lists from different corpora differ by about one
                # Zipf, so the excuse grows from none at the floor to full a Zipf below it
                zipfs[lang] = best * min(gap, 1.0)
        for lang in lift_pooled(zipfs, {lang: _zipf(w, lang) > 0.0 for lang in pooled_allowance()}):
            scores[lang].evidence.append(f"{w}: Zipf {zipfs[lang]:.1f} as its own share of a pooled list")
        if best >= 1.0:
            for lang in langs:
                z = zipfs.get(lang)
                # each language scores how far its list falls short of the best; a language with
                # no list loses only on common words (rare ones are noise in other lists too)
                # (or on a word a dictionary-only language knows: that is evidence the list lacks)
                unlisted = max(DICTIONARY_FLOOR if known else 0.0, min(best - 2.5, 3.0))
                loss = 0.6 * (z - best) if z is not None else -0.6 * unlisted
                lender = _borrowed().get(lang)
                if z is None and lender is not None and zipfs.get(lender, 0.0) > 0.0:
                    # a language that reads by a neighbour's model (Rusyn by Ukrainian's) loses on a
                    # word that neighbour's list has at least what the neighbour loses: its model was
                    # trained on the word, so its letters vouch for nothing the list does not, and a
                    # foreign name another list holds more often (Гюстав Флобер: Russian's) went to
                    # it for costing it nothing
                    loss = min(loss, 0.6 * (zipfs[lender] - best))
                scores[lang].score += loss
                if z == best and lang in listing - known:
                    scores[lang].evidence.append(f"{w}: Zipf {z:.1f}")
                elif lang in known:
                    scores[lang].evidence.append(f"{w}: in its dictionary")
        if best < 3.0 and len(w) > 2 and not only_dictionary:  # a word only a dictionary knows is evidence enough
            ll = {lang: _model_per_letter(w, lang) for lang in langs if set(w) <= alpha[lang]}
            if ll:
                # a dictionary form vouches for its letters only where no frequency list has the
                # word; where one has it (ежов: a Russian surname, a Bulgarian adjective) the
                # dictionary's language is measured as a language whose list has it
                vouched = known | (in_dictionary if not listing - known - in_dictionary else set())
                trained = (listing - vouched) & ll.keys()
                unseen = [ll[lang] for lang in ll if lang not in listing]
                if trained and unseen:
                    # a language whose frequency list has the word had its model trained on it:
                    # that model scores the word no better than the best model that never saw it
                    # (a small list's language among them, whose list is blind at this rarity)
                    for lang in trained:
                        ll[lang] = min(ll[lang], max(unseen))
                top = max(ll.values())
                for lang in (vouched | in_dictionary) & ll.keys():
                    # a language whose dictionary knows the word is not in question for its letters
                    # (кунчев: a Bulgarian surname in its dictionary, and in Macedonian's list at
                    # Zipf 1.2); a frequency list's knowledge stays capped as above (the Russian
                    # list holds Belarusian words: маладосць, слуцк)
                    ll[lang] = top
                for lang in ll:
                    scores[lang].score += 1.5 * (ll[lang] - top)
                winner = max(ll, key=ll.get)
                scores[winner].evidence.append(f"{w}: rare or unknown, most like its letter patterns")
    _count_acronyms(_UNIT_WORD.findall(text), scores)
    for lang, code, name in admin_unit_names(text):
        if lang in scores:
            scores[lang].score += PLACE_WEIGHT
            scores[lang].evidence.append(f"{name}: an administrative unit of its country ({code}, ISO 3166-2)")
    names = russian_name_heading(text)
    if names:
        # a foreign name heading every list transcribes alike (Марк Твен, Адам Смит) differs by
        # corpus noise between the lists; as in romanized text, a near tie goes to Russian
        scores["ru"].score += RUSSIAN_PRIOR
        scores["ru"].evidence.append(f"{' '.join(names)}: a personal name as Russian's dictionary has it")
    return sorted(scores.values(), key=lambda s: -s.score)


@cache
def scheme_marks() -> dict[tuple[str, str], frozenset[str]]:
    """(language, scheme) → the non-ASCII Latin letters (and the tie) its table writes."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for lang in languages():
        for scheme in all_schemes(lang):
            marks = set()
            for lat in scheme.outputs():
                low = nfc(lat.lower())
                if "\u0361" in low:
                    marks.add("\u0361")
                marks.update(ch for ch in low if not ch.isascii() and ch.isalpha())
            out[(lang, scheme.id)] = frozenset(marks)
    return out


def text_marks(text: str) -> frozenset[str]:
    """The marks of a romanized text: its non-ASCII letters, and the tie in any encoding."""
    from translit.normalize import fold_ties

    low = nfc(fold_ties(text).lower())
    marks = {ch for ch in low if not ch.isascii() and ch.isalpha()}
    if "\u0361" in low:
        marks.add("\u0361")
    return frozenset(marks)


@cache
def scheme_units(lang: str, sid: str) -> frozenset[str]:
    """The Latin strings (lowercased, ties folded, letters only) one table of ``lang`` writes for one
    Cyrillic letter or rule: the units :func:`fitting_schemes` segments a word into."""
    from translit.normalize import fold_ties

    units: set[str] = set()
    for scheme in all_schemes(lang):
        if scheme.id == sid:
            for lat in scheme.outputs():
                for part in nfc(fold_ties(lat).lower()).split():
                    units.add("".join(ch for ch in part if ch.isalpha()))
    units.discard("")
    return frozenset(units)


def fitting_schemes(text: str, lang: str) -> tuple[str, ...]:
    """The tables of ``lang`` that could have written the words of romanized ``text`` that bear a
    mark (a non-ASCII letter): those leaving the fewest of their ASCII letters unwritten
    (:func:`_unwritten_in_word` on each table's own units, a letter no language's table writes not
    counted). A table's marks are evidence for its language only where the table could have written
    the rest of the marked word: Russian's Polish table writes ć (быть: być) but never v (в is w
    there), so the ć of the Serbian surnames in -ović, -ević (Srejović, Marinković) is no Russian
    mark, while that of Być albo nie być still is. Only the marked words are weighed, and of them
    not the common English, German, French, Spanish or Italian words (café, für: :func:`western_marked`):
    the words beside them may be English (author, Colophon: an h ALA-LC never writes alone) or Latin.
    Every table when no such word bears a mark."""
    words = [w for w in _marked_words(text) if not _common_western(w)]
    ids = [s.id for s in all_schemes(lang)]
    if not words:
        return tuple(ids)
    anywhere = _all_written_letters()
    missed: dict[str, int] = {}
    for sid in ids:
        units = scheme_units(lang, sid)
        if not units:
            continue
        longest = max(len(u) for u in units)
        missed[sid] = sum(1 for w in words for i in _unwritten_in_word(w, units, longest)
                          if w[i].isascii() and w[i] in anywhere)
    if not missed:
        return tuple(ids)
    least = min(missed.values())
    return tuple(sid for sid in ids if missed.get(sid) == least)


def _marked_words(text: str) -> list[str]:
    """The words of romanized ``text`` (lowercased, ties folded) that bear a mark (a non-ASCII letter)."""
    from translit.normalize import fold_ties

    return [m.group() for m in _LAT.finditer(nfc(fold_ties(text).lower())) if not m.group().isascii()]


def _common_western(word: str) -> bool:
    from translit.langs.choose import _is_common_western

    return _is_common_western(word)


def western_marked(text: str) -> frozenset[str]:
    """The marks of the common Western words of ``text`` (the é of café, the ü of für): no table's
    evidence, so no table is held to them."""
    return frozenset(ch for w in _marked_words(text) if _common_western(w) for ch in w if not ch.isascii())


def fitting_marks(text: str, lang: str) -> frozenset[str]:
    """The marks the tables of ``lang`` that could have written ``text`` (:func:`fitting_schemes`)
    write, and those of its common Western words (:func:`western_marked`)."""
    marks = scheme_marks()
    return frozenset().union(*(marks[(lang, sid)] for sid in fitting_schemes(text, lang))) | western_marked(text)


@cache
def written_units(lang: str, marked: tuple[str, ...] = ()) -> frozenset[str]:
    """The Latin strings (lowercased, ties folded) the tables ``lang``'s romanized text is written in
    can write for one Cyrillic letter or rule (``[romanized_tables]`` in evidence.toml names them
    where not every scheme file is in practical use: Bulgarian without ISO 9 or the scholarly
    table), and those of the tables ``marked`` (:func:`marked_tables`: the text bears their mark)."""
    from translit.normalize import fold_ties

    likely = _evidence().get("romanized_tables", {}).get(lang, "").split()
    units: set[str] = set()
    for scheme in all_schemes(lang):
        if likely and scheme.id not in likely and scheme.id not in marked:
            continue
        for lat in scheme.outputs():
            for part in nfc(fold_ties(lat).lower()).split():
                units.add("".join(ch for ch in part if ch.isalpha()))
    units.discard("")
    return frozenset(units)


def _unwritten_in_word(word: str, units: frozenset[str], longest: int) -> list[int]:
    """Positions of ``word`` (lowercase) no segmentation into ``units`` covers, the fewest possible.
    Each position keeps the step that reached it best (a back-pointer), not the list of misses
    so far: copying that list at every letter cost the square of a long run of such letters."""
    n = len(word)
    cost = [0] + [n + 1] * n
    back = [(-1, False)] * (n + 1)  # position k: (where its best step started, whether it was a miss)
    for i in range(n):
        c = cost[i]
        if c + 1 < cost[i + 1]:
            cost[i + 1], back[i + 1] = c + 1, (i, True)
        for k in range(1, min(longest, n - i) + 1):
            if c < cost[i + k] and word[i:i + k] in units:
                cost[i + k], back[i + k] = c, (i, False)
    missed = []
    j = n
    while j > 0:
        j, miss = back[j]
        if miss:
            missed.append(j)
    return missed[::-1]


def unwritten_letters(text: str, lang: str) -> list[str]:
    """The ASCII letters of romanized ``text`` that none of ``lang``'s tables (:func:`written_units`,
    with the tables whose own marks the text bears: :func:`marked_tables`) can have written, though some other language's tables write them: c and j in Bulgarian
    (Centar, majkata: Macedonian's and Serbian's c and j), y in Serbian. A letter no language's
    table writes (w, q, x of foreign names) counts against none. Non-ASCII letters are left to the
    marks (:func:`scheme_marks`)."""
    from translit.normalize import fold_ties

    units = written_units(lang, marked_tables(text_marks(text), lang))
    if not units:
        return []
    anywhere = _all_written_letters()
    longest = max(len(u) for u in units)
    out = []
    for m in _LAT.finditer(nfc(fold_ties(text).lower())):
        word = m.group()
        for i in _unwritten_in_word(word, units, longest):
            ch = word[i]
            if ch.isascii() and ch in anywhere:
                out.append(ch)
    return out


@cache
def _own_marks(lang: str) -> dict[str, frozenset[str]]:
    """Each table of ``lang`` → its marks that no table of another language (Russian aside) writes:
    Bulgarian scholarly's ă ǎ ǫ, Bulgarian ISO 9's ǎ."""
    marks = scheme_marks()
    out = {}
    for (lg, sid), m in marks.items():
        if lg == lang:
            others = frozenset().union(*(o for (l2, _), o in marks.items() if l2 not in (lang, "ru")))
            out[sid] = m - others
    return out


def marked_tables(found: frozenset[str], lang: str) -> tuple[str, ...]:
    """The tables of ``lang`` outside ``[romanized_tables]`` whose own marks (:func:`_own_marks`) the
    text's marks ``found`` include: a text with ă is in Bulgarian's scholarly table, whose c and j
    are then no letters Bulgarian's tables never write (Istorija na Bălgarija, Cvetan)."""
    if not found:
        return ()
    return tuple(sorted(sid for sid, own in _own_marks(lang).items() if own & found))


@cache
def _all_written_letters() -> frozenset[str]:
    return frozenset(ch for lang in languages() for u in written_units(lang) for ch in u)


UNWRITTEN_WEIGHT = LW.identify.unwritten_weight


# the module whose ``_morph()`` loads the analyzer of each morphological dictionary that
# ``[morphology]`` in evidence.toml may name
_ANALYZERS = {"pymorphy3-dicts-uk": "translit.langs.glossary"}


@cache
def slip_yields_to() -> tuple[str, ...]:
    """The languages with a morphological dictionary of their own (``[morphology]`` in
    evidence.toml, whose package this module can load): the Russian reader's reading of a word
    through a slip yields to such a dictionary's word as written."""
    return tuple(lang for lang, package in _evidence().get("morphology", {}).items() if package in _ANALYZERS)


def has_morphology(lang: str) -> bool:
    """Whether ``lang`` has a morphological dictionary of its own (:func:`slip_yields_to`)."""
    return lang in slip_yields_to()


def morphology(lang: str) -> Any:
    """The pymorphy3 analyzer of ``lang``'s own morphological dictionary (``[morphology]`` in
    evidence.toml: pymorphy3-dicts-uk for Ukrainian), loaded once; None for a language without one."""
    if not has_morphology(lang):
        return None
    import importlib

    package = _evidence()["morphology"][lang]
    return importlib.import_module(_ANALYZERS[package])._morph()  # (loaded once, cached there)


def known_as_written(cyr: str, lang: str) -> bool:
    """Whether ``lang``'s morphological dictionary (:func:`morphology`) knows the Cyrillic word
    ``cyr`` as written: a form of the language, not a word its frequency list took from another's
    text (Ильич, which the Ukrainian list has and Ukrainian writes Ілліч). A language without such a
    dictionary knows no word so."""
    analyzer = morphology(lang) if cyr else None
    return analyzer is not None and analyzer.word_is_known(cyr.lower().replace("ʼ", "'"))


def slipped_reading(word: Any, others: dict[str, Any]) -> str | None:
    """The language (of :func:`slip_yields_to`) whose reader reads ``word`` as written into a word
    of its dictionary when the Russian reader (``word``, a WordReading) reached a Russian word only
    through a slip of ``leniency.toml`` (``others``: language → its reading of the same word); else
    None. Ukrainian's national system writes и as y, so Ivanovych, Petrovych are Іванович,
    Петрович as written, while Russian reads them Иванович only through the English -ych row
    (Ilych): such a reading is no evidence that the text is Russian. A word no neighbour's
    dictionary has as written (Ilych: Ukrainian's Ильич is no Ukrainian form) keeps its Russian reading."""
    if not (word.is_russian and word.candidates and word.candidates[0].slips):
        return None
    for lang in slip_yields_to():
        other = others.get(lang)
        if other is not None and known_as_written(other.cyrillic, lang):
            return lang
    return None


def repaired_reading(word: Any) -> bool:
    """Whether the Russian reader's reading of ``word`` (a WordReading) undid a slip to find a
    word: a typing slip (Pokrovskyi read Покровский, yi taken for iy) or an OCR slip. Such a
    reading is no evidence that the text is Russian as written: in identification it counts as a
    word Russian's list does not have, so a language that reads the word as written (Ukrainian's
    national -skyi: Покровський) is not outweighed by Russian's guess at a slip."""
    return bool(word.candidates) and bool(word.candidates[0].repair)


MIXED_READING_ZIPF = LW.identify.mixed_reading_zipf
# the reader's note on a word it read only by joining two schemes' spellings (translit.read.candidates)
_MIXED_SLIP = "spellings of two schemes in one word"


def mixed_marked_reading(word: Any, zipf: float) -> bool:
    """Whether the Russian reader's reading of ``word`` (a WordReading, of Russian Zipf ``zipf``) is a
    word rarer than :data:`MIXED_READING_ZIPF` that it reached only by joining the spellings of two
    schemes in one word that bears a mark (a non-ASCII letter). The mark pins the word to the tables
    that write it, and no Russian table writes the rest of the word so: Kuprejčyk (ISO 9's č, Polish's
    y for и: Купрейчик), Bielšyna (ISO 9's š, Polish's ie for е: Белшина), which the Belarusian
    national system writes in one table. Such a reading is no evidence that the text is Russian: in
    identification it counts as a word Russian's list does not have. A common word so reached (a
    cataloguer's mixed spelling of a Russian word) keeps its reading."""
    if not (word.is_russian and word.candidates and zipf < MIXED_READING_ZIPF):
        return False
    return _MIXED_SLIP in word.candidates[0].slips and not word.input.isascii()


MAX_PLACES = LW.identify.max_places


@cache
def acronyms() -> dict[str, tuple[str, ...]]:
    """An acronym of ``[acronyms]`` in evidence.toml, in Cyrillic capitals and in the Latin capitals
    each of its language's tables writes it in (ties and marks folded: МАНУ → MANU, СПЦ → SPC,
    SPTS), → the languages it is evidence for; a form two languages' acronyms share is dropped."""
    from translit.read.established import fold
    from translit.romanize import romanize
    from translit.schemes import scheme_ids

    out: dict[str, set[str]] = {}
    for lang, listed in _evidence().get("acronyms", {}).items():
        for acr in listed.split():
            forms = {acr}
            for sid in scheme_ids(lang):
                forms.add(re.sub(r"[^A-Z]", "", fold(romanize(acr, sid, lang=lang)).upper()))
            for form in forms:
                out.setdefault(form, set()).add(lang)
    return {form: tuple(sorted(langs)) for form, langs in out.items() if len(langs) == 1 and len(form) > 1}


def acronym_key(word: str) -> str | None:
    """``word`` as :func:`acronyms` keys it when written in capitals (Cyrillic as it is, Latin
    folded to its ASCII capitals: SPC, S.P.C.), else None."""
    if len(word) < 2 or not word.isupper():
        return None
    if _ANY_CYR.search(word):
        return word
    from translit.read.established import fold

    return re.sub(r"[^A-Z]", "", fold(word).upper())


def _count_acronyms(words: list[str], scores: dict[str, LanguageScore]) -> None:
    """Each word of ``words`` written in capitals that is a national body's acronym of one language
    (:func:`acronyms`: MANU, САНУ) counts for that language as a place of the gazetteer does: its
    weight times the share of the text's words it covers (Prilozi na MANU: a third)."""
    from translit.langs.places import weight

    table = acronyms()
    for w in words:
        for lang in table.get(acronym_key(w), ()):
            if lang in scores:
                scores[lang].score += weight() / max(len(words), 1)
                scores[lang].evidence.append(f"{w}: the acronym of a national body of its country")


def _count_places(words: list[str], scores: dict[str, LanguageScore]) -> None:
    """Each place name of ``words`` that the gazetteer (:mod:`translit.langs.places`: the cities of
    Ukraine, Belarus, Bulgaria, Serbia, North Macedonia no other country names) gives to a language
    counts its ``weight`` for that language times the share of ``words`` it covers (Kriva Palanka
    alone: the whole weight), at most MAX_PLACES places (Kharkiv: Ukrainian; Hrodna: Belarusian;
    Kragujevac: Serbian)."""
    from translit.langs.places import places_in, weight

    per_lang: dict[str, list[str]] = {}
    for word, langs in places_in(words):
        for lang in langs:
            per_lang.setdefault(lang, []).append(word)
    for lang, found in per_lang.items():
        if lang in scores:
            # per word of the text, as the words' own evidence counts: a text that is one name is
            # decided by it, a Russian title that names a Ukrainian city (Prokofiev Kharkiv) is not
            covered = sum(len(name.split()) for name in found[:MAX_PLACES])
            scores[lang].score += weight() * covered / max(len(words), 1)
            scores[lang].evidence.append(f"{', '.join(found[:MAX_PLACES])}: a city of its country (GeoNames), "
                                         "no other country's")


MISSPELT_WEIGHT = LW.identify.misspelt_weight


def _count_misspelt(score: LanguageScore, words: list, lang: str) -> None:
    """Count against ``lang`` (its ``score``, changed in place) the words of its reading (``words``,
    a reader's words) that spell a sequence its spelling never writes (:func:`forbidden_sequences`)."""
    found = [w.cyrillic for w in words if forbidden_sequences(w.cyrillic, lang)]
    if found:
        score.score += MISSPELT_WEIGHT * min(len(found), 3)
        score.evidence.append(f"its reading {' '.join(found[:3])}: not written in its spelling")


def _identify_latin(text: str, among: tuple[str, ...] | None = None, russian_reading=None) -> list[LanguageScore]:
    """Each language's score for romanized ``text`` (``russian_reading``: the Russian reader's
    ``to_cyrillic(text)`` when the caller has made it already: the same reading, not made again)."""
    from translit.langs.reader import to_cyrillic

    langs = [lg for lg in languages() if among is None or lg in among]
    scores = {lang: LanguageScore(lang, 0.0) for lang in langs}
    found = text_marks(text)
    if found:
        # each language's best-fitting scheme: marks it writes count for, marks it never writes against
        for lang in langs:
            # only the tables that could have written the text's other letters (fitting_schemes)
            fitting = fitting_schemes(text, lang)
            fits = {sid: len(found & m) - len(found - m) for (lg, sid), m in scheme_marks().items()
                    if lg == lang and sid in fitting}
            sid = max(fits, key=fits.get)
            scores[lang].score += 2.0 * fits[sid]
            shown = " ".join(sorted(found & scheme_marks()[(lang, sid)])).replace("\u0361", "tie")
            if shown:
                scores[lang].evidence.append(f"marks of its {sid} table: {shown}")
    for lang in langs:
        # a letter the language's own tables never write (c, j for Bulgarian, save in ISO 9)
        unwritten = unwritten_letters(text, lang)
        if unwritten:
            scores[lang].score += UNWRITTEN_WEIGHT * min(len(unwritten), 3)
            scores[lang].evidence.append(f"{' '.join(sorted(set(unwritten)))}: letters none of its tables write")
    from translit.langs.reader import WORD_RE

    matches = list(WORD_RE.finditer(text))
    _count_places([m.group() for m in matches], scores)
    _count_acronyms([m.group() for m in matches], scores)
    if len(matches) > SAMPLE_WORDS:
        text = _sample(text, matches)
        russian_reading = None  # (that reading was of the whole text)
        for sc in scores.values():
            sc.evidence.append(f"words read: a sample of {SAMPLE_WORDS} of {len(matches)}, "
                               f"{SAMPLE_WINDOWS} runs spread over the text")
    words = [m.group() for m in WORD_RE.finditer(text)]
    if not words:
        return sorted(scores.values(), key=lambda s: -s.score)
    n = len(words)
    from translit.langs.lexicon import has_lexicon

    read: dict[str, list[float]] = {}  # language → the Zipf of its reading of each word
    readings: dict[str, Any] = {}  # language → its reading of the text
    for lang in [lg for lg in langs if lg != "ru" and has_lexicon(lg)]:
        r = readings[lang] = to_cyrillic(text, lang)
        read[lang] = [_zipf_of(w, lang) for w in r.words]
        # the case a preposition governs and the masculine adjective's -и, in the language's own
        # reading (Serbian Latin read exactly: za ekonomisti, na planina are no Serbian; Topli obrok
        # read in Macedonian: топли оброк, which Macedonian writes топол оброк), as in Cyrillic text;
        # Russian's government is weighed on Russian's own reading, not here
        for langs_of, misses, said in _grammar_checks()[1:]:
            if lang in langs_of():
                _count_grammar(scores[lang], misses(r.text, lang), said)
        _count_misspelt(scores[lang], r.words, lang)
    import wordfreq

    from translit.read.reader import to_cyrillic as russian

    rr = russian_reading if russian_reading is not None else russian(text)
    if "ru" in scores:
        _count_misspelt(scores["ru"], rr.words, "ru")
    if "ru" in scores:  # the Russian reader's endings on a neighbour's adjective (народный песни),
        # counted once however many pairs: a reading's every adjective may take the same wrong ending
        _count_grammar(scores["ru"], agreement_misses(rr.text)[:1], "an adjective that agrees with no reading of its noun")
    read["ru"] = [wordfreq.zipf_frequency(w.cyrillic.lower(), "ru") if w.is_russian and not repaired_reading(w)
                  else 0.0 for w in rr.words]
    # a word Russian reads only through a slip while Ukrainian's dictionary has it as written
    # (Ivanovych: Іванович) counts for Russian as a word its list lacks (slipped_reading)
    if "ru" in scores and len(rr.words) == n:
        for i, w in enumerate(rr.words):
            others = {lg: rd.words[i] for lg, rd in readings.items() if len(rd.words) == n}
            lang = slipped_reading(w, others)
            if lang is not None and read["ru"][i] > 0.0:
                read["ru"][i] = 0.0
                scores["ru"].evidence.append(f"word {i + 1}: Russian only through a slip, "
                                             f"{languages()[lang]['name']} as written")
    # a rare Russian word reached only by spellings of two schemes in one marked word (Kuprejčyk: the
    # č of ISO 9 beside Polish's y for и, Купрейчик) counts for Russian as a word its list lacks
    if "ru" in scores and len(rr.words) == n:
        for i, w in enumerate(rr.words):
            if read["ru"][i] > 0.0 and mixed_marked_reading(w, read["ru"][i]):
                read["ru"][i] = 0.0
                scores["ru"].evidence.append(f"word {i + 1}: Russian only by two schemes' spellings in one marked word")
    notes = _excuse_small_lists(read, n)
    for i in range(n):
        column = {lang: zs[i] for lang, zs in read.items() if len(zs) == n}
        for lang in lift_pooled(column):
            read[lang][i] = column[lang]
    for lang, zipfs in read.items():
        known = sum(1 for z in zipfs if z > 0)
        prior = RUSSIAN_PRIOR if lang == "ru" else 0.0
        scores[lang].score += 8.0 * sum(min(z, 6.0) for z in zipfs) / (6.0 * n) + prior
        name = "Russian" if lang == "ru" else languages()[lang]["name"]
        scores[lang].evidence.append(f"{known} of {n} words read as {name} words")
        scores[lang].evidence.extend(notes.get(lang, [])[:3])
    # how well each language's letter patterns fit its best reading of the words: the evidence
    # that speaks for languages without a word list, and for words no list knows
    from translit.langs.reader import _model_paths, fold_latin, preferred_schemes

    from translit.read.words import MAX_WORD

    folded = [fold_latin(w) for w in words if len(w) <= MAX_WORD]  # a longer run is no word to fit
    # each distinct word is fitted once and counted as often as it occurs: running text repeats
    # its words, and a long line is then no slower per word than a title
    counts = Counter(folded)
    fits = {}
    for lang in langs:
        prefer = preferred_schemes(folded, lang)
        total, n_fit = 0.0, 0
        for w, k in counts.items():
            paths = _model_paths(w, lang, prefer, width=8)
            if paths:
                total += k * paths[0][1] / (len(paths[0][0]) + 1)
                n_fit += k
        if n_fit:
            fits[lang] = total / n_fit
    for lang, lender in _borrowed().items():
        if lang in fits and lender in fits and fits[lang] > fits[lender]:
            # a language that reads by a neighbour's model (Rusyn by Ukrainian's) fits letters no
            # better than that neighbour: the model is the neighbour's, and its own tables' other
            # path through a word (Baniste, Chelopech: Bulgarian villages read by Rusyn's ALA-LC
            # alone) is no evidence the neighbour's list and letters lack
            fits[lang] = fits[lender]
    if fits:
        top = max(fits.values())
        for lang, fit in fits.items():
            scores[lang].score += FIT_WEIGHT * (fit - top)
            scores[lang].evidence.append(f"letter patterns: {fit:.2f} per letter")
    return sorted(scores.values(), key=lambda s: -s.score)


SAMPLE_WORDS = LW.identify.sample_words
SAMPLE_WINDOWS = LW.identify.sample_windows


def _sample(text: str, matches: list) -> str:
    """SAMPLE_WINDOWS runs of contiguous words spread evenly over ``text``, one per line."""
    size = SAMPLE_WORDS // SAMPLE_WINDOWS
    last = len(matches) - size
    starts = sorted({j * last // (SAMPLE_WINDOWS - 1) for j in range(SAMPLE_WINDOWS)})
    return "\n".join(text[matches[s].start():matches[s + size - 1].end()] for s in starts)


def _excuse_small_lists(read: dict[str, list[float]], n: int) -> dict[str, list[str]]:
    """Weigh the depth of each word list in romanized text as Cyrillic identification does
    (``read``, language → the Zipf of its reading of each word, is changed in place; the notes for
    the evidence are returned): a word rarer than a small list shows is not held against its
    language. Serbo-Croatian's list stops at Zipf 3 and Macedonian's and Russian's go down to 1, so
    a Serbian word of Zipf 2 (čitanka, kotlovi) was no word at all while Macedonian's list found a
    reading of it; the excuse grows from none at the floor to the best reading's full Zipf a Zipf
    below it. A language with a dictionary beside its list (Bulgarian's Hunspell forms, Ukrainian's
    pymorphy3 forms) is not excused: its dictionary answers for the rare words (in romanized text
    its forms are not lifted to the list's floor as in Cyrillic text: among 867,000 Bulgarian forms
    some reading of almost any Latin word is found, so such a form is weak evidence here).

    Only readings word for word with the text's words are compared (every reader here splits
    words alike; a reading that does not is left as it is)."""
    notes: dict[str, list[str]] = {}
    lists = [lang for lang in LIST_LANGS if len(read.get(lang, ())) == n]
    for i in range(n):
        best = max((read[lang][i] for lang in lists), default=0.0)
        if best <= 0.0:
            continue
        for lang in lists:
            z, floor = read[lang][i], list_floor(lang)
            if not has_dictionary(lang) and z == 0.0 and floor - best > 0.0:
                read[lang][i] = best * min(floor - best, 1.0)
                notes.setdefault(lang, []).append(f"word {i + 1}: rarer than its list shows")
    return notes


def _zipf_of(w, lang: str) -> float:
    if lang == "sr":
        return w.candidates[0].score if w.candidates else 0.0
    from translit.langs.lexicon import WORDFREQ_LANGS, zipf

    z = zipf(w.cyrillic.lower(), lang)
    return MEMBER_ZIPF if z > 0 and lang not in WORDFREQ_LANGS else z


def identify(text: str, among: tuple[str, ...] | None = None, russian_reading=None) -> Identification:
    """The language of ``text`` (ISO 639-1 code, ``rue`` for Rusyn), with the evidence for each.

    ``among``: romanized text is weighed only between these languages (a MARC record's code
    against Russian), which costs that share of reading it in every language; Cyrillic text,
    cheap to identify, is always weighed in all of them. ``russian_reading``: the Russian
    reader's ``to_cyrillic(text)`` (its defaults) when the caller has made it already."""
    if not isinstance(text, str):
        raise TypeError(f"identify takes a str, not {type(text).__name__}")
    from translit.normalize.lookalikes import fold_mixed_words, numerals_to_latin

    read = fold_mixed_words(text)  # Dоstоevskii with Cyrillic о is a Latin word, as the readers read it
    if _ANY_CYR.search(read):
        # a Roman numeral typed with Cyrillic lookalikes (т. ІІ, ХІХ в.) is no word of any language
        script, ranking = "cyrillic", _identify_cyrillic(numerals_to_latin(read))
    elif _LAT.search(read):
        # (a reading the caller made is of the text as given: of no use once lookalikes were folded)
        script, ranking = "latin", _identify_latin(read, among, russian_reading if read == text else None)
    else:
        return Identification(text, "none", None, 0.0, [])
    top = ranking[0]
    gap = top.score - ranking[1].score if len(ranking) > 1 else 5.0
    confidence = 1.0 / (1.0 + math.exp(-gap))
    from translit.langs.lexicon import has_lexicon

    if top.language != "ru" and not has_lexicon(top.language):
        confidence = min(confidence, NO_LIST_CONFIDENCE)
    return Identification(text, script, top.language, confidence, ranking)
