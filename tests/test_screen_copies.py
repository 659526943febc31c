"""A text printed once per screen size (one copy for phones, one for desktops) is read once."""

from __future__ import annotations

import pytest
from conftest import PARAGRAPHS, article_page

from boilerstrip import Label, strip_html
from boilerstrip._html import _screen_name

_FEATURE = "Capture crystal-clear close-ups of birds with our next-generation camera, day and night."


def _twice(first_class: str, second_class: str) -> str:
    return (f"<div class='{first_class}'><h3>Capture every detail</h3><p>{_FEATURE}</p></div>"
            f"<div class='{second_class}'><h3>Capture every detail</h3><p>{_FEATURE}</p></div>")


@pytest.mark.parametrize(("first", "second"), [
    ("product hide-on-mobile", "product hide-on-desktop"), ("desktop", "mobile"), ("hidden md:block", "md:hidden"),
    ("feature", "feature mobile-only"),
])
def test_a_copy_for_another_screen_is_dropped(first: str, second: str) -> None:
    result = strip_html(article_page(extra_article=_twice(first, second)))
    copies = [b for b in result.blocks if b.text in (_FEATURE, "Capture every detail")]
    assert [b.kept for b in copies] == [True, True, False, False]
    assert copies[-1].label is Label.OTHER and "another screen size" in copies[-1].reason
    assert result.text.count(_FEATURE) == 1
    assert all(p in result.text for p in PARAGRAPHS)


@pytest.mark.parametrize(("first", "second"), [
    ("post", "post"),  # the same words in two posts: said twice
    ("columns is-mobile", "columns is-mobile"),  # a grid that stays a grid on phones: no copy for a screen
    ("card desktop-dossier-view", "card desktop-dossier-view"),
])
def test_repeats_without_a_screen_name_stay(first: str, second: str) -> None:
    result = strip_html(article_page(extra_article=_twice(first, second)))
    assert result.text.count(_FEATURE) == 2


@pytest.mark.parametrize("name", [
    "hide-on-mobile", "hide-on-desktop", "mobile-only", "desktop", "tablet", "md:hidden", "lg:block", "hidden-xs",
    "visible-lg-block", "d-md-none", "show-for-small-only", "elementor-hidden-mobile", "ipsResponsive_hidePhone",
])
def test_screen_names(name: str) -> None:
    assert _screen_name(name)


@pytest.mark.parametrize("name", ["is-mobile", "is-size-7-mobile", "desktop-dossier-view", "mobile-menu", "hidden",
                                  "md:text-left", "phone-number"])
def test_names_that_hide_nothing_for_a_screen(name: str) -> None:
    assert not _screen_name(name)
