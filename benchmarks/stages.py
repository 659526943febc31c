"""Where the time goes: milliseconds a page per stage of ``strip_html`` (and ``strip_text``), beside the floors.

    python -m benchmarks.stages [--sets aeb] [--sample-every K] [--limit N] [--text] [--rounds R] [--cold]

For speed work: the table says which stage to look at. Each stage function of the pipeline (decode, parse, walk,
region, first pass, each context pass, the result) is wrapped, in this process only, by a timer that adds up its
wall time; a stage called inside another counts in both (in text mode, ``_read_text`` holds the others and
``predict_lines`` the line model's). The floors are measured on the
same pages: libxml2 parsing alone, and a bare ``iterwalk`` over the parsed tree that reads every element's
attributes, text and tail (the least any walk in Python does). ``--text`` times ``strip_text`` on each page's
visible text (html_text), with the line model's stages. Pages are run once to warm the memos and compile the
patterns, then ``--rounds`` times; the best round counts. ``--cold`` empties boilerstrip's memos before each round
(every ``functools`` cache but the ones that build a compiled thing once per process, see ``BUILT_ONCE``), so a
round pays what ``benchmarks.run`` pays, which reads each page once: the memos are shared only between the pages of
one round (without it, rounds read pages the memos already know: texts gated, class names read). Ratios between
stages are what to read: absolute milliseconds vary from machine to machine and with load.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from lxml import etree

import boilerstrip
from boilerstrip import _context, _decode, _html, _linemodel, _pipeline, _readability, _region, _rules, _text

from .corpora import add_corpora_arg, add_selection_args, iter_pages, split_csv

# (module, function name) of every stage, in pipeline order
HTML_STAGES: tuple[tuple[ModuleType | type, str], ...] = (
    (_pipeline, "_read"), (_html, "parse"), (_html, "walk"), (_region, "find_region"),
    (_readability, "main_text"), (_pipeline, "_applicable_hint"), (_rules, "first_pass"),
    (_context, "container_votes"), (_context, "section_wording"), (_context, "box_headings"),
    (_context, "bylines_with_names"), (_context, "author_bios"), (_context, "teaser_runs"),
    (_context, "linked_items_in_article"), (_context, "sandwiched_lines"), (_context, "repeated_paragraphs"),
    (_context, "finish"), (_pipeline, "_result"),
)
# text pages are read more than once (strip_text re-reads the kept text until it settles): each _read_text holds
# all but _read; predict_lines holds the _linemodel stages (_Line: the per-line shape and text patterns)
TEXT_STAGES: tuple[tuple[ModuleType | type, str], ...] = (
    (_pipeline, "_read"), (_pipeline, "_read_text"), (_text, "segments_from_text"), (_linemodel, "predict_lines"),
    (_linemodel, "_Line"), (_linemodel, "_page_features"), (_linemodel, "_bucket_sets"),
    (_linemodel._Model, "line_probs"), (_linemodel, "phased_forward_backward"), (_rules, "first_pass"),
    (_text, "prose_runs"), (_pipeline, "_result"),
)

# Caches that build a compiled thing once per process (the union gate's regex, the line model's weights and flag
# gate), not memos of what the pages hold: benchmarks.run builds them in its warm-up call, so --cold keeps them.
BUILT_ONCE = frozenset({"_any_gate", "_flag_gate", "_model"})


def clear_memos() -> int:
    """Empty every boilerstrip memo (the functools caches of its modules but ``BUILT_ONCE``); the number emptied."""
    memos = {id(value): value
             for module in (_context, _decode, _html, _linemodel, _pipeline, _readability, _region, _rules, _text)
             for name, value in vars(module).items()
             if name not in BUILT_ONCE and callable(getattr(value, "cache_clear", None))}
    for memo in memos.values():
        memo.cache_clear()  # (_rules_to_ask: its per-rule-list functions and their text memos with them)
    return len(memos)


@contextmanager
def timed_stages(stages: tuple[tuple[ModuleType | type, str], ...], totals: defaultdict[str, float]) -> Iterator[None]:
    """Wrap each stage function with a timer adding its seconds to ``totals``; put the originals back on exit."""
    originals = [(module, name, getattr(module, name)) for module, name in stages]

    def timer(key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[key] += time.perf_counter() - start
        return run

    try:
        for module, name, fn in originals:
            setattr(module, name, timer(f"{module.__name__.rsplit('.', 1)[-1]}.{name}", fn))  # (a class: its method)
        yield
    finally:
        for module, name, fn in originals:
            setattr(module, name, fn)


def _bare_walk(root: etree._Element) -> None:
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            el.items()
            el.text  # noqa: B018  (the read is what is timed)
        else:
            el.tail  # noqa: B018


def _best(rounds: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def measure(pages: list[Any], rounds: int, text_mode: bool,
            cold: bool = False) -> tuple[float, dict[str, float], dict[str, float]]:
    """Seconds a page in all, per stage (best round), and the floors. ``cold``: memos emptied before each round."""
    if text_mode:
        from .text_mode import _html_text

        inputs: list[Any] = [_html_text(p.html()) for p in pages]
        call: Callable[[Any], object] = boilerstrip.strip_text
        stages = TEXT_STAGES
    else:
        inputs = [p.raw() for p in pages]
        call = boilerstrip.strip_html
        stages = HTML_STAGES
    for item in inputs:  # warm up: memos, lazily compiled gates, the line model
        call(item)
    n = len(inputs)
    best_total, best_stages = float("inf"), defaultdict[str, float](float)
    for _ in range(rounds):
        if cold:
            clear_memos()
        totals: defaultdict[str, float] = defaultdict(float)
        with timed_stages(stages, totals):
            start = time.perf_counter()
            for item in inputs:
                call(item)
            total = time.perf_counter() - start
        if total < best_total:
            best_total, best_stages = total, totals
    floors: dict[str, float] = {}
    if not text_mode:
        parser = etree.HTMLParser(encoding="utf-8")
        floors["lxml parse alone"] = _best(rounds, lambda: [etree.fromstring(raw, parser) for raw in inputs]) / n
        roots = [_html.parse(_decode.decode(raw)[0]) for raw in inputs]
        floors["bare iterwalk (attributes, text, tail)"] = _best(rounds, lambda: list(map(_bare_walk, roots))) / n
    return best_total / n, {k: v / n for k, v in best_stages.items()}, floors


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.stages``."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.stages", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    add_selection_args(ap)
    ap.add_argument("--sets", default="aeb", help="comma list (default: aeb)")
    ap.add_argument("--text", action="store_true", help="time strip_text on the pages' visible text instead")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds; the best counts (default 3)")
    ap.add_argument("--cold", action="store_true",
                    help="empty the memos before each round: pages read once, as benchmarks.run reads them")
    args = ap.parse_args(argv)
    for set_name, pages in iter_pages(Path(args.corpora), split_csv(args.sets), args.limit, args.sample_every):
        total, stages, floors = measure(pages, max(1, args.rounds), args.text, args.cold)
        mode = ("strip_text" if args.text else "strip_html") + (", cold memos" if args.cold else "")
        print(f"\n## {set_name}: {mode}, {len(pages)} pages, {total * 1000:.2f} ms a page in all\n")
        print("| stage | ms a page | share |\n|---|---:|---:|")
        for key, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
            print(f"| {key} | {seconds * 1000:.2f} | {seconds / total:.0%} |")
        for key, seconds in floors.items():
            print(f"| *floor: {key}* | {seconds * 1000:.2f} | {seconds / total:.0%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
