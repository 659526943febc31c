"""First-pass rules: helpers tested on their own, and rules seen through whole pages (what each drops, what it
must leave)."""

from __future__ import annotations

from conftest import PARAGRAPHS, article_page

from boilerstrip import Block, InputKind, Label, strip_html
from boilerstrip._options import DEFAULT_OPTIONS
from boilerstrip._rules import RuleContext, rule_menu_words, title_variants
from boilerstrip._segment import Segment


def _block(blocks: tuple[Block, ...], start: str) -> Block:
    return next(b for b in blocks if b.text.startswith(start))


def test_a_scrolling_ticker_is_dropped() -> None:
    ticker = "<div class='marquee'>" + "Book Now * " * 30 + "</div>"
    result = strip_html(article_page(extra_article=ticker))
    block = _block(result.blocks, "Book Now")
    assert not block.kept and block.label is Label.OTHER
    assert "ticker" in block.reason
    assert PARAGRAPHS[-1] in result.text


def test_repeats_that_are_no_ticker_stay() -> None:
    header = "<table><tr><td>" + " ".join(["n Mean (SD)"] * 6) + "</td></tr></table>"  # a table's header cells
    chorus = "<p>" + "Row, row, row your boat, gently down the stream. " * 3 + "</p>"  # words repeat, not one phrase
    code = "<pre>" + "x = x + 1\n" * 20 + "</pre>"  # code may repeat a line
    result = strip_html(article_page(extra_article=header + chorus + code))
    for start in ("n Mean", "Row, row", "x = x + 1"):
        assert "ticker" not in _block(result.blocks, start).reason


def test_title_variants_hold_each_side_of_a_split_title() -> None:
    variants = title_variants("Confusing resolver structure - Docker Desktop - Docker Community Forums")
    assert "confusing resolver structure" in variants
    assert "docker community forums" in variants


def test_title_variants_leave_out_the_site_name_when_asked() -> None:
    variants = title_variants("Confusing resolver structure - Docker Desktop - Docker Community Forums",
                              site_last=True)
    assert "docker community forums" not in variants
    assert "confusing resolver structure" in variants
    assert "confusing resolver structure - docker desktop" in variants  # the title less its last side
    assert "confusing resolver structure - docker desktop - docker community forums" in variants  # whole


def test_an_unsplit_title_is_its_own_variant() -> None:
    title = "Paris Baguette wants to be America's neighborhood bakery"
    assert title_variants(title, site_last=True) == title_variants(title) == {title.casefold()}


def _forum_post(name: str, text: str) -> str:
    return (f"<div class='post'><section class='user'><h4>{name}</h4><h5>Senior Member</h5><div>7+ Year Member</div>"
            "<dl><dt>Joined</dt><dd>Jun 29, 2016</dd></dl><dl><dt>Messages</dt><dd>11</dd></dl>"
            "<dl><dt>Reaction score</dt><dd>10</dd></dl></section>"
            f"<div class='body'><p>{text}</p><div>Last edited: Jul 21, 2024</div><div>2 Likes</div>"
            "<div>Posts: 1,077</div></div></div>")


def test_a_forum_posters_card_is_dropped() -> None:
    names = ("riverfan", "otterwatch")
    posts = "".join(_forum_post(name, text) for name, text in zip(names, PARAGRAPHS[2:], strict=True))
    result = strip_html(article_page(extra_article=posts, paragraphs=PARAGRAPHS[:2]))
    for start in ("Senior Member", "7+ Year Member", "Joined", "Messages", "11", "Reaction score", "10",
                  "Last edited", "2 Likes", "Posts: 1,077"):
        block = _block(result.blocks, start)
        assert not block.kept and block.label is Label.BYLINE, (start, block.reason)
    assert "forum poster" in _block(result.blocks, "Messages").reason
    assert all(p in result.text for p in PARAGRAPHS)


def test_poster_words_elsewhere_stay() -> None:
    extra = "<h2>Messages</h2><p>Points</p><dl><dt>Points</dt><dd>Three goals in the second half.</dd></dl>"
    result = strip_html(article_page(extra_article=extra + "<p>" + PARAGRAPHS[0] + " Again.</p>"))
    assert _block(result.blocks, "Messages").kept  # a heading named "Messages" is no poster's card
    assert _block(result.blocks, "Three goals").kept


def test_a_forum_posters_card_is_dropped_from_a_text_dump() -> None:
    """A dump prints the card beside every post as lines of their own; its wording is specific enough to stand
    against the line model, which reads short lines between posts as the posts' own."""
    from boilerstrip import strip_text

    lines = ["Which trail for a first hike?"]
    for name, text in zip(("riverfan", "otterwatch", "pinecone"), PARAGRAPHS[:3], strict=True):
        lines += [name, "Well-known member", "Joined: Mar 9, 2012", "Messages: 1,077", text,
                  "Reactions: hillwalker, fernly and 3 others", "Click to expand..."]
    result = strip_text("\n".join(lines))
    for start in ("Well-known member", "Joined: Mar 9, 2012", "Messages: 1,077", "Reactions:", "Click to expand"):
        blocks = [b for b in result.blocks if b.text.startswith(start)]
        assert len(blocks) == 3 and all(not b.kept and "forum poster" in b.reason for b in blocks), start
    assert PARAGRAPHS[0] in result.text and PARAGRAPHS[1] in result.text


def test_a_shops_buttons_are_dropped_and_the_products_stay() -> None:
    cards = "".join(f"<li><h3>River boot {n}</h3><p>${n}9</p><div>In stock</div><div>Compare</div>"
                    "<button>Add to cart</button><div>Qty:</div></li>" for n in range(1, 4))
    result = strip_html(article_page(extra_article=f"<ul>{cards}</ul>"))
    for start in ("In stock", "Compare", "Add to cart", "Qty:"):
        block = _block(result.blocks, start)
        assert not block.kept and "shop's button" in block.reason, (start, block.reason)
    assert "River boot 2" in result.text and "$29" in result.text


def test_a_call_to_action_button_is_dropped() -> None:
    extra = "<div class='cta'><a class='button' href='/demo'>Book a demo</a></div><p>Get started</p>"
    result = strip_html(article_page(extra_article=extra))
    for start in ("Book a demo", "Get started"):
        block = _block(result.blocks, start)
        assert not block.kept and "call-to-action" in block.reason, (start, block.reason)
    assert all(p in result.text for p in PARAGRAPHS)


def test_an_ad_marker_with_the_ads_line_is_an_ad() -> None:
    result = strip_html(article_page(extra_article="<p>Advertisement: New AI Strategy Course</p>"))
    block = _block(result.blocks, "Advertisement:")
    assert not block.kept and block.label is Label.ADVERTISEMENT
    assert all(p in result.text for p in PARAGRAPHS)


def test_text_lines_that_name_their_role_go_whatever_the_line_model_reads() -> None:
    """A lead-in label ("Related: ...", "Image caption ...") or a share button's screen-reader text says what the line
    is; the line model, reading a headline or a caption between paragraphs as prose, does not overrule it."""
    from boilerstrip import strip_text

    lines = [PARAGRAPHS[0], "Related: Possible water plumes on Europa, the discovery in images", PARAGRAPHS[1],
             "Image caption The ferry at the old mill was suspended on Friday after it ran aground", PARAGRAPHS[2],
             "Click to share on Twitter (Opens in new window)", "Click to print (Opens in new window)",
             "Follow the Courier on Instagram, Facebook, Twitter and YouTube."]
    result = strip_text("\n\n".join(lines))
    for block in result.blocks:
        if block.text in lines[1::2]:
            assert not block.kept, block
            assert block.label in (Label.RELATED, Label.CAPTION, Label.SHARE), block
    assert all(p in result.text for p in PARAGRAPHS[:3])


def test_a_long_caption_ending_with_its_credit_goes_and_the_article_stays() -> None:
    """A space agency's diagram is described at length, numbered parts and all, and its credit ends the caption: up
    to _CAPTION_WORDS words it is a caption, however article-like its sentences."""
    from boilerstrip import strip_text

    parts = ", ".join(f"({n}) {part}" for n, part in enumerate(
        ["private crew quarters", "exercise", "hygiene and waste", "dining and wardroom", "workstation",
         "medical bay", "stowage", "life support system", "storm shelter", "circulation space"], start=1))
    caption = (f"Functional areas of the habitation module: {parts}. The crew quarters are placed at the centre, "
               "where the water tanks and the stowage around them shield the sleepers from radiation during the "
               "months of the cruise to the planet and back home again. Credit: Space Agency")
    assert 70 < len(caption.split()) <= 100
    result = strip_text("\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], caption, PARAGRAPHS[2]]))
    block = _block(result.blocks, "Functional areas")
    assert not block.kept and block.label is Label.CAPTION
    assert all(p in result.text for p in PARAGRAPHS[:3])


def test_news_photo_captions_go_by_their_wording_and_lists_stay() -> None:
    """A wire photo's caption says where its people stand and gives the weekday with the full date; a list of
    directions or verbs in the article ("lower, higher, left, right") and a byline's time stamp are no caption."""
    from boilerstrip import strip_text

    captions = [
        "Former Governor Jane Doe, left, speaks with a shop owner during a campaign stop, Tuesday, Nov. 19, 2019, in "
        "Columbia, South Carolina.",
        "In this Sunday, Nov. 10, 2019, photograph, a long row of unsold sports cars sits at a dealership near the "
        "city.",
        "Teachers wearing red carry signs as they rally at the Statehouse, Tuesday, Nov. 19, 2019, calling for "
        "higher pay.",
    ]
    stays = [
        "Go handheld and explore different perspectives, lower, higher, left, right, and keep the horizon level "
        "while you do.",
        "Starting with a few gentle, easy breaths is a good way to relax, center, and quiet the mind before you "
        "begin the practice.",
    ]
    stamp = "4:00 am CST, Wednesday, November 20, 2019"
    lines = [stamp, PARAGRAPHS[0], captions[0], PARAGRAPHS[1], captions[1], stays[0], PARAGRAPHS[2], captions[2],
             stays[1]]
    result = strip_text("\n\n".join(lines))
    for caption in captions:
        block = _block(result.blocks, caption[:30])
        assert not block.kept and block.label is Label.CAPTION, block
    for text in [*stays, *PARAGRAPHS[:3]]:
        assert text in result.text
    assert _block(result.blocks, stamp[:20]).label is not Label.CAPTION


def test_subscription_nouns_in_the_article_stay_and_prompts_go() -> None:
    talk = ("<ul><li><p>Recent subscribers (8-30 days): 94% engaged</p></li>"
            "<li><p>No subscription discounts</p></li></ul>")
    prompts = "<p>Subscribe to our newsletter</p><p>Become a paid subscriber to unlock this piece</p>"
    result = strip_html(article_page(extra_article=prompts + talk))
    assert "Recent subscribers (8-30 days): 94% engaged" in result.text
    assert "No subscription discounts" in result.text
    for start in ("Subscribe to our", "Become a paid"):
        block = _block(result.blocks, start)
        assert not block.kept and block.label is Label.NEWSLETTER


def test_the_sentence_under_a_sign_up_prompt_in_the_article_goes_with_it() -> None:
    blurb = ("Subscribe to the Town Post, a free daily newsletter that brings the best of the river, the council and "
             "the town's sport to your inbox every morning.")
    box = f"<p>Subscribe to the Town Post</p><p>Get more river news</p><p>{blurb}</p>"
    result = strip_html(article_page(extra_article=box))
    for start in ("Subscribe to the Town Post", "Get more river news", blurb):
        block = _block(result.blocks, start)
        assert not block.kept and block.label is Label.NEWSLETTER
    assert all(p in result.text for p in PARAGRAPHS)


def test_a_paragraph_naming_vendors_twice_is_no_cookie_banner() -> None:
    # "vendor" and "vendors" are one consent word, not two: the paragraph stays in the article
    para = ("<p>Delegate day-of responsibilities: tipping envelopes, vendor contact lists, and an on-call person. "
            "In the week leading up, confirm deliveries and timings with all vendors, and rehearse the ceremony.</p>")
    result = strip_html(article_page(extra_article=para))
    block = _block(result.blocks, "Delegate day-of")
    assert block.kept and block.label is Label.CONTENT


def test_an_embed_blocked_by_consent_choices_is_cookie_text() -> None:
    note = ("<div><p>This content isn't visible due to your cookie preferences.</p>"
            "<p>These cookies are set and controlled by the third party sources from which the embedded content "
            "originates.</p></div>")
    result = strip_html(article_page(extra_article=note))
    for start in ("This content isn't", "These cookies are set"):
        block = _block(result.blocks, start)
        assert not block.kept and block.label is Label.COOKIE


def test_an_article_line_with_slashes_or_arrows_is_no_breadcrumb() -> None:
    """In a page's article, a trail of crumbs is links ("Home » Guides"); a line of the text that only has the
    shape ("302ms → 261ms (14% faster)", "More jobs / funding") stays. A dump of text has no links to tell by:
    there the shape still names a trail."""
    lines = "<p>302ms → 261ms (14% faster)</p><ul><li>More jobs / funding mean more projects / resources</li></ul>"
    crumbs = "<div><a href='/'>Home</a> » <a href='/guides'>Guides</a> » <a href='/g/p'>Plumbing</a></div>"
    result = strip_html(article_page(extra_article=lines + crumbs))
    assert "302ms → 261ms (14% faster)" in result.text and "More jobs / funding" in result.text
    trail = _block(result.blocks, "Home » Guides")
    assert not trail.kept and trail.reason == "breadcrumb trail"
    line = Segment("302ms → 261ms (14% faster)", "line", "line 1")  # in region, no links: all a text line has
    verdict = rule_menu_words(line, RuleContext(DEFAULT_OPTIONS, InputKind.TEXT, frozenset(), ()))
    assert verdict is not None and verdict.reason == "breadcrumb trail"
