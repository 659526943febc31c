"""boilerstrip on Apache Spark: a column of pages in, a column of readings out.

boilerstrip is a pure function of one page, so Spark does the scaling: partitions, retries, shuffles, storage.
This module only wraps :func:`boilerstrip.strip` as a Spark column function with a fixed schema, and turns a bad
page into a row with its error rather than a failed job. pyspark is an optional extra
(``pip install 'boilerstrip[spark]'``); it is imported when a function here is called, never by ``boilerstrip``.

>>> from boilerstrip.spark import strip_column
>>> pages = spark.read.parquet("crawl/")                    # columns: url, html (string or binary)
>>> out = pages.withColumn("reading", strip_column("html", url="url"))
>>> out.select("url", "reading.title", "reading.text", "reading.error")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._options import Options
from ._pipeline import KINDS, strip_as
from ._types import BoilerstripError, Result

if TYPE_CHECKING:
    from pyspark.sql import Column

__all__ = ["BLOCK_SCHEMA", "READING_SCHEMA", "reading_row", "strip_column"]

# The struct each page becomes (Spark DDL). ``error`` is set, and the rest null, when the page could not be read
# (a BoilerstripError: undecodable bytes, over a limit, out of time); ``blocks`` is null unless asked for.
BLOCK_SCHEMA = "struct<index:int,text:string,label:string,kept:boolean,reason:string,source:string>"
READING_SCHEMA = (f"struct<title:string,text:string,kind:string,encoding:string,truncated:boolean,"
                  f"blocks:array<{BLOCK_SCHEMA}>,error:string>")


def reading_row(page: str | bytes | bytearray | None, url: str | None = None, *, kind: str = "auto",
                options: Options | None = None, blocks: bool = False) -> dict[str, Any] | None:
    """One page's reading as a dict shaped like :data:`READING_SCHEMA` (what the Spark function returns per row;
    usable on its own with any other map-style engine). A null page gives a null reading."""
    if page is None:
        return None
    if isinstance(page, bytearray):  # Spark hands BinaryType values over as bytearray
        page = bytes(page)
    try:
        result = strip_as(kind, page, url=url, options=options)
    except BoilerstripError as exc:
        return {"title": None, "text": None, "kind": None, "encoding": None, "truncated": None, "blocks": None,
                "error": f"{type(exc).__name__}: {exc}"}
    return {"title": result.title, "text": result.text, "kind": result.kind.value, "encoding": result.encoding.name,
            "truncated": result.truncated, "blocks": _blocks(result) if blocks else None, "error": None}


def _blocks(result: Result) -> list[dict[str, Any]]:
    return [{"index": b.index, "text": b.text, "label": b.label.value, "kept": b.kept, "reason": b.reason,
             "source": b.source} for b in result.blocks]


def strip_column(page: str | Column, *, url: str | Column | None = None, kind: str = "auto",
                 options: Options | None = None, blocks: bool = False) -> Column:
    """A Spark column of readings (:data:`READING_SCHEMA`) from a column of pages (string or binary).

    ``url``: an optional column of page URLs. ``kind``: "auto" (detect), "html" or "text". ``options``: the
    :class:`boilerstrip.Options` every page is read with. ``blocks``: also return every block with its label,
    kept mark and reason (larger rows). Raises ValueError for an unknown ``kind``; page errors become rows."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be a boilerstrip.Options, not {type(options).__name__}")
    from pyspark.sql import functions as F  # the optional extra, imported only here

    def read(value: str | bytes | bytearray | None, address: str | None = None) -> dict[str, Any] | None:
        return reading_row(value, address, kind=kind, options=options, blocks=blocks)

    # a plain pickled Python UDF: a page costs milliseconds to read, so Arrow batching would save little, and it
    # would need pandas and pyarrow
    function = F.udf(read, READING_SCHEMA, useArrow=False)
    return function(page) if url is None else function(page, url)
