"""The speed shortcuts of the HTML front end give what the plain code gives: a block's word and punctuation counts,
the clean-text check, and the flat walk on the cases it treats apart (comments, control characters, whitespace-only
text, attributes)."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from boilerstrip import _html
from boilerstrip._decode import _CONTROL, _SURROGATE, clean_text
from boilerstrip._options import DEFAULT_OPTIONS
from boilerstrip._patterns import CAMEL_HUMP, PROSE_PUNCT, TOKEN_SPLIT, WORD
from boilerstrip._segment import Segment

_TRICKY = "ab_1 .-'?,;:\t\n\r\x00\x01\x0b\x0c\x1c\x1f\x7f\x80\xa0\xb2\xbfé’\ufeff\ufffe\uffff\ud800\udc00€😀٣ł"


def _clean_text_slow(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _CONTROL.sub("", text.replace("\f", "\n").replace("\v", "\n"))
    return _SURROGATE.sub("\ufffd", text)


def test_segment_counts_on_every_ascii_character() -> None:
    text = "".join(map(chr, range(128))) * 2
    seg = Segment(text, "p", "")
    assert (seg.words, seg.punct) == (len(WORD.findall(text)), len(PROSE_PUNCT.findall(text)))


@given(st.text(alphabet=_TRICKY, max_size=40))
def test_segment_counts_are_len_of_findall(text: str) -> None:
    seg = Segment(text, "p", "")
    assert (seg.words, seg.punct) == (len(WORD.findall(text)), len(PROSE_PUNCT.findall(text)))


def test_segment_counts_on_every_latin1_character() -> None:
    text = "".join(map(chr, range(256))) + " ’ — ?"
    seg = Segment(text, "p", "")
    assert (seg.words, seg.punct) == (len(WORD.findall(text)), len(PROSE_PUNCT.findall(text)))


@given(st.text(alphabet=_TRICKY, max_size=40))
def test_clean_text_shortcut_changes_nothing(text: str) -> None:
    assert clean_text(text) == _clean_text_slow(text)


def _segments(html: str, *, lenient: bool = False) -> list[tuple[str, str, str, int]]:
    tree = _html.walk(_html.parse(html), DEFAULT_OPTIONS, time.monotonic() + 30, lenient=lenient)
    return [(s.text, s.tag, s.source, s.link_chars) for s in tree.segments]


def test_walk_edge_cases() -> None:
    html = ("<html><body><div>\n  \n<p>One&#1;two&#11;three</p>\n<pre>  code\n    more  \n</pre>"
            "<p>a <a href='/x'>link text</a> b<br>c</p><table><tr><td>x</td><td>y</td></tr></table>"
            "<p hidden>gone</p><p style='display:none'>gone</p><span aria-hidden='true'>gone</span>"
            "<div aria-hidden='true'><p>kept</p></div><p class='hidden'>gone</p><p class='x' id='y'>kept 2</p>"
            "<noscript><p>no script</p></noscript><p>tail</p></div></body></html>")
    assert _segments(html) == [
        ("Onetwo\nthree", "p", "/html/body/div[1]/p[1]", 0),
        ("  code\n    more", "pre", "/html/body/div[1]/pre[1]", 0),
        ("a link text b\nc", "p", "/html/body/div[1]/p[2]", 9),
        ("x y", "tr", "/html/body/div[1]/table[1]/tr[1]", 0),
        ("kept", "p", "/html/body/div[1]/div[1]/p[1]", 0),
        ("kept 2", "p", "/html/body/div[1]/p[6]", 0),
        ("tail", "p", "/html/body/div[1]/p[7]", 0),
    ]
    lenient = [text for text, *_ in _segments(html, lenient=True)]
    assert lenient.count("gone") == 4
    assert "no script" in lenient


def test_walk_skips_a_comment_and_its_tail() -> None:
    root = _html.parse("<html><body><p>a</p></body></html>")
    p = root.find(".//p")
    assert p is not None
    comment = _html.etree.Comment("note")
    comment.tail = " after"
    p.append(comment)
    # the tail of a comment (kept only in trees not parsed by _html.parse) is not read
    tree = _html.walk(root, DEFAULT_OPTIONS, time.monotonic() + 30)
    assert [s.text for s in tree.segments] == ["a"]


def test_new_block_is_the_block() -> None:
    import dataclasses

    import pytest

    from boilerstrip._types import Block, Label, new_block

    args = (3, "Some text", Label.NAVIGATION, False, "menu", Label.OTHER, "outside", "/html/body/p[2]", "li", (1, 2))
    fast, plain = new_block(*args), Block(*args)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert dataclasses.astuple(fast) == args and fast.to_dict() == plain.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "changed"  # type: ignore[misc]


def test_read_attributes_count_beside_unread_ones() -> None:
    """An element with only unread attributes (href, src, data-*) skips the reading of the others: each attribute
    the walk reads still counts when it comes with unread ones."""
    html = ("<html><body><div class='c'><p>Text of the article, long enough to read as prose here.</p>"
            "<p data-x='1' style='display:none'>styled</p><p data-x='1' hidden>hidden</p>"
            "<span data-x='1' aria-hidden='true'>aria</span>"
            "<p><a href='/a' rel='author' data-x='1'>Jane Doe</a></p>"
            "<p><span data-x='1' itemprop='author'>John Roe</span></p>"
            "<div href='/x' role='navigation'><p>Menu entry</p></div>"
            "<div data-x='1' role='main'><p>main text</p></div></div></body></html>")
    tree = _html.walk(_html.parse(html), DEFAULT_OPTIONS, time.monotonic() + 30)
    texts = [s.text for s in tree.segments]
    assert "styled" not in texts and "hidden" not in texts and "aria" not in texts
    own = {tag: tree.own_hint[n] for n, tag in enumerate(tree.tags) if tag in ("a", "span")}
    assert own == {"a": _html.Label.BYLINE, "span": _html.Label.BYLINE}
    hints = {s.text: s.hints.label if s.hints else None for s in tree.segments}
    assert hints["Menu entry"] is _html.Label.NAVIGATION
    assert [tree.tags[n] for n in tree.main] == ["div"]


def _named_parts_by_regex(value: str) -> list[tuple[str, list[str]]]:
    out = []
    for name in value.split():
        humped = name if name.islower() else CAMEL_HUMP.sub(" ", name)
        out.append((name, [t.lower() for t in TOKEN_SPLIT.split(humped) if t]))
    return out


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=30))
def test_ascii_names_split_by_bytes_as_by_the_regex(value: str) -> None:
    assert _html._NAME_SHORTCUT
    assert _html._named_parts(value) == _named_parts_by_regex(value)


def test_names_beyond_ascii_split_by_the_regex() -> None:
    value = "café-Menü navBarItem élément__titre w-1/2"
    assert _html._named_parts(value) == _named_parts_by_regex(value)
