"""The main content region of an HTML page: the deepest element that holds most of the page's prose.

Three steps, each one pass over the segments or the elements:

1. raw prose: characters of prose-shaped blocks (long enough, few links) summed up the tree;
2. hint check: a class/id hint on an element that holds most of the page's prose is a layout name
   ("l-sidebar-fixed", "has-comments"), not a description of boilerplate, and is ignored;
3. region: prose again, now leaving out blocks whose nearest valid hint names prose-holding boilerplate
   (comments, teaser lists, footers...), and the deepest element holding ``region_share`` of it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, pairwise

from ._html import TAIL_HINT_NOTE, Tree, token_reason
from ._options import Options
from ._patterns import ELLIPSIS_END, RELATED_HEADING, REVIEW_TOKENS
from ._segment import Hint, Segment, xpath_steps
from ._types import Label

_ARTICLE_CLIMB = 3  # levels we climb from the prose holder to an <article>/hentry/articleBody wrapper
_SCORE_SHARES = (1.0, 0.5, 0.25)  # a paragraph's points go to its container, half to the next one up, ...
_SIBLING_SHARE = 0.25  # a sibling container scoring this share of the best one is another part of the article
_RECORD_CLIMB = 10  # levels we climb from the best paragraphs looking for the record of a list (a forum post;
# XenForo-style message cards put the text nine levels inside the post)
_MAX_RECORDS = 500  # more "records" than this is a layout grid, not a thread
_LISTING_FACTOR = 2.0  # a list of entries must hold this many times the article's prose to be the content
_MIN_ENTRY_CHARS = 20  # an entry of a listing has at least a headline
_MIN_ENTRIES = 4  # fewer similar entries is a pair of boxes, not a listing
_LINKED_ENTRIES = 0.6  # share of entries that must carry a link
_HEADLINE_LIST_LINKS = 0.9  # a list this much link text is bare headlines (to other pages or to products)
_HEADLINE_LIST_FACTOR = 4.0  # bare headlines say less per character than prose: they need this lead over it
_DATA_KEYS = 3  # quoted keys ("name":) that make a block starting with { or [ a piece of data
_SEMANTIC_CHROME = frozenset({"nav", "footer"})
_MAIN_SHARE = 0.5  # below this share of <main>'s prose, the best box of a page that is no article is one part
# Share of the page's prose the best paragraphs need to be the article of a page only og:type calls one (themes set
# it on every page): half. A service page's best box can be a carousel of testimonials holding 49% among a dozen
# sibling sections (0.3 held the region to it; 0.5 to 0.7 measured alike on aeb and wcxb-dev)
_ARTICLE_SHARE = 0.5
_LAYOUT_SHARE = 0.34  # an entry with this share of a list's text is a column of the page, the list a layout
_TEMPLATE_SHARE = 0.5  # a class inside a listing entry around this share of its text names the entry's template
_COMMENT_SHARE = 0.5  # share of a listing's text under comments hints that makes it a thread's posts
_HEADLINE_CHARS = 120  # mean characters of an entry that is a headline alone (cards with a blurb hold more)
_CATEGORY_LIST_CHARS = 1000  # a post's tags or categories are a few words; a category page lists this much text
_AD_FEED_CHARS = 800  # an ad's copy is a sentence or two; this much text in <p> paragraphs is a column of excerpts
_HERO_CHARS = 1500  # a headline, a lead and a button or two; more text is a section of its own
_ARTICLE_CHARS = 1500  # prose characters from which the page is an article whatever lists it also has
_INTRO_CHARS = 500  # prose characters of an introduction (a paragraph or two): on a page named an article page
# (og:type, an <article> wrapper), this little prose above a list of entries several times its size is the list's
# introduction (a course catalogue, a hub page), not the article; aeb's shortest articles with teaser cards hold 878
_ARTICLE_TYPES = frozenset({"article", "news", "blog", "newsarticle", "blogposting"})  # og:type of an article
_COMMENTS = frozenset({Label.COMMENTS})
_OPENING_PARAGRAPHS = 2  # paragraphs of prose an earlier sibling of the region needs to be a post of its own
# (and the paragraphs of an article's lead above its region)
_NO_LEAD_TAGS = frozenset({"header", "figure", "aside"})  # a paragraph in these is a standfirst or a caption, no lead
_PAGE_TAGS = frozenset({"body", "html"})
_BESIDE_CLIMB = 4  # levels above the region where a list above it may join it in one section
_BESIDE_SHARE = 0.25  # the list's text, as a share of the region's, for it to be a part of the page
_BESIDE_SLACK = 1.25  # the section holds little else: at most this times the region's and the list's text
_KIN_CLIMB = 3  # levels above a listing's entries where cards of the same template are more entries
_KIN_ROW = 2  # such cards come in rows: one alone beside the list is a promoted box, not an entry
_GAP_PARAGRAPHS = 3  # paragraphs of prose between the parts of a page's region that make a section of its own
_GAP_PROSE = 500  # ... and their characters (a standfirst, a date line or a caption between the parts is less)
_QUESTION_CHARS = 1000  # prose of a forum question (a paragraph or two) above replies marked as schema.org Comments
_THREAD_FACTOR = 3.0  # comments holding this many times a short article's prose make the page a thread
_DISCUSSION_LABELS = frozenset({Label.COMMENTS, Label.RELATED})
_REPLY_CLIMB = 8  # levels of a post's template, from its paragraphs up to its card (XenForo's: seven)
_REPLY_TEMPLATE = 1  # classed elements of the best post's template a reply must repeat: its text box (measured:
# the text box and one wrapper more, +0.0002 less on wcxb-dev, a Lemmy thread's replies left out)
_REVIEW_REASONS = frozenset(token_reason(token) for token in REVIEW_TOKENS)  # hints that name reviews
# When no prose is left, hints are admitted step by step: comments and teasers (a discussion page), then boxes
# only called widgets or sidebars, then any class name but those of cookie banners and site footers (themes
# that call their article "toc-para" or "promo-body").
_FALLBACK_ADMITS = (_DISCUSSION_LABELS, frozenset({Label.OTHER}),
                    frozenset({Label.NAVIGATION, Label.NEWSLETTER, Label.ADVERTISEMENT, Label.SHARE}))
_LISTING_LABELS = frozenset({Label.RELATED, Label.BYLINE})
# Site chrome: text under these hints is never a listing's entries.
_CHROME_LABELS = frozenset({Label.NAVIGATION, Label.LEGAL, Label.COOKIE, Label.SHARE, Label.NEWSLETTER,
                            Label.ADVERTISEMENT, Label.COMMENTS})
_WRAPPER_SHARE = 0.6
_PAGE_CLIMB = 6  # an article wrapper this close above the best paragraphs makes the page an article page
_SECTIONS_FACTOR = 1.5  # the prose holder must hold this many times the best container's prose to replace it
_CARD_LINK_DENSITY = 0.8  # a card's headline is (nearly) all link
_CARD_HEADLINE_WORDS = 20
_TEASER_HEADING_CHARS = 60  # a teaser box's heading is a few words
_HEADING_LINK_DENSITY = 0.5  # a heading that is mostly a link is a link ("Read more"), not a box's title
_TEASER_BOX_LEVELS = 3  # levels a teaser heading's box may widen while it holds nothing else
_TEASER_BOX_ELEMENTS = 250  # elements a teaser box holds at most (a dozen cards); more is a page section
_CARD_BLURB_CHARS = 500  # a teaser's blurb is an excerpt of a few lines: a longer block under a link is a paragraph
_CARD_LEVELS = 3  # a card's headline and blurb meet within this many levels
# Prose under these hints is not evidence for the main region: comment threads and teaser lists hold prose too.
PROSE_FREE_LABELS = frozenset({Label.COMMENTS, Label.RELATED, Label.COOKIE, Label.NEWSLETTER, Label.ADVERTISEMENT,
                               Label.LEGAL, Label.NAVIGATION, Label.SHARE, Label.OTHER})


@dataclass(frozen=True, slots=True)
class Region:
    """Pre-order spans ``[start, end]`` of the elements that make up the main content, and why."""

    spans: tuple[tuple[int, int], ...]
    reason: str
    weak: bool  # too little prose to be sure: a second opinion is welcome
    prose: int
    wrappers: frozenset[int]  # elements whose hints were ignored as layout names
    core: int = -1  # the highest-scoring container, before siblings and the article wrapper were added
    mode: str = "article"  # "article"; "listing" (a list of entries); "discussion" (comments are the content)
    admitted: frozenset[Label] = frozenset()  # hint labels that do not count as boilerplate inside the region
    entries: tuple[tuple[int, int], ...] = ()  # spans that are a list's entries beside an article-mode region

    def contains(self, node: int) -> bool:
        spans = self.spans
        if len(spans) == 1:  # most pages: no generator for any() (asked for every block and its hints)
            start, end = spans[0]
            return start <= node <= end
        return any(start <= node <= end for start, end in spans)


def is_prose(seg: Segment, options: Options) -> bool:
    return (seg.chars >= options.min_prose_chars and seg.link_density <= options.max_link_density
            and not looks_like_data(seg.text))


def looks_like_data(text: str) -> bool:
    """JSON or a JavaScript object printed as text (a framework's state in a <div>): not prose."""
    return text[:1] in "{[" and text.count('":') >= _DATA_KEYS


def _subtree_sums(tree: Tree, per_node: list[int]) -> list[int]:
    """Add every element's own value to all its ancestors (nodes are in pre-order, so one reverse pass)."""
    sums = per_node[:]
    parent = tree.parent
    for node in range(len(sums) - 1, 0, -1):
        up = parent[node]
        if up >= 0:
            sums[up] += sums[node]
    return sums


def _subtree_sum_pair(tree: Tree, first: list[int], second: list[int]) -> tuple[list[int], list[int]]:
    """:func:`_subtree_sums` of two lists at once (one pass: the loop costs more than its additions)."""
    sums, more = first[:], second[:]
    parent = tree.parent
    for node in range(len(sums) - 1, 0, -1):
        up = parent[node]
        if up >= 0:
            sums[up] += sums[node]
            more[up] += more[node]
    return sums, more


def _children(tree: Tree, up: int) -> list[int]:
    """The child elements of ``up``, in order: from its first child, each next one is the element after the last
    of the one before (pre-order numbers), so only the children are visited, not all of ``up``'s subtree."""
    out = []
    end = tree.end
    child, last = up + 1, end[up]
    while child <= last:
        out.append(child)
        child = end[child] + 1
    return out


def valid_hint(hints: Hint | None, wrappers: frozenset[int]) -> Hint | None:
    """The nearest hint not given by a layout wrapper."""
    while hints is not None and hints.node in wrappers:
        hints = hints.parent
    return hints


def _semantic_chrome(tree: Tree, hints: Hint | None) -> int:
    """The nearest <nav> or <footer> element around a block, or -1: markup that says what it is, unlike a class
    name that could be a layout's ("content-nav-section" around an article). Their prose (mega-menu promos) is
    no measure of which class names are layout names. A <nav> holding most of the page is an unclosed tag and
    counts as a layout; a <footer> holding most of it is an SEO footer or an unclosed tag whose page then takes the
    weak-region path (measured better on wcxb-dev than treating it as a layout)."""
    while hints is not None:
        if tree.tags[hints.node] in _SEMANTIC_CHROME:
            return hints.node
        hints = hints.parent
    return -1


def find_region(tree: Tree, options: Options) -> Region:
    """Choose the main region from the prose of the page's segments."""
    n = len(tree.depth)
    prose_segs = _prose_segments(tree, options)
    # The prose without that of <nav> and <footer> elements, unless a <nav> wraps the page (unclosed): all prose
    # first, when a <nav> holds some (on most pages none does, and the sums are taken once)
    chromes = [_semantic_chrome(tree, seg.hints) for seg in prose_segs]
    raw: list[int] = []
    if any(chrome >= 0 and tree.tags[chrome] == "nav" for chrome in chromes):
        own = [0] * n
        for seg in prose_segs:
            own[seg.node] += seg.chars
        raw = _subtree_sums(tree, own)
    own = [0] * n
    for seg, chrome in zip(prose_segs, chromes, strict=True):
        if chrome < 0 or (tree.tags[chrome] == "nav" and raw[chrome] >= _WRAPPER_SHARE * raw[0]):
            own[seg.node] += seg.chars
    raw = _subtree_sums(tree, own) if n else []
    raw_total = raw[0] if raw else 0
    least, own_hint = _WRAPPER_SHARE * raw_total, tree.own_hint
    # (a consent overlay is never a layout)
    wrappers = frozenset(node for node, held in enumerate(raw) if held >= least
                         and own_hint[node] is not Label.COOKIE) if raw_total else frozenset()
    wrappers |= _layout_sections(tree, raw, raw_total, wrappers)
    wrappers |= _category_listings(tree)
    if tree.forced_region:
        forced = tuple((node, tree.end[node]) for node in tree.forced_region)
        return Region(forced, "inside an element matched by a content XPath", False, 0, wrappers)
    if not n:
        return Region((), "empty page", True, 0, wrappers)
    admitted: frozenset[Label] = frozenset()
    prose, score = _prose_scores(tree, prose_segs, wrappers, PROSE_FREE_LABELS)
    for more in _FALLBACK_ADMITS:
        if prose[0] >= options.min_region_chars:
            break
        # Nothing but comments and teasers (then: boxes only called widgets or sidebars) hold prose: on such a
        # page they are the content.
        admitted = admitted | more
        prose, score = _prose_scores(tree, prose_segs, wrappers, PROSE_FREE_LABELS - admitted)
    fallback = admitted
    opening = -1  # the opening post of a thread whose replies are marked up as comments
    if not admitted and prose[0] < (_ARTICLE_CHARS if tree.meta.og_type not in _ARTICLE_TYPES
                                    else _QUESTION_CHARS if tree.meta.comment_schema else 0):
        # A short post (not an article: a blog's article keeps its comments out) under a discussion many times
        # its length: the page is a thread whose replies are marked up as comments.
        discussion = sum(seg.chars for seg in prose_segs
                         if _under_replies(seg.hints, wrappers))
        if discussion >= _THREAD_FACTOR * prose[0]:
            opening = max(range(n), key=score.__getitem__)
            admitted = _COMMENTS
            prose, score = _prose_scores(tree, prose_segs, wrappers, PROSE_FREE_LABELS - admitted)
    if prose[0] == 0:
        entry_text, entry_links = _entry_text(tree, options, wrappers)
        listing = _best_listing(tree, entry_text, entry_links, -1, wrappers)
        if listing is not None and listing[0] >= options.min_region_chars:
            bare = _headline_list(listing, entry_links)  # bare headlines: a hidden article may be the content
            wrappers = wrappers | _entry_templates(tree, listing[1], entry_text)
            reason = f"a list of {len(listing[1])} similar entries (a listing page without prose)"
            kin = _kindred_entries(tree, listing[1], listing[1], entry_text, wrappers)
            if kin:
                reason += f", with {len(kin)} more entries of the same card in rows beside it"
            return Region(tuple((node, tree.end[node]) for node in sorted([*listing[1], *kin])), reason, bare,
                          listing[0], wrappers, -1, "listing", _LISTING_LABELS)
        return Region(((0, tree.end[0]),), "the whole page (no prose found)", True, 0, wrappers)
    top = max(range(n), key=score.__getitem__)
    reason = "the element whose paragraphs score highest"
    spans, every_one = _records_around(tree, top, raw, options)
    records = bool(spans)
    if spans:
        reason = f"{len(spans)} records of one list (posts, reviews, entries) around the best paragraphs"
        if any(tree.own_hint[m] is Label.COMMENTS for m in spans):
            admitted = admitted | _COMMENTS  # a thread's posts marked up as comments are its content
        # Records that are every one of their kind under a plain parent are the parts of one page (the sections
        # of a service page, the posts of a thread): the parent holds them with the headings between them.
        up = tree.parent[spans[0]]
        if every_one and tree.tags[up] not in _PAGE_TAGS and tree.own_hint[up] is None:
            spans = [up]
            reason += ", with the headings between them"
    else:
        spans = _article_parts(tree, top, score)
        if len(spans) > 1:
            reason += f", with {len(spans) - 1} sibling part(s)"
        else:
            wrapper = _article_wrapper(tree, top)
            if wrapper != top:
                spans = [wrapper]
                reason += ", widened to its article wrapper"
    held = sum(prose[node] for node in spans)
    article_page = tree.meta.og_type in _ARTICLE_TYPES or _article_wrapper(tree, top, _PAGE_CLIMB) != top
    main = _main_element(tree, top)
    if main >= 0 and main not in spans and _contains(tree, main, spans) and (
            held < options.min_region_chars
            or (not article_page and not records and held < _MAIN_SHARE * prose[main])):
        spans = [main]
        held = prose[main]
        reason += ", widened to the page's <main> element (" + (
            "too little prose to trust one box)" if held < options.min_region_chars
            else "not an article, and its best box holds little of the main element's prose)")
    holder = _deepest_holder(tree, prose, options)
    wrapper = _article_wrapper(tree, top, _PAGE_CLIMB)
    # An article page's region never grows past the article's own wrapper (an element named as the article, the
    # best box itself included); og:type "article" alone (themes set it on every page) only holds it when the best
    # paragraphs already make an article and half of the page's prose.
    if (article_page and (tree.content_hint[wrapper] or held >= max(_ARTICLE_CHARS, _ARTICLE_SHARE * prose[0]))
            and not _contains(tree, wrapper, [holder]) and _contains(tree, wrapper, spans)):
        holder = wrapper
    if not admitted and holder not in spans and _contains(tree, holder, spans) \
            and prose[holder] >= _SECTIONS_FACTOR * held:
        spans = [holder]
        held = prose[holder]
        reason = (f"deepest element with {options.region_share:.0%} of the page's prose (the best paragraphs are "
                  "one section of several)")
    entry_text, entry_links = _entry_text(tree, options, wrappers)
    listing = _best_listing(tree, entry_text, entry_links, top, wrappers)
    mode = "article"
    factor = _LISTING_FACTOR
    if listing is not None and held >= options.min_region_chars and _headline_list(listing, entry_links):
        factor = _HEADLINE_LIST_FACTOR  # bare headlines against an article's worth of prose
    # the best paragraphs inside one entry of the list: a listing page with one entry shown in full
    expanded = listing is not None and _in_any(tree, top, listing[1])
    if (listing is not None and (held < _ARTICLE_CHARS or fallback or expanded)
            and (not article_page or held < _INTRO_CHARS or expanded)
            and listing[0] >= factor * max(held, options.min_region_chars)):
        spans = listing[1]
        held = listing[0]
        mode = "listing"
        admitted = _LISTING_LABELS
        reason = f"a list of {len(spans)} similar entries holding most of the page's text (a listing page)"
        around = _main_element(tree, spans[0])
        if (around >= 0 and around not in spans and _contains(tree, around, spans)
                and held < _MAIN_SHARE * entry_text[around]):
            spans = [around]
            reason += ", widened to the page's <main> element (the list is a small part of it)"
        if _mostly_comments(tree, spans, wrappers):
            mode = "discussion"
            admitted = admitted | _COMMENTS
            reason = f"{len(spans)} posts of a thread, marked up as comments (they are the content)"
        else:
            wrappers = wrappers | _entry_templates(tree, listing[1], entry_text)
            kin = _kindred_entries(tree, spans, listing[1], entry_text, wrappers)
            if kin:
                spans = sorted([*spans, *kin])
                reason += f", with {len(kin)} more entries of the same card in rows beside it"
    entries: tuple[tuple[int, int], ...] = ()
    if (mode == "article" and not article_page and not admitted and listing is not None and len(spans) == 1
            and _listing_above(tree, spans[0], listing, entry_text)):
        spans = sorted([*spans, *listing[1]])  # its entries, not the section's filters and sort bar
        entries = tuple((node, tree.end[node]) for node in listing[1])
        reason += ", with the list of entries above it in one section"
    if opening >= 0 and mode != "listing" and not _in_any(tree, opening, spans):
        spans = [opening] if _contains(tree, opening, spans) else sorted([*spans, opening])
        reason += ", with the opening post"
    if len(spans) == 1 and mode != "listing" and not article_page:
        opening_posts = _posts_before(tree, spans[0], prose, prose_segs, options)
        if opening_posts:
            spans = [*opening_posts, spans[0]]
            reason += ", with the post before it (a question above its answers, an introduction)"
    h1s = [seg.node for seg in tree.segments if seg.tag == "h1" and seg.node >= 0]  # the page's headlines, in order
    lead: list[int] = []
    if mode == "article" and not admitted and len(spans) == 1:
        lead = _lead_before(tree, spans[0], prose_segs, wrappers, held, h1s)
        if lead:
            reason += f", with the {len(lead)} lead paragraphs above it"
    if not article_page and not admitted:
        hero = _hero_before(tree, spans, h1s)
        if hero >= 0:
            spans = [hero, *spans]
            reason += ", with the page's headline section above it"
    replies = _thread_replies(tree, spans) if tree.meta.thread and mode != "listing" else []
    if replies:
        # A page that declares itself a forum thread marks its replies up as its comments: they are the thread.
        spans = sorted([*spans, *replies])
        wrappers = wrappers | frozenset(replies)  # their comment hint names the reply, not a box to drop
        reason += f", with {len(replies)} replies marked itemprop=comment (the page declares a forum thread)"
    posts, named = _template_replies(tree, top, spans, prose_segs, wrappers) if mode != "listing" else ([], [])
    if named:
        # Replies under a comments name, built with the best post's own template: the posts of a thread (a forum
        # engine names its replies comments), not readers' comments under an article, which have a text box of
        # their own, nor a product's reviews. Their comment names name the reply, not a box to drop.
        spans = sorted([*spans, *posts])
        wrappers = wrappers | frozenset(named)
        reason += f", with {len(set(named))} comment names on replies in the best post's template read as posts"
    if fallback and mode == "article":
        mode = "discussion"
        reason += f" ({', '.join(sorted(x.value for x in fallback))} boxes admitted: the page has no other prose)"
    elif admitted and mode == "article":
        mode = "discussion"
        reason += " (posts marked up as comments are the content)"
    spans = sorted([*lead, *spans]) if lead else spans
    if not article_page and mode != "listing" and len(spans) > 1:
        gaps = _gaps_between(tree, spans, prose_segs)
        if gaps:
            # The parts of a page that is no article, with sections of prose of their own between them (a service
            # page's sections between its headline and the best one): those sections are the page's too.
            spans = sorted([*spans, *gaps])
            reason += f", with the {len(gaps)} element(s) of prose between its parts"
    return Region(tuple((node, tree.end[node]) for node in spans), reason, held < options.min_region_chars, held,
                  wrappers, top, mode, admitted, entries)


def _gaps_between(tree: Tree, spans: list[int], prose_segs: list[Segment]) -> list[int]:
    """The elements between consecutive parts of the region, outside them all, when they hold a section of prose:
    ``_GAP_PARAGRAPHS`` paragraphs of prose and ``_GAP_PROSE`` characters or more. A standfirst, a date line or a
    caption between a headline and an article's body is no section."""
    out: list[int] = []
    parent, end = tree.parent, tree.end
    for a, b in pairwise(spans):
        if b <= end[a]:
            continue
        up = parent[a]
        while up >= 0 and not up <= b <= end[up]:
            up = parent[up]
        node = a  # from ``a`` up to the child of the common ancestor: the later siblings on the way, before ``b``
        while node != up:
            sib, last = end[node] + 1, end[parent[node]]
            while sib <= last and end[sib] < b:
                out.append(sib)
                sib = end[sib] + 1
            node = parent[node]
        node = b  # from ``b`` up: the earlier siblings on the way, after ``a``
        while node != up:
            sib = parent[node] + 1
            while sib < node:
                if sib > end[a] and not _in_any(tree, sib, out):
                    out.append(sib)
                sib = end[sib] + 1
            node = parent[node]
    if not out:
        return []
    member_of = _member_of(tree, out)
    held = [seg.chars for seg in prose_segs if member_of(seg.node) >= 0]
    if len(held) < _GAP_PARAGRAPHS or sum(held) < _GAP_PROSE:
        return []
    return sorted(out)


def _lead_before(tree: Tree, region: int, prose_segs: list[Segment], wrappers: frozenset[int],
                 held: int, h1s: list[int]) -> list[int]:
    """The article's lead paragraphs above its region and outside it: ``<p>`` blocks of prose inside the article's
    wrapper (the region's <article>/articleBody ancestor, else its parent), below the page's headline when the
    headline stands there, under no boilerplate hint, at least ``_OPENING_PARAGRAPHS`` of them and less prose than
    the region holds (an introduction above the body's first heading, in a box of its own). A standfirst set as a
    heading, a paragraph in the article's <header> and a photo's caption are no lead (aeb's truths leave them out)."""
    wrapper = _article_wrapper(tree, region, _PAGE_CLIMB)
    if wrapper == region:
        wrapper = tree.parent[region]
    if wrapper <= 0 or tree.tags[wrapper] in _PAGE_TAGS:
        return []
    h1 = next((node for node in h1s if wrapper < node < region), wrapper)
    lead = [seg for seg in prose_segs if h1 < seg.node < region and seg.tag == "p"
            and not _under(seg.hints, wrappers, PROSE_FREE_LABELS)
            and _NO_LEAD_TAGS.isdisjoint(tag for tag, _ in xpath_steps(seg.source))]
    if len(lead) < _OPENING_PARAGRAPHS or sum(seg.chars for seg in lead) > held:
        return []
    return [seg.node for seg in lead]


def _hero_before(tree: Tree, spans: list[int], h1s: list[int]) -> int:
    """The small section holding the page's first <h1> when it stands before the region, outside it, under the same
    ancestor (a service or shop page's headline and lead above its sections), or -1."""
    if not h1s or h1s[0] >= spans[0] or _in_any(tree, h1s[0], spans):
        return -1
    h1 = h1s[0]
    up = tree.parent[spans[0]]
    while up >= 0 and not up <= h1 <= tree.end[up]:
        up = tree.parent[up]
    if up < 0:
        return -1
    hero = h1
    while tree.parent[hero] != up:
        hero = tree.parent[hero]
    if tree.own_hint[hero] is not None or tree.tags[hero] in ("header", "nav", "aside"):
        return -1
    inside = [seg for seg in tree.segments if hero <= seg.node <= tree.end[hero]]
    if sum(seg.chars for seg in inside) > _HERO_CHARS or all(seg.is_heading for seg in inside):
        return -1  # a page section, or a headline alone (the title rule's to read)
    return hero


def _posts_before(tree: Tree, region: int, prose: list[int], prose_segs: list[Segment],
                  options: Options) -> list[int]:
    """The earlier siblings of the region's element that hold a post of their own: ``min_region_chars`` of prose
    in ``_OPENING_PARAGRAPHS`` paragraphs or more (the question above its answers, the opening post above the
    replies, the introduction above a guide's body; a one-paragraph summary, which aeb's articles leave out, is no
    post)."""
    up = tree.parent[region]
    if up < 0:
        return []
    paragraphs = [0] * len(tree.depth)
    for seg in prose_segs:
        paragraphs[seg.node] += 1
    paragraphs = _subtree_sums(tree, paragraphs)
    return [node for node in _children(tree, up) if node < region
            and prose[node] >= options.min_region_chars and paragraphs[node] >= _OPENING_PARAGRAPHS]


def _thread_replies(tree: Tree, spans: list[int]) -> list[int]:
    """The outermost itemprop="comment" elements outside the region's spans (and not around them)."""
    replies: list[int] = []
    for node in tree.comment_items:  # pre-order: an element inside the last one taken is part of it
        if replies and node <= tree.end[replies[-1]]:
            continue
        if not _in_any(tree, node, spans) and not any(node <= s <= tree.end[node] for s in spans):
            replies.append(node)
    return replies


def _template_replies(tree: Tree, top: int, spans: list[int], prose_segs: list[Segment],
                      wrappers: frozenset[int]) -> tuple[list[int], list[int]]:
    """The replies of a thread marked up as comments: prose under a comments hint (not one naming reviews) whose
    nearest classed box, and ``_REPLY_TEMPLATE`` classed elements in all, repeat (tag and first class) the best
    post's own template: the chain of elements from its paragraphs up ``_REPLY_CLIMB`` levels, less those that hold
    the best post too. Each reply outside the region is the outermost element of the repeated template; also
    returned, the elements named for comments around the replies' paragraphs that do not hold the best post."""
    template: set[str] = set()
    node = top
    for _ in range(_REPLY_CLIMB):
        if node < 0 or tree.tags[node] in _PAGE_TAGS:
            break
        if not tree.sig[node].endswith("."):
            template.add(tree.sig[node])
        node = tree.parent[node]
    if len(template) < _REPLY_TEMPLATE:
        return [], []
    posts: list[int] = []
    named: list[int] = []
    for seg in prose_segs:
        if (seg.is_heading or (posts and posts[-1] <= seg.node <= tree.end[posts[-1]])
                or not _under_replies(seg.hints, wrappers)):
            continue  # (a heading over the comments, "10 thoughts on ...", is no reply)
        matched: list[int] = []
        node = seg.node
        holder = -1  # the nearest classed box around the paragraph: it must be the post's own text box
        for _ in range(_REPLY_CLIMB):
            node = tree.parent[node]
            if node < 0 or node <= top <= tree.end[node]:
                break  # an element holding the best post too is the page's, not the reply's template
            if holder < 0 and not tree.sig[node].endswith("."):
                holder = node
            if tree.sig[node] in template:
                matched.append(node)
        if len(matched) >= _REPLY_TEMPLATE and matched[0] == holder:
            if not _in_any(tree, seg.node, spans):
                posts.append(matched[-1])
            hint = valid_hint(seg.hints, wrappers)
            while hint is not None and not hint.node <= top <= tree.end[hint.node]:
                if hint.label is Label.COMMENTS:
                    named.append(hint.node)
                hint = valid_hint(hint.parent, wrappers)
    return posts, named


def _layout_sections(tree: Tree, raw: list[int], total: int, wrappers: frozenset[int]) -> frozenset[int]:
    """Elements named as navigation that together hold most of the page's prose: the sections of the article,
    whatever their class says ("content-nav-section", "toc-para", "lm_navSource", "accordion" on each part of a
    guide). Menus hold links, not paragraphs. Only navigation names: a thread's posts, a grid of teaser cards,
    sidebar modules or disclaimers hold prose too, and are what their name says. Elements inside another kind of
    named box (a consent dialog's tabs) never count."""
    if not total:
        return frozenset()
    navigation = Label.NAVIGATION  # read once (see the note under Label in _types)
    named = [node for node, label in enumerate(tree.own_hint)
             if label is navigation and raw[node] and not _boxed(tree, node, wrappers)]
    held, last = 0, -1
    for node in named:  # pre-order: an element inside the last one counted is counted there
        if last < 0 or node > tree.end[last]:
            held += raw[node]
            last = node
    return frozenset(named) if held >= _WRAPPER_SHARE * total else frozenset()


def _category_listings(tree: Tree) -> frozenset[int]:
    """Elements whose name says less than their text: named only by a tag or category word ("c-pwa-category",
    "mw-category") and holding a category page's list of its members, not a post's few tags
    (``_CATEGORY_LIST_CHARS`` of text or more); named for ads ("container--section-more-ads") and holding a column
    of excerpts, not an ad's line of copy (``_AD_FEED_CHARS`` in ``<p>`` paragraphs or more). Their name is a layout
    name."""
    categories: set[int] = set()
    ads: set[int] = set()
    seen: set[int] = set()  # hints already read: the blocks of one box share their chain of hints (speed only)
    advertisement = Label.ADVERTISEMENT  # read once (see the note under Label in _types)
    for seg in tree.segments:
        hint = seg.hints
        while hint is not None and hint.node not in seen:
            seen.add(hint.node)
            if hint.label is advertisement:
                if tree.own_hint[hint.node] is advertisement:
                    ads.add(hint.node)
            elif hint.reason.endswith(TAIL_HINT_NOTE):
                categories.add(hint.node)
            hint = hint.parent
    if not categories and not ads:
        return frozenset()
    end = tree.end
    named: list[int] = []
    if categories:
        text = _chars_within([(seg.node, seg.chars) for seg in tree.segments if seg.node >= 0])
        named += [node for node in categories if text(node, end[node]) >= _CATEGORY_LIST_CHARS]
    if ads:
        tags = tree.tags
        paragraphs = _chars_within([(seg.node, seg.chars) for seg in tree.segments
                                    if seg.node >= 0 and tags[seg.node] == "p"])
        named += [node for node in ads if paragraphs(node, end[node]) >= _AD_FEED_CHARS]
    return frozenset(named)


def _chars_within(blocks: list[tuple[int, int]]) -> Callable[[int, int], int]:
    """The characters of the blocks ``(node, chars)`` whose node lies between two nodes (an element and its last
    descendant), from running sums over the blocks in node order: cheaper than a subtree sum over every element
    when only a few elements are asked about."""
    blocks.sort()
    nodes = [node for node, _ in blocks]
    upto = list(accumulate((chars for _, chars in blocks), initial=0))
    return lambda first, last: upto[bisect_right(nodes, last)] - upto[bisect_left(nodes, first)]


def _boxed(tree: Tree, node: int, wrappers: frozenset[int]) -> bool:
    """An ancestor of ``node`` names another kind of box (a consent dialog's tabs): its parts are that box's."""
    up = tree.parent[node]
    while up >= 0:
        label = tree.own_hint[up]
        if label is not None and label is not Label.NAVIGATION and up not in wrappers:
            return True
        up = tree.parent[up]
    return False


def _under_replies(hints: Hint | None, wrappers: frozenset[int]) -> bool:
    """The nearest valid comments hint around a block names comments or replies, not reviews (``REVIEW_TOKENS``: a
    product's customers' reviews are never the replies of a thread)."""
    hint = _nearest(hints, wrappers, _COMMENTS)
    return hint is not None and hint.reason not in _REVIEW_REASONS


def _nearest(hints: Hint | None, wrappers: frozenset[int], labels: frozenset[Label]) -> Hint | None:
    """The nearest valid ancestor hint with one of ``labels``, or None."""
    hint = valid_hint(hints, wrappers)
    while hint is not None:
        if hint.label in labels:
            return hint
        hint = valid_hint(hint.parent, wrappers)
    return None


def _under(hints: Hint | None, wrappers: frozenset[int], labels: frozenset[Label]) -> bool:
    """True when any valid ancestor hint has one of ``labels`` (a caption inside a menu is still in the menu)."""
    return _nearest(hints, wrappers, labels) is not None


def _prose_scores(tree: Tree, prose_segs: list[Segment], wrappers: frozenset[int],
                  excluded: frozenset[Label]) -> tuple[list[int], list[float]]:
    """Prose characters per subtree, and readability-style paragraph points per container."""
    n = len(tree.depth)
    score = [0.0] * n
    own = [0] * n
    parent = tree.parent
    for seg in prose_segs:
        if _under(seg.hints, wrappers, excluded):
            continue
        own[seg.node] += seg.chars
        points = 1.0 + seg.text.count(",") + min(3.0, seg.chars / 100)
        up = parent[seg.node]
        for share in _SCORE_SHARES:
            if up < 0:
                break
            score[up] += points * share
            up = parent[up]
    return _subtree_sums(tree, own), score


def _prose_segments(tree: Tree, options: Options) -> list[Segment]:
    """Prose-shaped segments, less teaser excerpts: an excerpt cut with "…", a paragraph right under a link
    headline in the same small box (a card: headline link + blurb; looking further back takes forum posts under
    their author's link for cards), and what a teaser heading's box holds."""
    out: list[Segment] = []
    prev: Segment | None = None
    box_end = -1  # end of the box a teaser heading ("You may also like") opened
    for seg in tree.segments:
        if (seg.node >= 0 and seg.chars <= _TEASER_HEADING_CHARS and seg.link_density < _HEADING_LINK_DENSITY
                and RELATED_HEADING.match(seg.text)):  # a linked "Read more" ends a card, it names no box
            box_end = max(box_end, tree.end[_teaser_box(tree, seg.node)])
        elif (seg.node > box_end and is_prose(seg, options) and not ELLIPSIS_END.search(seg.text)
                and not (prev is not None and seg.chars <= _CARD_BLURB_CHARS and _is_headline_link(prev)
                         and _near(tree, prev.node, seg.node))):
            out.append(seg)
        prev = seg
    return out


def _teaser_box(tree: Tree, heading: int) -> int:
    """The box a teaser heading names: the parent element it opens, widened while the box holds nothing but the
    heading (a title bar above the list), and never a page section."""
    inner, box = heading, tree.parent[heading]
    if box <= 0 or heading != box + 1:
        return heading  # a heading in the middle of a block of text opens no box
    for _ in range(_TEASER_BOX_LEVELS):
        up = tree.parent[box]
        if up <= 0 or inner != box + 1 or box != up + 1 or tree.end[box] != tree.end[inner]:
            break  # the box holds more than the heading's own chain of elements
        inner, box = box, up
    if tree.end[box] - box > _TEASER_BOX_ELEMENTS:
        return heading
    return box


def _is_headline_link(seg: Segment) -> bool:
    return seg.link_density >= _CARD_LINK_DENSITY and seg.words <= _CARD_HEADLINE_WORDS


def _near(tree: Tree, a: int, b: int) -> bool:
    """``a`` and ``b`` share an ancestor within a few levels (they sit in one small box)."""
    ups: set[int] = set()
    node = a
    for _ in range(_CARD_LEVELS):
        node = tree.parent[node]
        if node < 0:
            break
        ups.add(node)
    node = b
    for _ in range(_CARD_LEVELS):
        node = tree.parent[node]
        if node < 0:
            break
        if node in ups:
            return True
    return False


def _deepest_holder(tree: Tree, prose: list[int], options: Options) -> int:
    """The deepest element holding ``region_share`` of the page's prose."""
    need = options.region_share * prose[0]
    best = 0
    for node, held in enumerate(prose):
        if held >= need and tree.depth[node] >= tree.depth[best]:
            best = node
    return best


def _contains(tree: Tree, outer: int, nodes: list[int]) -> bool:
    return all(outer <= node <= tree.end[outer] for node in nodes)


def _in_any(tree: Tree, node: int, members: Iterable[int]) -> bool:
    """The node is one of the members or inside one of them."""
    return any(m <= node <= tree.end[m] for m in members)


def _article_parts(tree: Tree, top: int, score: list[float]) -> list[int]:
    """The best container and its siblings that score nearly as well (an article split by ad slots)."""
    spans = [top]
    up = tree.parent[top]
    if up >= 0:
        for sib in _children(tree, up):
            if sib != top and score[sib] >= _SIBLING_SHARE * score[top]:
                spans.append(sib)
    return sorted(spans)


def _article_wrapper(tree: Tree, top: int, levels: int = _ARTICLE_CLIMB) -> int:
    """The nearest <article>/hentry/articleBody ancestor within a few levels, or ``top`` itself."""
    climb, steps = top, 0
    while climb >= 0 and steps <= levels:
        if tree.content_hint[climb]:
            return climb
        climb = tree.parent[climb]
        steps += 1
    return top


def _main_element(tree: Tree, node: int) -> int:
    """The <main> (or role="main") element around ``node``, or -1."""
    while node >= 0:
        if node in tree.main:
            return node
        node = tree.parent[node]
    return -1


def _siblings_like(tree: Tree, node: int) -> list[int]:
    """``node`` and its siblings with the same signature (tag and first class name)."""
    up = tree.parent[node]
    if up < 0:
        return [node]
    sig = tree.sig[node]
    return [sib for sib in _children(tree, up) if tree.sig[sib] == sig]


def _records_around(tree: Tree, top: int, prose: list[int], options: Options) -> tuple[list[int], bool]:
    """When the best paragraphs sit in one record of a list whose other records hold prose too (the posts of a
    thread, the answers of a Q&A page), the region is that list of records. Also says whether they are every one
    of their kind under their parent (none left out for opening with a teaser heading)."""
    climb, steps = top, 0
    while climb > 0 and steps <= _RECORD_CLIMB:
        members = _siblings_like(tree, climb)
        with_prose = [m for m in members if prose[m] >= options.min_prose_chars]
        chrome = any(tree.own_hint[m] in _CHROME_LABELS or tree.own_hint[m] is Label.OTHER for m in members
                     if tree.own_hint[m] is not Label.COMMENTS)
        if len(with_prose) >= 2 and len(members) <= _MAX_RECORDS and not chrome:
            headed = _teaser_headed(tree, members)
            kept = [m for m in members if m not in headed]
            if len(kept) < len(members) and len(kept) == 1:
                return [], False  # the article and a "You may also like" box after it: not a thread
            return kept, len(kept) == len(members)
        climb = tree.parent[climb]
        steps += 1
    return [], False


def _member_of(tree: Tree, members: list[int]) -> Callable[[int], int]:
    """For sibling subtrees ``members`` (in document order): the member holding an element, or -1. A binary
    search, so that a pass over all blocks stays O(blocks log members) on pages of many records."""
    starts = sorted(members)

    def find(node: int) -> int:
        k = bisect_right(starts, node) - 1
        return starts[k] if k >= 0 and node <= tree.end[starts[k]] else -1

    return find


def _teaser_headed(tree: Tree, members: list[int]) -> set[int]:
    """The members whose first block is a teaser heading ("Related", "Você pode gostar...")."""
    member_of = _member_of(tree, members)
    seen: set[int] = set()
    headed: set[int] = set()
    for seg in tree.segments:
        m = member_of(seg.node)
        if m >= 0 and m not in seen:
            seen.add(m)
            if RELATED_HEADING.match(seg.text):
                headed.add(m)
    return headed


def _entry_text(tree: Tree, options: Options, wrappers: frozenset[int]) -> tuple[list[int], list[int]]:
    """Characters, and link characters, of every block not named as site chrome, summed per subtree."""
    own = [0] * len(tree.depth)
    links = [0] * len(tree.depth)
    for seg in tree.segments:
        if seg.node < 0:
            continue
        hint = valid_hint(seg.hints, wrappers)
        if hint is None or hint.label not in _CHROME_LABELS:
            own[seg.node] += seg.chars
            links[seg.node] += seg.link_chars
    return _subtree_sum_pair(tree, own, links)


def _entry_templates(tree: Tree, members: list[int], text: list[int]) -> frozenset[int]:
    """Elements inside a listing's entries that carry a class hint and hold most of their entry's text: the
    entry's own template ("product-caption" around a card's name, blurb and price), not a box inside it."""
    found: set[int] = set()
    own_hint = tree.own_hint
    for member in members:
        least = _TEMPLATE_SHARE * text[member]
        found.update(node for node in range(member + 1, tree.end[member] + 1)
                     if own_hint[node] is not None and text[node] >= least)
    return frozenset(found)


def _mostly_comments(tree: Tree, members: list[int], wrappers: frozenset[int]) -> bool:
    """Most of the entries' text sits under a comments hint: the entries are the posts of a thread."""
    total = marked = 0
    member_of = _member_of(tree, members)
    for seg in tree.segments:
        if member_of(seg.node) >= 0:
            total += seg.chars
            if _under(seg.hints, wrappers, _COMMENTS):
                marked += seg.chars
    return total > 0 and marked >= _COMMENT_SHARE * total


def _kindred_entries(tree: Tree, spans: list[int], members: list[int], text: list[int],
                     wrappers: frozenset[int]) -> list[int]:
    """Entries of the listing's card (same tag and class) in other lists of the same section: a topic page's
    "Latest" row above its river of the same cards. The section is the element a few levels above the list, below
    the page's root; the cards come ``_KIN_ROW`` or more to a parent (a promoted card alone stays out), and those in
    site chrome stay out."""
    sig = tree.sig[members[0]]
    up = tree.parent[members[0]]
    for _ in range(_KIN_CLIMB):
        parent = tree.parent[up]
        if parent < 0 or tree.tags[parent] in _PAGE_TAGS:
            break
        up = parent
    kin: list[int] = []
    node = up + 1
    while node <= tree.end[up]:
        if (tree.sig[node] == sig and text[node] >= _MIN_ENTRY_CHARS and not _in_any(tree, node, spans)
                and not _in_chrome(tree, node, wrappers)):
            kin.append(node)
            node = tree.end[node]
        node += 1
    rows = Counter(tree.parent[k] for k in kin)
    return [k for k in kin if rows[tree.parent[k]] >= _KIN_ROW]


def _headline_list(listing: tuple[int, list[int]], links: list[int]) -> bool:
    """The entries are bare linked headlines (a "more news" list), not cards with a blurb."""
    total, members = listing
    return (sum(links[m] for m in members) >= _HEADLINE_LIST_LINKS * total
            and total < _HEADLINE_CHARS * len(members))


def _in_chrome(tree: Tree, node: int, wrappers: frozenset[int]) -> bool:
    """``node`` or an ancestor is site chrome or an <aside> (and not a layout name). Class names such as
    "sidebar" or "search" are not enough: themes put a search page's results or a blog's posts in them."""
    while node >= 0:
        if node not in wrappers and (tree.own_hint[node] in _CHROME_LABELS or tree.tags[node] == "aside"):
            return True
        node = tree.parent[node]
    return False


def _listing_above(tree: Tree, region: int, listing: tuple[int, list[int]], text: list[int]) -> bool:
    """On a page that is no article, a list of entries above the region, held with it a few levels up by an
    element that holds little else, is part of the page: a category page's grid of products above the buying
    advice, a list of programmes above its description (wcxb-dev: +0.0012, collection pages +0.014)."""
    held, members = listing
    if held < _BESIDE_SHARE * text[region] or members[0] > region or _in_any(tree, region, members):
        return False  # a list below the text is its related cards or metadata rows (measured: a loss on both sets)
    up = tree.parent[region]
    for _ in range(_BESIDE_CLIMB):
        if up < 0 or tree.tags[up] in _PAGE_TAGS:
            return False
        if _contains(tree, up, members):
            return text[up] <= _BESIDE_SLACK * (text[region] + held)
        up = tree.parent[up]
    return False


def _best_listing(tree: Tree, text: list[int], links: list[int], top: int,
                  wrappers: frozenset[int]) -> tuple[int, list[int]] | None:
    """The list of similar sibling entries (cards, rows, items) holding the most text. Entries mostly carry a
    link (a headline to follow), none of them holds the best paragraphs (that is a page layout), and the list
    does not sit in a sidebar or other chrome (a "more news" rail)."""
    groups: dict[tuple[int, str], list[int]] = {}
    for node in range(1, len(tree.depth)):
        if text[node] >= _MIN_ENTRY_CHARS:
            groups.setdefault((tree.parent[node], tree.sig[node]), []).append(node)
    best: tuple[int, list[int]] | None = None
    for members in groups.values():
        if len(members) < _MIN_ENTRIES:
            continue
        total = sum(text[m] for m in members)
        if any(m <= top <= tree.end[m] and text[m] >= _LAYOUT_SHARE * total for m in members):
            continue  # the entry holding the best paragraphs outweighs the others: columns of a layout
        if any(tree.own_hint[m] is not None and tree.own_hint[m] is not Label.RELATED for m in members):
            continue  # sidebar boxes, menus, ad slots: a row of them is site chrome, not a listing
        if sum(1 for m in members if links[m]) < _LINKED_ENTRIES * len(members):
            continue
        if _in_chrome(tree, tree.parent[members[0]], wrappers):
            continue
        if best is None or total > best[0]:
            best = (total, members)
    return best
