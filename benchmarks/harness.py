"""Shared machinery of the benchmark commands: timed and memory-probed calls, per-page scoring,
per-tool summaries and the markdown tables.

Warm-up: the commands call every tool once, untimed and unprobed, on the first page of a set before
anything is measured (lazy imports, compiled regexes, stoplists, caches).

Timing: ``time.perf_counter`` around the extraction call only (decoding, scoring and bookkeeping
are outside).

Memory, two figures:

- *py-heap peak* (``tracemalloc``): a *separate, untimed* call of the same tool on every
  ``mem_every``-th page, run under ``tracemalloc``; its peak is the Python-heap peak of that call
  (the call is warm: the tool has just run on the same page). Tables give the median and the max
  over the probed pages. ``tracemalloc`` does not see memory that C code allocates with ``malloc``
  (libxml2 trees, resiliparse's C++ DOM), so the figure is a lower bound for C-backed tools and
  does not compare across tools that keep their data in different places.
- *RSS growth* (:mod:`benchmarks.memory`, ``benchmarks.run --rss``): each tool runs over the
  selected pages once more in a fresh child process; the figure is the peak resident-set size
  during that pass minus the RSS after import and page loading. It counts C allocations, one-time
  costs and caches, and allocator overhead; see that module for the method and its caveats.
"""

from __future__ import annotations

import math
import statistics
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .corpora import HtmlPage
from .scoring import (
    aeb_aggregate,
    aeb_page_counts,
    aeb_page_precision,
    aeb_page_recall,
    f1_of,
    share,
    snippet_hits,
    wcxb_aggregate,
    word_prf,
)

WCXB_TYPES = ("article", "service", "forum", "listing", "product", "collection", "documentation")
REFERENCE_TOOL = "trafilatura"
T = TypeVar("T")
MAX_ERROR_EXAMPLES = 3


@dataclass
class ToolStats:
    """What one tool did on one set: time, errors, memory peaks and per-page scores."""

    name: str
    scored: bool = True
    seconds: float = 0.0
    calls: int = 0
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)
    mem_peaks: list[int] = field(default_factory=list)
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    rss: dict[str, Any] | None = None  # benchmarks.memory result of a child-process pass, if run

    @property
    def pages_per_s(self) -> float:
        """Pages per second of extraction time (errored calls included)."""
        return self.calls / self.seconds if self.seconds > 0 else float("nan")

    @property
    def peak_mib(self) -> float | None:
        """Largest tracemalloc (py-heap) peak of the probed calls, in MiB."""
        return max(self.mem_peaks) / 2**20 if self.mem_peaks else None

    @property
    def peak_median_mib(self) -> float | None:
        """Median tracemalloc (py-heap) peak of the probed calls, in MiB."""
        return statistics.median(self.mem_peaks) / 2**20 if self.mem_peaks else None

    def rss_mib(self, key: str) -> float | None:
        """A figure of the RSS pass (``peak_growth_mib``, ``first_call_growth_mib``...), ``None`` if absent."""
        value = (self.rss or {}).get(key)
        return float(value) if isinstance(value, (int, float)) else None


def timed_call(stats: ToolStats, fn: Callable[[T], str], arg: T) -> str:
    """Run ``fn(arg)`` once, add its wall time to ``stats``; an exception counts as an error and yields ``""``."""
    t0 = time.perf_counter()
    try:
        out = fn(arg)
    except Exception as exc:  # every failure of a tool is a counted error
        stats.seconds += time.perf_counter() - t0
        stats.calls += 1
        stats.errors += 1
        if len(stats.error_examples) < MAX_ERROR_EXAMPLES:
            stats.error_examples.append(f"{type(exc).__name__}: {exc}"[:160])
        return ""
    stats.seconds += time.perf_counter() - t0
    stats.calls += 1
    return out if isinstance(out, str) else ""


def probe_memory(stats: ToolStats, fn: Callable[[T], object], arg: T) -> None:
    """Run ``fn(arg)`` again under tracemalloc (untimed) and record its peak traced bytes."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        fn(arg)
    except Exception:  # the timed call already counted the error
        pass
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    stats.mem_peaks.append(peak)


def rotate(items: Sequence[Any], k: int) -> list[Any]:
    """``items`` rotated left by ``k`` (per-page rotation of the tool order)."""
    if not items:
        return []
    k %= len(items)
    return [*items[k:], *items[:k]]


# ---------------------------------------------------------------------------- scoring


def score_page(page: HtmlPage, text: str) -> dict[str, Any]:
    """Per-page record for ``page`` given the extracted ``text``.

    aeb: normalised tp/fp/fn plus page precision, recall and F1 (shingles).
    wcxb-dev: word precision, recall, F1 and snippet hits ``[found, total]``.
    """
    if page.set == "aeb":
        tp, fp, fn = aeb_page_counts(page.truth, text)
        p, r = aeb_page_precision(tp, fp, fn), aeb_page_recall(tp, fp, fn)
        return {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f1_of(p, r)}
    p, r, f1 = word_prf(page.truth, text)
    wf, wt = snippet_hits(page.with_snippets, text)
    lf, lt = snippet_hits(page.without_snippets, text)
    return {
        "page_type": page.page_type,
        "p": p,
        "r": r,
        "f1": f1,
        "with": [wf, wt],
        "without": [lf, lt],
    }


def summarise(set_name: str, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Set figures from per-page records (the README's aggregation for each set)."""
    if not records:
        return {"n": 0}
    if set_name == "aeb":
        prf = aeb_aggregate((r["tp"], r["fp"], r["fn"]) for r in records)
        return {"n": prf.n, "p": prf.precision, "r": prf.recall, "f1": prf.f1}
    prf = wcxb_aggregate((r["p"], r["r"], r["f1"]) for r in records)
    by_type: dict[str, float] = {}
    counts = Counter(r["page_type"] for r in records)
    for ptype in counts:
        sub = wcxb_aggregate((r["p"], r["r"], r["f1"]) for r in records if r["page_type"] == ptype)
        by_type[ptype] = sub.f1
    return {
        "n": prf.n,
        "p": prf.precision,
        "r": prf.recall,
        "f1": prf.f1,
        "f1_by_type": by_type,
        "n_by_type": dict(counts),
        "with_share": share(sum(r["with"][0] for r in records), sum(r["with"][1] for r in records)),
        "without_share": share(sum(r["without"][0] for r in records), sum(r["without"][1] for r in records)),
    }


# ----------------------------------------------------------------------------- tables


def _f(value: float | None, digits: int = 3) -> str:
    return "—" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def _pair(a: float | None, b: float | None, digits: int = 1) -> str:
    """``"a/b"`` with one decimal; ``"—"`` when both are missing."""
    return "—" if a is None and b is None else f"{_f(a, digits)}/{_f(b, digits)}"


def type_columns(summaries: Sequence[dict[str, Any]]) -> list[str]:
    """Page types present, in the README's order, then any others."""
    seen: set[str] = set()
    for s in summaries:
        seen.update(s.get("f1_by_type", {}))
    return [t for t in WCXB_TYPES if t in seen] + sorted(seen - set(WCXB_TYPES))


def markdown_table(set_name: str, stats: Sequence[ToolStats], summaries: dict[str, dict[str, Any]]) -> str:
    """One markdown table: a row per tool with quality, speed, memory and errors.

    ``summaries`` maps tool name to :func:`summarise` output (missing for unscored rows).
    Speed ratio is the tool's pages/s divided by trafilatura's (>1 = faster). The RSS column is
    shown when any tool carries an RSS result (:attr:`ToolStats.rss`).
    """
    wcxb = set_name != "aeb"
    types = type_columns(list(summaries.values())) if wcxb else []
    ref = next((s for s in stats if s.name == REFERENCE_TOOL), None)
    head = ["tool", "P", "R", "F1"]
    if wcxb:
        head += [f"F1 {t}" for t in types] + ["with-snippets found", "without-snippets leaked"]
    rss = any(st.rss is not None for st in stats)
    head += ["pages/s", f"speed vs {REFERENCE_TOOL}", "py-heap peak MiB (median/max)"]
    head += ["RSS growth MiB (1st call/run peak)"] if rss else []
    head += ["errors"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
    for st in stats:
        s = summaries.get(st.name, {})
        row = [st.name, _f(s.get("p")), _f(s.get("r")), _f(s.get("f1"))]
        if wcxb:
            row += [_f(s.get("f1_by_type", {}).get(t)) for t in types]
            row += [_f(s.get("with_share")), _f(s.get("without_share"))]
        ratio = st.pages_per_s / ref.pages_per_s if ref and ref.calls and st.calls else None
        row += [
            _f(st.pages_per_s, 1),
            "—" if ratio is None else f"{ratio:.2f}×",
            _pair(st.peak_median_mib, st.peak_mib),
        ]
        if rss:
            row.append(_pair(st.rss_mib("first_call_growth_mib"), st.rss_mib("peak_growth_mib")))
        row.append(f"{st.errors}/{st.calls}")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def error_notes(stats: Sequence[ToolStats]) -> list[str]:
    """One note line per error example (and per failed RSS pass), for printing under a table."""
    notes = [f"- {st.name}: {ex}" for st in stats for ex in st.error_examples]
    return notes + [f"- {st.name}: RSS pass failed: {st.rss['error']}" for st in stats if st.rss and "error" in st.rss]


def stats_to_json(st: ToolStats) -> dict[str, Any]:
    """JSON-ready dict of a tool's run (pages included)."""
    return {
        "seconds": st.seconds,
        "calls": st.calls,
        "pages_per_s": st.pages_per_s if st.seconds > 0 else None,
        "errors": st.errors,
        "error_examples": st.error_examples,
        "peak_mib": st.peak_mib,  # py-heap (tracemalloc) max, kept under its old name
        "py_heap_peak_mib": {"median": st.peak_median_mib, "max": st.peak_mib},
        "mem_probes": len(st.mem_peaks),
        "mem_peaks_bytes": st.mem_peaks,
        "rss": st.rss,
        "pages": st.pages,
    }
