"""Options: one frozen, keyword-only dataclass. Every threshold is named here, with its unit and why it is what it
is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ._types import Label, OptionsError


class Favor(str, Enum):
    """Which way to lean when the evidence about a block is weak."""

    PRECISION = "precision"  # drop doubtful blocks: less boilerplate, maybe a lost paragraph
    BALANCED = "balanced"
    RECALL = "recall"  # keep doubtful blocks: every paragraph, maybe a stray line of boilerplate

    def __str__(self) -> str:
        return self.value


class OnLimit(str, Enum):
    """What to do when a page is over a size or depth limit."""

    RAISE = "raise"  # raise a LimitError subclass
    TRUNCATE = "truncate"  # work on the part within the limit and flag the result as truncated

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How boilerstrip reads a page. Every field has a safe default; pass only what you want to change.

    Options are frozen: build a changed copy with :func:`dataclasses.replace`.
    """

    # --- what to keep -------------------------------------------------------------------------------------------
    keep: frozenset[Label] = frozenset({Label.CONTENT})
    """Labels whose blocks make up ``result.text``. Add e.g. ``Label.CAPTION`` to keep captions. The title is always
    reported in ``result.title``; add ``Label.TITLE`` to have it in the text as well."""

    favor: Favor = Favor.BALANCED
    """Trade precision for recall: PRECISION drops blocks the evidence is unsure of, RECALL keeps them."""

    boilerplate_phrases: tuple[str, ...] = ()
    """Your own boilerplate: a block whose text contains one of these phrases (case-insensitive) is dropped as
    ``other`` with the reason "matches a user boilerplate phrase"."""

    boilerplate_xpaths: tuple[str, ...] = ()
    """HTML only: elements matched by these XPath expressions are dropped as ``other`` with their whole subtree."""

    content_xpaths: tuple[str, ...] = ()
    """HTML only: elements matched by these XPath expressions are the main content; blocks outside them are dropped."""

    use_readability: bool = True
    """HTML only: consult readability-lxml when our own evidence for the main region is weak (costs ~25 ms a page)."""

    read_hidden: bool = True
    """HTML only: when the visible page holds no article, take a second look that reads ``<noscript>`` and elements
    hidden by attributes or classes, as a browser without JavaScript, or after its scripts ran, shows them (forum
    engines such as Discourse and Flarum render their posts in ``<noscript>``; apps hide their root until a script
    has run). Pages with a visible article never get this look, and the hidden text is read only when it clearly
    holds the article: at least ``min_region_chars`` of prose and twice the visible page's (a hidden modal or
    tooltip sentence never replaces the visible page). ``False``: nothing hidden ever reaches the output
    (costs forum pages most of their posts: wcxb-dev forum F1 0.74 -> 0.59)."""

    # --- thresholds (HTML and text) -----------------------------------------------------------------------------
    max_link_density: float = 0.5
    """Fraction of a block's characters inside links above which a block counts as a link list (menus, teasers).
    Prose links rarely pass a third of a paragraph; menus and teaser lists are near 1.0."""

    min_prose_chars: int = 60
    """Characters a block needs before it counts as prose evidence for the main region. Shorter blocks are mostly
    labels, menu items and teaser headlines, whose text says little about where the article is."""

    min_prose_words: int = 8
    """Words a text line needs before it counts as prose evidence. Menus and headlines rarely reach eight words."""

    region_share: float = 0.85
    """Share (0..1) of the page's prose characters the main HTML region must hold. The region is the deepest
    element holding at least this share: low enough to skip a stray prose block in a footer, high enough to keep
    all the paragraphs of a long article that a theme splits into several containers. (0.75 measured lower:
    the article's last quarter, a method section or a comparison table, fell outside.)"""

    min_region_chars: int = 250
    """Prose characters below which our own region evidence counts as weak and readability-lxml is consulted."""

    min_model_confidence: float = 0.5
    """Text input: probability (0..1) the learned line model needs for its label to stand; below it the
    hand-written rules and the prose-run evidence decide the line."""

    teaser_max_words: int = 25
    """Words above which a line is too long to be a teaser headline or menu entry."""

    # --- limits -------------------------------------------------------------------------------------------------
    max_input_bytes: int = 50_000_000
    """Largest input accepted, in bytes (UTF-8 size for str input). The largest real pages are a few MB."""

    max_depth: int = 2_000
    """Deepest element nesting read in HTML. A deeper subtree is cut (result flagged ``truncated``) or raises
    TooDeepError, by ``on_limit``. Real pages nest a few dozen levels; libxml2 itself stops near 2,048."""

    time_budget: float = 30.0
    """Seconds one page may take before a TimeBudgetError (checked between stages and while walking the tree)."""

    on_limit: OnLimit = OnLimit.TRUNCATE
    """What to do with a page over ``max_input_bytes`` or ``max_depth``: TRUNCATE reads the part within the limit
    and flags the result
    (``result.truncated``); RAISE raises a LimitError."""

    def __post_init__(self) -> None:
        _check(self)


def _is_number(value: object) -> bool:
    """A real number that is not a bool (True is an int to Python, but never a threshold) and not NaN."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def _check_xpath(name: str, xpath: str) -> None:
    from lxml import etree

    try:
        etree.XPath(xpath)
    except etree.XPathSyntaxError as exc:
        raise OptionsError(f"{name}: invalid XPath {xpath!r}: {exc}") from None


def _check(options: Options) -> None:
    if not isinstance(options.keep, frozenset) or not all(isinstance(x, Label) for x in options.keep):
        raise OptionsError("keep must be a frozenset of Label values")
    for name in ("boilerplate_phrases", "boilerplate_xpaths", "content_xpaths"):
        value = getattr(options, name)
        if not isinstance(value, tuple) or not all(isinstance(x, str) and x.strip() for x in value):
            raise OptionsError(f"{name} must be a tuple of non-blank strings")
    for name in ("boilerplate_xpaths", "content_xpaths"):
        for xpath in getattr(options, name):
            _check_xpath(name, xpath)
    if not isinstance(options.favor, Favor):
        raise OptionsError("favor must be a Favor value")
    if not isinstance(options.on_limit, OnLimit):
        raise OptionsError("on_limit must be an OnLimit value")
    for name in ("use_readability", "read_hidden"):
        if not isinstance(getattr(options, name), bool):
            raise OptionsError(f"{name} must be True or False")
    for name in ("max_link_density", "region_share", "min_model_confidence"):
        value = getattr(options, name)
        if not _is_number(value) or not 0.0 < value <= 1.0:
            raise OptionsError(f"{name} must be a number in (0, 1]")
    for name in ("min_prose_chars", "min_prose_words", "min_region_chars", "teaser_max_words", "max_input_bytes",
                 "max_depth"):
        value = getattr(options, name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise OptionsError(f"{name} must be a positive integer")
    if not _is_number(options.time_budget) or options.time_budget <= 0:
        raise OptionsError("time_budget must be a positive number of seconds")


DEFAULT_OPTIONS = Options()
