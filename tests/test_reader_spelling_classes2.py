"""Classes of real-world spellings the reader reads back, second round (the real dictionary, no
mocks): émigré and Western forenames before a surname of Russian shape or after initials, French
you for ю, a noun after an adjective that agrees with it, an English lookalike after a Russian
adjective that agrees with its Russian reading, émigré and Italian press forms as established
forms, grammar over the scheme of the other words, hyphenated imprint abbreviations in every case,
and an established surname in an inverted heading. Every input here is our own; none is a row of
the benchmark files."""

import pytest

from translit import to_cyrillic


def read(text: str) -> str:
    return to_cyrillic(text).text


def fold(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


# --- forenames ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Georges Ivanov", "Георгий Иванов"),          # French Georges
    ("George Kozlov", "Георгий Козлов"),           # English George, only before a Russian surname
    ("Basile Sokolov", "Василий Соколов"),         # French Basile
    ("Gregor Lebedev", "Григорий Лебедев"),        # German Gregor
    ("Youri Gorodetsky", "Юрий Городецкий"),       # French Youri
    ("Nathalie Sedova", "Наталья Седова"),         # French Nathalie
    ("Marc Chagall", "Марк Шагал"),                # before an established surname
])
def test_western_forenames_before_a_russian_surname(text, expected):
    assert fold(read(text)) == fold(expected)


@pytest.mark.parametrize("text,expected", [
    ("George P. Fedotov", "Георгий П. Федотов"),
    ("Nicholas S. Timasheff", "Николай С. Тимашев"),
    ("Michael A. Sokolov", "Михаил А. Соколов"),
    ("Peter B. Struve", "Пётр Б. Струве"),
])
def test_a_forename_reaches_its_surname_over_initials(text, expected):
    assert fold(read(text)) == fold(expected)


@pytest.mark.parametrize("text,surname", [
    ("Basile Orekhov", "Орехов"),       # also the genitive plural of орех; no Surn tag
    ("Georges Golosov", "Голосов"),     # … of голос
    ("Michael Sadovsky", "Садовский"),  # an adjective's form the dictionary does not tag a surname
])
def test_a_dictionary_word_with_a_surname_ending_counts_as_a_surname(text, surname):
    reading = to_cyrillic(text)
    first, second = reading.words
    assert second.cyrillic == surname
    assert first.cyrillic != first.input and "forename of a Russian surname" in first.reason


@pytest.mark.parametrize("text,kept", [  # the table's Russian form, not given
    ("George Kennan", "Георгий"),        # Кеннан has no Russian surname's ending
    ("George Washington", "Георгий"),
    ("Peter Martin", "Пётр"),            # -ин is left out of the endings: Martin, Robin
    ("Georges Simenon", "Георгий"),
])
def test_a_western_forename_before_a_western_surname_is_not_made_russian(text, kept):
    assert fold(read(text).split()[0]) != fold(kept)


# --- French you -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Félix Youssoupoff", "Феликс Юсупов"),   # at the start of a word
    ("Youdénitch", "Юденич"),
    ("Youri Dolgorouki", "Юрий Долгорукий"),
    ("Soyouz", "Союз"),                       # after a vowel
])
def test_french_you_is_yu(text, expected):
    assert read(text) == expected


def test_english_you_is_not_read_so():
    assert read("Thank you") == "Thank you"


# --- agreement ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,noun", [
    ("Mertvyi bes", "бес"),                                  # not the preposition без
    ("Krasnyi bes", "бес"),
    ("Istoriia russko-turetskikh otnoshenii", "отношений"),  # genitive plural, not отношении
    ("Ocherki sovetsko-germanskikh otnoshenii", "отношений"),
])
def test_a_noun_agrees_with_the_adjective_before_it(text, noun):
    reading = to_cyrillic(text)
    assert reading.words[-1].cyrillic == noun


def test_agreement_gives_its_reason():
    wr = to_cyrillic("Mertvyi bes").words[-1]
    assert "agreeing with the adjective before it" in wr.reason


def test_an_agreeing_noun_is_not_undone_by_the_genitive_plural_rule():
    # after a comma a list would call for the genitive plural; the adjective says prepositional
    assert read("O trude, mirnom sosushchestvovanii").split()[-1] == "сосуществовании"


def test_two_adjectives_in_a_row_are_left_alone():
    assert read("Rossiiskaia natsionalnaia biblioteka") == "Российская национальная библиотека"


@pytest.mark.parametrize("text,expected", [
    ("Golodnaia step", "Голодная степь"),   # step: an English word, степь agrees with Голодная
    ("Staryi most", "Старый мост"),         # most: among the commonest English words
    ("Kalinovyi most", "Калиновый мост"),
    ("Bolshoi most", "Большой мост"),       # the adjective a lookalike too (the Bolshoi): both go
])
def test_an_english_lookalike_after_an_agreeing_russian_adjective(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Russian most",            # the adjective is English
    "Novyi mir i most",        # most does not follow an adjective
    "Staryi, most",            # a comma between
    "Big step",                # English adjectives read as no Russian adjective
    "Last step",
])
def test_a_lookalike_without_an_agreeing_russian_adjective_stays(text):
    assert read(text).split()[-1] in ("most", "step")


@pytest.mark.parametrize("text", [
    "Essays on Gorʹkii from Sorrento",   # фром is no noun the dictionary knows, only its guesser
    "Notes on Belyi from Berlin",
    "A visit to Tolstoi from Tula",
])
def test_an_english_word_after_a_russian_adjective_reading_a_guessed_noun_stays(text):
    assert " from " in read(text)


# --- established forms: émigré spellings, Italian press, Maya -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Albert Benois", "Альберт Бенуа"),       # the French family name: no letter-by-letter Беноис
    ("Pavel Tchelitchew", "Павел Челищев"),
    ("Tchelitchev", "Челищев"),
    ("Medtner, Nikolai", "Метнер, Николай"),  # the family's German spelling, in a heading
])
def test_emigre_spellings_are_established_forms(text, expected):
    assert read(text) == expected


def test_an_established_form_says_where_it_comes_from():
    wr = to_cyrillic("Albert Benois").words[1]
    assert wr.cyrillic == "Бенуа" and "established form" in wr.reason and "BnF" in wr.reason


@pytest.mark.parametrize("text,expected", [
    ("Cecov", "Чехов"),                               # not Чеков, letter by letter
    ("Dmitrij Sostakovic", "Дмитрий Шостакович"),     # the scholarly Šostakovič without carons
    ("Ivan Turgheniev", "Иван Тургенев"),             # Italian gh before e
])
def test_italian_press_forms(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Maya Kristalinskaya", "Майя Кристалинская"),
    ("Maya Bulgakova", "Майя Булгакова"),
    ("Maya Turovskaya", "Майя Туровская"),
])
def test_maya_before_a_russian_surname_is_maiia(text, expected):
    assert read(text) == expected


def test_maya_before_a_western_surname_is_not_made_maiia():
    assert not read("Maya Angelou").startswith("Майя")


# --- grammar over the scheme of the other words ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Leo Tolstoy, Sobranie sochinenii",           # -oy of the press beside LC -ii
    "Alexei Tolstoy, Sobranie sochinenii",
    "Lev Tolstoy: Polnoe sobranie sochinenii",
])
def test_the_genitive_plural_is_read_in_a_field_that_mixes_conventions(text):
    assert read(text).endswith("сочинений")


# --- hyphenated abbreviations of imprints, in every case ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Trudy in-ta istorii", "Труды ин-та истории"),       # genitive: not the English in
    ("Vestnik In-ta", "Вестник Ин-та"),
    ("Sbornik trudov in-tov", "Сборник трудов ин-тов"),   # genitive plural
])
def test_oblique_forms_of_hyphenated_abbreviations_are_russian(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ural. otd-nie", "Урал. отд-ние"),   # not отд-не by the Polish ie slip that makes не
    ("Biblioteka Akademii nauk, rukopisnoe otd-nie", "Библиотека Академии наук, рукописное отд-ние"),
    ("Izd-vo Akademii nauk, Dalnevostochnoe otd-nie", "Изд-во Академии наук, Дальневосточное отд-ние"),
])
def test_a_hyphenated_abbreviation_is_read_as_the_abbreviation(text, expected):
    assert read(text) == expected


def test_abbreviations_are_declined_from_the_glossary_rows():
    from translit.read.abbreviations import hyphenated_abbreviations

    forms = hyphenated_abbreviations()
    assert {"ин-т", "ин-та", "ин-том", "отд-ние", "отд-ния", "лит-ры", "изд-ва"} <= forms
    assert "изд-в" not in forms  # a form with no ending left (издательств) gives no abbreviation


# --- an established surname in an inverted heading --------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Herzen, Aleksandr", "Герцен, Александр"),     # Herzen is also a German word
    ("Eisenstein, Sergei", "Эйзенштейн, Сергей"),
    ("Chagall, Marc", "Шагал, Марк"),
])
def test_an_established_surname_with_its_forename_after_a_comma(text, expected):
    assert read(text) == expected


def test_an_established_surname_before_a_western_word_after_a_comma_stays():
    assert read("Herzen, Smith") == "Herzen, Smith"
