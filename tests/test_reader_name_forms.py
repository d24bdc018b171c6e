"""Reading names and titles back: the classes of word errors that real catalogue and press
spellings showed (émigré -off/-eff, ALA-LC with its ties left out, Western forenames in inverted
headings and before any surname). Each rule on inputs of our own, through the public API with the
real dictionary behind it."""

import pytest

from translit import to_cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Smirnoff", "Смирнов"), ("Ivanoff", "Иванов"), ("Lebedeff", "Лебедев"),
    ("Grigorieff", "Григорьев"), ("Vasilieff", "Васильев"), ("Nikolai Sokoloff", "Николай Соколов"),
])
def test_emigre_off_and_eff_endings_read_as_ov_and_ev(latin, cyrillic):
    r = to_cyrillic(latin)
    assert r.text == cyrillic
    assert "émigré" in r.words[-1].reason


@pytest.mark.parametrize("latin,cyrillic", [
    ("Pesni t\u0361sygan / Nikolaĭ Smirnoff", "Песни цыган / Николай Смирнофф"),
    ("Reinkarnat\u0361sii\u0361a / Pavel Kozloff.", "Реинкарнация / Павел Козлофф."),
])
def test_a_field_clearly_in_alalc_reads_off_letter_by_letter(latin, cyrillic):
    # ALA-LC romanizes a Cyrillic -офф as -off: the press convention is no reading there
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin", ["Romanoff", "Lebedeff", "Smirnoff"])
def test_a_named_library_scheme_reads_off_letter_by_letter(latin):
    assert to_cyrillic(latin, scheme="alalc").text.endswith("фф")


@pytest.mark.parametrize("latin,cyrillic", [
    ("Materialy po istorii Soiuza pisateleĭ", "Материалы по истории Союза писателей"),
    ("Revoliutsiia i grazhdanskaia voĭna", "Революция и гражданская война"),
    ("Rossiĭskaia tsivilizatsiia", "Российская цивилизация"),
    ("Sbornik statistiki stantsiĭ", "Сборник статистики станций"),
])
def test_alalc_with_breves_but_without_ties_reads_ts_ia_iu_as_single_letters(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Tolstoï, Léon", "Толстой, Лев"), ("Bakounine, Michel", "Бакунин, Михаил"),
    ("Dostoïevski, Fédor", "Достоевский, Федор"), ("Gorbatchev, Michel", "Горбачев, Михаил"),
])
def test_a_western_forename_after_a_russian_surname_and_comma_reads_as_the_russian_forename(latin, cyrillic):
    r = to_cyrillic(latin)
    assert r.text == cyrillic
    assert "forename" in r.words[-1].reason


@pytest.mark.parametrize("latin,cyrillic", [
    ("Alexander Kuprin", "Александр Куприн"), ("Alexandre Glazounov", "Александр Глазунов"),
    ("Lydia Ginzburg", "Лидия Гинзбург"), ("Alexander Borodin", "Александр Бородин"),
])
def test_a_forename_russian_writes_one_way_for_any_bearer_is_spelled_so(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("text", ["Nicolas Sarkozy", "Pierre Bourdieu", "Bourdieu, Pierre", "Dumas, Alexandre",
                                  "Kennedy, Paul"])
def test_western_forenames_of_western_names_are_not_touched(text):
    r = to_cyrillic(text)
    assert not any("forename" in w.reason for w in r.words)
    assert r.text == text


@pytest.mark.parametrize("latin,cyrillic", [
    ("Turgieniew", "Тургенев"), ("Jesienin", "Есенин"), ("Breżniew", "Брежнев"), ("Bierdiajew", "Бердяев"),
    ("Niekrasow", "Некрасов"),
])
def test_polish_ie_after_a_consonant_is_e(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Strawiński", "Стравинский"), ("Dzierżyński", "Дзержинский"), ("Bieliński", "Белинский"),
])
def test_polish_n_acute_before_ski_is_n(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Zoïa", "Зоя"), ("Zoïa Kosmodemianskaïa", "Зоя Космодемьянская"), ("Boïarynia Morozova", "Боярыня Морозова"),
])
def test_french_ia_with_a_diaeresis_after_a_vowel_is_ya(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Alexander Herzen", "Александр Герцен"), ("Osip Mandelstam", "Осип Мандельштам"), ("Chagall", "Шагал"),
    ("Hercen", "Герцен"),
])
def test_established_surnames_no_table_spells(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("text,expected", [
    ("Peter Ilyich Tchaikovsky", "Петр Ильич Чайковский"),
    ("Leo Nikolaevich Tolstoy", "Лев Николаевич Толстой"),
    ("Michael Ivanovich Glinka", "Михаил Иванович Глинка"),
])
def test_an_english_forename_before_a_russian_patronymic_is_the_russian_forename(text, expected):
    assert to_cyrillic(text).text == expected


@pytest.mark.parametrize("text,expected", [
    ("Paul I", "Павел I"),
    ("Catherine II", "Екатерина II"),
    ("Peter III", "Петр III"),
])
def test_a_rulers_english_forename_before_a_regnal_numeral(text, expected):
    assert to_cyrillic(text).text == expected


def test_an_initial_after_an_english_forename_is_no_regnal_numeral():
    assert to_cyrillic("Peter I. Smith").text == "Peter I. Smith"
