"""The main content region of an HTML page: the deepest element that holds most of the page's prose."""

from __future__ import annotations

from dataclasses import dataclass

from ._html import Tree
from ._options import Options

_ARTICLE_CLIMB = 3  # levels we climb from the prose holder to an <article>/hentry/articleBody wrapper


@dataclass(frozen=True, slots=True)
class Region:
    """Pre-order spans ``[start, end]`` of the elements that make up the main content, and why."""

    spans: tuple[tuple[int, int], ...]
    reason: str
    weak: bool  # too little prose to be sure: a second opinion is welcome
    prose: int

    def contains(self, node: int) -> bool:
        return any(start <= node <= end for start, end in self.spans)


def find_region(tree: Tree, options: Options) -> Region:
    """Choose the main region from the prose counts gathered by the walk."""
    if tree.forced_region:
        spans = tuple((n, tree.end[n]) for n in tree.forced_region)
        return Region(spans, "inside an element matched by a content XPath", False, 0)
    if not tree.depth:
        return Region((), "empty page", True, 0)
    total = tree.prose[0]
    if total == 0:
        return Region(((0, tree.end[0]),), "the whole page (no prose found)", True, 0)
    need = options.region_share * total
    best = 0
    for node, prose in enumerate(tree.prose):
        if prose >= need and tree.depth[node] >= tree.depth[best]:
            best = node
    reason = f"deepest element with {options.region_share:.0%} of the page's prose"
    climb, up = best, 0
    while climb >= 0 and up <= _ARTICLE_CLIMB:
        if tree.content_hint[climb]:
            if climb != best:
                reason += ", widened to its article wrapper"
            best = climb
            break
        climb = tree.parent[climb]
        up += 1
    return Region(((best, tree.end[best]),), reason, total < options.min_region_chars, total)
