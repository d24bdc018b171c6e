"""Group headings or titles that are the same across schemes, inversions, initials and
national spellings, and say why each member joined its cluster.

Ways to join, in order of strength: the same match key (:mod:`translit.matchkey`); a personal
name whose initials agree with the other's forenames and whose surname keys are equal
(``N. I. Bukharin`` with ``Nikolai Ivanovich Bukharin``); the same person read from a heading's
parts (:func:`person`: surname, forenames in any national form of ``match_forenames.toml``, life
dates, qualifiers set aside), where the dates do not disagree and a heading with initials or a
forename alone is not shared by two people; a near key (rapidfuzz ratio at or above a threshold,
within blocks of keys sharing a word) for spellings the key does not fold; and a heading that
keeps nothing readable but its life dates (a script the keys leave out), which joins the cluster
of personal names most headings with those dates are in; and a surname alone, which joins the one
person of that surname.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Iterable, NamedTuple

from translit.matchkey import key

_CYR = re.compile("[\u0400-\u04ff]")


@dataclass
class Member:
    text: str
    key: str
    why: str

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "key": self.key, "why": self.why}


@dataclass
class Cluster:
    id: int
    representative: str
    members: list[Member] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"cluster": self.id, "representative": self.representative,
                "members": [m.as_dict() for m in self.members]}


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.why: dict[int, str] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, why: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.why.setdefault(b, why)


def name_parts(k: str) -> tuple[str, list[str]] | None:
    """(surname, forenames) of a personal-name key, or None when it is not one."""
    toks = [t for t in k.split() if not t.isdigit()]
    if not 2 <= len(toks) <= 4:
        return None
    if len(toks[-1]) > 1:
        return toks[-1], toks[:-1]
    if len(toks[0]) > 1 and all(len(t) == 1 for t in toks[1:]):
        return toks[0], toks[1:]
    return None


def forenames_agree(a: list[str], b: list[str]) -> bool:
    """Forenames agree as far as both go: initials match names (N. I. ~ Nikolai Ivanovich),
    and a missing patronymic is no disagreement (Nikolai ~ Nikolai Ivanovich)."""
    if not a or not b or a == b:
        return False
    for x, y in zip(a, b):
        if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
            continue
        return False
    return True


_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
# a word of a name: letters with their combining marks and ties (T͡Svetaeva, Akademii︠a︡), and the
# apostrophes and primes of soft signs inside it (Vasil'evich, Tretʹjakov)
_NAME_WORDS = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2f]|['’ʹ`](?=[^\W\d_]))*\.?")
_ROMAN = re.compile(r"[IVXLC]{2,}\.?")  # a regnal number (II, IV); one letter is an initial
_DATES_ONLY = re.compile(r"[\d\s\-–—‒?.]+")


class Person(NamedTuple):
    """A personal-name heading read into parts: the surname's key, the forenames' keys (an initial
    is one letter; a national form of a Russian forename is keyed as the Russian one) and the
    years the heading gives (birth, death, flourished)."""

    surname: str
    forenames: tuple[str, ...]
    years: frozenset[str]
    known: bool = False  # the first forename is one of the dictionary or the tables (not an initial)
    # other keys the surname's spelling reads as (:func:`surname_readings`: Sacharow is Захаров or
    # Сахаров in German; Sacharov beside Dmitrijevič is Czech, so Сахаров)
    others: frozenset[str] = frozenset()


@cache
def _table() -> dict:
    """``match_forenames.toml``: the matching-only national forms of forenames and the surname endings."""
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("translit").joinpath("match_forenames.toml").read_text("utf-8"))


@cache
def _gender_endings() -> tuple[tuple[str, str], ...]:
    """``match_forenames.toml``'s [masculine, feminine] surname endings, longest feminine first."""
    return tuple(sorted(((m, f) for m, f in _table()["surname_genders"]), key=lambda mf: -len(mf[1])))


def masculine(surname: str) -> str:
    """A surname key with a feminine ending put in the masculine (``vengerova`` → ``vengerov``,
    ``kovalevskaia`` → ``kovalevskii``); other keys unchanged."""
    for m, f in _gender_endings():
        if surname.endswith(f) and len(surname) > len(f) + 1:
            return surname[: -len(f)] + m
    return surname


@cache
def forename_keys() -> dict[str, str]:
    """Folded national forms of Russian forenames → the key of the Russian forename: the forenames
    of ``read/established.toml`` and the matching-only forms of ``match_forenames.toml``."""
    from translit.read.established import fold, forename_table

    rows = _table()["rows"]
    out = {form: key(f.cyrillic) for form, f in forename_table().items()}
    out.update({fold(form): key(cyr) for form, cyr, _lang, _source in rows})
    return out


def _initial(word: str) -> bool:
    """One letter, or two before a full stop (``Iu.``, ``Ts.``, ``Zh.``: the romanized initial of
    Ю, Ц, Ж)."""
    bare = word.rstrip(".")
    return len(bare) == 1 or (len(bare) == 2 and word.endswith("."))


def _forename_key(word: str) -> str:
    """The key of one forename (its Russian forename's key when it is a national form) or of an
    initial, which ends in a full stop (``iu.``)."""
    from translit.read.established import fold

    bare = word.rstrip(".")
    if _initial(word):
        k = key(bare)
        return f"{k}." if k else ""
    return forename_keys().get(fold(bare)) or key(bare)


def _names_agree(x: str, y: str) -> bool:
    """A forename agrees with itself and with its initial (``iu.`` with ``iurii``)."""
    if x == y:
        return True
    if x.endswith(".") and not y.endswith("."):
        return y.startswith(x[:-1])
    if y.endswith(".") and not x.endswith("."):
        return x.startswith(y[:-1])
    return False


def _looks_like_names(words: list[str]) -> bool:
    """Words set as forenames are: each begins with a capital (or is an initial), none is a
    regnal number (Nikolai, II is no forename)."""
    return bool(words) and all(w[:1].isupper() and not _ROMAN.fullmatch(w) for w in words)


def person(text: str) -> Person | None:
    """Read a heading as a personal name, or None. Inverted (``Surname, Forenames[, dates or
    qualifiers]``): the first part is the surname (one or two words), the second the forenames (one
    to three capitalized words or initials); what follows (dates, ``graf``, ``linguiste``) is set
    aside but for its years. Direct (``Forenames Surname[, dates]``): two to four words whose last
    is the surname and whose others are initials or forenames of the dictionary or the tables.
    Relator terms, subfield codes and fuller forms are set aside first (:mod:`translit.headings`)."""
    from translit.headings import direct_order, set_aside

    text = direct_order(set_aside(text))
    years = frozenset(_YEAR.findall(text))
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 2 and not _DATES_ONLY.fullmatch(parts[1]):
        sur, fore = _NAME_WORDS.findall(parts[0]), _NAME_WORDS.findall(parts[1])
        if not (1 <= len(sur) <= 2 and 1 <= len(fore) <= 3 and _looks_like_names(sur + fore)):
            return None
        if not all(_DATES_ONLY.fullmatch(p) or p[:1].islower() for p in parts[2:] if p):
            return None  # a third part that is a name (Peter, Russland, Kaiser) is no inverted name
    else:
        words = _NAME_WORDS.findall(parts[0])
        if not (2 <= len(words) <= 4 and _looks_like_names(words)):
            return None
        sur, fore = words[-1:], words[:-1]
        if not all(_initial(w) or _known_forename(w) for w in fore):
            return None
    surname = key(" ".join(sur))
    if not surname or " " in surname and len(sur) == 1:
        return None
    names = tuple(_forename_key(w) for w in fore)
    if not all(names):
        return None
    others = surname_readings(sur, text) - {surname}
    return Person(surname, names, years, not _initial(fore[0]) and _known_forename(fore[0].rstrip(".")),
                  frozenset(others))


def surname_readings(sur: list[str], text: str) -> set[str]:
    """The keys a romanized surname is read as in its heading: its reading there (the forenames
    show the scheme: Sacharov beside Dmitrijevič is Czech, s = с) and the other readings that score
    within ``weights.toml`` [key] ``surname_reading_margin`` of it (German s is с and з: Sacharow is
    Сахаров or Захаров). A surname in Cyrillic has no other reading."""
    from translit.read.candidates import Source
    from translit.read.reader import to_cyrillic
    from translit.read.weights import W

    if len(sur) != 1 or not re.search(r"[A-Za-z]", sur[0]):
        return set()
    bare = sur[0].rstrip(".")
    word = next((w for w in to_cyrillic(text).words if w.input == bare), None)
    if word is None or not word.candidates:
        return set()
    chosen = next((c.score for c in word.candidates if c.cyrillic == word.cyrillic), word.candidates[0].score)
    out = {key(word.cyrillic)} | {key(c.cyrillic) for c in word.candidates
                                   if c.source not in (None, *Source.GUESSES)
                                   and chosen - c.score <= W.key.surname_reading_margin}
    return {k for k in out if k}


def _known_forename(word: str) -> bool:
    """A forename or patronymic of the dictionary, or a national form of the tables."""
    from translit.matchkey import _given_names
    from translit.read.established import fold

    return fold(word) in forename_keys() or _given_names(word)


def same_person(a: Person, b: Person) -> bool:
    """The same surname (or the masculine of a woman's, with the same whole first forename),
    forenames that agree as far as both go (initials with names, a
    patronymic present or absent) and years that do not disagree (one heading gives none, or the
    two share one)."""
    if not a.forenames or not b.forenames:
        return False
    if a.surname != b.surname:
        # a woman's surname given in the masculine: the first forenames must be one whole name
        if masculine(a.surname) != masculine(b.surname) or a.forenames[0] != b.forenames[0] \
                or a.forenames[0].endswith("."):
            return False
    if a.years and b.years and not a.years & b.years:
        return False
    return all(_names_agree(x, y) for x, y in zip(a.forenames, b.forenames))


def _join_persons(u: "_Union", people: dict[int, Person]) -> None:
    """Join headings that are the same person (:func:`same_person`). A heading that agrees with two
    headings of two people (:func:`_other_person`: ``Ivanov, V.`` beside Vsevolod and Viacheslav
    Ivanov) could be either: it joins only headings with its very parts."""
    by_surname: dict[str, dict[Person, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, p in people.items():
        if p.forenames:
            by_surname[masculine(p.surname)][p].append(i)
    for kinds in by_surname.values():
        for idx in kinds.values():
            for j in idx[1:]:
                u.join(idx[0], j, "same person (surname, forenames and dates)")
        sigs = list(kinds)
        agree = {a: [b for b in sigs if b != a and same_person(a, b)] for a in sigs}
        either = {a for a, bs in agree.items() if any(_other_person(b, c) for x, b in enumerate(bs) for c in bs[x + 1:])}
        for a in sigs:
            if a in either:
                continue
            for b in agree[a]:
                if b not in either:
                    u.join(kinds[a][0], kinds[b][0],
                           f"same person, forenames agree ({' '.join(a.forenames)} ~ {' '.join(b.forenames)}; {a.surname})")


def _join_other_readings(u: "_Union", people: dict[int, Person]) -> None:
    """A heading whose surname reads another way too (:attr:`Person.others`: German Sacharow is
    Захаров or Сахаров) joins the one person that other reading names (surname, forenames and years
    agree), unless its own cluster holds a heading of its first reading that cannot be read so
    (Захаров in Cyrillic: then Sacharow may be that man). Beside two people of the other reading
    it stays where it is."""
    by_surname: dict[str, list[int]] = defaultdict(list)
    members: dict[int, list[int]] = defaultdict(list)  # cluster root → its personal names
    for i, p in people.items():
        if p.forenames:
            by_surname[masculine(p.surname)].append(i)
            members[u.find(i)].append(i)
    for i, p in people.items():
        for other in sorted(p.others):
            alt = p._replace(surname=other)
            roots = {u.find(j) for j in by_surname.get(masculine(other), []) if same_person(alt, people[j])}
            mine = u.find(i)
            if len(roots) != 1 or mine in roots:
                continue
            target = next(iter(roots))
            if any(masculine(people[j].surname) == masculine(p.surname) and other not in people[j].others
                   for j in members[mine]) or _years_clash(members[mine], members[target], people):
                continue
            u.join(target, i, f"same person, its surname read as {other} (forenames and dates agree)")
            members[u.find(target)] = members.pop(target, []) + members.pop(mine, [])


def _years_clash(xs: list[int], ys: list[int], people: dict[int, Person]) -> bool:
    """Some heading of one cluster gives years that no year of some heading of the other shares."""
    a = [people[i].years for i in xs if people[i].years]
    b = [people[j].years for j in ys if people[j].years]
    return any(not x & y for x in a for y in b)


def _other_person(a: Person, b: Person) -> bool:
    """Two headings of one surname that name two people: their years disagree, or their first
    forenames are two forenames of the dictionary or the tables too far apart to be spellings of
    one (Vsevolod, Viacheslav); a patronymic spelled two ways (Sergeevich, Sergejewitscḥ) or a
    forename no dictionary knows (a transcription from another script) is no other person."""
    from rapidfuzz import fuzz

    if a.years and b.years and not a.years & b.years:
        return True
    x, y = a.forenames[0], b.forenames[0]
    return a.known and b.known and not _names_agree(x, y) and fuzz.ratio(x, y) < 80


def _forenames_allow(a: Person | None, b: Person | None) -> bool:
    """Near keys of two personal names join only when their forenames agree (a near surname is a
    spelling; a near forename under one surname may be another person: Ts. and S. Moskovskii)."""
    if a is None or b is None:
        return True
    return all(_names_agree(x, y) for x, y in zip(a.forenames, b.forenames))


def _join_dates_only(u: "_Union", texts: list[str], keys: list[str], people: dict[int, Person],
                     share: float = 0.75) -> None:
    """A heading whose key keeps only its years (a name in Hebrew, Japanese or Arabic script) joins
    the cluster of personal names that holds at least ``share`` of the headings giving both those
    years (the others are spellings the keys could not join, not another person)."""
    by_years: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, p in people.items():
        if len(p.years) == 2:
            by_years[p.years].append(i)
    for i, k in enumerate(keys):
        if not k or not _DATES_ONLY.fullmatch(k):
            continue
        years = frozenset(_YEAR.findall(texts[i]))
        if len(years) != 2 or not re.search(r"[^\W\d_]", texts[i]) or not by_years.get(years):
            continue
        roots = Counter(u.find(j) for j in by_years[years])
        root, n = roots.most_common(1)[0]
        if n >= share * len(by_years[years]):
            u.join(root, i, "its life dates, given by the one person most headings with them name")


def _join_bare_surnames(u: "_Union", texts: list[str], keys: list[str], people: dict[int, Person]) -> None:
    """A heading that is a surname alone (``Pouchkine``, ``Puschkin, 1799-1837``) joins the cluster
    of the headings with that surname and forenames when all of them are in one cluster (one person
    of that name in the file); beside two people of the name it stays alone."""
    by_surname: dict[str, set[int]] = defaultdict(set)
    for i, p in people.items():
        if p.forenames:
            by_surname[p.surname].add(u.find(i))
    for i, k in enumerate(keys):
        words = [w for w in k.split() if not w.isdigit()]
        if len(words) != 1 or i in people or len(_NAME_WORDS.findall(texts[i])) != 1:
            continue
        roots = by_surname.get(words[0], set())
        if len(roots) == 1 and _looks_like_names(_NAME_WORDS.findall(texts[i])):
            u.join(next(iter(roots)), i, "a surname alone, of the one person so named")


def _heading_list(headings) -> list[str]:
    """``headings`` as a list; a TypeError that says so for one string (probe13: ``cluster("Moskva")``
    clustered its six letters) or bytes, and for what is not a collection at all (None, a number)."""
    if isinstance(headings, (str, bytes, bytearray)):
        raise TypeError(f"cluster takes a list of headings, not one {type(headings).__name__}: "
                        f"cluster([{headings!r:.60}])")
    try:
        return list(headings)
    except TypeError:
        raise TypeError(f"cluster takes a list of headings (str), not {type(headings).__name__}") from None


def cluster(headings: Iterable[str], scheme: str = "alalc", threshold: float = 90.0,
            progress: bool = False) -> list[Cluster]:
    """Cluster ``headings``; each cluster's representative is written in ``scheme``.
    ``progress=True`` shows a bar (rate, ETA) on standard error while the headings are keyed."""
    from rapidfuzz import fuzz

    from translit.errors import finite_number

    threshold = finite_number("threshold", threshold, 0, 100)
    texts = _heading_list(headings)
    keyed: Iterable[str] = texts
    if progress:
        import sys

        from tqdm import tqdm

        keyed = tqdm(texts, unit=" headings", file=sys.stderr)
    keys = [key(t) for t in keyed]
    u = _Union(len(texts))
    by_key: dict[str, int] = {}
    by_text: dict[str, int] = {}
    for i, k in enumerate(keys):
        if not k:  # nothing to match on (punctuation, a script keys leave out): only the same text joins
            if texts[i] in by_text:
                u.join(by_text[texts[i]], i, "same text (it has no match key)")
            else:
                by_text[texts[i]] = i
            continue
        if k in by_key:
            u.join(by_key[k], i, "same match key")
        else:
            by_key[k] = i
    people = {i: p for i, t in enumerate(texts) if keys[i] and (p := person(t))}
    _join_persons(u, people)
    # other personal names with initials (headings :func:`person` does not read)
    by_surname: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    for i, k in enumerate(keys):
        parts = name_parts(k) if i not in people else None
        if parts:
            by_surname[parts[0]].append((i, parts[1]))
    for entries in by_surname.values():
        for x in range(len(entries)):
            for y in range(x + 1, len(entries)):
                (i, a), (j, b) = entries[x], entries[y]
                if forenames_agree(a, b):
                    u.join(i, j, f"same surname, forenames agree ({' '.join(a)} ~ {' '.join(b)})")
    # near keys, compared within blocks sharing a word of four letters or more
    blocks: dict[str, list[int]] = defaultdict(list)
    uniq = list(by_key.values())
    for i in uniq:
        for w in set(keys[i].split()):
            if len(w) >= 4:
                blocks[w[:4]].append(i)
    for members in blocks.values():
        if len(members) > 200:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                score = fuzz.ratio(keys[i], keys[j])
                if score >= threshold and _forenames_allow(people.get(i), people.get(j)):
                    u.join(i, j, f"near match key ({score:.0f})")
    _join_other_readings(u, people)
    _join_dates_only(u, texts, keys, people)
    _join_bare_surnames(u, texts, keys, people)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        groups[u.find(i)].append(i)
    out = []
    for cid, (root, idx) in enumerate(sorted(groups.items(), key=lambda kv: min(kv[1])), 1):
        members = [Member(texts[i], keys[i], "first of its cluster" if i == root else u.why.get(i, "joined through another member"))
                   for i in sorted(idx)]
        out.append(Cluster(cid, _representative([texts[i] for i in idx], scheme), members))
    return out


def _representative(texts: list[str], scheme: str) -> str:
    """The fullest form (most words, then most frequent key reading), romanized in ``scheme``."""
    from translit.matchkey import _cyrillic
    from translit.romanize import romanize

    from translit.headings import set_aside

    # a heading written in Cyrillic is its own reading, and its language the surest of the cluster's
    written = [t for t in texts if _CYR.search(t) and not re.search(r"[A-Za-z]{2,}", t)]
    code = _cluster_language(written or texts, scheme)
    if code != "ru":  # a Ukrainian or Bulgarian title is read and written in its own language's tables
        from translit.langs.api import to_cyrillic as in_language

        readings = Counter(in_language(set_aside(t), code).text for t in written or texts)
    else:
        readings = Counter(_cyrillic(set_aside(t)) for t in texts)
    best = max(readings, key=lambda c: (sum(len(w) > 2 for w in c.split()), readings[c], len(c)))
    return romanize(best, scheme) if code == "ru" else romanize(best, scheme, lang=code)


def _cluster_language(texts: list[str], scheme: str) -> str:
    """The language of a cluster's headings (its Cyrillic ones when it has any), as the commands
    choose it for each text (:func:`translit.langs.choose.choose`): another language than Russian
    only when most of them are in it and ``scheme`` has a table for it, else Russian (as before)."""
    from translit.errors import TranslitError
    from translit.langs.choose import choose
    from translit.romanize import romanize

    counts = Counter(choose(t).language for t in texts)
    code, n = counts.most_common(1)[0]
    if code == "ru" or 2 * n <= len(texts):
        return "ru"
    try:
        romanize("", scheme, lang=code)
    except TranslitError:
        return "ru"
    return code
