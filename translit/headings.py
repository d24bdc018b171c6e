"""A personal-name heading as catalogues write it, with what is not the name set aside.

A MARC 100/600/700 heading carries beside the person's name a relator term (``, author.``), a fuller
form of the forenames (``N. I. (Nikolai Ivanovich)``), terms of rank (``graf``), qualified dates
(``b. 1950``, ``approximately 1800-1850``, ``(1828-1910)``) and, when pasted from an editor, its
subfield codes (``$a``, ``‡d``). :func:`set_aside` returns the heading with only the name and the
years, so that match keys (:mod:`translit.matchkey`) and clustering (:mod:`translit.clustering`) give
every heading of one person the same reading. The terms are data: ``match_headings.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
# a field pasted with its subfield codes: "$a Bukharin, N. I. $d 1888-1938", "700 1# ‡a ...", "|a ..."
_SUBFIELDED = re.compile(r"^\s*(?:\d{3}\s+[\d_#\\ ]{0,3}\s*)?[$‡ǂ|][a-z0-9]")
_SUBFIELD = re.compile(r"[$‡ǂ|]([a-z0-9])")
# initials followed by their fuller form in parentheses ($q): "N. I. (Nikolai Ivanovich)"
_FULLER = re.compile(r"^((?:[^\W\d_]{1,2}\.\s*)+)\(\s*([^()]+?)\s*\)$")
# life dates in parentheses at the end of a heading, as Russian catalogues write them: "(1828-1910)"
_PAREN_DATES = re.compile(r"\s*\(\s*([^()]*?(?:1[0-9]{3}|20[0-9]{2})[^()]*?)\s*\)\s*\.?\s*$")
_DATE_TOKEN = re.compile(r"[\d\-–—‒?.]+")
# where a relator term may begin: after a comma, semicolon or full stop, or a space after the dates
_RELATOR_SEP = re.compile(r"[,;]\s*|\.\s+|(?<=[\d\-–—‒])\s+")
_NAME_START = re.compile(r"^[^\W\d_]")


def _fold(term: str) -> str:
    """A term as the lists match it: lower case, no accents or ties, no apostrophes or primes, no
    final full stop, single spaces."""
    nfd = unicodedata.normalize("NFD", term.lower())
    bare = "".join(c for c in nfd if not unicodedata.combining(c) and c not in "'’ʹ")
    return " ".join(bare.strip().rstrip(".").split())


@cache
def _table() -> dict:
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("translit").joinpath("match_headings.toml").read_text("utf-8"))


@cache
def _terms(name: str) -> frozenset[str]:
    return frozenset(_fold(t) for t in _table()[name])


def subfields(text: str) -> str:
    """A field pasted with subfield codes (``$a Bukharin, N. I. $q (Nikolai Ivanovich), $d 1888-1938,
    $e author.``) as the text of its name subfields (``Bukharin, N. I. (Nikolai Ivanovich),
    1888-1938``); other text unchanged."""
    if not _SUBFIELDED.match(text):
        return text
    keep = _table()["name_subfields"]
    pieces = _SUBFIELD.split(text)
    values = [pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2) if pieces[i] in keep]
    joined = " ".join(v for v in values if v).rstrip(" ,;:")
    return joined or text


def _name_like(parts: list[str]) -> bool:
    """Comma parts that begin as a personal-name heading: a surname of one to three words that
    begins with a letter, then forenames or initials beginning with a capital, or years."""
    if len(parts) < 2 or not 1 <= len(parts[0].split()) <= 3 or not _NAME_START.match(parts[0]):
        return False
    second = parts[1]
    return second[:1].isupper() or bool(_YEAR.search(second)) or second[:1] == "("


def _drop_relators(text: str) -> str:
    """``…, 1888-1938, translator, writer of introduction.`` → ``…, 1888-1938``: relator terms at
    the end, after a comma, semicolon or full stop (or a space after the dates), while what stays
    is a name heading."""
    terms = _terms("relator_terms")
    while True:
        seps = list(_RELATOR_SEP.finditer(text))
        tail = next((m for m in reversed(seps) if _fold(text[m.end():]) in terms), None)
        if tail is None:
            return text
        head = text[: tail.start()].rstrip(" ,;")
        if not (_name_like([p.strip() for p in head.split(",")]) or _YEAR.search(head)):
            return text
        text = head


def _fuller_form(part: str) -> str:
    """``N. I. (Nikolai Ivanovich)`` → ``Nikolai Ivanovich`` when each initial begins its name."""
    m = _FULLER.match(part)
    if not m:
        return part
    initials = [w.rstrip(".") for w in m.group(1).split()]
    names = m.group(2).split()
    if len(names) >= len(initials) and all(_fold(n).startswith(_fold(i)) for i, n in zip(initials, names)):
        return m.group(2)
    return part


def _plain_dates(part: str) -> str:
    """``b. 1950`` → ``1950``, ``approximately 1800-1850`` → ``1800-1850``: a part of years and the
    words that qualify them keeps its years."""
    toks = part.split()
    if not _YEAR.search(part) or not all(_DATE_TOKEN.fullmatch(t) or _fold(t) in _terms("date_words") for t in toks):
        return part
    return " ".join(t for t in toks if _DATE_TOKEN.fullmatch(t))


def set_aside(text: str) -> str:
    """The heading with only its name and years (see the module); text that is no personal-name
    heading comes back unchanged."""
    if not isinstance(text, str) or "," not in text and "(" not in text and not _SUBFIELDED.match(text):
        return text
    out = _PAREN_DATES.sub(lambda m: f", {m.group(1)}", subfields(text))
    parts = [p.strip() for p in out.split(",")]
    if not _name_like(parts):
        return text
    out = _drop_relators(out)
    parts = [p.strip() for p in out.split(",")]
    parts[1] = _fuller_form(parts[1])
    ranks = _terms("rank_terms")
    kept = parts[:2] + [_plain_dates(p) for p in parts[2:] if _fold(p) not in ranks]
    out = re.sub(r"(?<=[\d\-–—‒])\s*\.$", "", ", ".join(p for p in kept if p))
    return out if out != text.strip() else text


# initials glued together (Л.Н., L.N.): a space goes after each full stop
_GLUED = re.compile(r"(?<=\.)(?=[^\W\d_])")
_INITIAL = re.compile(r"[^\W\d_][^\W\d_]?\.")
_ROMAN_LETTER = re.compile(r"[IVXLCDMІ]+\.")


def direct_order(text: str) -> str:
    """A heading written surname first without a comma, as Russian reference lists and official
    documents write names, in the direct order: ``Толстой Л. Н.`` and ``Tolstoi L.N., 1828-1910`` →
    ``Л. Н. Толстой`` (one to three initials; one alone not a Roman numeral's letter),
    ``Толстой Лев Николаевич`` → ``Лев Николаевич Толстой`` (a forename and a patronymic of the
    dictionary after the surname). Years after a comma stay at the end; other text comes back
    unchanged."""
    if not isinstance(text, str):
        return text
    head, comma, rest = text.partition(",")
    if comma and not _DATE_TOKEN.fullmatch(rest.replace(" ", "")):
        return text
    words = _GLUED.sub(" ", head).split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or words[0].endswith("."):
        return text
    tail = words[1:]
    if all(_INITIAL.fullmatch(w) and w[0].isupper() for w in tail):
        if len(words) > 4 or len(tail) == 1 and _ROMAN_LETTER.fullmatch(tail[0]):
            return text
        return " ".join(tail + words[:1]) + (f",{rest}" if comma else "")
    if len(words) == 3 and all(w[:1].isupper() and w.isalpha() for w in words) and _forename_patronymic(tail):
        return " ".join(tail + words[:1]) + (f",{rest}" if comma else "")
    return text


def _forename_patronymic(words: list[str]) -> bool:
    """A forename then a patronymic, as the dictionary tags their readings (Лев Николаевич)."""
    from translit.matchkey import _cyrillic
    from translit.read import lexicon as lx

    read = re.findall(r"[^\W\d_]+", _cyrillic(" ".join(words)))
    if len(read) != 2:
        return False
    flags = [(lx.lexicon().get(lx.fold(w)) or (0, 0))[1] for w in read]
    return bool(flags[0] & lx.NAME) and bool(flags[1] & lx.PATR)
