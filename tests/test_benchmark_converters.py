"""The benchmark's own text converter (``benchmarks.text_mode.lxml_lines``): the text it must not lose."""

from __future__ import annotations

from benchmarks.text_mode import lxml_lines


def test_text_after_a_comment_is_kept() -> None:
    # React prints "<!-- -->" between the pieces of a paragraph: the words after it are visible text
    page = "<html><body><p>At first, his doctor<!-- --> assumed he had a cold<!-- -->.</p></body></html>"
    assert lxml_lines(page) == "At first, his doctor assumed he had a cold."


def test_scripts_and_comments_themselves_are_dropped() -> None:
    page = "<html><body><p>One <script>var x;</script>two <!-- note --> three</p><div>four</div></body></html>"
    assert lxml_lines(page) == "One two three\nfour"
