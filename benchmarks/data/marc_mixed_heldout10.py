"""HELD OUT: never tune on it. The ``heldout10`` set of ``benchmarks/marc_mixed.py``.
STUDIED by marc16 on 2026-12-01 (every field of every record read in and out of romanize, add-880 and check: no failure found; figures on it are dev figures from now on).

HELD OUT: never tune on it, never write or change a rule by looking at how these records come out.
Measure on it at the end only and report the first run after a change separately from later runs.

Who, when: written by hand by helper "writer26" on 2026-12-01 (19:40-19:47 UTC), as a tenth held-out set
beside ``heldout`` … ``heldout9``, with other titles and names.

What the writer read and did not read: read benchmarks/marc_mixed.py (its docstring, imports, set list and how a
set is measured), the docstring and the first records of benchmarks/data/marc_mixed_heldout8.py (STUDIED; the
format: R, F, mode=, wrong=, charset=, damage=, notes=), the definitions of F and R and build() in
tests/data/mixed_marc.py (with the small helpers beside them: name(), fe(), text(), c008(); no test was read), and
the project reference (shared/reference/). Did NOT open translit/ (code or data), did not read the records of any
other held-out set, and did not run translit on these records before the first run below. The ALA-LC forms were
written by hand from the LC tables (Russian, with two pre-1918 titles; Ukrainian; Bulgarian; Serbian), never
produced by translit. Ties are written as U+0361 between the two letters (the benchmark folds ties).

Labelling choices: as ``heldout8``: capitals of tied pairs are both capital (I͡U. Shmidta, I͡Akovlevich,
I͡Avornyt͡sʹkyĭ); ё only where the book prints it (Stëpa, Pokhlëbkin); ASCII quotation marks are kept as they are
(Pokhod "Cheli͡uskina", redakt͡sii "Pravdy"). English subfields and fields are measured as heldout8 measures them: a
field in English as a whole (650/651 with $x, $y, $z, $v; the whole of an English-language record, which must get
no 880) is left as it is by ``romanize`` (in a Cyrillic-only record) and must get no 880 from ``add-880`` (in a
romanized-only record); a subfield with no Cyrillic inside a Cyrillic field ($d dates, $e relator terms, the
Latin-script publisher Academia inside a Cyrillic imprint) has the same text on both sides. Ukrainian follows the
LC Ukrainian table (г h, и y, і i, ї ï, й ĭ, я i͡a, ц t͡s, ь ʹ); Bulgarian the LC Bulgarian table (ъ ŭ, ц t͡s, я i͡a,
х kh, ь ʹ); Serbian the LC Serbian table (= the Serbian Latin alphabet: ђ đ, ћ ć, љ lj, њ nj, ј j, џ dž).
Pre-1918 spelling follows RDA (final ъ kept as ʺ: Svodʺ, Podarokʺ, Molokhovet͡sʺ; і ī; ѣ i͡e).

What is in it: 23 records: 16 Russian, 2 Ukrainian (one coded ``rus``), 2 Bulgarian, 2 Serbian (one coded
``scc``, romanized only), 1 English (no 880 anywhere). Kinds, chosen to differ from the earlier sets: law (Koni's
memoir of the Zasulich trial with the publisher Academia, the Svod zakonov of 1857 in the old spelling with an
English 650, Pashukanis), exploration and the Arctic (Przheval'skii with an English 651, the history of Russian
America in three volumes with an English 651 and a 505, the Chelyuskin drift with quotation marks), aviation (a
life of Tupolev with an English 650 and a 600), art and architecture (Repin's memoirs, Malevich's pamphlet with
[b. i.], Shchusev), folklore and language (Propp with a 490 series, Dal's proverbs with an English 650), children's
books (Chukovskii, Mikhalkov), cookery (Molokhovets in the old spelling, Pokhlebkin's history of vodka); Ukrainian
(Iavornyts'kyi, Zerov), Bulgarian (Konstantinov's Do Chikago i nazad with an English 651, Botev), Serbian
(Obradović, Crnjanski) and Bernard Pares's A history of Russia. Damage: MARC-8 (one with marks after their
letters), NFD and FE-tie UTF-8 records side by side, leader/09 wrong either way (says-utf8, says-marc8), lengths
counted in characters.
7 planted cataloguer faults (``wrong=``) for ``check``: BGN/popular ya in an ALA-LC title (Obshchaya teoriya),
BGN's y and ye in a 700 (Nikolay Nikolayevich), scholarly č in a 700 (Lʹvovič), ISO 9 ŝ in a title (Ŝusev), a
popular form of a name heading (Chukovsky, Korney), the Russian form of a Ukrainian name (Nikolaĭ Zerov), an
ISO-style ă for Bulgarian ъ (Săčinenija).

Each tag appears at most once in a record.

FIRST RUN (the first and only run, after the set was committed as af9b515; translit as at main 593772c,
unchanged), 2026-12-01 19:47:49-19:48:00 UTC on branch writer26, with the shared interpreter:

    PYTHONPATH=$PWD /work/main/.venv/bin/python benchmarks/marc_mixed.py --set heldout10

    [heldout10] 23 records
      romanize  fields right 40/40 (100.0 %); records in 23, out 23, rejected 0
      add-880   fields right 24/24 (100.0 %); records in 23, out 23, rejected 0
      check     planted faults found 7/7, false alarms 0; records in 23, out 23, rejected 0

(run without --list; no record was changed after the run.)

No record repeats a record of an earlier set: checked by script (no 245 $a of this set appears in
benchmarks/marc_mixed.py, benchmarks/data/marc_mixed_*.py or tests/data/mixed_marc*.py; six titles first chosen
were found there and replaced before the set was committed: Istoriia Ukrainy-Rusy, Bai Gan'o, Moidodyr, Seobe,
Srpski rjecnik, Tolkovyi slovar'), and no record id is used by an earlier set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "data"))

from mixed_marc import F, R, T  # noqa: E402,F401

HELDOUT10 = [
    # -- Russian: law, exploration and the Arctic, aviation, art and architecture, folklore, lexicography, children's
    # books, cookery ----------------------------------------------------------------------------------------------
    R("g10-koni-zasulich", "ru", "rus", charset="marc8", fields=[  # a Latin-script publisher inside a Cyrillic imprint
        F("100", "1 ", [("a", "Кони, Анатолий Федорович,", "Koni, Anatoliĭ Fedorovich,"), ("d", None, "1844-1927.")],
          mode="cyr"),
        F("245", "10", [("a", "Воспоминания о деле Веры Засулич /", f"Vospominanii{T}a o dele Very Zasulich /"),
                        ("c", "А. Ф. Кони.", "A. F. Koni.")], mode="cyr"),
        F("264", " 1", [("a", "Москва ; Ленинград :", "Moskva ; Leningrad :"), ("b", None, "Academia,"),
                        ("c", None, "1933.")], mode="cyr"),
    ], notes=[("500", "The author presided at the trial of 31 March 1878; with documents of the case.")]),
    R("g10-svod-zakonov-1857", "ru", "rus", charset="fe", fields=[  # pre-1918 spelling, Cyrillic only
        F("245", "00", [("a", "Сводъ законовъ Россійской имперіи.", "Svodʺ zakonovʺ Rossīĭskoĭ imperīi.")], mode="cyr"),
        F("264", " 1", [("a", "Санктпетербургъ :", "Sanktpeterburgʺ :"),
                        ("b", "Въ Типографіи II Отдѣленія Собственной Его Императорскаго Величества Канцеляріи,",
                         f"Vʺ Tipografīi II Otdi{T}elenīi{T}a Sobstvennoĭ Ego Imperatorskago Velichestva Kant{T}seli{T}arīi,"),
                        ("c", None, "1857.")], mode="cyr"),
        F("650", " 0", [("a", None, "Law"), ("z", None, "Russia"), ("v", None, "Codification.")], mode="cyr"),
    ]),
    R("g10-pashukanis-obshchaia", "ru", "rus", fields=[  # planted popular ya in an ALA-LC title
        F("100", "1 ", [("a", "Пашуканис, Евгений Брониславович,", "Pashukanis, Evgeniĭ Bronislavovich,"),
                        ("d", None, "1891-1937,"), ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Общая теория права и марксизм :", f"Obshchai{T}a teorii{T}a prava i marksizm :"),
                        ("b", "опыт критики основных юридических понятий /",
                         f"opyt kritiki osnovnykh i{T}uridicheskikh poni{T}atiĭ /"),
                        ("c", "Е. Пашуканис.", "E. Pashukanis.")],
          wrong={"a": "Obshchaya teoriya prava i marksizm :"}),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Издательство Коммунистической академии,",
                                                        "Izdatelʹstvo Kommunisticheskoĭ akademii,"),
                        ("c", None, "1924.")], mode="rom"),
    ], notes=[("500", "The first edition; the author was arrested in January 1937 and the book withdrawn.")]),
    R("g10-przhevalskii-mongoliia", "ru", "rus", charset="marc8", damage="says-utf8", fields=[  # English 651
        F("100", "1 ", [("a", "Пржевальский, Николай Михайлович,", "Przhevalʹskiĭ, Nikolaĭ Mikhaĭlovich,"),
                        ("d", None, "1839-1888.")], mode="cyr"),
        F("245", "10", [("a", "Монголия и страна тангутов :", f"Mongolii{T}a i strana tangutov :"),
                        ("b", "трехлетнее путешествие в восточной нагорной Азии /",
                         "trekhletnee puteshestvie v vostochnoĭ nagornoĭ Azii /"),
                        ("c", "Н. М. Пржевальский.", "N. M. Przhevalʹskiĭ.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Географгиз,", "Geografgiz,"), ("c", None, "1946.")],
          mode="cyr"),
        F("651", " 0", [("a", None, "Mongolia"), ("x", None, "Description and travel.")], mode="cyr"),
    ]),
    R("g10-russkaia-amerika", "ru", "rus", charset="nfd", fields=[  # English 651 in a romanized-only record, BGN 700
        F("245", "00", [("a", "История Русской Америки, 1732-1867 /", f"Istorii{T}a Russkoĭ Ameriki, 1732-1867 /"),
                        ("c", "ответственный редактор Н. Н. Болховитинов.",
                         "otvetstvennyĭ redaktor N. N. Bolkhovitinov.")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Международные отношения,",
                                                        f"Mezhdunarodnye otnoshenii{T}a,"), ("c", None, "1997-1999.")],
          mode="rom"),
        F("651", " 0", [("a", None, "Alaska"), ("x", None, "History"), ("y", None, "To 1867.")], mode="rom"),
        F("700", "1 ", [("a", "Болховитинов, Николай Николаевич,", "Bolkhovitinov, Nikolaĭ Nikolaevich,"),
                        ("e", None, "editor.")], wrong={"a": "Bolkhovitinov, Nikolay Nikolayevich,"}),
    ], notes=[("505", "T. 1. Osnovanie Russkoĭ Ameriki -- t. 2. Dei͡atelʹnostʹ Rossiĭsko-amerikanskoĭ kompanii -- t. 3. Russkai͡a Amerika: ot zenita k zakatu.")]),
    R("g10-pokhod-cheliuskina", "ru", "rus", fields=[  # ASCII quotation marks, tied capitals in initials
        F("245", "00", [("a", "Поход \"Челюскина\" :", f"Pokhod \"Cheli{T}uskina\" :"),
                        ("b", "героическая эпопея /", f"geroicheskai{T}a ėpopei{T}a /"),
                        ("c", "под редакцией О. Ю. Шмидта [и др.].", f"pod redakt{T}sieĭ O. I{T}U. Shmidta [i dr.].")],
          mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Издание редакции \"Правды\",",
                                                        f"Izdanie redakt{T}sii \"Pravdy\","), ("c", None, "1934.")],
          mode="cyr"),
    ], notes=[("500", "Two volumes, with maps and photographs of the drift and the camp on the ice.")]),
    R("g10-kerber-tupolev", "ru", "rus", charset="fe", fields=[  # planted scholarly č, English 650 in a romanized record
        F("245", "10", [("a", "Туполев /", "Tupolev /"), ("c", "Л. Л. Кербер.", "L. L. Kerber.")]),
        F("264", " 1", [("a", "Санкт-Петербург :", "Sankt-Peterburg :"), ("b", "Политехника,", "Politekhnika,"),
                        ("c", None, "1999.")], mode="rom"),
        F("600", "10", [("a", "Туполев, Андрей Николаевич,", "Tupolev, Andreĭ Nikolaevich,"), ("d", None, "1888-1972.")],
          mode="rom"),
        F("650", " 0", [("a", None, "Aeronautical engineers"), ("z", None, "Soviet Union"), ("v", None, "Biography.")],
          mode="rom"),
        F("700", "1 ", [("a", "Кербер, Леонид Львович,", "Kerber, Leonid Lʹvovich,"), ("d", None, "1903-1993.")],
          wrong={"a": "Kerber, Leonid Lʹvovič,"}),
    ], notes=[("500", "Memoirs of Tupolev's deputy, who worked with him in the prison design bureau.")]),
    R("g10-repin-dalekoe", "ru", "rus", charset="marc8", fields=[
        F("100", "1 ", [("a", "Репин, Илья Ефимович,", f"Repin, Ilʹi{T}a Efimovich,"), ("d", None, "1844-1930.")],
          mode="cyr"),
        F("245", "10", [("a", "Далекое близкое /", "Dalekoe blizkoe /"),
                        ("c", "И. Е. Репин ; под редакцией К. Чуковского.",
                         f"I. E. Repin ; pod redakt{T}sieĭ K. Chukovskogo.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Искусство,", "Iskusstvo,"), ("c", None, "1964.")],
          mode="cyr"),
    ], notes=[("500", "Memoirs; the sixth edition, with 85 plates.")]),
    R("g10-malevich-ot-kubizma", "ru", "rus", damage="says-marc8", fields=[  # [б. и.]
        F("245", "10", [("a", "От кубизма и футуризма к супрематизму :", "Ot kubizma i futurizma k suprematizmu :"),
                        ("b", "новый живописный реализм /", "novyĭ zhivopisnyĭ realizm /"),
                        ("c", "К. Малевич.", "K. Malevich.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "[б. и.],", "[b. i.],"), ("c", None, "1916.")], mode="cyr"),
    ], notes=[("500", "Third edition of the pamphlet first issued for the 0,10 exhibition in Petrograd, 1915.")]),
    R("g10-sokolov-shchusev", "ru", "rus", charset="nfd", damage="length-chars", fields=[  # planted ISO 9 in a title
        F("245", "10", [("a", "А. В. Щусев /", "A. V. Shchusev /"), ("c", "Н. Б. Соколов.", "N. B. Sokolov.")],
          wrong={"a": "A. V. Ŝusev /"}),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Госстройиздат,", "Gosstroĭizdat,"), ("c", None, "1952.")],
          mode="rom"),
    ]),
    R("g10-propp-morfologiia", "ru", "rus", fields=[
        F("100", "1 ", [("a", "Пропп, Владимир Яковлевич,", f"Propp, Vladimir I{T}Akovlevich,"),
                        ("d", None, "1895-1970,"), ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Морфология сказки /", f"Morfologii{T}a skazki /"), ("c", "В. Я. Пропп.", f"V. I{T}A. Propp.")],
          mode="cyr"),
        F("264", " 1", [("a", "Ленинград :", "Leningrad :"), ("b", None, "Academia,"), ("c", None, "1928.")], mode="cyr"),
        F("490", "1 ", [("a", "Вопросы поэтики ;", "Voprosy poėtiki ;"), ("v", "вып. 12", "vyp. 12")], mode="cyr"),
    ], notes=[("500", "Translated into English as Morphology of the folktale (1958).")]),
    R("g10-dal-poslovitsy", "ru", "rus", charset="marc8", damage="marks-after", fields=[
        F("100", "1 ", [("a", "Даль, Владимир Иванович,", "Dalʹ, Vladimir Ivanovich,"), ("d", None, "1801-1872.")],
          mode="cyr"),
        F("245", "10", [("a", "Пословицы русского народа :", f"Poslovit{T}sy russkogo naroda :"),
                        ("b", "сборник В. Даля.", f"sbornik V. Dali{T}a.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"),
                        ("b", "Государственное издательство художественной литературы,",
                         "Gosudarstvennoe izdatelʹstvo khudozhestvennoĭ literatury,"),
                        ("c", None, "1957.")], mode="cyr"),
        F("650", " 0", [("a", None, "Proverbs, Russian.")], mode="cyr"),
    ]),
    R("g10-chukovskii-fedorino", "ru", "rus", charset="fe", fields=[  # planted popular name heading
        F("100", "1 ", [("a", "Чуковский, Корней,", "Chukovskiĭ, Korneĭ,"), ("d", None, "1882-1969.")],
          wrong={"a": "Chukovsky, Korney,"}),
        F("245", "10", [("a", "Федорино горе /", "Fedorino gore /"),
                        ("c", "К. Чуковский ; рисунки В. Конашевича.", "K. Chukovskiĭ ; risunki V. Konashevicha.")],
          mode="rom"),
        F("264", " 1", [("a", "Ленинград :", "Leningrad :"), ("b", "Радуга,", "Raduga,"), ("c", None, "1926.")],
          mode="rom"),
    ], notes=[("521", "For preschool children.")]),
    R("g10-molokhovets-podarok", "ru", "rus", fields=[  # pre-1918 spelling, English 650
        F("100", "1 ", [("a", "Молоховец, Елена Ивановна,", f"Molokhovet{T}s, Elena Ivanovna,"), ("d", None, "1831-1918.")],
          mode="cyr"),
        F("245", "10", [("a", "Подарокъ молодымъ хозяйкамъ, или Средство къ уменьшенію расходовъ въ домашнемъ хозяйствѣ /",
                         f"Podarokʺ molodymʺ khozi{T}aĭkamʺ, ili Sredstvo kʺ umenʹshenīi{T}u raskhodovʺ vʺ domashnemʺ khozi{T}aĭstvi{T}e /"),
                        ("c", "Е. Молоховецъ.", f"E. Molokhovet{T}sʺ.")], mode="cyr"),
        F("264", " 1", [("a", "С.-Петербургъ :", "S.-Peterburgʺ :"), ("b", "Типографія Н. Н. Клобукова,",
                                                                  f"Tipografīi{T}a N. N. Klobukova,"),
                        ("c", None, "1901.")], mode="cyr"),
        F("650", " 0", [("a", None, "Cooking, Russian.")], mode="cyr"),
    ]),
    R("g10-pokhlebkin-vodka", "ru", "rus", charset="nfd", fields=[  # ё in a heading, English 650
        F("100", "1 ", [("a", "Похлёбкин, Вильям Васильевич,", f"Pokhlëbkin, Vilʹi{T}am Vasilʹevich,"),
                        ("d", None, "1923-2000.")], mode="rom"),
        F("245", "10", [("a", "История водки /", f"Istorii{T}a vodki /"), ("c", "В. В. Похлебкин.", "V. V. Pokhlebkin.")],
          mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Интер-Версо,", "Inter-Verso,"), ("c", None, "1991.")],
          mode="rom"),
        F("650", " 0", [("a", None, "Vodka"), ("z", None, "Russia"), ("x", None, "History.")], mode="rom"),
    ]),
    R("g10-mikhalkov-diadia-stepa", "ru", "rus", charset="marc8", damage="says-utf8", fields=[  # ё in a title
        F("245", "10", [("a", "Дядя Стёпа /", f"Di{T}adi{T}a Stëpa /"),
                        ("c", "С. Михалков ; рисунки А. Каневского.", "S. Mikhalkov ; risunki A. Kanevskogo.")],
          mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Детская литература,", f"Detskai{T}a literatura,"),
                        ("c", None, "1968.")], mode="cyr"),
    ]),
    # -- Ukrainian -------------------------------------------------------------------------------------------------
    R("g10-iavornytskyi-kozaky", "uk", "ukr", fields=[
        F("100", "1 ", [("a", "Яворницький, Дмитро Іванович,", f"I{T}Avornyt{T}sʹkyĭ, Dmytro Ivanovych,"),
                        ("d", None, "1855-1940.")], mode="cyr"),
        F("245", "10", [("a", "Історія запорозьких козаків /", f"Istorii{T}a zaporozʹkykh kozakiv /"),
                        ("c", "Д. І. Яворницький.", f"D. I. I{T}Avornyt{T}sʹkyĭ.")], mode="cyr"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Наукова думка,", "Naukova dumka,"), ("c", None, "1990-1991.")],
          mode="cyr"),
    ], notes=[("500", "Translated from the Russian edition of St. Petersburg, 1892-1897, in three volumes.")]),
    R("g10-zerov-kamena", "uk", "rus", charset="marc8", fields=[  # a Ukrainian book coded Russian, Russian name form
        F("245", "10", [("a", "Камена :", "Kamena :"), ("b", "поезії /", "poeziï /"), ("c", "Микола Зеров.", "Mykola Zerov.")],
          wrong={"c": "Nikolaĭ Zerov."}),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Слово,", "Slovo,"), ("c", None, "1924.")], mode="cyr"),
    ]),
    # -- Bulgarian -------------------------------------------------------------------------------------------------
    R("g10-konstantinov-do-chikago", "bg", "bul", charset="nfd", fields=[  # Chicago in a Bulgarian title
        F("245", "10", [("a", "До Чикаго и назад /", "Do Chikago i nazad /"),
                        ("c", "Алеко Константинов.", "Aleko Konstantinov.")], mode="cyr"),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Захарий Стоянов,", f"Zakhariĭ Stoi{T}anov,"),
                        ("c", None, "2005.")], mode="cyr"),
        F("651", " 0", [("a", None, "United States"), ("x", None, "Description and travel.")], mode="cyr"),
    ]),
    R("g10-botev-suchineniia", "bg", "bul", charset="fe", fields=[  # planted ISO-style ă for Bulgarian ъ
        F("100", "1 ", [("a", "Ботев, Христо,", "Botev, Khristo,"), ("d", None, "1848-1876.")], mode="rom"),
        F("245", "10", [("a", "Съчинения /", f"Sŭchinenii{T}a /"), ("c", "Христо Ботев.", "Khristo Botev.")],
          wrong={"a": "Săčinenija /"}),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Български писател,", "Bŭlgarski pisatel,"),
                        ("c", None, "1976.")], mode="rom"),
    ]),
    # -- Serbian ---------------------------------------------------------------------------------------------------
    R("g10-obradovic-zivot", "sr", "srp", charset="marc8", fields=[
        F("100", "1 ", [("a", "Обрадовић, Доситеј,", "Obradović, Dositej,"), ("d", None, "1742-1811.")], mode="cyr"),
        F("245", "10", [("a", "Живот и прикљученија /", "Život i priključenija /"), ("c", "Доситеј Обрадовић.",
                                                                              "Dositej Obradović.")], mode="cyr"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Нолит,", "Nolit,"), ("c", None, "1969.")], mode="cyr"),
    ], notes=[("500", "First published at Leipzig in 1783.")]),
    R("g10-crnjanski-dnevnik", "sr", "scc", fields=[  # romanized only, coded scc
        F("100", "1 ", [("a", "Црњански, Милош,", "Crnjanski, Miloš,"), ("d", None, "1893-1977.")], mode="rom"),
        F("245", "10", [("a", "Дневник о Чарнојевићу /", "Dnevnik o Čarnojeviću /"), ("c", "Милош Црњански.", "Miloš Crnjanski.")],
          mode="rom"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "С. Б. Цвијановић,", "S. B. Cvijanović,"),
                        ("c", None, "1921.")], mode="rom"),
    ]),
    # -- English: no 880 -------------------------------------------------------------------------------------------
    R("g10-pares-history", "en", "eng", fields=[
        F("100", "1 ", [("a", None, "Pares, Bernard,"), ("c", None, "Sir,"), ("d", None, "1867-1949.")], mode="rom"),
        F("245", "12", [("a", None, "A history of Russia /"), ("c", None, "by Bernard Pares.")], mode="rom"),
        F("264", " 1", [("a", None, "London :"), ("b", None, "Jonathan Cape,"), ("c", None, "1926.")], mode="rom"),
    ]),
]
