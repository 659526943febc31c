"""The main content region of an HTML page: the deepest element that holds most of the page's prose.

Three steps, each one pass over the segments or the elements:

1. raw prose: characters of prose-shaped blocks (long enough, few links) summed up the tree;
2. hint check: a class/id hint on an element that holds most of the page's prose is a layout name
   ("l-sidebar-fixed", "has-comments"), not a description of boilerplate, and is ignored;
3. region: prose again, now leaving out blocks whose nearest valid hint names prose-holding boilerplate
   (comments, teaser lists, footers...), and the deepest element holding ``region_share`` of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._html import Tree
from ._options import Options
from ._segment import Hint, Segment
from ._types import Label

_ARTICLE_CLIMB = 3  # levels we climb from the prose holder to an <article>/hentry/articleBody wrapper
_SCORE_SHARES = (1.0, 0.5, 0.25)  # a paragraph's points go to its container, half to the next one up, ...
_SIBLING_SHARE = 0.25  # a sibling container scoring this share of the best one is another part of the article
_WRAPPER_SHARE = 0.6  # an element holding this share of all prose is a layout wrapper whatever its class says
# Prose under these hints is not evidence for the main region: comment threads and teaser lists hold prose too.
PROSE_FREE_LABELS = frozenset({Label.COMMENTS, Label.RELATED, Label.COOKIE, Label.NEWSLETTER, Label.ADVERTISEMENT,
                               Label.LEGAL, Label.NAVIGATION, Label.SHARE})


@dataclass(frozen=True, slots=True)
class Region:
    """Pre-order spans ``[start, end]`` of the elements that make up the main content, and why."""

    spans: tuple[tuple[int, int], ...]
    reason: str
    weak: bool  # too little prose to be sure: a second opinion is welcome
    prose: int
    wrappers: frozenset[int]  # elements whose hints were ignored as layout names
    core: int = -1  # the highest-scoring container, before siblings and the article wrapper were added

    def contains(self, node: int) -> bool:
        return any(start <= node <= end for start, end in self.spans)


def is_prose(seg: Segment, options: Options) -> bool:
    return seg.chars >= options.min_prose_chars and seg.link_density <= options.max_link_density


def _subtree_sums(tree: Tree, per_node: list[int]) -> list[int]:
    """Add every element's own value to all its ancestors (nodes are in pre-order, so one reverse pass)."""
    sums = per_node[:]
    parent = tree.parent
    for node in range(len(sums) - 1, 0, -1):
        up = parent[node]
        if up >= 0:
            sums[up] += sums[node]
    return sums


def valid_hint(hints: Hint | None, wrappers: frozenset[int]) -> Hint | None:
    """The nearest hint not given by a layout wrapper."""
    while hints is not None and hints.node in wrappers:
        hints = hints.parent
    return hints


def find_region(tree: Tree, options: Options) -> Region:
    """Choose the main region from the prose of the page's segments."""
    n = len(tree.depth)
    own = [0] * n
    prose_segs = [seg for seg in tree.segments if seg.node >= 0 and is_prose(seg, options)]
    for seg in prose_segs:
        own[seg.node] += seg.chars
    raw = _subtree_sums(tree, own) if n else []
    raw_total = raw[0] if raw else 0
    wrappers = frozenset(node for node in range(n) if raw_total and raw[node] >= _WRAPPER_SHARE * raw_total)
    if tree.forced_region:
        spans = tuple((node, tree.end[node]) for node in tree.forced_region)
        return Region(spans, "inside an element matched by a content XPath", False, 0, wrappers)
    if not n:
        return Region((), "empty page", True, 0, wrappers)
    score = [0.0] * n
    own = [0] * n
    parent = tree.parent
    for seg in prose_segs:
        hint = valid_hint(seg.hints, wrappers)
        if hint is not None and hint.label in PROSE_FREE_LABELS:
            continue
        own[seg.node] += seg.chars
        points = 1.0 + seg.text.count(",") + min(3.0, seg.chars / 100)
        up = parent[seg.node]
        for share in _SCORE_SHARES:
            if up < 0:
                break
            score[up] += points * share
            up = parent[up]
    prose = _subtree_sums(tree, own)
    total = prose[0]
    if total == 0:
        return Region(((0, tree.end[0]),), "the whole page (no prose found)", True, 0, wrappers)
    top = max(range(n), key=score.__getitem__)
    reason = "the element whose paragraphs score highest"
    # The article may be split into sibling containers (ad slots or "read more" boxes between them).
    spans = [top]
    up = parent[top]
    if up >= 0:
        for sib in range(up + 1, tree.end[up] + 1):
            if parent[sib] == up and sib != top and score[sib] >= _SIBLING_SHARE * score[top]:
                spans.append(sib)
        if len(spans) > 1:
            reason += f", with {len(spans) - 1} sibling part(s)"
    if len(spans) == 1:
        climb, steps = top, 0
        while climb >= 0 and steps <= _ARTICLE_CLIMB:
            if tree.content_hint[climb]:
                if climb != top:
                    reason += ", widened to its article wrapper"
                spans = [climb]
                break
            climb = parent[climb]
            steps += 1
    held = sum(prose[node] for node in spans)
    return Region(tuple((node, tree.end[node]) for node in spans), reason, held < options.min_region_chars, held,
                  wrappers, top)
