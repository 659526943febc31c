"""Text input: an A–Z index (entries under letter headings) on a page without an article is the page's content, not
a menu (``_context.letter_index``)."""

from __future__ import annotations

from boilerstrip import strip_text

MENU = ["Shop", "Brands", "Deals", "Help", "Sign in", "Cart"]
INDEX = {
    "A": ["Adapters", "Anchors", "Angle Brackets"],
    "B": ["Bolts", "Brackets", "Buckles"],
    "C": ["Clamps", "Clips"],
    "D": ["Dowels"],
    "F": ["Fasteners", "Ferrules", "Flanges"],
    "H": ["Hinges", "Hooks"],
    "L": ["Latches", "Locks"],
    "N": ["Nails", "Nuts"],
}
FOOTER = ["About us", "Careers", "Contact", "Privacy policy", "Terms of use", "© 2026 Example Supply Co."]
ARTICLE = [
    "Choosing the right fastener starts with the load it must carry and the material it has to hold, and most "
    "failures we see in the workshop come from a screw asked to do a bolt's job.",
    "Wood screws grip by their coarse thread and need a pilot hole in hardwood, or the wood splits along its grain "
    "long before the screw reaches its full depth in the board.",
    "Machine bolts pass through both parts and take a nut on the far side, so they can be tightened again when the "
    "joint works loose after a season of use outdoors.",
    "Anchors spread inside a hollow wall or grip the sides of a drilled hole in masonry; the packet says which wall "
    "each one is for, and the load it will carry there.",
]


def _index_lines(index: dict[str, list[str]]) -> list[str]:
    return [line for letter, entries in index.items() for line in (letter, *entries)]


def _kept(lines: list[str]) -> set[str]:
    return set(strip_text("\n".join(lines)).text.split("\n\n"))


def test_an_a_to_z_index_is_the_page_content() -> None:
    index = _index_lines(INDEX)
    kept = _kept(["Fastener catalogs", *MENU, "Fasteners by category", *index, *FOOTER])
    assert set(index) <= kept
    assert not set(MENU + FOOTER) & kept


def test_an_index_under_an_article_is_a_menu() -> None:
    index = _index_lines(INDEX)
    kept = _kept(["How to choose a fastener", *MENU, *ARTICLE, "Shop by category", *index, *FOOTER])
    assert set(ARTICLE) <= kept
    assert not set(index) & kept


def test_single_letters_over_unsorted_lines_are_no_index() -> None:
    # one-letter lines (grades, answer options) over lines that do not start with them: no index
    letters, entries = list(INDEX), list(INDEX.values())
    lines = _index_lines(dict(zip(letters, entries[1:] + entries[:1], strict=True)))
    kept = _kept(["Fastener catalogs", *MENU, "Fasteners by category", *lines, *FOOTER])
    assert not {line for line in lines if len(line) == 1} & kept
