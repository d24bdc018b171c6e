"""A character trigram model of Russian word forms, for reading words the lexicon lacks.

Trained on the lexicon itself (every form, weighted by the square root of its frequency so that
rare forms still count), it scores how Russian a letter sequence looks: ``бухарин`` beats
``бухаринъ``, ``цветаева`` beats ``тсветаева``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Iterable

from translit.read.weights import W

BOUNDARY = "#"


def train(words: Iterable[tuple[str, float]]) -> dict[str, float]:
    """Return log P(c | two previous chars) for every seen trigram, plus backoff bigrams."""
    tri: dict[str, float] = defaultdict(float)
    bi: dict[str, float] = defaultdict(float)
    for word, freq in words:
        w = f"{BOUNDARY}{BOUNDARY}{word}{BOUNDARY}"
        weight = math.sqrt(freq * 1e9) + 1.0
        for i in range(2, len(w)):
            tri[w[i - 2:i + 1]] += weight
            bi[w[i - 2:i]] += weight
    model: dict[str, float] = {}
    for g, c in tri.items():
        model[g] = math.log(c / bi[g[:2]])
    return model


UNSEEN = W.guess.unseen  # log probability of a trigram the model never saw


def score(model: dict[str, float], word: str) -> float:
    """Total log probability of a word (with boundaries)."""
    w = f"{BOUNDARY}{BOUNDARY}{word}{BOUNDARY}"
    get = model.get
    return sum(get(w[i - 2:i + 1], UNSEEN) for i in range(2, len(w)))
