"""atheris fuzzer for the MARC reader and the per-record work (python fuzz/fuzz_marc.py)."""
import sys

import atheris

with atheris.instrument_imports():
    import targets
    import translit.marc  # noqa: F401


def test_one(data: bytes) -> None:
    targets.marc(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
