"""Shared helpers for the unit tests: small pages built inline, so no test depends on files outside tests/."""

from __future__ import annotations

import pytest
from hypothesis import settings

# No per-example deadline: the first example of a test pays for lazily built gates and compiled patterns (0.4 s
# on a loaded machine, 0.1 ms after), which made timing, not behaviour, fail a test. Slow pages have their own
# tests with explicit budgets (test_hostile).
settings.register_profile("boilerstrip", deadline=None)
settings.load_profile("boilerstrip")

PARAGRAPHS = (
    "For twenty years the river that runs through the middle of town was little more than a drain, its banks lined "
    "with rubbish and its water the colour of weak tea.",
    "That changed when a group of volunteers began clearing the banks every Saturday morning, hauling out shopping "
    "trolleys, tyres and, on one memorable occasion, a piano.",
    "The council now plans to extend the work upstream, with a new footpath along the eastern bank that should open "
    "next year, officials said on Monday.",
    "Otters were seen again last summer for the first time in decades, according to the local wildlife trust, which "
    "has been counting them since 1990.",
)
TITLE = "How the river came back"


def article_page(*, extra_article: str = "", extra_body: str = "", head: str = "", paragraphs: tuple[str, ...] =
                 PARAGRAPHS) -> str:
    """A small news page: a menu, an article with a headline, a caption and prose, a footer."""
    paras = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Town Post</title>{head}</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>{TITLE}</h1>
<figure><img src="river.jpg" alt=""><figcaption>Volunteers clear the eastern bank of the river in March.</figcaption>
</figure>
{paras}
{extra_article}
</article></main>
{extra_body}
<footer><p>© 2025 Town Post. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture
def page() -> str:
    return article_page()
