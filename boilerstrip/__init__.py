"""boilerstrip: separate the article a person came to read from everything a web page wraps around it.

>>> import boilerstrip
>>> result = boilerstrip.strip("<html><body><p>...</p></body></html>")
>>> result.text, result.title, [(b.label, b.kept, b.reason) for b in result.blocks]
"""

from ._options import Favor, OnLimit, Options
from ._pipeline import strip, strip_html, strip_text
from ._types import (
    Block,
    BoilerstripError,
    DecodeError,
    Encoding,
    InputError,
    InputKind,
    InputTooLargeError,
    Label,
    LimitError,
    OptionsError,
    Result,
    TimeBudgetError,
    TooDeepError,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "Block",
    "BoilerstripError",
    "DecodeError",
    "Encoding",
    "Favor",
    "InputError",
    "InputKind",
    "InputTooLargeError",
    "Label",
    "LimitError",
    "OnLimit",
    "Options",
    "OptionsError",
    "Result",
    "TimeBudgetError",
    "TooDeepError",
    "Verdict",
    "__version__",
    "strip",
    "strip_html",
    "strip_text",
]
