"""The reader's named weights: ``weights.toml`` read once into attribute namespaces.

Detection (:mod:`translit.read.detect`), candidate generation, scoring and the language
decisions all read their numbers from here (``W.rank.slip``, ``W.detect.prior``), so each
weight has one name, one value and one comment saying what it does.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from types import MappingProxyType, SimpleNamespace
from typing import Any


# Tables keyed by scheme id rather than by weight name: they stay mappings.
_BY_SCHEME = {"weights.detect.prior"}


def _namespace(table: dict[str, Any], where: str) -> SimpleNamespace | MappingProxyType:
    if where in _BY_SCHEME:
        return MappingProxyType({k: float(v) for k, v in table.items()})
    out = {}
    for k, v in table.items():
        if isinstance(v, dict):
            out[k] = _namespace(v, f"{where}.{k}")
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out[k] = v
        else:
            raise ValueError(f"weights.toml: {where}.{k} is not a number")
    return SimpleNamespace(**out)


@cache
def weights() -> SimpleNamespace:
    """All weights, by section: ``weights().rank.slip``."""
    text = resources.files("translit.read").joinpath("weights.toml").read_text("utf-8")
    return _namespace(tomllib.loads(text), "weights")


W = weights()
