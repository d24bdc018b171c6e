"""prose15: English stays English in new kinds of prose. A forename a language of Russia's Latin-alphabet
neighbours (Czech, Slovak, Polish, Serbo-Croatian, Finnish, Latvian…) writes far more often than Russian
writes its reading, before an unmarked surname, is that country's person (Juraj Kovac, Teemu Selanne,
Michal Kempny); the word joining the parties of a case or a match is English (Smith v. Ivan Orlov, Brown
d. Pavel Sokolov); English life dates stay (b. 1877, d. 1940), and an archival chain is still read."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_neighbour_forename_keeps_the_person():
    out = _cyr("Juraj Kovac scored and Dmitrii Kuznetsov was booked.")
    assert "Juraj Kovac" in out and "Дмитрий Кузнецов" in out, out
    out = _cyr("In the final Teemu Selanne beat Andrei Vasiliev twice.")
    assert "Teemu Selanne" in out and "Андрей Васильев" in out, out
    out = _cyr("Michal Kempny and Aleksandar Vlahovic signed for Dinamo Riga, as did Sergei Ivanov.")
    assert "Michal Kempny" in out and "Aleksandar Vlahovic" in out and "Сергей Иванов" in out, out


def test_russian_forenames_the_neighbours_share_are_still_read():
    # Pavel, Alla, Inna: common in Russian too (or a common word of the neighbour: Finnish alla)
    out = _cyr("Pavel Sokolov met Alla Pugacheva and Inna Churikova in Moscow.")
    assert "Павел Соколов" in out and "Алла Пугачева" in out and "Инна Чурикова" in out, out
    # the West's form of a Russian's name is no neighbour's forename
    out = _cyr("Two watercolours signed Georges Lukomski were sold in Paris.")
    assert "Лукомский" in out, out


def test_versus_between_parties_is_english():
    out = _cyr("In Smith v. Ivan Orlov the court found for the plaintiff.")
    assert "Smith v. Иван Орлов" in out, out
    out = _cyr("Results: Brown d. Pavel Sokolov 6-2, 6-4; Rossi vs. Igor Petrov 7-5.")
    assert "Brown d. Павел Соколов" in out and "Rossi vs. Игорь Петров" in out, out
    # after a Roman numeral the same letters are the Russian century: XVIII v.
    assert "XVIII в." in _cyr("Ocherki istorii XVIII v. Moskva, 1956.")


def test_life_dates_are_english_and_archival_chains_still_read():
    out = _cyr("Her aunt Mariia Volkova, b. 1877, d. 1940, lived in Cleveland.")
    assert "b. 1877, d. 1940" in out and "Мария Волкова" in out, out
    out = _cyr("Grandfather Stepan Orlov (d. 1952) never spoke of Tambov.")
    assert "(d. 1952)" in out and "Тамбов" in out, out
    out = _cyr("The file is TsGIA, f. 19, op. 2, d. 1905, l. 3.")
    assert "ф. 19, оп. 2, д. 1905, л. 3" in out, out
