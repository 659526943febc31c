"""Plain-text-mode benchmark: HTML pages turned into visible text, then stripped.

    python -m benchmarks.text_mode [--corpora P] [--sets aeb,wcxb-dev]
        [--converters html_text,inscriptis,lxml-lines,wrapped,markdown,text-nodes]
        [--tools boilerstrip,c4-rules,justext,trafilatura,keep-all]
        [--limit N] [--sample-every K] [--mem-every M] [--json OUT]

Each page of aeb / wcxb-dev is converted to text by every converter (untimed), then every text tool
runs on that text (interleaved per page, extraction call timed) and its output is scored with the
set's HTML-mode metric against the same ground truth. Converters:

* ``html_text``: ``html_text.extract_text(html, guess_layout=True)``
* ``inscriptis``: ``inscriptis.get_text(html)``
* ``lxml-lines``: our own: lxml tree, script/style/etc. dropped, one line per block element
* ``wrapped``: ``html_text`` with every line hard-wrapped at 76 columns (``textwrap``), as a terminal browser
  (lynx, w3m), pandoc's plain text or a mail client lays a page out
* ``markdown``: ``markdownify.markdownify(html, heading_style="ATX")``, Markdown as html2text and the "reader"
  services write it (links as ``[text](url)``, pictures as ``![alt](src)``). Every tool's output on it is scored
  as the text it shows (boilerstrip's ``as_shown``, line by line): a link's URL is no word of the page, for any
  tool; boilerstrip's own output is that text already
* ``text-nodes``: BeautifulSoup's ``get_text("\\n", strip=True)`` (script/style/etc. dropped): every text node on a
  line of its own, as scraping scripts print a page; a link inside a sentence splits it over three lines

Text tools: ``boilerstrip`` (``strip_text(text).text``), ``c4-rules`` (C4's line filter),
``justext`` and ``trafilatura`` fed one html-escaped ``<p>`` per non-blank line, and ``keep-all``
(the text as is: the floor).
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import platform
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from boilerstrip._text import as_shown

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

Converter = Callable[[str], str]
TextTool = Callable[[str], str]

# ------------------------------------------------------------------------------ converters

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "title",
        "ul",
        "option",
        "caption",
        "button",
    ]
)
SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select"]
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def lxml_lines(html: str) -> str:
    """Visible text with one line per block element (our own simple converter).

    Drops ``script``, ``style``, ``noscript``, ``template``, ``svg`` and the like and comments;
    starts a new line at every block-level element, collapses runs of spaces inside a line and
    leaves out blank lines. The text after a comment is kept (it was lost before November 2026). The
    ``<title>`` comes first, as with html_text.
    """
    from lxml import etree
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    parts: list[str] = []
    # comments and processing instructions come as their own events (a walk over "start"/"end" alone passes them
    # by, and with them the text after them: React prints "<!-- -->" between the pieces of a paragraph)
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None  # comments / PIs have a callable tag
        if event in ("comment", "pi"):
            if el.tail:
                parts.append(el.tail)
            continue
        if event == "start":
            if tag is None or tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if el.text:
                parts.append(el.text)
        else:
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if el.tail and el is not root:
                parts.append(el.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_text(html: str) -> str:
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


def _inscriptis(html: str) -> str:
    import inscriptis

    return str(inscriptis.get_text(html))


WRAP_COLUMNS = 76


def _wrapped(html: str) -> str:
    import textwrap

    return "\n".join("\n".join(textwrap.wrap(line, WRAP_COLUMNS)) if line.strip() else ""
                     for line in _html_text(html).split("\n"))


def _text_nodes(html: str) -> str:
    """Every text node on a line of its own, as scraping scripts print a page with BeautifulSoup
    (``soup.get_text("\\n", strip=True)``): a link's words, the rest of its sentence and the punctuation after it
    each come on their own line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for element in soup(sorted(SKIP_TAGS)):
        element.decompose()
    return str(soup.get_text("\n", strip=True))


def _markdown(html: str) -> str:
    import markdownify

    return str(markdownify.markdownify(html, heading_style="ATX"))


CONVERTERS: dict[str, Converter] = {"html_text": _html_text, "inscriptis": _inscriptis, "lxml-lines": lxml_lines,
                                    "wrapped": _wrapped, "markdown": _markdown, "text-nodes": _text_nodes}
SHOWN_BEFORE_SCORING = frozenset({"markdown"})  # converters whose outputs are scored as the text they show


def shown(text: str) -> str:
    """A Markdown output as the text it shows (for scoring every tool alike)."""
    return "\n".join(as_shown(line) for line in text.split("\n"))

# ------------------------------------------------------------------------------ text tools

C4_END_MARKS = (".", "?", "!", '"')
C4_ELLIPSIS = "..."
C4_POLICY_SUBSTRINGS = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
C4_CITATION_RE = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
C4_MIN_WORDS_PER_LINE = 3
C4_MAX_WORD_LENGTH = 1000


def c4_line_filter(text: str, min_words: int = C4_MIN_WORDS_PER_LINE, max_word_length: int = C4_MAX_WORD_LENGTH) -> str:
    """C4's line clean-up rules (Raffel et al. 2020; TFDS ``c4_utils.clean_page``), lines only.

    In TFDS order, each stripped line is dropped when it has a word longer than
    ``max_word_length``; (citation markers ``[1]``, ``[edit]``, ``[citation needed]`` removed)
    it does not end in ``. ? ! "`` or ends in ``...``; it has fewer than ``min_words`` words
    (3 as in the paper; TFDS's constant is 5); it holds "lorem ipsum", "javascript" or ``{``;
    it holds a policy phrase ("terms of use", "privacy policy", "cookie policy", "uses cookies",
    "use of cookies", "use cookies"). C4 drops the whole *page* for lorem ipsum, ``{`` and fewer
    than 5 sentences; for per-page scoring those become line rules and no page is dropped.
    The bad-words filter, language id and corpus-level de-duplication are left out.
    """
    kept = []
    for raw in text.splitlines():
        line = raw.strip()
        if any(len(w) > max_word_length for w in line.split()):
            continue
        line = C4_CITATION_RE.sub("", line)
        if not line.endswith(C4_END_MARKS) or line.endswith(C4_ELLIPSIS):
            continue
        if len(line.split()) < min_words:
            continue
        low = line.lower()
        if "lorem ipsum" in low or "javascript" in low or "{" in line:
            continue
        if any(p in low for p in C4_POLICY_SUBSTRINGS):
            continue
        kept.append(line)
    return "\n".join(kept)


def lines_as_html(text: str) -> str:
    """A minimal HTML page with one html-escaped ``<p>`` per non-blank line of ``text``."""
    paras = "".join(f"<p>{html_lib.escape(line.strip())}</p>\n" for line in text.split("\n") if line.strip())
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{paras}</body></html>'


def _boilerstrip() -> TextTool:
    import boilerstrip

    return lambda text: boilerstrip.strip_text(text).text


def _justext() -> TextTool:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        paragraphs = justext.justext(lines_as_html(text), stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _trafilatura() -> TextTool:
    import trafilatura

    return lambda text: trafilatura.extract(lines_as_html(text), include_comments=False) or ""


def _c4() -> TextTool:
    return c4_line_filter


def _keep_all() -> TextTool:
    return lambda text: text


TEXT_TOOLS: dict[str, Callable[[], TextTool]] = {
    "boilerstrip": _boilerstrip,
    "c4-rules": _c4,
    "justext": _justext,
    "trafilatura": _trafilatura,
    "keep-all": _keep_all,
}


def load_text_tools(names: list[str], notes: list[str]) -> dict[str, TextTool]:
    """Build the text tools; one whose import fails is skipped with a note."""
    out: dict[str, TextTool] = {}
    for name in names:
        if name not in TEXT_TOOLS:
            raise SystemExit(f"unknown text tool {name!r}; choose from {', '.join(TEXT_TOOLS)}")
        try:
            out[name] = TEXT_TOOLS[name]()
        except Exception as exc:  # ImportError and anything raised while loading
            notes.append(f"- skipped {name}: {type(exc).__name__}: {exc}")
    return out


def convert(converter: Converter, html: str) -> str | None:
    """Run a converter; None when it fails."""
    try:
        return converter(html)
    except Exception:  # a failed conversion is counted by the caller
        return None


def run_set(
    pages: list[HtmlPage],
    converters: dict[str, Converter],
    tools: dict[str, TextTool],
    mem_every: int,
    progress: bool,
) -> tuple[dict[str, dict[str, ToolStats]], dict[str, int]]:
    """Per converter, per tool stats on ``pages``; also the failed conversions per converter."""
    stats = {c: {t: ToolStats(t) for t in tools} for c in converters}
    failed = dict.fromkeys(converters, 0)
    order = list(tools)
    for i, page in enumerate(pages):
        html = page.html()
        for conv_name, conv in converters.items():
            text = convert(conv, html)
            if text is None:
                failed[conv_name] += 1
                text = ""
            for name in rotate(order, i):
                st = stats[conv_name][name]
                out = timed_call(st, tools[name], text)
                if conv_name in SHOWN_BEFORE_SCORING:
                    out = shown(out)
                if mem_every > 0 and i % mem_every == 0:
                    probe_memory(st, tools[name], text)
                st.pages[page.id] = score_page(page, out)
        if progress and (i + 1) % 50 == 0:
            print(f"  {page.set}: {i + 1}/{len(pages)} pages", file=sys.stderr)
    return stats, failed


def overview_table(summaries: dict[str, dict[str, dict[str, Any]]], tools: list[str]) -> str:
    """Tool rows x converter columns of F1, plus the mean over converters."""
    convs = list(summaries)
    head = ["tool", *(f"F1 {c}" for c in convs), "mean F1"]
    out = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for t in tools:
        vals = [summaries[c][t].get("f1") for c in convs]
        nums = [v for v in vals if v is not None]
        mean = sum(nums) / len(nums) if nums else None
        cells = ["—" if v is None else f"{v:.3f}" for v in [*vals, mean]]
        out.append(f"| {t} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.text_mode``."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.text_mode", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    add_selection_args(ap)
    ap.add_argument("--sets", default=",".join(HTML_SETS), help="comma list (default: aeb,wcxb-dev)")
    ap.add_argument("--converters", default=",".join(CONVERTERS), help="comma list (default: all)")
    ap.add_argument("--tools", default=",".join(TEXT_TOOLS), help="comma list (default: all)")
    ap.add_argument("--mem-every", type=int, default=10, metavar="M", help="probe memory every M-th page (0: never)")
    ap.add_argument("--json", type=Path, default=None, metavar="OUT", help="dump all per-page scores")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)

    notes: list[str] = []
    tools = load_text_tools(split_csv(args.tools), notes)
    converters = {}
    for name in split_csv(args.converters):
        if name not in CONVERTERS:
            raise SystemExit(f"unknown converter {name!r}; choose from {', '.join(CONVERTERS)}")
        converters[name] = CONVERTERS[name]
    for line in notes:
        print(line)
    dump: dict[str, Any] = {
        "meta": {
            "command": "benchmarks.text_mode",
            "corpora": str(args.corpora),
            "limit": args.limit,
            "sample_every": args.sample_every,
            "python": platform.python_version(),
            "notes": notes,
        },
        "sets": {},
    }
    for set_name, pages in iter_pages(args.corpora, split_csv(args.sets), args.limit, args.sample_every):
        stats, failed = run_set(pages, converters, tools, args.mem_every, not args.quiet)
        summaries = {
            c: {t: summarise(set_name, list(st.pages.values())) for t, st in by_tool.items()}
            for c, by_tool in stats.items()
        }
        print(f"\n## text mode: {set_name} ({len(pages)} pages)\n")
        print(overview_table(summaries, list(tools)))
        for conv_name, by_tool in stats.items():
            print(f"\n### {set_name}, converter {conv_name} (failed conversions: {failed[conv_name]})\n")
            print(markdown_table(set_name, list(by_tool.values()), summaries[conv_name]))
            errs = error_notes(list(by_tool.values()))
            if errs:
                print("\nerrors (first examples):\n" + "\n".join(errs))
        dump["sets"][set_name] = {
            "n_pages": len(pages),
            "failed_conversions": failed,
            "summary": summaries,
            "tools": {c: {t: stats_to_json(st) for t, st in by_tool.items()} for c, by_tool in stats.items()},
        }
    print(
        "\npages/s: text tool call only (conversion untimed); peak MiB: max tracemalloc peak (Python heap) "
        f"over every {args.mem_every}-th page; errors: failed calls / calls (scored as empty output)."
    )
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"per-page scores written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
