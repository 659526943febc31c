"""Plain text → Segments, and the text-only evidence for where the article is.

Dumps come from many converters: one paragraph a line or hard-wrapped at a fixed width, blank lines between
blocks or none, indentation from a layout-keeping converter, ``*`` bullets. We undo the wrapping, keep the line
span of every segment, and find the article as the runs of prose lines that outweigh the short lines around them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._options import Options
from ._patterns import ELLIPSIS_END, WHITESPACE
from ._segment import Segment
from ._types import Label

_WRAP_MIN_WIDTH = 50  # narrower "wrapping" is a column of short lines, not wrapped prose
_WRAP_SHARE = 0.3  # share of non-blank lines that must end near the wrap width for the text to count as wrapped
_WRAP_SLACK = 0.8  # a line at least this share of the wrap width may have been wrapped
_BOILERPLATE_COST = 12.0  # words of prose a boilerplate line between two prose runs costs
_SHORT_LINE_COST = 3.0  # words of prose a short unlabelled line (a subheading, a stray label) costs
_RUN_MIN_SCORE = 25.0  # a run of prose must be worth this many words to count as article text
_RUN_SHARE = 0.15  # ... and this share of the best run (a second post of a thread, a second section)


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # first input line (0-based)
    end: int  # one past the last input line
    text: str
    indent: int


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The column at which the text was hard-wrapped, or None when it was not."""
    lengths = [len(ln.rstrip()) for ln in lines if ln.strip()]
    if len(lengths) < 8:
        return None
    width = max(lengths)
    ordered = sorted(lengths)
    width = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) >= 20 else width
    if width < _WRAP_MIN_WIDTH or width > 200:
        return None
    near = sum(1 for n in lengths if width * _WRAP_SLACK <= n <= width + 2)
    return width if near >= len(lengths) * _WRAP_SHARE else None


def split_lines(text: str) -> list[Line]:
    """Group input lines into logical lines: a wrapped paragraph becomes one, every other line stays its own."""
    raw = text.split("\n")
    width = _wrap_width(raw)
    out: list[Line] = []
    i, n = 0, len(raw)
    while i < n:
        line = raw[i].rstrip("\r")
        if not line.strip():
            i += 1
            continue
        start = i
        parts = [line.strip()]
        indent = len(line) - len(line.lstrip())
        i += 1
        if width is not None:
            while (i < n and raw[i].strip() and len(raw[i - 1].rstrip()) >= width * _WRAP_SLACK
                   and not raw[i].lstrip().startswith(("* ", "- ", "• "))):
                parts.append(raw[i].strip())
                i += 1
        out.append(Line(start, i, WHITESPACE.sub(" ", " ".join(parts)).strip(), indent))
    return out


def segments_from_text(text: str) -> list[Segment]:
    segs = []
    for line in split_lines(text):
        seg = Segment(text=line.text, tag="line", source=_span(line.start, line.end), lines=(line.start, line.end),
                      indent=line.indent)
        segs.append(seg)
    return segs


def _span(start: int, end: int) -> str:
    return f"line {start + 1}" if end == start + 1 else f"lines {start + 1}-{end}"


def is_prose(seg: Segment, options: Options) -> bool:
    return seg.words >= options.min_prose_words and seg.punct >= 1


def prose_runs(segments: Sequence[Segment], options: Options) -> list[tuple[int, int]]:
    """Index spans ``[i, j)`` of the runs of prose that make up the article (maximal-scoring subsequences)."""
    scores = []
    for seg in segments:
        first = seg.first
        if first is not None and first.label is not Label.CONTENT:
            scores.append(-_BOILERPLATE_COST)
        elif ELLIPSIS_END.search(seg.text):
            scores.append(-_SHORT_LINE_COST)  # an excerpt cut short is a teaser, not the article
        elif is_prose(seg, options):
            scores.append(float(min(seg.words, 120)))
        else:
            scores.append(-_SHORT_LINE_COST)
    runs: list[tuple[float, int, int]] = []
    _best_runs(scores, 0, len(scores), runs)
    if not runs:
        return []
    best = max(r[0] for r in runs)
    keep = [(i, j) for score, i, j in runs if score >= max(_RUN_MIN_SCORE, best * _RUN_SHARE) or score == best]
    return sorted(keep)


def _best_runs(scores: Sequence[float], lo: int, hi: int, out: list[tuple[float, int, int]]) -> None:
    """Kadane on ``scores[lo:hi]``, then again on what is left on each side (iteratively, no recursion)."""
    todo = [(lo, hi)]
    while todo:
        lo, hi = todo.pop()
        best, best_i, best_j = 0.0, lo, lo
        run, run_i = 0.0, lo
        for k in range(lo, hi):
            if run <= 0:
                run, run_i = 0.0, k
            run += scores[k]
            if run > best:
                best, best_i, best_j = run, run_i, k + 1
        if best <= 0 or best < _RUN_MIN_SCORE:
            continue
        out.append((best, best_i, best_j))
        todo.append((lo, best_i))
        todo.append((best_j, hi))
