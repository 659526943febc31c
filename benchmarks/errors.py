"""Error analysis: the worst pages of boilerstrip on a set, with what it missed and what leaked.

    python -m benchmarks.errors --set wcxb-dev [--type forum] [--worst 20] [--mode html|text]
                                [--converter html_text] [--items 8] [--limit N] [--sample-every K]

Pages are sorted by page F1 (word F1 on wcxb-dev, shingle F1 on aeb), worst first. For each:
the truth sentences not found in the output ("missed") and the output sentences not found in the
truth ("leaked"), truncated. Matching compares lower-cased ``\\w+`` token runs, so spacing and
punctuation differences do not count. A table of points lost by page type comes first, so work
goes where the points are.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from .corpora import HTML_SETS, HtmlPage, add_corpora_arg, add_selection_args, load_html_set, select
from .harness import score_page
from .scoring import tokenize

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")
WIDTH = 120


def sentences(text: str) -> list[str]:
    """Split ``text`` into lines, then lines into sentences (after ``. ! ? …`` + space)."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def token_key(text: str) -> str:
    """``" a b c "``: the lower-cased tokens of ``text`` between spaces, for substring tests."""
    return " " + " ".join(t.lower() for t in tokenize(text)) + " "


@dataclass
class Diff:
    """Missed truth sentences and leaked output sentences of one page, with their word counts."""

    missed: list[str]
    missed_words: int
    truth_sentences: int
    leaked: list[str]
    leaked_words: int
    output_sentences: int


def diff(truth: str, output: str) -> Diff:
    """Truth sentences absent from ``output`` and output sentences absent from ``truth``."""
    out_key, truth_key = token_key(output), token_key(truth)
    t_sents = [s for s in sentences(truth) if tokenize(s)]
    o_sents = [s for s in sentences(output) if tokenize(s)]
    missed = [s for s in t_sents if token_key(s) not in out_key]
    leaked = [s for s in o_sents if token_key(s) not in truth_key]
    return Diff(
        missed,
        sum(len(tokenize(s)) for s in missed),
        len(t_sents),
        leaked,
        sum(len(tokenize(s)) for s in leaked),
        len(o_sents),
    )


def clip(text: str, width: int = WIDTH) -> str:
    """One line of at most ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def make_extractor(mode: str, converter: str) -> Callable[[HtmlPage], str]:
    """boilerstrip in HTML mode (raw bytes + URL) or text mode (page converted by ``converter``)."""
    import boilerstrip

    if mode == "html":
        return lambda page: boilerstrip.strip_html(page.raw(), url=page.url).text
    from .text_mode import CONVERTERS

    conv = CONVERTERS[converter]
    return lambda page: boilerstrip.strip_text(conv(page.html())).text


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.errors``."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.errors", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    add_selection_args(ap)
    ap.add_argument("--set", default="wcxb-dev", choices=HTML_SETS)
    ap.add_argument("--type", default=None, help="only pages of this page_type (wcxb-dev)")
    ap.add_argument("--worst", type=int, default=20, metavar="N", help="how many pages to show (default 20)")
    ap.add_argument("--mode", default="html", choices=("html", "text"))
    ap.add_argument("--converter", default="html_text", help="text mode: html_text, inscriptis or lxml-lines")
    ap.add_argument("--items", type=int, default=8, metavar="K", help="missed/leaked sentences shown per page")
    args = ap.parse_args(argv)

    pages = load_html_set(args.corpora, args.set)
    if args.type:
        pages = [p for p in pages if p.page_type == args.type]
    pages = select(pages, args.limit, args.sample_every)
    extract = make_extractor(args.mode, args.converter)
    rows = []
    for page in pages:
        try:
            text, err = extract(page), ""
        except Exception as exc:  # shown with the page, scored as empty output
            text, err = "", f"{type(exc).__name__}: {exc}"
        rows.append((page, text, score_page(page, text), err))
    if not rows:
        print("no pages selected")
        return 0

    loss: dict[str, list[float]] = defaultdict(list)
    for page, _, rec, _ in rows:
        loss[page.page_type].append(1.0 - rec["f1"])
    total = sum(sum(v) for v in loss.values())
    print(f"### {args.set} ({args.mode} mode): {len(rows)} pages, mean page F1 {1 - total / len(rows):.3f}\n")
    print("| page_type | pages | mean page F1 | share of points lost |")
    print("|---|---:|---:|---:|")
    for ptype, vals in sorted(loss.items(), key=lambda kv: -sum(kv[1])):
        share = sum(vals) / total if total else 0.0
        print(f"| {ptype} | {len(vals)} | {1 - sum(vals) / len(vals):.3f} | {share:.3f} |")

    rows.sort(key=lambda r: (r[2]["f1"], r[0].id))
    for page, text, rec, err in rows[: args.worst]:
        d = diff(page.truth, text)
        print(f"\n#### {page.id} [{page.page_type}] F1 {rec['f1']:.3f} (P {rec['p']:.3f}, R {rec['r']:.3f})")
        note = f"; ERROR {err}" if err else ""
        print(f"{page.url}\ntruth {len(tokenize(page.truth))} words, output {len(tokenize(text))} words{note}")
        print(f"missed {len(d.missed)}/{d.truth_sentences} truth sentences ({d.missed_words} words):")
        for s in d.missed[: args.items]:
            print(f"  - {clip(s)}")
        print(f"leaked {len(d.leaked)}/{d.output_sentences} output sentences ({d.leaked_words} words):")
        for s in d.leaked[: args.items]:
            print(f"  + {clip(s)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
