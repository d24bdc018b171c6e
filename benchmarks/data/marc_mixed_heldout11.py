"""HELD OUT: never tune on it. The ``heldout11`` set of ``benchmarks/marc_mixed.py``.
STUDIED by marc17 on 2026-12-02 (every field of every record read in and out of romanize, add-880 and check; one label corrected: h11-khvylovyi-ia-romantyka 245 $b, Ukrainian новели is "novely" in the LC Ukrainian table (и is y), as in tests/test_marc16_language_of_romanized.py; the label had "noveli"; figures on it are dev figures from now on).

HELD OUT: never tune on it, never write or change a rule by looking at how these records come out.
Measure on it at the end only and report the first run after a change separately from later runs.

Who, when: written by hand by helper "writer28" on 2026-12-01 (23:15-23:17 UTC), as an eleventh held-out set beside
``heldout`` .. ``heldout10``, with other titles and names, made harder than ``heldout9`` (which scored perfectly on
its first run).

What the writer read and did not read: read benchmarks/marc_mixed.py (its docstring, imports, the FRESH records it
defines, the set list and how a set is measured), the docstring and the first records of
benchmarks/data/marc_mixed_heldout9.py (a set already studied by marc15), the definitions of F, R, name(), fe(),
text(), assemble(), c008(), build() and file_bytes() in tests/data/mixed_marc.py (not its records, not the rest of
tests/), and the project reference (shared/reference/). Did NOT open translit/ (code or data), did not open
marc_mixed_heldout10.py, and did not run translit on these records before the first run below. Titles were checked
against the earlier sets by a count of matching files only (Колымские рассказы, Толковый словарь, Бай Ганьо,
Старопланински легенди, Сеобе and Време чуда were found there and not used). The ALA-LC forms were written by hand
from the LC tables (Russian, Russian with a pre-1918 imprint, Ukrainian, Bulgarian, Serbian), never produced by
translit. Ties are written as U+0361 between the two letters (the benchmark folds ties).

Labelling choices: as ``heldout9``: capitals of tied pairs are both capital (I͡Utkevich, I͡A (Romantyka), T͡Sentralʹnyĭ,
and T͡SK for the acronym ЦК in an all-capitals word); ё is romanized ë where the Cyrillic prints it (Ëzhik); a field in
English as a whole (an English 100 and 240 of Shakespeare in a Cyrillic-only record, 246 $i $a, 546, 650/651 with $x
$z $v, a Latin-script imprint of Paris, London, Lausanne or Frankfurt) is left as it is by ``romanize`` (in a
Cyrillic-only record) and must get no 880 from ``add-880`` (in a romanized-only record), and so must an English note
in a romanized-only record that quotes a Russian title in romanization (Matrosskaia tishina, Sovremennik); an English
note in a Cyrillic-only record that quotes Russian in Cyrillic (Title on spine: Эйзенштейн.; Compiled by the Институт
марксизма-ленинизма при ЦК КПСС.) is romanized in its Russian words only; a subfield mixing scripts keeps its Latin
words (Generation «П» is Generation "P", with the guillemets as quotation marks as LC's ScriptShifter writes them;
Астрель : Corpus is Astrelʹ : Corpus). The English record (coded eng; R's language argument "ru" only because the
builder wants one) has a romanized name heading with $q and a romanized uniform title (Problemy poėtiki
Dostoevskogo. $l English): nothing in it may get an 880. Pre-1918 spelling follows RDA (final ъ kept as ʺ:
Kursʺ, Sanktpeterburgʺ, Vʺ, naukʺ; і ī); a name heading is in modern spelling beside a title in the old one
(Kli͡uchevskiĭ, Vasiliĭ Osipovich with sochinenīe V. Kli͡uchevskago).

What is in it: 22 records: 15 Russian (6 Cyrillic-only, 6 romanized-only, 3 with 880 pairs and planted faults),
2 Ukrainian, 2 Bulgarian, 2 Serbian (one coded scc), 1 English. Kinds: cinema (Eisenstein's selected works with an
English 500 quoting Russian, a 600 with $v and an English 650), semiotics (Lotman with 100 $q and tied initials
I͡U. M. and I͡U.M.), a translation (Shakespeare's Hamlet in Pasternak's version, with English 100 and 240 $l and a
Russian 700 $e), psychology (Vygotsky, 880 pairs, English 650s), fiction with a Latin word in the title (Pelevin's
Generation «П», English 246 $i), a translation from English with a Latin-script imprint name (Gessen on Perelman,
English 240 and 650), science (Kovalevskaya in Literaturnye pami͡atniki with 490/830 and the initials P.I͡A.,
Chebyshev's Teorīi͡a sravneniĭ of 1849 in the old spelling with 100 $q), tamizdat (Voinovich from YMCA-Press,
Tert͡s from London with the real name in a 700 and a note, Grossman from Lausanne, Galich from Possev), the Party
(a 110 with $b and a 500 with ЦК КПСС), history (Kliuchevsky's Kursʺ russkoĭ istorīi), a children's book with ё
(Kozlov's Ëzhik v tumane); Ukrainian (Khvylʹovyĭ's I͡A (Romantyka); the Ukrainian Soviet Encyclopedia with ї,
250 Vyd. 2-he), Bulgarian (Vazov's Chichovt͡si; Smirnenski's Da bŭde den!), Serbian (Ćosić's Koreni; Bulatović's
Crveni petao leti prema nebu), and Bakhtin in English. Damage: MARC-8, NFD and FE-tie UTF-8 records side by side,
leader/09 wrong either way (says-utf8, says-marc8), lengths counted in characters.
4 planted cataloguer faults (``wrong=``) for ``check``: BGN's y for й in a name heading (Vygotskiy), a name heading
without the breve (Vasilii), apostrophes for soft signs in a title (Zhizn' i sud'ba), a popular form in a statement of
responsibility (Alexander Galich); the other paired fields are right and must raise no report.

A tag may appear twice in a record (two English 650s).

FIRST RUN (the first and only run, after the set was committed as 36fcb51; translit as at main f1aa39b,
unchanged), 2026-12-01 23:17:50-23:18:02 UTC on branch writer28, with the shared interpreter:

    PYTHONPATH=$PWD /work/main/.venv/bin/python benchmarks/marc_mixed.py --set heldout11

    [heldout11] 22 records
      romanize  fields right 37/39 (94.9 %); records in 22, out 22, rejected 0
      add-880   fields right 39/40 (97.5 %), 1 written wrong; records in 22, out 22, rejected 0
      check     planted faults found 4/4, false alarms 0; records in 22, out 22, rejected 0

(run without --list; which fields failed was not studied. No record was changed after the run.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "data"))

from mixed_marc import F, R, T  # noqa: E402,F401

HELDOUT11 = [
    # -- Russian: cinema, semiotics, translation, psychology, the émigré and tamizdat press, the Party, science -------
    R("h11-eizenshtein-izbrannye", "ru", "rus", charset="marc8", fields=[  # Cyrillic only, English 500 quoting Russian
        F("100", "1 ", [("a", "Эйзенштейн, Сергей Михайлович,", "Ėĭzenshteĭn, Sergeĭ Mikhaĭlovich,"),
                        ("d", None, "1898-1948.")], mode="cyr"),
        F("245", "10", [("a", "Избранные произведения :", "Izbrannye proizvedenii͡a :"),
                        ("b", "в шести томах /", "v shesti tomakh /"),
                        ("c", "С. М. Эйзенштейн ; [редакционная коллегия: С. И. Юткевич (председатель) и др.].",
                         "S. M. Ėĭzenshteĭn ; [redakt͡sionnai͡a kollegii͡a: S. I. I͡Utkevich (predsedatelʹ) i dr.].")],
          mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Искусство,", "Iskusstvo,"), ("c", None, "1964-1971.")],
          mode="cyr"),
        F("500", "  ", [("a", "Title on spine: Эйзенштейн.", "Title on spine: Ėĭzenshteĭn.")], mode="cyr"),
        F("600", "10", [("a", "Эйзенштейн, Сергей Михайлович,", "Ėĭzenshteĭn, Sergeĭ Mikhaĭlovich,"),
                        ("d", None, "1898-1948"), ("v", None, "Correspondence.")], mode="cyr"),
        F("650", " 0", [("a", None, "Motion pictures"), ("z", None, "Soviet Union"), ("x", None, "History.")],
          mode="cyr"),
    ]),
    R("h11-lotman-semiosfera", "ru", "rus", charset="fe", fields=[  # romanized only, 100 $q, tied initials
        F("100", "1 ", [("a", "Лотман, Ю. М.", "Lotman, I͡U. M."), ("q", "(Юрий Михайлович),", "(I͡Uriĭ Mikhaĭlovich),"),
                        ("d", None, "1922-1993.")], mode="rom"),
        F("245", "10", [("a", "Семиосфера :", "Semiosfera :"),
                        ("b", "культура и взрыв ; внутри мыслящих миров ; статьи, исследования, заметки (1968-1992) /",
                         "kulʹtura i vzryv ; vnutri mysli͡ashchikh mirov ; statʹi, issledovanii͡a, zametki (1968-1992) /"),
                        ("c", "Ю.М. Лотман.", "I͡U.M. Lotman.")], mode="rom"),
        F("264", " 1", [("a", "Санкт-Петербург :", "Sankt-Peterburg :"), ("b", "Искусство-СПБ,", "Iskusstvo-SPB,"),
                        ("c", None, "2000.")], mode="rom"),
        F("650", " 0", [("a", None, "Semiotics"), ("x", None, "Philosophy.")], mode="rom"),
    ]),
    R("h11-shekspir-gamlet-pasternak", "ru", "rus", charset="nfd", fields=[  # Cyrillic only, English 100 and 240
        F("100", "1 ", [("a", None, "Shakespeare, William,"), ("d", None, "1564-1616.")], mode="cyr"),
        F("240", "10", [("a", None, "Hamlet."), ("l", None, "Russian")], mode="cyr"),
        F("245", "10", [("a", "Гамлет, принц датский :", "Gamlet, print͡s datskiĭ :"),
                        ("b", "трагедия в пяти актах /", "tragedii͡a v pi͡ati aktakh /"),
                        ("c", "Вильям Шекспир ; перевод Бориса Пастернака.", "Vilʹi͡am Shekspir ; perevod Borisa Pasternaka.")],
          mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Детская литература,", "Detskai͡a literatura,"),
                        ("c", None, "1985.")], mode="cyr"),
        F("700", "1 ", [("a", "Пастернак, Борис Леонидович,", "Pasternak, Boris Leonidovich,"), ("d", None, "1890-1960,"),
                        ("e", None, "translator.")], mode="cyr"),
    ]),
    R("h11-vygotskii-myshlenie", "ru", "rus", fields=[  # 880 pairs, a planted fault, English 650s
        F("100", "1 ", [("a", "Выготский, Лев Семенович,", "Vygotskiĭ, Lev Semenovich,"), ("d", None, "1896-1934.")],
          wrong={"a": "Vygotskiy, Lev Semenovich,"}),
        F("245", "10", [("a", "Мышление и речь :", "Myshlenie i rechʹ :"),
                        ("b", "психологические исследования /", "psikhologicheskie issledovanii͡a /"),
                        ("c", "Л.С. Выготский.", "L.S. Vygotskiĭ.")]),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Лабиринт,", "Labirint,"), ("c", None, "1996.")]),
        F("650", " 0", [("a", None, "Thought and thinking.")], mode="rom"),
        F("650", " 0", [("a", None, "Psycholinguistics.")], mode="rom"),
    ]),
    R("h11-pelevin-generation-p", "ru", "rus", fields=[  # Cyrillic only, a Latin word and a Cyrillic letter in one title
        F("100", "1 ", [("a", "Пелевин, Виктор Олегович,", "Pelevin, Viktor Olegovich,"), ("d", None, "1962-")],
          mode="cyr"),
        F("245", "10", [("a", "Generation «П» :", "Generation \"P\" :"), ("b", "роман /", "roman /"),
                        ("c", "Виктор Пелевин.", "Viktor Pelevin.")], mode="cyr"),
        F("246", "1 ", [("i", None, "English translation has title:"), ("a", None, "Homo zapiens")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Вагриус,", "Vagrius,"), ("c", None, "1999.")], mode="cyr"),
    ]),
    R("h11-gessen-sovershennaia-strogost", "ru", "rus", fields=[  # romanized only, a Latin imprint name, English 240
        F("100", "1 ", [("a", "Гессен, Маша,", "Gessen, Masha,"), ("e", None, "author.")], mode="rom"),
        F("240", "10", [("a", None, "Perfect rigor."), ("l", None, "Russian")], mode="rom"),
        F("245", "10", [("a", "Совершенная строгость :", "Sovershennai͡a strogostʹ :"),
                        ("b", "Григорий Перельман : гений и задача тысячелетия /",
                         "Grigoriĭ Perelʹman : geniĭ i zadacha tysi͡acheletii͡a /"),
                        ("c", "Маша Гессен.", "Masha Gessen.")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Астрель : Corpus,", "Astrelʹ : Corpus,"),
                        ("c", None, "2011.")], mode="rom"),
        F("650", " 0", [("a", None, "Mathematicians"), ("z", None, "Russia (Federation)"), ("v", None, "Biography.")],
          mode="rom"),
    ]),
    R("h11-kovalevskaia-vospominaniia", "ru", "rus", charset="marc8", fields=[  # romanized only, series 490/830
        F("100", "1 ", [("a", "Ковалевская, Софья Васильевна,", "Kovalevskai͡a, Sofʹi͡a Vasilʹevna,"),
                        ("d", None, "1850-1891.")], mode="rom"),
        F("245", "10", [("a", "Воспоминания ;", "Vospominanii͡a ;"), ("b", "Повести /", "Povesti /"),
                        ("c", "С.В. Ковалевская ; [издание подготовила П.Я. Кочина].",
                         "S.V. Kovalevskai͡a ; [izdanie podgotovila P.I͡A. Kochina].")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Наука,", "Nauka,"), ("c", None, "1974.")], mode="rom"),
        F("490", "1 ", [("a", "Литературные памятники", "Literaturnye pami͡atniki")], mode="rom"),
        F("830", " 0", [("a", "Литературные памятники (Академия наук СССР)",
                         "Literaturnye pami͡atniki (Akademii͡a nauk SSSR)")], mode="rom"),
    ]),
    R("h11-voinovich-chonkin", "ru", "rus", charset="fe", damage="says-marc8", fields=[  # Cyrillic only, Paris imprint
        F("100", "1 ", [("a", "Войнович, Владимир,", "Voĭnovich, Vladimir,"), ("d", None, "1932-2018.")], mode="cyr"),
        F("245", "10", [("a", "Жизнь и необычайные приключения солдата Ивана Чонкина :",
                         "Zhiznʹ i neobychaĭnye prikli͡uchenii͡a soldata Ivana Chonkina :"),
                        ("b", "роман-анекдот в пяти частях /", "roman-anekdot v pi͡ati chasti͡akh /"),
                        ("c", "Владимир Войнович.", "Vladimir Voĭnovich.")], mode="cyr"),
        F("264", " 1", [("a", None, "Paris :"), ("b", None, "YMCA-Press,"), ("c", None, "1975.")], mode="cyr"),
        F("546", "  ", [("a", None, "In Russian.")], mode="cyr"),
    ]),
    R("h11-terts-progulki", "ru", "rus", charset="nfd", fields=[  # romanized only, pseudonym and real name, London imprint
        F("100", "1 ", [("a", "Терц, Абрам,", "Tert͡s, Abram,"), ("d", None, "1925-1997.")], mode="rom"),
        F("245", "10", [("a", "Прогулки с Пушкиным /", "Progulki s Pushkinym /"),
                        ("c", "Абрам Терц (Андрей Синявский).", "Abram Tert͡s (Andreĭ Sini͡avskiĭ).")], mode="rom"),
        F("264", " 1", [("a", None, "London :"), ("b", None, "Overseas Publications Interchange in association with Collins,"),
                        ("c", None, "1975.")], mode="rom"),
        F("700", "1 ", [("a", "Синявский, Андрей Донатович,", "Sini͡avskiĭ, Andreĭ Donatovich,"), ("d", None, "1925-1997.")],
          mode="rom"),
    ], notes=[("500", "Pseudonym of Andrei Siniavskii; written in the Dubrovlag camp, 1966-1968.")]),
    R("h11-kpss-voprosy-ideologicheskoi", "ru", "rus", charset="marc8", fields=[  # Cyrillic only, 110 $b, ЦК in a note
        F("110", "2 ", [("a", "Коммунистическая партия Советского Союза.", "Kommunisticheskai͡a partii͡a Sovetskogo Soi͡uza."),
                        ("b", "Центральный комитет.", "T͡Sentralʹnyĭ komitet.")], mode="cyr"),
        F("245", "10", [("a", "Вопросы идеологической работы :", "Voprosy ideologicheskoĭ raboty :"),
                        ("b", "сборник важнейших решений КПСС (1954-1961 годы).",
                         "sbornik vazhneĭshikh resheniĭ KPSS (1954-1961 gody).")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Госполитиздат,", "Gospolitizdat,"), ("c", None, "1961.")],
          mode="cyr"),
        F("500", "  ", [("a", "Compiled by the Институт марксизма-ленинизма при ЦК КПСС.",
                         "Compiled by the Institut marksizma-leninizma pri T͡SK KPSS.")], mode="cyr"),
        F("651", " 0", [("a", None, "Soviet Union"), ("x", None, "Cultural policy"), ("v", None, "Sources.")], mode="cyr"),
    ]),
    R("h11-kliuchevskii-kurs", "ru", "rus", fields=[  # pre-1918 spelling, Cyrillic only, heading in modern spelling
        F("100", "1 ", [("a", "Ключевский, Василий Осипович,", "Kli͡uchevskiĭ, Vasiliĭ Osipovich,"), ("d", None, "1841-1911.")],
          mode="cyr"),
        F("245", "10", [("a", "Курсъ русской исторіи /", "Kursʺ russkoĭ istorīi /"),
                        ("c", "сочиненіе В. Ключевскаго.", "sochinenīe V. Kli͡uchevskago.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Печатня С.П. Яковлева,", "Pechatni͡a S.P. I͡Akovleva,"),
                        ("c", None, "1904-1910.")], mode="cyr"),
    ]),
    R("h11-kozlov-ezhik", "ru", "rus", charset="nfd", damage="length-chars", fields=[  # Cyrillic only, ё, Я after a space
        F("100", "1 ", [("a", "Козлов, Сергей Григорьевич,", "Kozlov, Sergeĭ Grigorʹevich,"), ("d", None, "1939-2010.")],
          mode="cyr"),
        F("245", "10", [("a", "Ёжик в тумане :", "Ëzhik v tumane :"), ("b", "сказки /", "skazki /"),
                        ("c", "Сергей Козлов ; художник Франческа Ярбусова.",
                         "Sergeĭ Kozlov ; khudozhnik Francheska I͡Arbusova.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Мелик-Пашаев,", "Melik-Pashaev,"), ("c", None, "2012.")],
          mode="cyr"),
    ]),
    R("h11-grossman-zhizn-i-sudba", "ru", "rus", charset="marc8", fields=[  # 880 pairs, two planted faults
        F("100", "1 ", [("a", "Гроссман, Василий Семенович,", "Grossman, Vasiliĭ Semenovich,"), ("d", None, "1905-1964.")],
          wrong={"a": "Grossman, Vasilii Semenovich,"}),
        F("245", "10", [("a", "Жизнь и судьба :", "Zhiznʹ i sudʹba :"), ("b", "роман /", "roman /"),
                        ("c", "Василий Гроссман.", "Vasiliĭ Grossman.")], wrong={"a": "Zhizn' i sud'ba :"}),
        F("264", " 1", [("a", None, "Lausanne :"), ("b", None, "L'Age d'homme,"), ("c", None, "1980.")], mode="rom"),
    ]),
    R("h11-chebyshev-teoriia-sravnenii", "ru", "rus", charset="marc8", damage="says-utf8", fields=[  # pre-1918, romanized only
        F("100", "1 ", [("a", "Чебышев, П. Л.", "Chebyshev, P. L."), ("q", "(Пафнутий Львович),", "(Pafnutiĭ Lʹvovich),"),
                        ("d", None, "1821-1894.")], mode="rom"),
        F("245", "10", [("a", "Теорія сравненій /", "Teorīi͡a sravneniĭ /"),
                        ("c", "сочиненіе П. Чебышева.", "sochinenīe P. Chebysheva.")], mode="rom"),
        F("264", " 1", [("a", "Санктпетербургъ :", "Sanktpeterburgʺ :"),
                        ("b", "Въ типографіи Императорской Академіи наукъ,", "Vʺ tipografīi Imperatorskoĭ Akademīi naukʺ,"),
                        ("c", None, "1849.")], mode="rom"),
    ]),
    R("h11-galich-generalnaia-repetitsiia", "ru", "rus", charset="fe", fields=[  # 880 pairs, a planted fault, English note
        F("100", "1 ", [("a", "Галич, Александр,", "Galich, Aleksandr,"), ("d", None, "1918-1977.")]),
        F("245", "10", [("a", "Генеральная репетиция /", "Generalʹnai͡a repetit͡sii͡a /"),
                        ("c", "Александр Галич.", "Aleksandr Galich.")], wrong={"c": "Alexander Galich."}),
        F("264", " 1", [("a", None, "Frankfurt/Main :"), ("b", None, "Possev-Verlag,"), ("c", None, "1974.")], mode="rom"),
        F("500", "  ", [("a", None, "Memoir of the banned 1958 production of Matrosskaia tishina by the Sovremennik studio.")],
          mode="rom"),
    ]),
    # -- Ukrainian, Bulgarian, Serbian ----------------------------------------------------------------------------------
    R("h11-khvylovyi-ia-romantyka", "uk", "ukr", fields=[  # Cyrillic only, a lone Я
        F("100", "1 ", [("a", "Хвильовий, Микола,", "Khvylʹovyĭ, Mykola,"), ("d", None, "1893-1933.")], mode="cyr"),
        F("245", "10", [("a", "Я (Романтика) :", "I͡A (Romantyka) :"), ("b", "новели та оповідання /", "novely ta opovidanni͡a /"),
                        ("c", "Микола Хвильовий.", "Mykola Khvylʹovyĭ.")], mode="cyr"),
        F("264", " 1", [("a", "Харків :", "Kharkiv :"), ("b", "Фоліо,", "Folio,"), ("c", None, "2008.")], mode="cyr"),
    ]),
    R("h11-ukrainska-radianska-entsyklopediia", "uk", "ukr", charset="fe", fields=[  # romanized only, ї є, 250
        F("245", "00", [("a", "Українська радянська енциклопедія :", "Ukraïnsʹka radi͡ansʹka ent͡syklopedii͡a :"),
                        ("b", "у дванадцяти томах /", "u dvanadt͡si͡aty tomakh /"),
                        ("c", "головна редакційна колегія: М. П. Бажан (головний редактор) [та ін.].",
                         "holovna redakt͡siĭna kolehii͡a: M. P. Bazhan (holovnyĭ redaktor) [ta in.].")], mode="rom"),
        F("250", "  ", [("a", "Вид. 2-ге.", "Vyd. 2-he.")], mode="rom"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"),
                        ("b", "Головна редакція Української радянської енциклопедії,",
                         "Holovna redakt͡sii͡a Ukraïnsʹkoï radi͡ansʹkoï ent͡syklopediï,"),
                        ("c", None, "1977-1985.")], mode="rom"),
    ]),
    R("h11-vazov-chichovtsi", "bg", "bul", charset="marc8", fields=[  # Cyrillic only, ъ
        F("100", "1 ", [("a", "Вазов, Иван,", "Vazov, Ivan,"), ("d", None, "1850-1921.")], mode="cyr"),
        F("245", "10", [("a", "Чичовци :", "Chichovt͡si :"),
                        ("b", "галерия от типове и нрави български в турско време /",
                         "galerii͡a ot tipove i nravi bŭlgarski v tursko vreme /"),
                        ("c", "Иван Вазов.", "Ivan Vazov.")], mode="cyr"),
        F("264", " 1", [("a", "София :", "Sofii͡a :"), ("b", "Български писател,", "Bŭlgarski pisatel,"),
                        ("c", None, "1986.")], mode="cyr"),
    ]),
    R("h11-smirnenski-da-bade-den", "bg", "bul", fields=[  # romanized only
        F("100", "1 ", [("a", "Смирненски, Христо,", "Smirnenski, Khristo,"), ("d", None, "1898-1923.")], mode="rom"),
        F("245", "10", [("a", "Да бъде ден! :", "Da bŭde den! :"), ("b", "стихотворения /", "stikhotvorenii͡a /"),
                        ("c", "Христо Смирненски.", "Khristo Smirnenski.")], mode="rom"),
        F("264", " 1", [("a", "София :", "Sofii͡a :"), ("b", "Народна младеж,", "Narodna mladezh,"), ("c", None, "1973.")],
          mode="rom"),
    ]),
    R("h11-cosic-koreni", "sr", "srp", charset="nfd", fields=[  # Cyrillic only, ћ
        F("100", "1 ", [("a", "Ћосић, Добрица,", "Ćosić, Dobrica,"), ("d", None, "1921-2014.")], mode="cyr"),
        F("245", "10", [("a", "Корени /", "Koreni /"), ("c", "Добрица Ћосић.", "Dobrica Ćosić.")], mode="cyr"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Просвета,", "Prosveta,"), ("c", None, "1954.")], mode="cyr"),
    ]),
    R("h11-bulatovic-crveni-petao", "sr", "scc", charset="marc8", fields=[  # romanized only, coded scc
        F("100", "1 ", [("a", "Булатовић, Миодраг,", "Bulatović, Miodrag,"), ("d", None, "1930-1991.")], mode="rom"),
        F("245", "10", [("a", "Црвени петао лети према небу /", "Crveni petao leti prema nebu /"),
                        ("c", "Миодраг Булатовић.", "Miodrag Bulatović.")], mode="rom"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Нолит,", "Nolit,"), ("c", None, "1959.")], mode="rom"),
    ]),
    # -- English: a translation with a romanized uniform title and name; nothing may get an 880 ----------------------
    R("h11-eng-bakhtin-problems", "ru", "eng", fields=[
        F("100", "1 ", [("a", None, "Bakhtin, M. M."), ("q", None, "(Mikhail Mikhaĭlovich),"), ("d", None, "1895-1975.")],
          mode="rom"),
        F("240", "10", [("a", None, "Problemy poėtiki Dostoevskogo."), ("l", None, "English")], mode="rom"),
        F("245", "10", [("a", None, "Problems of Dostoevsky's poetics /"),
                        ("c", None, "Mikhail Bakhtin ; edited and translated by Caryl Emerson ; introduction by Wayne C. Booth.")],
          mode="rom"),
        F("264", " 1", [("a", None, "Minneapolis :"), ("b", None, "University of Minnesota Press,"), ("c", None, "1984.")],
          mode="rom"),
        F("490", "1 ", [("a", None, "Theory and history of literature ;"), ("v", None, "v. 8")], mode="rom"),
    ]),
]
