"""The language-aware entry points: ``lang`` for reading back, converting and match keys.

``lang`` is an ISO 639-1 code (``ru``, ``uk``, ``be``, ``bg``, ``sr``, ``mk``; ``rue``), ``auto``
to identify the language of each text (:mod:`translit.langs.identify`), or None for Russian, which
keeps every Russian entry point exactly as it was.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from translit.errors import UnknownLanguageError
from translit.langs.weights import LW
from translit.schemes import languages

_CYR = re.compile("[\u0400-\u04ff]")


def resolve(text: str, lang: str | None) -> str:
    """The language to use for ``text``: ``lang`` itself, or for ``auto`` the one the commands choose
    by default (:func:`translit.langs.choose.choose`: identified, Russian when identification is
    unsure or the text is English prose around romanized Russian), so the library and the CLI agree."""
    if lang is None:
        return "ru"
    if lang == "auto":
        from translit.langs.choose import choose

        return choose(text).language
    if not isinstance(lang, str) or lang not in languages():
        raise UnknownLanguageError(lang, tuple(languages()) + ("auto",))
    return lang


def to_cyrillic(text: str, lang: str | None = None, scheme: str | None = None, citations: bool = True,
                **options: Any):
    """Read romanized ``text`` back in ``lang`` (Russian by default; ``auto`` identifies it).
    ``citations``: the marks of the archival citations in it (labels, verso marks, acronyms,
    archives' names) are written from the labels data and the registry
    (:mod:`translit.archives.rewrite`), not read as words."""
    code = resolve(text, lang)
    if code == "ru":
        from translit.read.reader import to_cyrillic as russian

        return russian(text, scheme=scheme, citations=citations, **options)
    from translit.langs.reader import to_cyrillic as other

    edits = _citation_marks(text, "cyrillic", code) if citations else []
    reading = other(text, code, scheme, mixed=True if edits else None)
    if edits:
        reading.words = [w for w in reading.words if not any(e.start < w.end and w.start < e.end for e in edits)]
        # the marks are written from data, sure: the confidence is the words' left to the reader
        reading.confidence = sum(w.confidence for w in reading.words) / len(reading.words) if reading.words else 1.0
        reading.text = splice(text, [(w.start, w.end, w.cyrillic) for w in reading.words]
                              + [(e.start, e.end, e.output) for e in edits])
    return reading


def _citation_marks(text: str, to: str, code: str, **options: Any) -> list:
    from translit.archives.rewrite import citation_edits

    return citation_edits(text, to, lang=code, **options)


def splice(text: str, pieces: list[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, output)`` of ``pieces`` (none overlapping) written in place."""
    out, pos = [], 0
    for a, b, new in sorted(pieces):
        out += [text[pos:a], new]
        pos = b
    out.append(text[pos:])
    return "".join(out)


@dataclass
class LangConversion:
    input: str
    text: str
    lang: str
    to: str
    spans: list = field(default_factory=list)  # translit.conversion.Span, as Russian's convert lists them

    def as_dict(self) -> dict[str, Any]:
        return {"input": self.input, "output": self.text, "lang": self.lang, "to": self.to,
                "spans": [s.as_dict() for s in self.spans]}


def _same_letters_kept(piece: str, reading: Any, cyr: str, to: str, code: str, per_run: bool, **options: Any) -> str:
    """``cyr``, the reading of ``piece``, with each word whose reading romanizes back to its own
    letters in another Unicode form only (Cafe + U+0301 read as е with a stress mark, or as Цафé,
    and written back as the one letter é) kept as it came, code point for code point: no
    conversion, and text that is not the language's passes through as it is. The word is marked
    kept in ``reading``."""
    def same(w: Any) -> bool:
        back = romanize_runs(w.cyrillic, to, code, per_run=per_run, **options)
        return back != w.input and unicodedata.normalize("NFC", back) == unicodedata.normalize("NFC", w.input)

    words = sorted(reading.words, key=lambda w: w.start)
    kept = [w for w in words if w.cyrillic != w.input and same(w)]
    if not kept or splice(piece, [(w.start, w.end, w.cyrillic) for w in words]) != cyr:
        return cyr  # (a reading not made word by word: left as it is)
    for w in kept:
        w.cyrillic, w.method = w.input, "kept"
    return splice(piece, [(w.start, w.end, w.cyrillic) for w in words])


def _changed(text: str, output: str, start: int):
    """(start, end, its output) of the part of ``text`` (at offset ``start``) that ``output``
    changes: the two without their common beginning and end, or None when they are equal."""
    if text == output:
        return None
    a = 0
    while a < min(len(text), len(output)) and text[a] == output[a]:
        a += 1
    b = 0
    while b < min(len(text), len(output)) - a and text[-1 - b] == output[-1 - b]:
        b += 1
    return start + a, start + len(text) - b, output[a:len(output) - b]


def _piece_spans(piece: str, start: int, reading: Any, out: str, to: str, per_run: bool, **options: Any) -> list:
    """The spans of one piece of a line converted in another language: a span per word the reading
    changed (its offsets, reading and confidence), when those words written in place give the
    piece's output; else one span over the part of the piece that changed (so the spans, written
    into the input, always give the output)."""
    from translit.conversion import Span

    scheme = reading.schemes[0] if reading is not None and len(reading.schemes) == 1 else None
    words = [w for w in (reading.words if reading is not None else []) if w.cyrillic != w.input or to != "cyrillic"]
    spans = []
    for w in words:
        written = w.cyrillic if to == "cyrillic" else romanize_runs(w.cyrillic, to, reading.lang, per_run=per_run, **options)
        if written != w.input:
            spans.append(Span(start + w.start, start + w.end, w.input, written, scheme, w.confidence, True))
    if splice(piece, [(s.start - start, s.end - start, s.output) for s in spans]) == out:
        return spans
    whole = _changed(piece, out, start)
    if whole is None:
        return []
    conf = min((w.confidence for w in words), default=1.0)
    return [Span(whole[0], whole[1], piece[whole[0] - start:whole[1] - start], whole[2], scheme, conf, True)]


def convert(text: str, to: str = "alalc", lang: str | None = None, source: str | None = None,
            per_run: bool = False, policy: Any = None, **options: Any):
    """Convert the ``lang`` words of ``text`` (romanized in any of its schemes, or Cyrillic) to
    ``to`` (``per_run``: see :func:`romanize_runs`). ``policy`` (:mod:`translit.read.policy`, as
    Russian's convert takes it): ``running`` (English prose with the language inside: common and
    known Western words are kept on every line, :func:`translit.langs.reader._western_word`);
    None or ``catalogue`` keep the older rule (kept only beside Cyrillic, a citation or in text
    that is mostly Western words); ``every`` reads every Latin word."""
    code = resolve(text, lang)
    if code == "ru":
        from translit.conversion import convert as russian

        if policy is not None:  # (Russian's own default when none is given)
            options["policy"] = policy
        return russian(text, to=to, source=source, **options)
    from translit.romanize import romanize

    if to != "cyrillic":
        romanize("", to, lang=code, **options)  # the scheme must exist for the language
    from translit.read.policy import policy_named

    # "running", "every" or "catalogue": a preset's first word ("running text"), an unknown name refused
    name = (policy_named(policy).name.split() or [""])[0] if policy is not None else None

    # the marks of archival citations are written from the labels data (translit.archives.rewrite),
    # the text between them is converted as the language's text; beside Cyrillic or a citation,
    # or in running text (as many common Western words as language.choose takes for prose), a
    # common English (German, French…) word is prose and is kept (langs.reader._western_word)
    edits = _citation_marks(text, to, code, **options)
    mixed = name != "every" and (name == "running" or bool(edits) or bool(_CYR.search(text)) or _running_text(text))

    spans: list = []

    def one(piece: str, start: int) -> str:
        if not piece.strip():
            return piece
        reading = None
        if _CYR.search(piece) and not re.search("[A-Za-z]{2,}", piece):
            cyr = piece
        else:
            from translit.langs.reader import to_cyrillic as other

            reading = other(piece, code, source, mixed=mixed)
            cyr = reading.text
        if reading is not None and to != "cyrillic":
            cyr = _same_letters_kept(piece, reading, cyr, to, code, per_run, **options)
        written = cyr if to == "cyrillic" else romanize_runs(cyr, to, code, per_run=per_run, **options)
        spans.extend(_piece_spans(piece, start, reading, written, to, per_run, **options))
        return written

    from translit.conversion import Span

    out, pos = [], 0
    for e in edits:
        out += [one(text[pos:e.start], pos), e.output]
        if e.output != text[e.start:e.end]:
            spans.append(Span(e.start, e.end, text[e.start:e.end], e.output, "citation", 1.0, True))
        pos = e.end
    out.append(one(text[pos:], pos))
    return LangConversion(text, "".join(out), code, to, sorted(spans, key=lambda s: s.start))


def _running_text(text: str) -> bool:
    """Whether ``text`` is running Western prose (English around a Ukrainian name, say) by the
    share of common English, German, French, Spanish or Italian words that language choice uses
    for the same question (:data:`translit.langs.choose.WESTERN_SHARE`). The words are counted in
    NFC, for the decision only: Gro + U+0308 + ße is the one word Größe, not Gro and ße (probe17)."""
    from translit.langs.choose import WESTERN_SHARE, _western_words

    western, n = _western_words(unicodedata.normalize("NFC", text))
    return bool(n) and western / n >= WESTERN_SHARE


# a run of Cyrillic words and what joins them (spaces, hyphens, punctuation; no Latin letter, no digit)
_CYR_RUN = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff\u0300-\u036f'’ʼ]*"
                      r"(?:[^\w\n]+[\u0400-\u04ff][\u0400-\u04ff\u0300-\u036f'’ʼ]*)*")


RUN_SURE = LW.api.run_sure  # a run of a line chosen as one language is taken for another only this surely


def romanize_runs(text: str, to: str, lang: str, per_run: bool = False, **options: Any) -> str:
    """``text`` romanized into ``to`` in ``lang``, except that a run of Cyrillic words with a
    letter ``lang``'s alphabet lacks (a Bulgarian title with ъ on a Ukrainian line, a Russian one
    with я on a Serbian line) is romanized in the language chosen for that run, when it has
    the table: a table never leaves a letter it does not know in Cyrillic. ``per_run`` (the
    line's language was chosen, not named): a run identified as another language with
    confidence :data:`RUN_SURE` or more is romanized in it too (a Bulgarian title on a line
    chosen as Rusyn, whose alphabet has every Bulgarian letter)."""
    from translit.langs.identify import _modern_alphabets
    from translit.romanize import romanize
    from translit.schemes import scheme_ids

    own = _modern_alphabets()[lang]
    out, last = [], 0
    for m in _CYR_RUN.finditer(text):
        run = m.group()
        letters = {c for c in run.lower() if _CYR.match(c)}
        run_lang = lang
        if per_run or letters - own:
            from translit.langs.choose import choose

            chosen = choose(run)
            if chosen.language != lang and to in scheme_ids(chosen.language) and (
                    letters - own or (chosen.confidence or 0.0) >= RUN_SURE):
                run_lang = chosen.language
        out.append(romanize(text[last:m.start()], to, lang=lang, **options))
        out.append(romanize(run, to, lang=run_lang, **options))
        last = m.end()
    out.append(romanize(text[last:], to, lang=lang, **options))
    return "".join(out)


@cache
def _established() -> dict[str, str]:
    """Folded form → the row's key, from ``established.toml`` (its forms and its names by language)."""
    data = tomllib.loads(resources.files("translit.langs").joinpath("established.toml").read_text("utf-8"))
    out: dict[str, str] = {}
    for row in data["place"]:
        for form in row["forms"] + list(row.get("cyrillic", {}).values()):
            out[_fold_form(form)] = row["key"]
    return out


# Latin letters no Unicode decomposition folds to ASCII, as ASCII writes them: Serbian đ is dj
# (Djordje, Djokovic: the Serbian Latin alphabet's own fallback, and Đ's ALA-LC value in the
# Serbian table's reading), so a key keeps the letter instead of dropping it (Đorđe → orđe → "ore")
_NO_DECOMPOSITION = str.maketrans({"đ": "dj", "Đ": "Dj"})


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
    return text.encode("ascii", "ignore").decode("ascii").lower()


def _fold_form(form: str) -> str:
    if _CYR.search(form):
        return "cyr:" + form.lower().replace("ё", "е")
    return "lat:" + _ascii(form).replace("'", "")


def _established_lemma(cyr: str, lang: str) -> str | None:
    """The established-forms key of an inflected place name (Києва → kyiv, Киеве → kyiv)."""
    if lang == "uk":
        from translit.langs.glossary import _morph
    elif lang == "ru":
        from translit.glossary import _morph
    else:
        return None
    table = _established()
    for p in _morph().parse(cyr.lower()):
        hit = table.get(_fold_form(p.normal_form))
        if hit is not None:
            return hit
    return None


def key(text: str, lang: str | None = None) -> str:
    """A match key that agrees across languages and schemes.

    Russian (``lang`` None or ``ru``) is :func:`translit.matchkey.key` unchanged; with ``auto`` or
    another language the words are read in that language, folded to ASCII, and every form in the
    established-forms table (Kyiv, Kiev, Київ, Киев) becomes its row's key.
    """
    if not isinstance(text, str):
        raise TypeError(f"key takes a str, not {type(text).__name__}")
    from translit.matchkey import key as russian_key
    from translit.read.tokens import NO_INVISIBLE  # a joiner or soft hyphen inside a word is part of it

    if lang is None:
        return russian_key(text)
    code = resolve(text, lang)
    table = _established()
    words = re.findall(r"[^\W\d_][^\W\d_\u0300-\u036f\u0361\ufe20\ufe21ʹʺ'’]*(?:[\u0300-\u036f\u0361\ufe20\ufe21ʹʺ'’]+[^\W\d_]*)*|\d+", unicodedata.normalize("NFC", text).translate(NO_INVISIBLE))
    out: list[str] = []
    for w in words:
        hit = table.get(_fold_form(w))
        if hit is not None:
            out.append(hit)
            continue
        if code == "ru":
            hit = _established_lemma(w, code) if _CYR.search(w) else None
            out.append(hit or russian_key(w))
            continue
        from translit.romanize import romanize

        cyr = w if _CYR.search(w) else to_cyrillic(w, code).text
        hit = table.get(_fold_form(cyr)) or _established_lemma(cyr, code)
        if hit is not None:
            out.append(hit)
            continue
        folded = cyr.lower().replace("ʼ", "").replace("ь", "").replace("ъ", "")
        out.append(_ascii(romanize(folded, "alalc", lang=code)))
    return " ".join(w for w in out if w)


def chosen_key(text: str, lang: str | None = None, policy: Any = None):
    """(the :class:`~translit.langs.choose.Choice`, the match key) of ``text``: what the library's
    :func:`translit.key`, the CLI's ``key``, the HTTP API and batch jobs all give.

    ``auto`` or a language other than Russian keys through the established forms, so Kyiv, Kiev,
    Київ and Киев agree; with no language named, the language is chosen per text
    (:func:`translit.langs.choose.choose`): text chosen as Russian (and any text with ``ru``)
    keeps its Russian key, so indexes built before stay valid, and text chosen as another
    language is keyed in it (Київ → kyiv, not the Russian reading's kiv)."""
    if not isinstance(text, str):
        raise TypeError(f"key takes a str, not {type(text).__name__}")
    from translit.langs.choose import resolve_choice

    # decomposed Unicode (й as и and a combining breve) is the same text: the language is chosen on
    # the composed form, as the key reads it
    text = unicodedata.normalize("NFC", text)

    choice = resolve_choice(text, lang)
    if lang == "auto" or choice.language != "ru":
        return choice, key(text, "auto" if lang == "auto" else choice.language)
    from translit.matchkey import key as russian_key

    return choice, russian_key(text, policy=policy or "catalogue")
