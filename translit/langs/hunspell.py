"""Every word form of a Hunspell dictionary, expanded by its affix rules in Python.

Hunspell's own expander (``unmunch``, in hunspell-tools) reads one-letter affix flags; a dictionary
that numbers its flags (``FLAG num`` in the affix file, as Debian's hunspell-sr does: ``kompot/18``,
``ablendovanje/6,19``) makes it crash. This module reads the ``.aff`` file's ``SFX`` and ``PFX``
groups (flag, cross-product mark, strip, add, condition) and applies them to each stem of the
``.dic`` file as Hunspell's ``SfxEntry::add`` does: a rule applies where the stem ends (a prefix
rule: begins) with its strip string and matches its condition, and a prefix combines with a
suffix where both groups allow the cross product. Continuation flags on an affix (``add/flags``)
are read past but not followed (a second suffix level), which is what ``unmunch`` does too.

Only what word lists need: the forms, lower-cased, without morphological fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Affix:
    strip: str
    add: str
    condition: re.Pattern | None  # None: any stem


@dataclass
class AffixGroup:
    prefix: bool
    cross: bool
    rules: list[Affix]


def _flags(text: str, kind: str) -> list[str]:
    if kind == "num":
        return [f for f in text.split(",") if f]
    if kind == "long":
        return [text[i:i + 2] for i in range(0, len(text), 2)]
    return list(text)


def read_affixes(aff_text: str) -> tuple[str, dict[str, AffixGroup]]:
    """The flag kind (``num``, ``long``, ``char``) and flag → affix group of an ``.aff`` file's text."""
    kind = "char"
    groups: dict[str, AffixGroup] = {}
    for line in aff_text.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "FLAG" and len(parts) > 1:
            kind = {"num": "num", "long": "long"}.get(parts[1], "char")
        elif parts[0] in ("SFX", "PFX") and len(parts) >= 4:
            flag = parts[1]
            if flag not in groups and parts[2] in ("Y", "N") and parts[3].isdigit():
                groups[flag] = AffixGroup(parts[0] == "PFX", parts[2] == "Y", [])
                continue
            group = groups.get(flag)
            if group is None:
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add = parts[3].split("/", 1)[0]
            add = "" if add == "0" else add
            cond = parts[4] if len(parts) > 4 else "."
            pattern = None
            if cond != ".":
                try:
                    pattern = re.compile(f"^(?:{cond})" if group.prefix else f"(?:{cond})$")
                except re.error:
                    continue  # a condition that is no pattern: the rule is skipped, not guessed
            group.rules.append(Affix(strip, add, pattern))
    return kind, groups


def _apply(stem: str, group: AffixGroup) -> Iterator[str]:
    for rule in group.rules:
        if group.prefix:
            if len(stem) <= len(rule.strip) and rule.strip or not stem.startswith(rule.strip):
                continue
            if rule.condition is not None and not rule.condition.search(stem):
                continue
            yield rule.add + stem[len(rule.strip):]
        else:
            if len(stem) <= len(rule.strip) and rule.strip or not stem.endswith(rule.strip):
                continue
            if rule.condition is not None and not rule.condition.search(stem):
                continue
            yield stem[:len(stem) - len(rule.strip)] + rule.add


def expand(dic_text: str, aff_text: str) -> Iterator[str]:
    """Every form of the dictionary: each stem, its suffixed and prefixed forms, and the cross
    products, lower-cased (repeats possible; the caller keeps a set)."""
    kind, groups = read_affixes(aff_text)
    lines = dic_text.splitlines()
    for line in lines[1:]:  # the first line is the stem count
        entry = line.split("\t", 1)[0].split(" ", 1)[0].strip()
        if not entry:
            continue
        word, _, flags = entry.partition("/")
        word = word.lower()
        yield word
        mine = [groups[f] for f in _flags(flags, kind) if f in groups]
        suffixed = []
        for group in mine:
            if not group.prefix:
                for form in _apply(word, group):
                    yield form
                    if group.cross:
                        suffixed.append(form)
        for group in mine:
            if group.prefix:
                yield from _apply(word, group)
                if group.cross:
                    for form in suffixed:
                        yield from _apply(form, group)
