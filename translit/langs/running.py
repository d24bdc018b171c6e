"""Running text in Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian: words the readers
(:mod:`translit.langs.reader`, :mod:`translit.langs.serbian`) decide by what the prose around them
is, not by reading them letter by letter.

* An established form of a place (``established.toml``: Belgrade, Dnieper, Kiev) is the place's
  own Cyrillic name in the line's language where the row gives one (Belgrade in a Serbian line →
  Београд, Dnieper in a Ukrainian one → Дніпро), as Russian running text takes Moscow for Москва:
  read letter by letter it was no word of any language (Белграде, Дньєстер).
* An English plural in -s or -es of a word of the language (300 hryvnias, the oblasts, two
  banitsas) is English: the Slavic languages end no word in such an -s after a word they write,
  so when the plural reads as no word of the language and its stem reads as a common one, the
  plural is the prose's and is kept.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from translit.langs.weights import LW  # every threshold below: its value, source and use in weights.toml

PLURAL_STEM_ZIPF = LW.running.plural_stem_zipf
ENGLISH_PLURAL_ZIPF = LW.running.english_plural_zipf
ENGLISH_STEM_ZIPF = LW.running.english_stem_zipf


@cache
def _established_latin() -> dict[str, dict[str, str]]:
    """Folded Latin form → the row's own Cyrillic name by language (empty when the row gives none)."""
    from translit.read.established import fold

    data = tomllib.loads(resources.files("translit.langs").joinpath("established.toml").read_text("utf-8"))
    out: dict[str, dict[str, str]] = {}
    for row in data["place"]:
        own = dict(row.get("cyrillic", {}))
        for form in row["forms"]:
            if not any("\u0400" <= c <= "\u04ff" for c in form):
                out.setdefault(fold(form).replace("'", "").replace("’", ""), own)
    return out


def established_form(token: str, lang: str) -> tuple[str, str] | None:
    """(output, reason) for the Latin word ``token`` of a line in ``lang`` when it is an established
    form of a place (``established.toml``) whose row names the place in ``lang``: that Cyrillic name,
    cased as the token; None for any other word (the reader decides it)."""
    from translit.read.established import fold

    name = _established_latin().get(fold(token).replace("'", "").replace("’", ""), {}).get(lang)
    if name is None:
        return None
    if token.isupper() and len(token) > 1:
        name = name.upper()
    return name, f"an established form of a place: its {lang} name (established.toml)"


def english_plural(token: str, own: float, lang: str) -> str | None:
    """Why ``token`` (a Latin word of a mixed line whose reading in ``lang`` has Zipf ``own``) is an
    English plural and is kept (300 hryvnias, the oblasts, Canoeists on the river), or None: it
    ends in -s, its reading is no word of ``lang``, and its stem (the word less -s or -es) reads as
    a word of ``lang`` at least :data:`PLURAL_STEM_ZIPF` common, or the word and its stem are both
    in English's list at least :data:`ENGLISH_PLURAL_ZIPF` often, or the stem alone at least
    :data:`ENGLISH_STEM_ZIPF` (Cataloguers, the Rhodopes, two archimandrites)."""
    import wordfreq

    from translit.langs.reader import _zipf_of, read_word

    low = token.lower()
    if own or not token.isascii() or len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return None
    english = wordfreq.zipf_frequency(low, "en")
    for stem in (token[:-1], token[:-2] if low.endswith("es") else None):
        if not stem or len(stem) < 3:
            continue
        e = wordfreq.zipf_frequency(stem.lower(), "en")
        if english >= ENGLISH_PLURAL_ZIPF and e >= ENGLISH_PLURAL_ZIPF or e >= ENGLISH_STEM_ZIPF:
            return f"an English plural ({low}: Zipf {english:.1f}, {stem.lower()}: {e:.1f}) whose reading is no word: kept"
        z = _zipf_of(read_word(stem, lang)[0], lang)
        if z >= PLURAL_STEM_ZIPF:
            return f"an English plural of a {lang} word ({stem}: Zipf {z:.1f}; the plural reads as no word): kept"
    return None


def english_loanword(token: str, own: float) -> str | None:
    """Why ``token`` (a Latin word of a mixed line whose reading in the line's language has Zipf
    ``own``) is English and is kept: a word English writes as its own (``english_loanwords`` of
    read/western.toml, which the Russian reader keeps too: Cossack, the steppe, and the English names
    of the lands of the five countries, Volhynia, Polesia, Dobruja, Thrace) whose reading is no word
    of the language (Волгиня, Полеся, Тхраце); else None (Bukovina reads as Буковина: a word)."""
    if own or not token.isascii():
        return None
    from translit.read.language import _other_alphabets

    if token.lower() not in _other_alphabets()[1]:
        return None
    return "a word English writes as its own (western.toml english_loanwords) whose reading is no word: kept"


NAME_PARTNER_WESTERN_ZIPF = LW.running.name_partner_western_zipf
NAME_PARTNER_OWN_ZIPF = LW.running.name_partner_own_zipf


NAME_FORENAME_ENGLISH_ZIPF = LW.running.name_forename_english_zipf


def own_least(lang: str) -> float:
    """How common (Zipf) a reading in ``lang`` must be to count as a word of its list beside a name:
    :data:`NAME_PARTNER_OWN_ZIPF`; for a language without a frequency list (Belarusian: its Hunspell
    forms all stand at the floor) any form of its dictionary, which vouches for the form, not for how
    common it is (slavic28: Ivan, Hanna beside a read Belarusian surname)."""
    from translit.langs.lexicon import DICTIONARY_FLOOR, WORDFREQ_LANGS

    return NAME_PARTNER_OWN_ZIPF if lang in WORDFREQ_LANGS else DICTIONARY_FLOOR


def own_forename(token: str, cyr: str, lang: str) -> bool:
    """Whether the line's language reads the Latin word ``token`` (its reading ``cyr``) as a forename
    of its own: for a language with a morphological dictionary of its own (identify.morphology:
    Ukrainian's pymorphy3-dicts-uk), a reading it tags Name (Анна, Ніна, Марта; not Вера, which it
    knows only as a surname: the Ukrainian forename is Віра); for the others, which have no
    dictionary of names, a reading of their frequency list at
    :data:`NAME_PARTNER_OWN_ZIPF` or more (of Belarusian's Hunspell dictionary, which gives no
    frequencies: any of its forms) that is a forename of the Russian dictionary spelled the
    same (Вера, Елена, Мария) or whose Latin form English's list holds less than
    :data:`NAME_PARTNER_WESTERN_ZIPF` (Mira 3.3: Мира; a title English writes, Senator 4.7, is not)."""
    import wordfreq

    from translit.langs.reader import _zipf_of

    if not cyr or _zipf_of(cyr, lang) < own_least(lang):
        return False
    from translit.langs.identify import morphology

    analyzer = morphology(lang)
    if analyzer is not None:  # a dictionary of the language's own tags its forenames Name
        return any("Name" in p.tag and p.word == cyr.lower() for p in analyzer.parse(cyr.lower()))
    from translit.read.lexicon import NAME, fold, lexicon

    entry = lexicon().get(fold(cyr.lower()))
    return bool(entry is not None and entry[1] & NAME) or \
        wordfreq.zipf_frequency(token.lower(), "en") < NAME_PARTNER_WESTERN_ZIPF


def _russian_forename(token: str) -> bool:
    """Whether the Russian reader reads the Latin word ``token`` as a forename of its dictionary (Vera:
    Вера; not Lake, Senator): a person's forename, though the line's language reads no forename of it."""
    from translit.read.lexicon import NAME, fold, lexicon
    from translit.read.reader import to_cyrillic as read_russian

    ru = read_russian(token).words
    if len(ru) != 1 or not ru[0].is_russian:
        return False
    entry = lexicon().get(fold(ru[0].cyrillic.lower()))
    return bool(entry is not None and entry[1] & NAME)


def _leave_name_latin(text: str, words: list, k: int) -> bool:
    """Keep in Latin the capitalized words read beside the kept forename ``words[k]`` (one space apart,
    on either side, as far as the name goes): a name the language cannot read whole is left whole in
    Latin, never half Latin, half Cyrillic. Whether any word changed is returned."""
    changed = False
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(words):
            a, b = sorted((j, j + step))
            nxt = words[j + step]
            if text[words[a].end:words[b].start] != " " or nxt.method in ("kept", "established") \
                    or not (len(nxt.input) > 2 and nxt.input[:1].isupper() and nxt.input[1:].islower()):
                break
            nxt.cyrillic, nxt.method = nxt.input, "kept"
            changed = True
            j += step
    return changed


def _agreeing_noun(text: str, words: list, k: int, lang: str, reread) -> bool:
    """Read the capitalized word ``words[k]`` (kept as a Western word: Universal, Bank, Front) when
    the read word one space before it is an adjective that agrees with its reading as a noun by the
    language's dictionary (Ukrainian's, :func:`_agrees`: Chetvertyi Universal, Natsionalnyi Bank,
    Narodnyi Front: a title's adjective and noun, as English writes no Slavic adjective before its own
    noun) and that reading is a form the dictionary knows, at least :data:`TITLE_WORD_OWN_ZIPF` common
    (a word read letter by letter, Лаке, is none). Whether it was read (slavic28)."""
    from translit.langs.identify import has_morphology, known_as_written
    from translit.langs.reader import _zipf_of

    if k == 0 or not has_morphology(lang) or text[words[k - 1].end:words[k].start] != " " \
            or words[k - 1].method in ("kept", "established"):
        return False
    cyr, method, conf, cands = reread(words[k].input)
    if method == "kept" or _zipf_of(cyr, lang) < TITLE_WORD_OWN_ZIPF or not known_as_written(cyr, lang) \
            or not _agrees(words[k - 1].cyrillic, cyr):
        return False
    wr = words[k]
    wr.cyrillic, wr.method, wr.confidence = cyr, method, conf
    wr.candidates = list(cands) or wr.candidates
    return True


def _title_case(token: str) -> bool:
    return len(token) > 2 and token.isascii() and token[:1].isupper() and token[1:].islower()


def name_partners(text: str, words: list, lang: str, reread) -> bool:
    """On a mixed line, a capitalized word kept as a Western word (Lina, Gabe, Paja: names English,
    German or Spanish write too) that stands right beside a capitalized word read in the line's
    language (one space between: Lina Kostenko, Dora Gabe, Paja Jovanović) is the other half of that
    name and is read too, when it is rarer than :data:`NAME_PARTNER_WESTERN_ZIPF` in every Western
    list and its reading is a word of the language at least :data:`NAME_PARTNER_OWN_ZIPF` common
    (:func:`own_least`: for Belarusian, which has no frequency list, a form of its dictionary).
    ``words``: the line's word readings in order, the kept ones with them; ``reread(token)``: the
    reading (Cyrillic, method, confidence, candidates) the language's reader gives the word alone.
    A word followed by a full stop (an abbreviation) is left. Whether any word changed is returned."""
    import wordfreq

    from translit.langs.reader import WESTERN, _zipf_of

    def read_name(wr) -> bool:  # the read half may carry the language's letters (Petrović, Čačak)
        return wr.method not in ("kept", "established") and len(wr.input) > 2 and \
            wr.input[:1].isupper() and wr.input[1:].islower()

    changed = False
    for _ in range(2):  # a name of three words (Dimitar Ivanov Stoyanov) is reached from its middle
        again = False
        for k, wr in enumerate(words):
            if wr.method != "kept" or not _title_case(wr.input) or text.startswith(".", wr.end):
                continue
            beside = (k > 0 and read_name(words[k - 1]) and text[words[k - 1].end:wr.start] == " ") or \
                (k + 1 < len(words) and read_name(words[k + 1]) and text[wr.end:words[k + 1].start] == " ")
            if not beside:
                continue
            if _agreeing_noun(text, words, k, lang, reread):
                changed = again = True
                continue
            common = max(wordfreq.zipf_frequency(wr.input.lower(), lg) for lg in WESTERN) >= NAME_PARTNER_WESTERN_ZIPF
            if common and wordfreq.zipf_frequency(wr.input.lower(), "en") >= NAME_FORENAME_ENGLISH_ZIPF:
                continue  # English's own word before a name (Mayor, Prince, The): the prose's
            cyr, method, conf, cands = reread(wr.input)
            z = _zipf_of(cyr, lang)
            if common and (method == "kept" or not own_forename(wr.input, cyr, lang)):
                if _russian_forename(wr.input):  # Vera beside Соколова, Maria beside Заньковецька in
                    changed = _leave_name_latin(text, words, k) or changed  # Ukrainian: the name stays Latin
                continue
            if method == "kept" or z < own_least(lang):
                continue
            wr.cyrillic, wr.method, wr.confidence = cyr, method, conf
            wr.candidates = list(cands) or wr.candidates
            changed = again = True
        if not again:
            break
    return changed


TITLE_WORD_WESTERN_ZIPF = LW.running.title_word_western_zipf
TITLE_WORD_INSIDE_WESTERN_ZIPF = LW.running.title_word_inside_western_zipf
TITLE_WORD_OWN_ZIPF = LW.running.title_word_own_zipf
TITLE_WORD_ENGLISH_RARE_ZIPF = LW.running.title_word_english_rare_zipf
TITLE_HEAD_WESTERN_ZIPF = LW.running.title_head_western_zipf
TITLE_HEAD_ENGLISH_MARGIN = LW.running.title_head_english_margin
_RUN_END = re.compile(r"\s*(?:[,.;:)\]]|$)")


def _title_head(words: list, k: int, first: list[bool], spaced, lang: str, reread) -> tuple | None:
    """The reading (``reread(token)``) of the capitalized word ``words[k]``, kept as a common Western
    word (Bit, Rat, Mir), when a title of the language goes on after it: one space on, a lower-case
    word read as a function word of the language (:func:`~translit.langs.reader.function_words`: и,
    i, na, ta) and, one space further, another read word (Bit i dushevnost, Rat i mir, Les na
    Baba): English writes none of these after its own word, so the word heads the title. Its
    reading must be a word of the language at least :data:`TITLE_WORD_OWN_ZIPF` common, every
    Western list hold it less than :data:`TITLE_HEAD_WESTERN_ZIPF`, and English's list hold it at
    most :data:`TITLE_HEAD_ENGLISH_MARGIN` more often than the language writes the reading, so an
    English noun heading English words (Love i rat, Life i death) stays (slavic32, slavic33). Else None."""
    import wordfreq

    from translit.langs.reader import WESTERN, _zipf_of, function_words

    token = words[k].input
    if not _title_case(token) or k + 2 >= len(words) or not (first[k + 1] and first[k + 2]) \
            or not (spaced(k) and spaced(k + 1)) or not words[k + 1].input.islower() \
            or words[k + 1].cyrillic.lower() not in function_words(lang):
        return None
    if max(wordfreq.zipf_frequency(token.lower(), lg) for lg in WESTERN) >= TITLE_HEAD_WESTERN_ZIPF:
        return None
    reading = reread(token)
    own = _zipf_of(reading[0], lang) if reading[1] != "kept" else 0.0
    if own < TITLE_WORD_OWN_ZIPF or wordfreq.zipf_frequency(token.lower(), "en") > own + TITLE_HEAD_ENGLISH_MARGIN:
        return None
    return reading


def _agreeing_title_noun(words: list, k: int, lang: str, reread) -> tuple | None:
    """The reading (``reread(token)``) of the lower-case word ``words[k]``, kept as a common Western
    word (radio, opera, akademia), when the read word one space before it is an adjective of the
    language that agrees with that reading as a noun (:func:`_agrees_in`: Ukrainske radio, Balgarsko
    natsionalno radio, Makedonsko radio: Українське радіо, Българско национално радио, Македонско
    радио), the reading is a word of the language at least :data:`TITLE_WORD_OWN_ZIPF` common and
    every Western list holds the word less than :data:`TITLE_WORD_INSIDE_WESTERN_ZIPF` (the prose's
    small words, and 7.4, in 7.5, stay): English writes no Slavic adjective before its own noun, so
    the noun is the title's (slavic32). Else None."""
    import wordfreq

    from translit.langs.reader import WESTERN, _zipf_of

    token = words[k].input
    if max(wordfreq.zipf_frequency(token, lg) for lg in WESTERN) >= TITLE_WORD_INSIDE_WESTERN_ZIPF:
        return None
    reading = reread(token)
    if reading[1] == "kept" or _zipf_of(reading[0], lang) < TITLE_WORD_OWN_ZIPF:
        return None
    return reading if _agrees_in(words[k - 1].cyrillic, reading[0], lang) else None


@cache
def _adjective_endings() -> dict[str, list[tuple[str, str]]]:
    """``[adjective_agreement]`` of grammar.toml: (adjective ending, noun ending) pairs by language."""
    from translit.langs.reader import _grammar

    return {lang: [tuple(p) for p in pairs] for lang, pairs in _grammar().get("adjective_agreement", {}).items()}


def _agrees_in(adjective: str, noun: str, lang: str) -> bool:
    """Whether the read word ``adjective`` agrees with ``noun`` as an adjective before its noun in
    ``lang``: by the language's dictionary where it has one (:func:`_agrees`, Ukrainian's), else by
    the endings of ``[adjective_agreement]`` in grammar.toml (Bulgarian and Macedonian -ско before a
    neuter -о, -ска before a feminine -а); a language with neither agrees nothing."""
    from translit.langs.identify import has_morphology

    if has_morphology(lang):
        return _agrees(adjective, noun)
    adj, n = adjective.lower(), noun.lower()
    return any(adj.endswith(a) and n.endswith(e) and len(adj) - len(a) >= ADJECTIVE_STEM_LETTERS
               for a, e in _adjective_endings().get(lang, []))


ADJECTIVE_STEM_LETTERS = LW.running.adjective_stem_letters


def _agrees(adjective: str, noun: str) -> bool:
    """Whether Ukrainian's dictionary (pymorphy3-dicts-uk) reads ``adjective`` as an adjective that
    agrees in case, number and (in the singular) gender with some reading of ``noun`` as a noun
    (природний парк; not гірка парк, whose гірка is feminine)."""
    from translit.langs.glossary import _morph

    morph = _morph()
    adjs = [p.tag for p in morph.parse(adjective.lower()) if p.tag.POS == "ADJF"]
    nouns = [p.tag for p in morph.parse(noun.lower()) if p.tag.POS == "NOUN"]
    return any(a.case == n.case and a.number == n.number and (a.number == "plur" or a.gender == n.gender)
               for a in adjs for n in nouns)


def title_own_least(lang: str, token: str) -> float:
    """How common (Zipf) the reading of the Latin title word ``token`` must be in ``lang`` for
    :func:`title_words` to take it from the prose where it needs a plainly common word of the
    language: :data:`TITLE_WORD_OWN_ZIPF`; for a language without a frequency list (Belarusian: its
    Hunspell forms all stand at the floor, :func:`own_least`) any form of its dictionary, when
    English's list holds the word less than :data:`TITLE_WORD_ENGLISH_RARE_ZIPF` (sabor, brama,
    rada: Spanish's or Italian's words that English prose hardly writes), as the floor says nothing
    of how common the form is (slavic30: Polacki Safijski sabor left half Latin)."""
    import wordfreq

    from translit.langs.lexicon import DICTIONARY_FLOOR, WORDFREQ_LANGS

    if lang in WORDFREQ_LANGS or wordfreq.zipf_frequency(token.lower(), "en") >= TITLE_WORD_ENGLISH_RARE_ZIPF:
        return TITLE_WORD_OWN_ZIPF
    return DICTIONARY_FLOOR


def title_words(text: str, words: list, lang: str, reread) -> bool:
    """On a mixed line, a lower-case word kept as a Western word (pad, dni: English and Polish
    write them too) that stands inside a run of words read in the line's language is a word of
    that run (Kalasy pad si͡arpom tvaim; Vekapomnyi͡a dni, vol. I) and is read: one space from a
    read word on either side, or after one and before a comma, full stop or closing bracket; when
    it is rarer than :data:`TITLE_WORD_WESTERN_ZIPF` in every Western list and its reading
    (``reread(token)``, as :func:`name_partners`) is a word of the language's list. A one-letter
    word (Belarusian i, z, u, which Italian's list holds often) is read when it stands between two
    read words, unless English writes it alone (a). Deep inside the run (between two read words, or
    after two of which the nearer is an adjective: Zakonik cara Dušana, nat͡sionalʹnyĭ pryrodnyĭ park)
    a commoner Western word, up to :data:`TITLE_WORD_INSIDE_WESTERN_ZIPF`, is read too when its
    reading is at least :data:`TITLE_WORD_OWN_ZIPF` common in the language (slavic24). A common Western
    noun right after a read adjective that agrees with it (:func:`_agreeing_title_noun`: Makedonsko
    radio) and a capitalized Western word heading a title before a read function word
    (:func:`_title_head`: Bit i dushevnost) are read too (slavic32). Whether any word changed is returned."""
    import wordfreq

    from translit.langs.reader import WESTERN, _zipf_of

    def read_at(j: int) -> bool:
        return 0 <= j < len(words) and words[j].method not in ("kept", "established")

    from translit.langs.identify import closed_class, has_morphology
    from translit.read.language import _other_alphabets

    changed = False
    first = [read_at(j) for j in range(len(words))]  # the verdicts before this pass: a word read here reads no other

    def spaced(j: int) -> bool:  # words j and j + 1 one space apart
        return text[words[j].end:words[j + 1].start] == " "

    def take(wr, reading: tuple) -> None:  # the word read as reread gave it
        wr.cyrillic, wr.method, wr.confidence = reading[0], reading[1], reading[2]
        wr.candidates = list(reading[3]) or wr.candidates

    for k, wr in enumerate(words):
        if wr.method == "kept" and (head := _title_head(words, k, first, spaced, lang, reread)):
            take(wr, head)
            changed = True
            continue
        if wr.method != "kept" or not wr.input.isascii() or not wr.input.islower():
            continue
        before = k > 0 and first[k - 1] and spaced(k - 1)
        after = k + 1 < len(words) and first[k + 1] and spaced(k)
        # after two read words, the nearer one lower case (a title's adjective: Ukrainian's dictionary decides)
        tail = before and not after and has_morphology(lang) and k > 1 and first[k - 2] and spaced(k - 2) \
            and words[k - 1].input.islower()
        deep = before and after or tail
        # right after a read word and before the prose's words, a word English hardly writes (the
        # Demokratska alternativa of, the Ukrainska literatura of): Italian's or Spanish's, not the prose's
        foreign = before and not after and len(wr.input) > 2 and \
            wordfreq.zipf_frequency(wr.input, "en") < TITLE_WORD_ENGLISH_RARE_ZIPF
        western = 0.0
        if before and not deep and len(wr.input) > 2 and (agreed := _agreeing_title_noun(words, k, lang, reread)):
            take(wr, agreed)
            changed = True
            continue
        if len(wr.input) < 2:
            # a one-letter word between two read words is the title's conjunction or preposition
            # (Belarusian i, u, z: Historyja i kultura), whatever Italian's or English's lists say of
            # it, unless English writes it alone (a: english_one_letter of read/western.toml)
            if not (before and after) or wr.input in _other_alphabets()[2]:
                continue
        elif not (before and (after or _RUN_END.match(text, wr.end)) or deep or foreign):
            continue
        elif (western := max(wordfreq.zipf_frequency(wr.input, lg) for lg in WESTERN)) >= \
                (TITLE_WORD_INSIDE_WESTERN_ZIPF if deep else TITLE_WORD_WESTERN_ZIPF):
            continue
        elif not tail and wordfreq.zipf_frequency(wr.input, "en") >= TITLE_WORD_WESTERN_ZIPF:
            continue  # English's own common word between two read ones is the prose's (Paradzhanov shot Tini)
        cyr, method, conf, cands = reread(wr.input)
        own = _zipf_of(cyr, lang) if method != "kept" else 0.0
        if own and before and after and cyr.lower() in closed_class(lang):
            # a preposition or conjunction of the language's closed class ([closed_class] of
            # evidence.toml) between two read words is as common as a title's words get, though its
            # dictionary gives no frequency (Belarusian ab, pad, pra: Deklaratsyia ab suverenitetse)
            own = max(own, TITLE_WORD_OWN_ZIPF)
        if tail and not (before and _RUN_END.match(text, wr.end)) and not _agrees(words[k - 1].cyrillic, cyr):
            continue  # the noun of the adjective before it, or no title's word (Volodymyrska hirka park)
        if not own or (western >= TITLE_WORD_WESTERN_ZIPF or not (before and (after or _RUN_END.match(text, wr.end))))\
                and own < title_own_least(lang, wr.input):
            continue
        wr.cyrillic, wr.method, wr.confidence = cyr, method, conf
        wr.candidates = list(cands) or wr.candidates
        changed = True
    return changed


def _keep_latin(wr, why: str) -> None:
    """Leave the word reading ``wr`` in Latin, as English writes it, with ``why`` as its one candidate's
    reason (:func:`foreign_people`, :func:`named_after_people`)."""
    from translit.langs.reader import Candidate

    wr.cyrillic, wr.method, wr.confidence = wr.input, "kept", 0.0
    wr.candidates = [Candidate(wr.input, 0.0, why)]


@cache
def _foreign_nationalities(lang: str) -> frozenset[str]:
    """The nationalities before a role noun that make the name after them another people's in a line
    of ``lang``: read/western.toml's ``latin_script_nationalities`` and grammar.toml's
    ``[foreign_people] other_peoples``, less the language's own (``[foreign_people] own``)."""
    from translit.langs.reader import _grammar
    from translit.read.language import _word_list

    table = _grammar().get("foreign_people", {})
    nations = _word_list("latin_script_nationalities") | frozenset(table.get("other_peoples", ()))
    return nations - frozenset(table.get("own", {}).get(lang, ()))


def foreign_people(text: str, words: list, lang: str) -> bool:
    """On a mixed line, keep in Latin the capitalized words of a name right after another people's
    nationality (:func:`_foreign_nationalities`, capitalized) and a role noun of read/western.toml's
    ``person_role_nouns``, one space between each (The Japanese architect Kenzo Tange, the Italian
    engineer Pier Luigi Nervi): English names that people's person as it writes them, and the line's
    language has no reading to give (Кензо Танге was the Macedonian reader's). ``words``: the line's
    word readings in order, kept ones with them. Whether any word changed is returned."""
    from translit.read.language import _word_list

    nations, roles = _foreign_nationalities(lang), _word_list("person_role_nouns")
    changed = False
    for k in range(2, len(words)):
        nation, role = words[k - 2], words[k - 1]
        if role.input not in roles or nation.input.lower() not in nations or not nation.input[:1].isupper() \
                or text[nation.end:role.start] != " " or text[role.end:words[k].start] != " ":
            continue
        j = k
        while j < len(words) and len(words[j].input) > 1 and words[j].input[:1].isupper() \
                and words[j].input[1:].islower():
            wr = words[j]
            if wr.method != "kept" or wr.cyrillic != wr.input:
                _keep_latin(wr, f"a name after {nation.input} {role.input}: that people's person, kept as "
                                "English writes it")
                changed = True
            if j + 1 >= len(words) or text[words[j].end:words[j + 1].start] not in (" ", "-"):
                break
            j += 1
    return changed


@cache
def _named_after_heads() -> frozenset[str]:
    """The English head nouns of a place or institution named after a person (Bridge, Park, Theatre):
    grammar.toml ``[named_after] heads``, for :func:`named_after_people`."""
    from translit.langs.reader import _grammar

    return frozenset(_grammar().get("named_after", {}).get("heads", ()))


def named_after_people(text: str, words: list, lang: str) -> bool:
    """On a mixed line, keep in Latin a person's name (one or two capitalized words whose reading
    Russian's or Ukrainian's dictionary knows as a forename or surname: places._personal_name) right
    before an English head of :func:`_named_after_heads` that stays in Latin, one space between (the
    Paton Bridge, Shevchenko Park, the Franko Theatre): the name is part of an English name, which the
    line's language would write its own way (міст Патона), so converting the person alone gives
    neither (The Патон Bridge). ``words``: the line's word readings in order. Whether any word
    changed is returned."""
    from translit.langs.places import _personal_name

    heads = _named_after_heads()
    changed = False
    for k in range(len(words) - 1):
        head = words[k + 1]
        if head.input.lower() not in heads or head.cyrillic != head.input or text[words[k].end:head.start] != " ":
            continue
        j = k
        while j >= 0 and j > k - 2 and len(words[j].input) > 1 and words[j].input[:1].isupper() \
                and words[j].input[1:].islower() and (j == k or text[words[j].end:words[j + 1].start] == " "):
            wr = words[j]
            if wr.cyrillic == wr.input or not _personal_name(wr.cyrillic.lower()):
                break
            _keep_latin(wr, f"a person's name before {head.input}: part of an English name, kept as English "
                            "writes it")
            changed = True
            j -= 1
    return changed
