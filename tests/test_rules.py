"""First-pass rules seen through whole pages: what each drops, what it must leave."""

from __future__ import annotations

from conftest import PARAGRAPHS, article_page

from boilerstrip import Block, Label, strip_html


def _block(blocks: tuple[Block, ...], start: str) -> Block:
    return next(b for b in blocks if b.text.startswith(start))


def test_a_scrolling_ticker_is_dropped() -> None:
    ticker = "<div class='marquee'>" + "Book Now * " * 30 + "</div>"
    result = strip_html(article_page(extra_article=ticker))
    block = _block(result.blocks, "Book Now")
    assert not block.kept and block.label is Label.OTHER
    assert "ticker" in block.reason
    assert PARAGRAPHS[-1] in result.text


def test_repeats_that_are_no_ticker_stay() -> None:
    header = "<table><tr><td>" + " ".join(["n Mean (SD)"] * 6) + "</td></tr></table>"  # a table's header cells
    chorus = "<p>" + "Row, row, row your boat, gently down the stream. " * 3 + "</p>"  # words repeat, not one phrase
    code = "<pre>" + "x = x + 1\n" * 20 + "</pre>"  # code may repeat a line
    result = strip_html(article_page(extra_article=header + chorus + code))
    for start in ("n Mean", "Row, row", "x = x + 1"):
        assert "ticker" not in _block(result.blocks, start).reason
