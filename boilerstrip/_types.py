"""Result types: the label vocabulary, one block of a page, the result, and the error hierarchy."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any


class Label(str, Enum):
    """What a block of a page is. ``CONTENT`` and ``TITLE`` are the reading; every other label is boilerplate."""

    CONTENT = "content"
    TITLE = "title"
    BYLINE = "byline"
    CAPTION = "caption"
    CREDIT = "credit"
    ADVERTISEMENT = "advertisement"
    NEWSLETTER = "newsletter"
    RELATED = "related"
    SHARE = "share"
    NAVIGATION = "navigation"
    COOKIE = "cookie"
    COMMENTS = "comments"
    LEGAL = "legal"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


# Speed: on Python 3.11 every look-up of a member as ``Label.X`` goes through the hook that ``EnumType.__getattr__``
# installs on the class (~150 ns, where a module constant takes ~20 ns). Code that compares labels for every block or
# element (a few thousand looks a page) reads the members it needs from module constants or locals set once.


class InputKind(str, Enum):
    """How the page was read."""

    HTML = "html"
    TEXT = "text"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a rule decided about a block: a label and the reason, in words a user can act on."""

    label: Label
    reason: str


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the page, in reading order.

    ``label``/``reason`` are the final decision; ``first_label``/``first_reason`` what the context-free first pass
    said before neighbours and the page as a whole were considered (they differ when the context pass overruled it).
    ``source`` locates the block: an XPath for HTML input, ``"lines A-B"`` for text input; ``lines`` is the
    0-based, end-exclusive span of input lines (text input only).
    """

    index: int
    text: str
    label: Label
    kept: bool
    reason: str
    first_label: Label
    first_reason: str
    source: str
    tag: str = "p"
    lines: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of this block."""
        out: dict[str, Any] = {
            "index": self.index,
            "text": self.text,
            "label": self.label.value,
            "kept": self.kept,
            "reason": self.reason,
            "first_label": self.first_label.value,
            "first_reason": self.first_reason,
            "source": self.source,
            "tag": self.tag,
        }
        if self.lines is not None:
            out["lines"] = list(self.lines)
        return out


# Block's slot setters. ``new_block`` fills a Block through them: the __init__ a frozen dataclass gets sets each
# field with object.__setattr__ (~3 us for ten fields, by position); the setters take ~1.5 us, for every block of
# every page. A field added to Block must be added to new_block too: the check below fails until it is.
_BLOCK_SETTERS = {f.name: getattr(Block, f.name).__set__ for f in fields(Block)}
if tuple(_BLOCK_SETTERS) != ("index", "text", "label", "kept", "reason", "first_label", "first_reason", "source",
                             "tag", "lines") or hasattr(Block, "__post_init__"):
    raise RuntimeError("Block's fields changed: update new_block")
_set_index, _set_text, _set_label, _set_kept, _set_reason, _set_first_label, _set_first_reason, _set_source, \
    _set_tag, _set_lines = _BLOCK_SETTERS.values()


def new_block(index: int, text: str, label: Label, kept: bool, reason: str, first_label: Label, first_reason: str,
              source: str, tag: str, lines: tuple[int, int] | None) -> Block:
    """``Block(index, text, ...)``, the same value built quicker (see ``_BLOCK_SETTERS``)."""
    block: Block = object.__new__(Block)
    _set_index(block, index)
    _set_text(block, text)
    _set_label(block, label)
    _set_kept(block, kept)
    _set_reason(block, reason)
    _set_first_label(block, first_label)
    _set_first_reason(block, first_reason)
    _set_source(block, source)
    _set_tag(block, tag)
    _set_lines(block, lines)
    return block


@dataclass(frozen=True, slots=True)
class Encoding:
    """Which character encoding was used to decode bytes, and the evidence that chose it."""

    name: str
    source: str  # "argument", "bom", "http-header", "meta", "detector", "utf-8", "str" (input was already text)


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`boilerstrip.strip` returns: the reading of the page and every block with its label and reason."""

    text: str
    title: str | None
    blocks: tuple[Block, ...]
    kind: InputKind
    encoding: Encoding
    url: str | None = None
    truncated: bool = False
    notes: tuple[str, ...] = field(default=())  # page-level decisions: the main region and why, fallbacks used

    @property
    def kept(self) -> tuple[Block, ...]:
        """The blocks that make up :attr:`text` (content, plus any label the options keep)."""
        return tuple(b for b in self.blocks if b.kept)

    @property
    def removed(self) -> tuple[Block, ...]:
        """The blocks that were not kept."""
        return tuple(b for b in self.blocks if not b.kept)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the reading and every block."""
        from ._render import result_to_dict

        return result_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` serialised as JSON (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The kept text as Markdown: the title as ``#``, headings, lists and quotes marked up."""
        from ._render import result_to_markdown

        return result_to_markdown(self)

    def to_html(self) -> str:
        """The kept text as a small, clean HTML document."""
        from ._render import result_to_html

        return result_to_html(self)

    def to_annotated_html(self) -> str:
        """A picture of the decision: every block in reading order, coloured by its label, with its kept mark and
        reason, under a strip that shows where on the page the kept text sits. A self-contained HTML document."""
        from ._render import result_to_annotated_html

        return result_to_annotated_html(self)

    def report(self) -> str:
        """A plain-text picture of the decision: every block with its label, kept mark and reason."""
        from ._render import result_to_report

        return result_to_report(self)


class BoilerstripError(Exception):
    """Base class of every error boilerstrip raises on purpose."""


class InputError(BoilerstripError, ValueError):
    """The input cannot be read as a page (binary data, compressed data, a PDF, undecodable bytes...)."""


class DecodeError(InputError):
    """Bytes could not be decoded with the encoding given or found."""


class LimitError(BoilerstripError):
    """The input exceeds a limit set in :class:`boilerstrip.Options` (size, depth or time)."""


class InputTooLargeError(LimitError):
    """The input is larger than ``Options.max_input_bytes``."""


class TooDeepError(LimitError):
    """The HTML tree is nested deeper than ``Options.max_depth``."""


class TimeBudgetError(LimitError):
    """Processing took longer than ``Options.time_budget`` seconds."""


class OptionsError(BoilerstripError, ValueError):
    """An option has a value it cannot take."""
