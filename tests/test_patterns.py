"""The patterns of ``_patterns.py``, table-driven, per label: what each must match and what it must leave alone.

Cases a pattern gets wrong today are marked ``xfail(strict=True)`` with the reason, so that fixing the pattern turns
them into failures to un-mark (and the fix is noticed).
"""

from __future__ import annotations

import re

import pytest

from boilerstrip import Label
from boilerstrip import _patterns as P


def _xfail(value: str, reason: str) -> object:
    return pytest.param(value, marks=pytest.mark.xfail(strict=True, reason=reason))


def _line(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.match(text) is not None


def _anywhere(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


# --- advertisement ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "- Advertisement -", "ADVERTISEMENT", "Advertisement", "— Advertisement —", "Anzeige", "Werbung", "Publicidad",
    "Publicité", "Pubblicità", "Реклама", "广告", "広告", "Anuncio", "Sponsored", "Sponsored content", "Paid Post",
    "Advertisement - Continue Reading Below", "ADVERTISEMENT - SCROLL TO CONTINUE",
    "Advertisement\nContinue reading below", "Advert", "スポンサードリンク", "Iklan",
])
def test_ad_line_matches(text: str) -> None:
    assert _line(P.AD_LINE, text)


@pytest.mark.parametrize("text", [
    "The advertisement industry grew 5% last year.",
    "Ads are annoying, said nobody.",
    "Advertising standards body rules against brand",
    "Sponsored by the council, the walk raised £3,000 for the trust.",
    "Adverts",  # not a word the pattern knows: stays content rather than guess
])
def test_ad_line_leaves_alone(text: str) -> None:
    assert not _line(P.AD_LINE, text)


@pytest.mark.parametrize("text", [
    "If you buy a product featured here, we may earn an affiliate commission or other compensation.",
    "Live Science is supported by its audience. When you purchase through links on our site, we may earn an "
    "affiliate commission.",
    "This post contains affiliate links.", "The following content is brought to you by Mashable partners.",
    "We may receive compensation when you click on links to products from our partners.",
])
def test_disclosure_matches(text: str) -> None:
    assert _anywhere(P.DISCLOSURE, text)


@pytest.mark.parametrize("text", [
    "Agents earn a commission of 2% on every sale.",
    "The firm said it would receive compensation from the insurer next year.",
    "Affiliate marketing grew 10% in 2024, the report says.",
])
def test_disclosure_leaves_alone(text: str) -> None:
    assert not _anywhere(P.DISCLOSURE, text)


@pytest.mark.parametrize("text", [
    "Story continues below advertisement", "Article continues below", "Continue reading below",
    "Scroll to continue with content", "Skip Ad", "Ad Feedback", "Weiter nach der Anzeige",
])
def test_ad_continue_line_matches(text: str) -> None:
    assert _line(P.AD_CONTINUE_LINE, text)


@pytest.mark.parametrize("text", [
    "The story continues below the surface of the river, where otters now live.",
    "Skip the queue and book online.",
])
def test_ad_continue_line_leaves_alone(text: str) -> None:
    assert not _line(P.AD_CONTINUE_LINE, text)


# --- class / id tokens ------------------------------------------------------------------------------------------------


def _token_labels(value: str) -> set[Label]:
    """The labels the tokens of a class value name, split as the HTML walk splits them."""
    from boilerstrip._html import class_tokens

    found = set()
    for token in class_tokens(value):
        for label, pattern in P.TOKEN_LABELS:
            if pattern.fullmatch(token):
                found.add(label)
                break
    return found


TOKEN_CASES = [
    (Label.COOKIE, ["cookie-banner", "cookieConsent", "gdpr-notice", "onetrust-banner-sdk", "cmpbox"]),
    (Label.COMMENTS, ["comments", "comment-list", "disqus_thread", "kommentare"]),
    (Label.ADVERTISEMENT, ["ad", "ad-slot", "ads", "adBox", "advert", "google-ad", "ad_300x250", "dfp-slot",
                           "sponsored", "taboola-feed", "outbrain", "ad1"]),
    (Label.NEWSLETTER, ["newsletter-signup", "subscribe-box", "mc4wp-form"]),
    (Label.SHARE, ["share-bar", "social-links", "addtoany", "sharedaddy"]),
    (Label.RELATED, ["related-posts", "recommended", "trending", "yarpp-related", "read-more"]),
    (Label.NAVIGATION, ["nav", "navbar", "main-menu", "breadcrumbs", "pagination"]),
    (Label.LEGAL, ["footer", "site-footer", "copyright", "colophon"]),
    (Label.BYLINE, ["byline", "author", "pubdate", "post-date"]),
    (Label.CREDIT, ["credit", "image-credit", "attribution"]),
    (Label.CAPTION, ["caption", "wp-caption-text", "figcaption"]),
    (Label.OTHER, ["sidebar", "search-form", "modal", "popup", "message-signature", "signature", "sig36151648"]),
]


@pytest.mark.parametrize(("label", "value"), [(label, v) for label, values in TOKEN_CASES for v in values])
def test_class_tokens_name_their_label(label: Label, value: str) -> None:
    assert label in _token_labels(value)


@pytest.mark.parametrize("value", [
    "header", "site-header", "download", "shadow", "read", "loading", "head", "thread", "road", "gradient", "badge",
    "heading", "canvas", "address", "admin", "adobe", "addendum", "shadowbox", "readability", "pad", "padding",
    "lead", "add-to-cart", "bad", "load-more", "headline", "masthead-logo",
])
def test_ad_token_never_matches_inside_a_word(value: str) -> None:
    assert Label.ADVERTISEMENT not in _token_labels(value)


@pytest.mark.parametrize("value", ["header", "download", "shadow", "read", "thread", "gradient", "heading", "canvas"])
def test_ordinary_words_name_no_label(value: str) -> None:
    assert _token_labels(value) == set()


@pytest.mark.parametrize("value", ["sig-name", "sig sig-object py", "sig-param", "design", "design-system"])
def test_a_function_signature_of_the_docs_is_no_forum_signature(value: str) -> None:
    """Sphinx marks a function's signature "sig": only a signature box or a numbered "sig123" is a poster's."""
    assert Label.OTHER not in _token_labels(value)


def test_class_tokens_split_and_join_neighbours() -> None:
    from boilerstrip._html import class_tokens

    assert class_tokens("site-header") == ["site", "header", "siteheader"]
    assert "mostread" in class_tokens("most-read")
    assert "ad" not in class_tokens("header download shadow read")
    assert class_tokens("adBox") == ["ad", "box", "adbox"]


def test_token_patterns_are_anchored_whole_tokens() -> None:
    """Every token pattern is used with fullmatch; none may match the empty string (an empty alternation would)."""
    for _, pattern in P.TOKEN_LABELS:
        assert pattern.fullmatch("") is None
        assert pattern.fullmatch("xyzzy") is None


def test_alt_refuses_an_empty_group() -> None:
    with pytest.raises(ValueError):
        P._alt()
    with pytest.raises(ValueError):
        P._alt("a", "")


@pytest.mark.parametrize(("style", "hidden"), [
    ("display:none", True), ("display: none !important", True), ("visibility:hidden", True),
    ("DISPLAY : NONE", True), ("display:block", False), ("visibility:visible", False), ("color: red", False),
])
def test_hidden_style(style: str, hidden: bool) -> None:
    assert _anywhere(P.HIDDEN_STYLE, style) is hidden


# --- related ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Latest", "LATEST NEWS", "The latest", "Don't miss", "Don’t miss", "Das könnte Sie auch interessieren",
    "Te puede interesar", "À lire aussi", "A lire aussi", "Lire aussi", "Related articles", "Related:", "Read more",
    "Read next", "More from Sport", "More stories", "You may also like", "You might also like", "Most read",
    "Most popular", "Recommended for you", "Trending now", "Mehr zum Thema", "Leggi anche", "Noticias relacionadas",
    "Further reading", "See also", "Editor's picks", "Up next", "関連記事", "相关文章", "相關閱讀", "관련 기사",
    "Читайте также:", "Похожие статьи", "Czytaj także", "Läs också", "Relaterte artikler", "İlgili haberler",
    "We Recommend", "You may like these posts", "Recent in Sports", "More on this story", "More Great WIRED Stories",
    "Вам также может быть интересно", "Вам может понравиться",
])
def test_related_heading_matches(text: str) -> None:
    assert _line(P.RELATED_HEADING, text)


@pytest.mark.parametrize("text", [
    "The latest research shows that rivers recover.",
    "Latest figures show a rise in prices.",
    "Related to this, the council said no.",
    "Read more about the river in our archive, which covers 20 years of reporting.",
    "More from the river: otters spotted again near the mill bridge",
    "Most people in town learned to swim in the baths.",
    "Don't miss the boat, the mayor told the council.",
    "We recommend that residents boil their water until Friday.",
    "You may like these posts more if you read the first part of the series.",
    "Recent in-store sales fell for the third month in a row, the company said.",
    "関連記事の一覧は下のリンクから読めますが、古いものは削除されました。",
    "Читайте также наш обзор рынка за прошлый год, он вышел в пятницу.",
    "Вам также может быть интересно, что река снова чиста.",
])
def test_related_heading_leaves_alone(text: str) -> None:
    assert not _line(P.RELATED_HEADING, text)


# --- credit and copyright ---------------------------------------------------------------------------------------------


def _credit(text: str) -> bool:
    return _anywhere(P.CREDIT_LINE, text) or _line(P.CREDIT_AGENCY_LINE, text)


@pytest.mark.parametrize("text", [
    "EPA-EFE/SERGEI CHIRIKOV", "AFP/GETTY IMAGES", "Photo: Jane Doe/Reuters", "Foto: Jens Albrecht",
    "Photograph: Tom Jamieson for the Guardian", "Image: Getty Images", "(AP Photo/Evan Vucci)", "Credit: NASA",
    "Bild: dpa", "Foto: EFE", "Getty Images", "John Smith/Getty Images", "© Jane Doe", "Illustration by Ana Lopez",
    "Courtesy of the artist", "Photo by Jane Doe on Unsplash", "Crédito: Ana López", "Фото: ТАСС",
    "личный архив Олеси Куприн", "Фото из личного архива",
])
def test_credit_matches(text: str) -> None:
    assert _credit(text)


@pytest.mark.parametrize("text", [
    "The photo was taken in 1990 by a tourist who later sold it.",
    "Photographs of the river show how much it has changed over the years.",
    "He used an image of the river to illustrate his talk about water quality.",
    "The source of the river is in the hills above the town.",
    "The man/woman ratio among volunteers is about even.",
    "Councillors voted 31 to 9 in favour of the plan on Monday evening.",
    "Он передал личный архив музею в 1990 году.",  # "he gave his personal archive to the museum": prose
])
def test_credit_leaves_alone(text: str) -> None:
    assert not _credit(text)


@pytest.mark.parametrize(("text", "source"), [
    ("Source: statista.com", True), ("SOURCE: News agencies", True), ("Sources: NASA, ESA", True),
    ("Quelle: Statistisches Bundesamt", True), ("Fuente: INE", True),
    ("Photo: Jane Doe/Reuters", False), ("The source of the river is in the hills.", False),
])
def test_source_credit(text: str, source: bool) -> None:
    assert _line(P.SOURCE_CREDIT, text) is source


@pytest.mark.parametrize(("text", "expected"), [
    ("Firefighters at the scene on Monday. Photo: Jane Doe/Reuters", True),
    ("Protesters do not want Hong Kong to lose its autonomy (Image: GETTY )", True),
    ("The plague wiped out half of Europe (Picture: Getty)", True),
    ("Gas motion is shown in red. (Image credit: Simulation Collaboration)", True),
    ("The pair pose at a private residence in June. (Photo by Jane Doe/Getty Images for Acme Holdings)", True),
    ("Stock fell after the retailer reported earnings. Photograph by Jane Doe/AFP/Getty Images", True),
    ("The senator speaks at the Capitol on July 25, 2019. J. Jane Doe / AP file", True),
    ("Villagers pledged new measures to oppose it. Jane DOE / AFP", True),
    ("Sales rose by a fifth last year (Source: Nielsen)", False),  # a citation, not a credit
    ("The image (right) shows the dam.", False),
    ("The study was led by Jane Doe. Photographs by the team are online at the museum.", False),
    ("The vote was close. Analysts at AP said so.", False),
    ("The ratio fell. It was 3 / 4 of the total", False),
])
def test_inline_credit_end(text: str, expected: bool) -> None:
    assert (_anywhere(P.INLINE_CREDIT_END, text) or _anywhere(P.AGENCY_CREDIT_END, text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Schiff speaks during a media briefing, October 31, 2019. (Joshua Roberts/Reuters)", True),
    ("President Trump at the White House. (AP Photo/Evan Vucci)", True),
    ("Sales rose by a fifth (see the chart below).", False),
    ("The ratio was 3/4 of the total (about 75%).", False),
])
def test_slashed_credit_end(text: str, expected: bool) -> None:
    assert _anywhere(P.SLASHED_CREDIT_END, text) is expected


@pytest.mark.parametrize(("text", "name"), [
    ("Meg James is a corporate media reporter for the Times.", "Meg James"),
    ("Jeff Foust (jeff@example.com) is the editor and publisher.", "Jeff Foust"),
    ("Emiliano joined the magazine in March 2017.", "Emiliano"),
    ("Alibaba’s listing ceremony is due next Tuesday.", None),  # a possessive opens the article's sentences too
    ("The company is based in Baar.", None),
])
def test_bio_opening(text: str, name: str | None) -> None:
    match = P.BIO_OPENING.match(text)
    assert (match.group(1) if match else None) == name


@pytest.mark.parametrize(("text", "dateline"), [
    ("MADRID — Rafael Nadal kept Spain's hopes alive.", True), ("DUBAI, United Arab Emirates — Emirates signed.", True),
    ("WASHINGTON (AP) — The Senate voted.", True), ("NEW YORK - Stocks fell.", True),
    ("A row involving Taylor Swift - and her label.", False), ("The UN — and its agencies — met.", False),
])
def test_dateline(text: str, dateline: bool) -> None:
    assert _line(P.DATELINE, text) is dateline


@pytest.mark.parametrize(("text", "duration", "count"), [
    ("How Fast Can Gibbons Swing? (3:04)", True, False), ("Ask Smithsonian (1:12:05)", True, False),
    ("Week 12 power rankings (133)", False, True), ("The Godfather (1972)", False, False),
    ("Paragraph (see figure 3) goes on.", False, False), ("Up 3:04 (AP)", False, False),
])
def test_teaser_counts(text: str, duration: bool, count: bool) -> None:
    assert _anywhere(P.DURATION_END, text) is duration
    assert _anywhere(P.COUNT_END, text) is count


@pytest.mark.parametrize("text", [
    "© 2025 Town Post. All rights reserved.", "Copyright 2024 Acme Inc.", "Copyright © 2023 The Times",
    "2024 © Example Ltd", "Todos los derechos reservados.", "Alle Rechte vorbehalten.", "Tous droits réservés",
    "Tutti i diritti riservati",
])
def test_copyright_notice_matches(text: str) -> None:
    assert _anywhere(P.COPYRIGHT_NOTICE, text)


@pytest.mark.parametrize("text", [
    "© Jane Doe",  # a photo credit, not a copyright notice
    "The copyright law changed in 1998 and publishers complained.",
    "He reserved the right to speak later.",
])
def test_copyright_notice_leaves_alone(text: str) -> None:
    assert not _anywhere(P.COPYRIGHT_NOTICE, text)


# --- legal ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Privacy Policy", "Terms of Use", "Terms and Conditions", "Do Not Sell My Personal Information", "Impressum",
    "Datenschutz", "Aviso legal", "Mentions légales", "Cookie Policy", "Powered by WordPress",
    "This site is protected by reCAPTCHA", "(c) 2024 Example", "All rights reserved",
])
def test_legal_phrase_matches(text: str) -> None:
    assert _anywhere(P.LEGAL_PHRASE, text)


@pytest.mark.parametrize("text", [
    "The river is ten miles long.", "The terms of the deal were not disclosed.",
    "Privacy campaigners criticised the plan.",
])
def test_legal_phrase_leaves_alone(text: str) -> None:
    assert not _anywhere(P.LEGAL_PHRASE, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("About us", True), ("Contact", True), ("Careers", True), ("Advertise with us", True), ("Kontakt", True),
    ("Über uns", True), ("Contacto", True), ("Advertise", True), ("Feedback", True),
    ("About the river and its history", False), ("Feedback from readers was mixed, the editor said.", False),
    ("Contact the council before Friday to object.", False),
])
def test_legal_link_line(text: str, expected: bool) -> None:
    assert _line(P.LEGAL_LINK_LINE, text) is expected


# --- cookie -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "We use cookies to improve your experience.", "Accept all", "Reject all", "Manage preferences",
    "We and our partners use cookies and similar tracking technologies", "Wir verwenden Cookies",
    "Aceptar todas", "Tout accepter", "Privacy settings", "legitimate interest",
])
def test_cookie_phrase_matches(text: str) -> None:
    assert _anywhere(P.COOKIE_PHRASE, text)


@pytest.mark.parametrize("text", [
    "The river runs past the old mill.", "Volunteers met every Saturday morning.",
    "Cookery classes start in May.", "The partnership ended in 2019.",
])
def test_cookie_phrase_leaves_alone(text: str) -> None:
    assert not _anywhere(P.COOKIE_PHRASE, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("This site uses cookies to remember your choices.", True),
    ("Measure content performance 33 partners can use this purpose", True),
    ("Store and/or access information on a device", True), ("List of IAB Vendors | View Illustrations", True),
    ("Object to Legitimate Interests Remove Objection", True),
    ("The partners can use this space on Fridays, the council said.", False),
    ("Volunteers store the tools in a shed by the river.", False),
])
def test_cookie_statement(text: str, expected: bool) -> None:
    assert _anywhere(P.COOKIE_STATEMENT, text) is expected


# --- newsletter -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Subscribe to our newsletter", "Sign up for our daily briefing", "Enter your email address",
    "Get the best stories delivered to your inbox", "Support independent journalism", "Newsletter abonnieren",
    "Suscríbete a nuestro boletín", "Abonnez-vous", "Become a member", "Start your free trial",
])
def test_newsletter_phrase_matches(text: str) -> None:
    assert _anywhere(P.NEWSLETTER_PHRASE, text)


@pytest.mark.parametrize("text", [
    "The river flows under the bridge and into the sea.", "She signed the papers on Monday.",
    "The sign on the bridge was repainted.",
])
def test_newsletter_phrase_leaves_alone(text: str) -> None:
    assert not _anywhere(P.NEWSLETTER_PHRASE, text)


@pytest.mark.parametrize(("text", "noun"), [
    ("Recent subscribers (8-30 days): 94% engaged", True), ("No subscription discounts", True),
    ("Become a subscriber", False), ("Become a paid subscriber to read on", False), ("Subscribe now", False),
])
def test_newsletter_noun(text: str, noun: bool) -> None:
    assert (P.NEWSLETTER_NOUN.search(text) is not None) is noun


# --- share ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Share", "SHARE", "Share this article", "Share this post", "Share on Facebook", "Share on X", "Share via Email",
    "Tweet", "Facebook", "Twitter", "WhatsApp", "Email", "Copy link", "Follow us on Twitter", "Teilen", "Compartir",
    "Partager", "Pin it",
    "Share this:",
    "Share this",
    "Share article",
])
def test_share_line_matches(text: str) -> None:
    assert _line(P.SHARE_LINE, text) or _line(P.SHARE_TOKEN_LINE, text)


@pytest.mark.parametrize("text", [
    "Share the love of rivers with your friends this weekend.",
    "Facebook said on Tuesday that it would cut 10,000 jobs.",
    "Email is the oldest form of online communication still in use.",
    "Facebook and Twitter are social networks.",
])
def test_share_line_leaves_alone(text: str) -> None:
    assert not (_line(P.SHARE_LINE, text) or _line(P.SHARE_TOKEN_LINE, text))


@pytest.mark.parametrize("text", ["Facebook Twitter Email", "Share Facebook Twitter LinkedIn", "WhatsApp  Telegram"])
def test_share_token_line_matches_runs_of_networks(text: str) -> None:
    assert _line(P.SHARE_TOKEN_LINE, text)


# --- byline -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "By Jane Doe", "BY JANE DOE", "by Jane Doe", "Written by Jane Doe", "By Jane Doe, Staff Writer",
    "By Jane Doe | March 3, 2025", "Von Jens Albrecht", "Por María García", "Par Jean Dupont", "By Reuters",
])
def test_byline_name_matches(text: str) -> None:
    assert _line(P.BYLINE_NAME, text)




@pytest.mark.parametrize("text", [
    "By the end of the year, prices rose.", "By then, the river had dried up.",
    "By 2030 the town will have a new bridge.", "By far the largest group were volunteers.",
    "By car, the trip takes two hours.",
    "By Monday, the water had gone down.",
    "By March the otters were back.",
    "By Christmas it was over.",
    "BY THE NUMBERS",
])
def test_byline_name_leaves_alone(text: str) -> None:
    assert not _line(P.BYLINE_NAME, text)


@pytest.mark.parametrize("text", [
    "Published 3 March 2025", "Updated: 12:04 GMT", "5 min read", "Reading time: 4 minutes", "Author: Jane Doe",
    "Last updated on March 3", "Lesezeit: 3 Minuten", "Publicado el 3 de marzo",
])
def test_byline_line_matches(text: str) -> None:
    assert _anywhere(P.BYLINE_LINE, text)




@pytest.mark.parametrize("text", [
    "The river was published in a report.",
    "He read the minutes of the meeting.",
    "Published research shows rivers recover quickly.",
    "Updated guidance was issued to schools on Monday.",
])
def test_byline_line_leaves_alone(text: str) -> None:
    assert not _anywhere(P.BYLINE_LINE, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("March 3, 2025", True), ("3 March 2025", True), ("2025-03-03", True), ("Tuesday 4 November 2025, 2:32pm", True),
    ("03.11.2025", True), ("4 nov. 2025", True), ("12. März 2025", True),
    ("22 de setembro de 2018", True), ("3 ottobre 2019", True), ("5 mei 2020", True),
    ("March 3, 2025, was the day the river flooded the town.", False), ("3 hours ago", False),
])
def test_date_line(text: str, expected: bool) -> None:
    assert _line(P.DATE_LINE, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", True), ("14 juin : Paris, Accor Arena", True),
    ("1a etapa: 10 de março – Interlagos", True), ("9a etapa: 23 de setembro – Velo Città", True),
    ("Round 3: June 9 – Tampa", True), ("3. Lauf: 5. Mai – Hockenheim", True),
    ("Page 2: the council votes on the budget", False), ("Chapter 1: June", False),
    ("Round 3 was played in the rain on June 9 in Tampa", False),
])
def test_schedule_row(text: str, expected: bool) -> None:
    assert (P.SCHEDULE_ROW.match(text) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2.8 From bit-flips to phase-flips", "2.8"), ("1. Getting Started", "1"), ("1.1.1.1 Virtual packages", "1.1.1.1"),
    ("  + 0.1 Complex numbers", "0.1"), ("o 5.14.2 Entangled or not?", "5.14.2"), ("3 “Quoted” titles", "3"),
    ("1 (3)", None), ("2 x HDMI 2.1", None), ("2024 was a good year", None), ("12.5% of voters", None),
])
def test_section_title(text: str, expected: str | None) -> None:
    match = P.SECTION_TITLE.match(text)
    assert (match.group(1) if match else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("III Applications and reality", True), ("+ I Foundations", True), ("I think so", False), ("IV drip", False),
])
def test_section_part(text: str, expected: bool) -> None:
    assert _line(P.SECTION_PART, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3 hours ago", True), ("a day ago", True), ("2 mins ago", True),
    ("Three hours ago the river burst its banks.", False),
])
def test_relative_time_line(text: str, expected: bool) -> None:
    assert _line(P.RELATIVE_TIME_LINE, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("32M ago", True), ("1H ago", True), ("2d ago", True), ("14h ago", True),
    ("5 m ago", True), ("M ago", False), ("32 MB ago", False), ("100M ago", False),
])
def test_short_ago_line(text: str, expected: bool) -> None:
    assert _line(P.SHORT_AGO_LINE, text) is expected


# --- navigation -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Home", True), ("Menu", True), ("Skip to content", True), ("Skip to main content", True), ("Back to top", True),
    ("Next", True), ("Previous", True), ("Next article", True), ("Load more", True), ("Page 2 of 5", True),
    ("1 2 3 4 5", True), ("Startseite", True), ("Inicio", True), ("Accueil", True),
    ("Home is where the heart is, they say.", False), ("Next year the council will decide.", False),
    ("More than 500 people attended the meeting.", False), ("Close", False), ("Close menu", True),
    ("01382 472315", False), ("(1800 121 0005)", False), ("$ 189 99", False), ("10 11 12", True),
])
def test_navigation_line(text: str, expected: bool) -> None:
    assert _line(P.NAVIGATION_LINE, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Home > News > Local", True), ("Home » Sport » Football", True), ("News / Local / Riverside", True),
    ("Home › Blog", True), ("The ratio was 3 > 2 in the poll, officials said.", False),
    ("He said: either / or.", False),
])
def test_breadcrumb(text: str, expected: bool) -> None:
    assert _line(P.BREADCRUMB, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tags: river, council", True), ("Tagged with: news", True), ("Filed under: Local", True),
    ("Categories: News", True), ("Posted in Uncategorized", True), ("Schlagwörter: Fluss", True),
    ("Tagging birds is how scientists count them.", False), ("Topical creams helped.", False),
])
def test_taxonomy_line(text: str, expected: bool) -> None:
    assert _line(P.TAXONOMY_LINE, text) is expected


# --- comments ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Comments", True), ("12 comments", True), ("Comments (3)", True), ("Leave a comment", True),
    ("Leave a Reply", True), ("Join the conversation", True), ("Kommentare", True), ("Comentarios", True),
    ("Comments from readers were mostly positive, the editor said.", False),
    ("Reply to the consultation by Friday, residents were told.", False),
    ("Добавить комментарий Отменить ответ", True), ("Комментарии (4)", True),
    ("Комментарии читателей были в основном положительными.", False),
])
def test_comments_line(text: str, expected: bool) -> None:
    assert _line(P.COMMENTS_LINE, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Your email address will not be published. Required fields are marked *", True),
    ("Save my name, email, and website in this browser for the next time I comment.", True),
    ("You must be logged in to post a comment.", True), ("Notify me of follow-up comments by email.", True),
    ("This site uses Akismet to reduce spam.", True), ("The river was published in a report.", False),
    ("Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.", True),
    ("Сохранить реку чистой нам помогли жители.", False),
])
def test_comment_form_phrase(text: str, expected: bool) -> None:
    assert _anywhere(P.COMMENT_FORM_PHRASE, text) is expected


# --- other ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Log in", True), ("Sign in", True), ("Register", True), ("My account", True), ("Loading...", True),
    ("Listen to this article", True), ("Play", True), ("Enable JavaScript to view this page", True),
    ("1 of 12", True), ("Image 1 of 5", True), ("Photo 3/10", True), ("This slideshow requires JavaScript.", True),
    ("The slideshow requires patience, the curator said.", False), ("Image 1 shows the river delta.", False),
    ("Play is how children learn, the study said.", False), ("Advertise", False),
    ("Register offices open at nine on weekdays.", False), ("Close", True), ("Quote", True), ("Read later", True),
    ("Close the gates before the flood, the mayor said.", False), ("Quote of the day: rivers recover.", False),
    ("This field is for validation purposes and should be left unchanged.", True),
    ("This field is hidden when viewing the form", True),
    ("This field is for farming, the ranger said, and should be left unchanged.", False),
    ("Loading paragraph...", True), ("Loading image…", True), ("Loading dock", False),
    ("Loading paragraphs takes time.", False),
])
def test_other_line(text: str, expected: bool) -> None:
    assert _line(P.OTHER_LINE, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Newsletters", True), ("Manage subscription", True), ("Subscriber FAQ", True), ("Group Subscriptions", True),
    ("Subscribe", False), ("Newsletter", False), ("Sign up for our newsletters", False),
    ("Subscriptions to the journal rose by a third.", False),
])
def test_subscription_link(text: str, expected: bool) -> None:
    assert _line(P.SUBSCRIPTION_LINK, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("joetoronto says:", True), ("Catherine (GiveWell) on September 19, 2018 at 12:48 pm said:", True),
    ("Alex on 17 September 2018 at 06:34 said:", True), ("spikeymike said:", False), ("seth wrote:", False),
    ("The minister says: the river is clean.", False), ("Here is what the report says:", False), ("C. M. says:", True),
    ("On March 3, 2019, the court said:", False),
])
def test_comment_header(text: str, expected: bool) -> None:
    assert _line(P.COMMENT_HEADER, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("About Brigit Katz", True), ("Sobre Carlos Nadalim", True), ("Über Moritz Bachmann", True),
    ("About Us", False), ("ABOUT US", False), ("About GiveWell", False), ("About the author", False),
    ("About my6sense", False), ("About these findings", False),
])
def test_about_name(text: str, expected: bool) -> None:
    assert _line(P.ABOUT_NAME, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2 days ago at 07:52 am", True), ("5 hours ago", True), ("a year ago, 14:05", True),
    ("2 days ago we met", False), ("Posted 2 days ago", False),
])
def test_posted_ago_line(text: str, expected: bool) -> None:
    assert _line(P.POSTED_AGO_LINE, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ('<img src="x.gif" width="1">', True), ('<iframe src="//ads">', True), ('<div class="x">', True),
    ("a < b and <b> is bold", False), ("The <p> tag makes a paragraph.", False),
    ('[button link="https://x.test/send" type="big"] Send us your review[/button]', True),
    ('[caption id="attachment_12" align="alignnone"] A river', True), ("[Update] The council replied.", False),
    ("[1] Smith, J. (2004). Rivers.", False), ("[x](https://x.test) is a Markdown link.", False),
])
def test_markup_text(text: str, expected: bool) -> None:
    assert _anywhere(P.MARKUP_TEXT, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", True), ("LOREM IPSUM DOLOR SIT AMET", True),
    ("Lorem ipsum is the filler text printers have used since the 1500s.", False),
    ("“Lorem ipsum” is the filler text printers have used since the 1500s.", False),
    ("The designer left lorem ipsum in the brochure.", False),
])
def test_placeholder_text(text: str, expected: bool) -> None:
    assert (P.PLACEHOLDER_TEXT.match(text) is not None) is expected


# --- shape patterns ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The river came back...", True), ("The river came back…", True), ("Read the story [...]", True),
    ("Read the story […]", True), ("A full sentence.", False),
])
def test_ellipsis_end(text: str, expected: bool) -> None:
    assert _anywhere(P.ELLIPSIS_END, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ('{"@context": "https://schema.org", "@type": "DiscussionForumPosting"}', True),
    ("https://schema.org/DiscussionForumPosting", True), ('{"@type": "NewsArticle"}', False),
    ("https://schema.org/Comment", False),
])
def test_thread_schema(text: str, expected: bool) -> None:
    assert _anywhere(P.THREAD_SCHEMA, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("https://schema.org/Comment", True), ("http://schema.org/Comment", True),
    ("https://schema.org/CommentAction", False), ("https://schema.org/Article", False),
])
def test_comment_schema(text: str, expected: bool) -> None:
    assert (P.COMMENT_SCHEMA.search(text) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("", True), ("  ", True), ("→ • |", True), ("___", True), ("a", False), ("42", False), ("река", False),
])
def test_icon_only(text: str, expected: bool) -> None:
    assert _line(P.ICON_ONLY, text) is expected


@pytest.mark.parametrize(("title", "parts"), [
    ("How the river came back | Town Post", ["How the river came back", "Town Post"]),
    ("River - News", ["River", "News"]),
    ("Well-known river", ["Well-known river"]),
    ("A — B · C", ["A", "B", "C"]),
])
def test_title_split(title: str, parts: list[str]) -> None:
    assert P.TITLE_SPLIT.split(title) == parts


@pytest.mark.parametrize("value", [
    "cmp-container",  # Adobe Experience Manager components, not a consent manager
    "hs_cos_wrapper_widget", "elementor-widget",  # page-builder widgets hold the page's content
    "paywall",  # the paywalled article text itself
    "hero-banner",  # a hero image, not an ad
])
def test_layout_names_are_not_boilerplate(value: str) -> None:
    assert _token_labels(value) == set()


# --- a forum poster's card ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Posts: 1,077", "Messages: 11", "Reaction score: 10", "2 Likes", "1 Like", "1.2K likes", "Join Date: Aug 2008",
    "Joined: Mon Jul 24, 2017 9:28 am", "Registered: 2024-01-27", "Member since February 16, 2016", "Senior Member",
    "Well-known member", "7+ Year Member", "Original Poster", "Top posters in this topic", "Last edited: Jul 9, 2022",
    "Last edited by a moderator: Jul 21, 2024", "Member", "Author", "OP", "Offline", "Views\n26.2k", "Replies: 154",
    "Thread starter\npaulb203", "Reactions: fieldterrain922, pnomes and celia17", "Sorted by: Oldest first",
    "Click to shrink...", "26.3k23 gold badges129 silver badges164 bronze badges",
])
def test_poster_detail_line_matches(text: str) -> None:
    assert _line(P.POSTER_DETAIL_LINE, text)


@pytest.mark.parametrize("text", [
    "Posts", "Messages", "Joined", "He joined the club in 2016.", "Members since 1990 have paid dues.",
    "Likes and dislikes", "Points: a guide", "New members welcome", "Registered charity 1234567",
    "Last edited in the spring, the book ran to 400 pages.", "Members", "Author of the month", "Staff",
    "Views from the summit", "Sorted by colour, the socks fill a drawer.", "Gold badges for all",
])
def test_poster_detail_line_leaves_alone(text: str) -> None:
    assert not _line(P.POSTER_DETAIL_LINE, text)


@pytest.mark.parametrize("text", ["Messages", "Reaction score", "Points", "Joined", "Join date:", "Likes received"])
def test_poster_stat_term_matches_bare_terms(text: str) -> None:
    assert _line(P.POSTER_STAT_TERM, text)


@pytest.mark.parametrize("text", ["Messages: 11", "Points table", "Location", "Joined the club"])
def test_poster_stat_term_leaves_alone(text: str) -> None:
    assert not _line(P.POSTER_STAT_TERM, text)


# --- a shop's controls --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Add to cart", "Add to Cart", "Add to cartMore info", "Add to bag", "Add to wishlist", "Add to Compare", "Compare",
    "Compare:", "Quick Shop", "Quick view", "Qty:", "Quantity", "In Stock", "Out of stock", "Size Guide",
    "Select options", "Checkout",
])
def test_shop_control_line_matches(text: str) -> None:
    assert _line(P.SHOP_CONTROL_LINE, text)


@pytest.mark.parametrize("text", [
    "Sold out", "Free shipping", "Compare prices before you buy.", "Add to the sauce and stir.",
    "In stock market terms, it was a rout.", "Quantity matters less than quality.",
])
def test_shop_control_line_leaves_alone(text: str) -> None:
    assert not _line(P.SHOP_CONTROL_LINE, text)


# --- a call to action ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Get in touch", "Let's connect", "Let’s talk", "Talk to an expert", "Speak to our specialists", "Contact us today",
    "Book a demo", "Request a quote", "Get started", "Get Started Today", "Start free trial", "Shop now",
    "Download Now!", "Try for free.", "See pricing", "Pin this for later!", "Send Us A Message",
])
def test_call_to_action_line_matches(text: str) -> None:
    assert _line(P.CALL_TO_ACTION_LINE, text)


@pytest.mark.parametrize("text", [
    "Learn more", "Get in touch with the council if the river floods.", "Contact us for details of the walk.",
    "Getting started with the fetch API", "Shop now or pay later: how credit works",
])
def test_call_to_action_line_leaves_alone(text: str) -> None:
    assert not _line(P.CALL_TO_ACTION_LINE, text)


@pytest.mark.parametrize("text", [
    "Advertisement: New AI Strategy Course", "Advertisement (gone after registration)",
    "Advertisement - Members don't see this ad", "Sponsored: The best laptops for students", "Anzeige | Jetzt kaufen",
])
def test_ad_labelled_line_matches(text: str) -> None:
    assert _line(P.AD_LABELLED_LINE, text)


@pytest.mark.parametrize("text", [
    "Advertising – earned and paid advertising.", "Advertisement revenue fell. Sales rose.", "Sponsored by the council",
    "Advertisements: a history of the poster, from the first printed bills to the billboards of the motorways",
])
def test_ad_labelled_line_leaves_alone(text: str) -> None:
    assert not _line(P.AD_LABELLED_LINE, text)
@pytest.mark.parametrize(("text", "expected"), [
    ("5040", True), ("1,234.5", True), ("12%", True), ("(3)", True), ("$38", True), ("3:04", True),
    ("5th", False), ("Top", False), ("2019-11-13", False), ("v2", False),
])
def test_figure(text: str, expected: bool) -> None:
    assert (P.FIGURE.match(text) is not None) is expected


# --- an article's list of sources ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["References", "Sources:", "Article Sources", "Works Cited", "Einzelnachweise",
                                  "Referencias", "## Bibliography", "参考文献"])
def test_references_heading_matches(text: str) -> None:
    assert _line(P.REFERENCES_HEADING, text)


@pytest.mark.parametrize("text", ["Notes", "Sources of protein", "References available on request.", "Open source",
                                  "See also"])
def test_references_heading_leaves_alone(text: str) -> None:
    assert not _line(P.REFERENCES_HEADING, text)


@pytest.mark.parametrize("text", ["Smith J, et al. Title. 2019.", "https://example.org/a", "doi:10.1000/182",
                                  "Retrieved March 3", "www.example.org"])
def test_citation_mark_finds(text: str) -> None:
    assert P.CITATION_MARK.search(text)


@pytest.mark.parametrize("text", ["Beans give as much protein as meat.", "Call 555-0199 for details.",
                                  "The 300 volunteers met at 10:00."])
def test_citation_mark_leaves_alone(text: str) -> None:
    assert not P.CITATION_MARK.search(text)


# --- markdown ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "tail"), [
    ('### Big sale on tablets](https://x.test/sale/ "Big sale on tablets")', True),
    ("Why the vote matters](https://x.test/2019/11/19/vote/)", True),
    ("A [whole link](https://x.test/a) and nothing dangling", False),  # MD_LINK takes it first: see as_shown
    ("Prices [in brackets] and (in parentheses)", False),
])
def test_md_link_tail(text: str, tail: bool) -> None:
    assert _anywhere(P.MD_LINK_TAIL, P.MD_LINK.sub(r"\1", text)) is tail


# --- lead-in labels (text mode) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Related: Possible Water Plumes on Europa: The Discovery in Images", True),
    ("READ MORE: The ultimate guide to WordPress SEO »", True),
    ("Related coverage from Money: Pensions explained", True),
    ("See also: Flood defences in the lower valley", True), ("Lire aussi : La crue de la Seine", True),
    ("Related stories were published in 1999.", False), ("Read more about the river in our guide.", False),
    ("Recommended dose: 5 mg a day", False), ("Read more:", False),
])
def test_related_lead_in(text: str, expected: bool) -> None:
    assert _line(P.RELATED_LEAD_IN, text) is expected


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Image caption Scooter Braun has managed Justin Bieber", True, False),
    ("Media caption Watch: the moment the bridge opened", True, False),
    ("Image copyright Getty Images", False, True), ("Image source, Reuters", False, False),
    ("The image caption was wrong, the paper said.", False, False), ("Image copyrights are held by the museum", False,
                                                                      False),
])
def test_caption_and_credit_lead_in(text: str, caption: bool, credit: bool) -> None:
    assert _line(P.CAPTION_LEAD_IN, text) is caption
    assert _line(P.CREDIT_LEAD_IN, text) is credit


@pytest.mark.parametrize(("text", "expected"), [
    ("Click to share on Twitter (Opens in new window)", True), ("Click to email this to a friend (Opens in new window)",
                                                                True),
    ("Click to print (Opens in new window)", True), ("Click to share on Facebook", False),
    ("Click to enlarge the map (opens in new window) and zoom in. Then pick a town.", False),
])
def test_share_button_line(text: str, expected: bool) -> None:
    assert _line(P.SHARE_BUTTON_LINE, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", True), ("Follow us on Twitter", True),
    ("Like us on Facebook", True), ("Find The Courier on social media", True),
    ("Follow the river on foot for two miles.", False), ("Follow the money on Twitter and you find the donors.", False),
])
def test_follow_line(text: str, expected: bool) -> None:
    assert _line(P.FOLLOW_LINE, text) is expected


def test_review_tokens_are_comments_tokens() -> None:
    """REVIEW_TOKENS picks out, among the COMMENTS class/id tokens, those that name a product's reviews."""
    comments = next(pattern for label, pattern in P.TOKEN_LABELS if label is Label.COMMENTS)
    assert all(comments.fullmatch(token) for token in P.REVIEW_TOKENS)
    assert not {"comment", "comments", "reply", "replies", "discussion"} & P.REVIEW_TOKENS


@pytest.mark.parametrize(("text", "expected"), [
    ("A", True), (" B ", True), ("Ж", True), ("é", True),
    ("AB", False), ("1", False), ("#", False), ("A.", False), ("0–9", False),
])
def test_index_letter(text: str, expected: bool) -> None:
    assert _line(P.INDEX_LETTER, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("{", True), ("=", True), ("=>", True), ("value={form.name}", True),
    ("English (US)", False), ("Home > Shop", False), ("Cart (0)", False), ("[3]", False),
])
def test_code_mark(text: str, expected: bool) -> None:
    assert (P.CODE_MARK.search(text) is not None) is expected
