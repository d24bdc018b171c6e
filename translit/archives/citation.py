"""Find, parse, normalize and re-format archival citations anywhere in a text.

Historians cite Russian and other post-Soviet archives in many styles: with commas
(``RTsKhIDNI, f. 89, op. 73, d. 157``), full stops (``РГАСПИ. Ф. 17. Оп. 3. Д. 1003. Л. 5 об.``),
semicolons, spaces only (``RGAE f. 7733 op. 36 d. 4 l. 9 ob.``), no spaces (``f.5,op.2,d.1017``),
spelled out (``fond 3, opis' 24, delo 427, listy 13-18``), in English (``file 5, folios 2-3``),
in slash shorthand (``RGASPI 17/162/9, l. 54``), and in chains (``Ibid., d. 88, l. 14``;
``…; f. 81, op. 3, d. 94``). :func:`parse_citations` finds every citation in a text with its
character span and leaves the prose around it alone.

How it works: the text is cut into *elements*: archive names (every spelling in the registry,
``archives.toml``), ibid. marks, labelled parts (``op. 3``; the labels are rows of
``labels.toml``) and slash shorthand. A citation starts at an archive name, an ibid. or a fond,
and takes the elements that follow while only punctuation (or a short bracketed remark, kept in
``unparsed``) stands between them. A part that repeats one already given, after a semicolon or a
comma, starts a new citation that inherits the parts ranked above it; an ibid. inherits from the
previous citation in the same text. Each citation lists what it inherited.

Nothing is lost: every character of a citation's span is in a parsed part (``spans`` says where)
or in ``unparsed``; a reference (``ff. 12-14``, ``op. cit.``) that is not an archival citation is
not reported (reference §4.2).
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from translit.archives import (Match, Name, _acronym_language, _acronym_shaped, acronym_key, file_series, resolve,
                               shared_acronyms, spellings)

FIELDS = ("fond", "razriad", "opis", "perechen", "papka", "karton", "delo", "storage_unit", "tom", "dokument", "folios")
STYLES = ("english", "gost", "chicago")
_SEPS = " \t\r\n\u00a0.,;:—–-"
_SEP_ONLY = re.compile(r"[\s.,;:]*(?:\s[—–-]\s)?[\s.,;:]*")
_APOS = "['ʹ’ʼ`]"


@cache
def _labels() -> dict[str, Any]:
    return tomllib.loads(resources.files("translit.archives").joinpath("labels.toml").read_text("utf-8"))


@cache
def rank() -> dict[str, int]:
    """Each field's place in the hierarchy (archive 0, fond 1, … folios 8)."""
    return {"archive": 0, **{row["name"]: row["rank"] for row in _labels()["field"]}}


@cache
def _in_order() -> frozenset[str]:
    return frozenset(row["name"] for row in _labels()["field"] if row.get("in_order"))


def _form_pattern(form: str) -> str:
    """The pattern of a label or name as data writes it: an apostrophe any of its marks or none, a
    space any space or none, a period optional, and a hyphen after an abbreviation's period a space
    as well (арх.-угол. дело is also written арх. угол. дело)."""
    parts = []
    for i, ch in enumerate(form):
        if ch == "'":
            parts.append(f"{_APOS}?")
        elif ch == " ":
            parts.append(r"\s*")
        elif ch == ".":
            parts.append(r"\.?")
        elif ch == "-" and form[i - 1:i] == ".":
            parts.append(r"(?:-\s*|\s+)")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


# numbers: an optional prefix of one or two capitals (R-8131, Р-8131, A-259, K-1, PA-101; a
# Latin P in a Cyrillic citation is the lookalike of Р), digits (l/I/O read as 1/0 when they sit
# among digits: OCR), an attached suffix of one or two letters (12a, 2v, 4p, 12а, the secret
# inventories' 3780ss and 1сс, a fond's secret part R-8131sch, Р-8131сч), -os (3-ос, 8ос), a suffix of capitals after a hyphen (36446-FP),
# a range (5-7); a file's number may carry its volume after a slash (b. 47563/3, д. 1500/2)
# Cyrillic З for 3 (OCR, reference §5.2), and a lone small l for 1 (op. l, d. l, ll. l-4: a scan's
# commonest slip) unless a number follows it (l. 5 is the leaf label)
_DIG = r"(?:[lIОOЗ]*\d[\dlIОOЗ]*|З(?![^\W\d_])|l(?![^\W\d_]|\.?\s?\d))"
_PREFIX = r"(?:[A-ZА-ЯЁ]{1,2}[-‐–]\s?(?=[\dlIО]*\d)|[RРAА](?=\d))"
_NUM_CORE = (rf"(?:{_PREFIX})?{_DIG}(?:(?:sch|[a-zа-яё]{{1,2}})(?![^\W\d_]))?(?:[-‐–]?(?:os|ос)(?![^\W\d_]))?"
             rf"(?:-[A-ZА-ЯЁ]{{1,3}}(?![^\W\d_]))?"  # a file's capital suffix: 36446-FP, 512-СФ
             rf"(?:\s?[-‐–]\s?\d+(?:[a-zа-яё](?![^\W\d_]))?)?")
_NUM = rf"{_NUM_CORE}(?![\d/])"
_NUM_FILE = rf"{_NUM_CORE}(?:/\d+(?![\d/]))?(?![\d/])"


_UNREADABLE = r"(?:\[[^\[\]\d]{0,20}\]|\?{1,3}|…|\.{3}|[xXхХ]{1,4}(?![^\W\d_])|_{1,5})"


@cache
def _folio_pattern() -> str:
    marks = _labels()["folio_marks"]
    verso = "|".join(re.escape(m) for m in sorted(marks["verso"], key=len, reverse=True) if len(m) > 1)
    single = "".join(m for m in marks["verso"] + marks["recto"] if len(m) == 1)  # 5v, 5r
    # a mark after the number: ob., об., zv. (with or without a space), v or r attached, " v.",
    # or a letter of an inserted leaf (5a, 12б)
    # (an inserted leaf has its verso too: 12а об., 5av)
    leaf = (rf"{_DIG}(?:[abgабг](?=\s?(?i:{verso})(?![^\W\d_])|[{single}](?![^\W\d_])|(?![^\W\d_])))?"
            rf"(?:\s?(?i:{verso})(?![^\W\d_])\.?|[{single}](?![^\W\d_])|\sv\.)?")
    leaves = rf"{leaf}(?:\s?[-‐–—]\s?{leaf})?"
    # a list goes on after a comma (or "and": ll. 10-12 and 15) only with a number that is not
    # followed by a word ("12, 14 March")
    joins = "|".join(_form_pattern(w).replace(r"\s*", r"\s+") for w in marks.get("list_words", []))
    more = rf"(?:\s?,\s?|\s(?:{joins})\s)" if joins else r"\s?,\s?"
    word_after = rf"(?!(?:{joins})\s+\d)[^\W\d_]{{3,}}" if joins else r"[^\W\d_]{3,}"
    return rf"{leaves}(?:{more}(?=\d)(?!\d+\s+{word_after}){leaves})*"


# a fond number with a suffix of one or two Latin capitals written on it: the Estonian KGB's
# fonds in ERAF (130SM, 129SM; SM for the Soviet security organs' files, as the National Archives
# of Estonia number them); taken only for a fond, where a capital after a file or leaf number
# would more often be a word
_FOND_CAPS = rf"(?:{_PREFIX})?{_DIG}[A-Z]{{1,2}}(?![^\W\d_])(?![\d/])"


# a number written before its label as an ordinal (labels.toml `postposed`): a prefix of capitals
# (P-252), digits, a letter or two, a range whose first end keeps its full stop (7.-9.)
_POSTPOSED_NUM = r"(?:[A-ZА-ЯЁ]{1,2}[-‐–])?\d+[a-zA-Z]{0,2}(?:\.?\s?[-‐–]\s?\d+[a-zA-Z]{0,2})?"


# a capital I alone for the number 1, as a scan reads it (op. I, d. I): for an opis' or a file only,
# where a Roman numeral I would be 1 as well; not for a volume or a leaf, where a Roman volume
# (vol. I) is a book's
_LONE_I = r"I(?![\w/])"


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVX])")


def _value_pattern(field_name: str) -> str:
    if field_name == "fond":
        # a fond's number may carry a second number after a slash, as the former party archives
        # number the fonds of a committee's successive periods (ПермГАСПИ. Ф. 105/2; f. 641/1)
        # or a part in Roman figures after a slash, as a library's manuscript department numbers the
        # parts of a fond received in several instalments (NIOR RGB, f. 231/I; Ф. 231/II)
        return rf"(?:{_FOND_CAPS}|{_NUM_CORE}/[IVX]{{1,4}}(?![^\W\d_/])|{_NUM_FILE}|{_series_fond()}|{_lettered_fond()})"
    if field_name == "razriad":  # in Arabic or Roman figures (razr. 1; razr. IV)
        return rf"(?:{_NUM}|{_ROMAN.pattern}(?![^\W\d_]))"
    if field_name == "opis":
        # an opis' too may carry a second number after a slash, as the military archives number the
        # inventories of a fond's successive accessions (RGVIA, f. 400, op. 16/182; ЦГВИА. Оп. 3/1)
        return rf"(?:{_NUM_FILE}|{_LONE_I}|{_named_opis()})"
    if field_name == "delo":
        return rf"(?:{_NUM_FILE}|{_LONE_I})"
    return _folio_pattern() if field_name == "folios" else _NUM


@cache
def _fond_prefix_letters() -> str:
    """labels.toml [fond_prefixes]: the letters of a fond's series, in capitals and small letters."""
    return "".join(sorted({c for ltr in _labels()["fond_prefixes"]["letters"] for c in (ltr.upper(), ltr.lower())}))


@cache
def _series_fond() -> str:
    """A fond's number after the letter of its series in either case, with a hyphen or without
    (f. r-9401, ф. р5446, f. m-1, ф. П1728): the letters of labels.toml [fond_prefixes], taken only
    for a fond and only when the letter stands alone before the number."""
    return rf"(?<![^\W\d_])[{_fond_prefix_letters()}](?:[-‐–]\s?)?(?=[\dlIО]*\d){_NUM}"


@cache
def _lettered_fond() -> str:
    """A fond named by letters, not a number (RGVIA f. VUA, the Military Scientific Archive;
    ф. ВУА): two to five capitals, taken only when an opis', perechen' or file follows, since
    capitals after "f." are otherwise initials or an abbreviation."""
    follows = _labels_ranked(rank()["fond"], rank()["storage_unit"])
    return rf"(?:[A-ZА-ЯЁ]{{2,5}}(?![\w'])|{_FOND_NAME})(?=[\s.,;:]+(?i:{follows})\s*\d)"


@cache
def _labels_ranked(above: int, up_to: int) -> str:
    """The labels of the fields ranked after ``above`` and up to ``up_to`` (not those taken only in
    their place, in_order), as one alternation, longest first: what may follow a fond or an opis'
    named in words."""
    pats = []
    for row in _labels()["field"]:
        if above < row["rank"] <= up_to and not row.get("in_order"):
            req = set(row.get("required_period", []))
            pats += [_form_pattern(f) + (r"\." if f in req else r"\.?") for f in row["forms"]]
    return "|".join(sorted(pats, key=len, reverse=True))


@cache
def _named_opis() -> str:
    """An opis' named in words, not numbered, as a university's archive names its inventories by the
    body whose papers they list (Kazan University, NA RT, f. 977, op. Sovet; op. Pravlenie; оп.
    Попечитель): the shape of a fond named in words (:data:`_FOND_NAME`), taken only where a
    perechen', a file or a storage unit and its number follow, and kept only where it reads as
    Russian (:func:`_named_fond`), as a named fond is."""
    follows = _labels_ranked(rank()["opis"], rank()["storage_unit"])
    return rf"(?:{_FOND_NAME})(?=[\s.,;:]+(?i:{follows})\s*\d)"


# a fond named in words, not numbered, as the foreign-policy archive's fonds are (AVPRI, f.
# Kantseliariia, op. 470; f. Posol'stvo v Londone; ф. Сношения России с Англией): a capitalized
# word, then up to five words with no digit and no punctuation but a hyphen or an apostrophe; taken
# only where an opis', perechen' or file follows (_lettered_fond), so that "f. Smith" in prose is not
_FOND_NAME = (r"(?<![^\W\d_])(?<!F\.)(?<!F\. )[A-ZА-ЯЁ][^\W\d_]+(?:['’ʹ-][^\W\d_]+)*['’ʹ]?"
              r"(?:[ \t][^\W\d_]+(?:['’ʹ-][^\W\d_]+)*['’ʹ]?){0,5}(?![\w'’ʹ-])")


def _named_fond(value: str | None) -> bool:
    """Whether a fond is named in words (Kantseliariia, Posol'stvo v Londone, Сношения России с
    Англией), not numbered nor lettered (VUA): a word with small letters in it."""
    return _named_shape(value) and _reads_as_russian_name(value)


def _named_shape(value: str | None) -> bool:
    """Whether ``value`` is shaped as a fond named in words: a capitalized word and up to five more,
    with small letters in it."""
    return bool(value) and re.fullmatch(_FOND_NAME, value.strip()) is not None and re.search(r"[^\W\d_]\s*[a-zа-яё]", value) is not None


def _reads_as_russian_name(value: str) -> bool:
    """Whether a fond's name in words reads as Russian: in Cyrillic, or romanized with at most half
    of its words of three letters or more common Western words (Kantseliariia, Sekretariat
    Molotova, Lichnyi fond), so that English prose after "f." (Smith wrote to me about it; Fond
    Lenina and the rest) is no name."""
    if _CYRILLIC_RE.search(value):
        return True
    from translit.langs.choose import _western_words

    western, n = _western_words(value)
    return 2 * western <= n and n > 0


def _fond_name_in(value: str, cyrillic: bool) -> str:
    """A fond's name in words in the script of the style that writes it: romanized in ALA-LC
    without diacritics for english and chicago, read in Russian for GOST; as written where it is
    in that script already."""
    if bool(_CYRILLIC_RE.search(value)) == cyrillic:
        return value
    if cyrillic:
        from translit.archives.rewrite import _read_in

        return _read_in(value, "ru")
    return " ".join(_romanized_word(w) for w in value.split(" "))


@cache
def _country_labels() -> tuple[tuple[str, dict[str, list[str]]], ...]:
    """labels.toml [country_labels]: (country, {field: its forms, longest first}) per country."""
    return tuple((country, {name: sorted(row[name], key=len, reverse=True) for name in FIELDS if name in row})
                 for country, row in _labels().get("country_labels", {}).items())


def _country_field(label: str, country: str | None) -> str | None:
    """The field a label names in a citation of an archive of ``country``, when that country's
    archives use the label (Latvian l. is the file), else None."""
    return _country_label_fields().get(country, {}).get(_label_key(label))


@cache
def _other_labels(country: str) -> frozenset[str]:
    """The labels of the general table ([[field]]) for the fields ``country``'s own labels name, that
    the country does not write (op. where a Latvian citation writes apr.), folded as
    :func:`_label_key` folds a cited one: a citation that wrote one of them is in the general labels,
    and its letters keep their general reading (LVVA, f. 1, op. 1, l. 5: l. is the leaf)."""
    own = _country_label_fields().get(country, {})
    fields = {name for name in own.values()}
    return frozenset(_label_key(f) for row in _labels()["field"] if row["name"] in fields
                     for f in row["forms"] if _label_key(f) not in own)


@cache
def _country_label_fields() -> dict[str, dict[str, str]]:
    """Per country, each of its labels folded as :func:`_label_key` folds a cited one → its field."""
    return {c: {_label_key(f): name for name, forms in fields.items() for f in forms}
            for c, fields in _country_labels()}


@cache
def _romanized_labels() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Per field, its Cyrillic labels as every romanization scheme writes them (арх.-след. д. →
    ISO 9 arh.-sled. d., ед. хр. → BGN/PCGN yed. khr., опись → opisʹ), derived from labels.toml,
    not stored: ``convert`` romanizes a label [write] does not write in the target scheme, and the
    text must read back. A derived form needs the period where its Cyrillic form does; one that is
    another field's label is left out. → {field: (forms, forms that need their period)}."""
    rows = _labels()["field"]
    taken = {f.casefold() for row in rows for f in row["forms"]}
    out = {}
    for row in rows:
        req = set(row.get("required_period", []))
        derived: dict[str, bool] = {}
        for form in row["forms"]:
            for latin in sorted(_romanizations(form)):
                if latin.casefold() not in taken and not re.search("[\u0400-\u04ff]", latin):
                    derived[latin] = derived.get(latin, False) or form in req
        out[row["name"]] = (tuple(derived), frozenset(f for f, needs in derived.items() if needs))
    return out


def _romanizations(text: str) -> set[str]:
    """``text`` (Cyrillic) as every romanization scheme of its language writes it, and a
    Ukrainian or Belarusian text also as the schemes of Russian only write it (gost-779b, german:
    what convert writes with no table of that language); nothing for a text with no Cyrillic."""
    if not re.search("[\u0400-\u04ff]", text):
        return set()
    from translit.romanize import romanize
    from translit.schemes import scheme_ids

    lang = "be" if re.search("[ўЎ]", text) else "uk" if re.search("[іїєґІЇЄҐ]", text) else "ru"
    runs = [(scheme, lang) for scheme in scheme_ids(lang)] + ([(scheme, "ru") for scheme in scheme_ids("ru")] if lang != "ru" else [])
    out = set()
    for scheme, language in runs:
        try:
            out.add(romanize(text, scheme, lang=None if language == "ru" else language))
        except Exception:  # a scheme that cannot write the language: nothing from it
            continue
    return out


def _read_forms(row: dict[str, Any]) -> tuple[list[str], set[str]]:
    """A field's labels as the parser reads them: labels.toml's and their romanizations
    (:func:`_romanized_labels`), longest first, and those that need their period."""
    derived, derived_req = _romanized_labels()[row["name"]]
    forms = sorted({*row["forms"], *derived}, key=len, reverse=True)
    return forms, set(row.get("required_period", [])) | derived_req


@cache
def _element_re() -> re.Pattern[str]:
    # the OCR slip 1. / 11. / L1. for l. / ll. (taken only inside a citation, after its file); first,
    # so that "L1. 3-5" is the leaves 3-5, not the leaf 1 after the label L
    alts = [rf"(?P<ocr_folios>(?<![\w.,/-])(?:11|1[lL]|[lL]1|1)\.\s?(?P<ocr_folios_v>{_folio_pattern()}))"]
    for row in _labels()["field"]:
        name = row["name"]
        forms, req = _read_forms(row)
        # the period may come after a space (Ф . 5: scanned or typed so)
        comma = set(_labels().get("comma_for_period", {}).get("forms", []))
        # a label whose period may be a comma (op, 10): the comma only before a number
        pats = [_form_pattern(f) + (r"(?:\s?\.|,(?=\s?\d))" if f in req and f in comma else r"\s?\." if f in req
                                    else r"(?:\s?\.|,(?=\s?\d))?" if f in comma else r"(?:\s?\.)?") for f in forms]
        label = "(?i:" + "|".join(pats) + ")"
        value = _value_pattern(name)
        guard = r"(?!\s*cit)" if name == "opis" else ""
        lists = sorted(row.get("lists", []), key=len, reverse=True)
        if lists:  # after a plural label, a list of numbers (dd. 3756, 3758, 3760)
            plural = "|".join(_form_pattern(f) + (r"\s?\." if f in req else r"(?:\s?\.)?") for f in lists)
            named = rf"(?:(?P<{name}_pl>(?i:{plural}))(?![^\W\d_])|{label})"
            value += (rf"(?({name}_pl)(?:\s?,\s?(?!1[7-9]\d\d(?!\d)|20\d\d(?!\d)){_NUM_FILE}"
                      rf"(?!\s*[^\W\d_]{{2,}}))*)")
        else:
            named = label
        alts.append(rf"(?P<{name}>(?<![\w']){named}{guard}\s*(?:(?:№|No\.?|no\.)\s*)?(?P<{name}_v>{value}))")
        # the part is there but its number cannot be read: reported in unparsed, never dropped
        alts.append(rf"(?P<{name}_x>(?<![\w']){label}{guard}\s*{_UNREADABLE})")
    # the labels of a country's own archives (after every other label: where one of them reads the
    # same letters, the parser relabels it inside such a citation, _country_field)
    for i, (_, fields) in enumerate(_country_labels()):
        for name, forms in fields.items():
            pats = [_form_pattern(f) + r"\.?" for f in forms]
            alts.append(rf"(?P<c{i}_{name}>(?<![\w'])(?i:{'|'.join(pats)})\s*(?P<c{i}_{name}_v>{_value_pattern(name)}))")
    # a country whose style puts the number, an ordinal with its full stop, before the label
    # (labels.toml `postposed`: Latvian 1986. f., 1. apr., 4170. l., 12. lp.); a range writes both
    # ordinals (7.-9. lp.)
    for i, (country, fields) in enumerate(_country_labels()):
        if country not in _labels().get("postposed_labels", {}).get("countries", []):
            continue
        for name, forms in fields.items():
            pats = "|".join(_form_pattern(f) + r"\.?" for f in forms)
            # (no number after the label: "Kn. 124. L. 15" is a part, then the leaf label and its number)
            alts.append(rf"(?P<p{i}_{name}>(?<![\w.,/-])(?P<p{i}_{name}_v>{_POSTPOSED_NUM})\.\s?(?i:{pats})"
                        rf"(?![^\W\d_])(?![.\s]*\d))")
    # a file mark a collection is cited by instead of fond and opis' (archives.toml file_series:
    # the Smolensk Archive's WKP 186)
    series = "|".join(re.escape(p) for p in sorted(file_series(), key=len, reverse=True))
    if series:
        alts.append(rf"(?P<series>(?<![\w'/-])(?P<series_p>{series})\s?(?P<series_v>\d+(?:/\d+)?[a-z]?)(?![\w/]))")
    ibid = "|".join(_form_pattern(f) for f in sorted(_labels()["ibid"]["forms"], key=len, reverse=True))
    alts.append(rf"(?P<ibid>(?<![\w])(?i:{ibid})(?![^\W\d_])\.?)")
    # a phrase that points back to the file, opis' or fond before it (labels.toml [back_reference]):
    # read as an ibid. that inherits no lower than the level it names (the group b_<level>)
    alts.append(_back_reference_re().pattern)
    part = r"(?:[RРAА][-‐–]?)?\d+[a-zа-я]?"
    # fond/opis/delo (the fond with a suffix of capitals as the Estonian reference code writes it:
    # ERAF.130SM.1.17604), and after a slash a fourth number, the folio (RGASPI 17/3/1003/5)
    # or, after a comma or colon, bare folio numbers that end the reference (RGAE, 7486/37/131, 12:
    # Davies and Wheatcroft's style) and are no year or date (", 1937", ", 12 March"); the
    # reference may end at a comma before prose in small letters (", 160, and the draft …")
    bare = (rf"\s?[,:]\s?(?P<sb>(?!1[7-9]\d\d(?!\d)|20\d\d(?!\d)){_folio_pattern()})"
            rf"(?=\s*(?:[.;()\[\]]|,\s+[a-z]{{2,}}(?![\w.])|$))")
    alts.append(rf"(?P<short>(?<![\w/-])(?<!\d\.)(?P<sf>{part}(?:(?<=\d)[A-Z]{{2,3}})?)(?P<sep>[/.])(?P<so>\d+[a-zа-я]?)(?P=sep)"
                rf"(?P<sd>\d+[a-zа-я]?)(?:/(?P<sl>\d+(?:ob|v)?(?:[-–]\d+(?:ob|v)?)?)|(?![\w/]|\.\d){bare})?"
                rf"(?![\w/]|\.\d))")
    return re.compile("|".join(alts))


@cache
def _back_reference_re() -> re.Pattern[str]:
    """The phrases of labels.toml [back_reference] that point back to the citation before them
    ("in the same file", "в той же описи", "у тому ж фонді"), one group ``b_<level>`` per level
    they name (fond, opis, delo): the level a back reference inherits down to, and no lower."""
    alts = []
    for level, forms in _labels()["back_reference"]["levels"].items():
        back = "|".join(_form_pattern(f) for f in sorted(forms, key=len, reverse=True))
        alts.append(rf"(?P<b_{level}>(?<![\w])(?i:{back})(?![^\W\d_]))")
    return re.compile("|".join(alts))


def _denies_back_reference(text: str) -> bool:
    """Whether ``text`` (the words between two citations) holds a back reference denied by the
    negation before it ("the draft is not in the same file", "но не в том же деле"): the leaf
    named after it is then no later part of the citation before (:func:`_continued_in_prose`)."""
    return any(_negated_before(text, m.start()) for m in _back_reference_re().finditer(text))


@cache
def _archive_re() -> tuple[re.Pattern[str], dict[str, Match]]:
    """One pattern for every spelling in the registry; acronyms match case as written (or all
    capitals), with or without their inner spaces and a country word (RF, Rossii, SSSR)."""
    lookup: dict[str, Match] = {}
    acr, names, derived = set(), set(), set()
    for text, is_acronym, m in spellings():
        text = unicodedata.normalize("NFC", text).strip()
        if not text:
            continue
        # the text is searched without its diacritics (_plain): a spelling with them (sšssa,
        # Latvijas Valsts arhīvs, Lietuvos visuomenės … archyvas) is looked for without them too
        for t in {text, _plain(text)[0]}:
            lookup.setdefault(_fold(t), m)
            (acr if is_acronym else names).add(t)
            if m.via:
                derived.add(t)

    def acro(a: str) -> str:  # an I among capitals may be scanned as l or 1 (RGASPl, RGASP1)
        return r"\s?".join(re.sub(r"(?<=[A-Z])I", "[Il1]", re.escape(w)) for w in a.split())
    # as written, in capitals, and an acronym of capitals only in title case and small letters as
    # well (Rgaspi, garf): typed or scanned so, before a fond
    # (not an acronym derived in another scheme, CGAOR: only as written or in capitals)
    plain = [a for a in acr - derived if a.isascii() and a.isalpha() and a.isupper() and len(a) >= 4]
    titled = {a.capitalize() for a in plain} | {a.lower() for a in plain}
    acr_alts = sorted({acro(a) for a in acr | titled} | {acro(a.upper()) for a in acr}
                      | {d for a in acr if (d := _dotted(a))}, key=len, reverse=True)
    name_alts = sorted({_form_pattern(n) for n in names}, key=len, reverse=True)
    suffix = "|".join(re.escape(s) for row in _labels()["country_suffixes"]["forms"] for s in row)
    pat = (rf"(?<![\w])(?:(?P<name>(?i:{'|'.join(name_alts)}))|(?P<acr>{'|'.join(acr_alts)})"
           rf"(?:\s(?P<suffix>{suffix}))?)(?![^\W\d_])")
    return re.compile(pat), lookup


# the letters of an acronym as footnotes spell them one by one: a capital and the small letters of
# its romanized digraph (Ts G A O R, Г А Р Ф)
_ACRONYM_LETTER = re.compile(r"[A-ZА-ЯЁІЇЄҐЎ][a-zа-яёіїєґў]?")


def _dotted(acronym: str) -> str | None:
    """The pattern of ``acronym`` written with a full stop after each letter, a space after the stop
    or not (R.G.A.S.P.I., G. A. R. F., Г.А.Р.Ф., Ts.G.A.O.R., A.V.P. R.F.): an older typescript's and
    some publishers' style. Only for an acronym of capitals (a digraph's small letter allowed) of four
    letters or more: three dotted capitals are too often something else (M.P.A., a degree)."""
    words = acronym.split()
    letters = [_ACRONYM_LETTER.findall(w) for w in words]
    if any("".join(ls) != w for ls, w in zip(letters, words)) or sum(map(len, letters)) < 4:
        return None
    return r"\s?".join(r"\.\s?".join(re.escape(x) for x in ls) + r"\." for ls in letters)


# a second acronym-like word right after an archive's acronym (two capitals or more: DV, SPb, TO)
_QUALIFIED = re.compile(r"\s([A-ZА-ЯЁ][^\W\d_]{0,3})(?![\w.])")


def _qualified(src: str, end: int) -> bool:
    m = _QUALIFIED.match(src, end)
    return m is not None and sum(c.isupper() for c in m.group(1)) >= 2 and m.group(1).casefold() not in _label_words()


def _country_words() -> dict[str, tuple[str, ...]]:
    """Each country word of labels.toml [country_suffixes] with the countries of the archives it may
    follow (empty: any)."""
    table = _labels()["country_suffixes"]
    return {form: tuple(countries) for forms, countries in zip(table["forms"], table["countries"]) for form in forms}


def _country_word_fits(word: str, hit: Match) -> bool:
    """Whether a country word after an archive's acronym ("GARF RF", "TsDIAK Ukrainy") may belong to
    that archive: not where it names another country ("TsGIA RB" is no spelling of TsGIA SSSR)."""
    countries = _country_words().get(word, ())
    return not countries or hit.archive.country in countries


@cache
def _label_words() -> frozenset[str]:
    return frozenset(f.casefold() for row in _labels()["field"] for f in row["forms"])


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _lookup(text: str) -> Match | None:
    _, table = _archive_re()
    hit = table.get(_fold(text)) or table.get(_fold(re.sub(r"(?<=[A-Z])[l1]", "I", text)))  # OCR: RGASPl, RGASP1
    if hit is None:  # with a country word the registry does not spell out ("RGVA SSSR")
        hit = resolve(text)
    return hit


@dataclass
class Citation:
    """One archival reference: its parts normalized (Latin prefixes and suffixes, ``v`` for
    verso), where it sits in its text, what it inherited and what could not be read."""

    text: str
    archive_cited: str | None = None
    archive_acronym: str | None = None  # the registry's Latin acronym of the name as cited
    archive_current: str | None = None
    archive_name_en: str | None = None
    fond: str | None = None
    razriad: str | None = None  # a division in place of a fond (the Geographical Society's archive: razr. 1)
    opis: str | None = None
    delo: str | None = None
    storage_unit: str | None = None
    perechen: str | None = None
    papka: str | None = None
    karton: str | None = None  # a box, in the manuscript departments of libraries (NIOR RGB, k. 1234)
    dokument: str | None = None
    tom: str | None = None
    folios: str | None = None
    unparsed: list[str] = field(default_factory=list)
    # the parts with a label and a number the table has no field for, between two parsed parts
    # (ch. 5, kn. 45, часть II), each with the field it follows: format() writes them in place
    parts: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    inherited: list[str] = field(default_factory=list)
    ibid: bool = False
    spans: dict[str, list[int]] = field(default_factory=dict)
    labels: str = "ru"  # the language of the labels a re-formatted citation writes (labels.toml [write])
    # where each mark was written, offsets into the text: (kind, field, start, end), kind one of
    # archive (an acronym), name (a registry archive's name in words), named (an archive's name
    # found before the fond: outside the registry, or a registry name in another spelling), ibid,
    # label, value, series (a collection's file mark, WKP 186, written as it stands), connector
    # (the "and" or "to" before a citation that goes on from the one before it); convert
    # rewrites these (translit.archives.rewrite)
    marks: list[tuple[str, str, int, int]] = field(default_factory=list, repr=False)
    _match: Match | None = None

    @property
    def is_citation(self) -> bool:
        return (self.fond is not None or self.razriad is not None) and any(
            v is not None for v in (self.opis, self.delo, self.perechen, self.storage_unit, self.dokument,
                                    self.archive_current, self.archive_cited))

    def fields(self) -> dict[str, str | None]:
        """What the citation says, without where it was written: archive (current and as cited)
        and every part. Two citations with equal fields point at the same document."""
        return {"archive_current": self.archive_current,
                "archive": self.archive_acronym or self.archive_cited,
                **{f: getattr(self, f) for f in FIELDS}}

    def as_dict(self) -> dict[str, Any]:
        d = {"input": self.text, "archive_cited": self.archive_cited, "archive_acronym": self.archive_acronym,
             "archive_current": self.archive_current, "archive_name_en": self.archive_name_en}
        d.update({f: getattr(self, f) for f in FIELDS})
        d.update(unparsed=list(self.unparsed), notes=list(self.notes), start=self.start, end=self.end,
                 inherited=list(self.inherited), ibid=self.ibid, spans={k: list(v) for k, v in self.spans.items()},
                 labels=self.labels)
        return d

    def ends_abbreviated(self, style: str = "english") -> bool:
        """Whether the citation written in ``style`` ends with an abbreviation's period (a verso
        mark, ob. / об. / zv.), which a following semicolon does not replace."""
        table = _labels()["write"][self.labels]["gost" if style == "gost" else "english"]
        return bool(self.folios) and self.folios.endswith("v") and table["verso"].endswith(".")

    def _ibid_alone(self) -> bool:
        """Whether the citation is an ibid. that took nothing from a citation before it (Ibid., l. 5
        in a footnote of its own): written again, it keeps its ibid., or it would name no source."""
        return self.ibid and not self.inherited and self.archive_cited is None and self._match is None

    def format(self, style: str = "english", archive: str = "cited") -> str:
        """Write the citation in ``english`` (RGASPI, f. 17, …), ``gost`` (РГАСПИ. Ф. 17. …) or
        ``chicago`` (the archive's English name first) style, inherited parts included.
        ``archive="current"`` writes the archive's present name instead of the one cited (fond
        numbers carry over, as for RTsKhIDNI → RGASPI; check a concordance where holdings were
        renumbered)."""
        from translit.errors import OptionError

        if style not in STYLES:
            raise OptionError(f"style must be english, gost or chicago, not {style!r}")
        if archive not in ("cited", "current"):
            raise OptionError(f"archive must be cited or current, not {archive!r}")
        m = self._match
        name = (m.cited if archive == "cited" else m.archive.current) if m is not None else None
        if style == "gost":
            words = _labels()["write"][self.labels]["gost"]
            # an unregistered Latin name is read into Cyrillic only where the citation has an opis'
            parts = [_written_name(name, cyrillic=True) if name
                     else _unregistered_name(self.archive_cited, True, self.labels, self.opis is not None)]
            for f in FIELDS:
                value = _gost_folios(self.folios, words["verso"]) if f == "folios" else _cyr(getattr(self, f))
                if f == "razriad" and self.razriad and _ROMAN.fullmatch(self.razriad):
                    value = self.razriad  # Roman figures, not letters: razr. IV → Разр. IV
                if f in ("fond", "opis") and _named_fond(getattr(self, f)):  # f. Kantseliariia, op. Sovet
                    value = _fond_name_in(getattr(self, f), cyrillic=True)
                if f == "delo" and value and _several_files(value):  # a range of files with a dash, as of leaves
                    value = _FILE_RANGE.sub(lambda r: r.group().replace("-", "–"), value)
                if value:
                    parts.append(_part(words, f, self.delo if f == "delo" and _series_file(self.delo) else value))
                parts += [_part_in(p, cyrillic=True) for after, p in self.parts if after == f]
            if self._ibid_alone():
                parts.insert(0, words["ibid"].rstrip("."))
            out = ". ".join(p for p in parts if p)
            return out if out.endswith(".") else out + "."
        arc = _written_name(name, cyrillic=False) if name else _unregistered_name(self.archive_cited, False, self.labels)
        if style == "chicago" and m is not None and name is not None:
            full = _full_name_en(name, m)
            arc = f"{full} ({arc})" if full and name.acronym_alone and arc not in full else full or arc
        words = _labels()["write"][self.labels]["english"]
        parts = [arc] if arc else []
        for f in FIELDS[:-1]:
            if getattr(self, f):
                value = getattr(self, f)
                parts.append(_part(words, f, _fond_name_in(value, False) if f in ("fond", "opis") and _named_fond(value) else value))
            parts += [w for after, p in self.parts if after == f and (w := _part_in(p, cyrillic=False))]
        if self._ibid_alone():
            parts.insert(0, words["ibid"])
        if self.folios:
            many = bool(re.search(r"[-,]", self.folios))
            leaves = re.sub(r"(?<=\d)v|(?<=\d[abg])v", words["verso"], self.folios)
            parts.append(f"{words['folios'] if many else words['folio']} {leaves}")
        return ", ".join(parts) + ("" if parts and parts[-1].endswith(".") else ".")


def _unkeyed_parts(gap: str) -> list[str]:
    """The parts with no field between two parsed parts, as written: a label and a number (", ch. 5, ",
    ". Кн. 12. ", ", chast' 3, "), a numbered subdivision (", 1 eksp., ", ". 2-е д-во. "), a year
    (", 1910, "), a subdivision's capitals (", DP OO, "), not a remark in brackets beside them; [] when the
    gap holds anything else too (a remark)."""
    pieces = (rf"(?:{_subdivision_re().pattern}|{_UNKNOWN_PART.pattern}|{_unkeyed_part_re().pattern}|{_YEAR_PART.pattern}"
              rf"|{_named_subdivision_re().pattern}|{_BRACKETED.pattern}|{_SUBUNIT.pattern})")  # last, a subdivision's capitals (DP OO, ДП ОО)
    if re.fullmatch(rf"(?:{pieces})+", gap) is None:
        return []
    # a remark in brackets (the fond's name) is no part
    return [p for m in re.finditer(pieces, gap) if not (p := m.group().strip(_SEPS)).startswith(("(", "["))]


def _part_in(part: str, cyrillic: bool) -> str:
    """A part with no field in the script of the style that writes it: a year (1910 g. → 1910 г.;
    english and chicago write the year alone), a numbered subdivision (:func:`_subdivision_in`), a
    label and a number (:func:`_unkeyed_part_in`)."""
    year = re.fullmatch(r"(\d{4})(?:\s?(?:g|gg|г|гг)\.?)?", part)
    if year:  # GOST's ". " after each part closes the г.
        return f"{year.group(1)} г" if cyrillic and year.group() != year.group(1) else year.group(1)
    if _subdivision_re().fullmatch(part):
        written = _subdivision_in(part, cyrillic)
        return written.rstrip(".") if cyrillic else written
    if _SUBUNIT.fullmatch(part) and not re.search(r"[^\W\d_]\.\s?\d", part):  # DP OO ↔ ДП ОО; "" with no spelling
        return part if bool(_CYRILLIC_RE.search(part)) == cyrillic else (part_written(part, cyrillic) or "")
    return _unkeyed_part_in(part, cyrillic)


def _part_marks(src: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """Marks for convert of what stands between two parts without a field and that the reader would
    read as words (2-e d-vo → 2-е d-во; DP OO → ДП OO): each numbered subdivision, and a
    subdivision's capitals where they are all the gap holds; written by :func:`part_written`."""
    gap = src[start:end]
    if _SUBUNIT.fullmatch(gap) and re.search(r"[^\W\d_]{2}", gap):
        words = gap.strip(_SEPS)
        at = start + gap.index(words)
        return [("part", "", at, at + len(words))]
    out = []
    for m in _subdivision_re().finditer(src, start, end):
        piece = m.group().strip(_SEPS)
        at = m.start() + m.group().index(piece)
        out.append(("part", "", at, at + len(piece)))
    return out


def part_written(written: str, cyrillic: bool) -> str | None:
    """A part without a field that :func:`_part_marks` marked, in the target's script: a subdivision
    by :func:`_subdivision_in`, capitals letter by letter (DP OO ↔ ДП ОО); None where it is in that
    script already or a word has no spelling."""
    if bool(_CYRILLIC_RE.search(written)) == cyrillic:
        return None
    if _subdivision_re().fullmatch(written):
        return _subdivision_in(written, cyrillic)
    words = written.split()
    spelled = [_acronym_cyr(w, "ru") if cyrillic else _acronym_lat(w) for w in words]
    return " ".join(spelled) if all(spelled) else None


_SUBDIVISION = re.compile(r"(?P<number>\d{1,2}|[IVX]{1,4})(?:(?P<dash>-?)(?P<ending>[^\W\d_]{1,3}))??(?P<space>\s*)"
                          r"(?P<label>[^\W\d_].*)", re.S)


@cache
def _subdivision_words() -> dict[str, str]:
    """The forms of labels.toml [subdivisions] in Latin, as each romanization writes the Cyrillic
    ones, in small letters → their Cyrillic form (eksp. → эксп., d-vo → д-во)."""
    out = {}
    for form in _labels()["subdivisions"]["forms"]:
        for latin in _romanizations(form):
            out.setdefault(_apostrophes_plain(latin.lower()), form)
    return out


def _subdivision_in(part: str, cyrillic: bool) -> str:
    """A numbered subdivision (1 eksp., 2-е д-во, III deloproizvodstvo) in the script of the style
    that writes it: its label from the pairs of labels.toml [subdivisions] (romanized in ALA-LC
    without diacritics for english and chicago), its ordinal ending from [subdivisions] endings;
    the number as written. As written where a word has no counterpart."""
    m = _SUBDIVISION.fullmatch(part)
    if m is None:
        return part
    label, ending = m.group("label"), m.group("ending") or ""
    # the abbreviation's period, which the part lost at its end (1 eksp., op. 4 → "1 eksp")
    if not label.endswith(".") and any(f.rstrip(".").lower() == label.lower() and f.endswith(".")
                                       for f in [*_labels()["subdivisions"]["forms"], *_subdivision_words()]):
        label += "."
    if bool(_CYRILLIC_RE.search(label)) != cyrillic:
        if cyrillic:
            label = _subdivision_words().get(_apostrophes_plain(label.lower()), label)
            pairs = {lat: cyr for lat, cyr in _labels()["subdivisions"]["endings"]}
            ending = pairs.get(ending.lower(), ending)
        else:
            label, ending = _romanized_word(label), _romanized_word(ending) if ending else ""
    elif not cyrillic and (cyr := _subdivision_words().get(_apostrophes_plain(label.lower()))):
        label = _romanized_word(cyr)  # another scheme's spelling in ALA-LC without diacritics: èksp. → eksp.
    return f"{m.group('number')}{m.group('dash') or ''}{ending}{m.group('space')}{label}"


_PART_LABEL = re.compile(r"(?P<label>[^\W\d_]+(?:['’ʹ][^\W\d_]*)?)(?P<rest>\.?\s?№?\s?.*)", re.S)


def _unkeyed_part_in(part: str, cyrillic: bool) -> str:
    """A part with no field (ch. 5, Кн. 12, chast' 3) in the script of the style that writes it:
    its label romanized in ALA-LC without diacritics for english and chicago (Кн. → kn.), read
    into Cyrillic for GOST (kn. → Кн., ch. → Ч., chast' → Часть; an abbreviation letter by
    letter; an English word in GOST's own, Part → Часть), capitalized for GOST, in small letters for
    the others; its number as written. "" for a label that is no row of labels.toml [unkeyed_parts]
    (No. 3, pt. 2, Abs. 2): it stays in unparsed and is not written."""
    m = _PART_LABEL.fullmatch(part)
    if m is None or not _known_part_label(m.group("label")):
        return ""  # a word the table has no row for (No. 3, pt. 2): kept in unparsed, not written
    label, rest = m.group("label"), re.sub(r"^\.(?=[^\s.])", ". ", m.group("rest"))  # Вып.1: Вып. 1
    english = _labels()["unkeyed_parts"]["gost"].get(label.lower())
    if cyrillic and english:  # Part 2 → Часть 2
        label = english
    elif bool(_CYRILLIC_RE.search(label)) != cyrillic:
        if not cyrillic:
            label = _romanized_word(label)
        elif rest.startswith(".") and (spelled := _abbreviation_cyr(label)) is not None:
            label = spelled
        else:
            from translit.archives.rewrite import _read_in

            label = _read_in(label, "ru")
    label = label[:1].upper() + label[1:] if cyrillic else label[:1].lower() + label[1:]
    return label + rest.rstrip(".")


@cache
def _part_labels() -> frozenset[str]:
    """The labels of a part with no field that format() writes (labels.toml [unkeyed_parts]: its
    forms and abbreviations, and their romanizations), in small letters, apostrophes as '."""
    rows = _labels()["unkeyed_parts"]
    words = set(rows["forms"]) | set(rows["abbreviations"])
    words |= {latin for w in list(words) for latin in _romanizations(w)}
    return frozenset(_apostrophes_plain(w.lower()) for w in words)


def _apostrophes_plain(word: str) -> str:
    """``word`` with its apostrophes and soft-sign primes as ' (chast’, častʹ → chast', čast')."""
    return re.sub("[’ʹ`]", "'", word)


def _known_part_label(label: str) -> bool:
    """Whether ``label`` (ch, Кн, chast', Part) is a row of labels.toml [unkeyed_parts]."""
    return _apostrophes_plain(label.lower()) in _part_labels()


def _abbreviation_cyr(latin: str) -> str | None:
    """An abbreviated label in Latin letters (kn, ch, vyp) in Cyrillic letter by letter, the
    ALA-LC spellings of the acronym table (ch → ч, kh → х, y → ы), longest first; None where a
    letter has no spelling there."""
    return _spell_greedy(latin.lower(), {k.lower(): v.lower() for k, v in _acronym_letters("ru").items()})


def _spell_greedy(word: str, letters: dict[str, str]) -> str | None:
    """``word`` spelled with ``letters`` (Latin spellings of one to seven letters → Cyrillic: ALA-LC
    Shch, German Schtsch), longest spelling first; None where a letter has no spelling."""
    out, i = [], 0
    while i < len(word):
        for n in (7, 6, 5, 4, 3, 2, 1):
            if word[i:i + n] in letters:
                out.append(letters[word[i:i + n]])
                i += n
                break
        else:
            return None
    return "".join(out)


def _written_name(name: Name, cyrillic: bool) -> str:
    """How a re-written citation names an archive: its acronym (Cyrillic for GOST where it has
    one); for an acronym other archives share (``acronym_alone = false``), its first variant in
    that script (GANO (Novosibirsk)), else its full name."""
    if name.acronym_alone:
        return (name.acronym_cyr or name.acronym) if cyrillic else name.acronym
    from translit.archives.rewrite import _variants

    script = [v for v in _variants(name) if bool(re.search("[\u0400-\u04ff]", v)) == cyrillic]
    if script:
        return script[0]
    return (name.name_cyr or name.name_en) if cyrillic else (name.name_en or name.name_cyr)


def _full_name_en(name: Name, m: Match) -> str:
    """The full name Chicago style writes for ``name`` (the name as cited, or the current one):
    its own English name; the current archive's only for the current name (a predecessor without
    an English name of its own is not written under its successor's: TsGIA SSSR is not the
    Russian State Historical Archive); else its Russian name in ALA-LC without diacritics, as
    English-language footnotes write it; else "" (the acronym alone)."""
    if name.name_en:
        return name.name_en
    if name is m.archive.current:
        return m.archive.name_en
    if name.name_cyr and _acronym_language(name.name_cyr) == "ru":
        from translit.romanize import romanize

        return romanize(name.name_cyr, "alalc-plain")
    return ""


_FILE_RANGE = re.compile(r"\d+[a-zа-я]?\s*[-–]\s*\d+[a-zа-я]?")


def _several_files(value: str) -> bool:
    """Whether a file number names several files: a list (49, 51) or a range of numbers (12-14;
    not a number with a letter prefix or suffix, R-33833, 75120-FP)."""
    return "," in value or any(_FILE_RANGE.fullmatch(v.strip()) for v in value.split(","))


def _part(words: dict[str, str], f: str, value: str) -> str:
    """One part written with its label from ``words`` (a [write] table): several files (a list,
    dd. 49, 51, or a range, dd. 12-14) with the plural label, a collection's file mark as it stands
    (WKP 186)."""
    if f == "delo" and _series_file(value):
        return value
    return f"{words.get('files', words[f]) if f == 'delo' and _several_files(value) else words[f]} {value}"


def _unregistered_name(cited: str | None, cyrillic: bool, lang: str, post_soviet: bool = False) -> str:
    """An archive's name outside the registry, as cited, in the script of the style that writes
    it (GOST in Cyrillic, english and chicago in Latin): an acronym letter by letter (GATO → ГАТО,
    ГАЯО → GAIaO, the digraphs title-case as the registry writes them), a name in words read or
    romanized in ALA-LC without diacritics (Gosudarstvennyi arkhiv … ↔ Государственный архив …);
    a name in English, or one already in the style's script, as it was written.
    Latin is read into Cyrillic only on evidence that it is a post-Soviet archive's romanized name:
    ``post_soviet`` (the citation has an opis', as for convert), a romanized архив / центр in the
    name, or an acronym that opens as post-Soviet archives' do (labels.toml [post_soviet_acronyms]:
    GATO, TsDNI, DAKhO); else a string of Latin capitals is as cited (BL Add MS, TNA, YIVO: GOST writes a Western
    archive's name in its own script). A Cyrillic name is evidence enough for its romanization."""
    if not cited or bool(_CYRILLIC_RE.search(cited)) == cyrillic:
        return cited or ""
    words = cited.split(" ")
    if cyrillic:
        from translit.archives.rewrite import _english_name, _read_in

        # a letter outside ASCII (Archiwum, Lietuvos … archyvas) is another language's; quotation
        # marks are no letters (Arkhiv «Memoriala»)
        if _english_name(cited) or re.search(r"(?![\x00-\x7f])[^\W\d_]", cited):
            return cited
        romanized = _ROMANIZED_ARCHIVE_WORD.search(cited) or any(map(_romanized_name_word, words))
        if not (post_soviet or romanized or any(map(_post_soviet_opening, words))):
            return cited  # nothing says post-Soviet: a Western acronym (BL, TNA, YIVO) as cited
        spelled = [_acronym_cyr(w, lang) for w in words]
        if not any(spelled) and not romanized:
            return cited  # no acronym, no romanized архив / архів: maybe another language's (Archiwum Akt Nowych)
        # each acronym letter by letter, each run of words between them read together
        # (TsDNI Krasnodarskogo kraia → ЦДНИ Краснодарского края)
        out: list[str] = []
        run: list[str] = []
        for w, acr in zip([*words, ""], [*spelled, ""]):
            if acr is None:
                run.append(w)
                continue
            if run:
                out.append(_read_in(" ".join(run), lang if lang in ("ru", "uk", "be") else "ru"))
                run = []
            out.append(acr)
        return " ".join(o for o in out if o)
    return " ".join(_acronym_lat(w) if _acronym_shaped(w) else _romanized_word(w) for w in words)


def _post_soviet_opening(word: str) -> bool:
    """Whether a Latin acronym opens as the Soviet and post-Soviet state archives' acronyms do
    (labels.toml [post_soviet_acronyms]: GA-TO, TsDNI, DA-KhO), the opening followed by a capital or
    the end of the word (not GAlicia, not DAta), or is a manuscript department's whole (OR, RO, NIOR,
    OPI: [post_soviet_acronyms] departments)."""
    table = _labels()["post_soviet_acronyms"]
    return word in table["departments"] or any(word.startswith(o) and (len(word) == len(o) or word[len(o)].isupper())
                                               for o in table["openings"])


def _romanized_name_word(word: str) -> bool:
    """Whether a word opens as a romanized Russian, Ukrainian or Belarusian word of an institution's
    name does (labels.toml [romanized_name_words]: otdel, rukopisei, gosudarstvenn-, muzei), in
    any case; not the words other languages share (biblioteki, muzeum)."""
    return word.casefold().startswith(tuple(_labels()["romanized_name_words"]["openings"]))


_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
# архив, архів, архіў romanized (ALA-LC, BGN, the national systems: arkhiv, arkhyv, arkhiu, arhiv),
# and центр (tsentr, centr): the words that tell a romanized Russian, Ukrainian or Belarusian
# archive's name from one in Polish, German or Lithuanian (archiwum, Archiv, archyvas)
_ROMANIZED_ARCHIVE_WORD = re.compile(r"(?i)\b(?:ark?h(?:iv|yv|iu|iŭ|iw)|ts?entr)")
_LATIN_ACRONYM = re.compile(r"(?:Shch|Kh|Ts|Ch|Sh|Zh|Iu|Ia|Ie|Ya|Yu|Ye|Yi|[A-Z])+")
# the spellings of я, ю, е/є and ї in BGN/PCGN and the national romanizations (GAYaO, DAYuO), which
# acronyms also use: read beside the ALA-LC ones (Ia, Iu)
_Y_DIGRAPHS = {"ru": {"Ya": "Я", "Yu": "Ю", "Ye": "Е"}, "uk": {"Ya": "Я", "Yu": "Ю", "Ye": "Є", "Yi": "Ї"},
               "be": {"Ya": "Я", "Yu": "Ю", "Ye": "Е"}}


@cache
def scheme_acronym_letters(scheme: str, lang: str = "ru", marks: bool = True) -> dict[str, str]:
    """A scheme's Latin spellings of ``lang``'s letters, title-case, → the Cyrillic capital each
    spells in an acronym (ALA-LC Ts → Ц, ISO 9 C → Ц, German Ja → Я): the first letter of the
    alphabet with that spelling, with no soft or hard sign and none of the letters an acronym does
    not begin a part with (ё, й, э; the Ukrainian ї, ґ; the pre-1918 letters; і in Russian).
    ``marks=False`` reads the spellings without their diacritics (ALA-LC's ĭ, t͡s as i, ts). The
    citation finder reads a Latin acronym's letters with it (:func:`_acronym_letters`), and convert
    an acronym in another scheme's letters (rewrite._scheme_acronym_cyr)."""
    from translit.schemes import get_scheme

    table = get_scheme(scheme, None if lang == "ru" else lang).letters
    skip = set("ёйэъьѣѳѵїґ") | ({"і"} if lang == "ru" else set())
    out: dict[str, str] = {}
    for cyr, lat in table.items():
        lat = unicodedata.normalize("NFC", lat) if marks else \
            "".join(ch for ch in unicodedata.normalize("NFD", lat) if not unicodedata.combining(ch))
        if cyr not in skip and lat.isalpha() and lat.capitalize() not in out:
            out[lat.capitalize()] = cyr.upper()
    return out


@cache
def _acronym_letters(lang: str) -> dict[str, str]:
    """Latin letters → the Cyrillic capital they spell in an acronym in ``lang``'s ALA-LC table
    without diacritics (Ts → Ц, Ia → Я; in Ukrainian H → Г, Y → И), with the BGN/PCGN and
    national spellings of я, ю, е/є and ї beside them (:func:`scheme_acronym_letters`)."""
    return {**_Y_DIGRAPHS[lang], **scheme_acronym_letters("alalc-plain" if lang == "ru" else "alalc", lang, marks=False)}


def _acronym_cyr(word: str, lang: str) -> str | None:
    """A Latin acronym (one word of capitals and title-case digraphs: GATO, TsGAKO, DAZhO) in
    Cyrillic letter by letter, longest spelling first; None for anything else."""
    lang = lang if lang in ("ru", "uk", "be") else "ru"
    if not _LATIN_ACRONYM.fullmatch(word) or sum(ch.isupper() for ch in word) < 2:
        return None
    return _spell_greedy(word, _acronym_letters(lang))


def _acronym_lat(word: str) -> str:
    """A Cyrillic acronym in ALA-LC without diacritics, digraphs title-case (ГАЯО → GAIaO)."""
    from translit.archives import _spelled

    lang = _acronym_language(word)
    if lang == "ru":
        return _spelled(word, "alalc-plain", "ru") or _romanized_word(word)
    return "".join(ch for ch in unicodedata.normalize("NFD", _spelled(word, "alalc", lang) or _romanized_word(word))
                   if not unicodedata.combining(ch))


def _romanized_word(word: str) -> str:
    """A Cyrillic word in ALA-LC without diacritics (in its language's ALA-LC table, marks dropped)."""
    from translit.romanize import romanize

    lang = _acronym_language(word)
    out = romanize(word, "alalc-plain") if lang == "ru" else romanize(word, "alalc", lang=lang)
    return "".join(ch for ch in unicodedata.normalize("NFD", out) if not unicodedata.combining(ch))


def _series_file(value: str | None) -> bool:
    """Whether a file number is a collection's own file mark (WKP 186: archives.toml file_series)."""
    return bool(value) and value.split()[0] in file_series() and " " in value


# --- normalizing values -------------------------------------------------------------------

_CYR_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
            "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"}
_LAT_CYR = {v: k for k, v in _CYR_LAT.items() if len(v) == 1}
_DIGRAPH_CYR = {v: k for k, v in _CYR_LAT.items() if len(v) == 2}


def _letters_cyr(latin: str) -> str:
    """Latin suffix letters in Cyrillic, digraphs first (sch → сч, ss → сс)."""
    out, i = [], 0
    while i < len(latin):
        pair = latin[i:i + 2]
        if pair in _DIGRAPH_CYR:
            out.append(_DIGRAPH_CYR[pair])
            i += 2
        else:
            out.append(_LAT_CYR.get(latin[i], latin[i]))
            i += 1
    return "".join(out)
_PREFIX_LAT = {"Р": "R", "А": "A", "П": "P"}


def _clean_number(value: str, notes: list[str], cyrillic: bool = False) -> str:
    """A fond, opis' or file number in Latin letters: Р-8131 → R-8131, 3-ос → 3-os, 12а → 12a.
    In a Cyrillic citation a Latin P before a fond number is the lookalike of Р (reference §5.2)."""
    if _named_fond(value):
        return " ".join(value.split())  # a fond named in words (f. Kantseliariia): as written
    v = re.sub(r"\s+", "", value).replace("‐", "-").replace("–", "-")
    if re.fullmatch(r"[А-ЯЁ]{2,5}", v):  # a fond named by letters: ВУА → VUA
        return "".join(_CYR_LAT.get(ch.lower(), ch).upper() for ch in v)
    if re.fullmatch(r"[A-Z]{2,5}", v):
        return v
    m = (re.match(r"^([RРAА])(?=\d)(.*)$", v) or re.match(r"^([A-ZА-ЯЁ]{1,2})-(?=[\dlIОO])(.*)$", v)
         or re.match(rf"^([{_fond_prefix_letters()}])-?(?=[\dlIОO])(.*)$", v))  # f. r-9401, ф. р5446
    if m:
        letters = m.group(1).upper()
        if letters == "P" and cyrillic:
            latin = "R"
            notes.append("read the Latin P before the fond number as the Cyrillic Р (R-)")
        else:
            latin = "".join(_PREFIX_LAT.get(ch) or _CYR_LAT.get(ch.lower(), ch).upper() for ch in letters)
        v = f"{latin}-{m.group(2)}"
    v = re.sub(r"(?<=\d)-?ос$", lambda x: x.group().replace("ос", "os"), v)
    v = re.sub(r"(?<=\d-)[А-ЯЁ]{1,3}$", lambda x: "".join(_CYR_LAT.get(c.lower(), c).upper() for c in x.group()), v)
    v = re.sub(r"(?<=\d)([а-яё]{1,2})(?![^\W\d_])", lambda x: "".join(_CYR_LAT.get(c, c) for c in x.group(1)), v)
    # l, I and O among digits, also beside each other (lOO3 is 1003)
    fixed = re.sub(r"[lI](?=[\dlIOО]*\d)|(?<=\d)[lI]|(?<![^\W\d_])l(?![^\W\d_])|^I$", "1", v)
    fixed = re.sub(r"[OО](?=[\dOО]*\d)|(?<=\d)[OО]", "0", fixed)
    fixed = re.sub(r"З(?=[\dЗ]*\d)|(?<=\d)З|^З$", "3", fixed)
    if fixed != v:
        notes.append(f"read {v!r} as {fixed!r} (OCR lookalikes)")
    return fixed


def _clean_folios(value: str, notes: list[str]) -> str:
    verso = "|".join(re.escape(m) for m in sorted(_labels()["folio_marks"]["verso"], key=len, reverse=True))
    v = value.replace("‐", "-").replace("–", "-").replace("—", "-")
    v = re.sub(rf"\s*(?i:{verso})(?![^\W\d_])\.?", "v", v)
    v = re.sub(r"\s*-\s*", "-", v)
    v = re.sub(r"\s*,\s*", ", ", v)
    v = re.sub(r"(?<=\d)[абг](?=v|(?![^\W\d_]))", lambda x: _CYR_LAT[x.group()], v)
    words = _labels()["folio_marks"].get("list_words", [])
    if words:  # "10-12 and 15": a list like "10-12, 15"
        v = re.sub(rf"\s+(?i:{'|'.join(map(re.escape, words))})\s+(?=\d)", ", ", v)
    return _clean_number(v, notes) if re.search(r"[lIOОЗ]", v) else v.strip()


def _cyr(v: str | None) -> str | None:
    """A value as GOST writes it: Cyrillic prefix and suffix letters (Р-8131, 3-ос, 12а)."""
    if not v:
        return v
    if re.fullmatch(r"[A-Z]{2,5}", v) and all(ch.lower() in _LAT_CYR for ch in v):  # VUA → ВУА
        return "".join(_LAT_CYR[ch.lower()].upper() for ch in v)
    # a fond's series letters, however many the reading romanized (Р-, А-, П-, М-; the Uzbek
    # archive's И-; ЖХ- → ZHKH- → ЖХ-): back in Cyrillic, digraphs first, as _clean_number read them
    v = re.sub(r"^([A-Z]{1,4})-(?=\d)", lambda m: _letters_cyr(m.group(1).lower()).upper() + "-", v)
    v = re.sub(r"(?<=\d)(-?)os$", r"\1ос", v)
    v = re.sub(r"(?<=\d-)[A-Z]{1,3}$", lambda m: "".join(_LAT_CYR.get(c.lower(), c).upper() for c in m.group()), v)
    # a letter after a number, also of each number of a range or list (148a-150, 12a, 13)
    return re.sub(r"(?<=\d)([a-z]{1,3})(?=$|[-–,\s])", lambda m: _letters_cyr(m.group(1)), v)


def _gost_folios(v: str | None, verso: str = "об.") -> str | None:
    if not v:
        return v
    return re.sub(r"(\d[абг]?)v", rf"\1 {verso}", _cyr_leaves(v)).replace("-", "–")


def _cyr_leaves(v: str) -> str:
    """An inserted leaf's letter in Cyrillic, as GOST writes it (12a → 12а)."""
    return re.sub(r"(?<=\d)[abg](?=v|\b|$)", lambda m: _LAT_CYR[m.group()], v)


def _label_key(label: str) -> str:
    return re.sub(r"[\s.№]+", " ", label.casefold().replace("no.", "")).strip()


@cache
def _write_forms() -> dict[str, frozenset[str]]:
    """Each [write] language's telling labels, folded as :func:`_label_key` folds a cited one."""
    return {lang: frozenset(_label_key(f) for f in row["forms"]) for lang, row in _labels()["write"].items()}


def _label_language(cited: set[str], country: str | None) -> str:
    """The language whose labels a re-formatted citation writes (labels.toml [write]): of the
    languages whose labels it was cited with, its archive's country's, else one with a label of its
    own, else the first listed; with no telling label, the country's language, else Russian."""
    write = _labels()["write"]
    forms = _write_forms()
    own = next((lang for lang, row in write.items() if country in row["countries"]), None)
    used = [lang for lang in write if cited & forms[lang]]
    if own in used or (not used and own):
        return own
    # a label only one language has (vop. is Belarusian, zv. Ukrainian) decides between them
    alone = [lang for lang in used if cited & forms[lang] - set().union(*(forms[o] for o in write if o != lang))]
    return (alone or used or ["ru"])[0]


# --- finding elements ---------------------------------------------------------------------

@dataclass
class _El:
    kind: str  # archive | ibid | field | short
    start: int
    end: int
    field: str = ""
    value: str = ""
    match: Match | None = None
    ocr: bool = False
    acronym: bool = False  # an archive named by an acronym, not a full name
    alone: bool = False  # a file mark that names its archive by itself (WKP 186)
    unread: bool = False  # a labelled part whose number is illegible ("d. [?]")
    country: str | None = None  # a label only the archives of this country use (Latvian apr.)
    postposed: bool = False  # the number before its label (Latvian 1986. f., 12. lp.)
    groups: tuple[str, str, str] = ("", "", "")


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _negation_re() -> re.Pattern[str]:
    """A word of labels.toml [back_reference] `negations` (not, не, ні, nie) ending just before a
    position, spaces between: a back reference after it is denied, not made. A form with an
    apostrophe (n't) is a clitic, joined to the word before it; any other is a whole word."""
    pats = []
    for f in sorted(_labels()["back_reference"]["negations"], key=len, reverse=True):
        if "'" in f:
            pats.append(re.escape(f).replace("'", _APOS))
        else:
            pats.append(rf"(?<![^\W\d_]){re.escape(f)}")
    return re.compile(rf"(?i:{'|'.join(pats)})\s+$")


def _negated_before(src: str, at: int) -> bool:
    """Whether a negation word (:func:`_negation_re`) stands right before ``src[at]``."""
    return _negation_re().search(src[max(0, at - 20):at]) is not None


def _unmixed(src: str) -> str:
    """``src`` with each word that mixes Cyrillic and Latin lookalikes (PГACПИ, typed or scanned)
    in one script, letter for letter, so that offsets stay; for finding archive names."""
    from translit.normalize.lookalikes import repair_mixed_token

    def one(m: re.Match[str]) -> str:
        fixed = repair_mixed_token(m.group())
        return fixed[0] if fixed is not None else m.group()
    return _WORD.sub(one, src)


_PLAIN_MARKS = {"ʹ": "'", "ʺ": '"', "’": "'"}


def _plain(src: str) -> tuple[str, list[int]]:
    """``src`` without diacritics, for finding archive names (ALA-LC with its marks,
    Gosudarstvennyĭ arkhiv Rossiĭskoĭ Federat͡sii, is the registry's name without them), and for
    each of its characters (and its end) the offset in ``src``."""
    if src.isascii():
        return src, list(range(len(src) + 1))
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(src):
        base = _PLAIN_MARKS.get(ch)
        if base is None:
            if unicodedata.combining(ch):
                continue
            decomposed = unicodedata.normalize("NFD", ch)
            base = decomposed[0] if ch.isalpha() and "a" <= decomposed[0].lower() <= "z" else ch
        out.append(base)
        where.append(i)
    where.append(len(src))
    return "".join(out), where


# a word in the genitive after a registry name in words, going on with the name of another archive
# ("… Ministerstva oborony Ukrainy", "… Ministerstva oborony Respubliki Belarus'"): a capitalized
# word of three letters or more, not a label
_NAME_GOES_ON = re.compile(r"[ \t]+[A-ZА-ЯЁІЇЄҐЎ][^\W\d_]{2,}(?![.\w])")


def _own_acronym_after(src: str, end: int, hit: Match) -> tuple[int, int] | None:
    """The span of the archive's own acronym in brackets right after its full name, where that
    acronym alone names no archive (``acronym_alone = false``): "Государственный архив
    Новосибирской области (ГАНО)", "… (hereafter GANO)". A shared acronym is read only here."""
    if hit.cited.acronym_alone:
        return None
    m = _OWN_BRACKET.match(src, end)
    if m is None or m.group("a") not in (hit.cited.acronym, hit.cited.acronym_cyr):
        return None
    return m.start("a"), m.end("a")


_OWN_BRACKET = re.compile(r"[ \t]*[(\[][ \t]*(?:(?i:hereafter|henceforth|далее|далі|dalee|dali)[\s:–—-]*)?"
                          r"(?P<a>[^()\[\]\s]+(?: [^()\[\]\s]+)?)[ \t]*[)\]]")


def _elements(src: str) -> list[_El]:
    found: list[_El] = []
    arc_re, _ = _archive_re()
    plain, where = _plain(_unmixed(src))
    for m in arc_re.finditer(plain):
        hit = _lookup(m.group())
        a, b = where[m.start()], where[m.end()]
        if hit is not None and m.group("acr") is not None and _qualified(src, b):
            continue  # "RGIA DV", "TsGALI SPb": another archive, whose name begins with this acronym
        if hit is not None and m.group("suffix") is not None and not _country_word_fits(m.group("suffix"), hit):
            continue  # "TsGIA RB", "TsGAOR Ukrainy": another country's archive, not TsGIA SSSR, TsGAOR SSSR
        if hit is not None and m.group("name") is not None and _NAME_GOES_ON.match(src, b):
            continue  # "Tsentral'nyi arkhiv Ministerstva oborony Ukrainy": another archive, whose name begins so
        if hit is not None and m.group("acr") is not None and _acronym_elsewhere(hit, src, a):
            continue  # "the Luhansk region: DALO": another oblast's archive, whose acronym has these letters
        if hit is not None:
            found.append(_El("archive", a, b, match=hit, value=src[a:b], acronym=m.group("acr") is not None))
            own = _own_acronym_after(src, b, hit) if m.group("name") is not None else None
            if own is not None:
                found.append(_El("archive", own[0], own[1], match=hit, value=src[own[0]:own[1]], acronym=True))
    for m in _element_re().finditer(src):
        kind = m.lastgroup
        if kind == "ibid":
            found.append(_El("ibid", m.start(), m.end()))
        elif kind.startswith("b_"):  # "in the same file": an ibid. in prose words, with no mark of its own
            if not _negated_before(src, m.start()):  # "not in the same file" refers to nothing
                found.append(_El("ibid", m.start(), m.end(), field=kind[2:], value="back"))
        elif kind == "short":
            found.append(_El("short", m.start(), m.end(), groups=(m.group("sf"), m.group("so"), m.group("sd")),
                             value=m.group("sl") or m.group("sb") or ""))
        elif kind == "series":
            row, match = file_series()[m.group("series_p")]
            found.append(_El("series", m.start(), m.end(), "delo", f"{row.prefix} {m.group('series_v')}",
                             match=match, alone=row.alone))
        elif kind == "ocr_folios":
            found.append(_El("field", m.start(), m.end(), "folios", m.group("ocr_folios_v"), ocr=True))
        elif kind.endswith("_x"):
            found.append(_El("field", m.start(), m.end(), kind[:-2], unread=True))
        elif re.match(r"c\d+_", kind):
            i, name = kind[1:].split("_", 1)
            found.append(_El("field", m.start(), m.end(), name, m.group(f"{kind}_v"),
                             country=_country_labels()[int(i)][0]))
        elif re.match(r"p\d+_", kind):  # the number before its label (Latvian 1986. f.)
            i, name = kind[1:].split("_", 1)
            found.append(_El("field", m.start(), m.end(), name, m.group(f"{kind}_v"),
                             country=_country_labels()[int(i)][0], postposed=True))
        elif kind not in ("fond", "opis") or not _named_shape(v := m.group(f"{kind}_v")) or _named_fond(v):
            found.append(_El("field", m.start(), m.end(), kind, m.group(f"{kind}_v")))
        # else: words after "f." that read as English prose (f. Smith wrote to me): no fond
    # an archive's name wins over a label inside it; otherwise the earlier, then the longer element
    archives = sorted((e for e in found if e.kind == "archive"), key=lambda e: e.start)  # already apart
    starts = [e.start for e in archives]
    out: list[_El] = list(archives)
    reach = -1
    for e in sorted((e for e in found if e.kind != "archive"), key=lambda e: (e.start, -(e.end - e.start))):
        if e.start < reach:
            continue
        i = bisect.bisect_left(starts, e.end)  # archives starting before e ends
        if i and archives[i - 1].end > e.start:
            continue
        reach = e.end
        out.append(e)
    return sorted(out, key=lambda e: e.start)


# --- grouping elements into citations -----------------------------------------------------

_BRACKETED = re.compile(r"[\s.,;:]*[\[(][^\[\]()]{1,60}[\])][\s.,;:]*")
# a part the table has no field for, between two parts (vyp. 2, ch. 1, kn. 3, razd. IV): kept in
# unparsed; its number in digits or in Roman numerals (вып. III, ch. II)
_UNKNOWN_PART = re.compile(r"[\s.,;:]*[^\W\d_]{1,5}\.\s?№?\s?(?:\d+[^\W\d_]?|[IVXLC]{1,6}(?![^\W\d_]))[\s.,;:]*")
_PLACE = re.compile(r"[\s.,;:]*(?:[A-ZА-ЯЁ][\w'’-]*\.?\s*){1,3}[\s.,;:]*")
# a subdivision of a fond named by its capitals between two parts (GARF, f. 102, DP OO, op. 1905;
# ГАРФ. Ф. 102. ДП ОО. Оп. 316): kept in unparsed
_SUBUNIT = re.compile(r"[\s.,;:]*(?:[A-ZА-ЯЁ]{1,4}\.?\s?){1,3}[\s.,;:]*")
# an opening bracket just before an archive, with a word that the archive is where the fond is today:
# "(TsAMO", "(now RGASPI", "[today GARF", "(ныне РГАСПИ"
_NOW_OPENED = re.compile(r"[(\[]\s*(?:(?i:now|today|currently|presently|ныне|теперь|сейчас|сегодня)[\s:,]+)?$")
# an archive named after its reference (_Builder.takes_trailing): the gap before it, in brackets
# ("d. 5 (RGASPI)", "д. 12 [ныне ГАРФ]") or bare ("delo 157, RGANI", "d. 5 in RGASPI"), and what
# closes it
_TRAIL_OPENED = re.compile(r"[\s.,;:]*[(\[]\s*(?:(?i:now|today|currently|held in|in|ныне|теперь|сейчас|в|у)[\s:,]+)?")
_TRAIL_CLOSED = re.compile(r"\s*[)\]]")
_TRAIL_BARE = re.compile(r"\s*[,.]?\s*|\s+(?i:in|в|у)\s+|\s*[,.]\s*(?i:in|в|у)\s+")
_TRAIL_END = re.compile(r"\s*(?:[.;)\]]|[,:]\s|$)")  # ":" before a remark: "лл. 10–15, РГАДА: the Senate's report"
# the citation's parts in brackets after its archive: "GARF (f. R-5446, op. 82, d. 67)"
_OPENED = re.compile(r"[\s,;:]*[(\[]\s*")


@cache
def _carrier_re() -> re.Pattern[str]:
    """A copy's carrier and its number between an archive and its fond (labels.toml [carriers]):
    ", microfilm, reel 2.5060, "."""
    words = "|".join(_form_pattern(w) for w in _labels()["carriers"]["forms"])
    return re.compile(rf"(?:[\s.,;:]*(?i:{words})(?![^\W\d_])(?:\s*(?:№|No\.?)?\s*\d[\d.]*)?)+[\s.,;:]*")


@cache
def _subdivision_re() -> re.Pattern[str]:
    """A fond's numbered subdivision between two parts (labels.toml [subdivisions]): ", 2-e d-vo, ",
    ". 4-е д-во. ", ", III deloproizvodstvo, ", ", 1 eksp., "; the Cyrillic words also as every
    romanization scheme writes them (ISO 9 èksp.: convert writes them so), derived, not stored."""
    forms = set(_labels()["subdivisions"]["forms"])
    forms |= {latin for f in list(forms) for latin in _romanizations(f)}
    words = "|".join(_form_pattern(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"[\s.,;:]*(?:\d{{1,2}}|[IVX]{{1,4}})(?:-?[^\W\d_]{{1,3}})?\s*(?i:{words})(?![^\W\d_])[\s.,;:]*")


@cache
def _unkeyed_part_re() -> re.Pattern[str]:
    """A part with no field spelled out with its number between two parts (labels.toml
    [unkeyed_parts]): ", chast' 2, ", ". Часть 1. ", ", part II, ", and the Cyrillic words as every
    romanization scheme writes them (ISO 9 častʹ: convert writes them so), derived, not stored."""
    forms = set(_labels()["unkeyed_parts"]["forms"])
    forms |= {latin for f in list(forms) for latin in _romanizations(f)}
    words = "|".join(_form_pattern(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"[\s.,;:]*(?i:{words})\.?\s?№?\s?(?:\d+[^\W\d_]?|[IVXLC]{{1,6}})(?![^\W\d_])[\s.,;:]*")


@cache
def _named_subdivision_re() -> re.Pattern[str]:
    """A fond's subdivision named by a word and a noun of labels.toml [named_subdivisions], with no
    number, between two parts: ", Belgorodskii stol, ", ", sekr. arkhiv, ", ". Секретный архив. ";
    the Cyrillic nouns also as every romanization scheme writes them, derived, not stored."""
    forms = set(_labels()["named_subdivisions"]["forms"])
    forms |= {latin for f in list(forms) for latin in _romanizations(f)}
    words = "|".join(_form_pattern(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"[\s.,;:]*[^\W\d_]{{2,}}\.?\s(?i:{words})(?![^\W\d_])[\s.,;:]*")


# a year between two parts (GARF, f. 102, op. 316, 1910, d. 381; ГАРФ. Ф. 102. Оп. 265. 1912 г. Д. 40): the
# Department of Police's inventories and other yearly ones are cited with their year; kept in unparsed
_YEAR_PART = re.compile(r"[\s.,;:]*(?:1[6-9]\d\d|20\d\d)(?:\s?(?:g|gg|г|гг)\.)?(?![\w/-])[\s.,;:]*")


@cache
def _between_parts_re() -> re.Pattern[str]:
    """One to three of the things that may stand between two parts of a citation without a field of
    their own, one after another: an abbreviated part (kn. 3), a part spelled out (Раздел II), a
    subdivision's capitals (DP OO), its number (2-e d-vo) or its name (Belgorodskii stol), a year
    (1910), a remark in brackets before one of these (the fond's name: "f. 210 (Razriadnyi prikaz), stb. 5");
    "НИОР РГБ. Ф. 93.
    Раздел II. Карт. 3", "ГАРФ. Ф. 102. ДП ОО. 1910. Д. 5", all kept in unparsed."""
    pieces = (_UNKNOWN_PART, _unkeyed_part_re(), _SUBUNIT, _subdivision_re(), _YEAR_PART, _named_subdivision_re(),
              _BRACKETED)
    return re.compile(rf"(?:{'|'.join(f'(?:{p.pattern})' for p in pieces)}){{1,3}}")


# the parts a file cited with no fond begins with, after words saying whose file it is
_DESCRIBED = frozenset({"delo", "storage_unit", "tom"})
_DESCRIPTION = re.compile(r"[\s.,:–—-]*(?P<body>[^\W\d_][^\d;()\[\]\n]{2,80}?)[\s.,:–—-]*")


@cache
def _file_words() -> re.Pattern[str]:
    """A file word among the first three words of a description, then its end, a preposition
    (``[file_descriptions] prepositions``: of, on, against, по) or a capitalized word, the name
    whose file it is. The Cyrillic words also as every romanization scheme writes them (ISO 9
    ličnoe delo), derived."""
    forms = set(_labels()["file_descriptions"]["forms"])
    forms |= {latin for f in list(forms) for latin in _romanizations(f)}
    words = "|".join(_form_pattern(w) for w in sorted(forms, key=len, reverse=True))
    after = "|".join(map(re.escape, _labels()["file_descriptions"]["prepositions"]))
    return re.compile(rf"(?:\S+\s+){{0,2}}(?i:{words})(?:$|\s+(?i:{after})\s|\s+[A-ZА-ЯЁ])")


def _file_description(gap: str) -> bool:
    """Whether the text between an archive and a file's number says whose file it is, in a few words
    with a file word and no number (", investigation file of N. N. Ivanov, ", ", следственное дело
    Иванова, "): labels.toml [file_descriptions]. Not a sentence: no full stop after a word of
    prose inside it."""
    m = _DESCRIPTION.fullmatch(gap)
    if m is None or len(m.group("body").split()) > 10:
        return False
    body = m.group("body")
    return _file_words().match(body) is not None and re.search(r"[a-zа-яё]{3,}\.\s", body) is None


@cache
def _connector_re() -> re.Pattern[str]:
    words = "|".join(_form_pattern(w).replace(r"\s*", r"\s+") for w in _labels()["connectors"]["forms"])
    return re.compile(rf"[\s.,;:]*(?P<word>(?i:{words}))[\s.,;:]*")


class _Builder:
    """One citation being read: it starts at an archive, an ibid. or a fond (or, with
    ``continues``, at a part repeated after a semicolon) and takes the elements that follow."""

    def __init__(self, first: _El, prev: Citation | None, src: str, continues: bool = False):
        self.src = src
        self.start = first.start
        self.end = first.end
        self.ibid = first.kind == "ibid"
        # the level a back reference in words names (labels.toml [back_reference] levels), else ""
        self.back_level = first.field if first.kind == "ibid" and first.value == "back" else ""
        self.match: Match | None = None
        self.archive_text: str | None = None
        self.values: dict[str, str] = {}
        self.inherited_parts: list[tuple[str, str]] = []  # ch. 2 of a file an ibid. inherits
        self.spans: dict[str, list[int]] = {}
        self.inherited: list[str] = []
        self.inherit_from: Citation | None = prev if continues else None
        self.previous = prev  # the citation before this one in the same text
        self.notes: list[str] = []
        self.unread: set[str] = set()
        self.last_rank = 0
        self.acronym = first.acronym
        self.close = first.end
        self.cited_labels: set[str] = set()  # the labels as written, folded (spr, ark, zv, …)
        self.marks: list[tuple[str, str, int, int]] = []  # see Citation.marks
        if first.kind == "archive":
            self.match, self.archive_text = first.match, first.value
            self.spans["archive"] = [first.start, first.end]
            self.mark_archive(first)
        elif first.kind == "series":
            self.match = first.match
            self.notes.append(f"archive known from its file mark {first.value.split()[0]}")
            self.add(first)
        elif first.kind == "ibid":
            self.spans["ibid"] = [first.start, first.end]
            if first.value != "back":  # a back reference in prose words is no mark for convert
                self.marks.append(("ibid", "", first.start, first.end))
            self.inherit_from = prev
        else:
            self.add(first)

    def accepts(self, el: _El, gap: str) -> str:
        """'join' (el belongs here), 'split' (el starts a new citation inheriting from this one),
        'skip' (el is no element here: the gap goes on to the next one) or 'stop'."""
        if el.kind in ("archive", "ibid"):
            # the same archive named again in brackets: "Russian State Archive … (RGASPI)",
            # "GARF [State Archive of the Russian Federation]", "RGAE (formerly TsGANKh)"
            if el.kind == "archive" and not self.values and self.match is not None and el.match is not None \
                    and el.match.archive is self.match.archive:
                opened = re.fullmatch(r"\s*[(\[]([^()\[\]]{0,30})", gap)
                closed = re.match(r"[^()\[\]]{0,30}[)\]]", self.src[el.end:])
                if opened and closed:
                    self.close = el.end + closed.end()
                    plain = not opened.group(1).strip() and closed.end() == 1
                    return "rename" if plain and el.acronym and not self.acronym else "gloss"
            return "stop"
        if el.kind == "field" and not self.values and self.match is not None and "archive" in self.spans \
                and re.fullmatch(r"[)\]][\s.,;:]*", gap) and _NOW_OPENED.search(self.src[:self.spans["archive"][0]]):
            # "Tsentral'nyi arkhiv Ministerstva oborony RF (TsAMO), f. 32": the acronym in brackets
            # after the full name; "Georgian party archive (now MIA Archive), f. 14": the archive
            # that holds the fond today, after an older name; the name joins the citation's span
            opening = self.src.rfind("(" if gap[0] == ")" else "[", 0, self.spans["archive"][0])
            named = _named_before(self.src, opening)
            if named is not None and _ARCHIVE_WORD.search(named[2]):
                self.notes.append(f"archive named in full as {named[2].strip()!r}")
                self.start = named[0]
                self.spans["archive"] = [named[0], self.end + len(gap) - len(gap.lstrip(")]"))]
            return "join"
        if el.kind == "field" and not self.values and self.match is not None and _OPENED.fullmatch(gap):
            return "join"
        if el.kind == "field" and el.field == "folios" and "folios" not in self.values and not el.ocr \
                and {"delo", "storage_unit", "dokument"} & set(self.values) and _OPENED.fullmatch(gap) \
                and re.match(r"\s*[)\]]", self.src[el.end:]):
            return "join"  # the leaves in brackets after the file: "WKP 166 (ll. 9, 14)", "d. 5 (ll. 3-4)"
        sep = _SEP_ONLY.fullmatch(gap) is not None
        new_part = el.kind == "field" and el.field not in self.values
        small = not sep and (_BRACKETED.fullmatch(gap) is not None
                             or (self.values and new_part and _between_parts_re().fullmatch(gap) is not None)
                             or (not self.values and self.match is not None
                                 and (_PLACE.fullmatch(gap) is not None or _carrier_re().fullmatch(gap) is not None
                                      or (el.kind == "field" and el.field in _DESCRIBED and _file_description(gap)))))
        connector = not sep and _connector_re().fullmatch(gap) is not None
        if el.kind == "series":
            # a file mark of the archive cited (Smolensk Archive, WKP 186), or after an ibid.; a
            # second one after a separator or "and" is the next file of the same archive
            ours = self.match is None or self.match.archive is el.match.archive
            if (sep or small) and ours and not ({"delo", "storage_unit"} & (set(self.values) | self.unread)) \
                    and (self.match is not None or self.ibid):
                return "join"
            return "split" if (sep or connector) and ours and self.match is not None and "delo" in self.values else "stop"
        if el.kind == "short":
            if (sep or small) and not self.values and (self.match or self.ibid):
                return "join"
            # "RGASPI, 17/42/80, 8; 17/42/81, 3": a shorthand after a semicolon is the next file
            # in the same archive
            return "split" if sep and ";" in gap and self.match and set(self.values) - set(self.inherited) else "stop"
        if el.ocr and not (set(self.values) & {"delo", "storage_unit", "dokument", "tom"}):
            # before any part ("RGANI, reel 1.993, f. 89") a number is no OCR-slipped folio: the
            # text is judged as a gap with what follows it
            return "stop" if self.values else "skip"
        r = rank()[el.field]
        if el.field in _in_order() and (r <= self.last_rank or not set(self.values) - set(self.inherited)):
            return "stop"
        given = set(self.values) | self.unread
        repeated = el.field in given or ("delo" in given and el.field == "storage_unit") \
            or ("storage_unit" in given and el.field == "delo")
        if (sep or connector) and self.values and (repeated or (";" in gap and r <= self.last_rank) or connector):
            return "split" if not el.ocr else "stop"
        if small and ";" in gap and self.values and repeated and not el.ocr:
            return "split"  # "l. 4 (telegram); l. 6 (reply)": a remark, then the next leaf
        if sep or small:
            return "stop" if repeated else "join"
        return "stop"

    def _unnamed(self) -> bool:
        """Whether the citation so far has its own parts (an opis', a file…) and no archive: none
        named before it, none inherited, no ibid."""
        own = {k for k in self.values if k not in self.inherited}
        return self.match is None and self.archive_text is None and not self.ibid and not self.inherited \
            and bool(own & {"opis", "perechen", "delo", "storage_unit", "dokument"})

    def takes_trailing(self, el: _El, after: _El | None) -> bool:
        """Whether the archive ``el`` names the archive of this citation from after it: in brackets
        ("f. 17, op. 3, d. 5 (RGASPI)", "д. 12 [ныне ГАРФ]"), or after a comma or "in" where the
        archive ends the reference ("fond 89, opis 73, delo 157, RGANI."), not where it opens the
        next one ("d. 3, RGASPI, f. 17")."""
        if not self._unnamed():
            return False
        gap = self.src[self.end:el.start]
        if _TRAIL_OPENED.fullmatch(gap):
            return _TRAIL_CLOSED.match(self.src, el.end) is not None
        if not _TRAIL_BARE.fullmatch(gap) or not _TRAIL_END.match(self.src, el.end):
            return False
        return after is None or after.kind == "archive" \
            or _SEP_ONLY.fullmatch(self.src[el.end:after.start]) is None

    def take_trailing(self, el: _El) -> None:
        """Name the citation's archive from ``el`` after it; the citation's span takes the archive
        and its closing bracket."""
        self.match, self.archive_text, self.acronym = el.match, el.value, el.acronym
        self.mark_archive(el)
        gap = self.src[self.end:el.start]
        at = self.end + len(gap) - len(gap.lstrip(_SEPS))  # a bracket, "in", "ныне": the archive's span
        closed = _TRAIL_CLOSED.match(self.src, el.end)
        end = closed.end() if closed and re.search(r"[(\[]", gap) else el.end
        self.spans["archive"] = [at, end]
        self.end = end
        self.notes.append("archive named after the reference")

    def country(self) -> str | None:
        """The country of the archive this citation is in: its own, or, for an ibid. or a
        continuation that has taken nothing yet, the one of the citation it will inherit from
        ("LYA, f. K-41, ap. 1, b. 614, l. 8, and Tam zhe, b. 615": the Lithuanian b. is the file)."""
        m = self.match
        if m is None and self.inherit_from is not None:
            m = self.inherit_from._match
        return m.archive.country if m is not None else None

    def mark_archive(self, el: _El) -> None:
        # an acronym, or a registry archive's name in words (written in its language by convert)
        self.marks.append(("archive" if el.acronym else "name", "", el.start, el.end))

    def mark_part(self, el: _El) -> None:
        """The label and the number of a labelled part, each where it was written."""
        if el.postposed:  # 1986. f.: the number (its ordinal stop left as written), then the label
            label_at = el.start + len(el.value) + len(re.match(r"\.\s?", self.src[el.start + len(el.value):]).group())
            self.marks.append(("value", el.field, el.start, el.start + len(el.value)))
            self.marks.append(("label", el.field, label_at, el.end))
            return
        value_at = el.end - len(el.value)
        # (a comma written for the label's period, op, 10, stays as written, outside the label)
        label = re.sub(r"\s*(?:(?:№|No\.?|no\.)\s*)?$", "", self.src[el.start:value_at]).rstrip(",")
        if label:
            self.marks.append(("label", el.field, el.start, el.start + len(label)))
        if el.value:
            self.marks.append(("value", el.field, value_at, el.end))

    def add(self, el: _El, gap: str = "") -> None:
        if not self.values and not self.unread and (self.ibid or self.inherit_from is not None):
            self._inherit(el)
        if el.kind == "short":
            for name, value in zip(("fond", "opis", "delo"), el.groups):
                self.values[name] = _clean_number(value, self.notes)
                self.spans[name] = [el.start, el.end]
            self.last_rank = rank()["delo"]
            if el.value:
                self.values["folios"] = _clean_folios(el.value, self.notes)
                self.spans["folios"] = [el.start, el.end]
                self.last_rank = rank()["folios"]
        elif el.kind == "series":
            self.values["delo"] = el.value
            self.spans["delo"] = [el.start, el.end]
            self.last_rank = rank()["delo"]
            self.marks.append(("series", "delo", el.start, el.end))  # a mark written as it stands
        elif el.unread:
            self.unread.add(el.field)
            self.last_rank = rank()[el.field]
            self.notes.append(f"{el.field}: the number cannot be read (kept in unparsed)")
        else:
            self.mark_part(el)
            label = self.src[el.start + len(el.value):el.end] if el.postposed else self.src[el.start:el.end - len(el.value)]
            self.cited_labels.add(_label_key(label.lstrip(". ")))
            self.cited_labels.update(_label_key(w) for w in re.findall(r"[^\W\d_]+", el.value))
            value = re.sub(r"\.(?=\s?[-‐–])", "", el.value) if el.postposed else el.value  # 7.-9. lp.: 7-9
            if el.field == "folios":
                self.values[el.field] = _clean_folios(value, self.notes)
            elif el.field == "razriad" and _ROMAN.fullmatch(value):
                self.values[el.field] = value  # a division in Roman figures (razr. IV), not OCR lookalikes
            else:
                label = self.src[el.start:el.end]
                cyr = re.search("[\u0400-\u04ff]", label[:max(1, len(label) - len(el.value))]) is not None
                # a list of files (dd. 3756, 3758) is kept as a list, each number cleaned
                self.values[el.field] = ", ".join(_clean_number(v, self.notes, cyr) for v in value.split(","))
            self.spans[el.field] = [el.start, el.end]
            self.last_rank = rank()[el.field]
            if el.ocr:
                self.notes.append(f"read {self.src[el.start:el.start + 3].split('.')[0]!r}. as a folio mark (OCR slip for l.)")
        self.end = el.end

    def _inherit(self, first: _El) -> None:
        """Take from the citation before (``inherit_from``) the archive and every field ranked above
        ``first``, the first part this citation gives; a back reference in words ("in the same fond")
        no field ranked below the level it names. An ibid. or a back reference with no citation
        before it in the text ("Ibid., l. 5", "In the same file, l. 9, the clerk …" opening a note)
        points to an earlier footnote the text does not hold: it is kept as a citation of its own
        parts, with no archive and a note, as a cataloguer keeps it to be read beside that footnote
        (written again it begins "Ibid.", Citation._ibid_alone), never dropped and never filled in."""
        prev = self.inherit_from
        if prev is None:
            if self.back_level:
                phrase = self.src[slice(*self.spans["ibid"])]
                self.notes.append(f"back reference {phrase!r} with no earlier citation in this text to refer "
                                  f"to: read as an ibid.")
            elif self.ibid:
                self.notes.append("ibid. with no earlier citation in this text to refer to")
            return
        r = rank()["fond"] if first.kind == "short" else rank()[first.field]
        if self.back_level:  # "in the same fond, d. 12": nothing ranked below the fond it names
            r = min(r, rank()[self.back_level] + 1)
        if first.kind == "series" and self.match is not None and prev._match is not None \
                and prev._match.archive is not self.match.archive:
            return  # another archive's file mark takes nothing from the citation before it
        if self.match is None and (prev._match is not None or prev.archive_cited):
            self.match, self.archive_text = prev._match, prev.archive_cited
            self.inherited.append("archive")
        for name in FIELDS:
            if rank()[name] < r and getattr(prev, name) is not None:
                self.values[name] = getattr(prev, name)
                self.inherited.append(name)
        # a part with no field after an inherited one (d. 17, ch. 2, l. 40; ibid., l. 41) goes too
        self.inherited_parts = [(after, p) for after, p in prev.parts if after in self.inherited]

    def finish(self, text_orig: str, to_orig) -> Citation | None:
        own = {k for k in self.values if k not in self.inherited} | self.unread
        if not own or own == {"tom"}:
            return None  # an archive named in prose, a bare ibid., or a book's "Ibid., vol. 2"
        if self.ibid and self.inherit_from is None and own <= {"tom", "dokument"}:
            return None  # "Ibid., dok. 36" with no archival citation before it: a collection's document
        head_unknown = tail_unknown = None
        if self.match is None and self.archive_text is None and not self.inherited and not self.ibid:
            if not own & {"opis", "perechen", "delo", "storage_unit", "dokument"}:
                return None  # "f. 12v": a Western folio, not a fond (reference §4.2)
            head_unknown = _unknown_archive(self.src, self.start)
            if head_unknown is None:
                tail_unknown = _unknown_archive_after(self.src, self.end)
            file_end = max((self.spans[k][1] for k in ("delo", "storage_unit", "dokument") if k in self.spans), default=None)
            if head_unknown is None and tail_unknown is None and file_end is not None and file_end < self.end:
                # "д. 12 (ЦГА РУз), л. 4": in brackets after the file, before the leaves
                tail_unknown = _unknown_archive_after(self.src, file_end, bare=False)
            prev = self.previous
            if head_unknown is None and tail_unknown is None and prev is not None \
                    and (prev._match is not None or prev.archive_cited):
                # "(RGASPI, f. 17, op. 3, d. 912); the draft is in f. 17, op. 163, d. 994": a later
                # citation in the same footnote that names no archive is in the one cited before
                self.match, self.archive_text = prev._match, prev.archive_cited
                self.inherited.insert(0, "archive")
                self.notes.append("no archive named: the archive of the citation before it in this text")
        c = Citation(text="")
        if tail_unknown is not None:  # "f. 12, op. 3, d. 4 (GAPO)": named after the reference
            a, b, cited, full = tail_unknown
            self.archive_text = cited
            self.spans["archive"] = [a, b]
            self.end = max(self.end, b)
            at = self.src.index(cited, a)
            known = _registry_name(cited)
            placed = _placed_acronym(cited, self.src, a) if known is None else None
            # an acronym the registry reads is written as one (GANO → ГАНО), a name in words is left to the reader
            self.marks.append(("archive" if placed is not None else "named", "", at, at + len(cited)))
            if known is not None:
                self.match = known
                self.notes.insert(0, f"archive {cited!r} read as {known.cited.acronym} (its name in another romanization)")
            elif placed is not None:
                self.match = placed
                self.notes.insert(0, f"archive {cited!r} read as {placed.cited.acronym} (an acronym several archives share, "
                                     "its place named beside it)")
            else:
                self.notes.insert(0, _unread_note(cited))
            self.notes.append("archive named after the reference")
        if head_unknown is not None:
            a, b, cited, full = head_unknown
            self.start = a
            self.archive_text = cited
            self.spans["archive"] = [a, b]
            known = _registry_name(cited)
            if known is None and full:
                # "Gosudarstvennyy arkhiv Novosibirskoy oblasti (GANO)", "… (dali – DALO)": the name in
                # full, in another romanization, or the acronym beside it names the archive
                known = _registry_name(full) or _lookup(cited)
            how, kind = "its name in another romanization", "named"
            if known is None:
                known = _spaced_acronym(cited)
                if known is not None:
                    how, kind = "a space inside the acronym", "archive"
            if known is None:
                known = _acronym_with_words(cited)
                if known is not None:
                    how = "its first words as their acronym, the rest in words"
            if known is None:
                known = _placed_acronym(cited, self.src, a)
                if known is not None:
                    how, kind = "an acronym several archives share, its place named beside it", "archive"
            if known is None:  # a registry name with commas inside, cut at its last comma
                whole = _registry_name_before(self.src, a, b)
                if whole is not None:
                    a, known = whole
                    cited = self.archive_text = self.src[a:b]
                    self.start = a
                    self.spans["archive"] = [a, b]
            # an acronym the registry reads (RGA- SPI, GANO) is written as one, a name in words is left to the reader
            self.marks.insert(0, (kind, "", a, b))
            if known is not None:
                # a registry name in another romanization (Gosudarstvennyj arhiv Rossijskoj
                # Federacii, ISO 9; Gosudarstvennyy arkhiv …, BGN/PCGN): the match key reads them all
                self.match = known
                self.notes.insert(0, f"archive {cited!r} read as {known.cited.acronym} ({how})")
            else:
                self.notes.insert(0, _unread_note(self.archive_text))
            if full:
                self.notes.insert(1, f"archive named in full as {full!r}")
        for k, v in self.values.items():
            setattr(c, k, v)
        m = self.match
        c._match = m
        c.archive_cited = self.archive_text
        if m is not None and m.via and "archive" not in self.inherited and self.archive_text:
            # an acronym the registry derives in another scheme (CA FSB: ЦА ФСБ in ISO 9)
            self.notes.insert(0, f"archive {self.archive_text!r} read as {m.cited.acronym}: its acronym "
                                 f"{m.via_cyr} in {m.via}")
        if m is not None:
            c.archive_acronym = m.cited.acronym
            c.archive_current = m.archive.id
            c.archive_name_en = m.archive.name_en
        source = self.inherit_from or self.previous
        if "archive" in self.inherited and source is not None:
            c.archive_cited = source.archive_cited
        c.ibid, c.inherited, c.notes = self.ibid, list(self.inherited), self.notes
        c.labels = _label_language(self.cited_labels, m.archive.country if m is not None else None)
        if c.fond is None and c.razriad is None and not _series_file(c.delo):
            c.notes.append("no fond: a citation needs one to find the file")
        # what lies between the parsed parts
        covered = sorted((tuple(v), k) for k, v in self.spans.items())
        c.parts = list(self.inherited_parts)
        pos, before = self.start, None
        for (a, b), key in [*covered, ((self.end, self.end), None)]:
            if a > pos:
                gap = self.src[pos:a].strip(_SEPS)
                if gap:
                    c.unparsed.append(gap)
                    if before in FIELDS and key is not None:
                        c.parts += [(before, p) for p in _unkeyed_parts(self.src[pos:a])]
                        self.marks += _part_marks(self.src, pos, a)
            if b >= pos:
                pos, before = b, key
        c.spans = {k: [to_orig(a), to_orig(b)] for k, (a, b) in self.spans.items()}
        c.marks = [(kind, f, to_orig(a), to_orig(b)) for kind, f, a, b in self.marks]
        c.start, c.end = to_orig(self.start), to_orig(self.end)
        c.text = text_orig[c.start:c.end]
        return c


# the archive word in every language and romanization a footnote writes it (Ukrainian архів in
# ISO 9 arhìv, Belarusian архіў in BGN/PCGN arkhiw and ISO 9 arhìŭ, Russian архив in the German
# scheme archiw and the Spanish arjiv: convert writes them so)
# (and the manuscript departments' word, a repository's name as an archive's: Отдел рукописей
# Государственной Третьяковской галереи, Otdel rukopisei …, Manuscript Department of …)
_ARCHIVE_WORD = re.compile(r"(?i)arkhiv|archiv|архив|архів|архіў|archiŭ|arkhiŭ|arkhiw|archiw|arkhiu|archiu|arh[iì]ŭ|arhìv|arjiv|arhiiv|archyv|arhīv|arhiv|arxiv|arquivo|collection|tsentr|центр|cent(?:er|re|r)\b"
                           r"|рукопис|rukopis|manuscript")
_FUNCTION = {"of", "the", "and", "for", "pri", "i", "im", "goroda", "oblasti", "kraia", "kraiu", "respubliki", "et",
             "de", "du", "des", "in", "na", "v", "po", "при", "и", "им", "города", "области", "края", "краю",
             "республики", "по"}


def _unread_note(cited: str) -> str:
    """The note for an archive the registry did not read: not in the registry, or an acronym
    several archives share whose place the text does not name (GANO: the registry's is the
    Novosibirsk oblast archive's, read where Novosibirsk is named)."""
    shared = shared_acronyms().get(acronym_key(cited))
    if not shared:
        return f"archive {cited!r} is not in the registry"
    rows = sorted({(m.archive.id, m.cited.places[0]) for m in shared if m.cited.places})
    which = ", ".join(f"{arc} where {place} is named" for arc, place in rows)
    return f"archive {cited!r} is an acronym several archives share: not read without its place ({which})"


@cache
def _function_skeletons() -> frozenset[str]:
    """The skeletons (:func:`_skeleton`) of the romanized Russian function words of two consonants
    or more (oblasti, kraia, goroda): the same words in another romanization (kraya, kraâ, krai͡a)."""
    western = {"of", "the", "and", "for", "et", "de", "du", "des", "in"}
    return frozenset(k for w in _FUNCTION - western if w.isascii() and len(k := _skeleton(w)) >= 2)


def _function_skeleton(token: str) -> bool:
    """Whether a word in small letters is one of the function words of a name in another
    romanization (Krasnodarskogo kraya, ISO 9 kraâ)."""
    return token[:1].islower() and token.isalpha() and _skeleton(token) in _function_skeletons()


# a footnote's number before the name ("141. Arkhiv UFSB …", "7) …"): no part of it
_NOTE_NUMBER = re.compile(r"\s*\d{1,4}[.)]?\s+(?=\D)")


# words that introduce a reference in a footnote and are no part of an archive's name
_LEAD_INS = {"see", "cf", "compare", "quoted", "cited", "citing", "also", "from", "см", "цит", "див", "гл"}


def _unknown_archive(src: str, start: int) -> tuple[int, int, str, str | None] | None:
    """The name of an archive the registry does not know, written just before a fond:
    an acronym (``GAPO``, ``TsDNIKO``) or a name with an archive word (``Archive of …``)."""
    end = start
    while end > 0 and src[end - 1] in _SEPS:
        end -= 1
    if end and src[end - 1] in ")]":
        return _paired_name(src, end)
    if end and src[end - 1] in "([":
        # the reference in brackets after the archive named in the sentence: "Memorial's archive,
        # Moscow (f. 1, op. 1, d. 4015)", "the Perm party archive (f. 105 …)"; only a name (an
        # acronym with an archive's capital A, or words with an archive word), not the sentence
        end -= 1
        while end > 0 and src[end - 1] in " \t":
            end -= 1
        named = _named_before(src, end, whole=False) or _named_before_place(src, end)
        return named if named is not None and _archive_like(named[2]) else None
    return _named_before(src, end) or _named_before_place(src, end)


def _archive_like(name: str) -> bool:
    """Whether ``name`` reads as an archive's: an acronym with the capital A of an archive word
    (GASO, OGAChO), or capitalized words with an archive word (Memorial's archive)."""
    return name[:1].isupper() and ((_ACRONYM.fullmatch(name) is not None and _ARCHIVE_CAPITAL.search(name) is not None)
                                   or _ARCHIVE_WORD.search(name) is not None)


# a city after a comma, before the reference ("GASO, Saratov, f. 1"; "…, Moscow (f. 1"): one or two
# capitalized words (Nizhnii Novgorod, Perm', Ulan-Ude)
_PLACE_AFTER = re.compile(r",[ \t]*(?:[A-ZА-ЯЁ][^\W\d_]*['’ʹ]?(?:-[A-ZА-ЯЁ][^\W\d_]*)?[ \t]*){1,2}$")


def _named_before_place(src: str, end: int) -> tuple[int, int, str, None] | None:
    """An archive the registry does not know named before its city and a comma, just before a fond
    (``GASO, Saratov, f. 1``; ``TsDNIKO, Kemerovo, f. P-75``): the name's span and the name, as
    :func:`_named_before` finds it; the city is left between the name and the fond, in unparsed."""
    m = _PLACE_AFTER.search(src, max(0, end - 40), end)
    if m is None:
        return None
    return _named_before(src, m.start())


_ACRONYM = re.compile(r"[A-ZА-ЯЁІЇЄҐЎ][\w'’-]*[A-ZА-ЯЁІЇЄҐЎ][\w'’-]*(?:\s[A-ZА-ЯЁІЇЄҐЎ][\w'’-]{0,4})*")
# "(hereafter GAPO)", "(далее – ГАСО)", "(далі – ДАЛО)": the acronym a footnote announces
_HEREAFTER = re.compile(r"(?i)^(?:hereafter|henceforth|далее|далі|далей|dalee|dali|dalei)\b[\s:–—-]*")


# an archive the registry does not know, named after its reference (_unknown_archive_after): in
# brackets ("d. 4 (GAPO)", "д. 3 (ДАКО)", "d. 3 (State Archive of Perm Oblast)") or after a comma
# where the reference ends ("delo 3, l. 4, GAKhO.")
_AFTER_BRACKETED = re.compile(r"[ \t]*[(\[][ \t]*(?:(?i:now|today|currently|held in|in|ныне|теперь|сейчас|в|у)[ \t:,]+)?"
                              r"(?P<name>[^()\[\]\d\n]{2,100}?)[ \t]*[)\]]")
_AFTER_BARE = re.compile(r"[ \t]*,[ \t]*(?P<name>[^\W\d_][^\s,;.()\[\]]*(?:[ \t][^\W\d_][^\s,;.()\[\]]*)?)(?=[ \t]*(?:[.;]|$))")
# the capital A of an archive's acronym (arkhiv, archive, архів, архив), with the state's or the
# oblast's letters about it: GAPO, DAOO, TsDIAK, ЦГА РУз; not USSR, KGB, NKVD
_ARCHIVE_CAPITAL = re.compile("[AА]")


def _unknown_archive_after(src: str, end: int, bare: bool = True) -> tuple[int, int, str, None] | None:
    """The name of an archive the registry does not know written just after a reference that
    named none: an acronym with the capital A of an archive word (``GAPO``, ``ДАКО``, ``TsGA RUz``)
    in brackets or after a comma where the reference ends, or a name with an archive word in
    brackets. Returns the span (from the bracket or the name to the bracket closing it) and the name."""
    m = _AFTER_BRACKETED.match(src, end)
    bare = bare and m is None
    if bare:
        m = _AFTER_BARE.match(src, end)
    if m is None:
        return None
    name = m.group("name").strip()
    acronym = _ACRONYM.fullmatch(name) is not None and _ARCHIVE_CAPITAL.search(name) is not None \
        and not re.fullmatch(r"[IVXLCDM]+", name) and name.casefold() not in _label_words()
    worded = not bare and name[:1].isupper() and _ARCHIVE_WORD.search(name) is not None and len(name.split()) <= 10
    if not (acronym or worded):
        return None
    a = m.start("name") if bare else end + len(src[end:m.end()]) - len(src[end:m.end()].lstrip())
    return a, m.end("name") if bare else m.end(), name, None


def _paired_name(src: str, end: int) -> tuple[int, int, str, str] | None:
    """An archive named twice just before a fond, acronym and full name, one in brackets:
    ``GAPO (Gosudarstvennyi arkhiv Permskoi oblasti), f. 1`` or ``Derzhavnyi arkhiv Odes'koi
    oblasti (DAOO), f. 1``. The span covers both; the acronym is the name as cited. A short
    remark in brackets after an acronym or a name with an archive word (``GAPO (Perm)``,
    ``Arkhiv Memoriala (Moscow)``) is left out of the name."""
    opening = src.rfind("([" [")]".index(src[end - 1])], max(0, end - 160), end - 1)
    if opening < 0:
        return None
    inner = _HEREAFTER.sub("", src[opening + 1:end - 1].strip())
    outer = _named_before(src, opening)
    if outer is None or not inner:
        return None
    a, b, _, _ = outer
    before = src[a:b].strip()
    if _ACRONYM.fullmatch(inner) and _ARCHIVE_WORD.search(before):
        return a, end, inner, before
    if _ACRONYM.fullmatch(before) and _ARCHIVE_WORD.search(inner):
        return a, end, before, inner
    if (_ACRONYM.fullmatch(before) or _ARCHIVE_WORD.search(before)) and len(inner) <= 30:
        return outer  # "GAPO (Perm)", "Arkhiv Memoriala (Moscow)": a remark, kept in unparsed
    return None


def _named_before(src: str, end: int, whole: bool = True) -> tuple[int, int, str, None] | None:
    """The name of an archive ending at ``end``: capitalized words, function words and archive
    words going back from it (``State Archive of Perm Oblast``, ``TsDNIKO``), or, with ``whole``,
    the stretch since the last comma or bracket when it begins with a capital and holds an archive
    word (a name in words with small letters inside it)."""
    seg_start = max(0, end - 160)
    cut = max((m.end() for m in re.finditer(r"[;:,()\[\]\n]|[.!?]\s(?=[A-ZА-ЯЁ][a-zа-яё]+\s[a-zа-яё])", src[seg_start:end])),
              default=0)
    seg_start += cut
    if seg_start == 0 or src[seg_start - 1] == "\n":
        number = _NOTE_NUMBER.match(src, seg_start, end)
        if number:
            seg_start = number.end()
    words = list(re.finditer(r"\S+", src[seg_start:end]))
    chosen: list[re.Match[str]] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        # without diacritics: a name in ALA-LC with its marks (krai͡a) is the name without them
        token = "".join(ch for ch in unicodedata.normalize("NFD", w.group().strip(".")) if not unicodedata.combining(ch))
        if token.casefold() == "the" and (i == 0 or words[i - 1].group().casefold() not in _FUNCTION):
            break  # "see the State Archive of …": an article opens the name, unless "of the"
        if token.casefold() in _LEAD_INS:
            break  # "See Central Party Archive (RGASPI)": a word that introduces a reference
        ok = token[:1].isupper() or token.casefold() in _FUNCTION or _ARCHIVE_WORD.search(token) \
            or _function_skeleton(token) \
            or (re.fullmatch(r"[a-zа-яё]{1,4}", token) and src[seg_start + w.end():][:1] == ".")  # obl., g.
        if not token or not ok or len(chosen) >= 8:
            break
        chosen.append(w)
    while chosen and chosen[-1].group().casefold() in _FUNCTION and not _capitals(chosen[-1].group()):
        chosen.pop()
    named = src[seg_start:end].strip()
    if whole and (not chosen or not _ARCHIVE_WORD.search(" ".join(w.group() for w in chosen))) and named[:1].isupper() \
            and _ARCHIVE_WORD.search(named) and len(named.split()) <= 10 and not re.search(r"\d", named):
        # a name in words with lower-case words inside it ("Tsentr dokumentatsii noveishei istorii …")
        a = seg_start + (len(src[seg_start:end]) - len(src[seg_start:end].lstrip()))
        b = a + len(src[a:end].rstrip())  # not the space before a remark in brackets ("Memorial" (Moscow))
        return a, b, src[a:b], None
    if not chosen:
        return None
    a, b = seg_start + chosen[-1].start(), seg_start + chosen[0].end()
    text = src[a:b]
    if not re.search(r"(?<![\w])[A-ZА-ЯЁ]\w*[A-ZА-ЯЁ]", text) and not _ARCHIVE_WORD.search(text):
        return None
    return a, b, text, None


def _capitals(word: str) -> bool:
    """Whether a word is written in capitals, two letters or more: an acronym's part (NA RT, the
    National Archive of Tatarstan; I in GA I), not the function word it is spelled like (na, i)."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


# the endings of a place's name in a sentence, Russian or romanized, and of the adjective made from it
# (Novosibirsk, Novosibirskoi oblasti, Новосибирской, в Перми, Perm', Permskii, Пермского края)
_PLACE_ENDINGS = (r"(?:['’ʹь]|s?k(?:ii|iy|ij|oi|oy|oj|aia|aya|aja|ogo|om|ikh)|ск(?:ий|ой|ая|ого|ом|их)"
                  r"|oi|oy|oj|ii|iy|aia|aya|ogo|om|a|e|i|u|y|ой|ий|ая|ого|ом|а|е|и|у)?")


@cache
def _place_re(places: tuple[str, ...]) -> re.Pattern[str]:
    stems = sorted({p.rstrip("'’ʹь") for p in places}, key=len, reverse=True)
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{'|'.join(map(re.escape, stems))}){_PLACE_ENDINGS}(?![^\W\d_])")


def _placed_acronym(cited: str, src: str, at: int) -> Match | None:
    """The registry's archive whose shared acronym (``acronym_alone = false``: GANO, GAPK) ``cited``
    is, where the paragraph around ``at`` names its city or region (archives.toml ``places``: "The
    Novosibirsk party archive is now part of GANO: GANO, f. P-4"); None where it names none of
    them, or those of two archives."""
    found = shared_acronyms().get(acronym_key(cited)) if _ACRONYM.fullmatch(cited.strip()) else None
    if not found:
        return None
    start, stop = _paragraph_of(src, at)
    named = [m for m in found if _names_place(src, start, stop, m.cited.places)]
    if not named:  # no place in the text: the names of the other registry archives it cites
        others = _neighbour_names(src, start, stop)
        named = [m for m in found if others and _place_re(m.cited.places).search(others)]
    return named[0] if len({m.archive.id for m in named}) == 1 else None


def _acronym_elsewhere(hit: Match, src: str, at: int) -> bool:
    """Whether the registry acronym at ``at`` (read alone) names another archive outside the
    registry whose acronym has the same letters: the paragraph around it names one of that
    archive's places (archives.toml ``other_places``: Luhansk for ДАЛО, whose letters are the Lviv
    oblast archive's) and none of the row's own (``places``). Then the acronym is kept as written,
    an archive not in the registry. A paragraph naming both, or neither, keeps the registry's row."""
    name = hit.cited
    if not name.other_places:
        return False
    start, stop = _paragraph_of(src, at)
    return _names_place(src, start, stop, name.other_places) and not (
        name.places and _names_place(src, start, stop, name.places))


@lru_cache(maxsize=64)
def _neighbour_names(src: str, start: int, stop: int) -> str:
    """The names in words (Russian and English, the one cited and the present one) of the registry
    archives whose acronyms ``src[start:stop]`` cites, one a line: where a shared acronym stands
    beside an archive of one place (PermGASPI, f. 1 …; GAPK, f. R-168), that place is named by
    the other archive's name (Пермский государственный архив …), as though written out. Only
    archives whose acronym the registry reads alone."""
    pattern, _ = _archive_re()
    out = []
    for m in pattern.finditer(src, start, stop):
        hit = _lookup(m.group())
        if hit is None or not hit.cited.acronym_alone:
            continue
        out += [hit.cited.name_cyr, hit.cited.name_en, hit.archive.current.name_cyr, hit.archive.name_en,
                hit.archive.name_lc if hit.cited is hit.archive.current else ""]
    return "\n".join(n for n in out if n)


def _paragraph_of(src: str, at: int) -> tuple[int, int]:
    """The start and end of the paragraph of ``src`` (between blank lines) that ``at`` is in."""
    breaks = _paragraph_breaks(src)
    i = bisect.bisect_right(breaks, at)
    return breaks[i - 1] if i else 0, breaks[i] if i < len(breaks) else len(src)


@lru_cache(maxsize=8)
def _paragraph_breaks(src: str) -> list[int]:
    """Where each blank line of ``src`` is (a paragraph's end and the next one's start)."""
    return [m.start() for m in re.finditer(r"\n[ \t]*\n", src)]


@lru_cache(maxsize=256)
def _names_place(src: str, start: int, stop: int, places: tuple[str, ...]) -> bool:
    """Whether ``src[start:stop]`` names one of ``places`` (searched once per paragraph)."""
    return _place_re(places).search(src, start, stop) is not None


# capitals broken by one space, as a scan or a line's justification leaves them (РГАСП И, RGA SPI),
# or by the hyphen of a line break whose break became a space when the lines were joined (RGA- SPI,
# ГА- РФ)
_BROKEN_ACRONYM = re.compile(r"[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]*[-‐]?\s[A-Za-zА-ЯЁа-яё]*[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]*")


def _spaced_acronym(name: str) -> Match | None:
    """The registry's archive whose acronym ``name`` is with a space inside it (РГАСП И → RGASPI),
    or a line break's hyphen and a space (RGA- SPI), or None. Only two pieces of capitals that
    together make an acronym of four letters or more: the registry's own spellings with a space
    (GA RF) are found before this."""
    name = name.strip()
    if not _BROKEN_ACRONYM.fullmatch(name) or sum(ch.isupper() for ch in name) < 4:
        return None
    _, table = _archive_re()
    return table.get(_fold(name))


def _registry_name(name: str) -> Match | None:
    """The registry's archive whose full name ``name`` is, in any romanization (Gosudarstvennyj
    arhiv Rossijskoj Federacii, ISO 9; Gosudarstvennyy arkhiv …, BGN/PCGN; Centralny …, popular),
    or None. Whole names of three words or more only: a name that merely begins like a registry
    name (an oblast archive) is not taken for it."""
    if len(name.split()) < _MIN_FULL_NAME_WORDS:
        return None
    return _skeletons().get(_skeleton(name))


def _acronym_with_words(name: str) -> Match | None:
    """The registry's archive whose name ``name`` is with its first words as their acronym and the
    rest in words (ЦГА Республики Узбекистан, TsGA Respubliki Uzbekistan: Центральный
    государственный архив Республики Узбекистан), or None: the acronym's capitals are the initials
    of the name's first words (each part of a hyphenated word, function words left out) and the
    words after it are the name's last words in any romanization (:func:`_skeleton`). One archive
    only: where the same shape fits two, neither."""
    words = name.split()
    lead = leading_acronyms(words)
    if lead is None:
        return None
    letters = "".join(_acronym_capitals(w) for w in words[:lead])
    tail = _skeleton(" ".join(words[lead:]))
    if not letters or not tail:
        return None
    found = {id(m.archive): m for m in _full_names_by_tail(len(words) - lead).get(tail, ())
             if _initials(m.cited.name_cyr, len(words) - lead) == letters}
    return next(iter(found.values())) if len(found) == 1 else None


def leading_acronyms(words: list[str]) -> int | None:
    """How many of ``words`` open them as acronyms, in Cyrillic or in Latin (ЦГА Республики
    Узбекистан, TsGA Respubliki Uzbekistan, ЦГАОР СССР Москвы: 1, 1, 2), when words follow them;
    None when the first word is no acronym or every word is one (a name of acronyms alone)."""
    lead = 0
    while lead < len(words) and _acronym_shaped_any(words[lead]):
        lead += 1
    return lead if 0 < lead < len(words) else None


def _acronym_shaped_any(word: str) -> bool:
    """Whether ``word`` is an acronym, in Cyrillic (ЦГА) or in Latin (TsGA)."""
    from translit.archives import _acronym_shaped

    return _acronym_shaped(word) or (not _CYRILLIC_RE.search(word) and _acronym_cyr(word, "ru") is not None)


def _acronym_capitals(word: str) -> str:
    """An acronym's capitals in Cyrillic (TsGA → ЦГА; ЦГАОРиСС → ЦГАОРСС)."""
    cyr = word if _CYRILLIC_RE.search(word) else (_acronym_cyr(word, "ru") or "")
    return "".join(ch for ch in cyr if ch.isupper())


@cache
def _name_function_words() -> frozenset[str]:
    """labels.toml [name_function_words]: the words of a Russian name an acronym leaves out."""
    return frozenset(_labels()["name_function_words"]["words"])


# A registry name is taken whole, or by its last words after an acronym, from three words on: two
# words (Государственный архив, Центральный архив) open too many names outside the registry (an
# oblast's Государственный архив …) to be taken for a registry archive (see _registry_name).
_MIN_FULL_NAME_WORDS = 3


def _initials(name_cyr: str, tail_words: int) -> str:
    """The capital initials of a Russian name's words but its last ``tail_words``, each part of a
    hyphenated word counted, function words left out (Центральный государственный
    военно-исторический архив → ЦГВИА)."""
    words = name_cyr.split()[:-tail_words] if tail_words else name_cyr.split()
    return "".join(part[:1].upper() for w in words if w.lower() not in _name_function_words()
                   for part in w.split("-") if part)


@cache
def _full_names_by_tail(tail_words: int) -> dict[str, tuple[Match, ...]]:
    """The registry's names in Russian (each row's and each predecessor's name_cyr, three words or
    more) by the skeleton of their last ``tail_words`` words."""
    out: dict[str, list[Match]] = {}
    seen = set()
    for _, _, m in spellings():
        if id(m.cited) in seen:
            continue
        seen.add(id(m.cited))
        words = m.cited.name_cyr.split()
        if len(words) < _MIN_FULL_NAME_WORDS or tail_words >= len(words):
            continue
        out.setdefault(_skeleton(" ".join(words[-tail_words:])), []).append(m)
    return {k: tuple(v) for k, v in out.items()}


_SKELETON_PAIRS = (("shch", "s"), ("kh", "h"), ("zh", "z"), ("ts", "c"), ("ch", "c"), ("sh", "s"), ("x", "h"),
                   ("w", "v"))


def _skeleton(name: str) -> str:
    """A name folded past the differences between romanizations: Latin letters without marks,
    kh/h/x one letter, ts/c one, and no vowels, j or y (whose spellings differ most: ia, ja, ya, â)."""
    if re.search("[\u0400-\u04ff]", name):
        from translit.romanize import romanize

        name = romanize(name, "alalc-plain")
    plain = "".join(ch for ch in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(ch))
    plain = " ".join(re.findall(r"[a-z]+", re.sub(r"['ʹʺ’ʼ`\"”“″]", "", plain)))  # Tsentral'nyi, ob”yednan': one word
    for a, b in _SKELETON_PAIRS:
        plain = plain.replace(a, b)
    return re.sub(r"[aeiouyj]+", "", plain)


@cache
def _skeletons() -> dict[str, Match]:
    """Every full name of the registry (three words or more) by its skeleton; a skeleton two
    archives share is left out."""
    out: dict[str, Match] = {}
    clash: set[str] = set()
    for text, is_acronym, m in spellings():
        if is_acronym or len(text.split()) < _MIN_FULL_NAME_WORDS:
            continue
        for k in _name_skeletons(text):
            if k in out and out[k].archive is not m.archive:
                clash.add(k)
            out.setdefault(k, m)
    return {k: v for k, v in out.items() if k not in clash}


def _name_skeletons(text: str) -> set[str]:
    """The skeletons of a registry name: as written and, for a Cyrillic one, as every
    romanization scheme of its language writes it (``convert`` writes a Ukrainian or Belarusian
    name so: ISO 9 gromadsʹkih for ALA-LC hromads'kykh, BGN/PCGN arkhiw for архіў), derived,
    not stored."""
    return {_skeleton(text), *(_skeleton(latin) for latin in _romanizations(text))}


def _registry_name_before(src: str, start: int, end: int) -> tuple[int, Match] | None:
    """A registry name ending at ``end`` whose last words alone (from ``start``) were taken for an unknown
    archive (a long name with commas: "Центральный государственный архив Октябрьской революции,
    высших органов … СССР" in another spelling): its start and the match, the longest first."""
    seg_start = max(0, start - 250)
    cut = max((m.end() for m in re.finditer(r"[;()\[\]\n]|[.!?]\s", src[seg_start:start])), default=0)
    seg_start += cut
    for m in re.finditer(r"(?<!\S)\S", src[seg_start:start]):
        a = seg_start + m.start()
        hit = _registry_name(src[a:end].strip())
        if hit is not None:
            return a, hit
    return None


def _case_file_of_named_archive(src: str, el: _El, after: _El | None = None) -> bool:
    """A file cited with no fond right after an archive the registry does not know, named in words
    (``Архив УФСБ по Новосибирской области, д. П-5209``; ``Archive of the Tomsk FSB, d. P-2845``)
    or by an acronym with the capital A of an archive word (``TsA SVR, d. 83791, t. 1, l. 64``;
    ``ЦА СВР, д. 5, л. 3``): the security services' case files are cited so, by file alone. A bare
    acronym needs more (:func:`_case_file_acronym`), for English "d." is also "died" (USA, d. 1953)."""
    if el.kind != "field" or el.field != "delo" or el.ocr or el.unread:
        return False
    named = _unknown_archive(src, el.start)
    if named is None or not _archive_like(named[2]):
        return False
    return _ARCHIVE_WORD.search(named[2]) is not None or _case_file_acronym(src, named[2], el, after)


def _case_file_acronym(src: str, name: str, el: _El, after: _El | None) -> bool:
    """Whether the file ``el`` after the bare acronym ``name`` of an unregistered archive opens a
    citation: a volume or leaves follow the file (``d. 83791, t. 1, l. 64``, not ``d. 1953``), and
    the acronym is no common English word or acronym (each word under labels.toml
    [case_file_acronyms] max_english_zipf in wordfreq: not USA, NASA, CIA, RAF) or opens as the
    post-Soviet archives' acronyms do (:func:`_post_soviet_opening`: TsA, GA, TsGA)."""
    if after is None or after.kind != "field" or after.field not in ("tom", "folios") or after.ocr or after.unread \
            or _SEP_ONLY.fullmatch(src[el.end:after.start]) is None:
        return False
    from wordfreq import zipf_frequency

    words = name.split()
    common = max(zipf_frequency(w.casefold(), "en") for w in words) >= _labels()["case_file_acronyms"]["max_english_zipf"]
    return not common or _post_soviet_opening(words[0])


# after a semicolon (closing the citation's brackets or not), a few words of prose in small letters,
# then a part: "…, l. 1; the cover letter in d. 417, l. 3", "…, l. 8; the cover note is on l. 7",
# "(…, ll. 30–36); see also the district returns in op. 6, d. 71"
_PROSE_WORD = r"[a-zа-яёіїєґў][\w'’-]*,?\s+"
_PROSE_GAP = re.compile(rf"\s*[)\]]?\s*;\s*(?:{_PROSE_WORD}){{1,8}}")
# the words may hold a name and a date (day and year) where a word joining two citations opens them
# after a comma ("…, ll. 10-12, and the draft with Zhdanov's corrections, op. 117") or a back reference
# follows the part ("…; Catherine's rescript of 1 August 1792 is at ll. 1-3 of the same file"): cite28
_PROSE_WORD_WIDE = r"(?:[^\W\d_][\w'’-]*|\d{1,2}|1\d{3}|20\d\d),?\s+"
_PROSE_GAP_WIDE = re.compile(rf"\s*[)\]]?\s*;\s*(?:{_PROSE_WORD_WIDE}){{1,8}}")


@cache
def _prose_gap_re() -> re.Pattern[str]:
    """The words after a semicolon before a later part (:data:`_PROSE_GAP`), which may also open with
    an abbreviated pointer of labels.toml [leaf_pointers] (cf., см., ср., див.): "…; см. также оп. 3"."""
    short = "|".join(_form_pattern(w).replace(r"\.?", r"\.").replace(r"\s*", r"\s+")
                     for w in _labels()["leaf_pointers"]["forms"] if w.endswith("."))
    # after a comma, a word that joins two citations (labels.toml [connectors]) opens the words too:
    # "…, ll. 10-12, and the draft with the editor's corrections, op. 117, d. 1032" (cite28)
    joins = "|".join(_form_pattern(w).replace(r"\s*", r"\s+") for w in _labels()["connectors"]["forms"])
    return re.compile(rf"{_PROSE_GAP.pattern}|\s*[)\]]?\s*;\s*(?i:{short})\s*(?:{_PROSE_WORD}){{0,8}}"
                      rf"|\s*[)\]]?\s*,\s*(?i:{joins})\s+(?:{_PROSE_WORD_WIDE}){{1,8}}")


# the parts a later opis', file or leaf of the same fond is cited by
_PROSE_PARTS = frozenset({"opis", "delo", "storage_unit", "dokument", "folios"})


def _continued_in_prose(src: str, gap: str, el: _El) -> bool:
    """Whether ``el`` is a later opis', file or leaf of the citation before it, named in the prose
    after a semicolon: it then inherits the parts ranked above it, as after a bare semicolon. Only a
    Russian, Ukrainian or Belarusian label counts (not a Western ff. or p.). Words with a name or a
    date count where a back reference follows the part (:data:`_PROSE_GAP_WIDE`)."""
    if el.kind != "field" or el.field not in _PROSE_PARTS or el.ocr or el.unread or el.country:
        return False
    label = _label_key(src[el.start:el.end - len(el.value)])
    if label not in _prose_labels() or _denies_back_reference(gap):
        return False
    # after ", and <words>," a leaf alone is no later part unless a back reference follows it: English
    # writes l. for a line and names other works there ("…, l. 3, and Pushkin's poem, l. 14"); a later
    # opis' or file is one (review37)
    if _prose_gap_re().fullmatch(gap) is not None and (";" in gap or el.field != "folios"):
        return True
    after = re.compile(r"\s+(?:(?i:of|in)\s+)?").match(src, el.end)
    return (_PROSE_GAP_WIDE.fullmatch(gap) or _prose_gap_re().fullmatch(gap)) is not None and after is not None \
        and _back_reference_re().match(src, after.end()) is not None


@cache
def _prose_labels() -> frozenset[str]:
    """The Russian, Ukrainian and Belarusian labels of a later part named in prose, folded as
    :func:`_label_key` folds a cited one: each [write] language's telling labels and the labels it
    writes (op., оп., воп., d., spr., dok., l., ark.), which no Western footnote style uses for
    these parts (a Western ff. or p. is not among them)."""
    out = set().union(*_write_forms().values())
    for row in _labels()["write"].values():
        for style in ("english", "gost", "cyrillic"):
            out |= {_label_key(v) for f, v in row.get(style, {}).items() if f in _PROSE_PARTS}
    return frozenset(out)


# the words between a file and its leaves named later in the same sentence: no number, bracket, line
# break or sentence end
_LATER_GAP = re.compile(r"[^\d()\[\]\n]{1,120}")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZА-ЯЁ]")


@cache
def _leaf_pointer_re() -> re.Pattern[str]:
    """A word pointing to leaves (labels.toml [leaf_pointers]: see esp., especially, см.) at the
    end of the words between a file and its leaves."""
    words = "|".join(_form_pattern(w).replace(r"\s*", r"\s+") for w in
                     sorted(_labels()["leaf_pointers"]["forms"], key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?i:{words})\s*$")


def _leaves_later(cur: _Builder, el: _El, gap: str) -> bool:
    """Whether ``el`` is the leaves of the file ``cur`` has just taken, named later in the same
    sentence after a few words ("d. 2456, runs to three hundred leaves; see esp. ll. 5, 19–22"; "д. 40,
    о заседании см. л. 7"): the citation has a file and no leaves, the words between hold no number,
    bracket or sentence end, are no continuation after a semicolon (:func:`_continued_in_prose`) and
    end with a word pointing to the leaves (:func:`_leaf_pointer_re`), and the label is a Russian,
    Ukrainian or Belarusian one (l., лл., арк.; not a Western ff.)."""
    if el.kind != "field" or el.field != "folios" or el.ocr or el.unread or el.country:
        return False
    if "folios" in cur.values or not {"delo", "storage_unit", "dokument"} & set(cur.values) - set(cur.inherited):
        return False
    if _LATER_GAP.fullmatch(gap) is None or _SENTENCE_END.search(gap) or _PROSE_GAP.fullmatch(gap) \
            or _leaf_pointer_re().search(gap) is None:
        return False
    label = _label_key(cur.src[el.start:el.end - len(el.value)])
    return any(label in forms for forms in _write_forms().values())


# a word broken at the end of a line: a hyphen and a line break between the letters of one word
# ("RGA-⏎SPI", "eko-⏎nomiki"), not between two capitalized words ("Sankt-⏎Peterburg" keeps its hyphen)
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def _unbroken(text: str) -> tuple[str, list[int]]:
    """``text`` without soft hyphens (U+00AD, left by word processors and PDFs) and without the
    hyphens of words broken at the end of a line, and for each character of it (and its end) the
    offset in ``text``: a citation's name or label is found whole however the line was broken."""
    if "\u00ad" not in text and "\n" not in text:
        return text, list(range(len(text) + 1))
    drop: set[int] = {i for i, ch in enumerate(text) if ch == "\u00ad"}
    for m in _LINE_HYPHEN.finditer(text):
        before, after = text[m.start() - 1], text[m.end()]
        if after.islower() or (before.isupper() and after.isupper()):
            drop.update(range(m.start(), m.end()))
    if not drop:
        return text, list(range(len(text) + 1))
    where = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in where), where + [len(text)]


def _nfc_map(text: str) -> tuple[str, list[int]]:
    """NFC of ``text`` and, for each character of it (and its end), the offset in ``text``."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        where.extend([i] * len(piece))
        i = j
    where.append(len(text))
    return "".join(out), where


def parse_citations(text: str) -> list[Citation]:
    """Every archival citation in ``text`` (a footnote, a paragraph, a bibliography line), in
    order, each with its span (``start``/``end``, offsets into ``text``). ibid. and continuation
    citations inherit from the previous citation in the same text."""
    if not isinstance(text, str):
        raise TypeError(f"parse_citations takes a str, not {type(text).__name__}")
    clean, kept = _unbroken(text)
    src, where = _nfc_map(clean)

    def to_orig(i: int) -> int:
        return kept[where[i]]

    out: list[Citation] = []
    cur: _Builder | None = None
    elements = _elements(src)
    for i, el in enumerate(elements):
        if cur is not None and _folio_after_file(cur, el, src, elements[i + 1] if i + 1 < len(elements) else None):
            # "d. 4, f. 12": f. after the file, with no opis' or file after it, is the leaf (the folio
            # of English and the filă of Romanian footnotes), not the fond of a next citation
            el = _El("field", el.start, el.end, "folios", el.value)
        if el.kind == "field":
            country = cur.country() if cur is not None else None
            if el.country is not None and el.country != country:
                continue  # a Baltic label outside a citation of that country's archive
            relabel = _country_field(src[el.start:el.end - len(el.value)], country) \
                if el.country is None and not (cur is not None and cur.cited_labels & _other_labels(country)) else None
            # the country's reading only where it keeps the hierarchy's order: after the file
            # (LVA, ed. khr. 1, l. 1) the letter is the leaf again
            if relabel is not None and relabel != el.field and (cur is None or rank()[relabel] > cur.last_rank):
                el = _El("field", el.start, el.end, relabel, el.value, ocr=el.ocr, unread=el.unread)
        if cur is not None and el.kind == "archive" \
                and cur.takes_trailing(el, elements[i + 1] if i + 1 < len(elements) else None):
            cur.take_trailing(el)  # "f. 17, op. 3, d. 5 (RGASPI)": the archive named after the reference
            continue
        if cur is not None:
            verdict = cur.accepts(el, src[cur.end:el.start])
            if verdict == "join":
                cur.add(el)
                continue
            if verdict == "skip":
                continue
            if verdict in ("gloss", "rename"):  # one archive, named twice
                if verdict == "rename":
                    cur.match, cur.archive_text, cur.acronym = el.match, el.value, el.acronym
                cur.mark_archive(el)
                cur.spans["archive"] = [cur.start, cur.close]
                cur.end = cur.close
                continue
            if verdict == "stop" and _leaves_later(cur, el, src[cur.end:el.start]):
                # "RGIA f. 796 op. 177 d. 2456, runs to three hundred leaves; see esp. ll. 5, 19–22"
                cur.add(el)
                cur.notes.append("leaves named later in the sentence (the words between kept in unparsed)")
                continue
            gap_at, gap = cur.end, src[cur.end:el.start]
            done = cur.finish(text, to_orig)
            cur = None
            if done is not None:
                out.append(done)
                if verdict == "split" or _continued_in_prose(src, gap, el):
                    cur = _Builder(el, done, src, continues=True)
                    joined = _connector_re().fullmatch(gap) if verdict == "split" else None
                    if joined is not None:  # "and", "to": a word between citations, kept as written
                        cur.marks.insert(0, ("connector", "", gap_at + joined.start("word"), gap_at + joined.end("word")))
                    continue
        if el.kind in ("archive", "ibid") or (el.kind == "field" and el.field in ("fond", "razriad") and not el.ocr and not el.unread) \
                or (el.kind == "series" and el.alone) \
                or _case_file_of_named_archive(src, el, elements[i + 1] if i + 1 < len(elements) else None):
            cur = _Builder(el, out[-1] if out else None, src)
    if cur is not None:
        done = cur.finish(text, to_orig)
        if done is not None:
            out.append(done)
    return out


def _folio_after_file(cur: _Builder, el: _El, src: str, after: _El | None) -> bool:
    """Whether the fond label ``el`` (f. 12) names the leaf of the file ``cur`` has just taken: it
    follows the file (or storage unit, or document) after a comma only, the citation has no leaves
    yet, and no opis', file or storage unit follows it in the same stretch (then it would open the
    next citation: "d. 5, f. 558, op. 11")."""
    if el.kind != "field" or el.field != "fond" or el.ocr or el.unread or el.postposed:
        return False
    if "folios" in cur.values or not {"delo", "storage_unit", "dokument"} & set(cur.values):
        return False
    if not re.fullmatch(r"\s*,\s*", src[cur.end:el.start]) or not re.match(r"(?i)f\.?\s*\d", src[el.start:el.end]):
        return False
    return not (after is not None and after.kind == "field" and after.field != "folios"
                and _SEP_ONLY.fullmatch(src[el.end:after.start]) is not None)


def parse_citation(text: str) -> Citation:
    """Parse one archival reference: the first citation in ``text``, with whatever else the text
    holds in ``unparsed``. A text that is not one comes back with ``is_citation`` False and the
    whole text in ``unparsed``."""
    if not isinstance(text, str):
        raise TypeError(f"parse_citation takes a str, not {type(text).__name__}")
    found = parse_citations(text)
    if not found:
        c = Citation(text, end=len(text))
        c.unparsed = [text.strip()] if text.strip() else []
        return c
    c = found[0]
    before, after = text[:c.start].strip(_SEPS), text[c.end:].strip(_SEPS)
    c.unparsed = ([before] if before else []) + c.unparsed + ([after] if after else [])
    c.text = text
    return c


def find_citations(text: str) -> list[Citation]:
    """The same as :func:`parse_citations` (kept for callers of the earlier name)."""
    return parse_citations(text)
