"""Text input: a converter that does not know a teaser card's layout glues its headline to its excerpt on one line;
three or more such lines are teasers (``_context.glued_teasers``)."""

from __future__ import annotations

import pytest
from test_above_headline import PARAGRAPHS  # the same article, under a menu that glues its teasers

from boilerstrip import Label, strip_text
from boilerstrip._context import _glued_headline, glued_teasers
from boilerstrip._segment import Segment
from boilerstrip._types import Verdict

# a news site's mega-menu, as a converter prints it with no title line on top: headline and excerpt run together
GLUED = [
    "Police: Two In Custody After Death Of Student-AthleteA 24-year-old woman and a 19-year-old man are in custody "
    "after the death of a college athlete.",
    "Customers Leave Without Paying $690 Bill At Downtown SteakhouseA party of six left the restaurant without "
    "paying their bill on Saturday night, police said.",
    "Is Violence In Sports On The Rise?Violence is part of the game in many sports, but a brawl on Thursday "
    "crossed the line, the league said.",
]


def _line(text: str) -> Segment:
    seg = Segment(text, "line", "line")
    seg.first = Verdict(Label.CONTENT, "line model: reads as it in its context (95%)")
    return seg


def test_headlines_glued_to_their_excerpts_are_teasers() -> None:
    page = [_line(text) for text in [*GLUED, *PARAGRAPHS]]
    glued_teasers(page)
    assert [seg.label for seg in page] == [Label.RELATED] * 3 + [Label.CONTENT] * len(PARAGRAPHS)
    result = strip_text("\n".join(["News", "Sports", *GLUED, "Officials: Sixth Fatality Linked To Virus",
                                   *PARAGRAPHS]))
    assert not any(text in result.text for text in GLUED)
    assert strip_text(result.text).text == result.text


def test_camel_cased_names_and_numbered_entries_glue_nothing() -> None:
    """A sentence naming "Wichita East's Hugh McPherson" and a numbered list's entry run into its text hold no
    glued headline; a camel-cased name can look like one ("… While the SafeBreach proof-of-concept …"), so one or
    two such lines on a page are no list of teasers."""
    for text in ("Wichita East's Hugh McPherson won first place in the 100 yard freestyle on Saturday in the city.",
                 "1. Social Media Apps (e.g., Facebook, TikTok)Focus on connecting users with friends and the "
                 "things they care about."):
        assert not _glued_headline(text)
    camel = ("Manual Testing Considerations: While the SafeBreach proof-of-concept could be used to test it, run it "
             "only in a lab.")
    page = [_line(text) for text in [GLUED[0], camel, *PARAGRAPHS]]
    glued_teasers(page)
    assert all(seg.final is None for seg in page)


# a "Latest" box whose converter prints each headline and its excerpt on one line, parted only by the dateline
DATELINED = [
    "Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded guilty to a "
    "fraud scheme in the US and faces up to",
    "UN regrets new US position on legality of settlements UNITED NATIONS: The United Nations has regretted the new "
    "position of the United States on",
    "All schools, colleges open; attendance 98pc: Govt NEW DELHI: All schools and colleges in the state were opened "
    "on Monday after the",
]


def test_a_story_opening_with_its_dateline_or_quoting_an_acronym_glues_nothing() -> None:
    for text in ("NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians were deported "
                 "from the US on Monday.",
                 "The minister said on Monday that the talks would go on. WASHINGTON (AP) — The talks will go on next "
                 "week, officials said.",
                 "He works for the BBC NEWS team in London and says: I like it a lot, it is a nice place to work."):
        assert not _glued_headline(text)


def test_a_row_of_fields_after_a_time_zone_is_no_excerpt() -> None:
    assert not _glued_headline("7 March 12:46 PM EST - Desktop - Budgie 10.10.2 - 9 Comments - Add A Comment")


# the same box, as a converter that prints every block on a line of its own shows it: a headline over its excerpt
APART = [
    "Indian-origin man pleads guilty to fraud scheme in US",
    "NEW YORK: An Indian-origin man has pleaded guilty to a fraud scheme in the US and faces up to",
    "UN regrets new US position on legality of settlements",
    "UNITED NATIONS: The United Nations has regretted the new position of the United States on",
    "All schools, colleges open; attendance 98pc: Govt",
    "NEW DELHI: All schools and colleges in the state were opened on Monday after the",
]


@pytest.mark.parametrize("teasers", [DATELINED, APART], ids=["on one line", "apart"])
def test_headlines_with_their_excerpts_datelines_are_teasers(teasers: list[str]) -> None:
    page = [_line(text) for text in [*teasers, *PARAGRAPHS]]
    glued_teasers(page)
    assert [seg.label for seg in page] == [Label.RELATED] * len(teasers) + [Label.CONTENT] * len(PARAGRAPHS)


def test_an_article_under_its_headline_and_dateline_is_no_list_of_teasers() -> None:
    """One headline over a paragraph opening with its dateline is the article's own; two such pairs may be a box
    of two stories: neither is a list of teasers."""
    story = [_line(text) for text in [*APART[:2], *APART[2:4], *PARAGRAPHS]]
    glued_teasers(story)
    assert all(seg.final is None for seg in story)


# a "Popular" box whose converter prints each card's link beside its picture's title, numbered as a list
DOUBLED = [f"{n}. {headline} {headline}" for n, headline in enumerate(
    ["The best TV deals of the weekend", "Now half off, this turntable plays it retro",
     "Slash an extra 15% off these early sales"], start=1)]


def test_headlines_printed_twice_are_teasers() -> None:
    page = [_line(text) for text in [*DOUBLED, *PARAGRAPHS]]
    glued_teasers(page)
    assert [seg.label for seg in page] == [Label.RELATED] * 3 + [Label.CONTENT] * len(PARAGRAPHS)


def test_a_phrase_said_twice_or_a_lone_doubled_headline_is_no_teaser_list() -> None:
    """A chant said twice ("Go team go, go team go") is too short for a headline; one or two doubled headlines on
    a page may be a line the page repeats: neither is a list of teasers."""
    page = [_line(text) for text in ["Go team go Go team go", *DOUBLED[:2], *PARAGRAPHS]]
    glued_teasers(page)
    assert all(seg.final is None for seg in page)
