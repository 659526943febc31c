"""Page fixtures: every folder under ``tests/fixtures/pages/`` is one page with the reading and labels it must give.

A folder holds ``source.html`` (read with :func:`boilerstrip.strip_html`) or ``source.txt`` (read with
:func:`boilerstrip.strip_text`), ``expected.txt`` (the article text, one paragraph per block, blank line between) and
``expected.json``::

    {"kind": "html" | "text", "title": "...", "labels": [{"text": "...", "label": "..."}, ...], "notes": "..."}

Each label entry names one block by its whitespace-collapsed text (the seed's entries also carry the 0-based
``"line"`` of the seed file). When the same text is listed more than once (two ``- Advertisement -`` slots), the n-th
entry with that text is the n-th block with that text, in page order.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import html as lxml_html

import boilerstrip

PAGES_DIR = Path(__file__).parent / "fixtures" / "pages"
SEED_HTML = "seed-wordpress-news"
SEED_TEXT = "seed-text"

LABEL_NAMES = frozenset(label.value for label in boilerstrip.Label)

# Script and style lines shorter than this are too generic ("});", "}") to tell a leak from a coincidence.
MIN_LEAK_FRAGMENT_CHARS = 12


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    return [p for p in (_collapse(chunk) for chunk in text.strip().split("\n\n")) if p]


@dataclass(frozen=True, slots=True)
class LabelEntry:
    text: str
    label: str
    line: int | None = None  # 0-based source line, given for the seed only


@dataclass(frozen=True, slots=True)
class PageFixture:
    slug: str
    kind: str
    source: str
    expected_text: str
    title: str | None
    labels: tuple[LabelEntry, ...]
    notes: str


def _load(folder: Path) -> PageFixture:
    spec = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    kind = spec["kind"]
    source_name = "source.html" if kind == "html" else "source.txt"
    labels = tuple(
        LabelEntry(text=entry["text"], label=entry["label"], line=entry.get("line")) for entry in spec["labels"]
    )
    return PageFixture(
        slug=folder.name,
        kind=kind,
        source=(folder / source_name).read_text(encoding="utf-8"),
        expected_text=(folder / "expected.txt").read_text(encoding="utf-8"),
        title=spec.get("title"),
        labels=labels,
        notes=spec.get("notes", ""),
    )


FIXTURES: tuple[PageFixture, ...] = tuple(
    _load(folder) for folder in sorted(PAGES_DIR.iterdir()) if (folder / "expected.json").is_file()
)
BY_SLUG = {fixture.slug: fixture for fixture in FIXTURES}
HTML_FIXTURES = tuple(fixture for fixture in FIXTURES if fixture.kind == "html")


def _params(fixtures: tuple[PageFixture, ...]) -> list[object]:
    return [pytest.param(fixture, id=fixture.slug) for fixture in fixtures]


@functools.cache
def _result(slug: str) -> boilerstrip.Result:
    fixture = BY_SLUG[slug]
    if fixture.kind == "html":
        return boilerstrip.strip_html(fixture.source)
    return boilerstrip.strip_text(fixture.source)


def _blocks_by_text(result: boilerstrip.Result) -> dict[str, list[boilerstrip.Block]]:
    found: dict[str, list[boilerstrip.Block]] = defaultdict(list)
    for block in result.blocks:
        found[_collapse(block.text)].append(block)
    return found


def _match_labels(
    labels: tuple[LabelEntry, ...], result: boilerstrip.Result
) -> list[tuple[LabelEntry, boilerstrip.Block | None]]:
    """Pair the n-th entry with a given text with the n-th block with that text (None when there is no such block)."""
    blocks = _blocks_by_text(result)
    seen: dict[str, int] = defaultdict(int)
    pairs: list[tuple[LabelEntry, boilerstrip.Block | None]] = []
    for entry in labels:
        nth = seen[entry.text]
        seen[entry.text] += 1
        candidates = blocks.get(entry.text, [])
        pairs.append((entry, candidates[nth] if nth < len(candidates) else None))
    return pairs


def _near_misses(text: str, result: boilerstrip.Result, limit: int = 3) -> str:
    hits = [
        f"      [{block.label.value}] {_collapse(block.text)[:100]!r}"
        for block in result.blocks
        if text in _collapse(block.text) or (_collapse(block.text) and _collapse(block.text) in text)
    ]
    return "\n".join(hits[:limit]) if hits else "      (no block contains it or is part of it)"


def _describe(entry: LabelEntry, block: boilerstrip.Block | None, result: boilerstrip.Result) -> str:
    where = f"line {entry.line}: " if entry.line is not None else ""
    if block is None:
        return f"  {where}{entry.text[:100]!r}: no block with this text; blocks around it:\n" + _near_misses(
            entry.text, result
        )
    return (
        f"  {where}{entry.text[:100]!r}: expected {entry.label}, got {block.label.value}"
        f" (reason: {block.reason}; first pass: {block.first_label.value}, {block.first_reason}; at {block.source})"
    )


@pytest.mark.parametrize("fixture", _params(FIXTURES))
def test_fixture_files_are_consistent(fixture: PageFixture) -> None:
    assert fixture.kind in {"html", "text"}
    assert fixture.notes, "say what the page tests"
    paragraphs = _paragraphs(fixture.expected_text)
    assert paragraphs, "expected.txt is empty"
    assert fixture.expected_text.strip().split("\n\n") == paragraphs, "paragraphs: collapsed, one blank line apart"
    boilerplate = [entry for entry in fixture.labels if entry.label not in {"content", "title"}]
    assert len(boilerplate) >= 6, "list at least 6 boilerplate blocks"
    for entry in fixture.labels:
        assert entry.label in LABEL_NAMES, entry
        assert entry.text == _collapse(entry.text) and entry.text, entry
        if entry.label == "content":
            assert entry.text in paragraphs, f"content entry missing from expected.txt: {entry.text[:80]!r}"
        else:
            assert entry.text not in paragraphs, f"{entry.label} entry inside expected.txt: {entry.text[:80]!r}"
    if fixture.title is not None:
        assert fixture.title not in paragraphs, "the title is not part of the article text"


@pytest.mark.parametrize("fixture", _params(FIXTURES))
def test_text(fixture: PageFixture) -> None:
    result = _result(fixture.slug)
    assert _paragraphs(result.text) == _paragraphs(fixture.expected_text)
    assert result.text.strip() == fixture.expected_text.strip()


@pytest.mark.parametrize("fixture", _params(tuple(f for f in FIXTURES if f.title is not None)))
def test_title(fixture: PageFixture) -> None:
    assert _result(fixture.slug).title == fixture.title


@pytest.mark.parametrize("fixture", _params(FIXTURES))
def test_labels(fixture: PageFixture) -> None:
    result = _result(fixture.slug)
    wrong = [
        _describe(entry, block, result)
        for entry, block in _match_labels(fixture.labels, result)
        if block is None or block.label.value != entry.label
    ]
    assert not wrong, f"{len(wrong)} of {len(fixture.labels)} listed blocks are wrong:\n" + "\n".join(wrong)


def _parse(source: str) -> lxml_html.HtmlElement:
    tree = lxml_html.document_fromstring(source)
    assert isinstance(tree, lxml_html.HtmlElement)
    return tree


def _code_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return [el for el in tree.iter("script", "style") if isinstance(el, lxml_html.HtmlElement)]


def _script_and_style_fragments(source: str) -> list[str]:
    """Text of every <script>/<style> (also inside <svg>), whole and line by line, that the page does not also show."""
    code = [el.text_content() for el in _code_elements(_parse(source))]
    visible_tree = _parse(source)
    for el in _code_elements(visible_tree):
        el.drop_tree()
    visible = _collapse(visible_tree.text_content())
    fragments: list[str] = []
    for text in code:
        for piece in [text, *text.splitlines()]:
            fragment = _collapse(piece)
            if len(fragment) >= MIN_LEAK_FRAGMENT_CHARS and fragment not in visible:
                fragments.append(fragment)
    return list(dict.fromkeys(fragments))


@pytest.mark.parametrize("fixture", _params(HTML_FIXTURES))
def test_no_script_or_style_text(fixture: PageFixture) -> None:
    fragments = _script_and_style_fragments(fixture.source)
    assert fragments, "the page should carry scripts or styles"
    text = _collapse(_result(fixture.slug).text)
    leaked = [fragment[:100] for fragment in fragments if fragment in text]
    assert not leaked, "script/style text leaked into result.text:\n" + "\n".join(leaked)


def test_seed_fixtures_list_the_same_lines() -> None:
    text_entries = [(e.text, e.label) for e in BY_SLUG[SEED_TEXT].labels]
    html_entries = [(e.text, e.label) for e in BY_SLUG[SEED_HTML].labels if (e.text, e.label) in set(text_entries)]
    assert html_entries == text_entries, "seed-wordpress-news must list every seed line, in order, with its label"
    assert BY_SLUG[SEED_HTML].expected_text.strip() == BY_SLUG[SEED_TEXT].expected_text.strip()
    assert BY_SLUG[SEED_HTML].title == BY_SLUG[SEED_TEXT].title


def test_seed_reads_the_same_from_html_and_text() -> None:
    """Every seed line gets the seed's label both from the WordPress page and from the plain-text file."""
    seed = BY_SLUG[SEED_TEXT]
    from_text = _match_labels(seed.labels, _result(SEED_TEXT))
    from_html = _match_labels(seed.labels, _result(SEED_HTML))
    rows: list[str] = []
    for (entry, text_block), (_, html_block) in zip(from_text, from_html, strict=True):
        text_label = text_block.label.value if text_block else "(missing)"
        html_label = html_block.label.value if html_block else "(missing)"
        if text_label != entry.label or html_label != entry.label:
            rows.append(
                f"  line {entry.line}: seed {entry.label}, text {text_label}, html {html_label}: {entry.text[:70]!r}"
            )
    assert not rows, f"{len(rows)} of {len(seed.labels)} seed lines differ:\n" + "\n".join(rows)
