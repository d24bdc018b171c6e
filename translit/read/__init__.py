"""Reading romanized Russian back into Cyrillic: lexicon, candidate generation, ranking, detection."""
