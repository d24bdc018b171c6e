"""The errors translit raises: each says what was wrong and what would be accepted."""


class TranslitError(ValueError):
    """Base class of translit's own errors."""


class UnknownSchemeError(TranslitError):
    def __init__(self, scheme, known):
        super().__init__(f"unknown scheme {scheme!r}; known schemes: {', '.join(known)}")
        self.scheme = scheme


class SchemeDataError(TranslitError):
    """A scheme data file is malformed."""


class OptionError(TranslitError):
    """An option is unknown to the scheme or has a value it does not accept."""


class UnknownLanguageError(TranslitError):
    def __init__(self, lang, known):
        super().__init__(f"unknown language {lang!r}; known languages: {', '.join(known)}")
        self.lang = lang
