"""Text input: a sentence in the lower half of the kept text that opens with a name the page gives on a line of its
own (the byline, an author box's name) and says what they are is the author's bio or the publisher's blurb under
the article (``_context.bios_below``)."""

from __future__ import annotations

from test_above_headline import PARAGRAPHS as _ARTICLE  # the same article, with its bio under it

from boilerstrip import Label
from boilerstrip._context import bios_below
from boilerstrip._segment import Segment
from boilerstrip._types import Verdict

PARAGRAPHS = _ARTICLE[1:]
BIO = "Meg James is a corporate media reporter for the Times, covering the business of entertainment and television."


def _line(text: str, label: Label) -> Segment:
    seg = Segment(text, "line", "line")
    seg.first = Verdict(label, "a rule's reading")
    return seg


def _page(byline: str = "By Meg James", last: str = BIO) -> list[Segment]:
    return [
        _line("Sixth death linked to a mosquito-borne virus", Label.TITLE),
        _line(byline, Label.BYLINE),
        *(_line(text, Label.CONTENT) for text in PARAGRAPHS),
        _line(last, Label.CONTENT),
        _line("Latest news", Label.RELATED),
    ]


def test_a_sentence_naming_the_byline_under_the_article_is_the_bio() -> None:
    page = _page()
    bios_below(page)
    assert page[-2].label is Label.BYLINE
    assert page[-2].final is not None and "Meg James" in page[-2].final.reason
    assert all(seg.label is Label.CONTENT for seg in page[2:5])


def test_a_first_name_and_a_name_in_a_box_name_the_author_and_the_publisher() -> None:
    page = _page(byline="Julius Young", last="Julius is an entertainment reporter for the network in Los Angeles.")
    bios_below(page)
    assert page[-2].label is Label.BYLINE
    page = _page(byline="Posted today", last="Ascom is a global solutions provider focused on healthcare and "
                                             "mobile workflow solutions.")
    page.insert(-1, _line("Ascom News Service", Label.NEWSLETTER))
    bios_below(page)
    assert page[-3].label is Label.BYLINE


def test_a_name_in_a_menu_is_a_product_whose_description_stays() -> None:
    page = _page(byline="Posted today", last="Zoho Books is an excellent option if you are thinking ahead, and it "
                                             "is built for growing firms.")
    page.insert(1, _line("Zoho Books", Label.NAVIGATION))
    bios_below(page)
    assert page[-2].label is Label.CONTENT


def test_the_same_sentence_opening_the_article_stays() -> None:
    page = _page()
    page[2:2] = [page.pop(-2)]  # the sentence above the paragraphs: the article is about her
    bios_below(page)
    assert page[2].label is Label.CONTENT


def test_a_name_no_line_gives_alone_and_a_possessive_stay() -> None:
    page = _page(last="Alibaba is due to hold its listing ceremony at the stock exchange in the city next Tuesday.")
    bios_below(page)
    assert page[-2].label is Label.CONTENT
    page = _page(last="Meg James's book about the studios came out last year and was read across the industry.")
    bios_below(page)
    assert page[-2].label is Label.CONTENT
