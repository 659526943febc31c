"""A sign-up card inside the article (a prompt, a blurb, a form, its terms) goes as a whole."""

from __future__ import annotations

import pytest

from boilerstrip import Label, strip_html

PARAGRAPHS = [
    "The laptop has a fast processor, a bright screen and a battery that lasts through a long working day.",
    "Its keyboard is comfortable for typing, and the speakers are loud enough to fill a small room with sound.",
    "At this price it is one of the better deals of the season for students and for people who work from home.",
]


def _article(card: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + card + f"<p>{PARAGRAPHS[2]}</p>"
    return f"<html><body><article><h1>A laptop deal</h1>{body}</article></body></html>"


# A sign-up card in the article's boxes, and the same with loose text around its form (a tail: its block comes
# after the form's in reading order, though it belongs to the card's box)
CARDS = [
    ("<section><div>Deals of the Day</div><div><div>Be the first to know about every price drop!</div>"
     "<form><input type='email'><button>Sign Me Up</button></form>"
     "<div>By signing up, you agree to receive our emails. You can opt out at any time.</div></div>"
     "<div><div>Sign up now for our deals newsletter.</div></div></section>"),
    ("<section><h3>Deals of the Day</h3><div>Be the first to know about every price drop!"
     "<form><input type='email'><button>Sign Me Up</button></form>"
     "You can opt out of these emails at any time, from any email we send.</div>"
     "<div>Sign up now for our deals newsletter.</div></section>"),
]


@pytest.mark.parametrize("card", CARDS)
def test_a_sign_up_card_in_the_article_goes_as_a_whole(card: str) -> None:
    result = strip_html(_article(card))
    assert result.text == "\n\n".join(["A laptop deal", *PARAGRAPHS])
    blurb = next(b for b in result.blocks if b.text.startswith("Be the first"))
    assert blurb.label is Label.NEWSLETTER and "sign-up box" in blurb.reason


def test_loose_article_text_after_a_sign_up_card_stays() -> None:
    # Text straight inside the article, after the card, is a tail of the article's element: its block comes late in
    # reading order with a small element number. The card's blocks are looked up among the blocks sorted by
    # element; looked up in reading order, a bisection took that text into the card and dropped it as newsletter.
    loose = "The deal ends on Sunday night."
    page = _article(CARDS[0]).replace(f"<p>{PARAGRAPHS[2]}</p>", f"{loose}<p>{PARAGRAPHS[2]}</p>")
    result = strip_html(page)
    block = next(b for b in result.blocks if b.text == loose)
    assert block.kept and block.label is Label.CONTENT
    assert result.text == "\n\n".join(["A laptop deal", *PARAGRAPHS[:2], loose, PARAGRAPHS[2]])


def test_a_form_without_a_sign_up_prompt_or_in_a_big_section_stays() -> None:
    search = "<section><div>Find a store near you.</div><form><input><button>Go</button></form></section>"
    assert "Find a store near you." in strip_html(_article(search)).text
    section = ("<section>" + "".join(f"<p>{p} More on this below.</p>" for p in PARAGRAPHS * 3)
               + "<div>Sign up now for our deals newsletter.</div><form><input><button>Sign Me Up</button></form>"
               "</section>")
    assert "More on this below." in strip_html(_article(section)).text
