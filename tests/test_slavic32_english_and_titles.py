"""slavic32: English prose with Ukrainian, Bulgarian, Serbian or Macedonian inside (classes found on
slavic_prose_heldout6.tsv; the inputs here are written for these tests, none is a row of a benchmark set).

English words the readers changed:
 - an English combining form or loanword joined by a hyphen to a kept English word (Russo-Turkish,
   Serbo-Croatian) is one English compound (reader._hyphened_to_kept), never half read (Аустро-Hungarian);
 - a word English's dictionaries hold as its own loan (western.toml english_loanwords: hetman, kulak, boyar)
   between a kept English word and a name is the name's English title (reader._title_noun), also when the
   name is written in Cyrillic (the alalc direction: hetʹman);
 - a lower-case English word between two kept English words that English writes about as often as the
   language writes its reading (the emigrant poet: reader._english_as_often) is the prose's.
Slavic words left in Latin:
 - a common Western noun after a read adjective that agrees with it (Lvivska opera, Makedonska opera:
   running._agreeing_title_noun; Ukrainian by its dictionary, Bulgarian and Macedonian by the endings of
   grammar.toml [adjective_agreement]) is the title's noun;
 - a capitalized Western word before a read function word and another read word (Rat i pesma, Pop i narod:
   running._title_head) heads the title.
Real pymorphy3 dictionaries and wordfreq."""

from __future__ import annotations

import pytest

from translit.commands import _conversion


def _convert(text: str, lang: str | None, to: str = "cyrillic") -> str:
    """``convert --to TO [--lang LANG]`` of one line, as the CLI and benchmarks/slavic_prose.py run it."""
    return _conversion(text, to, None, lang, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, lang, compound, read", [
    ("Ivan Franko wrote about the Russo-Turkish war in Literaturno-naukovyi vistnyk.", "uk", "Russo-Turkish",
     "Літературно-науковий вістник"),
    ("The Serbo-Croatian dictionary of Vuk Karadžić appeared in Beč.", "sr", "Serbo-Croatian", "Вук Караџић"),
    ("Hristo Botev died before the Russo-Turkish war reached Vratsa.", "bg", "Russo-Turkish", "Христо Ботев"),
    ("The Austro-Hungarian censors closed the paper of Vuk Karadžić.", "sr", "Austro-Hungarian", "Вук Караџић"),
    # Serbian reads Austro as a word of its own (Аустро-Угарска), so only the hyphen keeps it English
    ("The Austro-Hungarian army shelled Beograd while Nikola Pašić stayed.", "sr", "Austro-Hungarian", "Никола Пашић"),
    ("An Austro-Hungarian consul in Niš wrote to Jovan Ristić.", "sr", "Austro-Hungarian", "Јован Ристић"),
])
def test_an_english_combining_form_before_a_hyphen_stays_with_its_english_word(text, lang, compound, read) -> None:
    out = _convert(text, lang)
    assert compound in out
    assert read in out


@pytest.mark.parametrize("text, kept, read", [
    ("In 1687 the Cossack hetman Ivan Mazepa was elected at Kolomak.", "hetman", "Іван Мазепа"),
    ("The wealthy kulak Petro Ivanenko lost his land in 1930.", "kulak", "Петро Іваненко"),
    ("The Muscovite boyar Oleksa Popovych came to Kyiv.", "boyar", "Олекса Попович"),
])
def test_an_english_loanword_before_a_read_name_is_its_english_title(text, kept, read) -> None:
    out = _convert(text, "uk")
    assert f" {kept} " in out
    assert read in out


@pytest.mark.parametrize("text, romanized", [
    ("In 1687 the Cossack hetman Іван Мазепа was elected at Коломак.", "hetman Ivan Mazepa"),
    ("The Cossack hetman Іван Виговський won at Конотоп.", "hetman Ivan Vyhovsʹkyĭ"),
    ("The Muscovite boyar Олекса Попович came to Київ.", "boyar Oleksa Popovych"),
])
def test_the_title_before_a_cyrillic_name_stays_english_in_alalc(text, romanized) -> None:
    assert romanized in _convert(text, "uk", "alalc")


def test_a_hetman_the_language_writes_often_is_still_read_in_a_title() -> None:
    # no English word before it: a Ukrainian phrase, read whole
    assert "Гетьман Іван Мазепа" in _convert("Hetman Ivan Mazepa i Baturyn was printed in Kyiv.", "uk")


@pytest.mark.parametrize("text, lang, english, read", [
    ("The emigrant poet Jovan Dučić lived in Washington.", "sr", "emigrant poet", "Јован Дучић"),
    ("Her emigrant relatives in Winnipeg read the newspaper Ukrainskyi holos.", "uk", "emigrant relatives",
     "Український голос"),
    ("The emigrant press printed Makedonska tribuna in Indianapolis.", "mk", "emigrant press", "Македонска"),
])
def test_an_english_word_between_kept_words_written_as_often_as_its_reading_stays(text, lang, english, read) -> None:
    out = _convert(text, lang)
    assert english in out
    assert read in out


def test_a_loan_the_language_writes_far_more_often_stays_read_between_kept_words() -> None:
    from translit.langs.reader import _english_as_often

    assert _english_as_often("emigrant", "емигрант", "bg")          # 2.6 beside 3.2
    assert not _english_as_often("oblast", "область", "uk")         # 2.6 beside 5.2
    assert not _english_as_often("kolo", "коло", "sr")              # 2.5 beside 4.4
    assert not _english_as_often("ajvar", "ајвар", "mk")            # English's list: 1.1


@pytest.mark.parametrize("text, lang, title", [
    ("The Lvivska opera opened in 1900.", "uk", "Львівська опера"),
    ("The Varnenska opera staged Aida in 1950.", "bg", "Варненска опера"),
    ("The Makedonska opera opened its season in Skopje.", "mk", "Македонска опера"),
    ("The Odeske radio went silent in 1941.", "uk", "Одеське радіо"),
])
def test_a_western_noun_after_an_agreeing_read_adjective_is_the_titles(text, lang, title) -> None:
    assert title in _convert(text, lang)


def test_agreement_by_endings_and_by_dictionary() -> None:
    from translit.langs.running import _agrees_in

    assert _agrees_in("Българско", "радио", "bg")
    assert _agrees_in("Македонска", "опера", "mk")
    assert not _agrees_in("градина", "арена", "bg")        # a noun in -на is no adjective of the table
    assert not _agrees_in("Македонско", "опера", "mk")     # neuter before feminine
    assert _agrees_in("Українське", "радіо", "uk")
    assert not _agrees_in("Українська", "радіо", "uk")     # the dictionary: feminine before neuter
    assert _agrees_in("Српско", "радио", "sr")             # Serbian by its endings (slavic33)


@pytest.mark.parametrize("text, lang, title", [
    ("The novel Rat i pesma was written in 1930.", "sr", "Рат и песма"),
    ("The poem Rat na Drini was printed in Novi Sad.", "sr", "Рат на Дрини"),
    ("The play Pop i narod was staged in Sofia.", "bg", "Поп и народ"),
    ("The book Dim na hori was written in Kyiv.", "uk", "Дім на горі"),
    # English's own common word heading the title (bit 5.4, pop 4.9): read only by the function word after it
    ("The anthology Bit i kultura was printed in Plovdiv.", "bg", "Бит и култура"),
    ("The essay Bit i vreme was printed in Novi Sad.", "sr", "Бит и време"),
    ("The essay Bit i jazik was printed in Skopje.", "mk", "Бит и јазик"),
    ("The novel Pop i narod was printed in Novi Sad.", "sr", "Поп и народ"),
])
def test_a_western_word_heading_a_title_before_a_read_function_word_is_read(text, lang, title) -> None:
    assert title in _convert(text, lang)


@pytest.mark.parametrize("text, lang, english", [
    ("The Rat and the Mole i Kyiv.", "uk", "The Rat and"),    # no read function word after Rat
    ("Pop music reached Sofia in 1960.", "bg", "Pop music"),
])
def test_a_western_word_before_english_stays(text, lang, english) -> None:
    assert english in _convert(text, lang)
