"""atheris fuzzer for the document converter (Word, HTML, BibTeX, RIS): `make fuzz` runs it (python fuzz/fuzz_document.py)."""
import sys

import atheris

with atheris.instrument_imports():
    import targets
    import translit.documents  # noqa: F401


def test_one(data: bytes) -> None:
    targets.document(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
