"""Train the plain-text line classifier (boilerstrip/_linemodel.py) and write boilerstrip/linemodel.json.

Usage (from the repo root, /work/main)::

    /work/venv/bin/python training/train_lines.py                 # grouped-CV report + write the shipped weights
    /work/venv/bin/python training/train_lines.py --no-write      # report only
    /work/venv/bin/python training/train_lines.py --corpora /path/to/corpora --folds 8
    /work/venv/bin/python training/train_lines.py --no-write --silver 300 --silver-weight 0.05   # + silver data
    /work/venv/bin/python training/train_lines.py --no-write --silver 100 --silver-mode keepdrop  # silver keep/drop
    /work/venv/bin/python training/train_lines.py --no-write --phases 1 --alpha 0.5   # the version-2 label chain
    /work/venv/bin/python training/train_lines.py --no-write --rules first   # + rule-verdict features
    /work/venv/bin/python training/train_lines.py --no-write --no-extra --train-fraction 0.5   # learning curve

Data: ``<corpora>/labelled-dev/*.json`` (32 pages, every line labelled, the held-out pages); the 36 extra gold pages
of ``training/labelled-extra`` (``--extra``, on by default: always on the training side, never scored; see its
README); optionally silver pages from
``<corpora>/wcxb-dev`` (see silver.py; always on the training side, never scored). Held-out figures come from
grouped k-fold by page (each page is a different site): a page is scored only by models that never saw it (the
line stage's weights and the sequence stage's transition counts both come from the other folds' pages).

Deterministic: fixed fold assignment (sorted page ids, round-robin), full-batch optimisation from zero weights, no
random numbers anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import silver  # noqa: E402

from boilerstrip import _linemodel as LM  # noqa: E402

K = len(LM.LABELS)
LABEL_INDEX = {label: k for k, label in enumerate(LM.LABELS)}
KEEP = np.array([label in ("content", "title") for label in LM.LABELS])
DROP = -2  # a silver line known to be boilerplate, of no known kind: trained towards all drop labels together


# ----------------------------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------------------------

class Page:
    """One page dump. ``y`` holds a label index per non-blank line, -1 where the line is unlabelled (silver)."""

    def __init__(self, pid: str, converter: str, page_type: str, lines: list[str], labels: list[str | None],
                 weight: float = 1.0, rules: list[list[str]] | None = None) -> None:
        self.id = pid
        self.converter = converter
        self.page_type = page_type
        self.lines = lines
        self.y = np.array([(DROP if label == "drop" else LABEL_INDEX[label]) if label else -1 for label in labels],
                          dtype=np.int64)
        self.weight = weight
        self.rules = rules
        self.feats: list[list[int]] = []

    def featurise(self, bits: int, rules_mode: str) -> None:
        rule_labels: list[str | None] | None = None
        if rules_mode != "none":
            assert self.rules is not None and len(self.rules) == len(self.lines)
            rule_labels = [(r[2] if rules_mode == "final" else r[0]) or None for r in self.rules]
        self.feats = LM.hashed_features(self.lines, bits, rule_labels)
        if rules_mode == "reason":
            assert self.rules is not None
            for f, r in zip(self.feats, self.rules, strict=True):
                f.append(LM._hash("rulereason=" + r[1], bits))
        assert len(self.feats) == len(self.lines)


def load_pages(corpora: Path, bits: int, rules_mode: str = "none") -> list[Page]:
    rules = silver.gold_rules(corpora) if rules_mode != "none" else {}
    pages = []
    for path in sorted((corpora / "labelled-dev").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        lines = [ln["text"] for ln in d["lines"]]
        assert all(line.strip() for line in lines)
        page = Page(d["id"], d["converter"], d["page_type"], lines, [ln["label"] for ln in d["lines"]],
                    rules=rules.get(d["id"]))
        page.featurise(bits, rules_mode)
        pages.append(page)
    return pages


def load_extra(directory: Path, bits: int, weight: float) -> list[Page]:
    """Extra gold pages (``training/labelled-extra/*.json``, labelled-dev's format): always on the training side
    (line stage and sequence stage), never scored."""
    pages = []
    for path in sorted(directory.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        lines = [ln["text"] for ln in d["lines"]]
        assert all(line.strip() for line in lines), path
        page = Page("extra-" + d["id"], d["converter"], d["page_type"], lines, [ln["label"] for ln in d["lines"]],
                    weight)
        page.featurise(bits, "none")
        pages.append(page)
    return pages


def subset(pages: list[Page], fraction: float) -> list[Page]:
    """A fixed share of ``pages`` (the learning curve): the first ``round(fraction * n)`` in CRC-32-of-id order,
    so the choice is deterministic, does not follow the sorted ids the folds are made from, and a smaller share is
    always part of a larger one."""
    if fraction >= 1.0:
        return pages
    import zlib
    order = sorted(pages, key=lambda p: (zlib.crc32(p.id.encode()), p.id))
    keep = {p.id for p in order[:max(1, round(fraction * len(pages)))]}
    return [p for p in pages if p.id in keep]


def load_silver(corpora: Path, limit: int | None, bits: int, rules_mode: str, weight: float,
                mode: str = "full") -> list[Page]:
    """Silver page dumps (silver.py). ``mode="keepdrop"`` keeps only whether a line is boilerplate: its silver
    sub-label (HTML mode's) becomes :data:`DROP`."""
    path = silver.build(corpora, limit)
    pages = []
    for rec in silver.load(path):
        if not any(rec["labels"]):
            continue
        labels = rec["labels"]
        if mode == "keepdrop":
            labels = [lab if lab in (None, "content", "title") else "drop" for lab in labels]
        page = Page(rec["id"], rec["converter"], rec["page_type"], rec["lines"], labels, weight,
                    rec["rules"])
        page.featurise(bits, rules_mode)
        pages.append(page)
    return pages


class Sparse:
    """The binary feature rows of the labelled lines of some pages, with their labels and sample weights."""

    def __init__(self, feats: list[list[int]], y: np.ndarray | None = None, w: np.ndarray | None = None) -> None:
        lengths = np.array([len(f) for f in feats], dtype=np.int64)
        assert lengths.min() > 0
        self.indptr = np.concatenate([[0], np.cumsum(lengths)])
        self.indices = np.fromiter((c for f in feats for c in f), dtype=np.int64, count=int(lengths.sum()))
        self.n = len(feats)
        self.y = y if y is not None else np.zeros(self.n, dtype=np.int64)
        self.w = w if w is not None else np.ones(self.n)


def stack(pages: list[Page]) -> Sparse:
    feats: list[list[int]] = []
    ys: list[np.ndarray] = []
    ws: list[np.ndarray] = []
    for p in pages:
        sel = np.nonzero((p.y >= 0) | (p.y == DROP))[0]
        feats.extend(p.feats[i] for i in sel)
        ys.append(p.y[sel])
        ws.append(np.full(len(sel), p.weight))
    return Sparse(feats, np.concatenate(ys), np.concatenate(ws))


# ----------------------------------------------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------------------------------------------

def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e: np.ndarray = np.exp(z)
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out


def adam(grad_fn: Any, params: list[np.ndarray], iters: int, lr: float) -> None:
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        grads = grad_fn()
        for p, g, mi, vi in zip(params, grads, m, v, strict=True):
            mi *= b1
            mi += (1 - b1) * g
            vi *= b2
            vi += (1 - b2) * g * g
            p -= lr * (mi / (1 - b1 ** t)) / (np.sqrt(vi / (1 - b2 ** t)) + eps)


class _Rows:
    """Binary sparse rows as a linear map, numpy only (fine for the 5k gold lines; slow for silver data)."""

    def __init__(self, indptr: np.ndarray, indices: np.ndarray, cols: int) -> None:
        self.n = len(indptr) - 1
        self.rows = np.repeat(np.arange(self.n), np.diff(indptr))
        self.indices = indices
        self.cols = cols

    def dot(self, W: np.ndarray) -> np.ndarray:
        return np.stack([np.bincount(self.rows, weights=W[self.indices, k], minlength=self.n)
                         for k in range(W.shape[1])], axis=1)

    def tdot(self, G: np.ndarray) -> np.ndarray:
        return np.stack([np.bincount(self.indices, weights=G[self.rows, k], minlength=self.cols)
                         for k in range(G.shape[1])], axis=1)


class _Csr:
    """The same with scipy.sparse (much faster and leaner with silver data)."""

    def __init__(self, indptr: np.ndarray, indices: np.ndarray, cols: int) -> None:
        from scipy import sparse  # type: ignore[import-untyped]
        self.A = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(indptr) - 1, cols))
        self.AT = self.A.T.tocsr()

    def dot(self, W: np.ndarray) -> np.ndarray:
        return np.asarray(self.A @ W)

    def tdot(self, G: np.ndarray) -> np.ndarray:
        return np.asarray(self.AT @ G)


def _matrix(indptr: np.ndarray, indices: np.ndarray, cols: int) -> _Rows | _Csr:
    try:
        return _Csr(indptr, indices, cols)
    except ImportError:
        return _Rows(indptr, indices, cols)


class LineModel:
    """Stage 1: multinomial logistic regression over hashed binary features."""

    def __init__(self, bits: int, l2: float, iters: int, lr: float) -> None:
        self.bits, self.l2, self.iters, self.lr = bits, l2, iters, lr
        self.W = np.zeros((1 << bits, K))
        self.b = np.zeros(K)

    def scores(self, X: Sparse) -> np.ndarray:
        return np.add.reduceat(self.W[X.indices], X.indptr[:-1], axis=0) + self.b

    def fit(self, X: Sparse) -> LineModel:
        # Train over the buckets that occur only (compact columns), then scatter back into the full table.
        # Loss: sample-weighted mean cross-entropy + l2/2 |W|^2.
        used, compact = np.unique(X.indices, return_inverse=True)
        D = len(used)
        A = _matrix(X.indptr, compact.reshape(-1), D)
        partial = X.y == DROP
        Y = np.eye(K)[np.where(partial, 0, X.y)]
        sw = (X.w / X.w.sum())[:, None]
        W = np.zeros((D, K))
        dropmask = (~KEEP).astype(float)

        def grad() -> list[np.ndarray]:
            P = softmax(A.dot(W) + self.b)
            if partial.any():
                Q = P[partial] * dropmask
                Y[partial] = Q / Q.sum(axis=1, keepdims=True)
            G = (P - Y) * sw
            return [A.tdot(G) + self.l2 * W, G.sum(axis=0)]

        adam(grad, [W, self.b], self.iters, self.lr)
        self.W[used] = W
        return self

    def predict(self, X: Sparse) -> np.ndarray:
        return softmax(self.scores(X))


PHASES = 3  # before the article, the article, after it
LEAVE_SHRINK = 5.0  # pseudo-transitions pulling a label's chance of ending its phase towards the phase's mean


def page_phases(y: np.ndarray) -> np.ndarray:
    """The phase of every line: 0 before the first content line, 1 from it to the last, 2 after."""
    ph = np.zeros(len(y), dtype=np.int64)
    ks = np.nonzero(y == LABEL_INDEX["content"])[0]
    if len(ks):
        ph[ks[0]:ks[-1] + 1] = 1
        ph[ks[-1] + 1:] = 2
    return ph


def fit_sequence_phased(pages: list[Page], alpha: float, beta: float) -> dict[str, Any]:
    """The sequence stage over (phase, label) states (``_linemodel.phased_forward_backward``), counted on gold
    ``pages`` with the phases of :func:`page_phases`.

    Inside a phase: label bigram counts (+0.5), row-normalised, times the chance of staying in the phase. Leaving
    phase ``p`` after label ``u``: the share of the transitions from ``(p, u)`` that leave it, shrunk towards the
    phase's mean share (5 pseudo-transitions: a label seen rarely in a phase says little about where it ends); the
    later phase it goes to and the label it enters with: counts (+0.5), normalised. All raised to ``alpha``. Start
    weights: the state frequencies of the first two phases (+1 smoothing); emission scale: the label frequencies
    (+1) raised to ``-beta``.
    """
    P = PHASES
    stay = np.full((P, K, K), 0.5)
    n_from = np.zeros((P, K))
    n_leave = np.zeros((P, K))
    n_jump = np.zeros((P, P))
    n_enter = np.full((P, K), 0.5)
    first = np.ones((P, K))
    first[2:] = 0.0
    prior = np.ones(K)
    for pg in pages:
        y = pg.y[pg.y >= 0]
        ph = page_phases(y)
        for a, b, pa, pb in zip(y[:-1], y[1:], ph[:-1], ph[1:], strict=True):
            n_from[pa, a] += 1
            if pa == pb:
                stay[pa, a, b] += 1
            else:
                n_leave[pa, a] += 1
                n_jump[pa, pb] += 1
                n_enter[pb, b] += 1
        for c, q in zip(y, ph, strict=True):
            if q < 2:
                first[q, c] += 1
        prior += np.bincount(y, minlength=K)
    lam = np.zeros((P, K))
    for p in range(P - 1):
        mean = n_leave[p].sum() / max(1.0, n_from[p].sum())
        lam[p] = (n_leave[p] + LEAVE_SHRINK * mean) / (n_from[p] + LEAVE_SHRINK)
    W = stay / stay.sum(axis=2, keepdims=True)
    within = ((1.0 - lam)[:, :, None] * W) ** alpha
    jump = np.zeros((P, P))
    for p in range(P - 1):
        row = n_jump[p, p + 1:] + 0.5
        jump[p, p + 1:] = row / row.sum()
    enter = n_enter / n_enter.sum(axis=1, keepdims=True)
    prior /= prior.sum()
    first /= first.sum()
    return {
        "alpha": [alpha], "beta": [beta], "phases": [P],
        "within": _rounded(within), "leave": _rounded(lam ** alpha), "jump": _rounded(jump ** alpha),
        "enter": _rounded(enter ** alpha), "emission_scale": _rounded(prior ** -beta), "start": _rounded(first),
    }


def _rounded(a: np.ndarray) -> Any:
    return np.round(a, 6).tolist()


def fit_sequence(pages: list[Page], alpha: float, beta: float, phases: int = 3) -> dict[str, Any]:
    """The sequence stage from the label sequences of gold ``pages``: over (phase, label) states with ``phases=3``
    (:func:`fit_sequence_phased`), else a label chain (``_linemodel.forward_backward``).

    Chain: label bigram counts (+0.5 smoothing), row-normalised, raised to ``alpha``; start weights: the label
    frequencies (+1 smoothing); emission scale: those frequencies raised to ``-beta``.
    """
    if phases == 3:
        return fit_sequence_phased(pages, alpha, beta)
    counts = np.full((K, K), 0.5)
    prior = np.ones(K)
    for p in pages:
        y = p.y[p.y >= 0]
        np.add.at(counts, (y[:-1], y[1:]), 1.0)
        prior += np.bincount(y, minlength=K)
    trans = (counts / counts.sum(axis=1, keepdims=True)) ** alpha
    prior /= prior.sum()
    return {
        "alpha": [alpha],
        "beta": [beta],
        "trans": [[round(float(v), 6) for v in row] for row in trans],
        "emission_scale": [round(float(v), 6) for v in prior ** -beta],
        "start": [round(float(v), 6) for v in prior],
    }


def apply_sequence(probs: np.ndarray, seq: dict[str, Any] | None) -> np.ndarray:
    """The sequence stage's marginals, computed by the package's own code (so trainer and package agree)."""
    if seq is None:
        return probs
    if "within" in seq:
        return np.array(LM.phased_forward_backward(probs.tolist(), seq["within"], seq["leave"], seq["jump"],
                                                   seq["enter"], seq["emission_scale"], seq["start"]))
    return np.array(LM.forward_backward(probs.tolist(), seq["trans"], seq["emission_scale"], seq["start"]))


def folds_of(pages: list[Page], k: int) -> list[list[int]]:
    """Round-robin over pages sorted by id: deterministic, spreads converters and page types."""
    order = sorted(range(len(pages)), key=lambda i: pages[i].id)
    return [[order[j] for j in range(f, len(order), k)] for f in range(k)]


def fit_line(pages: list[Page], args: argparse.Namespace) -> LineModel:
    return LineModel(args.bits, args.l2, args.iters, args.lr).fit(stack(pages))


def fit_seq(pages: list[Page], args: argparse.Namespace) -> dict[str, Any] | None:
    return None if args.no_sequence else fit_sequence(pages, args.alpha, args.beta, args.phases)


def train_all(pages: list[Page], extra: list[Page],
              args: argparse.Namespace) -> tuple[LineModel, dict[str, Any] | None]:
    """The line stage on ``pages`` + ``extra`` (silver and extra gold pages); the sequence stage on the gold pages
    (``pages`` and the extra gold pages, whose ids start with ``extra-``), never on silver ones."""
    gold_extra = [p for p in extra if p.id.startswith("extra-")]
    return fit_line(pages + extra, args), fit_seq(pages + gold_extra, args)


def predict_page(page: Page, line: LineModel,
                 seq: dict[str, Any] | None) -> tuple[np.ndarray, np.ndarray]:
    p1 = line.predict(Sparse(page.feats))
    return p1, apply_sequence(p1, seq)


# ----------------------------------------------------------------------------------------------------------------
# evaluation
# ----------------------------------------------------------------------------------------------------------------

def report(pages: list[Page], preds: dict[str, np.ndarray], title: str) -> dict[str, float]:
    print(f"== {title}")
    res: dict[str, float] = {}
    for group in ("all", "html_text", "inscriptis"):
        sel = [p for p in pages if group in ("all", p.converter)]
        y = np.concatenate([p.y for p in sel])
        yhat = np.concatenate([preds[p.id] for p in sel])
        acc = float((y == yhat).mean())
        kd = float((KEEP[y] == KEEP[yhat]).mean())
        tp = float((KEEP[y] & KEEP[yhat]).sum())
        prec = tp / max(1.0, float(KEEP[yhat].sum()))
        rec = tp / max(1.0, float(KEEP[y].sum()))
        macro = float(np.mean([(p.y == preds[p.id]).mean() for p in sel]))
        print(f"  {group:10} lines {len(y):5}  label acc {acc:.3f} (macro {macro:.3f})  keep/drop {kd:.3f}"
              f"  keep P {prec:.3f} R {rec:.3f}")
        res[group] = acc
    return res


def confusion(pages: list[Page], preds: dict[str, np.ndarray], top: int = 20) -> None:
    from collections import Counter
    c: Counter[tuple[str, str]] = Counter()
    for p in pages:
        for t, h in zip(p.y, preds[p.id], strict=True):
            if t != h:
                c[(LM.LABELS[t], LM.LABELS[h])] += 1
    for (t, h), n in c.most_common(top):
        print(f"    {t:14} -> {h:14} {n}")


def cross_validate(pages: list[Page], extra: list[Page], args: argparse.Namespace) -> None:
    pred1: dict[str, np.ndarray] = {}
    pred2: dict[str, np.ndarray] = {}
    for f, fold in enumerate(folds_of(pages, args.folds)):
        t0 = time.time()
        train = subset([p for i, p in enumerate(pages) if i not in fold], args.train_fraction)
        line, seq = train_all(train, extra, args)
        for i in fold:
            p1, p2 = predict_page(pages[i], line, seq)
            pred1[pages[i].id] = p1.argmax(axis=1)
            pred2[pages[i].id] = p2.argmax(axis=1)
        print(f"  fold {f}: {[pages[i].id for i in fold]} {time.time() - t0:.0f}s", flush=True)
    report(pages, pred1, f"held-out ({args.folds}-fold by page), line stage only")
    if not args.no_sequence:
        report(pages, pred2, f"held-out ({args.folds}-fold by page), line + sequence stage")
    final = pred1 if args.no_sequence else pred2
    per = sorted((float((p.y == final[p.id]).mean()), p.id, p.converter, p.page_type) for p in pages)
    for acc, pid, conv, typ in per:
        print(f"    {acc:.3f} {pid} {conv} {typ}")
    confusion(pages, final)


# ----------------------------------------------------------------------------------------------------------------
# export
# ----------------------------------------------------------------------------------------------------------------

def export(line: LineModel, seq: dict[str, Any] | None, args: argparse.Namespace, path: Path) -> None:
    weights: dict[str, list[list[float]]] = {}
    W = np.round(line.W, 4)
    for row in np.nonzero(np.abs(W).max(axis=1) >= args.prune)[0]:
        entries = [[int(c), float(W[row, c])] for c in range(K) if abs(W[row, c]) >= args.prune]
        weights[str(int(row))] = entries
    data: dict[str, Any] = {
        "format": "boilerstrip-linemodel",
        "feature_version": LM.FEATURE_VERSION,
        "labels": list(LM.LABELS),
        "bits": args.bits,
        "bias": [round(float(v), 4) for v in line.b],
        "weights": weights,
    }
    if seq is not None:
        data["sequence"] = seq
    text = json.dumps(data, separators=(",", ":"), sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(text) / 1e6:.2f} MB, {len(weights)} non-zero rows)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--out", type=Path, default=ROOT / "boilerstrip" / "linemodel.json")
    ap.add_argument("--bits", type=int, default=18)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--alpha", type=float, default=0.7, help="sequence stage: exponent of the transition matrix")
    ap.add_argument("--beta", type=float, default=0.25, help="sequence stage: exponent of the label prior divided out")
    ap.add_argument("--phases", type=int, choices=(1, 3), default=3,
                    help="sequence stage over (part of the page, label) states (3) or labels alone (1)")
    ap.add_argument("--no-sequence", action="store_true", help="ship the line stage only")
    ap.add_argument("--folds", type=int, default=8)
    ap.add_argument("--prune", type=float, default=0.005)
    ap.add_argument("--extra", type=Path, default=ROOT / "training" / "labelled-extra", metavar="DIR",
                    help="extra gold pages (labelled-dev format) always added to the training side, never scored "
                         "(default: training/labelled-extra)")
    ap.add_argument("--no-extra", action="store_true", help="train on labelled-dev alone (the weights before 2026-11)")
    ap.add_argument("--extra-weight", type=float, default=1.0, help="sample weight of the extra pages' lines")
    ap.add_argument("--train-fraction", type=float, default=1.0,
                    help="learning curve: train each fold on this share of its gold training pages (see subset)")
    ap.add_argument("--silver", type=int, default=0, metavar="N",
                    help="add silver pages from wcxb-dev (first N eligible pages; -1 = all; see silver.py)")
    ap.add_argument("--silver-weight", type=float, default=0.3, help="sample weight of silver lines (gold = 1)")
    ap.add_argument("--silver-mode", choices=("full", "keepdrop"), default="full",
                    help="silver lines keep HTML mode's label (full) or only whether they are boilerplate")
    ap.add_argument("--rules", choices=("none", "first", "reason", "final"), default="none",
                    help="rule-verdict features: rules-only first-pass label (first), plus its reason (reason), "
                         "or the rules-only final label (final)")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    pages = load_pages(args.corpora, args.bits, args.rules)
    print(f"{len(pages)} pages, {sum(len(p.lines) for p in pages)} lines, features in {time.time() - t0:.1f}s")
    extra: list[Page] = []
    if not args.no_extra:
        extra = load_extra(args.extra, args.bits, args.extra_weight)
        print(f"extra: {len(extra)} pages, {sum(len(p.lines) for p in extra)} lines (weight {args.extra_weight})")
    if args.silver:
        t0 = time.time()
        extra += load_silver(args.corpora, None if args.silver < 0 else args.silver, args.bits, args.rules,
                            args.silver_weight, args.silver_mode)
        print(f"silver: {len(extra)} page dumps, {sum(int((p.y >= 0).sum()) for p in extra)} labelled lines"
              f" (weight {args.silver_weight}), {time.time() - t0:.0f}s", flush=True)
    if not args.no_cv:
        cross_validate(pages, extra, args)
    if not args.no_write:
        line, seq = train_all(pages, extra, args)
        export(line, seq, args, args.out)


if __name__ == "__main__":
    main()
