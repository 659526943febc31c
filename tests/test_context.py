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


def _page() -> list[Segment]:
    return [
        _line("Home", Label.NAVIGATION),
        _line("The club paid the fee this morning to sign the keeper, the league said.", Label.RELATED),
        _line("Advertisement", Label.ADVERTISEMENT, "rule_ad_marker"),
        _line("He will have a medical today before he signs a seven-year contract.", Label.RELATED),
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
