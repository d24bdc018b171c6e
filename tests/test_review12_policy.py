"""review12: the reading policy given to :func:`translit.convert` with a language.

``lang="ru"`` hands the text to Russian's convert, which must get the policy too (it was dropped
when langs.api.convert took ``policy`` as a parameter of its own); a policy name that is no preset
is refused with an :class:`OptionError` for every language, not an IndexError for an empty one."""

import pytest

import translit
from translit.errors import OptionError


@pytest.mark.parametrize("text", [
    "Sergei met Joe at the dacha",
    "Anna wrote to Joe from Tver",
    "Joe read Voina i mir twice",
])
def test_russian_by_name_keeps_the_policy(text):
    every = translit.convert(text, lang="ru", policy="every").text
    assert every == translit.convert(text, policy="every").text
    assert every != translit.convert(text, lang="ru", policy="running").text


@pytest.mark.parametrize("lang,policy", [("uk", ""), ("bg", "bogus"), ("be", "Running")])
def test_unknown_policy_is_an_option_error(lang, policy):
    with pytest.raises(OptionError):
        translit.convert("Istoriia Ukrainy", lang=lang, policy=policy)


@pytest.mark.parametrize("policy", ["running", "catalogue", "every", translit.RUNNING_TEXT, None])
def test_named_policies_still_convert(policy):
    out = translit.convert("Istoriia Ukrainy", lang="uk", policy=policy)
    assert out.text and "Ukra" in out.text
