"""The class finder and the rewrite of benchmarks/label_survey.py, on sentences of our own."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import label_survey as ls  # noqa: E402

FINDER = ls.Finder(ls.members())


def found(text):
    return [(text[a:b], m.cls, lone) for a, b, m, lone in FINDER.find(text)]


def rewrite(line):
    return ls.survey_line(line, FINDER, {})


def test_regnal_names_need_a_numeral_title_or_epithet():
    assert found("Alexander III met Paul Kennedy.") == [("Alexander", "a", True)]
    assert found("Empress Anna and Patriarch Nikon quarrelled.") == [("Anna", "a", True), ("Nikon", "a", True)]
    assert found("Catherine the Great wrote to Grimm.") == [("Catherine the Great", "a", True)]
    assert found("Paul Kennedy and Catherine Merridale wrote on it.") == []


def test_an_initial_is_not_a_regnal_numeral():
    assert found("Nicholas V. Riasanovsky taught at Berkeley.") == []
    assert found("Alexander I. Solzhenitsyn") == []
    assert found("under Nicholas I, then Alexander II") == [("Nicholas", "a", True), ("Alexander", "a", True)]


def test_soviet_is_a_member_only_as_the_noun():
    assert found("The Soviet Union and Soviet-era films; a Soviet plate.") == []
    assert found("The Kiev Soviet met; the soviets of Riga struck.") == [("Soviet", "c", True), ("soviets", "c", True)]
    assert found("He spoke for the Soviet, then left.") == [("Soviet", "c", True)]


def test_acronyms_are_case_sensitive_and_imprints_apart():
    assert found("The OGPU and the Cheka; the gpu.") == [("OGPU", "b", True), ("Cheka", "b", True)]
    assert found("Leningrad: Detgiz, 1961.") == [("Detgiz", "b", False)]


def test_possessive_surnames_lone_or_after_a_forename():
    assert found("Borodin's quartet and Modest Mussorgsky's opera") == \
        [("Borodin", "d", True), ("Mussorgsky", "d", False)]
    assert found("In Pavlov's laboratory") == [("Pavlov", "d", True)]
    assert found("Pavlov said") == []


def test_rewrite_keeps_the_text_and_marks_members():
    assert rewrite("alalc,bgn-pcgn\tThe kulaks fled to Kazan with Pavlov's notes.") == \
        "alalc,bgn-pcgn\tThe {kulaks~кулаки} fled to Kazan with {~Павлов}'s notes."
    assert rewrite("alalc,german\tThe {ОГПУ} and Tchaikovsky's ballet") == \
        "alalc,german\tThe {~ОГПУ} and {Tchaikovsky~Чайковский}'s ballet"
    assert rewrite("alalc\tThe {zemstvo=земство} met; Ivan the Terrible ruled.") == \
        "alalc\tThe {zemstvo~земство} met; {Ivan the Terrible~Иван Грозный} ruled."
    line = "alalc\tSoviet history and English prose."
    assert rewrite(line) == line
