"""Line-label benchmark of ``boilerstrip.strip_text`` on labelled-dev and the seed page.

    python -m benchmarks.labelled [--corpora P] [--show N] [--json OUT]

Scoring follows ``labelled-dev/README.md``: the input is the file's lines joined by ``"\\n"`` (so
line n of the input is line n of the file); each line gets the label of the block whose
``lines`` span covers it (a line no block covers counts as ``other`` and as a warning).
Label accuracy, keep/drop accuracy (keep = content or title) and keep precision/recall are given
over all lines (micro) and as the mean of per-page figures (macro), overall, by converter and by
page type, plus a truth x predicted confusion matrix. The seed page is fed as is; its line
numbers count all lines, blank ones included, and only the labelled lines are scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boilerstrip import Label

from .corpora import add_corpora_arg, load_labelled, load_seed
from .scoring import normalize_ws

LABELS = tuple(label.value for label in Label)  # the vocabulary, in the order the tables print it
KEEP = frozenset({"content", "title"})
UNCOVERED = "other"
TRUNCATE = 100


@dataclass
class LinePrediction:
    """Per-line labels and reasons of one strip_text run, and the warnings met mapping blocks to lines."""

    labels: list[str]
    reasons: list[str]
    warnings: list[str] = field(default_factory=list)


def predict_lines(strip_text: Callable[[str], Any], text: str) -> LinePrediction:
    """Run ``strip_text(text)`` and give every line of ``text.split("\\n")`` the label of its block.

    A line that no block covers gets ``other`` with reason ``"(no block)"``; blank lines are not
    reported as uncovered (they may fall inside no block). Overlapping spans and blocks without
    ``lines`` are reported as warnings (the later block wins on an overlap).
    """
    lines = text.split("\n")
    labels: list[str | None] = [None] * len(lines)
    reasons = ["(no block)"] * len(lines)
    warnings: list[str] = []
    result = strip_text(text)
    for block in result.blocks:
        span = getattr(block, "lines", None)
        if span is None:
            warnings.append(f"block {getattr(block, 'index', '?')} has no line span")
            continue
        start, end = span
        if not 0 <= start <= end <= len(lines):
            warnings.append(f"block span {start}-{end} outside 0-{len(lines)}")
        for i in range(max(0, start), min(end, len(lines))):
            if labels[i] is not None:
                warnings.append(f"line {i} covered by two blocks")
            labels[i] = block.label.value
            reasons[i] = block.reason
    out: list[str] = []
    for i, lab in enumerate(labels):
        if lab is None:
            if lines[i].strip():
                warnings.append(f"line {i} covered by no block")
            lab = UNCOVERED
        out.append(lab)
    return LinePrediction(out, reasons, warnings)


@dataclass
class PageScore:
    """Truth and prediction of the scored lines of one page."""

    id: str
    page_type: str
    converter: str
    line_numbers: list[int]
    texts: list[str]
    truth: list[str]
    pred: list[str]
    reasons: list[str]
    warnings: list[str]

    @property
    def n(self) -> int:
        """Number of scored lines."""
        return len(self.truth)

    @property
    def label_correct(self) -> int:
        """Lines whose predicted label equals the truth."""
        return sum(t == p for t, p in zip(self.truth, self.pred, strict=True))

    @property
    def keep_counts(self) -> tuple[int, int, int, int]:
        """``(agree, tp, fp, fn)`` of keep (content/title) vs drop."""
        agree = tp = fp = fn = 0
        for t, p in zip(self.truth, self.pred, strict=True):
            tk, pk = t in KEEP, p in KEEP
            agree += tk == pk
            tp += tk and pk
            fp += pk and not tk
            fn += tk and not pk
        return agree, tp, fp, fn

    @property
    def label_acc(self) -> float:
        """Label accuracy of the page."""
        return self.label_correct / self.n if self.n else 0.0

    @property
    def keep_acc(self) -> float:
        """Keep/drop accuracy of the page."""
        return self.keep_counts[0] / self.n if self.n else 0.0


def score_lines(
    page_id: str,
    page_type: str,
    converter: str,
    text: str,
    truth: dict[int, str],
    strip_text: Callable[[str], Any],
) -> PageScore:
    """Predict ``text`` and compare on the line numbers in ``truth`` (``{line: label}``)."""
    pred = predict_lines(strip_text, text)
    lines = text.split("\n")
    nums = sorted(truth)
    return PageScore(
        page_id,
        page_type,
        converter,
        nums,
        [lines[i] if i < len(lines) else "" for i in nums],
        [truth[i] for i in nums],
        [pred.labels[i] if i < len(pred.labels) else UNCOVERED for i in nums],
        [pred.reasons[i] if i < len(pred.reasons) else "(no line)" for i in nums],
        pred.warnings,
    )


def score_labelled(root: Path, strip_text: Callable[[str], Any]) -> list[PageScore]:
    """Score every labelled-dev page (input = its lines joined by ``"\\n"``)."""
    return [
        score_lines(
            p.id,
            p.page_type,
            p.converter,
            p.text(),
            dict(enumerate(p.labels)),
            strip_text,
        )
        for p in load_labelled(root)
    ]


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def group_figures(pages: Sequence[PageScore]) -> dict[str, Any]:
    """Micro and macro label accuracy, keep accuracy and keep precision/recall of ``pages``."""
    n = sum(p.n for p in pages)
    counts = [p.keep_counts for p in pages]
    tp, fp, fn = (sum(c[i] for c in counts) for i in (1, 2, 3))
    return {
        "pages": len(pages),
        "lines": n,
        "label_acc_micro": _ratio(sum(p.label_correct for p in pages), n),
        "label_acc_macro": _mean(p.label_acc for p in pages),
        "keep_acc_micro": _ratio(sum(c[0] for c in counts), n),
        "keep_acc_macro": _mean(p.keep_acc for p in pages),
        "keep_p_micro": _ratio(tp, tp + fp),
        "keep_r_micro": _ratio(tp, tp + fn),
        "keep_p_macro": _mean(_ratio(c[1], c[1] + c[2]) for c in counts),
        "keep_r_macro": _mean(_ratio(c[1], c[1] + c[3]) for c in counts),
    }


def _f(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"


def figures_table(pages: Sequence[PageScore], by_group: bool = True) -> str:
    """Markdown table of :func:`group_figures`: all pages, then (``by_group``) each converter and page type."""
    groups: list[tuple[str, list[PageScore]]] = [("all", list(pages))]
    for conv in sorted({p.converter for p in pages} if by_group else ()):
        groups.append((f"converter={conv}", [p for p in pages if p.converter == conv]))
    for ptype in sorted({p.page_type for p in pages} if by_group else ()):
        groups.append((f"type={ptype}", [p for p in pages if p.page_type == ptype]))
    cols = [
        "label_acc_micro",
        "label_acc_macro",
        "keep_acc_micro",
        "keep_acc_macro",
        "keep_p_micro",
        "keep_r_micro",
        "keep_p_macro",
        "keep_r_macro",
    ]
    head = ["group", "pages", "lines", "label acc", "label acc (macro)", "keep acc", "keep acc (macro)"]
    head += ["keep P", "keep R", "keep P (macro)", "keep R (macro)"]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for name, grp in groups:
        fig = group_figures(grp)
        out.append(f"| {name} | {fig['pages']} | {fig['lines']} | " + " | ".join(_f(fig[c]) for c in cols) + " |")
    return "\n".join(out)


def confusion(pages: Sequence[PageScore]) -> Counter[tuple[str, str]]:
    """``(truth, predicted) -> lines`` over all pages."""
    return Counter((t, p) for page in pages for t, p in zip(page.truth, page.pred, strict=True))


def confusion_table(pages: Sequence[PageScore]) -> str:
    """Markdown confusion matrix, truth rows x predicted columns, with row totals and recall."""
    cm = confusion(pages)
    labels = list(LABELS) + sorted({x for pair in cm for x in pair} - set(LABELS))
    head = ["truth \\ pred", *(lab[:5] for lab in labels), "total", "recall"]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for t in labels:
        row = [cm[(t, p)] for p in labels]
        total = sum(row)
        if not total:
            continue
        cells = [str(c) if c else "." for c in row]
        out.append(f"| {t} | " + " | ".join(cells) + f" | {total} | {cm[(t, t)] / total:.2f} |")
    return "\n".join(out)


def _clip(text: str, width: int = TRUNCATE) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def wrong_lines(page: PageScore, limit: int | None = None) -> list[str]:
    """``n  truth -> predicted  (reason)  text`` for each wrongly labelled line."""
    out = []
    for n, text, t, p, why in zip(page.line_numbers, page.texts, page.truth, page.pred, page.reasons, strict=True):
        if t != p:
            keep = "  KEEP/DROP WRONG" if (t in KEEP) != (p in KEEP) else ""
            out.append(f"  {n:>4} {t:>13} -> {p:<13} ({why}){keep}\n         {_clip(text)!r}")
    return out[:limit] if limit is not None else out


def print_report(pages: Sequence[PageScore], seeds: Sequence[PageScore], show: int) -> None:
    """Print the labelled-dev tables, the worst pages and the seed page."""
    print(f"### labelled-dev ({len(pages)} pages, {sum(p.n for p in pages)} lines)\n")
    print(figures_table(pages))
    print("\nconfusion (truth rows x predicted columns, column names cut to 5 letters):\n")
    print(confusion_table(pages))
    warn = [(p.id, w) for p in pages for w in p.warnings]
    if warn:
        print(f"\nwarnings: {len(warn)} (uncovered lines are scored as 'other'); first ones:")
        for pid, w in warn[:10]:
            print(f"  {pid}: {w}")
    print("\nper page:\n")
    print("| id | type | converter | lines | label acc | keep acc |")
    print("|---|---|---|---:|---:|---:|")
    for p in sorted(pages, key=lambda p: p.label_acc):
        print(f"| {p.id} | {p.page_type} | {p.converter} | {p.n} | {p.label_acc:.3f} | {p.keep_acc:.3f} |")
    for p in sorted(pages, key=lambda p: p.label_acc)[:show]:
        print(f"\n#### {p.id} ({p.page_type}, {p.converter}): label acc {p.label_acc:.3f}, keep acc {p.keep_acc:.3f}")
        print("\n".join(wrong_lines(p)))
    for s in seeds:
        print(f"\n### seed {s.id} ({s.n} labelled lines)\n")
        print(figures_table([s], by_group=False))
        bad = wrong_lines(s)
        print(f"\nwrong lines: {len(bad)}")
        print("\n".join(bad))
        for w in s.warnings:
            print(f"  warning: {w}")


def score_seeds(root: Path, strip_text: Callable[[str], Any]) -> tuple[list[PageScore], list[bool]]:
    """Score the seed page(s); also whether ``result.text`` is exactly the content lines (whitespace-normalised)."""
    scores, exact = [], []
    for seed in load_seed(root):
        scores.append(score_lines(seed.id, "article", "seed", seed.text, seed.labels, strip_text))
        lines = seed.text.split("\n")
        want = normalize_ws(" ".join(lines[i] for i, lab in sorted(seed.labels.items()) if lab == "content"))
        exact.append(normalize_ws(strip_text(seed.text).text) == want)
    return scores, exact


def page_to_json(p: PageScore) -> dict[str, Any]:
    """JSON-ready per-line record of a page."""
    return {
        "id": p.id,
        "page_type": p.page_type,
        "converter": p.converter,
        "label_acc": p.label_acc,
        "keep_acc": p.keep_acc,
        "warnings": p.warnings,
        "lines": [
            {"n": n, "truth": t, "pred": pr, "reason": r}
            for n, t, pr, r in zip(p.line_numbers, p.truth, p.pred, p.reasons, strict=True)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.labelled``."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.labelled", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print the wrong lines of the N worst pages")
    ap.add_argument("--json", type=Path, default=None, metavar="OUT", help="dump per-line predictions")
    args = ap.parse_args(argv)

    import boilerstrip

    pages = score_labelled(args.corpora, boilerstrip.strip_text)
    seeds, exact = score_seeds(args.corpora, boilerstrip.strip_text)
    print_report(pages, seeds, args.show)
    for s, ok in zip(seeds, exact, strict=True):
        print(f"\nseed {s.id}: result.text == content lines (whitespace-normalised): {'yes' if ok else 'NO'}")
    if args.json:
        dump = {
            "overall": group_figures(pages),
            "pages": [page_to_json(p) for p in pages],
            "seed": [page_to_json(s) | {"text_exact": ok} for s, ok in zip(seeds, exact, strict=True)],
        }
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
