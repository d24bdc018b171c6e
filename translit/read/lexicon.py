"""Placeholder replaced below."""
def is_dictionary_word(w):
    return False
