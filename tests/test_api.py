"""The public surface: names, types, entry points, options, and the promise of no hidden state."""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest
from conftest import PARAGRAPHS, TITLE, article_page

import boilerstrip
from boilerstrip import (
    Block,
    BoilerstripError,
    Favor,
    InputKind,
    Label,
    OnLimit,
    Options,
    OptionsError,
    Result,
    strip,
    strip_html,
    strip_text,
)

EXPECTED_ALL = [
    "Block",
    "BoilerstripError",
    "DecodeError",
    "Encoding",
    "Favor",
    "InputError",
    "InputKind",
    "InputTooLargeError",
    "Label",
    "LimitError",
    "OnLimit",
    "Options",
    "OptionsError",
    "Result",
    "TimeBudgetError",
    "TooDeepError",
    "Verdict",
    "__version__",
    "strip",
    "strip_html",
    "strip_text",
]

LABEL_VALUES = [
    "content", "title", "byline", "caption", "credit", "advertisement", "newsletter", "related", "share",
    "navigation", "cookie", "comments", "legal", "other",
]

TEXT_DUMP = f"""{TITLE}

Home | News | Sport | Weather

{PARAGRAPHS[0]}

{PARAGRAPHS[1]}

{PARAGRAPHS[2]}

{PARAGRAPHS[3]}

© 2025 Town Post. All rights reserved.
"""


# --- the public surface -----------------------------------------------------------------------------------------------


def test_all_is_the_explicit_list() -> None:
    assert list(boilerstrip.__all__) == EXPECTED_ALL


@pytest.mark.parametrize("name", EXPECTED_ALL)
def test_every_public_name_is_importable(name: str) -> None:
    assert getattr(boilerstrip, name) is not None
    namespace: dict[str, object] = {}
    exec(f"from boilerstrip import {name}", namespace)
    assert name in namespace


def test_version_is_a_string() -> None:
    assert isinstance(boilerstrip.__version__, str) and boilerstrip.__version__


def test_label_has_exactly_the_fourteen_values() -> None:
    assert [label.value for label in Label] == LABEL_VALUES
    assert str(Label.CAPTION) == "caption"
    assert Label("related") is Label.RELATED


@pytest.mark.parametrize("name", ["InputError", "DecodeError", "LimitError", "InputTooLargeError", "TooDeepError",
                                  "TimeBudgetError", "OptionsError"])
def test_every_error_is_a_boilerstrip_error(name: str) -> None:
    assert issubclass(getattr(boilerstrip, name), BoilerstripError)


def test_options_error_is_a_value_error() -> None:
    assert issubclass(OptionsError, ValueError)


# --- entry points -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_bytes", [False, True])
def test_strip_html_on_str_and_bytes(as_bytes: bool) -> None:
    page = article_page()
    result = strip_html(page.encode("utf-8") if as_bytes else page)
    assert isinstance(result, Result)
    assert result.kind is InputKind.HTML
    assert result.title == TITLE
    for para in PARAGRAPHS:
        assert para in result.text
    assert "Home" not in result.text
    assert "All rights reserved" not in result.text
    assert result.encoding.name == ("utf-8" if as_bytes else "str")


@pytest.mark.parametrize("as_bytes", [False, True])
def test_strip_text_on_str_and_bytes(as_bytes: bool) -> None:
    result = strip_text(TEXT_DUMP.encode("utf-8") if as_bytes else TEXT_DUMP)
    assert result.kind is InputKind.TEXT
    for para in PARAGRAPHS:
        assert para in result.text
    assert "All rights reserved" not in result.text
    assert all(b.lines is not None for b in result.blocks)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_strip_detects_html_and_text(as_bytes: bool) -> None:
    def enc(s: str) -> str | bytes:
        return s.encode("utf-8") if as_bytes else s

    assert strip(enc(article_page())).kind is InputKind.HTML
    assert strip(enc(TEXT_DUMP)).kind is InputKind.TEXT
    assert strip(enc("<div><p>" + PARAGRAPHS[0] + "</p><p>" + PARAGRAPHS[1] + "</p></div>")).kind is InputKind.HTML


def test_strip_text_on_markup_says_so() -> None:
    """Read as asked (tags and all), but not silently: a note says the input looks like HTML."""
    assert not any("looks like HTML" in note for note in strip_text(TEXT_DUMP).notes)
    assert any("looks like HTML markup" in note for note in strip_text(article_page()).notes)


def test_strip_of_html_matches_strip_html() -> None:
    page = article_page()
    assert strip(page) == strip_html(page)


def test_strip_of_text_matches_strip_text() -> None:
    assert strip(TEXT_DUMP) == strip_text(TEXT_DUMP)


def test_url_is_kept_on_the_result() -> None:
    assert strip(article_page(), url="https://example.org/river").url == "https://example.org/river"


# --- the Result -------------------------------------------------------------------------------------------------------


def test_result_fields_and_views() -> None:
    result = strip(article_page())
    assert dataclasses.is_dataclass(result)
    assert isinstance(result.blocks, tuple) and all(isinstance(b, Block) for b in result.blocks)
    assert result.kept == tuple(b for b in result.blocks if b.kept)
    assert result.removed == tuple(b for b in result.blocks if not b.kept)
    assert len(result.kept) + len(result.removed) == len(result.blocks)
    assert result.text == "\n\n".join(b.text for b in result.kept)
    assert [b.index for b in result.blocks] == list(range(len(result.blocks)))
    assert result.truncated is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize("page", [article_page(), TEXT_DUMP], ids=["html", "text"])
def test_every_block_has_a_reason_a_source_and_a_label(page: str) -> None:
    result = strip(page)
    assert result.blocks
    for block in result.blocks:
        assert isinstance(block.label, Label) and isinstance(block.first_label, Label)
        assert block.reason.strip() and block.first_reason.strip()
        assert block.source.strip()
        assert block.text.strip()
        assert block.kept == (block.label is Label.CONTENT)


def test_html_sources_are_xpaths_that_find_the_block() -> None:
    from lxml import html as lxml_html

    page = article_page()
    tree = lxml_html.fromstring(page.encode("utf-8")).getroottree()
    result = strip(page)
    for block in result.blocks:
        assert block.source.startswith("/html")
        found = tree.xpath(block.source)
        assert found, block.source


def test_labels_of_the_sample_page() -> None:
    result = strip(article_page())
    by_text = {b.text: b for b in result.blocks}
    assert by_text[TITLE].label is Label.TITLE
    assert by_text["Volunteers clear the eastern bank of the river in March."].label is Label.CAPTION
    assert by_text["© 2025 Town Post. All rights reserved."].label is Label.LEGAL
    assert by_text["Home"].label is Label.NAVIGATION


def test_renderings() -> None:
    result = strip(article_page())
    md = result.to_markdown()
    assert md.startswith(f"# {TITLE}\n")
    assert PARAGRAPHS[0] in md
    data = result.to_dict()
    assert data["title"] == TITLE and data["text"] == result.text and data["kind"] == "html"
    assert len(data["blocks"]) == len(result.blocks)
    assert json.loads(result.to_json()) == data
    assert "<article>" in result.to_html() and PARAGRAPHS[1] in result.to_html()
    report = result.report()
    for block in result.blocks:
        assert block.label.value in report
    assert "✔" in report and "·" in report
    assert f"{len(result.blocks)} blocks, {len(result.kept)} kept" in report


def test_report_shows_every_reason_whole() -> None:
    result = strip(article_page(extra_article="<p>Read our full coverage of the floods in the archive section.</p>"),
                   options=Options(boilerplate_phrases=("full coverage of the floods",)))
    report = result.report()
    for block in result.blocks:
        assert block.reason in report


# --- options ----------------------------------------------------------------------------------------------------------


def test_options_defaults() -> None:
    opts = Options()
    assert opts.keep == frozenset({Label.CONTENT})
    assert opts.favor is Favor.BALANCED
    assert opts.on_limit is OnLimit.TRUNCATE
    assert opts.use_readability is True
    assert opts.boilerplate_phrases == opts.boilerplate_xpaths == opts.content_xpaths == ()


def test_options_are_frozen() -> None:
    opts = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.favor = Favor.RECALL  # type: ignore[misc]
    changed = dataclasses.replace(opts, favor=Favor.RECALL)
    assert changed.favor is Favor.RECALL and opts.favor is Favor.BALANCED


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Options(frozenset({Label.CONTENT}))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Options(no_such_option=1)  # type: ignore[call-arg]


def test_keep_captions() -> None:
    caption = "Volunteers clear the eastern bank of the river in March."
    assert caption not in strip(article_page()).text
    result = strip(article_page(), options=Options(keep=frozenset({Label.CONTENT, Label.CAPTION})))
    assert caption in result.text
    block = next(b for b in result.blocks if b.text == caption)
    assert block.kept and block.label is Label.CAPTION
    assert PARAGRAPHS[0] in result.text


def test_keep_title_puts_the_title_in_the_text() -> None:
    result = strip(article_page(), options=Options(keep=frozenset({Label.CONTENT, Label.TITLE})))
    assert result.text.startswith(TITLE)


def test_boilerplate_phrase_drops_the_block_and_names_the_phrase() -> None:
    promo = "Read our full coverage of the floods in the archive section, updated every single day."
    page = article_page(extra_article=f"<p>{promo}</p>")
    assert promo in strip(page).text
    result = strip(page, options=Options(boilerplate_phrases=("Full Coverage of the Floods",)))
    assert promo not in result.text
    block = next(b for b in result.blocks if b.text == promo)
    assert not block.kept
    assert "full coverage of the floods" in block.reason.lower()
    assert PARAGRAPHS[0] in result.text


def test_boilerplate_phrase_in_text_mode() -> None:
    result = strip_text(TEXT_DUMP, options=Options(boilerplate_phrases=("shopping trolleys",)))
    assert PARAGRAPHS[1] not in result.text
    assert PARAGRAPHS[0] in result.text


def test_boilerplate_xpath_drops_the_subtree() -> None:
    box = "<div class='partner'><p>An offer from our partners, with a sentence long enough to be real prose.</p></div>"
    page = article_page(extra_article=box)
    result = strip(page, options=Options(boilerplate_xpaths=("//div[@class='partner']",)))
    assert "An offer from our partners" not in result.text
    block = next(b for b in result.blocks if "An offer from our partners" in b.text)
    assert "xpath" in block.reason.lower()
    assert PARAGRAPHS[0] in result.text


def test_content_xpath_names_the_content() -> None:
    other = "A paragraph in the extra box with enough words to be prose, sitting outside the article entirely."
    page = article_page(extra_body=f"<div id='extra'><p>{other}</p></div>")
    assert other not in strip(page).text
    result = strip(page, options=Options(content_xpaths=("//div[@id='extra']",)))
    assert other in result.text
    assert PARAGRAPHS[0] not in result.text


def test_content_xpath_may_use_the_id_function() -> None:
    # the parser keeps its table of ids (which only XPath's id() reads) when the caller gives XPaths of their own
    other = "A paragraph in the extra box with enough words to be prose, sitting outside the article entirely."
    page = article_page(extra_body=f"<div id='extra'><p>{other}</p></div>")
    result = strip(page, options=Options(content_xpaths=("id('extra')",)))
    assert other in result.text
    assert PARAGRAPHS[0] not in result.text


def _favor_page() -> str:
    short = "Then silence fell."
    outside = "An unrelated paragraph that stands outside the article, with a full sentence of prose in it."
    return article_page(extra_article=f"<p>{short}</p>", extra_body=f"<div class='elsewhere'><p>{outside}</p></div>")


def test_favor_recall_keeps_more_and_precision_keeps_less() -> None:
    page = _favor_page()
    kept = {f: {b.text for b in strip(page, options=Options(favor=f)).kept} for f in Favor}
    assert kept[Favor.PRECISION] < kept[Favor.BALANCED] < kept[Favor.RECALL]
    assert "Then silence fell." in kept[Favor.BALANCED] - kept[Favor.PRECISION]
    assert any(t.startswith("An unrelated paragraph") for t in kept[Favor.RECALL] - kept[Favor.BALANCED])
    for f in Favor:
        assert set(PARAGRAPHS) <= kept[f]


def test_favor_reasons_say_so() -> None:
    page = _favor_page()
    recall = strip(page, options=Options(favor=Favor.RECALL))
    assert any("recall" in b.reason for b in recall.kept)
    precision = strip(page, options=Options(favor=Favor.PRECISION))
    assert any("precision" in b.reason for b in precision.removed)


# --- no hidden state --------------------------------------------------------------------------------------------------


def test_inputs_are_not_mutated() -> None:
    page = article_page()
    data = bytearray(page.encode("utf-8"))
    opts = Options(keep=frozenset({Label.CONTENT, Label.CAPTION}), boilerplate_phrases=("piano",))
    before = (page, bytes(data), copy.deepcopy(opts))
    strip(page, options=opts)
    strip(data, options=opts)  # type: ignore[arg-type]  # bytearray works; the signature says str | bytes
    strip_html(data, options=opts)  # type: ignore[arg-type]
    assert (page, bytes(data), opts) == before


def test_same_input_gives_the_same_result_whatever_ran_before() -> None:
    page = article_page()
    first = strip(page)
    other = article_page(paragraphs=("A different page altogether, about cheese and the people who make it.",) * 3,
                         head='<meta property="og:title" content="Cheese">')
    strip(other, options=Options(favor=Favor.RECALL, boilerplate_phrases=("river",)))
    strip_text(TEXT_DUMP)
    second = strip(page)
    assert first == second
    assert first.to_json() == second.to_json()


# --- argument checking ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("func", [strip, strip_html, strip_text])
@pytest.mark.parametrize("bad", [None, 42, ["<p>x</p>"], object()])
def test_wrong_page_type_raises_type_error(func: object, bad: object) -> None:
    with pytest.raises(TypeError):
        func(bad)  # type: ignore[operator]


@pytest.mark.parametrize("func", [strip, strip_html, strip_text])
def test_wrong_options_type_raises_type_error(func: object) -> None:
    with pytest.raises(TypeError):
        func("<p>x</p>", options={"favor": "recall"})  # type: ignore[operator]


def test_wrong_encoding_type_raises_type_error() -> None:
    with pytest.raises(TypeError):
        strip(b"<p>x</p>", encoding=8)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        strip(b"<p>x</p>", content_type=b"text/html")  # type: ignore[arg-type]


def test_positional_options_are_refused() -> None:
    with pytest.raises(TypeError):
        strip("<p>x</p>", None, Options())  # type: ignore[call-arg]


@pytest.mark.parametrize("kwargs", [
    {"keep": {Label.CONTENT}},
    {"keep": frozenset({"content"})},
    {"favor": "recall"},
    {"on_limit": "raise"},
    {"boilerplate_phrases": "cookie"},
    {"boilerplate_phrases": ("",)},
    {"boilerplate_phrases": ("   ",)},
    {"boilerplate_xpaths": ["//div"]},
    {"boilerplate_xpaths": ("//div[",)},
    {"content_xpaths": ("!!",)},
    {"use_readability": "no"},
    {"max_link_density": 0},
    {"max_link_density": 1.5},
    {"max_link_density": float("nan")},
    {"max_link_density": True},
    {"region_share": -0.1},
    {"min_prose_chars": 0},
    {"min_prose_words": 2.5},
    {"teaser_max_words": True},
    {"max_input_bytes": -1},
    {"max_depth": 0},
    {"time_budget": 0},
    {"time_budget": float("nan")},
    {"time_budget": "10"},
    {"time_budget": False},
], ids=lambda kw: "-".join(f"{k}={v!r}" for k, v in kw.items()))
def test_invalid_option_values_raise_options_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(OptionsError):
        Options(**kwargs)  # type: ignore[arg-type]


def test_options_error_is_catchable_as_boilerstrip_error() -> None:
    with pytest.raises(BoilerstripError):
        Options(favor="recall")  # type: ignore[arg-type]


def test_unknown_encoding_argument_is_an_input_error() -> None:
    with pytest.raises(boilerstrip.InputError, match="unknown encoding"):
        strip(b"<p>x</p>", encoding="no-such-encoding")
