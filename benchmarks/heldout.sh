#!/bin/bash
# Runs one stop's seven held-out sets, each once by its own benchmark script, against the translit of
# TREE (a clone of main at any commit; for an older commit copy today's benchmarks/ in), the output in LOG.
# The table below names each stop's sets; a writer who adds a stop's sets adds one line to it.
# The README's "Held-out sets written in stop N" tables compare a TREE before the stop's work with main after.
#   usage: bash benchmarks/heldout.sh STOP TREE LOG      e.g. bash benchmarks/heldout.sh 33 /tmp/tree /tmp/h33.log
set -u
# stop  prose part  citations file           marc set   real_spellings file   slavic_real file   gloss option  slavic_prose file
SETS='
32 heldout15 citations_heldout15.txt heldout10 real_spellings14.tsv slavic_real14.tsv --gold13 slavic_prose_heldout3.tsv
33 heldout16 citations_heldout16.txt heldout11 real_spellings15.tsv slavic_real15.tsv --gold14 slavic_prose_heldout4.tsv
34 heldout17 citations_heldout17.txt heldout12 real_spellings16.tsv slavic_real16.tsv --gold15 slavic_prose_heldout5.tsv
35 heldout18 citations_heldout18.txt heldout13 real_spellings17.tsv slavic_real17.tsv --gold16 slavic_prose_heldout6.tsv
36 heldout19 citations_heldout19.txt heldout14 real_spellings18.tsv slavic_real18.tsv --gold17 slavic_prose_heldout7.tsv
37 heldout20 citations_heldout20.txt heldout15 real_spellings19.tsv slavic_real19.tsv --gold18 slavic_prose_heldout8.tsv
'
if [ $# -ne 3 ]; then echo "usage: bash benchmarks/heldout.sh STOP TREE LOG" >&2; exit 2; fi
row=$(printf '%s\n' "$SETS" | awk -v s="$1" '$1 == s')
if [ -z "$row" ]; then echo "heldout.sh: no sets listed for stop $1 (stops: $(printf '%s\n' "$SETS" | awk 'NF {printf "%s ", $1}'))" >&2; exit 2; fi
read -r _ prose cites marc spell slavic gloss sprose <<< "$row"
cd "$2" || exit 2
P=${PYTHON:-/work/main/.venv/bin/python}
export PYTHONPATH=$2  # (the shared data are found beside TREE or a folder above it; $SHARED_PAIRS, when set, names another copy)
{
echo "== prose $prose"; $P benchmarks/prose.py --parts "$prose" --tools 'convert --to'
echo "== citations $cites"; $P benchmarks/citations.py --part "$cites"
echo "== marc $marc"; $P benchmarks/marc_mixed.py --set "$marc"
echo "== real_spellings $spell"; $P benchmarks/real_spellings.py --file "$spell"
echo "== slavic_real $slavic"; $P benchmarks/slavic_real.py --file "$slavic"
echo "== gloss $gloss"; $P benchmarks/gloss.py "$gloss"
echo "== slavic_prose $sprose"; $P benchmarks/slavic_prose.py --file "$sprose"
} > "$3" 2>&1
echo done >> "$3"
