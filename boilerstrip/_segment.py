"""The working model both input kinds share: a Segment is a Block while it is being classified."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ._patterns import PROSE_PUNCT, SENTENCE_END, WORD, XPATH_STEP
from ._types import Label, Verdict

# Latin-1 bytes → b"w" for a word character of ``WORD`` (letters, digits, underscore: "é" and "²" too), b" " for any
# other: the runs of b"w" in Latin-1 text are then WORD's matches, counted by bytes.split() in C (a few times faster
# than findall; \w is what str.isalnum() says, and the underscore).
_WORD_BYTES = bytes(0x77 if (chr(b).isalnum() or b == 0x5F) else 0x20 for b in range(256))
# The shortcut holds only for WORD as it is written: r"\w+", Unicode-aware (for ASCII text \w is [A-Za-z0-9_]).
_WORD_SHORTCUT = WORD.pattern == r"\w+" and not WORD.flags & re.ASCII
# Likewise PROSE_PUNCT's matches in ASCII text are the bytes it would delete from it.
_PUNCT_BYTES = b".!?,;:"
_PUNCT_SHORTCUT = PROSE_PUNCT.pattern == "[" + _PUNCT_BYTES.decode() + "]"
# A word character of WORD beyond Latin-1 (a letter of another alphabet: "ł", "я", "中"). A text holding none counts
# as its Latin-1 form with each character beyond Latin-1 made a "?": such a character (a curly quote, a dash, an
# ellipsis, "€": those of most blocks of English pages that are not ASCII) parts words as the "?" does, and none is
# PROSE_PUNCT, so the "?"s put in are taken off the punctuation count. Looked for in C: quicker than findall.
_WORD_BEYOND_LATIN1 = re.compile(r"[^\W\x00-\xff]")


def xpath_steps(source: str) -> list[tuple[str, int]]:
    """The (tag, position) steps of a block's XPath like ``/html/body/ol/li[2]/p``; [] when ``source`` is not one
    (a text line's source is a line span)."""
    if not source.startswith("/"):
        return []
    out = []
    for step in source.strip("/").split("/"):
        match = XPATH_STEP.match(step)
        if match is None:
            return []
        out.append((match.group(1).lower(), int(match.group(2) or 1)))
    return out


def _counts(text: str) -> tuple[int, int]:
    """How many ``WORD`` and ``PROSE_PUNCT`` matches ``text`` holds."""
    if _WORD_SHORTCUT and _PUNCT_SHORTCUT:
        if text.isascii():  # most blocks: one encode serves both counts
            raw = text.encode("ascii")
            return len(raw.translate(_WORD_BYTES).split()), len(raw) - len(raw.translate(None, _PUNCT_BYTES))
        if _WORD_BEYOND_LATIN1.search(text) is None:
            raw = text.encode("latin-1", "replace")
            put_in = raw.count(b"?") - text.count("?")
            return (len(raw.translate(_WORD_BYTES).split()),
                    len(raw) - len(raw.translate(None, _PUNCT_BYTES)) - put_in)
    return len(WORD.findall(text)), len(PROSE_PUNCT.findall(text))


class Hint(NamedTuple):
    """Evidence from an ancestor element (its tag or a class/id token), kept as a chain up to the root.

    A NamedTuple rather than a frozen dataclass: the walk builds one for every element named by its tag, role or
    class, and a tuple is built several times quicker (no ``object.__setattr__`` per field); it is as immutable.
    """

    label: Label
    reason: str
    node: int  # pre-order index of the element that gave the hint
    parent: Hint | None


@dataclass(slots=True)
class Segment:
    """A block being classified. The HTML path fills in tree features; the text path fills in line features."""

    # the HTML walk passes the first six by position (quicker than by keyword, for every block of every page)
    text: str
    tag: str  # "h1".."h6", "p", "li", "pre", "blockquote", "figcaption", "td", "dt", "dd", "div", "line"...
    source: str
    link_chars: int = 0
    node: int = -1  # pre-order index of the element the block belongs to (HTML)
    hints: Hint | None = None  # nearest first
    lines: tuple[int, int] | None = None
    hint: Hint | None = None  # the hint that applies, once the region is known
    in_region: bool = True
    in_entries: bool = False  # inside a list's entries (a listing page, or a list joined to the region): links are
    # their headlines
    indent: int = 0  # leading spaces of the line (text input): layout-keeping converters indent by nesting
    model: tuple[Label, float] | None = None  # the line model's label and its probability (text input)
    words: int = 0
    punct: int = 0
    first: Verdict | None = None
    rule: str = ""  # name of the first-pass rule that gave ``first`` ("" for the default)
    final: Verdict | None = None

    def __post_init__(self) -> None:
        self.words, self.punct = _counts(self.text)

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def is_heading(self) -> bool:
        return len(self.tag) == 2 and self.tag[0] == "h" and self.tag[1].isdigit()

    @property
    def ends_sentence(self) -> bool:
        return SENTENCE_END.search(self.text) is not None

    @property
    def label(self) -> Label:
        verdict = self.final or self.first
        return verdict.label if verdict else Label.CONTENT
