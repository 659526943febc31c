"""Train the plain-text line classifier (boilerstrip/_linemodel.py) and write boilerstrip/linemodel.json.

Usage (from the repo root, /work/main)::

    /work/venv/bin/python training/train_lines.py                 # grouped-CV report + write the shipped weights
    /work/venv/bin/python training/train_lines.py --no-write      # report only
    /work/venv/bin/python training/train_lines.py --corpora /path/to/corpora --folds 8

Data: ``<corpora>/labelled-dev/*.json`` (32 pages, every line labelled). Held-out figures come from grouped k-fold by
page (each page is a different site): a page is scored only by models that never saw it, and the context stage is
trained on out-of-fold line-stage probabilities made by an inner grouped k-fold, so no test page leaks in.

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

from boilerstrip import _linemodel as LM  # noqa: E402

K = len(LM.LABELS)
LABEL_INDEX = {label: k for k, label in enumerate(LM.LABELS)}
KEEP = np.array([label in ("content", "title") for label in LM.LABELS])


# ----------------------------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------------------------

class Page:
    def __init__(self, pid: str, converter: str, page_type: str, lines: list[str], labels: list[str]) -> None:
        self.id = pid
        self.converter = converter
        self.page_type = page_type
        self.lines = lines
        self.y = np.array([LABEL_INDEX[label] for label in labels], dtype=np.int64)
        self.feats: list[list[int]] = []


def load_pages(corpora: Path, bits: int) -> list[Page]:
    pages = []
    for path in sorted((corpora / "labelled-dev").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        lines = [ln["text"] for ln in d["lines"]]
        assert all(line.strip() for line in lines)
        page = Page(d["id"], d["converter"], d["page_type"], lines, [ln["label"] for ln in d["lines"]])
        page.feats = LM.hashed_features(lines, bits)
        assert len(page.feats) == len(lines)
        pages.append(page)
    return pages


class Sparse:
    """A binary CSR matrix: row r has columns indices[indptr[r]:indptr[r+1]]."""

    def __init__(self, feats: list[list[int]]) -> None:
        lengths = np.array([len(f) for f in feats], dtype=np.int64)
        assert lengths.min() > 0
        self.indptr = np.concatenate([[0], np.cumsum(lengths)])
        self.indices = np.fromiter((c for f in feats for c in f), dtype=np.int64, count=int(lengths.sum()))
        self.rows = np.repeat(np.arange(len(feats)), lengths)
        self.n = len(feats)


def stack(pages: list[Page]) -> tuple[Sparse, np.ndarray]:
    feats = [f for p in pages for f in p.feats]
    return Sparse(feats), np.concatenate([p.y for p in pages])


# ----------------------------------------------------------------------------------------------------------------
# models
# ----------------------------------------------------------------------------------------------------------------

def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


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


class LineModel:
    """Stage 1: multinomial logistic regression over hashed binary features."""

    def __init__(self, bits: int, l2: float, iters: int, lr: float) -> None:
        self.bits, self.l2, self.iters, self.lr = bits, l2, iters, lr
        self.W = np.zeros((1 << bits, K))
        self.b = np.zeros(K)

    def scores(self, X: Sparse) -> np.ndarray:
        return np.add.reduceat(self.W[X.indices], X.indptr[:-1], axis=0) + self.b

    def fit(self, X: Sparse, y: np.ndarray) -> LineModel:
        # Train over the buckets that occur only (compact columns), then scatter back into the full table.
        used, compact = np.unique(X.indices, return_inverse=True)
        indices = compact.reshape(-1)
        Y = np.eye(K)[y]
        n = X.n
        D = len(used)
        WT = np.zeros((K, D))  # label-major: np.take along axis 1 is much faster than row gathers

        def grad() -> list[np.ndarray]:
            S = np.take(WT, indices, axis=1)
            scores = np.stack([np.bincount(X.rows, weights=S[k], minlength=n) for k in range(K)], axis=1) + self.b
            G = (softmax(scores) - Y) / n
            Gr = np.take(np.ascontiguousarray(G.T), X.rows, axis=1)
            gW = np.stack([np.bincount(indices, weights=Gr[k], minlength=D) for k in range(K)])
            gW += self.l2 * WT
            return [gW, G.sum(axis=0)]

        adam(grad, [WT, self.b], self.iters, self.lr)
        W = WT.T
        self.W[used] = W
        return self

    def predict(self, X: Sparse) -> np.ndarray:
        return softmax(self.scores(X))


class ContextModel:
    """Stage 2: dense multinomial logistic regression over LM.context_features."""

    def __init__(self, l2: float, iters: int, lr: float) -> None:
        self.l2, self.iters, self.lr = l2, iters, lr
        self.W = np.zeros((0, K))
        self.b = np.zeros(K)

    def fit(self, X: np.ndarray, y: np.ndarray) -> ContextModel:
        Y = np.eye(K)[y]
        n = X.shape[0]
        self.W = np.zeros((X.shape[1], K))

        def grad() -> list[np.ndarray]:
            G = (softmax(X @ self.W + self.b) - Y) / n
            return [X.T @ G + self.l2 * self.W, G.sum(axis=0)]

        adam(grad, [self.W, self.b], self.iters, self.lr)
        return self

    def predict(self, X: np.ndarray) -> np.ndarray:
        return softmax(X @ self.W + self.b)


def context_matrix(probs: np.ndarray) -> np.ndarray:
    return np.array(LM.context_features(probs.tolist()), dtype=np.float64)


def folds_of(pages: list[Page], k: int) -> list[list[int]]:
    """Round-robin over pages sorted by id: deterministic, spreads converters and page types."""
    order = sorted(range(len(pages)), key=lambda i: pages[i].id)
    return [[order[j] for j in range(f, len(order), k)] for f in range(k)]


def oof_line_probs(pages: list[Page], args: argparse.Namespace, k: int) -> list[np.ndarray]:
    """Out-of-fold stage-1 probabilities for every page (grouped k-fold over ``pages``)."""
    out: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for fold in folds_of(pages, k):
        train = [p for i, p in enumerate(pages) if i not in fold]
        X, y = stack(train)
        model = LineModel(args.bits, args.l2, args.iters, args.lr).fit(X, y)
        for i in fold:
            out[i] = model.predict(Sparse(pages[i].feats))
    return out


def train_all(pages: list[Page], args: argparse.Namespace) -> tuple[LineModel, ContextModel | None]:
    X, y = stack(pages)
    line = LineModel(args.bits, args.l2, args.iters, args.lr).fit(X, y)
    if not args.context:
        return line, None
    oof = oof_line_probs(pages, args, args.inner_folds)
    C = np.concatenate([context_matrix(p) for p in oof])
    ctx = ContextModel(args.ctx_l2, args.ctx_iters, args.ctx_lr).fit(C, y)
    return line, ctx


def predict_page(page: Page, line: LineModel, ctx: ContextModel | None) -> tuple[np.ndarray, np.ndarray]:
    p1 = line.predict(Sparse(page.feats))
    p2 = ctx.predict(context_matrix(p1)) if ctx is not None else p1
    return p1, p2


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


def cross_validate(pages: list[Page], args: argparse.Namespace) -> None:
    pred1: dict[str, np.ndarray] = {}
    pred2: dict[str, np.ndarray] = {}
    for f, fold in enumerate(folds_of(pages, args.folds)):
        t0 = time.time()
        train = [p for i, p in enumerate(pages) if i not in fold]
        line, ctx = train_all(train, args)
        for i in fold:
            p1, p2 = predict_page(pages[i], line, ctx)
            pred1[pages[i].id] = p1.argmax(axis=1)
            pred2[pages[i].id] = p2.argmax(axis=1)
        print(f"  fold {f}: {[pages[i].id for i in fold]} {time.time() - t0:.0f}s", flush=True)
    report(pages, pred1, f"held-out ({args.folds}-fold by page), line stage only")
    if args.context:
        report(pages, pred2, f"held-out ({args.folds}-fold by page), line + context stage")
    final = pred2 if args.context else pred1
    per = sorted((float((p.y == final[p.id]).mean()), p.id, p.converter, p.page_type) for p in pages)
    for acc, pid, conv, typ in per:
        print(f"    {acc:.3f} {pid} {conv} {typ}")
    confusion(pages, final)


# ----------------------------------------------------------------------------------------------------------------
# export
# ----------------------------------------------------------------------------------------------------------------

def export(line: LineModel, ctx: ContextModel | None, args: argparse.Namespace, path: Path) -> None:
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
    if ctx is not None:
        data["context"] = {
            "bias": [round(float(v), 4) for v in ctx.b],
            "weights": [[round(float(v), 4) for v in row] for row in ctx.W],
        }
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
    ap.add_argument("--ctx-l2", type=float, default=1e-3)
    ap.add_argument("--ctx-iters", type=int, default=400)
    ap.add_argument("--ctx-lr", type=float, default=0.05)
    ap.add_argument("--folds", type=int, default=8)
    ap.add_argument("--inner-folds", type=int, default=3)
    ap.add_argument("--prune", type=float, default=0.005)
    ap.add_argument("--context", action="store_true", help="also train the context stage (hurt held-out accuracy)")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    pages = load_pages(args.corpora, args.bits)
    print(f"{len(pages)} pages, {sum(len(p.lines) for p in pages)} lines, features in {time.time() - t0:.1f}s")
    if not args.no_cv:
        cross_validate(pages, args)
    if not args.no_write:
        line, ctx = train_all(pages, args)
        export(line, ctx, args, args.out)


if __name__ == "__main__":
    main()
