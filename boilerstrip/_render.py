"""Renderings of a Result: plain text, Markdown, JSON-ready dict, HTML, and the inspection report.

Markdown and HTML rebuild the structure of the kept blocks from their tag and, for HTML input, the XPath in
``Block.source``: a paragraph under a ``<blockquote>`` is quoted, an ``<li>`` of an ``<ol>`` is numbered,
consecutive items of one list form one list.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._segment import xpath_steps
from ._types import Block, Label

if TYPE_CHECKING:
    from ._types import Result

_REPORT_TEXT_CHARS = 90  # characters of block text shown per row of the report
_REPORT_REASON_CHARS = 48  # width of the reason column (longer reasons are shown whole and push the text right)

_LIST_TAGS = frozenset({"ul", "ol", "menu"})
_HEADING = re.compile(r"^h([1-6])$")
# Characters XML 1.0 does not allow; lxml never produces them but str input can carry them through.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Markdown: what would turn a line of text into markup if printed as it is.
_MD_ATX = re.compile(r"^(#{1,6})(?=\s|$)")
_MD_BULLET = re.compile(r"^([-+*])(?=\s|$)")
_MD_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_MD_RULE_OR_SETEXT = re.compile(r"^(?:[-*_](?:\s*[-*_]){2,}|=+|-+)\s*$")
_MD_FENCE = re.compile(r"^(?:```|~~~)")
_MD_HTML = re.compile(r"<(?=[A-Za-z/!?])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_CLOSING_HASHES = re.compile(r"(\s)(#+)(\s*)$")


def result_to_dict(result: Result) -> dict[str, Any]:
    return {
        "title": result.title,
        "text": result.text,
        "kind": result.kind.value,
        "url": result.url,
        "encoding": {"name": result.encoding.name, "source": result.encoding.source},
        "truncated": result.truncated,
        "notes": list(result.notes),
        "blocks": [b.to_dict() for b in result.blocks],
    }


# --------------------------------------------------------------------------------------------------------------
# structure of the kept blocks
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Shape:
    """How a kept block is rendered: its kind, and the container that groups it with its neighbours."""

    kind: str  # "title", "heading", "item", "quote", "code", "para"
    level: int = 0  # heading level; list nesting depth (0 = top level)
    ordered: bool = False
    number: int = 1  # position of a list item in its list
    group: str = ""  # path of the list or blockquote: blocks of one group render as one list or quote


def _path(steps: Sequence[tuple[str, int]], upto: int) -> str:
    return "/" + "/".join(f"{tag}[{pos}]" for tag, pos in steps[:upto])


def _shape(block: Block, title: str | None) -> _Shape:
    if block.label is Label.TITLE and title is not None and block.text == title:
        return _Shape("title")
    steps = xpath_steps(block.source)
    tags = [tag for tag, _ in steps]
    heading = _HEADING.match(block.tag)
    if heading:
        return _Shape("heading", level=int(heading.group(1)))
    if block.tag == "pre" or "pre" in tags:
        return _Shape("code")
    if block.tag == "li" or "li" in tags:
        at = len(tags) - 1 - tags[::-1].index("li") if "li" in tags else -1
        if at >= 0:
            lists = [i for i in range(at) if tags[i] in _LIST_TAGS]
            ordered = bool(lists) and tags[lists[-1]] == "ol"
            group = _path(steps, lists[-1] + 1) if lists else _path(steps, at)
            return _Shape("item", level=max(0, len(lists) - 1), ordered=ordered, number=steps[at][1], group=group)
        return _Shape("item")
    if block.tag == "blockquote" or "blockquote" in tags:
        at = tags.index("blockquote") if "blockquote" in tags else len(tags)
        return _Shape("quote", group=_path(steps, at + 1))
    return _Shape("para")


def _shaped(result: Result) -> Iterator[tuple[Block, _Shape]]:
    for block in result.kept:
        yield block, _shape(block, result.title)


# --------------------------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------------------------


def _md_line(line: str) -> str:
    """One line of text, with what Markdown would read as block markup at its start escaped, and raw HTML too."""
    line = _MD_ENTITY.sub(r"\\&", _MD_HTML.sub(r"\\<", line))
    if _MD_RULE_OR_SETEXT.match(line) or _MD_FENCE.match(line) or line.startswith(">"):
        return "\\" + line
    if _MD_ATX.match(line) or _MD_BULLET.match(line):
        return "\\" + line
    return _MD_ORDERED.sub(r"\1\\\2", line, count=1)


def _md_heading(level: int, text: str) -> str:
    text = _md_line(" ".join(text.split()))
    text = _MD_CLOSING_HASHES.sub(lambda m: m.group(1) + "\\" + m.group(2) + m.group(3), text)
    return "#" * level + " " + text


def _md_text(text: str) -> str:
    return "  \n".join(_md_line(line) for line in text.split("\n"))


def _md_fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def result_to_markdown(result: Result) -> str:
    chunks: list[str] = []  # separated by a blank line
    if result.title:
        chunks.append(_md_heading(1, result.title))
    prev: _Shape | None = None
    for block, shape in _shaped(result):
        text = block.text
        if shape.kind == "title":
            continue
        if shape.kind == "heading":
            level = 1 if shape.level == 1 and not result.title else max(2, shape.level)
            chunks.append(_md_heading(level, text))
        elif shape.kind == "code":
            chunks.append(_md_fence(text))
        elif shape.kind == "item":
            marker = f"{shape.number}." if shape.ordered else "-"
            indent = "    " * shape.level
            body = "\n".join(indent + "    " + _md_line(ln) if i else _md_line(ln)
                             for i, ln in enumerate(text.split("\n")))
            item = f"{indent}{marker} {body}"
            if prev is not None and prev.kind == "item" and chunks:
                chunks[-1] += "\n" + item  # one tight list
            else:
                chunks.append(item)
        elif shape.kind == "quote":
            quoted = "\n".join("> " + _md_line(ln) for ln in text.split("\n"))
            if prev is not None and prev.kind == "quote" and prev.group == shape.group and chunks:
                chunks[-1] += "\n>\n" + quoted  # another paragraph of the same quote
            else:
                chunks.append(quoted)
        else:
            chunks.append(_md_text(text))
        prev = shape
    return "\n\n".join(chunks) + ("\n" if chunks else "")


# --------------------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(_XML_INVALID.sub("", text), quote=True)


def _inline(text: str) -> str:
    return "<br/>".join(_esc(line) for line in text.split("\n"))


def result_to_html(result: Result) -> str:
    """A small HTML document that is also well-formed XML (void elements self-closed, text escaped)."""
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"/>']
    if result.title:
        parts.append(f"<title>{_esc(result.title)}</title>")
    parts.append("</head><body><article>")
    if result.title:
        parts.append(f"<h1>{_inline(result.title)}</h1>")
    lists: list[list[Any]] = []  # open lists, outermost first: [tag, group, an <li> is open]
    open_quote: str | None = None

    def close_lists(depth: int) -> None:  # closing tags go on the line they close, adding no text to an <li>
        while len(lists) > depth:
            tag, _, li_open = lists.pop()
            parts[-1] += ("</li>" if li_open else "") + f"</{tag}>"

    def close_quote() -> None:
        nonlocal open_quote
        if open_quote is not None:
            parts.append("</blockquote>")
            open_quote = None

    for block, shape in _shaped(result):
        if shape.kind == "title":
            continue
        if shape.kind != "item":
            close_lists(0)
        if shape.kind != "quote":
            close_quote()
        if shape.kind == "heading":
            level = 2 if shape.level == 1 and result.title else shape.level
            parts.append(f"<h{level}>{_inline(block.text)}</h{level}>")
        elif shape.kind == "code":
            parts.append(f"<pre>{_esc(block.text)}</pre>")
        elif shape.kind == "item":
            tag = "ol" if shape.ordered else "ul"
            depth = shape.level + 1
            close_lists(depth)
            if len(lists) == depth and lists[-1][:2] != [tag, shape.group]:
                close_lists(depth - 1)  # another list at this depth
            elif len(lists) == depth and lists[-1][2]:
                parts[-1] += "</li>"
                lists[-1][2] = False
            while len(lists) < depth:
                if lists and lists[-1][2]:
                    parts[-1] += f"<{tag}>"  # a list nested in the open <li>
                else:
                    parts.append(f"<{tag}>")
                lists.append([tag, shape.group, False])
            parts.append(f"<li>{_inline(block.text)}")
            lists[-1][2] = True
        elif shape.kind == "quote":
            if open_quote != shape.group:
                close_quote()
                parts.append("<blockquote>")
                open_quote = shape.group
            parts.append(f"<p>{_inline(block.text)}</p>")
        else:
            parts.append(f"<p>{_inline(block.text)}</p>")
    close_lists(0)
    close_quote()
    parts.append("</article></body></html>")
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------------------------------------------


def _one_line(text: str, limit: int) -> str:
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _head(result: Result) -> str:
    """What the report and the annotated page say first: the input's kind, its encoding and why, url, truncation."""
    enc = result.encoding
    head = f"kind: {result.kind.value}; encoding: {enc.name} ({enc.source})"
    if result.url:
        head += f"; url: {result.url}"
    if result.truncated:
        head += "; TRUNCATED at the input size limit"
    return head


def result_to_report(result: Result) -> str:
    """Every block, one row each: index, kept mark, label, reason, text. When the context pass overruled the first
    pass, a second row shows what the first pass said."""
    rows = [_head(result), f"{'#':>4}  {'keep':4}  {'label':13}  {'reason':{_REPORT_REASON_CHARS}}  text"]
    for b in result.blocks:
        mark = "✔" if b.kept else "·"
        rows.append(f"{b.index:>4}  {mark:4}  {b.label.value:13}  {b.reason:{_REPORT_REASON_CHARS}}  "
                    f"{_one_line(b.text, _REPORT_TEXT_CHARS)}")
        if (b.first_label, b.first_reason) != (b.label, b.reason):
            rows.append(f"{'':>4}  {'':4}  {'':13}  first pass: {b.first_label.value}, {b.first_reason}")
    for note in result.notes:
        rows.append(f"note: {note}")
    kept = sum(1 for b in result.blocks if b.kept)
    rows.append(f"{len(result.blocks)} blocks, {kept} kept; title: {result.title!r}")
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------------------------------------------
# the annotated page: the decision as a picture
# --------------------------------------------------------------------------------------------------------------

# One colour per label (readable on white, told apart in the strip); content is green, the rest cool or warm by
# how close they stand to the article (title, byline, caption) or how far (ads, cookies, legal).
LABEL_COLOURS: dict[Label, str] = {
    Label.CONTENT: "#2e7d32", Label.TITLE: "#1b5e20", Label.BYLINE: "#00838f", Label.CAPTION: "#0277bd",
    Label.CREDIT: "#5c6bc0", Label.ADVERTISEMENT: "#c62828", Label.NEWSLETTER: "#ad1457",
    Label.RELATED: "#ef6c00", Label.SHARE: "#8e24aa", Label.NAVIGATION: "#6d4c41", Label.COOKIE: "#f9a825",
    Label.COMMENTS: "#00695c", Label.LEGAL: "#546e7a", Label.OTHER: "#9e9e9e",
}
_STRIP_MIN_SHARE = 0.15  # per cent of the strip's width: a one-word block still shows as a sliver
_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:60em;padding:0 1em;color:#222}
h1{font-size:1.4em;margin:0 0 .3em}.meta{color:#555;font-size:.9em;margin:.2em 0}
.strip{display:flex;height:28px;border:1px solid #ccc;margin:1em 0 .3em}.strip a{display:block;height:100%}
.strip a.drop{opacity:.35}.legend{display:flex;flex-wrap:wrap;gap:.3em 1em;font-size:.85em;margin-bottom:1.2em}
.sw{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em;border-radius:2px}
.b{border-left:6px solid;padding:.25em .6em;margin:.35em 0;white-space:pre-wrap}
.b.drop{color:#888;background:#fafafa}.b.drop .t{text-decoration:line-through;text-decoration-color:#bbb}
.why{font-size:.8em;color:#444;white-space:normal}.why b{font-weight:600}.first{color:#777}
"""


def result_to_annotated_html(result: Result) -> str:
    """The page's blocks in reading order as a self-contained HTML document (no script, no external resources):
    a strip across the top with one band per block, as wide as its text and coloured by its label (faded when
    dropped), a legend with the count of each label, then every block with its label, kept mark and reason, and
    the first pass's reading where the context pass overruled it. Well-formed XML, like :func:`result_to_html`."""
    blocks = result.blocks
    total = sum(len(b.text) for b in blocks) or 1
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"/>',
             f"<title>{_esc('boilerstrip: ' + (result.title or 'page'))}</title>", f"<style>{_STYLE}</style>",
             "</head><body>", f"<h1>{_inline(result.title or '(no title)')}</h1>"]
    kept = sum(1 for b in blocks if b.kept)
    parts.append(f'<p class="meta">{_esc(_head(result))}; {len(blocks)} blocks, {kept} kept</p>')
    parts += [f'<p class="meta">{_esc(note)}</p>' for note in result.notes]
    parts.append('<div class="strip">')
    for b in blocks:
        share = max(_STRIP_MIN_SHARE, 100 * len(b.text) / total)
        parts.append(f'<a href="#b{b.index}" class="{"keep" if b.kept else "drop"}" '
                     f'style="width:{share:.2f}%;background:{LABEL_COLOURS[b.label]}" '
                     f'title="{_esc(f"#{b.index} {b.label.value}: {b.reason}")}"></a>')
    parts.append("</div>")
    counts = Counter(b.label for b in blocks)
    parts.append('<div class="legend">' + "".join(
        f'<span><span class="sw" style="background:{LABEL_COLOURS[label]}"></span>{label.value} {counts[label]}</span>'
        for label in Label if counts[label]) + "</div>")
    for b in blocks:
        colour = LABEL_COLOURS[b.label]
        why = f'<b style="color:{colour}">{b.label.value}</b>, {"kept" if b.kept else "dropped"}: {_esc(b.reason)}'
        if (b.first_label, b.first_reason) != (b.label, b.reason):
            why += f' <span class="first">(first pass: {b.first_label.value}, {_esc(b.first_reason)})</span>'
        parts.append(f'<div id="b{b.index}" class="b {"keep" if b.kept else "drop"}" style="border-color:{colour}" '
                     f'title="{_esc(b.source)}"><div class="why">#{b.index} {why}</div>'
                     f'<span class="t">{_esc(b.text)}</span></div>')
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
