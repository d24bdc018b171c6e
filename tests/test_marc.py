"""MARC: check against 880s, romanize Cyrillic-only records, add 880s, and lose nothing."""

import csv

import pymarc
from pymarc import Field, Record, Subfield

from translit.marc import iter_raw, parse, run


def rec(control: str, *fields: tuple[str, str, list[tuple[str, str]]], marc8: bool = False,
        lang: str | None = None) -> bytes:
    r = Record(force_utf8=not marc8)
    r.leader = r.leader[:9] + (" " if marc8 else "a") + r.leader[10:]
    r.add_field(pymarc.Field(tag="001", data=control))
    if lang is not None:  # 008 with the language at 35-37
        r.add_field(pymarc.Field(tag="008", data="850101s1983    ru            000 0 " + lang + " d"))
    for tag, ind, subs in fields:
        r.add_field(Field(tag=tag, indicators=list(ind), subfields=[Subfield(c, v) for c, v in subs]))
    return r.as_marc()


GOOD = rec("good1",
           ("100", "1 ", [("6", "880-01"), ("a", "Ezhov, Nikolaĭ Ivanovich.")]),
           ("245", "10", [("6", "880-02"), ("a", "Reabilitat\u0361sii\u0361a :"), ("b", "kak ėto bylo /"), ("c", "I͡Uriĭ T͡Svetaev.")]),
           ("880", "1 ", [("6", "100-01/(N"), ("a", "Ежов, Николай Иванович.")]),
           ("880", "10", [("6", "245-02/(N"), ("a", "Реабилитация :"), ("b", "как это было /"), ("c", "Юрий Цветаев.")]))
BAD = rec("bad1",
          ("245", "10", [("6", "880-01"), ("a", "Reabilitatsiya :"), ("b", "kak eto bylo /"), ("c", "Ulianovsk.")]),
          ("880", "10", [("6", "245-01/(N"), ("a", "Реабилитация :"), ("b", "как это было /"), ("c", "Ульяновск.")]))
CYRILLIC_ONLY = rec("cyr1",
                    ("100", "1 ", [("a", "Цветаева, Марина Ивановна.")]),
                    ("245", "10", [("a", "Стихотворения и поэмы /"), ("c", "Марина Цветаева.")]),
                    ("264", " 1", [("a", "Москва :"), ("b", "Наука,"), ("c", "1990.")]))
ROMANIZED_ONLY = rec("rom1",
                     ("245", "10", [("a", "Istoriia Rossii :"), ("b", "uchebnik /")]))
ENGLISH = rec("eng1", ("245", "10", [("a", "A history of Russia /"), ("c", "by J. Smith.")]))


def raw_marc8(control: str, fields: list[tuple[str, bytes]]) -> bytes:
    """A MARC-8 record (leader/09 blank) built byte by byte: pymarc writes only UTF-8."""
    data = [("001", control.encode() + b"\x1e")] + [(t, body + b"\x1e") for t, body in fields]
    directory, offset = b"", 0
    for tag, body in data:
        directory += tag.encode() + b"%04d%05d" % (len(body), offset)
        offset += len(body)
    base = 24 + len(directory) + 1
    total = base + offset + 1
    leader = b"%05dnam  22%05d   4500" % (total, base)
    return leader + directory + b"\x1e" + b"".join(b for _, b in data) + b"\x1d"


def write(path, *records: bytes) -> str:
    path.write_bytes(b"".join(records))
    return str(path)


def read_csv(path):
    return list(csv.DictReader(open(path, encoding="utf-8")))


def test_check_reports_exact_rows(tmp_path):
    src = write(tmp_path / "in.mrc", GOOD, BAD)
    report = tmp_path / "r.csv"
    r = run("check", src, report_path=str(report))
    rows = read_csv(report)
    assert [(x["record"], x["field"], x["found"], x["expected"], x["kind"]) for x in rows] == [
        ("bad1", "245 $a", "Reabilitatsiya :", "Reabilitat͡sii͡a :", "letter, tie"),
        ("bad1", "245 $b", "kak eto bylo /", "kak ėto bylo /", "diacritic"),
        ("bad1", "245 $c", "Ulianovsk.", "Ulʹi͡anovsk.", "tie, soft sign"),
    ]
    assert (r.records_in, r.records_out) == (2, 2)


def test_check_ignores_tie_encoding_and_capitalization(tmp_path):
    fe = rec("fe1", ("245", "10", [("6", "880-01"), ("a", "REABILITAT\ufe20S\ufe21II\ufe20A\ufe21")]),
             ("880", "10", [("6", "245-01/(N"), ("a", "Реабилитация")]))
    r = run("check", write(tmp_path / "in.mrc", fe))
    assert r.differences == []


def test_html_report_highlights_differences(tmp_path):
    report = tmp_path / "r.html"
    run("check", write(tmp_path / "in.mrc", BAD), report_path=str(report))
    page = report.read_text(encoding="utf-8")
    assert "<mark>" in page and "bad1" in page and "<table" in page


def test_romanize_builds_model_a_880s(tmp_path):
    src = write(tmp_path / "in.mrc", CYRILLIC_ONLY)
    out = tmp_path / "out.mrc"
    r = run("romanize", src, str(out))
    assert r.changed == 1
    recs = list(pymarc.MARCReader(open(out, "rb"), to_unicode=True))
    assert len(recs) == 1
    m = recs[0]
    assert m.leader[9] == "a"
    f245 = m["245"]
    assert f245.get("6") == "880-02" and f245.get("a") == "Stikhotvorenii͡a i poėmy /"
    assert f245.get("c") == "Marina T͡Svetaeva."
    v = [f for f in m.get_fields("880") if f.get("6").startswith("245")][0]
    assert v.get("6") == "245-02/(N" and v.get("a") == "Стихотворения и поэмы /" and list(v.indicators) == ["1", "0"]
    assert m["100"].get("6") == "880-01" and m["100"].get("a") == "T͡Svetaeva, Marina Ivanovna."
    assert m["264"].get("a") == "Moskva :" and m["264"].get("6") == "880-03"


def test_untouched_records_are_byte_identical_and_counts_hold(tmp_path):
    broken = b"00099nam  2200037   4500" + b"garbage without a directory\x1e\x1d"
    src = write(tmp_path / "in.mrc", ENGLISH, GOOD, broken, CYRILLIC_ONLY, ROMANIZED_ONLY)
    out = tmp_path / "out.mrc"
    r = run("romanize", src, str(out))
    assert (r.records_in, r.records_out, len(r.rejected)) == (5, 4, 1)
    outs = [raw for _, raw in iter_raw(str(out))]
    assert outs[0] == ENGLISH and outs[1] == GOOD and outs[3] == ROMANIZED_ONLY
    assert outs[2] != CYRILLIC_ONLY
    rejects = (tmp_path / "out.mrc.rejects.mrc").read_bytes()
    assert rejects == broken
    assert r.rejected[0][0] == len(ENGLISH) + len(GOOD)


def test_add_880_from_the_reverse_reading(tmp_path):
    src = write(tmp_path / "in.mrc", ROMANIZED_ONLY, ENGLISH)
    out, report = tmp_path / "out.mrc", tmp_path / "r.csv"
    r = run("add-880", src, str(out), report_path=str(report), threshold=0.5)
    m = next(iter(pymarc.MARCReader(open(out, "rb"), to_unicode=True)))
    v = m["880"]
    assert v.get("6") == "245-01/(N" and v.get("a") == "История России :" and v.get("b") == "учебник /"
    assert m["245"].get("6") == "880-01"
    rows = read_csv(report)
    assert rows[0]["record"] == "rom1" and "880 written" in rows[0]["kind"]
    english = [x for x in r.review if x["record"] == "eng1"]
    assert [x["status"] for x in english] == ["skipped"]  # no language code, and not romanized Russian


def test_add_880_lists_low_confidence_fields_for_review(tmp_path):
    odd = rec("odd1", ("245", "10", [("a", "Kozloff Shabasova")]), lang="rus")
    src = write(tmp_path / "in.mrc", odd)
    r = run("add-880", src, str(tmp_path / "o.mrc"), threshold=0.99)
    assert [x["status"] for x in r.review] == ["review"]
    assert r.changed == 0


def test_marc8_record_with_eb_ec_ties(tmp_path):
    # MARC-8 puts each tie half (EB, EC) and the dot (E7) before its letter
    raw = raw_marc8("m8", [("245", b"10\x1f6880-01\x1faReabilita\xebt\xecsi\xebi\xeca :\x1fbkak \xe7eto bylo"),
                           ("880", b"10\x1f6245-01/(N\x1fa\x1b(N\x72\x45\x41\x42\x49\x4c\x49\x54\x41\x43\x49\x51\x1b(B :"
                                   b"\x1fb\x1b(N\x4b\x41\x4b \x5c\x54\x4f \x42\x59\x4c\x4f\x1b(B")])
    assert raw[9:10] == b" "
    m = parse(raw)
    assert m["245"].get("a") == "Reabilitat\ufe20s\ufe21ii\ufe20a\ufe21 :"
    assert m["245"].get("b") == "kak \u0117to bylo"
    assert m["880"].get("a") == "Реабилитация :"
    r = run("check", write(tmp_path / "m8.mrc", raw))
    assert r.differences == [] and r.records_out == 1


def test_dry_run_writes_only_the_report(tmp_path):
    src = write(tmp_path / "in.mrc", CYRILLIC_ONLY)
    out = tmp_path / "out.mrc"
    run("romanize", src, str(out), dry_run=True, report_path=str(tmp_path / "r.csv"))
    assert not out.exists() and (tmp_path / "r.csv").exists()


def test_marcxml_in_and_out(tmp_path):
    r = Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(pymarc.Field(tag="001", data="x1"))
    r.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", "Война и мир")]))
    xml = tmp_path / "in.xml"
    xml.write_bytes(pymarc.record_to_xml(r, namespace=True))
    out = tmp_path / "out.xml"
    run("romanize", str(xml), str(out))
    back = pymarc.parse_xml_to_array(str(out))
    assert back[0]["245"].get("a") == "Voĭna i mir" and back[0]["880"].get("a") == "Война и мир"


def test_jobs_and_dask_give_the_same_report(tmp_path):
    from distributed import Client, LocalCluster

    src = write(tmp_path / "in.mrc", *([GOOD, BAD, CYRILLIC_ONLY] * 40))
    one = run("check", src)
    two = run("check", src, jobs=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as lc, Client(lc) as client:
        three = run("check", src, dask=client)
    rows = lambda r: [d.row() for d in r.differences]  # noqa: E731
    assert rows(one) == rows(two) == rows(three) and len(rows(one)) == 120


def test_cli_marc_check(tmp_path, run_cli):
    src = write(tmp_path / "in.mrc", GOOD, BAD)
    proc = run_cli("marc", "check", src, check=False)
    out = proc.stdout.splitlines()
    assert out[0] == "record,field,found,expected,kind" and len(out) == 4
    assert proc.returncode == 1  # differences found: exit 1, as diff
    proc = run_cli("marc", "romanize", src, check=False)
    assert proc.returncode == 2 and "needs OUT" in proc.stderr
