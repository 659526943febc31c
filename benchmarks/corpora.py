"""Loaders for the evaluation corpora in ``shared/corpora`` (never copied into the repo).

HTML pages are read lazily (:meth:`HtmlPage.raw` / :meth:`HtmlPage.html`): peers get the
page decoded as UTF-8 with ``errors="replace"``, boilerstrip gets the raw bytes and decodes
them itself (it sniffs BOM, meta and so on).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .scoring import parse_snippets

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = REPO_ROOT.parent / "shared" / "corpora"
HTML_SETS = ("aeb", "wcxb-dev")


def add_corpora_arg(parser: argparse.ArgumentParser) -> None:
    """Add the shared ``--corpora PATH`` option (default ``../shared/corpora`` from the repo root)."""
    parser.add_argument(
        "--corpora",
        type=Path,
        default=DEFAULT_CORPORA,
        help=f"corpora folder (default: {DEFAULT_CORPORA})",
    )


def add_selection_args(parser: argparse.ArgumentParser) -> None:
    """Add ``--limit N`` and ``--sample-every K`` (applied in that order: sample, then limit)."""
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per set")
    parser.add_argument(
        "--sample-every",
        type=int,
        default=1,
        metavar="K",
        help="take every K-th page by sorted id (default 1: all)",
    )


def split_csv(value: str) -> list[str]:
    """``"a, b,,c"`` -> ``["a", "b", "c"]``."""
    return [v.strip() for v in value.split(",") if v.strip()]


@dataclass(frozen=True)
class HtmlPage:
    """One page of an HTML set with its ground truth."""

    set: str
    id: str
    path: Path
    url: str | None
    truth: str
    page_type: str = "article"
    title: str | None = None
    with_snippets: tuple[str, ...] = field(default=())
    without_snippets: tuple[str, ...] = field(default=())

    def raw(self) -> bytes:
        """The page bytes as served (gunzipped)."""
        return gzip.decompress(self.path.read_bytes())

    def html(self) -> str:
        """The page decoded as UTF-8 with ``errors="replace"``."""
        return self.raw().decode("utf-8", errors="replace")


def select(pages: Sequence[HtmlPage], limit: int | None = None, every: int = 1) -> list[HtmlPage]:
    """Every ``every``-th page by sorted id (starting with the first), then the first ``limit``."""
    out = sorted(pages, key=lambda p: p.id)[:: max(1, every)]
    return out[:limit] if limit is not None else out


def load_aeb(root: Path) -> list[HtmlPage]:
    """The 181 aeb pages: ``aeb/html/<id>.html.gz`` + ``aeb/ground-truth.json``."""
    base = root / "aeb"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, rec in truth.items():
        path = base / "html" / f"{page_id}.html.gz"
        if not path.exists():
            raise FileNotFoundError(path)
        pages.append(HtmlPage("aeb", page_id, path, rec.get("url"), rec.get("articleBody") or ""))
    return sorted(pages, key=lambda p: p.id)


def load_wcxb(root: Path) -> list[HtmlPage]:
    """The wcxb-dev pages: ``wcxb-dev/html/NNNN.html.gz`` + ``ground-truth.jsonl.gz``."""
    base = root / "wcxb-dev"
    pages = []
    with gzip.open(base / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            path = base / "html" / f"{rec['id']}.html.gz"
            if not path.exists():
                raise FileNotFoundError(path)
            pages.append(
                HtmlPage(
                    "wcxb-dev",
                    rec["id"],
                    path,
                    rec.get("url"),
                    rec.get("main_content") or "",
                    rec.get("page_type") or "unknown",
                    rec.get("title"),
                    tuple(parse_snippets(rec.get("with_snippets"))),
                    tuple(parse_snippets(rec.get("without_snippets"))),
                )
            )
    return sorted(pages, key=lambda p: p.id)


def load_html_set(root: Path, name: str) -> list[HtmlPage]:
    """Load ``aeb`` or ``wcxb-dev`` by name."""
    if name == "aeb":
        return load_aeb(root)
    if name == "wcxb-dev":
        return load_wcxb(root)
    raise ValueError(f"unknown set {name!r}; choose from {', '.join(HTML_SETS)}")


@dataclass(frozen=True)
class LabelledPage:
    """One labelled-dev page: its non-blank lines and their labels (``lines[n]`` is line ``n``)."""

    id: str
    page_type: str
    url: str | None
    converter: str
    lines: tuple[str, ...]
    labels: tuple[str, ...]

    def text(self) -> str:
        """The strip_text input: the lines joined by ``"\\n"`` (line n of input == line n of file)."""
        return "\n".join(self.lines)


def load_labelled(root: Path) -> list[LabelledPage]:
    """The 32 ``labelled-dev/NNNN.json`` pages, sorted by id."""
    pages = []
    for path in sorted((root / "labelled-dev").glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        lines = sorted(rec["lines"], key=lambda x: x["n"])
        if [x["n"] for x in lines] != list(range(len(lines))):
            raise ValueError(f"{path}: line numbers are not 0..{len(lines) - 1}")
        pages.append(
            LabelledPage(
                rec["id"],
                rec.get("page_type", "unknown"),
                rec.get("url"),
                rec.get("converter", "unknown"),
                tuple(x["text"] for x in lines),
                tuple(x["label"] for x in lines),
            )
        )
    return pages


@dataclass(frozen=True)
class SeedPage:
    """The seed page: the text as is and ``{line number: label}`` over ALL lines (blank ones unlabelled)."""

    id: str
    text: str
    labels: dict[int, str]


def load_seed(root: Path) -> list[SeedPage]:
    """Every ``seed/*.txt`` with its ``*.labels.json``."""
    out = []
    for txt in sorted((root / "seed").glob("*.txt")):
        lab_path = txt.with_name(txt.name[: -len(".txt")] + ".labels.json")
        rec = json.loads(lab_path.read_text(encoding="utf-8"))
        labels = {int(x["line"]): x["label"] for x in rec["lines"]}
        out.append(SeedPage(txt.stem, txt.read_text(encoding="utf-8"), labels))
    return out


def iter_pages(root: Path, sets: Sequence[str], limit: int | None, every: int) -> Iterator[tuple[str, list[HtmlPage]]]:
    """``(set name, selected pages)`` for each requested HTML set."""
    for name in sets:
        yield name, select(load_html_set(root, name), limit, every)
