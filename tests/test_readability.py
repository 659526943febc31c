"""readability-lxml as a second opinion: its failures are "no signal", and the caller's logging is left alone."""

from __future__ import annotations

import logging

import pytest

from boilerstrip import _readability

READABILITY_LOGGER = "readability.readability"


def test_failure_is_no_signal_and_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    # an empty document makes readability-lxml log "error getting summary" with a traceback, then raise
    assert _readability.main_text("") is None
    captured = capsys.readouterr()
    assert "error getting summary" not in captured.err + captured.out


def test_callers_logging_is_left_as_it_was(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger(READABILITY_LOGGER)
    level = logger.level
    logger.setLevel(logging.NOTSET)
    try:
        _readability.main_text("")
        assert logger.level == logging.NOTSET  # not raised to silence it
    finally:
        logger.setLevel(level)
    with caplog.at_level(logging.ERROR, logger=READABILITY_LOGGER):
        logger.error("the caller's own use of readability-lxml")  # outside our call: still logged
    assert "the caller's own use of readability-lxml" in caplog.text


def test_article_text_comes_back() -> None:
    paragraph = ("The committee met on Tuesday to review the budget for the coming year, and members agreed that "
                 "the library would keep its longer opening hours through the winter months. ")
    html = ("<html><body><div class='nav'><a href='/'>Home</a></div><div class='article'>"
            + "".join(f"<p>{paragraph}</p>" for _ in range(4)) + "</div></body></html>")
    text = _readability.main_text(html)
    assert text is not None and "longer opening hours" in text
    assert _readability.holds(text, paragraph)
    assert not _readability.holds(text, "Home")
