"""Scaling benchmark: does the time ``strip()`` takes grow linearly with the size of the page?

    python -m benchmarks.scaling [--sizes 10k,100k,1M,4M] [--shapes paragraphs,siblings,...] [--max-ratio 3]
                                 [--check]

Synthetic pages of growing size, one kind of page per shape:

- ``paragraphs``: an article of many prose paragraphs, between a menu and a footer;
- ``siblings``: one list of many tiny link items (a sitemap, a tag cloud);
- ``deep``: subtrees nested up to 1,990 elements deep (``--depth``; within the default ``Options.max_depth`` of
  2,000), one after the other;
- ``text-line``: plain text that is one giant line;
- ``text-paragraphs``: plain text of many prose lines.

Each page is timed with ``time.perf_counter`` around ``strip()`` alone (best of a few runs for small pages). The table
gives bytes, seconds and seconds per MB; growth counts as linear when the cost per MB of the largest page is at most
``--max-ratio`` times that of the smallest (and of the size before it). Small pages carry a fixed cost per call, so
their cost per MB is the highest; a ratio above 1 means the cost per byte grows with the page. Not part of the test
suite: it takes about a minute. A page on which ``strip()`` raises is reported in the table, not timed.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from boilerstrip import Options, strip

MB = 1_000_000
DEFAULT_SIZES = "10k,100k,1M,4M"
DEPTH = 1_990  # within Options.max_depth (2,000) with <html> and <body> on top: the walk reads every level
OPTIONS = Options(time_budget=3_600.0)  # the benchmark measures time; it must not be cut short by the budget
MIN_SECONDS = 0.5  # small pages are run again until this much time has been spent ...
MAX_RUNS = 5  # ... at most this many times, and the best run counts

Builder = Callable[[int], str]


def _fill(head: str, unit: Callable[[int], str], tail: str, size: int) -> str:
    """``head``, then ``unit(0)``, ``unit(1)``... until the page is at least ``size`` characters, then ``tail``."""
    parts = [head]
    total = len(head) + len(tail)
    i = 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part)
        i += 1
    parts.append(tail)
    return "".join(parts)


def paragraphs(size: int) -> str:
    head = ("<!DOCTYPE html><html><head><title>The river | Town Post</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            "<main><article><h1>The river</h1>")
    tail = "</article></main><footer><p>&copy; 2025 Town Post. All rights reserved.</p></footer></body></html>"
    return _fill(head, lambda i: (f"<p>Paragraph {i}: the council said on Monday that the work on the river would go "
                                  f"on upstream, with a new footpath along the eastern bank, officials said.</p>\n"),
                 tail, size)


def siblings(size: int) -> str:
    head = "<!DOCTYPE html><html><head><title>Sitemap</title></head><body><ul class='sitemap'>"
    tail = "</ul></body></html>"
    return _fill(head, lambda i: f"<li><a href='/a/{i}'>Item {i}</a></li>", tail, size)


def deep(size: int, max_depth: int = DEPTH) -> str:
    head = "<!DOCTYPE html><html><head><title>Deep</title></head><body>"
    tail = "</body></html>"
    depth = max(1, min(max_depth, (size - len(head) - len(tail) - 80) // len("<div></div>")))

    def unit(i: int) -> str:
        return ("<div>" * depth + f"<p>Deep paragraph {i}, with a few words of prose in it, as articles have.</p>"
                + "</div>" * depth)

    return _fill(head, unit, tail, size)


def text_line(size: int) -> str:
    return _fill("", lambda i: f"A short sentence of words, number {i}. ", "\n", size)


def text_paragraphs(size: int) -> str:
    head = "How the river came back\n\n"
    return _fill(head, lambda i: (f"Paragraph {i}: the council said on Monday that the work on the river would go on "
                                  "upstream, with a new footpath along the eastern bank.\n\n"), "", size)


SHAPES: dict[str, Builder] = {
    "paragraphs": paragraphs,
    "siblings": siblings,
    "deep": deep,
    "text-line": text_line,
    "text-paragraphs": text_paragraphs,
}


@dataclass(frozen=True, slots=True)
class Row:
    shape: str
    size: int  # bytes of the page (UTF-8; the pages are ASCII)
    seconds: float
    blocks: int
    truncated: bool
    error: str = ""  # the exception strip() raised, if it did (the row has no timing then)

    @property
    def per_mb(self) -> float:
        return self.seconds / (self.size / MB)


@dataclass(frozen=True, slots=True)
class Growth:
    shape: str
    ratio_smallest: float  # cost per MB of the largest page / of the smallest
    ratio_previous: float  # cost per MB of the largest page / of the size before it

    def linear(self, max_ratio: float) -> bool:
        return self.ratio_smallest <= max_ratio and self.ratio_previous <= max_ratio


def parse_size(text: str) -> int:
    text = text.strip().lower()
    for suffix, factor in (("k", 1_000), ("m", MB)):
        if text.endswith(suffix):
            return int(float(text[:-1]) * factor)
    return int(text)


def time_page(page: str) -> tuple[float, int, bool]:
    """Best wall time of ``strip(page)`` over a few runs, and the block count and truncation of the result."""
    best = float("inf")
    spent = 0.0
    blocks, truncated = 0, False
    for _ in range(MAX_RUNS):
        gc.collect()
        start = time.perf_counter()
        result = strip(page, options=OPTIONS)  # may raise: measure() reports it
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        blocks, truncated = len(result.blocks), result.truncated
        if spent >= MIN_SECONDS:
            break
    return best, blocks, truncated


def measure(shapes: Sequence[str], sizes: Sequence[int], depth: int = DEPTH) -> list[Row]:
    strip(paragraphs(5_000), options=OPTIONS)  # warm-up: the line model, regexes and readability load once
    strip(text_paragraphs(5_000), options=OPTIONS)
    rows = []
    for shape in shapes:
        for size in sizes:
            page = deep(size, depth) if shape == "deep" else SHAPES[shape](size)
            nbytes = len(page.encode("utf-8"))
            try:
                seconds, blocks, truncated = time_page(page)
            except Exception as exc:  # a benchmark reports a failure and goes on
                row = Row(shape, nbytes, float("nan"), 0, False, f"{type(exc).__name__}: {str(exc)[:60]}")
            else:
                row = Row(shape, nbytes, seconds, blocks, truncated)
            rows.append(row)
            print(f"  {shape:<16} {row.size:>11,} B  {row.seconds:9.3f} s  {row.error}", file=sys.stderr, flush=True)
    return rows


def growth(rows: Sequence[Row]) -> list[Growth]:
    out = []
    for shape in dict.fromkeys(r.shape for r in rows):
        mine = sorted((r for r in rows if r.shape == shape), key=lambda r: r.size)
        if len(mine) < 2 or any(r.error for r in mine):
            continue
        out.append(Growth(shape, mine[-1].per_mb / mine[0].per_mb, mine[-1].per_mb / mine[-2].per_mb))
    return out


def table(rows: Sequence[Row], growths: Sequence[Growth], max_ratio: float) -> str:
    lines = ["| shape | bytes | seconds | s/MB | blocks | truncated |", "|---|---:|---:|---:|---:|---|"]
    for r in rows:
        if r.error:
            lines.append(f"| {r.shape} | {r.size:,} | error | | | {r.error} |")
            continue
        lines.append(f"| {r.shape} | {r.size:,} | {r.seconds:.3f} | {r.per_mb:.3f} | {r.blocks:,} | "
                     f"{'yes' if r.truncated else 'no'} |")
    lines += ["", "| shape | s/MB largest / smallest | s/MB largest / previous | linear |", "|---|---:|---:|---|"]
    for g in growths:
        lines.append(f"| {g.shape} | {g.ratio_smallest:.2f} | {g.ratio_previous:.2f} | "
                     f"{'yes' if g.linear(max_ratio) else 'NO'} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scaling", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"page sizes in bytes (default {DEFAULT_SIZES})")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="which synthetic pages (default: all)")
    parser.add_argument("--max-ratio", type=float, default=3.0,
                        help="largest growth of the cost per MB that still counts as linear (default 3)")
    parser.add_argument("--depth", type=int, default=DEPTH, help=f"nesting of the 'deep' pages (default {DEPTH})")
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 when a shape fails or does not scale linearly")
    args = parser.parse_args(argv)
    sizes = sorted(parse_size(s) for s in args.sizes.split(",") if s.strip())
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s) {', '.join(unknown)}; known: {', '.join(SHAPES)}")
    rows = measure(shapes, sizes, args.depth)
    growths = growth(rows)
    print(table(rows, growths, args.max_ratio))
    linear = all(g.linear(args.max_ratio) for g in growths)
    failed = sorted({r.shape for r in rows if r.error})
    print(f"\ngrowth is {'linear' if linear else 'NOT linear'} (cost per MB within x{args.max_ratio:g} "
          "from the smallest to the largest page, and from the size before it)"
          + (f"; strip() failed on: {', '.join(failed)}" if failed else ""))
    return 0 if (linear and not failed) or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
