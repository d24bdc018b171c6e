"""Reading whole catalogue fields: MARC-8 tie damage, English notes around Russian, cataloguers'
Latin phrases and abbreviations, and brand names — with the real dictionary and word lists."""

import pytest

from translit import convert, detect, gloss, to_cyrillic
from translit.normalize import fold_ties


@pytest.mark.parametrize("damaged,repaired", [
    ("M\ufe20i\ufe21estorazvitīe", "Mi\u0361estorazvitīe"),      # the halves one letter early
    ("Natalʹ\ufe20i\ufe21a", "Natalʹi\u0361a"),
    ("\ufe20T\ufe21Serkovʹ", "T\u0361Serkovʹ"),
    ("Reabilitat\ufe20s\ufe21ii\ufe20a\ufe21", "Reabilitat\u0361sii\u0361a"),  # well placed: unchanged
])
def test_shifted_marc_half_marks_are_put_back_on_their_pair(damaged, repaired):
    assert fold_ties(damaged) == repaired


def test_shifted_half_marks_read_as_the_tied_letter():
    text = "t. 2. V\ufe20i\ufe21era. ch. 1. \ufe20T\ufe21Serkovʹ i religī\ufe20i\ufe21a -- 2-\ufe20i\ufe21a polovina"
    r = to_cyrillic(text)
    assert r.text == "т. 2. Вѣра. ч. 1. Церковь и религія -- 2-я половина"
    assert "\ufe20" not in r.text and "\ufe21" not in r.text


def test_detection_sees_words_written_with_marc_half_marks():
    d = detect("Vor, shpion i ubiĭt\ufe20s\ufe21a / I\ufe20U\ufe21riĭ Buĭda.")
    assert d.is_romanized_russian and d.best == "alalc"
    assert to_cyrillic("Vor, shpion i ubiĭt\ufe20s\ufe21a / I\ufe20U\ufe21riĭ Buĭda.").text == \
        "Вор, шпион и убийца / Юрий Буйда."


def test_english_note_keeps_its_english_and_the_name_inside_it():
    text = ("Savine Collection copy is author's presentation copy to Natalʹi\u0361a Aleksandrovna Ilʹina. "
            "Inscription on flyleaf: \"Mnogouvazhaemoĭ Natalʹe Aleksandrovne Ilʹinoĭ na dobrui\u0361u pami\u0361atʹ.\"")
    r = to_cyrillic(text)
    assert " Collection copy is author's presentation copy to Natalʹi\u0361a Aleksandrovna Ilʹina. " \
           "Inscription on flyleaf: " in r.text
    assert r.text.endswith("\"Многоуважаемой Наталье Александровне Ильиной на добрую память.\"")


def test_convert_still_romanizes_a_name_inside_english():
    c = convert("A letter to Natalʹi\u0361a Ilʹina from Paris.", to="bgn-pcgn")
    assert c.text == "A letter to Natal’ya Il’ina from Paris."


def test_a_name_between_russian_words_is_read():
    assert to_cyrillic("Reinkarnat\u0361sii\u0361a / Pavel Kozloff.").text == "Реинкарнация / Павел Козлофф."


def test_chapter_or_part_follows_the_language_around_it():
    assert to_cyrillic("Ocherki po istorii russkoĭ kulʹtury, ch. 2").text == "Очерки по истории русской культуры, ч. 2"
    assert to_cyrillic("See the introduction, ch. 2 of the book").text == "See the introduction, ch. 2 of the book"


def test_hyphenated_russian_abbreviations_are_russian():
    assert to_cyrillic("Moskva : In-t vseobshcheĭ istorii RAN, 2000-").text == \
        "Москва : Ин-т всеобщей истории РАН, 2000-"


def test_a_closing_quote_is_not_a_soft_sign():
    assert to_cyrillic("Zhurnal 'Novaia Niva'.").text == "Журнал 'Новая Нива'."
    assert to_cyrillic("Gogol' i Pushkin").text == "Гоголь и Пушкин"


def test_western_words_the_scheme_cannot_spell_stay():
    assert to_cyrillic("Parizh : YMCA-Press, 1949.").text == "Париж : YMCA-Press, 1949."
    assert to_cyrillic("CardioSomatika").text == "CardioСоматика"


def test_latin_phrases_and_bracketed_designations_stay_but_initials_are_read():
    r = to_cyrillic("Novai\u0361a niva [serial] / avtory stateĭ N.M. Smirnova ... et al.")
    assert r.text == "Новая нива [serial] / авторы статей Н.М. Смирнова ... et al."
    assert to_cyrillic("po materialam arkhiva S.L. Bertensona").text == "по материалам архива С.Л. Бертенсона"


def test_a_lookalike_among_russian_words_is_russian():
    assert to_cyrillic("Marginal : roman / Aleksandr Volkov.").text == "Маргинал : роман / Александр Волков."
    # beside English words it stays English
    assert to_cyrillic("Marginal notes on the roman history").text == "Marginal notes on the roman history"


def test_a_word_with_the_scheme_s_diacritics_is_read_by_its_table():
    assert to_cyrillic("Vzroslenie / Mikhail Ett\u0361selʹ.").text == "Взросление / Михаил Етцель."
    assert to_cyrillic("I\u0361Uvenilia").text == "Ювенилиа"
    w = to_cyrillic("Ett\u0361selʹ").words[0]
    assert [c.cyrillic for c in w.candidates[:2]] == ["Етцель", "Этцель"]
    assert "own table" in w.reason


def test_names_in_a_german_record_stay_latin_where_nothing_marks_them():
    text = "bis zum Horizont = v storonu gorizonta / Übersetzung Russisch: Maria Romakina, Alex A. Naanou."
    assert to_cyrillic(text).text == \
        "bis zum Horizont = в сторону горизонта / Übersetzung Russisch: Maria Romakina, Alex A. Naanou."


def test_patronymic_marks_a_name_as_russian():
    assert to_cyrillic("Mirzoev, Saĭmuddin Tilloevich").text == "Мирзоев, Саймуддин Тиллоевич"


def test_hyphenated_abbreviations_are_glossed():
    found = {g.input: g.gloss for g in gloss("Moskva : In-t istorii, Izd-vo Nauka") if g.gloss}
    assert any("institute" in v for v in found.values())
    assert any("publishing house" in v for v in found.values())


def test_a_word_of_both_languages_between_them_goes_with_the_one_it_is_commoner_in():
    assert to_cyrillic("I am on the roman road to Moskva.").text == "I am on the roman road to Москва."
    # "ob" is об (commoner in Russian), and then the lone "l" follows it: л. 5об.
    assert to_cyrillic("RGASPI, f. 17, op. 3, d. 1003, l. 5ob.; see also Pravda").text == \
        "РГАСПИ, ф. 17, оп. 3, д. 1003, л. 5об.; see also Pravda"


def test_a_russian_name_english_also_writes_is_read_alone_and_kept_in_english():
    assert to_cyrillic("Tchaikovsky").text == "Чайковский"
    assert to_cyrillic("Petr Tchaikovsky").text == "Петр Чайковский"
    assert to_cyrillic("The music of Tchaikovsky and Rachmaninoff").text == \
        "The music of Tchaikovsky and Rachmaninoff"


def test_all_caps_words_get_no_name_bonus_but_names_still_read():
    assert to_cyrillic("Moskva : AIRO-XXI, 2021.").text == "Москва : АИРО-XXI, 2021."
    assert to_cyrillic("NEIZVESTNYI BUKHARIN").text == "НЕИЗВЕСТНЫЙ БУХАРИН"


def test_french_convention_writes_final_yn_as_yne():
    from translit import romanize

    assert romanize("Солженицын", "french") == "Soljenitsyne"
    assert to_cyrillic("Soljenitsyne").text == "Солженицын"


def test_an_unknown_name_between_russian_words_is_read_not_judged_by_frequency():
    assert to_cyrillic("Kuyrkʺjavr Yttyk-Këlʹ", scheme=None).text == "Куыркъявр Ыттык-Кёль"


def test_detection_reads_words_with_stress_accents():
    d = detect("Bujarin, Nikolái Ivánovich")
    assert d.is_romanized_russian and d.best == "spanish"


def test_parts_of_a_hyphenated_word_read_together():
    assert to_cyrillic("Yoshkar-Ola").text == "Йошкар-Ола"  # Ola alone would be the name Оля
    w = to_cyrillic("Joškar-Ola").words[1]
    assert w.cyrillic == "Ола" and "йошкар-ола" in w.reason
    assert to_cyrillic("Rostov-na-Donu").text == "Ростов-на-Дону"


def test_adjective_ending_written_iy_reads_as_yi_when_only_that_is_a_word():
    assert to_cyrillic("Noviy Urengoy").text == "Новый Уренгой"
    assert to_cyrillic("Vasiliy Grossman").text == "Василий Гроссман"


def test_gost_b_ye_is_the_old_letter_only_in_gost_b():
    assert to_cyrillic("Artyem Krayevoy").text == "Артем Краевой"  # not Артѣм
    assert to_cyrillic("Fhyodor`` myesto", scheme="gost-779b").text == "Ѳёдоръ мѣсто"


@pytest.mark.parametrize("text,expected", [
    ("Petr I i ego vremia", "Петр I и его время"),
    ("Karl V i ego imperiia", "Карл V и его империя"),
    ("Aleksandr I: zhiznʹ", "Александр I: жизнь"),
    ("Ekaterina II i Petr I", "Екатерина II и Петр I"),
])
def test_a_regnal_numeral_after_a_forename_in_a_catalogue_field(text, expected):
    assert to_cyrillic(text).text == expected


@pytest.mark.parametrize("text,expected", [
    ("Пётр I и его время", "Пётр I и его время"),
    ("Россия и I мировая война", "Россия и I мировая война"),
    ("Съезд V созыва", "Съезд V созыва"),
])
def test_a_roman_numeral_between_cyrillic_words_stays(text, expected):
    assert to_cyrillic(text).text == expected


@pytest.mark.parametrize("text,expected", [
    ("Ivan I Mariia", "Иван И Мария"),          # title case: the conjunction, as capitalized
    ("Nikolai I. Bukharin", "Николай И. Бухарин"),  # an initial
    ("Voina I Mir", "Война И Мир"),
])
def test_a_capital_i_before_a_capital_or_as_an_initial_is_still_read(text, expected):
    assert to_cyrillic(text).text == expected
