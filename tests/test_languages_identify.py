"""Language identification for Cyrillic and romanized text, with its evidence."""

import pytest

from translit.langs.identify import identify


@pytest.mark.parametrize("text,lang", [
    ("Історія України-Руси", "uk"),
    ("Українська радянська енциклопедія", "uk"),
    ("Київ: Наукова думка", "uk"),
    ("Беларуская савецкая энцыклапедыя", "be"),
    ("Гісторыя Беларусі", "be"),
    ("Мінск: Навука і тэхніка", "be"),
    ("История на българския език", "bg"),
    ("Нова история на България", "bg"),
    ("София: Наука и изкуство", "bg"),
    ("Историја Србије", "sr"),
    ("Београд: Српска књижевна задруга", "sr"),
    ("Ђорђе Ђорђевић, ћирилица", "sr"),
    ("Историја на македонскиот народ", "mk"),
    ("Скопје: Македонска книга", "mk"),
    ("Ѓорѓи Ќосев", "mk"),
    ("История Коммунистической партии Советского Союза", "ru"),
    ("Литературная энциклопедия", "ru"),
    ("Мѣсто и время Россіи", "ru"),      # pre-1918 Russian: і is Russian beside ѣ
])
def test_cyrillic_text(text, lang):
    r = identify(text)
    assert r.script == "cyrillic" and r.language == lang, r.as_dict()


@pytest.mark.parametrize("text,lang", [
    ("Kyiv Kharkiv Lviv", "uk"),
    ("Hrushevskyi Mykhailo, Istoriia Ukrainy", "uk"),
    ("Istorii͡a Ukraïny-Rusy", "uk"),
    ("Istoriya na balgarskiya ezik", "bg"),
    ("Istorii͡a na bŭlgarskii͡a ezik", "bg"),
    ("Istorija Srbije", "sr"),
    ("Đorđe Đorđević", "sr"),
    ("Istorija na makedonskiot narod", "mk"),
    ("Ǵorǵi Ḱosev", "mk"),
    ("Mahilioŭ Viciebsk", "be"),
    ("Istoriia Kommunisticheskoi partii Sovetskogo Soiuza", "ru"),
])
def test_romanized_text(text, lang):
    r = identify(text)
    assert r.script == "latin" and r.language == lang, r.as_dict()


def test_evidence_and_confidence_are_reported():
    r = identify("Їжакевич і Ґалаґан")
    top = r.ranking[0]
    assert top.language == "uk" and any("ї" in e for e in top.evidence)
    assert any("not in its alphabet" in e for e in next(s for s in r.ranking if s.language == "ru").evidence)
    # a language with no word list (Rusyn) never claims more than the stated ceiling, even where
    # its letters alone decide (ы beside ї: only Rusyn has both)
    for text in ("Русиньскый язык і їх культура", "Мы їхали"):
        r = identify(text)
        assert r.language == "rue" and r.ranking[0].score - r.ranking[1].score > 2 and r.confidence <= 0.75
    # Belarusian has its Hunspell list (langs/lexicon.py) and no ceiling
    assert identify("Гісторыя Беларусі").language == "be" and identify("Гісторыя Беларусі").confidence > 0.9
    assert set(r.as_dict()) == {"language", "script", "confidence", "ranking"}


@pytest.mark.parametrize("text", ["", "1917–1991", "☃ ∞", "\x00\ufffd"])
def test_text_without_words(text):
    r = identify(text)
    assert r.language is None and r.script == "none"


@pytest.mark.parametrize("text", ["Вершы і паэмы", "Кніга для чытання", "Народная гаспадарка Беларусі",
                                  "Зборнік артыкулаў па гісторыі", "Мастацкая літаратура"])
def test_belarusian_words_the_dictionary_knows_identify_belarusian(text):
    from translit.langs.identify import _dictionary_only_langs

    assert "be" in _dictionary_only_langs()  # hunspell-be installed (make dicts)
    r = identify(text)
    assert r.language == "be", [s.as_dict() for s in r.ranking[:3]]
    assert any("in its dictionary" in e for e in r.ranking[0].evidence)  # the dictionary's words are the evidence


@pytest.mark.parametrize("text,lang", [("Новая история России", "ru"), ("Нова історія України", "uk"),
                                       ("Нова история на България", "bg"), ("Историја српског народа", "sr")])
def test_a_dictionary_without_frequencies_does_not_take_the_other_languages_shared_words(text, lang):
    assert identify(text).language == lang


def test_list_floors_tell_large_lists_from_small():
    """wordfreq's lists differ in depth: Russian, Ukrainian and Macedonian go down to Zipf 1,
    Bulgarian and Serbo-Croatian stop at 3; a language without a wordfreq list has no floor."""
    from translit.langs.lexicon import list_floor

    for lang in ("ru", "uk", "mk"):
        assert list_floor(lang) < 1.5
    for lang in ("bg", "sr"):
        assert 2.9 < list_floor(lang) < 3.2
    assert list_floor("rue") == 0.0 and list_floor("be") == 0.0


@pytest.mark.parametrize("text,lang", [
    # авлија, бостан: Zipf 1.5 and 2.5 in Macedonian's large list, below what the Serbian and
    # Bulgarian lists show at all; the words around them decide
    ("Лепа чаршија и стара авлија", "sr"),
    ("Стара авлија", "sr"),
    ("Бостан край реката", "bg"),
])
def test_a_word_rarer_than_a_small_list_shows_does_not_count_against_its_language(text, lang):
    r = identify(text)
    assert r.language == lang, [s.as_dict() for s in r.ranking[:3]]


def test_a_rare_word_is_evidence_where_the_list_is_deep_enough_to_show_it():
    """Missing from a large list still counts: Russian's list goes down to Zipf 1, so бакалин,
    which Macedonian lists at 1.4 and Russian lacks, counts against Russian and not against the
    languages whose lists stop at Zipf 3."""
    from translit.langs.identify import _identify_cyrillic

    scores = {s.language: s.score for s in _identify_cyrillic("бакалин")}
    assert scores["sr"] > scores["ru"] and scores["bg"] > scores["ru"]


@pytest.mark.parametrize("text", ["Песен за хайдутите", "Хайдути и войводи", "Чорбаджиите и хайдутите",
                                  "Сказание за хайдутина", "Писма до хайдутите"])
def test_bulgarian_forms_only_the_dictionary_knows_identify_bulgarian(text):
    """Definite and plural forms (хайдутите, хайдутина) are below what wordfreq's Bulgarian list
    shows; Hunspell's Bulgarian forms (make dicts) know them, and a form the dictionary has may
    stand as high as the list's floor."""
    from translit.langs.lexicon import has_dictionary, list_floor, zipf

    assert has_dictionary("bg") and list_floor("bg") > 2.9
    assert zipf("хайдутите", "bg") > 0
    r = identify(text)
    assert r.language == "bg", [s.as_dict() for s in r.ranking[:3]]


@pytest.mark.parametrize("text", ["Сказание о граде Китеже", "Под монастырской стеной", "Князь Серебряный",
                                  "Повесть временных лет", "Гроза над городом",
                                  # ежов is a Bulgarian adjective in its dictionary too; Russian's list has it
                                  "Ежов Николай Иванович"])
def test_russian_titles_with_words_bulgarian_shares_stay_russian(text):
    assert identify(text).language == "ru"


@pytest.mark.parametrize("text,lang", [
    ("Българска литература", "bg"), ("Път към себе си", "bg"), ("Съвременна поезия", "bg"),
    ("Объявление о съезде", "ru"), ("Подъезд и объезд", "ru"), ("Сборникъ статей", "ru"),
])
def test_hard_sign_before_a_consonant_is_not_russian(text, lang):
    """Russian writes ъ only before е ё ю я (or word-finally in the old spelling): ъ before a
    consonant counts against it, with the sequence in the evidence; its own uses do not."""
    found = identify(text)
    assert found.language == lang
    russian = next(s for s in found.ranking if s.language == "ru")
    said = any("not written in its spelling" in e for e in russian.evidence)
    assert said == (lang == "bg")


def test_forbidden_sequences_come_from_the_data_file():
    from translit.langs.identify import forbidden_sequences

    assert forbidden_sequences("България към съезд Чанъань", "ru") == ["ъл", "ъм"]
    assert forbidden_sequences("българия", "bg") == []
    assert forbidden_sequences("Т'га за југ", "sr") == ["тʼг"]
    assert forbidden_sequences("Т'га за југ", "mk") == []
    assert forbidden_sequences("Мʼята сімʼя", "uk") == []


@pytest.mark.parametrize("word", ["кунчев", "попчев", "сипаницата"])
def test_a_word_the_bulgarian_dictionary_knows_is_not_faulted_for_its_letters(word):
    """A form of the Bulgarian dictionary that Macedonian's list also has, near its floor: the
    Bulgarian character model does not count against it (Васил Иванов Кунчев is Bulgarian)."""
    from translit.langs.identify import _identify_cyrillic

    scores = {s.language: s.score for s in _identify_cyrillic(word)}
    assert scores["bg"] == max(scores.values())


@pytest.mark.parametrize("text,lang", [
    ("Т'га за југ", "mk"), ("Т'га и радост", "mk"), ("Песна за т’гата", "mk"),
    ("Пʼять років", "uk"), ("Сімʼя і школа", "uk"), ("Мʼята", "uk"),
])
def test_an_apostrophe_between_consonants_is_the_macedonian_schwa(text, lang):
    """Ukrainian, Belarusian and Rusyn write the apostrophe only before a vowel letter; an
    apostrophe between consonants (any of ' ’ ʼ) is Macedonian's schwa and no other language's."""
    assert identify(text).language == lang


@pytest.mark.parametrize("text,lang,romanized", [
    ("Очерки, т. ІІ", "ru", "Ocherki, t. II"),                  # Ukrainian І as a numeral's letter
    ("История XX в., т. ІІ", "ru", "Istorii͡a XX v., t. II"),
    ("Россия в ХІХ веке", "ru", "Rossii͡a v XIX veke"),         # Cyrillic Х and І
    ("Історія України, т. ІІ", "uk", "Istorii͡a Ukraïny, t. II"),  # the numeral takes nothing from Ukrainian
])
def test_a_roman_numeral_in_cyrillic_lookalikes_is_no_evidence_of_a_language(text, lang, romanized):
    from translit import romanize

    assert identify(text).language == lang
    assert romanize(text, "alalc", lang="auto") == romanized


@pytest.mark.parametrize("word,lang", [("Басейн", "bg"), ("Цяло", "bg"), ("Задатак", "sr"),
                                       ("Доказ", "sr"), ("Платформа", "mk")])
def test_a_word_belarusian_dictionary_knows_goes_to_the_list_that_measured_it(word, lang):
    """Belarusian's Hunspell forms carry no frequency: a word it knows counts just below the best
    frequency list, so a common Bulgarian, Serbian or Macedonian word that the Belarusian
    dictionary also has (басейн, задатак, платформа) is not taken for Belarusian on a tie."""
    from translit.langs.lexicon import has_lexicon, is_word

    assert has_lexicon("be") and is_word(word, "be")   # the tie is real: Belarusian knows the word
    r = identify(word)
    assert r.language == lang, r.as_dict()
    scores = {s.language: s.score for s in r.ranking}
    assert 0 < scores[lang] - scores["be"] < 0.5       # a tie broken, not a verdict against Belarusian


@pytest.mark.parametrize("text", ["Беларуская мова і літаратура", "Наша зямля", "Вялікае княства Літоўскае"])
def test_belarusian_text_stays_belarusian_with_its_dictionary_below_the_lists(text):
    assert identify(text).language == "be"

