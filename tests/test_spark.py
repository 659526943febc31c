"""boilerstrip.spark: the per-row function everywhere, the Spark column where pyspark and a Java runtime are
installed (``pip install -e '.[spark]'``; .ci/run installs both)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import PARAGRAPHS, TITLE, article_page

import boilerstrip
from boilerstrip import OnLimit, Options
from boilerstrip.spark import READING_SCHEMA, reading_row, strip_column

PAGE = article_page()
DUMP = "\n\n".join([TITLE, *PARAGRAPHS, "Share on Facebook", "© 2025 Town Post. All rights reserved."])


def test_importing_it_does_not_import_pyspark() -> None:
    code = "import sys, boilerstrip.spark; print('pyspark' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_reading_row_matches_strip() -> None:
    row = reading_row(PAGE.encode(), "https://example.org/river", blocks=True)
    result = boilerstrip.strip(PAGE.encode(), url="https://example.org/river")
    assert row is not None
    assert (row["title"], row["text"], row["kind"], row["encoding"], row["error"]) == (
        result.title, result.text, "html", "utf-8", None)
    assert [(b["label"], b["kept"], b["reason"]) for b in row["blocks"]] == [
        (b.label.value, b.kept, b.reason) for b in result.blocks]


def test_reading_row_reads_binary_text_and_nothing() -> None:
    row = reading_row(bytearray(DUMP.encode()), kind="text")
    assert row is not None and row["kind"] == "text" and row["text"] == boilerstrip.strip_text(DUMP).text
    assert row["blocks"] is None  # only when asked for
    assert reading_row(None) is None


def test_a_bad_page_is_a_row_with_its_error() -> None:
    row = reading_row(PAGE, options=Options(max_input_bytes=100, on_limit=OnLimit.RAISE))
    assert row is not None and row["text"] is None
    assert row["error"].startswith("InputTooLargeError: ")


def test_strip_column_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="kind"):
        strip_column("html", kind="pdf")
    with pytest.raises(TypeError, match="Options"):
        strip_column("html", options={"favor": "recall"})  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.skip("pyspark is installed but no Java runtime is")
    from pyspark.sql import SparkSession

    # the workers must run this interpreter (boilerstrip and lxml are installed here), not python3 from PATH; a
    # local SparkContext takes it from PYSPARK_PYTHON only
    before = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[1]").appName("boilerstrip-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1").getOrCreate())
    try:
        yield session
    finally:
        session.stop()
        if before is None:
            del os.environ["PYSPARK_PYTHON"]
        else:
            os.environ["PYSPARK_PYTHON"] = before


def test_strip_column_on_spark(spark: Any) -> None:
    from pyspark.sql import types as T

    schema = T.StructType([T.StructField("url", T.StringType()), T.StructField("page", T.BinaryType())])
    rows = [("https://example.org/river", bytearray(PAGE.encode())), ("https://example.org/empty", None),
            ("https://example.org/dump", bytearray(DUMP.encode()))]
    df = spark.createDataFrame(rows, schema)
    out = df.withColumn("reading", strip_column("page", url="url", blocks=True))
    assert out.schema["reading"].dataType.simpleString() == READING_SCHEMA.replace(" ", "")
    got = {r["url"]: r["reading"] for r in out.collect()}
    river = got["https://example.org/river"]
    assert river["text"] == boilerstrip.strip(PAGE.encode()).text and river["title"] == TITLE
    assert [b["reason"] for b in river["blocks"]] == [b.reason for b in boilerstrip.strip(PAGE.encode()).blocks]
    assert got["https://example.org/empty"] is None
    assert got["https://example.org/dump"]["kind"] == "text"
    strict = Options(max_input_bytes=100, on_limit=OnLimit.RAISE)
    bad = spark.createDataFrame([(PAGE,)], "page string").select(
        strip_column("page", kind="html", options=strict).alias("r")).first()["r"]
    assert bad["text"] is None and bad["error"].startswith("InputTooLargeError")
