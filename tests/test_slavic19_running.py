"""Running English text with Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian inside
(translit/langs/running.py): established forms of places, English plurals, the other half of a
name, a small word inside a title, and (Serbian) initials and ISO 9's capital J̌. The sentences are
slavic19's own; the language is named, as ``convert --lang xx`` names it."""
import pytest

from translit.langs.api import convert, key


def run(text: str, lang: str) -> str:
    return convert(text, to="cyrillic", lang=lang, policy="running").text


# -- an established form of a place: the place's own name in the line's language -----------------

@pytest.mark.parametrize("lang, text, want, gone", [
    ("sr", "We flew to Belgrade and took a boat to Novi Sad.", ["Београд", "Нови Сад"], ["Белграде"]),
    ("uk", "Barges once carried grain down the Dnieper past Zaporizhzhia.", ["Дніпро", "Запоріжжя"], ["Днєпер"]),
    ("bg", "The ferry from Belgrade stopped at Vidin.", ["Белград", "Видин"], []),
    ("be", "The painter left Vitebsk for Paris in 1910.", ["Віцебск"], ["Вітэбск"]),
    ("sr", "The road from Sofia reaches Niš in three hours.", ["Софија", "Ниш"], []),
    ("uk", "The DNIESTER floods every spring.", ["ДНІСТЕР"], []),
])
def test_an_established_form_takes_the_place_s_name_in_the_line_s_language(lang, text, want, gone):
    out = run(text, lang)
    assert all(w in out for w in want) and not any(g in out for g in gone), out


@pytest.mark.parametrize("lang, text, want", [
    # the Danube's row names it in no language: English prose keeps Danube, and each language's
    # own spelling is read as it stands
    ("bg", "Cargo ships sail up the Danube from Ruse to Vidin.", ["Danube", "Русе", "Видин"]),
    ("sr", "Fishermen on the Dunav near Novi Sad mend their nets.", ["Дунав", "Нови Сад"]),
    ("uk", "The Danube delta at Vylkove is full of birds.", ["Danube", "Вилкове"]),
])
def test_a_place_with_no_name_in_the_line_s_language_is_left_to_the_reader(lang, text, want):
    out = run(text, lang)
    assert all(w in out for w in want), out


def test_the_new_rows_join_the_place_s_spellings_in_one_key():
    assert key("Dnieper", "uk") == key("Дніпро", "uk") == key("Dnepr", "uk")
    assert key("Danube", "bg") == key("Дунав", "bg")
    # a row's names by language key with it too (Мінськ, the Ukrainian name, is no form of its own)
    assert key("Мінськ", "uk") == key("Minsk", "uk") == key("Мінск", "be") == "minsk"


def test_outside_running_text_a_romanized_title_is_read_as_before():
    # no prose around it: the word is read as the language's romanization, not looked up as a place
    assert convert("Dunav", to="cyrillic", lang="bg").text == "Дунав"


# -- an English plural in -s of a word of the language, or of an English word, is English ----------

@pytest.mark.parametrize("lang, text, kept, read", [
    ("uk", "A room in Poltava cost 900 hryvnias a week.", "hryvnias", "Полтава"),
    ("uk", "The reform merged the small oblasts of the south.", "oblasts", None),
    ("bg", "We bought two banitsas at the station in Pleven.", "banitsas", "Плевен"),
    ("mk", "The coffee in Bitola cost sixty denars.", "denars", "Битола"),
    ("be", "Canoeists on the Nioman camp near Stoŭbcy.", "Canoeists", "Нёман"),
    ("uk", "Soviet papers called the farmers of Poltava kulaks.", "kulaks", "Полтава"),
])
def test_an_english_plural_stays(lang, text, kept, read):
    out = run(text, lang)
    assert kept in out and (read is None or read in out), out


@pytest.mark.parametrize("lang, text, want", [
    ("uk", "Taras drank kvas in Kyiv.", ["Тарас", "квас"]),
    ("uk", "The poet Oles Honchar wrote in Kyiv.", ["Олесь", "Гончар"]),
])
def test_a_word_of_the_language_ending_in_s_is_still_read(lang, text, want):
    out = run(text, lang)
    assert all(w in out for w in want), out


# -- a Western word inside a name or a title read in the language is read with it -----------------
# (the other half of a name: Tina, Dana, Olga; a small word of a title: pad, dni)

@pytest.mark.parametrize("lang, text, want", [
    ("uk", "The singer Tina Karol toured with a band from Lviv.", "Тіна Кароль"),
    ("bg", "The novelist Dana Ivanova was born in Varna.", "Дана Иванова"),
    ("mk", "An essay by Olga Nikolovska opens the volume.", "Олга Николовска"),
    ("uk", "A poem by Ada Ivanenko opens the collection.", "Ада Іваненко"),
    ("be", "Her book Kvietki pad lipami (Minsk, 1988) sold out.", "Кветкі пад ліпамі"),
    ("be", "A review of Hetyja dni, vol. II, appeared in Polymia.", "Гэтыя дні"),
])
def test_a_western_word_inside_a_name_or_title_is_read(lang, text, want):
    assert want in run(text, lang)


def test_a_common_title_before_a_name_stays_english():
    out = run("Mayor Boichenko and President Zelenskyi met in Odesa.", "uk")
    assert "Mayor" in out and "President" in out and "Зеленський" in out, out


def test_the_prose_s_small_words_between_names_stay():
    out = run("From Lviv to Kyiv and Odesa in a day.", "uk")
    assert out == "From Львів to Київ and Одеса in a day.", out


# -- Serbian: initials before a surname, and ISO 9's capital J̌ ---------------------------------------

@pytest.mark.parametrize("text, want", [
    ("The physicist M. Pupin taught at Columbia.", "М. Пупин"),
    ("Stories by D. Kiš were translated early.", "Д. Киш"),
    ("The choral works of S. S. Mokranjac are sung in Niš.", "С. С. Мокрањац"),
])
def test_serbian_initials_are_read_with_their_name(text, want):
    assert want in run(text, "sr")


def test_serbian_initials_without_a_name_stay():
    out = run("Interview with N. P., Novi Sad, 2004.", "sr")
    assert "N. P." in out and "Нови Сад" in out, out


@pytest.mark.parametrize("text, want", [
    ("J̌elena", "Јелена"),
    ("J̌agodina i J̌adar", "Јагодина и Јадар"),
    ("ǰezero", "језеро"),
])
def test_iso9_capital_j_with_caron_is_serbian_j(text, want):
    assert convert(text, to="cyrillic", lang="sr").text == want


# -- running prose with one word of the language: taken for it when identification is all but sure ---

@pytest.mark.parametrize("text, lang, word", [
    ("The museum shop sells pysanky painted by local women.", "uk", "писанки"),
    ("The lament Oplakvane is sung by old women.", "bg", "Оплакване"),
    ("The dance Kolomyika closed the evening.", "uk", "Коломийка"),
    ("They sang Yalynka at the school party.", "uk", "Ялинка"),
    # a Russian word alone stays Russian's
    ("The peasants sang chastushki at the fair.", "ru", "частушки"),
    ("The clown Ivanushka was played by a student.", "ru", "Иванушка"),
    ("The tale Kolobok is read to every child.", "ru", "Колобок"),
])
def test_one_sure_word_in_running_prose_chooses_its_language(text, lang, word):
    from translit.commands import _conversion
    from translit.langs.choose import choose

    assert choose(text).language == lang
    out = _conversion(text, "cyrillic", None, None, 0.0, None, None)[1].text
    assert word in out and out.split()[0] in ("The", "They"), out
