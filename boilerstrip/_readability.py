"""readability-lxml as a second opinion on where the article is. Any failure there means "no signal"."""

from __future__ import annotations

import logging

import lxml.html

from ._patterns import WHITESPACE

_MIN_TEXT_CHARS = 200  # readability's answer below this size is a guess, not a signal
# readability-lxml has no time bound and is quadratic on some inputs (many siblings, deep trees): above this many
# characters of HTML (ten times a large real article page) it is not consulted at all
_MAX_HTML_CHARS = 2_000_000


def main_text(html: str) -> str | None:
    """The whitespace-normalised text readability-lxml takes for the article, or None when it has none."""
    if len(html) > _MAX_HTML_CHARS:
        return None
    try:
        from readability import Document  # type: ignore[import-untyped]

        logging.getLogger("readability.readability").setLevel(logging.CRITICAL)  # its failures are "no signal"
        summary = Document(html).summary(html_partial=True)
        text = " ".join(str(t) for t in lxml.html.fromstring(summary).itertext())
    except Exception:  # a second opinion that fails is no opinion
        return None
    text = WHITESPACE.sub(" ", text).strip()
    return text if len(text) >= _MIN_TEXT_CHARS else None


def holds(article: str, block_text: str) -> bool:
    """True when readability's article contains this block's text."""
    needle = WHITESPACE.sub(" ", block_text).strip()
    return len(needle) >= 20 and needle in article
