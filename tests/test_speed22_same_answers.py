"""speed22: shortcuts of cold reading that must not change an answer.

- the candidate walk remembers which keys begin a word form as a tree of the keys it built
  (``WordReader._prefix_tree``): each step looks its chunk up in its state's node, and only a new
  question goes to ``Lexicon.has_prefix``;
- whether a word can be cut into chunks at all (``WordReader._spellable``) looks only at the chunks
  the next letter may continue (``WordReader._starting``), not at every chunk of a letter.

The answers are compared with answers recorded by running main's code just before speed22 was merged
(recorded again there, since main's readings had moved on from the branch point f6598e6)
(``tests/data/speed22_answers.json.gz``: every field of the ``--json`` reading, every candidate, with
the scheme left to detection and named, and detection's ranking with its evidence), on inputs of
our own: titles written in Cyrillic and romanized into many schemes, English prose with Russian
in it, names. To record them again from another tree (never by hand):

    PYTHONPATH=/path/to/tree python tests/test_speed22_same_answers.py --record
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

ANSWERS = Path(__file__).resolve().parent / "data" / "speed22_answers.json.gz"  # (compact JSON, gzipped)

# titles and phrases of our own, in Cyrillic (romanized into several schemes for the inputs)
CYRILLIC = [
    "Очерки истории крестьянского хозяйства в Сибири",
    "Письма из ссылки: переписка семьи Бестужевых",
    "Хрущёвская оттепель и её литература",
    "Объединённое государственное издательство",
    "Журнал Министерства народного просвещения",
    "Воспоминания о Льве Николаевиче Толстом",
    "Подъём целины в Казахстане",
    "Щедрин и русская сатира девятнадцатого века",
    "Ярославская губерния: статистический сборник",
    "Мемуары участника Гражданской войны",
    "Экономическое развитие Урала в годы пятилетки",
    "Юридическая мысль в Московском университете",
    "Жизнь и творчество Марины Цветаевой",
    "Чайковский: письма к фон Мекк",
    "Археологические раскопки под Новгородом",
    "Эволюция советской внешней политики",
    "Учебник грамматики украинского языка",
    "Тверской край в эпоху Ивана Грозного",
    "Шёпот звёзд: стихотворения",
    "Ёлка в Сокольниках",
    "Рабочее движение на заводах Петербурга",
    "Кооперация и колхозное строительство",
    "Биография Михаила Зощенко",
    "Царское Село и его дворцы",
    "Выборгская сторона в революции",
    "Обычное право народов Кавказа",
    "Военно-исторический журнал",
    "Пьесы Антона Чехова на сцене МХАТа",
    "Хождение за три моря Афанасия Никитина",
    "Свердловская область: природа и хозяйство",
    "Заметки о финансах земства",
    "Изъятие церковных ценностей в Поволжье",
    "Семья Аксаковых и славянофилы",
    "Дневник художника Кузьмы Петрова-Водкина",
    "Железные дороги Забайкалья",
    "Ученые записки Казанского университета",
    "Прошлое и настоящее Чувашии",
    "Гоголь и Малороссия",
    "Библиография трудов Вернадского",
    "Щит и меч: повесть о разведчиках",
]
SCHEMES = ["alalc", "alalc-plain", "bgn-pcgn", "iso9", "gost-779b", "scholarly", "popular", "german",
           "french", "polish", "czech", "spanish", "turkish"]
# English prose with romanized Russian inside, and names, written for this test
LINES = [
    "In his Ocherki istorii Sibiri (Moscow, 1958) the author argues against Pokrovskii.",
    "See the letters in Voprosy istorii, no. 4 (1967): 112-130, and the reply by Zimin.",
    "The Narkomzem report of 1928 was reprinted in Kollektivizatsiia sel'skogo khoziaistva.",
    "Trotsky's Moia zhizn' appeared in Berlin in 1930; the English version followed.",
    "Stephen F. Cohen, Bukharin and the Bolshevik Revolution (New York: Knopf, 1973).",
    "A copy of Pravda for 15/VI/1937 lies in the Hoover collection, box II.",
    "Tolstoy's Voina i mir was serialized in Russkii vestnik from 1865.",
    "Chaadaev wrote the Filosoficheskie pis'ma in French; Nadezhdin printed the first.",
    "The XX Congress of 1956 changed the tone of Novyi mir and Znamia alike.",
    "Dostoevskii, Brat'ia Karamazovy, in Polnoe sobranie sochinenii, vol. 14 (Leningrad, 1976).",
    "Gorbatschow sprach in Moskau über die Perestroika und Glasnost.",
    "Le roman de Boulgakov, Le Maître et Marguerite, fut publié en 1966 dans Moskva.",
    "Tsentral'nyi gosudarstvennyi arkhiv, f. 130, op. 2, d. 45, l. 12 ob.",
    "The kulaks of the Kuban were deported to the Urals and to Kazakhstan in the 1930s.",
    "Ivan Petrovich Pavlov, Dvadtsatiletnii opyt ob''ektivnogo izucheniia (Moskva: Gosizdat, 1923)",
    "Mandel'shtam's Kamen' and Akhmatova's Vecher were reviewed by Gumilev.",
    "He studied at the YMCA in Cardiff and read Xerox copies of samizdat.",
    "On the dacha at Peredelkino Pasternak finished Doktor Zhivago.",
    "Sochineniia Pushkina v desiati tomakh, tom pervyi",
    "Istoriia Rossii s drevneishikh vremen, kniga vtoraia",
    "Krest'ianskoe dvizhenie v Rossii v 1905-1907 gg.",
    "Materialy po istorii SSSR, vypusk III",
    "Zhurnal Ministerstva Narodnago Prosveshcheniia, chast' CCLX",
    "the tribunal heard a plan for the press and a model of the port",
    "Robert C. Tucker, Stalin as Revolutionary, 1879-1929 (New York, 1973)",
    "tbe wbich and tbat of the Narodnoc Iiteratury were misprinted",
    "Novosibrisk and Sverdlvosk appear misspelled in the index.",
    "Khrushchëv, Ėrenburg and I︠A︡roslavl' are written with the marks of ALA-LC.",
    "Nikolái Gógol y Lev Tolstói en la traducción española",
    "Čechov, Dostojevskij a Puškin v českých překladech",
    "Czajkowski, Szostakowicz i Prokofiew w polskiej pisowni",
    "Çaykovski ve Dostoyevski Türk okurları için",
]
NAMES = ["Mikhail Sergeevich Gorbachev", "Leo Tolstoy", "Fyodor Dostoyevsky", "Sergei Rachmaninoff",
         "Sergej Prokof'ev", "Aleksandr Solzhenitsyn", "Nikita Khrushchev", "Anna Akhmatova",
         "Iurii Andropov", "Yuri Gagarin", "Juri Gagarin", "Iouri Gagarine", "Jurij Gagarin",
         "Valentina Tereshkova", "Petr Il'ich Chaikovskii", "Tschaikowsky", "Modest Musorgskii",
         "Dmitrii Shostakovich", "Vsevolod Meierkhol'd", "Kazimir Malevich", "Osip Mandelstam",
         "St. Petersburg", "Archangel", "Nizhnii Novgorod", "Ekaterinburg", "Yekaterinburg",
         "Tiflis", "Kiev", "Kyiv", "Odessa"]
NAMED = ["alalc-plain", "bgn-pcgn", "german"]  # schemes some inputs are also read under by name


def inputs() -> list[str]:
    """The inputs, in a fixed order: the titles in every scheme of :data:`SCHEMES`, the lines, the names."""
    import translit

    out = [translit.romanize(t, s) for t in CYRILLIC for s in SCHEMES]
    return list(dict.fromkeys(out + LINES + NAMES))


def answer(text: str, scheme: str | None) -> dict:
    """Everything the reader says of ``text``: the ``--json`` reading with every candidate."""
    import translit

    return translit.to_cyrillic(text, scheme=scheme).as_dict(candidates=None)


def detection(text: str) -> dict:
    """Detection's verdict and every scheme's score and evidence, in its order."""
    from translit.read.detect import detect

    d = detect(text)
    return {"is_russian": d.is_romanized_russian, "share": round(d.russian_share, 6), "reason": d.reason,
            "ranking": [[r.scheme, round(r.score, 6), r.evidence] for r in d.ranking]}


def record() -> dict:
    texts = inputs()
    named = texts[::7]  # every seventh input also under each named scheme
    return {"detected": {t: answer(t, None) for t in texts},
            "named": {s: {t: answer(t, s) for t in named} for s in NAMED},
            "detect": {t: detection(t) for t in texts[::3]}}


def _recorded() -> dict:
    return json.loads(gzip.decompress(ANSWERS.read_bytes()).decode("utf-8"))


def test_enough_varied_inputs_were_recorded():
    rec = _recorded()
    assert len(rec["detected"]) >= 500
    assert set(rec["detected"]) == set(inputs())  # (the inputs are still those recorded)
    schemes = {a["scheme"] for a in rec["detected"].values()}
    assert len(schemes) >= 8  # detection found many different schemes among them


def _chunks(seq: list, size: int) -> list[list]:
    return [seq[i:i + size] for i in range(0, len(seq), size)]


@pytest.mark.parametrize("part", range(6))
def test_cold_readings_are_those_recorded_from_main(part):
    """Every field of every reading, caches emptied first (each word new to them), scheme detected."""
    from translit.read.candidates import clear_caches

    rec = _recorded()["detected"]
    texts = sorted(rec)
    clear_caches()
    for t in _chunks(texts, -(-len(texts) // 6))[part]:
        assert answer(t, None) == rec[t], t


def test_warm_readings_and_named_schemes_are_those_recorded():
    rec = _recorded()
    for t, a in rec["detected"].items():  # (warm: the caches filled by reading them all once)
        answer(t, None)
    for t, a in list(rec["detected"].items())[::5]:
        assert answer(t, None) == a, t
    for s, answers in rec["named"].items():
        for t, a in answers.items():
            assert answer(t, s) == a, (s, t)


def test_detection_is_that_recorded():
    from translit.read.candidates import clear_caches

    clear_caches()
    for t, d in _recorded()["detect"].items():
        assert detection(t) == d, t


@pytest.mark.parametrize("word", ["ymca", "cardio", "xerox", "cwm", "qatar", "istoriia", "shchedrin",
                                  "tschaikowsky", "çaykovski", "szostakowicz", "x", "ь"])
def test_spellable_is_the_cut_of_every_chunk_of_a_letter(word):
    """The cut over :meth:`_starting`'s chunks agrees with the cut over every chunk of each letter."""
    from translit.read.candidates import reader
    from translit.read.chunks import ALL

    rd = reader()

    def slow(w: str, mask: int) -> bool:
        reach = [False] * (len(w) + 1)
        reach[0] = True
        for i in range(len(w)):
            if reach[i]:
                for c in rd.tables.by_first.get(w[i], ()):
                    if c.mask & mask and c.spells and w.startswith(c.latin, i):
                        reach[i + len(c.latin)] = True
        return reach[-1]

    for mask in (ALL, 1, 2, 3, 1 << 5, 1 << 9, 1 << 13, ALL & ~1):
        assert rd._spellable(word, mask) is slow(word, mask), (word, mask)


def test_the_prefix_tree_holds_the_lexicon_answers():
    """Every answer the walk's tree of prefixes remembered is what ``Lexicon.has_prefix`` answers for
    its key, and a node no form starts with has no children (no longer key was asked)."""
    from translit.read.candidates import clear_caches, reader

    rd = reader()
    clear_caches()
    for w in ("kolkhoznitsa", "pod''em", "tschernyschewski", "gorbatxov", "qwxz", "parizh\"", "ulianovsk"):
        rd.paths(w)
    answers = []

    def visit(key: str, node: dict) -> None:
        for kc, child in node.items():
            answers.append((key + kc, child is not False))
            if child is not False:
                visit(key + kc, child)

    visit("", rd._prefix_tree())
    assert any(ok for _, ok in answers) and not all(ok for _, ok in answers)
    rd.lex.clear_memo()
    for key, ok in answers:
        assert rd.lex.has_prefix(key) is ok, key
    rd.clear_prefix_tree()
    assert rd._prefix_tree() == {}


def test_a_reader_on_another_lexicon_starts_a_tree_of_its_own():
    import copy

    from translit.read.candidates import reader
    from translit.read.chunks import ALL

    rd = reader()
    rd._paths("istoriia", ALL)  # (walked, not taken from the cache of paths)
    other = copy.copy(rd)
    other.lex = copy.copy(rd.lex)
    assert other._prefix_tree() == {} and rd._prefix_tree() != {}


if __name__ == "__main__" and "--record" in sys.argv:
    ANSWERS.parent.mkdir(exist_ok=True)
    text = json.dumps(record(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    ANSWERS.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"recorded {ANSWERS}")
