"""Silver line labels for the plain-text line classifier, made from the WCXB dev split.

Usage (from the repo root)::

    /work/venv/bin/python training/silver.py                 # build /tmp/boilerstrip-silver/silver.jsonl.gz
    /work/venv/bin/python training/silver.py --limit 200     # only the first 200 eligible pages (by id)
    /work/venv/bin/python training/silver.py --check         # score the silver labeller against labelled-dev

Every eligible page of ``<corpora>/wcxb-dev`` is converted to text twice, as labelled-dev was
(``html_text.extract_text(html, guess_layout=True)`` and ``inscriptis.get_text(html)``). Each non-blank line gets:

- ``title`` if it equals the ground-truth title, or one side of a `` | `` / `` - `` / `` – `` / `` — `` / `` : ``
  split of the line equals the title, or the title's own split parts (case-folded, whitespace-normalised);
- ``content`` if the whitespace-normalised line occurs in the whitespace-normalised ``main_content`` and has at least
  4 words, or is a whole line of ``main_content``;
- otherwise the label of the block HTML mode (``boilerstrip.strip_html``) gives the same text (aligned in document
  order: exact match first, then the block that contains the line, then the blocks the line is made of when they all
  agree). ``content`` and ``title`` from HTML mode are never used (such lines stay unlabelled), nor are lines that
  match no block.

Pages excluded: the 32 labelled-dev pages, and every page from the same site (registered domain) as one of them, so
that held-out figures on labelled-dev stay honest.

Each page record also carries the rules-only first-pass verdicts of text mode (``boilerstrip.strip_text`` with the
line model switched off) for every non-blank line, used by the optional rule features (``--rules`` in
train_lines.py). Those depend on the current rules: rebuild the cache after rule changes (``--force``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import boilerstrip  # noqa: E402
from boilerstrip import _linemodel as LM  # noqa: E402

CACHE = Path("/tmp/boilerstrip-silver")
SILVER_VERSION = 1
_SPLIT = re.compile(r"\s+[|\-–—:·•]\s+")
_WS = re.compile(r"\s+")
_REASON_NUM = re.compile(r"\s*\(?\d+(?:\.\d+)?%?\)?")


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def registered_domain(url: str) -> str:
    host = urlparse(url).netloc.lower().split(":")[0]
    host = host.removeprefix("www.")
    parts = host.split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in {"co", "com", "org", "net", "ac", "gov", "edu"}:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def read_html(corpora: Path, pid: str) -> bytes:
    with gzip.open(corpora / "wcxb-dev" / "html" / f"{pid}.html.gz") as f:
        return f.read()


def convert(html: str, converter: str) -> str:
    if converter == "html_text":
        import html_text
        return str(html_text.extract_text(html, guess_layout=True))
    import inscriptis  # type: ignore[import-untyped]
    return str(inscriptis.get_text(html))


# ----------------------------------------------------------------------------------------------------------------
# rules-only text-mode verdicts
# ----------------------------------------------------------------------------------------------------------------

def _no_model(lines: Sequence[str]) -> list[tuple[str, float, dict[str, float]]]:
    return [("other", 0.0, {}) for _ in lines]


@contextmanager
def rules_only() -> Iterator[None]:
    """Switch the line model out of text mode's first pass (its verdict needs a probability it never reaches)."""
    saved = LM.predict_lines
    LM.predict_lines = _no_model
    try:
        yield
    finally:
        LM.predict_lines = saved


def reason_key(reason: str) -> str:
    """A rule reason without its numbers, e.g. ``mostly link text (83%)`` -> ``mostly link text``."""
    return _REASON_NUM.sub("", reason).strip()[:40]


def rule_verdicts(text: str) -> list[list[str]]:
    """Per non-blank line of ``text``: [rules-only first label, its reason key, rules-only final label]."""
    raw = text.split("\n")
    with rules_only():
        result = boilerstrip.strip_text(text)
    per_raw: list[list[str] | None] = [None] * len(raw)
    for block in result.blocks:
        if block.lines is None:
            continue
        a, b = block.lines
        for i in range(a, min(b, len(raw))):
            per_raw[i] = [block.first_label.value, reason_key(block.first_reason), block.label.value]
    out = []
    for i, line in enumerate(raw):
        if line.strip():
            out.append(per_raw[i] or ["", "", ""])
    return out


# ----------------------------------------------------------------------------------------------------------------
# the silver labeller
# ----------------------------------------------------------------------------------------------------------------

def _parts(text: str) -> set[str]:
    t = norm(text).casefold()
    return {t, *(p.strip() for p in _SPLIT.split(t) if len(p.strip()) >= 8)}


class HtmlBlocks:
    """HTML-mode blocks in document order, for aligning text lines to them."""

    def __init__(self, html: bytes) -> None:
        result = boilerstrip.strip_html(html)
        self.texts = [norm(b.text) for b in result.blocks]
        self.labels = [b.label.value for b in result.blocks]
        self.cursor = 0

    def _scan(self) -> Iterator[int]:
        n = len(self.texts)
        yield from range(self.cursor, n)
        yield from range(0, min(self.cursor, n))

    def label(self, line: str) -> str | None:
        if not line:
            return None
        for pred in (lambda t: t == line, lambda t: line in t):
            for j in self._scan():
                if pred(self.texts[j]):
                    self.cursor = j
                    return self.labels[j]
        # a line made of several consecutive blocks (inline menus, "Home | News | Sport")
        for j in self._scan():
            t = self.texts[j]
            if len(t) >= 3 and line.startswith(t):
                rest = line[len(t):].strip()
                labels = {self.labels[j]}
                k = j + 1
                while rest and k < len(self.texts) and k < j + 40:
                    t2 = self.texts[k]
                    if t2 and rest.startswith(t2):
                        rest = rest[len(t2):].strip()
                        labels.add(self.labels[k])
                    elif t2:
                        rest = rest.lstrip("|/·•-–—»› ")
                        if not rest.startswith(t2):
                            break
                        continue
                    k += 1
                if not rest and len(labels) == 1:
                    self.cursor = k - 1
                    return labels.pop()
                return None
        return None


def silver_labels(lines: Sequence[str], gt: dict[str, Any], blocks: HtmlBlocks) -> list[str | None]:
    main = norm(gt.get("main_content") or "")
    main_lines = {norm(x) for x in (gt.get("main_content") or "").split("\n") if x.strip()}
    titles = _parts(gt.get("title") or "") - {""}
    out: list[str | None] = []
    for raw in lines:
        line = norm(raw)
        if titles and (_parts(line) & titles):
            out.append("title")
            continue
        if line and line in main and (len(line.split()) >= 4 or line in main_lines):
            out.append("content")
            continue
        label = blocks.label(line)
        out.append(label if label not in (None, "content", "title") else None)
    return out


def build_page(corpora: Path, gt: dict[str, Any], converter: str) -> dict[str, Any]:
    data = read_html(corpora, gt["id"])
    html = data.decode("utf-8", errors="replace")
    text = convert(html, converter)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    labels = silver_labels(lines, gt, HtmlBlocks(data))
    return {"id": gt["id"], "converter": converter, "page_type": gt.get("page_type", ""), "lines": lines,
            "labels": labels, "rules": rule_verdicts(text)}


def ground_truth(corpora: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(corpora / "wcxb-dev" / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return {r["id"]: r for r in rows}


def gold_pages(corpora: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((corpora / "labelled-dev").glob("*.json"))]


def eligible_ids(corpora: Path) -> list[str]:
    gt = ground_truth(corpora)
    gold = gold_pages(corpora)
    gold_ids = {g["id"] for g in gold}
    gold_sites = {registered_domain(g["url"]) for g in gold}
    return sorted(i for i, r in gt.items() if i not in gold_ids and registered_domain(r["url"]) not in gold_sites)


def cache_path(limit: int | None) -> Path:
    return CACHE / f"silver-v{SILVER_VERSION}-{limit or 'all'}.jsonl.gz"


def build(corpora: Path, limit: int | None, force: bool = False) -> Path:
    path = cache_path(limit)
    if path.exists() and not force:
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    gt = ground_truth(corpora)
    ids = eligible_ids(corpora)[:limit]
    t0 = time.time()
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as f:
        for n, pid in enumerate(ids):
            for converter in ("html_text", "inscriptis"):
                try:
                    rec = build_page(corpora, gt[pid], converter)
                except Exception as exc:  # a page the converters or HTML mode cannot handle: skip it
                    print(f"  {pid} {converter}: skipped ({type(exc).__name__}: {exc})", file=sys.stderr)
                    continue
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if n % 50 == 49:
                print(f"  {n + 1}/{len(ids)} pages, {time.time() - t0:.0f}s", flush=True)
    tmp.rename(path)
    print(f"wrote {path} ({len(ids)} pages, {time.time() - t0:.0f}s)")
    return path


def load(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def gold_rules(corpora: Path) -> dict[str, list[list[str]]]:
    """Rules-only verdicts for the labelled-dev pages (text regenerated from the HTML, checked line for line)."""
    out = {}
    for g in gold_pages(corpora):
        html = read_html(corpora, g["id"]).decode("utf-8", "replace")
        text = convert(html, g["converter"])
        lines = [ln for ln in text.split("\n") if ln.strip()]
        assert lines == [x["text"] for x in g["lines"]], g["id"]
        out[g["id"]] = rule_verdicts(text)
    return out


def check(corpora: Path) -> None:
    """How well the silver labeller agrees with the gold labels of labelled-dev."""
    from collections import Counter
    gt = ground_truth(corpora)
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    conf: Counter[tuple[str, str]] = Counter()
    unl: Counter[str] = Counter()
    for g in gold_pages(corpora):
        data = read_html(corpora, g["id"])
        lines = [x["text"] for x in g["lines"]]
        pred = silver_labels(lines, gt[g["id"]], HtmlBlocks(data))
        for x, p in zip(g["lines"], pred, strict=True):
            if p is None:
                unl[x["label"]] += 1
                continue
            total[x["label"]] += 1
            agree[x["label"]] += p == x["label"]
            if p != x["label"]:
                conf[(x["label"], p)] += 1
    n = sum(total.values())
    print(f"labelled {n} of {n + sum(unl.values())} gold lines; agreement {sum(agree.values()) / n:.3f}")
    for label in LM.LABELS:
        if total[label] or unl[label]:
            print(f"  {label:14} labelled {total[label]:5} agree {agree[label] / max(1, total[label]):.3f}"
                  f"  unlabelled {unl[label]}")
    for (t, p), c in conf.most_common(15):
        print(f"    {t:14} -> {p:14} {c}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--limit", type=int, default=None, help="only the first N eligible pages (sorted by id)")
    ap.add_argument("--force", action="store_true", help="rebuild even if the cache exists")
    ap.add_argument("--check", action="store_true", help="score the silver labeller on labelled-dev")
    args = ap.parse_args()
    if args.check:
        check(args.corpora)
        return
    build(args.corpora, args.limit, args.force)


if __name__ == "__main__":
    main()
