"""Extra line-labelled pages for the line model (``training/labelled-extra/``), made from the WCXB dev split.

Usage (from the repo root)::

    /work/venv/bin/python training/labelled_extra.py --check      # rebuild every dump, compare with the stored text
    /work/venv/bin/python training/labelled_extra.py --select     # the page choice (ids, type, converter, site)
    /work/venv/bin/python training/labelled_extra.py --select --round 2  # round 2's choice (pages in round2/)
    /work/venv/bin/python training/labelled_extra.py --draft 1234 # a pre-labelled draft of one page (to correct)
    /work/venv/bin/python training/labelled_extra.py --apply 1234 RUNS # write training/labelled-extra/1234.json

The dumps are made exactly as ``../shared/corpora/labelled-dev`` (its README): ``html_text.extract_text(html,
guess_layout=True)`` (html_text 0.7.1) or ``inscriptis.get_text(html)`` (inscriptis 2.7.6), non-blank lines
(``str.strip()``), line ``n`` = index among them. See ``training/labelled-extra/README.md``.

Page choice (``--select``): the wcxb-dev pages that :func:`silver.eligible_ids` allows (no labelled-dev page and no
page from the site, registered domain, of one of them), one per site, in CRC-32-of-id order, with 60 to 220
non-blank lines in their dump (the labelling time), until each page type has its quota (:data:`QUOTA`). Every third
chosen page (by that order) is converted with inscriptis, the others with html_text.

Drafts (``--draft``) are only a reading aid: ``title``/``content`` where the line matches the ground truth's title or
``main_content`` (``silver.silver_labels``' rules), otherwise the current shipped line model's label. Every label
stored was set by reading the page in context (``--apply`` takes the runs ``"n label"``: line ``n`` and the lines
after it up to the next run get ``label``).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import silver  # noqa: E402

from boilerstrip import _linemodel as LM  # noqa: E402

OUT = ROOT / "training" / "labelled-extra"
# Round 2 pages live in a subfolder: the trainer's default ``--extra training/labelled-extra`` reads ``*.json`` of the
# folder itself only, so the shipped weights stay those of round 1 (round 2 did not raise held-out accuracy; see the
# README). Train or measure with both by pointing ``--extra`` at a folder holding both sets of files.
OUT2 = OUT / "round2"
QUOTA = {"article": 24, "service": 2, "forum": 2, "listing": 2, "product": 2, "collection": 2, "documentation": 2}
MIN_LINES, MAX_LINES = 60, 220
# Round 2 (``--select --round 2``): the page types round 1 and labelled-dev have few of, and longer pages (as long as
# labelled-dev's), from sites not used by round 1. Labelled in the order listed, types interleaved.
QUOTA2 = {"listing": 6, "product": 6, "service": 5, "forum": 5, "collection": 5, "article": 3}
MIN_LINES2, MAX_LINES2 = 120, 340


def dump_lines(corpora: Path, pid: str, converter: str) -> list[str]:
    html = silver.read_html(corpora, pid).decode("utf-8", errors="replace")
    return [ln for ln in silver.convert(html, converter).split("\n") if ln.strip()]


def select(corpora: Path, round_: int = 1) -> list[dict[str, Any]]:
    if round_ == 2:
        return select2(corpora)
    gt = silver.ground_truth(corpora)
    ids = sorted(silver.eligible_ids(corpora), key=lambda i: (zlib.crc32(i.encode()), i))
    sites: set[str] = set()
    left = dict(QUOTA)
    chosen: list[dict[str, Any]] = []
    for pid in ids:
        row = gt[pid]
        site = silver.registered_domain(row["url"])
        ptype = row.get("page_type", "")
        if site in sites or left.get(ptype, 0) <= 0:
            continue
        converter = "inscriptis" if len(chosen) % 3 == 2 else "html_text"
        try:
            n = len(dump_lines(corpora, pid, converter))
        except Exception:  # a page a converter cannot handle is simply not chosen
            continue
        if not MIN_LINES <= n <= MAX_LINES:
            continue
        sites.add(site)
        left[ptype] -= 1
        chosen.append({"id": pid, "page_type": ptype, "converter": converter, "site": site, "lines": n,
                       "url": row["url"]})
        if not any(left.values()):
            break
    return chosen


def select2(corpora: Path) -> list[dict[str, Any]]:
    """Round 2: same order and rules as round 1, other quotas (:data:`QUOTA2`) and lengths, no round-1 site.

    Returned interleaved by type (one of each type in turn), the order the pages were labelled in; the converter
    alternates html_text, inscriptis within each type (so each type gets both)."""
    gt = silver.ground_truth(corpora)
    ids = sorted(silver.eligible_ids(corpora), key=lambda i: (zlib.crc32(i.encode()), i))
    sites = {c["site"] for c in select(corpora)}
    left = dict(QUOTA2)
    by_type: dict[str, list[dict[str, Any]]] = {t: [] for t in QUOTA2}
    for pid in ids:
        row = gt[pid]
        site = silver.registered_domain(row["url"])
        ptype = row.get("page_type", "")
        if site in sites or left.get(ptype, 0) <= 0 or not (row.get("main_content") or "").strip():
            continue  # (an empty main_content leaves nothing to label against: 2966)
        converter = "inscriptis" if len(by_type[ptype]) % 2 == 1 else "html_text"
        try:
            n = len(dump_lines(corpora, pid, converter))
        except Exception:
            continue
        if not MIN_LINES2 <= n <= MAX_LINES2:
            continue
        sites.add(site)
        left[ptype] -= 1
        by_type[ptype].append({"id": pid, "page_type": ptype, "converter": converter, "site": site, "lines": n,
                               "url": row["url"], "round": 2})
        if not any(left.values()):
            break
    out: list[dict[str, Any]] = []
    for k in range(max(QUOTA2.values())):
        out.extend(v[k] for v in by_type.values() if k < len(v))
    return out


def draft(corpora: Path, pid: str, converter: str) -> list[tuple[str, str]]:
    gt = silver.ground_truth(corpora)[pid]
    lines = dump_lines(corpora, pid, converter)
    main = silver.norm(gt.get("main_content") or "")
    main_lines = {silver.norm(x) for x in (gt.get("main_content") or "").split("\n") if x.strip()}
    titles = silver._parts(gt.get("title") or "") - {""}
    model = LM.predict_lines(lines)
    out = []
    for raw, (mlabel, _, probs) in zip(lines, model, strict=True):
        line = silver.norm(raw)
        if titles and (silver._parts(line) & titles):
            out.append(("title", raw))
        elif line and line in main and (len(line.split()) >= 4 or line in main_lines):
            out.append(("content", raw))
        elif mlabel in ("content", "title"):
            rest = {k: v for k, v in probs.items() if k not in ("content", "title")}
            out.append(((max(rest, key=rest.__getitem__) if rest else "other") + "?", raw))
        else:
            out.append((mlabel, raw))
    return out


def apply_runs(corpora: Path, pid: str, converter: str, runs: str) -> Path:
    gt = silver.ground_truth(corpora)[pid]
    lines = dump_lines(corpora, pid, converter)
    starts: list[tuple[int, str]] = []
    for item in runs.replace(",", "\n").split("\n"):
        if item.strip():
            n, label = item.split()
            assert label in LM.LABELS, label
            starts.append((int(n), label))
    assert starts[0][0] == 0 and [s for s, _ in starts] == sorted({s for s, _ in starts}), "runs out of order"
    labels: list[str] = []
    for k, (start, label) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        labels.extend([label] * (end - start))
    assert len(labels) == len(lines), (len(labels), len(lines))
    out = OUT2 if pid in {c["id"] for c in select2(corpora)} else OUT
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{pid}.json"
    data = {"id": pid, "page_type": gt.get("page_type", ""), "url": gt["url"], "converter": converter,
            "lines": [{"n": n, "label": lab, "text": t} for n, (lab, t) in enumerate(zip(labels, lines, strict=True))]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def check(corpora: Path) -> int:
    gold_sites = {silver.registered_domain(g["url"]) for g in silver.gold_pages(corpora)}
    bad = 0
    sites: set[str] = set()
    total = 0
    for path in sorted(OUT.glob("*.json")) + sorted(OUT2.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        lines = dump_lines(corpora, d["id"], d["converter"])
        ok = lines == [x["text"] for x in d["lines"]] and [x["n"] for x in d["lines"]] == list(range(len(lines)))
        ok = ok and all(x["label"] in LM.LABELS for x in d["lines"])
        site = silver.registered_domain(d["url"])
        if site in gold_sites or site in sites:
            print(f"  {d['id']}: site {site} is a labelled-dev site or used twice")
            ok = False
        sites.add(site)
        total += len(lines)
        if not ok:
            print(f"  {d['id']}: stored text or labels do not match the rebuilt dump")
            bad += 1
    print(f"{len(sites)} pages, {total} lines, {bad} mismatches")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--select", action="store_true")
    ap.add_argument("--draft", metavar="ID")
    ap.add_argument("--apply", nargs=2, metavar=("ID", "RUNS"))
    ap.add_argument("--converter", choices=("html_text", "inscriptis"), help="skip --select's choice of converter")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--round", type=int, choices=(1, 2), default=1, help="--select: the page choice of round 1 or 2")
    args = ap.parse_args()
    if args.select:
        for c in select(args.corpora, args.round):
            print(f"{c['id']} {c['page_type']:13} {c['converter']:10} {c['lines']:4} {c['site']}")
        return 0
    if args.draft or args.apply:
        pid = args.draft or args.apply[0]
        conv = args.converter or {c["id"]: c["converter"]
                                  for c in select(args.corpora) + select(args.corpora, 2)}[pid]
        if args.draft:
            for n, (label, text) in enumerate(draft(args.corpora, pid, conv)):
                print(f"{n:3} {label:13} {text[:150]}")
        else:
            print(apply_runs(args.corpora, pid, conv, Path(args.apply[1]).read_text(encoding="utf-8")))
        return 0
    return check(args.corpora)


if __name__ == "__main__":
    sys.exit(main())
