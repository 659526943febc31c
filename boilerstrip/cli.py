"""The command line: ``boilerstrip [FILE|-] [--format ...] [options]``.

Reads a page from a file or standard input (``-``, the default) as bytes, decompresses gzip input (a ``.gz`` file or
gzip bytes on stdin: the library itself refuses compressed data), runs :func:`boilerstrip.strip` (or ``strip_html`` /
``strip_text`` with ``--kind``) and prints one rendering of the result. Every error is one line on stderr: exit code 2
for bad input, bad options or a limit, 1 for an internal error, 0 on success. No traceback is ever shown.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, TextIO

from ._options import DEFAULT_OPTIONS, Favor, OnLimit, Options
from ._pipeline import KINDS, strip_as
from ._types import BoilerstripError, Label, Result

PROG = "boilerstrip"
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2  # bad arguments, unreadable input, a BoilerstripError (argparse uses 2 for usage errors too)

_GZIP_MAGIC = b"\x1f\x8b"
_READ_CHUNK = 1 << 20  # bytes per read() while reading a bounded amount of input

FORMATS: dict[str, Callable[[Result], str]] = {
    "text": lambda r: r.text + "\n" if r.text else "",
    "markdown": Result.to_markdown,
    "json": lambda r: r.to_json() + "\n",
    "html": Result.to_html,
    "report": Result.report,
    "annotated": Result.to_annotated_html,
}


class _InputFailure(Exception):
    """The input could not be read (missing file, not gzip...): a message for the user, exit code 2."""


# --- argument types: each one checks its value and raises ArgumentTypeError with a message --------------------------


def _labels(value: str) -> list[Label]:
    """One label, or several separated by commas ("caption,title")."""
    out = []
    for name in value.split(","):
        try:
            out.append(Label(name.strip().lower()))
        except ValueError:
            names = ", ".join(label.value for label in Label)
            raise argparse.ArgumentTypeError(f"unknown label {name.strip()!r} (choose from {names})") from None
    return out


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {value!r}")
    return number


def _positive_seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive, finite number of seconds, got {value!r}")
    return number


def _non_empty(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return value


def _xpath(value: str) -> str:
    from lxml import etree

    _non_empty(value)
    try:
        etree.XPath(value)
    except etree.XPathSyntaxError as exc:
        raise argparse.ArgumentTypeError(f"invalid XPath {value!r}: {exc}") from None
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (public so that docs and tests can read its help)."""
    from . import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Separate the article of a web page (HTML or plain text) from its boilerplate, "
                    "with a label and a reason for every block.",
        epilog="Exit status: 0 on success, 2 for unreadable input, bad options or a limit hit, 1 for an internal "
               "error.",
    )
    parser.add_argument("input", nargs="?", default="-", metavar="FILE",
                        help="page to read: an HTML or text file, optionally gzip-compressed (.gz); "
                             "'-' or nothing reads standard input")
    parser.add_argument("-f", "--format", choices=tuple(FORMATS), default="text",
                        help="what to print: the kept text (default), Markdown, JSON with every block, a small "
                             "HTML document, 'report', every block with its kept mark, label and reason, or "
                             "'annotated', that report as an HTML page coloured by label")
    parser.add_argument("-k", "--kind", choices=KINDS, default="auto",
                        help="read the input as HTML or as a plain-text dump (default: detect)")
    parser.add_argument("--keep", type=_labels, action="extend", default=[], metavar="LABEL",
                        help="also keep blocks with this label (content is always kept); repeatable or "
                             "comma-separated, e.g. --keep caption --keep title or --keep caption,title; labels: "
                             + ", ".join(label.value for label in Label))
    parser.add_argument("--favor", choices=tuple(f.value for f in Favor), default=DEFAULT_OPTIONS.favor.value,
                        help="when the evidence is weak, drop blocks (precision) or keep them (recall) "
                             "(default: %(default)s)")
    parser.add_argument("--encoding", type=_encoding, default=None, metavar="ENC",
                        help="decode the input with this encoding instead of detecting it")
    parser.add_argument("--boilerplate-phrase", type=_non_empty, action="append", default=[], metavar="P",
                        dest="boilerplate_phrases",
                        help="drop blocks containing this phrase (case-insensitive); repeatable")
    parser.add_argument("--boilerplate-xpath", type=_xpath, action="append", default=[], metavar="X",
                        dest="boilerplate_xpaths", help="HTML: drop elements matched by this XPath; repeatable")
    parser.add_argument("--content-xpath", type=_xpath, action="append", default=[], metavar="X",
                        dest="content_xpaths",
                        help="HTML: the elements matched by this XPath are the content; repeatable")
    parser.add_argument("--no-readability", action="store_false", dest="use_readability",
                        help="do not consult readability-lxml when the main region is unclear")
    parser.add_argument("--max-input-bytes", type=_positive_int, default=DEFAULT_OPTIONS.max_input_bytes,
                        metavar="N", help="largest input read, in bytes (default: %(default)s)")
    parser.add_argument("--time-budget", type=_positive_seconds, default=DEFAULT_OPTIONS.time_budget,
                        metavar="S", help="seconds the page may take (default: %(default)s)")
    parser.add_argument("--on-limit", choices=tuple(o.value for o in OnLimit), default=DEFAULT_OPTIONS.on_limit.value,
                        help="over --max-input-bytes: fail, or read the first part (default: %(default)s)")
    parser.add_argument("-o", "--output", default=None, metavar="FILE",
                        help="write to this file (UTF-8) instead of standard output")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def options_from_args(args: argparse.Namespace) -> Options:
    """The library Options the parsed arguments describe."""
    return Options(
        keep=frozenset({Label.CONTENT, *args.keep}),
        favor=Favor(args.favor),
        boilerplate_phrases=tuple(args.boilerplate_phrases),
        boilerplate_xpaths=tuple(args.boilerplate_xpaths),
        content_xpaths=tuple(args.content_xpaths),
        use_readability=args.use_readability,
        max_input_bytes=args.max_input_bytes,
        time_budget=args.time_budget,
        on_limit=OnLimit(args.on_limit),
    )


def _read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream`` (one more than the option's limit lets the library see it was over)."""
    buf = bytearray()
    while len(buf) < limit:
        chunk = stream.read(min(_READ_CHUNK, limit - len(buf)))
        if not chunk:
            break
        buf += chunk
    return bytes(buf)


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read: those bytes, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def _gunzip(stream: BinaryIO, limit: int, name: str) -> bytes:
    """Decompress a gzip stream, reading at most ``limit`` bytes of output (a gzip bomb stops there) and only as
    much compressed input as that takes."""
    try:
        with gzip.GzipFile(fileobj=stream, mode="rb") as unzipped:
            return _read_bounded(unzipped, limit)  # type: ignore[arg-type]
    except (OSError, EOFError, zlib.error) as exc:
        raise _InputFailure(f"{name}: not a valid gzip file ({exc})") from None


def _read_stream(stream: BinaryIO, limit: int, name: str, gz_suffix: bool) -> bytes:
    head = _read_bounded(stream, len(_GZIP_MAGIC))
    if head == _GZIP_MAGIC or (gz_suffix and head):
        return _gunzip(io.BufferedReader(_Prefixed(head, stream)), limit, name)
    return head + _read_bounded(stream, limit - len(head))


def read_input(path: str, limit: int, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of the page at ``path`` ('-' for standard input), gunzipped when compressed (gzip magic, or a
    ``.gz`` file name). Reads at most ``limit`` bytes (of decompressed data for gzip input), so memory stays bounded
    whatever the input."""
    if path == "-":
        return _read_stream(stdin if stdin is not None else sys.stdin.buffer, limit, "<stdin>", False)
    if os.path.isdir(path):
        raise _InputFailure(f"{path}: is a directory")
    try:
        with open(path, "rb") as fh:
            return _read_stream(fh, limit, path, path.endswith(".gz"))
    except FileNotFoundError:
        raise _InputFailure(f"{path}: no such file") from None
    except PermissionError:
        raise _InputFailure(f"{path}: permission denied") from None
    except OSError as exc:
        raise _InputFailure(f"{path}: cannot read ({exc.strerror or exc})") from None


def run(args: argparse.Namespace, stdin: BinaryIO | None = None) -> str:
    """Read the input the arguments name and return the rendering to print."""
    options = options_from_args(args)
    data = read_input(args.input, options.max_input_bytes + 1, stdin)
    return FORMATS[args.format](strip_as(args.kind, data, options=options, encoding=args.encoding))


def _write(out: str, output: str | None, stdout: TextIO) -> None:
    if output is not None and output != "-":
        try:
            with open(output, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(out)
        except OSError as exc:
            raise _InputFailure(f"{output}: cannot write ({exc.strerror or exc})") from None
        return
    try:
        stdout.write(out)
    except UnicodeEncodeError:  # a terminal that cannot show some characters: show what it can
        enc = getattr(stdout, "encoding", None) or "ascii"
        stdout.write(out.encode(enc, "replace").decode(enc, "replace"))
    stdout.flush()


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``boilerstrip`` command; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse already reported
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        out = run(args)
        _write(out, args.output, sys.stdout)
    except _InputFailure as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BoilerstripError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:  # `boilerstrip page.html | head`: the reader went away, which is fine
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return EXIT_OK
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except MemoryError:
        _error("out of memory (try a smaller --max-input-bytes)")
        return EXIT_INTERNAL
    except Exception as exc:  # the command line never shows a traceback
        _error(f"internal error, please report it: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL
    return EXIT_OK
