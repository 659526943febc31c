"""Text input: a run of numbered section titles, their numbers rising, is a table of contents when it is an outline
(subsections) or its titles come again below as headings (``_context.contents_lists``); an article's own numbered
list is neither."""

from __future__ import annotations

from conftest import PARAGRAPHS

from boilerstrip import strip_text

OUTLINE = ["1 Getting started", "1.1 Installing the tools", "1.2 A first project", "2 Working with files",
           "2.1 Reading files", "2.2 Writing files", "3 Going further"]
SECTIONS = ["Getting started", "Working with files", "Going further", "Reading files", "Writing files",
            "A first project"]


def _reading(lines: list[str]) -> dict[str, tuple[bool, str]]:
    return {b.text: (b.kept, b.reason) for b in strip_text("\n\n".join(lines)).blocks}


def test_an_outline_above_the_article_is_its_table_of_contents() -> None:
    reading = _reading(["A field guide to the tools", "Contents", *OUTLINE, *PARAGRAPHS])
    for entry in OUTLINE:
        kept, reason = reading[entry]
        assert not kept and "table of contents" in reason, (entry, reason)
    assert all(reading[p][0] for p in PARAGRAPHS)


def test_an_outline_printed_as_a_list_is_a_table_of_contents() -> None:
    bulleted = [f"  + {entry}" for entry in OUTLINE]
    reading = _reading(["A field guide to the tools", "Contents", *bulleted, *PARAGRAPHS])
    assert all(not reading[entry.strip()][0] for entry in bulleted)
    assert all("table of contents" in reading[entry.strip()][1] for entry in bulleted)


def test_titles_that_come_again_as_headings_are_a_table_of_contents() -> None:
    numbered = [f"{n}. {title}" for n, title in enumerate(SECTIONS, 1)]
    body = [line for title, text in zip(SECTIONS, [*PARAGRAPHS, *PARAGRAPHS], strict=False) for line in (title, text)]
    reading = _reading(["A field guide to the tools", *numbered, *body])
    assert all(not reading[entry][0] and "table of contents" in reading[entry][1] for entry in numbered)


def test_an_articles_own_numbered_list_stays() -> None:
    steps = ["1. Clear the banks of rubbish", "2. Haul out the trolleys", "3. Count the otters each spring",
             "4. Plant willows on the eastern bank", "5. Open the new footpath", "6. Invite the schools along"]
    reading = _reading([PARAGRAPHS[0], PARAGRAPHS[1], *steps, PARAGRAPHS[2], PARAGRAPHS[3]])
    assert all("table of contents" not in reading[step][1] for step in steps)


def test_numbers_out_of_order_are_no_outline() -> None:
    options = ["2 Grommet covers", "2 Power grommets", "1 Desk lamp", "3 Cable trays", "1.5 Cable ties",
               "2.5 Cable clips", "1 Monitor arm"]
    reading = _reading([PARAGRAPHS[0], PARAGRAPHS[1], *options, PARAGRAPHS[2], PARAGRAPHS[3]])
    assert all("table of contents" not in reading[option][1] for option in options)
