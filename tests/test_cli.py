"""The command line, run in-process through ``main([...])``: formats, input sources, options, exit codes."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PARAGRAPHS, TITLE, article_page
from lxml import etree

import boilerstrip
from boilerstrip.cli import build_parser, main

CAPTION = "Volunteers clear the eastern bank of the river in March."


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(article_page(), encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# --- formats ----------------------------------------------------------------------------------------------------------


def test_default_format_is_the_text(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, err = _run(capsys, str(page_file))
    assert code == 0 and err == ""
    assert out == boilerstrip.strip(page_file.read_bytes()).text + "\n"
    assert PARAGRAPHS[0] in out and "Home" not in out


def test_format_markdown(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--format", "markdown")
    assert code == 0
    assert out.startswith(f"# {TITLE}\n")
    assert out == boilerstrip.strip(page_file.read_bytes()).to_markdown()


def test_format_json(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["title"] == TITLE
    assert data["kind"] == "html"
    assert data["encoding"]["name"] == "utf-8"
    assert all(b["reason"] for b in data["blocks"])


def test_format_html(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--format", "html")
    assert code == 0
    root = etree.fromstring(out.encode("utf-8"))
    assert root.findtext("head/title") == TITLE


def test_format_report(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--format", "report")
    assert code == 0
    result = boilerstrip.strip(page_file.read_bytes())
    assert out == result.report()
    for block in result.blocks:
        assert block.reason in out
    assert "✔" in out and "·" in out


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, err = _run(capsys, str(page_file), "--format", "yaml")
    assert code == 2 and out == ""
    assert "invalid choice" in err


# --- input sources ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["-"], []], ids=["dash", "no-argument"])
def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    _stdin(monkeypatch, article_page().encode("utf-8"))
    code, out, _ = _run(capsys, *args)
    assert code == 0
    assert PARAGRAPHS[0] in out


def test_stdin_gzip(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, gzip.compress(article_page().encode("utf-8")))
    code, out, _ = _run(capsys, "-")
    assert code == 0
    assert PARAGRAPHS[0] in out


def test_gzip_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(article_page().encode("utf-8")))
    code, out, _ = _run(capsys, str(path), "-f", "json")
    assert code == 0
    assert json.loads(out)["title"] == TITLE


def test_gzip_content_without_gz_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(gzip.compress(article_page().encode("utf-8")))
    code, out, _ = _run(capsys, str(path))
    assert code == 0 and PARAGRAPHS[0] in out


def test_corrupt_gzip_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(article_page().encode("utf-8"))[:40])
    code, out, err = _run(capsys, str(path))
    assert code == 2 and out == ""
    assert "gzip" in err and str(path) in err


def test_gz_suffix_on_plain_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_text(article_page(), encoding="utf-8")
    code, _, err = _run(capsys, str(path))
    assert code == 2
    assert "not a valid gzip file" in err


def test_gzip_bomb_is_read_only_up_to_the_limit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"All work and no play makes a dull page.\n" * 500_000))  # 20 MB inflated
    code, _, err = _run(capsys, str(path), "--max-input-bytes", "10000", "--on-limit", "raise")
    assert code == 2
    assert "max_input_bytes" in err
    code, out, _ = _run(capsys, str(path), "--max-input-bytes", "10000", "-f", "json")
    assert code == 0
    assert json.loads(out)["truncated"] is True


# --- errors -----------------------------------------------------------------------------------------------------------


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.html"
    code, out, err = _run(capsys, str(missing))
    assert code == 2 and out == ""
    assert err.startswith("boilerstrip: error:")
    assert "no such file" in err and str(missing) in err


def test_directory_instead_of_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, str(tmp_path))
    assert code == 2
    assert "directory" in err


@pytest.mark.parametrize(("data", "what"), [(b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG")])
def test_binary_input_is_a_boilerstrip_error(capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes,
                                             what: str) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    code, out, err = _run(capsys, str(path))
    assert code == 2 and out == ""
    assert what in err


def test_input_too_large(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, err = _run(capsys, str(page_file), "--max-input-bytes", "200", "--on-limit", "raise")
    assert code == 2 and out == ""
    assert "over the limit" in err
    code, out, _ = _run(capsys, str(page_file), "--max-input-bytes", "700", "--format", "json")
    assert code == 0
    assert json.loads(out)["truncated"] is True


@pytest.mark.parametrize("args", [
    ["--max-input-bytes", "0"], ["--max-input-bytes", "-5"], ["--max-input-bytes", "1.5"],
    ["--max-input-bytes", "lots"], ["--time-budget", "0"], ["--time-budget", "-1"], ["--time-budget", "nan"],
    ["--time-budget", "inf"], ["--time-budget", "soon"], ["--favor", "speed"], ["--on-limit", "ignore"],
    ["--kind", "pdf"], ["--keep", "sidebar"], ["--keep", "caption,nope"], ["--encoding", "no-such-codec"],
    ["--boilerplate-xpath", "//div["], ["--content-xpath", "!!"], ["--boilerplate-phrase", "  "],
    ["--no-such-flag"],
])
def test_invalid_arguments_exit_2(capsys: pytest.CaptureFixture[str], page_file: Path, args: list[str]) -> None:
    code, out, err = _run(capsys, str(page_file), *args)
    assert code == 2 and out == ""
    assert "usage:" in err


def test_boilerstrip_error_from_the_library(capsys: pytest.CaptureFixture[str], page_file: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise boilerstrip.TimeBudgetError("page took longer than the time budget (1 s)")

    monkeypatch.setattr("boilerstrip.cli.strip_as", fail)
    code, out, err = _run(capsys, str(page_file))
    assert code == 2 and out == ""
    assert err == "boilerstrip: error: page took longer than the time budget (1 s)\n"


def test_internal_error_exit_1_without_traceback(capsys: pytest.CaptureFixture[str], page_file: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("boilerstrip.cli.strip_as", crash)
    code, out, err = _run(capsys, str(page_file))
    assert code == 1 and out == ""
    assert "internal error" in err and "RuntimeError: boom" in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    for flag in ("--format", "--kind", "--keep", "--favor", "--encoding", "--boilerplate-phrase",
                 "--boilerplate-xpath", "--content-xpath", "--no-readability", "--max-input-bytes", "--time-budget",
                 "--on-limit", "--output"):
        assert flag in out
    code, out, _ = _run(capsys, "--version")
    assert code == 0 and boilerstrip.__version__ in out


# --- options ----------------------------------------------------------------------------------------------------------


def test_keep_caption(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    _, out, _ = _run(capsys, str(page_file))
    assert CAPTION not in out
    code, out, _ = _run(capsys, str(page_file), "--keep", "caption")
    assert code == 0
    assert CAPTION in out and PARAGRAPHS[0] in out


@pytest.mark.parametrize("args", [["--keep", "caption,title"], ["--keep", "caption", "--keep", "TITLE"]])
def test_keep_several_labels(capsys: pytest.CaptureFixture[str], page_file: Path, args: list[str]) -> None:
    code, out, _ = _run(capsys, str(page_file), *args)
    assert code == 0
    assert out.startswith(TITLE) and CAPTION in out


def test_keep_before_the_file_argument(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, "--keep", "caption", str(page_file))
    assert code == 0 and CAPTION in out


def test_favor(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    outside = "An unrelated paragraph that stands outside the article, with a full sentence of prose in it."
    path = tmp_path / "page.html"
    path.write_text(article_page(extra_body=f"<div class='elsewhere'><p>{outside}</p></div>"), encoding="utf-8")
    _, balanced, _ = _run(capsys, str(path))
    code, recall, _ = _run(capsys, str(path), "--favor", "recall")
    assert code == 0
    assert outside not in balanced and outside in recall


def test_kind(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--kind", "html", "-f", "json")
    assert code == 0 and json.loads(out)["kind"] == "html"
    code, out, _ = _run(capsys, str(page_file), "--kind", "text", "-f", "json")
    assert code == 0 and json.loads(out)["kind"] == "text"


def test_encoding(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "Река, которая течёт через центр города, двадцать лет была почти сточной канавой, говорят."
    path = tmp_path / "page.html"
    path.write_bytes(article_page(paragraphs=(text,) * 3).replace('<meta charset="utf-8">', "").encode("cp1251"))
    code, out, _ = _run(capsys, str(path), "--encoding", "cp1251", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["encoding"] == {"name": "cp1251", "source": "argument"}
    assert text in data["text"]


def test_boilerplate_phrase_and_xpaths(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--boilerplate-phrase", "shopping trolleys")
    assert code == 0 and PARAGRAPHS[1] not in out and PARAGRAPHS[0] in out
    code, out, _ = _run(capsys, str(page_file), "--boilerplate-xpath", "//article/p[1]",
                        "--boilerplate-xpath", "//article/p[2]")
    assert code == 0 and PARAGRAPHS[0] not in out and PARAGRAPHS[1] not in out and PARAGRAPHS[2] in out
    code, out, _ = _run(capsys, str(page_file), "--content-xpath", "//article/p[3]")
    assert code == 0 and out == PARAGRAPHS[2] + "\n"


def test_no_readability(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--no-readability")
    assert code == 0 and PARAGRAPHS[0] in out


def test_time_budget_argument(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--time-budget", "5")
    assert code == 0 and PARAGRAPHS[0] in out


def test_output_file(capsys: pytest.CaptureFixture[str], page_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    code, out, _ = _run(capsys, str(page_file), "-f", "markdown", "--output", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8") == boilerstrip.strip(page_file.read_bytes()).to_markdown()


def test_output_file_that_cannot_be_written(capsys: pytest.CaptureFixture[str], page_file: Path,
                                            tmp_path: Path) -> None:
    code, _, err = _run(capsys, str(page_file), "--output", str(tmp_path / "missing-dir" / "out.txt"))
    assert code == 2
    assert "cannot write" in err


def test_parser_options_match_the_library_defaults() -> None:
    args = build_parser().parse_args([])
    from boilerstrip.cli import options_from_args

    assert options_from_args(args) == boilerstrip.Options()


# --- python -m boilerstrip --------------------------------------------------------------------------------------------


def test_python_dash_m(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(article_page(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "boilerstrip", str(path)], capture_output=True, timeout=60,
                          check=False)
    assert done.returncode == 0
    assert PARAGRAPHS[0] in done.stdout.decode("utf-8")
    done = subprocess.run([sys.executable, "-m", "boilerstrip", str(tmp_path / "nope")], capture_output=True,
                          timeout=60, check=False)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr and b"no such file" in done.stderr


def test_format_annotated(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    code, out, _ = _run(capsys, str(page_file), "--format", "annotated")
    assert code == 0
    assert out == boilerstrip.strip(page_file.read_bytes()).to_annotated_html()
    etree.fromstring(out.encode("utf-8"))
