"""English prose with Ukrainian, Belarusian, Bulgarian or Macedonian inside (slavic14): the English
possessive, prose words kept by ``convert``'s running policy, and the language of the words inside
running prose. Inputs written for these tests, none from a benchmark file."""

from translit import convert
from translit.langs.choose import choose


def test_possessive_s_of_a_romanized_name_is_kept():
    """The 's after a romanized name is English: the name is read, the 's stays (no ь, no с)."""
    cases = [("Kotliarevskyi's play Natalka Poltavka was first staged in 1819.", "uk", "Котляревський's"),
             ("We read Yovkov's Staroplaninski legendi in class.", "bg", "Йовков's"),
             ("Racin's Beli mugri was printed in Samobor.", "mk", "Рацин's")]
    for text, lang, want in cases:
        out = convert(text, to="cyrillic", lang=lang, policy="running").text
        assert want in out, out
        assert "ьс" not in out and "'с" not in out


def test_possessive_s_after_cyrillic_is_kept_when_romanizing():
    """A Cyrillic name with an English 's, romanized: the s is not read as a letter of the name."""
    for text, lang, want in [("Полтава's museums are small.", "uk", "Poltava's museums"),
                             ("Варна's harbour was busy.", "bg", "Varna's harbour"),
                             ("Битола's consulates are old.", "mk", "Bitola's consulates")]:
        assert convert(text, to="alalc", lang=lang).text.startswith(want)


def test_running_policy_keeps_english_on_a_line_mostly_in_the_language():
    """convert's running policy (its default in the CLI, as for Russian) keeps the English words of a
    line where they are few (In, the, adopted) and still reads the language's words."""
    out = convert("In 1991 the Verkhovna Rada adopted the Akt proholoshennia nezalezhnosti Ukrainy.",
                  to="cyrillic", lang="uk", policy="running").text
    assert out == "In 1991 the Верховна Рада adopted the Акт проголошення незалежності України."
    out = convert("The vestibule of the Narodno sobranie was restored by the architect.",
                  to="cyrillic", lang="bg", policy="running").text
    assert out == "The vestibule of the Народно собрание was restored by the architect."
    out = convert("A plaque in Bitola recalls the congress that codified Makedonska azbuka.",
                  to="cyrillic", lang="mk", policy="running").text
    assert out == "A plaque in Битола recalls the congress that codified Македонска азбука."


def test_every_policy_still_reads_every_word():
    """The every-word policy is not the running one: a common English word is read too."""
    out = convert("In 1991 the Verkhovna Rada adopted it.", to="cyrillic", lang="uk", policy="every").text
    assert not out.startswith("In 1991 the ")


def test_rarer_english_word_read_as_nothing_is_kept():
    """On a mixed line, an English word of middling frequency whose reading is no word of the language
    (curriculum, watercolours, vestibule) stays; the language's words around it are read."""
    out = convert("The rector of Kyivo-Mohylianska akademiia reformed the curriculum.",
                  to="cyrillic", lang="uk", policy="running").text
    assert out.endswith("reformed the curriculum.") and "академія" in out
    out = convert("An exhibition in Lviv showed the watercolours of Olena Kulchytska.",
                  to="cyrillic", lang="uk", policy="running").text
    assert "watercolours" in out and "Кульчицька" in out


def test_language_of_the_words_inside_english_prose():
    """Running English prose around a Ukrainian, Bulgarian or Macedonian title is read in that
    language when its non-English words identify it surely."""
    assert choose("The diary, Shchodennyk z Poltavshchyny, was found in a trunk in the attic.").language == "uk"
    assert choose("The reviewer praised Srednovekovnite crkvi vo Ohridsko and its photographs.").language == "mk"
    assert choose("A new edition of Istoriia na balgarite came out in the spring.").language == "bg"


def test_russian_prose_and_one_english_surname_stay_russian():
    """One rare English surname (Tucker) is too little to take English prose for another language,
    and Russian inside English prose stays Russian."""
    assert choose("Tucker traces the cult to the birthday of the leader in 1929.").language == "ru"
    assert choose("The diary of Nikolai Bukharin, Tiuremnye rukopisi, was found in the archive.").language == "ru"
    assert choose("Robert Conquest wrote about the famine in the Kuban and the Volga.").language == "ru"


def test_western_abbreviations_and_roman_numerals_kept_in_the_languages():
    """p., pp., vol., ed., pt., ch. before a number or numeral, and Roman numerals, stay English on a
    line of Ukrainian, Bulgarian or Macedonian (the lists of translit/read/western.toml)."""
    out = convert("Mykhailo Hrushevskyi, Istoriia Ukrainy-Rusy (Lviv, 1904), vol. IV, pp. 112-118.",
                  to="cyrillic", lang="uk", policy="running").text
    assert out.endswith("(Львів, 1904), vol. IV, pp. 112-118.") and out.startswith("Михайло Грушевський")
    out = convert("Ivan Shishmanov, Izbrani sachinenia, ed. by the Academy, vol. II, p. 7.",
                  to="cyrillic", lang="bg", policy="running").text
    assert out.endswith(", ed. by the Academy, vol. II, p. 7.") and out.startswith("Иван Шишманов")
    out = convert("Blazhe Koneski, Gramatika na makedonskiot literaturen jazik, pt. I, ch. 3.",
                  to="cyrillic", lang="mk", policy="running").text
    assert out.endswith("јазик, pt. I, ch. 3.")


def test_english_word_among_kept_english_words_is_kept():
    """A common English word that is also a word of the language (poet, поет) is English between
    kept English words, and a capitalized first word before a kept one (Do not, Sad stories)."""
    out = convert("The curator praised the poet and the painter, and Olena Teliha wrote back.",
                  to="cyrillic", lang="uk", policy="running").text
    assert "the poet and" in out and "Олена Теліга" in out
    out = convert("Do not expect Prosvita to answer quickly.", to="cyrillic", lang="uk", policy="running").text
    assert out.startswith("Do not expect ")
    out = convert("Sad stories fill the pages of Vecheri v Antimovskiia khan.", to="cyrillic", lang="bg",
                  policy="running").text
    assert out.startswith("Sad stories fill the pages of ")
    # the language's own preposition before its words is still read
    assert convert("Do Kyieva pryikhav poet.", to="cyrillic", lang="uk", policy="running").text.startswith("До Києва")


def test_marked_title_in_english_prose_identified_from_its_own_words():
    """A title with marks other languages' tables write (ŭ, ḱ, ï), inside English prose, is
    identified from its own words, not from the prose (which pulled Bulgarian ŭ to Belarusian)."""
    assert choose("The review praised Bŭlgarska literaturna istoriia for its wide range of sources.").language == "bg"
    assert choose("A study of Pejčinoviḱ and his Ogledalo appeared in the journal.").language == "mk"
    assert choose("Ivan Franko sent Ukraïnsʹki narodni pisni to the printer in the spring.").language == "uk"


def test_capitalized_english_word_between_kept_words():
    """A capitalized common English word between kept words (the April Uprising, the Easter Sunday)
    stays; a capitalized title of the language in the same place (the poem Kateryna was) is read."""
    out = convert("Ivan Vazov wrote of the April Uprising and the May Day parade.", to="cyrillic", lang="bg",
                  policy="running").text
    assert out == "Иван Вазов wrote of the April Uprising and the May Day parade."
    out = convert("The service on Easter Sunday was led by Patriarch Filaret.", to="cyrillic", lang="uk",
                  policy="running").text
    assert "on Easter Sunday was" in out
    out = convert("Taras Shevchenko wrote the poem Kateryna in 1838.", to="cyrillic", lang="uk", policy="running").text
    assert "the poem Катерина in 1838" in out


def test_western_word_with_accents_no_table_of_the_language_writes():
    """café, Zürich: accents none of the language's tables writes do not make a word the language's;
    a mark its tables write (Bykaŭ, ŭ) still does."""
    out = convert("Lunch in a café near the Zoloti vorota cost little.", to="cyrillic", lang="uk", policy="running").text
    assert out == "Lunch in a café near the Золоті ворота cost little."
    out = convert("Ivan Franko spent a winter in Zürich and wrote Zivyale lystia there.", to="cyrillic", lang="uk",
                  policy="running").text
    assert "in Zürich and" in out and out.startswith("Іван Франко")
    assert convert("Bykaŭ wrote in a café.", to="cyrillic", lang="be", policy="running").text == "Быкаў wrote in a café."
