"""cite22: every predecessor in the registry that has its Russian name has its English one
(archives.toml name_en), so that the chicago form names it in English as it names the others
(Central State Archive of Ancient Acts of the USSR (TsGADA SSSR)), not in romanized Russian, and
never by its successor's English name."""
import pytest

from translit import parse_citations
from translit.archives import archives


def test_every_named_predecessor_has_an_english_name():
    missing = [p.acronym for a in archives() for p in a.predecessors if p.name_cyr and not p.name_en]
    assert missing == []


@pytest.mark.parametrize("text,chicago", [
    ("TsGADA SSSR, f. 248, op. 3, d. 150, l. 9.",
     "Central State Archive of Ancient Acts of the USSR (TsGADA SSSR), f. 248, op. 3, d. 150, l. 9."),
    ("ЦГАВМФ СССР. Ф. 315. Оп. 1. Д. 24.",
     "Central State Archive of the Navy of the USSR (TsGAVMF SSSR), f. 315, op. 1, d. 24."),
    ("TsGLA SSSR, f. 1334, op. 1, d. 5, ll. 2-4.",
     "Central State Literary Archive of the USSR (TsGLA SSSR), f. 1334, op. 1, d. 5, ll. 2-4."),
])
def test_chicago_names_the_predecessor_in_english(text, chicago):
    c = parse_citations(text)[0]
    assert c.format("chicago") == chicago
    assert c._match.archive.name_en not in c.format("chicago")
