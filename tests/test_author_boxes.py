"""Under "Written by …" below an article comes the author's box; a dated "Written by" line above it is its byline."""

from __future__ import annotations

import pytest
from conftest import PARAGRAPHS, article_page

from boilerstrip import Label, strip_html, strip_text

_BIO = "Jane Doe covers the river and the town council for the Post. She lives by the eastern bank."


@pytest.mark.parametrize("byline", [
    "Written By Jane Doe · Feb 11, 2019 · 3 min read",
    "Written by Jane Doe, 11 February 2019",
    "Written by Jane Doe · 4 min read",
])
def test_a_dated_written_by_line_above_the_article_heads_no_author_box(byline: str) -> None:
    page = article_page().replace("</figure>", f"</figure><div class='meta'>{byline}</div>", 1)
    result = strip_html(page)
    assert all(p in result.text for p in PARAGRAPHS)
    assert [b.label for b in result.blocks if b.text == byline] == [Label.BYLINE]


def test_the_author_box_below_the_article_is_dropped() -> None:
    result = strip_html(article_page(extra_article=f"<h3>Written by Jane Doe</h3><p>{_BIO}</p>"))
    assert all(p in result.text for p in PARAGRAPHS)
    bio = [b for b in result.blocks if b.text == _BIO]
    assert len(bio) == 1 and bio[0].label is Label.BYLINE and not bio[0].kept


def test_text_a_dated_written_by_line_heads_no_author_box() -> None:
    text = "\n\n".join(["Otters return to the town river", "Written By Jane Doe · Feb 11, 2019 · 3 min read",
                        *PARAGRAPHS])
    result = strip_text(text)
    assert all(p in result.text for p in PARAGRAPHS)
