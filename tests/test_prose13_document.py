"""prose13: a document decides a name (Mark Shagal, Bell Ivanov) and the lower-case English word
spelled the same (the mark, the bell) apart: one sense per discourse does not cross case."""

from translit.read.document import convert_document
from translit.read.language import surface_form


def _doc(lines: list[str]) -> list[str]:
    return [dl.result.text for dl in convert_document(lines, to="cyrillic")]


def test_surface_form_keeps_the_capital():
    assert surface_form("mark") == "mark" and surface_form("Mark") == "Mark"
    assert surface_form("MARK") == "Mark" and surface_form("Mark") != surface_form("mark")


def test_name_decision_does_not_take_the_common_word():
    out = _doc(["Mark Shagal left Vitebsk in 1922.", "Later Mark Shagal lived in Paris.", "Then Mark Rotko came.",
                "They filed the mark ZOLOTOY in class 14."])
    assert out[0].startswith("Марк Шагал") and "the mark ЗОЛОТОЙ" in out[3], out
    out = _doc(["The bell of the church rang; Bell Ivanov and Bell Petrov agreed."])
    assert out[0].startswith("The bell of the church"), out
    out = _doc(["Roza Luksemburg wrote; Roza Luksemburg spoke.", "She kept a roza in a vase."])
    assert out[0].startswith("Роза Люксембург"), out
