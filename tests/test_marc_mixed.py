"""`translit marc` on a messy mixed-language export (tests/data/mixed_marc.py): six Cyrillic
languages with right and wrong language codes, 880s present for some fields and not others,
broken $6 links, MARC-8 and UTF-8 in every form, English notes, and export damage; the records
are real binary MARC built with pymarc's tables, run through the real commands, the CLI and the
HTTP API."""

import csv
import os
import re
import sys
import unicodedata
from pathlib import Path

import httpx
import pymarc
import pytest
from pymarc import Field, Record, Subfield

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

import mixed_marc as mm  # noqa: E402

from translit.marc import iter_raw, parse_reporting, run  # noqa: E402
from translit.normalize import fold_ties  # noqa: E402

BY_ID = {r.id: r for r in mm.RECORDS}
DAMAGED = ("ru-bad-directory", "ru-cut")  # the two records no reading can save


def norm(s: str) -> str:
    return unicodedata.normalize("NFC", fold_ties(unicodedata.normalize("NFC", s)))


def variant(rid: str, **changes) -> mm.R:
    """A record of the material with other damage, charset or codes (a copy)."""
    import copy

    r = copy.deepcopy(BY_ID[rid])
    for k, v in changes.items():
        setattr(r, k, v)
    return r


def write(tmp_path, records, name="in.mrc") -> str:
    p = tmp_path / name
    p.write_bytes(mm.file_bytes(records) if isinstance(records, list) else records)
    return str(p)


def read_out(path) -> dict[str, Record]:
    out = {}
    for raw in (raw for _, raw in iter_raw(str(path))):
        rec = parse_reporting(raw)[0]
        out[rec["001"].value()] = rec
    return out


def subs(f) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in f.subfields if s.code != "6"]


def linked_880(rec, f):
    occ = f.get("6")[4:6]
    return [v for v in rec.get_fields("880") if v.get("6", "").startswith(f"{f.tag}-{occ}")][0]


def expect_romanized(rec, r: mm.R, tags=None):
    """Every field of ``r`` (or of ``tags``) holds the hand-written ALA-LC, its 880 the Cyrillic."""
    for f in r.fields:
        if tags and f.tag not in tags:
            continue
        out = rec[f.tag]
        assert [(c, norm(v)) for c, v in subs(out)] == [(c, norm(rv)) for c, _, rv in f.subs], (r.id, f.tag)
        vern = linked_880(rec, out)
        assert [(c, norm(v)) for c, v in subs(vern)] == [(c, norm(cv if cv is not None else rv))
                                                        for c, cv, rv in f.subs], (r.id, f.tag)


def report_rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(open(path, encoding="utf-8")))


# -- the whole file: counts, rejects, atomic output ----------------------------------------------------

@pytest.mark.parametrize("command", ["check", "romanize", "add-880"])
def test_whole_file_counts_hold_and_only_the_unreadable_are_rejected(tmp_path, command):
    src = write(tmp_path, mm.RECORDS)
    out = tmp_path / "out.mrc"
    report = tmp_path / "report.csv"
    r = run(command, src, str(out) if command != "check" else None, report_path=str(report))
    assert r.records_in == len(mm.RECORDS) == r.records_out + len(r.rejected)
    assert len(r.rejected) == 2
    reasons = [reason for _, reason in r.rejected]
    assert "bad directory: entry 2 (tag '008')" in reasons[0]
    assert "no record terminator" in reasons[1]
    rejects = Path(r.rejects_path).read_bytes()
    assert rejects == mm.build(BY_ID["ru-bad-directory"]) + mm.build(BY_ID["ru-cut"])
    if command != "check":
        got = read_out(out)
        assert list(got) == [x.id for x in mm.RECORDS if x.id not in DAMAGED]  # order kept
    # nothing half-written is left beside the outputs
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["in.mrc", "report.csv", Path(r.rejects_path).name] + (["out.mrc"] if command != "check" else []))


def test_cli_reports_each_rejected_record_and_goes_on(tmp_path, run_cli):
    src = write(tmp_path, mm.RECORDS)
    proc = run_cli("marc", "romanize", src, str(tmp_path / "o.mrc"))
    rejected = [ln for ln in proc.stderr.splitlines() if "rejected:" in ln]
    assert len(rejected) == 2 and "bad directory" in rejected[0] and "cut off" in rejected[1]
    assert "25 records in, 23 out" in proc.stderr and "2 rejected" in proc.stderr
    # three codes overruled (uk, be, mk), a length miscount, leader/09 wrong both ways
    assert "6 notes (language code overruled" in proc.stderr


# -- export faults read past -------------------------------------------------------------------

@pytest.mark.parametrize("rid", ["ru-cyr-nfd", "uk-coded-rus", "bg-041-only", "mk-coded-bul"])
def test_leader_length_counted_in_characters_is_read(tmp_path, rid):
    r = variant(rid, damage="length-chars")
    raw = mm.build(r)
    assert int(raw[:5]) < len(raw)  # the export counted characters, not bytes
    out = tmp_path / "out.mrc"
    rep = run("romanize", write(tmp_path, [r]), str(out), report_path=str(tmp_path / "r.csv"))
    assert (rep.records_out, rep.changed, rep.rejected) == (1, 1, [])
    rec = read_out(out)[rid]
    expect_romanized(rec, r)
    assert out.read_bytes()[:5] == b"%05d" % out.stat().st_size  # written back with its true length
    assert any(x["kind"].startswith("length: the leader says") for x in report_rows(tmp_path / "r.csv"))


@pytest.mark.parametrize("fault,spoil", [
    ("bad directory: entry 3", lambda raw: raw[:24 + 24 + 3] + b"9999" + raw[24 + 24 + 7:]),   # runs past the data
    ("bad leader: base address", lambda raw: raw[:12] + b"00031" + raw[17:]),
    ("not a multiple of 12", lambda raw: raw[:12] + b"%05d" % (int(raw[12:17]) - 5) + raw[17:24]
     + raw[24:int(raw[12:17]) - 6] + raw[int(raw[12:17]) - 1:]),
    ("runs to byte", lambda raw: b"%05d" % (len(raw) - 40) + raw[5:-40] + b"\x1d"),  # bytes lost inside
])
def test_a_damaged_record_in_the_middle_is_rejected_with_its_reason_and_the_run_goes_on(tmp_path, fault, spoil):
    good = [BY_ID["ru-lotman"], BY_ID["uk-hrushevsky"]]
    bad = spoil(mm.build(BY_ID["sr-corovic"]))
    data = mm.build(good[0]) + bad + mm.build(good[1])
    out = tmp_path / "out.mrc"
    r = run("add-880", write(tmp_path, data), str(out))
    assert (r.records_in, r.records_out, len(r.rejected)) == (3, 2, 1)
    assert fault in r.rejected[0][1] and r.rejected[0][0] == len(mm.build(good[0]))
    assert out.read_bytes() == mm.build(good[0]) + mm.build(good[1])  # untouched: byte for byte
    assert Path(r.rejects_path).read_bytes() == bad


@pytest.mark.parametrize("rid", ["ru-utf8-says-marc8", "uk-coded-rus", "sr-scc"])
def test_utf8_record_whose_leader_says_marc8_is_read_as_utf8(tmp_path, rid):
    r = variant(rid, damage="says-marc8")
    assert mm.build(r)[9:10] == b" "
    out = tmp_path / "out.mrc"
    rep = run("romanize", write(tmp_path, [r]), str(out), report_path=str(tmp_path / "r.csv"))
    rec = read_out(out)[rid]
    expect_romanized(rec, r)
    assert rec.leader[9] == "a"
    assert any("leader/09 says MARC-8 but the record is UTF-8" in x["kind"] for x in report_rows(tmp_path / "r.csv"))
    assert rep.changed == 1


@pytest.mark.parametrize("rid", ["ru-marc8", "be-kolas", "uk-marc8"])
def test_marc8_record_whose_leader_says_utf8_is_read_as_marc8(tmp_path, rid):
    r = variant(rid, damage="says-utf8")
    raw = mm.build(r)
    assert raw[9:10] == b"a" and b"\x1b(N" in raw
    rep = run("check", write(tmp_path, [r]), report_path=str(tmp_path / "r.csv"))
    assert rep.rejected == [] and rep.differences == []  # its romanization is right: nothing to report
    assert any("leader/09 says UTF-8 but the record is MARC-8" in x["kind"] for x in report_rows(tmp_path / "r.csv"))
    rec = parse_reporting(raw)[0]
    expect_romanized(rec, r)


def test_bytes_that_are_neither_utf8_nor_marc8_are_still_rejected(tmp_path):
    r = variant("ru-lotman")
    raw = bytearray(mm.build(r))
    i = raw.index("Беседы".encode())
    raw[i:i + 2] = b"\xff\xfe"  # not UTF-8, and 0xFF/0xFE are no MARC-8 character either
    rep = run("check", write(tmp_path, bytes(raw)))
    assert len(rep.rejected) == 1 and "not" in rep.rejected[0][1]


# -- MARC-8 and UTF-8 forms of the same letters ------------------------------------------------------

@pytest.mark.parametrize("rid", ["ru-lotman", "ru-marc8", "uk-hrushevsky", "uk-marc8", "be-kolas", "bg-mladenov",
                                 "sr-corovic", "mk-koneski", "ru-arabic"])
def test_correct_romanizations_are_not_reported_in_any_encoding(tmp_path, rid):
    """U+FE20/FE21 halves (ru-lotman), MARC-8 escapes and combining marks before their letter
    (ru-marc8, uk-marc8 with extended Cyrillic, be-kolas), decomposed UTF-8 (uk-hrushevsky),
    an Arabic-script 880 (ru-arabic): each agrees with its 880 in its own language's table."""
    r = BY_ID[rid]
    rep = run("check", write(tmp_path, [r]), report_path=str(tmp_path / "r.csv"))
    assert rep.differences == [] and rep.rejected == []
    assert rep.records_out == 1


@pytest.mark.parametrize("rid", ["ru-marc8-cyr", "ru-cyr-nfd", "bg-041-only"])
def test_cyrillic_only_records_in_marc8_and_nfd_are_romanized(tmp_path, rid):
    out = tmp_path / "out.mrc"
    run("romanize", write(tmp_path, [BY_ID[rid]]), str(out))
    rec = read_out(out)[rid]
    expect_romanized(rec, BY_ID[rid])
    assert rec.leader[9] == "a"


# -- language: the code against the record's own letters ---------------------------------------------

@pytest.mark.parametrize("rid,said", [("uk-coded-rus", "Ukrainian"), ("be-coded-rus", "Belarusian"),
                                      ("mk-coded-bul", "Macedonian")])
def test_a_wrong_language_code_is_overruled_by_the_letters(tmp_path, rid, said):
    out = tmp_path / "out.mrc"
    run("romanize", write(tmp_path, [BY_ID[rid]]), str(out), report_path=str(tmp_path / "r.csv"))
    rec = read_out(out)[rid]
    expect_romanized(rec, BY_ID[rid])
    assert not re.search("[\u0400-\u04ff]", rec["245"].value())
    notes = [x["kind"] for x in report_rows(tmp_path / "r.csv") if x["kind"].startswith("language:")]
    assert len(notes) == 1 and f"read as {said}" in notes[0]


def test_obsolete_and_041_only_codes_choose_the_table(tmp_path):
    out = tmp_path / "out.mrc"
    run("romanize", write(tmp_path, [BY_ID["sr-scc"], BY_ID["bg-041-only"]]), str(out))
    got = read_out(out)
    expect_romanized(got["sr-scc"], BY_ID["sr-scc"])
    expect_romanized(got["bg-041-only"], BY_ID["bg-041-only"])


@pytest.mark.parametrize("title,roman", [
    ("Исторія русской литературы", "Istorīi͡a russkoĭ literatury"),        # pre-1918 і is Russian (ī)
    ("Міръ искусства", "Mīrʺ iskusstva"),
    ("Сборникъ статей", "Sbornikʺ stateĭ"),
    ("Объявление о съезде", "Obʺi͡avlenie o sʺezde"),      # the separating sign before е я
    ("Подъезд и объезд", "Podʺezd i obʺezd"),
    ("Субъективный подъём", "Subʺektivnyĭ podʺëm"),
])
def test_old_russian_letters_and_the_separating_sign_keep_a_russian_code(title, roman):
    """Pre-1918 і and final ъ, and ъ before е я, are Russian spelling: the code rus stands."""
    from translit.marc import record_lang_noted, romanize_record

    rec = Record()
    rec.add_field(Field(tag="008", data=mm.c008("rus")))
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]))
    assert record_lang_noted(rec) == ("ru", [])
    romanize_record(rec)
    assert norm(rec["245"]["a"]) == norm(roman)


@pytest.mark.parametrize("lang,title,roman", [
    ("uk", "Нариси з історії Київської Русі", "Narysy z istoriï Kyïvsʹkoï Rusi"),
    ("be", "Гісторыя беларускай мовы ў школе", "Historyi͡a belaruskaĭ movy ŭ shkole"),
    ("sr", "Историја српског народа и Ђурђевдан", "Istorija srpskog naroda i Đurđevdan"),
])
def test_a_field_in_another_language_is_romanized_in_its_own(lang, title, roman):
    """A Russian record (008 rus) with one added title in another language: that field's
    letters are not Russian, so it is read in the language that has them."""
    from translit.marc import romanize_record

    rec = Record()
    rec.add_field(Field(tag="008", data=mm.c008("rus")))
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", "История России")]))
    rec.add_field(Field(tag="246", indicators=["1", " "], subfields=[Subfield("a", title)]))
    romanize_record(rec)
    assert rec["245"]["a"] == "Istorii͡a Rossii"
    assert norm(rec["246"]["a"]) == norm(roman)


def test_language_notes_appear_in_the_check_report(tmp_path):
    src = write(tmp_path, [BY_ID["uk-coded-rus"], BY_ID["ru-lotman"], BY_ID["mk-coded-bul"]])
    run("check", src, report_path=str(tmp_path / "r.csv"))
    notes = {x["record"]: x["kind"] for x in report_rows(tmp_path / "r.csv")}
    assert set(notes) == {"uk-coded-rus", "mk-coded-bul"}
    assert "ї" in notes["uk-coded-rus"] and "ѓ" in notes["mk-coded-bul"]


# -- check: differences and broken links ------------------------------------------------------------

def test_check_reports_the_cataloguers_faults_and_nothing_else(tmp_path):
    src = write(tmp_path, mm.RECORDS)
    r = run("check", src)
    got = {(d.record, d.field, d.found) for d in r.differences if not d.kind.startswith("link")}
    want = {(x.id, f"{f.tag} ${c}", w) for x in mm.RECORDS if not x.damage for f in x.fields for c, w in f.wrong.items()}
    assert got == want and len(want) == 4


def test_check_reports_each_kind_of_broken_link(tmp_path):
    r = run("check", write(tmp_path, [BY_ID["ru-links"]]))
    links = sorted((d.field, d.found, d.kind.split(";")[0]) for d in r.differences)
    assert links == [
        ("245 $6", "880-02", "link: 245 and its 880 (245-06) have different $6 numbers"),
        ("260 $6", "880-03", "link: no 880 has $6 260-03"),
        ("880 $6", "650-07/(N", "link: no 650 field has $6 880-07"),
    ]


@pytest.mark.parametrize("wrong,found_kind", [
    ("Vishnevyi sad :", "diacritic"),     # the pair found by tag is compared all the same
    ("Vishnevyĭ sad :", None),
    ("Vyshnevyĭ sad :", "letter"),
])
def test_a_pair_found_by_tag_is_still_compared(tmp_path, wrong, found_kind):
    r = variant("ru-links")
    r.fields[1].wrong = {"a": wrong}
    rep = run("check", write(tmp_path, [r]))
    kinds = [d.kind for d in rep.differences if d.field == "245 $a"]
    assert kinds == ([found_kind] if found_kind else [])


def test_unlinked_880_with_occurrence_00_is_not_a_broken_link(tmp_path):
    rec = Record(force_utf8=True)
    rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    rec.add_field(Field(tag="001", data="u00"), Field(tag="008", data=mm.c008("rus")))
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", "Istorii͡a")]))
    rec.add_field(Field(tag="880", indicators=["1", "0"], subfields=[Subfield("6", "500-00/(N"),
                                                                      Subfield("a", "Примечание")]))
    r = run("check", write(tmp_path, rec.as_marc()))
    assert r.differences == []


# -- add-880: records with some 880s, English fields beside romanized ones ---------------------------

def test_add_880_completes_a_record_that_has_880s_for_some_fields(tmp_path):
    r = BY_ID["ru-partial"]
    src = write(tmp_path, [r])
    out = tmp_path / "out.mrc"
    run("add-880", src, str(out))
    rec = read_out(out)["ru-partial"]
    before = parse_reporting(mm.build(r))[0]
    assert rec["245"].value() == before["245"].value()  # its own 880 kept as it was
    links = [f.get("6") for f in rec.fields if f.tag != "880" and f.get("6")]
    assert len(links) == len(set(links)) == 4  # new occurrence numbers: no clash with 880-01
    for f in r.fields:
        if f.mode == "rom":
            vern = linked_880(rec, rec[f.tag])
            assert [(c, norm(v)) for c, v in subs(vern)] == [(c, norm(cv or rv)) for c, cv, rv in f.subs]
    # add-880 once more changes nothing: every romanized field has its 880 now
    again = run("add-880", str(out), str(tmp_path / "again.mrc"))
    assert again.changed == 0 and (tmp_path / "again.mrc").read_bytes() == out.read_bytes()


@pytest.mark.parametrize("rid", ["uk-rom", "sr-latin", "ru-partial"])
def test_add_880_writes_each_language_and_leaves_english_alone(tmp_path, rid):
    r = BY_ID[rid]
    out = tmp_path / "out.mrc"
    run("add-880", write(tmp_path, [r, BY_ID["ru-errors"]]), str(out))
    got = read_out(out)
    for f in r.fields:
        if f.mode != "rom":
            continue
        vern = linked_880(got[rid], got[rid][f.tag])
        assert [(c, norm(v)) for c, v in subs(vern)] == [(c, norm(cv or rv)) for c, cv, rv in f.subs]
    for tag, note in r.notes + BY_ID["ru-errors"].notes:  # English notes: untouched, no 880
        rec = got[rid] if (tag, note) in r.notes else got["ru-errors"]
        assert rec[tag]["a"] == note and not rec[tag].get("6")
    whitney = got["ru-errors"]["700"]
    assert whitney.get("6") is None and whitney["4"] == "trl"


# -- MARCXML and the HTTP API take the same file ---------------------------------------------------

def test_marcxml_of_the_file_gives_the_same_findings(tmp_path):
    xml = tmp_path / "mixed.xml"
    xml.write_bytes((Path(mm.HERE) / "mixed_slavic.xml").read_bytes())
    rx = run("check", str(xml))
    rb = run("check", write(tmp_path, [r for r in mm.RECORDS if not r.damage]))
    assert rx.records_in == rb.records_in == len(mm.RECORDS) - 5
    assert [d.row() for d in rx.differences] == [d.row() for d in rb.differences]
    out = tmp_path / "out.xml"
    rr = run("romanize", str(xml), str(out))
    recs = pymarc.parse_xml_to_array(str(out))
    assert len(recs) == rr.records_out == rx.records_in
    uk = [x for x in recs if x["001"].value() == "uk-coded-rus"][0]
    assert norm(uk["264"]["a"]) == "Kyïv :"


def test_http_batch_upload_of_the_mixed_file(tmp_path):
    from conftest import live_server

    from translit.web.app import create_app

    data = mm.file_bytes()
    with live_server(create_app(max_text=20_000, max_upload=2_000_000)) as base:
        c = httpx.Client(base_url=base, timeout=120)
        r = c.post("/api/batch", files={"file": ("export.mrc", data)}, data={"command": "romanize"}).json()
        assert "25 records in, 23 out" in r["summary"] and "2 rejected" in r["summary"]
        out = c.get(r["result"]).content
        report = c.get(r["report"]).text
    p = tmp_path / "out.mrc"
    p.write_bytes(out)
    got = read_out(p)
    assert len(got) == 23
    expect_romanized(got["be-coded-rus"], BY_ID["be-coded-rus"])
    assert "bad directory" in report and "language:" in report
    assert os.path.getsize(p) > 0


@pytest.mark.parametrize("title,lang,roman", [
    ("Людзі на балоце / Іван Мележ.", "be", "Li͡udzi na balotse / Ivan Melez͡h."),
    ("Слово про Ігорів похід / переклад Максима Рильського.", "uk",
     "Slovo pro Ihoriv pokhid / pereklad Maksyma Rylʹsʹkoho."),
    ("Іван Вишенський і його твори.", "uk", "Ivan Vyshensʹkyĭ i ĭoho tvory."),
])
def test_i_in_modern_spelling_is_no_russian_letter(title, lang, roman):
    """і belongs to Russian only in old spelling: in a modern title coded ``rus`` it is
    Ukrainian or Belarusian, whichever identification finds."""
    from translit.marc import record_lang_noted, romanize_record

    rec = Record()
    rec.add_field(Field(tag="008", data=mm.c008("rus")))
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]))
    got, notes = record_lang_noted(rec)
    assert got == lang and len(notes) == 1
    romanize_record(rec)
    assert norm(rec["245"]["a"]) == norm(roman)


# -- MARC-in-JSON ----------------------------------------------------------------------------------

def _json_records():
    import json

    good = [parse_reporting(mm.build(BY_ID[k]))[0].as_dict() for k in ("uk-coded-rus", "ru-lotman", "mk-coded-bul")]
    bad = [{"leader": "short", "fields": []},
           {"leader": "00000nam a2200000 i 4500", "fields": [{"245": {"ind1": "1", "ind2": "0", "subfields": [{"ab": "x"}]}}]},
           {"leader": "00000nam a2200000 i 4500", "fields": [{"24": "x"}]}]
    return good, bad, json


@pytest.mark.parametrize("layout", ["array", "lines", "concatenated"])
def test_marc_in_json_in_every_layout_is_read_romanized_and_written_as_json(tmp_path, layout):
    good, bad, json = _json_records()
    records = [good[0], bad[0], good[1], bad[1], good[2], bad[2]]
    if layout == "array":
        text = json.dumps(records, ensure_ascii=False, indent=1)
    elif layout == "lines":
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    else:
        text = "".join(json.dumps(r) for r in records)
    src = tmp_path / "in.json"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.json"
    r = run("romanize", str(src), str(out))
    assert (r.records_in, r.records_out, len(r.rejected)) == (6, 3, 3)
    assert [p for p, _ in r.rejected] == [2, 4, 6]
    assert "leader is not 24" in r.rejected[0][1] and "subfield 'ab'" in r.rejected[1][1] and "'24'" in r.rejected[2][1]
    got = pymarc.parse_json_to_array(str(out))
    assert [x["001"].value() for x in got] == ["uk-coded-rus", "ru-lotman", "mk-coded-bul"]
    expect_romanized(got[0], BY_ID["uk-coded-rus"])
    expect_romanized(got[2], BY_ID["mk-coded-bul"])
    rejected = [json.loads(ln) for ln in (tmp_path / "out.json.rejects.json").read_text(encoding="utf-8").splitlines()]
    assert rejected == bad


def test_http_upload_of_json_is_marc_or_a_table_by_its_content(tmp_path):
    """A ``.json`` upload is MARC-in-JSON when its first record has a leader and fields (in an
    array, one a line or one after another), and a table of JSON lines otherwise."""
    from conftest import live_server

    from translit.web.app import create_app

    good, bad, json = _json_records()
    layouts = [json.dumps(good + [bad[0]], ensure_ascii=False, indent=1),
               "\n".join(json.dumps(r, ensure_ascii=False) for r in good + [bad[0]]) + "\n",
               "".join(json.dumps(r) for r in [bad[0]] + good)]
    with live_server(create_app(max_text=20_000, max_upload=2_000_000)) as base:
        c = httpx.Client(base_url=base, timeout=120)
        for text in layouts:
            r = c.post("/api/batch", files={"file": ("export.json", text.encode())}, data={"command": "romanize"}).json()
            assert "4 records in, 3 out" in r["summary"] and "1 rejected" in r["summary"], r
            p = tmp_path / "out.json"
            p.write_bytes(c.get(r["result"]).content)
            got = pymarc.parse_json_to_array(str(p))
            assert [x["001"].value() for x in got] == ["uk-coded-rus", "ru-lotman", "mk-coded-bul"]
            expect_romanized(got[0], BY_ID["uk-coded-rus"])
        table = '{"id": 1, "title": "Москва"}\n{"id": 2, "title": "Жуков"}\n'
        r = c.post("/api/batch", files={"file": ("rows.json", table.encode())},
                   data={"command": "romanize", "column": "title"}).json()
        rows = [json.loads(ln) for ln in c.get(r["result"]).text.splitlines()]
        assert [row["id"] for row in rows] == [1, 2] and len(rows[0]) == 3
        no_column = c.post("/api/batch", files={"file": ("rows.json", table.encode())}, data={"command": "romanize"})
        assert no_column.status_code == 422 and "column" in no_column.json()["detail"]
        wrong = c.post("/api/batch", files={"file": ("export.json", layouts[0].encode())}, data={"command": "key"})
        assert wrong.status_code == 422 and "MARC" in wrong.json()["detail"]


@pytest.mark.parametrize("damage,reason", [
    (lambda t: t[: len(t) // 2], "not well-formed"),
    (lambda t: t[:t.rindex('"fields"')] + '"x" ' + t[t.rindex('"fields"'):], "not well-formed"),
    (lambda t: t[:t.rindex("Пулевски")] + "\udcff" + t[t.rindex("Пулевски"):], "not UTF-8"),
])
def test_marc_in_json_that_stops_being_json_keeps_the_records_before(tmp_path, damage, reason):
    good, _, json = _json_records()
    text = damage(json.dumps(good * 3, ensure_ascii=False, indent=1))
    src = tmp_path / "in.json"
    src.write_bytes(text.encode("utf-8", "surrogateescape"))
    r = run("check", str(src))
    assert r.records_in == r.records_out + 1 and r.records_out >= 1
    assert reason in r.rejected[-1][1]


@pytest.mark.parametrize("tag,heading", [
    ("650", [("a", "Poltava, Battle of, Poltava, Ukraine, 1709.")]),       # LCSH, English
    ("650", [("a", "Bataille de Poltava (1709)"), ("2", "rero")]),         # RERO, French
    ("651", [("a", "Moskau"), ("x", "Geschichte.")]),                      # GND, German
])
def test_add_880_leaves_the_agencys_subject_vocabulary_alone(tmp_path, tag, heading):
    r = Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(Field(tag="001", data="subj"), Field(tag="008", data=mm.c008("rus")))
    r.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("6", "880-01"),
                                                                   Subfield("a", "Poltavskai͡a bitva.")]))
    r.add_field(Field(tag="600", indicators=["1", "0"], subfields=[Subfield("a", "Petr I,"), Subfield("c", "Emperor of Russia,"),
                                                                   Subfield("d", "1672-1725.")]))
    r.add_field(Field(tag=tag, indicators=[" ", "0"], subfields=[Subfield(c, v) for c, v in heading]))
    r.add_field(Field(tag="880", indicators=["1", "0"], subfields=[Subfield("6", "245-01/(N"), Subfield("a", "Полтавская битва.")]))
    out = tmp_path / "out.mrc"
    run("add-880", write(tmp_path, r.as_marc()), str(out))
    rec = read_out(out)["subj"]
    assert rec[tag].get("6") is None and [(s.code, s.value) for s in rec[tag].subfields] == heading
    assert len(rec.get_fields("880")) == 1 + (rec["600"].get("6") is not None)


@pytest.mark.parametrize("title,roman,seqs", [
    ("Съвременна българска поезия", "Sŭvremenna bŭlgarska poezii͡a", "ъв ъл"),
    ("Път към себе си", "Pŭt kŭm sebe si", "ъм ът"),
    ("Кратка история на България", "Kratka istorii͡a na Bŭlgarii͡a", "ъл"),
])
def test_a_bulgarian_book_coded_rus_is_read_as_bulgarian_with_a_note(title, roman, seqs):
    """ъ before a consonant is Bulgarian: Russian writes its hard sign only before е ё ю я (or at a
    word's end in the old spelling), so a record coded rus with it is read with the Bulgarian table
    (ъ → ŭ, not ʺ), and the note names the sequences that overruled the code."""
    from translit.marc import record_lang_noted, romanize_record

    rec = Record()
    rec.add_field(Field(tag="008", data=mm.c008("rus")))
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]))
    lang, notes = record_lang_noted(rec)
    assert lang == "bg" and len(notes) == 1
    assert f"has {seqs}, which Russian spelling never writes: read as Bulgarian" in notes[0]
    romanize_record(rec)
    assert norm(rec["245"]["a"]) == norm(roman)


def test_a_bulgarian_record_coded_rus_gets_the_bulgarian_table_and_a_report_note(tmp_path):
    """The whole command on a Cyrillic-only record whose 008 says rus: the title, the author and
    the imprint come out in Bulgarian ALA-LC (Pŭt, Petŭr, not Putʹ / Petʺr), with one language note."""
    T = "\u0361"
    r = mm.R("bg-coded-rus", "bg", "rus", fields=[
        mm.F("245", "10", [("a", "Път към себе си /", "Pŭt kŭm sebe si /"), ("c", "Петър Дънов.", "Petŭr Dŭnov.")],
          mode="cyr"),
        mm.F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Български писател,", "Bŭlgarski pisatel,"),
                        ("c", None, "1991.")], mode="cyr"),
    ])
    out = tmp_path / "out.mrc"
    run("romanize", write(tmp_path, [r]), str(out), report_path=str(tmp_path / "r.csv"))
    rec = read_out(out)["bg-coded-rus"]
    expect_romanized(rec, r)
    notes = [x["kind"] for x in report_rows(tmp_path / "r.csv") if x["kind"].startswith("language:")]
    assert len(notes) == 1 and "which Russian spelling never writes: read as Bulgarian" in notes[0]
