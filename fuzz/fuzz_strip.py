"""Coverage-guided fuzzing of boilerstrip's entry points with atheris (libFuzzer for Python).

atheris is not a dependency of boilerstrip. Install it, then run for a set time::

    pip install atheris
    python fuzz/fuzz_strip.py -max_total_time=60                      # no corpus: start from nothing
    mkdir -p /tmp/bs-corpus
    python fuzz/fuzz_strip.py /tmp/bs-corpus fuzz/corpus -max_total_time=60 -timeout=20

libFuzzer writes the inputs it finds interesting into the first corpus directory, so give it a scratch directory
first and the seed corpus (``fuzz/corpus``) second. A crash is saved as ``crash-<sha1>`` in the current directory;
replay it with ``python fuzz/fuzz_strip.py crash-<sha1>``.

The property: for any bytes, ``strip``, ``strip_html`` and ``strip_text`` return a Result or raise a
``BoilerstripError`` subclass, never anything else. The first input byte chooses the entry point, whether the
rest is passed as bytes or as a decoded str, and a few options; the rest is the page.
"""

from __future__ import annotations

import logging
import sys

import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

with atheris.instrument_imports():
    import boilerstrip
    from boilerstrip import BoilerstripError, Favor, Label, OnLimit, Options, Result

ENTRY_POINTS = (boilerstrip.strip, boilerstrip.strip_html, boilerstrip.strip_text)
OPTIONS = (
    Options(),
    Options(use_readability=False),
    Options(favor=Favor.RECALL, keep=frozenset(Label)),
    Options(favor=Favor.PRECISION, max_input_bytes=512, max_depth=16),
    Options(max_input_bytes=256, max_depth=8, on_limit=OnLimit.RAISE),
    Options(boilerplate_phrases=("share",), boilerplate_xpaths=("//nav",), content_xpaths=("//article",)),
    Options(time_budget=2.0),
    Options(use_readability=False, favor=Favor.RECALL),
)


def _check(result: Result) -> None:
    """A result must be usable: every block has a reason and a source, every rendering works."""
    assert isinstance(result, Result)
    assert isinstance(result.text, str)
    for block in result.blocks:
        assert block.reason and block.source, block
        assert "\x00" not in block.text
    result.to_json()
    result.to_markdown()
    result.to_html()
    result.report()


def test_one_input(data: bytes) -> None:
    if not data:
        return
    control, page = data[0], data[1:]
    func = ENTRY_POINTS[control % 3]
    options = OPTIONS[(control >> 2) % len(OPTIONS)]
    as_text = control & 0x20
    argument: str | bytes = page
    if as_text:  # a str, lone surrogates and all
        argument = page.decode("utf-8", "surrogateescape" if control & 0x40 else "replace")
    try:
        result = func(argument, options=options)
    except BoilerstripError:
        return  # a documented refusal
    _check(result)


def main() -> None:
    logging.disable(logging.CRITICAL)  # readability-lxml logs every page it cannot summarise
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
