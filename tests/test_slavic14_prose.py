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
