"""Logical lines of a text dump: a hard-wrapped dump is unwrapped, a dump as the page gave it is left alone."""

from __future__ import annotations

import textwrap

from boilerstrip._text import _wrap_width, split_lines

_PARAGRAPHS = [
    "The river authority said on Monday that water levels had fallen by a third since spring, the lowest reading "
    "since records began in 1921, and that the ferry service would stay suspended until further notice.",
    "Farmers along the lower valley have been asked to cut irrigation by a fifth. Officials expect the levels to "
    "recover only if the autumn rains arrive on time, which forecasters described as unlikely on Sunday.",
    "Residents were told to boil drinking water as a precaution, and the council opened two extra distribution "
    "points in the town centre for bottled water, which will stay open every day from eight until eight.",
]
_MENU = ["Home", "World", "Business", "Science", "Climate", "Culture", "Sport", "Video", "Podcasts", "Newsletters"]


def _wrapped_page(width: int) -> str:
    body = "\n\n".join(textwrap.fill(p, width) for p in _PARAGRAPHS)
    return "\n".join(_MENU * 4) + "\n\n" + body + "\n\n" + "\n".join(_MENU)


def test_a_wrapped_dump_is_found_under_many_menu_lines() -> None:
    page = _wrapped_page(72)
    assert _wrap_width(page.split("\n")) in range(66, 73)
    texts = [line.text for line in split_lines(page)]
    for paragraph in _PARAGRAPHS:
        assert paragraph in texts  # one logical line each, as the page had it


def test_a_grid_of_names_over_prices_is_not_wrapped() -> None:
    names = ["Spring Swan Floral Fresh Grass & Hyacinth Figural Glass Candle",
             "Romy Fruity Strawberry and Blonde Wood Glass Candle", "Davie Ocho Cowboy Hat Decorative Candle",
             "Romy Clover Floral Fresh Grass & Hyacinth Glass Lidded Candle",
             "Davie Ocho Candle Co. Eye Decorative Shaped Wax Candle",
             "Ruffle Top Fruity Orange Blossom & Santal Glass Candle", "Dotted Rim Floral Peony Blush Glass Candle",
             "Paddywax Gourmand Smoked Pistachio Ceramic Cowboy Boot Candle",
             "Spring Bunny Floral Lemon Blossom Figural Glass Candle",
             "Davie Ocho Candle Co Doodle Decorative Shaped Wax Candle",
             "Damson Madder Gourmand Caramel Cafe Figural Ceramic Candle",
             "Ruffle Top Fruity Hibiscus & Pink Guava Glass Candle"]
    page = "\n".join(line for name in names for line in (name, "$34.00", "Quickshop"))
    assert _wrap_width(page.split("\n")) is None
    assert len(split_lines(page)) == 3 * len(names)


def test_a_dump_with_a_line_a_paragraph_is_not_wrapped() -> None:
    page = "\n".join(_MENU + _PARAGRAPHS + _MENU)
    assert _wrap_width(page.split("\n")) is None


def test_a_short_wrapped_post_is_found() -> None:
    """A short post of wrapped paragraphs under a short menu: fewer than eight lines at the width, every one filled
    greedily (the next word would not have fitted on it), and that tells."""
    page = "\n".join(_MENU[:6]) + "\n\n" + "\n\n".join(textwrap.fill(p, 76) for p in _PARAGRAPHS) + "\n\nReply"
    lines = page.split("\n")
    assert sum(len(line) >= 60 for line in lines) < 8
    assert _wrap_width(lines) is not None
    texts = [line.text for line in split_lines(page)]
    assert all(paragraph in texts for paragraph in _PARAGRAPHS)


def test_a_short_page_with_a_line_that_was_not_filled_is_not_wrapped() -> None:
    rows = ["The council will publish the full list of closed roads on its website on Monday morning",
            "Flood wardens will visit every house on the lower streets of the town this week",
            "New",  # would have fitted after the line above: no greedy wrap made these lines
            "Sandbags can be collected from the depot on the ring road between eight and six daily",
            "The ferry service stays suspended until the river falls below the warning mark again",
            "Residents can call the helpline for advice on insurance claims and temporary housing"]
    page = "\n".join(_MENU[:4] + rows + _MENU[:4])
    assert _wrap_width(page.split("\n")) is None


def test_a_sentence_the_page_source_broke_is_one_line() -> None:
    """A converter that kept the breaks of a page's source (no one width): a line ending inside a sentence and a
    lowercase line under it are one sentence; menu entries, a button over a date, list entries that end alike, code, a
    nested list's "o" bullets and a tag are not joined."""
    page = "\n".join([
        "Home", "about us", "Follow", "answered on the same day as the question",
        "Photos which were released online yesterday and are",
        "making the rounds on social media,",
        "show the actress looking absolutely stunning in new",
        "make-up photos.",
        "Pocket WiFi rental experience? 315 replies", "kyoto to takayama by limited express? 6 replies",
        "fn max(self, other: Self) -> Self", "where Self: Sized,",
        "Tags: travel",
        "summer",
        "  + Natural Parenting",
        "  o Everything You Need to Know About Cloth Diapers",
        "  o Cloth Diaper Reviews",
    ])
    assert _wrap_width(page.split("\n")) is None
    texts = [line.text for line in split_lines(page)]
    assert texts == [
        "Home", "about us", "Follow", "answered on the same day as the question",
        "Photos which were released online yesterday and are making the rounds on social media, show the actress "
        "looking absolutely stunning in new make-up photos.",
        "Pocket WiFi rental experience? 315 replies", "kyoto to takayama by limited express? 6 replies",
        "fn max(self, other: Self) -> Self", "where Self: Sized,",
        "Tags: travel", "summer", "+ Natural Parenting", "o Everything You Need to Know About Cloth Diapers",
        "o Cloth Diaper Reviews",
    ]


_JAPANESE = (
    "調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。Kindle for PC をインストールすると、"
    "同じ操作をするたびに確認の画面が出るようになりました。設定を見直しても変わらないので、しばらくはこのまま使います。"
)
_KOREAN = (
    "주말 밤 9시 두 방송사는 막장극의 대결로 붙는 경우가 흔하다. "
    "현재 한 방송사는 주연 배우의 새 드라마로 승부를 보고 있으며 "
    "다른 방송사는 종영을 앞두고 있다. "
    "시청자들은 두 드라마의 결말을 두고 여러 가지 추측을 내놓고 있다."
)


def test_wrapped_chinese_and_japanese_join_without_a_space_and_korean_with_one() -> None:
    # textwrap breaks a run of kana and Han at any character; Korean it breaks at the spaces between words
    page = "\n".join(_MENU * 2) + "\n\n" + "\n\n".join(textwrap.fill(p, 60) for p in [_JAPANESE, *_PARAGRAPHS, _KOREAN])
    assert _wrap_width(page.split("\n")) is not None
    texts = [line.text for line in split_lines(page)]
    assert _JAPANESE in texts
    assert _KOREAN in texts
    assert _PARAGRAPHS[0] in texts



_HEADLINES = [
    "Council votes to close the old harbour bridge to lorries",
    "New school term starts with a shortage of bus drivers in the county",
    "Old mill to reopen as a museum after a decade of fundraising",
    "Two arrested after a break-in at the pharmacy on the high street",
    "Man rescued from the river after his canoe capsized near the weir",
]


def test_a_wrapped_article_between_lists_of_headlines_is_found() -> None:
    """Headlines near the width, each followed by one whose first word would have fitted, look unfilled (a quarter
    of the lines at the width); the wrapped paragraphs carry their sentences on with lowercase words that would not
    have fitted, more than one and a half times as often: wrapped."""
    body = "\n\n".join(textwrap.fill(p, 76) for p in _PARAGRAPHS * 2)
    page = "\n".join(_MENU + _HEADLINES) + "\n\n" + body + "\n\n" + "\n".join(_HEADLINES)
    assert _wrap_width(page.split("\n")) is not None
    texts = [line.text for line in split_lines(page)]
    assert all(paragraph in texts for paragraph in _PARAGRAPHS)
    assert all(headline in texts for headline in _HEADLINES)


def test_a_source_broken_by_hand_is_not_wrapped() -> None:
    """Lowercase words carry sentences on, but as many lines were broken before a word that would have fitted (an
    editor's breaks at no one width): not wrapped (the lines are left to the broken-sentence joining)."""
    body = [
        "The river authority said on Monday that water levels had fallen by a third",
        "since spring, the lowest reading since records began in 1921, and",
        "that the ferry service would stay suspended until further notice.",
        "Farmers along the lower valley have been asked to cut irrigation by a fifth.",
        "Officials expect the levels to recover only if the autumn rains",
        "arrive on time, which forecasters described as unlikely on Sunday.",
        "Residents were told to boil drinking water as a precaution, and the council",
        "opened two extra distribution points in the town centre for",
        "bottled water, which will stay open every day from eight until eight.",
    ]
    page = "\n".join(_MENU + body * 2)
    assert _wrap_width(page.split("\n")) is None


def _node_per_line(paragraph: str, pieces: list[str]) -> str:
    """``paragraph`` as a converter that prints every text node on a line of its own prints it: ``pieces`` (a link's
    or an emphasis's words) each on their own line, with the text between them."""
    lines, rest = [], paragraph
    for piece in pieces:
        before, rest = rest.split(piece, 1)
        lines += [before.strip(), piece]
    return "\n".join([*lines, rest.strip()])


def test_a_dump_printed_text_node_by_text_node_is_read_as_its_sentences() -> None:
    # BeautifulSoup's get_text("\n") and the like: a link inside a sentence, the punctuation after it and a poster's
    # "on" / "said:" each come on a line of their own; read so, the article's sentences are menus of short lines
    page = "\n".join([
        _node_per_line(_PARAGRAPHS[0], ["river authority", "since records began in 1921"]),
        _node_per_line(_PARAGRAPHS[1], ["irrigation", "autumn rains"]),
        "Read the full story of the", "Lower Valley Farmers",
        "You can read our earlier report", "here", ".",
        "by", "Jane Doe",
        "Milan Griffes", "on", "September 12, 2018 at 4:47 pm", "said:",
        "In", "Habyarimana & Jack 2015", ", the authors test the mechanisms.",
    ])
    texts = [line.text for line in split_lines(page)]
    assert texts == [
        _PARAGRAPHS[0], _PARAGRAPHS[1], "Read the full story of the Lower Valley Farmers",
        "You can read our earlier report here.", "by Jane Doe",
        "Milan Griffes on September 12, 2018 at 4:47 pm said:", "In Habyarimana & Jack 2015, the authors test the "
        "mechanisms.",
    ]


def test_menus_buttons_and_an_index_are_not_joined_as_pieces_of_a_sentence() -> None:
    page = "\n".join([
        "Home", "about us",  # a lowercase menu entry
        "Follow", "answered on the same day as the question",  # a button over its post's date line
        "5", "join files and devices in linear mode together in a linux system",  # a vote count over a question
        "A", "Aardvark", "E", "Eagle",  # an index's letters over their entries
        "Tags", "python, django",
        "EN", "FR", "DE",  # a language menu
        "dcsan Over a year ago", "in August this is giving a deprecation warning about the current event loop",
        "Wait for an async function to complete", "0", "async and await with Python",  # related questions' votes
    ])
    texts = [line.text for line in split_lines(page)]
    assert texts == [
        "Home", "about us", "Follow", "answered on the same day as the question", "5",
        "join files and devices in linear mode together in a linux system", "A", "Aardvark", "E", "Eagle", "Tags",
        "python, django", "EN", "FR", "DE", "dcsan Over a year ago",
        "in August this is giving a deprecation warning about the current event loop",
        "Wait for an async function to complete", "0", "async and await with Python",
    ]
def test_articles_possessives_brackets_and_speakers_printed_apart_are_read_as_their_lines() -> None:
    # a node-per-line dump splits a sentence at a lone "A", at a possessive's noun ("South Korea's" / "Kospi Index"),
    # around a bracket's link ("(" / "KOSPI" / ")"), and puts a bold speaker's label or an "About" heading's name on
    # lines of their own
    page = "\n".join([
        "A", "muddled view", "of trade talks once again seems to be weighing on investors.",
        "Japan's", "Nikkei 225", "(", "N225", ")", "declined 0.3%, while South Korea's", "Kospi Index", "(", "KOSPI",
        ")", "fell 0.5% on the day.",
        "Host:", "Welcome back to the programme.", "Jane Doe:", "Thank you for having me.",
        "Host:", "What changed this year?", "Jane Doe:", "Almost everything did.",
        "About", "Carlos Nadalim", "Carlos Nadalim teaches reading to children and writes about it.",
    ])
    texts = [line.text for line in split_lines(page)]
    assert texts == [
        "A muddled view of trade talks once again seems to be weighing on investors.",
        "Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5% on the day.",
        "Host: Welcome back to the programme.", "Jane Doe: Thank you for having me.",
        "Host: What changed this year?", "Jane Doe: Almost everything did.",
        "About Carlos Nadalim", "Carlos Nadalim teaches reading to children and writes about it.",
    ]


def test_menus_specs_posters_and_code_are_not_joined_as_such_pieces() -> None:
    page = "\n".join([
        "Shop Men's", "Shop Women's", "Kids",  # a menu's possessives
        "Bachelor's", "Master's", "Doctorate",
        "Weight:", "3.57 to 3.62 lbs", "Capacity:", "68 liters for three days", "Weight:", "3.7 to 3.9 lbs",
        "Capacity:", "65 liters for three days",  # a spec sheet's rows
        "Jane said:", "I agree with this post.", "Bob said:", "So do I, mostly.", "Jane said:", "Thanks, Bob.",
        "About", "Get Listed", "Contact",  # a menu's "About"
        "useState", "(", "null", ")", ";",  # code printed token by token
        "Image credit: Reuters", "(", "Reuters", ") — The attorney general said on Monday that it would look into it.",
    ])
    texts = [line.text for line in split_lines(page)]
    assert texts[:10] == ["Shop Men's", "Shop Women's", "Kids", "Bachelor's", "Master's", "Doctorate", "Weight:",
                          "3.57 to 3.62 lbs", "Capacity:", "68 liters for three days"]
    assert "Jane said:" in texts and "Bob said:" in texts
    assert "About" in texts and "Get Listed" in texts
    assert "useState" in texts and "Image credit: Reuters" in texts


def test_a_quoted_title_printed_apart_is_read_in_its_sentence() -> None:
    # a title in italics or a link inside quotation marks: the opening mark ends a piece, the closing one opens the
    # next ("has been eliminated from “" / "Dancing with the Stars" / ".”")
    page = "\n".join([
        "James Van Der Beek", "has been eliminated from “", "Dancing with the Stars", ".”",
        "The former “", "Dawson’s Creek", "” star, 42, was voted off the competition on Monday.",
    ])
    texts = [line.text for line in split_lines(page)]
    assert texts == ["James Van Der Beek has been eliminated from “Dancing with the Stars.”",
                     "The former “Dawson’s Creek” star, 42, was voted off the competition on Monday."]


def test_a_quote_mark_closing_a_line_of_its_own_is_no_opening_one() -> None:
    page = "\n".join(["He called it “the best season yet”", "Next story", "’Tis the season for lists", "Home"])
    assert [line.text for line in split_lines(page)] == page.split("\n")


_STANDINGS = [("1", "Kyle Busch", "5040", "5", "17"), ("2", "Martin Truex Jr.", "5035", "7", "15"),
              ("3", "Kevin Harvick", "5033", "4", "15"), ("4", "Denny Hamlin", "5027", "6", "19"),
              ("5", "Joey Logano", "2380", "2", "12")]


def _read_back(header: list[str], rows: list[tuple[str, ...]]) -> None:
    """The table printed one cell a line between two paragraphs reads back a line a row, its header row too."""
    page = "\n".join([_PARAGRAPHS[0], *header, *(cell for row in rows for cell in row), _PARAGRAPHS[1]])
    texts = [line.text for line in split_lines(page)]
    assert texts == [_PARAGRAPHS[0], " ".join(header), *(" ".join(row) for row in rows), _PARAGRAPHS[1]]


def test_a_table_printed_one_cell_a_line_is_read_row_by_row() -> None:
    """A converter that prints each table cell on its own line (lxml's text lines) leaves a standings table as a
    column of names and numbers: read back, it is a line a row, its header row too."""
    _read_back(["Pos.", "Driver", "Points", "Wins", "Top 10"], _STANDINGS)


def test_numbered_entries_and_page_numbers_are_no_table() -> None:
    """A table of contents ("7.1" over "Revision Selection") and a pager's numbers are short lines with figures
    in the same places too, but no row of them holds three figures beside a name: each line stays its own."""
    contents = [cell for n in range(1, 9) for cell in (f"7.{n}", f"Section title {n}")]
    pager = [str(n) for n in range(1, 13)] + ["Next"]
    for lines in (contents, pager):
        assert [line.text for line in split_lines("\n".join(lines))] == lines


_CODE_TOKENS = ["import", "React,", "{", "useState", "}", "from 'react';", "function", "Status", "(", "props)", "{",
                "const", "[", "online,", "setOnline]", "=", "useState", "(", "null);", "return", "online;", "}"]


def test_a_code_block_printed_token_by_token_is_one_line() -> None:
    """A highlighted code block in a dump that prints every text node on a line of its own ("const", "[",
    "online,", "setOnline]", "=") is read back as one line: token by token, it reads as a menu."""
    page = "\n".join([_PARAGRAPHS[0], *_CODE_TOKENS, _PARAGRAPHS[1]])
    texts = [line.text for line in split_lines(page)]
    assert texts == [_PARAGRAPHS[0], " ".join(_CODE_TOKENS), _PARAGRAPHS[1]]


def test_menus_with_counts_and_a_few_code_tokens_are_not_joined() -> None:
    """A menu's entries close their brackets ("English (US)", "Shoes (12)"), a breadcrumb's arrows are no code, and
    a line or two of code among a menu's entries are too few to be a block: each line stays its own."""
    menu = ["English (US)", "Deutsch (DE)", "Shoes (12)", "Bags (4)", "Home", ">", "Shop", ">", "Sale", "Cart (0)",
            "[3]", "Login", "a = b", "Docs", "Blog", "About", "Contact", "Careers"]
    assert [line.text for line in split_lines("\n".join(menu))] == menu


def test_a_node_per_line_dump_of_a_hard_wrapped_source_is_read_as_its_sentences() -> None:
    """A page whose source is wrapped at 72 columns (a documentation generator's), printed text node by text node:
    the dump is found wrapped, and a link's words between two pieces of a sentence are still joined to them; a
    byline's "By" over the name stays as the wrapped dumps of news pages print it."""
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in _PARAGRAPHS * 2)
    pieces = ["Read the full story of the", "Lower Valley Farmers", "You can read our earlier report", "here", ".",
              "See the", "Lower Valley", "and", "Upper Valley", "By", "Jane Doe"]
    page = wrapped + "\n\n" + "\n".join(pieces)
    assert _wrap_width(page.split("\n")) is not None
    texts = [line.text for line in split_lines(page)]
    assert texts == [*_PARAGRAPHS * 2, "Read the full story of the Lower Valley Farmers",
                     "You can read our earlier report here.", "See the Lower Valley", "and Upper Valley",
                     "By", "Jane Doe"]


def test_bold_terms_over_their_glosses_are_read_as_one_line_each() -> None:
    """A list of "<b>Term</b> gloss" entries printed text node by text node: a short lead over a line that opens as
    only the rest of a sentence does ("by", "during", "is"), or over a dash and its description, is one line; the
    next lead is not a link inside the gloss above it."""
    page = "\n".join([
        "A lightweight solution that prints raw messages to the console fills a critical gap:",
        "Immediate feedback", "during development without external tools",
        "Easy reproduction", "by copying the messages to curl or Postman",
        "Quick diagnosis", "of header mismatches, authentication issues, or payload problems",
        "This approach provides several advantages:",
        "Pipeline-aware", "- executes in the correct order with other handlers",
        "DI-friendly", "- fully integrated with dependency injection",
    ])
    texts = [line.text for line in split_lines(page)]
    assert texts == [
        "A lightweight solution that prints raw messages to the console fills a critical gap:",
        "Immediate feedback during development without external tools",
        "Easy reproduction by copying the messages to curl or Postman",
        "Quick diagnosis of header mismatches, authentication issues, or payload problems",
        "This approach provides several advantages:",
        "Pipeline-aware - executes in the correct order with other handlers",
        "DI-friendly - fully integrated with dependency injection",
    ]


def test_buttons_bullets_and_signatures_are_no_glosses() -> None:
    """A button over a menu's entry ("Main menu" / "move to sidebar"), a list of "- " bullets under its heading and a
    commenter's "– name" signature stay lines of their own."""
    page = "\n".join([
        "Main menu", "move to sidebar hide",
        "Features", "- fast start up on any machine", "- small memory use even on big pages",
        "bitsmack", "– bitsmack",
    ])
    texts = [line.text for line in split_lines(page)]
    assert texts == ["Main menu", "move to sidebar hide", "Features", "- fast start up on any machine",
                     "- small memory use even on big pages", "bitsmack", "– bitsmack"]


_CODE = [
    "import asyncio",
    "async def main():",
    "asyncio.ensure_future(async_foo()) # fire and forget",
    "print('Do some actions 1')",
    "await asyncio.sleep(5)",
    "print('Do some actions 2')",
    "loop = asyncio.get_event_loop()",
    "loop.run_until_complete(main())",
]


def test_a_code_block_printed_line_by_line_is_one_line() -> None:
    """A ``<pre>`` block a converter printed line by line reads as a menu of short lines; read back, it is one line,
    as html_text shows it."""
    page = "\n".join([_PARAGRAPHS[0], "Example: something like this:", *_CODE, _PARAGRAPHS[1], "python", "asyncio"])
    texts = [line.text for line in split_lines(page)]
    assert texts == [_PARAGRAPHS[0], "Example: something like this:", " ".join(_CODE), _PARAGRAPHS[1], "python",
                     "asyncio"]


def test_counts_and_clauses_ending_in_semicolons_are_no_code() -> None:
    """A menu of categories with their counts and a policy's list of clauses are short lines too, but no code."""
    menu = ["Model(249,567)", "Women(253,555)", "Pin-up Model(216,161)", "Ladies(157,199)", "Men(58,818)"]
    clauses = ["Respond to questions, comments, and other requests;", "Provide access to certain features;",
               "Personalize product recommendations;", "Communicate with you about deliveries;"]
    for lines in (menu, clauses):
        assert [line.text for line in split_lines("\n".join(lines))] == lines


_REMARKED = [("DL", "Ann Ortega", "63", "85%", "1 tackle (1 combined). 1 sack, 2 hits."),
             ("DL", "Bo Lindqvist", "57", "77%", "3 tackles (3 combined). 1 pass defended."),
             ("LB", "Cy Marsh", "49", "66%", "No stats registered."),
             ("LB", "Dee Okafor", "29", "39%", "2 tackles, 1 assist (3 combined).")]


def test_a_table_whose_last_column_is_a_remark_is_read_row_by_row() -> None:
    """A stats table whose last column is a sentence a row ("1 tackle (1 combined). 1 sack, 2 hits.") holds two
    figures a row beside the names: the remark stands for the third, and the table is read a line a row."""
    _read_back(["Pos", "Player", "Plays", "%", "Stats"], _REMARKED)


def test_rows_of_two_figures_without_remarks_are_no_table() -> None:
    """Two figures a row and a short line after them ("Oct 12", "Lyon", "3", "1", "Final") are no table without
    remarks: a row needs three figures, or a sentence of remarks standing for the third."""
    lines = [cell for n in range(1, 6) for cell in (f"Oct {n}", "Lyon", str(n), "1", "Final")]
    assert [line.text for line in split_lines("\n".join(lines))] == lines
