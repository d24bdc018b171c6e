"""Small dictd dictionaries written into a test's folder, laid out as Debian installs them (an
``.index`` of headword, offset and length in dictd's base 64, and a gzipped ``.dict.dz``), for
the gloss tests that need a dictionary of known content beside the real ones."""

from __future__ import annotations

import gzip
from pathlib import Path

from translit.glossary import dictionary

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def dictd_number(n: int) -> str:
    """``n`` in dictd's base 64 (64 → "BA")."""
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


def write_dictd(folder: Path, name: str, entries: dict[str, str], weight: float = 0.0) -> dictionary.Source:
    """A dictd dictionary of ``entries`` (headword → body) in ``folder``, as a gloss source."""
    body, index = b"", []
    for head, text in entries.items():
        chunk = f"{head}\n{text}\n".encode()
        index.append(f"{head}\t{dictd_number(len(body))}\t{dictd_number(len(chunk))}\n")
        body += chunk
    (folder / f"{name}.index").write_text("".join(index), encoding="utf-8")
    with gzip.open(folder / f"{name}.dict.dz", "wb") as fh:
        fh.write(body)
    return dictionary.Source(name, name, name, folder / f"{name}.index", folder / f"{name}.dict.dz", weight)
