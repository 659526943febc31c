"""Plain text → Segments, and the text-only evidence for where the article is.

Dumps come from many converters: one paragraph a line or hard-wrapped at a fixed width, blank lines between
blocks or none, indentation from a layout-keeping converter, ``*`` bullets. We undo the wrapping, keep the line
span of every segment, and find the article as the runs of prose lines that outweigh the short lines around them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise

from ._options import Options
from ._patterns import (
    ABOUT_NAME,
    CJK_CHAR,
    CJK_PUNCT,
    CLAUSE_CLOSER,
    CODE_FENCE,
    CODE_LINE,
    CODE_MARK,
    CONNECTIVES,
    DASHED_REST,
    ELLIPSIS_END,
    FIGURE,
    MD_AUTOLINK,
    MD_BLOCK_START,
    MD_BULLETS,
    MD_CODE,
    MD_DEFINITION,
    MD_EMPHASIS,
    MD_ESCAPE,
    MD_HARD_BREAK,
    MD_HEADING,
    MD_IMAGE,
    MD_LINK,
    MD_LINK_TAIL,
    MD_QUOTE,
    MD_REF_DEFINITION,
    MD_REF_LINK,
    MD_STRONG,
    OPEN_ENDED,
    OPEN_QUOTE_END,
    POSSESSIVE_END,
    SAYS_WORD,
    SENTENCE_GOES_ON,
    SPEAKER_LABEL,
    UNSPACED_CHAR,
    WHITESPACE,
)
from ._segment import Segment
from ._types import Label

_WRAP_MIN_WIDTH = 50  # narrower "wrapping" is a column of short lines, not wrapped prose
_WRAP_MAX_WIDTH = 200  # wider is no terminal's or mail reader's width: lines as the page gave them
_WRAP_PERCENTILE = 0.98  # the width: the length this share of the lines stays within (a long URL may stick out)
_WRAP_SLACK = 0.8  # a line at least this share of the wrap width may have been wrapped
_WRAP_BELOW = 0.6  # ... and the band from this share up to it is what the pile-up is measured against
_WRAP_PILE_UP = 1.5  # wrapped paragraphs put this many times more lines just under the width than in that band
_WRAP_MIN_LINES = 8  # lines a page needs to be judged at all
_WRAP_FEW_LINES = 5  # lines at the width that tell on a short page (a post of two wrapped paragraphs): with fewer
# than ten of them, _WRAP_UNFILLED lets none through that would have taken the next word
_WRAP_UNFILLED = 0.1  # share of those lines that may be followed by a word that would have fitted on them
_WRAP_CARRIED = 1.5  # lines at the width carried on by a lowercase word that would not have fitted, to each one
# followed by a word that would have: wrapped sentences, even among menus of headlines (which fill no line) and
# short paragraphs (which thin the pile-up); sources broken by hand hold as many fitted words as carried ones.
# On aeb's wrapped dumps 12 pages more are unwrapped (wrapped shingle F1 0.9249 -> 0.9328, 10 pages better, none
# worse); wcxb-dev every 4th wrapped 0.8137 -> 0.8169 (+11 -2), the other converters unchanged
_BROKEN_MIN_WORDS = 4  # words the line above needs before a lowercase line is read as the rest of its sentence
_BROKEN_MIN_CHARS = 40  # ... and characters: half an editor's 80 columns ("How far is Nara from Kyoto 8 replies" is
# a headline, "T.Todua Over a year ago" a commenter's name)
_CODE_MARKS = frozenset("{}<>=")  # characters of code or markup, which prose seldom holds
_BROKEN_MIN_TAIL = 3  # words the lowercase line needs, unless it ends the sentence
_INLINE_MAX_WORDS = 8  # words of a link's or an emphasis's text a node-per-line dump puts between two pieces of its
# sentence ("request a call with GiveWell staff"); a longer line is a sentence of its own
_LEAD_MAX_WORDS = 4  # words of a link that opens a sentence ("The New York Times"); "dcsan Over a year ago" over a
# lowercase comment is a commenter's line
_LEAD_MIN_WORDS = 6  # words the lowercase rest of a sentence needs under a short line that opens it ("Apple" over
# "said on Tuesday that ..."); fewer are a menu's or a card's lines ("Tags" over "python, django")
_LEAD_LONG_WORDS = 10  # ... and it ends its sentence, or is this long: "Follow" over "answered on the same day as the
# question" is a button over its post's date line
_POSTER_LINE_WORDS = 12  # words of a poster's line (a name, a date) a lone "on" or "says:" joins; longer is prose
_SPEAKER_TURNS = 3  # lines under a speaker's label ("Prof. Carlos:") that make a dialogue, by two speakers or more;
# "Tags:" or "Filed under:" said again over each teaser of a listing has one label (aeb text-nodes: a transcript)
_SPEAKER_MIN_WORDS = 3  # words of what a speaker says ("Por sua causa, Carlos."); fewer are a label's value
_SAID_ENDS = frozenset(".!?…\"”")  # ... and it ends a sentence: "Weight:" over "3.7 to 3.9 lbs" is a spec sheet's row
# A table a converter printed one cell a line (lxml's text lines): rows of short cells, figures standing in the same
# columns row after row, read back as one line a row. aeb lxml-lines: a standings table printed a cell a line read as
# menus and numbers (page 0.07 -> 0.77, as html_text reads its rows); wcxb-dev every 4th lxml-lines: three data tables
_CELL_WORDS = 4  # a cell is a figure or a name ("Martin Truex Jr."); longer is a line of text
_CELL_CHARS = 32
_CELL_COLUMNS = (3, 12)  # columns a table has: a row with fewer holds no three figures; more is no table a page prints
_CELL_ROWS = 4  # rows of the same shape that make a table (three may be a score line and two dates)
_CELL_FIGURES = 3  # figures a row holds, as a row of figures does in ``_context.data_tables``
# A table whose last column is a remark, a sentence a row ("DL", "Larry Ogunjobi", "63", "85%", "1 tackle (1
# combined). 1 sack, 2 QH."): the remark stands for the third figure. aeb, all pages: text-nodes 0.9405 -> 0.9422,
# lxml-lines 0.9454 -> 0.9463 (a page of players' snap counts read as menus: 0.45 -> 0.94, 0.74 -> 0.96), others and
# wcxb-dev every 4th page (six converters) unchanged; a shop's "£169", "15%", "bought" over a product name is no row
_REMARK_WORDS = 30  # words of a remark, a sentence or two ending a row; longer is a paragraph of its own
_REMARK_FIGURES = 2  # figures in the short cells of a row that ends in a remark
_CODE_TOKEN_WORDS = 3  # words of a code block's line in a token-by-token dump ("from 'react';")
_CODE_TOKEN_CHARS = 40
_CODE_MIN_TOKENS = 8  # lines a token-by-token code block has; fewer are a line or two of code, left as printed
_CODE_SHARE = 0.4  # share of its lines holding brackets or operators; a menu's hold none
_CODE_GAP = 3  # plain short lines (keywords, names) between two code tokens; more are a menu below the block
# (wcxb-dev every 4th page: text-nodes 0.7828 -> 0.7875, 11 pages better, 2 worse, documentation pages' code and the
# prose around it; lxml-lines +0.0005, inscriptis +0.0002, html_text level; aeb, six converters, unchanged)
# A code block a converter printed line by line (a ``<pre>`` block's lines: text-nodes, lxml-lines), read back as one
# line as html_text shows it: alone, its lines read as a menu, and cut the article's prose runs around it
_CODE_LINE_CHARS = 160  # a line of code; longer is a paragraph that quotes some
_CODE_MIN_LINES = 4  # lines of code a block needs; fewer are a command or two, left as printed
_CODE_LINE_SHARE = 0.6  # share of the block's lines that read as code (CODE_LINE); the rest are "import x", "else"
_CODE_PLAIN_WORDS = 6  # words of a plain line inside the block ("return total", "Output:"); longer is prose
_CODE_LINE_GAP = 2  # plain lines between two lines of code; more are what follows the block (its tags, a menu)
# (with the glossed terms of _opens_sentence_below and _dashed_rest, wcxb-dev every 4th page: text-nodes 0.7910 ->
# 0.7929, 15 pages better, 9 worse; lxml-lines 0.8080 -> 0.8090, +12 -4; html_text -0.0003, two pages whose truth
# leaves their code out; aeb text-nodes -0.0008, lxml-lines -0.0002: right joins read otherwise downstream)
_BOILERPLATE_COST = 12.0  # words of prose a boilerplate line between two prose runs costs
_SHORT_LINE_COST = 3.0  # words of prose a short unlabelled line (a subheading, a stray label) costs
_RUN_MIN_SCORE = 25.0  # a run of prose must be worth this many words to count as article text
_CJK_CHARS_PER_WORD = 2  # characters of Chinese or Japanese text to a word (most words are one to three characters)
_RUN_SHARE = 0.15  # ... and this share of the best run (a second post of a thread, a second section)
_MD_MARKS = 3  # inline links or pictures that make a dump Markdown (converters write every menu entry as a link)
_ESCAPED = 0xE000  # a Markdown escape ("\*") is held as a private-use character while the marks are read
_UNESCAPE = {_ESCAPED + code: code for code in range(0x21, 0x7F)}


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # first input line (0-based)
    end: int  # one past the last input line
    text: str
    indent: int


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The column at which the text was hard-wrapped, or None when it was not.

    A wrapped dump has a ceiling: nearly every line is at most the width long (``_WRAP_PERCENTILE``), and the lines
    of wrapped paragraphs pile up just under it, many more than in the band below (``_WRAP_PILE_UP``). Lines as a
    page gives them spread out instead; menus and headings, however many, do not hide the pile-up. And a wrapping
    converter fills each line: the word after a line near the width would not have fitted on it (a grid of product
    names over their prices piles up too, but every price would have fitted). Wrapped sentences also tell on their
    own, without the pile-up: many lines at the width carried on by a lowercase word that would not have fitted,
    well more than lines followed by a word that would have (``_WRAP_CARRIED``)."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = lengths[max(0, int(len(lengths) * _WRAP_PERCENTILE) - 1)]
    if width < _WRAP_MIN_WIDTH or width > _WRAP_MAX_WIDTH:
        return None
    near = sum(1 for n in lengths if width * _WRAP_SLACK <= n <= width + 2)
    below = sum(1 for n in lengths if width * _WRAP_BELOW <= n < width * _WRAP_SLACK)
    # lines near the width whose next line's first word would have fitted after them: not filled greedily; and
    # those whose next line carries the sentence on with a lowercase word that would not have fitted
    followed = fitted = carried = 0
    for above, line in pairwise(lines):
        end = len(above.rstrip())
        if width * _WRAP_SLACK <= end <= width + 2 and line.strip():
            followed += 1
            if _first_word_fits(end, line, width):
                fitted += 1
            else:
                first = line.split(None, 1)[0]
                carried += first[:1].isalpha() and first.islower()
    if carried >= _WRAP_FEW_LINES and carried >= _WRAP_CARRIED * fitted:
        return width
    if near < _WRAP_FEW_LINES or near < _WRAP_PILE_UP * below:
        return None
    return width if fitted <= _WRAP_UNFILLED * followed else None


def _first_word_fits(end: int, line: str, width: int) -> bool:
    """Whether the first word of ``line`` (not blank) would have fitted after a line ``end`` characters long, in a
    text wrapped at ``width``: a greedy wrap would then have put it there."""
    return end + 1 + len(line.split(None, 1)[0]) <= width


def _wrapped_onto(above: str, line: str, width: int) -> bool:
    """Whether ``line`` continues ``above``, wrapped at ``width``: ``above`` is near the width, and the first word
    of ``line`` would not have fitted after it (a wrapping converter fills each line greedily). A short price,
    date or label under a long product name would have fitted: it is a line of its own."""
    head = line.lstrip()
    if not head or head.startswith(("* ", "- ", "• ")):
        return False
    end = len(above.rstrip())
    return end >= width * _WRAP_SLACK and not _first_word_fits(end, head, width)


def _broken_onto(above: str, line: str, words: int, chars: int) -> bool:
    """Whether ``line`` carries on the sentence of ``above`` in a dump that is not wrapped at one width (a page's
    source broke its paragraphs where the author's editor did, and a converter kept those breaks): ``above`` ends
    inside a sentence (a lowercase letter or a comma) and is sentence-long (a "Follow" button above "answered May 17"
    is not), and ``line`` opens with a lowercase word. ``words`` and ``chars`` measure the logical line ``above``
    ends (a sentence broken twice is one line), counted by the caller as it grows: joining it again for every line
    would cost time quadratic in a long run's length. Menu entries are short on both sides."""
    head = line.lstrip()
    tail = above.rstrip()
    if not head or not tail or not (tail[-1].islower() or tail[-1] == ","):
        return False
    if len(line) - len(head) != len(above) - len(above.lstrip()):
        return False  # a line indented otherwise is another block (a nested list's entry)
    if not _opens_lowercase(head):
        return False  # "make-up" and "mogul," go on a sentence; "iPhone", "§ 68", a list's "b)" or "o" bullet do not
    if len(head.split()) < _BROKEN_MIN_TAIL and not head.endswith((".", "!", "?")):
        return False  # a word or two under a line are a tag or a menu entry ("see also"), unless they end the sentence
    if head[-1].isdigit():
        return False  # "asked Oct 16, 2010 at 21:58" under a poster's card is a line of its own
    if not _CODE_MARKS.isdisjoint(tail) or not _CODE_MARKS.isdisjoint(head):
        return False  # code breaks its lines on purpose ("fn max(self) -> Self" over "where Self: Sized,")
    if tail.rsplit(None, 1)[-1] == head.rsplit(None, 1)[-1]:
        return False  # entries of one list end alike ("… 315 replies" over "… 6 replies")
    return words >= _BROKEN_MIN_WORDS and chars >= _BROKEN_MIN_CHARS


def _opens_lowercase(head: str) -> bool:
    """``head`` (stripped) opens with a lowercase word of two letters or more, as the rest of a sentence does."""
    first = head.split(None, 1)[0].rstrip(",;:")
    return len(first) >= 2 and first[:1].isalpha() and first.islower() and first[-1] not in ".)"


def _closes_clause(line: str) -> bool:
    """``line`` opens with punctuation that closes a clause or a sentence (CLAUSE_CLOSER): the rest of the line
    above."""
    return CLAUSE_CLOSER.match(line.lstrip()) is not None


def _inline_between(above: str, line: str, below: str, words: int) -> bool:
    """Whether ``line`` is a piece of inline markup (a link's or an emphasis's words) printed on a line of its own
    between two pieces of its sentence, as a converter that prints every text node so does: ``above`` ends inside a
    sentence and is sentence-long (``words`` of its logical line), ``line`` is a few words, and ``below`` carries the
    sentence on (closing punctuation, or a lowercase word)."""
    tail, head, rest = above.rstrip(), line.strip(), below.strip()
    if not tail or not head or not rest or words < _BROKEN_MIN_WORDS:
        return False
    if not ((tail[-1].isalpha() and tail[-1].islower()) or tail[-1] == ","):
        return False
    if len(head.split()) > _INLINE_MAX_WORDS or head.startswith(("* ", "- ", "• ")) or not any(map(str.isalpha, head)):
        return False  # (a vote count between two questions' titles is no link's words)
    if not _CODE_MARKS.isdisjoint(head) or not _CODE_MARKS.isdisjoint(rest):
        return False
    return _closes_clause(rest) or (_opens_lowercase(rest) and len(rest.split()) >= _BROKEN_MIN_TAIL)


def _lone_connective(line: str) -> bool:
    """``line`` is one connective word ("by", "In"): it goes on below. "EN" or "DE" in a language menu and an
    index's letter "A" or "E" are lines of their own."""
    return line in CONNECTIVES or (len(line) > 1 and line.istitle() and line.lower() in CONNECTIVES)


def _poster_pieces(raw: Sequence[str], i: int) -> int:
    """How many lines from ``raw[i]`` on are pieces of the short line above, in a dump that prints every text node
    on a line of its own ("Milan Griffes" / "on" / "September 12, 2018" / "said:"): a lone connective ("on", "by")
    and the line below it (2), or a lone "says:"-like word (1); else 0."""
    word = raw[i].strip()
    if word in CONNECTIVES:
        return 2 if i + 1 < len(raw) and raw[i + 1].strip() else 0
    return 1 if word.islower() and SAYS_WORD.fullmatch(word) is not None else 0


def _opens_sentence_below(first: str, below: str) -> bool:
    """Whether ``first``, a short line alone, opens the sentence that goes on in ``below``: a link's or an
    emphasis's words printed on a line of their own ("Apple" over "said on Tuesday that it would ..."). A button
    over a date ("Follow" over "answered May 17, 2013 at 16:35") or a vote count over a title ("5" over "join files
    in linear mode") is no sentence."""
    head = below.strip()
    if not (head and _opens_lowercase(head) and first[-1:].isalpha() and _CODE_MARKS.isdisjoint(head)
            and _CODE_MARKS.isdisjoint(first)):
        return False
    words = head.split()
    if len(words) >= _LEAD_MIN_WORDS and (head[-1] in ".!?" or len(words) >= _LEAD_LONG_WORDS):
        return True
    # shorter, when it opens as only the rest of a sentence does ("Easy reproduction" over "by copying HTTP messages
    # to curl or Postman"): a bold term's gloss in a list of them
    return (first[:1].isupper() and len(words) >= _BROKEN_MIN_TAIL and not head[-1].isdigit()
            and words[0].rstrip(",") in SENTENCE_GOES_ON)


def _glossed(first: str, below: str) -> bool:
    """``first`` is a short lead whose sentence ``below`` goes on (see ``_opens_sentence_below``)."""
    return len(first.split()) <= _LEAD_MAX_WORDS and _opens_sentence_below(first, below)


def _dashed_rest(above: str, line: str, below: str) -> bool:
    """Whether ``line`` is the dash and the description of the term ``above`` ("Pipeline-aware" over "- executes in
    the correct order"), printed apart from it: it opens with a dash and three lowercase words or more (a commenter's
    "– name" signature is one), ``above`` ends in a word and is no bullet, and neither line next to it opens with that
    dash (a list of "- " bullets does)."""
    head, tail, rest = line.strip(), above.strip(), below.strip()
    if DASHED_REST.match(head) is None or not tail[-1:].isalnum() or tail[:1] == head[0] or rest[:1] == head[0]:
        return False
    gloss = head[1:].lstrip()
    return _opens_lowercase(gloss) and len(gloss.split()) >= _BROKEN_MIN_TAIL and _CODE_MARKS.isdisjoint(head)


_OPENERS = {"(": ")", "[": "]"}  # a bracket a dump prints alone, and the one that closes it
_OPEN_QUOTES = frozenset("“‘«„")  # quote marks that only open a quotation (no space after them when pieces join)


def _goes_on(line: str) -> bool:
    """``line`` carries on a sentence begun above it: it closes a clause, opens with a lowercase word or is a lone
    opening bracket."""
    head = line.strip()
    return bool(head) and (head in _OPENERS or _closes_clause(head) or _opens_lowercase(head))


def _bracketed(raw: Sequence[str], i: int) -> int:
    """How many lines from ``raw[i]`` on are a bracket printed in pieces ("(" / "N225" / ")") and the rest of the
    sentence it stands in ("declined 0.3%, while …"): a lone opening bracket, a few words, a lone closing one, and a
    line that closes a clause or opens with three lowercase words or more; else 0."""
    close = _OPENERS.get(raw[i].strip())
    if close is None or i + 2 >= len(raw) or raw[i + 2].strip() != close:
        return 0  # (not "(" / "Reuters" / ") — The New York …": a dateline opening the paragraph below a caption)
    inside, rest = raw[i + 1].strip(), raw[i + 3].strip() if i + 3 < len(raw) else ""
    if not inside or len(inside.split()) > _INLINE_MAX_WORDS or not rest or CODE_MARK.search(inside + rest):
        return 0
    if (_closes_clause(rest) and any(map(str.isalpha, rest))) or (
            _opens_lowercase(rest) and len(rest.split()) >= _BROKEN_MIN_TAIL):
        return 4  # (not "useState" / "(" / "null" / ")" / ";": code printed token by token)
    return 0  # (nor "iter" / "(" / "iterable" / ")" / "total")


def _owned(raw: Sequence[str], i: int, parts: Sequence[str]) -> bool:
    """Whether ``raw[i]`` is the noun the possessive that ends the line above owns ("while South Korea's" over
    "Kospi Index"): that piece holds a lowercase word (a sentence's, not a menu's "Shop Men's"), or it is the first
    piece alone ("Japan's") and the sentence goes on under the noun."""
    above = raw[i - 1].strip()
    if POSSESSIVE_END.search(above) is None or not raw[i].strip():
        return False
    if len(parts) > 1 or len(above.split()) > 1:
        return any(word[:1].islower() for word in above.split())
    return i + 1 < len(raw) and _goes_on(raw[i + 1])


def _about_name(raw: Sequence[str], i: int, first: str) -> bool:
    """Whether ``first`` and ``raw[i]`` are the two pieces of an "About <First Last>" heading ("Sobre" / "Carlos
    Nadalim") over a bio that names the person again (a menu's "About" / "Get Listed" is no one's box)."""
    about = ABOUT_NAME.match(f"{first} {raw[i].strip()}") if " " not in first else None
    return about is not None and i + 1 < len(raw) and about.group(1).split()[-1] in raw[i + 1]


def speaker_labels(raw: Sequence[str]) -> frozenset[str]:
    """The labels of a dialogue's speakers, each on a line of its own over what they say ("Prof. Carlos:" over
    "Estou aqui ao lado do Eugênio Tadeu."), as a converter that prints every text node puts a bold name: labels of two
    speakers or more, each word capitalised (a forum's "Jane said:" is a poster's line), over a sentence each,
    ``_SPEAKER_TURNS`` times or more in all; a label said once is no speaker's."""
    turns: dict[str, int] = {}
    for line, below in pairwise(raw):
        label = line.strip()
        said = below.strip()
        if label[-1:] == ":" and SPEAKER_LABEL.fullmatch(label) and len(said.split()) >= _SPEAKER_MIN_WORDS \
                and said[-1] in _SAID_ENDS and all(word[:1].isupper() for word in label.split()):
            turns[label] = turns.get(label, 0) + 1
    if len(turns) < 2 or sum(turns.values()) < _SPEAKER_TURNS:
        return frozenset()
    return frozenset(label for label, count in turns.items() if count > 1)


def _carried_on(raw: Sequence[str], i: int, parts: Sequence[str], words: int, chars: int, wrapped: bool,
                speakers: frozenset[str] = frozenset()) -> int:
    """How many lines from ``raw[i]`` on carry on the logical line of ``parts`` (0: none): a sentence the page's
    source broke over lines, and the pieces a converter that prints every text node on a line of its own splits a
    sentence into (a link's words, the punctuation after it, a lone "on" or "by", a commenter's "says:"). ``words``
    and ``chars`` measure the logical line so far (its last piece is ``raw[i - 1]``). In a ``wrapped`` dump (a
    page's source wrapped at 72 columns, printed text node by text node), the pieces inside a sentence are joined,
    but not a capitalised "By" or "Or" over a name or a button, nor a poster's pieces: a wrapping converter prints a
    news page's byline so, and the joined lines read otherwise (aeb wrapped: three articles worse with them)."""
    line = raw[i]
    if not line.strip():
        return 0
    if _broken_onto(raw[i - 1], line, words, chars) or _closes_clause(line):
        return 1
    if not wrapped and _dashed_rest(raw[i - 1], line, raw[i + 1] if i + 1 < len(raw) else ""):
        return 1
    if (i + 1 < len(raw) and not parts[0][:1].islower() and _inline_between(raw[i - 1], line, raw[i + 1], words)
            and not (len(parts) == 2 and words <= _POSTER_LINE_WORDS and _glossed(parts[0], parts[1])
                     and _glossed(line.strip(), raw[i + 1]))):
        return 2  # (not the next of a list of glossed terms: "Easy reproduction" / "by copying messages to curl")
    if words >= 2 and (raw[i - 1].rsplit(None, 1)[-1] in OPEN_ENDED or OPEN_QUOTE_END.search(raw[i - 1].rstrip())):
        # "Farmers along the" over a link's "lower valley"; "... who in 2008, won the" over "Africa Movie ...";
        # "eliminated from “" over a title in italics
        return 1
    if len(parts) == 1 and (parts[0] in CONNECTIVES if wrapped else _lone_connective(parts[0])):
        return 1  # "by" over "Jane Doe", "In" over a link
    if wrapped:
        return 0
    if words <= _POSTER_LINE_WORDS and raw[i - 1].rstrip()[-1:].isalnum() and (pieces := _poster_pieces(raw, i)):
        return pieces
    if words <= _LEAD_MAX_WORDS and _opens_sentence_below(raw[i - 1].strip(), line):
        return 1
    if bracketed := _bracketed(raw, i):
        return bracketed  # "Nikkei 225" / "(" / "N225" / ")" / "declined 0.3%"
    if _owned(raw, i, parts):
        return 1  # "while South Korea's" / "Kospi Index"
    if len(parts) == 1:
        if parts[0] == "A" and (_opens_lowercase(line.strip()) or (i + 1 < len(raw) and _goes_on(raw[i + 1]))):
            return 1  # "A" / "muddled view" / "of US-China talks …": an article, not an index's letter "A" over "Abba"
        if parts[0] in speakers or _about_name(raw, i, parts[0]):
            return 1  # "Eugênio:" / "Por sua causa, Carlos."; "About" / "Carlos Nadalim"
    return 0


def _join(parts: Sequence[str]) -> str:
    """The pieces of one logical line (stripped, not blank) as one text: a space between two pieces, but none
    where both sides of the break are Chinese or Japanese (``UNSPACED_CHAR``), which put no spaces between words and
    are wrapped at any character ("パソコン" over "でそのまま" is "パソコンでそのまま")."""
    if len(parts) == 1:
        return parts[0]
    out = [parts[0]]
    for above, part in pairwise(parts):
        # the comparison spares the pattern for the ASCII and Latin text of most lines
        unspaced = above[-1] >= "\u3001" and UNSPACED_CHAR.match(above[-1]) and UNSPACED_CHAR.match(part)
        out.append(part if unspaced or above in _OPENERS or above[-1] in _OPEN_QUOTES or CLAUSE_CLOSER.match(part)
                   else " " + part)
    return "".join(out)


def _fenced_blocks(raw: Sequence[str]) -> dict[int, int]:
    """The fenced blocks of code in a dump: the line of each opening fence ("```python", "~~~") and the line of the
    fence that closes it. A fence never closed opens no block here (its lines are read as any others)."""
    blocks: dict[int, int] = {}
    opened, mark = -1, ""
    for i, line in enumerate(raw):
        if "``" not in line and "~~" not in line:  # most lines: no pattern to try
            continue
        fence = CODE_FENCE.match(line)
        if fence is None:
            continue
        if opened < 0:
            opened, mark = i, fence.group(1)
            continue
        closing = line.strip()
        if closing == mark[0] * len(closing) and len(closing) >= len(mark):
            blocks[opened] = i
            opened = -1
    return blocks


def _fenced_line(raw: Sequence[str], start: int, end: int) -> Line:
    """A fenced block of code (``raw[start]`` and ``raw[end]`` are its fences) as one logical line: the code as it
    is, line by line and indented as written, less the indentation of its fence (a block inside a list item)."""
    fence = raw[start].rstrip("\r")
    indent = len(fence) - len(fence.lstrip())
    code = []
    for written in raw[start + 1:end]:
        line = written.rstrip()
        code.append(line[min(indent, len(line) - len(line.lstrip())):])
    return Line(start, end + 1, "\n".join([fence.strip(), *code, raw[end].strip()]), indent)


def split_lines(text: str) -> list[Line]:
    """Group input lines into logical lines: a wrapped paragraph becomes one, and so does a sentence a page's source
    broke over lines or a converter printed piece by piece (see _carried_on), in a wrapped dump too (a page's source
    wrapped at 72 columns, printed text node by text node: the pieces at its links are no wrapping); a fenced block
    of code is one, as written (a Markdown dump's, read back from the kept text); every other line stays its own."""
    raw = text.split("\n")
    width = _wrap_width(raw)
    speakers = speaker_labels(raw)
    fences = _fenced_blocks(raw)
    out: list[Line] = []
    i, n = 0, len(raw)
    while i < n:
        line = raw[i].rstrip("\r")
        if not line.strip():
            i += 1
            continue
        if i in fences:
            out.append(_fenced_line(raw, i, fences[i]))
            i = fences[i] + 1
            continue
        start = i
        parts = [line.strip()]
        indent = len(line) - len(line.lstrip())
        i += 1
        words, chars = len(parts[0].split()), len(parts[0])  # of " ".join(parts), kept up to date
        while i < n and i not in fences:
            if width is not None and _wrapped_onto(raw[i - 1], raw[i], width):
                take = 1
            else:
                take = _carried_on(raw, i, parts, words, chars, width is not None, speakers)
            if not take:
                break
            for part in (raw[j].strip() for j in range(i, i + take)):
                parts.append(part)
                words += len(part.split())
                chars += 1 + len(part)
            i += take
        out.append(Line(start, i, WHITESPACE.sub(" ", _join(parts)).strip(), indent))
    return _code_lines(_tokenised_code(_cell_rows(out)))


def _tokenised_code(lines: list[Line]) -> list[Line]:
    """A code block a converter printed token by token (a highlighter wraps every token in a ``<span>``, and a dump
    that prints every text node puts each on a line of its own: "const", "[", "isOnline,", "setIsOnline]", "="), read
    back as one line: a run of ``_CODE_MIN_TOKENS`` or more short lines, ``_CODE_SHARE`` of them holding code's
    braces, operators or unclosed brackets (``_code_token``), with the few plain tokens ("import", "React,") right
    above the first. Alone, the tokens read as a menu, and so does the prose around them. The run goes on over short
    lines up to the last code token before a gap of plain ones (a menu below the block) or a line of text."""
    code = [_is_token(line.text) and _code_token(line.text) for line in lines]

    def enough(start: int, first: int, last: int) -> bool:
        size = last + 1 - start
        return size >= _CODE_MIN_TOKENS and sum(code[start:last + 1]) >= _CODE_SHARE * size

    return _code_runs(lines, code, lambda j, last: _is_token(lines[j].text) and j - last <= _CODE_GAP + 1,
                      _is_token, _CODE_GAP, enough)


def _code_lines(lines: list[Line]) -> list[Line]:
    """A code block a converter printed line by line, read back as one line: a run of ``_CODE_MIN_LINES`` or more
    lines of code (``_is_code_line``), ``_CODE_LINE_SHARE`` of its lines, with at most ``_CODE_LINE_GAP`` short plain
    lines ("return total", "else") between two of them or right above the first ("import asyncio"; not a line that
    introduces the block: "Example:"); a line ending a sentence ends the block."""
    code = [_is_code_line(line.text) for line in lines]

    def enough(start: int, first: int, last: int) -> bool:
        count = sum(code[first:last + 1])
        return count >= _CODE_MIN_LINES and count >= _CODE_LINE_SHARE * (last + 1 - start)

    return _code_runs(lines, code,
                      lambda j, last: code[j] or (_plain_in_code(lines[j].text) and j - last <= _CODE_LINE_GAP),
                      lambda text: _plain_in_code(text) and text[-1] != ":", _CODE_LINE_GAP, enough)


def _code_runs(lines: list[Line], code: Sequence[bool], goes_on: Callable[[int, int], bool],
               leads: Callable[[str], bool], lead_max: int, enough: Callable[[int, int, int], bool]) -> list[Line]:
    """``lines`` with each run of code read back as one line (``_tokenised_code``, ``_code_lines``). A run opens at
    a line of ``code``, goes on while ``goes_on(j, last)`` (``last``: its last line of code so far) and ends at its
    last line of code; up to ``lead_max`` lines right above it that are not yet joined to anything join it when
    ``leads`` says so; the run is one line when ``enough(start, first, last)`` (its first line, its first line of code,
    its last), else its lines stay as printed."""
    out: list[Line] = []
    n = len(lines)
    i = 0
    while i < n:
        if not code[i]:
            out.append(lines[i])
            i += 1
            continue
        j = last = i
        while j < n and goes_on(j, last):
            if code[j]:
                last = j
            j += 1
        start = i
        while start > 0 and i - start < lead_max and out and out[-1] is lines[start - 1] and leads(out[-1].text):
            start -= 1
            out.pop()
        run = lines[start:last + 1]
        if enough(start, i, last):
            out.append(_row(run))
        else:
            out.extend(run)
        i = last + 1
    return out


def _is_code_line(text: str) -> bool:
    return (len(text) <= _CODE_LINE_CHARS and "\n" not in text and CODE_LINE.search(text) is not None
            and text[-1] not in ".!?")


def _plain_in_code(text: str) -> bool:
    return len(text.split()) <= _CODE_PLAIN_WORDS and "\n" not in text and text[-1] not in ".!?"


def _code_token(text: str) -> bool:
    """A short line holds code's braces or an operator, or brackets that do not close on it ("props)", "(",
    "setIsOnline]"): a menu's "English (US)" or "Reviews (12)" closes its brackets, and a citation's "[3]" too."""
    return (CODE_MARK.search(text) is not None or text.count("(") != text.count(")")
            or text.count("[") != text.count("]"))


def _is_token(text: str) -> bool:
    return len(text) <= _CODE_TOKEN_CHARS and len(text.split()) <= _CODE_TOKEN_WORDS and "\n" not in text


def _cell_rows(lines: list[Line]) -> list[Line]:
    """A table printed one cell a line, read back as one line a row: four or more rows of ``k`` short lines in a
    row in which the figures stand in the same places, three or more of them and a name beside them in every row
    ("1", "Kyle Busch", "5040", "5", "1", "17", "27"), or two or more when the row ends in a remark, a sentence,
    as half the rows do or more ("DL", "Larry Ogunjobi", "63", "85%", "1 tackle (1 combined). 1 sack."; a shop's
    "£169", "15%", "bought" over a product's name is no table).
    A row whose places repeat a shorter row's ("7.1", "Revision Selection", "7.2", "Interactive Staging") is a list
    of numbered entries (a table of contents, a list of counts), not a table: its lines stay apart. The widest
    reading of a run wins (the most cells read as rows). The ``k`` short lines right above the first row, none of
    them a figure, are its header row."""
    n = len(lines)
    low, high = _CELL_COLUMNS
    cell = [_is_cell(line.text) for line in lines]
    figure = [c and FIGURE.match(line.text) is not None for c, line in zip(cell, lines, strict=True)]
    remark = [not f and line.text[-1] in ".!?" and len(line.text.split()) <= _REMARK_WORDS and "\n" not in line.text
              for f, line in zip(figure, lines, strict=True)]

    def rows_from(i: int, k: int, tail: int) -> int:
        """Rows of ``k`` places from line ``i``, the last ``tail`` of them (0 or 1) a remark or a short line of
        text, the others cells with the figures in the first row's places."""
        short = k - tail
        shape = figure[i:i + short]
        if sum(shape) < (_REMARK_FIGURES if tail else _CELL_FIGURES) or _repeats(shape + [False] * tail):
            return 0
        if not tail and sum(shape) == k:
            return 0  # a row of figures alone: no name beside them

        def fits(j: int) -> bool:
            return (all(cell[j:j + short]) and figure[j:j + short] == shape
                    and (not tail or remark[j + short] or (cell[j + short] and not figure[j + short])))

        rows = 0
        while i + (rows + 1) * k <= n and fits(i + rows * k):
            rows += 1
        if tail and 2 * sum(remark[i + r * k + short] for r in range(rows)) < rows:
            return 0  # no remarks: short text in the last place, which a row of three figures would need
        return rows

    out: list[Line] = []
    i = 0
    while i < n:
        best = (0, 0)  # (cells, columns)
        for k in range(low, high + 1) if cell[i] else ():
            if i + k * _CELL_ROWS > n:
                break
            for tail in (0, 1):
                rows = rows_from(i, k, tail)
                if rows >= _CELL_ROWS and rows * k > best[0]:
                    best = (rows * k, k)
        cells, k = best
        if not cells:
            out.append(lines[i])
            i += 1
            continue
        head = out[-k:] if len(out) >= k else []  # the header row: a name a column ("Pos.", "Piloto", …)
        if head and all(_is_cell(line.text) and FIGURE.match(line.text) is None for line in head):
            del out[-k:]
            out.append(_row(head))
        out.extend(_row(lines[row:row + k]) for row in range(i, i + cells, k))
        i += cells
    return out


def _is_cell(text: str) -> bool:
    """A line short enough to be a table's cell: a figure or a name (not a block of code)."""
    return len(text) <= _CELL_CHARS and len(text.split()) <= _CELL_WORDS and "\n" not in text


def _row(cells: Sequence[Line]) -> Line:
    return Line(cells[0].start, cells[-1].end, " ".join(cell.text for cell in cells), cells[0].indent)


def _repeats(shape: list[bool]) -> bool:
    """Whether a row's places of figures are a shorter row's, repeated."""
    k = len(shape)
    return any(k % d == 0 and shape[:d] * (k // d) == shape for d in range(1, k // 2 + 1))


def is_markdown(text: str) -> bool:
    """True for a Markdown dump (html2text, markdownify, the "reader" services): it holds ``_MD_MARKS`` inline
    links or pictures or more. Other converters print neither."""
    if text.count("](") < _MD_MARKS:
        return False
    return next(islice(MD_LINK.finditer(text), _MD_MARKS - 1, None), None) is not None  # stops at the third


def as_shown(block: str) -> str:
    """A line of Markdown, or a block of them a converter wrapped, as the page shows it: one line; a link as its
    words, no pictures (alt texts and icons are no text a reader sees), no heading, quote, definition or emphasis
    marks, one bullet for a nested list's, escapes undone."""
    if MD_REF_DEFINITION.match(block):
        return ""
    escaped = "\\" in block
    if escaped:  # "\*" is a star, never emphasis; "\[" never opens a link: set aside until the marks are read
        block = MD_ESCAPE.sub(lambda m: chr(_ESCAPED + ord(m.group(1))), block)
    if "](" in block:
        block = MD_IMAGE.sub("", block)
        block = MD_LINK.sub(r"\1", block)
        if "](" in block:  # a link inside a link's text
            block = MD_LINK.sub(r"\1", block)
        if "](" in block:  # the tail of a link opened in a block above
            block = MD_LINK_TAIL.sub("", block)
    if "[" in block:
        block = MD_REF_LINK.sub(r"\1", block)
    if "<" in block:
        block = MD_AUTOLINK.sub(r"\1", block)
    if "\n" in block:  # wrapped lines: one line, as they are shown
        rest = block.lstrip()
        block = block[: len(block) - len(rest)] + WHITESPACE.sub(" ", rest)
    if "`" in block:
        block = MD_CODE.sub(r"\1", block)
    if "*" in block or "_" in block:
        block = MD_STRONG.sub(r"\2", block)
        block = MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), block)
    block = MD_HEADING.sub(r"\1\2", block)
    block = MD_QUOTE.sub(r"\1", block)
    if ":" in block:
        block = MD_DEFINITION.sub(r"\1", block)
    block = MD_BULLETS.sub(r"\1* ", block).rstrip()
    return block.translate(_UNESCAPE) if escaped else block


def markdown_lines(text: str) -> list[Line]:
    """A Markdown dump's logical lines: its blocks as a renderer shows them. A block is a heading, a list item, a
    quote, a table row or a paragraph; a line that starts none of them continues the block above (a converter
    wraps at ~78 columns, and may break a link or its URL over lines), unless that block ended with a hard break or
    is a heading, and always while a bracket of the block is open. A fenced block of code is one line, as written
    (its fences too, so the kept text reads back the same); past a fence never closed, lines stay as they are."""
    raw = [line.rstrip("\r") for line in text.split("\n")]
    fences = _fenced_blocks(raw)
    code_end = -1  # the closing fence of the block of code being passed over
    out: list[Line] = []
    block: list[str] = []
    start = 0
    opened = 0  # brackets the block has opened and not closed: "[" and "(" against "]" and ")"
    fenced = False

    def close(end: int) -> None:
        shown = as_shown("\n".join(block)) if block else ""
        if shown.strip():
            first = raw[start]
            out.append(Line(start, end, shown.strip(), len(first) - len(first.lstrip())))

    for i, line in enumerate(raw):
        if i <= code_end:
            continue
        if i in fences and not fenced:
            close(i)
            block, opened = [], 0
            out.append(_fenced_line(raw, i, fences[i]))
            code_end = fences[i]
            continue
        fence = CODE_FENCE.match(line) is not None
        if fenced or fence:
            close(i)
            block, start, opened = [], i, 0
            fenced = fenced != fence  # a fence line opens or closes the code; the code is kept as it is
            if line.strip():
                out.append(Line(i, i + 1, line.strip(), len(line) - len(line.lstrip())))
            continue
        if not line.strip():
            close(i)
            block, opened = [], 0
            continue
        quoted = block and MD_QUOTE.match(block[0]) is not None and MD_QUOTE.match(line) is not None
        if block and (opened > 0 or quoted or not (MD_BLOCK_START.match(line) or MD_HARD_BREAK.search(block[-1])
                                                   or MD_HEADING.match(block[0]))):
            block.append(MD_QUOTE.sub("", line) if quoted else line)
        else:
            close(i)
            block, start, opened = [line], i, 0
        opened += line.count("[") + line.count("(") - line.count("]") - line.count(")")
    close(len(raw))
    return out


def segments_from_text(text: str) -> list[Segment]:
    """The page's logical lines as segments; a Markdown dump is read as the text it shows (each segment's line
    span still points into the input)."""
    lines = markdown_lines(text) if is_markdown(text) else split_lines(text)
    segs = []
    for line in lines:
        seg = Segment(text=line.text, tag="line", source=_span(line.start, line.end), lines=(line.start, line.end),
                      indent=line.indent)
        segs.append(seg)
    return segs


def _span(start: int, end: int) -> str:
    return f"line {start + 1}" if end == start + 1 else f"lines {start + 1}-{end}"


def prose_words(seg: Segment) -> int:
    """Words of the line, where Chinese, Japanese and Korean text (written without spaces between words) counts a
    word for every ``_CJK_CHARS_PER_WORD`` of its characters."""
    if seg.text.isascii():
        return seg.words
    cjk = len(CJK_CHAR.findall(seg.text))
    return seg.words + cjk // _CJK_CHARS_PER_WORD if cjk else seg.words


def is_prose(seg: Segment, options: Options) -> bool:
    return (prose_words(seg) >= options.min_prose_words
            and (seg.punct >= 1 or (not seg.text.isascii() and CJK_PUNCT.search(seg.text) is not None)))


def prose_runs(segments: Sequence[Segment], options: Options) -> list[tuple[int, int]]:
    """Index spans ``[i, j)`` of the runs of prose that make up the article (maximal-scoring subsequences)."""
    scores = []
    for seg in segments:
        first = seg.first
        if first is not None and first.label is not Label.CONTENT:
            scores.append(-_BOILERPLATE_COST)
        elif ELLIPSIS_END.search(seg.text):
            scores.append(-_SHORT_LINE_COST)  # an excerpt cut short is a teaser, not the article
        elif is_prose(seg, options):
            scores.append(float(min(prose_words(seg), 120)))
        else:
            scores.append(-_SHORT_LINE_COST)
    runs: list[tuple[float, int, int]] = []
    _best_runs(scores, 0, len(scores), runs)
    if not runs:
        return []
    best = max(r[0] for r in runs)
    keep = [(i, j) for score, i, j in runs if score >= max(_RUN_MIN_SCORE, best * _RUN_SHARE) or score == best]
    return sorted(keep)


def _best_runs(scores: Sequence[float], lo: int, hi: int, out: list[tuple[float, int, int]]) -> None:
    """Kadane on ``scores[lo:hi]``, then again on what is left on each side (iteratively, no recursion)."""
    todo = [(lo, hi)]
    while todo:
        lo, hi = todo.pop()
        best, best_i, best_j = 0.0, lo, lo
        run, run_i = 0.0, lo
        for k in range(lo, hi):
            if run <= 0:
                run, run_i = 0.0, k
            run += scores[k]
            if run > best:
                best, best_i, best_j = run, run_i, k + 1
        if best <= 0 or best < _RUN_MIN_SCORE:
            continue
        out.append((best, best_i, best_j))
        todo.append((lo, best_i))
        todo.append((best_j, hi))
