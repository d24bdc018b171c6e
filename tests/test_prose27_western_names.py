"""prose27: Western people whose names look Russian, in English prose.

- a surname read as a Russian name only through the émigré press's -off (Solomonoff, Romanoff) after a
  Western forename (Ray, Michael, Helen) is that person's own English spelling: both stay English;
  after a Russian forename (Sergei Rachmaninoff) the name is still read;
- a lone capitalized name that English writes more often than Russian writes its reading (Gauss,
  Bering, Euler: Western scholars and seafarers) is no Russian name by itself: it follows its
  neighbours, while Rasputin, Pushkin, Kolmogorov stay Russian.
Real pymorphy3 dictionaries, no mocks."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_western_forename_keeps_its_off_surname():
    for text in ("Michael Romanoff opened a restaurant in Beverly Hills.",
                 "Ray Solomonoff gave a talk on induction in 1960.",
                 "Helen Romanoff wrote a cookbook for American kitchens."):
        assert _cyr(text) == text, _cyr(text)
        assert convert(text, to="alalc").text == text


def test_russian_forename_with_off_surname_is_read():
    assert _cyr("Sergei Rachmaninoff left Russia in 1917.").startswith("Сергей Рахманинов")
    assert "Николай Поляков" in _cyr("Sergei Diaghilev and Nikolai Poliakoff met in Paris.")


def test_western_scholars_named_alone_stay():
    for text in ("Euler spent years at the Academy in the capital.",
                 "Bering sailed east in 1728 and again in 1741.",
                 "The theorem of Gauss was proved again."):
        assert _cyr(text) == text, _cyr(text)


def test_russian_names_alone_are_still_read():
    assert _cyr("Rasputin was killed in 1916.").startswith("Распутин")
    assert _cyr("Pushkin died after a duel.").startswith("Пушкин")
    assert _cyr("Kolmogorov proved it in 1933.").startswith("Колмогоров")


# - a surname that a rule left as a city abroad (Denver, Berlin, Boston: English places English writes)
#   after a forename is English either way, and takes the forename along as the run of an English name
#   (Маша Denver was half a name).

def test_forename_before_a_surname_that_is_a_city_abroad_stays():
    for text in ("The poet Masha Denver wrote it in 1962.",
                 "Ivan Berlin lived there until the war.",
                 "Nadia Boston wrote to him from Paris."):
        assert _cyr(text) == text, _cyr(text)


def test_russian_name_beside_a_city_abroad_is_read():
    assert "Николай Устрялов" in _cyr("Nikolai Ustrialov lived in Harbin until 1935.")
