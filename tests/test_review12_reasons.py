"""review12: a rejected or unprocessed MARC record's reason (:func:`translit.marc.plain_reason`)
gives every error translit raises itself (TranslitError and its kinds: an option, a scheme, a
table) in its own words, not only the base class; Python's own errors keep their class name."""

import pytest

from translit.batch import TableError
from translit.errors import OptionError, SchemeDataError, TranslitError
from translit.marc import plain_reason


@pytest.mark.parametrize("exc", [
    OptionError("threshold must be from 0 to 1, not 5"),
    SchemeDataError("the table of scheme x has no row for ё"),
    TableError("no column 'title'"),
    TranslitError("the leader has 3 characters, not 24"),
])
def test_translit_errors_are_told_in_their_own_words(exc):
    assert plain_reason(exc) == str(exc)


@pytest.mark.parametrize("exc,name", [
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "UnicodeDecodeError"),
    (KeyError("tag"), "KeyError"),
    (IndexError("list index out of range"), "IndexError"),
])
def test_python_errors_keep_their_name(exc, name):
    assert plain_reason(exc, "the record could not be processed").startswith(
        f"the record could not be processed ({name}: ")
