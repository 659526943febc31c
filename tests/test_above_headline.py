"""Text input: kept lines above the page's headline, where a dump's title line is repeated as the headline of the
article below it, are a menu's teasers (``_context.above_headline``)."""

from __future__ import annotations

from boilerstrip import Label, strip_text
from boilerstrip._context import above_headline
from boilerstrip._segment import Segment
from boilerstrip._types import Verdict

TITLE = "Officials: Sixth Fatality Linked To Mosquito-Borne Virus Reported"
# a news site's mega-menu prints each story's headline and excerpt as one line
TEASERS = [
    "Police: Two In Custody After Death Of Student-Athlete A 24-year-old woman and a 19-year-old man are in custody "
    "after the death of a college athlete.",
    "Customers Leave Without Paying $690 Bill At Steakhouse A party of six left the restaurant without paying their "
    "bill on Saturday night, police said.",
    "State To Mail Redistricting Panel Applications To 250,000 Voters The state will mail applications to a quarter "
    "of a million randomly chosen voters.",
]
PARAGRAPHS = [
    "ST. JOSEPH (AP) — Health authorities are reporting a sixth death linked to a rare mosquito-borne virus this "
    "year, the most in more than a decade.",
    "County officials said Monday the victim was one of two people whose cases were confirmed last week, and that "
    "the second patient is recovering at home.",
    "Cases first appeared in the west of the state at the end of August, and officials urged people to use "
    "repellent until the first hard frost of the autumn.",
    "The state's chief medical executive said the risk will remain until then, and that counties with confirmed "
    "cases should consider moving evening events indoors.",
]


def _line(text: str, label: Label, rule: str = "") -> Segment:
    seg = Segment(text, "line", "line")
    seg.first = Verdict(label, "line model: reads as it in its context (95%)")
    seg.rule = rule
    return seg


def _page(title_line: str = TITLE + " – Channel 4 News", paragraphs: list[str] = PARAGRAPHS) -> list[Segment]:
    return [
        _line(title_line, Label.TITLE, "rule_title"),
        _line("News", Label.NAVIGATION),
        *(_line(text, Label.CONTENT) for text in TEASERS),
        _line("More", Label.NAVIGATION),
        _line(TITLE, Label.TITLE, "rule_title"),
        *(_line(text, Label.CONTENT) for text in paragraphs),
    ]


def test_kept_lines_above_the_repeated_headline_are_teasers() -> None:
    page = _page()
    above_headline(page)
    assert [seg.label for seg in page[2:5]] == [Label.RELATED] * 3
    assert all(seg.label is Label.CONTENT for seg in page[7:])
    assert page[2].final is not None and "above the article's headline" in page[2].final.reason


def test_a_short_text_below_the_headline_is_no_article_to_part_from() -> None:
    page = _page(paragraphs=PARAGRAPHS[:1])  # 23 words: a caption or a blurb, not an article's worth
    above_headline(page)
    assert all(seg.label is Label.CONTENT for seg in page[2:5])


def test_a_re_reading_whose_first_kept_line_comes_again_is_left_alone() -> None:
    # re-reading kept text: its first line stands in the title line's place; a later copy of it is the article
    # repeating itself (a video's title over its transcript), not the headline
    page = _page(title_line=TITLE)
    above_headline(page)
    assert all(seg.label is Label.CONTENT for seg in page[2:5])


def test_a_dump_whose_first_line_is_kept_has_no_title_line() -> None:
    page = _page()
    page[0].first = Verdict(Label.CONTENT, "line model: reads as it in its context (95%)")
    above_headline(page)
    assert all(seg.label is Label.CONTENT for seg in page[2:5])


def test_a_dump_drops_the_menu_teasers_above_the_headline() -> None:
    menu = ["Menu", "News", "Latest News", "Local", "Politics", "Sports", "Weather", "Video"]
    dump = "\n".join([TITLE + " – Channel 4 News", "", *menu, "", "Latest Headlines", *TEASERS, "", "More",
                      "Watch Live", "", TITLE, "November 19, 2019 at 9:45 am", "", *PARAGRAPHS, "",
                      "© 2019 Channel 4. All Rights Reserved.", "Privacy Policy", "Terms of Use"])
    result = strip_text(dump)
    assert result.text == "\n\n".join(PARAGRAPHS)
    teasers = [block for block in result.blocks if block.text in TEASERS]
    assert [block.label for block in teasers] == [Label.RELATED] * 3


def test_a_dump_that_opens_with_a_table_row_has_no_title_line() -> None:
    """A dump's first line is its title line, unless it is a row of a table or schedule: the kept text of a page whose
    article is a calendar starts with its first row when it is read again, and that row is the article's."""
    rows = [f"{k + 1}a etapa: {5 + k} de {month} – {place}" for k, (month, place) in enumerate(
        [("março", "Interlagos"), ("abril", "Curitiba"), ("maio", "Londrina"), ("agosto", "Cascavel"),
         ("setembro", "Velo Città"), ("outubro", "Tarumã")])]
    note = "The calendar is subject to the changes the organiser usually makes, and was published in January."
    result = strip_text("\n".join([*rows, note]))
    assert result.text.split("\n\n")[0] == rows[0]
    assert result.title is None or result.title not in rows
