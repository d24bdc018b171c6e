"""Clustering personal-name headings as national libraries write them (helper match5): dates and
qualifiers set aside, initials (one or two letters) against whole forenames, national forms of
Russian forenames, a woman's surname given in the masculine, a surname alone, and a heading that
keeps only its life dates. Every group here is written for these tests, from no benchmark file."""

from __future__ import annotations

import pytest

from translit.clustering import cluster, masculine, person


def groups(headings: list[str]) -> list[set[str]]:
    return [{m.text for m in c.members} for c in cluster(headings)]


def one_cluster(headings: list[str]) -> bool:
    return len(cluster(headings)) == 1


# dates and qualifiers set aside
@pytest.mark.parametrize("headings", [
    ["Bulgakov, Mikhail Afanasʹevich, 1891-1940", "Bulgakov, Mikhail Afanasevich",
     "Булгаков, Михаил Афанасьевич, 1891-1940, писатель", "Bulgakow, Michail, 1891-1940"],
    ["Gogolʹ, Nikolaĭ Vasilʹevich, 1809-1852", "Gogol, Nikolai, 1809-1852", "Gogol', Nikolaj Vasil'evič, écrivain"],
    ["Esenin, Sergeĭ Aleksandrovich, 1895-1925", "Jessenin, Sergej, 1895-1925", "Esenin, Sergei Aleksandrovich, poète"],
])
def test_dates_and_qualifiers_do_not_split(headings: list[str]) -> None:
    assert one_cluster(headings)


@pytest.mark.parametrize("a,b", [
    ("Ivanov, Ivan, 1900-1950", "Ivanov, Ivan, 1960-"),
    ("Petrov, Sergei, 1911-1996", "Petrov, Sergei, 1875-1940"),
    ("Smirnov, Aleksandr Petrovich, 1890-1938", "Smirnov, Aleksandr Petrovich, 1947-"),
])
def test_disagreeing_dates_keep_namesakes_apart(a: str, b: str) -> None:
    assert len(cluster([a, b])) == 2


# initials
@pytest.mark.parametrize("headings", [
    ["Lotman, Iurii Mikhailovich", "Iu. M. Lotman"],
    ["Alferov, Zhores Ivanovich", "Zh. I. Alferov"],
    ["Tsiolkovskii, Konstantin Eduardovich, 1857-1935", "Tsiolkovskii, K. E.", "K. E. Tsiolkovskii"],
])
def test_initials_join_whole_forenames(headings: list[str]) -> None:
    assert one_cluster(headings)


@pytest.mark.parametrize("headings", [
    ["Ivanov, V.", "Ivanov, Vsevolod Viacheslavovich", "Ivanov, Viacheslav Ivanovich"],
    ["Tolstoi, A.", "Tolstoi, Aleksei Nikolaevich", "Tolstoi, Aleksandr Petrovich"],
    ["Popov, N.", "Popov, Nikolai Vasilʹevich", "Popov, Nikita Sergeevich"],
])
def test_initial_shared_by_two_people_stays_alone(headings: list[str]) -> None:
    got = groups(headings)
    assert {headings[0]} in got
    assert len(got) == 3


# national forms of forenames
@pytest.mark.parametrize("a,b", [
    ("Lermontov, Mikhail Iurʹevich", "Lermontov, Michele"),  # Italian
    ("Gogolʹ, Nikolaĭ", "Gogol, Nicolás"),  # Spanish
    ("Rasputin, Grigorii Efimovich", "Rasputin, Gergely"),  # Hungarian
    ("Plekhanov, Georgii Valentinovich", "Plekhanov, Giorgio"),  # Italian
    ("Bulgakov, Mikhail Afanasʹevich", "Bulgakov, Mykhailo"),  # Ukrainian
])
def test_national_forenames_join(a: str, b: str) -> None:
    assert one_cluster([a, b])


def test_national_forename_does_not_join_another_surname() -> None:
    assert len(cluster(["Lermontov, Mikhail Iurʹevich", "Lebedev, Michele"])) == 2


# a woman's surname in the masculine
@pytest.mark.parametrize("a,b", [
    ("Kovalevskaia, Sofʹia Vasilʹevna", "Kovalevskii, Sofia"),
    ("Tolstaia, Tatʹiana Nikitichna", "Tolstoi, Tatiana"),
    ("Morozova, Feodosiia", "Morozov, Feodosiia"),
])
def test_feminine_surname_given_masculine(a: str, b: str) -> None:
    assert one_cluster([a, b])


@pytest.mark.parametrize("surname,expected", [
    ("vengerova", "vengerov"), ("kovalevskaia", "kovalevskii"), ("tolstaia", "tolstoi"), ("ivanov", "ivanov"),
])
def test_masculine(surname: str, expected: str) -> None:
    assert masculine(surname) == expected


def test_feminine_rule_needs_the_same_whole_forename() -> None:
    assert len(cluster(["Kovalevskaia, Sofʹia", "Kovalevskii, Sergei"])) == 2


# a surname alone
@pytest.mark.parametrize("headings", [
    ["Lermontov, Mikhail Iurʹevich, 1814-1841", "Lermontov, M. Iu.", "Lermontov"],
    ["Bunin, Ivan Alekseevich", "Bounine"],
    ["Blok, Aleksandr Aleksandrovich, 1880-1921", "Blok, Alexander", "Blok, 1880-1921"],
])
def test_surname_alone_joins_the_one_person(headings: list[str]) -> None:
    assert one_cluster(headings)


@pytest.mark.parametrize("headings", [
    ["Ivanov, Vsevolod Viacheslavovich", "Ivanov, Viacheslav Ivanovich", "Ivanov"],
    ["Tolstoi, Lev Nikolaevich", "Tolstoi, Aleksei Nikolaevich", "Tolstoi"],
    ["Ivanov, Ivan, 1900-1950", "Ivanov, Ivan, 1960-", "Ivanov"],
])
def test_surname_alone_beside_two_people_stays_alone(headings: list[str]) -> None:
    assert {headings[-1]} in groups(headings)


# a heading that keeps only its life dates
@pytest.mark.parametrize("a,b", [
    ("Lermontov, Mikhail Iurʹevich, 1814-1841", "לרמונטוב, מיכאיל, 1814-1841"),
    ("Bulgakov, Mikhail Afanasʹevich, 1891-1940", "ブルガーコフ, 1891-1940"),
    ("Gogolʹ, Nikolaĭ Vasilʹevich, 1809-1852", "غوغول, 1809-1852"),
])
def test_dates_only_heading_joins_the_person_with_those_dates(a: str, b: str) -> None:
    assert one_cluster([a, b])


@pytest.mark.parametrize("a,b", [
    ("Gogolʹ, Nikolaĭ Vasilʹevich, 1809-1852", "غوغول, 1810-1852"),
    ("Bulgakov, Mikhail Afanasʹevich, 1891-1940", "ブルガーコフ, 1891-1941"),
    ("Bulgakov, Mikhail Afanasʹevich", "ブルガーコフ, 1891-1940"),
])
def test_dates_only_heading_without_its_dates_stays_alone(a: str, b: str) -> None:
    assert len(cluster([a, b])) == 2


# reading a heading as a person
@pytest.mark.parametrize("text", ["Nikolai, II", "Institut filosofii", "Peter, Russland, Zar, I."])
def test_not_a_person(text: str) -> None:
    assert person(text) is None


def test_person_parts() -> None:
    p = person("T͡Svetaeva, Marina Ivanovna, 1892-1941")
    assert p is not None and p.surname == "tsvetaeva" and p.forenames == ("marina", "ivanovna")
    assert p.years == frozenset({"1892", "1941"})
    q = person("Iu. M. Lotman")
    assert q is not None and q.forenames == ("iu.", "m.") and q.surname == "lotman"


@pytest.mark.parametrize("text", ["", ",", ", ,", "\x00, \udcff", "A, B, C, D, E", "1799-1837", "Ж., 1800-1900"])
def test_arbitrary_text_survives(text: str) -> None:
    person(text)
    assert sorted(m.text for c in cluster([text, "Pushkin", text]) for m in c.members) == sorted([text, "Pushkin", text])
