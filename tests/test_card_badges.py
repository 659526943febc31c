"""Text input: a first line the text says again and again is a card's badge, not the page's title: a listing re-read
from its kept cards opens on the badge every card repeats (``_pipeline._read_text``)."""

from __future__ import annotations

from boilerstrip import Label, strip_text

CITIES = ["London", "Kigali", "Bengaluru", "Edinburgh", "Lisbon", "Toronto", "Nairobi", "Osaka", "Dublin"]


def _cards(badge: str, cards: int) -> str:
    lines = []
    for k, city in enumerate(CITIES[:cards]):
        lines += [badge, f"Senior Platform Engineer {k}", f"{k + 3}d", f"Acme Systems {k}", city]
    return "\n".join(lines)


def test_a_badge_on_every_card_is_no_title() -> None:
    result = strip_text(_cards("Anywhere in the World", 9))
    assert all(block.label is not Label.TITLE for block in result.blocks)


def test_a_title_line_said_a_few_times_is_still_the_title() -> None:
    text = "Remote Platform Jobs\n" + _cards("Remote Platform Jobs", 2)
    assert strip_text(text).blocks[0].label is Label.TITLE
