"""atheris fuzzer for the citation parser: `make fuzz` runs it (python fuzz/fuzz_citation.py)."""
import sys

import atheris

with atheris.instrument_imports():
    import targets
    import translit.archives.citation  # noqa: F401


def test_one(data: bytes) -> None:
    targets.citation(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
