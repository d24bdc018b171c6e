"""Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and Rusyn tables: samples, context rules, loader."""

import pytest

from translit import romanize
from translit.errors import UnknownLanguageError, UnknownSchemeError
from translit.schemes import SCHEME_IDS, all_schemes, get_scheme, languages, scheme_ids

OTHER = [code for code in languages() if code != "ru"]
SAMPLES = [(lang, s.id, smp.cyrillic, smp.latin) for lang in OTHER for s in all_schemes(lang) for smp in s.samples]


def test_every_language_has_its_tables():
    assert set(OTHER) == {"uk", "be", "bg", "sr", "mk", "rue"}
    for lang in OTHER:
        assert "alalc" in scheme_ids(lang)
        for s in all_schemes(lang):
            assert s.lang == lang and s.name and s.standard and s.source and s.samples
            assert s.choices, f"{lang}/{s.id} says what was decided"
    assert scheme_ids("ru") == SCHEME_IDS


@pytest.mark.parametrize("lang,scheme,cyrillic,latin", SAMPLES)
def test_language_samples(lang, scheme, cyrillic, latin):
    assert romanize(cyrillic, scheme, lang=lang) == latin


def test_russian_is_the_default_and_unchanged():
    assert romanize("Киев Харьков", "alalc") == romanize("Киев Харьков", "alalc", lang="ru") == "Kiev Kharʹkov"
    # The same word in the Ukrainian table reads г as h and и as y.
    assert romanize("Григорий", "alalc", lang="uk") == "Hryhoryĭ"


def test_unknown_language_or_scheme_is_a_clear_error():
    with pytest.raises(UnknownLanguageError, match="known languages: ru, uk"):
        romanize("Київ", "alalc", lang="xx")
    with pytest.raises(UnknownSchemeError, match="known schemes: alalc, national, bgn-pcgn, iso9"):
        romanize("Ниш", "icao", lang="sr")


@pytest.mark.parametrize("cyr,lat", [
    ("Єнакієве", "Yenakiieve"), ("Їжакевич", "Yizhakevych"), ("Йосипівка", "Yosypivka"),
    ("Юрій", "Yurii"), ("Яготин", "Yahotyn"), ("Гаєвич", "Haievych"), ("Кадиївка", "Kadyivka"),
    ("Стрий", "Stryi"), ("Корюківка", "Koriukivka"), ("Костянтин", "Kostiantyn"),
])
def test_ukrainian_national_is_position_dependent(cyr, lat):
    assert romanize(cyr, "national", lang="uk") == lat


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_ukrainian_apostrophe_in_any_encoding(apostrophe):
    word = f"Знам{apostrophe}янка"
    assert romanize(word, "national", lang="uk") == "Znamianka"
    assert romanize(word, "alalc", lang="uk") == "Znamʺi͡anka"
    assert romanize(f"м{apostrophe}ята", "bgn-pcgn", lang="uk") == "m”yata"
    # An apostrophe that is a quotation mark, not between letters, is left alone.
    assert romanize(f"{apostrophe}Київ{apostrophe}", "national", lang="uk") == f"{apostrophe}Kyiv{apostrophe}"


@pytest.mark.parametrize("cyr,lat", [("Згорани", "Zghorany"), ("розгалуження", "rozghaluzhennia"), ("Зграя", "Zghraia")])
def test_ukrainian_zg_is_zgh(cyr, lat):
    assert romanize(cyr, "national", lang="uk") == lat


@pytest.mark.parametrize("cyr,lat", [("Ельск", "Jeĺsk"), ("Заслаўе", "Zaslaŭje"), ("Віцебск", "Viciebsk"),
                                     ("Маладзечна", "Maladziečna"), ("Ляхавічы", "Liachavičy")])
def test_belarusian_national_je_ie(cyr, lat):
    assert romanize(cyr, "national", lang="be") == lat


@pytest.mark.parametrize("cyr,lat", [("България", "Bulgaria"), ("Мария", "Maria"), ("история", "istoria"),
                                     ("Ияша", "Iyasha"), ("революцията", "revolyutsiyata")])
def test_bulgarian_ia_only_at_word_end(cyr, lat):
    assert romanize(cyr, "national", lang="bg") == lat


@pytest.mark.parametrize("cyr,final,drop", [("народъ", "narodʺ", "narod"), ("градъ", "gradʺ", "grad"),
                                            ("съдъ", "sŭdʺ", "sŭd")])
def test_bulgarian_final_hard_sign(cyr, final, drop):
    assert romanize(cyr, "alalc", lang="bg") == final
    assert romanize(cyr, "alalc", lang="bg", drop_final_hard_sign=True) == drop


@pytest.mark.parametrize("cyr,lat", [("Љубљана", "Ljubljana"), ("ЉУБЉАНА", "LJUBLJANA"), ("Џеп", "Džep"),
                                     ("ЊЕГОШ", "NJEGOŠ")])
def test_serbian_digraph_capitals(cyr, lat):
    assert romanize(cyr, "national", lang="sr") == lat


def test_macedonian_ties_and_marc_half_marks():
    assert romanize("Ѕвезда", "alalc", lang="mk") == "D͡Zvezda"
    assert romanize("џамија", "alalc", lang="mk", ligatures="marc") == "d\ufe20ž\ufe21amija"
    assert romanize("Ѓорѓи Џабир", "national", lang="mk") == "Gjorgji Dzhabir"
    assert romanize("ЏАБИР", "national", lang="mk") == "DZHABIR"


def test_base_tables_are_merged_and_dropped():
    uk_iso = get_scheme("iso9", "uk")
    assert uk_iso.letters["є"] == "ê" and uk_iso.letters["щ"] == "ŝ"
    assert "ѓ" in get_scheme("alalc", "sr").letters and "ѓ" not in get_scheme("national", "sr").letters
    assert get_scheme("bgn-pcgn", "bg").letters == get_scheme("national", "bg").letters


def test_text_that_is_not_cyrillic_passes_through():
    text = "Kyiv 2010, «Київ» — p. 5 ☃"
    assert romanize(text, "national", lang="uk") == "Kyiv 2010, «Kyiv» — p. 5 ☃"


@pytest.mark.parametrize("lang", ["uk", "be", "bg", "sr", "mk"])
def test_every_country_language_has_a_bgn_pcgn_table(lang):
    scheme = get_scheme("bgn-pcgn", lang)
    assert scheme.lang == lang and "BGN/PCGN" in scheme.standard
    # every letter of the language's modern alphabet is written in Latin letters: none passes through
    from translit.langs.identify import _modern_alphabets

    for letter in sorted(_modern_alphabets()[lang] - {"ʼ"}):
        out = romanize(letter, "bgn-pcgn", lang=lang)
        assert out and not any("\u0400" <= c <= "\u04ff" for c in out), (letter, out)


def test_serbian_bgn_pcgn_is_the_serbian_latin_alphabet():
    text = "Ђорђе Ђорђевић, Џеп, Његотин, ЉУБОМИР Ћосић"
    assert romanize(text, "bgn-pcgn", lang="sr") == "Đorđe Đorđević, Džep, Njegotin, LJUBOMIR Ćosić"
    assert romanize(text, "bgn-pcgn", lang="sr") == romanize(text, "national", lang="sr")


def test_serbian_text_with_bgn_pcgn_and_no_language_named_uses_the_serbian_table():
    from translit.commands import COMMANDS

    result = COMMANDS["romanize"].result("Ђорђе Ђорђевић из Београда", scheme="bgn-pcgn")
    assert result["lang"] == "sr" and result["output"] == "Đorđe Đorđević iz Beograda"
