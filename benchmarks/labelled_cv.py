"""Held-out (grouped 8-fold) line-label benchmark of the WHOLE text-mode pipeline on labelled-dev.

    python -m benchmarks.labelled_cv [--corpora P] [--folds K] [--examples N] [--no-extra] [--train-fraction F]

``python -m benchmarks.labelled`` scores ``boilerstrip.strip_text`` with the shipped line model, which was trained
on those very pages: that figure is in-sample. Here every page is scored with a line model that never saw it:

1. the folds, the features and the training are ``training/train_lines.py``'s own (``load_pages``, ``folds_of``,
   ``load_extra`` and ``train_all`` with the shipped defaults -- every fold also trains on the 36 extra gold pages
   of ``training/labelled-extra``, never scored; ``--no-extra`` leaves them out -- and ``export`` of the weights
   dict in the ``linemodel.json`` format, written to a temporary directory outside the package and read back), so
   each fold's model (line stage and sequence stage) is exactly what the trainer makes for that fold;
2. ``boilerstrip._linemodel._model`` is swapped (in this process only) for a function returning a ``_Model`` built
   from that fold's weights, and ``strip_text`` is run on the fold's held-out pages; the original is restored
   afterwards.

Scoring is ``benchmarks.labelled``'s (``score_lines``, ``group_figures``, ``confusion``). Systems compared on the
same folds:

- ``line model (trainer)``: argmax of the trainer's unpruned fold model, sequence stage included (the trainer's own
  held-out report);
- ``line model``: argmax of ``_linemodel.predict_lines`` with the exported (pruned, rounded) fold weights;
- ``rules only``: the pipeline with the line model switched off (a zero-weight model: every probability is 1/14,
  below any ``min_model_confidence``; ``Options(min_model_confidence=1.0)`` does not switch it off, because a
  softmax can round to exactly 1.0 -- the number of such lines is printed);
- ``pipeline``: the full pipeline with the fold's weights (the honest held-out figure);
- ``pipeline (in-sample)``: the full pipeline with the shipped weights, i.e. ``benchmarks.labelled``'s figure.

Needs numpy (the ``train`` extra); scipy makes the training faster. About 2-4 minutes on 2 busy cores.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from .corpora import REPO_ROOT, LabelledPage, add_corpora_arg, load_labelled
from .labelled import KEEP, PageScore, confusion, group_figures, score_lines

# The trainer's defaults (training/train_lines.py main()): the settings of the shipped weights.
TRAIN_DEFAULTS: dict[str, Any] = {
    "bits": 18,
    "l2": 1e-4,
    "iters": 100,
    "lr": 0.1,
    "prune": 0.005,
    "alpha": 0.7,
    "beta": 0.25,
    "phases": 3,
    "no_sequence": False,
}
SYSTEMS = ("line model (trainer)", "line model", "rules only", "pipeline", "pipeline (in-sample)")
TRUNCATE = 110
_REASON_NUM = re.compile(r"\s*\(?\d+%\)?")


def load_trainer() -> ModuleType:
    """``training/train_lines.py`` as a module (it puts ``training/`` on ``sys.path`` for its ``silver`` import)."""
    path = REPO_ROOT / "training" / "train_lines.py"
    spec = importlib.util.spec_from_file_location("train_lines", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_lines"] = module
    spec.loader.exec_module(module)
    return module


def exported_weights(trainer: ModuleType, line: Any, seq: Any, args: argparse.Namespace) -> dict[str, Any]:
    """The weights dict ``train_lines.export`` writes for ``line`` and ``seq`` (via a temporary file outside the
    package)."""
    with tempfile.TemporaryDirectory(prefix="boilerstrip-cv-") as tmp:
        path = Path(tmp) / "linemodel.json"
        with contextlib.redirect_stdout(io.StringIO()):
            trainer.export(line, seq, args, path)
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@contextlib.contextmanager
def swapped_model(model: Any) -> Iterator[None]:
    """Make ``boilerstrip._linemodel`` use ``model`` (a ``_Model``) until the block ends."""
    from boilerstrip import _linemodel as LM

    saved = LM._model
    saved.cache_clear()
    LM._model = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        LM._model = saved
        saved.cache_clear()


def null_model() -> Any:
    """A ``_Model`` with zero weights: every line gets probability 1/14 for every label, so it never decides."""
    from boilerstrip import _linemodel as LM

    return LM._Model({"labels": list(LM.LABELS), "feature_version": LM.FEATURE_VERSION, "bits": 18,
                      "bias": [0.0] * len(LM.LABELS), "weights": {}})


def score_pipeline(page: LabelledPage, strip_text: Callable[[str], Any]) -> PageScore:
    """``benchmarks.labelled``'s scoring of one page."""
    return score_lines(page.id, page.page_type, page.converter, page.text(), dict(enumerate(page.labels)),
                       strip_text)


def score_labels(page: LabelledPage, pred: Sequence[str], reason: str) -> PageScore:
    """A :class:`PageScore` for per-line labels that come from elsewhere than ``strip_text``."""
    n = len(page.lines)
    return PageScore(page.id, page.page_type, page.converter, list(range(n)), list(page.lines), list(page.labels),
                     list(pred), [reason] * n, [])


def run(corpora: Path, k: int, train_fraction: float = 1.0, extra_dir: Path | None = None,
        extra_weight: float = 1.0) -> tuple[dict[str, list[PageScore]], dict[str, int]]:
    """Score every system on every page; also some counts (one-hot model probabilities, timings).

    ``train_fraction`` < 1 trains each fold on that share of its training pages (``train_lines.subset``: the
    learning curve); ``extra_dir`` adds extra gold pages (``train_lines.load_extra``) to every fold's training side
    (they are never scored)."""
    import boilerstrip
    from boilerstrip import _linemodel as LM

    trainer = load_trainer()
    args = argparse.Namespace(**TRAIN_DEFAULTS)
    t0 = time.time()
    tpages = trainer.load_pages(corpora, args.bits)
    extra = [] if extra_dir is None else trainer.load_extra(extra_dir, args.bits, extra_weight)
    pages = {p.id: p for p in load_labelled(corpora)}
    if sorted(pages) != sorted(p.id for p in tpages):
        raise ValueError("the trainer and benchmarks.corpora read different labelled-dev pages")
    print(f"{len(tpages)} pages, {sum(len(p.lines) for p in tpages)} lines, features in {time.time() - t0:.1f}s",
          file=sys.stderr, flush=True)
    scores: dict[str, dict[str, PageScore]] = {name: {} for name in SYSTEMS}
    counts: Counter[str] = Counter()
    for f, fold in enumerate(trainer.folds_of(tpages, k)):
        t0 = time.time()
        train = trainer.subset([p for i, p in enumerate(tpages) if i not in fold], train_fraction)
        line, seq = trainer.train_all(train, extra, args)
        model = LM._Model(exported_weights(trainer, line, seq, args))
        held = [tpages[i] for i in fold]
        for tp in held:
            page = pages[tp.id]
            own = trainer.predict_page(tp, line, seq)[1].argmax(axis=1)
            scores["line model (trainer)"][tp.id] = score_labels(page, [LM.LABELS[int(c)] for c in own], "trainer")
        with swapped_model(model):
            for tp in held:
                page = pages[tp.id]
                preds = LM.predict_lines(page.lines)
                counts["one-hot lines"] += sum(prob >= 1.0 for _, prob, _ in preds)
                counts["confident lines"] += sum(prob >= 0.5 for _, prob, _ in preds)
                scores["line model"][tp.id] = score_labels(page, [lab for lab, _, _ in preds], "line model")
                scores["pipeline"][tp.id] = score_pipeline(page, boilerstrip.strip_text)
        print(f"  fold {f}: {[tp.id for tp in held]} {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
    with swapped_model(null_model()):
        for page in pages.values():
            scores["rules only"][page.id] = score_pipeline(page, boilerstrip.strip_text)
    for page in pages.values():
        scores["pipeline (in-sample)"][page.id] = score_pipeline(page, boilerstrip.strip_text)
    order = sorted(pages)
    return {name: [by_id[pid] for pid in order] for name, by_id in scores.items()}, dict(counts)


def _f(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"


def comparison_table(scores: dict[str, list[PageScore]]) -> str:
    """One markdown table: per group (all, each converter, each page type) one row per system."""
    pages = scores["pipeline"]
    groups: list[tuple[str, set[str]]] = [("all", {p.id for p in pages})]
    for conv in sorted({p.converter for p in pages}):
        groups.append((conv, {p.id for p in pages if p.converter == conv}))
    for ptype in sorted({p.page_type for p in pages}):
        groups.append((ptype, {p.id for p in pages if p.page_type == ptype}))
    cols = ["label_acc_micro", "label_acc_macro", "keep_acc_micro", "keep_acc_macro", "keep_p_micro",
            "keep_r_micro", "keep_p_macro", "keep_r_macro"]
    head = ["group", "pages", "lines", "system", "label acc", "label acc (macro)", "keep acc", "keep acc (macro)",
            "keep P", "keep R", "keep P (macro)", "keep R (macro)"]
    out = ["| " + " | ".join(head) + " |", "|---|---:|---:|---|" + "---:|" * (len(head) - 4)]
    for name, ids in groups:
        for k, system in enumerate(SYSTEMS):
            fig = group_figures([p for p in scores[system] if p.id in ids])
            lead = f"| {name} | {fig['pages']} | {fig['lines']} |" if k == 0 else "| | | |"
            out.append(f"{lead} {system} | " + " | ".join(_f(fig[c]) for c in cols) + " |")
    return "\n".join(out)


def _clip(text: str, width: int = TRUNCATE) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def top_errors(pages: Sequence[PageScore], top: int, examples: int) -> str:
    """The ``top`` most frequent (truth -> predicted) errors with ``examples`` lines each (spread over pages)."""
    cm = confusion(pages)
    errors = [(pair, n) for pair, n in cm.most_common() if pair[0] != pair[1]][:top]
    wrong = sum(n for (t, p), n in cm.items() if t != p)
    out = [f"{wrong} wrong lines of {sum(cm.values())}; top {len(errors)} (truth -> predicted):"]
    for (t, p), n in errors:
        flip = "  KEEP/DROP WRONG" if (t in KEEP) != (p in KEEP) else ""
        why_n = Counter(_REASON_NUM.sub("", why).strip() for page in pages
                        for tt, pp, why in zip(page.truth, page.pred, page.reasons, strict=True) if (tt, pp) == (t, p))
        whys = "; ".join(f"{why} {c}" for why, c in why_n.most_common(3))
        out.append(f"\n  {t} -> {p}: {n} lines{flip}\n    final reasons: {whys}")
        hits = [(page.id, num, text, why) for page in pages
                for num, text, tt, pp, why in zip(page.line_numbers, page.texts, page.truth, page.pred,
                                                  page.reasons, strict=True) if (tt, pp) == (t, p)]
        picked: list[tuple[str, int, str, str]] = []
        for hit in hits:  # one per page first, then fill up in page order
            if len(picked) < examples and hit[0] not in {h[0] for h in picked}:
                picked.append(hit)
        picked += [h for h in hits if h not in picked][: examples - len(picked)]
        out.extend(f"    {pid}:{num:<4} ({why}) {_clip(text)!r}" for pid, num, text, why in picked)
    return "\n".join(out)


def agreement(model: Sequence[PageScore], pipe: Sequence[PageScore]) -> str:
    """How often the pipeline and the line model alone are right on the same lines."""
    c: Counter[tuple[bool, bool]] = Counter()
    for m, p in zip(model, pipe, strict=True):
        for t, a, b in zip(m.truth, m.pred, p.pred, strict=True):
            c[(a == t, b == t)] += 1
    lost: Counter[str] = Counter()
    for m, p in zip(model, pipe, strict=True):
        for t, a, b, why in zip(m.truth, m.pred, p.pred, p.reasons, strict=True):
            if a == t != b:
                lost[_REASON_NUM.sub("", why).strip()] += 1
    top = "; ".join(f"{why} {n}" for why, n in lost.most_common(6))
    return (f"line model vs pipeline (held-out): both right {c[(True, True)]}, only pipeline right "
            f"{c[(False, True)]}, only model right {c[(True, False)]}, both wrong {c[(False, False)]}\n"
            f"final reasons where the pipeline undoes a right model label: {top}")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.labelled_cv``."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.labelled_cv", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    ap.add_argument("--folds", type=int, default=8, help="grouped folds, as the trainer (default 8)")
    ap.add_argument("--train-fraction", type=float, default=1.0,
                    help="learning curve: train each fold on this share of its training pages (default 1)")
    ap.add_argument("--extra", type=Path, default=REPO_ROOT / "training" / "labelled-extra", metavar="DIR",
                    help="extra gold pages (labelled-dev format) added to every fold's training side, as the "
                         "trainer does by default (default: training/labelled-extra)")
    ap.add_argument("--no-extra", action="store_true", help="train the folds on labelled-dev pages alone")
    ap.add_argument("--extra-weight", type=float, default=1.0, help="sample weight of the extra pages' lines")
    ap.add_argument("--top", type=int, default=10, help="most frequent errors of the held-out pipeline to list")
    ap.add_argument("--examples", type=int, default=2, help="example lines per listed error")
    args = ap.parse_args(argv)
    t0 = time.time()
    extra = None if args.no_extra else args.extra
    scores, counts = run(args.corpora, args.folds, args.train_fraction, extra, args.extra_weight)
    pages = scores["pipeline"]
    print(f"### labelled-dev, held-out ({args.folds}-fold grouped by page, the trainer's folds): "
          f"{len(pages)} pages, {sum(p.n for p in pages)} lines\n")
    print(comparison_table(scores))
    print(f"\n{agreement(scores['line model'], pages)}")
    print(f"held-out model probabilities: {counts.get('one-hot lines', 0)} lines at exactly 1.0 (the only ones "
          f"Options(min_model_confidence=1.0) would let through), {counts.get('confident lines', 0)} at >= 0.5")
    warn = sum(len(p.warnings) for p in pages)
    if warn:
        print(f"warnings mapping blocks to lines: {warn}")
    print(f"\n### top errors of the held-out pipeline\n\n{top_errors(pages, args.top, args.examples)}")
    print(f"\n({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
