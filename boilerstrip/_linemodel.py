"""A learned line classifier for plain-text pages: every line of a text dump gets one of the 14 labels.

Two stages, pure Python at inference time:

1. **Line stage** (multinomial logistic regression). Each non-blank line becomes a bag of hashed string features:
   lower-cased word unigrams and bigrams, character trigrams of short lines, character shape (length, word count,
   end and start characters, digit / upper-case / title-case share, ``©``, ``|``), which of the stable text patterns
   of :mod:`._patterns` it matches, where it sits in the page (decile, before / inside / after the page's main prose
   run, distance to it, local prose density), indentation relative to the page and to the prose run, whether it
   repeats in the page, how long a run of short lines it belongs to, the last section-opening pattern seen above
   it, the text patterns of the 5 lines either side, and the shape and words of the 1-2 lines either side. The
   features are hashed into ``2**bits`` buckets; a line's scores are the bias plus the sum of the weight rows of its
   buckets.
2. **Sequence stage** (an HMM-style forward-backward pass). Labels come in runs (a menu, a teaser list, a footer),
   and a page comes in three parts (before the article, the article, after it: a teaser list is rare above the
   article, a menu rarer below it), so each line's line-stage probabilities are combined with those of the whole
   page through a chain over (part, label) states counted on the training pages, the part only moving forward:
   the returned probabilities are the forward-backward marginals, summed over the parts, with emissions
   ``p(label | line) / prior(label) ** beta`` and transition weights raised to ``alpha`` (both exponents chosen
   by held-out accuracy, see ``training/README.md``).

The weights (``linemodel.json`` next to this module) are made by ``training/train_lines.py``; the feature code here
is the single source of truth for both training and inference.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from operator import mul
from typing import Any
from zlib import crc32

from . import _patterns as P
from ._types import TimeBudgetError

LABELS: tuple[str, ...] = (
    "content", "title", "byline", "caption", "credit", "advertisement", "newsletter", "related", "share",
    "navigation", "cookie", "comments", "legal", "other",
)
FEATURE_VERSION = 3

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
_EMAILISH = re.compile(r"\S@\S")
_BULLET = re.compile(r"^(?:[*+•·▪◦‣–—-]|\d{1,3}[.)]|[a-z][.)])\s")
_SEP = re.compile(r"\s[|/»›>•·]\s")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?", re.IGNORECASE)

# Stable text patterns, by feature name. Names are part of the feature hashing: never rename one.
_FLAGS: tuple[tuple[str, re.Pattern[str] | P.Phrases], ...] = (
    ("ad", P.AD_LINE), ("adcont", P.AD_CONTINUE_LINE), ("news", P.NEWSLETTER_PHRASE), ("cookie", P.COOKIE_PHRASE),
    ("legal", P.LEGAL_PHRASE), ("legallink", P.LEGAL_LINK_LINE), ("share", P.SHARE_LINE),
    ("sharetok", P.SHARE_TOKEN_LINE), ("nav", P.NAVIGATION_LINE), ("crumb", P.BREADCRUMB),
    ("relhead", P.RELATED_HEADING), ("byname", P.BYLINE_NAME), ("byline", P.BYLINE_LINE), ("date", P.DATE_LINE),
    ("reltime", P.RELATIVE_TIME_LINE), ("credit", P.CREDIT_LINE), ("comm", P.COMMENTS_LINE),
    ("commform", P.COMMENT_FORM_PHRASE), ("otherline", P.OTHER_LINE), ("ellipsis", P.ELLIPSIS_END),
    ("icon", P.ICON_ONLY),
)
# Flags that open a section of the page; the last one seen above a line is a feature of that line.
_SECTION_FLAGS = frozenset({"relhead", "comm", "commform", "share", "sharetok", "news", "cookie", "legal",
                            "legallink", "ad", "nav", "byline", "byname"})
# Phrase patterns are only meaningful on short lines (a long paragraph may mention "cookies").
_PHRASE_FLAGS = frozenset({"news", "cookie", "legal", "commform"})


# Lines between two looks at the clock in each stage. A stage costs 5-50 µs a line, so a page over its time budget
# stops within a few milliseconds of it; the look itself costs ~60 ns, once per 256 lines.
_TIME_CHECK_EVERY = 256


def _check_clock(deadline: float | None) -> None:
    """Raise TimeBudgetError when ``deadline`` (a ``time.monotonic()`` value; None: no limit) has passed."""
    if deadline is not None and time.monotonic() > deadline:
        raise TimeBudgetError("page took longer than the time budget (Options.time_budget) while its lines were "
                              "read by the line model")


@lru_cache(maxsize=1)
def _flag_gate() -> P.Gate:
    """One quick look for all of ``_FLAGS`` (a Gate never says no where one of them matches, searched anywhere as
    the flags are): most lines match none, and then their 21 searches are skipped. Built on first use (compiling
    the merged alternation takes a moment), and never changed."""
    return P.Gate(*(pattern for _, pattern in _FLAGS))


def _bucket(value: float, edges: Sequence[float]) -> int:
    """Index of the first edge ``value`` is at most, or ``len(edges)``."""
    for k, edge in enumerate(edges):
        if value <= edge:
            return k
    return len(edges)


_LEN_EDGES = (2, 5, 10, 20, 35, 60, 100, 160, 300)
_NW_EDGES = (0, 1, 2, 3, 5, 8, 12, 20, 40)
_SHARE_EDGES = (0.0, 0.1, 0.3, 0.6, 0.99)
_IND_EDGES = (0, 2, 4, 6, 8, 12, 16, 24)
_DIST_EDGES = (0, 1, 2, 4, 8, 16, 32, 64)
_RUN_EDGES = (1, 2, 3, 5, 8, 12, 20, 40)
_CHAR_GRAM_MAX_WORDS = 6  # character trigrams only for short lines (menu entries, buttons, headings)
_WINDOW = 5  # lines either side whose text patterns are features of a line (a menu's "Privacy" names its box)


class _Line:
    """What the features need to know about one non-blank line, computed once."""

    __slots__ = ("flags", "indent", "key", "nw", "prose", "shape", "short", "text", "words")

    def __init__(self, raw: str) -> None:
        text = raw.strip()
        self.text = text
        self.indent = len(raw) - len(raw.lstrip())
        low = text.lower()
        self.key = " ".join(low.split())
        self.words = [_DIGIT.sub("0", w) for w in _WORD.findall(low)]
        nw = len(self.words)
        self.nw = nw
        self.short = nw <= 5
        self.prose = (nw >= 12 and P.PROSE_PUNCT.search(text) is not None) or nw >= 25
        flags = []
        if _flag_gate().may_match(text, P.gate_text(text)):
            for name, pat in _FLAGS:
                if name in _PHRASE_FLAGS and nw > 30:
                    continue
                if pat.search(text):
                    flags.append(name)
        self.flags = flags
        self.shape = _shape(text, self.words, flags)


_LINE_MEMO = 2048  # lines whose facts are remembered (~1.3 kB each): a page's kept text is read again by strip_text


@lru_cache(maxsize=_LINE_MEMO)
def _line(raw: str) -> _Line:
    """:class:`_Line` of ``raw``, remembered (speed only: the facts are a pure function of the line, and nothing
    changes a _Line once made). strip_text reads a page's kept lines again until the reading settles, and menus and
    footers recur across a site's pages."""
    return _Line(raw)


def _shape(text: str, words: list[str], flags: list[str]) -> list[str]:
    """Character-shape features of one stripped line (no position, no neighbours)."""
    n = len(text)
    nw = len(words)
    out = [f"len{_bucket(n, _LEN_EDGES)}", f"nw{_bucket(nw, _NW_EDGES)}"]
    last = text[-1] if text else ""
    if text.endswith(("...", "…")):
        end = "ell"
    elif last in ".?!:,;|)]\"”»'’-–—":
        end = last
    elif last.isdigit():
        end = "dig"
    elif last.isalpha():
        end = "alpha"
    else:
        end = "sym"
    out.append("end" + end)
    first = text[:1]
    if _BULLET.match(text):
        out.append("bullet" + (first if not first.isalnum() else "num"))
    elif first.isdigit():
        out.append("startdig")
    elif first.isupper():
        out.append("startup")
    elif first.islower():
        out.append("startlow")
    elif first:
        out.append("startsym")
    letters = sum(map(str.isalpha, text))
    if n:
        out.append(f"dig{_bucket(sum(map(str.isdigit, text)) / n, _SHARE_EDGES)}")
    if letters:
        out.append(f"up{_bucket(sum(map(str.isupper, text)) / letters, _SHARE_EDGES)}")
    alpha_words = [w for w in text.split() if w[:1].isalpha()]
    if len(alpha_words) >= 2:
        out.append(f"tc{_bucket(sum(w[0].isupper() for w in alpha_words) / len(alpha_words), _SHARE_EDGES)}")
    if "©" in text:
        out.append("copy")
    if "|" in text:
        out.append("pipe")
    if _SEP.search(text):
        out.append("sep")
    if _URLISH.search(text):
        out.append("url")
    if _EMAILISH.search(text):
        out.append("email")
    if _TIME.search(text):
        out.append("time")
    if P.YEAR.search(text):
        out.append("year")
    if _MONTH.search(text):
        out.append("month")
    if "?" in text[:-1]:
        out.append("qmark")
    if any(c in text for c in "$€£¥"):
        out.append("money")
    if nw >= 1 and nw == len(set(words)) and nw <= 6 and text.isupper():
        out.append("allcaps")
    out.extend("f:" + f for f in flags)
    return out


def _main_run(lines: list[_Line]) -> tuple[int, int]:
    """The span [start, end) of the page's densest run of prose lines (maximum-sum segment), or (0, 0)."""
    best = 0.0
    best_span = (0, 0)
    total = 0.0
    start = 0
    for i, ln in enumerate(lines):
        if ln.prose:
            score = min(ln.nw, 60) / 10.0
        elif ln.nw >= 8:
            score = 0.0
        else:
            score = -0.6
        if total <= 0.0:
            total = 0.0
            start = i
        total += score
        if total > best:
            best = total
            best_span = (start, i + 1)
    return best_span


def _page_features(lines: list[_Line], deadline: float | None = None) -> list[list[str]]:
    """The feature strings of every line of a page (blank lines already removed); ``deadline`` as in
    :func:`predict_lines`."""
    n = len(lines)
    if n == 0:
        return []
    start, end = _main_run(lines)
    min_ind = min(ln.indent for ln in lines)
    run_inds = sorted(ln.indent for ln in lines[start:end] if ln.prose) or [min_ind]
    prose_ind = run_inds[len(run_inds) // 2]
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.key] = counts.get(ln.key, 0) + 1
    prose_prefix = [0]
    for ln in lines:
        prose_prefix.append(prose_prefix[-1] + (1 if ln.prose else 0))
    # runs of short lines
    run_len = [0] * n
    run_pos = [""] * n
    i = 0
    while i < n:
        j = i
        while j < n and lines[j].short == lines[i].short:
            j += 1
        for k in range(i, j):
            run_len[k] = j - i
            run_pos[k] = "single" if j - i == 1 else ("first" if k == i else ("last" if k == j - 1 else "mid"))
        i = j
    title_words = set(lines[0].words)
    last_section = ""
    last_section_at = -1
    feats: list[list[str]] = []
    for i, ln in enumerate(lines):
        if i % _TIME_CHECK_EVERY == 0:
            _check_clock(deadline)
        f = ["bias0"]
        f.extend(ln.shape)
        words = ln.words
        for w in words[:60]:
            f.append("w:" + w)
        for a, b in pairwise(words[:31]):
            f.append("b:" + a + " " + b)
        if not words:
            f.append("w:<none>")
        elif len(words) <= 4:
            f.append("whole:" + " ".join(words))
        if ln.nw <= _CHAR_GRAM_MAX_WORDS:
            padded = "^" + ln.key + "$"
            f.extend("c3:" + padded[k:k + 3] for k in range(len(padded) - 2))
        f.append(f"dec{min(9, 10 * i // n)}")
        if i == 0:
            f.append("first")
        if i == n - 1:
            f.append("last")
        if start == end:
            f.append("run:none")
        elif i < start:
            f.append("run:before")
            f.append(f"run:before{_bucket(start - i, _DIST_EDGES)}")
        elif i >= end:
            f.append("run:after")
            f.append(f"run:after{_bucket(i - end + 1, _DIST_EDGES)}")
        else:
            f.append("run:in")
            f.append(f"run:in{_bucket(min(i - start, end - 1 - i), _DIST_EDGES)}")
        for half in (3, 8):
            lo, hi = max(0, i - half), min(n, i + half + 1)
            dens = (prose_prefix[hi] - prose_prefix[lo]) / (hi - lo)
            f.append(f"dens{half}:{_bucket(dens, _SHARE_EDGES)}")
        rel = ln.indent - min_ind
        f.append(f"ind{_bucket(rel, _IND_EDGES)}")
        d = ln.indent - prose_ind
        f.append("pind:eq" if d == 0 else (f"pind:less{_bucket(-d, _IND_EDGES)}" if d < 0 else
                                            f"pind:more{_bucket(d, _IND_EDGES)}"))
        if i > 0:
            dp = ln.indent - lines[i - 1].indent
            f.append("dind:same" if dp == 0 else ("dind:in" if dp > 0 else "dind:out"))
        c = counts[ln.key]
        if c > 1:
            f.append("rep")
            if c > 2:
                f.append("rep3")
        f.append(f"srun{'S' if ln.short else 'L'}{_bucket(run_len[i], _RUN_EDGES)}")
        f.append(f"srunpos{'S' if ln.short else 'L'}:{run_pos[i]}")
        if i > 0 and words and title_words:
            overlap = len(title_words.intersection(words)) / len(set(words))
            f.append(f"tov{_bucket(overlap, _SHARE_EDGES)}")
        if last_section:
            f.append(f"sec:{last_section}")
            f.append(f"sec:{last_section}{_bucket(i - last_section_at, _DIST_EDGES)}")
        near: set[str] = set()
        for j in range(max(0, i - _WINDOW), min(n, i + _WINDOW + 1)):
            if j != i:
                near.update(lines[j].flags)
        f.extend("win:" + name for name in sorted(near))
        for off, tag in ((-2, "p2"), (-1, "p1"), (1, "n1"), (2, "n2")):
            j = i + off
            if 0 <= j < n:
                other = lines[j]
                f.extend(tag + ":" + s for s in other.shape)
                if abs(off) == 1:
                    f.extend(tag + "w:" + w for w in other.words[:8])
                    if other.nw <= 4:
                        f.append(tag + "whole:" + " ".join(other.words))
                    f.append(f"{tag}srun{'S' if other.short else 'L'}")
                else:
                    f.extend(tag + "w:" + w for w in other.words[:8])
            else:
                f.append(tag + ":none")
        for name in ln.flags:
            if name in _SECTION_FLAGS and ln.nw <= 12:
                last_section = name
                last_section_at = i
        feats.append(f)
    return feats


def _hash(feature: str, bits: int) -> int:
    return crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


_BUCKET_MEMO = 1 << 15  # feature strings whose bucket is remembered (~4 MB at most); the memo is then emptied


@lru_cache(maxsize=4)
def _bucket_memo(bits: int) -> dict[str, int]:
    """Feature string -> bucket, remembered per process (speed only: the bucket is a pure function of the string).
    Most of a page's features recur on other pages ("w:the", "nw3", "p1:endalpha"), and a dict look-up is about
    four times quicker than encoding and hashing the string again."""
    return {}


def _bucket_sets(feats: list[list[str]], bits: int, deadline: float | None = None) -> list[set[int]]:
    """The distinct hash buckets of each line's feature strings (:func:`_hash`, memoised: this is the hot loop);
    ``deadline`` as in :func:`predict_lines`."""
    mask = (1 << bits) - 1
    memo = _bucket_memo(bits)
    if len(memo) > _BUCKET_MEMO:
        memo.clear()
    get = memo.get
    out = []
    for n, fs in enumerate(feats):
        if n % _TIME_CHECK_EVERY == 0:
            _check_clock(deadline)
        buckets = set()
        for s in fs:
            b = get(s)
            if b is None:
                b = memo[s] = crc32(s.encode("utf-8")) & mask
            buckets.add(b)
        out.append(buckets)
    return out


def nonblank(lines: Sequence[str]) -> list[int]:
    """Indices of the lines that are not blank (blank = empty after ``str.strip()``)."""
    return [i for i, line in enumerate(lines) if line.strip()]


def rule_features(rule_labels: Sequence[str | None]) -> list[list[str]]:
    """Features of the rule-based first pass: the rules' label of the line and of the lines either side.

    ``rule_labels`` holds one entry per non-blank line (``None`` where the rules gave no verdict).
    """
    n = len(rule_labels)
    out = []
    for i in range(n):
        f = ["rule=" + (rule_labels[i] or "none")]
        for off, tag in ((-1, "p1"), (1, "n1")):
            j = i + off
            f.append(tag + "rule=" + ((rule_labels[j] or "none") if 0 <= j < n else "edge"))
        out.append(f)
    return out


def hashed_features(lines: Sequence[str], bits: int,
                    rule_labels: Sequence[str | None] | None = None) -> list[list[int]]:
    """Per non-blank line (in order), the sorted distinct hash buckets of its line-stage features.

    ``rule_labels``, when given, is aligned with ``lines`` (blank lines included) and adds :func:`rule_features`.
    """
    keep = nonblank(lines)
    feats = _page_features([_Line(lines[i]) for i in keep])
    if rule_labels is not None:
        if len(rule_labels) != len(lines):
            raise ValueError("rule_labels must have one entry per input line")
        for f, extra in zip(feats, rule_features([rule_labels[i] for i in keep]), strict=True):
            f.extend(extra)
    return [sorted(b) for b in _bucket_sets(feats, bits)]


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _normalised(values: list[float]) -> list[float]:
    total = sum(values)
    if total <= 0.0 or not math.isfinite(total):  # cannot happen with positive weights; be safe, not sorry
        return [1.0 / len(values)] * len(values)
    return [v / total for v in values]


def forward_backward(probs: Sequence[Sequence[float]], trans: Sequence[Sequence[float]],
                     emission_scale: Sequence[float], start: Sequence[float],
                     deadline: float | None = None) -> list[list[float]]:
    """Per-line label marginals of the chain whose emissions are ``probs[t][c] * emission_scale[c]``.

    ``trans[u][v]`` weighs label ``v`` following label ``u``; ``start`` weighs the label of the first line. Forward
    and backward messages are normalised at every step, so long pages do not underflow.
    """
    n = len(probs)
    if n == 0:
        return []
    k = len(start)
    cols = [tuple(trans[u][v] for u in range(k)) for v in range(k)]
    emis = [[p * s for p, s in zip(row, emission_scale, strict=True)] for row in probs]
    fwd = [_normalised([e * s for e, s in zip(emis[0], start, strict=True)])]
    for t in range(1, n):
        if t % _TIME_CHECK_EVERY == 0:
            _check_clock(deadline)
        prev = fwd[-1]
        fwd.append(_normalised([e * sum(map(mul, prev, col)) for e, col in zip(emis[t], cols, strict=True)]))
    out: list[list[float]] = [[]] * n
    back = [1.0] * k
    for t in range(n - 1, -1, -1):
        if t % _TIME_CHECK_EVERY == 0:
            _check_clock(deadline)
        out[t] = _normalised([f * b for f, b in zip(fwd[t], back, strict=True)])
        if t:
            g = [e * b for e, b in zip(emis[t], back, strict=True)]
            back = _normalised([sum(map(mul, row, g)) for row in trans])
    return out


def phased_forward_backward(probs: Sequence[Sequence[float]], within: Sequence[Sequence[Sequence[float]]],
                            leave: Sequence[Sequence[float]], jump: Sequence[Sequence[float]],
                            enter: Sequence[Sequence[float]], emission_scale: Sequence[float],
                            start: Sequence[Sequence[float]], deadline: float | None = None) -> list[list[float]]:
    """Per-line label marginals of a chain whose state is (phase, label), the phase only moving forward.

    ``within[p][u][v]`` weighs label ``v`` following ``u`` inside phase ``p``; ``leave[p][u]`` weighs leaving
    phase ``p`` after label ``u``, ``jump[p][q]`` going from ``p`` to the later phase ``q`` and ``enter[q][v]`` the
    first label of phase ``q``; ``start[p][v]`` weighs the first line's state. Emissions are
    ``probs[t][c] * emission_scale[c]`` in every phase. Messages are normalised at every step; the returned
    marginals are summed over the phases.
    """
    n = len(probs)
    if n == 0:
        return []
    nph = len(within)
    k = len(emission_scale)
    cols = [[tuple(m[u][v] for u in range(k)) for v in range(k)] for m in within]
    later = [[(q, jump[p][q]) for q in range(p + 1, nph) if jump[p][q] > 0.0] for p in range(nph)]
    emis = [[pr * sc for pr, sc in zip(row, emission_scale, strict=True)] for row in probs]

    def norm(ms: list[list[float]]) -> list[list[float]]:
        total = sum(map(sum, ms))
        if total <= 0.0 or not math.isfinite(total):
            return [[1.0 / (k * nph)] * k for _ in range(nph)]
        return [[x / total for x in m] for m in ms]

    fwd = [norm([[e * st for e, st in zip(emis[0], start[p], strict=True)] for p in range(nph)])]
    for t in range(1, n):
        if t % _TIME_CHECK_EVERY == 0:
            _check_clock(deadline)
        prev = fwd[-1]
        out = [sum(map(mul, prev[p], leave[p])) for p in range(nph)]
        inflow = [0.0] * nph
        for p in range(nph):
            for q, w in later[p]:
                inflow[q] += out[p] * w
        e = emis[t]
        cur = []
        for q in range(nph):
            f = prev[q]
            cur.append([ev * (sum(map(mul, f, col)) + inflow[q] * en)
                        for ev, col, en in zip(e, cols[q], enter[q], strict=True)])
        fwd.append(norm(cur))
    res: list[list[float]] = [[]] * n
    back = [[1.0] * k for _ in range(nph)]
    for t in range(n - 1, -1, -1):
        if t % _TIME_CHECK_EVERY == 0:
            _check_clock(deadline)
        here = fwd[t]
        res[t] = _normalised(list(map(sum, zip(*(map(mul, here[p], back[p]) for p in range(nph)), strict=True))))
        if t:
            e = emis[t]
            h = [[ev * b for ev, b in zip(e, back[q], strict=True)] for q in range(nph)]
            ent = [sum(map(mul, enter[q], h[q])) for q in range(nph)]
            nxt = []
            for p in range(nph):
                jumped = sum(w * ent[q] for q, w in later[p])
                nxt.append([sum(map(mul, row, h[p])) + lv * jumped
                            for row, lv in zip(within[p], leave[p], strict=True)])
            back = norm(nxt)
    return res


def _floats(values: Sequence[Any], size: int) -> tuple[float, ...]:
    if len(values) != size:
        raise ValueError(f"linemodel.json: expected {size} numbers, got {len(values)}")
    return tuple(float(v) for v in values)


class _Phased:
    """The weights of :func:`phased_forward_backward`, checked for shape."""

    def __init__(self, seq: dict[str, Any], k: int) -> None:
        nph = int(seq["phases"][0])
        self.within = tuple(tuple(_floats(row, k) for row in m) for m in seq["within"])
        self.leave = tuple(_floats(row, k) for row in seq["leave"])
        self.jump = tuple(_floats(row, nph) for row in seq["jump"])
        self.enter = tuple(_floats(row, k) for row in seq["enter"])
        self.start = tuple(_floats(row, k) for row in seq["start"])
        if any(len(part) != nph for part in (self.within, self.leave, self.jump, self.enter, self.start)) \
                or any(len(m) != k for m in self.within):
            raise ValueError("linemodel.json: the phased sequence stage must be phases x labels (x labels)")


class _Model:
    """The immutable weights of both stages."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("labels") != list(LABELS) or data.get("feature_version") != FEATURE_VERSION:
            raise ValueError("linemodel.json does not match this version of boilerstrip._linemodel")
        self.bits: int = int(data["bits"])
        self.bias: tuple[float, ...] = tuple(float(v) for v in data["bias"])
        k = len(LABELS)
        # Indexed by bucket (None: no weights). Built in bucket order with floats made afresh (``* 1.0`` gives a
        # new, equal float), so each row's numbers lie together in memory, not strewn among the parsed JSON, and
        # rows lie in the order a line's set of buckets is mostly read in (small ints iterate in increasing order):
        # the line stage reads a hundred rows a line, and this layout made it about 20% quicker (in file order,
        # 6%). Loading takes ~0.3 s longer, once per process.
        rows: list[tuple[float, ...] | None] = [None] * (1 << self.bits)
        for key, entries in sorted(data["weights"].items(), key=lambda item: int(item[0])):
            if not 0 <= int(key) < len(rows):
                raise ValueError(f"linemodel.json: bucket {key} out of range for {self.bits} bits")
            dense = [0.0] * k
            for c, w in entries:
                dense[int(c)] = float(w) * 1.0
            rows[int(key)] = tuple(dense)
        self.rows = rows
        seq = data.get("sequence")
        # the sequence stage: a label chain ("trans", feature version 2) or a (phase, label) chain ("within")
        self.trans: tuple[tuple[float, ...], ...] | None = None
        self.phased: _Phased | None = None
        self.emission_scale: tuple[float, ...] = (1.0,) * k
        self.start: tuple[float, ...] = (1.0,) * k
        if seq is not None:
            self.emission_scale = _floats(seq["emission_scale"], k)
            if "within" in seq:
                self.phased = _Phased(seq, k)
            else:
                self.trans = tuple(_floats(row, k) for row in seq["trans"])
                self.start = _floats(seq["start"], k)
                if len(self.trans) != k:
                    raise ValueError("linemodel.json: the transition matrix must be labels x labels")

    def line_probs(self, buckets: list[set[int]], deadline: float | None = None) -> list[list[float]]:
        """The line stage's label probabilities of each line, from its feature buckets."""
        out = []
        get = self.rows.__getitem__
        bias = self.bias
        for i, line in enumerate(buckets):
            if i % _TIME_CHECK_EVERY == 0:
                _check_clock(deadline)
            hit = list(filter(None, map(get, line)))  # (a weight row is never empty: filter drops only None)
            out.append(softmax(list(map(sum, zip(bias, *hit, strict=False)))))  # rows have len(bias) entries
        return out

    def sequence_probs(self, probs: list[list[float]], deadline: float | None = None) -> list[list[float]]:
        """The sequence stage's marginals (the line stage's probabilities when the weights have none)."""
        if self.phased is not None:
            q = self.phased
            return phased_forward_backward(probs, q.within, q.leave, q.jump, q.enter, self.emission_scale, q.start,
                                           deadline)
        if self.trans is None:
            return probs
        return forward_backward(probs, self.trans, self.emission_scale, self.start, deadline)


@lru_cache(maxsize=1)
def _model() -> _Model:
    """The shipped weights, read once per process (they are never mutated)."""
    text = resources.files(__package__).joinpath("linemodel.json").read_text(encoding="utf-8")
    return _Model(json.loads(text))


def predict_lines(lines: Sequence[str], deadline: float | None = None) -> list[tuple[str, float, dict[str, float]]]:
    """Label every line of a plain-text page.

    ``lines`` are the page's lines in order, as the converter gave them (leading indentation included; it is a
    feature). Returns one ``(label, probability, {label: probability})`` per input line. Blank lines (empty after
    ``str.strip()``) take no part in the context of the others and come back as ``("other", 1.0, ...)``.
    ``deadline`` (a ``time.monotonic()`` value; None: no limit) bounds every stage: past it, a TimeBudgetError is
    raised (the model costs ~0.4 ms a line, so a dump of 100,000 lines would otherwise run on for 40 s).
    """
    model = _model()
    keep = nonblank(lines)
    facts = []
    for n, i in enumerate(keep):
        if n % _TIME_CHECK_EVERY == 0:
            _check_clock(deadline)
        facts.append(_line(lines[i]))
    feats = _page_features(facts, deadline)
    buckets = _bucket_sets(feats, model.bits, deadline)
    probs = model.sequence_probs(model.line_probs(buckets, deadline), deadline)
    blank = {label: (1.0 if label == "other" else 0.0) for label in LABELS}
    out: list[tuple[str, float, dict[str, float]]] = [("other", 1.0, dict(blank)) for _ in lines]
    for i, p in zip(keep, probs, strict=True):
        best = max(range(len(LABELS)), key=p.__getitem__)
        out[i] = (LABELS[best], p[best], dict(zip(LABELS, p, strict=True)))
    return out
