"""Helpers shared by the citation tests (cite20's files): the one citation a text holds."""
from __future__ import annotations

from translit import parse_citations


def one(text: str):
    """The single citation ``text`` holds; fails the test when it holds none or several."""
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]
