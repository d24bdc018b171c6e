"""atheris fuzzer for the streaming MARCXML reader: `make fuzz` runs it (python fuzz/fuzz_marcxml.py)."""
import sys

import atheris

with atheris.instrument_imports():
    import targets
    import translit.batch  # noqa: F401
    import translit.marc  # noqa: F401


def test_one(data: bytes) -> None:
    targets.marcxml(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
