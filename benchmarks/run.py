"""HTML-mode benchmark: boilerstrip and peer extractors on aeb and wcxb-dev.

    python -m benchmarks.run [--corpora P] [--sets aeb,wcxb-dev] [--tools ...] [--limit N]
                             [--sample-every K] [--mem-every M] [--no-rss] [--json OUT]

Tools run page by page, interleaved (the tool order is rotated on every page), so drift of the
machine hits them all alike. Every tool gets one untimed warm-up call first; only the extraction
call is timed. Memory: a py-heap (tracemalloc) peak on every M-th page and, unless ``--no-rss``,
the RSS growth of one more pass per tool in a fresh child process (``benchmarks.memory``); see
``harness`` for both. A peer whose import fails is skipped with a note.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from .corpora import HTML_SETS, HtmlPage, add_corpora_arg, add_selection_args, iter_pages, split_csv
from .harness import (
    ToolStats,
    error_notes,
    markdown_table,
    probe_memory,
    rotate,
    score_page,
    stats_to_json,
    summarise,
    timed_call,
)
from .memory import measure_rss

ALL_TOOLS = (
    "boilerstrip",
    "trafilatura",
    "readability",
    "justext",
    "resiliparse",
    "boilerpy3",
    "goose3",
    "html_text",
)
FLOOR = "lxml-parse"
DISTRIBUTIONS = {
    "boilerstrip": "boilerstrip",
    "trafilatura": "trafilatura",
    "readability": "readability-lxml",
    "justext": "jusText",
    "resiliparse": "Resiliparse",
    "boilerpy3": "boilerpy3",
    "goose3": "goose3",
    "html_text": "html-text",
    FLOOR: "lxml",
}


@dataclass(frozen=True)
class PageInput:
    """One page in the forms the adapters take: raw bytes (boilerstrip), decoded str (peers), URL."""

    raw: bytes
    html: str
    url: str | None


Extractor = Callable[[PageInput], str]


def _boilerstrip() -> Extractor:
    import boilerstrip

    return lambda p: boilerstrip.strip_html(p.raw, url=p.url).text


def _trafilatura() -> Extractor:
    import trafilatura

    return lambda p: trafilatura.extract(p.html, include_comments=False) or ""


def _readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(p: PageInput) -> str:
        summary = Document(p.html).summary()
        return "\n".join(str(t) for t in lxml.html.fromstring(summary).itertext())

    return run


def _justext() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(p: PageInput) -> str:
        paragraphs = justext.justext(p.html, stoplist)
        return "\n\n".join(par.text for par in paragraphs if not par.is_boilerplate)

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    return lambda p: extract_plain_text(p.html, main_content=True)


def _boilerpy3() -> Extractor:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor()
    return lambda p: extractor.get_content(p.html)


def _goose3() -> Extractor:
    from goose3 import Goose

    goose = Goose()
    return lambda p: goose.extract(raw_html=p.html).cleaned_text or ""


def _html_text() -> Extractor:
    import html_text

    return lambda p: html_text.extract_text(p.html)


def _lxml_parse() -> Extractor:
    import lxml.html

    def run(p: PageInput) -> str:
        lxml.html.fromstring(p.html)
        return ""

    return run


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "boilerstrip": _boilerstrip,
    "trafilatura": _trafilatura,
    "readability": _readability,
    "justext": _justext,
    "resiliparse": _resiliparse,
    "boilerpy3": _boilerpy3,
    "goose3": _goose3,
    "html_text": _html_text,
    FLOOR: _lxml_parse,
}


def load_tools(names: list[str], notes: list[str]) -> dict[str, Extractor]:
    """Build the adapters; a tool whose import (or setup) fails is skipped with a note."""
    tools: dict[str, Extractor] = {}
    for name in names:
        if name not in FACTORIES:
            raise SystemExit(f"unknown tool {name!r}; choose from {', '.join(FACTORIES)}")
        try:
            tools[name] = FACTORIES[name]()
        except Exception as exc:  # ImportError and anything a peer raises while loading
            notes.append(f"- skipped {name}: {type(exc).__name__}: {exc}")
    return tools


def version_of(name: str) -> str:
    """Installed version of a tool's distribution, or ``"?"``."""
    try:
        return metadata.version(DISTRIBUTIONS.get(name, name))
    except metadata.PackageNotFoundError:
        try:
            return str(getattr(importlib.import_module(name), "__version__", "?"))
        except ImportError:
            return "?"


def run_set(pages: list[HtmlPage], tools: dict[str, Extractor], mem_every: int, progress: bool) -> dict[str, ToolStats]:
    """Run every tool on every page (interleaved), score and return per-tool stats."""
    stats = {name: ToolStats(name, scored=name != FLOOR) for name in tools}
    order = list(tools)
    if pages:  # warm-up before any timed call or memory probe (untimed, unscored): lazy imports, caches, stoplists
        first = pages[0].raw()
        warm = PageInput(first, first.decode("utf-8", errors="replace"), pages[0].url)
        for name, fn in tools.items():
            try:
                fn(warm)
            except Exception as exc:  # counted again, properly, in the timed pass
                print(f"warm-up of {name} failed: {type(exc).__name__}: {exc}"[:200], file=sys.stderr)
    for i, page in enumerate(pages):
        raw = page.raw()
        inp = PageInput(raw, raw.decode("utf-8", errors="replace"), page.url)
        for name in rotate(order, i):
            st, fn = stats[name], tools[name]
            text = timed_call(st, fn, inp)
            if mem_every > 0 and i % mem_every == 0:
                probe_memory(st, fn, inp)
            if st.scored:
                st.pages[page.id] = score_page(page, text)
        if progress and (i + 1) % 50 == 0:
            print(f"  {page.set}: {i + 1}/{len(pages)} pages", file=sys.stderr)
    return stats


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.run``."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    add_selection_args(ap)
    ap.add_argument("--sets", default=",".join(HTML_SETS), help="comma list (default: aeb,wcxb-dev)")
    ap.add_argument("--tools", default=",".join(ALL_TOOLS), help="comma list (default: all)")
    ap.add_argument("--no-floor", action="store_true", help=f"leave out the {FLOOR} timing row")
    ap.add_argument(
        "--mem-every",
        type=int,
        default=10,
        metavar="M",
        help="probe memory on every M-th page of a set (0: never; default 10)",
    )
    ap.add_argument(
        "--rss",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure peak RSS growth of each tool in a fresh child process, one extra pass per tool "
        "over the same pages (default on; --no-rss to skip)",
    )
    ap.add_argument("--json", type=Path, default=None, metavar="OUT", help="dump all per-page scores")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)

    names = split_csv(args.tools)
    if not args.no_floor and FLOOR not in names:
        names.append(FLOOR)
    notes: list[str] = []
    tools = load_tools(names, notes)
    dump: dict[str, Any] = {
        "meta": {
            "command": "benchmarks.run",
            "corpora": str(args.corpora),
            "limit": args.limit,
            "sample_every": args.sample_every,
            "mem_every": args.mem_every,
            "rss": args.rss,
            "python": platform.python_version(),
            "versions": {name: version_of(name) for name in tools},
            "notes": notes,
        },
        "sets": {},
    }
    print(f"tools: {', '.join(f'{n} {version_of(n)}' for n in tools)}")
    for line in notes:
        print(line)
    for set_name, pages in iter_pages(args.corpora, split_csv(args.sets), args.limit, args.sample_every):
        stats = run_set(pages, tools, args.mem_every, not args.quiet)
        if args.rss:
            for name, st in stats.items():
                if not args.quiet:
                    print(f"  {set_name}: RSS pass of {name} (child process)", file=sys.stderr)
                st.rss = measure_rss(name, args.corpora, set_name, args.limit, args.sample_every)
        summaries = {n: summarise(set_name, list(st.pages.values())) for n, st in stats.items() if st.scored}
        print(f"\n### {set_name} ({len(pages)} pages)\n")
        print(markdown_table(set_name, list(stats.values()), summaries))
        errs = error_notes(list(stats.values()))
        if errs:
            print("\nerrors (first examples):")
            print("\n".join(errs))
        dump["sets"][set_name] = {
            "n_pages": len(pages),
            "summary": summaries,
            "tools": {n: stats_to_json(st) for n, st in stats.items()},
        }
    print(
        "\npages/s: extraction call only (perf_counter); speed vs trafilatura: pages/s ratio (>1 = faster); "
        f"py-heap peak MiB: median/max tracemalloc peak of a warm call on every {args.mem_every}-th page (Python heap "
        "only, C allocations of libxml2/resiliparse not seen); "
        + (
            "RSS growth MiB: fresh child process per tool, peak RSS minus RSS after import and page loading, "
            "for its first call / over a pass on all the set's pages (C allocations, one-time costs and caches "
            "included); "
            if args.rss
            else ""
        )
        + "errors: failed calls / calls (scored as empty output)."
    )
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"per-page scores written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
