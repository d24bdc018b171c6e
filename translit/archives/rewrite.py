"""Write the marks of the archival citations in a text in another script, for ``convert``.

A citation's labels, verso marks and archive acronyms are abbreviations, not words: read letter
by letter they come out wrong (``Bl.`` → ``Бл.``, ``Rs.`` left, ``ЦДАГО`` → ``T͡SDAGO``, ``ERAF`` →
``YeRAF``). :func:`citation_edits` finds every citation in a text
(:func:`translit.archives.citation.parse_citations`) and says what to write for each of its marks:

- a label written in the other script: the target's form from ``labels.toml [write]`` in the
  citation's label language (``cyrillic`` for Cyrillic, ``english`` for a Latin scheme): ``Bl.``,
  ``file``, ``feuillet`` → ``л.``/``д.``; ``Спр.`` → ``Spr.``. A label written as a word without a
  period (``delo``, ``opis'``, ``op``, ``Fond``) becomes the same word in the target (``дело``,
  ``опись``, ``оп``, ``Фонд``; a Cyrillic one romanized in the target scheme). A capital is kept;
- the verso mark after a folio the same way (``Rs.``, ``v°``, ``ob.``, ``5v`` → ``об.``), and the
  letters of a number (``R-8131`` ↔ ``Р-8131``, ``3-os`` ↔ ``3-ос``, ``12a`` ↔ ``12а``);
- an archive's acronym in the other script: the registry's spelling of the name as cited, a
  variant with the same letters first (``TsGAOR`` → ``ЦГАОР``, ``ЦДАГО`` → ``TsDAHO``);
- an ibid. in Latin letters, to Cyrillic: ``там же`` (``там само``, ``тамсама``) in the citation's
  label language.

A mark already in the target's script is written as it was (``f. 17`` stays in an ALA-LC
text, ``Ф. 17`` in a Cyrillic one), and so is an acronym with no spelling in the other script
(``ERAF``): every mark is listed, so that the reader does not read it as a word. Everything else
in a citation's span (a remark, an unknown part) is left to the reader.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from translit.archives import Name, acronym_key
from translit.errors import TranslitError
from translit.archives.citation import Citation, _CYR_LAT, _LAT_CYR, _fond_prefix_letters, _labels, _letters_cyr, _named_fond, parse_citations

_CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True)
class Edit:
    """What to write at ``start:end`` of the text instead of what is there."""

    start: int
    end: int
    output: str


def citation_edits(text: str, to: str, **options) -> list[Edit]:
    """What to write for each mark of every citation in ``text`` in target ``to`` (``"cyrillic"``
    or a scheme id), in order, none overlapping; a mark written as it stands is listed too."""
    out: list[Edit] = []
    for c in parse_citations(text) if may_cite(text) else ():
        for kind, name, a, b in c.marks:
            written = text[a:b]
            if kind in ("named", "name"):  # an archive's name in words
                new = _archive_name(written, c, to, options)
                if new is not None:
                    out.append(Edit(a, b, new))
                continue
            new = _rewrite(kind, name, written, c, to, options, _opens(text, a))
            if new is not None and new.endswith(".") and text[b:b + 1] == ".":
                new = new[:-1]  # "6v." → "6об." and not "6об.."
            out.append(Edit(a, b, written if new is None else new))
    out += _acronyms_outside(text, to, out, options)
    return sorted(out, key=lambda e: e.start)


def citation_edits_around(text: str, to: str, around: tuple[str, str] | None = None, **options) -> list[Edit]:
    """:func:`citation_edits` of ``text``, a line of a document, with ``around`` the lines before
    and after it (with their line break) when a citation runs across them (RGASPI, f. 17, op. at
    the end of one line, 162, d. 9, l. 54 at the start of the next: :func:`crossing_citations`):
    the marks are found in the lines read together, and those inside ``text`` kept, shifted."""
    if not around:
        return citation_edits(text, to, **options)
    before, after = around
    lead, end = len(before), len(before) + len(text)
    return [Edit(e.start - lead, e.end - lead, e.output) for e in citation_edits(before + text + after, to, **options)
            if e.start >= lead and e.end <= end]


# where a line's end may cut a citation: after a number or a short label (op., d., ll., 5ob,), and the
# next line going on with a number or a short label before one (162, d. 9 / 2ob. / l. 54)
_CUT_END = re.compile(r"(?:\d|\b[^\W\d_]{1,4}\.?)[\w–-]*[.,;]?[ \t]*\r?\Z")  # a CR LF's CR too
_CUT_START = re.compile(r"[ \t]*(?:\d|[^\W\d_]{1,5}\.?[ \t]*\d)")


def crossing_citations(lines: list[str]) -> dict[int, tuple[str, str]]:
    """For the lines of a document (a window of them): line index → (the line before it with its
    line break, the line after it with its line break), the context to find a citation's marks in,
    when a citation starts on one line and goes on at the start of the next (its labels and numbers
    cut by the page's line end). Empty sides are ''."""
    from translit.archives.citation import parse_citations

    out: dict[int, list[str]] = {}
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if not _CUT_END.search(line) or not _CUT_START.match(nxt) or not may_cite(line):
            continue
        cut = len(line)
        joined = line + "\n" + nxt
        if any(c.start < cut and c.end > cut + 1 for c in parse_citations(joined)):
            out.setdefault(i, ["", ""])[1] = "\n" + nxt
            out.setdefault(i + 1, ["", ""])[0] = line + "\n"
    return {i: (b, a) for i, (b, a) in out.items()}


def _acronyms_outside(text: str, to: str, taken: list[Edit], options: dict) -> list[Edit]:
    """The acronym of a Ukrainian or Belarusian archive of the registry named outside a citation
    (``TsDAHO holds the party's files``, ``ЦДАГО``): in the target as in a citation (ЦДАГО, not
    the Russian reading ЦДАХО; TsDAHO, not T͡SDAGO). Russian archives' acronyms are left to the
    reader, which reads them as abbreviations letter for letter."""
    heads = _other_heads()
    if not any(w.casefold() in heads for w in _CAPITALS.findall(text)):
        return []  # no first word of such an acronym: the registry's pattern is not run
    from translit.archives.citation import _archive_re, _lookup

    out: list[Edit] = []
    for m in _archive_re()[0].finditer(text):
        a, b, written = m.start(), m.end(), m.group()
        if m.group("acr") is None or sum(ch.isupper() for ch in written) < 2 \
                or any(e.start < b and a < e.end for e in taken):
            continue
        hit = _lookup(written)
        if hit is None or _country_language(hit.archive.country) == "ru":
            continue
        new = _archive(written, hit.cited, to == "cyrillic", to, options)
        out.append(Edit(a, b, written if new is None else new))
    return out


_CAPITALS = re.compile(r"[A-ZА-ЯЁІЇЄЎ][^\W\d_]*[A-ZА-ЯЁІЇЄЎ][^\W\d_]*")


@cache
def _other_heads() -> frozenset[str]:
    """The first word, case-folded, of every acronym of the registry's Ukrainian and Belarusian
    archives (TsDAHO, ЦДАГО, HDA, NARB, …): a text with none of them is not searched for one."""
    from translit.archives import _rows

    out: set[str] = set()
    for arc, names in _rows():
        if _country_language(arc.country) == "ru":
            continue
        for n, acronyms, variants, _ in names:
            for a in (*acronyms, *variants):
                if a and a.split()[0][:1].isupper():
                    out.add(a.split()[0].casefold())
    return frozenset(out)


def _country_language(country: str) -> str:
    """The [write] language of an archive's country (Ukraine: uk), else ru."""
    return next((lang for lang, row in _labels()["write"].items() if country in row["countries"]), "ru")


# a number, and before it a word of letters (with a period, a degree sign or a № after it, and a
# letter prefix before the number): the shape of every labelled part of a citation (f. 17,
# op. 3a, d. R-1, Bl. 12, f° 3, № 5, d. lOO3)
_NUMBER = re.compile(r"\d+")
# read backwards from the number (a match on the reversed text before it is linear, a search
# for a label ending at the number is not)
_LABEL_BEFORE = re.compile(r"[lIOО]*(?:\s?[-‐–]?[A-ZА-ЯЁ]{1,2})?\s*(?:(?:№|\.?oN|\.on)\s*)?[.°]?([^\W\d_]+)")
# the slash and dot shorthand (17/3/1003, ERAF.1.5.10)
_SHORTHAND = re.compile(r"\d[/.]\d+[a-zа-я]?[/.]\d")


@cache
def _cue_words() -> frozenset[str]:
    """The last word of every label (labels.toml [[field]] and the Baltic [country_labels]), folded."""
    forms = [f for row in _labels()["field"] for f in row["forms"]]
    forms += [f for fields in _labels().get("country_labels", {}).values() for fs in fields.values() for f in fs]
    return frozenset(_fold(re.findall(r"[^\W\d_]+", f)[-1]) for f in forms if re.search(r"[^\W\d_]", f))


@cache
def _postposed_cue() -> re.Pattern[str] | None:
    """A number with its full stop and a label after it, in the style of the countries that write
    the label second (labels.toml [postposed_labels]: Latvian 1986. f., 12. lp.)."""
    labels = _labels()
    forms = [f for c in labels.get("postposed_labels", {}).get("countries", [])
             for fs in labels.get("country_labels", {}).get(c, {}).values() for f in fs]
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\d\.\s?(?i:{alts})(?![^\W\d_])")


def may_cite(text: str) -> bool:
    """Whether ``text`` may hold an archival citation: a shorthand (17/3/1003), a file mark
    (WKP 186), two labelled
    numbers (f. 17, op. 3), or one beside an ibid., an archive word or an acronym (Ibid., l. 9;
    Arkhiv UFSB …, d. P-9041; RGVIA, f. VUA, op. 1). A quick test (microseconds) that spares the
    reader the parser on the titles and sentences that hold none ("Sochineniia, tom 3"); it never
    says no to a text the parser finds a citation in (every citation has a fond, or an ibid. or
    an archive before its part)."""
    if not any(map(str.isdigit, text)):  # (a character at a time, in C)
        return False
    if _SHORTHAND.search(text) or (_file_marks() is not None and _file_marks().search(text)):
        return True
    if _postposed_cue() is not None and len(_postposed_cue().findall(text)) >= 2:
        return True  # two numbers with their labels after them (Latvian 1986. f., 1. apr.)
    words = _cue_words()
    cues = 0
    for m in _NUMBER.finditer(text):
        label = _LABEL_BEFORE.match(text[max(0, m.start() - 24):m.start()][::-1])
        if label is not None and _fold(label.group(1)[::-1]) in words:
            cues += 1
            if cues == 2:
                return True
    return cues == 1 and (_one_part_re().search(text.casefold()) is not None or _ACRONYM_LIKE.search(text) is not None)


@cache
def _file_marks() -> re.Pattern[str] | None:
    """A collection's own file mark (archives.toml file_series: WKP 186, RS 921), which the parser
    reads with no label."""
    from translit.archives import file_series

    prefixes = list(file_series())
    return re.compile(rf"(?<![\w'/-])(?:{'|'.join(map(re.escape, prefixes))})\s?\d") if prefixes else None


_ACRONYM_LIKE = re.compile(r"[A-ZА-ЯЁІЇЄЎ][^\W\d_]{0,3}[A-ZА-ЯЁІЇЄЎ]")


@cache
def _one_part_re() -> re.Pattern[str]:
    from translit.archives.citation import _ARCHIVE_WORD, _form_pattern

    ibid = "|".join(re.escape(f.casefold()) for f in _labels()["ibid"]["forms"])
    # a back reference in words (labels.toml [back_reference]: "In the same file, l. 9") is an ibid. too
    back = "|".join(_form_pattern(f.casefold()) for forms in _labels()["back_reference"]["levels"].values()
                    for f in forms)
    archive_word = _ARCHIVE_WORD.pattern.removeprefix("(?i)")
    return re.compile(rf"{ibid}|{back}|{archive_word}")  # searched in case-folded text (no (?i): ten times faster)


@cache
def _english_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _labels()["english_archive_words"]["forms"])


def _english_name(name: str) -> bool:
    """Whether an archive's name outside the registry is written in English (labels.toml
    [english_archive_words]): State Archive of Sverdlovsk Oblast, not Gosudarstvennyi arkhiv …"""
    return any(w.casefold() in _english_words() for w in re.findall(r"[A-Za-z]+", name))


def _name_language(written: str, c: Citation) -> str:
    """The language an archive's name in a citation is written in (a key of labels.toml
    [write]: ru, uk, be): the one identification names for a name of two words or more at a
    confidence of :data:`NAME_SURE` or more (``Derzhavnyi arkhiv Kyivs'koi oblasti``: Ukrainian;
    ``Национальный архив Республики Беларусь``: Russian), else the registry archive's country's
    ([write] ``countries``: TsDAVO is Ukraine's), else the language of the citation's labels when
    they are Ukrainian or Belarusian (spr., ark., vop.), else Russian."""
    from translit.archives import _acronym_shaped

    write = _labels()["write"]
    # (not a name of acronyms alone, ЦГА РТ, ЦГА РБ: their letters are every language's, and
    # identification takes them for Belarusian, writing Г as H)
    if len(written.split()) >= 2 and not _acronym_shaped(written):
        from translit.langs.identify import identify

        found = identify(written)
        if found.language in write and (found.confidence or 0.0) >= NAME_SURE:
            return found.language
    if c._match is not None:
        return _country_language(c._match.archive.country)
    return c.labels if c.labels in write else "ru"


NAME_SURE = 0.75  # identification's confidence that takes an archive's name for Ukrainian or Belarusian


def _registry_spelling(written: str, c: Citation, cyrillic: bool) -> str | None:
    """The registry's spelling, in the target's script, of the name as written: the one of the
    cited name's full names (name_cyr, names, name_lc) with the same letters past the
    differences between romanizations (``Haluzevyi derzhavnyi arkhiv SBU`` → ``Галузевий
    державний архів СБУ``), or None."""
    if c._match is None:
        return None
    from translit.archives import _rows
    from translit.archives.citation import _skeleton

    def key(name: str) -> str:  # Ukrainian г is h in its own romanization, g in Russian's
        return _skeleton(name).replace("h", "g")

    want = key(written)
    for arc, names in _rows():
        if arc is not c._match.archive:
            continue
        for n, _, _, full in names:
            if n is not c._match.cited:
                continue
            for f in full:
                if f and bool(_CYRILLIC.search(f)) == cyrillic and key(f) == want:
                    return f
    return None


_GLOSSED = re.compile(r"([^\s()]+)(\s*\([^()]+\))")


def _archive_name(written: str, c: Citation, to: str, options: dict) -> str | None:
    """An archive's name in words, in the target: an English name as written; a name in
    Ukrainian or Belarusian read or romanized in that language (the registry's own spelling when it
    has one), not as Russian; None (left to the reader, as Russian) otherwise."""
    if _english_name(written):
        # an acronym with its name in English in brackets after it (GAKO (State Archive of Kirov
        # Oblast)): the acronym in the target, the English as written
        glossed = _GLOSSED.fullmatch(written)
        if glossed is None or _english_name(glossed.group(1)):
            return written
        return (_archive_name(glossed.group(1), c, to, options) or glossed.group(1)) + glossed.group(2)
    cyrillic = to == "cyrillic"
    spelling = _registry_spelling(written, c, True) if not _CYRILLIC.search(written) else None
    lang = _name_language(spelling or written, c)
    if bool(_CYRILLIC.search(written)) == cyrillic:
        if cyrillic:
            return written  # in the target's script already: as the author wrote it
        if lang == "ru":
            # a post-Soviet archive's acronym outside the registry in Latin (TsGA RT, GAKhK), for a
            # Latin target: read letter by letter into Cyrillic (ЦГА РТ, ГАХК; not read as a word,
            # T͡SGA RT) and written as the same acronym in Cyrillic is (cite24: one spelling whichever
            # script the citation was in; BGN/PCGN GAYaO for GAIaO and ГАЯО, ISO 9 GAKhK for ГАХК)
            if c._match is None and _acronym_evidence(written, c):
                letters = _unregistered_acronym(written, lang, "cyrillic")
                if letters is not None:
                    return _unregistered_acronym(letters, lang, to) or written
            # an acronym and words (TsGA Respubliki Uzbekistan): written as the Cyrillic one is
            return _acronym_then_words(written, to, options, registry=c._match is not None)
        cyr = spelling or _read_in(written, lang)
    else:
        cyr = written if not cyrillic else spelling
        # an unregistered acronym is spelt letter by letter before any reading as a word in its
        # language (TsDAVO RF → ЦДАВО РФ, not Цдаво: a country word of another country leaves the
        # archive unregistered since cite28)
        if cyr is None and c._match is None and _acronym_evidence(written, c):
            cyr = _unregistered_acronym(written, lang, to)
        if cyr is None and lang != "ru":
            cyr = _read_in(written, lang)
        if cyr is None or cyrillic:
            return cyr
    if lang == "ru":
        whole = _unregistered_acronym(written, lang, to) if c._match is None and _acronym_evidence(written, c) else None
        return whole or _acronym_then_words(written, to, options, registry=c._match is not None)
    from translit.romanize import romanize
    from translit.schemes import scheme_ids

    if to not in scheme_ids(lang):
        return None
    extra = {k: v for k, v in options.items() if k != "lang"}
    try:
        return romanize(cyr, to, lang=lang, **extra)
    except TranslitError:
        return romanize(cyr, to, lang=lang)


def _acronym_then_words(written: str, to: str, options: dict, registry: bool = False) -> str | None:
    """A Russian archive's name that opens with an acronym and goes on in words, in Cyrillic (ЦГА
    Республики Узбекистан) or in Latin (TsGA Respubliki Uzbekistan: the acronym read letter by
    letter, the words read into Cyrillic), in a Latin scheme, the same whichever script it was in: the acronym letter by letter, as the registry writes
    its acronyms for a registry archive (TsGA, in every scheme) and as the scheme spells acronyms for
    another (:func:`_unregistered_acronym`), the words romanized; not the acronym read as a word
    (T͡SGA). None for any other name (the reader's)."""
    from translit.archives.citation import _acronym_cyr, _acronym_lat, leading_acronyms
    from translit.romanize import romanize

    words = written.split(" ")
    lead = leading_acronyms(words)
    if lead is None:
        return None
    if _CYRILLIC.search(written):
        cyr = words[:lead]
        rest = " ".join(words[lead:])
    else:  # in Latin (TsGA Respubliki Uzbekistan): the acronym letter by letter, the words read
        cyr = [_acronym_cyr(w, "ru") or "" for w in words[:lead]]
        rest = _read_in(" ".join(words[lead:]), "ru")
        if not all(cyr) or not _CYRILLIC.search(rest):
            return None
    acronym = " ".join(map(_acronym_lat, cyr)) if registry else _unregistered_acronym(" ".join(cyr), "ru", to)
    if acronym is None:
        return None
    extra = {k: v for k, v in options.items() if k != "lang"}
    try:
        rest = romanize(rest, to, **extra)
    except TranslitError:
        return None
    return f"{acronym} {rest}"


def _acronym_evidence(written: str, c: Citation) -> bool:
    """Whether an acronym outside the registry is a post-Soviet archive's, to be written letter by
    letter in the target: the citation has an opis', or a word of the name opens as the state
    archives' acronyms do or is a manuscript department's (labels.toml [post_soviet_acronyms]:
    GATO, OR GTG, OPI GIM), as for format()."""
    from translit.archives.citation import _post_soviet_opening

    return c.opis is not None or any(map(_post_soviet_opening, written.split(" ")))


def _unregistered_acronym(written: str, lang: str, to: str) -> str | None:
    """An archive's acronym outside the registry where a citation with an opis' names its archive
    (GATO, f. R-1832, op. 1; GAKO (…), f. 616, op. 1), in the target letter by letter: Latin
    capitals in Cyrillic (ГАТО, ГАКО; the reader leaves an unknown string of capitals in English
    prose as it is, but in that place it is a post-Soviet archive's acronym), a Cyrillic acronym
    in Latin letters, each capital's spelling title-case (ГАКО → GAKO): the target scheme's own in an
    English-language ASCII scheme (BGN/PCGN ГАЯО → GAYaO), ALA-LC's without marks in any other (ISO 9
    ЦГА РБ → TsGA RB, not CGA RB; acronyms.toml [citation_spelling]). A shared
    acronym (GANO: the Novosibirsk and the Novgorod archives) is spelled the same for every
    archive that shares it. None for anything else (a name in words is the reader's)."""
    from translit.archives import _acronym_rules, _acronym_shaped, _spelled
    from translit.archives.citation import _acronym_cyr

    words = written.split(" ")
    rules = _acronym_rules()["citation_spelling"]
    if to == "cyrillic":
        spelled = [_acronym_cyr(w, lang) for w in words]
        if not all(spelled):  # GAJaO, CGA RB, GAČO: written in another scheme's letters
            spelled = _scheme_acronym_cyr(words, lang) or spelled
    elif _CYRILLIC.search(written) and all(_acronym_shaped(w) for w in words):
        # the target's own letters in an English-language ASCII scheme (BGN/PCGN GAYaO), else ALA-LC
        # without marks (ISO 9 TsGA, not CGA): acronyms.toml [citation_spelling]
        scheme = to if to in rules["own_letters"] else rules["other_schemes"]
        try:
            spelled = [_spelled(w, scheme, lang) for w in words]
        except TranslitError:  # a scheme without this language's table
            return None
        if scheme in rules["marks_dropped"]:  # ALA-LC: TsGA, not T͡sGA
            spelled = [w and _unmarked(w) for w in spelled]
    else:
        return None
    return " ".join(spelled) if all(spelled) else None


def _scheme_acronym_cyr(words: list[str], lang: str) -> list[str] | None:
    """A Latin acronym that ALA-LC's letters do not read (German GAJaO, ISO 9 CGA RB and GAČO) in
    Cyrillic letter by letter in the first scheme of acronyms.toml [citation_spelling]
    `reading_schemes` that reads every word of it (ГАЯО, ЦГА РБ, ГАЧО), so that it is written as
    the same acronym in Cyrillic is; None where none does."""
    from translit.archives import _acronym_rules
    from translit.archives.citation import _spell_greedy, scheme_acronym_letters

    if lang != "ru" or not all(w[:1].isupper() and sum(ch.isupper() for ch in w) >= 1 for w in words) \
            or sum(ch.isupper() for ch in "".join(words)) < 2:
        return None
    for scheme in _acronym_rules()["citation_spelling"]["reading_schemes"]:
        letters = scheme_acronym_letters(scheme)
        spelled = [_spell_greedy(w, letters) for w in words]
        if all(spelled):
            return spelled
    return None


def _unmarked(text: str) -> str:
    """``text`` without its combining marks (T͡sGA → TsGA, Ĭ → I), in composed form."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", plain)


def _read_in(written: str, lang: str) -> str:
    """``written`` read in ``lang``; an acronym (one word with two capitals or more: DAKhO)
    letter by letter in capitals (ДАХО, not the word Дахо)."""
    from translit.langs.api import to_cyrillic

    cyr = to_cyrillic(written, lang, citations=False).text
    if " " not in written.strip() and sum(ch.isupper() for ch in written) >= 2:
        return cyr.upper()
    return cyr


_OPENING = re.compile(r"(?:^|[.!?(\[]|^\s*\d+)\s*$")


def _opens(text: str, at: int) -> bool:
    """Whether a mark at ``at`` opens a sentence or a bracket (after a full stop, a footnote's
    number or nothing): there a label written with a capital keeps it (``Д. 5. Л. 3``), elsewhere
    it is written in small letters (``…, Bl. 12`` → ``л. 12``: German capitalizes every noun)."""
    return _OPENING.search(text, max(0, at - 40), at) is not None


def _rewrite(kind: str, name: str, written: str, c: Citation, to: str, options: dict,
             opens: bool = False) -> str | None:
    cyrillic = to == "cyrillic"
    if kind == "archive":
        # each mark its own name: "TsGAOR SSSR (now GARF)" names two
        from translit.archives.citation import _lookup

        own = _lookup(written)
        name = own.cited if own is not None else c._match.cited if c._match is not None else None
        return _archive(written, name, cyrillic, to, options)
    if kind == "part":  # a subdivision between two parts (2-e d-vo, DP OO)
        from translit.archives.citation import part_written

        return part_written(written, cyrillic)
    if kind == "ibid":
        if bool(_CYRILLIC.search(written)) == cyrillic:
            return None
        if cyrillic:
            return _with_case(_table(c, True)["ibid"], written, opens)
        from translit.romanize import romanize

        return romanize(written, to, **options)
    if kind == "label":
        if name == "folios":  # one leaf or several: l. / ll.
            name = "folios" if re.search(r"[-,–]", c.folios or "") else "folio"
        return _label(written, name, c, to, options, opens)
    if kind == "value":
        if name == "folios":  # verso marks as labels; an inserted leaf's letter (5a, 12б) swapped,
            # a recto mark (5r) left: Russian citations do not write one
            out = _list_words(_verso(written, c, to, options), c, cyrillic)
            leaf = rf"(?<=\d)[abgабг](?=(?![^\W\d_])|{_verso_re().pattern})"
            return re.sub(leaf, lambda m: _letters("0" + m.group(), cyrillic)[1:], _digits(out) if cyrillic else out)
        if name in ("fond", "opis") and _named_fond(written):  # f. Kantseliariia, op. Sovet
            return _fond_name(written, to, options)
        if name == "razriad" and re.fullmatch(r"[IVX]+", written):
            return None  # a division in Roman figures (razr. IV): the same in both scripts
        return _letters(written, cyrillic)
    return None


def _fond_name(written: str, to: str, options: dict) -> str | None:
    """A fond named in words (f. Kantseliariia; Ф. Посольство в Лондоне) in the target: read in
    Russian for Cyrillic, romanized in the target scheme from Cyrillic; None (as written) where it
    is in the target's script already."""
    from translit.archives.citation import _fond_name_in

    if bool(_CYRILLIC.search(written)) == (to == "cyrillic"):
        return None
    if to == "cyrillic":
        return _fond_name_in(written, cyrillic=True)
    from translit.romanize import romanize

    try:
        return romanize(written, to, **{k: v for k, v in options.items() if k != "lang"})
    except TranslitError:
        return romanize(written, to)


def _table(c: Citation, cyrillic: bool) -> dict[str, str]:
    write = _labels()["write"]
    return write.get(c.labels, write["ru"])["cyrillic" if cyrillic else "english"]


@cache
def _words() -> dict[str, dict[str, str]]:
    """Per field (and ``verso``), its Cyrillic labels by their letters in ALA-LC, Russian first,
    then Ukrainian and Belarusian (опись: opis, арх.-след. д: arkhsledd, опис: opys), the first of
    a field's forms with those letters (опись before the Ukrainian опис for opis). An OCR slip with a
    digit in it (0б, о6) is no form to write."""
    from translit.romanize import romanize

    rows = [(row["name"], row["forms"]) for row in _labels()["field"]] + [("verso", _labels()["folio_marks"]["verso"])]
    out: dict[str, dict[str, str]] = {}
    for lang in (None, "uk", "be"):
        for name, forms in rows:
            for f in forms:
                if _CYRILLIC.search(f) and not re.search(r"\d", f):
                    latin = romanize(f, "alalc-plain") if lang is None else romanize(f, "alalc", lang=lang)
                    out.setdefault(name, {}).setdefault(_fold(latin), f)
    return out


@cache
def _written_forms() -> dict[str, frozenset[str]]:
    """Per field (folio and folios apart, and verso), the labels [write] writes in Cyrillic, folded."""
    out: dict[str, set[str]] = {}
    for row in _labels()["write"].values():
        for table in ("gost", "cyrillic"):
            for name, form in row[table].items():
                out.setdefault(name, set()).add(_fold(form))
    return {k: frozenset(v) for k, v in out.items()}


def _fold(label: str) -> str:
    """Letters only, small, without diacritics (opys, opīs and OPYS alike)."""
    if label.isascii():
        return "".join(re.findall(r"[a-z]+", label.lower()))
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFD", label.casefold()) if not unicodedata.combining(ch))
    return "".join(re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", plain)))


def _with_case(form: str, written: str, opens: bool) -> str:
    """``form`` with a capital where the written mark had one and, if it was in Latin letters,
    opens a sentence (a Russian label's capital is GOST's: ГАРФ Ф.Р-5446 → GARF F.R-5446)."""
    keep = written[:1].isupper() and (opens or bool(_CYRILLIC.search(written)))
    return form[:1].upper() + form[1:] if keep else form


def _label(written: str, name: str, c: Citation, to: str, options: dict, opens: bool = False) -> str | None:
    """A label (or a verso mark, ``name="verso"``) in the target; None when it is in the
    target's script already.

    To Cyrillic: the field's own Cyrillic label with the same letters (delo → дело, spr. → спр.,
    arkh.-sled. d. → арх.-след. д.), else the [write] form (Bl., file, feuillet → л., д.). To a
    Latin scheme: a label [write] writes becomes its [write] form (Ед. хр. → ed. khr., not the
    scheme's yed. khr.); any other (a word, опись; an abbreviation, арх.-след. д.) is romanized."""
    cyrillic = to == "cyrillic"
    latin_source = not _CYRILLIC.search(written)
    if written[:1] == "0" and len(written) > 1:  # the OCR slip 0п., 0б., 0p.: the letter O, not the digit
        letter = ("O" if latin_source else "О") if opens and name != "verso" else ("o" if latin_source else "о")
        written = letter + written[1:]  # a capital where a label opens a sentence (GOST: Оп. 3)
        if latin_source != cyrillic:
            return written
    elif latin_source != cyrillic:
        return None
    field = "folios" if name == "folio" else name
    stop = "." if written.rstrip().endswith(".") else ""
    if cyrillic:
        word = _words().get(field, {}).get(_fold(written))
        if word is not None:
            return _with_case(word.casefold() + stop, written, opens)
        form = _table(c, True).get(name)
        return _with_case(form, written, opens) if form else None
    if stop and _fold(written) in _written_forms().get(name, ()) | _written_forms().get(field, ()):
        form = _table(c, False).get(name)
        if form:
            return _with_case(form, written, opens)
    from translit.romanize import romanize

    return romanize(written, to, **options)


# a letter prefix before a number (R-8131, Р8131, PA-101; a fond's series letter in small letters,
# r-9401, р5446, labels.toml [fond_prefixes]) and letters after it (12a, 3-os, 36446-FP)
# (not the OCR lookalikes of digits, l, I, O, but for I and O before a hyphen: the Uzbek archive's
# f. I-1 is its И-1)
_PREFIX = re.compile(rf"^(?!l|[IO](?![-‐–]))([A-ZА-ЯЁ]{{1,2}}|[{''.join(c for c in _fond_prefix_letters() if c.islower())}])"
                     r"(?=[-‐–]?\s?\d)")
_SUFFIX = re.compile(r"(?<=\d)(-?)(os|ос|sch|(?![lIO])[a-zа-яё]{1,2}|(?<=-)[A-ZА-ЯЁ]{1,3})(?![^\W\d_])")
_TO_LATIN = {"Р": "R", "А": "A", "П": "P", **{k.upper(): v.upper() for k, v in _CYR_LAT.items()}, **_CYR_LAT}
_TO_CYR = {"R": "Р", "A": "А", "P": "П", **{k.upper(): v.upper() for k, v in _LAT_CYR.items()}, **_LAT_CYR}


def _digits(value: str) -> str:
    """OCR lookalikes among digits as digits: no Latin letters in a Cyrillic text (l7 → 17)."""
    value = re.sub(r"[lI](?=[\dlIOО]*\d)|(?<=\d)[lI]", "1", value)
    return re.sub(r"[OО](?=[\dOО]*\d)|(?<=\d)[OО]", "0", value)


def _letters(value: str, cyrillic: bool) -> str:
    """A number's letters in the target script; digits (and the OCR lookalikes among them) as written."""
    table = _TO_CYR if cyrillic else _TO_LATIN
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,5}", value):  # a fond named by letters: VUA ↔ ВУА
        swapped = [table.get(ch) for ch in value]
        return value if None in swapped else "".join(swapped)

    def swap(text: str) -> str:
        if not cyrillic:
            return "".join(table.get(ch, ch) for ch in text)
        if text.islower():
            return _letters_cyr(text)  # sch → сч, os → ос
        if any(ch not in table for ch in text):
            return text  # letters with no one-letter Cyrillic counterpart (kh, ts): as written
        return "".join(table[ch] for ch in text)

    if cyrillic:
        value = _digits(value)
    value = _PREFIX.sub(lambda m: swap(m.group(1)), value)
    return _SUFFIX.sub(lambda m: m.group(1) + swap(m.group(2)), value)


@cache
def _verso_re() -> re.Pattern[str]:
    marks = sorted(_labels()["folio_marks"]["verso"], key=len, reverse=True)
    return re.compile(rf"(?i:{'|'.join(re.escape(m) for m in marks)})(?![^\W\d_])\.?")


def _list_words(value: str, c: Citation, cyrillic: bool) -> str:
    """The word joining a list of leaves (10-12 and 15) in the target's script: [write] ``and``."""
    words = [w for w in _labels()["folio_marks"].get("list_words", []) if bool(_CYRILLIC.search(w)) != cyrillic]
    if not words:
        return value
    new = _table(c, cyrillic).get("and")
    return re.sub(rf"(?<=\s)(?i:{'|'.join(map(re.escape, words))})(?=\s)", new, value) if new else value


def _verso(value: str, c: Citation, to: str, options: dict) -> str:
    """A folio list with its verso marks in the target (12 Rs. → 12 об.) and its leaf letters."""
    def one(m: re.Match[str]) -> str:
        new = _label(m.group(), "verso", c, to, options)
        return m.group() if new is None else new
    return _verso_re().sub(one, value)


def _archive(written: str, name: Name | None, cyrillic: bool, to: str, options: dict) -> str | None:
    """An archive's acronym in the target script: the registry's spelling of the name as cited
    (a variant with the same letters first: TsGAOR → ЦГАОР, not ЦГАОР СССР), and a country word
    after it (Rossii, України) in the target too."""
    mixed = bool(_CYRILLIC.search(written)) and re.search("[A-Za-z]", written) is not None  # PГACПИ
    if name is None or (bool(_CYRILLIC.search(written)) == cyrillic and not mixed):
        return None  # in the target's script already, as the author wrote it
    whole = _same_letters(written, name, cyrillic)
    if whole is not None:
        return whole  # ГА РФ → GA RF
    head, country = _country_split(written)
    new = (_same_letters(head, name, cyrillic) if country else None) \
        or (name.acronym_cyr if cyrillic else name.acronym)
    if not new:
        return None
    return f"{new} {_country_word(country, cyrillic)}" if country else new


def _same_letters(written: str, name: Name, cyrillic: bool) -> str | None:
    """The registry's spelling of ``name`` in the target's script with the letters of ``written``:
    the name's own acronym first (ЦДАГО → TsDAHO, not the Russian reading TsDAGO), else a variant
    (TsGAOR → ЦГАОР, not ЦГАОР СССР)."""
    key = acronym_key(written)
    if name.acronym_cyr and key in (acronym_key(name.acronym), acronym_key(name.acronym_cyr)):
        return name.acronym_cyr if cyrillic else name.acronym
    want = [s for s in _variants(name) if bool(_CYRILLIC.search(s)) == cyrillic]
    return next((s for s in want if acronym_key(s) == key), None)


def _country_split(written: str) -> tuple[str, str]:
    """``ЦДАГО України`` → (``ЦДАГО``, ``України``): an acronym and its country word (labels.toml
    [country_suffixes]), if it has one."""
    words = written.split()
    if len(words) > 1 and any(words[-1] in row for row in _labels()["country_suffixes"]["forms"]):
        return " ".join(words[:-1]), words[-1]
    return written, ""


def _country_word(word: str, cyrillic: bool) -> str:
    """A country word in the other script: its spelling there in [country_suffixes] (Rossii ↔
    России), else as written."""
    row = next(row for row in _labels()["country_suffixes"]["forms"] if word in row)
    return next((f for f in row if bool(_CYRILLIC.search(f)) == cyrillic), word)


@cache
def _variant_table() -> dict[Name, tuple[str, ...]]:
    from translit.archives import _rows

    return {n: tuple(variants) for _, names in _rows() for n, _, variants, _ in names}


def _variants(name: Name) -> tuple[str, ...]:
    return _variant_table().get(name, ())
