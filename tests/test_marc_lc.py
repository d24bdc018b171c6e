"""`marc romanize` writes fields as LC catalogues them: case from the source, subfields that are
never romanized, RDA's English phrases, and controlled headings left alone and reported.
Records are built with pymarc, run through the real command path, and read back field by field."""

import csv

import pymarc
from pymarc import Field, Record, Subfield

from translit.marc import FIELDS, converts, is_english_phrase, run


def rec(control: str, *fields: tuple[str, str, list[tuple[str, str]]]) -> bytes:
    r = Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(pymarc.Field(tag="001", data=control))
    for tag, ind, subs in fields:
        r.add_field(Field(tag=tag, indicators=list(ind), subfields=[Subfield(c, v) for c, v in subs]))
    return r.as_marc()


def romanized(tmp_path, *records: bytes, report: bool = False):
    src = tmp_path / "in.mrc"
    src.write_bytes(b"".join(records))
    out = tmp_path / "out.mrc"
    rep = tmp_path / "report.csv"
    result = run("romanize", str(src), str(out), report_path=str(rep) if report else None)
    recs = {r["001"].value(): r for r in pymarc.MARCReader(open(out, "rb"), to_unicode=True)}
    rows = list(csv.DictReader(open(rep, encoding="utf-8"))) if report else []
    return result, recs, rows


def subs(field) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in field.subfields if s.code != "6"]


def test_cataloguer_cased_title_keeps_its_capitals_and_lowers_other_title_information(tmp_path):
    _, recs, _ = romanized(tmp_path, rec(
        "r1", ("245", "10", [("a", "Реабилитация :"), ("b", "Как это было : документы Президиума ЦК КПСС /"),
                             ("c", "Составитель А. Н. Яковлев.")])))
    f = recs["r1"]["245"]
    assert subs(f) == [("a", "Reabilitat͡sii͡a :"), ("b", "kak ėto bylo : dokumenty Prezidiuma T͡SK KPSS /"),  # LC: Izvestii͡a T͡SK KPSS
                       ("c", "Sostavitelʹ A. N. I͡Akovlev.")]  # $c, mostly names, keeps the source's case
    v = recs["r1"]["880"]
    assert v.get("b") == "Как это было : документы Президиума ЦК КПСС /"  # the 880 keeps the source


def test_all_caps_and_title_case_sources_get_catalogue_case(tmp_path):
    _, recs, _ = romanized(
        tmp_path,
        rec("caps", ("245", "10", [("a", "ПУТЕШЕСТВИЕ ИЗ ПЕТЕРБУРГА В МОСКВУ :"), ("b", "ИЗБРАННОЕ")])),
        rec("title", ("245", "10", [("a", "Записки Из Мертвого Дома :"), ("b", "Роман В Двух Частях")])),
        rec("pub", ("264", " 1", [("a", "МОСКВА :"), ("b", "НАУКА,"), ("c", "1990.")])),
        rec("unknown", ("245", "10", [("a", "Письма Из Рикунска :"), ("b", "Дневник Псурцева")])),
        rec("names", ("100", "1 ", [("a", "ЦВЕТАЕВА, МАРИНА ИВАНОВНА.")]),
            ("700", "1 ", [("a", "Псурцев, Николай Рикунович.")])))
    assert subs(recs["caps"]["245"]) == [("a", "Puteshestvie iz Peterburga v Moskvu :"), ("b", "izbrannoe")]
    assert subs(recs["title"]["245"]) == [("a", "Zapiski iz mertvogo doma :"), ("b", "roman v dvukh chasti͡akh")]
    assert subs(recs["pub"]["264"]) == [("a", "Moskva :"), ("b", "Nauka,"), ("c", "1990.")]
    # a capitalized word the dictionary does not know is a name and keeps its capital
    assert subs(recs["unknown"]["245"]) == [("a", "Pisʹma iz Rikunska :"), ("b", "dnevnik Psurt͡seva")]
    # personal names: catalogue case only for capitals; a title-case name is the name as written
    assert recs["names"]["100"].get("a") == "T͡Svetaeva, Marina Ivanovna."
    assert recs["names"]["700"].get("a") == "Psurt͡sev, Nikolaĭ Rikunovich."


def test_other_title_information_starting_with_a_name_or_after_equals_keeps_its_capital(tmp_path):
    _, recs, _ = romanized(
        tmp_path,
        rec("n1", ("245", "10", [("a", "Лицей :"), ("b", "Пушкин и его друзья")])),
        rec("n2", ("245", "10", [("a", "История России ="), ("b", "Краткий курс")])),
        rec("n3", ("246", "3 ", [("a", "Москва :"), ("b", "Путеводитель по улицам")])))
    assert recs["n1"]["245"].get("b") == "Pushkin i ego druzʹi͡a"
    assert recs["n2"]["245"].get("b") == "Kratkiĭ kurs"
    assert recs["n3"]["246"].get("b") == "putevoditelʹ po ulit͡sam"


def test_publishers_in_title_case_are_names_of_bodies(tmp_path):
    _, recs, _ = romanized(tmp_path, rec("p1", ("264", " 1", [("a", "Санкт-Петербург :"), ("b", "Нестор-История,"),
                                                               ("c", "2019.")])))
    assert subs(recs["p1"]["264"]) == [("a", "Sankt-Peterburg :"), ("b", "Nestor-Istorii͡a,"), ("c", "2019.")]


def test_subfields_never_romanized(tmp_path):
    _, recs, rows = romanized(tmp_path, rec(
        "s1",
        ("700", "1 ", [("a", "Яковлев, Александр Николаевич,"), ("e", "составитель."), ("4", "com")]),
        ("490", "1 ", [("a", "Россия. XX век"), ("x", "1234-5678"), ("v", "вып. 3")]),
        ("650", " 0", [("a", "Реабилитация"), ("z", "Soviet Union"), ("x", "History.")])), report=True)
    r = recs["s1"]
    assert subs(r["700"]) == [("a", "I͡Akovlev, Aleksandr Nikolaevich,"), ("e", "составитель."), ("4", "com")]
    assert subs(r["490"]) == [("a", "Rossii͡a. XX vek"), ("x", "1234-5678"), ("v", "vyp. 3")]
    assert subs(r["650"]) == [("a", "Reabilitat͡sii͡a"), ("z", "Soviet Union"), ("x", "History.")]
    kept = [x for x in rows if x["field"] == "700"]
    assert len(kept) == 1 and "$e kept in Cyrillic" in kept[0]["kind"]


def test_rda_english_phrases_are_never_read_as_russian(tmp_path):
    for phrase in ("[publisher not identified],", "[Place of publication not identified] :",
                   "[date of publication not identified]", "[distributor not identified]"):
        assert is_english_phrase(phrase) and not converts("264", "b", phrase)
    assert not is_english_phrase("Издательство :") and converts("264", "b", "Издательство :")
    src = tmp_path / "rom.mrc"
    src.write_bytes(rec("e1", ("264", " 1", [("a", "[Place of publication not identified] :"),
                                             ("b", "[publisher not identified],"), ("c", "1999.")]),
                        ("245", "10", [("a", "Istoriia Rossii :"), ("b", "uchebnik /")])))
    out = tmp_path / "out.mrc"
    run("add-880", str(src), str(out), threshold=0.0)
    m = next(iter(pymarc.MARCReader(open(out, "rb"), to_unicode=True)))
    v264 = [f for f in m.get_fields("880") if f.get("6").startswith("264")]
    # nothing in the imprint reads as Russian, so it gets no 880 at all; the title does
    assert v264 == [] and m["264"].get("b") == "[publisher not identified],"
    assert [f.get("a") for f in m.get_fields("880")] == ["История России :"]


def test_controlled_headings_are_not_rewritten_but_reported(tmp_path):
    uri = "http://id.loc.gov/authorities/names/n79021164"
    result, recs, rows = romanized(tmp_path, rec(
        "c1",
        ("100", "1 ", [("a", "Толстой, Лев,"), ("d", "1828-1910."), ("0", uri)]),
        ("245", "10", [("a", "Война и мир")]),
        ("700", "1 ", [("a", "Бирюков, Павел Иванович."), ("1", "http://www.wikidata.org/entity/Q4084488")])),
        report=True)
    r = recs["c1"]
    assert subs(r["100"]) == [("a", "Толстой, Лев,"), ("d", "1828-1910."), ("0", uri)]
    assert subs(r["700"]) == [("a", "Бирюков, Павел Иванович."), ("1", "http://www.wikidata.org/entity/Q4084488")]
    assert r["100"].get("6") is None and [f.get("6") for f in r.get_fields("880")] == ["245-01/(N"]
    assert r["245"].get("a") == "Voĭna i mir"
    controlled = {x["field"]: x for x in result.review if x["status"] == "controlled"}
    assert controlled["100"]["romanized"] == f"Tolstoĭ, Lev, 1828-1910. {uri}"
    assert controlled["700"]["romanized"].startswith("Biri͡ukov, Pavel Ivanovich.")
    assert {x["field"] for x in rows if "controlled heading" in x["kind"]} == {"100", "700"}


def test_check_marks_differences_in_controlled_headings(tmp_path):
    src = tmp_path / "in.mrc"
    src.write_bytes(rec(
        "k1",
        ("100", "1 ", [("6", "880-01"), ("a", "Tolstoy, Leo,"), ("e", "author."),
                       ("0", "http://id.loc.gov/authorities/names/n79021164")]),
        ("245", "10", [("6", "880-02"), ("a", "Voina i mir")]),
        ("880", "1 ", [("6", "100-01/(N"), ("a", "Толстой, Лев,"), ("e", "автор.")]),
        ("880", "10", [("6", "245-02/(N"), ("a", "Война и мир")])))
    report = run("check", str(src))
    by_field = {d.field: d for d in report.differences}
    assert "controlled heading" in by_field["100 $a"].kind and by_field["100 $a"].expected == "Tolstoĭ, Lev,"
    assert "controlled" not in by_field["245 $a"].kind
    assert "100 $e" not in by_field  # relator terms are English: never compared with the 880


def test_the_data_file_drives_the_selection():
    assert FIELDS["245"].lower_first and "c" in FIELDS["245"].convert
    for tag, rule in FIELDS.items():
        assert not set(rule.convert) & set("0123456789uwx4"), tag
        assert set(rule.recase) <= set(rule.convert), tag
        # 740 (an uncontrolled title) and the linking entries 760-787 are not access points
        assert rule.controlled == ((tag[0] in "1678" or tag == "240") and tag != "740"
                                   and not "760" <= tag <= "787"), tag
