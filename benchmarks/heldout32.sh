#!/bin/bash
# The seven held-out sets written in stop 32 (writer26, writer27), each run once by its own benchmark
# script against the translit of TREE (a clone of main at any commit, with today's benchmarks/ copied
# in for an older commit), the output in LOG. The README's "Held-out sets written in stop 32" table
# compares TREE = 593772c (before) with main after the stop's merges.
#   usage: bash benchmarks/heldout32.sh TREE LOG
set -u
cd "$1"
P=${PYTHON:-/work/main/.venv/bin/python}
export PYTHONPATH=$1 SHARED_PAIRS=${SHARED_PAIRS:-$1/../shared/data/pairs}
{
echo "== prose heldout15"; $P benchmarks/prose.py --parts heldout15 --tools 'convert --to'
echo "== citations heldout15"; $P benchmarks/citations.py --part citations_heldout15.txt
echo "== marc heldout10"; $P benchmarks/marc_mixed.py --set heldout10
echo "== real_spellings14"; $P benchmarks/real_spellings.py --file real_spellings14.tsv
echo "== slavic_real14"; $P benchmarks/slavic_real.py --file slavic_real14.tsv
echo "== gloss13"; $P benchmarks/gloss.py --gold13
echo "== slavic_prose_heldout3"; $P benchmarks/slavic_prose.py --file slavic_prose_heldout3.tsv
} > "$2" 2>&1
echo done >> "$2"
