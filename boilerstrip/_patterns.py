"""Every pattern boilerstrip matches, compiled once and grouped per label. No logic lives here.

Two kinds of pattern:

* ``*_TOKENS``: class/id vocabulary. Attribute values are split into lower-case word tokens first (on anything not
  a letter or digit, and at camelCase humps), so every match is boundary-anchored by construction: "ad" never
  matches "header", "download" or "shadow".
* ``*_LINE`` / ``*_PHRASE``: text patterns. ``_LINE`` patterns must match the whole (short) block; ``_PHRASE``
  patterns may match anywhere but are only applied to short blocks by the rules that use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from ._types import Label

_I = re.IGNORECASE


def _alt(*words: str) -> str:
    """An alternation group of ``words``. Refuses an empty group, which would match everything."""
    if not words or not all(words):
        raise ValueError("an alternation needs at least one non-empty word")
    return "(?:" + "|".join(words) + ")"


_MIN_TRIGGER = 3  # letters a literal pre-check needs to be selective


def _literal_prefix(alternative: str) -> str:
    """The literal text every match of a regex alternative starts with (lower-cased), or "" when unknown."""
    out: list[str] = []
    i = 2 if alternative.startswith(r"\b") else 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            nxt = alternative[i + 1: i + 2]
            if not nxt or nxt.isalnum():
                break
            out.append(nxt)
            i += 2
            continue
        if ch in "[](){}?*+|.^$":
            if ch in "?*{" and out:
                out.pop()  # the character before a quantifier may be absent
            break
        out.append(ch)
        i += 1
    return "".join(out).lower()


class Phrases:
    """A case-insensitive search for any of several phrases, with a literal pre-check.

    Python's regex engine tries every alternative at every position; most blocks contain none of the phrases, so
    a plain substring test for the literal start of each alternative answers them ~10x faster. Every match of an
    alternative starts with its literal prefix, so the pre-check never hides a match. The substring test is one
    alternation of the literal prefixes, searched in the lower-cased text (in C, not a loop over the prefixes).
    """

    __slots__ = ("_trigger", "pattern", "triggers")

    def __init__(self, *alternatives: str, triggers: tuple[str, ...] | None = None) -> None:
        worded = [a[2:] for a in alternatives if a.startswith(r"\b")]
        others = [a for a in alternatives if not a.startswith(r"\b")]
        parts = ([r"\b" + _alt(*worded)] if worded else []) + others
        self.pattern = re.compile(_alt(*parts), _I)
        if triggers is None:
            prefixes = [_literal_prefix(a) for a in alternatives]
            # a prefix of one or two letters would pass nearly every block: no pre-check then
            if all(len(p) >= _MIN_TRIGGER or (p and not p.isalnum()) for p in prefixes):
                triggers = tuple(sorted(set(prefixes)))
        self.triggers = triggers
        # "is any trigger a substring of the lower-cased text", asked of a plain (case-sensitive) literal search
        self._trigger = None if triggers is None else re.compile("|".join(re.escape(t) for t in triggers))

    def _may_match(self, text: str) -> bool:
        return self._trigger is None or self._trigger.search(text.lower()) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may_match(text) else iter(())


# Characters that a case-insensitive pattern matches against an ASCII letter although they are not ASCII
# ("ſ" ~ "s", Kelvin "K" ~ "k", "İ" and "ı" ~ "i"); a test checks this list against every code point.
FOLDS_INTO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_CASE_FREE_ESCAPES = frozenset("wWsSdDbBAZntrfv")  # \w, \s, \d, \b, \A, \Z, control characters


def _folded_source(pattern: re.Pattern[str]) -> str | None:
    """The source of a case-sensitive twin of ``pattern``: on the lower-cased form of an ASCII text, the twin
    matches exactly where ``pattern`` matches the text itself (same spans). None when the source may tell the
    two apart in a way the twin would not (a letter in a case-sensitive pattern, a range that is not a-z or 0-9,
    a scoped flag, a character given by its code).

    Why it holds: an ASCII text and its lower-cased form differ only in the case of letters. A case-insensitive
    pattern compares letters by their lower-case form, so with its own letters lower-cased it may as well be
    case-sensitive and read the lower-cased text; a case-sensitive pattern without letters cannot tell the two
    texts apart.
    """
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE) or pattern.groupindex:
        return None
    icase = bool(pattern.flags & re.IGNORECASE)
    src = pattern.pattern
    out: list[str] = []
    class_start = -1  # index of the first member of the character class we are in, else -1
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            nxt = src[i + 1: i + 2]
            if not (nxt in _CASE_FREE_ESCAPES or (nxt.isascii() and not nxt.isalnum() and nxt)):
                return None  # \x41, \u0041, \N{...}, back-references, an escaped non-ASCII character
            out.append(src[i: i + 2])
            i += 2
            continue
        if ch in FOLDS_INTO_ASCII or (ch.isascii() and ch.isalpha() and not icase):
            return None
        if class_start >= 0:
            if ch == "]" and i > class_start:
                class_start = -1
            elif ch == "-" and class_start < i and src[i + 1: i + 2] != "]":
                lo, hi = src[i - 1].lower(), src[i + 1: i + 2].lower()
                if src[i - 2: i - 1] == "\\" or not ("a" <= lo <= hi <= "z" or "0" <= lo <= hi <= "9"):
                    return None  # a range that may hold letters of one case only, or other characters
        elif ch == "[":
            class_start = i + 2 if src[i + 1: i + 2] == "^" else i + 1
        elif ch == "(" and src[i + 1: i + 2] == "?" and src[i + 2: i + 3].isalpha():
            return None  # a scoped flag: (?i:...), (?-i:...)
        out.append(ch.lower() if ch.isascii() else ch)
        i += 1
    return "".join(out)


def _structure(src: str) -> Iterator[tuple[int, str, int]]:
    """The "(", ")" and "|" of a regex source outside escapes and character classes: index, character, and the
    group depth once it is read."""
    depth, class_start, i = 0, -1, 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if class_start >= 0:
            if ch == "]" and i > class_start:
                class_start = -1
        elif ch == "[":
            class_start = i + 2 if src[i + 1: i + 2] == "^" else i + 1
        elif ch in "()|":
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            yield i, ch, depth
        i += 1


def _splits_at_top(src: str) -> bool:
    """The regex source has a "|" outside every group and class ("^a|b": "b" may match anywhere)."""
    return any(ch == "|" and depth == 0 for _, ch, depth in _structure(src))


def _alternatives(src: str) -> list[str]:
    """The alternatives of a source that is one group "(?:a|b|c)" (or "a|b|c"), else ``[src]``."""
    if src.startswith("(?:") and src.endswith(")") and _group_end(src) == len(src) - 1:
        src = src[3:-1]
    cuts = [i for i, ch, depth in _structure(src) if ch == "|" and depth == 0]
    parts = [src[a + 1: b] for a, b in pairwise([-1, *cuts, len(src)])]
    return parts if all(parts) else [src]


def _group_end(src: str) -> int:
    """Index of the ")" that closes the group opened at src[0]."""
    return next((i for i, ch, depth in _structure(src) if ch == ")" and depth == 0), -1)


def _unbounded(part: str) -> list[str]:
    """Alternatives that together match wherever ``part`` does: without a leading \\b (which only narrows the
    match), and a whole group opened into its own alternatives (so the regex engine can skip on their letters)."""
    if part.startswith(r"\b") and len(part) > 2:
        part = part[2:]
    inner = _alternatives(part)
    if inner == [part]:
        first = _first_repeat(part)
        return [part] if first == part else _unbounded(first)
    return [alt for sub in inner for alt in _unbounded(sub)]


_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")


def _first_atom(alternative: str) -> str:
    """The first atom of a regex alternative with its quantifier, when it is a literal character, ".", an escape
    or a character class; "" when it is anything else (a group, an anchor)."""
    ch = alternative[:1]
    if not ch or ch in "()|^$?*+{}":
        return ""
    end = 1
    if ch == "\\":
        nxt = alternative[1:2]
        if not (nxt in _CASE_FREE_ESCAPES or (nxt.isascii() and not nxt.isalnum() and nxt)):
            return ""  # an escape longer than two characters (\x41, a back-reference)
        end = 2
    elif ch == "[":
        end = _class_end(alternative)
        if end < 0:
            return ""
    quantifier = _QUANTIFIER.match(alternative, end)
    return alternative[: quantifier.end() if quantifier else end]


def _class_end(src: str) -> int:
    """Index just past the "]" that closes the character class opened at src[0], or -1."""
    i = first = 2 if src[1:2] == "^" else 1
    while i < len(src):
        if src[i] == "\\":
            i += 2
            continue
        if src[i] == "]" and i > first:
            return i + 1
        i += 1
    return -1


def _open_front(alternative: str) -> list[str]:
    """Alternatives that together match where ``alternative`` does, with its leading group opened: "(?:a|b)c" is
    "ac" or "bc". A group under a quantifier, or with an empty alternative, stays closed."""
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _group_end(alternative)
    tail = alternative[end + 1:]
    if end < 0 or _QUANTIFIER.match(tail):
        return [alternative]
    inner = alternative[3:end]
    cuts = [i for i, ch, depth in _structure(inner) if ch == "|" and depth == 0]
    parts = [inner[a + 1: b] for a, b in pairwise([-1, *cuts, len(inner)])]
    if not all(parts):
        return [alternative]
    return [alt for part in parts for alt in _open_front(part + tail)]


# A character class of a few plain characters ("[|•·]": no range, escape, negation or nested bracket)
_PLAIN_CLASS = re.compile(r"\[([^\\\]\[^-]+)\]")


def _is_literal(atom: str) -> bool:
    """The atom (see :func:`_first_atom`) is one character matched as itself, with no quantifier."""
    if len(atom) == 1:
        return atom not in ".^$|()[]{}?*+\\"
    return len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum()


def _literal_led(alternative: str) -> list[str]:
    """Alternatives that together match wherever ``alternative`` does (searched anywhere), each starting with a
    literal character where that can be had: a leading class of a few plain characters ("[|•·]\\s") is one
    alternative per character (the same matches), and another leading class or class escape ("\\s", "\\d\\s*",
    "[.!?]\\s+") is dropped when what follows it starts with literal characters (a match of the alternative holds a
    match of what follows, some characters on: a wider test, as a gate may be). Else ``[alternative]``.

    Why: when every alternative of a search starts with a literal character, the regex engine skips in a quick loop
    the positions whose character starts none of them; with one alternative starting with a class it tries every
    alternative at every position (the union gate's search of the aeb blocks: ~55 ns a character of a text none of
    its alternatives starts with, ~9 ns once all start with a literal)."""
    opened = _open_front(alternative)
    if opened != [alternative]:
        return [led for alt in opened for led in _literal_led(alt)]
    atom = _first_atom(alternative)
    if not atom or _is_literal(atom):
        return [alternative]
    rest = alternative[len(atom):]
    members = _PLAIN_CLASS.fullmatch(atom)
    if members is not None:
        return [led for ch in members.group(1) for led in _literal_led(re.escape(ch) + rest)]
    after = _literal_led(rest) if rest else []
    if after and all(_is_literal(_first_atom(alt)) for alt in after):
        return after
    return [alternative]


_LONG_RUN = 10  # a leading run of one character class this long or longer is skipped by a gate (_after_long_run)
_RUN_LIMIT = re.compile(r"\{\d*,(\d+)\}[?+]?")
_RUN_LIMIT_MIN = re.compile(r"\{0*[1-9]\d*(?:,\d*)?\}")  # a repeat of at least once


def _after_long_run(alternative: str) -> str | None:
    """What follows a leading run of one character class that may be ``_LONG_RUN`` characters long or longer
    ("[^.!?]{0,60}" in "[^.!?]{0,60}\\breuters\\b"), when that can not match the empty text; else None.

    Why: anchored at the start, the engine reads such a run to its end and then backs off one character at a
    time, asking what follows at each step: the costliest part of a gate on most blocks. Where the alternative
    matches at the start, what follows the run matches somewhere: searched anywhere it is a wider test (it drops
    the run's length limit), one alternative more in the gate's quick search, and a gate may be wider.
    """
    atom = _first_atom(alternative)
    limit = _RUN_LIMIT.fullmatch(atom, _class_end(atom)) if atom.startswith("[") else None
    if limit is None or int(limit.group(1)) < _LONG_RUN:
        return None
    rest = _first_repeat(alternative[len(atom):])
    return rest if rest and re.search(rest, "") is None else None


def _past_negative_lookaheads(alternative: str) -> str:
    """``alternative`` without the negative lookaheads it opens with ("(?![^$€£¥]*[$€£¥])home|menu…": no price in
    the line), when something is left: it matches wherever the alternative does (a wider test, as a gate may be).

    Why: such a lookahead reads the whole text before the engine tries the words after it, on every block; a gate
    needs only the words (the rule asks its own pattern, lookahead and all). On the aeb blocks the union gate's
    anchored part read ~27% quicker without NAVIGATION_LINE's (0.39 -> 0.29 ms a page), and on 82,118 distinct
    blocks of aeb and wcxb-dev the rules asked stayed the same."""
    body = alternative
    while body.startswith("(?!"):
        end = _group_end(body)
        if end < 0 or _QUANTIFIER.match(body, end + 1):
            return alternative  # unclosed, or a quantified lookahead: left as written
        body = body[end + 1:]
    return body or alternative


def _first_repeat(alternative: str) -> str:
    """A leading group repeated at least once, alone: "(?:a|b)" for "(?:a|b){1,8}$", and "\\d" for "\\d+ min".
    Every match of the alternative starts with a match of it; searched anywhere, it matches wherever the
    alternative does (a wider test, and much quicker for the engine than a repeat it must count)."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        repeat = _QUANTIFIER.match(alternative, end + 1) if end >= 0 else None
        if repeat is not None and (repeat.group() == "+" or _RUN_LIMIT_MIN.match(repeat.group())):
            return alternative[: end + 1]
        return alternative
    atom = _first_atom(alternative)
    if len(atom) > 1 and atom.endswith("+") and not atom.endswith(("\\+", "++", "*+", "?+", "}+")):
        return atom[:-1] + alternative[len(atom):]  # "\\d+\\s*min": its last digit and the rest match too
    return alternative


def _trie(alternatives: list[str]) -> str:
    """An alternation that matches where one of ``alternatives`` does, with the alternatives that start with the
    same atom merged behind it ("ab|ac" as "a(?:b|c)", leading groups opened first).

    Why: the regex engine tries the alternatives of an alternation one after the other at every position, but it
    dismisses one that starts with a literal character in a single step. Merged, a gate's hundreds of phrases are
    a tree the engine walks down one character at a time, instead of a list it walks through at every position.
    Kept is whether some alternative matches at a position, not which one nor how far: all a gate asks.
    """
    heads: dict[str, list[str]] = {}
    for alt in (opened for alternative in alternatives for opened in _open_front(alternative)):
        atom = _first_atom(alt)
        heads.setdefault(atom, []).append(alt[len(atom):] if atom else alt)
    out: list[str] = []
    for atom, rests in heads.items():
        if not atom:
            out.extend(rests)
        elif "" in rests:
            out.append(atom)  # "a" matches wherever "a" followed by anything does
        else:
            out.append(atom + (rests[0] if len(rests) == 1 else "(?:" + _trie(rests) + ")"))
    return "|".join(dict.fromkeys(out))


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")  # runs of characters beyond ASCII


def gate_text(text: str) -> str | None:
    """``text`` lower-cased, for :meth:`Gate.may_match`, when that changes nothing but ASCII letters; else None.

    That is every ASCII text, and a text whose characters beyond ASCII have no case (curly quotes, dashes, "©", "•",
    no-break spaces: most blocks of English pages that are not ASCII). Such a character is the same in the text and
    its lower-cased form, and a case-insensitive pattern matches it with itself only (the characters that fold into
    ASCII letters, ``FOLDS_INTO_ASCII``, all have a case), so :func:`_folded_source`'s argument holds as for ASCII.
    """
    if not text.isascii():
        beyond = "".join(_BEYOND_ASCII.findall(text))
        if beyond.lower() != beyond or beyond.upper() != beyond:
            return None  # a letter beyond ASCII (é, ß, ſ): the gates pass
    return text.lower()


class Gate:
    """A quick "may any of these patterns match this text?", asked once before a rule that needs one of them.

    It never says no when one of the patterns matches (searched anywhere, a wider test than the rules' own):
    patterns with a case-sensitive twin (:func:`_folded_source`) are asked together, as two alternations over the
    lower-cased text (those anchored at the start, then the others), and the rest one by one. Text that
    :func:`gate_text` can not lower-case safely always passes: then the rule asks its own patterns.
    """

    __slots__ = ("_anywhere", "_others", "_start", "patterns")

    def __init__(self, *patterns: re.Pattern[str] | Phrases) -> None:
        self.patterns = patterns
        start: list[str] = []
        anywhere: list[str] = []
        others: list[re.Pattern[str]] = []
        for item in patterns:
            pattern = item.pattern if isinstance(item, Phrases) else item
            twin = _folded_source(pattern)
            if twin is None:
                others.append(pattern)
                continue
            for part in _alternatives(twin):
                if part.startswith("^") and not _splits_at_top(part):
                    body = _past_negative_lookaheads(part[1:])
                    rest = _after_long_run(body)
                    if rest is None:
                        start.append(body)
                    else:  # "^[^.!?]{0,60}reuters": asked as "reuters" anywhere (see _after_long_run)
                        anywhere.extend(led for alt in _unbounded(rest) for led in _literal_led(alt))
                else:
                    anywhere.extend(led for alt in _unbounded(_past_negative_lookaheads(part))
                                    for led in _literal_led(alt))
        self._start = re.compile("^(?:" + _trie(start) + ")") if start else None
        self._anywhere = re.compile("(?:" + _trie(anywhere) + ")") if anywhere else None
        self._others = tuple(others)

    @classmethod
    def union(cls, gates: Iterable[Gate]) -> Gate:
        """One gate that says yes exactly where one of ``gates`` does (their alternations merged into one)."""
        return cls(*dict.fromkeys(pattern for gate in gates for pattern in gate.patterns))

    def may_match(self, text: str, low: str | None) -> bool:
        """``low`` is ``gate_text(text)``: None (a text with letters beyond ASCII) passes."""
        if low is None:
            return True
        # written out, and no generator (any() over one cost the union gate, which has others, a fair part of a
        # microsecond a block): asked of most blocks, often many times
        if self._start is not None and self._start.match(low) is not None:
            return True
        if self._anywhere is not None and self._anywhere.search(low) is not None:
            return True
        for pattern in self._others:  # noqa: SIM110  (any() over a generator: the slower, see above)
            if pattern.search(text) is not None:
                return True
        return False


# --------------------------------------------------------------------------------------------------------------
# markup read before parsing (bytes), and a block's XPath read back
# --------------------------------------------------------------------------------------------------------------

XPATH_STEP = re.compile(r"^([^\[]+)(?:\[(\d+)\])?$")  # one step of a block's XPath: a tag and its position
DOCUMENT_END_TAG = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)
HTML_END_TAG = re.compile(rb"</html", re.IGNORECASE)
START_TAG = re.compile(rb"<[a-zA-Z]")
# React's streamed server rendering: a part of the page that finished late is printed at the end of the body in a
# hidden <div id="S:x">, and a script moves it in place of <template id="B:x"> (a Suspense boundary, its
# "Loading…" fallback after it) or <template id="P:x">. A page saved without running the scripts keeps it there.
STREAMED_PART_MARK = b'id="S:'
STREAMED_PART = re.compile(r"S:([0-9a-zA-Z]+)")
STREAMED_SLOT = re.compile(r"[BP]:([0-9a-zA-Z]+)")

# --------------------------------------------------------------------------------------------------------------
# Markdown dumps (html2text, markdownify, "reader" services): the marks read away, leaving the text a page shows
# --------------------------------------------------------------------------------------------------------------

# (url "title"); a url may hold (x), and a wrapping converter breaks long ones over lines ("wp-\ncontent")
_MD_TARGET = r"\((?:[^()\s]|\n|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
MD_IMAGE = re.compile(r"!\[[^\]]*\]" + _MD_TARGET)  # ![alt](src): a picture shows no text
MD_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]" + _MD_TARGET)  # [text](url): its text
# the end of a link whose "[" opened on an earlier line: markdownify leaves blank lines inside a link that wraps a
# picture and a heading ("[![](src)", blank, "### Headline](url \"Headline\")"); the target is no text a reader sees
MD_LINK_TAIL = re.compile(r"\]" + _MD_TARGET)
MD_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")  # [text][ref]
MD_REF_DEFINITION = re.compile(r"^\s*\[[^\]\n]+\]:\s*\S+.*$")  # [ref]: url "title"
MD_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.\w+)>")
MD_HEADING = re.compile(r"^(\s*)#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")  # "## Title ##"
MD_QUOTE = re.compile(r"^(\s*)(?:>\s?)+")
MD_DEFINITION = re.compile(r"^(\s*):\s{1,4}(?=\S)")  # ":   Help Center, Disputes": a definition list's <dd>
# A line that starts a Markdown block of its own: a heading, a list item, a quote, a table row, a code fence, a rule
# or a heading's underline. Any other line continues the paragraph above it (converters wrap at ~78 columns).
MD_BLOCK_START = re.compile(r"^\s*(?:#{1,6}(?:\s|$)|[*+-]\s+\S|\d{1,3}[.)]\s+\S|>|\||```|~~~|(?:[-*_]\s*){3,}$|=+\s*$)")
# A fence that opens a block of code ("```python", "~~~"); the block ends at a line of the same character, as many
# or more, and nothing else. The lines between are code, kept as they are.
CODE_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
MD_HARD_BREAK = re.compile(r"(?:  |\\)$")  # two spaces or a backslash at a line's end: a <br>, the line ends here
MD_BULLETS = re.compile(r"^(\s*)[*+-]\s+(?:[*+-]\s+)+(?=\S)")  # a nested list's "+ - ", "*   * ": one bullet
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                         r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
MD_CODE = re.compile(r"`([^`\n]+)`")
MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # "\-", "\*", "\[": the character itself


# --------------------------------------------------------------------------------------------------------------
# class / id tokens
# --------------------------------------------------------------------------------------------------------------

TOKEN_SPLIT = re.compile(r"[^0-9a-zA-Z\u00c0-\uffff]+")
CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Tokens that mark a subtree as one kind of boilerplate. Matched with fullmatch against single tokens.
TOKEN_LABELS: tuple[tuple[Label, re.Pattern[str]], ...] = (
    (Label.COOKIE, re.compile(_alt(
        "cookies?", "cookiebar", "cookiebanner", "cookienotice", "consent", "gdpr", "onetrust", "cmpbox", "cmpwrapper",
        "cookiebot", "didomi", "usercentrics", "truste", "quantcast"), _I)),
    (Label.COMMENTS, re.compile(_alt(
        "comments?", "commentlist", "disqus", "respond", "reply", "replies", "discussion", "talkback",
        "trackbacks?", "pingbacks?", "kommentare?", "comentarios?", "commentaires?", "reviews?"), _I)),
    (Label.ADVERTISEMENT, re.compile(_alt(
        "ads?", r"ad\d+", "adv", "advert\\w*", "adsense", "adslot", "adunit", "adwrap", "adbox", "adcontainer",
        "adblock", "dfp", "gpt", "doubleclick", "sponsor\\w*", "promoted", "taboola", "outbrain", "mgid",
        "affiliate", "adbanner", "billboard", "leaderboard", "mpu", "skyscraper", "anzeige", "werbung",
        "publicidad", "publicite", "rec"), _I)),
    (Label.NEWSLETTER, re.compile(_alt(
        "newsletters?", "subscribe", "subscription", "subscriber", "signup", "optin", "mailchimp", "mc4wp",
        "paywallprompt", "paywallmessage", "donate", "donation", "membership"), _I)),
    (Label.SHARE, re.compile(_alt(
        "share", "shares", "sharing", "sharebar", "sharedaddy", "addtoany", "a2a", "social", "socials",
        "sociallinks", "socialmedia", "shariff", "addthis", "sharethis", "follow"), _I)),
    (Label.RELATED, re.compile(_alt(
        "related", "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "trending",
        "popular", "mostread", "readmore", "readnext", "morestories", "teasers?",
        "crp", "yarpp", "upnext", "further", "latest"), _I)),
    (Label.NAVIGATION, re.compile(_alt(
        "nav", "navbar", "navigation", "menu", "menus", "menubar", "submenu", "megamenu", "breadcrumbs?",
        "pagination", "pager", "paging", "toc", "tagcloud", "prevnext", "postnav",
        "crumbs?"), _I)),
    (Label.LEGAL, re.compile(_alt("footer", "colophon", "copyright", "legal", "disclaimer", "impressum",
                                  "imprint", "sitefooter"), _I)),
    (Label.BYLINE, re.compile(_alt(
        "byline", "author", "authors", "dateline", "pubdate", "published", "posted", "timestamp", "postmeta",
        "entrymeta", "articlemeta", "storymeta", "bylines?", "date", "time", "updated", "readtime", "dateline",
        "publishdate", "postdate", "postauthor", "authorname", "authorinfo"), _I)),
    (Label.CREDIT, re.compile(_alt("credit", "credits", "photocredit", "imagecredit", "attribution"), _I)),
    (Label.CAPTION, re.compile(_alt("caption", "captions", "figcaption", "legend"), _I)),
    (Label.OTHER, re.compile(_alt(
        "sidebar", "login", "signin", "search", "searchform", "modal", "popup", "overlay", "toolbar",
        "masthead", "promo", "alert", "notice", "player", "print", "sronly", "offscreen",
        # a forum poster's signature under each of their posts ("message-signature", vBulletin's "sig123")
        "signatures?", r"sig\d+"), _I)),
)

# Class/id tokens among the COMMENTS ones that name a product's reviews: its customers' verdicts, never the replies
# of a thread (a forum names its replies comments, replies or posts)
REVIEW_TOKENS = frozenset({"review", "reviews"})

# Words that name a role only as the head (last part) of a class name: "post-tags" and "entry-categories" are
# tag lists, but "tag-news", "category-sport" and "td-category-pos" are a post's taxonomy or a theme's modifier.
TAIL_TOKEN_LABELS: tuple[tuple[Label, re.Pattern[str]], ...] = (
    (Label.NAVIGATION, re.compile(_alt("tags?", "tagged", "categories", "category", "taxonomy", "topics"), _I)),
)

# Tokens (or joined token pairs) that name an element as the article body. Such an element never takes a
# boilerplate label from its own classes, and it marks the page as an article page.
ARTICLE_TOKENS = frozenset({
    "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "storytext", "entrycontent",
    "postcontent", "postbody", "posttext", "bodytext", "articlebodytext", "richtext", "hentry", "hnews"})

# Class/id names that say for which screen size an element is shown or hidden: a page that prints a box twice, one
# copy for phones and one for desktops, names the copies so ("hide-on-mobile", "mobile-only", "desktop", "md:hidden",
# "hidden-xs", "d-lg-none", "show-for-small-only"). A name qualifies when its word parts (see class_tokens) hold a
# SCREEN_WORD and a SCREEN_VISIBILITY word, or it is a screen word alone; or it is one of the CSS frameworks' names
# in SCREEN_CLASS. A screen word alone in a longer name ("columns is-mobile", "is-size-7-mobile",
# "desktop-dossier-view") styles an element, it does not hide a copy.
SCREEN_WORDS = frozenset({"mobile", "desktop", "tablet", "phone", "handheld"})
SCREEN_VISIBILITY = frozenset({"hide", "hidden", "show", "visible", "only", "none"})
SCREEN_CLASS = re.compile(
    r"^(?:(?:sm|md|lg|xl|2xl):(?:hidden|block|flex)|(?:hidden|visible)-(?:xs|sm|md|lg|xl)(?:-[a-z]+)?"
    r"|d-(?:sm|md|lg|xl)-(?:none|block|flex)|(?:hide|show)-for-(?:small|medium|large|xlarge)(?:-[a-z]+)?)$")

# Class tokens that mean "this element is not shown": its text never reaches the output.
HIDDEN_TOKENS = frozenset({"hidden", "hide", "invisible", "srOnly", "sr-only", "visually-hidden",
                           "screen-reader-text", "screenreader", "d-none", "is-hidden", "u-hidden"})
# Utility-CSS classes that show an element again at some screen size ("hidden md:block"): not hidden on a desktop.
RESPONSIVE_SHOW = re.compile(
    r"\b(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)\b")
# A panel a reader opens with a click (an accordion's answer, a tab's pane), named by its class or id: hidden until
# then, yet the page's text.
COLLAPSED_PANEL = re.compile(
    r"(?:^|[\s_-])(?:accordion|collaps|tab-?pane|tabpanel|tab__content|tab-content|faq|answer)", _I)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", _I)

# --------------------------------------------------------------------------------------------------------------
# text patterns
# --------------------------------------------------------------------------------------------------------------

_AD_WORDS = _alt(
    "advertisements?", "advertising", "advertorial", "adverti[sz]ement", "advert", "ad", "ads",
    "sponsored(?: content| post| story| links?)?",
    "promoted(?: content| stories)?", "paid (?:content|post|partner content)", "partner content", "anzeige", "werbung",
    "publicidad", "publicité", "publicite", "pubblicità", "publicidade", "reklama", "реклама", "广告", "広告",
    "anuncio", "advertentie", "annonce", "reklame", "mainos", "iklan", "スポンサー(?:ド)?リンク")
AD_LINE = re.compile(
    r"^[\W_]*" + _AD_WORDS + r"(?:[\W_]+(?:" + _alt(
        "continue reading below", "story continues below(?: advertisement)?", "article continues below",
        "scroll (?:down )?to continue(?: reading)?", "content continues below") + r"))?[\W_]*$", _I)
AD_CONTINUE_LINE = re.compile(
    r"^[\W_]*" + _alt(
        "continue reading below", "(?:the )?(?:story|article) continues below(?: (?:this )?(?:ad|advertisement))?",
        "scroll (?:down )?to continue(?: reading| with content)?", "skip ad", "ad feedback", "report (?:this )?ad",
        "close ad", "remove ads", "ads? by \\w+", "weiter nach der anzeige", "sigue leyendo",
        "la suite après (?:cette )?(?:la )?publicité") + r"[\W_]*$", _I)

# An ad marker with the ad's own line after it: "Advertisement: New AI Strategy Course", "Advertisement (gone after
# registration)", "Advertisement - Members don't see this ad", "Sponsored: <headline>"
AD_LABELLED_LINE = re.compile(
    r"^[\W_]*" + _alt("advertisements?", "sponsored", "anzeige", "werbung", "publicité")
    + r"\s*[-–—:(|]\s*[^.!?]{1,60}[.!?)]?\s*$", _I)

NEWSLETTER_PHRASE = Phrases(*(
    r"\bsubscribe\b", r"\bsubscribers?\b", r"\bsubscription", r"\bnewsletters?\b", r"\bsign(?:ing)? up\b",
    r"\bsign-up\b", r"\bemail address\b", r"\be-mail address\b", r"\byour inbox\b", r"\bdonat(?:e|ion)\b",
    r"\bsupport (?:our|independent) journalism\b", r"\bbecome a (?:member|subscriber|supporter)\b",
    r"\bjoin (?:our|the) (?:mailing )?list\b", r"\bunsubscribe\b", r"\bpaywall\b", r"\bfree trial\b",
    r"\bregister now\b", r"\bget (?:our|the) (?:best|latest|top) stories\b", r"\bdelivered to your inbox\b",
    r"\babonnieren\b", r"\babonner\b", r"\babo\b", r"\bbo[iî]te (?:mail|e-mail|de réception)\b", r"\bpostfach\b",
    r"\bbandeja de entrada\b", r"\bsuscr[ií]b", r"\bbolet[ií]n\b", r"\babonnez", r"\binscri(?:vez|ption)",
    r"\biscriviti\b", r"\bassine\b", r"\bmembership\b"))

# Nouns that name subscriptions without asking for one ("Recent subscribers: 94% engaged", "No subscription fees")
# (not "become a subscriber", "a paid subscriber": those ask)
NEWSLETTER_NOUN = re.compile(r"(?<!\ba )(?<!\bpaid )\b(?:subscribers?|subscriptions?|membership)\b", _I)

COOKIE_PHRASE = Phrases(*(
    r"\bcookies?\b", r"\bconsent\b", r"\baccept all\b", r"\breject all\b", r"\ballow all\b",
    r"\bmanage (?:my )?(?:preferences|options|settings|choices)\b", r"\bprivacy (?:settings|preferences|choices)\b",
    r"\bpersonal data\b", r"\bour partners\b", r"\bvendors?\b", r"\blegitimate interest\b", r"\btracking technolog",
    r"\bdatenschutzeinstellungen\b", r"\beinwilligung\b", r"\bzustimm", r"\bconsentimiento\b",
    r"\baceptar (?:todas?|todo)\b", r"\bconsentement\b", r"\btout accepter\b", r"\btraceurs\b"))

LEGAL_PHRASE = Phrases(*(
    "©", r"\(c\) ?\d{4}", r"\bcopyright\b", r"\ball rights reserved\b", r"\bprivacy (?:policy|notice|statement)\b",
    r"\bterms (?:of (?:use|service|sale)|and conditions|& conditions)\b", r"\bcookie (?:policy|notice|settings)\b",
    r"\bdo not sell\b", r"\bimprint\b", r"\bimpressum\b", r"\bdatenschutz", r"\balle rechte vorbehalten\b",
    r"\baviso legal\b", r"\bpolítica de privacidad\b", r"\bpolitica de privacidad\b",
    r"\btodos los derechos reservados\b",
    r"\bmentions l[ée]gales\b", r"\btous droits r[ée]serv[ée]s\b", r"\bpolitique de confidentialit[ée]\b",
    r"\bconditions g[ée]n[ée]rales\b", r"\baccessibility statement\b", r"\bsitemap\b", r"\bsite map\b",
    r"\bnutzungsbedingungen\b", r"\bagb\b", r"\btérminos (?:y condiciones|de uso)\b",
    r"\bterminos (?:y condiciones|de uso)\b",
    r"\bpowered by\b", r"\bthis site is protected by recaptcha\b", r"\bdisclaimer\b"))
LEGAL_LINK_LINE = re.compile(r"^[\W_]*" + _alt(
    "about(?: us)?", "contact(?: us)?", "careers?", "jobs", "advertise(?: with us)?", "press", "help", "faq",
    "accessibility", "ethics", "code of ethics", "corrections", "masthead", "our team", "work (?:with|for) us",
    "kontakt", "über uns", "contacto", "quiénes somos", "qui sommes-nous", "nous contacter", "terms",
    "privacy", "legal", "rss", "sitemap", "site map", "newsroom", "investors?", "media kit", "feedback")
    + r"[\W_]*$", _I)

SHARE_LINE = re.compile(r"^[\W_]*(?:" + _alt(
    "share(?: (?:this|the)(?: (?:article|story|post|page|video))?| (?:article|story|post|page|video))?(?: on \\w+)?",
    "shares?", "tweet", "facebook",
    "twitter", "x", "linkedin", "pinterest", "whatsapp", "telegram", "reddit", "tumblr", "flipboard",
    "instagram", "youtube", "tiktok", "threads", "bluesky", "mastodon", "rss", "email", "e-mail", "mail",
    "print", "copy link", "copy url", "copied", "link copied", "pin it", "follow(?: us)?(?: on \\w+)?",
    "(?:teilen|compartir|partager|condividi)(?: (?:auf|en|sur|su|per|par|via) [\\w-]+)?",
    "(?:envoyer|enviar|senden|inviare) (?:par|por|per) (?:e-?mail|correo|courriel)", "per e-?mail (?:senden|teilen)",
    "comments?", "save", "gift(?: this)? article",
    "share (?:via|by) \\w+", r"\d+ shares?", "social", "messenger", "sms", "opens in (?:a )?new window",
    "click to share on \\w+(?: \\(opens in new window\\))?") + r")[\W_]*$", _I)
SHARE_TOKEN_LINE = re.compile(r"^(?:(?:share|partager|teilen|compartir)(?: this(?: \w+)?)?\s*:\s*)?(?:(?:" + _alt(
    "share", "facebook", "twitter", "x", "linkedin", "pinterest", "whatsapp", "telegram", "reddit", "email",
    "e-mail", "print", "copy link", "tweet", "flipboard", "messenger", "instagram", "youtube", "tiktok", "threads",
    "bluesky", "rss", "mail") + r")[\W_]*){2,}$", _I)

# "Close" is a dialog's button (OTHER_LINE); page numbers have one to three digits ("01382 472315" is a phone
# number, "$ 189 99" a price)
NAVIGATION_LINE = re.compile(r"^(?![^$€£¥]*[$€£¥])[\W_]*" + _alt(
    "home", "homepage", "menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation",
    "skip to (?:main )?content", "skip to (?:the )?(?:main )?(?:navigation|footer|search)", "skip links?",
    "jump to (?:content|navigation)", "back to top", "to top", "top", "next", "previous", "prev",
    "next (?:post|article|story|page)", "previous (?:post|article|story|page)", "older posts?", "newer posts?",
    "load more", "show more", "view (?:all|more)", "see (?:all|more)", r"page \d+(?: of \d+)?",
    r"\d{1,3}(?: \d{1,3})+", "sections", "categories", "tags?", "topics", "more", "all", "zurück", "weiter",
    "inicio", "accueil", "startseite", "siguiente", "anterior", "suivant", "précédent", "menú") + r"[\W_]*$", _I)
BREADCRUMB = re.compile(r"^[^.!?]{1,80}(?:\s(?:>|»|›|/|→|\\|::)\s[^.!?]{1,80}){1,8}$")

RELATED_HEADING = re.compile(r"^[\W_]*" + _alt(
    "latest", "latest (?:news|stories|articles|posts|videos|headlines|updates)", "the latest", "related",
    "related (?:articles?|stories|story|posts?|content|news|coverage|reading|topics|links|videos?)",
    "read more", "latest (?:from|in|on) [\\w .'&-]+",
    "read (?:more|next|also)(?: from [\\w .'&-]+| on [\\w .'&-]+| about [\\w .'&-]+)?",
    "more (?:from|on|about|in|by) [\\w .'&-]+", "more (?:stories|news|articles|posts|videos|to explore|like this)",
    "more great [\\w .'&-]+ stories",
    "trending(?: now| stories| news| articles| topics)?", "most (?:popular|read|viewed|shared|commented|recent)",
    "popular(?: (?:posts|stories|articles|now|news))?",
    "(?:you|we think you) (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)"
    "(?: (?:these|this|them)(?: (?:posts|stories|articles|videos))?)?",
    "recommended(?: (?:for you|stories|articles|reading|videos|(?:from|by) [\\w .'&-]+))?", "we recommend",
    "recent (?:in|from|on) [\\w .'&-]+",
    "don'?t miss(?: this| these)?", "don’t miss",
    "also read", "also on [\\w .'&-]+", "see also", "further reading", "top stories", "editor'?s'? picks?",
    "editors’ picks?", "in (?:other|case you missed|the news)", "what to read next", "up next", "watch next",
    "recent (?:posts|articles|stories|news)", "other (?:stories|articles|news)", "more headlines",
    "featured(?: (?:stories|articles|posts))?", "suggested(?: (?:reading|articles|stories|for you))?",
    "explore more", "must read", "top picks",
    "das könnte sie (?:auch )?interessieren", "mehr zum thema", "lesen sie (?:auch|mehr)", "weitere artikel",
    "meistgelesen", "neueste artikel", "auch interessant", "te puede interesar", "lo más (?:leído|visto)",
    "noticias relacionadas", "más noticias", "últimas noticias", "también te puede interesar", "lee también",
    "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "articles similaires", "les plus lus",
    "dans la même rubrique", "leggi anche", "potrebbe interessarti", "leia também",
    "(?:você|voce) (?:também )?(?:pode|poderá) gostar", "veja também", "leia mais", "mais lidas?", "relacionad[oa]s",
    "vous (?:aimerez|pourriez aimer) aussi", "à voir aussi", "ti potrebbe interessare", "potrebbe piacerti anche",
    "te (?:puede|podría) gustar", "también te (?:puede|podría) gustar", "artículos relacionados",
    "ook interessant", "lees ook", "meest gelezen", "gerelateerde artikelen",
    "läs också", "læs også", "les også", "relaterte artikler", "relaterade artiklar", "relaterede artikler",
    "czytaj (?:także|też|również)", "zobacz (?:także|też|również)", "podobne artykuły", "przeczytaj też",
    "ilgili haberler", "benzer haberler", "bunlar da ilginizi çekebilir",
    "читайте также", "читать также", "похожие (?:статьи|новости|записи)", "по теме", "популярное",
    "(?:вам )?(?:также )?может быть интересно", "вам (?:также )?(?:может )?понрав(?:ится|иться)",
    "рекомендуем(?: прочитать)?",
    "関連記事", "関連する記事", "関連ニュース", "おすすめ記事", "人気記事", "最新記事", "あわせて読みたい",
    "相关文章", "相關文章", "相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀", "热门文章", "熱門文章",
    "延伸阅读", "延伸閱讀",
    "관련 ?기사", "관련 ?글", "인기 ?기사", "많이 본 뉴스") + r"[\W_]*$", _I)

# The heading of an article's list of sources: "References", "Article Sources:", "Works cited". Not "Notes" or
# "Footnotes", which as often hold the article's own asides; "See also" and "Further reading" are RELATED_HEADING.
REFERENCES_HEADING = re.compile(r"^[\W_]*" + _alt(
    "references", "sources", "citations", "bibliography", "works cited", "literature cited", "cited works",
    "article sources", "sources and references", "references and (?:sources|further reading)",
    "literatur", "literaturverzeichnis", "quellen", "quellenangaben", "einzelnachweise", "referencias",
    "fuentes", "bibliografía", "références", "bibliographie", "sources et références", "riferimenti",
    "bibliografia", "fonti", "referências", "fontes", "bronnen", "literatuur", "источники", "литература",
    "参考文献", "参考資料", "出典") + r"\s*:?\s*$", _I)
# A year, as a dated line holds one ("Feb 11, 2019")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# What an entry of a list of sources holds: a year, a link, "et al.", a DOI, "Retrieved" / "Accessed" (a web source)
CITATION_MARK = re.compile(YEAR.pattern + r"|https?://|\bwww\.|\bet al\b|\bdoi\b|\b(?:retrieved|accessed)\b", _I)
# A line that names its own role in a lead-in label, the way newsrooms and blog themes print them inside an article
# ("Related: Possible Water Plumes on Europa", "READ MORE: The ultimate guide »", "Image caption Scooter Braun has
# managed...", "Image copyright Getty Images"), or a share button's screen-reader text ("Click to share on Twitter
# (Opens in new window)"), or a follow line naming the networks ("Follow Newsbeat on Instagram, Facebook, Twitter and
# YouTube."). The label is the page's own statement of what the line is: it holds whatever prose follows it.
RELATED_LEAD_IN = re.compile(r"^[\W_]*" + _alt(
    "related(?: (?:articles?|stories|story|posts?|content|coverage|reading|links?|videos?))?",
    "read (?:more|also|next)", "see also", "also (?:read|see)", "more on (?:this|that)(?: (?:story|topic))?",
    "recommended reading", "lire aussi", "à lire aussi", "lesen sie auch", "mehr zum thema", "lee también",
    "leia também", "leggi anche", "lees ook")  # and words after the colon: a heading alone is RELATED_HEADING's
    + r"(?: (?:from|on|in|at|about) [^:\n]{1,40})?\s*:\s*\w", _I)
CAPTION_LEAD_IN = re.compile(r"^[\W_]*(?:image|media|photo|video) caption\s+\w", _I)
CREDIT_LEAD_IN = re.compile(r"^[\W_]*(?:image|media|photo|video) (?:copyright|source)\s+\w", _I)
_NETWORK = _alt("facebook", "twitter", "x", "instagram", "youtube", "linkedin", "pinterest", "tiktok", "threads",
                "bluesky", "mastodon", "snapchat", "whatsapp", "telegram", "flipboard", "rss", "social media")
SHARE_BUTTON_LINE = re.compile(
    r"^[\W_]*click (?:here )?to (?:share|email|e-mail|print|tweet|pin|save)\b[^.!?]{0,60}"
    r"\(opens in (?:a )?new (?:window|tab)\)[\W_]*$", _I)
FOLLOW_LINE = re.compile(
    r"^[\W_]*(?:follow|like|find) (?:us|[\w .'&@-]{1,40}?) on " + _NETWORK
    + r"(?:\s*(?:,|and|or|&)\s*(?:on )?" + _NETWORK + r")*[\W_]*$", _I)

_NOT_A_NAME = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
    r"|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|noon"
    r"|midnight|then|now|far|car|bus|train|law|default|contrast|comparison|the|a|an|this|that|these|those|its|his"
    r"|her|their|our|my|your|all|some|many|most|nightfall|dawn|dusk")
BYLINE_NAME = re.compile(
    r"^\W*(?:[Ww]ritten |[Rr]eported |[Pp]osted |[Ww]ords |[Ss]tory )?"
    r"(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor)\s+"
    r"(?!(?i:" + _NOT_A_NAME + r")\b)(?:[A-ZÀ-Ý@][\w'’.-]*|[a-z]+\s+[A-Z])")
BYLINE_LINE = re.compile(_alt(
    r"^(?:published|updated|posted|last updated|modified|created|veröffentlicht|aktualisiert|publicado|actualizado"
    r"|publié|mis à jour)(?:\s*(?:on|am|el|le|:))?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue"
    r"|wed|thu|fri|sat|sun)[a-z]*\b|by\b|\W*$)",
    r"\b\d+\s*(?:min(?:ute)?s?|mins)\.?\s*(?:read|lesezeit|de lectura|de lecture)\b",
    r"^(?:lesezeit|reading time|tiempo de lectura|temps de lecture)\b",
    r"^\W*(?:author|autor|auteur|autore)\s*:"), _I)
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|ene|abr|ago|dic|janv|févr|avr|juil|"
          r"déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|"
          r"février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|"
          r"oktober|dezember|fev|setembro|outubro|gennaio|maggio|giugno|luglio|settembre|ottobre|maart|mei)\w*\.?")
_WEEKDAY = (r"(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|"
            r"mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*")
DATE_LINE = re.compile(
    r"^\W*(?:" + _WEEKDAY + r",?\s+)?(?:"
    r"\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?" + _MONTH + r",?\s+(?:de\s+)?\d{4}"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r")(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$", _I)
# A row of a schedule: a date with no year, a dash and what happens then ("June 9 – West Palm Beach, FL @ Coral Sky
# Amphitheatre", "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI", "14 juin : Paris, Accor Arena"), maybe after
# the round it numbers ("Round 3: June 9 – Tampa", "1a etapa: 10 de março – Interlagos", "3. Lauf: 5. Mai – Hockenheim")
SCHEDULE_ROW = re.compile(
    r"^\W*(?:(?:\d{1,2}(?:st|nd|rd|th|[aoªº])?\.?\s+\w+|\w+\s+\d{1,2})\s*[:–—-]\s*)?"
    r"(?:" + _WEEKDAY + r",?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?" + _MONTH + r")\s*(?:--|[-–—:|@])\s*\w", _I)
# The header of a reader's comment as blog engines print it above the comment's text: "joetoronto says:" (WordPress's
# default template), "Alex on September 17, 2018 at 6:34 am said:". Forum posts ("X said:", "X wrote:") are not
# matched: a forum's posts are its content.
COMMENT_HEADER = re.compile(_alt(
    r"^\W*\S+(?:\s+\S+){0,2}\s+says\s*:\s*$",
    r"^\W*[^.!?:]{1,60}?\s+on\s+(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+" + _MONTH
    + r",?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?"
    r"\s+(?:said|says|wrote)\s*:\s*$"), _I)
# "1.4K", "12K": a bare count of likes or shares
COUNTER = re.compile(r"^\s*\d+(?:[.,]\d+)?\s?[KkMm]\s*$")
_AGO = r"^\W*(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago"  # "3 days ago"
RELATIVE_TIME_LINE = re.compile(_AGO + r"\W*$", _I)
# "32M ago", "1H ago", "2d ago": a teaser card's time line, its unit a letter (a news app's card; no feature of the line
# model, whose weights read RELATIVE_TIME_LINE)
SHORT_AGO_LINE = re.compile(r"^\W*\d{1,2}\s?[mhd]\s+ago\W*$", _I)
# "2 days ago at 07:52 am": when a reader's comment was posted, under the poster's name
POSTED_AGO_LINE = re.compile(_AGO + r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\W*$", _I)

CREDIT_LINE = re.compile(_alt(
    r"^\W*(?:photo(?:graph)?s?|image|images|picture|pictures|illustration|video|graphic|credit|source|foto|fotos|bild"
    r"|imagen|imagem|crédit|crédito|фото)s?\s*(?:credit)?\s*(?::|by\b|©|courtesy\b)",
    r"^\W*(?:фото:?\s*)?(?:из\s+)?личн(?:ый|ого)\s+архив",  # "(from the) personal archive (of ...)": a photo's source
    r"^\W*©\s*[\w .&/-]{2,60}$", r"^\W*(?:courtesy|via)\b[^.!?]{0,80}$",
    r"(?:/|\|)\s*(?:getty images|shutterstock|reuters|ap|afp|epa|alamy|istock|unsplash|dpa|pa|ansa|efe|bloomberg)\b"
    r"[^.!?]{0,40}$",
    r"^[^.!?]{0,60}\b(?:getty images|shutterstock|associated press|ap photo|afp via getty images|istockphoto|unsplash"
    r"|alamy stock photo|reuters)\b[^.!?]{0,40}$"), _I)
# A teaser headline that ends with its video's running time, "How Fast Can Gibbons Swing? (3:04)", or with a count of
# comments or posts, "Week 12 power rankings (133)" (a year, "(2019)", is a film's or a book's, not a count)
DURATION_END = re.compile(r"\S\s\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$")
# Where a teaser's headline runs into its excerpt with no space between, as a converter that does not know the card's
# layout prints them ("…Dearborn Student-AthleteA 24-year-old woman…"): a lowercase letter, a digit, "?", "!", a
# quote or a bracket right before a capitalised word
GLUED_HEADLINE = re.compile(r"(?<=[a-z0-9?!’'\"”)])(?=[A-Z][a-z]*[ ,])")
# A section's title after its number, as a table of contents prints it: "2.8 From bit-flips to phase-flips",
# "1. Getting Started", "4.1 Reduce the number of prompts" (group 1: the number, dots between its parts; the title
# starts with a letter or a quote, so "1 (3)" and "2 x HDMI 2.1" are no titles). A book's part heading in Roman
# numerals ("III Applications and reality") may stand between them: SECTION_PART. A dump may print either as a list
# item, after its bullet ("+ 0.1 Complex numbers"; inscriptis prints a third level's as "o").
_BULLET = r"^\s*(?:[-+*•·▪◦o]\s+)?"
SECTION_TITLE = re.compile(_BULLET + r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[^\W\d_]|[\"“‘'])(?!x\s)")
SECTION_PART = re.compile(_BULLET + r"[IVX]{1,4}\.?\s+[A-Z]")
LIST_NUMBER = re.compile(r"^\d{1,3}[.)]$")  # a numbered list's entry number on its own: "1.", "12)"
COUNT_END = re.compile(r"\S\s\((?!(?:19|20)\d\d\))\d{1,5}\)\s*$")
# A news story's dateline, "MADRID —", "DUBAI, United Arab Emirates —", "WASHINGTON (AP) —": its first paragraph
DATELINE = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})?"
                      r"(?: \([A-Za-z.]{2,12}\))? [—–-] \S")
# A teaser's headline run into its excerpt's dateline on one line ("Indian-origin man pleads guilty to fraud scheme in
# US NEW YORK: An Indian-origin man has…"): a word ending the headline, then the dateline in capitals and ":" or a dash
MIDLINE_DATELINE = re.compile(r"(?<=[A-Za-z0-9?!’'\"”)]) (?=[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3}"
                              r"(?: \([A-Za-z.]{2,12}\))?(?::| [—–-]) [A-Z“\"‘'])")
# "Source: statista.com": the source of a figure or a statistic quoted above, not the credit of a photograph
SOURCE_CREDIT = re.compile(r"^\W*(?:sources?|quelle|fuente|fonte|bron)\s*:", _I)
CREDIT_AGENCY_LINE = re.compile(r"^[A-Z][A-Z-]{1,15}/[A-Z][A-Z .'-]{2,40}$")  # "EPA-EFE/SERGEI CHIRIKOV"
COPYRIGHT_NOTICE = Phrases(*(
    r"©\s*(?:\d{4}|copyright)", r"\b\d{4}\s*©", r"\bcopyright\s*(?:©\s*)?\d{4}", r"rights reserved",
    r"derechos reservados", r"droits r[ée]serv[ée]s", r"rechte vorbehalten", r"diritti riservati"),
    triggers=("©", "copyright", "rights reserved", "derechos", "droits", "rechte", "diritti"))
TAXONOMY_LINE = re.compile(
    r"^\W*(?:tags?|tagged(?: with| as)?|categor(?:y|ies|ised as|ized as)|filed (?:under|in)|topics?|posted in"
    r"|schlagwörter|etiquetas|mots-clés|thèmes?)\b", _I)

COMMENTS_LINE = re.compile(r"^[\W_]*" + _alt(
    r"\d+\s+comments?", r"comments?(?:\s*\(\d+\))?", "leave a (?:comment|reply)", "post a comment",
    "add a comment", "write a comment", "join the (?:conversation|discussion)", "show comments", "view comments",
    "load comments", "reply", r"\d+ repl(?:y|ies)", "be the first to comment", "no comments(?: yet)?",
    "comments are closed", "log in to (?:comment|reply)", "what do you think\\??", "kommentare?", "comentarios?",
    "commentaires?", "reply to this comment", "cancel reply", "leave a reply cancel reply", "discussion",
    r"\d+ responses?", r"responses?(?:\s*\(\d+\))?", "(?:see|show|view|read) all (?:responses|comments|replies)",
    "(?:добавить|оставить|оставьте|написать) комментарий(?: отменить ответ)?", "отменить ответ",
    r"комментари(?:и|ев)(?:\s*\(?\d+\)?)?")
    + r"[\W_]*$", _I)
COMMENT_FORM_PHRASE = Phrases(*(
    r"your email address will not be published", r"required fields are marked", r"save my name, email",
    r"you must be logged in to post a comment", r"notify me of (?:follow-up|new) comments",
    r"this site uses akismet", r"comment moderation", r"debes iniciar sesión para publicar un comentario",
    r"tu dirección de correo electrónico no será publicada", r"vous devez être connecté pour publier un commentaire",
    r"votre adresse e-mail ne sera pas publiée", r"du musst angemeldet sein, um einen kommentar",
    r"ihre e-mail-adresse wird nicht veröffentlicht", r"сохранить моё имя", r"сохранить мое имя",
    r"ваш адрес email не будет опубликован"))

OTHER_LINE = re.compile(r"^[\W_]*" + _alt(
    "log ?in", "sign ?in", "sign out", "log ?out", "register", "create (?:an )?account", "my account", "account",
    "download (?:the|our) app", "get the app", "loading\\.*", r"loading [\w-]+(?:\.{3}|…)", "please wait",
    "listen(?: to this article)?",
    r"listen \(\d+ min\)", "play", "pause", "mute", "unmute", "fullscreen", "enable javascript.*",
    "javascript is (?:disabled|required).*",
    "(?:this|the) (?:slideshow|gallery|video|content|page|site|form|map|player|feature|app) requires javascript.*",
    "your browser does not support.*", "click here to search",
    "search(?: for)?:?", "search…", "search\\.\\.\\.", "submit", "go", "ok", "cancel", "toggle", "expand", "collapse",
    "open", "close", "close (?:menu|search|window|dialog|panel)", "quote", "read later", "save for later",
    "bookmark", "view image",
    "enlarge(?: image)?", "image", "photo", "video", "watch(?: now)?", "audio", "gallery", r"\d+ of \d+",
    r"(?:image|photo|picture|slide) \d+(?: of |\s*/\s*)\d+",  # a gallery's counter
    "report (?:a|an) (?:error|typo|correction).*",
    "(?:press enter or )?(?:click|tap) (?:here )?to (?:view|enlarge|expand|zoom|open)\\b.*",
    "thank you! your submission has been received", "your submission has been received",
    "oops! something went wrong while submitting the form", "thanks for (?:signing up|subscribing)",
    "you(?:'re| are) (?:all )?(?:signed up|subscribed)",
    "this field is for validation purposes and should be left unchanged",  # form plugins' hidden fields
    "this field is hidden when viewing the form") + r"[\W_]*$", _I)
# An affiliate or sponsorship disclosure: the site's business, not the article.
DISCLOSURE = re.compile(_alt(
    r"\b(?:we|i|the site|this site) (?:may|might|could|will)? ?(?:earn|receive|get) (?:an? )?(?:small )?"
    r"(?:affiliate )?(?:commissions?|compensation|a share of (?:the )?(?:sales?|revenue))\b",
    r"\bwhen you (?:buy|purchase|shop) through (?:links|the links) on our site\b",
    r"\bthis (?:post|article|page|story|content) (?:may )?contains? affiliate links\b",
    r"\bthe following content is brought to you by\b",
    r"\bis supported by (?:its|our) (?:audience|readers)\b"), _I)

# A forum poster's details printed beside every post: rank ("Senior Member", "7+ Year Member"), join date, counts
# ("Posts: 1,077", "2 Likes", "Views 26.2k", a Q&A site's "26.3k 23 gold badges 129 silver badges"), a role shown
# alone ("Member", "Author", "Moderator", "OP", "Offline"), "Original Poster", "Last edited: Jul 21, 2024",
# "Reactions: ...", "Sorted by: Oldest", "Click to shrink...". The readers' thread is the content; the card beside
# each post is not. POSTER_STAT_TERM is the bare term of such a card's definition list (<dt>Messages</dt><dd>11</dd>):
# asked of <dt> blocks only, since a bare "Points" or "Messages" elsewhere may be a heading of the article.
_POSTER_DATE = r"(?:" + _WEEKDAY + r",?\s+)?(?:" + _MONTH + r"\s+)?\d[\w ,.:/-]{0,30}$"  # "Mon Jul 24, 2017 9:28 am"
_POSTER_COUNTS = _alt("posts", "messages", "likes(?: received)?", "reaction score", "points", "reputation",
                      "solutions", "trophies")
POSTER_DETAIL_LINE = re.compile(_alt(
    r"^\W*" + _POSTER_COUNTS + r"\s*:\s*\d[\d,.]*\s*[km]?\W*$",
    r"^\W*\d[\d,.]*\s*[km]?\s+likes?\W*$",
    r"^\W*(?:joined|join date|member since|registered)\s*:?\s*" + _POSTER_DATE,
    r"^\W*(?:senior|junior|new|full|well-known|active|valued|veteran|established|registered) member\W*$",
    r"^\W*\d+\+? years? member\W*$",
    r"^\W*(?:original poster|thread starter|top posters in this topic|member|author|moderator|administrator|op"
    r"|offline)\W*$",
    r"^\W*(?:thread starter|started by)\s*:?\s*\S{1,30}$", r"^\W*(?:replies|views)\s*:?\s*\d[\d,.]*\s*[km]?\W*$",
    r"^\W*(?:reactions|sorted by)\s*:.{0,80}$", r"^\W*click to (?:shrink|expand)\W*$",
    r"^[\d,.]*k?\s*(?:\d[\d,.]*k?\s*(?:gold|silver|bronze)\s+badges?\s*){1,3}$",
    r"^\W*last edited(?: by [^,:]{1,40})?\s*(?:on|:|,)?\s*" + _POSTER_DATE), _I)
POSTER_STAT_TERM = re.compile(r"^\W*(?:" + _POSTER_COUNTS + r"|joined|join date|member since)\s*:?\s*$", _I)
# A shop's controls on a product page or a product card: buttons and widgets, never the product's description
# (wcxb-dev: 134 "Add to cart", 270 "Compare", 24 "In stock" kept inside the region, none in any truth). "Sold out"
# and "Free shipping" are left alone: as often a product's stated condition as a badge.
SHOP_CONTROL_LINE = re.compile(r"^[\W_]*" + _alt(
    "add to (?:cart|bag|basket|trolley|wish ?list|favou?rites|compare|registry)(?:\\s*more info)?",
    "add to cart\\s*(?:more info|select options|read more)", "compare:?", "quick ?(?:view|shop|look)", "qty:?",
    "quantity:?", "(?:decrease|increase|update) quantity", "size (?:guide|chart)", "(?:in|out of) stock",
    "select options", "choose options", "view cart", "checkout", "proceed to checkout") + r"[\W_]*$", _I)

# A call to action: a button or a link styled as one, standing alone ("Learn more", "Get started", "Talk to an expert",
# "Book a demo", "Shop now"). The sentence around such words is the page's; the button alone is not. "Learn more" and
# "Find out more" are left alone: wcxb-dev's truth keeps them on docs and service pages about as often as not.
CALL_TO_ACTION_LINE = re.compile(r"^[\W_]*" + _alt(
    "get in touch", "let['’]s (?:connect|talk|chat)",
    "(?:speak|talk) (?:to|with) (?:an|a|our) (?:expert|specialist|advisor)s?",
    "contact us (?:today|now)", "call us(?: today| now)?", "book (?:a|your) (?:demo|call|(?:free )?consultation)",
    "request (?:a|your) (?:quote|demo|consultation|callback)", "get (?:a|your) (?:free )?quote",
    "get started(?: today| now| for free)?", "start (?:your )?free trial",
    "schedule (?:a|your) (?:free )?(?:consultation|call|demo)", "send us a message",
    "shop now", "book now", "try (?:it )?(?:now|free|for free)", "download now",
    "(?:see|view) (?:plans|pricing)", "pin (?:this|it) for later") + r"[\W_]*$", _I)

# A page that declares itself a forum thread in schema.org terms (JSON-LD "@type" or a microdata itemtype)
THREAD_SCHEMA = re.compile(r"\bDiscussionForumPosting\b")
# A microdata itemtype that marks an element as a schema.org Comment (a reply under a post)
COMMENT_SCHEMA = re.compile(r"schema\.org/Comment$")
ELLIPSIS_END = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")
SENTENCE_END = re.compile(r"[.!?…:;\"”»)\]]\s*$")
PROSE_PUNCT = re.compile(r"[.!?,;:]")
WORD = re.compile(r"\w+")
FIGURE = re.compile(r"^[-+(]?[$€£¥]?\d[\d.,:/%]*[)%]?$")  # a figure on its own: "5040", "1,234.5", "12%", "(3)", "$38"
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul
CJK_PUNCT = re.compile(r"[。、！？，；：]")  # the full-width stops and commas of Chinese and Japanese prose
# A line that opens with punctuation closing a clause, a sentence or a quotation (", the company said", ".", "):",
# "” star, 42, was"): in a dump that prints each piece of inline markup on a line of its own (a link's words, then the
# rest of its sentence), the rest of the line above; no block opens so. An ellipsis ("... more") is left alone: it may
# open a teaser's excerpt.
CLAUSE_CLOSER = re.compile(r"(?!\.\.)[,.;:!?)\]”’»]+(?:\s|$)")
# A line ending in an opening quote mark ("has been eliminated from “"): the quoted words (a link, a title in italics)
# come on the next line in a dump that prints every text node on a line of its own. Not a straight '"': it is an inch
# mark too ("Desk, white, 55 7/8x19 5/8 \"" over its price; wcxb-dev text-nodes: a shop's grid joined so, 0.90 -> 0.70)
OPEN_QUOTE_END = re.compile(r"(?:^|\s)[“‘«„]$")
# Words that join two parts of a line and never stand alone: a converter that prints every text node on a line of its
# own puts them between a link and the text around it ("Milan Griffes" / "on" / "September 12, 2018", "by" / "Jane").
CONNECTIVES = frozenset({
    "by", "on", "in", "at", "and", "or", "of", "from", "with", "for", "to", "via", "the", "a", "an",  # English
    "von", "und", "mit", "am", "im", "bei",  # German
    "par", "et", "le", "la", "les", "de", "du", "des", "à",  # French
    "por", "y", "el", "los", "las", "del", "en", "con",  # Spanish
    "di", "da", "e", "il", "per",  # Italian
})
# ... and those of them no line ends with: a line whose last word is one goes on below ("Farmers along the" over a
# link's "lower valley"). Not "in" or "on": "Sign in" and "Log on" are buttons.
OPEN_ENDED = frozenset({
    "the", "a", "an", "of", "and", "or", "with", "from", "to", "by", "via", "und", "von", "mit", "et", "les", "des",
    "du", "y", "los", "las", "del", "con", "il", "di", "per",
})
# Words that open the rest of a sentence and never a line of their own: a connective, a verb that links or a word
# that opens a clause ("Promova" / "is a language app", "Easy reproduction" / "by copying messages to curl"). A line
# opening with one under a short lead, in a dump that prints every text node, goes on the lead's sentence; a button
# over a date ("Follow" / "answered May 17") or a tag over its values ("Tags" / "python, django") opens with none.
SENTENCE_GOES_ON = CONNECTIVES | frozenset({
    "is", "are", "was", "were", "has", "have", "can", "will", "that", "which", "who", "as", "if", "than", "into",
    "about", "during", "when", "while", "but",  # English
    "ist", "sind", "wird", "der", "die", "das", "zu",  # German
    "est", "sont", "pour", "qui", "que",  # French
    "es", "son", "para",  # Spanish
})
# A line opening with a dash and a lowercase word: a term's description in a list of "Term – what it does" entries, the
# dash and the description printed apart from the term (a bold term in its own text node)
DASHED_REST = re.compile(r"[-–—] ?(?=[^\W\d_])")
# A code token's braces or operator, as a token-by-token dump of a highlighted code block prints them: "{", "=", "=>";
# its unbalanced brackets ("props)", "null);", "setIsOnline]") are told by counting (_text._code_token)
CODE_MARK = re.compile(r"[{}=]")
# A line of code, as a dump that prints a ``<pre>`` block line by line gives it: a call ("print(x)", "loop.run()"), a
# brace or an assignment, an arrow, a comment's mark at its start or a statement's ");" at its end. Prose and menus
# hold none ("Reviews (12)" puts a space before its bracket, "Women(253,555)" holds a count; a list's entries end in
# ";" without a call)
CODE_LINE = re.compile(r"[A-Za-z_][\w.]*\((?!\d[\d,.]*\))|" + CODE_MARK.pattern + r"|->|=>|^\s*(?:#|//)"
                       r"|\);$")
# A line ending in a possessive ("South Korea's", "1973’s"): the noun it owns follows, on the next line in a dump that
# prints every text node on a line of its own ("while South Korea's" / "Kospi Index")
POSSESSIVE_END = re.compile(r"\w['’]s$")
# A speaker's label on a line of its own: "Prof. Carlos:", "Q:", "Jane Doe:" (one to three words, capitalised, a colon)
SPEAKER_LABEL = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?: [\w'’.-]+){0,2}:")
# A lone word that ends a poster's line: "says:" under a commenter's name
SAYS_WORD = re.compile(r"[^\W\d_]{2,12}:")
# A character of the scripts written without spaces between words: CJK punctuation, kana, Han, full-width forms and
# half-width katakana (Hangul is left out: Korean puts spaces between words). Text wrapped in these is broken at any
# character, so its pieces join without a space.
UNSPACED_CHAR = re.compile(
    r"[\u3001-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f]"
)
# A letter heading of an A–Z index: one capital letter alone on its line ("A", "B", "Ж")
INDEX_LETTER = re.compile(r"^\s*[^\W\d_]\s*$")
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters: what a headline is made of (not "$38.00", "4.9")
WHITESPACE = re.compile(r"\s+")
ICON_ONLY = re.compile(r"^[\W_]*$")
TITLE_SPLIT = re.compile(r"\s+(?:[|–—·•»:]|-|::)\s+")
PLACEHOLDER_TEXT = re.compile(r"^\s*lorem ipsum dolor\b", re.IGNORECASE)  # a theme's filler copy, not for reading
# Markup printed as text: a tag (a tracking pixel, a broken embed), or a CMS shortcode the theme did not expand
# ("[button link=... type=...]", "[caption id=...]": a name, then an attribute)
MARKUP_TEXT = re.compile(r"^\s*(?:<(?:img|iframe|div|a|script|span|p|link|meta)\b[^>]*>?|\[[a-z_][\w-]*\s+[\w-]+\s*=)",
                         re.IGNORECASE)
# A menu or footer entry that names the subscription pages rather than asking you to subscribe: "Newsletters",
# "Manage subscription", "Subscriber FAQ" (gold lines of one to three words: "Newsletters" navigation 8, legal 8,
# newsletter 2; "Subscription(s)", "Renew subscription", "Subscriber FAQ", "Group subscriptions" all legal)
SUBSCRIPTION_LINK = re.compile(
    r"^[\W_]*(?:(?:manage|renew|cancel|group|gift|digital|print|my|your|all)\s+)?"
    r"(?:newsletters|subscriptions?|subscriber\s+(?:faq|services|help|center|centre|agreement))[\W_]*$", _I)
NEWSLETTER_CALL = re.compile(
    r"^\W*(?:subscribe|sign(?:ing)? ?up|join (?:our|the)|get (?:our|the) [\w ]*newsletter|newsletter\b|abonn|suscr[ií]b"
    r"|inscri|iscriviti)", _I)
COOKIE_STATEMENT = re.compile(_alt(
    r"\bwe (?:and our partners )?use cookies\b", r"\bthis (?:web)?site uses cookies\b",
    r"\bnous utilisons des cookies\b",
    r"\bce site utilise des cookies\b", r"\bwir verwenden cookies\b", r"\bdiese website verwendet cookies\b",
    r"\butilizamos cookies\b", r"\beste sitio (?:web )?utiliza cookies\b", r"\butilizziamo (?:i )?cookie\b",
    # the placeholder of an embed the reader's consent choices block ("... isn't visible due to your cookie
    # preferences", "These cookies are set and controlled by the third party sources ...")
    r"\bdue to your (?:cookie|privacy|consent) (?:preferences|settings|choices)\b", r"\bthese cookies are set\b",
    # a consent platform's list of the IAB framework's purposes, one a line ("Measure content performance 33
    # partners can use this purpose", "List of IAB Vendors", "Object to Legitimate Interests Remove Objection")
    r"\bpartners? can use this (?:purpose|feature)\b", r"\bstore and/or access information on a device\b",
    r"\blist of iab vendors\b", r"\bobject to legitimate interests?\b"), _I)
# "Home | World | Science | Climate": a row of short menu entries between separators
MENU_ROW = re.compile(r"^[^|•·]{1,30}(?:\s[|•·]\s[^|•·]{1,30}){2,}$")
# A caption that ends with its photo credit: "… trees. Photograph: Sofia Keller/Alpine Research Institute"
_PICTURE = r"(?:photo(?:graph)?|image|picture|foto|bild)s?"
_AGENCY = r"(?:ap|afp|epa|reuters|getty images|shutterstock|alamy|istock|dpa|anadolu)"
INLINE_CREDIT_END = re.compile(
    r"[.!?”\"]\s+(?:" + _PICTURE + r"|(?:crédit photo|credit|source)s?)\s*:\s*[^.!?]{2,80}$"
    # "... earnings. Photograph by Robyn Beck/AFP/Getty Images"
    r"|[.!?”\"]\s+" + _PICTURE + r"\s+by\s+[^.!?]{2,60}$"
    # or in brackets after the caption: "... after the vote (Image: GETTY)", "(Image credit: NASA)", "(Photo by Kevin
    # Mazur/Getty Images)" (never "(Source: ...)", which cites; led by a space, not a word character: the gates
    # search for it everywhere, and \w matches nearly everywhere)
    r"|\s\((?:" + _PICTURE + r"(?:\s+credit)?|credit)s?\s*(?::|by\b)\s*[^()]{2,60}\)$", _I)
# A news photo's caption by its wording: where the people stand ("Jane Doe, left, and John Roe shake hands"; group 1,
# after a name: the rule reads the word before it, as "lower, higher, left, right" is a list), "In this Nov. 10, 2019,
# file photo, ...", and the wire services' weekday and full date set off by commas ("... during a campaign stop,
# Tuesday, Nov. 19, 2019, in Columbia, S.C."). A story names the day, not the weekday and the year.
# (English weekdays written out and AP's months, as the wire services write them: not _WEEKDAY's and _MONTH's many
# languages and abbreviations, which a byline's date uses)
_WIRE_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WIRE_MONTH = r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?"
CAPTION_WORDING = re.compile(
    r", (left|right|center|centre|(?:second |third )?from (?:left|right)),"
    r"|^in this (?:" + _WIRE_WEEKDAY + r",? )?" + _WIRE_MONTH
    + r" \d{1,2}, (?:19|20)\d\d,? (?:file )?(?:photo|image|picture)"
    r"|, " + _WIRE_WEEKDAY + r", " + _WIRE_MONTH + r" \d{1,2}, (?:19|20)\d\d\b", _I)
# "... on July 25, 2019. J. Scott Applewhite / AP file": a caption, then a name (initials allowed), a slash and an
# agency. Apart from INLINE_CREDIT_END, as its gate is AGENCY_SLASH: a gate's search alternatives must each start with
# a literal character (see Gate), and this one starts with a run of any characters.
AGENCY_CREDIT_END = re.compile(r"[.!?”\"]\s+(?:[a-z]\.\s)*[^.!?/]{2,40}\s/\s?" + _AGENCY
                               + r"(?: file| photo| images)?$", _I)
AGENCY_SLASH = re.compile(r"/\s?" + _AGENCY + r"\b", _I)
# A caption's photo credit in brackets at its end, the photographer and the agency: "... October 31, 2019. (Joshua
# Roberts/Reuters)", "(AP Photo/Evan Vucci)"
SLASHED_CREDIT_END = re.compile(r"\([^()/]{2,40}/[^()/]{2,40}\)\W*$")
# The opening of an author's bio: a name, then what they are or do ("Meg James is a corporate media reporter", "Julius
# is an LA Entertainment Reporter", "Jeff Foust (jeff@...) is the editor"); group 1 is the name. (Not "Mike Wall's
# book": a possessive opens the article's own last sentences too, "Alibaba's listing ceremony is due ...")
BIO_OPENING = re.compile(r"^([A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){0,2})(?: \([^()]{1,60}\))?"
                         r" (?:is|was|has|writes|covers|joined)\b")
# "Dana Whitfield", "Jean-Luc O’Neill": a person's name standing alone (next to a date it is a byline)
PERSON_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:de |van |von |da |del |la )?[A-ZÀ-Ý][\w'’.-]+){1,3}$")
# "About Brigit Katz", "Sobre Carlos Nadalim", "Über Moritz Bachmann": the heading of a box about a person, by their
# name (two to four capitalised words; "About Us", "About the author", "About my6sense" are other lines' business)
ABOUT_NAME = re.compile(r"^\W*(?i:about|sobre|über|à propos de)\s+([A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3})\s*$")
AUTHOR_BOX = re.compile(r"^\W*(?:written by|about the author|über den autor|sobre el autor|à propos de l['’]auteur)\b",
                        _I)
# Two sentences in one line: "…on Monday. Officials said…" (a paragraph, never a headline)
SENTENCE_BREAK = re.compile(r"[a-z0-9)”\"’'][.!?]\s+[A-ZÀ-Ý“\"‘']")
