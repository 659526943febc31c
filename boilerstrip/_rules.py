"""First pass: one small, pure rule per kind of evidence. Each returns a Verdict with its reason, or None.

Rules see one segment and the page-level facts in :class:`RuleContext`; they never look at neighbours (that is
the context pass, ``_context.py``). The first rule that returns a verdict decides the first-pass label.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ._options import Options
from ._patterns import (
    AD_CONTINUE_LINE,
    AD_LABELLED_LINE,
    AD_LINE,
    AGENCY_CREDIT_END,
    AGENCY_SLASH,
    BREADCRUMB,
    BYLINE_LINE,
    BYLINE_NAME,
    CALL_TO_ACTION_LINE,
    CAPTION_LEAD_IN,
    CAPTION_WORDING,
    COMMENT_FORM_PHRASE,
    COMMENTS_LINE,
    COOKIE_PHRASE,
    COOKIE_STATEMENT,
    COPYRIGHT_NOTICE,
    COUNTER,
    CREDIT_AGENCY_LINE,
    CREDIT_LEAD_IN,
    CREDIT_LINE,
    DATE_LINE,
    DISCLOSURE,
    FOLLOW_LINE,
    ICON_ONLY,
    INLINE_CREDIT_END,
    LEGAL_LINK_LINE,
    LEGAL_PHRASE,
    LETTER_WORD,
    MARKUP_TEXT,
    MENU_ROW,
    NAVIGATION_LINE,
    NEWSLETTER_CALL,
    NEWSLETTER_NOUN,
    NEWSLETTER_PHRASE,
    OTHER_LINE,
    PLACEHOLDER_TEXT,
    POSTER_DETAIL_LINE,
    POSTER_STAT_TERM,
    RELATED_HEADING,
    RELATED_LEAD_IN,
    RELATIVE_TIME_LINE,
    SHARE_BUTTON_LINE,
    SHARE_LINE,
    SHARE_TOKEN_LINE,
    SHOP_CONTROL_LINE,
    SUBSCRIPTION_LINK,
    TAXONOMY_LINE,
    TITLE_SPLIT,
    WHITESPACE,
    Gate,
    gate_text,
)
from ._segment import Segment
from ._types import InputKind, Label, TimeBudgetError, Verdict

_SHORT_NEWSLETTER_WORDS = 40  # a sign-up prompt is a sentence or two; longer prose that mentions one is content
_IN_ARTICLE_PROMPT_WORDS = 16  # inside the article a sign-up prompt is a short line, never a heading
_LINKED_SENTENCE_WORDS = 8  # a block this long that ends a sentence is prose even when much of it is a link
_ALL_LINK = 0.9  # ... unless nearly all of it is one
# longest caption (words) we recognise by its trailing credit: a diagram's caption runs to 70-100 words (70 left two
# such captions of one aeb page in the text; at 100, no page of aeb or wcxb-dev is worse in text or HTML mode)
_CAPTION_WORDS = 100
# shortest caption (words) we recognise by its wording alone: a caption says what the photo shows in a sentence; a
# shorter line with a weekday and a date is a byline's time stamp ("4:00 am CST, Wednesday, November 20, 2019")
_CAPTION_MIN_WORDS = 10
_DISCLOSURE_WORDS = 60  # a disclosure is a sentence or two; a longer block mentioning commissions is an article
_COOKIE_WORDS = 120  # consent texts run long, but a cookie banner is never article-length
_BYLINE_WORDS = 16  # "By Jane Doe and John Roe, Staff Writers | Updated March 3, 2025 at 4:05 p.m. EST"
_CREDIT_WORDS = 16  # "Photo: Jane Doe / Reuters" and the like
_TICKER_WORDS = 20  # a ticker repeats its phrase across the page's width; a few repeats are a table's header row
_TICKER_PHRASE_WORDS = 6  # ... and its phrase is a call to action or a slogan, a few words long
_TICKER_VARIETY = 0.1  # distinct words per word: "Book Now *" ten times or more
_POSTER_DETAIL_WORDS = 12  # "Joined: Mon Jul 24, 2017 9:28 am", "Last edited by a moderator: Jul 21, 2024"


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Page-level facts a first-pass rule may use."""

    options: Options
    kind: InputKind
    titles: frozenset[str]  # normalised headline variants
    user_phrases: tuple[str, ...]  # lower-cased Options.boilerplate_phrases
    admitted: frozenset[Label] = frozenset()  # hint labels that are content inside the region on this page


Rule = Callable[[Segment, RuleContext], "Verdict | None"]


def normalise_title(text: str) -> str:
    # A printable text without two spaces in a row has no run of whitespace to squeeze (every whitespace character
    # but the space is unprintable): most blocks, which the walk already squeezed, skip the regex.
    if not text.isprintable() or "  " in text:
        text = WHITESPACE.sub(" ", text)
    return text.strip().casefold().strip(" .:!?\"'“”‘’")


def title_variants(*candidates: str | None, site_last: bool = False) -> frozenset[str]:
    """Every plausible headline form of the page title: whole, and each side of a " | Site Name" split. With
    ``site_last``, the last side of a split is the site's name ("… - Docker Community Forums"), not a headline form:
    a text dump prints the site's name again in its header and footer, where it is a menu entry."""
    out: set[str] = set()
    for text in candidates:
        if not text:
            continue
        whole = normalise_title(text)
        if len(whole) >= 8:
            out.add(whole)
        parts = TITLE_SPLIT.split(text)
        if site_last and len(parts) > 1:
            parts = parts[:-1]
            *_, last = TITLE_SPLIT.finditer(text)
            parts.append(text[:last.start()])  # the headline without the site's name, split where it may be
        for part in parts:
            part = normalise_title(part)
            if len(part) >= 15 and len(part.split()) >= 3:
                out.add(part)
    return frozenset(out)


def rule_user_phrase(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if ctx.user_phrases:
        low = seg.text.casefold()
        for phrase in ctx.user_phrases:
            if phrase in low:
                return Verdict(Label.OTHER, f"matches the user boilerplate phrase '{phrase}'")
    return None


def rule_no_words(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if ICON_ONLY.match(seg.text):
        return Verdict(Label.OTHER, "no words: icons or punctuation only")
    return None


def rule_markup(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if MARKUP_TEXT.search(seg.text):
        return Verdict(Label.OTHER, "markup shown as text (a tracking pixel, a broken embed, a shortcode)")
    return None


def rule_placeholder(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if PLACEHOLDER_TEXT.match(seg.text):
        return Verdict(Label.OTHER, "placeholder text (lorem ipsum)")
    return None


def rule_ticker(seg: Segment, ctx: RuleContext) -> Verdict | None:
    """A marquee: one short phrase ("Book Now *") printed over and over to scroll across the page."""
    if seg.words < _TICKER_WORDS or seg.tag == "pre":
        return None
    text = seg.text
    if text.count(text.split(None, 1)[0]) * _TICKER_PHRASE_WORDS < seg.words:
        return None  # the first word does not come back often enough (nearly every block stops here)
    words = text.split()
    if len(set(words)) <= _TICKER_VARIETY * len(words) and LETTER_WORD.search(text):
        return Verdict(Label.OTHER, "one phrase repeated over and over (a scrolling ticker)")
    return None


def rule_ad_marker(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if seg.words <= 12 and (AD_LINE.match(seg.text) or AD_CONTINUE_LINE.match(seg.text)):
        return Verdict(Label.ADVERTISEMENT, "ad marker line")
    if seg.words <= 12 and ctx.kind is InputKind.HTML and AD_LABELLED_LINE.match(seg.text):
        return Verdict(Label.ADVERTISEMENT, "an ad marker and the ad's own line")
    return None


_LEAD_IN_WORDS = 30  # words of a labelled line: the label and one headline or caption (a longer line is prose)


def rule_lead_in(seg: Segment, ctx: RuleContext) -> Verdict | None:
    """Text input: a line that names its role in a lead-in ("Related: ...", "Image caption ...", "Image copyright
    ..."), a share button's screen-reader text or a line naming the networks to follow the site on."""
    if seg.words > _LEAD_IN_WORDS:
        return None
    text = seg.text
    if RELATED_LEAD_IN.match(text):
        return Verdict(Label.RELATED, f"a link to another story under the lead-in '{_shorten(text.split(':')[0])}:'")
    if CAPTION_LEAD_IN.match(text):
        return Verdict(Label.CAPTION, "a caption marked as one ('Image caption ...')")
    if CREDIT_LEAD_IN.match(text):
        return Verdict(Label.CREDIT, "a photo credit marked as one ('Image copyright ...')")
    if SHARE_BUTTON_LINE.match(text) or FOLLOW_LINE.match(text):
        return Verdict(Label.SHARE, "share button or a line naming the networks to follow the site on")
    return None


def rule_disclosure(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if seg.words <= _DISCLOSURE_WORDS and DISCLOSURE.search(seg.text):
        return Verdict(Label.ADVERTISEMENT, "affiliate or sponsorship disclosure")
    return None


def rule_caption_with_credit(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if seg.words <= _CAPTION_WORDS and (INLINE_CREDIT_END.search(seg.text) or AGENCY_CREDIT_END.search(seg.text)):
        return Verdict(Label.CAPTION, "caption ending with its photo credit")
    return None


def _caption_wording(text: str) -> bool:
    """CAPTION_WORDING, where a place in the photo (", left,") follows a capitalised word: a person's name."""
    for match in CAPTION_WORDING.finditer(text):
        before = text[:match.start()].rsplit(None, 1)
        if match.group(1) is None or (before and before[-1][:1].isupper()):
            return True
    return False


def rule_caption_wording(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if _CAPTION_MIN_WORDS <= seg.words <= _CAPTION_WORDS and _caption_wording(seg.text):
        return Verdict(Label.CAPTION, "photo caption wording (', left,', 'In this … file photo', a weekday and year)")
    return None


def rule_title(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if seg.words > 40 or not ctx.titles:
        return None
    linked_entry = seg.link_density > ctx.options.max_link_density and seg.tag not in ("h1", "h2")
    if not linked_entry and normalise_title(seg.text) in ctx.titles:
        return Verdict(Label.TITLE, "the page headline (matches the page title)")
    return None


def rule_credit(seg: Segment, ctx: RuleContext) -> Verdict | None:
    text = seg.text
    if (seg.words <= _CREDIT_WORDS and (CREDIT_LINE.search(text) or CREDIT_AGENCY_LINE.match(text))
            and not COPYRIGHT_NOTICE.search(text)):
        return Verdict(Label.CREDIT, "photo or media credit")
    return None


# Labels the rules compare for every block, read once (see the note under Label in _types: speed only)
_SHARE, _CAPTION, _COMMENTS, _COOKIE, _ADVERTISEMENT, _LEGAL = (
    Label.SHARE, Label.CAPTION, Label.COMMENTS, Label.COOKIE, Label.ADVERTISEMENT, Label.LEGAL)


def _in_box(seg: Segment, *labels: Label) -> bool:
    """The segment stands in a box the markup names as one of ``labels`` (its wording yields to the box)."""
    return seg.hint is not None and seg.hint.label in labels


def rule_cookie(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if seg.words > _COOKIE_WORDS:
        return None
    if COOKIE_STATEMENT.search(seg.text):
        return Verdict(Label.COOKIE, "cookie or consent statement")
    hits = {m.group(0).casefold().removesuffix("s") for m in COOKIE_PHRASE.finditer(seg.text)}  # (vendor, vendors: one)
    if len(hits) >= 2 or (hits and seg.words <= 12 and not seg.in_region and ctx.kind is InputKind.HTML):
        return Verdict(Label.COOKIE, "cookie or consent wording")
    return None


def rule_comment_form(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if seg.words <= 60 and COMMENT_FORM_PHRASE.search(seg.text):
        return Verdict(Label.COMMENTS, "comment form wording")
    return None


def rule_short_phrases(seg: Segment, ctx: RuleContext) -> Verdict | None:
    """Short blocks whose wording says what they are: headings of teaser lists, share bars, bylines..."""
    text = seg.text
    if _in_box(seg, _COMMENTS, _COOKIE, _ADVERTISEMENT):
        return None  # the box's own name outweighs a phrase inside it ("try it free" in a sponsored card)
    if seg.words <= 12 and TAXONOMY_LINE.match(text):
        return Verdict(Label.NAVIGATION, "tag or category list")
    if seg.words <= ctx.options.teaser_max_words:
        if RELATED_HEADING.match(text):
            return Verdict(Label.RELATED, f"a '{_shorten(text)}' teaser heading")
        if SHARE_LINE.match(text) or SHARE_TOKEN_LINE.match(text):
            return Verdict(Label.SHARE, "share or follow link")
        if COMMENTS_LINE.match(text):
            return Verdict(Label.COMMENTS, "comments heading or counter")
    if COUNTER.match(text):
        return Verdict(Label.SHARE, "a bare like or share count")
    if DATE_LINE.match(text) and seg.in_region is False and ctx.kind is InputKind.HTML and seg.hint is not None \
            and seg.hint.label is Label.NAVIGATION:
        return Verdict(Label.OTHER, "today's date in the site's header bar")
    if seg.words <= _BYLINE_WORDS and (BYLINE_NAME.match(text) or BYLINE_LINE.search(text) or DATE_LINE.match(text)
                                       or RELATIVE_TIME_LINE.match(text)):
        return Verdict(Label.BYLINE, "author, date or reading-time line")
    limit = _IN_ARTICLE_PROMPT_WORDS if seg.in_region else _SHORT_NEWSLETTER_WORDS
    if (seg.words <= limit and NEWSLETTER_PHRASE.search(text)
            and not (ctx.kind is InputKind.HTML and seg.in_region and not asks_to_subscribe(text))
            and not (ctx.kind is InputKind.TEXT and SUBSCRIPTION_LINK.match(text))  # HTML: its box says what it is
            and not (seg.in_region and seg.is_heading and not NEWSLETTER_CALL.match(text))):
        return Verdict(Label.NEWSLETTER, "subscription or sign-up prompt")
    if seg.words <= ctx.options.teaser_max_words and LEGAL_PHRASE.search(text):
        return Verdict(Label.LEGAL, "copyright, terms or privacy wording")
    return None


def asks_to_subscribe(text: str) -> bool:
    """The sign-up wording is more than nouns (HTML, in the article's region): "Recent subscribers: 94% engaged" or "No
    subscription fees" talk about subscriptions; a prompt asks for one ("Subscribe", "your inbox", "Sign up")."""
    return NEWSLETTER_PHRASE.search(NEWSLETTER_NOUN.sub(" ", text)) is not None


def rule_hint(seg: Segment, ctx: RuleContext) -> Verdict | None:
    hint = seg.hint
    if hint is None:
        return None
    label, reason = hint.label, hint.reason
    if seg.in_region and label in ctx.admitted:
        return None
    if label is _SHARE and seg.in_region and seg.chars >= ctx.options.min_prose_chars and seg.punct >= 2:
        return None  # share bars hold no sentences: this is an embedded post quoted by the article
    if label is _CAPTION and seg.words > 120:
        return None  # a "caption" wrapper around a long text is a theme's name for something else
    return _hint_verdict(label, reason)


@functools.lru_cache(maxsize=4096, typed=True)  # typed: a Label is never taken for the str of its value
def _hint_verdict(label: Label, reason: str) -> Verdict:
    """``Verdict(label, reason)``: a hint's few reasons recur on every block under it (most blocks of a page), and a
    Verdict is immutable, so one is built per (label, reason) and shared. Memoised for speed only."""
    return Verdict(label, reason)


_POSTER_DETAILS = Verdict(Label.BYLINE, "a forum poster's details (rank, join date, post count)")


def rule_poster_details(seg: Segment, ctx: RuleContext) -> Verdict | None:
    """The card beside a forum post: the poster's rank, join date and counts (the poster's name stays)."""
    if seg.words <= _POSTER_DETAIL_WORDS and (POSTER_DETAIL_LINE.match(seg.text)
                                              or (seg.tag == "dt" and POSTER_STAT_TERM.match(seg.text))):
        return _POSTER_DETAILS
    return None


_SHOP_CONTROL = Verdict(Label.OTHER, "a shop's button (add to cart, compare, quantity, stock)")


def rule_shop_controls(seg: Segment, ctx: RuleContext) -> Verdict | None:
    return _SHOP_CONTROL if SHOP_CONTROL_LINE.match(seg.text) else None


_CALL_TO_ACTION = Verdict(Label.OTHER, "a call-to-action button (learn more, get started, book a demo)")


def rule_calls_to_action(seg: Segment, ctx: RuleContext) -> Verdict | None:
    return _CALL_TO_ACTION if CALL_TO_ACTION_LINE.match(seg.text) else None


def rule_menu_words(seg: Segment, ctx: RuleContext) -> Verdict | None:
    text = seg.text
    if seg.words > 12 or _in_box(seg, _LEGAL, _COMMENTS, _COOKIE):
        return None
    if MENU_ROW.match(text):
        return Verdict(Label.NAVIGATION, "a row of menu entries")
    if NAVIGATION_LINE.match(text):
        return Verdict(Label.NAVIGATION, "menu or pagination word")
    # In a page's article a trail is its links ("Home » Guides"): a line of the text with only the shape ("302ms →
    # 261ms", "jobs / funding", a table row "11% / 35%") stays (wcxb-dev +0.0002, 16 pages better, 2 worse)
    if seg.words >= 2 and BREADCRUMB.match(text) and not (
            ctx.kind is InputKind.HTML and seg.in_region and not seg.link_chars):
        return Verdict(Label.NAVIGATION, "breadcrumb trail")
    if OTHER_LINE.match(text):
        return Verdict(Label.OTHER, "account, search or player control")
    return None


def rule_footer_links(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if (seg.words <= 12 and LEGAL_LINK_LINE.match(seg.text)
            and not _in_box(seg, Label.NAVIGATION, Label.COMMENTS, Label.COOKIE)):
        return Verdict(Label.LEGAL, "site footer link (about, contact, careers...)")
    return None


_LINKED_DATA_TAGS = frozenset({"tr", "td", "th", "pre"})
_PERMALINK_MARKS = ("¶", "#", "§", "🔗")  # marks of a heading's link to itself


def rule_link_list(seg: Segment, ctx: RuleContext) -> Verdict | None:
    if seg.link_chars and seg.link_density > ctx.options.max_link_density:
        if seg.in_entries:
            return None  # a list's entries: their links are their headlines
        if seg.in_region and seg.is_heading and seg.text.endswith(_PERMALINK_MARKS):
            return None  # a section heading that links to itself ("Introduction¶"): docs generators do this
        if (seg.in_region and seg.words >= _LINKED_SENTENCE_WORDS and seg.ends_sentence
                and seg.link_density < _ALL_LINK):
            return None  # a sentence of the article with a long link in it (a list of news items, say)
        if seg.in_region and seg.tag in _LINKED_DATA_TAGS:
            return None  # a row of a table or a line of code in the article: data whose cells link somewhere
        if seg.in_region and seg.words > 3:
            return Verdict(Label.RELATED, f"mostly link text ({seg.link_density:.0%}) inside the article")
        return Verdict(Label.NAVIGATION, f"mostly link text ({seg.link_density:.0%})")
    return None


_OUTSIDE = Verdict(Label.OTHER, "outside the main content region")  # immutable: one for every such block


def rule_outside_region(seg: Segment, ctx: RuleContext) -> Verdict | None:
    return None if seg.in_region else _OUTSIDE


HTML_RULES: tuple[Rule, ...] = (
    rule_user_phrase, rule_no_words, rule_markup, rule_placeholder, rule_ticker, rule_ad_marker, rule_disclosure,
    rule_title, rule_credit, rule_caption_with_credit, rule_caption_wording, rule_cookie, rule_comment_form,
    rule_short_phrases, rule_poster_details, rule_shop_controls, rule_calls_to_action, rule_menu_words,
    rule_footer_links, rule_hint, rule_link_list, rule_outside_region,
)
# Text rules whose verdict stands even where the line model reads the line otherwise: wording this specific
# ("- Advertisement -", "Photo: AP", "Share on Facebook", "Related stories") is right more often than the model.
TRUSTED_TEXT_RULES = frozenset({"rule_user_phrase", "rule_ad_marker", "rule_disclosure", "rule_lead_in", "rule_credit",
                                "rule_cookie", "rule_comment_form", "rule_short_phrases", "rule_caption_with_credit",
                                "rule_caption_wording", "rule_menu_words", "rule_title", "rule_poster_details"})
# Trusted rules whose wording lists ("Related", "Home", "Share") a line in another role can share: the line model,
# reading the line with its neighbours, overrules them where it is sure (labelled-dev held out: 0.725 -> 0.740).
MODEL_OVERRULES = frozenset({"rule_short_phrases", "rule_menu_words"})
TEXT_RULES: tuple[Rule, ...] = (
    rule_user_phrase, rule_no_words, rule_ad_marker, rule_disclosure, rule_lead_in, rule_credit,
    rule_caption_with_credit, rule_caption_wording, rule_cookie, rule_comment_form, rule_short_phrases,
    rule_poster_details, rule_menu_words, rule_title, rule_footer_links,
)


# Rules that have no verdict unless one of these patterns matches the block (read each rule: every verdict it
# returns needs one of them). first_pass asks the gate, one or two regex calls for all of them, and skips the rule
# when it says no; most blocks match none of the wording, so most rules are never called. A rule added here must
# keep that property; one whose patterns change must have its gate changed with them.
RULE_GATES: dict[Rule, Gate] = {
    rule_no_words: Gate(ICON_ONLY),
    rule_markup: Gate(MARKUP_TEXT),
    rule_placeholder: Gate(PLACEHOLDER_TEXT),
    rule_ad_marker: Gate(AD_LINE, AD_CONTINUE_LINE, AD_LABELLED_LINE),
    rule_disclosure: Gate(DISCLOSURE),
    rule_lead_in: Gate(RELATED_LEAD_IN, CAPTION_LEAD_IN, CREDIT_LEAD_IN, SHARE_BUTTON_LINE, FOLLOW_LINE),
    rule_credit: Gate(CREDIT_LINE, CREDIT_AGENCY_LINE),
    rule_caption_with_credit: Gate(INLINE_CREDIT_END, AGENCY_SLASH),
    rule_caption_wording: Gate(CAPTION_WORDING),
    rule_cookie: Gate(COOKIE_STATEMENT, COOKIE_PHRASE),
    rule_comment_form: Gate(COMMENT_FORM_PHRASE),
    rule_short_phrases: Gate(TAXONOMY_LINE, RELATED_HEADING, SHARE_LINE, SHARE_TOKEN_LINE, COMMENTS_LINE, COUNTER,
                             DATE_LINE, BYLINE_NAME, BYLINE_LINE, RELATIVE_TIME_LINE, NEWSLETTER_PHRASE,
                             LEGAL_PHRASE),
    rule_poster_details: Gate(POSTER_DETAIL_LINE, POSTER_STAT_TERM),
    rule_shop_controls: Gate(SHOP_CONTROL_LINE),
    rule_calls_to_action: Gate(CALL_TO_ACTION_LINE),
    rule_menu_words: Gate(MENU_ROW, NAVIGATION_LINE, BREADCRUMB, OTHER_LINE),
    rule_footer_links: Gate(LEGAL_LINK_LINE),
}
_GATE_CHARS = 400  # longer blocks skip the gates (their rules stop early on the word count anyway)
_TIME_CHECK_EVERY = 512  # segments between two looks at the clock: cheap, and well under a second apart


_GATE_MEMO = 8192  # texts remembered by _rules_to_ask (short ones only: ~2 MB; 16,384 held ~4 MB)


@functools.cache
def _any_gate(gates: tuple[Gate, ...]) -> Gate:
    """The union of ``gates`` (built once per rule list: merging the alternations compiles a large regex)."""
    return Gate.union(gates)


@functools.cache
def _rules_to_ask(rules: tuple[Rule, ...]) -> Callable[[str], tuple[Rule, ...]]:
    """For a rule list, the function that gives the rules of it to ask about a block's text, in order: the ungated
    ones and those whose gate may match it.

    Most blocks hold none of the gated wording: one look with every gate at once (as many regex calls as one gate)
    tells them, and then only the ungated rules run. Which rules to ask is a pure function of the text, so it is
    memoised (for speed only): menus, share bars and footers recur within a page and across a site's pages, and a
    text seen before costs one look-up instead of its gates' regex calls. Texts too long for the gates are not kept.
    """
    plan = [(rule, RULE_GATES.get(rule)) for rule in rules]
    any_gate = _any_gate(tuple(gate for _, gate in plan if gate is not None))
    ungated = tuple(rule for rule, gate in plan if gate is None)

    @functools.lru_cache(maxsize=_GATE_MEMO)
    def gated(text: str) -> tuple[Rule, ...]:
        low = gate_text(text)
        if not any_gate.may_match(text, low):
            return ungated
        return tuple(rule for rule, gate in plan if gate is None or gate.may_match(text, low))

    def to_ask(text: str) -> tuple[Rule, ...]:
        return gated(text) if len(text) <= _GATE_CHARS else rules  # longer blocks: the gates pass

    return to_ask


def first_pass(segments: Sequence[Segment], rules: Sequence[Rule], ctx: RuleContext, default: Verdict,
               deadline: float | None = None) -> None:
    """Give every segment its context-free verdict: the first rule that has one, else ``default``.

    ``deadline`` (a ``time.monotonic()`` value) bounds the pass: past it, a TimeBudgetError is raised.
    """
    to_ask = _rules_to_ask(tuple(rules))
    for i, seg in enumerate(segments):
        if deadline is not None and i % _TIME_CHECK_EVERY == 0 and time.monotonic() > deadline:
            raise TimeBudgetError(
                f"page took longer than the time budget ({ctx.options.time_budget} s, Options.time_budget)")
        verdict = None
        for rule in to_ask(seg.text):
            verdict = rule(seg, ctx)
            if verdict is not None:
                break
        seg.first = verdict or default
        seg.rule = rule.__name__ if verdict is not None else ""


def _shorten(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"

