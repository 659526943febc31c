"""Boxes named for comments or reviews that stand between an article's paragraphs are part of the article."""

from __future__ import annotations

from boilerstrip import strip_html

INTRO = [
    "We tested five accounting tools for freelancers over three months, filing real invoices and expenses.",
    "Each tool was scored on invoicing, bank feeds, tax reports and how easy it was to set up from scratch.",
]
REVIEW = [
    "QuickBooks Online covers every core accounting need, from invoicing to bank reconciliation and reports.",
    "It is one of the more expensive options, and it can feel bloated if you only need simple bookkeeping.",
]
OUTRO = [
    "Whichever tool you pick, connect your bank account first: most of the time savings come from the feed.",
    "Keep receipts in one place as you go, and the year-end tax report takes minutes rather than a weekend.",
]
COMMENTS = [
    "Great roundup, thanks! I switched to Wave last year and never looked back, it does all I need and more.",
    "I wish you had covered FreshBooks in more depth, its time tracking is the reason my studio uses it.",
]


def _page(middle: str, tail: str = "") -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in INTRO)
    closing = "".join(f"<p>{s}</p>" for s in OUTRO)
    return (f"<html><head><title>Best accounting software</title></head><body><article><h1>Best accounting "
            f"software</h1>{paragraphs}{middle}{closing}{tail}</article></body></html>")


def _card(text: list[str]) -> str:
    return ("<div class='product-review-card'><h3>QuickBooks Online: best overall</h3>"
            + "".join(f"<p>{s}</p>" for s in text) + "</div>")


def test_a_review_box_between_the_article_paragraphs_is_the_article() -> None:
    result = strip_html(_page(_card(REVIEW)))
    for sentence in INTRO + REVIEW + OUTRO:
        assert sentence in result.text


def test_readers_comments_after_the_article_stay_out() -> None:
    thread = "<div class='comments'>" + "".join(
        f"<div class='comment'><p>{s}</p></div>" for s in COMMENTS) + "</div>"
    result = strip_html(_page("", thread))
    assert OUTRO[-1] in result.text
    assert all(s not in result.text for s in COMMENTS)


def test_a_review_link_between_paragraphs_stays_a_link() -> None:
    link = "<p class='review'><a href='/reviews/quickbooks'>Read our full QuickBooks Online review</a></p>"
    result = strip_html(_page(link))
    assert "Read our full" not in result.text
    assert INTRO[0] in result.text and OUTRO[0] in result.text
