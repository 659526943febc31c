"""Markdown dumps (html2text, markdownify, the "reader" services) are read as the text the page shows."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip._text import as_shown, is_markdown, markdown_lines, segments_from_text, split_lines

_MENU = "\n".join(f"* [{name}](https://example.test/{name.lower()}/)" for name in ("Home", "World", "Sport", "Video"))
_ARTICLE = (
    "The river authority said on Monday that water levels had fallen by a third since spring, the lowest "
    "reading since records began in 1921.",
    "Farmers along the lower valley have been asked to cut irrigation by a fifth, and the **ferry service** "
    "was suspended on Friday after a boat ran aground near the [old mill](https://example.test/mill \"Mill\").",
    "Officials expect the levels to recover only if the autumn rains arrive on time, which forecasters "
    "described as *unlikely* in a statement released on Sunday evening.",
)
_PAGE = "\n\n".join([
    "# River levels fall to a record low", _MENU,
    "![Low water at the mill](https://example.test/img/mill.jpg)", *_ARTICLE,
    "## Related", "* [Ferry service suspended](https://example.test/a)", "* [Farmers cut irrigation](https://example.test/b)",
    "[Privacy Policy](https://example.test/privacy) | [Terms](https://example.test/terms)",
])


@pytest.mark.parametrize(("line", "shown"), [
    ('* [LIVE TV](https://x.test/live?ref=nav "Live Tv")', "* LIVE TV"),
    ("## A *great* [story](https://x.test/s)", "A great story"),
    ("> a **quoted** line", "a quoted line"),
    (r"1\. not a list \- and a \*star\*", "1. not a list - and a *star*"),
    ('[ref]: https://x.test/ "Title"', ""),
    ("![](https://x.test/pixel.gif)", ""),
    ("[![Logo](https://x.test/logo.png)](https://x.test/)", ""),
    ("  + - [Nested entry](https://x.test/n)", "  * Nested entry"),
    ("- Advertisement -", "- Advertisement -"),  # a single dash is the page's own text
    (":   [Help Center](//x.test/h), [Disputes](//x.test/d),", "Help Center, Disputes,"),  # a definition's <dd>
    ("Note: a colon in the text, and :: or :x", "Note: a colon in the text, and :: or :x"),
    ('### Big sale on tablets](https://x.test/sale/ "Big sale on tablets")', "Big sale on tablets"),  # "[" above
    ("Read the [report](https://x.test/r_(2024)) and `code`", "Read the report and code"),
    ("see <https://x.test/page> or snake_case_name and 2 * 3 * 4",
     "see https://x.test/page or snake_case_name and 2 * 3 * 4"),
])
def test_as_shown(line: str, shown: str) -> None:
    assert as_shown(line) == shown


def test_is_markdown_needs_several_links() -> None:
    assert is_markdown(_PAGE)
    assert not is_markdown("See [1](2) in the notes.\n\nA plain dump with brackets [like these] and (these).")
    assert not is_markdown("\n".join(_ARTICLE))


def test_markdown_page_reads_as_shown_text() -> None:
    result = boilerstrip.strip_text(_PAGE)
    assert "](" not in result.text and "**" not in result.text
    assert "the ferry service was suspended on Friday after a boat ran aground near the old mill." in result.text
    kept = [b.text for b in result.blocks if b.kept]
    assert len(kept) == len(_ARTICLE)
    dropped = {b.text: b.label for b in result.blocks if not b.kept}
    assert dropped["* Home"] is boilerstrip.Label.NAVIGATION
    assert boilerstrip.strip_text(result.text).text == result.text  # a fixed point, as for any dump


def test_markdown_segments_keep_their_input_lines() -> None:
    lines = _PAGE.split("\n")
    for seg in segments_from_text(_PAGE):
        assert seg.lines is not None
        start, end = seg.lines
        assert as_shown(lines[start]).strip() in seg.text or not as_shown(lines[start]).strip()
        assert end <= len(lines)


def test_wrapped_markdown_blocks_are_one_line_each() -> None:
    text = "\n".join([
        "#  [River levels fall to a record low in the lower",
        "valley](https://example.test/2025/10/river-levels-fall-to-a-record-low-in-the-",
        'lower-valley/ "Permalink to River levels")',
        "",
        "The river authority said on Monday that water levels had fallen by a third",
        "since spring, the [lowest reading](https://example.test/data) since records",
        "began.",
        "",
        "  * [Home](https://example.test/)",
        "  * [A menu entry long enough to be wrapped by the converter onto a second",
        "    line](https://example.test/long)",
        "",
        "Line one of an address  ",
        "Line two of it",
        "```",
        "x = [1, 2",
        "```",
        "> a quote wrapped",
        "> over two lines",
    ])
    got = [(line.start, line.end, line.text) for line in markdown_lines(text)]
    assert got == [
        (0, 3, "River levels fall to a record low in the lower valley"),
        (4, 7, "The river authority said on Monday that water levels had fallen by a third since spring, the "
               "lowest reading since records began."),
        (8, 9, "* Home"),
        (9, 11, "* A menu entry long enough to be wrapped by the converter onto a second line"),
        (12, 13, "Line one of an address"),  # a hard break (two spaces) ends a line
        (13, 14, "Line two of it"),
        (14, 17, "```\nx = [1, 2\n```"),  # a fenced block of code is one line, as written
        (17, 19, "a quote wrapped over two lines"),
    ]


def test_wrapped_and_unwrapped_markdown_read_alike() -> None:
    wrapped = _PAGE.replace("lowest reading since records", "lowest reading\nsince records").replace(
        "was suspended on Friday", "was\nsuspended on Friday")
    assert boilerstrip.strip_text(wrapped).text == boilerstrip.strip_text(_PAGE).text


def test_link_split_by_blank_lines_shows_no_url() -> None:
    """markdownify leaves blank lines inside a link that wraps a picture and a heading: the heading's line ends the
    link, and its target is no text the page shows."""
    page = _PAGE + "\n\n[![](https://x.test/t.jpg)\n\n### Ferry back in service](https://x.test/ferry-back \"Ferry\")\n"
    shown = [seg.text for seg in segments_from_text(page)]
    assert "Ferry back in service" in shown
    assert not any("x.test" in text for text in shown)


_CODE = "\n".join([
    "```python",
    "def read(path):",
    "    with open(path) as f:  # the whole file",
    "",
    "        return f.read()",
    "```",
])


def test_fenced_code_is_one_line_as_written() -> None:
    page = "Intro to [the code](https://x.test/c):\n\n" + _CODE + "\n\nAfter it."
    lines = markdown_lines(page)
    assert [(line.start, line.end) for line in lines] == [(0, 1), (2, 8), (9, 10)]
    assert lines[1].text == _CODE  # the code's indentation, its blank line and its fences as they are
    indented = "* An entry:\n\n" + "\n".join("    " + line if line else "" for line in _CODE.split("\n"))
    assert markdown_lines(indented)[1].text == _CODE  # a block inside a list item, less the item's indentation


def test_unclosed_fence_leaves_the_lines_as_they_are() -> None:
    page = "[a](https://x.test/a) [b](https://x.test/b) [c](https://x.test/c)\n\n```\nx = 1\ny = 2"
    assert [line.text for line in markdown_lines(page)] == ["a b c", "```", "x = 1", "y = 2"]
    assert [line.text for line in split_lines("```\nx = 1\n``` is not a fence closed")] == [
        "```", "x = 1", "``` is not a fence closed"]


def test_fenced_code_in_a_plain_dump_is_not_joined_to_the_text_around_it() -> None:
    # the kept text of a Markdown page, read again: "return f.read()" would carry on a sentence left open above
    text = "The reader opens the file and returns the whole of\n" + _CODE + "\nThat is all."
    assert [line.text for line in split_lines(text)] == [
        "The reader opens the file and returns the whole of", _CODE, "That is all."]


def test_article_with_fenced_code_keeps_the_code_and_is_a_fixed_point() -> None:
    article = "\n\n".join([
        "# Reading files in Python", _MENU,
        "Reading a whole file takes one call, and the with block closes the file when the block ends, even when an "
        "error is raised inside it. Here is the function we use in every script of the project:",
        _CODE,
        "The function returns the text of the file as one string; for large files, read them line by line instead, "
        "which keeps the memory the program needs small whatever the size of the file is.",
        "Writing works the same way, with the mode set to \"w\" and the write method called on the file object that "
        "the with block opens, and the file is closed for you at the end of the block as well.",
        "## Related", "* [Ferry service suspended](https://example.test/a)",
    ])
    result = boilerstrip.strip_text(article)
    assert _CODE in result.text
    assert boilerstrip.strip_text(result.text).text == result.text
