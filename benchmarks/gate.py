"""Quick quality gate for CI: boilerstrip must not fall below the floors in ``floors.json``.

    python -m benchmarks.gate [--corpora P] [--floors benchmarks/floors.json]

Figures: aeb shingle F1 on all 181 pages (HTML mode), wcxb-dev word F1 on a fixed sample (every
7th page by sorted id, 194 pages) and labelled-dev line-label accuracy (micro, text mode). Prints
the figures either way and exits 1 when any is below its floor (2 when the corpora are missing).
Floors are raised by hand, in a commit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .corpora import HtmlPage, add_corpora_arg, load_aeb, load_wcxb, select
from .harness import score_page, summarise
from .labelled import group_figures, score_labelled

FLOORS = Path(__file__).resolve().with_name("floors.json")
WCXB_EVERY = 7


def html_f1(pages: list[HtmlPage], strip_html: Callable[..., Any]) -> tuple[float, int]:
    """Set F1 of ``strip_html`` on ``pages`` and the number of pages that raised."""
    records, errors = [], 0
    for page in pages:
        try:
            text = strip_html(page.raw(), url=page.url).text
        except Exception as exc:  # scored as empty output, and reported
            errors += 1
            print(f"  error on {page.set}/{page.id}: {type(exc).__name__}: {exc}"[:200])
            text = ""
        records.append(score_page(page, text))
    set_name = pages[0].set if pages else "aeb"
    return float(summarise(set_name, records).get("f1", 0.0)), errors


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.gate``."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    ap.add_argument("--floors", type=Path, default=FLOORS, help=f"floors file (default: {FLOORS})")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"corpora not found at {args.corpora}", file=sys.stderr)
        return 2
    floors = json.loads(args.floors.read_text(encoding="utf-8"))

    import boilerstrip

    t0 = time.perf_counter()
    figures: dict[str, float] = {}
    errors: dict[str, int] = {}
    figures["aeb_f1"], errors["aeb_f1"] = html_f1(load_aeb(args.corpora), boilerstrip.strip_html)
    sample = select(load_wcxb(args.corpora), None, WCXB_EVERY)
    figures["wcxb_sample_f1"], errors["wcxb_sample_f1"] = html_f1(sample, boilerstrip.strip_html)
    try:
        lab = group_figures(score_labelled(args.corpora, boilerstrip.strip_text))
        figures["labelled_label_acc"], errors["labelled_label_acc"] = float(lab["label_acc_micro"] or 0.0), 0
    except Exception as exc:  # a crash in text mode fails the gate with the figure at 0
        print(f"  labelled-dev failed: {type(exc).__name__}: {exc}"[:200])
        figures["labelled_label_acc"], errors["labelled_label_acc"] = 0.0, 1

    failed = []
    print("\n| figure | value | floor | errors | status |\n|---|---:|---:|---:|---|")
    for key, value in figures.items():
        floor = float(floors.get(key, 0.0))
        ok = value >= floor
        if not ok:
            failed.append(key)
        print(f"| {key} | {value:.4f} | {floor:.4f} | {errors[key]} | {'ok' if ok else 'BELOW FLOOR'} |")
    unknown = sorted(set(floors) - set(figures))
    if unknown:
        print(f"unknown floors ignored: {', '.join(unknown)}")
    print(f"\n{len(sample)} wcxb-dev pages (every {WCXB_EVERY}th by id); {time.perf_counter() - t0:.0f} s")
    if failed:
        print(f"GATE FAILED: {', '.join(failed)} below floor")
        return 1
    print("gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
