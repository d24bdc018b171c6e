"""Readings chosen by their neighbours (translit.read.context): each rule on inputs of our own,
through the public API with the real pymorphy3 dictionary, and each rule's limits."""

import pytest

from translit import to_cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Belyj, Sergej", "Белый, Сергей"), ("Belyj, Nikolaj", "Белый, Николай"), ("Andrej Belyj", "Андрей Белый"),
])
def test_one_field_reads_j_in_one_scheme(latin, cyrillic):
    # Spanish writes х as j: Белых is a frequent reading of Belyj alone, but Sergej has j = й
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Ekonomicheskij obzor", "Экономический обзор"), ("Istoricheskij zhurnal", "Исторический журнал"),
    ("Kriticheskij ocherk", "Критический очерк"), ("Sovremennye ekonomicheskie problemy", "Современные экономические проблемы"),
])
def test_an_adjective_agrees_with_the_noun_after_it(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Protokoly zasedanii", "Протоколы заседаний"),
    ("Sbornik postanovlenii i rasporiazhenii", "Сборник постановлений и распоряжений"),
    ("Materialy soveshchanii", "Материалы совещаний"),
    ("O rabote zasedanii", "О работе заседаний"),
])
def test_ii_of_a_neuter_noun_without_a_preposition_is_the_genitive_plural(latin, cyrillic):
    r = to_cyrillic(latin)
    assert r.text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Doklad na zasedanii", "Доклад на заседании"), ("O reshenii", "О решении"),
    ("Na ocherednom zasedanii", "На очередном заседании"), ("Pri obsuzhdenii", "При обсуждении"),
    ("V uchrezhdenii", "В учреждении"),
])
def test_ii_after_a_preposition_of_the_dative_or_prepositional_stays_singular(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Istoriia Rossii", "История России"), ("Kommentarii", "Комментарии"), ("Istoriia partii", "История партии"),
])
def test_ii_of_nouns_whose_ii_is_also_genitive_or_nominative_is_left_to_the_word(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Lavrentii Beria", "Лаврентий Берия"), ("Nina Beria", "Нина Берия"),
    ("Lavrentii Pavlovich Beria", "Лаврентий Павлович Берия"),
])
def test_a_word_after_a_forename_prefers_a_surname_reading(latin, cyrillic):
    r = to_cyrillic(latin)
    assert r.text == cyrillic
    assert "surname" in r.words[-1].reason


@pytest.mark.parametrize("latin,cyrillic", [
    ("Ivanov, E. A. (Eduard Aleksandrovich)", "Иванов, Э. А. (Эдуард Александрович)"),
    ("Petrov, E. V. (Erik Vladimirovich)", "Петров, Э. В. (Эрик Владимирович)"),
    ("Sidorova, E. I. (Ella Ivanovna)", "Сидорова, Э. И. (Элла Ивановна)"),
    ("Smirnov, E. P. (Evgenii Petrovich)", "Смирнов, Е. П. (Евгений Петрович)"),
])
def test_initials_take_the_first_letter_of_the_names_written_out_after_them(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Stikhotvorenīia / M. Lermontov", "Стихотворенія / М. Лермонтовъ"),
    ("Sobranīe sochinenīĭ / Lev Tolstoĭ", "Собраніе сочиненій / Левъ Толстой"),
    ("Vospominanīia o Sibiri / P. Kropotkin", "Воспоминанія о Сибири / П. Кропоткинъ"),
])
def test_a_pre_reform_text_gives_consonant_final_words_their_hard_sign(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin", ["Sobranie sochinenii / Lev Tolstoi", "Vospominaniia o Sibiri / P. Kropotkin"])
def test_a_modern_text_gets_no_hard_signs(latin):
    assert "ъ" not in to_cyrillic(latin).text


def test_a_reading_chosen_in_context_says_so_and_keeps_the_word_own_best_as_a_candidate():
    r = to_cyrillic("Protokoly zasedanii")
    w = r.words[1]
    assert "genitive plural" in w.reason and "заседании" in w.reason
    assert [c.cyrillic for c in w.candidates[:2]] == ["заседаний", "заседании"]
    assert w.confidence <= 0.8
