"""The translation aid: gloss Russian bibliographic, archival and Soviet institutional terms.

``gloss(text)`` takes romanized or Cyrillic text, reads it into Cyrillic, finds each word's
lemma and part of speech through pymorphy3 (so ``izdatel'stva``, ``postanovleniia``, ``opisi``
find their entries), matches abbreviations as printed (``izd-vo``, ``t.``, ``VKP(b)``) and
multi-word terms (``sobranie sochinenii``), and returns per word the gloss from ``terms.toml``,
or ``None`` when the glossary has none.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_CYR_WORD = re.compile(r"[\u0400-\u04ff]+")


@dataclass(frozen=True)
class Term:
    cyrillic: str
    english: str
    kind: str
    source: str
    abbr: tuple[str, ...] = ()


@dataclass
class Gloss:
    input: str
    cyrillic: str
    lemma: str | None
    pos: str | None
    gloss: str | None
    term: str | None = None
    kind: str | None = None
    source: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def lemma_pos(word: str) -> tuple[str, str | None]:
    p = _morph().parse(word.lower())[0]
    return p.normal_form, (str(p.tag.POS) if p.tag.POS else None)


def _pos_of(word: str, lemma: str) -> str | None:
    for p in _morph().parse(word.lower()):
        if p.normal_form == lemma:
            return str(p.tag.POS) if p.tag.POS else None
    return None


@cache
def _terms() -> tuple[dict[tuple[str, ...], Term], dict[str, Term], int]:
    data = tomllib.loads(resources.files(__name__).joinpath("terms.toml").read_text("utf-8"))
    by_lemmas: dict[tuple[str, ...], Term] = {}
    by_abbr: dict[str, Term] = {}
    longest = 1
    for row in data["term"]:
        t = Term(row["cyrillic"], row["english"], row["kind"], row["source"], tuple(row.get("abbr", ())))
        words = _CYR_WORD.findall(t.cyrillic)
        if t.cyrillic.isupper() or "(" in t.cyrillic:
            by_abbr.setdefault(t.cyrillic.lower(), t)
        else:
            seq = tuple(lemma_pos(w)[0] for w in words)
            by_lemmas.setdefault(seq, t)
            by_lemmas.setdefault(tuple(w.lower() for w in words), t)  # the headword itself (том, not тот)
            longest = max(longest, len(seq))
        for a in t.abbr:
            by_abbr.setdefault(a.lower(), t)
    return by_lemmas, by_abbr, longest


@dataclass
class _Tok:
    input: str
    cyr: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    from translit.read.reader import to_cyrillic

    toks = [_Tok(m.group(), m.group(), m.start(), m.end()) for m in _CYR_WORD.finditer(text)]
    reading = to_cyrillic(text, keep_english=False)
    for w in reading.words:
        toks.append(_Tok(w.input, w.cyrillic, w.start, w.end))
    toks.sort(key=lambda t: t.start)
    return toks


def gloss(text: str) -> list[Gloss]:
    """Gloss every word of ``text`` (romanized or Cyrillic)."""
    if not isinstance(text, str):
        raise TypeError(f"gloss takes a str, not {type(text).__name__}")
    by_lemmas, by_abbr, longest = _terms()
    toks = _tokens(text)
    out: list[Gloss] = []
    i = 0
    while i < len(toks):
        # 1. abbreviations as printed, joining neighbours over - ( ) . and spaces: изд-во, ВКП(б), под ред.
        done = False
        for n in (3, 2, 1):
            if i + n > len(toks):
                continue
            group = toks[i:i + n]
            glue = [text[a.end:b.start] for a, b in zip(group, group[1:])]
            if any(g.strip() not in ("", "-", "(", ".", ". ") or len(g) > 3 for g in glue):
                continue
            cyr = "".join(t.cyr + (glue[k] if k < len(glue) else "") for k, t in enumerate(group))
            after = text[group[-1].end:group[-1].end + 1]
            for cand in ((cyr + after) if after in ".)" else None, cyr):
                if cand and cand.lower() in by_abbr:
                    t = by_abbr[cand.lower()]
                    inp = text[group[0].start:group[-1].end + (1 if cand.endswith((".", ")")) and cand != cyr else 0)]
                    lem, pos = (t.cyrillic, None) if n > 1 or cand != cyr else lemma_pos(group[0].cyr)
                    out.append(Gloss(inp, cand, lem, pos, t.english, t.cyrillic, t.kind, t.source))
                    i += n
                    done = True
                    break
            if done:
                break
        if done:
            continue
        # 2. multi-word and single-word terms by lemma
        for n in range(min(longest, len(toks) - i), 0, -1):
            lemmas = tuple(lemma_pos(t.cyr)[0] for t in toks[i:i + n])
            t = by_lemmas.get(lemmas)
            if t is None and n == 1:  # any reading of a single word may be the term (томах: том, not тот)
                for p in _morph().parse(toks[i].cyr.lower()):
                    t = by_lemmas.get((p.normal_form,))
                    if t is not None:
                        lemmas = (p.normal_form,)
                        break
            if t is not None:
                group = toks[i:i + n]
                inp = text[group[0].start:group[-1].end]
                cyr = " ".join(g.cyr for g in group)
                lem, pos = (" ".join(lemmas), None) if n > 1 else (lemmas[0], _pos_of(group[0].cyr, lemmas[0]))
                out.append(Gloss(inp, cyr, lem, pos, t.english, t.cyrillic, t.kind, t.source))
                i += n
                break
        else:
            tok = toks[i]
            lem, pos = lemma_pos(tok.cyr)
            out.append(Gloss(tok.input, tok.cyr, lem, pos, None))
            i += 1
    return out
