"""`translit marc` on what real mixed-language records hold beyond tests/test_marc_mixed.py: the
records of tests/data/mixed_marc2.py (hand-written ALA-LC, built as binary MARC with pymarc's
tables) run through the real commands, with the real pymorphy3 dictionary and word lists.

The classes: a wrong language code overruled by the marks of romanized fields; English parts
(parallel titles, publishers abroad), Western name headings and Roman numerals kept in Latin in
the 880s of Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian records; quoting notes
("At head of title: …") romanized and read back after their English lead-in; pre-1918 spelling;
repeated fields paired through $6; the romanized case carried into the 880."""

import copy
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

import mixed_marc as mm  # noqa: E402
from mixed_marc2 import STUDY, STUDY2  # noqa: E402

from marc_checks import norm, run_on, subs, vernacular  # noqa: E402

from translit.marc import _western_name, kept_spans, romanized_lang  # noqa: E402

BY_ID = {r.id: r for r in STUDY + STUDY2}


def nth(rec, r: mm.R, f: mm.F):
    """The output field standing for ``f`` (the n-th of its tag in the record)."""
    same = [g for g in r.fields if g.tag == f.tag]
    return rec.get_fields(f.tag)[same.index(f)]


def expect_880(rec, r: mm.R, f: mm.F):
    vern = vernacular(rec, nth(rec, r, f))
    want = [(c, norm(cv if cv is not None else rv, True)) for c, cv, rv in f.subs]
    assert vern is not None, (r.id, f.tag, "no 880")
    assert [(c, norm(v, True)) for c, v in subs(vern)] == want, (r.id, f.tag)
    return vern


# -- a wrong code overruled by the romanized fields' marks --------------------------------------------

@pytest.mark.parametrize("rid,lang", [("s-uk-coded-rus", "Ukrainian"), ("s-be-coded-rus", "Belarusian"),
                                      ("s-bg-coded-rus", "Bulgarian"), ("s-sr-coded-rus", "Serbian"),
                                      ("s-mk-coded-bul", "Macedonian"), ("s2-ru-coded-ukr", "Russian"),
                                      ("s2-bg-coded-mac", "Bulgarian")])
def test_romanized_marks_the_code_lacks_overrule_it(tmp_path, rid, lang):
    r = BY_ID[rid]
    rep, got = run_on(tmp_path, [r], "add-880")
    for f in r.fields:
        expect_880(got[rid], r, f)
    notes = [x["reason"] for x in rep.review if x.get("status") == "language"]
    assert len(notes) == 1 and notes[0].endswith(f"read as {lang}")


@pytest.mark.parametrize("text,code,lang", [
    ("Istorii͡a Ukraïny / Mykhaĭlo Hrushevsʹkyĭ.", "ru", "uk"),   # ï: no Russian table writes it
    ("Bŭlgarski narodni pesni.", "ru", "bg"),                     # ŭ: Belarusian and Bulgarian
    ("Novi Sad : Matica srpska, 1978. Đura Jakšić.", "bg", "sr"),  # đ š: Serbian
])
def test_romanized_lang_names_the_language_whose_table_writes_every_mark(text, code, lang):
    got, note = romanized_lang(text, code)
    assert got == lang and note and "never writes" in note


@pytest.mark.parametrize("text,code", [
    ("Voĭna i mir / L.N. Tolstoĭ.", "ru"),              # its own table's marks
    ("Pod igoto / Ivan Vazov.", "bg"),                  # no marks at all: the code stands
    ("Les Misérables / Victor Hugo.", "ru"),            # é: no Slavic table writes it, no evidence
    # ï ë are French letters too: in a word no language writing them knows, no evidence
    ("Le russe tout de suite! / par Lydia Vaïsser. Russkiĭ i͡azyk srazu", "ru"),
    ("Noël / Olesʹ Honchar.", "uk"),
    ("Raphaël / Ivan Vazov.", "bg"),
])
def test_a_code_stands_when_the_marks_do_not_contradict_it(text, code):
    assert romanized_lang(text, code) == (code, None)


# -- English, Western names and numerals kept in Latin in the 880 ------------------------------------

@pytest.mark.parametrize("rid", ["s-uk-parallel", "s-bg-parallel", "s-sr-english", "s-mk-english", "s2-be-english"])
def test_english_parallel_titles_and_publishers_stay_latin_in_the_880(tmp_path, rid):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "add-880")
    for f in r.fields:
        if all(cv is None for _, cv, _ in f.subs):
            continue
        vern = expect_880(got[rid], r, f)
        english = [v for (c, cv, rv), (_, v) in zip(f.subs, subs(vern)) if cv is None]
        assert english and all(not re.search("[\u0400-\u04ff]", v) for v in english)


@pytest.mark.parametrize("rid", ["s-uk-parallel", "s-bg-parallel", "s-sr-english", "s-mk-english", "s-ru-repeated"])
def test_western_name_headings_get_no_880(tmp_path, rid):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "add-880")
    western = [f for f in r.fields if f.tag == "700" and all(cv is None for _, cv, _ in f.subs)]
    assert western
    for f in western:
        out = nth(got[rid], r, f)
        assert out.get("6") is None and vernacular(got[rid], out) is None


@pytest.mark.parametrize("rid", ["s-uk-honchar", "s-uk-coded-rus", "s-sr-skerlic"])
def test_slavic_name_headings_and_statements_still_get_their_880(tmp_path, rid):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "add-880")
    for f in r.fields:
        expect_880(got[rid], r, f)


@pytest.mark.parametrize("lang,slavic,western", [
    ("uk", ["Franko, Ivan", "Zabuzhko, Oksana", "Tychyna, Pavlo", "Koval, Roman"],
     ["Snyder, Timothy", "Fitzpatrick, Sheila", "Mills, Charles"]),
    ("be", ["Karatkevich, Uladzimir", "Melezh, Ivan", "Brovka, Piatro"],
     ["Pipes, Richard", "Davies, Norman", "Lewis, Paul"]),
    ("bg", ["Vazov, Ivan", "Radichkov, Iordan", "Karaslavov, Georgi"],
     ["Kennan, George F.", "Brown, Robert", "Hart, Henry"]),
    ("sr", ["Tesla, Nikola", "Popa, Vasko", "Matavulj, Simo"],
     ["Snyder, Timothy", "Lewis, Paul", "Pribichevich, Stoyan"]),
    ("mk", ["Janevski, Slavko", "Pendovski, Branko", "Todorovski, Gane"],
     ["Friedman, Victor A.", "Kennan, George F.", "Frank, Joseph"]),
])
def test_western_name_headings_are_told_from_slavic_ones(lang, slavic, western):
    assert [n for n in slavic if _western_name(n, lang)] == []
    assert [n for n in western if not _western_name(n, lang)] == []


class _Reading:
    def __init__(self, text, words):
        self.input, self.words = text, words


class _Word:
    def __init__(self, text, m, cyr):
        self.input, self.start, self.end, self.cyrillic = m.group(), m.start(), m.end(), cyr


@pytest.mark.parametrize("rid,fields", [
    ("s2-uk-no-code", None),
    ("t-bg-no-code", [mm.F("245", "10", [("a", "Български народни песни /", "Bŭlgarski narodni pesni /"),
                                         ("c", "събрал Христо Вакарелски.", "sŭbral Khristo Vakarelski.")], mode="rom")]),
    ("t-sr-no-code", [mm.F("245", "10", [("a", "Српске народне пјесме /", "Srpske narodne pjesme /"),
                                         ("c", "Вук Стефановић Караџић.", "Vuk Stefanović Karadžić.")], mode="rom")]),
])
def test_a_record_without_a_code_is_read_in_the_language_its_marks_name(tmp_path, rid, fields):
    r = BY_ID[rid] if fields is None else mm.R(rid, "", "   ", fields=fields)
    rep, got = run_on(tmp_path, [r], "add-880")
    for f in r.fields:
        expect_880(got[rid], r, f)


def test_a_record_without_a_code_and_without_slavic_marks_is_still_left(tmp_path):
    r = mm.R("t-fr", "", "   ", fields=[mm.F("245", "10", [("a", None, "Les Misérables /"), ("c", None, "Victor Hugo.")],
                                                 mode="rom")])
    rep, got = run_on(tmp_path, [r], "add-880")
    assert got["t-fr"].get_fields("880") == [] and rep.changed == 0


@pytest.mark.parametrize("text,lang", [("Srpska književnost u XVIII veku", "sr"),
                                       ("Petar II Petrović Njegoš", "sr"),
                                       ("Belaruskai͡a litaratura ŭ XX stahoddzi", "be"),
                                       ("Istorii͡a SSSR v XIX-XX vv.", "ru")])
def test_roman_numerals_are_kept_in_every_language(text, lang):
    from translit.langs.reader import WORD_RE

    words = [_Word(text, m, m.group()) for m in WORD_RE.finditer(text)]
    kept = kept_spans("245", [("a", text, (0, len(text)))], _Reading(text, words), lang)
    numerals = re.findall(r"\b[XVI]{2,}\b", text)
    assert numerals and sorted(text[a:b] for a, b in kept if text[a:b] in numerals) == sorted(numerals)
    assert all(text[a:b] in numerals for a, b in kept)  # nothing else in these titles stays Latin


@pytest.mark.parametrize("rid", ["s-sr-skerlic", "s-be-coded-rus", "s-sr-coded-rus"])
def test_roman_numerals_stay_in_the_880(tmp_path, rid):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "add-880")
    vern = expect_880(got[rid], r, r.fields[0])
    assert re.search(r"\b[XVI]{2,}\b", vern.value())


# -- quoting notes: "At head of title: …" ----------------------------------------------------------

@pytest.mark.parametrize("rid", ["s-ru-head", "s-bg-head", "s2-sr-head-cyr"])
def test_quoting_notes_are_romanized_after_their_english_lead_in(tmp_path, rid):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "romanize")
    f = [f for f in r.fields if f.tag == "500"][0]
    out = nth(got[rid], r, f)
    assert [(c, norm(v)) for c, v in subs(out)] == [(c, norm(rv)) for c, _, rv in f.subs]
    vern = vernacular(got[rid], out)
    assert [(c, v) for c, v in subs(vern)] == [(c, cv) for c, cv, _ in f.subs]


@pytest.mark.parametrize("rid", ["s-uk-head", "s-ru-old-rda", "s2-mk-head"])
def test_quoting_notes_get_an_880_with_the_lead_in_in_english(tmp_path, rid):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "add-880")
    f = [f for f in r.fields if f.tag == "500"][0]
    vern = expect_880(got[rid], r, f)
    assert vern["a"].startswith("At head of title: ")


def test_english_notes_without_a_lead_in_are_left_byte_for_byte(tmp_path):
    """A record of Cyrillic-language fields with the cataloguer's own notes: romanize and add-880
    leave each note as it was and give none an 880."""
    notes = ["Includes bibliographical references (p. 301-315) and index.",
             "Translated from the Ukrainian.", "Title from cover; imprint varies."]
    for i, (base, mode) in enumerate([("s-uk-honchar", "rom"), ("s-bg-coded-rus", "rom"), ("s-ru-parallel-cyr", "cyr")]):
        r = copy.deepcopy(BY_ID[base])
        r.notes = [("500", notes[i])]
        for command in ("romanize", "add-880"):
            _, got = run_on(tmp_path, [r], command)
            note = got[r.id]["500"]
            assert note["a"] == notes[i] and note.get("6") is None


# -- pre-1918 spelling ---------------------------------------------------------------------------

def test_pre_1918_cyrillic_is_romanized_with_its_old_letters(tmp_path):
    r = BY_ID["s-ru-old-cyr"]
    _, got = run_on(tmp_path, [r], "romanize")
    for f in r.fields:
        assert [(c, norm(v)) for c, v in subs(nth(got[r.id], r, f))] == [(c, norm(rv)) for c, _, rv in f.subs]


@pytest.mark.parametrize("rid,tags", [("s-ru-old-rom", ("245", "264")), ("s-ru-old-rda", ("264", "500"))])
def test_pre_1918_romanizations_are_read_back_in_old_spelling(tmp_path, rid, tags):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "add-880")
    for f in r.fields:
        if f.tag in tags:
            expect_880(got[rid], r, f)


# -- repeated fields, $6 pairing, case -------------------------------------------------------------

def test_repeated_fields_each_get_their_own_880_number(tmp_path):
    r = BY_ID["s-ru-repeated"]
    _, got = run_on(tmp_path, [r], "add-880")
    rec = got[r.id]
    links = [f.get("6") for f in rec.fields if not f.is_control_field() and f.tag != "880" and f.get("6")]
    assert len(links) == len(set(links)) == 4  # 100 (already paired), 245, two 700s
    for f in r.fields:
        if f.mode == "rom" and any(cv for _, cv, _ in f.subs):
            expect_880(rec, r, f)


def test_repeated_cyrillic_fields_are_romanized_each_with_its_own_880(tmp_path):
    r = BY_ID["s-uk-repeated-cyr"]
    _, got = run_on(tmp_path, [r], "romanize")
    rec = got[r.id]
    for f in r.fields:
        out = nth(rec, r, f)
        assert [(c, norm(v)) for c, v in subs(out)] == [(c, norm(rv)) for c, _, rv in f.subs]
        assert [(c, v) for c, v in subs(vernacular(rec, out))] == [(c, cv if cv is not None else rv)
                                                                   for c, cv, rv in f.subs]


@pytest.mark.parametrize("rid", ["s-ru-case", "s-uk-honchar", "s-sr-skerlic"])
def test_the_880_takes_the_romanized_case(tmp_path, rid):
    r = BY_ID[rid]
    _, got = run_on(tmp_path, [r], "add-880")
    for f in r.fields:
        if all(cv is None for _, cv, _ in f.subs):
            continue
        vern = vernacular(got[rid], nth(got[rid], r, f))
        assert [(c, norm(v)) for c, v in subs(vern)] == [(c, norm(cv if cv is not None else rv)) for c, cv, rv in f.subs]
        assert vern.indicators == nth(got[rid], r, f).indicators


# -- check: the same records with their 880s raise no false alarm -------------------------------------

def test_check_raises_no_false_alarm_on_the_study_records_paired():
    import tempfile

    paired = []
    # s2-ru-coded-ukr is left out: its imprint "Киев : Наукова думка" (a Kyiv publisher's Ukrainian
    # name in a Russian book) has no letter either language lacks, and identification ranks it
    # Ukrainian (Kyev); which table a field of two languages takes is not settled here
    for r in [r for r in STUDY + STUDY2 if r.id != "s2-ru-coded-ukr"]:
        r = copy.deepcopy(r)
        for f in r.fields:
            f.mode = "pair"
        paired.append(r)
    with tempfile.TemporaryDirectory() as d:
        rep, _ = run_on(Path(d), paired, "check")
    assert rep.records_out == len(paired) and rep.differences == []


def test_a_field_in_english_in_a_record_of_two_languages_is_left_and_the_other_read(tmp_path):
    """041 ukr + eng: the title with its English parallel is read (its Ukrainian part); the
    translator's English name and an English-only title field (246) are not."""
    r = copy.deepcopy(BY_ID["s-uk-parallel"])
    r.fields.append(mm.F("246", "31", [("a", None, "Ukrainian historical journal")], mode="rom"))
    _, got = run_on(tmp_path, [r], "add-880")
    rec = got[r.id]
    expect_880(rec, r, r.fields[0])
    assert rec["246"].get("6") is None and rec["700"].get("6") is None


# -- a field with only letters both languages share, in a record whose code was overruled -----------

@pytest.mark.parametrize("place,press,rom_place,rom_press", [
    ("Львів :", "Світ,", "Lʹviv :", "Svit,"),
    ("Вінниця :", "Книга,", "Vinnyt͡si͡a :", "Knyha,"),
    ("Дніпро :", "Січ,", "Dnipro :", "Sich,"),
])
def test_a_field_with_only_shared_letters_follows_the_records_overruled_language(tmp_path, place, press,
                                                                                 rom_place, rom_press):
    """A Ukrainian book coded rus: the title's ї є overrule the code; the imprint has only і
    (which Russian wrote before 1918) and is Ukrainian too, in romanize and in check."""
    fields = [mm.F("245", "10", [("a", "Її перша книжка /", "Ïï persha knyz͡hka /"),
                                 ("c", "Євген Маланюк.", "I͡Evhen Malani͡uk.")]),
              mm.F("264", " 1", [("a", place, rom_place), ("b", press, rom_press), ("c", None, "1994.")])]
    r = mm.R("t-uk-shared", "uk", "rus", fields=fields)
    rep, _ = run_on(tmp_path, [r], "check")
    assert rep.differences == []
    cyr = copy.deepcopy(r)
    for f in cyr.fields:
        f.mode = "cyr"
    _, got = run_on(tmp_path, [cyr], "romanize")
    out = got[r.id]["264"]
    assert [(c, norm(v)) for c, v in subs(out)] == [(c, norm(rv)) for c, _, rv in fields[1].subs]


# -- check: pre-1918 word-final ъ left out (AACR2 practice) is no fault; other signs still are -------

@pytest.mark.parametrize("cyr,found", [
    ("Вѣстникъ Европы.", "Vi͡estnik Evropy."),
    ("Санктпетербургъ :", "Sanktpeterburg :"),
    ("Журналъ Министерства народнаго просвѣщенія.", "Zhurnal Ministerstva narodnago prosvi͡eshchenīi͡a."),
])
def test_check_accepts_a_left_out_final_hard_sign_in_old_spelling(tmp_path, cyr, found):
    r = mm.R("t-old", "ru", "rus", fields=[mm.F("245", "10", [("a", cyr, found)])])
    rep, _ = run_on(tmp_path, [r], "check")
    assert rep.differences == []


@pytest.mark.parametrize("cyr,right,found,kind", [
    ("Объявленіе о подпискѣ.", "Obʺi͡avlenīe o podpiski͡e.", "Obi͡avlenīe o podpiski͡e.", "soft sign"),
    ("Сочиненія Соловьева.", "Sochinenīi͡a Solovʹeva.", "Sochinenīi͡a Soloveva.", "soft sign"),
    ("Исторія Россіи.", "Istorīi͡a Rossīi.", "Istorii͡a Rossii.", "diacritic"),
])
def test_check_still_reports_other_faults_in_old_spelling(tmp_path, cyr, right, found, kind):
    r = mm.R("t-old-bad", "ru", "rus", fields=[mm.F("245", "10", [("a", cyr, right)], wrong={"a": found})])
    rep, _ = run_on(tmp_path, [r], "check")
    assert [(d.field, d.kind) for d in rep.differences] == [("245 $a", kind)]
