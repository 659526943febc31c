"""Second pass: decisions that need neighbours or the page as a whole.

Each function takes the segments in reading order (first-pass verdicts set) and sets ``final`` where context
overrules or confirms the first pass. ``finish`` copies every remaining first verdict to ``final``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise

from ._options import Options
from ._patterns import (
    ABOUT_NAME,
    AUTHOR_BOX,
    BIO_OPENING,
    BYLINE_LINE,
    CITATION_MARK,
    COMMENT_HEADER,
    COUNT_END,
    DATE_LINE,
    DATELINE,
    DURATION_END,
    ELLIPSIS_END,
    FIGURE,
    GLUED_HEADLINE,
    INDEX_LETTER,
    LETTER_WORD,
    LIST_NUMBER,
    MIDLINE_DATELINE,
    NEWSLETTER_PHRASE,
    PERSON_NAME,
    POSTED_AGO_LINE,
    REFERENCES_HEADING,
    RELATIVE_TIME_LINE,
    SCHEDULE_ROW,
    SECTION_PART,
    SECTION_TITLE,
    SENTENCE_BREAK,
    SHORT_AGO_LINE,
    SLASHED_CREDIT_END,
    SOURCE_CREDIT,
    WORD,
    YEAR,
)
from ._segment import Segment, xpath_steps
from ._types import Label, Verdict

# Given the segments and a teaser heading's index, which segments may its run reach?
Scope = Callable[[Sequence[Segment], int], Callable[[Segment], bool]]

# Labels the passes below compare for every block, read once (see the note under Label in _types: speed only)
_CONTENT, _BYLINE, _TITLE, _RELATED, _NEWSLETTER, _COMMENTS, _OTHER, _NAVIGATION = (
    Label.CONTENT, Label.BYLINE, Label.TITLE, Label.RELATED, Label.NEWSLETTER, Label.COMMENTS, Label.OTHER,
    Label.NAVIGATION)

_HEADLINE_MAX_WORDS = 20  # longer is a paragraph, even without a full stop
_TEASER_MIN_WORDS = 4  # a teaser headline says something; one to three words are menu entries
_CAPTION_MAX_WORDS = 70  # longest caption we accept next to a credit line
# a credit line this long (words) holds its photo's caption ("Image: Jose Mourinho, left, has replaced ... as manager"):
# the line above it is no caption; a credit alone is a name and an agency ("Photo: Jane Doe, STF / Associated Press")
_CREDIT_WITH_CAPTION_WORDS = 10
_EXCLAIMED_WORDS = 8  # words from which a line ending in ! or ? is a sentence, not a headline
_BYLINE_MAX_WORDS = 12  # a byline is a name, a role, a date: a longer sentence is something else
# The line model overrules a wording-list verdict only this sure (0.90-0.99 measured alike). 0.98 since the model
# learns from 68 pages: it grew surer of menu runs and read a header 'S'abonner' as a menu entry at 97%
# (labelled-dev held out 0.768 at 0.95, 0.766 at 0.98).
_MODEL_SURE = 0.98
_HEADLINE_LOOKBACK = 8  # lines above the first paragraph where the headline may stand
# Words of kept text below a line that make the article go on there: below a repeated headline, what stands kept
# above it is no article; below an "About <Name>" box, the box is a section of the article, not its author's bio.
# For the headline, aeb text mode, all 181 pages: html_text +0.003, lxml-lines +0.003, wrapped +0.004, markdown
# +0.003, inscriptis level (its dumps hold no title line); wcxb-dev every 4th page +0.001; labelled-dev held out
# level. The author boxes' gains are the same with it.
_ARTICLE_BELOW_WORDS = 60
# first-pass rules whose verdict a line keeps even when it stands where the headline would
_HEADLINE_BLOCKERS = frozenset({"rule_ad_marker", "rule_credit", "rule_cookie", "rule_short_phrases",
                                "rule_caption_with_credit", "rule_caption_wording", "rule_no_words", "rule_user_phrase",
                                "rule_menu_words"})
_PROMPT_WORDS = 40  # a sign-up box's blurb is a sentence or two
_NAME_REACH = 2  # blocks between an author's name and the byline line (a "Follow" button)
_BIO_BLOCKS = 3  # an author box: a bio and a line of counts or links
_BIO_WORDS = 80  # longer than this is the article again, not a bio
_BIO_MIN_WORDS = 8  # a bio is a sentence or more; a shorter line under the heading is a link or a count (the
# "About <First Last>" boxes: aeb +0.0016 on every converter, 4 pages better and none worse on each; wcxb-dev every
# 4th unchanged)
_NAMED_BIO_WORDS = 150  # ... and the one naming them may run longer than _BIO_WORDS (a career in one paragraph)
_BUTTON_WORDS = 4  # "Accept and close", "Manage settings"
_BUTTONS = 3  # buttons a cookie banner has under its text
_BOX_HEADING_WORDS = 8  # a box heading is a few words ("Get our seasonal growing guide")
_HEADED_BOXES = frozenset({Label.NEWSLETTER, Label.COMMENTS, Label.COOKIE})
_SANDWICH_MAX_WORDS = 6  # a line this short between two boilerplate blocks is part of them
_POSTER_VALUE_WORDS = 4  # a forum poster's count or join date: "4,726", "Jun 29, 2016"
_COPY_BLOCKS = 3  # blocks of a box that all repeat blocks of another box: the box printed twice
# Characters a block kept twice needs before a screen-size name around one copy makes it a copy: a heading or a line
# of a feature list ("Capture every detail") is printed per screen as its paragraphs are; shorter repeats are dates
# and counts that recur by chance ("Posted March 5, 2024" of two posts; wcxb-dev: 20 -> +0.0009, 40 -> +0.0007)
_SCREEN_COPY_CHARS = 20
_MODEL_REASON = "line model:"  # how a verdict of the line model's starts
# Labels that end a teaser run when met: they are boilerplate of another kind with a clear start of their own.
_RUN_BREAKERS = frozenset({Label.LEGAL, Label.COOKIE, Label.COMMENTS, Label.NEWSLETTER, Label.TITLE})
# Boxes the line model tells from a teaser list by a line's neighbours (a menu, a share bar, a widget): text input
# only, where its reading is the evidence a "Latest" heading would otherwise overrule (labelled-dev held out: a
# "Latest" entry of a mega-menu swallowed the menu under it, a "Recommended" heading the share bar below it).
_MODEL_BOXES = frozenset({Label.NAVIGATION, Label.SHARE, Label.OTHER})
# Times a line must already stand in a teaser list for it to be each card's button or share bar ("Whatsapp Facebook
# Pint Baixar" under every quote of a "You may like" list): the card it closes is the list's too, however long its
# excerpt (two: one card alone repeats nothing). aeb text mode, all pages: +0.0016 to +0.0021 on five converters (one
# page 0.51 -> 0.97 on each; a deals page whose product cards follow a "Don't Miss:" heading 0.37 -> 0.35 on two),
# text-nodes level (its dumps split the bar into one line a button, read as a share bar already); wcxb-dev every 4th
# page unchanged on html_text, inscriptis, lxml-lines and text-nodes
_CARD_CLOSER_SEEN = 2


def current(seg: Segment) -> Verdict:
    verdict = seg.final or seg.first
    assert verdict is not None
    return verdict


def set_final(seg: Segment, label: Label, reason: str) -> None:
    seg.final = Verdict(label, reason)


def is_teaser(seg: Segment, options: Options, *, linked: bool = False) -> bool:
    """Looks like an entry of a teaser list: a headline, an excerpt cut with "…", a link, a date. With
    ``linked`` (HTML, where links are known) a short line without a link is not a teaser headline."""
    if ELLIPSIS_END.search(seg.text):
        return True
    if seg.link_chars and seg.link_density > options.max_link_density:
        return True
    label = current(seg).label
    if label in (Label.BYLINE, Label.CREDIT, Label.RELATED, Label.NAVIGATION, Label.OTHER, Label.SHARE):
        return True
    if linked:
        return False
    return (_TEASER_MIN_WORDS <= seg.words <= options.teaser_max_words
            and not seg.text.rstrip().endswith((".", ":", ";", ",")))


def teaser_runs(segments: Sequence[Segment], options: Options, scope: Scope | None = None) -> None:
    """A "Latest" / "Related" / "Don't miss" heading swallows the teaser list under it (within ``scope``). In text,
    the list's cards may close with the same line each (a share bar, a button): a card closed so is the list's, and
    so is the closing line, however long the card's excerpt."""
    heading: Segment | None = None
    inside: Callable[[Segment], bool] | None = None
    seen: dict[str, int] = {}  # lines met since the heading, and how often (text: a card's closing line recurs)
    for i, seg in enumerate(segments):
        verdict = current(seg)
        if verdict.label is _RELATED and verdict.reason.endswith("teaser heading"):
            heading = seg
            inside = scope(segments, i) if scope is not None else None
            seen = {}
            continue
        if heading is None:
            continue
        if inside is not None and not inside(seg):
            heading = None
            continue
        carded = False
        if scope is None:  # text: no boxes, but a card's closing line recurs
            carded = _closes_cards(seg, segments[i + 1] if i + 1 < len(segments) else None, seen)
            seen[seg.text] = seen.get(seg.text, 0) + 1
        if verdict.label is Label.NAVIGATION and seg.words < _TEASER_MIN_WORDS and scope is None:
            continue  # a menu entry amid the list: neither a teaser nor the end of the list
        if (verdict.label in _RUN_BREAKERS or verdict.label is Label.ADVERTISEMENT
                or not (carded or is_teaser(seg, options, linked=scope is not None))):
            if verdict.label is not Label.ADVERTISEMENT:
                heading = None
            continue
        if verdict.label is Label.CREDIT or seg.in_entries:
            continue  # image credits inside teaser blocks stay credits; a listing's entries are its content
        if verdict.label in _MODEL_BOXES and _read_by_model(seg):
            continue  # the line model read it as part of a menu or share bar with its neighbours: it stays that
        head = heading.text if len(heading.text) <= 40 else heading.text[:39] + "…"
        set_final(seg, Label.RELATED, f"teaser list under a '{head}' heading")


def _closes_cards(seg: Segment, below: Segment | None, seen: dict[str, int]) -> bool:
    """A line of a teaser list's cards: one each card closes with (met ``_CARD_CLOSER_SEEN`` times in the list
    already), or the card's excerpt right above one."""
    return any(line is not None and seen.get(line.text, 0) >= _CARD_CLOSER_SEEN for line in (seg, below))


def _read_by_model(seg: Segment) -> bool:
    """The block's label is the line model's reading (text input), not a rule's or the page-position default."""
    return seg.model is not None and current(seg).reason.startswith(_MODEL_REASON)


def captions_by_credits(segments: Sequence[Segment]) -> None:
    """A photo credit stands next to its caption: the descriptive line right above it, else the one right below it
    when that line stands apart from the article's paragraphs (an ad marker or a byline follows it). A line below a
    credit that the article goes on from is the article's (its first paragraph under a lead picture, "MADRID —
    Rafael Nadal kept Spain's hopes alive..."; labelled pages: 10 captions above their credit, none below; aeb text
    mode: 5 of 6 lines below a credit taken as captions were the article's, all with a paragraph under them). A
    "Source:" line cites the figures of the paragraph above it, which stays the article's. (Taking the shorter of
    two fitting neighbours, as before, was a wash: aeb lxml-lines +0.0003, wcxb-dev -0.0001, a standfirst above a
    credit and the first paragraph below it.)"""
    for i, seg in enumerate(segments):
        if current(seg).label is not Label.CREDIT or SOURCE_CREDIT.match(seg.text):
            continue  # "Source: statista.com" cites the figures of the paragraph above: it heads no caption
        if seg.words >= _CREDIT_WITH_CAPTION_WORDS or (
                i + 1 < len(segments) and current(segments[i + 1]).label is Label.CAPTION):
            continue  # the credit holds its caption, or its caption is the line below it: "Image copyright
            # Getty Images" over "Image caption Taylor Swift's seventh album ..."; the line above is the article's
        if i > 0 and _fits_caption(segments[i - 1]):
            set_final(segments[i - 1], Label.CAPTION, "caption above a photo credit")
        elif (i + 1 < len(segments) and _fits_caption(segments[i + 1])
              and (i + 2 == len(segments) or current(segments[i + 2]).label is not Label.CONTENT)):
            set_final(segments[i + 1], Label.CAPTION, "caption below a photo credit, apart from the article")


def _fits_caption(seg: Segment) -> bool:
    """A sentence or two that reads as content (or as a byline the line model took a sentence for), and not a news
    story's first paragraph, which opens with its dateline ("DUBAI, United Arab Emirates — ...")."""
    return ((current(seg).label is Label.CONTENT or _sentence_read_as_byline(seg))
            and seg.words <= _CAPTION_MAX_WORDS and not seg.is_heading and seg.ends_sentence
            and DATELINE.match(seg.text) is None)


def _sentence_read_as_byline(seg: Segment) -> bool:
    """A whole sentence the line model took for a byline ("Lavrov gestures during a news conference..."): next
    to a photo credit it is the photo's caption. Bylines are a few words."""
    return current(seg).label is Label.BYLINE and _read_by_model(seg) and seg.words > _BYLINE_MAX_WORDS


# Labels of the line under a sentence read as a byline that make the sentence a picture's caption, not the article's
# first paragraph: a caption stands among the picture's credit and the story's byline and date lines.
_CAPTION_NEIGHBOURS = frozenset({Label.BYLINE, Label.CREDIT, Label.CAPTION})


def first_paragraph_under_byline(segments: Sequence[Segment]) -> None:
    """Text input: a whole sentence the line model took for a byline, right under the article's byline or date
    line ("By Phil Helsel", "September 10, 2018") and above most of the kept text, is the article's first paragraph:
    the model reads the line after a byline as more of it, however long (a dump that prints every text node on a
    line of its own parts "by" and the name from the date, and the paragraph follows). Not a picture's caption: one
    standing among the picture's credit and the story's byline lines, or ending with its credit ("(Joshua
    Roberts/Reuters)"); nor the author's bio, which opens with the name the byline lines above give, or stands under
    the article's text. A page has one such line: several are a list's entries, each an excerpt under its date.
    (aeb text mode: text-nodes +0.007, four pages better, one worse; the other converters +0.0002 to +0.0008.)"""
    below = sum(seg.words for seg in segments if current(seg).label is Label.CONTENT)
    above = 0
    found = []
    for i, seg in enumerate(segments):
        if current(seg).label is Label.CONTENT:
            above += seg.words
            below -= seg.words
        if i == 0 or not _sentence_read_as_byline(seg) or not seg.ends_sentence or above > below:
            continue
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if (current(segments[i - 1]).label is Label.BYLINE and segments[i - 1].words <= _BYLINE_MAX_WORDS
                and (nxt is None or current(nxt).label not in _CAPTION_NEIGHBOURS)
                and not SLASHED_CREDIT_END.search(seg.text) and not _names_the_author(segments, i)):
            found.append(seg)
    if len(found) == 1:
        set_final(found[0], Label.CONTENT, "the article's first paragraph, under its byline")


def _names_the_author(segments: Sequence[Segment], i: int) -> bool:
    """The line opens with two words that a line of the byline block right above it holds: the author's name
    ("Elaine Chen covers biotech ..." under "Elaine Chen", "[email protected]"), as a bio does."""
    name = " ".join(segments[i].text.split()[:2])
    k = i - 1
    while k >= 0 and current(segments[k]).label is Label.BYLINE:
        if name in segments[k].text:
            return True
        k -= 1
    return False


def headline_above(segments: Sequence[Segment], start: int, options: Options) -> Segment | None:
    """Text input: the headline is the last headline-shaped line above the article's first paragraph, past its
    byline, share buttons and picture. Marks it as the title and returns it."""
    skippable = (Label.BYLINE, Label.SHARE, Label.CREDIT, Label.CAPTION, Label.ADVERTISEMENT, Label.OTHER,
                 Label.TITLE)
    for k in range(start - 1, max(-1, start - 1 - _HEADLINE_LOOKBACK), -1):
        seg = segments[k]
        verdict = current(seg)
        if verdict.label is Label.BYLINE:
            continue  # a date or an author's name ("on Dec 17, 2025") stands between the headline and the text
        shaped = (2 <= seg.words <= options.teaser_max_words and _ends_open(seg)
                  and not _exclaimed_sentence(seg) and _letter_words(seg.text) >= 2 and not table_row(seg))
        weak = seg.rule == "" or verdict.label is not Label.NAVIGATION  # "" : only the page-position default
        if shaped and seg.rule not in _HEADLINE_BLOCKERS and weak:
            set_final(seg, Label.TITLE, "the headline above the article's first paragraph")
            return seg
        if verdict.label not in skippable:
            return None
    return None


def _letter_words(text: str) -> int:
    """Words of two or more letters: a price ("$38.00") or a rating ("4.9 358 reviews") is no headline."""
    return len(LETTER_WORD.findall(text, 0, 400))


def above_headline(segments: Sequence[Segment]) -> None:
    """Text input: a dump that starts with the page's title line and repeats it further down as the headline
    (the first line the title rule matched below it) holds the article from there on. Kept lines above that
    headline, when an article's worth of kept text follows it, are a menu's teasers (a news site's mega-menu prints
    each story's headline and excerpt as one long line; aeb: a page kept 25 of them above its four paragraphs).
    A re-reading of kept text starts with a kept line in the title line's place: a later copy of that very line is
    the article repeating itself, not its headline, and is left alone."""
    if not segments or current(segments[0]).label is Label.CONTENT:
        return
    head = next((k for k in range(1, len(segments)) if segments[k].rule == "rule_title"), None)
    if head is None or segments[head].text == segments[0].text:
        return
    if not _article_goes_on(segments, head + 1):
        return
    for seg in segments[1:head]:
        if current(seg).label is Label.CONTENT:
            set_final(seg, Label.RELATED, "kept text above the article's headline (a menu's teasers)")


def prompt_followers(segments: Sequence[Segment], options: Options,
                     asks: Callable[[str], object] = NEWSLETTER_PHRASE.search) -> None:
    """The sentence under a sign-up heading that talks about your inbox belongs to the sign-up box, also past a
    short tagline between them (and then the tagline too, as a short line between two parts of the box).
    ``asks`` tells sign-up wording (HTML: more than nouns such as "subscribers", see ``_rules.asks_to_subscribe``)."""
    for i, seg in enumerate(segments):
        if not i or current(seg).label is not _CONTENT or seg.words > _PROMPT_WORDS:
            continue
        prev = segments[i - 1]
        if (i > 1 and current(prev).label is _CONTENT and prev.words <= _SANDWICH_MAX_WORDS
                and not prev.ends_sentence):
            prev = segments[i - 2]  # a short tagline between the prompt and its sentence ("Get more travel content")
        if current(prev).label is _NEWSLETTER and asks(seg.text):
            set_final(seg, Label.NEWSLETTER, "sign-up wording under a newsletter prompt")


# Menu-like labels: a name-shaped line the line model put in one of these is a menu entry, not an author's name.
_MENU_LABELS = frozenset({Label.NAVIGATION, Label.LEGAL, Label.RELATED, Label.SHARE})


def bylines_with_names(segments: Sequence[Segment]) -> None:
    """A person's name standing alone right before or after a byline line (the date, "5 min read") is part of it."""
    # the byline lines a name may stand next to, kept up to date as names join them (many blocks look like names:
    # looking the neighbours up here is cheaper than judging them again for each)
    bylines = [s.rule == "rule_short_phrases" and current(s).label is _BYLINE for s in segments]
    for i, seg in enumerate(segments):
        if not PERSON_NAME.match(seg.text) or current(seg).label in (_BYLINE, _TITLE):
            continue
        if current(seg).label in _MENU_LABELS and _read_by_model(seg):
            continue  # a capitalised menu entry ("About Us", "Project Versions") the line model read in its menu
        if any(bylines[max(0, i - _NAME_REACH): i]) or any(bylines[i + 1: i + _NAME_REACH + 1]):
            set_final(seg, Label.BYLINE, "an author's name next to the byline")
            bylines[i] = seg.rule == "rule_short_phrases"


def author_bios(segments: Sequence[Segment]) -> None:
    """Under "Written by …" / "About the author" comes the author's box: a short bio and follower counts."""
    for i, seg in enumerate(segments):
        if current(seg).label is not _BYLINE or not AUTHOR_BOX.match(seg.text) or _dated_byline(seg.text):
            continue
        for nxt in segments[i + 1: i + 1 + _BIO_BLOCKS]:
            if nxt.rule in ("rule_short_phrases", "rule_title", "rule_ad_marker", "rule_cookie") \
                    or nxt.words > _BIO_WORDS:
                break
            set_final(nxt, Label.BYLINE, f"the author box under '{seg.text[:40]}'")


def _article_goes_on(segments: Sequence[Segment], start: int) -> bool:
    """An article's worth of kept text (``_ARTICLE_BELOW_WORDS``) stands from ``start`` on."""
    return sum(seg.words for seg in segments[start:] if current(seg).label is Label.CONTENT) >= _ARTICLE_BELOW_WORDS


def about_boxes(segments: Sequence[Segment]) -> None:
    """Text input: a heading "About <First Last>" over a sentence that names them again by their last name ("Als
    Inbound Sales Manager bildet Moritz Bachmann …") is the box about the author: the heading and its bio. Only
    where the article does not go on below the box: a section "About Apple Music" over "Apple Music is …" with
    more of the article under it is the article's."""
    for i, seg in enumerate(segments[:-1]):
        match = ABOUT_NAME.match(seg.text)
        if match is None or current(seg).label is not Label.CONTENT:
            continue
        surname = match.group(1).split()[-1]
        bio = segments[i + 1]
        if not _BIO_MIN_WORDS <= bio.words <= _NAMED_BIO_WORDS or surname not in bio.text:
            continue
        end = i + 2
        while (end < min(len(segments), i + 1 + _BIO_BLOCKS) and current(segments[end]).label is Label.CONTENT
               and segments[end].words <= _BIO_WORDS and not ABOUT_NAME.match(segments[end].text)):
            end += 1
        if _article_goes_on(segments, end):
            continue
        where = f"the box about '{match.group(1)[:40]}'"
        for box in segments[i:end]:
            set_final(box, Label.BYLINE, where)


# Boxes where a person's name stands alone on a line: an author box's name ("Meg James" over her bio, read as the
# sign-up or share box around it), a "More articles from ..." box. Not menus, headlines or teasers: a product's or a
# program's name stands there ("FastAPI", "Zoho Books"), and its description opens with it (wcxb-dev every 4th:
# with every label, html_text -0.0002, 13 pages worse, 11 better: product, service and documentation pages)
_NAME_BOXES = frozenset({Label.SHARE, Label.NEWSLETTER, Label.COMMENTS})
_LEAD_MARKS = " *-–—|•·"  # marks a dump prints before a byline line ("* By Meg James", "– Julius Young")


def bios_below(segments: Sequence[Segment]) -> None:
    """Text input: a sentence in the lower half of the kept text that opens with a name and what they are or do, the
    name a byline line gives (at its start or after "By") or an author box's name line ("Meg James is a corporate
    media reporter ..." under "By Meg James"; "Julius is an LA Entertainment Reporter ..." under "Julius Young"), is
    the author's bio under the article, or the publisher's blurb under a press release; teasers kept below it do
    not make it the article's. (aeb text mode: +0.0015 to +0.0019 on each converter, 39 page-converter pairs better,
    none worse; wcxb-dev every 4th +0.0004 to +0.0006, 31 better, 7 worse.)"""
    names = [seg.text for seg in segments if seg.words <= _BYLINE_MAX_WORDS and (
        current(seg).label is Label.BYLINE or (current(seg).label in _NAME_BOXES and PERSON_NAME.match(seg.text)))]
    if not names:
        return
    below = sum(seg.words for seg in segments if current(seg).label is Label.CONTENT)
    above = 0
    for seg in segments:
        if current(seg).label is not Label.CONTENT:
            continue
        below -= seg.words
        match = BIO_OPENING.match(seg.text)
        if (match is not None and above > below and _BIO_MIN_WORDS <= seg.words <= _NAMED_BIO_WORDS
                and seg.ends_sentence):
            name = match.group(1)
            by = f"by {name.casefold()}"
            if any(text.lstrip(_LEAD_MARKS).startswith(name) or by in text.casefold() for text in names):
                set_final(seg, Label.BYLINE, f"the author's bio, opening with the name '{name[:40]}'")
                continue
        above += seg.words


def _dated_byline(text: str) -> bool:
    """"Written by X · Feb 11, 2019 · 3 min read": the article's byline above its text, not an author box."""
    return bool(BYLINE_LINE.search(text) or YEAR.search(text))


def footer_links_below(segments: Sequence[Segment], start: int) -> None:
    """Text input: "About us", "Contact", "Careers" below the article are the site's footer links (above it, the
    same words are a header menu, which the line model reads)."""
    for seg in segments[start:]:
        if seg.rule == "rule_footer_links" and seg.first is not None:
            set_final(seg, Label.LEGAL, "site footer link below the article")


def cookie_buttons(segments: Sequence[Segment]) -> None:
    """The buttons of a cookie banner ("Accept and close", "Settings") stand right after its text."""
    since = _BUTTONS + 1  # segments since the last cookie statement
    for prev, seg in pairwise(segments):
        statement = prev.rule == "rule_cookie" and current(prev).reason == "cookie or consent statement"
        since = 1 if statement else since + 1
        touching = prev.lines is None or seg.lines is None or seg.lines[0] == prev.lines[1]  # no blank line between
        if (since <= _BUTTONS and touching and current(prev).label is Label.COOKIE and seg.words <= _BUTTON_WORDS
                and not seg.ends_sentence and current(seg).label is not Label.COOKIE):
            set_final(seg, Label.COOKIE, "a button of the cookie banner above")


def box_headings(segments: Sequence[Segment]) -> None:
    """A short heading-like line right above a newsletter, comments or cookie box is that box's heading; an
    HTML heading left unnamed (content, or a sidebar's "other") right above a menu heads that menu."""
    for seg, nxt in pairwise(segments):
        if seg.words > _BOX_HEADING_WORDS or seg.ends_sentence or _inside_tag(seg, "pre"):
            continue  # a line of code heads nothing
        label = current(nxt).label
        own = current(seg).label
        if own is _CONTENT and label in _HEADED_BOXES:
            set_final(seg, label, f"heading of the {label.value} box below")
        elif (seg.is_heading and own is _OTHER and seg.rule == "rule_hint" and label is _NAVIGATION
              and nxt.rule == "rule_hint"):
            set_final(seg, label, "heading of the menu below")


def _inside_tag(seg: Segment, tag: str) -> bool:
    """The block is a ``tag`` element or inside one: its XPath has a step of that tag (``.../pre[1]/div[2]``).
    Asked of most short blocks, so a substring look first: only a source that names the tag is read step by step."""
    return tag in seg.source and any(step == tag for step, _ in xpath_steps(seg.source))


_SUBHEADINGS = frozenset({"h3", "h4", "h5", "h6"})  # h1/h2 links between paragraphs are mostly teaser headlines


def linked_items_in_article(segments: Sequence[Segment]) -> None:
    """Link-dense blocks inside the article with the article's paragraphs right above and right below them are
    part of it when they are list items (a list of resources, of products, of steps that link to their pages)
    or a lone linked subheading (a reviewed product's name), however short: teaser lists and "Read next" lines
    stand at the end of the article or run between other boilerplate, not between its paragraphs."""
    n = len(segments)
    for i, stop in _runs(segments, _linked_in_article):
        end = stop - 1
        if (i > 0 and end + 1 < n and current(segments[i - 1]).label is Label.CONTENT
                and current(segments[end + 1]).label is Label.CONTENT):
            for seg in segments[i:end + 1]:
                if seg.tag == "li" or _in_list_item(seg):
                    set_final(seg, Label.CONTENT, "a linked list item between paragraphs of the article")
                elif i == end and seg.tag in _SUBHEADINGS:
                    set_final(seg, Label.CONTENT, "a linked subheading between paragraphs of the article")


_LINKED = 0.5  # link share from which a block is a link ("Read our full review"), not text of the box
_BOX_TEXT_WORDS = 12  # words outside links a box between the article's paragraphs holds to be read as part of it


def comment_boxes_in_article(segments: Sequence[Segment]) -> None:
    """A run of blocks a class named as comments or reviews put aside, inside the region with the article's
    paragraphs right above and right below it, is part of the article (an editor's "product-review-card" between
    its sections): readers' comments and reviews close the article, they do not stand between its parts. A run
    of links alone ("Read our full review") stays what its name says."""
    n = len(segments)
    for i, stop in _runs(segments, _commented_in_region):
        if (i > 0 and stop < n and segments[i].rule == "rule_hint"
                and current(segments[i - 1]).label is Label.CONTENT and segments[i - 1].in_region
                and current(segments[stop]).label is Label.CONTENT and segments[stop].in_region
                and sum(seg.words for seg in segments[i:stop] if seg.link_density < _LINKED) >= _BOX_TEXT_WORDS):
            for seg in segments[i:stop]:
                set_final(seg, Label.CONTENT, "a box named for comments between paragraphs of the article")


def _commented_in_region(seg: Segment) -> bool:
    return seg.in_region and current(seg).label is _COMMENTS


def _in_list_item(seg: Segment) -> bool:
    """HTML: the block is a paragraph right inside a list item (``<li><p>…</p></li>``, as Markdown renderers write
    a loose list)."""
    steps = xpath_steps(seg.source)
    return len(steps) > 1 and steps[-2][0] == "li"


def _runs(segments: Sequence[Segment], member: Callable[[Segment], object]) -> Iterator[tuple[int, int]]:
    """The maximal runs ``[i, j)`` of consecutive segments ``member`` holds for, first to last. Asked as it goes:
    a caller may relabel a run before the next one is looked for."""
    n = len(segments)
    i = 0
    while i < n:
        if not member(segments[i]):
            i += 1
            continue
        j = i + 1
        while j < n and member(segments[j]):
            j += 1
        yield i, j
        i = j


def _linked_in_article(seg: Segment) -> bool:
    return seg.rule == "rule_link_list" and seg.final is None and seg.in_region and seg.first is not None \
        and seg.first.label in (Label.RELATED, Label.NAVIGATION)


_ARTICLE_RUN_CHARS = 500  # a prose run this long is an article's worth of text (a blurb is shorter)
# What the reading kept, beside a run of prose, that is a stray line rather than the article: under 400 characters and
# under a quarter of the run (wcxb-dev html_text every 4th page: 0.8088 -> 0.8118, 3 pages better, none worse; with a
# quarter alone a short news story of four paragraphs beside a run of its caption and teasers was read as that run)
_STRAY_CHARS = 400
_STRAY_SHARE = 0.25
# what a run of prose holds that is never the article it stands for: readers' comments, a consent box's explanations
_NO_ARTICLE = frozenset({Label.COMMENTS, Label.COOKIE})


def article_never_empty(segments: Sequence[Segment], runs: Sequence[tuple[int, int]],
                        trusted: frozenset[str]) -> None:
    """Text input: when every line was read as boilerplate (the line model can read a short article's few
    paragraphs as a teaser block), or all it kept is a stray line, the longest run of prose is still the article: a
    page has one, and an empty result loses it whole (a stray line alone, re-read without its neighbours, is dropped
    too). Readers' comments and a consent box's text are no article: they neither make a run long enough nor join
    it. Lines a trusted wording rule named keep their label."""
    if not runs:
        return
    sized = [(sum(seg.chars for seg in segments[i:j] if current(seg).label not in _NO_ARTICLE), i, j)
             for i, j in runs]
    held, start, end = max(sized, key=lambda run: run[0])  # the first of the longest runs
    if held < _ARTICLE_RUN_CHARS:
        return  # a blurb on a shop or listing page, not an article the reading lost
    kept = sum(seg.chars for seg in segments if current(seg).label is Label.CONTENT)
    if kept > min(_STRAY_CHARS, _STRAY_SHARE * held):
        return  # the reading kept an article (a short one is a few lines), not a stray line beside the prose
    for seg in segments[start:end]:
        if seg.rule not in trusted and current(seg).label not in _NO_ARTICLE:
            set_final(seg, Label.CONTENT, "the page's run of prose: nothing else reads as its article")


_THREAD_HEADERS = 2  # comment headers that make a thread (one alone may be a line quoted in the article)
_COMMENT_HEADER_WORDS = 16  # a header is a name, a date and "said:"
_IN_THREAD = frozenset({Label.CONTENT, Label.BYLINE})  # what a comment's text and date read as without the header
_THREAD_TIMED_POSTS = 3  # comments under a name and a "2 days ago" line that make a thread without "says:" headers
# (two may be an article's quoted posts); aeb +0.002 on each converter (one page of top-rated comments, 0.30 ->
# 0.95), wcxb-dev every 4th unchanged
_POSTER_NAME_WORDS = 3  # a poster's name ("Nick A", "fmcshan"); a longer line is a headline
_THREAD_POST_CHARS = 200  # text above a thread for it to be comments under a post (an open thread: one paragraph)


def comment_threads(segments: Sequence[Segment]) -> None:
    """Text input: under an article, lines like "joetoronto says:" or "Alex on September 17, 2018 at 6:34 am said:"
    head readers' comments (blog engines print one above every comment); from the first of them on, the text that
    reads as prose or as a date line is the comments, not the article. Engines that print no such line print the
    poster's name over when the comment was posted ("2 days ago at 07:52 am"): three of those make a thread too. Only
    with a post above the first header: a page that opens with the thread (a guestbook) has the posts as its
    content."""
    heads = {i for i, seg in enumerate(segments)
             if seg.words <= _COMMENT_HEADER_WORDS and COMMENT_HEADER.match(seg.text)}
    if len(heads) < _THREAD_HEADERS:
        heads = _timed_posts(segments)
        if len(heads) < _THREAD_TIMED_POSTS:
            return
    first = min(heads)
    above = sum(seg.chars for seg in segments[:first] if current(seg).label is Label.CONTENT)
    if above < _THREAD_POST_CHARS:
        return
    where = f"in the readers' comments from '{segments[first].text[:40]}'"
    for k, seg in enumerate(segments[first:], first):
        if k in heads or current(seg).label in _IN_THREAD:
            set_final(seg, Label.COMMENTS, where)


def _timed_posts(segments: Sequence[Segment]) -> set[int]:
    """The poster's names of comments printed as a name over when it was posted ("2 days ago at 07:52 am") over
    the comment's text: a short line, not a sentence, above the time, and a sentence read as content under it (a
    teaser list's source and time stand over a headline)."""
    names = set()
    for i in range(1, len(segments) - 1):
        name, post = segments[i - 1], segments[i + 1]
        if (POSTED_AGO_LINE.match(segments[i].text) and name.words <= _POSTER_NAME_WORDS and not name.ends_sentence
                and post.ends_sentence and current(post).label is Label.CONTENT):
            names.add(i - 1)
    return names


_LISTING_ITEMS = 8  # teaser lines a grid must hold to be a listing page's content (a sidebar list holds fewer)
_GRID_GAP_WORDS = 3  # a line this short between two entries of a grid is part of an entry ("Quickshop", "3 colors")
_GRID_GAP_LINES = 2  # ... and at most this many of them in a row (a price and a button)
_CARD_LINES = 12  # lines from one card's button to the next's: a name, a blurb, a price, badges and buttons
# share of a prose run's characters inside the grid from which the run is the grid's excerpts, not an article beside
# it (a listing's entries each with a sentence of excerpt; a paywalled story's two paragraphs kept above a grid of
# headlines are 30% of their run and stay an article)
_GRID_RUN_SHARE = 0.75


def _teaser_grids(segments: Sequence[Segment]) -> list[tuple[int, int, int]]:
    """(entries, start, end) of every stretch of lines the line model read as teasers, short lines between them
    included."""
    grids = []
    start = last = -1
    items = 0
    for k, seg in enumerate(segments):
        if _model_reads(seg, Label.RELATED):
            if start < 0:
                start, items = k, 0
            items += 1
            last = k
        elif start >= 0 and not (seg.words <= _GRID_GAP_WORDS and k - last <= _GRID_GAP_LINES):
            grids.append((items, start, last + 1))
            start = -1
    if start >= 0:
        grids.append((items, start, last + 1))
    return grids


def _shape_grids(segments: Sequence[Segment]) -> list[tuple[int, int, int]]:
    """(entries, start, end) of every stretch where a short line (a card's button or badge: "Add to cart", "-30%")
    comes again and again, every ``_CARD_LINES`` lines or closer, ``_LISTING_ITEMS`` times or more: the cards of a
    grid, whatever the line model read their lines as. Stretches of several such lines that overlap are one grid
    (entries: the most times one of them comes)."""
    places: dict[str, list[int]] = {}
    for k, seg in enumerate(segments):
        if seg.words <= _GRID_GAP_WORDS:
            places.setdefault(seg.text.casefold(), []).append(k)
    spans = []
    for where in places.values():
        first = 0
        for n in range(1, len(where) + 1):
            if n == len(where) or not 2 <= where[n] - where[n - 1] <= _CARD_LINES:
                if n - first >= _LISTING_ITEMS:
                    spans.append((_card_above(segments, where[first], where[first + 1]), where[n - 1] + 1, n - first))
                first = n
    grids: list[tuple[int, int, int]] = []
    for start, end, items in sorted(spans):
        if grids and start < grids[-1][2]:
            held, lo, hi = grids[-1]
            grids[-1] = (max(held, items), lo, max(hi, end))
        else:
            grids.append((items, start, end))
    return grids


def _card_above(segments: Sequence[Segment], first: int, second: int) -> int:
    """Where the first card starts when a button ends each card: up to a card's length above the first button,
    short of a line the line model read as a menu's (a grid's sort and filter bar)."""
    start = first
    while start > max(0, first - (second - first - 1)) and not _model_reads(segments[start - 1], Label.NAVIGATION):
        start -= 1
    return start


def _model_reads(seg: Segment, label: Label) -> bool:
    return seg.model is not None and seg.model[0] is label


def _article_sized(run: Sequence[Segment], in_grid: int) -> bool:
    """Whether a run of prose is an article's worth: its text besides the grid's entries is, or the run is and the
    grid's entries (``in_grid`` characters of it, less any line that is an article's worth alone) do not make up
    nearly all of it (a listing whose entries carry an excerpt each reads as one long run of prose)."""
    held = sum(seg.chars for seg in run)
    return held - in_grid >= _ARTICLE_RUN_CHARS or (held >= _ARTICLE_RUN_CHARS and in_grid < _GRID_RUN_SHARE * held)


def _content_lines(segments: Iterable[Segment]) -> int:
    return sum(current(seg).label is Label.CONTENT for seg in segments)


def listing_never_empty(segments: Sequence[Segment], runs: Sequence[tuple[int, int]],
                        trusted: frozenset[str]) -> None:
    """Text input: a page without an article's worth of prose is a listing (a shop's category page, a collection)
    when its longest grid of entries the line model read as teasers (a name, a price, a button) outnumbers the
    lines read as content, or its grid of cards of one shape does (a short line, a card's button or badge, comes
    again every few lines; the model's reading of such cards varies, so their shape is the surer sign, and the
    whole of each card is kept, its button too, that a re-reading of the kept text sees the shape again): the grid
    is what the page lists, whatever the position rules made of its lines (a listing is read again from its kept
    text, where the grid stands alone). Only on such pages: under an article the same grid is its teaser list. A
    page has an article when one prose run is an article's worth, as in ``article_never_empty`` (which also leaves
    readers' comments out of a run's count; here they count): several short runs are no article (a blog's index
    makes one of each post's excerpt, and the line model reads them as the teasers they are), nor is one the
    grid's entries make up nearly whole (a listing whose entries each carry a sentence of excerpt reads as one
    long run). Lines a trusted wording rule named keep their label."""
    shapes, teasers = _shape_grids(segments), _teaser_grids(segments)
    least = max(_LISTING_ITEMS, _content_lines(segments))  # a grid's entries: as many as the lines kept
    shaped = bool(shapes) and max(shapes)[0] >= least
    grids = shapes if shaped else teasers  # cards of one shape are the surer grid: the model's reading of them varies
    if not grids:
        return
    items, i, j = max(grids, key=lambda grid: grid[0])  # the first of the largest
    if shaped:  # the teaser entries the cards overlap are theirs (a card's lines above its first button)
        i = min([i] + [start for _, start, end in teasers if start < j and end > i])
        j = max([j] + [end for _, start, end in teasers if start < j and end > i])
    if any(_article_sized(segments[start:end], sum(seg.chars for seg in segments[max(start, i):min(end, j)]
                                                   if seg.chars < _ARTICLE_RUN_CHARS))
           for start, end in runs):
        return  # one run of prose is an article's worth
    if items < least:
        return  # a short list, or the page's content was found elsewhere
    for seg in segments[i:j]:
        if (shaped or _model_reads(seg, Label.RELATED)) and seg.rule not in trusted:
            set_final(seg, Label.CONTENT, "the page's grid of entries: a listing with no other content")


# letter headings in alphabetical order that make an A–Z index (a few may be a list's initials); wcxb-dev every 4th
# page: two directories (a category page, a catalog's categories) 0.00-0.55 -> 0.90-0.93 on each converter, the same
# index in an article's site menu left out; aeb unchanged
_INDEX_LETTERS = 5
_INDEX_REACH = 40  # lines from one letter heading to the next: a letter's entries, one a line
# share of an index's entries that start with their heading's letter: what makes the letters an index's and not a
# run of single-letter lines (grades, options, a keyboard)
_INDEX_SORTED = 0.6


def _letter_indexes(segments: Sequence[Segment]) -> list[tuple[int, int, int]]:
    """(entries, start, end) of every A–Z index: ``_INDEX_LETTERS`` or more lines of one capital letter each, in
    alphabetical order, each over the entries that start with it (those of the last letter end at the first line
    that does not)."""
    indexes = []
    chain: list[int] = []
    letters = [k for k, seg in enumerate(segments) if INDEX_LETTER.match(seg.text) and seg.text.strip().isupper()]
    chains: list[list[int]] = []
    for k in letters:
        if chain and k - chain[-1] <= _INDEX_REACH and segments[k].text.strip() > segments[chain[-1]].text.strip():
            chain.append(k)
        else:
            chain = [k]
            chains.append(chain)
    for chain in chains:
        if len(chain) < _INDEX_LETTERS:
            continue
        end = chain[-1] + 1
        last = segments[chain[-1]].text.strip().casefold()
        while end < len(segments) and end - chain[-1] <= _INDEX_REACH and _initial(segments[end]) == last:
            end += 1
        entries = sorted_entries = 0
        for here, after in zip(chain, [*chain[1:], end], strict=True):
            letter = segments[here].text.strip().casefold()
            entries += after - here - 1
            sorted_entries += sum(_initial(seg) == letter for seg in segments[here + 1:after])
        if entries >= len(chain) and sorted_entries >= _INDEX_SORTED * entries:
            indexes.append((entries, chain[0], end))
    return indexes


def _initial(seg: Segment) -> str:
    """The first letter of a line, casefolded ("" when it holds none)."""
    return next((ch.casefold() for ch in seg.text if ch.isalpha()), "")


def letter_index(segments: Sequence[Segment], runs: Sequence[tuple[int, int]]) -> None:
    """Text input: on a page without an article's worth of prose, an A–Z index (a directory of categories, brands or
    terms under letter headings) that holds more entries than the lines read as content is what the page lists,
    however menu-like its short linked names read to the line model. Under an article the same index is a site
    menu's (a shop's brands in its header), and an article's run of prose keeps it out."""
    indexes = [(start, end) for entries, start, end in _letter_indexes(segments) if entries >= _LISTING_ITEMS]
    if not indexes:
        return
    inside = sum(end - start for start, end in indexes)
    if inside < _content_lines(_outside(segments, indexes)):
        return  # the page's content was found elsewhere
    if any(sum(seg.chars for seg in segments[i:j]) >= _ARTICLE_RUN_CHARS for i, j in runs):
        return  # an article's worth of prose: the index is a menu's
    for start, end in indexes:
        for seg in segments[start:end]:
            set_final(seg, Label.CONTENT, "an A–Z index: the page's list of entries under letter headings")


def _outside(segments: Sequence[Segment], spans: Sequence[tuple[int, int]]) -> Iterator[Segment]:
    """The segments outside every span (spans sorted, not overlapping)."""
    at = 0
    for start, end in spans:
        yield from segments[at:start]
        at = end
    yield from segments[at:]


_COPY_MIN_WORDS = 25  # a line this long said twice is a copy; shorter lines recur by right (a recipe's "1 tsp.")
_COPY_SHARE = 0.9  # share of a long line's word 4-grams the content above must hold for it to repeat that content
_WHOLE_SHARE = 0.8  # share of an earlier line's 4-grams a long line must hold to hold that line whole
_COPY_LINES = 3  # earlier lines held whole, or copies in a row, that make a copy of the text (two may be a quote)
# share of the content lines above (less those that repeat others) a copy must repeat to be the article printed
# again; a meal plan repeats one day's few lines the next day, among many others above
_COPIED_SHARE = 0.5
# share of a long line's word 4-grams that a few lines close together above must hold for it to copy them in pieces: a
# dump that prints every text node on a line of its own splits the first copy at its links (the 4-grams across a
# break are lost) and prints a second copy, without links, a paragraph a line. aeb text-nodes 0.9283 -> 0.9306 (+2 -0:
# two articles printed twice, 0.52 -> 0.94 and 0.73 -> 0.90); wcxb-dev every 4th +0.0004 to +0.0008 on all four
_PIECES_SHARE = 0.75
_PIECES_SPAN = 3  # lines a piece of the first copy stands in at most: its text, a link, the punctuation after it
_SHINGLE = 4  # words per shingle: long enough that prose repeats one only by copying


def copied_lines(segments: Sequence[Segment]) -> None:
    """Text input: content said a second time is read once. Two shapes: one long line that holds three or more
    earlier content lines whole (the article's body repeated as one line of the page's metadata), and three or more
    long lines in a row, each an exact copy of one earlier line, in the order of the originals (the article printed
    again for another screen size); inside such a copy, and right before or after it, the shorter lines that repeat
    an earlier content line word for word (its subheadings, its short paragraphs) are the copy's too. A line repeated
    among new ones stays: a meal plan names the same dish every day, terms repeat a clause per country (aeb text
    mode 0.913 -> 0.918 html_text; wcxb-dev about the same)."""
    first: dict[tuple[str, ...], int] = {}  # shingle -> the content line it was first seen in
    sizes: dict[int, int] = {}  # content line -> its number of distinct shingles
    said: dict[tuple[str, ...], int] = {}  # a content line's words -> the first content line that said them
    copies: list[tuple[int, int | None, int | None]] = []  # long content lines: (index, the one line all its
    # shingles come from or None, the earlier line it repeats word for word or None)
    lines: list[tuple[int, bool]] = []  # content lines: (index, whether it repeats an earlier one word for word)
    for k, seg in enumerate(segments):
        if current(seg).label is not Label.CONTENT:
            continue
        words = WORD.findall(seg.text.casefold())
        shingles = [tuple(words[m:m + _SHINGLE]) for m in range(len(words) - _SHINGLE + 1)]
        original = said.setdefault(tuple(words), k)
        if len(words) >= _COPY_MIN_WORDS:
            sources = Counter(first[sh] for sh in shingles if sh in first)
            held = sum(sources.values())
            whole = sum(1 for src, n in sources.items() if n >= _WHOLE_SHARE * sizes[src])
            if held >= _COPY_SHARE * len(shingles) and whole >= _COPY_LINES:
                set_final(seg, Label.OTHER, f"a copy of {whole} lines of content above in one line")
                continue
            exact = next(iter(sources)) if held == len(shingles) and len(sources) == 1 else None
            if exact is None:
                exact = _pieces_source(sources, len(shingles))
            copies.append((k, exact, original if original != k else None))
        lines.append((k, original != k))
        for sh in shingles:
            first.setdefault(sh, k)
        sizes[k] = len(set(shingles))
    for i, j in _copy_runs([source for _, source, _ in copies]):
        for k, _, _ in copies[i:j]:
            set_final(segments[k], Label.OTHER, "a copy of the content above, line for line")
    place = {k: n for n, (k, _) in enumerate(lines)}
    for i, j in _copy_runs([same for _, _, same in copies]):
        lo, hi = place[copies[i][0]], place[copies[j - 1][0]]
        while lo > 0 and lines[lo - 1][1]:
            lo -= 1
        while hi + 1 < len(lines) and lines[hi + 1][1]:
            hi += 1
        fresh = sum(1 for _, repeated in lines[:lo] if not repeated)
        repeats = [k for k, repeated in lines[lo:hi + 1] if repeated]
        if len(repeats) >= _COPIED_SHARE * fresh:  # not a few lines said again among many (a meal plan's dishes)
            for k in repeats:
                set_final(segments[k], Label.OTHER, "a copy of the content above, line for line")


# lines read as boilerplate, in a row, that part a group of kept lines from the article above it: a page's footer
# and sidebar menus stand between the article and a sidebar's promoted text; an article's own parts are parted by a
# caption or a share bar, a few lines (10 gained 0.0014 more on aeb text mode but lost 0.0010 on wcxb-dev html_text,
# 5 pages better, 7 worse; 12 gained next to nothing)
_ISLAND_GAP = 15
# share of the article's kept characters under which a group of kept lines below that gap is no second part of it
_ISLAND_SHARE = 0.3


def islands_below(segments: Sequence[Segment]) -> None:
    """Text input: kept lines far below the article, parted from it by a long stretch of boilerplate and holding
    much less text, are a sidebar's or a footer's promoted text (an ad's blurb, a ticker's copy), not the article
    going on."""
    groups: list[list[Segment]] = []
    gap = _ISLAND_GAP
    for seg in segments:
        label = current(seg).label
        if label is not Label.CONTENT:
            gap += label is not Label.OTHER  # a table's rows of figures read as "other" are no boilerplate
            continue
        if gap >= _ISLAND_GAP:
            groups.append([])
        groups[-1].append(seg)
        gap = 0
    sizes = [sum(seg.chars for seg in group) for group in groups]
    if len(groups) < 2:
        return
    main = sizes.index(max(sizes))
    for group, size in zip(groups[main + 1:], sizes[main + 1:], strict=True):
        if size < _ISLAND_SHARE * sizes[main]:
            for seg in group:
                set_final(seg, Label.OTHER, f"kept lines {_ISLAND_GAP} or more boilerplate lines below the article")


def _pieces_source(sources: Counter[int], shingles: int) -> int | None:
    """The earlier line a long line copies when it holds the text of a few lines close together (``sources``: how
    many of its ``shingles`` each earlier line holds), as a dump that prints every text node on a line of its own
    leaves a paragraph's first copy in pieces at its links; or all but a few words of one line. None when it
    copies nothing: a meal plan's dish that mixes two earlier days' dishes takes its words from lines far apart,
    one with an ingredient changed holds less of its line. A few shingles from elsewhere are a shared phrase."""
    pieces = {src: n for src, n in sources.items() if n >= _SHINGLE}
    if not pieces or max(pieces) - min(pieces) >= _PIECES_SPAN * len(pieces):
        return None
    share = _COPY_SHARE if len(pieces) == 1 else _PIECES_SHARE
    return max(pieces, key=pieces.__getitem__) if sum(pieces.values()) >= share * shingles else None


def _copy_runs(sources: Sequence[int | None]) -> list[tuple[int, int]]:
    """Spans ``[i, j)`` of three or more long lines in a row that copy earlier lines in their order."""
    runs = []
    start = 0
    while start < len(sources):
        end = start + 1
        while end < len(sources) and _copies_on(sources[end - 1], sources[end]):
            end += 1
        if sources[start] is not None and end - start >= _COPY_LINES:
            runs.append((start, end))
        start = end
    return runs


def _copies_on(previous: int | None, source: int | None) -> bool:
    """The next long line copies a line further down than the one the previous long line copied."""
    return previous is not None and source is not None and source > previous


_CARD_SPAN = 6  # lines from one teaser card's date line to the next: a headline, a name, a date, an excerpt
_CARDS = 3  # dated cards in a row that make a teaser list (two dates may be an article's "updated" lines)
_CARD_HEADLINE_WORDS = (3, 20)  # a card's headline: a clause, not a name or a paragraph
# characters of content above a card list that are an article whatever the cards hold: a list of sixteen cards with
# their excerpts outweighs the article above it (aeb text mode, lxml-lines), an index page's introduction is shorter
_ARTICLE_ABOVE_CARDS = 2000
_DISTINCT_HEADLINES = 0.8  # share of a run's headlines that differ: a forum repeats its "Re: subject" per post
_KICKER_WORDS = 6  # a kicker is a few words ("THIS TURNED OUT POORLY"); a longer line in capitals is a headline


def teaser_cards(segments: Sequence[Segment]) -> None:
    """Text input: below an article, a list of teaser cards prints the same few lines per card: a headline, the
    author, a date line, an excerpt. Three or more date lines a few lines apart, each with a different headline-shaped
    line above it, are such a list: the content lines from the first card's headline to the last card's excerpt are
    teasers, however much they read as prose. So are three or more kickers a few lines apart, each a few words in
    capitals right over a different headline ("REINDEER GAMES" over "Why Don't You Go Fight For The Reindeer?"): a
    tabloid's or an aggregator's cards; its last card runs as long as the shortest card before it. Only under an
    article (at least as much content above the cards as in them, or an article's worth, ``_ARTICLE_ABOVE_CARDS``): a
    blog's index page lists the same cards as its content."""
    dates = [k for k, seg in enumerate(segments) if seg.words <= _BYLINE_MAX_WORDS and _dated(seg.text)]
    for run in _card_runs(dates):
        heads = []
        previous = run[0] - _CARD_SPAN - 1
        for date in run:
            above = [k for k in range(max(previous + 1, date - _CARD_SPAN), date) if _card_headline(segments[k])]
            if above:
                heads.append(above[-1])
            previous = date
        end = run[-1] + 1
        if end < len(segments) and current(segments[end]).label is Label.CONTENT:
            end += 1  # the last card's excerpt
        _teaser_list(segments, heads, end, "dated cards")
    kickers = [k for k in range(len(segments) - 1)
               if _kicker(segments[k]) and _card_headline(segments[k + 1]) and not _kicker(segments[k + 1])]
    for run in _card_runs(kickers):
        if sum(b - a > 2 and all(_card_headline(seg) for seg in segments[a + 1:b])
               for a, b in pairwise(run)) * 2 >= len(run):
            continue  # capitals over several short lines each: a list's section headings, not cards' kickers
        end = min(len(segments), run[-1] + min(b - a for a, b in pairwise(run)))
        _teaser_list(segments, [k + 1 for k in run], end, "cards under a kicker", run[0])


def _card_runs(anchors: Sequence[int]) -> list[list[int]]:
    """Runs of ``_CARDS`` or more lines that each anchor a card (its date, its kicker), a card's length apart."""
    runs: list[list[int]] = []
    for k in anchors:
        if runs and 2 <= k - runs[-1][-1] <= _CARD_SPAN:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [run for run in runs if len(run) >= _CARDS]


def _teaser_list(segments: Sequence[Segment], heads: Sequence[int], end: int, what: str,
                 start: int | None = None) -> None:
    """The content lines of a list of cards with headlines ``heads``, from ``start`` (the first headline) to
    ``end``, are teasers when there are enough of them, they differ and an article stands above them."""
    if len(heads) < _CARDS or len({segments[k].text for k in heads}) < _DISTINCT_HEADLINES * len(heads):
        return
    start = heads[0] if start is None else start
    inside = sum(seg.chars for seg in segments[start:end] if current(seg).label is Label.CONTENT)
    above_chars = sum(seg.chars for seg in segments[:start] if current(seg).label is Label.CONTENT)
    if above_chars < max(_ARTICLE_RUN_CHARS, min(inside, _ARTICLE_ABOVE_CARDS)):
        return  # no article above the cards: they are what the page lists
    for seg in segments[start:end]:
        if current(seg).label is Label.CONTENT:
            set_final(seg, Label.RELATED, f"a teaser card of a list of {len(heads)} {what}")


def _kicker(seg: Segment) -> bool:
    """A kicker over a card's headline: a few words of letters, all in capitals ("RANDY ANDY", "'GET DOWN'"), that no
    wording rule named (an "ADVERTISEMENT" marker between an article's sections is none)."""
    text = seg.text
    return (seg.words <= _KICKER_WORDS and _ends_open(seg) and seg.rule not in _HEADLINE_BLOCKERS
            and not text.rstrip().endswith(("!", "?"))
            and LETTER_WORD.search(text) is not None and text == text.upper() and text != text.lower())


_GLUED_TEASERS = 3  # headlines glued to their excerpts that make a list of teasers (one or two may be a camel-cased
# name in a sentence: "SafeBreach Labs", "StringZilla")
_GLUED_HEADLINE_WORDS = (4, 20)  # words of the glued headline: a clause of a headline
_GLUED_CAPITALS = 0.7  # share of the headline's words that start with a capital or a figure (a headline's title case)
_GLUED_STEM = 4  # characters of the last word before the glue: "McPherson", "MacBook", "750W" glue nothing
_GLUED_EXCERPT_WORDS = 8  # words of the excerpt after the glue: a sentence ...
_GLUED_LOWER = 4  # ... with this many lowercase words among its second to ninth
# ... or this many after a dateline, which parts headline and excerpt on its own: a news excerpt opens with names
# ("NEW DELHI: The Supreme Court Wednesday asked the …"). aeb text mode, all pages: +0.0005 to +0.0012 on html_text,
# inscriptis, wrapped and markdown (a news site's "Breaking News" box), lxml-lines and text-nodes level (their dumps
# print headline and excerpt apart); wcxb-dev every 4th page level
_DATELINED_LOWER = 2


def glued_teasers(segments: Sequence[Segment]) -> None:
    """Text input: a converter that does not know a teaser card's layout prints its headline and its excerpt as one
    line, with no space between ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left
    …"). Three or more such lines on a page are its lists of teasers, wherever they stand (a news site's mega-menu
    above the article prints each story so): kept, they are related. So are three or more headlines in a row each
    over its excerpt opening with a dateline ("Indian-origin man pleads guilty to fraud scheme in US" over "NEW YORK:
    An Indian-origin man …"), as a converter that prints every block on a line of its own shows the same box: an
    article has one dateline, under its headline, and its paragraphs below. And so are three or more headlines each
    printed twice on its line ("Best TV deals of 2019 Best TV deals of 2019": a card's link beside its picture's
    title).

    Measured, aeb text mode, all pages: the pairs printed apart (as many as ``_GLUED_TEASERS``) lxml-lines 0.9463 ->
    0.9477, text-nodes 0.9422 -> 0.9436 (the "Breaking News" box the glued lines catch elsewhere, 0.67 -> 1.00), the
    other converters and wcxb-dev every 4th page (six converters) unchanged; the doubled headlines inscriptis 0.9482
    -> 0.9492 (a "Popular" box numbered as a list: 0.59 -> 0.85), wcxb-dev html_text and wrapped -0.0001 (a table's
    header row printed twice)."""
    glued = [seg for seg in segments if current(seg).label is Label.CONTENT and _glued_headline(seg.text)]
    if len(glued) >= _GLUED_TEASERS:
        for seg in glued:
            set_final(seg, Label.RELATED, "a teaser's headline glued to its excerpt")
    doubled = [seg for seg in segments if current(seg).label is Label.CONTENT and _doubled_headline(seg.text)]
    if len(doubled) >= _GLUED_TEASERS:
        for seg in doubled:
            set_final(seg, Label.RELATED, "a teaser's headline printed twice (its link and its picture's title)")
    n = len(segments)
    i = 0
    while i < n - 1:
        end = i
        while end + 1 < n and _headline_over_dateline(segments[end], segments[end + 1]):
            end += 2
        if end - i >= 2 * _GLUED_TEASERS:
            for seg in segments[i:end]:
                set_final(seg, Label.RELATED, "a teaser's headline over its excerpt's dateline, in a list of them")
        i = max(end, i + 1)


def _doubled_headline(text: str) -> bool:
    """``text`` is one headline said twice ("Best TV deals of 2019 Best TV deals of 2019"), after a list's number
    or not: a teaser card's link beside its picture's title, which a converter prints on one line."""
    words = text.split()
    if words and LIST_NUMBER.match(words[0]):
        words = words[1:]
    half = len(words) // 2
    low, high = _GLUED_HEADLINE_WORDS
    return len(words) % 2 == 0 and low <= half <= high and words[:half] == words[half:]


def _headline_over_dateline(head: Segment, excerpt: Segment) -> bool:
    """``head`` is a headline (both lines kept) and ``excerpt`` its excerpt, opening with a dateline."""
    if current(head).label is not Label.CONTENT or current(excerpt).label is not Label.CONTENT:
        return False
    text = f"{head.text} {excerpt.text}"
    match = MIDLINE_DATELINE.match(text, len(head.text))
    return match is not None and _datelined(text, match)


def _glued_headline(text: str) -> bool:
    """Whether ``text`` is a headline in title case run into a sentence of excerpt, or a headline run into its
    excerpt's dateline ("… fraud scheme in US NEW YORK: An Indian-origin man …"; the dateline parts them, so the
    headline may be in sentence case)."""
    low, high = _GLUED_HEADLINE_WORDS
    if any(_datelined(text, match) for match in MIDLINE_DATELINE.finditer(text)):
        return True
    for match in GLUED_HEADLINE.finditer(text):
        head, tail = text[:match.start()].split(), text[match.start():].split()
        if not low <= len(head) <= high or len(tail) < _GLUED_EXCERPT_WORDS or LIST_NUMBER.match(head[0]):
            continue  # "1. Social Media Apps (e.g., TikTok)Focus on …": a numbered list's entry, glued to its text
        if len(head[-1].strip("'’\"“”‘?!()")) < _GLUED_STEM:
            continue
        capitals = sum(1 for word in head if word[:1].isupper() or word[:1].isdigit())
        if capitals >= _GLUED_CAPITALS * len(head) and _excerpt_words(tail, _GLUED_LOWER):
            return True
    return False


def _datelined(text: str, match: re.Match[str]) -> bool:
    """The dateline ``match`` parts a headline (before it) from a sentence of excerpt (after it)."""
    low, high = _GLUED_HEADLINE_WORDS
    head, tail = text[:match.start()].split(), text[match.end():].split()
    return (low <= len(head) <= high and len(tail) >= _GLUED_EXCERPT_WORDS
            and _excerpt_words(tail, _DATELINED_LOWER) and not SENTENCE_BREAK.search(" ".join(head)))


def _excerpt_words(tail: Sequence[str], lower: int) -> bool:
    """The words after the glue read as a sentence of excerpt, ``lower`` of its second to ninth words in lower case
    ("A party of six left the restaurant …"), not as more fields of a row ("EST - Desktop - Budgie 10.10.2 - 9
    Comments")."""
    return sum(1 for word in tail[1:_GLUED_EXCERPT_WORDS + 1] if word[:1].islower()) >= lower


def _dated(text: str) -> bool:
    return (DATE_LINE.match(text) is not None or RELATIVE_TIME_LINE.match(text) is not None
            or SHORT_AGO_LINE.match(text) is not None)


def _card_headline(seg: Segment) -> bool:
    low, high = _CARD_HEADLINE_WORDS
    return (low <= seg.words <= high and _ends_open(seg)
            and PERSON_NAME.match(seg.text) is None and not _dated(seg.text))


_TABLE_ROWS = 4  # rows in a row that make a table of figures (three may be a score line and two dates)
_ROW_FIGURES = 3  # figures a row of a table holds ("1 Kyle Busch 5040 5 1 17 27")
_ROW_WORDS = 20  # a row is names and figures; longer is a sentence with numbers in it
_TABLE_REACH = 4  # lines between a table and the article's text (its caption, its header row)


def _table_row(seg: Segment) -> int:
    """The number of figures in a line that reads as a row of a table of figures, else 0."""
    if not _ROW_FIGURES <= seg.words <= _ROW_WORDS or seg.text.rstrip().endswith((".", "!", "?")):
        return 0
    tokens = seg.text.split()
    figures = sum(1 for t in tokens if FIGURE.match(t))
    return figures if figures >= _ROW_FIGURES and 2 * figures >= len(tokens) else 0


def _schedule_row(seg: Segment) -> bool:
    """A short line that opens with a day and month and goes on after a dash: a row of a schedule (a tour's dates,
    a season's races)."""
    return seg.words <= _ROW_WORDS and SCHEDULE_ROW.match(seg.text) is not None


def table_row(seg: Segment) -> bool:
    """A row of a table of figures or of a schedule (``data_tables``): never a headline."""
    return _schedule_row(seg) or _table_row(seg) > 0


def data_tables(segments: Sequence[Segment], trusted: frozenset[str]) -> None:
    """Text input: four or more lines in a row that each hold three or more figures, as many as their other words
    ("1 Kyle Busch 5040 5 1 17 27"), or that each open with a day and month and go on after a dash ("June 9 – West
    Palm Beach, FL"), are a table of figures or a schedule; with the article's text right above or below it (a
    caption and a header row between) it is the article's, however the line model read its rows (a standings
    table or a tour's dates read as a teaser list). So is one right under the page's headline, past its byline,
    date and share lines: a season's calendar, published as the article itself. Lines a trusted wording rule named
    keep their label."""
    n = len(segments)
    for k, end in _runs(segments, table_row):
        if end - k >= _TABLE_ROWS:
            start = k
            above = next((i for i in range(k - 1, max(-1, k - 1 - _TABLE_REACH), -1)
                          if current(segments[i]).label is Label.CONTENT), None)
            below = next((i for i in range(end, min(n, end + _TABLE_REACH))
                          if current(segments[i]).label is Label.CONTENT), None)
            if above is not None:
                start = above + 1
            if above is not None or below is not None or _under_headline(segments, k):
                for seg in segments[start:end]:
                    if current(seg).label is not Label.CONTENT and seg.rule not in trusted:
                        set_final(seg, Label.CONTENT, "a row of a table of figures in the article")


_CONTENTS_ENTRIES = 6  # numbered section titles in a row that make a table of contents (fewer: the article's list)
_CONTENTS_WORDS = 14  # a section title is a few words; a longer numbered line is an item of the article's own list
# share of the entries numbered by subsection ("2.1", "1.11.3"): the outline of a book or a manual, whatever follows
_CONTENTS_NESTED = 1 / 3
# ... or share of the entries whose titles come again below the list, as the headings of the sections they name
_CONTENTS_REPEATED = 0.5


def _section_number(seg: Segment) -> tuple[int, ...] | None:
    """The section number of a line that reads as a numbered section's title ("2.8 The Bloch sphere"), else None."""
    if seg.words > _CONTENTS_WORDS or seg.text.rstrip().endswith("."):
        return None
    match = SECTION_TITLE.match(seg.text)
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def _contents_entry(seg: Segment) -> bool:
    return _section_number(seg) is not None or (seg.words <= _CONTENTS_WORDS
                                                 and SECTION_PART.match(seg.text) is not None)


def _heading_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def contents_lists(segments: Sequence[Segment], trusted: frozenset[str]) -> None:
    """Text input: six or more numbered section titles in a row, their numbers rising ("1 Introduction",
    "1.1 Scope", "2 Setup"), are a table of contents when a third of them number subsections (a book's or a
    manual's outline) or half of their titles come again below as the sections' headings: navigation, however the
    line model read them (a long outline reads as the article's text, its short lines as headings). A list of the
    article's own (steps, a ranking) neither nests nor comes again. Lines a trusted wording rule named keep their
    label."""
    last_line: dict[str, int] | None = None  # built once, when a list that does not nest needs it
    for start, end, numbers in _rising_sections(segments):
        if sum(len(number) > 1 for number in numbers) < _CONTENTS_NESTED * len(numbers):
            last_line = last_line if last_line is not None else _last_lines(segments)
            titles = [_heading_key(SECTION_TITLE.sub("", seg.text)) for seg in segments[start:end]]
            if sum(last_line.get(title, -1) >= end for title in titles) < _CONTENTS_REPEATED * len(titles):
                continue
        for seg in segments[start:end]:
            if seg.rule not in trusted:
                set_final(seg, Label.NAVIGATION, "a table of contents: numbered section titles in order")


def _last_lines(segments: Sequence[Segment]) -> dict[str, int]:
    """The last line each text stands on, with its section number and without (a heading's key, see
    ``contents_lists``): a title comes again below line ``k`` when its last line is past ``k``, looked up in one
    pass over the page however many lists it holds."""
    last: dict[str, int] = {}
    for k, seg in enumerate(segments):
        last[_heading_key(seg.text)] = last[_heading_key(SECTION_TITLE.sub("", seg.text))] = k
    return last


def _rising_sections(segments: Sequence[Segment]) -> Iterator[tuple[int, int, list[tuple[int, ...]]]]:
    """The runs ``[i, j)`` of ``_CONTENTS_ENTRIES`` or more numbered section titles in a row whose numbers rise
    from each to the next (a part heading in Roman numerals may stand between two), with their numbers; a title
    numbered out of order ends one run ("8 Best Platforms" under "8. LinkedIn": the article's headline below its
    outline)."""
    for start, end in _runs(segments, _contents_entry):
        first, numbers = start, list[tuple[int, ...]]()
        for k in range(start, end + 1):
            number = _section_number(segments[k]) if k < end else None
            if k < end and (number is None or not numbers or number > numbers[-1]):
                if number is not None:
                    numbers.append(number)
                continue
            if len(numbers) >= _CONTENTS_ENTRIES:
                yield first, k, numbers
            first, numbers = k, [number] if number is not None else []


# Lines between the page's headline and a table that is the whole article (its byline, date, share bar, kicker and
# caption), each a few words at most (a date line in words: "segunda-feira, 22 de janeiro de 2018 às 0:13"). With
# rows numbered by round and no row read as a headline: aeb text mode, all pages, +0.0017 to +0.0025 on every
# converter (a season's calendar 0.00 -> 0.32-0.46); wcxb-dev every 4th page -0.0001 to +0.0000 (a shop's filter
# facets "3.5 mm (9 products)" kept on re-reading)
_HEADED_TABLE_REACH = 6
_HEADED_TABLE_WORDS = 12


def _under_headline(segments: Sequence[Segment], k: int) -> bool:
    """The page's headline stands a few short lines above line ``k``."""
    for i in range(k - 1, max(-1, k - 1 - _HEADED_TABLE_REACH), -1):
        if current(segments[i]).label is Label.TITLE:
            return True
        if segments[i].words > _HEADED_TABLE_WORDS:
            return False
    return False


_COUNTED_HEADLINES = 3  # headlines with a count in a row: a "Most commented" list (one alone may be a heading)


def counted_teasers(segments: Sequence[Segment], options: Options) -> None:
    """Text input: a headline that ends with a running time, "How Fast Can Gibbons Swing? (3:04)", is a video
    teaser; three or more headlines in a row that end with a count, "Week 12 power rankings (133)", are a list of
    the most commented or most read stories. Read as content, they are related."""
    def counted(seg: Segment) -> bool:
        return COUNT_END.search(seg.text) is not None and _counted_headline(seg, options)

    for k, end in _runs(segments, counted):
        if end - k >= _COUNTED_HEADLINES:
            for seg in segments[k:end]:
                if current(seg).label is Label.CONTENT:
                    set_final(seg, Label.RELATED, "a headline with its count of comments, in a list of them")
    for seg in segments:  # (a running time and a count never end the same line)
        if (current(seg).label is Label.CONTENT and DURATION_END.search(seg.text)
                and _counted_headline(seg, options)):
            set_final(seg, Label.RELATED, "a video teaser: a headline with its running time")


_COUNTED_WORDS = 3  # words of letters a counted headline says something with ("160-180° (5)" is a filter's facet)


def _counted_headline(seg: Segment, options: Options) -> bool:
    return headline_shaped(seg, options) and _letter_words(seg.text) >= _COUNTED_WORDS


_CITED_SHARE = 0.5  # share of the blocks under a "References" heading that must look like citations (years, links)
_NO_LEVEL = 7  # the level of a "Sources:" line that is no <h1>-<h6>: the next heading of any level ends its list


def reference_lists(segments: Sequence[Segment]) -> None:
    """HTML: the list under an article's "References" / "Sources" / "Citations" heading, up to the next heading of the
    same or a higher level, is its list of sources, not its text, when at least half of its blocks read as citations
    (a year, a link, "et al.", a DOI). The heading must stand in the main region and be no link (a menu entry
    "Sources" heads no list); it may be a button that opens the list, or named as navigation by its box."""
    for i, seg in enumerate(segments):
        if seg.words > 4 or seg.link_chars or not seg.in_region or not REFERENCES_HEADING.match(seg.text):
            continue
        level = int(seg.tag[1]) if seg.is_heading else _NO_LEVEL
        entries: list[Segment] = []
        for nxt in segments[i + 1:]:
            if nxt.is_heading and int(nxt.tag[1]) <= level:
                break
            if current(nxt).label is Label.CONTENT:
                entries.append(nxt)
        cited = sum(1 for e in entries if CITATION_MARK.search(e.text))
        if not entries or cited < _CITED_SHARE * len(entries):
            continue
        reason = f"list of sources under a '{seg.text.strip()}' heading"
        for member in (seg, *entries):
            set_final(member, Label.OTHER, reason)


def poster_detail_values(segments: Sequence[Segment]) -> None:
    """HTML: the value under a poster's detail in a definition list (<dt>Messages</dt><dd>11</dd>, <dt>Joined</dt>
    <dd>Jun 29, 2016</dd>) is that detail: a count or a date, a few words with a number in them."""
    for term, value in pairwise(segments):
        if (term.tag == "dt" and term.rule == "rule_poster_details" and value.tag == "dd"
                and value.words <= _POSTER_VALUE_WORDS and not value.ends_sentence
                and any(ch.isdigit() for ch in value.text) and current(value).label is Label.CONTENT):
            set_final(value, current(term).label, "the value of a forum poster's detail")


def sandwiched_lines(segments: Sequence[Segment]) -> None:
    """A very short content line between two boilerplate blocks belongs to them (a menu entry, a list label)."""
    n = len(segments)
    for i in range(1, n - 1):
        seg = segments[i]
        if seg.words > _SANDWICH_MAX_WORDS or current(seg).label is not _CONTENT or seg.ends_sentence:
            continue
        before, after = current(segments[i - 1]), current(segments[i + 1])
        if before.label is Label.CONTENT or after.label is Label.CONTENT or after.label is Label.TITLE:
            continue
        set_final(seg, after.label, f"short line inside a {after.label.value} block")


def repeated_paragraphs(segments: Sequence[Segment], parent: Sequence[int], min_chars: int,
                        thread: bool = False) -> None:
    """Paragraphs kept twice word for word: a quote of an earlier post (in a <blockquote>; in a ``thread``, any
    paragraph said again in another post, as forum engines quote in boxes of their own), or a box printed
    twice (a copy of the description for another screen size, hidden by the stylesheet): every block of the
    box repeats a block of another box. The reader sees them once. A box that repeats some paragraphs among new
    ones (a meal plan, the same credit under every webcam) stays."""
    first: dict[str, int] = {}
    copies: set[int] = set()
    boxes: dict[int, list[int]] = {}
    for i, seg in enumerate(segments):
        if seg.node < 0 or current(seg).label is not _CONTENT:
            continue
        box = parent[seg.node]
        boxes.setdefault(box, []).append(i)
        original = first.setdefault(seg.text, i)
        if original != i and box != parent[segments[original].node]:
            copies.add(i)
    for members in boxes.values():
        if (len(members) >= _COPY_BLOCKS and all(i in copies for i in members)
                and any(segments[i].chars >= min_chars for i in members)):
            for i in members:
                set_final(segments[i], Label.OTHER, "a copy of a box above (the same paragraphs again)")
    for i in sorted(copies):
        seg = segments[i]
        if (current(seg).label is Label.CONTENT and seg.chars >= min_chars
                and (thread or _inside_tag(seg, "blockquote"))):
            set_final(seg, Label.OTHER, "a quote of a paragraph above")


def screen_copies(segments: Sequence[Segment], for_screen: Callable[[Segment, Segment], bool]) -> None:
    """HTML: a block kept twice word for word where the markup names one of the two copies for a screen size
    (``for_screen``: "hide-on-mobile", "desktop", "md:hidden" on an element around one copy and not the other) is
    one text printed once per screen: the reader sees one of them."""
    first: dict[str, Segment] = {}
    for seg in segments:  # every block of the page: the cheap tests first, written out
        text = seg.text
        if len(text) < _SCREEN_COPY_CHARS or seg.node < 0:
            continue
        verdict = seg.final or seg.first
        if verdict is None or verdict.label is not _CONTENT:
            continue
        original = first.setdefault(text, seg)
        if original is not seg and for_screen(original, seg):
            set_final(seg, Label.OTHER, "a copy of a block above for another screen size")


# Labels whose wording is clear enough to name the whole box it stands in (a newsletter widget, a consent panel).
_BOX_NAMING = (Label.COOKIE, Label.NEWSLETTER, Label.COMMENTS)
_LINK_LIST_DENSITY = 0.5  # a block more link than this is a menu entry
_SECTION_MAX_BLOCKS = 6  # a section bigger than this is a region of its own, not one prompt


def container_votes(segments: Sequence[Segment]) -> None:
    """A box the markup only calls a widget, a dialog or a sidebar takes the label its own wording gives it:
    a sidebar box that says "Subscribe" is a newsletter box, a dialog that talks about cookies is the banner."""
    boxes: dict[int, list[Segment]] = {}
    for seg in segments:
        if seg.hint is not None and seg.hint.label is _OTHER:
            boxes.setdefault(seg.hint.node, []).append(seg)
    for members in boxes.values():
        named = [current(m).label for m in members if current(m).label in _BOX_NAMING]
        if not named:
            continue
        label = max(_BOX_NAMING, key=named.count)
        for m in members:
            if current(m).label is Label.OTHER:
                set_final(m, label, f"in a box whose wording is {label.value}")


def section_wording(segments: Sequence[Segment], parent: Sequence[int]) -> None:
    """HTML: a small section (the blocks of one parent element) that asks you to subscribe, or talks about
    cookies, is that kind of box as a whole, whatever the broad box around it (a footer, a sidebar) is called."""
    groups: dict[int, list[Segment]] = {}
    for seg in segments:
        if seg.node >= 0:
            groups.setdefault(parent[seg.node], []).append(seg)
    for members in groups.values():
        links = sum(1 for m in members if m.link_density > _LINK_LIST_DENSITY)
        if len(members) > _SECTION_MAX_BLOCKS or links * 2 > len(members):
            continue  # too big to be one prompt, or a list of links (a footer menu with a "Cookie settings" entry)
        worded = [current(m).label for m in members if m.rule != "rule_hint" and current(m).label in _BOX_NAMING]
        if not worded:
            continue
        label = max(_BOX_NAMING, key=worded.count)
        for m in members:
            if (m.rule == "rule_hint" and current(m).label in (Label.LEGAL, Label.OTHER) and m.final is None
                    and m.link_density <= _LINK_LIST_DENSITY):
                set_final(m, label, f"in a section whose wording is {label.value}")


_SIGNUP_CLIMB = 4  # levels above a sign-up prompt where its form may stand (a card: heading, blurb, form, terms)
_SIGNUP_MAX_BLOCKS = 8  # a sign-up card holds a few blocks; more is a section of the page around one
_SIGNUP_MAX_CHARS = 800  # and a few sentences: a heading, a blurb, the terms of the sign-up


def signup_boxes(segments: Sequence[Segment], parent: Sequence[int], end: Sequence[int]) -> None:
    """HTML: a small box holding a sign-up prompt ("Sign up now for our newsletter") and a <form> is a sign-up card
    as a whole: its heading, its blurb ("Be the first to know!"), its button and its terms go with the prompt, in the
    article's region too, where a box's name is not read."""
    prompts = [seg.node for seg in segments if seg.in_region and seg.node >= 0 and seg.rule != "rule_hint"
               and current(seg).label is _NEWSLETTER]
    if not prompts or not any(_inside_tag(seg, "form") for seg in segments):
        return
    by_node = sorted(segments, key=lambda seg: seg.node)  # (a tail's block follows its element's children)
    nodes = [seg.node for seg in by_node]
    for node in prompts:
        box = parent[node]
        for _ in range(_SIGNUP_CLIMB):
            if box < 0:
                break
            members = by_node[bisect_left(nodes, box):bisect_right(nodes, end[box])]
            if len(members) > _SIGNUP_MAX_BLOCKS or sum(m.chars for m in members) > _SIGNUP_MAX_CHARS:
                break
            if any(_inside_tag(m, "form") for m in members):
                for m in members:
                    if m.in_region and current(m).label is Label.CONTENT:
                        set_final(m, Label.NEWSLETTER, "in a sign-up box (a form beside a sign-up prompt)")
                break
            box = parent[box]


def line_model(segments: Sequence[Segment], options: Options, trusted: frozenset[str],
               overrulable: frozenset[str] = frozenset()) -> None:
    """Text input: the learned line model reads each line with its neighbours and overrules every first-pass
    verdict but those of the trusted rules, where it is confident enough; the verdicts of the ``overrulable``
    trusted rules (lists of wording, which a line in another role can share) only where it is sure."""
    for seg in segments:
        if seg.model is None:
            continue
        label, prob = seg.model
        if seg.rule in trusted and (seg.rule not in overrulable or prob < _MODEL_SURE):
            continue
        if label is Label.TITLE and not headline_shaped(seg, options):
            continue  # a paragraph of sentences is no headline, wherever it stands
        if prob >= options.min_model_confidence:
            set_final(seg, label, f"{_MODEL_REASON} reads as {label.value} in its context ({prob:.0%})")


def headline_shaped(seg: Segment, options: Options) -> bool:
    """A headline: a few words, one clause, no full stop at the end."""
    return (2 <= seg.words <= _HEADLINE_MAX_WORDS and _ends_open(seg)
            and not SENTENCE_BREAK.search(seg.text.rstrip()) and not _exclaimed_sentence(seg))


# a line ending in one of these goes on as a sentence; a headline does not (with the full-width stops and commas of
# Chinese and Japanese)
_CLAUSE_ENDS = (".", ",", ";", ":", "。", "、", "，", "；", "：")


def _ends_open(seg: Segment) -> bool:
    """The line does not end the way a sentence or a clause does: the ending of a headline or a title."""
    return not seg.text.rstrip().endswith(_CLAUSE_ENDS)


def _exclaimed_sentence(seg: Segment) -> bool:
    """A sentence of eight or more words ending in "!" or "?": read as the article's first sentence, not as its
    headline (so that an article whose output starts with one reads the same again)."""
    return seg.words >= _EXCLAIMED_WORDS and seg.text.rstrip().endswith(("!", "?"))


def finish(segments: Sequence[Segment]) -> None:
    for seg in segments:
        if seg.final is None:
            seg.final = seg.first
