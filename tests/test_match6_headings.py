"""Match keys and clusters of catalogue headings (helper match6): relator terms, subfield codes,
fuller forms of forenames, terms of rank and qualified dates set aside (translit.headings); a
romanized forename read with its detected scheme when the key-like ALA-LC reading is far worse
(Vassily); national forenames inverting a heading's key; a surname that reads two ways (German s
for с and з) joining the one person of its other reading. Every input is written for these tests,
from no benchmark file."""

from __future__ import annotations

import pytest

from translit.clustering import cluster, person
from translit.headings import set_aside
from translit.matchkey import key


def groups(headings: list[str]) -> list[set[str]]:
    return [{m.text for m in c.members} for c in cluster(headings)]


# relator terms, subfield codes, fuller forms, ranks and date words set aside
@pytest.mark.parametrize("heading,plain", [
    ("Trotskiĭ, L. D. (Lev Davidovich), 1879-1940, author.", "Trotskiĭ, Lev Davidovich, 1879-1940"),
    ("Lunacharskiĭ, Anatoliĭ Vasilʹevich, 1875-1933, editor, writer of introduction.",
     "Lunacharskiĭ, Anatoliĭ Vasilʹevich, 1875-1933"),
    ("$a Kollontaĭ, A. M. $q (Aleksandra Mikhaĭlovna), $d 1872-1952, $e translator. $4 trl",
     "Kollontaĭ, Aleksandra Mikhaĭlovna, 1872-1952"),
    ("700 1# ‡a Plekhanov, G. V. ‡q (Georgiĭ Valentinovich), ‡d 1856-1918.", "Plekhanov, Georgiĭ Valentinovich, 1856-1918"),
    ("Луначарский, Анатолий Васильевич, 1875-1933, автор предисловия.", "Луначарский, Анатолий Васильевич, 1875-1933"),
    ("Вернадский, Владимир Иванович (1863-1945)", "Вернадский, Владимир Иванович, 1863-1945"),
    ("Kropotkin, Petr Alekseevich, kniazʹ, 1842-1921", "Kropotkin, Petr Alekseevich, 1842-1921"),
    ("Rublev, Andreĭ, approximately 1360-1430", "Rublev, Andreĭ, 1360-1430"),
    ("Lobachevskiĭ, Nikolaĭ Ivanovich, 1792-1856. Verfasser", "Lobachevskiĭ, Nikolaĭ Ivanovich, 1792-1856"),
])
def test_set_aside_keeps_name_and_years(heading: str, plain: str) -> None:
    assert set_aside(heading) == plain


@pytest.mark.parametrize("text", [
    "Kniga, chitatelʹ, avtor",  # a title: its second part is no forename
    "Книга, читатель, автор",
    "Sobranie sochinenii, tom 3",
    "Moskva, 1990",
    "Ivanov, Iu.",
    "Goncharov, Ivan",
    "плохо, но ≠ 𝔘 ✓ (x)",
])
def test_set_aside_leaves_other_text(text: str) -> None:
    assert set_aside(text) == text


@pytest.mark.parametrize("headings", [
    ["Trotskiĭ, L. D. (Lev Davidovich), 1879-1940, author.", "Троцкий, Лев Давидович, 1879-1940",
     "Trotsky, Leon, 1879-1940, editor.", "$a Trotskiĭ, Lev Davidovich, $d 1879-1940, $e author."],
    ["Kollontaĭ, A. M. (Aleksandra Mikhaĭlovna), 1872-1952", "Коллонтай, Александра Михайловна (1872-1952)",
     "Kollontai, Alexandra Mikhailovna, 1872-1952, translator."],
    ["Kropotkin, Petr Alekseevich, kniazʹ, 1842-1921, author.", "Кропоткин, Пётр Алексеевич, 1842-1921",
     "Kropotkin, P. A. (Petr Alekseevich), 1842-1921"],
])
def test_marc_headings_of_one_person_share_a_key(headings: list[str]) -> None:
    keys = {key(h) for h in headings if "Leon" not in h}
    assert len(keys) == 1, keys
    assert len(cluster(headings)) == 1


def test_relator_terms_leave_the_representative() -> None:
    (c,) = cluster(["Vernadskiĭ, V. I. (Vladimir Ivanovich), 1863-1945, author.",
                    "Вернадский, Владимир Иванович, 1863-1945, редактор."])
    assert "author" not in c.representative and "redaktor" not in c.representative


# the same name, two spellings, one key: a forename the ALA-LC reading of a key-like text reads far
# worse than detection does (Vassily), and a national forename inverting its heading as a Russian one
@pytest.mark.parametrize("a,b", [
    ("Vassily Grossman", "Гроссман, Василий"),
    ("Aksyonov, Vassily", "Аксёнов, Василий"),
    ("Vassily Shukshin", "Шукшин, Василий"),
    ("Sacharow, Andrzej", "Andrzej Sacharow"),
    ("Gorkij, Massimo", "Massimo Gorkij"),
    ("Turgenyev, Iván", "Iván Turgenyev"),
])
def test_two_spellings_one_key(a: str, b: str) -> None:
    assert key(a) == key(b)
    assert key(key(a)) == key(a)


# a surname that reads two ways joins the one person of its other reading
@pytest.mark.parametrize("headings", [
    ["Зорин, Валентин Сергеевич, 1925-2016", "Sorin, Valentin Sergejewitsch", "Zorin, Valentin, 1925-2016"],
    ["Сахаров, Андрей Дмитриевич, 1921-1989", "Sacharow, Andrei Dmitrijewitsch", "Sakharov, A. D."],
    ["Зайцев, Борис Константинович, 1881-1972", "Saizew, Boris Konstantinowitsch", "Zaitsev, Boris, 1881-1972"],
])
def test_surname_read_two_ways_joins_its_person(headings: list[str]) -> None:
    assert len(cluster(headings)) == 1, groups(headings)


@pytest.mark.parametrize("headings,alone", [
    # the German spelling may be either man: it stays with the one of its own reading
    (["Захаров, Андрей Дмитриевич", "Сахаров, Андрей Дмитриевич, 1921-1989", "Sacharow, Andrei Dmitrijewitsch"],
     "Сахаров, Андрей Дмитриевич, 1921-1989"),
    # dates elsewhere in its cluster disagree with the other reading's person
    (["Сахаров, Андрей Дмитриевич, 1921-1989", "Sacharow, Andrei Dmitrijewitsch", "Sacharow, Andrei, 1950-2010"],
     "Сахаров, Андрей Дмитриевич, 1921-1989"),
    (["Зорин, Валентин Сергеевич, 1925-2016", "Sorin, Valentin", "Sorin, Valentin, 1960-"],
     "Зорин, Валентин Сергеевич, 1925-2016"),
])
def test_surname_read_two_ways_keeps_apart_when_unsure(headings: list[str], alone: str) -> None:
    assert {alone} in groups(headings)


def test_person_carries_other_reading() -> None:
    p = person("Sacharov, Andrej Dmitrijevič")
    assert p is not None and "sakharov" in {p.surname, *p.others}
    assert person("Сахаров, Андрей").others == frozenset()


# decomposed Unicode keys as the composed text does (the language is chosen on the composed form)
@pytest.mark.parametrize("text", ["Зайчик зайчик", "Чайковский, Пётр Ильич", "Йошкар-Ола, 1999"])
def test_decomposed_text_keeps_its_key(text: str) -> None:
    import unicodedata

    import translit

    assert translit.key(unicodedata.normalize("NFD", text)) == translit.key(text)


# surname first without a comma (Russian reference lists and documents): keyed in direct order
@pytest.mark.parametrize("headings", [
    ["Маяковский В. В.", "Mayakovsky V.V.", "В. В. Маяковский", "Maiakovskii, V. V."],
    ["Есенин Сергей Александрович", "Есенин, Сергей Александрович", "Sergei Aleksandrovich Esenin"],
    ["Шукшин В. М., 1929-1974", "Shukshin, V. M., 1929-1974", "V. M. Shukshin, 1929-1974"],
])
def test_surname_first_without_comma(headings: list[str]) -> None:
    assert len({key(h) for h in headings}) == 1, [key(h) for h in headings]


@pytest.mark.parametrize("text", ["Екатерина II.", "Павел I.", "Братья Карамазовы Роман", "Иван Петрович Сидоров",
                                  "Glava V."])
def test_direct_order_leaves_titles_and_regnal_numbers(text: str) -> None:
    from translit.headings import direct_order

    assert direct_order(text) == text


# dates written with an em dash, or in parentheses after the forenames or initials
@pytest.mark.parametrize("headings", [
    ["Блок, Александр Александрович (1880—1921)", "Blok, Aleksandr Aleksandrovich, 1880-1921", "Блок А. А. (1880–1921)"],
    ["Ахматова, Анна Андреевна, 1889—1966", "Akhmatova, Anna, 1889-1966"],
    ["Платонов, Андрей Платонович (1899-1951)", "Platonov, Andreĭ, 1899-1951, author.", "Платонов А. П., 1899—1951"],
])
def test_dates_in_any_dash_or_parentheses(headings: list[str]) -> None:
    assert len(cluster(headings)) == 1, groups(headings)


# national calendar forms of forenames (match_forenames.toml rows added by match6)
@pytest.mark.parametrize("headings", [
    ["Шаляпин, Фёдор Иванович, 1873-1938", "Chaliapin, Feodor, 1873-1938"],
    ["Горький, Максим", "Gorki, Maxime"],
    ["Нижинский, Вацлав Фомич, 1889-1950", "Nijinsky, Vaslav, 1889-1950", "Niżyński, Wacław"],
])
def test_calendar_forms_join(headings: list[str]) -> None:
    assert len(cluster(headings)) == 1, groups(headings)
