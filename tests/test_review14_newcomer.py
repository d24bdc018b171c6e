"""A historian's working day with translit (review14), the rough edges found and fixed:

- ``convert --json`` (and the API) gave a line in another language than Russian (a Ukrainian or
  Bulgarian title inside an English article) without ``spans``, and, read as a document, without
  ``"document"``: every line now has the same keys, and its spans written into its input give its
  output, as a Russian line's do;
- ``gloss`` split a number written with its case ending (1990-е годы, 17-го, в 2-х томах) into the
  number and a word "е" glossed "be" or "го" glossed "go (?)": it is one word, glossed 1990s, 17th, 2;
- ``cluster`` wrote the representative of a cluster of Ukrainian, Belarusian or Bulgarian headings
  in the Russian tables (Lavrynenko, I͡Uriĭ. Rozstriliane vidrodzhennii͡a): it is written in the
  cluster's own language.

Each through the real command line in a subprocess and, where the API answers it, a real server on
127.0.0.1.
"""

import json

import httpx
import pytest

from conftest import live_server
from translit.langs.api import splice
from translit.web.app import create_app


@pytest.fixture(scope="module")
def server():
    with live_server(create_app()) as base:
        yield base


def _objects(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def _spliced(obj: dict) -> str:
    return splice(obj["input"], [(s["start"], s["end"], s["output"]) for s in obj["spans"]])


# -- convert: one shape for every line, whatever its language ---------------------------------------

DOCUMENT = ("Ukrainian historians published Rozstriliane vidrodzhennia, while\n"
            "Lubianka: Stalin i NKVD, 1937-1938 reproduced the correspondence.\n"
            "Narodniiat sud: sbornik dokumenti. Sofiia, 1994.\n"
            "Kalinouski, Kastus. Muzhytskaia prauda. Minsk, 1988.\n")


@pytest.mark.parametrize("to", ["cyrillic", "alalc", "bgn-pcgn"])
def test_every_line_of_a_document_has_the_same_keys(run_cli, to):
    objs = _objects(run_cli("convert", "--to", to, "--json", input=DOCUMENT).stdout)
    assert len(objs) == 4
    assert {o["lang"] for o in objs} >= {"ru", "uk", "bg"}
    for o in objs:
        assert {"input", "output", "to", "spans", "document", "lang", "lang_reason"} <= set(o), o
        assert _spliced(o) == o["output"]
    other = [o for o in objs if o["lang"] != "ru"]
    assert all(o["document"] == {"forms": [], "spellings": {}} for o in other)
    assert all(o["spans"] and all(s["converted"] for s in o["spans"]) for o in other)


@pytest.mark.parametrize("text, lang, word, written", [
    ("Lavrinenko, Iurii. Rozstriliane vidrodzhennia: antolohiia.", "uk", "vidrodzhennia", "відродження"),
    ("Narodniiat sud: sbornik dokumenti. Sofiia, 1994.", "bg", "sbornik", "сборник"),
    ("TsDAHO Ukrainy, f. 1, op. 20, spr. 6212, ark. 5. Kyiv", "uk", "spr.", "спр."),
])
def test_a_line_in_another_language_lists_its_spans(run_cli, text, lang, word, written):
    (obj,) = _objects(run_cli("convert", "--to", "cyrillic", "--json", "--line-by-line", text).stdout)
    assert obj["lang"] == lang and "document" not in obj
    assert {"text": word, "output": written} in [{"text": s["text"], "output": s["output"]} for s in obj["spans"]]
    assert _spliced(obj) == obj["output"]


def test_the_api_answers_the_same_shape(server, run_cli):
    r = httpx.post(server + "/api/convert", json={"text": DOCUMENT.rstrip("\n"), "to": "alalc", "document": True})
    assert r.status_code == 200
    lines = r.json()["lines"]
    assert [sorted(o) for o in lines] == [sorted(o) for o in _objects(run_cli("convert", "--to", "alalc", "--json",
                                                                             input=DOCUMENT).stdout)]
    for text in ("Rozstriliane vidrodzhennia", "Narodniiat sud: sbornik dokumenti", "Muzhytskaia prauda, 1988"):
        one = httpx.post(server + "/api/convert", json={"text": text, "to": "cyrillic"}).json()
        assert "spans" in one and _spliced(one) == one["output"]


# -- gloss: a number with its case ending is one word -----------------------------------------------

@pytest.mark.parametrize("text, line", [
    ("Rossiia v 1990-e gody", "Russia (place) · in · 1990s"),
    ("Очерки истории 1920-х годов", "essays · history · 1920s"),
    ("5-й том", "5th · volume"),
    ("Собрание сочинений в 2-х томах", "collected works · in · 2 · volumes"),
    ("10-е издание", "10th · edition"),
    ("ХХ-го века", "XX · century"),
])
def test_a_number_with_its_ending_is_glossed_as_one_word(run_cli, text, line):
    out = run_cli("gloss", text).stdout.rstrip("\n")
    assert out.split("\tgloss: ")[1] == line


@pytest.mark.parametrize("text, line", [
    ("Стр. 5-10, 1941-1945", "page · 5-10 · 1941-1945"),   # ranges stay numbers
    ("Том 2, 1937", "volume · 2 · 1937"),                   # a number alone
    ("Sbornik statei 1930", "collection · articles · 1930"),
])
def test_numbers_without_an_ending_stay_as_they_were(run_cli, text, line):
    assert run_cli("gloss", text).stdout.rstrip("\n").split("\tgloss: ")[1] == line


def test_the_api_glosses_the_decade_the_same(server):
    words = httpx.post(server + "/api/gloss", json={"text": "v 1930-e gody"}).json()["words"]
    assert [w["line"] for w in words] == ["in", "1930s"]
    assert words[1]["input"] == "1930-e gody" and words[1]["kind"] == "decade"


# -- cluster: the representative in the cluster's own language --------------------------------------

HEADINGS = """Lavrinenko, Iurii. Rozstriliane vidrodzhennia
Lavrynenko, Yurii. Rozstriliane vidrodzhennia
Лавріненко, Юрій. Розстріляне відродження
Narodniiat sud
Narodniyat sad
Народният съд
Каліноўскі, Кастусь. Мужыцкая праўда
Kalinouski, Kastus. Muzhytskaia prauda
Tragediia sovetskoi derevni
Tragedija sovetskoj derevni
"""


def test_each_cluster_is_written_in_its_own_language(run_cli, tmp_path):
    path = tmp_path / "headings.txt"
    path.write_text(HEADINGS, encoding="utf-8")
    clusters = json.loads(run_cli("cluster", str(path), "--json").stdout)
    reps = [c["representative"] for c in clusters]
    assert reps == ["Lavrinenko, I͡Uriĭ. Rozstrili͡ane vidrodz͡henni͡a",   # Ukrainian ALA-LC
                    "Narodnii͡at sŭd",                                      # Bulgarian ъ = ŭ
                    "Kalinoŭski, Kastusʹ. Muz͡hytskai͡a praŭda",          # Belarusian ў = ŭ
                    "Tragedii͡a sovetskoĭ derevni"]                        # Russian, as before


# -- marc: the summary names the notes there are, not every kind of note --------------------------

def _record(ident: str, lang: str, roman: str, cyrillic: str, says_marc8: bool = False) -> bytes:
    """A UTF-8 MARC record: 008 with language ``lang``, a 245 romanized and its 880 in Cyrillic;
    ``says_marc8``: leader/09 says MARC-8 (an export fault the reading goes past)."""
    from pymarc import Field, Record, Subfield

    rec = Record(force_utf8=True)
    rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    rec.add_field(Field(tag="001", data=ident))
    rec.add_field(Field(tag="008", data="900101s1990    ru            000 0 " + lang + " d"))
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("6", "880-01"), Subfield("a", roman)]))
    rec.add_field(Field(tag="880", indicators=["1", "0"], subfields=[Subfield("6", "245-01"), Subfield("a", cyrillic)]))
    raw = rec.as_marc()
    return raw[:9] + b" " + raw[10:] if says_marc8 else raw


def _summary(run_cli, tmp_path, records: list[bytes]) -> str:
    path = tmp_path / "in.mrc"
    path.write_bytes(b"".join(records))
    proc = run_cli("marc", "check", str(path), check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("records, said", [
    ([("1", "srp", "Voĭna i mir", "Война и мир", False)], "1 note (language code overruled; "),
    ([("2", "rus", "Ottepelʹ", "Оттепель", True)], "1 note (export fault read past; "),
    ([("3", "ukr", "Byloe i dumy", "Былое и думы", False), ("4", "rus", "Matʹ", "Мать", True)],
     "2 notes (language code overruled: 1, export fault read past: 1; "),
])
def test_the_marc_summary_names_only_the_notes_there_are(run_cli, tmp_path, records, said):
    line = _summary(run_cli, tmp_path, [_record(*r) for r in records])
    assert said in line, line
    assert "letters left in Cyrillic" not in line


@pytest.mark.parametrize("roman, cyrillic", [("Voĭna i mir", "Война и мир"), ("Ottepelʹ", "Оттепель"),
                                             ("Tikhiĭ Don", "Тихий Дон")])
def test_a_record_without_notes_has_no_notes_in_its_summary(run_cli, tmp_path, roman, cyrillic):
    line = _summary(run_cli, tmp_path, [_record("9", "rus", roman, cyrillic)])
    assert line.endswith("0 fields for review"), line  # no notes counted after the fields
