"""Context-pass decisions tested on hand-made segments (no model, no parser)."""

from __future__ import annotations

import pytest

from boilerstrip._context import (
    about_boxes,
    article_never_empty,
    bylines_with_names,
    captions_by_credits,
    comment_threads,
    copied_lines,
    counted_teasers,
    data_tables,
    headline_above,
    headline_shaped,
    islands_below,
    listing_never_empty,
    teaser_cards,
    teaser_runs,
)
from boilerstrip._options import DEFAULT_OPTIONS
from boilerstrip._rules import TRUSTED_TEXT_RULES
from boilerstrip._segment import Segment
from boilerstrip._text import is_prose
from boilerstrip._types import Label, Verdict


def _line(text: str, label: Label, rule: str = "") -> Segment:
    seg = Segment(text, "line", "line")
    seg.first = Verdict(label, "line model: reads as a teaser")
    seg.rule = rule
    return seg


_FIRST = ("The club paid the fee this morning to sign the keeper, the league said, after weeks of talks between the "
          "two sides that had stalled twice over the size of the release clause and the timing of the payment. ")
_SECOND = ("He will have a medical today before he signs a seven-year contract, and the manager expects him to start "
           "the opening game of the season on Sunday, ahead of the second keeper who joined from the academy. ")


def _page(first: str = _FIRST * 2, second: str = _SECOND) -> list[Segment]:
    return [
        _line("Home", Label.NAVIGATION),
        _line(first, Label.RELATED),
        _line("Advertisement", Label.ADVERTISEMENT, "rule_ad_marker"),
        _line(second, Label.RELATED),
        _line("Popular posts", Label.RELATED),
    ]


def test_a_page_read_all_as_boilerplate_keeps_its_run_of_prose() -> None:
    page = _page()
    article_never_empty(page, [(1, 4)], TRUSTED_TEXT_RULES)
    labels = [(seg.final or seg.first).label for seg in page]  # type: ignore[union-attr]
    assert labels == [Label.NAVIGATION, Label.CONTENT, Label.ADVERTISEMENT, Label.CONTENT, Label.RELATED]


def test_a_page_with_an_article_is_left_alone() -> None:
    page = _page()
    page[3].first = Verdict(Label.CONTENT, "prose")
    article_never_empty(page, [(1, 4)], TRUSTED_TEXT_RULES)
    assert page[1].final is None


def test_a_page_without_prose_stays_empty() -> None:
    page = _page()
    article_never_empty(page, [], TRUSTED_TEXT_RULES)
    assert all(seg.final is None for seg in page)


def test_a_short_blurb_is_no_article_to_restore() -> None:
    page = _page("A soft wool runner for every day.", "Machine washable.")
    article_never_empty(page, [(1, 4)], TRUSTED_TEXT_RULES)
    assert all(seg.final is None for seg in page)


def test_a_stray_line_kept_beside_the_run_of_prose_does_not_stand_for_the_article() -> None:
    """All the reading kept is a short line (under 400 characters and a quarter of the run): the run is restored."""
    page = [_line("Trending repositories", Label.CONTENT), *_page(_FIRST * 3, _SECOND * 2)]
    article_never_empty(page, [(2, 5)], TRUSTED_TEXT_RULES)
    assert page[2].final is not None and page[2].final.label is Label.CONTENT
    assert page[4].final is not None and page[4].final.label is Label.CONTENT


@pytest.mark.parametrize(("label", "reason"), [
    (Label.COMMENTS, "a reader's comment under a 'says:' line"),
    (Label.COOKIE, "line model: reads as cookie in its context (90%)"),  # a consent box's purposes, explained
])
def test_readers_comments_and_consent_text_neither_make_nor_join_the_run(label: Label, reason: str) -> None:
    """Comment or consent lines inside the run keep their label and do not count toward its length."""
    page = _page(_FIRST * 2, _SECOND)
    page[1].final = Verdict(label, reason)
    article_never_empty(page, [(1, 4)], TRUSTED_TEXT_RULES)  # the rest of the run is under 500 characters
    assert page[1].final.label is label and page[3].final is None
    page = _page(_FIRST * 2, _SECOND * 3)
    page[1].final = Verdict(label, reason)
    article_never_empty(page, [(1, 4)], TRUSTED_TEXT_RULES)
    assert page[1].final.label is label
    assert page[3].final is not None and page[3].final.label is Label.CONTENT


def _read(text: str, label: Label, reason: str = "line model: reads as it in its context (95%)",
          rule: str = "") -> Segment:
    """A text-mode line whose verdict is ``reason``'s (the line model's unless said otherwise)."""
    seg = Segment(text, "line", "line")
    seg.first = Verdict(label, reason)
    seg.rule = rule
    seg.model = (label, 0.95)
    return seg


def test_a_teaser_heading_does_not_swallow_the_menu_or_share_bar_the_line_model_read() -> None:
    page = [
        _read("Recommended", Label.RELATED, "a 'Recommended' teaser heading", "rule_short_phrases"),
        _read("Drug prices are set to fall next year under the new deal", Label.NAVIGATION,
              "short line below the article"),
        _read("Share options", Label.SHARE),
        _read("Laptops", Label.NAVIGATION),
        _read("Why the new pricing deal may not lower what patients pay", Label.CONTENT),
    ]
    teaser_runs(page, DEFAULT_OPTIONS)
    labels = [seg.label for seg in page]
    assert labels == [Label.RELATED, Label.RELATED, Label.SHARE, Label.NAVIGATION, Label.RELATED]


_QUOTE = ("Strength to win and faith to believe: believe that everything is possible, that every obstacle can be "
          "overcome, and that every day brings a new chance to begin again with the people we love.")
_BAR = "Whatsapp Facebook Pin Download"


def _quote_cards(quotes: int) -> list[Segment]:
    """A "You may also like" list of quotes, each closed by its share bar; the first quotes are short."""
    page = [_read("You may also like", Label.RELATED, "a 'You may also like' teaser heading", "rule_short_phrases")]
    for k in range(quotes):
        short = k < 2
        page.append(_read(_BAR, Label.SHARE if short else Label.CONTENT))
        page.append(_read(f"Life asks for courage and hope, number {k}" if short else _QUOTE, Label.CONTENT))
    page.append(_read(_BAR, Label.CONTENT))
    return page


def test_cards_closed_by_the_same_bar_stay_in_the_teaser_list_however_long_their_excerpt() -> None:
    page = _quote_cards(4)
    teaser_runs(page, DEFAULT_OPTIONS)
    assert [seg.label for seg in page[5:]] == [Label.RELATED] * 5  # the long quotes and their bars


def test_a_bar_met_once_closes_no_cards() -> None:
    # one short card: its bar has not recurred, so the long paragraph under the list ends it as before
    page = [_read("You may also like", Label.RELATED, "a 'You may also like' teaser heading", "rule_short_phrases"),
            _read("Life asks for courage and hope", Label.CONTENT), _read(_BAR, Label.CONTENT),
            _read(_QUOTE, Label.CONTENT), _read(_BAR, Label.CONTENT)]
    teaser_runs(page, DEFAULT_OPTIONS)
    assert page[3].label is Label.CONTENT


def test_a_name_shaped_menu_entry_the_line_model_read_is_no_author() -> None:
    page = [
        _read("Project Versions", Label.NAVIGATION),
        _read("By Jane Doe", Label.BYLINE, "author, date or reading-time line", "rule_short_phrases"),
        _read("Jane Doe", Label.CONTENT),
    ]
    bylines_with_names(page)
    assert [seg.label for seg in page] == [Label.NAVIGATION, Label.BYLINE, Label.BYLINE]


def _thread(post: str) -> list[Segment]:
    return [
        _read(post, Label.CONTENT),
        _read("34 responses", Label.COMMENTS),
        _read("joetoronto says:", Label.BYLINE),
        _read("November 19, 2019 at 6:44 am", Label.BYLINE),
        _read("It's time for both fans to come to grips with reality, it's over yet again.", Label.CONTENT),
        _read("Alex on September 17, 2018 at 6:34 am said:", Label.CONTENT),
        _read("I skimmed your report and did not see any analysis of the slower buses.", Label.CONTENT),
        _read("Privacy Policy", Label.LEGAL),
    ]


def test_a_comment_thread_under_a_post_is_comments() -> None:
    page = _thread(_FIRST * 2)
    comment_threads(page)
    assert [seg.label for seg in page] == [Label.CONTENT] + [Label.COMMENTS] * 6 + [Label.LEGAL]


def test_a_page_that_opens_with_the_thread_keeps_its_posts() -> None:
    page = _thread("Guestbook")
    comment_threads(page)
    assert page[4].label is Label.CONTENT


def test_one_header_is_no_thread() -> None:
    page = _thread(_FIRST * 2)[:5]
    comment_threads(page)
    assert page[4].label is Label.CONTENT


def _timed_thread(after_name: tuple[str, ...]) -> list[Segment]:
    page = [_read(_FIRST * 2, Label.CONTENT), _read("Top Rated Comments", Label.COMMENTS)]
    for name, text in zip(("Woyzeck", "Nick A", "fmcshan"), after_name, strict=True):
        page += [_read(name, Label.CONTENT), _read("2 days ago at 07:52 am", Label.CONTENT),
                 _read(text, Label.CONTENT), _read("Rating: 36 Votes", Label.CONTENT)]
    return page


def test_comments_under_a_name_and_when_they_were_posted_are_a_thread() -> None:
    page = _timed_thread(("It is good to see them update the line.", "I think we will see the same bezels.",
                          "Should 2020 not be the year of a redesign?"))
    comment_threads(page)
    assert page[0].label is Label.CONTENT
    assert all(seg.label is Label.COMMENTS for seg in page[2:])


def test_a_source_and_a_time_over_headlines_are_no_thread() -> None:
    page = _timed_thread(("Four Things We Learned at the Rally", "Studio Plots a Remake of the Classic",
                          "Band Announces a Reunion Tour"))
    comment_threads(page)
    assert all(seg.label is Label.CONTENT for seg in page[2:])


def test_two_timed_posts_are_no_thread() -> None:
    page = _timed_thread(("It is good to see them update the line.", "I think we will see the same bezels.",
                          "Should 2020 not be the year of a redesign?"))[:10]
    comment_threads(page)
    assert all(seg.label is Label.CONTENT for seg in page[2:])


def _about(heading: str, bio: str) -> list[Segment]:
    return [_read(_FIRST * 2, Label.CONTENT), _read(heading, Label.CONTENT), _read(bio, Label.CONTENT),
            _read("Facebook", Label.SHARE)]


def test_a_box_about_the_author_by_name_is_their_bio() -> None:
    page = _about("About Jane Holloway", "Jane Holloway is a science writer based in Leeds who covers rivers, "
                                         "floods and the people who live beside them.")
    about_boxes(page)
    assert [seg.label for seg in page] == [Label.CONTENT, Label.BYLINE, Label.BYLINE, Label.SHARE]


def test_a_section_about_something_else_stays() -> None:
    """The line under the heading does not name its subject again, or the heading names no person."""
    other = _about("About The Ferry", "The service runs every hour from the old harbour, weather permitting.")
    us = _about("About Us", "We are a small team of reporters who cover the river towns and the valley.")
    for page in (other, us):
        about_boxes(page)
        assert all(seg.label is Label.CONTENT for seg in page[:3])


def test_a_section_named_about_something_the_article_goes_on_under_stays() -> None:
    """A section "About Harbour Ferries" whose paragraph names it again is the article's when more of it follows."""
    page = _about("About Harbour Ferries", "Harbour Ferries runs the crossing every hour from the old harbour, "
                                           "weather permitting, and has done since the bridge closed.")
    page[3:3] = [_read(text, Label.CONTENT) for text in _PARAGRAPHS]
    about_boxes(page)
    assert all(seg.label is Label.CONTENT for seg in page[:7])


def _grid(entries: int) -> list[Segment]:
    page = [_read("Decorative Candles", Label.NAVIGATION)]
    for k in range(entries):
        page.append(_read(f"Floral Glass Candle No. {k}", Label.RELATED))
        page.append(_read(f"${k + 20}.00", Label.NAVIGATION, "short line above the article"))
        page[-1].model = (Label.RELATED, 0.9)  # the line model read the price with its entry
        page.append(_read("Quickshop", Label.OTHER, "account, search or player control", "rule_menu_words"))
    page.append(_read("Privacy Policy", Label.LEGAL))
    return page


def test_a_page_of_teaser_entries_and_no_prose_is_a_listing() -> None:
    page = _grid(8)
    listing_never_empty(page, [], TRUSTED_TEXT_RULES)
    assert [seg.label for seg in page[1:4]] == [Label.CONTENT, Label.CONTENT, Label.OTHER]
    assert page[0].label is Label.NAVIGATION and page[-1].label is Label.LEGAL


def test_a_short_teaser_list_is_no_listing() -> None:
    page = _grid(3)
    listing_never_empty(page, [], TRUSTED_TEXT_RULES)
    assert all(seg.final is None for seg in page)


def test_a_teaser_grid_under_an_article_stays_related() -> None:
    page = [_read(_FIRST * 3, Label.CONTENT), *_grid(8)]
    listing_never_empty(page, [(0, 1)], TRUSTED_TEXT_RULES)
    assert page[2].label is Label.RELATED


def _blog_index(excerpt: str) -> tuple[list[Segment], list[tuple[int, int]]]:
    """A blog's index page: eight posts of a headline, an excerpt and a date, each excerpt a short prose run."""
    page, runs = [_read("Engineering blog", Label.NAVIGATION)], []
    for k in range(8):
        page.append(_read(f"How we rebuilt the release pipeline, part {k}", Label.RELATED))
        runs.append((len(page), len(page) + 1))
        page.append(_read(excerpt, Label.RELATED))
        page.append(_read(f"Mar {k + 1}, 2025", Label.BYLINE, "author, date or reading-time line", "rule_byline"))
    return page, runs


def test_a_listing_whose_excerpts_make_short_prose_runs_is_still_a_listing() -> None:
    page, runs = _blog_index("We moved every build to one queue and cut the wait for a release from hours to minutes.")
    listing_never_empty(page, runs, TRUSTED_TEXT_RULES)  # eight runs of ~90 characters: no article among them
    assert [seg.label for seg in page[1:4]] == [Label.CONTENT, Label.CONTENT, Label.BYLINE]


def test_runs_of_an_article_s_worth_keep_the_grid_related() -> None:
    page, runs = _blog_index(_FIRST * 3)
    listing_never_empty(page, runs, TRUSTED_TEXT_RULES)  # each run is an article's worth: the page has prose
    assert page[1].label is Label.RELATED and page[5].label is Label.RELATED


_EXCERPT = "We moved every build to one queue and cut the wait for a release from hours to minutes, then went on."


def _one_run(lead: str, excerpt: str = _EXCERPT) -> tuple[list[Segment], list[tuple[int, int]]]:
    """A lead paragraph and a blog index's entries below it, read as one run of prose (each excerpt is a sentence)."""
    page, _ = _blog_index(excerpt)
    page.insert(1, _read(lead, Label.CONTENT))
    return page, [(1, len(page))]


def test_a_run_of_prose_that_is_the_grid_s_excerpts_is_no_article() -> None:
    page, runs = _one_run("Notes from the team that builds the tools every engineer here uses each day.")
    listing_never_empty(page, runs, TRUSTED_TEXT_RULES)  # the grid's entries are nearly all of the run's text
    assert [seg.label for seg in page[2:5]] == [Label.CONTENT, Label.CONTENT, Label.BYLINE]


def test_an_article_s_worth_beside_the_grid_in_its_run_keeps_the_grid_related() -> None:
    page, runs = _one_run(_FIRST * 3)  # the article's paragraph alone is an article's worth
    listing_never_empty(page, runs, TRUSTED_TEXT_RULES)
    assert page[2].label is Label.RELATED


def test_a_short_article_that_is_a_good_part_of_its_run_keeps_the_grid_related() -> None:
    page, runs = _one_run(_FIRST * 2, "Builds now wait minutes.")  # under an article's worth, but 40% of the run
    listing_never_empty(page, runs, TRUSTED_TEXT_RULES)
    assert page[2].label is Label.RELATED


def _shop_cards(cards: int, between: int = 0) -> list[Segment]:
    """A shop's grid: cards of a name, a price and a button, each line read by the model as something else."""
    page = [_read("Outdoor Gear", Label.NAVIGATION)]
    for k in range(cards):
        page.append(_read(f"Canvas Gear Bag No. {k}", Label.OTHER))
        page.append(_read(f"Original price was: ${k + 30}.00. Current price is: ${k + 20}.00.", Label.ADVERTISEMENT))
        page.extend(_read(f"Free shipping over ${m}0", Label.OTHER) for m in range(between))
        page.append(_read("Add to cart", Label.NAVIGATION))
    page.append(_read("Privacy Policy", Label.LEGAL))
    return page


def test_a_grid_of_cards_of_one_shape_is_a_listing_s_content() -> None:
    page = _shop_cards(8)
    listing_never_empty(page, [], TRUSTED_TEXT_RULES)
    assert [seg.label for seg in page[1:4]] == [Label.CONTENT] * 3  # the button too: a re-reading sees the shape
    assert page[0].label is Label.NAVIGATION and page[-1].label is Label.LEGAL


def test_a_few_cards_or_cards_far_apart_are_no_grid() -> None:
    for page in (_shop_cards(5), _shop_cards(8, between=11)):  # five cards; a button every 14 lines
        listing_never_empty(page, [], TRUSTED_TEXT_RULES)
        assert all(seg.final is None for seg in page)


def test_cards_under_an_article_stay_what_they_were_read_as() -> None:
    page = [_read(_FIRST * 3, Label.CONTENT), *_shop_cards(8)]
    listing_never_empty(page, [(0, 1)], TRUSTED_TEXT_RULES)
    assert all(seg.final is None for seg in page)


def test_the_headline_above_the_article_skips_its_date_line_and_menu_words() -> None:
    page = [
        _read("Making agentic government work: seven principles", Label.CONTENT),
        _read("on Dec 17, 2025", Label.BYLINE),
        _read("Log in", Label.OTHER, "account, search or player control", "rule_menu_words"),
        _read(_FIRST * 2, Label.CONTENT),
    ]
    page[0].first = Verdict(Label.OTHER, "text above the article")
    assert headline_above(page, 3, DEFAULT_OPTIONS) is page[0]
    assert [seg.label for seg in page[:3]] == [Label.TITLE, Label.BYLINE, Label.OTHER]


def test_the_line_after_a_photo_credit_is_the_article_not_a_caption() -> None:
    page = [
        _read("Nadal keeps Spain alive against Russia", Label.TITLE),
        _read("Associated Press", Label.CREDIT, "photo or media credit", "rule_credit"),
        _read("MADRID — Rafael Nadal kept Spain's hopes alive, then Marcel Granollers and Feliciano Lopez won the "
              "deciding doubles match.", Label.CONTENT),
        _read("Rafael Nadal celebrates a point against Russia in Madrid on Tuesday.", Label.CONTENT),
        _read("Photo: Associated Press", Label.CREDIT, "photo or media credit", "rule_credit"),
        _read(_SECOND, Label.CONTENT),
    ]
    captions_by_credits(page)
    assert [seg.label for seg in page] == [Label.TITLE, Label.CREDIT, Label.CONTENT, Label.CAPTION, Label.CREDIT,
                                           Label.CONTENT]


def test_no_caption_above_a_credit_that_holds_its_caption_or_has_it_below() -> None:
    """A broadcaster prints the credit over its caption ("Image copyright ..." over "Image caption ..."), and some
    credits hold the caption ("Image: Jane Doe, left, has replaced ..."): the paragraph above either is the
    article's."""
    above = "He has consistently denied being unfair to her in any of the talks about the rights."
    page = [
        _read(_FIRST, Label.CONTENT),
        _read(above, Label.CONTENT),
        _read("Image copyright Getty Images", Label.CREDIT, "a photo credit marked as one", "rule_lead_in"),
        _read("Image caption The singer's seventh album is the only one she owns the rights to", Label.CAPTION,
              "a caption marked as one", "rule_lead_in"),
        _read(above.replace("He", "She"), Label.CONTENT),
        _read("Image: Jane Doe, left, has replaced John Roe as the manager of the club this week", Label.CREDIT,
              "photo or media credit", "rule_credit"),
        _read(_SECOND, Label.CONTENT),
    ]
    captions_by_credits(page)
    assert [seg.label for seg in page] == [Label.CONTENT, Label.CONTENT, Label.CREDIT, Label.CAPTION, Label.CONTENT,
                                           Label.CREDIT, Label.CONTENT]


_PARAGRAPHS = [_FIRST, _SECOND,
               "The keeper spent the last three seasons on loan in the second division, where his side conceded the "
               "fewest goals in the league twice and reached the semi-final of the cup in his first year there.",
               "Supporters gathered outside the training ground on Friday evening to catch a glimpse of the new "
               "signing, who waved from the team bus and later posted a photograph of the crowd on his account."]


def test_the_article_printed_twice_is_read_once() -> None:
    page = [_read(text, Label.CONTENT) for text in _PARAGRAPHS + _PARAGRAPHS]
    copied_lines(page)
    assert [seg.label for seg in page] == [Label.CONTENT] * 4 + [Label.OTHER] * 4


def test_the_short_lines_of_an_article_printed_twice_go_with_it() -> None:
    article = ["How the deal was done", *_PARAGRAPHS[:2], "What comes next", *_PARAGRAPHS[2:]]
    page = [_read(text, Label.CONTENT) for text in [*article, "Share this story", *article]]
    copied_lines(page)
    assert [seg.label for seg in page] == [Label.CONTENT] * 7 + [Label.OTHER] * 6


def test_a_few_lines_said_again_among_many_stay() -> None:
    fresh = [f"{_FIRST} Part {k} of the story, with its own words." for k in range(8)]
    page = [_read(text, Label.CONTENT) for text in [*fresh, "Day one", *_PARAGRAPHS[:3], "Day one", *_PARAGRAPHS[:3]]]
    copied_lines(page)
    assert [seg.label for seg in page[-4:]] == [Label.CONTENT] + [Label.OTHER] * 3  # the long copies, as before


def _in_pieces(paragraph: str) -> list[str]:
    """``paragraph`` split at two links, as a dump that prints every text node on a line of its own may leave it
    when the pieces were not joined back: three lines of a third of its words each."""
    words = paragraph.split()
    third = len(words) // 3
    return [" ".join(words[:third]), " ".join(words[third:2 * third]), " ".join(words[2 * third:])]


def test_the_article_printed_twice_is_read_once_when_its_first_copy_came_in_pieces() -> None:
    pieces = [piece for text in _PARAGRAPHS for piece in _in_pieces(text)]
    page = [_read(text, Label.CONTENT) for text in pieces + _PARAGRAPHS]
    copied_lines(page)
    assert [seg.label for seg in page] == [Label.CONTENT] * len(pieces) + [Label.OTHER] * 4


def test_lines_that_each_repeat_most_of_one_line_stay() -> None:
    """A meal plan names the same dish every day, with one ingredient changed: most of one earlier line, not an
    earlier text in pieces."""
    dish = ("Asparagus and eggs: one cup of asparagus, two soft-boiled eggs, half a cup of sweet potato, one medium "
            "apple and a teaspoon of olive oil, eaten an hour before the workout")
    days = [dish.replace("one medium apple", fruit) for fruit in ("one medium apple", "a cup of blueberries",
                                                                    "two small pears", "a bowl of cherries")]
    page = [_read(text, Label.CONTENT) for text in [*_PARAGRAPHS, *days]]
    copied_lines(page)
    assert all(seg.label is Label.CONTENT for seg in page)


def test_the_article_repeated_in_one_line_is_read_once() -> None:
    page = [_read(text, Label.CONTENT) for text in [*_PARAGRAPHS, " ".join(_PARAGRAPHS)]]
    copied_lines(page)
    assert [seg.label for seg in page] == [Label.CONTENT] * 4 + [Label.OTHER]


def test_a_line_repeated_among_new_ones_stays() -> None:
    dish = "Asparagus and eggs: one cup of asparagus, two soft-boiled eggs, half a cup of sweet potato, " * 2
    page = [_read(text, Label.CONTENT) for text in [dish, _PARAGRAPHS[0], dish, _PARAGRAPHS[1], dish, dish]]
    copied_lines(page)
    assert all(seg.label is Label.CONTENT for seg in page)


def test_a_source_line_under_a_paragraph_leaves_it_in_the_article() -> None:
    page = [
        _read("Facebook continues to be the most widely used social network among marketers.", Label.CONTENT),
        _read("Source: blog.hubspot.com", Label.CREDIT, "photo or media credit", "rule_credit"),
        _read(_SECOND, Label.CONTENT),
    ]
    captions_by_credits(page)
    assert [seg.label for seg in page] == [Label.CONTENT, Label.CREDIT, Label.CONTENT]


def _cards(article: int) -> list[Segment]:
    page = [_read(text, Label.CONTENT) for text in _PARAGRAPHS[:article]]
    for k, (headline, name) in enumerate([("Carlos Ghosn and the dark side of Japanese justice", "Anthony Ghosn"),
                                          ("What made Joker so popular at the box office", "Madeline Fry"),
                                          ("Kurt Volker throws Rudy Giuliani under the bus", "Kaylee McGhee"),
                                          ("Impeachment aside, US-Ukraine relations remain strong", "Tom Rogan")]):
        page += [_read(headline, Label.CONTENT), _read(name, Label.BYLINE),
                 _read(f"Tuesday November {19 - k}, 2019", Label.BYLINE, "author, date or reading-time line",
                       "rule_short_phrases"),
                 _read(f"The first sentence of story {k} goes on for a while, as excerpts under a headline do.",
                       Label.CONTENT)]
    return page


def test_dated_teaser_cards_under_an_article_are_related() -> None:
    page = _cards(4)
    teaser_cards(page)
    assert all(seg.label is Label.CONTENT for seg in page[:4])
    assert [seg.label for seg in page[4:8]] == [Label.RELATED, Label.BYLINE, Label.BYLINE, Label.RELATED]
    assert page[-1].label is Label.RELATED


def test_a_long_list_of_cards_under_a_long_article_is_related() -> None:
    article = [_read(text, Label.CONTENT) for text in _PARAGRAPHS * 3]  # about 2,400 characters
    page = article + _cards(0)
    for seg in page[len(article):]:
        if seg.text.startswith("The first sentence"):
            seg.text = _FIRST * 4  # excerpts that together outweigh the article
    teaser_cards(page)
    assert all(seg.label is Label.CONTENT for seg in article)
    assert page[-1].label is Label.RELATED


def test_cards_timed_by_a_letter_under_an_article_are_related() -> None:
    """A news app's cards close with a time whose unit is a letter ("32M ago", "1H ago") under the excerpt: below
    an article, they are teasers too."""
    article = [_read(text, Label.CONTENT) for text in _PARAGRAPHS]
    cards = [_read(line, Label.CONTENT) for k, headline in enumerate(
                 ["Why farmers may want to paint their cows with stripes", "Strikes on targets in Syria widen",
                  "Two troops killed in helicopter crash", "Woman risks her life to save a koala"])
             for line in (headline, f"The first sentence of story {k} goes on for a while, as excerpts do.",
                          f"{k + 1}H ago")]
    teaser_cards(article + cards)
    assert all(seg.label is Label.CONTENT for seg in article)
    assert all(seg.label is Label.RELATED for seg in cards if not seg.text.endswith("ago"))


def test_a_page_of_dated_cards_alone_keeps_them() -> None:
    page = _cards(0)
    teaser_cards(page)
    assert all(seg.final is None for seg in page)


_KICKED = [("REINDEER GAMES", "Why Don't You Go Fight For The Reindeer?"),
           ("LOVE IS LOVE", "What Being Asexual Tells Us About Sex And Romance"),
           ("'A NATIONAL TRAGEDY'", "Watching This Koala Get Rescued From A Bushfire"),
           ("RUNNING LONG", "Why Movies Went From 15 Minutes To Two Hours Long")]


def test_cards_under_capital_kickers_below_an_article_are_related() -> None:
    """A tabloid's or an aggregator's cards: a kicker in capitals over each headline, a source line and an excerpt
    under it. Below an article they are teasers, however much the excerpts read as prose."""
    article = [_read(text, Label.CONTENT) for text in _PARAGRAPHS * 2]
    cards = [_read(line, Label.CONTENT) for kicker, headline in _KICKED
             for line in (kicker, headline, "1 digg theguardian.com World", f"{_SECOND} ({kicker})")]
    teaser_cards(article + cards)
    assert all(seg.label is Label.CONTENT for seg in article)
    assert all(seg.label is Label.RELATED for seg in cards)


def test_capital_headings_over_lists_and_ad_markers_are_no_kickers() -> None:
    """Section headings in capitals, each over a few short items, are the article's list; an "ADVERTISEMENT"
    marker over each of its sections is no kicker."""
    article = [_read(text, Label.CONTENT) for text in _PARAGRAPHS * 2]
    sections = [_read(line, Label.CONTENT) for kicker, headline in _KICKED
                for line in (kicker, headline, f"Writing a post about {kicker.lower()}", "Speaking on the phone")]
    marked = [seg for k, (_, headline) in enumerate(_KICKED) for seg in (
        _read("ADVERTISEMENT", Label.ADVERTISEMENT, "ad marker line", "rule_ad_marker"),
        _read(f"Step {k + 1}: {headline}", Label.CONTENT), _read(_SECOND, Label.CONTENT))]
    for page in (article + sections, article + marked):
        teaser_cards(page)
        assert all(seg.final is None for seg in page)


def test_headlines_with_comment_counts_or_running_times_are_teasers() -> None:
    page = [
        _read("Myles Garrett: I made a mistake; I lost my cool (142)", Label.CONTENT),
        _read("Week 12 power rankings (133)", Label.CONTENT),
        _read("NFL suspends Myles Garrett for the rest of the year (130)", Label.CONTENT),
        _read(_FIRST, Label.CONTENT),
        _read("How Fast Can Gibbons Swing Through the Forest? (3:04)", Label.CONTENT),
        _read("The Godfather (1972)", Label.CONTENT),
        _read("160-180° (5)", Label.CONTENT), _read("140-159° (22)", Label.CONTENT), _read("160° (1)", Label.CONTENT),
    ]
    counted_teasers(page, DEFAULT_OPTIONS)
    assert [seg.label for seg in page] == [Label.RELATED] * 3 + [Label.CONTENT, Label.RELATED] + [Label.CONTENT] * 4


def test_a_datelined_first_paragraph_below_a_credit_is_no_caption() -> None:
    page = [
        _read("Emirates buys 30 Dreamliners at the Dubai Airshow", Label.TITLE),
        _read("Natalie Naccache | Bloomberg | Getty Images", Label.CREDIT, "photo or media credit", "rule_credit"),
        _read("DUBAI, United Arab Emirates — Emirates finalized a deal to buy 30 Dreamliners.", Label.CONTENT),
        _read("Advertisement", Label.ADVERTISEMENT, "ad marker line", "rule_ad_marker"),
        _read(_SECOND, Label.CONTENT),
    ]
    captions_by_credits(page)
    assert page[2].label is Label.CONTENT


_STANDINGS = ["Final standings after 36 races:", "Pos. Driver Points Wins Poles Top 5 Top 10",
              "1 Kyle Busch 5040 5 1 17 27", "2 Martin Truex Jr. 5035 7 0 15 24", "3 Kevin Harvick 5033 4 6 15 26",
              "4 Denny Hamlin 5027 6 3 19 24", "5 Joey Logano 2380 2 3 12 21"]


def test_a_table_of_figures_under_the_article_is_the_article() -> None:
    page = [_read(_FIRST, Label.CONTENT), *(_read(text, Label.RELATED) for text in _STANDINGS),
            _read("Privacy policy", Label.LEGAL, "copyright, terms or privacy wording", "rule_short_phrases")]
    data_tables(page, TRUSTED_TEXT_RULES)
    assert all(seg.label is Label.CONTENT for seg in page[:-1])
    assert page[-1].label is Label.LEGAL


def test_a_table_of_figures_away_from_the_article_stays() -> None:
    menu = [_read(text, Label.NAVIGATION) for text in ["Home", "Sport", "Results", "Tables", "Fixtures"]]
    page = [_read(_FIRST, Label.CONTENT), *menu, *(_read(text, Label.RELATED) for text in _STANDINGS[2:])]
    data_tables(page, TRUSTED_TEXT_RULES)
    assert all(seg.label is Label.RELATED for seg in page[6:])


def test_a_sentence_with_figures_is_no_table_row() -> None:
    lines = [f"In {2010 + k} the club scored 3 goals in 4 games and won 2 of them." for k in range(5)]
    page = [_read(_FIRST, Label.CONTENT), *(_read(text, Label.RELATED) for text in lines)]
    data_tables(page, TRUSTED_TEXT_RULES)
    assert all(seg.label is Label.RELATED for seg in page[1:])


_TOUR = ["The band's tour dates:", "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
         "June 10 – Tampa, FL @ MidFlorida Credit Union Amphitheatre",
         "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre", "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI",
         "14 juin : Paris, Accor Arena"]


def test_a_schedule_under_the_article_is_the_article() -> None:
    """A tour's dates, a line a show opening with its day and month, read as a teaser list: next to the article's
    text they are its schedule."""
    page = [_read(_FIRST, Label.CONTENT), *(_read(text, Label.RELATED) for text in _TOUR)]
    data_tables(page, TRUSTED_TEXT_RULES)
    assert all(seg.label is Label.CONTENT for seg in page)


_SEASON = [f"{k + 1}a etapa: {5 + k} de {month} – {place}" for k, (month, place) in enumerate(
    [("março", "Interlagos"), ("abril", "Curitiba"), ("maio", "Londrina"), ("agosto", "Cascavel"),
     ("setembro", "Velo Città"), ("outubro", "Tarumã")])]


def test_a_schedule_under_the_page_headline_is_the_article() -> None:
    """A season's calendar published as the article: no paragraph beside it, but the headline, its date and a
    share line right above it."""
    page = [_read("Stock Car calendar 2018", Label.TITLE, "the page headline (matches the page title)", "rule_title"),
            _read("Monday, 22 January 2018 at 0:13", Label.BYLINE), _read("Share this on WhatsApp", Label.SHARE),
            *(_read(text, Label.RELATED) for text in _SEASON)]
    data_tables(page, TRUSTED_TEXT_RULES)
    assert all(seg.label is Label.CONTENT for seg in page[3:])


def test_a_schedule_far_below_the_headline_stays() -> None:
    # a paragraph of more than a few words between the headline and the rows: they are not the article under it
    page = [_read("Stock Car calendar 2018", Label.TITLE, "the page headline (matches the page title)", "rule_title"),
            _read(_FIRST, Label.OTHER), *(_read(text, Label.RELATED) for text in _SEASON)]
    data_tables(page, TRUSTED_TEXT_RULES)
    assert all(seg.label is Label.RELATED for seg in page[2:])


def test_a_schedule_row_is_no_headline() -> None:
    page = [_read(text, Label.CONTENT) for text in _SEASON[:2]] + [_read(_FIRST, Label.CONTENT)]
    assert headline_above(page, 2, DEFAULT_OPTIONS) is None


def test_dated_headlines_and_a_schedule_away_from_the_article_stay() -> None:
    """Headlines under their dates ("Nov 12, 2019 – …", a year after the day) are a teaser list, and a schedule
    past a menu is no part of the article."""
    dated = [f"Nov {12 - k}, 2019 – Council votes to close the old library after a long debate" for k in range(5)]
    menu = [_read(text, Label.NAVIGATION) for text in ["Home", "Sport", "Results", "Tables", "Fixtures"]]
    for rows in (dated, _TOUR[1:]):
        page = [_read(_FIRST, Label.CONTENT), *menu, *(_read(text, Label.RELATED) for text in rows)]
        data_tables(page, TRUSTED_TEXT_RULES)
        assert all(seg.label is Label.RELATED for seg in page[6:])
    page = [_read(_FIRST, Label.CONTENT), *(_read(text, Label.RELATED) for text in dated)]
    data_tables(page, TRUSTED_TEXT_RULES)
    assert all(seg.label is Label.RELATED for seg in page[1:])


def test_japanese_sentences_are_prose_and_no_headline() -> None:
    sentence = _read("何が困るかといえば、パスワード管理ソフトの起動ショートカットキーと同じなのです。", Label.CONTENT)
    assert is_prose(sentence, DEFAULT_OPTIONS)
    assert not headline_shaped(sentence, DEFAULT_OPTIONS)
    assert not is_prose(_read("ソフトウェア一般", Label.NAVIGATION), DEFAULT_OPTIONS)
    assert headline_shaped(_read("Kindle for PCの起動ホットキーがKeePassと被る", Label.CONTENT), DEFAULT_OPTIONS)


def test_kept_lines_far_below_the_article_past_its_menus_are_promoted_text() -> None:
    menus = [_read(word, Label.NAVIGATION) for word in ("Sports", "Travel", "Weather", "Autos", "Video") * 3]
    blurb = _read("It is a lovely book. It feels clear and light, easy to read and dip in.", Label.CONTENT)
    page = [*(_read(text, Label.CONTENT) for text in _PARAGRAPHS), *menus, blurb]
    islands_below(page)
    assert [seg.label for seg in page] == [Label.CONTENT] * 4 + [Label.NAVIGATION] * 15 + [Label.OTHER]


def test_an_article_parted_by_rows_of_figures_or_a_few_menu_lines_goes_on() -> None:
    rows = [_read(text, Label.OTHER) for text in ("Invoicing", "5/5", "Billing", "4.3/5") * 5]
    menus = [_read(word, Label.NAVIGATION) for word in ("Share", "Facebook", "Twitter")]
    close = _read(_SECOND, Label.CONTENT)
    for gap in (rows, menus):
        page = [*(_read(text, Label.CONTENT) for text in _PARAGRAPHS), *gap, close]
        islands_below(page)
        assert page[-1].label is Label.CONTENT
