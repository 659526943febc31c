"""Context-pass decisions tested on hand-made segments (no model, no parser)."""

from __future__ import annotations

from boilerstrip._context import article_never_empty
from boilerstrip._rules import TRUSTED_TEXT_RULES
from boilerstrip._segment import Segment
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
