"""Renderings of a Result: plain text, Markdown, JSON-ready dict, HTML, and the inspection report."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._types import Result

_REPORT_TEXT_CHARS = 90  # characters of block text shown per row of the report


def result_to_dict(result: Result) -> dict[str, Any]:
    return {
        "title": result.title,
        "text": result.text,
        "kind": result.kind.value,
        "url": result.url,
        "encoding": {"name": result.encoding.name, "source": result.encoding.source},
        "truncated": result.truncated,
        "blocks": [b.to_dict() for b in result.blocks],
    }


def _md_escape(text: str) -> str:
    if text[:1] in "#>-+*" or text[:2].rstrip(".").isdigit() and text[1:2] == ".":
        return "\\" + text
    return text


def result_to_markdown(result: Result) -> str:
    out: list[str] = []
    if result.title:
        out.append("# " + result.title)
    for block in result.kept:
        tag, text = block.tag, block.text
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            level = max(2, int(tag[1]))
            out.append("#" * level + " " + text.replace("\n", " "))
        elif tag == "li":
            out.append("- " + _md_escape(text).replace("\n", "\n  "))
        elif tag == "blockquote":
            out.append("\n".join("> " + ln for ln in text.split("\n")))
        elif tag == "pre":
            out.append("```\n" + text + "\n```")
        else:
            out.append(_md_escape(text).replace("\n", "  \n"))
    return "\n\n".join(out) + ("\n" if out else "")


def result_to_html(result: Result) -> str:
    parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">"]
    if result.title:
        parts.append(f"<title>{html.escape(result.title)}</title>")
    parts.append("</head><body><article>")
    if result.title:
        parts.append(f"<h1>{html.escape(result.title)}</h1>")
    for block in result.kept:
        tag = block.tag if block.tag in ("h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "li") else "p"
        if tag == "h1":
            tag = "h2"
        body = html.escape(block.text).replace("\n", "<br>") if tag != "pre" else html.escape(block.text)
        if tag == "li":
            parts.append(f"<ul><li>{body}</li></ul>")
        else:
            parts.append(f"<{tag}>{body}</{tag}>")
    parts.append("</article></body></html>")
    return "\n".join(parts) + "\n"


def result_to_report(result: Result) -> str:
    rows = [f"{'#':>4}  {'keep':4}  {'label':13}  {'reason':48}  text"]
    for b in result.blocks:
        text = b.text.replace("\n", " ⏎ ")
        if len(text) > _REPORT_TEXT_CHARS:
            text = text[: _REPORT_TEXT_CHARS - 1] + "…"
        reason = b.reason if len(b.reason) <= 48 else b.reason[:47] + "…"
        mark = "✔" if b.kept else "·"
        rows.append(f"{b.index:>4}  {mark:4}  {b.label.value:13}  {reason:48}  {text}")
    kept = sum(1 for b in result.blocks if b.kept)
    rows.append(f"{len(result.blocks)} blocks, {kept} kept; title: {result.title!r}")
    return "\n".join(rows) + "\n"
