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


def finite_number(name: str, value) -> float:
    """``value`` as a float, or :class:`TranslitError` when it is not a finite number (a NaN
    threshold would compare false with everything and silently change the result)."""
    import math

    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TranslitError(f"{name} must be a number, not {value!r}") from None
    if not math.isfinite(number):
        raise TranslitError(f"{name} must be a finite number, not {value!r}")
    return number
