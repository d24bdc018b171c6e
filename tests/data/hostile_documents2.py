"""Builds the binary fixtures of tests/test_hostile_documents2.py in a folder (run by the tests;
`python tests/data/hostile_documents2.py DIR` writes them by hand): MARC records that romanization
or a MARCXML source pushes past ISO 2709's limits, and tables in the encodings and containers
spreadsheets save (UTF-16 with and without a byte-order mark, gzip, zip)."""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

TABLE = "title,id\nIstoriia KPSS,1\nBukharin,2\nЛенин,3\n"


def marc_record(rid: str, title: str, long_fields: int, field_text: str, tag: str = "700"):
    """A Russian record whose ``long_fields`` fields of ``tag`` hold ``field_text``."""
    from pymarc import Field, Record, Subfield

    r = Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(Field(tag="001", data=rid))
    r.add_field(Field(tag="008", data="850101s1985    ru            000 0 rus d"))
    r.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]))
    for _ in range(long_fields):
        r.add_field(Field(tag=tag, indicators=["1", " "], subfields=[Subfield("a", field_text)]))
    return r


def growing_records():
    """Three records under the limits in Cyrillic whose romanization passes one: ю, я, щ and ц
    grow (I͡u, i͡a, shch, t͡s), a record of many names, one with one long name field, one of both."""
    return [
        marc_record("grow-names", "Юность Юрия", 11, "Юрьева, Юлия Юрьевна " * 200),
        marc_record("grow-note", "Щукин", 1, "Цюцюрюкян, Юлия Яцюк; " * 230),
        marc_record("grow-both", "Цюрих", 9, "Щербацкая, Юлия " * 300, tag="700"),
    ]


def small_record():
    return marc_record("small", "История КПСС", 1, "Бухарин, Николай Иванович")


def write_all(folder: Path) -> None:
    from pymarc import XMLWriter

    folder.mkdir(parents=True, exist_ok=True)
    recs = [small_record(), *growing_records(), small_record()]
    (folder / "growing.mrc").write_bytes(b"".join(r.as_marc() for r in recs))
    buf = io.BytesIO()
    w = XMLWriter(buf)
    for r in recs:
        w.write(r)
    w.close(close_fh=False)
    (folder / "growing.xml").write_bytes(buf.getvalue())
    (folder / "table-utf16le-bom.csv").write_bytes(TABLE.encode("utf-16"))
    (folder / "table-utf16be-bom.tsv").write_bytes(b"\xfe\xff" + TABLE.replace(",", "\t").encode("utf-16-be"))
    (folder / "table-utf16le.csv").write_bytes(TABLE.encode("utf-16-le"))
    (folder / "table.csv.gz").write_bytes(gzip.compress(TABLE.encode()))
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as z:
        z.writestr("sheet.csv", TABLE)
    (folder / "table-zip.csv").write_bytes(zbuf.getvalue())
    (folder / "table-pdf.csv").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")


if __name__ == "__main__":
    write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
