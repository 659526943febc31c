"""Train the plain-text line classifier (boilerstrip/_linemodel.py) and write boilerstrip/linemodel.json.

Usage (from the repo root, /work/main)::

    /work/venv/bin/python training/train_lines.py                 # grouped-CV report + write the shipped weights
    /work/venv/bin/python training/train_lines.py --no-write      # report only
    /work/venv/bin/python training/train_lines.py --corpora /path/to/corpora --folds 8
    /work/venv/bin/python training/train_lines.py --no-write --silver 300 --silver-weight 0.05   # + silver data
    /work/venv/bin/python training/train_lines.py --no-write --rules first   # + rule-verdict features

Data: ``<corpora>/labelled-dev/*.json`` (32 pages, every line labelled); optionally silver pages from
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
        self.y = np.array([LABEL_INDEX[label] if label else -1 for label in labels], dtype=np.int64)
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


def load_silver(corpora: Path, limit: int | None, bits: int, rules_mode: str, weight: float) -> list[Page]:
    path = silver.build(corpora, limit)
    pages = []
    for rec in silver.load(path):
        if not any(rec["labels"]):
            continue
        page = Page(rec["id"], rec["converter"], rec["page_type"], rec["lines"], rec["labels"], weight,
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
        sel = np.nonzero(p.y >= 0)[0]
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
        Y = np.eye(K)[X.y]
        sw = (X.w / X.w.sum())[:, None]
        W = np.zeros((D, K))

        def grad() -> list[np.ndarray]:
            G = (softmax(A.dot(W) + self.b) - Y) * sw
            return [A.tdot(G) + self.l2 * W, G.sum(axis=0)]

        adam(grad, [W, self.b], self.iters, self.lr)
        self.W[used] = W
        return self

    def predict(self, X: Sparse) -> np.ndarray:
        return softmax(self.scores(X))


def fit_sequence(pages: list[Page], alpha: float, beta: float) -> dict[str, list[Any]]:
    """The sequence stage (see ``_linemodel.forward_backward``) from the label sequences of gold ``pages``.

    Transitions: label bigram counts (+0.5 smoothing), row-normalised, raised to ``alpha``; start weights: the label
    frequencies (+1 smoothing); emission scale: those frequencies raised to ``-beta``.
    """
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


def apply_sequence(probs: np.ndarray, seq: dict[str, list[Any]] | None) -> np.ndarray:
    """The sequence stage's marginals, computed by the package's own code (so trainer and package agree)."""
    if seq is None:
        return probs
    return np.array(LM.forward_backward(probs.tolist(), seq["trans"], seq["emission_scale"], seq["start"]))


def folds_of(pages: list[Page], k: int) -> list[list[int]]:
    """Round-robin over pages sorted by id: deterministic, spreads converters and page types."""
    order = sorted(range(len(pages)), key=lambda i: pages[i].id)
    return [[order[j] for j in range(f, len(order), k)] for f in range(k)]


def fit_line(pages: list[Page], args: argparse.Namespace) -> LineModel:
    return LineModel(args.bits, args.l2, args.iters, args.lr).fit(stack(pages))


def fit_seq(pages: list[Page], args: argparse.Namespace) -> dict[str, list[Any]] | None:
    return None if args.no_sequence else fit_sequence(pages, args.alpha, args.beta)


def train_all(pages: list[Page], extra: list[Page],
              args: argparse.Namespace) -> tuple[LineModel, dict[str, list[Any]] | None]:
    """The line stage on ``pages`` + ``extra`` (silver); the sequence stage on the gold ``pages`` only."""
    return fit_line(pages + extra, args), fit_seq(pages, args)


def predict_page(page: Page, line: LineModel,
                 seq: dict[str, list[Any]] | None) -> tuple[np.ndarray, np.ndarray]:
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
        train = [p for i, p in enumerate(pages) if i not in fold]
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

def export(line: LineModel, seq: dict[str, list[Any]] | None, args: argparse.Namespace, path: Path) -> None:
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
    ap.add_argument("--alpha", type=float, default=0.5, help="sequence stage: exponent of the transition matrix")
    ap.add_argument("--beta", type=float, default=0.25, help="sequence stage: exponent of the label prior divided out")
    ap.add_argument("--no-sequence", action="store_true", help="ship the line stage only")
    ap.add_argument("--folds", type=int, default=8)
    ap.add_argument("--prune", type=float, default=0.005)
    ap.add_argument("--silver", type=int, default=0, metavar="N",
                    help="add silver pages from wcxb-dev (first N eligible pages; -1 = all; see silver.py)")
    ap.add_argument("--silver-weight", type=float, default=0.3, help="sample weight of silver lines (gold = 1)")
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
    if args.silver:
        t0 = time.time()
        extra = load_silver(args.corpora, None if args.silver < 0 else args.silver, args.bits, args.rules,
                            args.silver_weight)
        print(f"silver: {len(extra)} page dumps, {sum(int((p.y >= 0).sum()) for p in extra)} labelled lines"
              f" (weight {args.silver_weight}), {time.time() - t0:.0f}s", flush=True)
    if not args.no_cv:
        cross_validate(pages, extra, args)
    if not args.no_write:
        line, seq = train_all(pages, extra, args)
        export(line, seq, args, args.out)


if __name__ == "__main__":
    main()
