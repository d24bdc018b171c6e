"""A name's reading does not put in a soft sign the Latin does not write only because the
dictionary tags the signed form as a name: where the same letters without the sign are a form
wordfreq lists more often (a name the dictionary lacks), that form is the name read (Sheremeteva:
Шереметева, not Шереметьева). translit.read.scoring._signed_rival."""

import pytest

from translit import convert

CASES = [
    # the sign-free name wins where it is the usual spelling
    ("Sheremeteva", "Шереметева"),
    ("Sheremetevykh", "Шереметевых"),
    ("Sheremetevym", "Шереметевым"),
    ("Protasevich", "Протасевич"),
    ("Graf P. S. Sheremetevu", "Шереметеву"),
    # a signed name stays where it is the usual one
    ("Vasilev", "Васильев"),  # the far commoner name
    ("Grigorev", "Григорьев"),  # the sign-free letters are no listed form
    ("Afanasev", "Афанасьев"),
    ("Vladimir Ivanovich Dal", "Даль"),  # the sign-free form is a dictionary word (дал), not a name it lacks
    # a sign the Latin writes is read
    ("Sheremetʹeva", "Шереметьева"),
    ("Sheremet'evykh", "Шереметьевых"),
    ("Sheremetʹev", "Шереметьев"),
    # English words that win without a name's bonus (Голд, Элдер, Дале over Гольд, Эльдер, Далье)
    # are not made names: the English words around keep them English
    ("The Gold Coast was a British colony.",) * 2,
    ("The Elder Statesman is a play by Eliot.",) * 2,
    ("He lived in a Dale in Yorkshire.",) * 2,
]


@pytest.mark.parametrize("latin,want", CASES)
def test_a_sign_is_read_where_the_latin_or_the_usual_name_has_it(latin, want):
    assert want in convert(latin, to="cyrillic").text
