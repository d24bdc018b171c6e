"""Classes of failure prose35 found studying prose_heldout19.tsv for ``convert --to cyrillic``.

Each class is tested on inputs written for it, not the held-out rows: real pymorphy3 dictionary,
real wordfreq, the reader as the CLI runs it (RUNNING_TEXT policy).
"""

from __future__ import annotations

import pytest

from translit.conversion import convert


def cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


# 1. The first words of compound offices (Prime Minister, Deputy Premier, Interior Minister, Chief
#    Procurator) are English titles, no evidence that the name after them is English.
@pytest.mark.parametrize("text, name", [
    ("Prime Minister Yevgeny Primakov visited Washington in 1999.", "Евгений Примаков"),
    ("Deputy Premier Anastas Mikoyan flew to Havana.", "Анастас Микоян"),
    ("Interior Minister Vyacheslav Pleve was killed in 1904.", "Вячеслав Плеве"),
    ("The Chief Procurator Konstantin Pobedonostsev ruled the Synod.", "Константин Победоносцев"),
])
def test_compound_office_titles(text, name):
    out = cyr(text)
    assert name in out
    assert out.split()[0] == text.split()[0] and ("Minister" in out or "Premier" in out or "Procurator" in out)


def test_compound_office_titles_keep_english_names():
    text = "Prime Minister Tony Blair met Prime Minister Boris Johnson. Prime time television."
    assert cyr(text) == text


# 2. "N v." right after an imprint's date is the extent of a multivolume description (AACR2), not в. (век).
@pytest.mark.parametrize("text, extent", [
    ("Solov'ev, S. M. Istoriia Rossii s drevneishikh vremen. Moskva, 1959-1966. 15 v.", "15 v."),
    ("Tolstoi, L. N. Polnoe sobranie sochinenii. Moskva, 1928-1958. 90 v. : ill.", "90 v. : ill."),
    ("Pavlenko, N. I. Petr Velikii. Moskva: Mysl', [1990]. 2 v.", "2 v."),
])
def test_extent_after_imprint_stays(text, extent):
    out = cyr(text)
    assert out.endswith(extent)
    assert "Москва" in out


@pytest.mark.parametrize("text, century", [
    ("Ocherki istorii SSSR, XVIII v. Moskva, 1956.", "XVIII в."),
    ("Istoriia Rossii v 19 v. Moskva, 1990.", "19 в."),
    ("Russkaia kul'tura 18 v. Moskva, 1985.", "18 в."),
])
def test_century_after_number_still_russian(text, century):
    assert century in cyr(text)


# 3. A publisher's name of abbreviated words (Khudozh. lit-ra, Det. lit-ra, Gos. izd-vo polit. lit-ry) in a
#    Russian imprint is read whole: the abbreviation's full stop no longer ends it.
@pytest.mark.parametrize("text, publisher", [
    ("Leningrad: Khudozh. lit-ra, 1980.", "Худож. лит-ра"),
    ("Moskva: Det. lit-ra, 1975.", "Дет. лит-ра"),
    ("Moskva: Gos. izd-vo polit. lit-ry, 1957.", "Гос. изд-во полит. лит-ры"),
])
def test_abbreviated_publisher_in_russian_imprint(text, publisher):
    assert publisher in cyr(text)


def test_english_imprint_untouched():
    text = "New York: Columbia Univ. Press, 1990. Moscow: Foreign Languages Publishing House, 1956."
    assert cyr(text) == text.replace("Moscow", "Москва")


# 4. The initials after an inverted heading's surname and comma are the heading's, whatever English title
#    follows them.
@pytest.mark.parametrize("text, heading", [
    ("Chaadaev, P. Ia. Philosophical Letters. Trans. Raymond McNally.", "Чаадаев, П. Я."),
    ("Solov'ev, S. M. History of Russia. Gulf Breeze, 1976.", "Соловьев, С. М."),
    ("Kliuchevskii, V. O. A Course in Russian History. New York, 1960.", "Ключевский, В. О."),
])
def test_inverted_initials_before_english_title(text, heading):
    out = cyr(text)
    assert out.startswith(heading)
    assert "History" in out or "Letters" in out


@pytest.mark.parametrize("text", [
    "Pipes, R. E. Russia under the Old Regime.",
    "Kennan, G. F. Russia Leaves the War.",
])
def test_english_inverted_headings_untouched(text):
    assert cyr(text) == text


# 5. A common English word after a capitalized word with a Latin genus ending is no epithet of a Latin
#    scientific name (Milinis was, Pavlovskis was): the name is judged by its own words.
@pytest.mark.parametrize("text, name", [
    ("The architect Ignatii Milinis was born in Astrakhan.", "Игнатий Милинис"),
    ("Barshch and Ignatii Milinis had worked together.", "Игнатий Милинис"),
    ("Artemis was a goddess, Boris was a tsar.", "Борис"),
])
def test_english_verb_is_no_epithet(text, name):
    assert name in cyr(text)


def test_latin_binomials_still_latin():
    text = "Felis manul and Ursus arctos live in Siberia; Canis lupus too."
    assert cyr(text).replace("Сибирь", "Siberia") == text


# 6. A town's generic terms (Monastery, Street, Lane, Convent, Bridge) are no evidence that the name
#    before them is a Western person's: the eponym is read.
@pytest.mark.parametrize("text, eponym", [
    ("They walked to the pond by the Simonov Monastery where she drowned.", "Симонов Monastery"),
    ("The Donskoi Monastery holds the graves of the Golitsyns.", "Донской Monastery"),
    ("She was buried by the Novodevichy Convent.", "Новодевичий Convent"),
    ("He lived on Miasnitskaya Street.", "Мясницкая Street"),
])
def test_eponym_before_place_head(text, eponym):
    assert eponym in cyr(text)


def test_english_places_with_heads_untouched():
    text = "We crossed the Brooklyn Bridge and walked down Baker Street to Harvard Square; John Church came."
    assert cyr(text) == text


# 7. A region English writes as its own word (Sakhalin, Kamchatka, Kuban, Chukotka: the loanword rule's
#    soft words) right after a Russian generic geographic term (ostrov, poluostrov, reka: grammar.toml
#    geographic_terms) is the place the term names, in a Russian phrase.
@pytest.mark.parametrize("text, phrase", [
    ("The book Poluostrov Kamchatka appeared in 1950.", "Полуостров Камчатка"),
    ("His sketch Reka Kuban was printed in Krasnodar.", "Река Кубань"),
    ("The guide Poluostrov Chukotka was reissued.", "Полуостров Чукотка"),
])
def test_region_after_russian_geographic_term(text, phrase):
    assert phrase in cyr(text)


def test_region_in_english_stays():
    text = "He sailed from Sakhalin to Kamchatka; in the Kuban the Cossacks stayed. The Island Sakhalin is cold."
    assert cyr(text) == text


# 8. A town's generic term (place_heads: Lane, Bridge, Gate) right after a Russian eponym and last in it is
#    the English head of the name, even where the neighbours alone would read it (Lane: Лане).
@pytest.mark.parametrize("text, name", [
    ("He lived later in Krivoarbatsky Lane.", "Кривоарбатский Lane."),
    ("He rented rooms in Bolshoi Kozikhinsky Lane.", "Большой Козихинский Lane."),
    ("The procession crossed the Kalinkin Bridge.", "Калинкин Bridge."),
    ("She stood at the Nikitsky Gate.", "Никитский Gate."),
])
def test_place_head_after_eponym_stays_english(text, name):
    assert cyr(text).endswith(name)
