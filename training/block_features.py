"""Features of one HTML block for the block-scorer experiment (training/train_blocks.py; not shipped).

Every feature is general: the block's shape (tag, words, link density, punctuation), what the pipeline decided and
why (first-pass rule, final label, the family of the reason with quoted words and numbers taken out, the applicable
hint's label), where it stands (region, relative position, depth) and what was kept around it (neighbours, windows,
its container). No URL, site name or class/id token is a feature.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from boilerstrip._linemodel import _bucket
from boilerstrip._segment import Segment

_QUOTED = re.compile(r"'[^']*'|\d+")
_TAGS = frozenset({"p", "li", "div", "td", "th", "dd", "dt", "blockquote", "pre", "figcaption", "span", "a",
                   "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "label", "button", "caption"})


_WORD_EDGES = (0, 1, 2, 3, 5, 8, 12, 20, 40, 80)
_WORD_BINS = ("0", "1", "2", "3", "4-5", "6-8", "9-12", "13-20", "21-40", "41-80", "81+")


def _words_bin(n: int) -> str:
    return _WORD_BINS[_bucket(n, _WORD_EDGES)]


def _ld_bin(ld: float) -> str:
    if ld == 0.0:
        return "0"
    if ld < 0.1:
        return "<.1"
    if ld < 0.3:
        return "<.3"
    if ld < 0.5:
        return "<.5"
    if ld < 0.8:
        return "<.8"
    return "hi"


def _rel_bin(r: float) -> str:
    if r >= 0.999:
        return "max"
    if r >= 0.5:
        return ">.5"
    if r >= 0.2:
        return ">.2"
    if r >= 0.05:
        return ">.05"
    return "tiny"


def reason_family(reason: str) -> str:
    return _QUOTED.sub("#", reason)


def page_features(segments: Sequence[Segment], mode: str, weak: bool,
                  kept: Sequence[bool]) -> list[list[str]]:
    """Feature strings of every block (one list per segment); ``kept`` is the pipeline's decision per block."""
    n = len(segments)
    longest = max((s.chars for s in segments), default=1) or 1
    total_words = sum(s.words for s in segments) or 1
    kept_words = sum(s.words for s, k in zip(segments, kept, strict=True) if k)
    kshare = kept_words / total_words
    page_k = ("0" if kshare == 0 else "<.1" if kshare < 0.1 else "<.3" if kshare < 0.3
              else "<.6" if kshare < 0.6 else "hi")
    region_words = sum(s.words for s in segments if s.in_region)
    rshare = region_words / total_words
    page_r = "<.1" if rshare < 0.1 else "<.3" if rshare < 0.3 else "<.6" if rshare < 0.6 else "hi"
    # kept words in windows, per container (the block's XPath less its last step, and less two)
    kw = [s.words if k else 0 for s, k in zip(segments, kept, strict=True)]
    ww = [s.words for s in segments]
    ck = [0]
    cw = [0]
    for a, b in zip(kw, ww, strict=True):
        ck.append(ck[-1] + a)
        cw.append(cw[-1] + b)
    parents = [s.source.rsplit("/", 1)[0] for s in segments]
    grand = [p.rsplit("/", 1)[0] for p in parents]
    pk: dict[str, list[int]] = {}
    gk: dict[str, list[int]] = {}
    for p, g, a, b in zip(parents, grand, kw, ww, strict=True):
        e = pk.setdefault(p, [0, 0, 0])
        e[0] += a
        e[1] += b
        e[2] += 1
        e = gk.setdefault(g, [0, 0, 0])
        e[0] += a
        e[1] += b
        e[2] += 1
    in_reg = [i for i, s in enumerate(segments) if s.in_region]
    first_reg = in_reg[0] if in_reg else n
    last_reg = in_reg[-1] if in_reg else -1
    kept_idx = [i for i, k in enumerate(kept) if k]

    def share(a: int, b: int) -> str:
        if b <= 0:
            return "na"
        r = a / b
        return ("0" if r == 0 else "<.2" if r < 0.2 else "<.5" if r < 0.5 else "<.8" if r < 0.8
                else "<1" if r < 1 else "1")

    out = []
    for i, seg in enumerate(segments):
        verdict = seg.final or seg.first
        assert verdict is not None
        k = "K" if kept[i] else "D"
        tag = seg.tag if seg.tag in _TAGS else "other"
        if seg.is_heading:
            tag = "h"
        wb = _words_bin(seg.words)
        ldb = _ld_bin(seg.link_density)
        ppw = seg.punct / seg.words if seg.words else 0.0
        pb = "0" if ppw == 0 else "<.05" if ppw < 0.05 else "<.1" if ppw < 0.1 else "<.2" if ppw < 0.2 else "hi"
        es = "E" if seg.ends_sentence else "n"
        reg = "R" if seg.in_region else "o"
        rf = reason_family(verdict.reason)
        first = seg.first
        assert first is not None
        same = "same" if verdict is first else "ctx"
        hint = seg.hint
        hl = hint.label.value if hint is not None else "-"
        prev_k = "K" if i > 0 and kept[i - 1] else "D" if i > 0 else "^"
        next_k = "K" if i + 1 < n and kept[i + 1] else "D" if i + 1 < n else "$"
        pos = str(min(9, int(10 * i / n)))
        depth = seg.source.count("/")
        db = "<8" if depth < 8 else "<12" if depth < 12 else "<16" if depth < 16 else "<22" if depth < 22 else "deep"
        rel = _rel_bin(seg.chars / longest)
        feats = [
            "b", "k" + k, "t" + tag, "w" + wb, "ld" + ldb, "p" + pb, "e" + es, "r" + reg, "m" + mode,
            "wk" + str(weak), "fr" + seg.rule, "fl" + first.label.value, "rf" + rf, "lab" + verdict.label.value,
            "src" + same, "hl" + hl, "pos" + pos, "d" + db, "rel" + rel, "pk" + page_k, "pr" + page_r,
            "nb" + prev_k + next_k,
            # crosses with the pipeline's decision
            f"kw{k}{wb}", f"kr{k}{reg}", f"km{k}{mode}", f"knb{k}{prev_k}{next_k}", f"krel{k}{rel}",
            f"kp{k}{pb}{es}", f"kt{k}{tag}", f"kpk{k}{page_k}", f"kld{k}{ldb}",
            f"rfw{rf}|{wb}", f"rfld{rf}|{ldb}", f"rfp{rf}|{pb}{es}", f"rw{reg}{wb}", f"rpe{reg}{pb}{es}",
            f"tw{tag}{wb}", f"hlw{hl}{wb}", f"rfpk{rf}|{page_k}",
        ]
        lo3, hi3 = max(0, i - 3), min(n, i + 4)
        w3 = share(ck[hi3] - ck[lo3] - kw[i], cw[hi3] - cw[lo3] - ww[i])
        lo10, hi10 = max(0, i - 10), min(n, i + 11)
        w10 = share(ck[hi10] - ck[lo10] - kw[i], cw[hi10] - cw[lo10] - ww[i])
        e = pk[parents[i]]
        ps = share(e[0] - kw[i], e[1] - ww[i])
        pn = "1" if e[2] == 1 else "<4" if e[2] < 4 else "<10" if e[2] < 10 else "many"
        own = share(ww[i], e[1])
        e = gk[grand[i]]
        gs = share(e[0] - kw[i], e[1] - ww[i])
        where = "before" if i < first_reg else "after" if i > last_reg else "in"
        j = bisect.bisect_left(kept_idx, i)
        dist = min([abs(kept_idx[x] - i) for x in (j - 1, j, j + 1) if 0 <= x < len(kept_idx) and kept_idx[x] != i],
                   default=99)
        db2 = "1" if dist == 1 else "2-3" if dist <= 3 else "4-9" if dist <= 9 else "far"
        toks = seg.text.split()
        caps = sum(1 for t in toks if t[:1].isupper()) / len(toks) if toks else 0.0
        cb = "<.2" if caps < 0.2 else "<.5" if caps < 0.5 else "<.8" if caps < 0.8 else "hi"
        feats += [
            "w3" + w3, "w10" + w10, "ps" + ps, "pn" + pn, "own" + own, "gs" + gs, "wh" + where, "dk" + db2,
            "cap" + cb, f"kw3{k}{w3}", f"kw10{k}{w10}", f"kps{k}{ps}", f"kgs{k}{gs}", f"kwh{k}{where}",
            f"kdk{k}{db2}", f"kcap{k}{cb}", f"kpsw{k}{ps}{wb}", f"rfps{rf}|{ps}", f"rfw3{rf}|{w3}",
            f"kown{k}{own}{pn}",
        ]
        out.append(feats)
    return out


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def block_words(text: str, first: int = 12) -> frozenset[str]:
    """The block's first words, lower-cased, digits as 0: candidates for word features (only words seen on many
    sites are used, so no site's name becomes a feature)."""
    return frozenset(_DIGIT.sub("0", w) for w in _WORD.findall(text.lower())[:first])
