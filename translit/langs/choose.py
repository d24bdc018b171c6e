"""Which language a command reads a text in when none is named: identified per text, Russian when unsure.

The commands (``romanize``, ``cyrillic``, ``convert``, ``key``; CLI, HTTP API, batch) call
:func:`choose` for every text they are given without ``lang``. Russian is the default: another
language is taken only when identification (:mod:`translit.langs.identify`) is sure of it, or when
the text has letters the Russian alphabet lacks (Cyrillic ї, ў, ђ, ѓ…; not the і of pre-reform
Russian where it stands as the old spelling wrote it: :func:`_old_russian_i`). So Russian text comes out of
every command exactly as it did before languages were identified, and the answer says which
language was chosen and why (:class:`Choice`, the ``lang`` and ``lang_evidence`` of the JSON).

Shortcuts keep Russian fast and safe, each reported as the reason:
* romanized text every word of which the Russian reader finds in its dictionary (or in its
  frequency list at :data:`~translit.langs.identify.LEAK_CEILING` or more: rarer words only the list
  has are often the neighbours' words), in a reading whose adjectives agree with their nouns, with
  no mark only another language's tables write and no city of the gazetteer or national body's
  acronym named (Kochani, Užice, SANU), is Russian without asking the other languages' readers;
* romanized text of which a large share of words are common English, German, French, Spanish or
  Italian words is running text, unless it is as short as a name (Milan Rakić): the Russian
  reader, which keeps such words as they are, reads it
  (the other languages' lists hold many loans and would claim it);
* in such running text one word is identified apart only when it names a place of the gazetteer
  (:mod:`translit.langs.places`: The museum in Chernivtsi reopened): one word of lexical evidence
  alone is unsafe (an English surname reads as Serbian Latin);
* a romanized text with a mark the identified language's tables never write (a tie for Serbian)
  is not taken for that language;
* a romanized text of two words or more whose identified language leads Russian by
  :data:`NOT_RUSSIAN_GAP` is taken for that language though it is unsure among the neighbours
  (Serbian or Macedonian, surely not Russian), unless the Russian reader left half its words as
  they are (Latin or English);
* text with no letters is Russian (nothing to identify).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from translit.langs.weights import LW  # every threshold below: its value, source and use in weights.toml

SURE = LW.choose.sure
SURE_CYRILLIC = LW.choose.sure_cyrillic
WESTERN = ("en", "de", "fr", "es", "it")  # the Latin-script languages met around Slavic titles and notes
WESTERN_ZIPF = LW.choose.western_zipf
WESTERN_SHARE = LW.choose.western_share
WESTERN_MARKED_ZIPF = LW.choose.western_marked_zipf
SHORT_TEXT_WORDS = LW.choose.short_text_words
INSIDE_WORDS = LW.choose.inside_words
INSIDE_ZIPF = LW.choose.inside_zipf
INSIDE_SURE = LW.choose.inside_sure
NOT_RUSSIAN_GAP = LW.choose.not_russian_gap
NOT_RUSSIAN_WORDS = LW.choose.not_russian_words
RARE_RUSSIAN = LW.choose.rare_russian
COMMONER_ELSEWHERE = LW.choose.commoner_elsewhere
UNREAD_GAP = LW.choose.unread_gap
UNREAD_SHARED_GAP = LW.choose.unread_shared_gap
UNREAD_SHARED_ZIPF = LW.choose.unread_shared_zipf
CAPITALS_WORD_LETTERS = LW.choose.capitals_word_letters
_ANY_CYR = re.compile("[\u0400-\u04ff]")
# a letter of the Cyrillic block or of Cyrillic Supplement (U+0500-052F: the Komi and Abkhaz letters)
_CYRILLIC_BLOCKS = re.compile("[\u0400-\u052f]")
_STRESS = re.compile("[\u0300-\u036f]")
_LAT_WORD = re.compile("[^\\W\\d_\u0400-\u04ff]{2,}")


@dataclass(frozen=True)
class Choice:
    """The language chosen for one text, the reason, and the evidence identification gave."""

    language: str
    reason: str
    evidence: tuple[str, ...] = field(default=())
    confidence: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"lang": self.language, "lang_reason": self.reason, "lang_evidence": list(self.evidence),
                **({"lang_confidence": round(self.confidence, 3)} if self.confidence is not None else {})}


@cache
def _russian_marks() -> frozenset[str]:
    """Every mark some Russian scheme writes (ė ï ĭ ŭ the tie, č š ž of the national conventions…)."""
    from translit.langs.identify import scheme_marks

    return frozenset().union(*(m for (lang, _), m in scheme_marks().items() if lang == "ru"))


def _russian_marks_for(text: str) -> frozenset[str]:
    """The marks of the Russian tables that could have written romanized ``text``'s other letters
    (:func:`~translit.langs.identify.fitting_schemes`): the ć of Polish's być, not that of Radonić
    beside the v Polish never writes."""
    from translit.langs.identify import fitting_marks

    return fitting_marks(text, "ru")


@cache
def _russian_alphabet() -> frozenset[str]:
    from translit.langs.identify import _modern_alphabets

    return _modern_alphabets()["ru"]


def _running(text: str, western: int, n: int) -> bool:
    """Whether romanized ``text``, with ``western`` common Western words among its ``n`` words of
    three letters or more, is running text (:data:`WESTERN_SHARE`): not when it is as short as a
    name or a title (:data:`SHORT_TEXT_WORDS` words, counting those of two letters: no, of) and has
    a word that is no common Western word (Milan Rakić, Roman Ivanychuk); two common Western words
    alone (Red Square) are still English, and an imprint's scraps (no. 5 : Paris : Strok) are no name."""
    if not n or western / n < WESTERN_SHARE:
        return False
    return n > SHORT_TEXT_WORDS or western == n or len(_LAT_WORD.findall(text)) > SHORT_TEXT_WORDS


def _western_words(text: str) -> tuple[int, int]:
    """(common English, German, French, Spanish or Italian words, words of three or more letters)."""
    words = [w.lower() for w in _LAT_WORD.findall(text) if len(w) > 2]
    return sum(map(_is_common_western, words)), len(words)


_MARKED_WORD = re.compile(r"[^\W\d_]*[^\W\d_a-zA-Z][^\W\d_]*")


def _marks_beside_western(text: str) -> frozenset[str]:
    """The marks of romanized ``text`` (:func:`~translit.langs.identify.text_marks`) outside its
    Western words: a word with accents that a Western list holds at :data:`WESTERN_MARKED_ZIPF` or more
    (Röntgen, Zürich, Köln, café, señor) is the prose's own, and its ö or
    é says nothing of the tables the Slavic words were romanized in (slavic30: Röntgen's ö sent a
    Ukrainian line to Russian as a mark Ukrainian's tables never write)."""
    from translit.langs.identify import text_marks

    return text_marks(_MARKED_WORD.sub(lambda m: " " if marked_western(m.group()) else m.group(), text))


def marked_western(word: str) -> bool:
    """Whether ``word`` is a word with an accent or a letter beyond a-z (Röntgen, naïve, Noël) that
    a Western list holds at :data:`WESTERN_MARKED_ZIPF` or more, compared in NFC (o + U+0308 is ö):
    the prose's own word, not a romanization (used by :func:`_marks_beside_western` and by
    :func:`translit.langs.reader.to_cyrillic`, which keeps it as it is written)."""
    import unicodedata

    import wordfreq

    word = unicodedata.normalize("NFC", word)
    if not _MARKED_WORD.fullmatch(word):
        return False
    return max(wordfreq.zipf_frequency(word.lower(), lg) for lg in WESTERN) >= WESTERN_MARKED_ZIPF


_COMMON_WESTERN: dict[str, bool] = {}  # lower-case word → whether it is a common Western word


def _is_common_western(word: str) -> bool:
    """Whether lower-case ``word`` is at least ``WESTERN_ZIPF`` common in one of the ``WESTERN``
    languages (remembered per word: the same words come back line after line)."""
    hit = _COMMON_WESTERN.get(word)
    if hit is None:
        import wordfreq

        hit = max(wordfreq.zipf_frequency(word, lg) for lg in WESTERN) >= WESTERN_ZIPF
        if len(_COMMON_WESTERN) < 200_000:
            _COMMON_WESTERN[word] = hit
    return hit


@cache
def _language_marks(lang: str) -> frozenset[str]:
    """Every mark some table of ``lang`` writes."""
    from translit.langs.identify import scheme_marks

    return frozenset().union(*(m for (lg, _), m in scheme_marks().items() if lg == lang))


def _reads_as_russian(text: str, reading=None) -> tuple[int, int] | None:
    """(words read, words) when the Russian reader finds every word of ``text`` in its dictionary
    (``reading``: the Russian reading of ``text`` when the caller has it already): each word read
    as Russian, as written (no slip undone), and listed in the reader's own lexicon (pymorphy3's
    forms and wordfreq's Russian words, compiled once and already loaded), and the reading is
    grammatical as far as :func:`~translit.langs.identify.agreement_misses` sees. A word only wordfreq's
    Russian list has, below :data:`~translit.langs.identify.LEAK_CEILING`, is not counted: such
    words are mostly the neighbours' words met in Russian web text (мова, македонски,
    славейков), which identification weighs as such (:func:`_russian_word`)."""
    from translit.read.reader import to_cyrillic

    from translit.langs.identify import repaired_reading

    from translit.read.numerals import is_numeral

    reading = reading if reading is not None else to_cyrillic(text)
    # a Roman numeral (Lev XIII, istoriia xx v.) is no word of any language: left out of the count
    # unless its reading is a Russian word too (mix: микс)
    words = [w for w in reading.words
             if not (is_numeral(w.input.upper()) and not (w.is_russian and _russian_word(w.cyrillic)))]
    if not words:
        return None
    # a word read only by undoing a typing or OCR slip (službenoj read служебной) is not counted:
    # identification takes such a reading as no evidence of Russian either (identify.repaired_reading)
    known = sum(1 for w in words if w.is_russian and not repaired_reading(w) and _russian_word(w.cyrillic))
    if known != len(words) or _slipped_words(text, reading):
        return None
    # nor is a reading whose adjective agrees with none of its noun's readings (Ukrainski narodni
    # dumy: Украинский народный думы), the Russian ending given to a neighbour's adjective
    from translit.langs.identify import agreement_misses

    return None if agreement_misses(reading.text) else (known, len(words))


def _slipped_words(text: str, reading) -> list[str]:
    """The words of romanized ``text`` that the Russian reader (``reading``) reads only through a
    slip while a neighbour's dictionary has them as written (:func:`~translit.langs.identify.slipped_reading`:
    Ukrainian's Ivanovych, Іванович): they leave the text to identification. The neighbours'
    readings are made only when the Russian reading took a slip."""
    from translit.langs.identify import slip_yields_to, slipped_reading

    if not any(w.is_russian and w.candidates and w.candidates[0].slips for w in reading.words):
        return []
    from translit.langs.reader import to_cyrillic

    others = {lang: to_cyrillic(text, lang).words for lang in slip_yields_to()}
    n = len(reading.words)
    return [w.input for i, w in enumerate(reading.words)
            if slipped_reading(w, {lang: ws[i] for lang, ws in others.items() if len(ws) == n}) is not None]


def _russian_around_marked(text: str, outside: frozenset[str], lang: str | None = None) -> str | None:
    """The words of ``text`` that carry a mark of ``outside`` (a neighbour's letters no Russian
    table writes), when every other word of it reads as Russian and is identified as Russian on its
    own, two words at least and one of them longer than three letters: a Russian title naming a Serbian or
    Polish person (Petrović i Rossiia, Jovanović o Rossii), whose surname keeps its own spelling and
    says nothing of the title's language. None when the unmarked words do not settle it so, or
    when they carry marks of their own that a table of ``lang`` (the language identified, whose
    marks the marked words bear) writes too: Respubliki Bielaruś beside Nacyjanaĺny is the
    Belarusian national system's ś throughout, not a Russian title in the Polish scheme's."""
    from translit.langs.identify import identify, text_marks

    words = re.findall(r"[^\W\d_]+", text)
    marked = [w for w in words if text_marks(w) & outside]
    rest = [w for w in words if not text_marks(w) & outside]
    if not marked or len(rest) < 2 or not any(len(w) > 3 for w in rest):
        return None  # (a forename beside the surname is no title: Andrej Mitrović is one Serbian name)
    plain = " ".join(rest)
    if lang is not None and text_marks(plain) & _language_marks(lang):
        return None
    if _reads_as_russian(plain) is None or identify(plain).language != "ru":
        return None
    return ", ".join(marked)


def _russian_word(cyr: str) -> bool:
    """Whether the Cyrillic word ``cyr`` is Russian usage by the reader's lexicon: a form of the
    Russian dictionary (pymorphy3's), or a word wordfreq's Russian list has at
    :data:`~translit.langs.identify.LEAK_CEILING` or more (санкт, нью, abbreviations). Below it a
    word the dictionary lacks is as often a Ukrainian, Bulgarian or Serbian word that Russian web
    text carries (мова, македонски, славейков) as a Russian name, so it does not settle the language."""
    from translit.langs.identify import LEAK_CEILING
    from translit.read.lexicon import KNOWN, fold, lexicon

    entry = lexicon().get(fold(cyr.lower()))
    if entry is None:
        return False
    zipf10, flags = entry
    return bool(flags & KNOWN) or zipf10 >= 10 * LEAK_CEILING


def _old_russian_i(text: str, other: str) -> bool:
    """Pre-reform Russian whose only old letter is і (Очерки по исторіи Россіи, Всемірная
    исторія), which Ukrainian, Belarusian and Rusyn write too: every і stands where the old Russian
    spelling writes it (``[old_position]`` of evidence.toml: before a vowel or й, and in міръ), every
    word is a Russian word form in today's spelling (исторіи → истории; Венецыя асаба кенія is no
    Russian), and every word with an і is more common in Russian so spelt than as written in the
    ``other`` language the text was identified as, whose web-crawled list holds old Russian
    spellings at a low frequency (Маріуполь stays Ukrainian).
    MARC's counterpart, for a record whose code says Russian, is :func:`translit.marc.reads_in_old_spelling`."""
    from translit.langs.identify import _zipf, _zipf_or_form, misplaced_old_letters
    from translit.normalize import PRE_REFORM
    from translit.read.lexicon import fold, lexicon

    if misplaced_old_letters(text, "ru"):
        return False
    lex = lexicon()
    today = {w: w.translate(str.maketrans(PRE_REFORM)) for w in re.findall(r"[\u0400-\u04ff]+", text.lower())}
    with_i = [w for w in today if "і" in w]
    return (bool(with_i) and all(lex.get(fold(now)) is not None for now in today.values())
            and all(_zipf(today[w], "ru") > _zipf_or_form(w, other) for w in with_i))


@lru_cache(maxsize=4096)
def choose(text: str) -> Choice:
    """The language to read or write ``text`` in when the caller named none (see the module doc)."""
    if not isinstance(text, str):
        raise TypeError(f"choose takes a str, not {type(text).__name__}")
    return choose_read(text)


def choose_read(text: str, reading=None) -> Choice:
    """:func:`choose`, given the Russian reading of ``text`` when the caller made it already (the
    ``cyrillic`` command reads first, so Russian text is read once)."""
    from translit.langs.identify import identify, text_marks

    cyrillic = bool(_ANY_CYR.search(text))
    own = None  # the Russian reading made here (not one the caller gave, which may use other options)
    if not cyrillic:
        if not _LAT_WORD.search(text):
            return Choice("ru", "no words to identify: Russian by default")
        marks = text_marks(text)
        foreign = sorted(marks - _russian_marks_for(text))
        if not foreign:
            # the Russian reading first: it is there already when the caller read the text, and
            # the western word lists are loaded only for text it does not settle; made here, it
            # is the reading identification would make again (the reader's defaults)
            if reading is None:
                from translit.read.reader import to_cyrillic

                reading = own = to_cyrillic(text)
            known = _reads_as_russian(text, reading)
            if known is not None and not _names_a_place(text) and not _commoner_elsewhere(text, reading):
                said = "its one word reads as a Russian word" if known[1] == 1 else \
                    f"all {known[1]} words read as Russian words"
                return Choice("ru", f"{said}, no mark of another language's tables")
            western, n = _western_words(text)
            if _running(text, western, n):
                inside = _language_inside_prose(text)
                if inside is not None:
                    return inside
                return Choice("ru", f"{western} of {n} words are common English, German, French, Spanish "
                                    "or Italian words: running text, read as Russian with those kept")
    ident = None
    if not cyrillic and foreign:
        western, n = _western_words(text)
        rest = _words_inside_prose(text) if _running(text, western, n) else []
        if rest:  # running prose around a marked title: its words, not the prose's, say the language
            ident = identify(" ".join(rest))
    ident = ident or identify(text, russian_reading=own)
    if ident.language is None:
        return Choice("ru", "no words to identify: Russian by default")
    top = ident.ranking[0]
    evidence = tuple(top.evidence[:6])
    if ident.language == "ru":
        return Choice("ru", "identified as Russian", evidence, ident.confidence)
    if cyrillic:
        from translit.langs.identify import _old_spelling, alphabets

        letters = {c for c in text.lower() if _ANY_CYR.match(c)}
        # the Cyrillic words only: a year or a hyphen (1920-х) is no old letter
        old = _old_spelling(sorted(re.findall(r"[\u0400-\u04ff]+", text.lower())))
        outside = sorted(letters - (alphabets()["ru"] if old else _russian_alphabet()))
        if old and not outside:  # pre-reform spelling in Russian's old letters: by far the commonest
            return Choice("ru", "pre-reform spelling in the old Russian alphabet", evidence, ident.confidence)
        if outside == ["і"] and _old_russian_i(text, ident.language):
            return Choice("ru", "pre-reform spelling: і only where the old Russian spelling writes it, in "
                                "Russian words", evidence, ident.confidence)
        if outside:
            return Choice(ident.language, f"identified; letters Russian does not have: {' '.join(outside)}",
                          evidence, ident.confidence)
    else:
        marks = _marks_beside_western(text)
        own = _language_marks(ident.language)
        strange = sorted(marks - own)
        if strange:  # a mark the language's tables never write (the tie in "Serbian")
            shown = " ".join(strange).replace("\u0361", "tie")
            return Choice("ru", f"{ident.language} identified, but its tables never write {shown}: "
                                "Russian by default", evidence, ident.confidence)
        outside = sorted(marks - _russian_marks_for(text))
        if outside:
            shown = " ".join(outside).replace("\u0361", "tie")
            if (russian := _russian_around_marked(text, frozenset(outside), ident.language)) is not None:
                return Choice("ru", f"{ident.language}'s marks ({shown}) only in {russian}; the other words "
                                    "are Russian: read as Russian, the marked words kept", evidence, ident.confidence)
            return Choice(ident.language, f"identified; marks its tables write and no Russian scheme does: {shown}",
                          evidence, ident.confidence)
    if ident.confidence >= (SURE_CYRILLIC if cyrillic else SURE):
        return Choice(ident.language, f"identified with confidence {ident.confidence:.2f}", evidence,
                      ident.confidence)
    if cyrillic and (lead := _cyrillic_lead_over_russian(text, ident)) is not None:
        return Choice(ident.language, f"identified with confidence {ident.confidence:.2f}, {lead[0]:.1f} above "
                                      f"Russian (at least {NOT_RUSSIAN_GAP}), {lead[1]} of its {lead[2]} Cyrillic "
                                      "words Russian words: not Russian", evidence, ident.confidence)
    if not cyrillic and (inside := _language_inside_prose(text)) is not None:
        return inside  # English around the title weakened the verdict on the whole line
    if not cyrillic and (lead := _lead_over_russian(text, ident, reading)) is not None:
        return Choice(ident.language, f"identified with confidence {ident.confidence:.2f}, {lead:.1f} above "
                                      f"Russian (at least {NOT_RUSSIAN_GAP}): not Russian", evidence, ident.confidence)
    if not cyrillic and (unread := _read_where_russian_cannot(text, ident, reading)) is not None:
        needed = UNREAD_GAP if unread[0] >= UNREAD_GAP else UNREAD_SHARED_GAP
        return Choice(ident.language, f"identified with confidence {ident.confidence:.2f}, {unread[0]:.1f} above "
                                      f"Russian (at least {needed}), reading as its words {unread[1]}, "
                                      "no Russian word as read: not Russian", evidence, ident.confidence)
    if not cyrillic and (alike := _alike_leaders(text, ident, SURE)) is not None:
        return alike
    return Choice("ru", f"unsure ({ident.language} at confidence {ident.confidence:.2f}, below {SURE_CYRILLIC if cyrillic else SURE}): "
                        "Russian by default", evidence, ident.confidence)


def _commoner_elsewhere(text: str, reading) -> list[str]:
    """The words of romanized ``text`` whose Russian reading (``reading``, the Russian reader's) is
    rarer than :data:`RARE_RUSSIAN` in Russian's list while a neighbour with a frequency list reads
    the same letters as a word :data:`COMMONER_ELSEWHERE` or more commoner in its own (Dmytro:
    Дмытро, a form only pymorphy3's dictionary holds, Ukrainian's Дмитро at 5.0; Tsentralna:
    Центральна 1.5, Bulgarian's Централна 4.7; Makedonija: Македония 3.1, Macedonian's
    Македонија 6.3). Such a word says nothing of Russian: the text is left to identification,
    which still has to be sure of the neighbour (:func:`choose_read`). Only words read word for
    word alike by both readers are compared."""
    import wordfreq

    from translit.langs.lexicon import WORDFREQ_LANGS, zipf
    from translit.langs.reader import to_cyrillic

    ru = [wordfreq.zipf_frequency(w.cyrillic.lower(), "ru") if w.is_russian else 0.0 for w in reading.words]
    rare = [i for i, z in enumerate(ru) if z < RARE_RUSSIAN and _lexical(reading.words[i].input)]
    if not rare:
        return []
    n = len(reading.words)
    found: set[int] = set()
    for lang in WORDFREQ_LANGS:
        words = to_cyrillic(text, lang).words
        if len(words) != n:
            continue
        found.update(i for i in rare if zipf(words[i].cyrillic.lower(), lang) >= ru[i] + COMMONER_ELSEWHERE)
    return [reading.words[i].input for i in sorted(found)]


def _names_a_place(text: str) -> bool:
    """Whether romanized ``text`` names a city of the gazetteer (:mod:`translit.langs.places`: a city
    of Ukraine, Belarus, Bulgaria, Serbia or North Macedonia under a name no Russian scheme writes
    for it: Kochani, Užice, Ovruch) or a national body by its acronym (``[acronyms]`` of
    evidence.toml: Glas SANU, Prilozi na MANU). Such a text is identified even when every word
    reads as a Russian word (Kochani, Istochen region: Кочанный, источен, регион; Глас, Сану),
    which the Russian reader finds for many a neighbour's word; identification still weighs the
    name as one word's evidence."""
    from translit.langs.identify import acronym_key, acronyms
    from translit.langs.places import places_in
    from translit.langs.reader import WORD_RE

    words = [m.group() for m in WORD_RE.finditer(text)]
    return bool(places_in(words)) or any(acronym_key(w) in acronyms() for w in words)


@cache
def _separators(lang: str) -> frozenset[str]:
    """The separators some table of ``lang`` writes inside a word (the middle dot of Russian's
    BGN/PCGN strict form: t·s, y·a), read from the scheme files."""
    from translit.schemes import all_schemes

    out: set[str] = set()
    for scheme in all_schemes(lang):
        for lat in list(scheme.letters.values()) + [r.output for r in scheme.rules]:
            out.update(ch for ch in lat if ch in _SEPARATORS)
    return frozenset(out)


_SEPARATORS = "\u00b7"  # the middle dot
_INNER_SEPARATOR = re.compile(f"(?<=[^\\W\\d_])[{_SEPARATORS}]|[{_SEPARATORS}](?=[^\\W\\d_])")


def _read_where_russian_cannot(text: str, ident, reading=None) -> tuple[float, str] | None:
    """(lead, words) when romanized ``text`` passes :func:`_lead_over_russian` at the lower gap
    :data:`UNREAD_GAP` because of words of its own: the Russian reader (``reading``, or made here)
    reads some word as no Russian word (:func:`_russian_word`: Антымонополный, Хэнералный,
    даржавния, Тупурковски) that the identified language's reader reads as a word its list or
    dictionary has (Антимонопольний, Генеральний, държавния, Тупурковски), and every word of the
    text is read so by that language (acronyms aside: :func:`_lexical`) or is a word neither reader
    knows, a name or a form no list holds (Мелнишките, Мулявін; slavic29): it says nothing of either
    language, and the Russian reader's guess at it is no Russian word; else None.
    A Russian word the Russian reader reaches by adding a soft or hard sign the text did not write
    (:func:`_sign_added`: kamen read камень) counts as no Russian word where the identified language
    reads the word as written into a word of its own (камен). The lead may be as low as
    :data:`UNREAD_SHARED_GAP` when every word the Russian reader reads as a Russian word is read into
    the same Cyrillic by the identified language (по, со, на, академия: words the two share), so no word
    of the text speaks for Russian alone, and one of the words read as the language's own is at least
    :data:`UNREAD_SHARED_ZIPF` common in its list, not a dictionary's bare presence (Kavarma po
    rodopski, Zelnik so praz; slavic31)."""
    lead = _lead_over_russian(text, ident, reading, min(UNREAD_GAP, UNREAD_SHARED_GAP))
    if lead is None:
        return None
    from translit.langs.lexicon import zipf
    from translit.langs.reader import to_cyrillic as other
    from translit.read.reader import to_cyrillic

    ours = other(text, ident.language).words
    russian = (reading if reading is not None else to_cyrillic(text)).words
    if not ours or len(ours) != len(russian):
        return None
    capitals = _in_capitals(text)
    lexical = [_lexical(w.input, capitals) for w in ours]
    own = [zipf(w.cyrillic.lower(), ident.language) > 0 for w in ours]
    # the word with the character after it: a sign mark a reader leaves outside the word (Shamil')
    not_russian = [not (r.is_russian and _russian_word(r.cyrillic))
                   or (o and _sign_added(r.cyrillic, w.cyrillic, text[w.start:w.end + 1]))
                   for r, w, o in zip(russian, ours, own)]
    if not all(o or nr for o, nr, lx in zip(own, not_russian, lexical) if lx):
        return None
    unread = [w for w, o, nr, lx in zip(ours, own, not_russian, lexical) if lx and o and nr]
    if lead < UNREAD_GAP and (
            any(lx and not nr and r.cyrillic.lower() != w.cyrillic.lower()
                for w, r, nr, lx in zip(ours, russian, not_russian, lexical))
            or not any(zipf(w.cyrillic.lower(), ident.language) >= UNREAD_SHARED_ZIPF for w in unread)):
        return None
    return (lead, ", ".join(w.input for w in unread)) if unread else None


_SIGNS = str.maketrans("", "", "ьъЬЪ")


_SIGN_MARKS = frozenset("'ʹʺʼ’\"ˮ")


def _sign_added(russian: str, other: str, written: str = "") -> bool:
    """Whether the Russian reader's Cyrillic ``russian`` differs from another language's reading
    ``other`` of the same romanized word only by a soft or hard sign the romanization did not write
    (kamen: камень beside Macedonian's камен; uchitel: учитель beside Bulgarian's учител; Borba:
    Борьба beside Serbian's Борба): the Russian word is then a guess at a dropped sign, not the word
    as written. A romanized word ``written`` with a mark schemes write for a sign (kamen') wrote it."""
    return russian != other and russian.translate(_SIGNS) == other and not _SIGN_MARKS & set(written)


def _in_capitals(text: str) -> bool:
    """Whether romanized ``text`` is set wholly in capitals (a title page's ZACHAROVANA DESNA.
    KINOPOVIST): its capitals then mark no acronym (:func:`_lexical`)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def _lexical(word: str, in_capitals: bool = False) -> bool:
    """Whether a romanized word is lexical evidence of a language: two letters or more, not an
    acronym in capitals (AIRO, MANU), which is read letter by letter in any language, nor a Roman
    numeral in any case (xiii, XXI). ``in_capitals``: the word's text is set wholly in capitals
    (:func:`_in_capitals`), where a word of :data:`CAPITALS_WORD_LETTERS` letters or more is no
    acronym (KINOPOVIST is a word, AIRO still an acronym; slavic29)."""
    from translit.read.numerals import is_numeral

    long_in_capitals = in_capitals and len(word) >= CAPITALS_WORD_LETTERS
    return len(word) > 1 and (long_in_capitals or not word.isupper()) and not is_numeral(word.upper())


def _lead_over_russian(text: str, ident, reading=None, gap: float = NOT_RUSSIAN_GAP) -> float | None:
    """How far the identified language's score leads Russian's in romanized ``text`` when that
    lead is :data:`NOT_RUSSIAN_GAP` or more, the text has :data:`NOT_RUSSIAN_WORDS` words or more,
    no separator inside a word that the language's tables never write (Ty·ay·a, Russian's
    BGN/PCGN), and the Russian reader (``reading``, its reading of ``text`` when made) did not
    leave half its words or more as Western words (Petrus, I., Russia, Imperator: Latin, left as
    it is; a word it left that no Western list has, Lajkovac, Bojnik, is a neighbour's word
    the Russian reader could not read, :func:`_left_western`); else None."""
    from translit.langs.reader import WORD_RE

    if ident.language in (None, "ru"):
        return None
    if reading is not None and reading.words and \
            2 * sum(1 for w in reading.words if _left_western(w)) >= len(reading.words):
        return None
    if sum(1 for m in WORD_RE.finditer(text) if len(m.group()) > 1) < NOT_RUSSIAN_WORDS:
        return None
    if set(_INNER_SEPARATOR.findall(text)) - _separators(ident.language):
        return None
    return _gap_over_russian(ident, gap)


def _gap_over_russian(ident, gap: float = NOT_RUSSIAN_GAP) -> float | None:
    """How far the identified language (not Russian) scores above Russian, when it is ``gap``
    (:data:`NOT_RUSSIAN_GAP`) or more; else None."""
    if ident.language in (None, "ru"):
        return None
    scores = {s.language: s.score for s in ident.ranking}
    if "ru" not in scores:
        return None
    lead = scores[ident.language] - scores["ru"]
    return lead if lead >= gap else None


def _russian_read_words(text: str) -> tuple[int, int]:
    """(words the Russian reader reads as Russian words, words) of romanized ``text``: read as
    Russian, as written (no slip undone), Russian usage by :func:`_russian_word`, and not the adjective
    of a pair that agrees in no reading (:func:`~translit.langs.identify.agreement_misses`)."""
    from translit.langs.identify import repaired_reading
    from translit.read.reader import to_cyrillic

    reading = to_cyrillic(text)
    words = reading.words
    # the adjective of a pair that agrees in no reading (народный песни, национальна библиотека: the
    # Russian reader's form of a neighbour's adjective) is no Russian usage (slavic28)
    from translit.langs.identify import agreement_misses

    odd = {pair.split()[0] for pair in agreement_misses(reading.text)}
    return sum(1 for w in words if w.is_russian and not repaired_reading(w) and _russian_word(w.cyrillic)
               and w.cyrillic.lower() not in odd), len(words)


def _cyrillic_lead_over_russian(text: str, ident) -> tuple[float, int, int] | None:
    """(lead, Russian words, words) when Cyrillic ``text`` whose identification is unsure among the
    neighbours (a place or a name in Cyrillic inside English prose: The house museums of Копривщица,
    Every July the village of Галичник) is identified as a language other than Russian scoring
    :data:`NOT_RUSSIAN_GAP` or more above Russian, as for romanized text (:func:`_lead_over_russian`),
    and at most half its Cyrillic words are Russian words (:func:`_russian_word`; Спецхран, Одесса
    and форшмак are, and keep the line Russian); else None. slavic21, on the Cyrillic forms of the
    prose sets: of the 254 Russian lines of prose_dev, prose_dev3 and prose_heldout2-13 left unsure,
    none passes (the largest lead, 2.7, is Спецхран's, a Russian word); of the 50 Slavic lines of
    slavic_prose_dev.tsv and slavic_prose_heldout.tsv left unsure, 12 pass, each in its own language
    (Гетьманщина, Гоце Делчев, Ниш, Пирот); on slavic_prose_heldout2.tsv 4 of 9, one of them in
    Serbian where it is Bulgarian (Бачковски манастир, Serbian ahead of Macedonian and Bulgarian)."""
    lead = _gap_over_russian(ident)
    if lead is None:
        return None
    from translit.langs.reader import WORD_RE

    # whole words, a stress mark (моло́ко) or a letter of Cyrillic Supplement inside one, the marks
    # left out when the lexicon is asked (й, ё composed first)
    words = [_STRESS.sub("", unicodedata.normalize("NFC", m.group())) for m in WORD_RE.finditer(text)
             if _CYRILLIC_BLOCKS.search(m.group())]
    known = sum(1 for w in words if _russian_word(w))
    if not words or 2 * known > len(words):
        return None
    return lead, known, len(words)


def _left_western(word) -> bool:
    """Whether the Russian reader left the word (a reading of :mod:`translit.read.reader`) as it
    was written and a Western list has it at :data:`INSIDE_ZIPF` or more (Imperator, Russia, an
    initial I.): Latin or English, not a Slavic word the reader could not make Russian."""
    import wordfreq

    if word.is_russian:
        return False
    latin = word.cyrillic.lower()
    return _ANY_CYR.search(latin) is not None or \
        max(wordfreq.zipf_frequency(latin, lg) for lg in WESTERN) >= INSIDE_ZIPF


def _words_inside_prose(text: str) -> list[str]:
    """The Latin words of ``text`` (two letters or more, with their romanization marks and ties) that
    are rarer than :data:`INSIDE_ZIPF` in every Western list, or name a place of the gazetteer
    (:mod:`translit.langs.places`: Kharkiv, Burgas, which English writes often): the words of the
    title or name that running prose holds. The names of peoples and countries English writes as its
    own (capitalized ``english_loanwords`` of read/western.toml: Tungus, Evenki, Siberia) are English
    words of the prose, not evidence of the language of a title inside it; a loanword in lower case
    (borshch, varenyky) still is."""
    import wordfreq

    from translit.langs.places import place_spans
    from translit.langs.reader import WORD_RE
    from translit.read.language import _other_alphabets

    english = _other_alphabets()[1]
    words = [m.group() for m in WORD_RE.finditer(text)]
    named = {k for a, b, _ in place_spans(words) for k in range(a, b)}
    return [w for k, w in enumerate(words) if len(w) > 1 and not _ANY_CYR.search(w)
            and not (w[:1].isupper() and w.lower() in english)
            and (k in named or max(wordfreq.zipf_frequency(w.lower(), lg) for lg in WESTERN) < INSIDE_ZIPF)]


def _language_inside_prose(text: str) -> Choice | None:
    """The language of the romanized words inside running Western prose (a Ukrainian title in an
    English footnote), identified from the words that are not common Western words (the prose
    around them would drown their evidence), when identification is :data:`SURE` of a language
    other than Russian; else None (Russian reads the line, as before)."""
    from translit.langs.identify import identify

    from translit.langs.places import places_in

    rest = _words_inside_prose(text)
    # one word is too little evidence, unless it names a place only one of the languages' countries has
    # or identification is all but certain of it (ONE_WORD_SURE)
    if len(rest) < INSIDE_WORDS and not places_in(rest):
        western, n = _western_words(text)
        one = _one_word_inside_prose(rest, prose=_running(text, western, n))
        if one is None and rest and _running(text, western, n) and _shared_places(text):
            return _placed_lead(text, rest, identify(" ".join(rest)))  # a name beside Novi Sad, Poltava
        return one
    ident = identify(" ".join(rest))
    if ident.language in (None, "ru"):
        return None
    if ident.confidence < INSIDE_SURE:
        western, n = _western_words(text)
        if not n or western / n < WESTERN_SHARE:  # not prose: the whole text's verdict decides (choose_read)
            return None
        alike = _alike_leaders(" ".join(rest), ident, INSIDE_SURE)
        if alike is not None:
            return Choice(alike.language, f"running text; {alike.reason}", alike.evidence, alike.confidence)
        return _placed_lead(text, rest, ident) or _inside_lead(rest, ident)
    return Choice(ident.language, f"running text; its {len(rest)} words that are not common Western words "
                                  f"identified with confidence {ident.confidence:.2f}",
                  tuple(ident.ranking[0].evidence[:6]), ident.confidence)


def _placed_lead(text: str, rest: list[str], ident) -> Choice | None:
    """The language of the words inside running prose ``text`` (``rest``, two or more; ``ident``
    their unsure identification) when they name a place of the gazetteer (:mod:`translit.langs.places`)
    of that language's country and of no other, identification ranks that language first, and every
    other word of them is capitalized with no title going on after it (:func:`_in_a_name`): The goalkeeper Dimitar Ivankov
    was born in Pazardzhik, The poet Vera Orlova was born in Kremenchuk. The place's weight alone does
    not take the verdict past :data:`INSIDE_SURE` when the name beside it is one the Russian reader
    reads too (Ivankov, Orlova: Иванков, Орлова), yet a city only one country has is the evidence
    :func:`_one_word_inside_prose` takes for one word, and a name says nothing against it. A title
    beside the place (Prokofiev wrote Voina i mir in Kharkiv: a capitalized word before lower-case
    ones) keeps the line to the other rules, and so does a name the language would leave half in Latin
    or a Russian forename and surname (:func:`_name_left_unread`: The singer Filipp Kirkorov was born in
    Varna stays Russian, Филипп Киркоров, not Filipp Киркоров). With no such place among ``rest``, a
    city of :func:`translit.langs.places.shared_gazetteer` named in ``text`` (Poltava, Novi Sad, Pinsk:
    left out of the gazetteer because English or Russian writes them alike) of the leading language's
    country alone serves, counted among the words (slavic35: Lina Kostenko ... from Poltava; the
    striker Dusan Tadic was born in Novi Sad). Else None."""
    from translit.langs.places import places_in

    if ident.language in (None, "ru"):
        return None
    named = places_in(rest) or _shared_places(text)
    if not named or any(langs != (ident.language,) for _, langs in named):
        return None
    if len(rest) + (0 if places_in(rest) else len(named)) < PLACED_WORDS:
        return None  # one word alone, named or not
    in_places = {w for n, _ in named for w in n.split()}
    if not all(_in_a_name(text, w) for w in rest if w not in in_places):
        return None
    if _name_left_unread(text, _name_words(text, rest, in_places), ident.language):
        return None
    return Choice(ident.language, f"running text; its {len(rest)} words that are not common Western words "
                                  f"name {', '.join(n for n, _ in named)}, a place of its country alone, and a "
                                  f"person; identified as {ident.language} first (confidence {ident.confidence:.2f})",
                  tuple(ident.ranking[0].evidence[:6]), ident.confidence)


def _shared_places(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The places of :func:`translit.langs.places.shared_gazetteer` that the Latin words of running
    prose ``text`` name (Poltava, Novi Sad, Pinsk: cities of one of the five countries that English
    or Russian writes alike), for :func:`_placed_lead`: such a city is no evidence alone, yet beside a
    name identified first in its country's language it is what a city of the gazetteer is there."""
    from translit.langs.places import places_in
    from translit.langs.reader import WORD_RE

    return places_in([m.group() for m in WORD_RE.finditer(text) if not _ANY_CYR.search(m.group())], shared=True)


def _in_a_name(text: str, word: str) -> bool:
    """Whether every occurrence of ``word`` in ``text`` is capitalized and no title goes on after it:
    the next word, one space on, is no lower-case word of a Slavic title (Voina i mir, Detstvo v
    Vinnytsia: a one-letter word English does not write alone, or a word English's list holds less
    than :data:`NAME_NEXT_ENGLISH_ZIPF`). A name (Dimitar Ivankov was born, in Krushevo.) passes."""
    import wordfreq

    from translit.langs.reader import WORD_RE
    from translit.read.language import _other_alphabets

    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    seen = False
    for k, (a, b, w) in enumerate(words):
        if w != word:
            continue
        seen = True
        if not w[:1].isupper():
            return False
        if k + 1 < len(words) and text[b:words[k + 1][0]] == " " and words[k + 1][2].islower():
            nxt = words[k + 1][2]
            if (nxt not in _other_alphabets()[2]) if len(nxt) == 1 else \
                    wordfreq.zipf_frequency(nxt, "en") < NAME_NEXT_ENGLISH_ZIPF:
                return False
    return seen


def _name_words(text: str, rest: list[str], places: set[str]) -> list[str]:
    """The words of the person's name beside the place in ``text``: the words of ``rest`` that are not
    the place's (``places``), with every capitalized word one space before or after one of them (The
    singer Filipp Kirkorov: Filipp, a common Western word and so not in ``rest``, is the name's too),
    unless it is one of the place's words or a word English's list holds at :data:`NAME_ENGLISH_ZIPF`
    or more (The, Then, In beginning a sentence)."""
    import wordfreq

    from translit.langs.reader import WORD_RE

    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    inside = {k for k, (_, _, w) in enumerate(words) if w in rest and w not in places}
    grew = True
    while grew:
        grew = False
        for k in sorted(inside):
            for j in (k - 1, k + 1):
                if j in inside or not 0 <= j < len(words):
                    continue
                a, b = sorted((k, j))
                w = words[j][2]
                if text[words[a][1]:words[b][0]] == " " and w[:1].isupper() and w not in places \
                        and any("a" <= c.lower() <= "z" for c in w) and not _ANY_CYR.search(w) \
                        and wordfreq.zipf_frequency(w.lower(), "en") < NAME_ENGLISH_ZIPF:
                    inside.add(j)
                    grew = True
    return [words[k][2] for k in sorted(inside)]


NAME_ENGLISH_ZIPF = LW.choose.name_english_zipf


def _name_left_unread(text: str, name: list[str], lang: str) -> bool:
    """Whether reading running prose ``text`` in ``lang`` would leave the person's ``name`` half
    converted, or the Russian reader reads it better: a word of it that ``lang``'s reader keeps in
    Latin though every Western list holds it less than
    :data:`~translit.langs.running.NAME_PARTNER_WESTERN_ZIPF` (a name's word, not English's: Filipp
    beside Kirkorov, which Bulgarian would leave as Filipp Киркоров), or a word the Russian reader
    reads as a forename of its dictionary (Павел, Николай) that ``lang``'s reader reads into no word
    of its list at :data:`~translit.langs.running.NAME_PARTNER_OWN_ZIPF`, or, beside a Russian
    forename, a surname of the Russian dictionary that ``lang``'s reader spells otherwise (Nikolai
    Zabolotsky: Заболоцкий, which Ukrainian would make Заболотськи): a Russian named beside a
    neighbour's city. A name ``lang`` reads whole
    (Dimitar Ivankov: Димитър Иванков; Nina Kovaleva: Нина Ковалева) is not."""
    import wordfreq

    from translit.langs.reader import WESTERN, _zipf_of
    from translit.langs.reader import to_cyrillic as read_in
    from translit.langs.running import NAME_PARTNER_OWN_ZIPF, NAME_PARTNER_WESTERN_ZIPF
    from translit.read.lexicon import NAME, SURN, fold, lexicon
    from translit.read.reader import to_cyrillic as read_russian

    if not name:
        return False
    own = {w.input: w for w in read_in(text, lang, mixed=True).words}
    russian = {w.input: w for w in read_russian(" ".join(name)).words}

    def flags(word: str) -> int:
        ru = russian.get(word)
        entry = lexicon().get(fold(ru.cyrillic.lower())) if ru is not None and ru.is_russian else None
        return entry[1] if entry is not None else 0

    if all(own.get(w) is not None and own[w].method == "kept" for w in name):
        return False  # left whole in Latin (running.name_partners: Vera Orlova, Вера no forename of Ukrainian's)
    forename = any(flags(w) & NAME for w in name)
    for word in name:
        theirs = own.get(word)
        if forename and flags(word) & SURN and theirs is not None and \
                theirs.cyrillic.lower() != russian[word].cyrillic.lower():
            return True  # a Russian forename and a Russian surname its reader spells otherwise (Заболотськи)
        if max(wordfreq.zipf_frequency(word.lower(), lg) for lg in WESTERN) >= NAME_PARTNER_WESTERN_ZIPF:
            continue  # a name English writes too (Vera, Mira): the prose keeps it as its own
        if theirs is None or theirs.method == "kept":
            return True
        if flags(word) & NAME and _zipf_of(theirs.cyrillic, lang) < NAME_PARTNER_OWN_ZIPF:
            return True
    return False


NAME_NEXT_ENGLISH_ZIPF = LW.choose.name_next_english_zipf


PLACED_WORDS = LW.choose.placed_words


def _inside_lead(rest: list[str], ident) -> Choice | None:
    """The language of the words inside running prose (``rest``, two or more; ``ident`` their unsure
    identification) when it leads Russian by :data:`NOT_RUSSIAN_GAP` or more, as for a title alone
    (:func:`_lead_over_russian`), and the Russian reader finds at most half of them in its lexicon
    (:func:`_russian_word`): The frescoes of the Boyanska tsarkva, Cataloguers should enter Zviazda,
    the Jesuit church in Niasviž are surely not Russian though the neighbours share the verdict.
    Russian words the neighbours' lists also hold (Dozvoleno cenzuroju, smyčka between town and
    country) are read by the Russian reader, so they keep the line Russian. Else None."""
    lead = _gap_over_russian(ident)
    if lead is None:
        return None
    known, n = _russian_read_words(" ".join(rest))
    if 2 * known > n:
        return None
    return Choice(ident.language, f"running text; its {len(rest)} words that are not common Western words "
                                  f"identified with confidence {ident.confidence:.2f}, {lead:.1f} above Russian "
                                  f"(at least {NOT_RUSSIAN_GAP}), {known} of them Russian words: not Russian",
                  tuple(ident.ranking[0].evidence[:6]), ident.confidence)


ONE_WORD_SURE = LW.choose.one_word_sure
ONE_WORD_LEXICON_SURE = LW.choose.one_word_lexicon_sure
ONE_WORD_ZIPF = LW.choose.one_word_zipf


def _one_word_inside_prose(rest: list[str], prose: bool = True) -> Choice | None:
    """The language of the one word of running prose that is not a common Western word (The choir
    sang Shchedryk…) when identification is :data:`ONE_WORD_SURE` of a language other than Russian,
    or, in running prose (``prose``: not a name as short as Roman Ivanychuk, which the whole text's
    verdict decides), :data:`ONE_WORD_LEXICON_SURE` with :func:`_listed_not_russian`; else None
    (Russian reads the line, as before)."""
    from translit.langs.identify import identify

    if len(rest) != 1:
        return None
    ident = identify(rest[0])
    if ident.language in (None, "ru") or ident.confidence < (ONE_WORD_LEXICON_SURE if prose else ONE_WORD_SURE):
        return None
    why = f"running text; its one word that is not a common Western word identified with confidence " \
          f"{ident.confidence:.2f}"
    if ident.confidence < ONE_WORD_SURE:
        listed = _listed_not_russian(rest[0], ident.language)
        if listed is None:
            return None
        why += f", {listed}"
    return Choice(ident.language, why, tuple(ident.ranking[0].evidence[:6]), ident.confidence)


def _listed_not_russian(word: str, lang: str) -> str | None:
    """Why the Latin ``word`` is evidence of ``lang`` alone (:data:`ONE_WORD_LEXICON_SURE`): ``lang``'s
    reader reads it as a word of its list at :data:`ONE_WORD_ZIPF` or more (Subotiv: Суботів, Kurbinovo:
    Курбиново, Zlatarski: Златарски) and the Russian reader finds no Russian word in it (Суботив,
    Курбиново and Златарски are none); else None (Zoria: Зоря, Pinsk: Пинск are Russian words too)."""
    from translit.langs.reader import _zipf_of, read_word

    cyr = read_word(word, lang)[0]
    z = _zipf_of(cyr, lang)
    if z < ONE_WORD_ZIPF or _russian_read_words(word)[0]:
        return None
    return f"read {cyr} (Zipf {z:.1f} in {lang}), no Russian word"


def _alike_leaders(text: str, ident, sure: float) -> Choice | None:
    """The top language of an unsure identification of romanized ``text`` when the languages ranked
    above Russian together are ``sure`` (their shares of the scores' softmax summed) and read the
    text into the same Cyrillic: Serbian and Macedonian Latin titles (Istorija na makedonskiot
    narod beside Istorija Jugoslavije) are told apart only by a few words, yet either reading is
    right, while the Russian default read them as Russian (История Югославие). None otherwise, and
    None for text with no Latin word of three letters or more (``of``, ``pp. 12–14``, ``e.g.``):
    every language but Russian reads such scraps alike, and their pooled shares say nothing of
    which language the text is in (English scraps came out as Serbian оф, Ukrainian пп.)."""
    import math

    if not any(len(w) > 2 for w in _LAT_WORD.findall(text)):
        return None
    scores = [r.score for r in ident.ranking]
    if not scores or ident.ranking[0].language == "ru":
        return None
    top = max(scores)
    weights = [math.exp(x - top) for x in scores]
    total = sum(weights)
    leaders: list[str] = []
    pooled = 0.0
    for r, w in zip(ident.ranking, weights):
        if r.language == "ru":
            break
        leaders.append(r.language)
        pooled += w / total
    if len(leaders) < 2 or pooled < sure:
        return None
    from translit.langs.reader import to_cyrillic

    readings = {to_cyrillic(text, lang).text.casefold() for lang in leaders}
    if len(readings) != 1:
        return None
    return Choice(leaders[0], f"{' and '.join(leaders)} read it alike (together {pooled:.2f}, "
                              f"{leaders[0]} first): read as {leaders[0]}",
                  tuple(ident.ranking[0].evidence[:6]), pooled)


def resolve_choice(text: str, lang: str | None) -> Choice:
    """``lang`` as a :class:`Choice` (named by the caller), or the chosen language when it is None or ``auto``."""
    if lang is None or lang == "auto":
        return choose(text)
    from translit.errors import UnknownLanguageError
    from translit.schemes import languages

    if not isinstance(lang, str) or lang not in languages():
        raise UnknownLanguageError(lang, tuple(languages()) + ("auto",))
    return Choice(lang, "named by the caller")
