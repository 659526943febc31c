"""Run the HTML pipeline over aeb and wcxb-dev and keep, per page, its blocks as the pipeline left them (before the
block scorer), with each block's target: the share of its words that are in the page's ground truth.

Used by ``train_blocks.py``; the dump is cached (``--cache``), as the pipeline takes a few minutes over 1,539 pages.
Instrumented from outside: ``boilerstrip._pipeline._result`` is wrapped to see the segments and notes; the library's
output is not changed.
"""

from __future__ import annotations

import pickle
import re
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import boilerstrip  # noqa: E402
from benchmarks.corpora import HtmlPage, iter_pages  # noqa: E402
from boilerstrip import _pipeline  # noqa: E402
from boilerstrip._segment import Hint, Segment  # noqa: E402

TOKEN = re.compile(r"\w+")  # the scorers' tokenisation (benchmarks/scoring.py)
N = 4  # shingle size of the aeb scorer


def site(url: str | None) -> str:
    """The site a page belongs to, for grouping folds: the host less ``www.``, cut to its last two labels (three
    when the second-last is a short second-level name such as ``co.uk``)."""
    host = (urlsplit(url or "").hostname or "").lower()
    parts = [p for p in host.split(".") if p and p != "www"]
    if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:]) or "unknown"


def fold_of(url: str | None, folds: int) -> int:
    return zlib.crc32(site(url).encode()) % folds


def block_targets(truth: str, texts: Sequence[str]) -> list[float]:
    """Share of each block's words found in the truth: of its 4-word shingles when it has four words or more, else
    whether its words occur in that order in the truth. Lower-cased, as the word-F1 scorer."""
    tokens = TOKEN.findall(truth.lower())
    grams = {tuple(tokens[i:i + N]) for i in range(len(tokens) - N + 1)}
    joined = " " + " ".join(tokens) + " "
    out = []
    for text in texts:
        words = TOKEN.findall(text.lower())
        if not words:
            out.append(0.0)
        elif len(words) < N:
            out.append(1.0 if " " + " ".join(words) + " " in joined else 0.0)
        else:
            shingles = [tuple(words[i:i + N]) for i in range(len(words) - N + 1)]
            out.append(sum(s in grams for s in shingles) / len(shingles))
    return out


def _slim(seg: Segment) -> Segment:
    """A copy of a segment small enough to pickle: the applicable hint without its chain."""
    seg.hints = None
    if seg.hint is not None:
        seg.hint = Hint(seg.hint.label, seg.hint.reason, seg.hint.node, None)
    return seg


def run_page(page: HtmlPage) -> dict[str, Any]:
    captured: dict[str, Any] = {}
    original = _pipeline._result

    def spy(segments, title, kind, enc, url, truncated, opts, notes):  # type: ignore[no-untyped-def]
        captured["segments"] = list(segments)
        captured["notes"] = notes
        return original(segments, title, kind, enc, url, truncated, opts, notes)

    _pipeline._result = spy
    try:
        result = boilerstrip.strip_html(page.raw(), url=page.url)
        text = result.text
    except Exception:  # a page the pipeline fails on: no blocks (scored as empty output)
        captured.clear()
        text = ""
    finally:
        _pipeline._result = original
    segments = [_slim(s) for s in captured.get("segments", [])]
    notes = captured.get("notes", ())
    return {
        "set": page.set, "id": page.id, "url": page.url, "site": site(page.url), "page_type": page.page_type,
        "segments": segments, "notes": notes, "text": text,
        "targets": block_targets(page.truth, [s.text for s in segments]),
    }


def load(corpora: Path, cache: Path | None) -> tuple[list[HtmlPage], list[dict[str, Any]]]:
    pages = [p for _, ps in iter_pages(corpora, ["aeb", "wcxb-dev"], None, 1) for p in ps]
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            dump: list[dict[str, Any]] = pickle.load(fh)
        if [d["id"] for d in dump] == [p.id for p in pages]:
            return pages, dump
    dump = []
    for k, page in enumerate(pages):
        dump.append(run_page(page))
        if k % 200 == 0:
            print(f"  dumped {k}/{len(pages)}", file=sys.stderr, flush=True)
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(dump, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return pages, dump


if __name__ == "__main__":
    import time
    t0 = time.time()
    ps, d = load(Path(sys.argv[1]), Path(sys.argv[2]))
    print(len(d), "pages", sum(len(x["segments"]) for x in d), "blocks", f"{time.time() - t0:.0f} s")
