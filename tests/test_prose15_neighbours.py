"""prose15: English stays English in new kinds of prose. A forename a language of Russia's Latin-alphabet
neighbours (Czech, Slovak, Polish, Serbo-Croatian, Finnish, Latvian…) writes far more often than Russian
writes its reading, before an unmarked surname, is that country's person (Juraj Kovac, Teemu Selanne,
Michal Kempny); the word joining the parties of a case or a match is English (Smith v. Ivan Orlov, Brown
d. Pavel Sokolov); English life dates stay (b. 1877, d. 1940), and an archival chain is still read; the country codes of a
results table stay (RUS 5, GER 4)."""

import pytest

from translit import convert

CASES = [
    # a neighbour's forename keeps its person; the Russian beside it is read
    ("Juraj Kovac scored and Dmitrii Kuznetsov was booked.", ["Juraj Kovac", "Дмитрий Кузнецов"]),
    ("In the final Teemu Selanne beat Andrei Vasiliev twice.", ["Teemu Selanne", "Андрей Васильев"]),
    ("Michal Kempny and Aleksandar Vlahovic signed for Dinamo Riga, as did Sergei Ivanov.",
     ["Michal Kempny", "Aleksandar Vlahovic", "Сергей Иванов"]),
    # Pavel, Alla, Inna: common in Russian too (or a common word of the neighbour: Finnish alla)
    ("Pavel Sokolov met Alla Pugacheva and Inna Churikova in Moscow.",
     ["Павел Соколов", "Алла Пугачева", "Инна Чурикова"]),
    # the West's form of a Russian's name is no neighbour's forename
    ("Two watercolours signed Georges Lukomski were sold in Paris.", ["Лукомский"]),
    # the parties of a case or a match
    ("In Smith v. Ivan Orlov the court found for the plaintiff.", ["Smith v. Иван Орлов"]),
    ("Results: Brown d. Pavel Sokolov 6-2, 6-4; Rossi vs. Igor Petrov 7-5.",
     ["Brown d. Павел Соколов", "Rossi vs. Игорь Петров"]),
    # after a Roman numeral the same letters are the Russian century
    ("Ocherki istorii XVIII v. Moskva, 1956.", ["XVIII в."]),
    # life dates stay; an archival chain is still read
    ("Her aunt Mariia Volkova, b. 1877, d. 1940, lived in Cleveland.", ["b. 1877, d. 1940", "Мария Волкова"]),
    ("Grandfather Stepan Orlov (d. 1952) never spoke of Tambov.", ["(d. 1952)", "Тамбов"]),
    ("The file is TsGIA, f. 19, op. 2, d. 1905, l. 3.", ["ф. 19, оп. 2, д. 1905, л. 3"]),
    # country codes of a results table, outside parentheses
    ("Medals: RUS 5, GER 4, NOR 3; Ivan Petrov won two.", ["RUS 5, GER 4, NOR 3", "Иван Петров"]),
    ("Standings after day 2: SVK 14, RUS 12, LAT 9.", ["SVK 14, RUS 12, LAT 9"]),
    ("Team sprint: CZE 2:01.4, RUS 2:02.9, Anton Shipulin anchoring.", ["CZE 2:01.4, RUS 2:02.9", "Антон Шипулин"]),
]


@pytest.mark.parametrize("text,wanted", CASES)
def test_english_stays_and_russian_is_read(text, wanted):
    out = convert(text, to="cyrillic").text
    for piece in wanted:
        assert piece in out, out
