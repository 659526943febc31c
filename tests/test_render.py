"""Renderings of a Result: Markdown structure and escaping, JSON round trips, well-formed escaped HTML, the report."""

from __future__ import annotations

import json

import pytest
from conftest import PARAGRAPHS, TITLE, article_page
from lxml import etree

from boilerstrip import Encoding, InputKind, Label, Options, Result, strip, strip_text
from boilerstrip._types import Block

STRUCTURED = article_page(extra_article="""
<h2>What changed</h2>
<p>Three things made the difference, according to the people who did the work over the years.</p>
<ul><li>New reed beds filter the run-off from the road.</li>
<li>Otters returned last summer, for the first time in decades.</li></ul>
<h3>Next steps</h3>
<ol><li>Extend the footpath along the eastern bank.</li><li>Survey the weir before the winter floods.</li></ol>
<blockquote><p>We never thought we would see fish here again, said one of the volunteers.</p>
<p>Now we see them every single morning, she added with a broad smile.</p></blockquote>
<pre>level = read_gauge("mill-bridge")
if level &gt; 2.5:
    raise_alarm()</pre>
<p>The final paragraph of the article closes the story with a sentence of its own.</p>
""")


def _result(*blocks: tuple[str, str], title: str | None = None, kind: InputKind = InputKind.HTML) -> Result:
    """A Result built by hand: (tag, text) or (xpath, text) pairs, all kept as content."""
    out = []
    for i, (where, text) in enumerate(blocks):
        source = where if where.startswith("/") else f"/html/body/{where}[{i + 1}]"
        tag = source.rsplit("/", 1)[-1].split("[")[0]
        out.append(Block(index=i, text=text, label=Label.CONTENT, kept=True, reason="test", first_label=Label.CONTENT,
                         first_reason="test", source=source, tag=tag))
    return Result(text="\n\n".join(b.text for b in out), title=title, blocks=tuple(out), kind=kind,
                  encoding=Encoding("str", "str"))


# --- Markdown ---------------------------------------------------------------------------------------------------------


def test_markdown_structure() -> None:
    md = strip(STRUCTURED).to_markdown()
    assert md.startswith(f"# {TITLE}\n\n")
    assert md.count(f"# {TITLE}") == 1
    assert "\n## What changed\n" in md
    assert "\n### Next steps\n" in md
    assert "\n- New reed beds filter the run-off from the road.\n- Otters returned last summer" in md
    assert "\n1. Extend the footpath along the eastern bank.\n2. Survey the weir" in md
    assert ("\n> We never thought we would see fish here again, said one of the volunteers.\n>\n"
            "> Now we see them every single morning") in md
    assert '\n```\nlevel = read_gauge("mill-bridge")\n' in md
    assert PARAGRAPHS[0] in md
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_markdown_code_block_keeps_indentation() -> None:
    md = strip(STRUCTURED).to_markdown()
    assert "\n    raise_alarm()\n```" in md


def test_markdown_title_not_repeated_when_title_is_kept() -> None:
    md = strip(article_page(), options=Options(keep=frozenset({Label.CONTENT, Label.TITLE}))).to_markdown()
    assert md.count(TITLE) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("# not a heading", "\\# not a heading"),
    ("- not a list", "\\- not a list"),
    ("* not a list", "\\* not a list"),
    ("+ not a list", "\\+ not a list"),
    ("> not a quote", "\\> not a quote"),
    ("1. not a numbered list", "1\\. not a numbered list"),
    ("2025) not a numbered list", "2025\\) not a numbered list"),
    ("---", "\\---"),
    ("===", "\\==="),
    ("```", "\\```"),
    ("<script>alert(1)</script> is text", "\\<script>alert(1)\\</script> is text"),
    ("AT&amp;T is text", "AT\\&amp;T is text"),
    ("plain words, #hashtag, 3 - 2 = 1, a*b", "plain words, #hashtag, 3 - 2 = 1, a*b"),
    ("-5 degrees", "-5 degrees"),
])
def test_markdown_escapes_block_markup_at_line_start(text: str, expected: str) -> None:
    md = _result(("p", text)).to_markdown()
    assert md == expected + "\n"


def test_markdown_escapes_every_line_of_a_block() -> None:
    md = _result(("p", "first line\n# second line\n- third line")).to_markdown()
    assert md == "first line  \n\\# second line  \n\\- third line\n"


def test_markdown_heading_trailing_hashes_are_kept() -> None:
    md = _result(("h2", "Issue #")).to_markdown()
    assert md == "## Issue \\#\n"


def test_markdown_code_fence_longer_than_backticks_inside() -> None:
    md = _result(("pre", "a ``` b")).to_markdown()
    assert md == "````\na ``` b\n````\n"


def test_markdown_nested_list_and_separate_lists() -> None:
    md = _result(
        ("/html/body/ul[1]/li[1]", "outer one"),
        ("/html/body/ul[1]/li[1]/ul/li[1]", "inner one"),
        ("/html/body/ul[1]/li[2]", "outer two"),
        ("/html/body/p[1]", "between"),
        ("/html/body/ol[1]/li[3]", "third"),
    ).to_markdown()
    assert md == "- outer one\n    - inner one\n- outer two\n\nbetween\n\n3. third\n"


def test_markdown_text_input() -> None:
    result = strip_text("\n\n".join(PARAGRAPHS))
    md = result.to_markdown()
    for para in PARAGRAPHS:
        assert para in md


def test_markdown_of_empty_result() -> None:
    assert _result().to_markdown() == ""
    assert _result(title="Only a title").to_markdown() == "# Only a title\n"


# --- JSON -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [STRUCTURED, "\n\n".join(PARAGRAPHS), ""], ids=["html", "text", "empty"])
def test_json_round_trip(page: str) -> None:
    result = strip(page, url="https://example.org/a?b=1&c=\"2\"")
    data = json.loads(result.to_json())
    assert data == result.to_dict()
    assert data["text"] == result.text
    assert data["title"] == result.title
    assert data["url"] == "https://example.org/a?b=1&c=\"2\""
    assert data["kind"] == result.kind.value
    assert data["encoding"] == {"name": result.encoding.name, "source": result.encoding.source}
    assert data["truncated"] is False
    assert len(data["blocks"]) == len(result.blocks)
    for raw, block in zip(data["blocks"], result.blocks, strict=True):
        assert raw["text"] == block.text
        assert raw["label"] == block.label.value
        assert Label(raw["label"]) is block.label
        assert raw["kept"] is block.kept
        assert raw["reason"] == block.reason
        assert raw["first_label"] == block.first_label.value
        assert raw["source"] == block.source


def test_json_keeps_unicode_and_compact_form() -> None:
    result = strip_text("Река течёт через центр города, говорят волонтёры, и это правда.\n\n" * 3)
    assert "Река" in result.to_json()
    compact = result.to_json(indent=None)
    assert "\n" not in compact
    assert json.loads(compact) == result.to_dict()


def test_json_text_blocks_carry_lines() -> None:
    data = json.loads(strip_text("\n\n".join(PARAGRAPHS)).to_json())
    for raw in data["blocks"]:
        start, end = raw["lines"]
        assert 0 <= start < end


# --- HTML -------------------------------------------------------------------------------------------------------------


def _parse_xml(doc: str) -> etree._Element:
    return etree.fromstring(doc.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


def test_html_is_well_formed_and_keeps_structure() -> None:
    doc = strip(STRUCTURED).to_html()
    assert doc.startswith("<!DOCTYPE html>")
    root = _parse_xml(doc)  # well-formed as XML, so well-formed as HTML
    assert root.findtext("head/title") == TITLE
    article = root.find("body/article")
    assert article is not None
    assert article.findtext("h1") == TITLE
    assert [h.text for h in article.iter("h2")] == ["What changed"]
    assert [h.text for h in article.iter("h3")] == ["Next steps"]
    ul = article.find("ul")
    assert ul is not None and len(ul.findall("li")) == 2
    ol = article.find("ol")
    assert ol is not None and len(ol.findall("li")) == 2
    quote = article.find("blockquote")
    assert quote is not None and len(quote.findall("p")) == 2
    pre = article.find("pre")
    assert pre is not None and "level > 2.5" in (pre.text or "")
    assert PARAGRAPHS[0] in [p.text for p in article.findall("p")]


def test_html_also_parses_as_html() -> None:
    from lxml import html as lxml_html

    doc = strip(STRUCTURED).to_html()
    tree = lxml_html.document_fromstring(doc)
    assert PARAGRAPHS[1] in "".join(str(t) for t in tree.itertext())


def test_html_escapes_text() -> None:
    nasty = 'Tom & Jerry <script>alert("x")</script> say "hi" & \'bye\' </article> <!-- -->'
    result = _result(("p", nasty), ("h2", "<b>bold</b> heading"), ("li", "a < b > c"), title="<i>T</i> & co")
    doc = result.to_html()
    assert "<script>" not in doc and "<b>" not in doc and "<i>" not in doc
    root = _parse_xml(doc)
    article = root.find("body/article")
    assert article is not None
    assert article.findtext("p") == nasty
    assert article.findtext("h2") == "<b>bold</b> heading"
    assert article.findtext("h1") == "<i>T</i> & co"
    assert root.findtext("head/title") == "<i>T</i> & co"
    assert [el.tag for el in root.iter()].count("script") == 0


def test_html_drops_characters_xml_cannot_hold() -> None:
    result = _result(("p", "bell\x07 and \ufffe and \ud800 end"))
    root = _parse_xml(result.to_html())
    assert root.findtext("body/article/p") == "bell and  and  end"


def test_html_line_breaks_inside_a_block() -> None:
    root = _parse_xml(_result(("p", "line one\nline two")).to_html())
    p = root.find("body/article/p")
    assert p is not None and p.find("br") is not None


def test_html_nested_lists_are_well_formed() -> None:
    doc = _result(
        ("/html/body/ul[1]/li[1]", "outer one"),
        ("/html/body/ul[1]/li[1]/ul/li[1]", "inner one"),
        ("/html/body/ul[1]/li[2]", "outer two"),
        ("/html/body/ol[1]/li[1]", "numbered"),
    ).to_html()
    article = _parse_xml(doc).find("body/article")
    assert article is not None
    ul = article.find("ul")
    assert ul is not None
    first = ul.findall("li")[0]
    assert first.find("ul/li") is not None and first.findtext("ul/li") == "inner one"
    assert article.find("ol/li") is not None


def test_html_of_empty_result() -> None:
    root = _parse_xml(_result().to_html())
    article = root.find("body/article")
    assert article is not None and len(article) == 0


# --- report -----------------------------------------------------------------------------------------------------------


def test_report_lists_every_block_with_mark_label_and_reason() -> None:
    result = strip(STRUCTURED)
    report = result.report()
    lines = report.splitlines()
    assert lines[0].startswith("kind: html; encoding: str (str)")
    rows = [ln for ln in lines if ln[:4].strip().isdigit()]
    assert len(rows) == len(result.blocks)
    for row, block in zip(rows, result.blocks, strict=True):
        assert row.split()[0] == str(block.index)
        assert ("✔" if block.kept else "·") in row
        assert f" {block.label.value} " in row
        assert block.reason in row
    assert lines[-1] == f"{len(result.blocks)} blocks, {len(result.kept)} kept; title: {TITLE!r}"


def test_report_shows_the_first_pass_when_context_overruled_it() -> None:
    block = Block(index=0, text="Latest story", label=Label.RELATED, kept=False, reason="teaser list",
                  first_label=Label.CONTENT, first_reason="inside the main content region", source="/html/body/p",
                  tag="p")
    result = Result(text="", title=None, blocks=(block,), kind=InputKind.HTML, encoding=Encoding("utf-8", "meta"))
    report = result.report()
    assert "first pass: content, inside the main content region" in report


def test_report_flags_truncation_and_shortens_long_text() -> None:
    long = "word " * 100
    block = Block(index=0, text=long.strip(), label=Label.CONTENT, kept=True, reason="r", first_label=Label.CONTENT,
                  first_reason="r", source="line 1", tag="line", lines=(0, 1))
    result = Result(text=long, title=None, blocks=(block,), kind=InputKind.TEXT, encoding=Encoding("utf-8", "bom"),
                    truncated=True)
    report = result.report()
    assert "TRUNCATED" in report
    assert "…" in report
    assert all(len(line) < 200 for line in report.splitlines())


# --- the annotated page -------------------------------------------------------------------------------------------


def test_annotated_page_shows_every_block_with_label_mark_and_reason() -> None:
    result = strip(article_page(extra_body="<div class='newsletter'><p>Subscribe to our newsletter</p></div>"))
    root = etree.fromstring(result.to_annotated_html().encode("utf-8"))  # well-formed XML
    rows = root.findall(".//div[@class='b keep']") + root.findall(".//div[@class='b drop']")
    assert sorted(int(r.get("id")[1:]) for r in rows) == [b.index for b in result.blocks]
    for block in result.blocks:
        row = root.find(f".//div[@id='b{block.index}']")
        assert row.get("class") == ("b keep" if block.kept else "b drop")
        why = "".join(row.find("div").itertext())
        assert block.label.value in why and block.reason in why
        assert "".join(row.find("span").itertext()) == block.text
    bands = root.findall(".//div[@class='strip']/a")
    assert [a.get("href") for a in bands] == [f"#b{b.index}" for b in result.blocks]
    legend = "".join(root.find(".//div[@class='legend']").itertext())
    for label in {b.label for b in result.blocks}:
        assert f"{label.value} {sum(1 for b in result.blocks if b.label is label)}" in legend


def test_annotated_page_escapes_text_and_shows_the_first_pass() -> None:
    block = Block(index=0, text="<script>alert(1)</script> & more", label=Label.RELATED, kept=False,
                  reason="teaser list under a 'Latest' heading", first_label=Label.CONTENT,
                  first_reason="inside the main content region", source="/html/body/p[1]", tag="p")
    result = Result(text="", title=None, blocks=(block,), kind=InputKind.HTML, encoding=Encoding("str", "str"))
    out = result.to_annotated_html()
    assert "<script>" not in out
    root = etree.fromstring(out.encode("utf-8"))
    assert root.find(".//script") is None
    assert "first pass: content, inside the main content region" in "".join(root.itertext())


def test_annotated_page_of_an_empty_result() -> None:
    root = etree.fromstring(strip("").to_annotated_html().encode("utf-8"))
    assert root.find(".//div[@class='strip']") is not None
    assert "0 blocks, 0 kept" in "".join(root.itertext())
