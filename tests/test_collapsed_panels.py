"""Accordion answers and tab panes are hidden until a reader opens them, yet they are the page's text."""

from __future__ import annotations

import pytest

from boilerstrip import strip_html

INTRO = [
    "Solar panels can offset or even eliminate your electric bill, and the savings grow as power prices rise.",
    "The installation itself takes a day or two; the paperwork around it takes most of the two months.",
]
ANSWER = "Most installers finish the permits within three weeks, and the utility approves the system after that."
MENU = "Pricing plans, installer reviews, battery guides, financing options and the full solar calculator."


def _page(panel: str) -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in INTRO)
    return (f"<html><head><title>Going solar</title></head><body><article><h1>Going solar</h1>{paragraphs}"
            f"<h3>How long do permits take?</h3>{panel}<p>{INTRO[0]} Plan the work before summer.</p>"
            f"</article></body></html>")


@pytest.mark.parametrize("panel", [
    f"<div class='faq__answer' style='display:none'><p>{ANSWER}</p></div>",
    f"<dd class='cmp-accordion__panel' hidden><p>{ANSWER}</p></dd>",
    f"<div role='tabpanel' hidden><p>{ANSWER}</p></div>",
    f"<div class='ss-accordion-content hidden'><p>{ANSWER}</p></div>",
])
def test_a_collapsed_answer_inside_the_article_is_read(panel: str) -> None:
    assert ANSWER in strip_html(_page(panel)).text


@pytest.mark.parametrize("panel", [
    f"<div class='modal' hidden><p>{MENU}</p></div>",
    f"<div class='hidden'><p>{MENU}</p></div>",
    f"<div style='display:none'><p>{MENU}</p></div>",
])
def test_other_hidden_boxes_stay_hidden(panel: str) -> None:
    result = strip_html(_page(panel))
    assert MENU not in result.text
    assert INTRO[1] in result.text
