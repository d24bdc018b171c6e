"""The other Slavic languages' named weights: ``weights.toml`` beside this module, read once.

Identification (:mod:`translit.langs.identify`), the choice of reader (:mod:`translit.langs.choose`)
and running prose (:mod:`translit.langs.running`) read their thresholds from here
(``LW.choose.sure``), each with its value, its source and what it does in one place, the way the
Russian reader's :mod:`translit.read.weights` holds its own.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from translit.read.weights import _namespace

LW = _namespace(tomllib.loads(resources.files("translit.langs").joinpath("weights.toml").read_text("utf-8")),
                "langs.weights")
