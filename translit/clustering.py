"""Group headings or titles that are the same across schemes, inversions, initials and
national spellings, and say why each member joined its cluster.

Three ways to join, in order of strength: the same match key (:mod:`translit.matchkey`); a personal
name whose initials agree with the other's forenames and whose surname keys are equal
(``N. I. Bukharin`` with ``Nikolai Ivanovich Bukharin``); and a near key (rapidfuzz ratio at or
above a threshold, within blocks of keys sharing a word) for spellings the key does not fold.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from translit.matchkey import key


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


def cluster(headings: Iterable[str], scheme: str = "alalc", threshold: float = 90.0,
            progress: bool = False) -> list[Cluster]:
    """Cluster ``headings``; each cluster's representative is written in ``scheme``.
    ``progress=True`` shows a bar (rate, ETA) on standard error while the headings are keyed."""
    from rapidfuzz import fuzz

    from translit.errors import finite_number

    threshold = finite_number("threshold", threshold, 0, 100)
    texts = list(headings)
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
    # personal names with initials
    by_surname: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    for i, k in enumerate(keys):
        parts = name_parts(k)
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
                if score >= threshold:
                    u.join(i, j, f"near match key ({score:.0f})")
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

    readings = Counter(_cyrillic(t) for t in texts)
    best = max(readings, key=lambda c: (sum(len(w) > 2 for w in c.split()), readings[c], len(c)))
    return romanize(best, scheme)
