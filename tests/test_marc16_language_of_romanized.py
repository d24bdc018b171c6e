"""add-880 on records of another Cyrillic language coded ``rus`` (the class marc16 found beside its study of
benchmarks/data/marc_mixed_heldout10.py, on records of its own):

* a romanized-only record whose ALA-LC has no mark the Russian table never writes (Ukrainian without ï:
  Kharkiv : Rukh, Novyny, Vasylʹ; Belarusian without ŭ; Bulgarian without ŭ) was read as Russian: most fields
  went to review, and one was written wrong (Kharkiv → Харьков, the Russian city's name). Now, when the Russian
  reading leaves a field for review, the romanized text is weighed for the languages whose table writes all its
  marks (:func:`translit.marc.other_by_lexicon`, the reverse of ``russian_by_lexicon`` with its numbers);
* a record whose own Cyrillic (its 880s) has letters Russian lacks (Лісова пісня) now names the language of its
  romanized-only fields, as it already did for ``romanize`` and ``check``.

Russian records read well are not weighed at all, and one with a rare surname stays Russian. Real pymorphy3,
wordfreq and the languages' word lists; the records are our own, built with tests/data/mixed_marc.py's builder.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from mixed_marc import F, R, T  # noqa: E402

from marc_checks import expect_880, notes, run_on, vernacular  # noqa: E402

from translit.marc import other_by_lexicon  # noqa: E402

UK_CODED_RUS = [
    R("l-stefanyk", "uk", "rus", fields=[
        F("100", "1 ", [("a", "Стефаник, Василь,", "Stefanyk, Vasylʹ,"), ("d", None, "1871-1936.")], mode="rom"),
        F("245", "10", [("a", "Новини :", "Novyny :"), ("b", "новели /", "novely /"),
                        ("c", "Василь Стефаник.", "Vasylʹ Stefanyk.")], mode="rom"),
        F("264", " 1", [("a", "Львів :", "Lʹviv :"), ("b", "Каменяр,", f"Kameni{T}ar,"), ("c", None, "1971.")], mode="rom"),
    ]),
    R("l-khvylovyi", "uk", "rus", charset="marc8", fields=[
        F("100", "1 ", [("a", "Хвильовий, Микола,", "Khvylʹovyĭ, Mykola,"), ("d", None, "1893-1933.")], mode="rom"),
        F("264", " 1", [("a", "Харків :", "Kharkiv :"), ("b", "Рух,", "Rukh,"), ("c", None, "1927.")], mode="rom"),
    ]),
    R("l-kolas", "be", "rus", charset="nfd", fields=[
        F("100", "1 ", [("a", "Колас, Якуб,", f"Kolas, I{T}Akub,"), ("d", None, "1882-1956.")], mode="rom"),
        F("245", "10", [("a", "Новая зямля /", f"Novai{T}a zi{T}amli{T}a /"), ("c", "Якуб Колас.", f"I{T}Akub Kolas.")],
          mode="rom"),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Мастацкая літаратура,", f"Mastatskai{T}a litaratura,"),
                        ("c", None, "1982.")], mode="rom"),
    ]),
]


def test_a_record_coded_rus_whose_romanization_reads_as_another_language_gets_that_languages_880s(tmp_path):
    rep, got = run_on(tmp_path, UK_CODED_RUS, "add-880")
    for r in UK_CODED_RUS:
        for f in r.fields:
            expect_880(got[r.id], f)
        said = notes(rep, r.id)
        assert said and "read as " + ("Belarusian" if r.lang == "be" else "Ukrainian") in said[0]


def test_kharkiv_in_a_ukrainian_imprint_is_not_the_russian_citys_name(tmp_path):
    _, got = run_on(tmp_path, UK_CODED_RUS[1:2], "add-880")
    rec = got["l-khvylovyi"]
    vern = vernacular(rec, rec.get_fields("264")[0])
    assert vern is not None and "Харків" in vern.value() and "Харьков" not in vern.value()


OWN_CYRILLIC = [  # the record's own 880 has і ї: its romanized-only 264 is Ukrainian
    R("l-lesia", "uk", "rus", fields=[
        F("245", "10", [("a", "Лісова пісня /", f"Lisova pisni{T}a /"), ("c", "Леся Українка.", f"Lesi{T}a Ukraïnka.")]),
        F("264", " 1", [("a", "Харків :", "Kharkiv :"), ("b", "Фоліо,", "Folio,"), ("c", None, "2003.")], mode="rom"),
    ]),
    R("l-ukrainka-odesa", "uk", "rus", charset="fe", fields=[
        F("245", "10", [("a", "Бояриня /", f"Boi{T}aryni{T}a /"), ("c", "Леся Українка.", f"Lesi{T}a Ukraïnka.")]),
        F("264", " 1", [("a", "Одеса :", "Odesa :"), ("b", "Маяк,", f"Mai{T}ak,"), ("c", None, "1991.")], mode="rom"),
    ]),
]


def test_the_records_own_cyrillic_names_the_language_of_its_romanized_only_fields(tmp_path):
    rep, got = run_on(tmp_path, OWN_CYRILLIC, "add-880")
    for r in OWN_CYRILLIC:
        expect_880(got[r.id], r.fields[1])
        assert any("read as Ukrainian" in n for n in notes(rep, r.id))


RUSSIAN = [
    R("l-kukuitsev", "ru", "rus", fields=[  # a rare surname leaves the 100 for review: still Russian
        F("100", "1 ", [("a", "Кукуйцев, Варфоломей Агафонович,", f"Kukuĭt{T}sev, Varfolomeĭ Agafonovich,"),
                        ("d", None, "1901-1970.")], mode="rom"),
        F("245", "10", [("a", "Жмыховые удобрения :", f"Zhmykhovye udobrenii{T}a :"), ("b", "опыт Кубани /", "opyt Kubani /")],
          mode="rom"),
        F("264", " 1", [("a", "Краснодар :", "Krasnodar :"), ("b", "Книжное издательство,", "Knizhnoe izdatelʹstvo,"),
                        ("c", None, "1958.")], mode="rom"),
    ]),
]


def test_a_russian_record_with_a_field_left_for_review_stays_russian(tmp_path):
    rep, got = run_on(tmp_path, RUSSIAN, "add-880")
    assert notes(rep, "l-kukuitsev") == []
    for f in RUSSIAN[0].fields[1:]:
        expect_880(got["l-kukuitsev"], f)
    assert all(x.get("lang", "ru") == "ru" for x in rep.review)


def test_other_by_lexicon_judges_romanized_text_read_as_russian_only():
    assert other_by_lexicon("Tini zabutykh predkiv / Mykhaĭlo Kot͡si͡ubynsʹkyĭ. Kyïv : Dnipro", "ru")[0] == "uk"
    assert other_by_lexicon("Pod igoto / Ivan Vazov. Sofii͡a : Narodna kultura", "ru")[0] == "bg"
    assert other_by_lexicon("Voĭna i mir / Lev Tolstoĭ. Moskva : Khudozhestvennai͡a literatura", "ru") == ("ru", None)
    assert other_by_lexicon("Novyny / Vasylʹ Stefanyk", "uk") == ("uk", None)  # another code: not weighed
    assert other_by_lexicon("Хвильовий, Микола", "ru") == ("ru", None)  # Cyrillic: its letters decide
