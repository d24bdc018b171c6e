"""A Roman numeral is no word of any language: it neither blocks nor casts the choice of language
for a romanized text (lev xiii is Russian, as Lev XIII is; a Ukrainian title with a numeral stays
Ukrainian)."""

import pytest

import translit
from translit.langs.choose import choose


@pytest.mark.parametrize("text", ["lev xiii", "ioann xxiii", "Pii XII i Rossiia", "Ekaterina II"])
def test_a_numeral_does_not_keep_a_russian_text_from_russian(text):
    assert choose(text).language == "ru"


@pytest.mark.parametrize("typed,catalogued", [("lev xiii", "Lev XIII"), ("ioann xxiii", "Ioann XXIII"),
                                              ("pii xii i rossiia", "Pii XII i Rossiia")])
def test_typed_numerals_key_as_catalogued(typed, catalogued):
    assert translit.key(typed) == translit.key(catalogued)


@pytest.mark.parametrize("text", ["Istoriia Ukrainy XX stolittia", "Ukrainska mova XIX st.", "Kyivska Rus IX-XII st."])
def test_a_numeral_does_not_make_another_language_russian(text):
    assert choose(text).language == "uk"
