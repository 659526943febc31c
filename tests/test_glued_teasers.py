"""Text input: a converter that does not know a teaser card's layout glues its headline to its excerpt on one line;
three or more such lines are teasers (``_context.glued_teasers``)."""

from __future__ import annotations

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
