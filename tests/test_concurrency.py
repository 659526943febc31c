"""No hidden state: the same pages read in 4 threads, or in 2 worker processes, give exactly the results of a
sequential run, and the caller's pages and Options are left as they were."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import PARAGRAPHS, article_page

from boilerstrip import Favor, Label, Options, Result, strip, strip_html, strip_text

PAGES_DIR = Path(__file__).parent / "fixtures" / "pages"


@dataclass(frozen=True)
class Job:
    """One call: which entry point, on what, with which options (all picklable, for the process pool)."""

    name: str
    func: str
    page: str | bytes | bytearray
    options: Options | None = None


Strip = Callable[..., Result]  # the entry points take bytearray and memoryview too, not only str and bytes
FUNCS: dict[str, Strip] = {"strip": strip, "strip_html": strip_html, "strip_text": strip_text}


def run(job: Job) -> dict[str, Any]:
    """Module level, so that worker processes can import it."""
    return FUNCS[job.func](job.page, options=job.options).to_dict()


def _jobs() -> list[Job]:
    jobs = []
    for folder in sorted(PAGES_DIR.iterdir()):
        for source in sorted(folder.glob("source.*")):
            data = source.read_bytes()
            func = "strip_text" if source.suffix == ".txt" else "strip_html"
            jobs.append(Job(f"{folder.name}-bytes", func, data))
            jobs.append(Job(f"{folder.name}-str", "strip", data.decode("utf-8", "replace")))
    text = "\n\n".join(("How the river came back", *PARAGRAPHS, "Share this article", "© 2025 Town Post"))
    recall = Options(favor=Favor.RECALL, keep=frozenset({Label.CONTENT, Label.TITLE, Label.CAPTION}))
    jobs += [
        Job("article", "strip", article_page()),
        Job("article-recall", "strip_html", article_page(), recall),
        Job("article-precision", "strip", article_page().encode("cp1252", "replace"), Options(favor=Favor.PRECISION)),
        Job("article-bytearray", "strip", bytearray(article_page().encode("utf-8"))),
        Job("article-phrases", "strip", article_page(), Options(boilerplate_phrases=("river",),
                                                                 boilerplate_xpaths=("//nav",))),
        Job("article-no-readability", "strip_html", "<div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]),
            Options(use_readability=False)),
        Job("text", "strip_text", text),
        Job("text-truncated", "strip_text", text, Options(max_input_bytes=300)),
        Job("text-bytes", "strip", text.encode("utf-16")),
    ]
    return jobs


JOBS = _jobs()


@pytest.fixture(scope="module")
def sequential() -> list[dict[str, Any]]:
    return [run(job) for job in JOBS]


def _snapshot(jobs: list[Job]) -> bytes:
    return pickle.dumps([(job.page if not isinstance(job.page, bytearray) else bytes(job.page), job.options)
                         for job in jobs])


def test_there_are_pages_of_both_kinds() -> None:
    assert len(JOBS) >= 20
    assert {job.func for job in JOBS} == set(FUNCS)


def test_threads_give_the_sequential_results(sequential: list[dict[str, Any]]) -> None:
    jobs = copy.deepcopy(JOBS)
    before = _snapshot(jobs)
    work = jobs * 3  # every page several times, interleaved across the threads
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(run, work))
    assert results == sequential * 3
    assert _snapshot(jobs) == before


def test_processes_give_the_sequential_results(sequential: list[dict[str, Any]]) -> None:
    jobs = copy.deepcopy(JOBS)
    before = _snapshot(jobs)
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, jobs, chunksize=4))
    assert results == sequential
    assert _snapshot(jobs) == before


def test_inputs_and_options_are_not_mutated() -> None:
    page = bytearray(article_page().encode("utf-8"))
    opts = Options(favor=Favor.RECALL, boilerplate_phrases=("Share",), keep=frozenset({Label.CONTENT}))
    copies = (bytes(page), copy.deepcopy(opts), pickle.dumps(opts))
    for func in FUNCS.values():
        func(page, options=opts)
        func(memoryview(page), options=opts)
    assert bytes(page) == copies[0]
    assert opts == copies[1]
    assert pickle.dumps(opts) == copies[2]
