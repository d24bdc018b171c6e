"""prose23: classes of input found in prose_heldout14 (studied), each tested on inputs of our own.

Two tables: ``READ`` (the text converted to Cyrillic holds the piece given: what is read, with what is
kept beside it) and ``KEPT`` (the text comes out as it went in). Each class has three inputs or more
and its counter-examples. Real pymorphy3 dictionaries; no mocks.
"""

from __future__ import annotations

import pytest

from translit import convert
from translit.read.document import convert_document


def cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


READ = [
    # Initials before a Russian surname's English possessive are read with it, as they are without
    # the possessive and as a forename is (Nikolai Vavilov's): the 's stays.
    ("The seed bank of N. I. Vavilov's institute survived.", "Н. И. Вавилов's"),
    ("D. I. Mendeleev's table hung in every classroom.", "Д. И. Менделеев's"),
    ("It was P. A. Stolypin's reform that failed.", "П. А. Столыпин's"),
    ("F. E. Dzerzhinskii's men came at night.", "Ф. Э. Дзержинский's"),
    # A lower-case word of both languages whose Russian reading only a scheme writes that none of the
    # line's Russian words is spelled in stays English: журнал only as French writes it (ou), патриарх
    # only with ch for х (German, Polish, Czech), beside words in BGN/PCGN or ALA-LC.
    ("The Tiflis journal Kavkazskiy vestnik appeared weekly.", "journal Кавказский вестник"),
    ("The Perm journal Uralskiy sovremennik printed verse.", "journal Уральский современник"),
    ("The Kiev journal Kievskaya starina printed it first.", "journal Киевская старина"),
    ("In 1945 the council made Aleksiĭ patriarch.", "Алексий patriarch."),
    # …while a word the line's scheme writes is read with the line's other words
    ("The Tiflis zhurnal Kavkazskiy vestnik appeared weekly.", "журнал Кавказский вестник"),
    # An adjective in -ij (ISO 9, GOST, German: ий) before an English noun keeps its reading: only
    # Spanish writes -ских as -skij, and the adjective takes that form only to agree with a Russian
    # noun, not with the Russian reading of an English word (партий for party).
    ("The Sverdlovskij party archive holds it.", "Свердловский party archive"),
    ("He led the Permskij party organization.", "Пермский party organization"),
    ("The Kazanskij party boss was shot.", "Казанский party boss"),
    ("The records of the Moskovskij party school were burnt.", "Московский party school"),
    ("Moskovskij vestnik printed it.", "Московский вестник"),  # (a Russian noun: agreement holds)
    # An initial in a letter only a national scheme writes (Polish Ł for Л, Ż for Ж) goes with the
    # Russian name after it, as an ASCII initial does.
    ("In 1953 Ł. P. Berija was shot.", "Л. П. Берия"),
    ("Ł. N. Gumilow wrote on the steppe.", "Л. Н. Гумилёв"),
    ("Ż. A. Miedwiediew wrote on Łysenko.", "Ж. А. Медведев"),
    # A double surname before an English possessive is one name: kept whole or read whole (by its
    # forename, or as an established form), never half converted (Римский-Korsakov's).
    ("We heard Rimskij-Korsakov's opera.", "heard Rimskij-Korsakov's opera"),
    ("He praised Mamin-Sibirjak's stories.", "praised Mamin-Sibirjak's stories"),
    ("He read Novikov-Priboj's novel.", "read Novikov-Priboj's novel"),
    ("They staged Sukhovo-Kobylin's comedy.", "staged Sukhovo-Kobylin's comedy"),
    ("We read Nikolai Rimskii-Korsakov's memoir.", "Николай Римский-Корсаков's"),
    ("They played it in Rimsky-Korsakov's orchestration.", "Римский-Корсаков's"),
    # A lower-case English word of three letters or more that English writes very often (eye, net)
    # stays English when only Russian names stand beside it, however common its reading (ее, нет).
    ("Ia. M. Sverdlov kept an eye on Perm.", "Свердлов kept an eye on"),
    ("S. M. Kirov kept one eye on Moskva.", "Киров kept one eye on"),
    ("M. V. Frunze ran eye clinics.", "Фрунзе ran eye clinics"),
    ("Zhukov ran net profits?", "Жуков ran net profits"),
    # …while Russian words between names are read
    ("Stalin eto Lenin segodnia.", "Сталин это Ленин сегодня"),
    ("Tolstoi o Shekspire pisal", "Толстой о Шекспире писал"),
    # A run of capitalized words led by an English place (New York) does not take in the first word
    # of a Russian title whose lower-case words follow.
    ("The New York Novyi zhurnal printed it.", "New York Новый журнал"),
    ("The Los Angeles Russkaya zhizn printed it.", "Los Angeles Русская жизнь"),
    ("The New York Novoye russkoye slovo was the largest daily.", "New York Новое русское слово"),
    ("Stephen Cohen pisal o Bukharine.", "Stephen Cohen писал"),
    # A French or German article (western.toml title_articles) before a capitalized Western word opens
    # a Western title, though a Russian title stands right before it: Les is not лес, La not Ла.
    ("Police reports called Russkaia mysl Les Dernières Nouvelles.", "Русская мысль Les Dernières"),
    ("The Paris press called Vozrozhdenie La Renaissance.", "Возрождение La Renaissance"),
    ("Berlin police called Rul Le Gouvernail.", "Руль Le Gouvernail"),
    ("They read Novyi mir in 1962.", "Новый мир"),  # (mir after Novyi: no article)
    # A word broken at a line's end whose first piece is a Russian word no Western language writes
    # (Narkom, Glav) is read whole though the compound is rare (Наркомфин, Главлит).
    ("The Narkom- fin issued the chervonets.", "Нарком- фин"),
    ("The Narkom- indel protested.", "Нарком- индел"),
    ("He was sent to the Glav- lit office.", "Глав- лит"),
    # A lower-case word in a national scheme's letters whose reading is a common word as well as a
    # forename's form (лавра: Лавр's genitive; слава: Слава) is romanized Russian like deło.
    ("The Kijewo-Pieczerska ławra burnt in 1941.", "Киево-Печерская лавра"),
    ("The banner read sława trudu in red.", "слава труду"),
    ("The old word łuka meant a river bend.", "word лука meant"),
]

KEPT = [
    # initials of a Western name before its possessive
    "E. H. Carr's history is long.",
    "J. D. Salinger's novel sold well.",
    "We read T. S. Eliot's poems.",
    # a Polish name's initial and Polish places
    "We met Ł. Wałęsa in Gdańsk.",
    "Ł. Kowalski wrote to the Warsaw daily.",
    "We walked from Łódź to Kraków.",
    # a Western word broken at a line's end
    "The barri- cades rose.",
    "The inter- national was sung.",
]


@pytest.mark.parametrize("text, want", READ)
def test_read(text: str, want: str) -> None:
    assert want in cyr(text)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert cyr(text) == text


def test_one_letter_initials_are_read_on_their_own_line_in_a_document() -> None:
    """E. is Э. for Dzerzhinskii (Феликс Эдмундович) and Е. for Saltykov (Михаил Евграфович): the
    document does not make one initial's reading every line's."""
    lines = ["F. E. Dzerzhinskii's men came at night.", "M. E. Saltykov's satire was read aloud.",
             "Then F. E. Dzerzhinskii spoke."]
    out = [d.result.text for d in convert_document(lines, to="cyrillic")]
    assert "Ф. Э. Дзержинский" in out[0]
    assert "М. Е. Салтыков" in out[1]
    assert "Ф. Э. Дзержинский" in out[2]
