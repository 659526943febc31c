"""strip(), strip_html(), strip_text(): the composition of the stages, and nothing else."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from . import _context, _html, _linemodel, _readability, _region, _rules, _text
from ._decode import decode_keeping_utf8, detect_kind, starts_like_html
from ._options import DEFAULT_OPTIONS, Favor, OnLimit, Options
from ._segment import Hint, Segment
from ._types import (
    Encoding,
    InputKind,
    InputTooLargeError,
    Label,
    Result,
    TimeBudgetError,
    Verdict,
    new_block,
)

_TEASER_BOX_MIN = 3  # blocks after a teaser heading its box must hold before we stop widening it
_TEASER_BOX_CLIMB = 3  # levels a teaser heading's box may widen
_MODEL_LINE_CHARS = 2000  # the line model reads this much of a line: enough for its shape, bounded in cost
# times a first line comes in the text from which it is no title but a card's badge: a page's title line comes once,
# or twice with its headline; a listing re-read from its kept cards can open on the badge each card repeats, and its
# copies read as the title were dropped, a card's line a round (one wcxb-dev listing no fixed point without it)
_TITLE_REPEATS = 8
_REREAD_ROUNDS = 3  # re-readings of the kept text: one settles most pages, two nearly all; bounds the cost at 4x
_HIDDEN_LEAD = 2.0  # hidden text replaces the visible reading only with this many times its prose: clearly the article
_DATA_TAGS = frozenset({"tr", "td", "th", "tbody", "thead"})
# Labels compared for every block, read once (see the note under Label in _types: speed only)
_TITLE, _LEGAL, _NAVIGATION, _OTHER = Label.TITLE, Label.LEGAL, Label.NAVIGATION, Label.OTHER
_HTML_DEFAULT = Verdict(Label.CONTENT, "inside the main content region")
_TEXT_DEFAULT = Verdict(Label.CONTENT, "prose inside the article's run of text")


def strip(page: str | bytes, *, url: str | None = None, options: Options | None = None,
          encoding: str | None = None, content_type: str | None = None) -> Result:
    """Read a page given as HTML or plain text (str or bytes; the kind is detected) and label every block."""
    opts = _check_options(options)
    deadline = time.monotonic() + opts.time_budget
    text, enc, truncated, utf8 = _read(page, opts, encoding, content_type)
    if detect_kind(text) is InputKind.HTML:
        return _strip_html(text, enc, truncated, url, opts, deadline, utf8)
    return _strip_text(text, enc, truncated, url, opts, deadline)


KINDS = ("auto", "html", "text")  # how a caller may say to read a page: detect, or one kind


def strip_as(kind: str, page: str | bytes, *, url: str | None = None, options: Options | None = None,
             encoding: str | None = None) -> Result:
    """:func:`strip_html` ("html"), :func:`strip_text` ("text") or else :func:`strip` (detect), by name: for the
    command line's ``--kind`` and the Spark column's ``kind``, which check the name against ``KINDS`` (``url`` is
    no part of a text reading)."""
    if kind == "html":
        return strip_html(page, url=url, options=options, encoding=encoding)
    if kind == "text":
        return strip_text(page, options=options, encoding=encoding)
    return strip(page, url=url, options=options, encoding=encoding)


def strip_html(html: str | bytes, *, url: str | None = None, options: Options | None = None,
               encoding: str | None = None, content_type: str | None = None) -> Result:
    """Read an HTML page (str, or bytes in any encoding) and label every block."""
    opts = _check_options(options)
    deadline = time.monotonic() + opts.time_budget
    text, enc, truncated, utf8 = _read(html, opts, encoding, content_type)
    return _strip_html(text, enc, truncated, url, opts, deadline, utf8)


def strip_text(text: str | bytes, *, options: Options | None = None, encoding: str | None = None) -> Result:
    """Read a plain-text dump of a page (one block a line, wrapped, or Markdown) and label every block."""
    opts = _check_options(options)
    deadline = time.monotonic() + opts.time_budget
    clean, enc, truncated, _ = _read(text, opts, encoding, None)
    result = _strip_text(clean, enc, truncated, None, opts, deadline)
    if starts_like_html(clean):  # a page given to the wrong function: read as asked, but not silently
        result = replace(result, notes=(*result.notes, _MARKUP_AS_TEXT))
    return result


_MARKUP_AS_TEXT = ("the input looks like HTML markup, read here as text (tags and all): strip_html or strip reads it "
                   "as a page")


def _check_options(options: Options | None) -> Options:
    if options is None:
        return DEFAULT_OPTIONS
    if not isinstance(options, Options):
        raise TypeError(f"options must be a boilerstrip.Options, got {type(options).__name__}")
    return options


def _read(page: str | bytes, opts: Options, encoding: str | None,
          content_type: str | None) -> tuple[str, Encoding, bool, bytes | None]:
    """The page as clean text, how it was decoded, whether it was cut at the size limit, and its bytes when they are
    exactly the text's UTF-8 form (see ``decode_keeping_utf8``)."""
    if not isinstance(page, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"page must be str or bytes, got {type(page).__name__}")
    truncated = False
    size = len(page.encode("utf-8", "surrogatepass")) if isinstance(page, str) else len(page)
    if size > opts.max_input_bytes:
        if opts.on_limit is OnLimit.RAISE:
            raise InputTooLargeError(
                f"input is {size:,} bytes, over the limit of {opts.max_input_bytes:,} (Options.max_input_bytes)")
        if isinstance(page, str):  # cut at the byte limit, never inside a character
            page = page.encode("utf-8", "surrogatepass")[: opts.max_input_bytes].decode("utf-8", "ignore")
        else:
            page = page[: opts.max_input_bytes]
        truncated = True
    text, enc, utf8 = decode_keeping_utf8(page, encoding=encoding, content_type=content_type)
    return text, enc, truncated, utf8


def _check_time(deadline: float, opts: Options) -> None:
    if time.monotonic() > deadline:
        raise TimeBudgetError(f"page took longer than the time budget ({opts.time_budget} s)")


def _strip_html(text: str, enc: Encoding, truncated: bool, url: str | None, opts: Options,
                deadline: float, utf8: bytes | None = None) -> Result:
    root = _html.parse(text, utf8, ids=bool(opts.content_xpaths or opts.boilerplate_xpaths))
    tree = _html.walk(root, opts, deadline)
    _check_time(deadline, opts)
    region = _region.find_region(tree, opts)
    notes: list[str] = []
    if region.weak and opts.read_hidden and not tree.forced_region:
        second_look = _html.walk(root, opts, deadline, lenient=True)
        if len(second_look.segments) > len(tree.segments):
            again = _region.find_region(second_look, opts)
            if again.prose >= max(opts.min_region_chars, _HIDDEN_LEAD * region.prose):
                tree, region = second_look, again
                notes.append("no article in the visible text: read noscript and hidden elements too")
    notes.insert(0, f"main region ({region.mode}): {region.reason}")
    segments = tree.segments
    second = None
    if region.weak and opts.use_readability and not tree.forced_region:
        second = _readability.main_text(text)
        notes.append("weak region: readability-lxml consulted" + ("" if second else ", no signal"))
    listing, entries = region.mode == "listing", region.entries
    for seg in segments:
        seg.in_region = region.contains(seg.node)
        seg.in_entries = seg.in_region and (listing or (bool(entries) and any(a <= seg.node <= b for a, b in entries)))
        if second is not None:
            seg.in_region = seg.in_region or _readability.holds(second, seg.text)
        seg.hint = _applicable_hint(seg, region, tree.tags)
    meta = tree.meta
    ctx = _rules.RuleContext(opts, InputKind.HTML, _rules.title_variants(meta.og_title, meta.title),
                             _user_phrases(opts), admitted=region.admitted)
    _rules.first_pass(segments, _rules.HTML_RULES, ctx, _HTML_DEFAULT, deadline)
    _context.container_votes(segments)
    _context.section_wording(segments, tree.parent)
    _context.prompt_followers(segments, opts, _rules.asks_to_subscribe)
    _context.signup_boxes(segments, tree.parent, tree.end)
    _context.box_headings(segments)
    _context.bylines_with_names(segments)
    _context.author_bios(segments)
    _context.teaser_runs(segments, opts, scope=_same_box(tree))
    _context.linked_items_in_article(segments)
    _context.comment_boxes_in_article(segments)
    _context.poster_detail_values(segments)
    _context.reference_lists(segments)
    _context.sandwiched_lines(segments)
    _context.repeated_paragraphs(segments, tree.parent, opts.min_prose_chars, thread=region.mode == "discussion")
    _context.screen_copies(segments, _html.screen_variants(root))
    _apply_favor(segments, opts)
    _context.finish(segments)
    _check_time(deadline, opts)
    title = _pick_title(segments) or meta.og_title or meta.title
    return _result(segments, title, InputKind.HTML, enc, url, truncated or tree.truncated, opts, tuple(notes))


def _same_box(tree: _html.Tree) -> _context.Scope:
    """For HTML, a teaser heading only swallows blocks inside its own box: its parent element, widened a few
    levels while the heading stands nearly alone in it (a title bar, a tab strip above the list)."""
    parent, end, tags = tree.parent, tree.end, tree.tags

    def scope(segments: Sequence[Segment], i: int) -> Callable[[Segment], bool]:
        heading = segments[i]
        box = parent[heading.node] if heading.node >= 0 else -1
        if box < 0:
            return lambda seg: True
        following = segments[i + 1: i + 1 + _TEASER_BOX_MIN]
        if i > 0 and box <= segments[i - 1].node <= end[box] and tags[heading.node] == "li":
            return lambda seg: box <= seg.node <= end[box]  # the last entry of a list (a table of contents)
        for _ in range(_TEASER_BOX_CLIMB):
            if all(box <= seg.node <= end[box] for seg in following) or parent[box] < 0:
                break
            box = parent[box]
        lo, hi = box, end[box]
        return lambda seg: lo <= seg.node <= hi

    return scope


def _applicable_hint(seg: Segment, region: _region.Region, tags: list[str]) -> Hint | None:
    """The hint that speaks for a segment: the nearest ancestor hint (inside the region, only hints given inside
    the region count). A menu inside the site footer is footer material; a <footer> inside the article is the
    article's own footer (tags, share, author), not the site's legal footer."""
    if seg.hints is None:  # no named element around the block (many blocks): nothing to resolve
        return None
    hint = _region.valid_hint(seg.hints, region.wrappers)
    if seg.in_region:
        # inside the region, only hints given inside it count; a class on a table row or cell names data
        # ("player", "team", "promo" rows of a standings or price table), not a box
        while hint is not None and (not region.contains(hint.node) or tags[hint.node] in _DATA_TAGS):
            hint = _region.valid_hint(hint.parent, region.wrappers)
        if hint is not None and hint.label is _LEGAL and tags[hint.node] == "footer":
            return Hint(Label.OTHER, "in the article's footer", hint.node, hint.parent)
    if hint is not None and hint.label in (_NAVIGATION, _OTHER):
        up = _region.valid_hint(hint.parent, region.wrappers)
        while up is not None and (not seg.in_region or region.contains(up.node)):
            if up.label is _LEGAL and not (seg.in_region and tags[up.node] == "footer"):
                return Hint(Label.LEGAL, f"{hint.reason} inside the site footer", hint.node, hint.parent)
            up = _region.valid_hint(up.parent, region.wrappers)
    return hint


def _strip_text(text: str, enc: Encoding, truncated: bool, url: str | None, opts: Options,
                deadline: float) -> Result:
    """Read a text page, then re-read what was kept until the reading no longer changes.

    The first reading sees every line with the boilerplate around it; a line that stood fine there can read as
    boilerplate once that context is gone (a short first sentence above a long paragraph). Re-reading the kept text
    and dropping what the re-reading drops makes the output a fixed point: ``strip_text(r.text).text == r.text``.
    Each round drops at least one block; after ``_REREAD_ROUNDS`` a page still shedding lines keeps the last reading
    (no corpus page and no generated test page needs more than two; a pathological dump of 2,000 near-identical
    lines, which the line model reads at 50-55%, still sheds a few lines a round and is not a fixed point)."""
    result = _read_text(text, enc, truncated, url, opts, deadline)
    for _ in range(_REREAD_ROUNDS):
        if not result.text:
            break
        _check_time(deadline, opts)
        again = _read_text(result.text, enc, False, url, opts, deadline)
        if again.text == result.text:
            break
        narrowed = _narrow(result, again)
        if narrowed is None:
            break
        result = narrowed
    return result


def _narrow(result: Result, again: Result) -> Result | None:
    """``result`` with the blocks that re-reading its kept text dropped marked as dropped; None when the re-reading
    did not see the kept blocks one for one (then the first reading stands)."""
    kept = [b for b in result.blocks if b.kept]
    if [b.text for b in again.blocks] != [b.text for b in kept]:
        return None
    dropped = {b.index: a for b, a in zip(kept, again.blocks, strict=True) if not a.kept}
    blocks = tuple(
        replace(b, label=dropped[b.index].label, kept=False,
                reason=f"{dropped[b.index].reason} (on re-reading the kept text without its surroundings)")
        if b.index in dropped else b
        for b in result.blocks)
    text = "\n\n".join(b.text for b in blocks if b.kept)
    return replace(result, blocks=blocks, text=text, title=result.title or again.title)


def _read_text(text: str, enc: Encoding, truncated: bool, url: str | None, opts: Options,
               deadline: float) -> Result:
    segments = _text.segments_from_text(text)
    _check_time(deadline, opts)
    first_line = segments[0].text if segments else None
    headline_first = (first_line is not None and _context.headline_shaped(segments[0], opts)
                      and not _context.table_row(segments[0])  # a kept table re-read from its first row
                      and sum(seg.text == first_line for seg in segments) < _TITLE_REPEATS)
    titles = _rules.title_variants(first_line, site_last=True) if headline_first else None
    ctx = _rules.RuleContext(opts, InputKind.TEXT, titles or frozenset(), _user_phrases(opts))
    predictions = _linemodel.predict_lines([" " * s.indent + s.text[:_MODEL_LINE_CHARS] for s in segments], deadline)
    for seg, (label, prob, _) in zip(segments, predictions, strict=True):
        seg.model = (Label(label), prob)
    _rules.first_pass(segments, _rules.TEXT_RULES, ctx, _TEXT_DEFAULT, deadline)
    runs = _text.prose_runs(segments, opts)
    inside = [False] * len(segments)
    for i, j in runs:
        for k in range(i, j):
            inside[k] = True
    first_run = runs[0][0] if runs else len(segments)
    last_run = runs[-1][1] if runs else len(segments)
    for k, seg in enumerate(segments):
        seg.in_region = inside[k]
        if seg.first is _TEXT_DEFAULT and not inside[k]:
            seg.first = _outside_text_verdict(seg, k, first_run, last_run, opts)
    _check_time(deadline, opts)
    _context.line_model(segments, opts, _rules.TRUSTED_TEXT_RULES, _rules.MODEL_OVERRULES)
    _context.first_paragraph_under_byline(segments)
    headline = _context.headline_above(segments, first_run, opts) if runs else None
    _context.footer_links_below(segments, last_run)
    _context.teaser_runs(segments, opts)
    _context.captions_by_credits(segments)
    _context.cookie_buttons(segments)
    _context.prompt_followers(segments, opts)
    _context.box_headings(segments)
    _context.bylines_with_names(segments)
    _context.author_bios(segments)
    _context.about_boxes(segments)
    _context.bios_below(segments)
    _context.comment_threads(segments)
    _context.teaser_cards(segments)
    _context.glued_teasers(segments)
    _context.counted_teasers(segments, opts)
    _context.data_tables(segments, _rules.TRUSTED_TEXT_RULES)
    _context.contents_lists(segments, _rules.TRUSTED_TEXT_RULES)
    _context.sandwiched_lines(segments)
    _context.above_headline(segments)
    _context.article_never_empty(segments, runs, _rules.TRUSTED_TEXT_RULES)
    _context.letter_index(segments, runs)
    _context.listing_never_empty(segments, runs, _rules.TRUSTED_TEXT_RULES)
    _check_time(deadline, opts)
    _context.copied_lines(segments)
    _context.islands_below(segments)
    _apply_favor(segments, opts)
    _context.finish(segments)
    title = headline.text if headline is not None and headline.label is Label.TITLE else _pick_title(segments)
    spans = ", ".join(f"{segments[i].source}–{segments[j - 1].source}" for i, j in runs) or "none"
    return _result(segments, title, InputKind.TEXT, enc, url, truncated, opts, (f"article runs of prose: {spans}",))


def _outside_text_verdict(seg: Segment, k: int, first_run: int, last_run: int, opts: Options) -> Verdict:
    """The label of a line outside every prose run, from where it stands and its shape."""
    if k < first_run:
        if seg.words <= 12 and not seg.ends_sentence:
            return Verdict(Label.NAVIGATION, "short line above the article")
        return Verdict(Label.OTHER, "text above the article")
    if k >= last_run:
        if 4 <= seg.words <= opts.teaser_max_words and not seg.ends_sentence:
            return Verdict(Label.RELATED, "headline-like line below the article")
        if seg.words < 4:
            return Verdict(Label.NAVIGATION, "short line below the article")
        return Verdict(Label.OTHER, "text below the article")
    return Verdict(Label.OTHER, "short text between two parts of the article")


def _apply_favor(segments: Sequence[Segment], opts: Options) -> None:
    if opts.favor is Favor.RECALL:
        for seg in segments:
            verdict = seg.final or seg.first
            if (verdict is not None and verdict.label is Label.OTHER and not seg.in_region
                    and verdict.reason.startswith(("outside", "text above", "text below"))
                    and seg.words >= opts.min_prose_words and seg.punct):
                seg.final = Verdict(Label.CONTENT, "prose outside the main region, kept (favor=recall)")
    elif opts.favor is Favor.PRECISION:
        for seg in segments:
            verdict = seg.final or seg.first
            if (verdict is not None and verdict.label is Label.CONTENT and seg.words < 4
                    and not seg.is_heading):
                seg.final = Verdict(Label.OTHER, "very short line, dropped (favor=precision)")


def _pick_title(segments: Sequence[Segment]) -> str | None:
    best: Segment | None = None
    for seg in segments:
        verdict = seg.final or seg.first
        if (verdict is not None and verdict.label is _TITLE
                and (best is None or (seg.tag == "h1" and best.tag != "h1"))):
            best = seg
    return best.text if best is not None else None


def _user_phrases(opts: Options) -> tuple[str, ...]:
    return tuple(p.casefold() for p in opts.boilerplate_phrases)


def _result(segments: Sequence[Segment], title: str | None, kind: InputKind, enc: Encoding, url: str | None,
            truncated: bool, opts: Options, notes: tuple[str, ...]) -> Result:
    blocks = []
    for i, seg in enumerate(segments):
        final = seg.final or seg.first or _HTML_DEFAULT
        first = seg.first or final
        blocks.append(new_block(i, seg.text, final.label, final.label in opts.keep, final.reason, first.label,
                                first.reason, seg.source, seg.tag, seg.lines))
    text = "\n\n".join(b.text for b in blocks if b.kept)
    return Result(text=text, title=title, blocks=tuple(blocks), kind=kind, encoding=enc, url=url,
                  truncated=truncated, notes=notes)
