"""An article's list of sources under a "References" heading is not its text."""

from __future__ import annotations

import pytest
from conftest import PARAGRAPHS, article_page

from boilerstrip import Label, strip_html

_CITATIONS = (
    "Smith J, Jones A, et al. River restoration by volunteers. J Urban Ecol. 2019;4(2):11-19.",
    "Town Council. Annual report on the river banks, 2023. https://example.org/report-2023",
    "Brown K. Weak tea and shopping trolleys: a history of the town drain. Retrieved March 3, 2024.",
)
_AFTER = "About the author: a reporter who has covered the town for the Post since the flood of the spring."


def _sources(heading: str, entries: tuple[str, ...] = _CITATIONS) -> str:
    items = "".join(f"<li>{e}</li>" for e in entries)
    return f"{heading}<ol>{items}</ol><h2>About the author</h2><p>{_AFTER}</p>"


@pytest.mark.parametrize("heading", [
    "<h2>References</h2>", "<h3>Article Sources:</h3>", "<p><strong>Sources:</strong></p>", "<h2>Quellen</h2>",
    "<button class='accordion'>Citations</button>",
])
def test_a_list_of_sources_is_dropped(heading: str) -> None:
    result = strip_html(article_page(extra_article=_sources(heading)))
    entries = [b for b in result.blocks if b.text in _CITATIONS]
    assert len(entries) == 3 and not any(b.kept for b in entries)
    assert all(b.label is Label.OTHER and "list of sources under a" in b.reason for b in entries)
    assert all(p in result.text for p in PARAGRAPHS)
    assert _AFTER in result.text  # the next heading of the same level ends the list
    assert "Sources" not in result.text and "References" not in result.text


def test_a_section_named_sources_that_is_prose_stays() -> None:
    prose = ("Beans, lentils and tofu give as much protein as meat, and a cup of cooked lentils holds about eighteen "
             "grams of it.", "Nuts and seeds add protein and healthy fats to a salad or a bowl of porridge.")
    result = strip_html(article_page(extra_article=_sources("<h2>Sources</h2>", prose)))
    assert all(p in result.text for p in prose)


def test_a_menu_entry_named_sources_heads_no_list() -> None:
    dated = tuple(f"{p} The council counted the volunteers again in 2024." for p in PARAGRAPHS)
    page = article_page(paragraphs=dated).replace(
        "<main><article>", "<main><article><p><a href='/sources'>Sources</a></p>")
    result = strip_html(page)
    assert all(p in result.text for p in dated)
