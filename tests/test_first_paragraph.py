"""Text input: a whole sentence the line model read as a byline, right under the article's byline or date line, is
the article's first paragraph (``_context.first_paragraph_under_byline``); captions, bios and a list's excerpts
are not."""

from __future__ import annotations

from boilerstrip import Label
from boilerstrip._context import first_paragraph_under_byline
from boilerstrip._segment import Segment
from boilerstrip._types import Verdict

FIRST = ("Our goal with these quarterly threads is to give readers a place to raise questions about our research, "
         "in the comments below, and we try to answer them promptly.")
PARAGRAPHS = [
    "County officials said Monday the victim was one of two people whose cases were confirmed last week, and that "
    "the second patient is recovering at home.",
    "Cases first appeared in the west of the state at the end of August, and officials urged people to use "
    "repellent until the first hard frost of the autumn.",
]


def _line(text: str, label: Label, *, model: bool = True) -> Segment:
    seg = Segment(text, "line", "line")
    seg.first = Verdict(label, "line model: reads as it in its context (60%)" if model else "a rule's reading")
    seg.model = (label, 0.6) if model else None
    return seg


def _page(first: str = FIRST, byline: str = "by Dana Whitfield") -> list[Segment]:
    return [
        _line("Open thread for the autumn", Label.TITLE, model=False),
        _line("September 10, 2018", Label.BYLINE, model=False),
        _line(byline, Label.BYLINE, model=False),
        _line(first, Label.BYLINE),
        *(_line(text, Label.CONTENT) for text in PARAGRAPHS),
    ]


def test_a_sentence_under_the_byline_is_the_first_paragraph() -> None:
    page = _page()
    first_paragraph_under_byline(page)
    assert page[3].label is Label.CONTENT
    assert page[3].final is not None and "first paragraph" in page[3].final.reason
    assert page[2].label is Label.BYLINE  # the byline itself stays


def test_a_caption_ending_with_its_credit_stays() -> None:
    page = _page(first="The committee chairman speaks during a media briefing after the vote on the rules of the "
                       "inquiry, October 31, 2019. (Joshua Roberts/Reuters)")
    first_paragraph_under_byline(page)
    assert page[3].label is Label.BYLINE


def test_a_bio_naming_the_author_stays() -> None:
    page = _page(first="Dana Whitfield covers biotech, co-writes the weekly newsletter, and co-hosts the podcast "
                       "about the business of medicine.")
    first_paragraph_under_byline(page)
    assert page[3].label is Label.BYLINE


def test_a_sentence_above_a_picture_credit_stays() -> None:
    page = _page()
    page.insert(4, _line("Photo: Lee Park", Label.CREDIT, model=False))
    first_paragraph_under_byline(page)
    assert page[3].label is Label.BYLINE


def test_a_line_under_the_article_stays() -> None:
    page = [*_page()[:3], *(_line(text, Label.CONTENT) for text in PARAGRAPHS),
            _line("by Dana Whitfield", Label.BYLINE, model=False), _line(FIRST, Label.BYLINE)]
    first_paragraph_under_byline(page)
    assert page[-1].label is Label.BYLINE


def test_several_dated_excerpts_are_a_list_not_an_article() -> None:
    page = _page()
    page[4:4] = [_line("September 3, 2018", Label.BYLINE, model=False), _line(FIRST, Label.BYLINE)]
    first_paragraph_under_byline(page)
    assert page[3].label is Label.BYLINE and page[5].label is Label.BYLINE
