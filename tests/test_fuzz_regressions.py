"""Replay the fuzzers' seed corpus and every crash they ever found (fuzz/crashes), without
atheris: each must now run through the target without an unexpected error."""

import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
sys.path.insert(0, str(FUZZ))
import targets  # noqa: E402

TARGETS = ("citation", "marc", "table", "marcxml")
CASES = [(t, p) for t in TARGETS for p in sorted((FUZZ / "corpus" / t).iterdir())]
CASES += [("marc", p) for p in sorted((FUZZ / "crashes").glob("crash-*"))]  # found by fuzz_marc before names said
CASES += [(t, p) for t in TARGETS for p in sorted((FUZZ / "crashes").glob(f"{t}-crash-*"))]


def test_there_are_regression_cases():
    assert any(p.name.startswith("crash-") for _, p in CASES)


@pytest.mark.parametrize("target,path", CASES, ids=[f"{t}:{p.name}" for t, p in CASES])
def test_replay(target, path):
    getattr(targets, target)(path.read_bytes())
