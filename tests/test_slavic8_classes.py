"""slavic8: six classes of issue 15.

1. Belarusian's character model learns from its Hunspell forms (identification of Cyrillic and romanized
   Belarusian, reading its unknown words).
2. Reading romanized text whose schemes tie on spelling: the scheme that reads more words as known words
   settles it (Hod i miesiac: Год, the national system's h, not ISO 9's Ход).
3. Reading romanized Ukrainian: after a preposition of the locative, a word whose best reading has no
   locative form yields to a close rival that has one (v shkoli: школі, not школи), adjectives before
   the noun included (v raionnii likarni: районній лікарні); data in translit/langs/grammar.toml.
4. Cyrillic identification: a word ending in -кы, -гы, -хы is Rusyn, never Russian or Belarusian
   (``[forbidden]`` in translit/langs/evidence.toml).
5. Character models are trained on words with the apostrophe the text is read with (ʼ): Ukrainian's
   list writes ', so every Ukrainian word with an apostrophe was unseen by its model (and Rusyn's).
6. Rusyn, reading by Ukrainian's model, loses on a word Ukrainian's list has at least what Ukrainian
   loses (Стендаль, Бомарше were Rusyn).
"""

import pytest

from translit import identify
from translit.langs.identify import _model_per_letter
from translit.langs.reader import fold_latin, known_word_schemes, preferred_schemes, to_cyrillic


@pytest.mark.parametrize("latin, want", [
    ("Dziaciačy hurtok", "Дзяцячы гурток"),  # ie/ia of the national system: not ISO 9's i + a
    ("Hod i miesiac", "Год і месяц"),  # miesiac reads as a word only in the national system: h is г
    ("Hory i chmary", "Горы і хмары"),  # ch for х: the national system, whose h is г
    ("Hudok na zavodzie", "Гудок на заводзе"),
])
def test_schemes_tied_on_spelling_are_settled_by_known_words(latin, want):
    assert to_cyrillic(latin, "be").text == want


def test_known_word_schemes():
    words = [fold_latin(w) for w in "Hod i miesiac".split()]
    tied = preferred_schemes(words, "be")
    assert len(tied) > 1
    assert known_word_schemes(words, "be", tied) == frozenset({"national"})
    # a tie no known word settles stands; one scheme is returned as it is
    assert known_word_schemes(["qqq"], "be", tied) == tied
    assert known_word_schemes(words, "be", frozenset({"iso9"})) == frozenset({"iso9"})
    assert known_word_schemes(words, "rue", frozenset({"alalc", "x"})) == frozenset({"alalc", "x"})


@pytest.mark.parametrize("word", ["касцёл", "узброеныя", "кніжка", "зубны"])
def test_belarusian_model_learnt_from_its_dictionary(word):
    # Belarusian's character model, trained on its Hunspell forms, fits its own words better than
    # Russian's model does (it had learnt from 5,000 names and translations alone: касцёл -6.5 a letter)
    assert _model_per_letter(word, "be") > _model_per_letter(word, "ru")


@pytest.mark.parametrize("word", ["история", "университет", "государственный"])
def test_belarusian_model_still_rejects_russian_spelling(word):
    assert _model_per_letter(word, "be") < _model_per_letter(word, "ru") - 0.5


@pytest.mark.parametrize("text", ["Касцёл Святога Роха", "Касцёл Святой Ганны", "Цымбалы і дуда"])
def test_belarusian_titles(text):
    assert identify(text).language == "be"


@pytest.mark.parametrize("latin, want", [
    ("Navchannia v shkoli i vdoma", "Навчання в школі і вдома"),
    ("Robota na fermi z tvarynamy", "Робота на фермі з тваринами"),
    ("Likuvannia v raionnii likarni", "Лікування в районній лікарні"),
    ("Sytuatsiia v kryminalnii spravi", "Ситуація в кримінальній справі"),
    ("Pro zakhyst prav u Ukraini ta sviti", "Про захист прав у Україні та світі"),
])
def test_locative_after_its_preposition(latin, want):
    assert to_cyrillic(latin, "uk").text == want


@pytest.mark.parametrize("latin, want", [
    ("Zakony Ukrainy", "Закони України"),  # no preposition
    ("Podorozh v Ukrainu", "Подорож в Україну"),  # the accusative: no locative rival
    ("Dlia shkoly i rodyny", "Для школи і родини"),  # a preposition of the genitive
    ("Ukraini, Polshchi", "України, Польщі"),
])
def test_no_locative_without_its_preposition(latin, want):
    assert to_cyrillic(latin, "uk").text == want


def test_phrase_break_stops_the_rule():
    # a comma between the preposition's phrase and the next word: the next word is not governed
    assert to_cyrillic("Robota na fermi, Ukraini", "uk").text == "Робота на фермі, України"
    assert to_cyrillic("Na; Ukraini", "uk").text == "На; України"


def test_arbitrary_text_survives():
    for text in ["v", "v \u0301", "na  na", "v 123 Ukraini", "\u0000v Ukraini\U0001F600"]:
        assert isinstance(to_cyrillic(text, "uk").text, str)


@pytest.mark.parametrize("text", ["Народны казкы", "Добры книжкы", "Великы ногы", "Шумны потокы",
                                  "Руськы народны співанкы", "Ридны ногы"])
def test_velar_then_final_y_is_rusyn(text):
    # -кы, -гы, -хы at a word's end: Rusyn spelling, never Russian or Belarusian
    assert identify(text).language == "rue"


@pytest.mark.parametrize("text", ["Кыргызстан и Казахстан", "Город Кызыл", "Гы, сказал он"])
def test_velar_y_inside_a_word_or_alone_is_no_evidence(text):
    from translit.langs.identify import forbidden_sequences

    assert forbidden_sequences(text, "ru") == []
    assert identify(text).language == "ru"


@pytest.mark.parametrize("word", ["мʼята", "пʼять", "памʼять", "вʼязанка"])
def test_ukrainian_model_knows_the_apostrophe_text_is_read_with(word):
    # Ukrainian's list writes ' (п'ять), text is read with ʼ: the model is trained on ʼ now, so a
    # word with the apostrophe scores as its letters do (it was -5.6 to -7.3 a letter, every ʼ unseen)
    assert _model_per_letter(word, "uk") > -3.0


@pytest.mark.parametrize("text", ["Вʼязанка казок", "Мʼята", "Памʼять і мова"])
def test_ukrainian_with_apostrophe(text):
    assert identify(text).language == "uk"


@pytest.mark.parametrize("text", ["Стендаль", "Бомарше", "Бертольт Брехт", "Гюстав Курбе"])
def test_foreign_name_russian_list_holds_is_not_rusyn(text):
    # Rusyn reads by Ukrainian's model, trained on these names: it loses on them at least what
    # Ukrainian does, and no longer wins them for costing nothing
    assert identify(text).language == "ru"


@pytest.mark.parametrize("text", ["Історія України", "Наукові праці", "Пісні про кохання"])
def test_ukrainian_stays_sure_beside_rusyn(text):
    r = identify(text)
    assert r.language == "uk" and r.confidence > 0.9


def test_names_and_dictionary_weigh_alike_in_belarusian_training():
    import math

    from translit.langs.reader import NAMES_SHARE, _name_weight

    for names, forms in [(5000, 690000), (100, 1000), (7, 3)]:
        per_name = math.sqrt(_name_weight(names, forms) * 1e9) + 1.0
        per_form = math.sqrt(1e-6 * 1e9) + 1.0
        share = names * per_name / (names * per_name + forms * per_form)
        assert abs(share - NAMES_SHARE) < 1e-6
    assert _name_weight(5000, 0) == 1e-6
    assert _name_weight(0, 10) == 1e-6
