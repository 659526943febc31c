"""Scoring functions for the evaluation corpora (stdlib only).

The rules follow ``shared/corpora/README.md`` exactly:

* **aeb**: shingle F1 of the ScrapingHub article-extraction-benchmark
  (``evaluate.py`` in that project), see :func:`aeb_page_counts` and
  :func:`aeb_aggregate`.
* **wcxb**: bag-of-words F1 per page, averaged over pages, plus the share of
  ``with_snippets`` / ``without_snippets`` found in the output, see
  :func:`word_prf`, :func:`wcxb_aggregate` and :func:`snippet_hits`.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+", re.UNICODE)
_WS_RE = re.compile(r"\s+")
SHINGLE_SIZE = 4


def tokenize(text: str | None) -> list[str]:
    """Return the ``\\w+`` tokens of ``text`` (Unicode, case kept)."""
    return TOKEN_RE.findall(text or "")


# --------------------------------------------------------------------------- aeb


def shingles(text: str | None, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-token shingles of ``text``.

    As in the reference ``evaluate.py``, a text with 1 to ``n - 1`` tokens
    yields a single shorter shingle (all of its tokens), and a text without
    tokens yields none.
    """
    tokens = tokenize(text)
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def aeb_page_counts(truth: str | None, pred: str | None) -> tuple[float, float, float]:
    """Normalised ``(tp, fp, fn)`` of one page.

    ``tp`` counts shingles shared by truth and prediction (min of the counts),
    ``fp`` prediction-only and ``fn`` truth-only ones. The three are divided by
    their sum so that long pages weigh no more than short ones; all three stay
    0.0 when neither side has a shingle.
    """
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _ratio(num: float, other: float, rest: float) -> float:
    """``num / (num + other)`` with the reference edge cases.

    1.0 when the two error terms (``other`` and ``rest``) are both 0;
    0.0 when ``num`` and ``other`` are both 0.
    """
    if other == 0 and rest == 0:
        return 1.0
    if num == 0 and other == 0:
        return 0.0
    return num / (num + other)


def aeb_page_precision(tp: float, fp: float, fn: float) -> float:
    """Page precision: tp/(tp+fp), 1.0 if fp = fn = 0, 0.0 if tp = fp = 0."""
    return _ratio(tp, fp, fn)


def aeb_page_recall(tp: float, fp: float, fn: float) -> float:
    """Page recall: tp/(tp+fn), 1.0 if fp = fn = 0, 0.0 if tp = fn = 0."""
    return _ratio(tp, fn, fp)


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of a set of pages (``n`` pages scored)."""

    precision: float
    recall: float
    f1: float
    n: int


def f1_of(precision: float, recall: float) -> float:
    """Harmonic mean of ``precision`` and ``recall`` (0.0 when both are 0)."""
    s = precision + recall
    return 2 * precision * recall / s if s > 0 else 0.0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def aeb_aggregate(counts: Iterable[tuple[float, float, float]]) -> PRF:
    """Corpus figures from per-page ``(tp, fp, fn)``.

    Precision is the mean page precision over pages with ``tp + fp > 0``,
    recall the mean page recall over pages with ``tp + fn > 0``; F1 is the
    harmonic mean of those two means (not a mean of page F1s).
    """
    counts = list(counts)
    precisions = [aeb_page_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [aeb_page_recall(*c) for c in counts if c[0] + c[2] > 0]
    p, r = _mean(precisions), _mean(recalls)
    return PRF(p, r, f1_of(p, r), len(counts))


# -------------------------------------------------------------------------- wcxb


def word_bag(text: str | None) -> Counter[str]:
    """Multiset of lower-cased ``\\w+`` tokens of ``text``."""
    return Counter(tok.lower() for tok in tokenize(text))


def word_prf(truth: str | None, pred: str | None) -> tuple[float, float, float]:
    """Page ``(precision, recall, f1)`` of bag-of-words overlap.

    overlap = sum of min counts; P = overlap / |pred|, R = overlap / |truth|.
    Edge cases: both empty -> (1, 1, 1); only one side empty -> (0, 0, 0)
    (an empty prediction of a non-empty truth, or any output for a page whose
    truth is empty, earns nothing).
    """
    t, p = word_bag(truth), word_bag(pred)
    nt, np_ = sum(t.values()), sum(p.values())
    if nt == 0 and np_ == 0:
        return 1.0, 1.0, 1.0
    if nt == 0 or np_ == 0:
        return 0.0, 0.0, 0.0
    overlap = sum((t & p).values())
    prec, rec = overlap / np_, overlap / nt
    return prec, rec, f1_of(prec, rec)


def wcxb_aggregate(page_scores: Iterable[tuple[float, float, float]]) -> PRF:
    """Mean page precision, mean page recall and mean page F1 over all pages."""
    scores = list(page_scores)
    if not scores:
        return PRF(0.0, 0.0, 0.0, 0)
    return PRF(
        _mean([s[0] for s in scores]),
        _mean([s[1] for s in scores]),
        _mean([s[2] for s in scores]),
        len(scores),
    )


def normalize_ws(text: str | None) -> str:
    """Collapse every whitespace run to one space and strip the ends."""
    return _WS_RE.sub(" ", text or "").strip()


def parse_snippets(value: object) -> list[str]:
    """Snippet list of a ground-truth record.

    ``ground-truth.jsonl.gz`` stores real JSON lists; a string holding a JSON
    or Python-literal list is accepted as well.
    """
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        try:
            value = json.loads(text)
        except ValueError:
            value = ast.literal_eval(text)
    if not isinstance(value, list | tuple):
        raise TypeError(f"snippet field is not a list: {value!r:.80}")
    return [str(v) for v in value]


def snippet_hits(snippets: Sequence[str], pred: str | None) -> tuple[int, int]:
    """``(found, total)``: how many ``snippets`` occur in ``pred``.

    Both sides are whitespace-normalised (:func:`normalize_ws`); the test is a
    case-sensitive substring test. Empty snippets are ignored.
    """
    hay = normalize_ws(pred)
    needles = [normalize_ws(s) for s in snippets]
    needles = [s for s in needles if s]
    return sum(1 for s in needles if s in hay), len(needles)


def share(found: int, total: int) -> float | None:
    """``found / total``, or None when there is nothing to find."""
    return found / total if total else None
