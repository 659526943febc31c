"""Region decisions added for real page shapes, one small page each (the corpora behind them are in benchmarks/)."""

from __future__ import annotations

from itertools import pairwise

from boilerstrip import strip_html

SENTENCES = [
    "The European Space Agency says putting astronauts into a state of suspended animation could help on Mars.",
    "Researchers examined how hibernation would affect the design of a crewed mission to the red planet.",
    "Slowing down the human metabolism the way animals hibernate is not possible yet, the agency said on Monday.",
    "Challenges include designing a spacecraft that runs largely on its own while the crew sleeps for months.",
]
HEADLINES = [f"Headline number {i} about something that happened somewhere today" for i in range(40)]


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_short_article_beats_a_rail_of_headlines_in_an_aside() -> None:
    article = "<div class='story'>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div>"
    rail = "<aside>" + "".join(
        f"<div class='box'><h3>Section {k}</h3><ul>" + "".join(
            f"<li><a href='/n{k}{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES[k * 8:(k + 1) * 8])) + "</ul></div>"
        for k in range(5)) + "</aside>"
    result = strip_html(_page(article + rail))
    assert result.text == "\n\n".join(SENTENCES)


def test_thread_posts_marked_up_as_comments_are_the_content() -> None:
    """A listing of posts under itemprop=comment (XenForo-style threads), next to a short intro."""
    intro = "<div class='intro'><p>" + SENTENCES[0] + " This thread collects answers.</p></div>"
    posts = intro + "".join(
        f"<article class='post' itemprop='comment'><header><a href='/u{i}'>user{i}</a></header>"
        f"<div class='body'><p>{s} Reply number {i} adds its own view.</p></div></article>"
        for i, s in enumerate(SENTENCES * 2))
    result = strip_html(_page("<nav><a href='/'>Home</a> <a href='/f'>Forums</a></nav><main>" + posts + "</main>"))
    for s in SENTENCES:
        assert s in result.text


def _question_page(itemtype: str) -> str:
    head = "<meta property='og:type' content='article'>"
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    question = f"<article><h1>Will this simple method work?</h1>{paragraphs}</article>"
    replies = "<section class='discussion'><ul>" + "".join(
        f"<li class='comment'{itemtype}><div class='user'>user{i}</div><div class='text'><p>{s} Reply {i} adds "
        "its own view, with a few more words to say why.</p></div></li>"
        for i, s in enumerate(SENTENCES * 4)) + "</ul></section>"
    return _page("<nav><a href='/'>Home</a> <a href='/f'>Forums</a></nav><main>" + question + replies + "</main>",
                 head)


def test_replies_marked_as_schema_comments_under_a_short_question_are_the_content() -> None:
    """A forum thread that calls itself an article (og:type), its replies marked as schema.org Comments: under a
    question of a paragraph or two, they are the thread's posts."""
    result = strip_html(_question_page(" itemscope itemtype='https://schema.org/Comment'"))
    assert "Reply 5 adds its own view" in result.text


def test_comments_under_a_short_article_without_comment_markup_stay_out() -> None:
    result = strip_html(_question_page(""))
    assert "Reply 5 adds its own view" not in result.text
    assert SENTENCES[0] in result.text


def test_a_class_on_a_table_row_inside_the_article_names_data() -> None:
    rows = "".join(f"<tr class='player'><td>{i}</td><td>Driver {i}</td><td>{5000 - i * 7}</td></tr>"
                   for i in range(1, 13))
    article = ("<article>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
               + f"<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>{rows}</table></article>")
    result = strip_html(_page(article))
    assert "Driver 7" in result.text


def test_a_see_also_entry_of_a_table_of_contents_swallows_nothing() -> None:
    toc = ("<aside><nav class='toc'><ul>" + "".join(f"<li><a href='#s{i}'>Section {i}</a></li>" for i in range(4))
           + "<li><a href='#see'>See also</a></li></ul></nav></aside>")
    sections = "".join(f"<section><h2><a href='#s{i}'>Section {i}</a></h2><dl><dt><a href='/x{i}'>Item{i}()</a></dt>"
                       f"<dd><p>{s}</p></dd></dl></section>" for i, s in enumerate(SENTENCES))
    result = strip_html(_page("<main>" + toc + "<div class='content'>" + sections + "</div></main>"))
    for s in SENTENCES:
        assert s in result.text


def test_json_printed_into_a_div_is_neither_prose_nor_kept() -> None:
    state = '{"statementLink":"","footerHtml":"","hideMobile":false,"hideTrigger":false,"items":[1,2,3]}'
    page = _page("<div class='state'>" + state + "</div><div class='a'>" + state + "</div><div class='b'>" + state
                 + "</div><main><h1>A headline</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</main>")
    result = strip_html(page)
    assert "statementLink" not in result.text
    assert SENTENCES[0] in result.text


def test_search_result_items_are_a_search_page_content() -> None:
    items = "".join(
        f"<div class='summary-item search_result_item-69aa'><h3><a href='/a{i}'>{HEADLINES[i]}</a></h3>"
        f"<p>{SENTENCES[i % 4]}</p></div>" for i in range(8))
    result = strip_html(_page("<header><a href='/'>Home</a></header><div class='results'>" + items + "</div>"))
    assert SENTENCES[0] in result.text and SENTENCES[3] in result.text


def test_a_reading_list_inside_role_main_keeps_every_section() -> None:
    """A wiki page of reading lists (MediaWiki marks its content role="main"): the longest list is no listing page
    of its own when it holds less than half of the content element's text; the whole content element is the page."""
    def guides(k: int, count: int, cls: str = "") -> str:
        return f"<ul{cls}>" + "".join(f"<li><a href='/r{k}{i}'>Tuning guide {k}.{i} for the database server</a> by "
                                      f"Author {i}</li>" for i in range(count)) + "</ul>"
    note = "<p>Courses on <a href='/c'>tuning</a> are offered by several companies; see the events page.</p>"
    content = (f"<div id='content' class='mw-body' role='main'><h1>Performance</h1><p>{SENTENCES[0]}</p>"
               f"<h2>Guides</h2>{guides(0, 12, ' class=guides')}{note}<h2>Tools</h2>{guides(1, 3)}<h2>Queries</h2>"
               f"{guides(2, 3)}{guides(3, 2)}<h2>Resources</h2>{guides(4, 3)}{guides(5, 3)}</div>")
    menu = "<div id='panel'><ul>" + "".join(f"<li><a href='/m{i}'>Menu {i}</a></li>" for i in range(8)) + "</ul></div>"
    result = strip_html(_page(content + menu))
    assert "Tuning guide 0.5" in result.text and "Tuning guide 4.1" in result.text
    assert SENTENCES[0] in result.text and "Menu 3" not in result.text


def test_article_sections_named_nav_are_the_article() -> None:
    """A guide whose every part sits in a div.content-nav-section (the anchors of a sticky menu), at two depths:
    the class names navigation, but together the parts hold the page's prose. A promo box beside it holds a
    little prose of its own; the real menu stays out."""
    def part(i: int, s: str) -> str:
        return f"<div class='content-nav-section'><h2>Step {i}</h2><p>{s}</p><p>{s} It takes a while.</p></div>"
    parts = [part(i, s) for i, s in enumerate(SENTENCES)]
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/m{i}'>Menu entry {i}</a></li>" for i in range(8)) + "</ul>"
    promo = ("<div class='promo'><p>Open an account that grows with you and earn a bonus of up to five hundred "
             "dollars this spring.</p><p>Save more during the little moments of life with a certificate that "
             "earns a fixed rate for three years.</p><p>Talk to one of our specialists about your options, by "
             "phone or in a branch near you, any day of the week.</p></div>")
    result = strip_html(_page(menu + "<main><h1>A guide</h1>" + parts[0] + "<div class='wrap'>" + "".join(parts[1:])
                              + "</div></main>" + promo))
    for s in SENTENCES:
        assert s in result.text
    assert "Menu entry" not in result.text and "bonus" not in result.text


def test_an_article_wrapper_inside_one_record_does_not_cap_the_list() -> None:
    """og:type article, and the page is a long story with a list of tiles in it, each tile its own
    div.articlecontent holding the best paragraphs: the wrapper of one tile is no cap for the page's prose, which
    sits around the tiles one paragraph to a block."""
    more = [s.replace("the agency", "the team").replace("Researchers", "Engineers") for s in SENTENCES]
    tiles = "<div class='zone'>" + "".join(
        f"<article class='tile'><div class='articlecontent'><p>{s} {t}</p><p>{t} {s}</p><p>{s} Tile {i} adds.</p>"
        "</div></article>" for i, (s, t) in enumerate(zip(SENTENCES, more, strict=True))) + "</div>"
    story = [f"<div class='block'><div class='inner'><p>{s} The story goes on, paragraph {i}.</p></div></div>"
             for i, s in enumerate(SENTENCES + more + SENTENCES)]
    page = _page("<section class='main-content'><h1>A long story</h1>" + "".join(story[:8]) + tiles
                 + "".join(story[8:]) + "</section>", head="<meta property='og:type' content='article'>")
    result = strip_html(page)
    assert "paragraph 0." in result.text and "paragraph 11." in result.text and "Tile 3 adds" in result.text


def test_the_headings_between_records_belong_to_them() -> None:
    """A service page: each section's heading, then its box of paragraphs (a 'flex container'), four times under
    one plain parent. The boxes are records of one list, and the headings between them are part of the page."""
    boxes = "".join(f"<h3 class='section-title'>Service number {i}</h3><div class='flex-container'><div class='col'>"
                    f"<p>{s}</p><p>{s} We offer it in every town.</p>" + f"<p>{s} And more.</p>" * (i == 0)
                    + "</div></div>" for i, s in enumerate(SENTENCES))
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/m{i}'>Menu entry {i}</a></li>" for i in range(8)) + "</ul>"
    result = strip_html(_page(menu + "<div class='page'><div class='sections'><h2>What we do</h2>" + boxes
                              + "</div></div>"))
    for i in range(4):
        assert f"Service number {i}" in result.text
    assert "Menu entry" not in result.text


def test_sections_of_different_classes_all_named_nav_are_the_article() -> None:
    """A product page's sections each have their own class and share a navigation name (the anchors of an
    on-page menu, "lm_navSource"): together they hold the prose, so none of them is a menu."""
    names = ["contact_section", "email_section", "website_section", "workflow_section"]
    parts = "".join(f"<div class='{name} lm_navSource'><h2>Part {i}</h2><p>{s}</p><p>{s} It takes a while.</p></div>"
                    for i, (name, s) in enumerate(zip(names, SENTENCES, strict=True)))
    promo = ("<div class='promo'><p>Open an account that grows with you and earn a bonus of up to five hundred "
             "dollars this spring.</p><p>Save more during the little moments of life with a certificate that "
             "earns a fixed rate for three years.</p><p>Talk to one of our specialists about your options, by "
             "phone or in a branch near you, any day of the week.</p></div>")
    result = strip_html(_page("<div class='page'>" + parts + "</div>" + promo))
    for s in SENTENCES:
        assert s in result.text


def test_a_listing_with_one_entry_shown_in_full_is_a_listing() -> None:
    """A news listing: thirty <article> entries (linked headline, excerpt), one shown with its whole (long) text.
    The best paragraphs sit inside one entry of the list: the page is the list, not that one story."""
    entries = [f"<article class='entry'><h2><a href='/n{i}'>Firm number {i} opens an office in a new city</a></h2>"
               f"<p>Firm number {i}, a consultancy with offices in eleven countries, has opened a new office, its "
               f"tenth location worldwide, the company said.</p></article>" for i in range(30)]
    full = ("<article class='entry'><h2><a href='/full'>A consultancy appoints a new partner in Mumbai</a></h2>"
            + "".join(f"<div class='text'><p>{s} The partner said so in a statement on Monday.</p>"
                      f"<p>{s} More detail followed in the afternoon.</p><p>{s} And more came in the evening.</p></div>"
                      for s in SENTENCES) + "</article>")
    result = strip_html(_page("<section class='news'>" + "".join(entries[:8]) + full + "".join(entries[8:])
                              + "</section>"))
    assert "Firm number 0, a consultancy" in result.text and "Firm number 29, a consultancy" in result.text
    assert "More detail followed" in result.text


def test_a_class_around_most_of_every_listing_card_names_its_template() -> None:
    """Product cards whose name, blurb and price sit in a 'product-caption' box: the class is the card's layout,
    not a figure caption, so the cards stay."""
    cards = "".join(
        f"<li class='product'><a href='/p{i}'><img src='/i{i}.jpg'></a><div class='product-caption'>"
        f"<h3><a href='/p{i}'>Camping item number {i}</a></h3><div>{SENTENCES[i % 4][:70]}…</div>"
        f"<span>Price: ${i + 10}.00</span></div></li>" for i in range(8))
    result = strip_html(_page("<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav>"
                              f"<div class='shop'><ul class='products'>{cards}</ul></div>"))
    for i in range(8):
        assert f"Camping item number {i}" in result.text
    assert "Price: $17.00" in result.text


def test_a_table_of_linked_rows_inside_the_article_is_data() -> None:
    """A table whose cells link to other pages (tickers, documents) is the article's data, not a link list."""
    rows = "".join(f"<tr><td><a href='/q/{c}'>{c} Holdings Group Inc</a></td><td><a href='/s/{c}'>Media sector"
                   "</a></td></tr>" for c in ("ACME", "BOLT", "CRAN", "DYNA"))
    article = ("<article><h1>Which companies lead the media sector</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
               + f"<table>{rows}</table></article>")
    result = strip_html(_page(article))
    assert "BOLT Holdings Group Inc" in result.text
    assert SENTENCES[3] in result.text


def test_a_japanese_related_heading_opens_a_teaser_list() -> None:
    items = "".join(f"<li><a href='/a{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES[:6]))
    article = ("<article>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + f"<h3>関連記事</h3><ul>{items}</ul></article>")
    result = strip_html(_page(article))
    assert result.text == "\n\n".join(SENTENCES)
    assert all(not b.kept for b in result.blocks if b.text == "関連記事")


def _thread(head: str) -> str:
    opening = f"<div class='topic'><h1>How did you get started?</h1><p>{' '.join(SENTENCES)}</p></div>"
    replies = "<div class='comments'>" + "".join(
        f"<div class='comment'><span>user{i}</span><p>{s} Reply {i} tells its own story at some length, with a "
        f"second sentence that adds detail.</p><p>{SENTENCES[(i + 1) % 4]}</p></div>"
        for i, s in enumerate(SENTENCES * 3)) + "</div>"
    return _page(f"<nav><a href='/'>Home</a> <a href='/f'>Forums</a></nav><main>{opening}{replies}</main>", head)


def test_a_short_post_under_a_long_discussion_is_a_thread() -> None:
    """Replies marked up as comments, many times the opening post's length, on a page that is no article."""
    result = strip_html(_thread("<meta property='og:type' content='website'>"))
    assert SENTENCES[1] in result.text
    assert "Reply 11 tells its own story" in result.text


def test_an_article_keeps_its_comments_out_however_long() -> None:
    result = strip_html(_thread("<meta property='og:type' content='article'>"))
    assert SENTENCES[1] in result.text
    assert "Reply 11 tells its own story" not in result.text


def _question_and_answers(question_paragraphs: int) -> str:
    """A Q&A page: the question's paragraphs, then the answers as records of one list, under one parent."""
    question = "<div class='question'>" + "".join(
        f"<p>{s} This is what I am asking about, at some length.</p>"
        for s in SENTENCES[:question_paragraphs]) + "</div>"
    answers = "<div id='answers'>" + "".join(
        f"<div class='answer'><div class='body'><p>Answer {i}: {s}</p><p>{SENTENCES[(i + 1) % 4]}</p>"
        f"<p>{SENTENCES[(i + 2) % 4]}</p></div></div>" for i, s in enumerate(SENTENCES)) + "</div>"
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/m{i}'>Menu entry {i}</a></li>" for i in range(8)) + "</ul>"
    return _page(f"{menu}<div class='content'><div class='inner'>{question}{answers}</div></div>")


def test_the_question_above_a_list_of_answers_is_part_of_the_page() -> None:
    result = strip_html(_question_and_answers(2))
    assert "This is what I am asking about" in result.text
    assert "Answer 3: " in result.text
    assert "Menu entry" not in result.text
    assert "the post before it" in result.notes[0]


def test_a_one_paragraph_summary_above_a_list_of_records_is_no_post() -> None:
    result = strip_html(_question_and_answers(1))
    assert "Answer 3: " in result.text
    assert "the post before it" not in result.notes[0]


def test_the_introduction_above_a_guide_body_is_part_of_the_page() -> None:
    """A documentation page: an introduction of its own above the guide's body, both inside <main>."""
    intro = "<div class='intro'><h1>Using the fetch API</h1>" + "".join(
        f"<p>Introduction: {s} {t}</p>" for s, t in (SENTENCES[:2], SENTENCES[2:])) + "</div>"
    body = "<div class='body'>" + "".join(f"<h2>Step {i}</h2><p>{SENTENCES[i % 4]} Step {i} explains it.</p>"
                                          for i in range(16)) + "</div>"
    result = strip_html(_page(f"<nav><a href='/'>Home</a></nav><main>{intro}{body}</main>"))
    assert "Introduction: " in result.text
    assert "Step 15 explains it" in result.text


def _declared_thread(head: str) -> str:
    """A long opening post, then replies marked itemprop=comment in a box of their own (an og:article page)."""
    opening = "<article class='post'><h1>A long question</h1>" + "".join(
        f"<p>{s} The opening post goes on about it in detail.</p>" for s in SENTENCES * 4) + "</article>"
    replies = "<div class='replies'>" + "".join(
        f"<div class='reply' itemprop='comment'><span>user{i}</span><p>Reply {i}: {s}</p></div>"
        for i, s in enumerate(SENTENCES)) + "</div>"
    return _page(f"<main>{opening}<aside class='ad'>Advertisement</aside>{replies}</main>",
                 "<meta property='og:type' content='article'>" + head)


def test_replies_of_a_page_declared_a_forum_thread_are_the_content() -> None:
    """schema.org DiscussionForumPosting (JSON-LD or microdata): the itemprop=comment replies are the thread."""
    ld = "<script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\", \"headline\": \"Q\"}</script>"
    result = strip_html(_declared_thread(ld))
    assert all(f"Reply {i}: " in result.text for i in range(4))
    assert "Advertisement" not in result.text
    assert "forum thread" in result.notes[0]
    in_body = strip_html(_declared_thread("").replace("<main>", ld + "<main>"))
    assert "Reply 3: " in in_body.text
    microdata = strip_html(_declared_thread("").replace(
        "<main>", "<main itemscope itemtype='https://schema.org/DiscussionForumPosting'>"))
    assert "Reply 3: " in microdata.text


def test_comments_of_a_page_not_declared_a_thread_stay_out() -> None:
    result = strip_html(_declared_thread(""))
    assert SENTENCES[0] in result.text
    assert "Reply 0: " not in result.text


def test_a_description_printed_twice_for_two_screen_sizes_is_read_once() -> None:
    description = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    page = _page(f"<main><h1>White speckle mug</h1><div class='desc-desktop'>{description}</div>"
                 f"<div class='desc-mobile'>{description}</div></main>")
    result = strip_html(page)
    assert result.text.count(SENTENCES[0]) == 1
    assert any(not b.kept and "copy of a box" in b.reason for b in result.blocks)


def test_repeats_among_new_paragraphs_of_one_box_stay() -> None:
    """A meal plan repeats a day's recipes in the same list: that is the content, twice."""
    days = "".join(f"<h3>Day {d}</h3><p>{SENTENCES[0]}</p><p>{SENTENCES[d % 3 + 1]}</p>" for d in range(4))
    result = strip_html(_page(f"<article><h1>A meal plan</h1>{days}</article>"))
    assert result.text.count(SENTENCES[0]) == 4


def test_a_quoted_earlier_post_is_read_once() -> None:
    posts = "".join(
        f"<article class='post'><div class='body'><p>{s} Post {i} says more about it, at some length.</p></div>"
        "</article>" for i, s in enumerate(SENTENCES))
    quote = (f"<article class='post'><div class='body'><blockquote><p>{SENTENCES[0]} Post 0 says more about it, "
             "at some length.</p></blockquote><p>I agree with that, and I add a sentence of my own here.</p></div>"
             "</article>")
    result = strip_html(_page(f"<main><h1>A thread</h1>{posts}{quote}</main>"))
    assert result.text.count("Post 0 says more") == 1
    assert "I agree with that" in result.text


def test_a_line_of_code_is_no_heading_of_the_box_below() -> None:
    article = ("<article><h1>SMS quickstart</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
               + "<p>To install the library, run:</p><pre><div>pip install flask twilio</div></pre>"
               "<div class='newsletter'><p>Sign up for our newsletter</p><form><input type='email'></form></div>"
               "</article>")
    result = strip_html(_page(article))
    assert "pip install flask twilio" in result.text


def test_linked_list_items_between_paragraphs_are_the_article() -> None:
    tools = "".join(f"<li><a href='/t{i}'>Tool number {i} for the garden shed</a></li>" for i in range(4))
    tools += "<li><a href='/hoes'>Garden hoes</a></li>"  # a short entry: a menu word's length, the same list
    related = "".join(f"<li><a href='/r{i}'>Another story about gardens {i}</a></li>" for i in range(4))
    article = ("<article><h1>Garden tools</h1>" + f"<p>{SENTENCES[0]}</p><ul>{tools}</ul><p>{SENTENCES[1]}</p>"
               f"<h3><a href='/p'>The first rake of the season</a></h3><p>{SENTENCES[2]}</p>"
               f"<ul>{related}</ul></article>")
    result = strip_html(_page(article))
    assert "Tool number 3 for the garden shed" in result.text and "Garden hoes" in result.text
    assert "The first rake of the season" in result.text
    assert "Another story about gardens" not in result.text  # after the last paragraph: a link list


def test_posts_whose_text_sits_deep_inside_each_post_are_records_of_one_thread() -> None:
    """Forum software nests a post's text ten levels inside the post (cells, cards, wrappers)."""
    def post(i: int, text: str) -> str:
        wrappers = "".join(f"<div class='cell-{k}'>" for k in range(9))
        return (f"<article class='js-post'>{wrappers}<div class='body'><p>{text} Post {i} adds a sentence of its "
                f"own.</p></div>{'</div>' * 9}<div class='user'>member{i}</div></article>")
    posts = "".join(post(i, s) for i, s in enumerate(SENTENCES))
    result = strip_html(_page(f"<div class='page'><h1>A thread</h1><div class='block'>{posts}</div></div>"
                              "<div class='rail'><p>A box beside the thread, with a sentence of its own.</p></div>"))
    assert all(f"Post {i} adds" in result.text for i in range(4))
    assert "4 records of one list" in result.notes[0]


def test_tab_labels_inside_the_article_name_its_panels() -> None:
    tabs = ("<div role='tablist'><span role='tab'>Overview of the mission</span>"
            "<span role='tab'>Hibernation research</span></div>")
    panels = "".join(f"<div role='tabpanel'><p>{s}</p></div>" for s in SENTENCES)
    result = strip_html(_page(f"<nav><a href='/'>Home</a></nav><article><h1>Mars plans</h1>{tabs}{panels}</article>"))
    assert "Hibernation research" in result.text


def test_a_thread_reads_a_post_quoted_again_once() -> None:
    """In a thread, a paragraph said again word for word in a later post is a quote of the earlier one, whatever
    box the forum engine quotes in (no <blockquote> here)."""
    result = strip_html(_thread("<meta property='og:type' content='website'>"))
    assert result.notes[0].startswith("main region (discussion)")
    said = [b for b in result.blocks if b.text == SENTENCES[2]]  # the second paragraph of three replies
    assert len(said) == 3 and said[0].kept
    assert all(not b.kept and b.reason == "a quote of a paragraph above" for b in said[1:])
    assert "Reply 11 tells its own story" in result.text


def test_an_article_keeps_a_paragraph_it_says_twice() -> None:
    article = "<article>" + "".join(f"<div><p>{s}</p></div>" for s in [*SENTENCES, SENTENCES[1]]) + "</article>"
    result = strip_html(_page(article))
    assert result.text.count(SENTENCES[1]) == 2


def test_a_forum_posters_signature_under_each_post_is_not_the_thread() -> None:
    posts = "".join(
        f"<div class='post'><div class='postbody'><p>{s} Reply number {i} adds its own view.</p></div>"
        f"<div class='signature'>Running Linux on three laptops, two desktops and a home server since 2003, "
        f"with a rack of vintage synthesizers in the attic.</div></div>"
        for i, s in enumerate(SENTENCES))
    result = strip_html(_page("<main>" + posts + "</main>"))
    for s in SENTENCES:
        assert s in result.text
    assert "vintage synthesizers" not in result.text


def test_linked_paragraphs_of_a_loose_list_between_the_articles_paragraphs_are_the_article() -> None:
    """A Markdown renderer writes a loose list as <li><p>…</p></li>: the linked items between two paragraphs of
    the article are its list (the patches a progress report names), as bare <li> items are."""
    items = "".join(f"<li><p><a href='/pr/{i}'>libgccjit: add support for feature number {i}</a></p></li>"
                    for i in range(6))
    body = (f"<article><h1>Progress report</h1><p>{SENTENCES[0]} {SENTENCES[1]}</p><ul>{items}</ul>"
            f"<p>{SENTENCES[2]} {SENTENCES[3]}</p></article>")
    result = strip_html(_page(body))
    assert "libgccjit: add support for feature number 3" in result.text


def test_a_body_named_as_the_article_does_not_make_a_listing_page_an_article() -> None:
    """A theme's font class on <body> ("sans-serif-article-body") names no article: a feed of cards under a short
    welcome box is still a listing page."""
    welcome = f"<div class='welcome'><p>{SENTENCES[0]} {SENTENCES[1]} {SENTENCES[2]}</p></div>"
    cards = "".join(
        f"<div class='story'><h2><a href='/p{i}'>{HEADLINES[i]}</a></h2><p><a href='/u{i}'>Author {i}</a></p>"
        f"<div class='tags'><a href='/t{i}'>#topic{i}</a></div></div>" for i in range(30))
    page = (f"<html><head></head><body class='sans-serif-article-body'>{welcome}<main><div class='feed'>{cards}"
            "</div></main></body></html>")
    result = strip_html(page)
    assert HEADLINES[5] in result.text


def test_a_one_paragraph_introduction_above_a_catalogue_of_cards_is_no_article() -> None:
    """An <article> wrapper around a hub page (a course catalogue): one paragraph of introduction above eleven
    cards of a headline and a blurb is a listing page, whatever the wrapper says."""
    cards = "".join(
        f"<div class='row-item'><h3><a href='/c{i}'>Course number {i}</a></h3>"
        f"<div class='desc'>A course covering everything from the basics of topic {i} to its expert use.</div></div>"
        for i in range(11))
    page = (f"<html><head><meta property='og:type' content='article'></head><body><article><div class='body'>"
            f"<div class='intro'><p>{SENTENCES[0]} {SENTENCES[1]} {SENTENCES[2]}</p></div>"
            f"<div class='rows'>{cards}</div></div></article></body></html>")
    result = strip_html(page)
    assert result.notes[0].startswith("main region (listing)")
    assert "Course number 7" in result.text


def test_a_category_page_list_named_category_is_the_content() -> None:
    """A class named with a category word ("mw-category", "c-pwa-category") on a box of a thousand characters and
    more is a category page's list of its members, not a post's few tags: its entries are the content."""
    members = "".join(f"<li><a href='/m{i}'>{HEADLINES[i]}</a></li>" for i in range(30))
    page = _page("<nav class='menu'><a href='/'>Home</a> <a href='/a'>About</a></nav>"
                 f"<div class='content'><h1>Category: Things</h1><div class='mw-category'><ul>{members}</ul></div>"
                 "</div>")
    result = strip_html(page)
    assert HEADLINES[7] in result.text and HEADLINES[29] in result.text
    assert "About" not in result.text


def test_a_post_short_list_of_categories_stays_out() -> None:
    tags = "<div class='post-categories'><a href='/c/1'>Space</a> <a href='/c/2'>Science</a></div>"
    result = strip_html(_page("<article>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + tags + "</article>"))
    assert result.text == "\n\n".join(SENTENCES)


def test_a_feed_of_excerpts_in_a_box_named_for_ads_is_content() -> None:
    """A section-front's feed of article cards (headline and excerpt) in a box whose class ends in "ads"
    ("container--section-more-ads"): eight hundred characters of excerpts are no ad's copy, the name is a layout's."""
    cards = "".join(f"<article><h2><a href='/n{i}'>{HEADLINES[i]}</a></h2><p>{SENTENCES[i % 4]}</p></article>"
                    for i in range(10))
    featured = "".join(f"<li><article><h2><a href='/f{i}'>{HEADLINES[20 + i]}</a></h2><p>{SENTENCES[i % 4]}</p>"
                       "</article></li>" for i in range(4))
    page = _page("<nav class='menu'><a href='/'>Home</a> <a href='/a'>About</a></nav>"
                 f"<main><ul class='featured'>{featured}</ul></main>"
                 f"<div class='container--section-more-ads'><section><h2>Content Feed</h2>{cards}</section></div>")
    result = strip_html(page)
    assert HEADLINES[3] in result.text and HEADLINES[9] in result.text


def test_an_ad_box_with_a_line_of_copy_stays_out() -> None:
    ad = "<div class='sidebar-ads'><p>Buy the best widgets today, free shipping on every order.</p></div>"
    result = strip_html(_page("<article>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + ad + "</article>"))
    assert result.text == "\n\n".join(SENTENCES)


def test_the_headline_section_above_a_service_page_sections_is_part_of_the_page() -> None:
    """A page that is no article (no og:type article, no article wrapper) with its <h1> and lead in a small section
    of their own above the section of prose: the headline section is part of the page."""
    hero = ("<div class='hero'><h1>Backups for small teams</h1>"
            "<p>Every file of every laptop, kept for a year.</p></div>")
    body = "<div class='features'>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div>"
    result = strip_html(_page(f"<div class='page'>{hero}{body}</div>"))
    assert "Every file of every laptop, kept for a year." in result.text
    assert SENTENCES[3] in result.text


def test_an_article_headline_section_above_the_body_stays_out() -> None:
    hero = ("<div class='hero'><h1>Backups for small teams</h1>"
            "<p>Every file of every laptop, kept for a year.</p></div>")
    body = "<div class='features'>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div>"
    head = "<meta property='og:type' content='article'>"
    result = strip_html(_page(f"<div class='page'>{hero}{body}</div>", head))
    assert result.text == "\n\n".join(SENTENCES)


def _landing_page(box_class: str) -> str:
    """og:type article (as themes set it on every page), no article wrapper: a service page of sibling sections
    and a box of sixteen short quotes, the best-scoring box, that holds under half of the page's prose."""
    head = "<meta property='og:type' content='article'>"
    quotes = "".join(f"<p>{s} Client {i} said so.</p>" for i, s in enumerate(SENTENCES * 4))
    sections = "".join(
        f"<section class='info'><h2>Part {k}</h2><p>{SENTENCES[k]} {SENTENCES[(k + 1) % 4]}</p>"
        f"<p>{SENTENCES[(k + 2) % 4]} {SENTENCES[(k + 3) % 4]}</p><p>{SENTENCES[k]} {SENTENCES[(k + 2) % 4]}</p>"
        "</section>" for k in range(4))
    return _page("<nav><a href='/'>Home</a> <a href='/c'>Courses</a></nav><div class='about'>" + sections
                 + f"<section class='testimonials'><div class='{box_class}'>{quotes}</div></section></div>", head)


def test_og_article_alone_needs_half_the_prose_in_the_best_box() -> None:
    """Themes call every page an article (og:type): a box holding under half of the page's prose is one section of
    the page, not its article, unless it is named as the article."""
    result = strip_html(_landing_page("carousel"))
    assert "Part 2" in result.text and "Client 15 said so" in result.text


def test_a_box_named_as_the_article_stays_the_region() -> None:
    result = strip_html(_landing_page("article-body"))
    assert "Client 15 said so" in result.text and "Part 2" not in result.text


def _category_page(grid_first: bool, head: str = "") -> str:
    """A shop's category page: a grid of product cards and the buying advice about them, in one section."""
    cards = "<ul class='grid'>" + "".join(
        f"<li class='card'><a href='/p{i}'>Trail pack {i}</a><p>Model {i} holds 45 litres, with a roll-top lid and "
        f"a hip belt. ${i}9.00</p></li>"
        for i in range(8)) + "</ul>"
    advice = "<div class='advice'><h2>How to choose a pack</h2>" + "".join(
        f"<p>{s} {SENTENCES[(k + 1) % 4]}</p>" for k, s in enumerate(SENTENCES)) + "</div>"
    body = cards + advice if grid_first else advice + cards
    return _page("<nav><a href='/'>Home</a> <a href='/c'>Camping</a></nav><div class='category'>"
                 f"<h1>Backpacking packs</h1>{body}</div><footer><p>Copyright 2026 Shop</p></footer>", head)


def test_a_grid_above_the_text_of_a_page_that_is_no_article_is_its_list() -> None:
    """The buying advice scores highest, but the grid of products above it in the same section is the page's
    list (a category page), not a box beside the article."""
    result = strip_html(_category_page(grid_first=True))
    assert "Model 7 holds 45 litres" in result.text and SENTENCES[2] in result.text
    assert "Trail pack 0" in result.text.splitlines()  # a card's linked name is its headline, as on a listing page


def test_cards_below_the_text_or_on_an_article_page_stay_out() -> None:
    """Cards below the text are its related links; on a page that calls itself an article they stay out too."""
    below = strip_html(_category_page(grid_first=False))
    assert SENTENCES[2] in below.text and "Model 7 holds" not in below.text
    article = strip_html(_category_page(grid_first=True, head="<meta property='og:type' content='article'>"))
    assert SENTENCES[2] in article.text and "Model 7 holds" not in article.text


def test_a_hidden_tab_panel_is_read_as_the_shown_one_is() -> None:
    """Tabs show one panel and hide the others (hidden, display:none) until a click: a documentation page's code
    for each language, a service page's plans. The panels are the page's text; a hidden element that is no tab
    panel stays unread."""
    hide = " hidden style='display:none'"
    panels = "".join(f"<div role='tabpanel'{hide if k else ''}><p>{lang}: {SENTENCES[k]}</p></div>"
                     for k, lang in enumerate(("Python", "Node.js", "Ruby")))
    article = "<article><h1>Quickstart</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + panels + (
        "<div hidden><p>Zqx hidden note that no reader sees.</p></div></article>")
    result = strip_html(_page(article))
    assert "Node.js: " + SENTENCES[1] in result.text and "Ruby: " in result.text
    assert "Zqx" not in result.text


_BODY = [
    "Hibernation would let a crew sleep through most of the seven months it takes to fly from Earth to Mars.",
    "A sleeping crew eats less, breathes less and needs far smaller living quarters than one that stays awake.",
    "Bears lose little muscle or bone over a winter spent asleep, which is what engineers would like to copy.",
    "The agency's study looked at how much lighter a spacecraft could be built if its crew slept on the way.",
    "Its authors found that the habitat could shrink by a third, and the food and water on board by as much.",
    "Medical teams would still need to wake the crew now and then to check on their health during the trip.",
    "The hardest question is how to put a person to sleep safely for months and to wake them without harm.",
    "Researchers say the first trials on people are many years away, but animal studies are already underway.",
]
_LEAD = [
    "Sending people to Mars is hard enough and keeping them fed and sane on the way is harder still for now.",
    "The European Space Agency now asks whether its astronauts could simply sleep for most of the long trip.",
]


def test_lead_paragraphs_in_a_box_above_the_body_are_the_article() -> None:
    body = "<div class='body'><h2>How it would work</h2>" + "".join(f"<p>{s}</p>" for s in _BODY) + "</div>"
    lead = "".join(f"<p>{s}</p>" for s in _LEAD)
    result = strip_html(_page(f"<div class='story'><h1>Sleeping to Mars</h1><section>{lead}{body}</section></div>"))
    assert all(s in result.text for s in _LEAD + _BODY)


def test_a_standfirst_in_the_article_header_is_no_lead() -> None:
    body = "<div class='body'>" + "".join(f"<p>{s}</p>" for s in _BODY) + "</div>"
    header = "<header><h1>Sleeping to Mars</h1>" + "".join(f"<p>{s}</p>" for s in _LEAD) + "</header>"
    result = strip_html(_page(f"<div class='story'><section>{header}{body}</section></div>"))
    assert all(s in result.text for s in _BODY)
    assert not any(s in result.text for s in _LEAD)


def _card(i: int) -> str:
    return (f"<article class='river-card'><h2><a href='/s{i}'>Story number {i} about the new headphones</a></h2>"
            f"<p>Story number {i} tells what the maker changed in this model and what it costs now.</p></article>")


def test_rows_of_the_listing_card_beside_the_list_are_more_entries() -> None:
    """A topic page: a "Latest" row of three cards above the river of the same cards, each in its own section of
    <main>. The row is the listing's too; a lone promoted card (no row) and a sidebar of cards stay out."""
    latest = "<section class='latest'><h2>Latest</h2>" + "".join(_card(i) for i in range(3)) + "</section>"
    river = "<section class='river'>" + "".join(_card(i) for i in range(10, 22)) + "</section>"
    promoted = "<div class='promo-slot'>" + _card(90) + "</div>"
    sidebar = "<aside class='sidebar'>" + "".join(_card(i) for i in range(50, 53)) + "</aside>"
    result = strip_html(_page(f"<main><div class='wrap'>{latest}</div>{promoted}<div class='wrap'>{river}</div>"
                              f"</main>{sidebar}"))
    assert "Story number 1 tells" in result.text and "Story number 21 tells" in result.text
    assert "Story number 90" not in result.text and "Story number 50" not in result.text


def test_a_listing_s_entries_under_a_latest_heading_are_its_content() -> None:
    """A topic page's river under a "Latest News" heading: the heading names the list, the entries are the page."""
    river = "<section class='river'><h2>Latest News</h2>" + "".join(
        f"<article class='river-card'><h3><a href='/s{i}'>Story number {i} about the new headphones</a></h3>"
        f"<div class='meta'>Staff writer</div></article>" for i in range(12)) + "</section>"
    result = strip_html(_page(f"<main>{river}</main>"))
    assert "Story number 0 about the new headphones" in result.text.splitlines()
    assert "Story number 11 about the new headphones" in result.text.splitlines()
def _forum_thread(reply_box: str) -> str:
    """A long opening post and replies in a box named for comments; each reply's text box is ``reply_box``."""
    opening = ("<div class='discussion'><div class='item-wrap'><div class='item-body'><div class='message'>"
               + "".join(f"<p>{s} The opening post goes on about it in detail.</p>" for s in SENTENCES * 4)
               + "</div></div></div></div>")
    replies = "<div class='comments-wrap'><h2>Comments</h2><ul>" + "".join(
        f"<li class='comment'><div class='author'>user{i}</div><div class='item-wrap'><div class='item-body'>"
        f"<div class='{reply_box}'><p>Reply {i}: {s}</p></div></div></div></li>"
        for i, s in enumerate(SENTENCES)) + "</ul></div>"
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/m{i}'>Menu entry {i}</a></li>" for i in range(8)) + "</ul>"
    return _page(f"{menu}<main>{opening}{replies}</main>", "<meta property='og:type' content='website'>")


def test_replies_in_the_opening_posts_template_are_the_thread() -> None:
    """A forum engine names its replies comments, and builds each with the opening post's own template (the same
    text box inside the same wrappers): the replies are posts of the thread."""
    result = strip_html(_forum_thread("message"))
    assert SENTENCES[0] in result.text
    assert all(f"Reply {i}: " in result.text for i in range(4))
    assert "Menu entry" not in result.text
    assert "best post's template" in result.notes[0]


def test_comments_in_a_text_box_of_their_own_stay_out() -> None:
    """Readers' comments under a post have their own text box ("comment-content"), whatever wrappers they share."""
    result = strip_html(_forum_thread("comment-content"))
    assert SENTENCES[0] in result.text
    assert "Reply 0: " not in result.text


def _service_page(section: str) -> str:
    """A page that is no article: its headline section, ``section`` (sections between it and the best one), the best
    section."""
    hero = "<section class='hero'><h1>Recruiting for machine learning</h1><p>We find your next hire.</p></section>"
    best = "<section class='why'>" + "".join(
        f"<p>{s} {t} Our recruiters explain it in detail.</p>" for s in SENTENCES for t in SENTENCES) + "</section>"
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/m{i}'>Menu entry {i}</a></li>" for i in range(8)) + "</ul>"
    return _page(f"{menu}<main>{hero}{section}{best}</main>")


def test_sections_of_prose_between_the_parts_of_a_pages_region_are_the_page() -> None:
    """A service page's headline section and its best section are the region: sections of a paragraph each between
    them, several paragraphs in all, are the page's text too."""
    between = "".join(f"<section class='offer'><h2>Offer {i}</h2><div>Between: {s} {t}</div></section>"
                      for i, (s, t) in enumerate(pairwise(SENTENCES)))
    result = strip_html(_service_page(between))
    assert SENTENCES[3] in result.text and "We find your next hire." in result.text
    assert result.text.count("Between: ") == 3
    assert "between its parts" in result.notes[0]
    assert "Menu entry" not in result.text


def test_a_line_between_the_parts_of_a_pages_region_stays_out() -> None:
    """A line or two between the headline section and the best section (a tagline, a date) is no section."""
    result = strip_html(_service_page(f"<section class='offer'><p>Between: {SENTENCES[0]}</p></section>"))
    assert SENTENCES[3] in result.text
    assert "between its parts" not in result.notes[0]


def test_replies_whose_text_box_is_the_opening_posts_are_the_thread() -> None:
    """A Lemmy-style thread: each reply's text sits in the opening post's own text box ("md-div"), inside wrappers
    of the replies' own ("comment-content", "details"): the replies are posts of the thread."""
    opening = ("<div class='post'><article class='col'><div class='md-div'>"
               + "".join(f"<p>{s} The opening post goes on about it in detail.</p>" for s in SENTENCES * 4)
               + "</div></article></div>")
    replies = "<ul class='comments'>" + "".join(
        f"<li class='comment'><article class='details'><div class='comment-content'><div class='md-div'>"
        f"<p>Reply {i}: {s}</p></div></div></article></li>" for i, s in enumerate(SENTENCES)) + "</ul>"
    result = strip_html(_page(f"<main>{opening}{replies}</main>", "<meta property='og:type' content='website'>"))
    assert SENTENCES[0] in result.text
    assert all(f"Reply {i}: " in result.text for i in range(4))


def test_a_products_reviews_are_no_thread() -> None:
    """A short product description above customer reviews many times its length: the reviews (a class named for
    reviews) are the customers' verdicts, not the replies of a thread whose opening post is the description."""
    description = ("<div class='product-info'><h1>Shelf unit, white</h1>" + "".join(
        f"<p>A simple shelf unit with clean lines. {s}</p>" for s in SENTENCES[:3]) + "</div>")
    reviews = "<div class='reviews'>" + "".join(
        f"<div class='review'><div class='review-text'><p>Review {i}: {s} {t}</p></div></div>"
        for i, (s, t) in enumerate(pairwise(SENTENCES * 3))) + "</div>"
    result = strip_html(_page(f"<main>{description}{reviews}</main>", "<meta property='og:type' content='product'>"))
    assert "A simple shelf unit with clean lines" in result.text
    assert "Review 3: " not in result.text
