"""React's streamed server rendering: parts printed late in hidden ``<div id="S:x">`` blocks fill their templates."""

from __future__ import annotations

from boilerstrip import strip_html

SENTENCES = [
    "The European Space Agency says putting astronauts into a state of suspended animation could help on Mars.",
    "Researchers examined how hibernation would affect the design of a crewed mission to the red planet.",
    "Slowing down the human metabolism the way animals hibernate is not possible yet, the agency said on Monday.",
    "Challenges include designing a spacecraft that runs largely on its own while the crew sleeps for months.",
]
KEY_POINTS = "<h2>Key points</h2><ul>" + "".join(f"<li>{s}</li>" for s in (
    "Hibernation could cut the food and water a crew needs on the way to Mars by a third.",
    "A sleeping crew needs smaller living quarters, so the spacecraft can be lighter.",
)) + "</ul>"
MENU = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8)) + "</ul></nav>"


def _streamed(parts: list[str]) -> str:
    """A page whose article body holds only templates and "Loading…" placeholders; the parts come at the end."""
    slots = "".join(f'<!--$?--><template id="B:{i}"></template><div>Loading paragraph...</div><!--/$-->'
                    for i in range(len(parts)))
    hidden = "".join(f'<div hidden id="S:{i}">{part}</div>' for i, part in enumerate(parts))
    return (f"<html><head><title>Hibernation for Mars</title></head><body>{MENU}<main><article>"
            f"<h1>Hibernation for Mars</h1><p>By Jane Doe, updated March 5, 2025</p>{KEY_POINTS}"
            f"<div class='article-body'>{slots}</div></article></main>"
            f"<footer><p>Copyright 2025 Example Media. All rights reserved.</p></footer>{hidden}</body></html>")


def test_an_article_streamed_in_hidden_parts_is_read_in_place() -> None:
    result = strip_html(_streamed([f"<p>{s}</p>" for s in SENTENCES]))
    assert result.text.endswith("\n\n".join(SENTENCES))
    assert "Loading" not in result.text


def test_a_part_fills_its_boundary_and_a_segment_inside_it() -> None:
    from boilerstrip._html import parse

    first = f'<p>{SENTENCES[0]}</p><template id="P:5"></template>'
    page = _streamed([first, f"<p>{SENTENCES[2]}</p>"]).replace(
        "</body>", f'<div hidden id="S:5"><p>{SENTENCES[1]}</p></div></body>')
    root = parse(page)
    body = root.xpath('//div[@class="article-body"]')[0]
    assert ["".join(p.itertext()) for p in body] == SENTENCES[:3]  # in place, the fallbacks gone
    assert not root.xpath('//div[@hidden]') and not root.xpath("//template")


def test_a_streamed_list_of_links_stays_hidden() -> None:
    teasers = "<ul>" + "".join(
        f"<li><a href='/story{i}'>Another story number {i} about the planets and the moons</a></li>"
        for i in range(12)) + "</ul>"
    article = "".join(f"<p>{s}</p>" for s in SENTENCES)
    page = _streamed([teasers]).replace("<div class='article-body'>", f"<div class='article-body'>{article}")
    result = strip_html(page)
    assert SENTENCES[0] in result.text
    assert "Another story number" not in result.text


def test_parts_that_are_no_paragraphs_are_not_moved() -> None:
    from boilerstrip._html import parse

    specs = "<div><span>Seat height: 20 inches</span><span>Weight: 58 lb</span><span>Frame: wood</span></div>"
    root = parse(_streamed([specs]))
    part = root.xpath('//div[@id="S:0"]')
    assert part and part[0].get("hidden") is not None  # still where the page printed it
    assert root.xpath('//template[@id="B:0"]')
