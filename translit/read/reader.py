"""Read romanized Russian back into Cyrillic: the pipeline.

A text is cut into Latin words (:mod:`translit.read.tokens`), its scheme detected
(:mod:`translit.read.detect`) unless the caller names it, each word read
(:mod:`translit.read.words`: candidates from :mod:`translit.read.candidates`, ranked by
:mod:`translit.read.scoring`), the parts of hyphenated words chosen together, and each word
decided Russian or not (:mod:`translit.read.language`). Every word keeps its ranked
candidates and the reason the winner won.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from translit.read import lexicon as lexmod
from translit.read.candidates import Candidate, Source, WordReader, reader, unstressed  # noqa: F401
from translit.read.breaks import follow_pieces, join_line_breaks, settle_line_breaks
from translit.read.context import choose_in_context, feminine_surnames, pre_reform_hard_signs, pre_reform_i
from translit.read.established import read_established
from translit.read.language import decide
from translit.read.ocr import join_digit_words, join_lost_signs
from translit.read.policy import CATALOGUE_FIELD, ReadingPolicy, from_flags, policy_named
from translit.read.scoring import Preference
from translit.read.tokens import latin_words
from translit.read.weights import W
from translit.normalize.lookalikes import fold_mixed_words
from translit.read.words import MAX_WORD, WordReading, prefer_hyphenated_words, read_word, stray_letter  # noqa: F401
from translit.schemes import SCHEME_IDS

__all__ = ["Candidate", "Preference", "Reading", "Source", "WordReading", "read_word", "to_cyrillic"]


@dataclass
class Reading:
    """The Cyrillic reading of a romanized text."""

    input: str
    text: str
    scheme: str | None
    confidence: float
    words: list[WordReading]
    # each word's verdict from its own evidence, before its neighbours decided (word start → True:
    # Russian, False: not, None: undecided); a document's reading weighs these (read/document.py)
    alone: dict[int, bool | None] = field(default_factory=dict, repr=False, compare=False)

    def as_dict(self, candidates: int | None = 5) -> dict[str, Any]:
        return {"input": self.input, "cyrillic": self.text, "scheme": self.scheme,
                "confidence": round(self.confidence, 3),
                "words": [w.as_dict(candidates) for w in self.words]}


def to_cyrillic(text: str, scheme: str | None = None, yo: bool = False, policy: ReadingPolicy | str | None = None,
                keep_english: bool | None = None, assume_russian: bool | None = None,
                keep_names_in_english: bool | None = None, forms: dict[str, bool] | None = None,
                spellings: dict[str, str] | None = None, citations: bool = True,
                pieces: dict[int, WordReading] | None = None, around: tuple[str, str] | None = None) -> Reading:
    """Read romanized Russian in any scheme (or the given one) back into Cyrillic.

    Digits, punctuation and anything that is not a Latin word pass through unchanged; Cyrillic
    already in the text is kept. ``yo=True`` restores ё from the dictionary where the input
    did not mark it. ``policy`` (:mod:`translit.read.policy`: ``CATALOGUE_FIELD``, the default,
    ``RUNNING_TEXT`` or ``EVERY_WORD``, or their short names) says which words count as Russian.
    The flags ``keep_english``, ``assume_russian`` and ``keep_names_in_english`` are the old
    spelling of the policy, kept for one release: each one given adjusts the policy.
    ``forms``: decisions already taken for surface forms elsewhere in the same document
    (:mod:`translit.read.document`), folded form → Russian or not; a word whose form is listed
    follows that decision unless its own evidence decides it. ``spellings``: the document's
    Cyrillic for a word read as Russian (exact word → Cyrillic), so one word reads alike on
    every line. ``citations``: the marks of the archival citations in the text (labels, verso
    marks, acronyms, ibid., archives' names) are written from the labels data and the registry
    (:mod:`translit.archives.rewrite`: ``Bl. 12 Rs.`` → ``л. 12 об.``, ``opys`` → ``опис``), each
    one word of the reading with the source ``citation mark``, not read letter by letter.
    ``pieces``: the document's reading of the pieces of words a line break cut between two lines
    (start offset of the piece in ``text`` → its reading in the two lines read together,
    :func:`translit.read.document.broken_pieces`): each such piece takes that reading. ``around``:
    the lines before and after ``text`` when a citation runs across them (its marks found in them
    together, :func:`translit.archives.rewrite.citation_edits_around`).
    """
    if not isinstance(text, str):
        raise TypeError(f"to_cyrillic takes a str, not {type(text).__name__}")
    if scheme is not None and scheme not in SCHEME_IDS:
        from translit.errors import UnknownSchemeError

        raise UnknownSchemeError(scheme, SCHEME_IDS)
    original = text  # what a word left as it was is written from
    text = fold_mixed_words(text)  # a word of Latin and Cyrillic lookalikes read as one word
    matches = join_lost_signs(text, join_digit_words(text, latin_words(text)))
    if scheme is None and matches:
        from translit.read.detect import detected_preference

        chosen, prefer = detected_preference([m.group() for m in matches])
    else:
        chosen = scheme
        prefer = Preference.only(scheme)
    words: list[WordReading] = [read_word(m.group(), prefer) for m in matches]
    breaks = join_line_breaks(text, matches, words, prefer) if "-" in text or "\u00ad" in text or "\u2010" in text else {}
    if "-" in text:
        prefer_hyphenated_words(text, matches, words)
    choose_in_context(text, matches, words)
    pol = from_flags(policy_named(policy) if policy is not None else CATALOGUE_FIELD,
                     keep_english, assume_russian, keep_names_in_english)
    verdicts = decide(text, matches, words, chosen, prefer, scheme, pol, forms)
    if breaks:
        settle_line_breaks(breaks, verdicts)
    if pieces:
        follow_pieces(matches, words, verdicts, pieces)
    established = read_established(text, matches, words, verdicts, pol, yo)
    if len(matches) > 1:
        feminine_surnames(text, matches, words, verdicts, established)
    read_russian = [bool(v) and k not in established for k, v in enumerate(verdicts)]
    pre_reform_hard_signs(text, words, read_russian)
    pre_reform_i(text, [(m.start(), m.end()) for m in matches], words, read_russian, sentences=pol.english_first)
    edits = _citation_marks(text, around) if citations else []
    out: list[str] = []
    pos = 0
    covered = -1  # the last word of an established form being written
    for k, (m, wr, russian) in enumerate(zip(matches, words, verdicts)):
        wr.start, wr.end = m.start(), m.end()
        if k in established:
            covered, cyr, why, convention = established[k]
            cand = Candidate(cyr, W.rank.established, why, source=Source.ESTABLISHED, convention=convention)
            wr.candidates = [cand] + [c for c in wr.candidates if c.cyrillic != cyr]
            wr.cyrillic, wr.reason, wr.confidence, wr.is_russian = cyr, why, 0.95, True
            wr.end = matches[covered].end()  # a form of several words is one word of the reading
            wr.input = text[wr.start:wr.end]
            out.append(text[pos:m.start()])
            out.append(cyr)
            pos = wr.end
            continue
        if k <= covered:  # inside an established form written whole by its first word
            continue
        if russian and len(matches) == 1 and stray_letter(wr):
            russian = False
            verdicts.why[k] = "a lone letter with a diacritic that spells no Russian word: left as it was"
        if not russian:
            wr.cyrillic = original[m.start():m.end()]  # (the text's own characters: a word an OCR repair read)
            wr.reason = verdicts.why.get(k, "left as it was: not romanized Russian")
            wr.confidence = verdicts.confidence.get(k, 1.0)
            wr.is_russian = False
            wr.left_by_rule = k in verdicts.hard
        elif spellings and spellings.get(wr.input, wr.cyrillic) != wr.cyrillic:
            wr.cyrillic = spellings[wr.input]
            wr.reason = f"read as elsewhere in the document ({wr.reason})"
        elif yo and wr.candidates:
            form = reader().lex.yo_form(lexmod.fold(wr.cyrillic))
            if form and "ё" not in wr.cyrillic:
                wr.cyrillic = _restore_yo(wr.cyrillic, form)
        out.append(text[pos:m.start()])
        out.append(wr.cyrillic)
        pos = m.end()
    out.append(text[pos:])
    if original is not text:  # each word as it came, lookalikes and all
        for wr in words:
            wr.input = original[wr.start:wr.end]
    if established:
        inside = {j for k, (last, *_) in established.items() for j in range(k + 1, last + 1)}
        words = [wr for j, wr in enumerate(words) if j not in inside]
    if edits:
        words, written = _with_citation_marks(text, words, edits)
        out = [written]
    conf = 1.0
    for wr in words:
        conf *= wr.confidence
    if not words:
        conf = 0.0
    alone = {m.start(): v for m, v in zip(matches, verdicts.alone)} if verdicts.alone else {}
    return Reading(original, "".join(out), chosen, conf, words, alone)


def _restore_yo(cyr: str, form: str) -> str:
    """Put ё (or Ё) where the dictionary spelling has it, keeping the case of ``cyr``."""
    if len(cyr) != len(form):
        return cyr
    return "".join(("Ё" if c == "Е" else "ё") if f == "ё" and c in "еЕ" else c for c, f in zip(cyr, form))


def _citation_marks(text: str, around: tuple[str, str] | None = None) -> list:
    """What to write in Cyrillic for each mark of the archival citations in ``text`` (and for a
    Ukrainian or Belarusian archive's acronym outside one), or []."""
    from translit.archives.rewrite import citation_edits_around

    return citation_edits_around(text, "cyrillic", around)


def _with_citation_marks(text: str, words: list[WordReading], edits: list) -> tuple[list[WordReading], str]:
    """The words with each citation mark made one word of the reading (its Cyrillic from the
    labels data, source ``citation mark``) in place of the words read inside it, and the text
    written from them. A mark that only part of a word falls in is left to the word."""
    from translit.langs.api import splice

    from bisect import bisect_left, bisect_right

    marks: list[WordReading] = []
    inside: set[int] = set()
    # the words are in text order and do not overlap, so those a mark touches are one run, found
    # by bisection (a scan of every word per mark was quadratic in a text of many citations)
    starts, ends = [w.start for w in words], [w.end for w in words]
    ordered = all(a <= b for a, b in zip(ends, starts[1:]))
    for e in edits:
        hit = list(range(bisect_right(ends, e.start), bisect_left(starts, e.end))) if ordered else \
            [j for j, w in enumerate(words) if e.start < w.end and w.start < e.end]
        if any(words[j].start < e.start or words[j].end > e.end for j in hit):
            continue
        inside.update(hit)
        written = text[e.start:e.end]
        changed = e.output != written
        why = ("an archival citation's mark, written from the labels data and the archive registry"
               if changed else "an archival citation's mark already as the target writes it: left as it was")
        marks.append(WordReading(written, e.start, e.end, e.output,
                                 [Candidate(e.output, W.rank.established, why, source=Source.CITATION)],
                                 1.0, why, is_russian=changed))
    kept = [w for j, w in enumerate(words) if j not in inside]
    pieces = [(w.start, w.end, w.cyrillic) for w in kept] + [(m.start, m.end, m.cyrillic) for m in marks]
    return sorted(kept + marks, key=lambda w: w.start), splice(text, pieces)
