"""lxml tree → Segments, in one iterative walk (no recursion: depth costs nothing but memory).

The walk also gathers what the region finder needs: for each element its depth, parent and pre-order span, so that
sums over subtrees are one reverse pass over the elements. XPaths are built only for the elements that give a
segment.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, pairwise

import lxml.etree as etree

from ._options import OnLimit, Options
from ._patterns import (
    ARTICLE_TOKENS,
    CAMEL_HUMP,
    COLLAPSED_PANEL,
    COMMENT_SCHEMA,
    DOCUMENT_END_TAG,
    HIDDEN_STYLE,
    HIDDEN_TOKENS,
    HTML_END_TAG,
    RESPONSIVE_SHOW,
    SCREEN_CLASS,
    SCREEN_VISIBILITY,
    SCREEN_WORDS,
    START_TAG,
    STREAMED_PART,
    STREAMED_PART_MARK,
    STREAMED_SLOT,
    TAIL_TOKEN_LABELS,
    THREAD_SCHEMA,
    TOKEN_LABELS,
    TOKEN_SPLIT,
    WHITESPACE,
)
from ._segment import Hint, Segment, xpath_steps
from ._types import Label, TimeBudgetError, TooDeepError

# Elements whose text is never page text.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head",
    "title", "meta", "link", "select", "option", "optgroup", "datalist", "textarea", "input", "audio", "video",
    "source", "track", "map", "area", "param", "base", "dialog",
})
# Elements that start a new block of text.
BLOCK_TAGS = frozenset({
    "html", "body", "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3",
    "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption",
    "figure", "figcaption", "blockquote", "pre", "form", "fieldset", "legend", "address", "hr", "center",
    "details", "summary", "menu", "hgroup", "picture",
})
# Elements whose text is a cell of a row: separated by a space, not a new block.
CELL_TAGS = frozenset({"td", "th"})
# Tags that say what their subtree is, as strongly as a class name would.
TAG_HINTS: dict[str, tuple[Label, str]] = {
    "nav": (Label.NAVIGATION, "inside a <nav> element"),
    "footer": (Label.LEGAL, "inside a <footer> element"),
    "aside": (Label.OTHER, "inside an <aside> element"),
    "figcaption": (Label.CAPTION, "a <figcaption>"),
    "address": (Label.BYLINE, "an <address> element"),
    "time": (Label.BYLINE, "a <time> element"),
    "button": (Label.OTHER, "a button"),
    "label": (Label.OTHER, "a form label"),
}
ROLE_HINTS: dict[str, tuple[Label, str]] = {
    "navigation": (Label.NAVIGATION, "role=navigation"),
    "banner": (Label.NAVIGATION, "role=banner (site header)"),
    "contentinfo": (Label.LEGAL, "role=contentinfo (site footer)"),
    "complementary": (Label.OTHER, "role=complementary (sidebar)"),
    "search": (Label.OTHER, "role=search"),
    "dialog": (Label.OTHER, "role=dialog"),
    "alertdialog": (Label.COOKIE, "role=alertdialog"),
    "menu": (Label.NAVIGATION, "role=menu"),
    "menubar": (Label.NAVIGATION, "role=menubar"),
}
ITEMPROP_HINTS: dict[str, tuple[Label, str]] = {
    "author": (Label.BYLINE, "itemprop=author"),
    "datepublished": (Label.BYLINE, "itemprop=datePublished"),
    "datemodified": (Label.BYLINE, "itemprop=dateModified"),
    "breadcrumb": (Label.NAVIGATION, "itemprop=breadcrumb"),
    "comment": (Label.COMMENTS, "itemprop=comment"),
    "caption": (Label.CAPTION, "itemprop=caption"),
}
ARTICLE_ITEMPROPS = frozenset({"articlebody", "text", "articlesection"})
ARTICLE_CLASSES = frozenset({"hentry", "h-entry", "type-post", "post", "article"})
# C0 controls but tab and newline, DEL: deleted from block text; form feed and vertical tab read as a line break
_CONTROLS = {c: None for c in (*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f)} | {0x0b: "\n", 0x0c: "\n"}
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # the keys of _CONTROLS: a cheap look first
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_UNINDEXED = frozenset({"html", "body"})  # XPath steps without a position: there is only one of each
_PAGE_TAGS = frozenset({"html", "body"})  # the page itself: never a box, never the article
# Containers that aria-hidden does not hide: scripts often show them (see _hidden_by_attributes).
_ARIA_HIDDEN_SHOWN = frozenset({"div", "section", "article", "main", "body"})
# Attributes the walk reads besides class and id (_element_facts, _hidden_by_attributes, role="main", a microdata
# itemtype): an element with none of them (a link, an image: most elements with attributes) is read as if it had
# only its class and id.
_READ_ATTRS = frozenset({"itemprop", "role", "rel", "hidden", "style", "aria-hidden", "itemtype"})
_JSON_LD = "application/ld+json"
_SLUG_PARTS = 3  # an id with this many dashes is a slug of some text, not a role name
_TIME_CHECK_EVERY = 4096  # elements between two looks at the clock
_PATH_MEMO_DEPTH = 64  # XPaths remembered for elements shallower than this (shared by many blocks)
_MEMO_SIZE = 65_536  # distinct class/id values remembered (a few MB at most)
_STREAMED_LINK_SHARE = 3  # a streamed part whose link text is a third of its text or more is a list of links


@dataclass(slots=True)
class PageMeta:
    """What the <head> and headings say about the page."""

    title: str | None = None
    og_title: str | None = None
    og_type: str | None = None  # "article" on article pages of most CMSs
    h1: list[str] = field(default_factory=list)
    lang: str | None = None
    thread: bool = False  # the page declares a schema.org DiscussionForumPosting: a forum thread
    comment_schema: bool = False  # an element's microdata itemtype is a schema.org Comment


@dataclass(slots=True)
class Tree:
    """The walked page: its segments and per-element facts (indexed by pre-order element number)."""

    segments: list[Segment]
    depth: list[int]
    end: list[int]  # pre-order index of the last descendant
    content_hint: list[bool]  # the element's class/id/itemprop name it as the article
    tags: list[str]
    parent: list[int]
    sig: list[str]  # tag and first class name: siblings with one signature are records of one list
    own_hint: list[Label | None]  # the label the element's own tag, role or class/id names
    meta: PageMeta
    forced_region: list[int]  # elements matched by Options.content_xpaths
    main: set[int]  # <main> elements and elements with role="main" (MediaWiki's content, many themes')
    truncated: bool = False  # a subtree deeper than Options.max_depth was cut
    comment_items: list[int] = field(default_factory=list)  # elements marked itemprop="comment"


def parse(text: str, utf8: bytes | None = None, *, ids: bool = False) -> etree._Element:
    """Parse HTML text with libxml2, never touching the network or expanding external entities. ``utf8``: the
    text's UTF-8 form, when the caller has it (read as it is, rather than encoding the text again). ``ids``: keep
    libxml2's table of id attributes, which only XPath's ``id()`` reads: needed for the caller's own XPaths
    (``Options.content_xpaths``, ``boilerplate_xpaths``); without them the table is skipped (the tree is the same,
    parsing ~10% quicker on the aeb pages)."""
    data = _reopened(utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass"))
    streamed = STREAMED_PART_MARK in data  # its boundaries are comments: read them, then drop them
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=not streamed, remove_pis=True, no_network=True, default_doctype=False,
        remove_blank_text=False, huge_tree=True, collect_ids=ids)  # type: ignore[call-arg]  # huge_tree: libxml2 would drop everything past 256 levels
    root = etree.fromstring(data, parser) if data.strip() else None
    if root is None:
        root = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    elif streamed:
        _place_streamed_parts(root)
        etree.strip_tags(root, etree.Comment)
    return root


def _place_streamed_parts(root: etree._Element) -> None:
    """Move each part a React server streamed late (a hidden ``<div id="S:x">`` at the end of the body) to the
    ``<template id="B:x">`` / ``<template id="P:x">`` it fills, as the page's own script would: saved without its
    scripts run, an article streamed this way is all hidden and its body shows only "Loading…" placeholders.

    Only an article's text is moved: parts that are mostly links (a carousel of products, a list of teasers) stay
    hidden, and the rest only when half their text stands in paragraphs (a product's specification panels read
    better as the hidden text the region finder takes a second look at). A boundary's fallback goes with it when
    its comments say where it ends (``<!--$?-->`` … ``<!--/$-->``); a page saved without comments keeps it."""
    slots: dict[str, etree._Element] = {}
    for template in root.iter("template"):
        found = STREAMED_SLOT.fullmatch(template.get("id") or "")
        if found is not None:
            slots.setdefault(found.group(1), template)
    if not slots:
        return
    moves: list[tuple[etree._Element, etree._Element]] = []
    text = prose = 0
    found_parts = root.xpath('//div[@hidden][starts-with(@id, "S:")]')
    parts = [el for el in found_parts if isinstance(el, etree._Element)] if isinstance(found_parts, list) else []
    for part in parts:
        found = STREAMED_PART.fullmatch(part.get("id") or "")
        slot = slots.get(found.group(1)) if found is not None else None
        if slot is None:
            continue
        chars = sum(len(t.strip()) for t in part.itertext())
        linked = sum(len(t.strip()) for a in part.iter("a") for t in a.itertext())
        if linked * _STREAMED_LINK_SHARE >= chars > 0:
            continue
        moves.append((slot, part))
        text += chars
        prose += sum(len(t.strip()) for p in part.iter("p") for t in p.itertext())
    if not moves or prose * 2 < text:
        return
    for slot, part in moves:
        if slot.getparent() is not None and part.getparent() is not None:
            _drop_keeping_tail(part)
            _drop_fallback(slot)
            _unwrap_at(slot, part)


def _drop_fallback(slot: etree._Element) -> None:
    """Take out what follows a boundary's template (B:x) up to the comment that closes the boundary (its "Loading…"
    fallback), as React's script does; nothing when the template does not follow an open boundary's comment."""
    start = slot.getprevious()
    if (not (slot.get("id") or "").startswith("B:") or not isinstance(start, etree._Comment)
            or (start.text or "") != "$?"):
        return  # a segment's template (P:x) has no fallback
    start.text = "$"  # the boundary is complete: a part moved in after it finds no open boundary here
    depth = 0
    end = slot.getnext()
    while end is not None:
        if isinstance(end, etree._Comment):
            mark = end.text or ""
            if mark == "/$":
                if not depth:
                    break
                depth -= 1
            elif mark in ("$", "$?", "$!"):
                depth += 1
        end = end.getnext()
    if end is None:
        return  # no end in sight: the fallback cannot be told from what follows it
    parent = slot.getparent()
    slot.tail = None
    while parent is not None and (nxt := slot.getnext()) is not None and nxt is not end:
        parent.remove(nxt)  # a fallback element goes with the text after it


def _drop_keeping_tail(el: etree._Element) -> None:
    """Take ``el`` out of its parent, leaving the text after it (its tail) in place."""
    parent = el.getparent()
    if parent is None:
        return
    _append_text_before(el, el.tail)
    el.tail = None
    parent.remove(el)


def _append_text_before(el: etree._Element, text: str | None) -> None:
    """Add ``text`` right before ``el``: to its previous sibling's tail, or to its parent's text."""
    if not text:
        return
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    else:
        parent = el.getparent()
        if parent is not None:
            parent.text = (parent.text or "") + text


def _unwrap_at(slot: etree._Element, part: etree._Element) -> None:
    """Put the children and text of ``part`` where ``slot`` stands, and take ``slot`` out."""
    parent = slot.getparent()
    if parent is None:
        return
    _append_text_before(slot, part.text)
    at = parent.index(slot)
    for offset, child in enumerate(list(part)):
        parent.insert(at + offset, child)  # moves the child, its tail with it
    _drop_keeping_tail(slot)


def _reopened(data: bytes) -> bytes:
    """The page with its document end tags removed when markup follows the first ``</html>``.

    libxml2 stops reading at ``</html>``; a browser reads on into the body. Templates that print a header partial
    with its own ``</body></html>`` before the article would otherwise lose the article."""
    end = data.find(b"</html")
    if end < 0:
        end = data.find(b"</HTML")
    if end < 0:  # rare: no end tag, or one in mixed case ("</Html>")
        found = HTML_END_TAG.search(data)
        end = found.start() if found else -1
    if end < 0 or not START_TAG.search(data, end + 6):
        return data
    return DOCUMENT_END_TAG.sub(b"", data)


# ASCII bytes → themselves for a letter or digit, b" " for any other: an ASCII name's pieces between TOKEN_SPLIT's
# matches are then the words bytes.split() finds after bytes.translate(), in C (about twice as quick as the regex
# split; a page reads a few hundred names it has not met before, the memos of whole values miss on them).
_NAME_BYTES = bytes(b if chr(b).isalnum() else 0x20 for b in range(128)) + bytes(range(128, 256))
# The shortcut holds only for TOKEN_SPLIT as it is written: ASCII letters and digits are its only ASCII keepers.
_NAME_SHORTCUT = TOKEN_SPLIT.pattern == r"[^0-9a-zA-Z\u00c0-\uffff]+"


def _named_parts(value: str) -> list[tuple[str, list[str]]]:
    """Each name of a class or id value with its lower-case word parts, split also at camelCase humps."""
    out: list[tuple[str, list[str]]] = []
    for name in value.split():
        ascii_name = name.isascii()
        if ascii_name and name.isalnum() and name.islower():  # one lower-case word (most names): as it is
            out.append((name, [name]))
            continue
        humped = name if name.islower() else CAMEL_HUMP.sub(" ", name)  # no upper-case letter: no hump
        if ascii_name and _NAME_SHORTCUT:
            out.append((name, humped.encode("ascii").translate(_NAME_BYTES).lower().decode("ascii").split()))
        else:
            out.append((name, [t.lower() for t in TOKEN_SPLIT.split(humped) if t]))
    return out


def _tokens(named: list[tuple[str, list[str]]]) -> list[str]:
    """Per name, its word parts, then each pair of neighbouring parts joined (see class_tokens)."""
    out: list[str] = []
    for _, parts in named:
        out += parts
        if len(parts) > 1:
            out += [a + b for a, b in pairwise(parts)]
    return out


def class_tokens(value: str) -> list[str]:
    """Split a class or id value into lower-case word tokens, also at camelCase humps, plus each pair of
    neighbouring tokens of one name joined ("entry-meta" gives entry, meta, entrymeta)."""
    return _tokens(_named_parts(value))


TAIL_HINT_NOTE = " (a list of tags or categories)"  # ends the reason of a hint given by TAIL_TOKEN_LABELS


def _tail_hint(named: list[tuple[str, list[str]]]) -> tuple[Label, str] | None:
    """Role words that count only as the last part of a class name (see TAIL_TOKEN_LABELS)."""
    for name, parts in named:
        if parts:
            for label, pattern in TAIL_TOKEN_LABELS:
                if pattern.fullmatch(parts[-1]):
                    return label, f"class/id '{name}'{TAIL_HINT_NOTE}"
    return None


def _joined(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that fullmatches where one of ``patterns`` does, its group N (``lastindex``) matched when the
    first of them to fullmatch is the Nth: alternatives are tried in order. None when they cannot be joined as they
    are (different flags, or groups of their own that would shift the numbering)."""
    patterns = tuple(patterns)
    if not patterns or len({p.flags for p in patterns}) != 1 or any(p.groups for p in patterns):
        return None
    return re.compile("|".join(f"({p.pattern})" for p in patterns), patterns[0].flags)


# TOKEN_LABELS' patterns in one: a first look at a token is one regex call rather than one per label
_TOKEN_LABELS_JOINED = _joined(pattern for _, pattern in TOKEN_LABELS)
# ... and matched with case, for ASCII tokens put in lower case: several times quicker than IGNORECASE, and the same
# matches when the patterns are ASCII and in lower case (an ASCII letter then matches only its own lower case).
_TOKEN_LABELS_ASCII = (
    re.compile(_TOKEN_LABELS_JOINED.pattern, _TOKEN_LABELS_JOINED.flags & ~re.IGNORECASE)
    if _TOKEN_LABELS_JOINED is not None and _TOKEN_LABELS_JOINED.pattern.isascii()
    and _TOKEN_LABELS_JOINED.pattern == _TOKEN_LABELS_JOINED.pattern.lower() else None)


def token_reason(token: str) -> str:
    """The reason a hint given by one class/id token carries."""
    return f"class/id '{token}'"


@lru_cache(maxsize=_MEMO_SIZE)
def _token_label(token: str) -> tuple[Label, str] | None:
    """The label one class/id token names. A pure function of its argument: memoised for speed only."""
    if _TOKEN_LABELS_JOINED is not None:
        if _TOKEN_LABELS_ASCII is not None and token.isascii():
            match = _TOKEN_LABELS_ASCII.fullmatch(token.lower())
        else:
            match = _TOKEN_LABELS_JOINED.fullmatch(token)
        if match is None or match.lastindex is None:  # (a match always has its group: lastindex is set)
            return None
        return TOKEN_LABELS[match.lastindex - 1][0], token_reason(token)
    for label, pattern in TOKEN_LABELS:
        if pattern.fullmatch(token):
            return label, token_reason(token)
    return None


def _token_hint(tokens: Iterable[str]) -> tuple[Label, str] | None:
    for token in tokens:
        found = _token_label(token)
        if found is not None:
            return found
    return None


def _hidden_by_attributes(tag: object, attrs: dict[str, str]) -> bool:
    """Hidden by an attribute of this very element (the class part is in ``_element_facts``). The lenient
    second look does not ask: some apps hide their whole page until a script has run."""
    style = attrs.get("style")
    if "hidden" in attrs or (style and HIDDEN_STYLE.search(style)):
        return not _collapsed_panel(attrs)
    # aria-hidden: icons and decorative duplicates; a container hidden this way is often shown by script
    return attrs.get("aria-hidden") == "true" and tag not in _ARIA_HIDDEN_SHOWN


def _collapsed_panel(attrs: dict[str, str]) -> bool:
    """A panel a reader opens with a click (an accordion's answer, a tab's pane): hidden until then, yet the
    page's text, as the question or tab label above it says."""
    return attrs.get("role") == "tabpanel" or _names_panel(attrs.get("class", ""), attrs.get("id", ""))


def _names_panel(cls: str, ident: str) -> bool:
    """The class or id names a collapsed panel (``COLLAPSED_PANEL``), whether hidden by an attribute or a class."""
    return COLLAPSED_PANEL.search(cls + " " + ident) is not None


@lru_cache(maxsize=_MEMO_SIZE)
def _element_facts(tag: str, cls: str | None, ident: str | None, itemprop: str = "", role: str = "",
                   rel: str = "") -> tuple[bool, bool, tuple[Label, str] | None, str]:
    """What an element's tag and attributes say: hidden by class, names the article, its hint, its signature.
    Elements share attribute values heavily (within a page and across a site), so this pure function of its
    arguments is memoised: the memo changes speed, never output. Most elements are asked about with their tag,
    class and id alone (None when missing): the memo's key is then that short."""
    cls = cls or ""
    ident = ident or ""
    classes = cls.split()
    hidden = (bool(classes) and not HIDDEN_TOKENS.isdisjoint(classes) and not RESPONSIVE_SHOW.search(cls)
              and not _names_panel(cls, ident))
    if ident and (tag in HEADING_TAGS or ident.count("-") + ident.count("_") >= _SLUG_PARTS):
        ident = ""  # an id made from the heading's own words ("the-three-rules-i-follow") names nothing
    named = _named_parts(cls + " " + ident) if (cls or ident) else []
    tokens = _tokens(named)
    if "searchresult" in tokens or "searchresults" in tokens:  # a search page's results are its content
        tokens = [t for t in tokens if t != "search"]
    itemprop = itemprop.lower()
    # A <body> or <html> named as the article ("sans-serif-article-body", a theme's font setting) wraps the whole
    # page, not an article: it neither makes the page an article page nor puts every footer inside an article.
    articleish = tag not in _PAGE_TAGS and (
        tag in ("article", "main") or itemprop in ARTICLE_ITEMPROPS
        or not ARTICLE_CLASSES.isdisjoint(classes) or not ARTICLE_TOKENS.isdisjoint(tokens))
    first_class = classes[0] if classes else ""
    sig = tag + "." + first_class.strip("0123456789-_").lower()
    found: tuple[Label, str] | None = None
    if tag not in _PAGE_TAGS and not articleish:
        found = TAG_HINTS.get(tag)
        if role:
            found = ROLE_HINTS.get(role.lower(), found)
        if itemprop in ITEMPROP_HINTS:
            found = ITEMPROP_HINTS[itemprop]
        if tokens:
            found = _token_hint(tokens) or _tail_hint(named) or found
        if rel == "author":
            found = (Label.BYLINE, "rel=author link")
        elif "sponsored" in rel.split():
            found = (Label.ADVERTISEMENT, "rel=sponsored link")
    return hidden, articleish, found, sig


@lru_cache(maxsize=_MEMO_SIZE)
def _screen_name(name: str) -> bool:
    """A class or id name that shows or hides its element for a screen size (see SCREEN_WORDS). A pure function
    of its argument, memoised: a grid repeats its classes on every card."""
    if SCREEN_CLASS.match(name):
        return True
    parts = class_tokens(name)
    return not SCREEN_WORDS.isdisjoint(parts) and (len(parts) == 1 or not SCREEN_VISIBILITY.isdisjoint(parts))


def _element_at(root: etree._Element, source: str) -> etree._Element | None:
    """The element a block's XPath (``/html/body/div[3]/p[2]``, as the walk wrote it) names, found by counting
    children: many times quicker than compiling the XPath for each block asked about."""
    steps = xpath_steps(source)
    if not steps or not isinstance(root.tag, str) or root.tag.lower() != steps[0][0]:
        return None
    el = root
    for tag, position in steps[1:]:  # libxml2 gives HTML tags in lower case, as the walk wrote them
        child = next(islice(el.iterchildren(tag), position - 1, None), None)
        if child is None:
            return None
        el = child
    return el


def _named_for_screen(root: etree._Element, source: str, levels: int) -> bool:
    """The element at ``source`` or one of its ``levels - 1`` nearest ancestors is named for a screen size."""
    el = _element_at(root, source)
    while el is not None and levels > 0:
        for name in f"{el.get('class') or ''} {el.get('id') or ''}".split():
            if _screen_name(name):
                return True
        el = el.getparent()
        levels -= 1
    return False


def screen_variants(root: etree._Element) -> Callable[[Segment, Segment], bool]:
    """Whether an element around one of two blocks, below the element that holds both, is named for a screen size:
    the two are one text printed once per screen. Asked only of blocks kept twice word for word, each found again
    by its XPath; what one page's asks find is remembered for its next asks (a grid repeats a text on every card,
    each asked against the first)."""
    asked: dict[tuple[str, int], bool] = {}

    def named(source: str, levels: int) -> bool:
        key = (source, levels)
        found = asked.get(key)
        if found is None:
            found = asked[key] = _named_for_screen(root, source, levels)
        return found

    def variants(a: Segment, b: Segment) -> bool:
        steps_a, steps_b = a.source.split("/"), b.source.split("/")
        common = 0
        for x, y in zip(steps_a, steps_b, strict=False):
            if x != y:
                break
            common += 1
        return named(a.source, len(steps_a) - common) or named(b.source, len(steps_b) - common)

    return variants


def _declares_thread(script: etree._Element) -> bool:
    """A JSON-LD script that says in schema.org terms that the page is a forum thread (a DiscussionForumPosting;
    forum engines mark its replies up as its comments). The walk also reads microdata itemtypes."""
    return ((script.get("type") or "").strip().lower() == _JSON_LD and script.text is not None
            and THREAD_SCHEMA.search(script.text) is not None)


def _xpath_set(root: etree._Element, xpaths: tuple[str, ...]) -> set[etree._Element]:
    from ._types import OptionsError

    found: set[etree._Element] = set()
    for xp in xpaths:
        try:
            result = root.xpath(xp)
        except etree.XPathError as exc:
            raise OptionsError(f"invalid XPath {xp!r}: {exc}") from exc
        if isinstance(result, list):
            found.update(r for r in result if isinstance(r, etree._Element))
    return found


# One open element: its node (-1 for the sentinel under the root), its hints, whether it is a block, whether it
# is a link, and how many children of each tag it has had (for the XPath steps of its children).
_Frame = tuple[int, Hint | None, bool, bool, dict[str, int]]
_NO_FACTS: tuple[bool, bool, tuple[Label, str] | None, str] = (False, False, None, "")


class _Walker:
    """State of one walk. Lives for one call only: nothing is kept between pages."""

    def __init__(self, root: etree._Element, options: Options, deadline: float, skip: frozenset[str],
                 lenient: bool = False) -> None:
        self.skip = skip
        self.lenient = lenient
        self.root = root
        self.options = options
        self.deadline = deadline
        self.segments: list[Segment] = []
        # per element, in pre-order (columns, not a tuple per element: no objects for the garbage collector)
        self.depth: list[int] = []
        self.parent: list[int] = []
        self.tags: list[str] = []
        self.index: list[int] = []  # position among the parent's children of the same tag, from 1 (XPath step)
        self.step_tags: dict[int, str] = {}  # XPath step tags that differ from ``tags`` (user-dropped elements)
        self.content_hint: list[bool] = []
        self.sig: list[str] = []
        self.own_hint: list[Label | None] = []
        self.end: list[int] = []
        self.paths: dict[int, str] = {}  # XPaths of shallow elements, built on demand
        self.meta = PageMeta()
        self.drop = _xpath_set(root, options.boilerplate_xpaths)
        self.keep = _xpath_set(root, options.content_xpaths)
        self.forced: list[int] = []
        self.main: set[int] = set()
        self.truncated = False  # a subtree deeper than Options.max_depth was cut
        self.comment_items: list[int] = []

    def xpath(self, node: int) -> str:
        """The element's XPath, built from the steps the walk counted (getpath() rescans the siblings: quadratic
        on pages of many siblings). Iterative, and only shallow paths are remembered (the element's and its
        ancestors'): a deep chain costs neither stack nor memory quadratic in its depth."""
        paths = self.paths
        up = self.parent[node]
        prefix = paths.get(up) if up >= 0 else ""
        if prefix is None:  # an ancestor's path is not known yet
            return self._xpath_up(node)
        # most blocks: the parent's path is known (a block's, or remembered); the step written out (see _step)
        step_tag = (self.step_tags and self.step_tags.get(node)) or self.tags[node]
        path = prefix + "/" + step_tag if step_tag in _UNINDEXED else f"{prefix}/{step_tag}[{self.index[node]}]"
        if self.depth[node] < _PATH_MEMO_DEPTH:
            paths[node] = path
        return path

    def _step(self, node: int) -> str:
        """The element's XPath step: its tag, and its position among its parent's children of that tag."""
        step_tag = (self.step_tags and self.step_tags.get(node)) or self.tags[node]
        return step_tag if step_tag in _UNINDEXED else f"{step_tag}[{self.index[node]}]"

    def _xpath_up(self, node: int) -> str:
        """:meth:`xpath` of an element, built up from its nearest ancestor with a known path."""
        paths, parent = self.paths, self.parent
        chain: list[int] = []  # the element and its ancestors up to the nearest one with a known path
        up = node
        path = ""
        while up >= 0:
            known = paths.get(up)
            if known is not None:
                path = known
                break
            chain.append(up)
            up = parent[up]
        for up in reversed(chain):
            path = path + "/" + self._step(up)
            if self.depth[up] < _PATH_MEMO_DEPTH:
                paths[up] = path
        return path

    def run(self) -> Tree:
        """One pass of iterwalk events. The loop runs for every element of every page, so it is written out flat:
        locals and tuples, all attributes read in one call, the memoised helpers called only where needed."""
        opts = self.options
        skip, lenient, drop, keep = self.skip, self.lenient, self.drop, self.keep
        max_depth = opts.max_depth
        end, forced = self.end, self.forced
        add_depth, add_parent, add_tag, add_index = (self.depth.append, self.parent.append, self.tags.append,
                                                     self.index.append)
        add_content, add_sig, add_own = self.content_hint.append, self.sig.append, self.own_hint.append
        names: dict[object, str] = {}  # lxml tag → lower-case tag name
        plain: dict[str, tuple[bool, bool, tuple[Label, str] | None, str]] = {}  # facts of attribute-less tags
        frames: list[_Frame] = [(-1, None, False, False, {})]
        blocks: list[tuple[int, str]] = []  # the enclosing blocks of the open one, with nothing left to flush
        block, block_tag = -1, ""  # the innermost open block (-1: none yet)
        parts: list[str] = []  # its text so far
        links = 0  # ... and how much of it is link text
        link_depth = 0
        skipping: etree._Element | None = None  # a skipped element whose end event is next
        keep_tail = True  # ... and whether its tail is page text (not for comments and PIs)
        counter = 0
        walker = etree.iterwalk(self.root, events=("start", "end"))
        for event, el in walker:
            if event == "start":
                raw_tag = el.tag
                tag = names.get(raw_tag)
                if tag is None:
                    if not isinstance(raw_tag, str):  # a comment or processing instruction
                        walker.skip_subtree()
                        skipping, keep_tail = el, False
                        continue
                    tag = names[raw_tag] = raw_tag.lower() if raw_tag.isascii() else raw_tag
                counter += 1
                if counter % _TIME_CHECK_EVERY == 0 and time.monotonic() > self.deadline:
                    raise TimeBudgetError(f"page took longer than the time budget ({opts.time_budget} s)")
                if tag == "head" or tag == "html":
                    self._meta(tag, el)
                top = frames[-1]
                siblings = top[4]
                index = siblings[tag] = siblings.get(tag, 0) + 1
                level = len(frames) - 1
                if level >= max_depth:
                    if opts.on_limit is OnLimit.RAISE:
                        raise TooDeepError(f"the page nests elements deeper than {opts.max_depth} levels "
                                           "(Options.max_depth)")
                    self.truncated = True
                    skipped = True
                    facts = _NO_FACTS
                elif tag in skip:
                    skipped = True
                    facts = _NO_FACTS
                    if tag == "script" and not self.meta.thread:
                        self.meta.thread = _declares_thread(el)
                else:
                    role_main = False  # role="main": read only when the element has more than a class and an id
                    comment_item = False  # itemprop="comment", whatever its class names say
                    keys = el.keys()  # the attributes' names only: most elements have some, few that are read
                    if keys:
                        if _READ_ATTRS.isdisjoint(keys):  # a class, an id, attributes not read here (href, src)
                            facts = _element_facts(tag, el.get("class"), el.get("id"))
                            skipped = facts[0] and not lenient
                        else:
                            attrs = dict(el.items())
                            facts = _element_facts(tag, attrs.get("class"), attrs.get("id"), attrs.get("itemprop", ""),
                                                   attrs.get("role", ""), attrs.get("rel", ""))
                            role_main = attrs.get("role") == "main"
                            comment_item = "comment" in attrs.get("itemprop", "").lower().split()
                            if "itemtype" in attrs:
                                if THREAD_SCHEMA.search(attrs["itemtype"]):
                                    self.meta.thread = True
                                elif COMMENT_SCHEMA.search(attrs["itemtype"].strip()):
                                    self.meta.comment_schema = True
                            skipped = not lenient and (facts[0] or _hidden_by_attributes(raw_tag, attrs))
                    else:
                        facts = plain.get(tag) or plain.setdefault(tag, _element_facts(tag, "", "", "", "", ""))
                        skipped = False
                if skipped or (drop and el in drop):
                    walker.skip_subtree()
                    skipping, keep_tail = el, True
                    if drop and el in drop:
                        self._dropped(el, top[1], level, top[0], tag, index)
                    continue
                node = len(end)
                if role_main or tag == "main":  # (only the attribute branch above reaches here: role_main is set)
                    self.main.add(node)
                if comment_item:
                    self.comment_items.append(node)
                found = facts[2]
                if tag == "footer" and found is not None and self._in_article(frames):
                    found = (Label.OTHER, "in the article's footer")  # tags, share, author: not the site's footer
                hints = top[1]
                if found is not None:
                    hints = Hint(found[0], found[1], node, hints)
                add_depth(level)
                add_parent(top[0])
                add_tag(tag)
                add_index(index)
                add_content(facts[1] and tag != "main")
                add_sig(facts[3])
                add_own(found[0] if found is not None else None)
                end.append(node)
                if keep and el in keep:
                    forced.append(node)
                is_block = tag in BLOCK_TAGS
                if is_block:
                    if parts:
                        raw = "".join(parts)
                        if not raw.isspace():  # whitespace between blocks: most flushes, and no segment
                            self._flush(block, block_tag, raw, links, top[1])
                        parts, links = [], 0
                    blocks.append((block, block_tag))
                    block, block_tag = node, tag
                elif block >= 0:
                    if tag == "br":
                        parts.append("\n")
                    elif tag in CELL_TAGS:
                        parts.append(" ")
                is_link = tag == "a"  # not <button>: libxml2 lets an unclosed one swallow the rest of the page
                if is_link:
                    link_depth += 1
                frames.append((node, hints, is_block, is_link, {}))
                text = el.text
                if text and block >= 0:
                    parts.append(text)
                    if link_depth:
                        links += len(text.strip())
            else:  # end
                if skipping is not None:
                    if el is skipping:
                        skipping = None
                        if keep_tail:
                            text = el.tail
                            if text and block >= 0:
                                parts.append(text)
                                if link_depth:
                                    links += len(text.strip())
                    continue
                node, hints, is_block, is_link, _ = frames.pop()
                end[node] = len(end) - 1
                if is_block:
                    if parts:
                        raw = "".join(parts)
                        if not raw.isspace():
                            self._flush(block, block_tag, raw, links, hints)
                        parts, links = [], 0
                    block, block_tag = blocks.pop()
                if is_link:
                    link_depth -= 1
                text = el.tail
                if text and block >= 0:
                    parts.append(text)
                    if link_depth:
                        links += len(text.strip())
        return self._tree()

    def _tree(self) -> Tree:
        return Tree(self.segments, self.depth, self.end, self.content_hint, self.tags, self.parent, self.sig,
                    self.own_hint, self.meta, self.forced, self.main, self.truncated, self.comment_items)

    def _in_article(self, frames: list[_Frame]) -> bool:
        """True when an open element names the article (the sentinel frame has node -1: not an element)."""
        content = self.content_hint
        return any(content[f[0]] for f in frames if f[0] >= 0)

    def _flush(self, node: int, tag: str, raw: str, links: int, hints: Hint | None) -> None:
        """A block's text so far (not only whitespace) becomes a segment."""
        if _CONTROL_CHARS.search(raw):
            raw = raw.translate(_CONTROLS)  # e.g. from character references (&#1;): never page text
        if tag == "pre":  # code keeps its indentation
            text = "\n".join(ln.rstrip() for ln in raw.strip("\n").split("\n")).rstrip()
        elif "\n" in raw and "\n" in raw.strip():  # line breaks only around the text (most blocks): one line
            text = "\n".join(filter(None, [" ".join(ln.split()) for ln in raw.split("\n")]))
        else:
            text = " ".join(raw.split())
        if text:
            # text, tag, source, link_chars, node, hints
            self.segments.append(Segment(text, tag, self.xpath(node), links if links < len(text) else len(text), node,
                                         hints))

    def _meta(self, tag: str, el: etree._Element) -> None:
        if tag == "html":
            self.meta.lang = el.get("lang") or None
            return
        for child in el.iter("title", "meta", "script"):
            if child.tag == "script":
                self.meta.thread = self.meta.thread or _declares_thread(child)
                continue
            if child.tag == "title" and self.meta.title is None:
                text = WHITESPACE.sub(" ", "".join(str(t) for t in child.itertext())).strip()
                self.meta.title = text or None
            elif child.tag == "meta":
                prop = (child.get("property") or child.get("name") or "").lower()
                if prop in ("og:title", "twitter:title") and self.meta.og_title is None:
                    content = WHITESPACE.sub(" ", child.get("content") or "").strip()
                    self.meta.og_title = content or None
                elif prop == "og:type":
                    self.meta.og_type = (child.get("content") or "").strip().lower() or None

    def _dropped(self, el: etree._Element, hints: Hint | None, depth: int, parent: int, step_tag: str,
                 index: int) -> None:
        """An element matched by Options.boilerplate_xpaths: its text becomes one block labelled by the user."""
        text = WHITESPACE.sub(" ", "".join(str(t) for t in el.itertext())).strip()
        if not text:
            return
        node = len(self.end)
        tag = str(el.tag)
        self.depth.append(depth)
        self.parent.append(parent)
        self.tags.append(tag)
        self.index.append(index)
        self.content_hint.append(False)
        self.sig.append(tag)
        self.own_hint.append(None)
        self.end.append(node)
        if step_tag != tag:
            self.step_tags[node] = step_tag
        hint = Hint(Label.OTHER, "matches a user boilerplate XPath", node, hints)
        self.segments.append(Segment(text=text, tag="div", source=self.xpath(node), node=node, hints=hint))


def walk(root: etree._Element, options: Options, deadline: float, *, lenient: bool = False) -> Tree:
    """Walk the tree once and return its segments and element facts.

    ``lenient=True`` is the second look at a page whose visible text held no article: it reads <noscript>
    elements as a browser without JavaScript shows them (forum engines render posts there for script-less
    readers) and shows what classes, attributes or inline styles hide (apps hide their root until a script has
    run). Scripts, styles and templates stay unread.
    """
    skip = SKIP_TAGS - {"noscript"} if lenient else SKIP_TAGS
    tree = _Walker(root, options, deadline, skip, lenient).run()
    for seg in tree.segments:
        if seg.tag in ("h1",) and seg.text not in tree.meta.h1:
            tree.meta.h1.append(seg.text)
    return tree
