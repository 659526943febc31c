"""readability-lxml as a second opinion on where the article is. Any failure there means "no signal"."""

from __future__ import annotations

import logging
import threading

import lxml.html

from ._patterns import WHITESPACE

_MIN_TEXT_CHARS = 200  # readability's answer below this size is a guess, not a signal
# readability-lxml has no time bound and is quadratic on some inputs (many siblings, deep trees): above this many
# characters of HTML (ten times a large real article page) it is not consulted at all
_MAX_HTML_CHARS = 2_000_000
_LOGGER = "readability.readability"


class _QuietWhileConsulted(logging.Filter):
    """Drops readability-lxml's log records while this thread consults it: its failures ("error getting summary",
    with a traceback that Python's last-resort handler would print) are "no signal" to us, not the caller's
    business. Records from the caller's own use of readability-lxml pass, and its logger's level is left as the
    caller set it."""

    def __init__(self) -> None:
        super().__init__()
        self.local = threading.local()

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(self.local, "consulting", False)


_QUIET = _QuietWhileConsulted()


def main_text(html: str) -> str | None:
    """The whitespace-normalised text readability-lxml takes for the article, or None when it has none."""
    if len(html) > _MAX_HTML_CHARS:
        return None
    try:
        from readability import Document  # type: ignore[import-untyped]

        logging.getLogger(_LOGGER).addFilter(_QUIET)  # (once: a logger does not add a filter it has)
        _QUIET.local.consulting = True
        try:
            summary = Document(html).summary(html_partial=True)
        finally:
            _QUIET.local.consulting = False
        text = " ".join(str(t) for t in lxml.html.fromstring(summary).itertext())
    except Exception:  # a second opinion that fails is no opinion
        return None
    text = WHITESPACE.sub(" ", text).strip()
    return text if len(text) >= _MIN_TEXT_CHARS else None


def holds(article: str, block_text: str) -> bool:
    """True when readability's article contains this block's text."""
    needle = WHITESPACE.sub(" ", block_text).strip()
    return len(needle) >= 20 and needle in article
