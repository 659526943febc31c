"""The speed shortcuts of the first pass change nothing: a rule's gate never says no where one of the rule's
patterns matches, and the literal pre-check of Phrases is the substring test it replaces."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from boilerstrip import _patterns as P
from boilerstrip import _rules as R

_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?|/-_'\"()©»…–—•\n"
_WORDING = [
    "Join Date: Aug 2008", "2 Likes", "Posts: 1,077", "Senior Member", "7+ Year Member", "Last edited: Jul 9, 2022",
    "Messages", "Add to cart", "Compare", "Qty:", "In stock", "Add to cartMore info", "Learn more", "Get started",
    "Let’s connect", "Advertisement: New AI Book!", "Advertisement (gone after registration)",
    "Advertisement", "- ADVERTISEMENT -", "Photo: Jane Doe / Reuters", "EPA-EFE/SERGEI CHIRIKOV", "We use cookies",
    "Accept all cookies and our partners", "Your email address will not be published. Required fields are marked",
    "Tags: news, world", "Related Stories", "Share on Facebook", "Facebook Twitter Email", "12 Comments", "1.4K",
    "March 3, 2025", "By Jane Doe", "Updated March 3, 2025", "5 min read", "3 hours ago", "Subscribe to our newsletter",
    "© 2025 Example Media. All rights reserved.", "Home | World | Science", "Home > World > Europe", "Home",
    "Log in", "About us", "Privacy Policy", "Watch", "Sign up", "Page 2 of 5", "* * *", "<img src='x.gif'>",
    "Snow on the pass. Photograph: Sofia Keller/Alpine Research Institute", "Lorem ipsum dolor sit amet",
    "Jane Doe, left, and John Roe shake hands", "In this Nov. 10, 2019, file photo, a row of cars",
    "A rally at the Statehouse, Tuesday, Nov. 19, 2019, in the city", "Sales fell. Photograph by Jane Doe/AFP",
    "This field is for validation purposes and should be left unchanged.",
    "Related: Plumes on Europa", "READ MORE: The guide »", "Image caption A bridge at dusk", "Image copyright Getty",
    "Click to share on Twitter (Opens in new window)", "Follow Newsbeat on Instagram, Facebook and YouTube.",
]


def _rule_patterns() -> dict[object, list[re.Pattern[str] | P.Phrases]]:
    return {
        R.rule_no_words: [P.ICON_ONLY],
        R.rule_markup: [P.MARKUP_TEXT],
        R.rule_placeholder: [P.PLACEHOLDER_TEXT],
        R.rule_ad_marker: [P.AD_LINE, P.AD_CONTINUE_LINE, P.AD_LABELLED_LINE],
        R.rule_disclosure: [P.DISCLOSURE],
        R.rule_lead_in: [P.RELATED_LEAD_IN, P.CAPTION_LEAD_IN, P.CREDIT_LEAD_IN, P.SHARE_BUTTON_LINE, P.FOLLOW_LINE],
        R.rule_credit: [P.CREDIT_LINE, P.CREDIT_AGENCY_LINE],
        R.rule_caption_with_credit: [P.INLINE_CREDIT_END, P.AGENCY_CREDIT_END],
        R.rule_caption_wording: [P.CAPTION_WORDING],
        R.rule_cookie: [P.COOKIE_STATEMENT, P.COOKIE_PHRASE],
        R.rule_comment_form: [P.COMMENT_FORM_PHRASE],
        R.rule_short_phrases: [P.TAXONOMY_LINE, P.RELATED_HEADING, P.SHARE_LINE, P.SHARE_TOKEN_LINE,
                               P.COMMENTS_LINE, P.COUNTER, P.DATE_LINE, P.BYLINE_NAME, P.BYLINE_LINE,
                               P.RELATIVE_TIME_LINE, P.NEWSLETTER_PHRASE, P.LEGAL_PHRASE],
        R.rule_poster_details: [P.POSTER_DETAIL_LINE, P.POSTER_STAT_TERM],
        R.rule_shop_controls: [P.SHOP_CONTROL_LINE],
        R.rule_calls_to_action: [P.CALL_TO_ACTION_LINE],
        R.rule_menu_words: [P.MENU_ROW, P.NAVIGATION_LINE, P.BREADCRUMB, P.OTHER_LINE],
        R.rule_footer_links: [P.LEGAL_LINK_LINE],
    }


def _check_gates(text: str) -> None:
    low = P.gate_text(text)
    for rule, patterns in _rule_patterns().items():
        if any(p.search(text) for p in patterns):
            assert R.RULE_GATES[rule].may_match(text, low), (rule, text)  # type: ignore[index]


def test_every_gate_names_its_rules_patterns() -> None:
    assert set(R.RULE_GATES) == set(_rule_patterns())


def test_gates_pass_the_wording_they_guard() -> None:
    for text in _WORDING:
        _check_gates(text)
        _check_gates(text.upper())
        _check_gates(f"  {text}  ")


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_gates_never_hide_a_match(text: str) -> None:
    _check_gates(text)


_BEYOND_ASCII = "’“”—–…©•»›→\xa0éÉßſıİΣσς\u212a"


@given(st.text(alphabet=_ALPHABET + _BEYOND_ASCII, max_size=60))
def test_gates_never_hide_a_match_beyond_ascii(text: str) -> None:
    _check_gates(text)


@given(st.sampled_from(_WORDING), st.text(alphabet=_BEYOND_ASCII + " ", max_size=6),
       st.text(alphabet=_BEYOND_ASCII + " ", max_size=6))
def test_gates_never_hide_a_match_around_wording_beyond_ascii(text: str, before: str, after: str) -> None:
    _check_gates(before + text + after)
    _check_gates(before + text.replace(" ", "\xa0") + after)
    _check_gates(text.replace("s", "ſ").replace("i", "ı"))


def test_gate_text_lowers_only_texts_whose_letters_are_ascii() -> None:
    assert P.gate_text("Share “this” — ©") == "share “this” — ©"
    assert P.gate_text("Crédit photo") is None
    assert P.gate_text("Share ſ") is None
    assert P.gate_text("\u212aelvin") is None  # the Kelvin sign folds into "k"


@given(st.sampled_from(_WORDING), st.text(alphabet=_ALPHABET, max_size=12), st.text(alphabet=_ALPHABET, max_size=12))
def test_gates_never_hide_a_match_around_wording(text: str, before: str, after: str) -> None:
    _check_gates(before + text + after)
    _check_gates(before + text.swapcase() + after)


def test_only_the_listed_characters_fold_into_ascii() -> None:
    # every non-ASCII character but the listed ones, as one class: under IGNORECASE it must match no ASCII character
    gaps = sorted(ord(c) for c in P.FOLDS_INTO_ASCII)
    bounds = [0x80, *[x for g in gaps for x in (g - 1, g + 1)], 0x10FFFF]
    pairs = [(lo, hi) for lo, hi in zip(bounds[::2], bounds[1::2], strict=True) if lo <= hi]
    ranges = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in pairs)
    rest = re.compile(f"[{ranges}]", re.IGNORECASE)
    assert not [chr(a) for a in range(128) if rest.fullmatch(chr(a))]
    for c in P.FOLDS_INTO_ASCII:
        assert any(re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for a in range(128))


@given(st.text(alphabet=_ALPHABET + "ſKİıéÉ", max_size=40))
def test_phrases_precheck_is_the_substring_test(text: str) -> None:
    for phrases in (P.COOKIE_PHRASE, P.LEGAL_PHRASE, P.COMMENT_FORM_PHRASE, P.COPYRIGHT_NOTICE):
        assert phrases.triggers is not None
        low = text.lower()
        assert phrases._may_match(text) == any(t in low for t in phrases.triggers)


def _twin_alternatives() -> list[list[str]]:
    out = []
    for patterns in _rule_patterns().values():
        for item in patterns:
            twin = P._folded_source(item.pattern if isinstance(item, P.Phrases) else item)
            if twin is not None:
                out.append(P._alternatives(twin))
    return out


def _check_trie(text: str) -> None:
    for parts in _twin_alternatives():
        plain, merged = re.compile(P._alt(*parts)), re.compile("(?:" + P._trie(parts) + ")")
        assert (plain.search(text) is None) == (merged.search(text) is None), (parts[0], text)
        assert (plain.match(text) is None) == (merged.match(text) is None), (parts[0], text)


def test_trie_matches_where_the_alternation_does_on_wording() -> None:
    for text in _WORDING:
        _check_trie(text.lower())
        _check_trie(f"  {text.lower()}  ")


@given(st.sampled_from(_WORDING), st.text(alphabet=_ALPHABET.lower(), max_size=12))
def test_trie_matches_where_the_alternation_does(text: str, noise: str) -> None:
    _check_trie(noise + text.lower())
    _check_trie(text.lower() + noise)
    _check_trie(noise)


def test_gate_shortcuts_read_what_follows_a_long_run() -> None:
    assert P._after_long_run(r"[^.!?]{0,60}\breuters\b") == r"\breuters\b"
    assert P._after_long_run(r"[^|]{1,30}(?:\s[|]\s[^|]{1,30}){2,}$") == r"(?:\s[|]\s[^|]{1,30})"
    assert P._after_long_run(r"[^.]{0,5}x") is None  # a short run: cheap to read
    assert P._after_long_run(r"[^.]{0,60}(?:x)?$") is None  # what follows may match nothing: every text
    assert P._first_repeat(r"\d+\s*min") == r"\d\s*min"
    assert P._first_repeat(r"\d++x") == r"\d++x"
    assert P._first_repeat(r"(?:ab){0,3}c") == r"(?:ab){0,3}c"


@given(st.text(alphabet="ab |.x1", max_size=30))
def test_gate_shortcuts_are_wider(text: str) -> None:
    for alternative in (r"[^.]{0,20}\bx\b", r"[^|]{1,12}(?:\s[|]\s[^|]{1,12}){2,}$", r"[ab ]{2,15}(?:x|1+)"):
        rest = P._after_long_run(alternative)
        assert rest is not None
        if re.match(alternative, text):
            assert re.search(rest, text), (alternative, text)
    for alternative in (r"1+\s*x", r"(?:a|b){2,}x", r"(?:ab)+1"):
        if re.search(alternative, text):
            assert re.search(P._first_repeat(alternative), text), (alternative, text)


def test_gates_read_past_a_leading_negative_lookahead() -> None:
    assert P._past_negative_lookaheads(r"(?![^$€£¥]*[$€£¥])[\W_]*(?:home|menu)[\W_]*$") == r"[\W_]*(?:home|menu)[\W_]*$"
    assert P._past_negative_lookaheads(r"(?!a)(?!b)xy") == "xy"
    assert P._past_negative_lookaheads(r"(?!a)") == r"(?!a)"  # nothing left: as written
    assert P._past_negative_lookaheads(r"(?=a)x") == r"(?=a)x"  # a positive lookahead stays
    assert P.NAVIGATION_LINE.pattern.startswith("^(?!")  # the pattern this shortcut is for
    assert "(?!" not in P.Gate(P.NAVIGATION_LINE)._start.pattern  # type: ignore[union-attr]


@given(st.text(alphabet="ab x$1", max_size=20))
def test_gates_past_a_negative_lookahead_are_wider(text: str) -> None:
    for alternative in (r"(?![^$]*\$)[ab]*x", r"(?!a)(?!\d)\w+x"):
        if re.match(alternative, text):
            assert re.match(P._past_negative_lookaheads(alternative), text), (alternative, text)


_SPACES = "ab .:!?\"'“”‘’ \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000ßİ"


@given(st.text(alphabet=_SPACES, max_size=30))
def test_normalise_title_shortcut_is_the_regex(text: str) -> None:
    slow = P.WHITESPACE.sub(" ", text).strip().casefold().strip(" .:!?\"'“”‘’")
    assert R.normalise_title(text) == slow


def test_only_the_space_is_printable_whitespace() -> None:
    """normalise_title's shortcut: a printable text holds no whitespace but the space."""
    assert [c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()] == [" "]


def test_hint_verdicts_are_the_verdicts() -> None:
    from boilerstrip._types import Label, Verdict

    assert R._hint_verdict(Label.SHARE, "class/id 'share'") == Verdict(Label.SHARE, "class/id 'share'")


def _rules_to_ask_plainly(rules: tuple[R.Rule, ...], text: str) -> tuple[R.Rule, ...]:
    low = P.gate_text(text) if len(text) <= R._GATE_CHARS else None
    return tuple(rule for rule in rules if rule not in R.RULE_GATES or R.RULE_GATES[rule].may_match(text, low))


@given(st.sampled_from([*_WORDING, "", "Some prose of the article, with a comma."]),
       st.text(alphabet=_ALPHABET + _BEYOND_ASCII, max_size=12), st.sampled_from([0, 1, R._GATE_CHARS]))
def test_rules_to_ask_are_the_rules_whose_gates_pass(text: str, noise: str, pad: int) -> None:
    """The memoised union-gate shortcut asks the rules that asking each gate would (asked twice: memo and fresh)."""
    text = noise + text + "x" * pad
    for rules in (R.HTML_RULES, R.TEXT_RULES):
        expected = _rules_to_ask_plainly(rules, text)
        assert R._rules_to_ask(rules)(text) == expected
        assert R._rules_to_ask(rules)(text) == expected


_BROAD_ATOMS = ("\\w", "\\W", "\\S", ".", "[^")  # classes that match nearly every character of a text


def test_union_gates_search_no_alternative_that_starts_almost_everywhere() -> None:
    """A gate searches its alternatives at every position of a block: one led by a class that matches almost any
    character (say "\\w\\s+\\(photo:") is tried nearly everywhere and made the HTML rules' gate 40% slower. Such a
    pattern should start with what is rarer (a space, a bracket, a word)."""
    for rules in (R.HTML_RULES, R.TEXT_RULES):
        gate = R._any_gate(tuple(g for g in (R.RULE_GATES.get(rule) for rule in rules) if g is not None))
        anywhere = gate._anywhere
        assert anywhere is not None
        heads = {P._first_atom(alt) for alt in P._alternatives(anywhere.pattern[3:-1])}
        assert not [head for head in heads if head.startswith(_BROAD_ATOMS)], heads


def test_gate_alternatives_start_with_a_literal() -> None:
    assert P._literal_led(r"[|•·]\sx") == [r"\|\sx", r"•\sx", r"·\sx"]
    assert P._literal_led(r"\d\s*(?:min|hour)s?") == ["mins?", "hours?"]
    assert P._literal_led(r"[.!?\"]\s+(?:photo|image):") == ["photo:", "image:"]
    assert P._literal_led(r"\s[^x]{1,3}") == [r"\s[^x]{1,3}"]  # nothing literal follows: left as written
    assert P._literal_led("abc") == ["abc"]
    union = R._any_gate(tuple(g for r in R.HTML_RULES if (g := R.RULE_GATES.get(r)) is not None))
    assert union._anywhere is not None
    assert all(P._is_literal(P._first_atom(alt)) for alt in P._alternatives(union._anywhere.pattern))


@given(st.text(alphabet="ab |•.!1 x:", max_size=30))
def test_literal_led_alternatives_are_wider(text: str) -> None:
    for alternative in (r"[|•·]\s[^|•·]{1,5}", r"\d\s*(?:ab|x)s?", r"[.!?]\s+(?:a|b)b?\s*:", r"\s(?:\|\s[^.]{1,4}|x1)"):
        if re.search(alternative, text):
            assert any(re.search(led, text) for led in P._literal_led(alternative)), (alternative, text)
