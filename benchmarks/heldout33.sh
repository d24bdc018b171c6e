#!/bin/bash
# The held-out sets written in stop 33 (writer28's three, then writer29's four: real_spellings15, slavic_real15, gloss gold14,
# slavic_prose_heldout4), each run once by its own
# benchmark script against the translit of TREE (a clone of main at any commit, with today's benchmarks/ copied in
# for an older commit), the output in LOG. First runs (translit at f1aa39b for writer28's, c84c8c4 for writer29's) are in each set's header or docstring.
#   usage: bash benchmarks/heldout33.sh TREE LOG
set -u
cd "$1"
P=${PYTHON:-/work/main/.venv/bin/python}
export PYTHONPATH=$1 SHARED_PAIRS=${SHARED_PAIRS:-$1/../shared/data/pairs}
{
echo "== prose heldout16"; $P benchmarks/prose.py --parts heldout16 --tools 'convert --to'
echo "== citations heldout16"; $P benchmarks/citations.py --part citations_heldout16.txt
echo "== marc heldout11"; $P benchmarks/marc_mixed.py --set heldout11
echo "== real_spellings 15"; $P benchmarks/real_spellings.py --file real_spellings15.tsv
echo "== slavic_real 15"; $P benchmarks/slavic_real.py --file slavic_real15.tsv
echo "== gloss gold14"; $P benchmarks/gloss.py --gold14
echo "== slavic_prose heldout4"; $P benchmarks/slavic_prose.py --file slavic_prose_heldout4.tsv
} > "$2" 2>&1
echo done >> "$2"
