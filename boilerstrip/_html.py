"""lxml tree → Segments, in one iterative walk (no recursion: depth costs nothing but memory).

The walk also gathers what the region finder needs: for each element its depth, parent and pre-order span, so that
sums over subtrees are one reverse pass over the elements.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import lxml.etree as etree

from ._options import OnLimit, Options
from ._patterns import (
    ARTICLE_TOKENS,
    CAMEL_HUMP,
    HIDDEN_STYLE,
    HIDDEN_TOKENS,
    RESPONSIVE_SHOW,
    TAIL_TOKEN_LABELS,
    TOKEN_LABELS,
    TOKEN_SPLIT,
    WHITESPACE,
)
from ._segment import Hint, Segment
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
    "tablist": (Label.NAVIGATION, "role=tablist"),
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
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SLUG_PARTS = 3  # an id with this many dashes is a slug of some text, not a role name
_TIME_CHECK_EVERY = 4096  # elements between two looks at the clock
_PATH_MEMO_DEPTH = 64  # XPaths remembered for elements shallower than this (shared by many blocks)
_MEMO_SIZE = 65_536  # distinct class/id values remembered (a few MB at most)


@dataclass(slots=True)
class PageMeta:
    """What the <head> and headings say about the page."""

    title: str | None = None
    og_title: str | None = None
    og_type: str | None = None  # "article" on article pages of most CMSs
    h1: list[str] = field(default_factory=list)
    lang: str | None = None


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
    truncated: bool = False  # a subtree deeper than Options.max_depth was cut


def parse(text: str) -> etree._Element:
    """Parse HTML text with libxml2, never touching the network or expanding external entities."""
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, default_doctype=False,
        remove_blank_text=False, huge_tree=True)  # type: ignore[call-arg]  # huge_tree: libxml2 would drop everything past 256 levels
    data = text.encode("utf-8", "surrogatepass")
    root = etree.fromstring(data, parser) if data.strip() else None
    if root is None:
        root = etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    return root


def class_tokens(value: str) -> list[str]:
    """Split a class or id value into lower-case word tokens, also at camelCase humps, plus each pair of
    neighbouring tokens of one name joined ("entry-meta" gives entry, meta, entrymeta)."""
    out: list[str] = []
    for name in value.split():
        parts = [t.lower() for t in TOKEN_SPLIT.split(CAMEL_HUMP.sub(" ", name)) if t]
        out.extend(parts)
        out.extend(a + b for a, b in pairwise(parts))
    return out


def _tail_hint(value: str) -> tuple[Label, str] | None:
    """Role words that count only as the last part of a class name (see TAIL_TOKEN_LABELS)."""
    for name in value.split():
        parts = TOKEN_SPLIT.split(CAMEL_HUMP.sub(" ", name).strip())
        parts = [p for p in parts if p]
        if not parts:
            continue
        tail = parts[-1].lower()
        for label, pattern in TAIL_TOKEN_LABELS:
            if pattern.fullmatch(tail):
                return label, f"class/id '{name}'"
    return None


@lru_cache(maxsize=_MEMO_SIZE)
def _token_label(token: str) -> tuple[Label, str] | None:
    """The label one class/id token names. A pure function of its argument: memoised for speed only."""
    for label, pattern in TOKEN_LABELS:
        if pattern.fullmatch(token):
            return label, f"class/id '{token}'"
    return None


def _token_hint(tokens: Iterable[str]) -> tuple[Label, str] | None:
    for token in tokens:
        found = _token_label(token)
        if found is not None:
            return found
    return None


def _is_hidden(el: etree._Element, attrib: etree._Attrib, lenient: bool = False) -> bool:
    """Hidden by an attribute of this very element (the class part is in ``_element_facts``). The lenient
    second look shows everything: some apps hide their whole page until a script has run."""
    if lenient:
        return False
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    if style and HIDDEN_STYLE.search(style):
        return True
    # aria-hidden: icons and decorative duplicates; a container hidden this way is often shown by script
    return attrib.get("aria-hidden") == "true" and el.tag not in ("div", "section", "article", "main", "body")


@lru_cache(maxsize=_MEMO_SIZE)
def _element_facts(tag: str, cls: str, ident: str, itemprop: str, role: str,
                   rel: str) -> tuple[bool, bool, tuple[Label, str] | None, str]:
    """What an element's tag and attributes say: hidden by class, names the article, its hint, its signature.
    Elements share attribute values heavily (within a page and across a site), so this pure function of its
    arguments is memoised: the memo changes speed, never output."""
    hidden = bool(cls) and any(c in HIDDEN_TOKENS for c in cls.split()) and not RESPONSIVE_SHOW.search(cls)
    if ident and (tag in HEADING_TAGS or ident.count("-") + ident.count("_") >= _SLUG_PARTS):
        ident = ""  # an id made from the heading's own words ("the-three-rules-i-follow") names nothing
    tokens = class_tokens(cls + " " + ident) if (cls or ident) else []
    itemprop = itemprop.lower()
    articleish = (tag in ("article", "main") or itemprop in ARTICLE_ITEMPROPS
                  or any(c in ARTICLE_CLASSES for c in cls.split()) or any(t in ARTICLE_TOKENS for t in tokens))
    first_class = cls.split(None, 1)[0] if cls.strip() else ""
    sig = tag + "." + first_class.strip("0123456789-_").lower()
    found: tuple[Label, str] | None = None
    if tag not in ("html", "body") and not articleish:
        found = TAG_HINTS.get(tag)
        if role:
            found = ROLE_HINTS.get(role.lower(), found)
        if itemprop in ITEMPROP_HINTS:
            found = ITEMPROP_HINTS[itemprop]
        if tokens:
            found = _token_hint(tokens) or _tail_hint(cls + " " + ident) or found
        if rel == "author":
            found = (Label.BYLINE, "rel=author link")
        elif "sponsored" in rel.split():
            found = (Label.ADVERTISEMENT, "rel=sponsored link")
    return hidden, articleish, found, sig


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
        self.depth: list[int] = []
        self.end: list[int] = []
        self.content_hint: list[bool] = []
        self.tags: list[str] = []
        self.parent: list[int] = []
        self.sig: list[str] = []
        self.own_hint: list[Label | None] = []
        self.steps: list[str] = []  # each element's XPath step ("div[3]")
        self.paths: list[str | None] = []  # XPaths, built on demand
        self.next_step = ""
        self.meta = PageMeta()
        self.drop = _xpath_set(root, options.boilerplate_xpaths)
        self.keep = _xpath_set(root, options.content_xpaths)
        self.forced: list[int] = []
        self.truncated = False  # a subtree deeper than Options.max_depth was cut

    def xpath(self, node: int) -> str:
        """The element's XPath, built from the steps the walk counted (getpath() rescans the siblings: quadratic
        on pages of many siblings). Iterative, and only shallow paths are remembered: a deep chain costs neither
        stack nor memory quadratic in its depth."""
        steps: list[str] = []
        up = node
        while up >= 0 and self.paths[up] is None:
            steps.append(self.steps[up])
            up = self.parent[up]
        path = self.paths[up] or "" if up >= 0 else ""
        for step in reversed(steps):
            path = path + "/" + step
        if self.depth[node] < _PATH_MEMO_DEPTH:
            self.paths[node] = path
        return path

    def run(self) -> Tree:
        opts = self.options
        # one open block: [node index, element, text parts, link chars, tag]
        blocks: list[list[object]] = []
        frames: list[tuple[int, Hint | None, bool, int]] = []  # node, hints, is_block, link depth
        link_depth = 0
        skipping: etree._Element | None = None
        walker = etree.iterwalk(self.root, events=("start", "end"))
        counter = 0
        drop, keep = self.drop, self.keep
        counts: list[dict[str, int]] = [{}]  # per open element: how many children of each tag it has had

        def add_text(s: str | None, in_link: bool) -> None:
            if not s or not blocks:
                return
            block = blocks[-1]
            parts = block[2]
            assert isinstance(parts, list)
            parts.append(s)
            if in_link:
                block[3] = int(block[3]) + len(s.strip())  # type: ignore[call-overload]

        def flush(block: list[object], hints: Hint | None) -> None:
            parts = block[2]
            assert isinstance(parts, list)
            if not parts:
                return
            raw = "".join(parts)
            parts.clear()
            raw = raw.translate(_CONTROLS)  # e.g. from character references (&#1;): never page text
            if block[4] == "pre":  # code keeps its indentation
                text = "\n".join(ln.rstrip() for ln in raw.strip("\n").split("\n")).rstrip()
            else:
                lines = [" ".join(ln.split()) for ln in raw.split("\n")]
                text = "\n".join(ln for ln in lines if ln)
            links = int(block[3])  # type: ignore[call-overload]
            block[3] = 0
            if not text:
                return
            node = int(block[0])  # type: ignore[call-overload]
            el = block[1]
            assert isinstance(el, etree._Element)
            tag = str(block[4])
            seg = Segment(text=text, tag=tag, source=self.xpath(node), link_chars=min(links, len(text)), node=node,
                          hints=hints)
            self.segments.append(seg)

        for event, el in walker:
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                counter += 1
                if counter % _TIME_CHECK_EVERY == 0 and time.monotonic() > self.deadline:
                    raise TimeBudgetError(f"page took longer than the time budget ({opts.time_budget} s)")
                tag = tag.lower() if tag.isascii() else tag
                if tag == "head" or tag == "html":
                    self._meta(tag, el)
                siblings = counts[-1]
                index = siblings[tag] = siblings.get(tag, 0) + 1
                self.next_step = f"{tag}[{index}]" if tag not in ("html", "body") else tag
                attrib = el.attrib
                cls = attrib.get("class", "")
                ident = attrib.get("id", "")
                hidden_class, articleish, found, sig = _element_facts(
                    tag, cls, ident, attrib.get("itemprop", ""), attrib.get("role", ""), attrib.get("rel", ""))
                too_deep = len(frames) >= opts.max_depth
                if too_deep:
                    if opts.on_limit is OnLimit.RAISE:
                        raise TooDeepError(f"the page nests elements deeper than {opts.max_depth} levels "
                                           "(Options.max_depth)")
                    self.truncated = True
                if (tag in self.skip or (hidden_class and not self.lenient) or _is_hidden(el, attrib, self.lenient)
                        or (drop and el in drop) or too_deep):
                    walker.skip_subtree()
                    skipping = el
                    if drop and el in drop:
                        self._dropped(el, frames[-1][1] if frames else None, len(frames),
                                      frames[-1][0] if frames else -1)
                    continue
                node = self._add_node(tag, len(frames), frames[-1][0] if frames else -1)
                if keep and el in keep:
                    self.forced.append(node)
                parent_hints = frames[-1][1] if frames else None
                hints = parent_hints
                self.content_hint[node] = articleish and tag != "main"
                self.sig[node] = sig
                if tag == "footer" and found is not None and any(self.content_hint[f[0]] for f in frames):
                    found = (Label.OTHER, "in the article's footer")  # tags, share, author: not the site's footer
                if found is not None:
                    hints = Hint(found[0], found[1], node, parent_hints)
                    self.own_hint[node] = found[0]
                is_block = tag in BLOCK_TAGS
                if is_block:
                    if blocks:
                        flush(blocks[-1], frames[-1][1] if frames else None)
                    blocks.append([node, el, [], 0, tag])
                elif tag == "br":
                    add_text("\n", False)
                elif tag in CELL_TAGS:
                    add_text(" ", False)
                if tag == "a":  # not <button>: libxml2 lets an unclosed one swallow the rest of the page
                    link_depth += 1
                frames.append((node, hints, is_block, link_depth))
                counts.append({})
                add_text(el.text, link_depth > 0)
            else:  # end
                if skipping is not None:
                    if el is skipping:
                        skipping = None
                        add_text(el.tail, link_depth > 0)
                    continue
                node, hints, is_block, _ = frames.pop()
                counts.pop()
                self.end[node] = len(self.depth) - 1
                if is_block:
                    flush(blocks.pop(), hints)
                ltag = el.tag.lower() if isinstance(el.tag, str) else ""
                if ltag == "a":
                    link_depth -= 1
                add_text(el.tail, link_depth > 0)
        return Tree(self.segments, self.depth, self.end, self.content_hint, self.tags, self.parent,
                    self.sig, self.own_hint, self.meta, self.forced, self.truncated)

    def _add_node(self, tag: str, depth: int, parent: int) -> int:
        node = len(self.depth)
        self.depth.append(depth)
        self.end.append(node)
        self.content_hint.append(False)
        self.tags.append(tag)
        self.parent.append(parent)
        self.sig.append(tag)
        self.own_hint.append(None)
        self.steps.append(self.next_step)
        self.paths.append(None)
        return node

    def _meta(self, tag: str, el: etree._Element) -> None:
        if tag == "html":
            self.meta.lang = el.get("lang") or None
            return
        for child in el.iter("title", "meta"):
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

    def _dropped(self, el: etree._Element, hints: Hint | None, depth: int, parent: int) -> None:
        """An element matched by Options.boilerplate_xpaths: its text becomes one block labelled by the user."""
        text = WHITESPACE.sub(" ", "".join(str(t) for t in el.itertext())).strip()
        if not text:
            return
        node = self._add_node(str(el.tag), depth, parent)
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
