"""atheris fuzzer for the batch table reader (CSV, TSV, JSON lines): `make fuzz` runs it (python fuzz/fuzz_table.py)."""
import sys

import atheris

with atheris.instrument_imports():
    import targets
    import translit.batch  # noqa: F401


def test_one(data: bytes) -> None:
    targets.table(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
