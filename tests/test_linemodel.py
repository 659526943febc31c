"""Unit tests for the learned plain-text line classifier (boilerstrip._linemodel)."""

from __future__ import annotations

import math

from boilerstrip import _linemodel as LM
from boilerstrip._types import Label

PAGE = [
    "Skip to content",
    "Home",
    "News",
    "Sport",
    "Business",
    "Culture",
    "Travel",
    "Contact",
    "The river that changed course overnight",
    "Villagers along the lower valley woke on Tuesday to find that the river, which had run past their fields for "
    "as long as anyone could remember, had cut a new channel two kilometres to the east during the night.",
    "Engineers from the regional water authority said the shift was caused by a week of heavy rain upstream, "
    "which loosened the banks and allowed the current to break through a narrow strip of farmland.",
    "Farmers who depend on the river for irrigation say they are now unsure how they will water their crops this "
    "summer, and several have asked the authority to build a temporary weir to divert some of the flow back.",
    "Officials have promised a full survey of the new channel within the next fortnight, after which they will "
    "decide whether to attempt to restore the old course or to adapt the irrigation network instead.",
    "© 2025 Valley Times. All rights reserved.",
    "Privacy Policy",
    "Terms of Use",
]


def test_labels_match_enum() -> None:
    assert set(LM.LABELS) == {label.value for label in Label}


def test_weights_load() -> None:
    model = LM._model()
    assert model.bits >= 10
    assert len(model.bias) == len(LM.LABELS)
    assert model.rows


def test_empty_input() -> None:
    assert LM.predict_lines([]) == []


def test_probabilities_sum_to_one() -> None:
    out = LM.predict_lines(PAGE)
    assert len(out) == len(PAGE)
    for label, prob, probs in out:
        assert label in LM.LABELS
        assert set(probs) == set(LM.LABELS)
        assert math.isclose(sum(probs.values()), 1.0, rel_tol=1e-9)
        assert prob == max(probs.values())
        assert probs[label] == prob


def test_deterministic_and_independent_of_earlier_calls() -> None:
    first = LM.predict_lines(PAGE)
    LM.predict_lines(["Subscribe to our newsletter", "Related stories", "Cookie settings"])
    assert LM.predict_lines(PAGE) == first
    assert LM.predict_lines(list(PAGE)) == first


def test_navigation_run_and_prose() -> None:
    out = [label for label, _, _ in LM.predict_lines(PAGE)]
    boilerplate = {"navigation", "related", "legal", "other", "share"}
    assert sum(label in boilerplate for label in out[1:8]) >= 5
    assert all(label == "content" for label in out[9:13])
    assert out[13] == "legal"


def test_blank_lines_pass_through() -> None:
    with_blanks = [PAGE[0], "", "   ", *PAGE[1:]]
    out = LM.predict_lines(with_blanks)
    assert len(out) == len(with_blanks)
    assert out[1][0] == "other"
    assert out[2][1] == 1.0
    # blank lines take no part in the context of the others
    assert [o for i, o in enumerate(out) if i not in (1, 2)] == LM.predict_lines(PAGE)


def test_indentation_is_accepted() -> None:
    out = LM.predict_lines(["    " + line for line in PAGE])
    assert len(out) == len(PAGE)


def test_rule_features_are_optional_and_aligned() -> None:
    lines = [PAGE[0], "", *PAGE[1:4]]
    plain = LM.hashed_features(lines, 18)
    ruled = LM.hashed_features(lines, 18, ["navigation", None, "navigation", None, "content"])
    assert len(plain) == len(ruled) == 4
    assert all(set(p) <= set(r) and len(r) > len(p) for p, r in zip(plain, ruled, strict=True))
    try:
        LM.hashed_features(lines, 18, ["navigation"])
    except ValueError:
        pass
    else:
        raise AssertionError("misaligned rule_labels must raise")


def test_forward_backward_is_identity_without_transitions() -> None:
    # uniform transitions, no prior: the marginals are the line probabilities themselves
    probs = [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.3, 0.4]]
    flat = [[1.0] * 3 for _ in range(3)]
    out = LM.forward_backward(probs, flat, [1.0] * 3, [1.0] * 3)
    for got, want in zip(out, probs, strict=True):
        assert all(math.isclose(g, w, rel_tol=1e-12) for g, w in zip(got, want, strict=True))


def test_forward_backward_smooths_a_run() -> None:
    # a sticky chain pulls an unsure line in the middle of a run towards the run's label
    probs = [[0.9, 0.1], [0.9, 0.1], [0.45, 0.55], [0.9, 0.1], [0.9, 0.1]]
    sticky = [[0.9, 0.1], [0.1, 0.9]]
    out = LM.forward_backward(probs, sticky, [1.0, 1.0], [0.5, 0.5])
    assert len(out) == len(probs)
    assert all(math.isclose(sum(row), 1.0, rel_tol=1e-12) for row in out)
    assert out[2][0] > out[2][1]
    assert LM.forward_backward([], sticky, [1.0, 1.0], [0.5, 0.5]) == []


def test_long_page_does_not_underflow() -> None:
    out = LM.predict_lines(PAGE * 200)
    assert all(0.0 < prob <= 1.0 and math.isfinite(prob) for _, prob, _ in out)


def _phased_chain() -> tuple[list[list[list[float]]], list[list[float]], list[list[float]], list[list[float]],
                              list[list[float]]]:
    within = [[[0.8, 0.2], [0.3, 0.7]], [[0.6, 0.4], [0.5, 0.5]], [[0.9, 0.1], [0.2, 0.8]]]
    leave = [[0.1, 0.3], [0.05, 0.2], [0.0, 0.0]]
    jump = [[0.0, 0.7, 0.3], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]]
    enter = [[0.5, 0.5], [0.9, 0.1], [0.2, 0.8]]
    start = [[0.4, 0.3], [0.2, 0.1], [0.0, 0.0]]
    return within, leave, jump, enter, start


def test_phased_forward_backward_is_the_chain_over_phase_label_states() -> None:
    # the same marginals as forward_backward over the 6 (phase, label) states, summed over the phases
    within, leave, jump, enter, start = _phased_chain()
    k, nph = 2, 3
    dense = [[0.0] * (k * nph) for _ in range(k * nph)]
    for p in range(nph):
        for u in range(k):
            for v in range(k):
                dense[p * k + u][p * k + v] = within[p][u][v]
                for q in range(p + 1, nph):
                    dense[p * k + u][q * k + v] = leave[p][u] * jump[p][q] * enter[q][v]
    probs = [[0.7, 0.3], [0.2, 0.8], [0.5, 0.5], [0.9, 0.1], [0.4, 0.6]]
    scale = [1.2, 0.8]
    got = LM.phased_forward_backward(probs, within, leave, jump, enter, scale, start)
    wide = LM.forward_backward([row * nph for row in probs], dense, scale * nph, [x for row in start for x in row])
    want = [[sum(row[p * k + c] for p in range(nph)) for c in range(k)] for row in wide]
    for g, w in zip(got, want, strict=True):
        assert all(math.isclose(a, b, rel_tol=1e-9) for a, b in zip(g, w, strict=True))
    assert LM.phased_forward_backward([], within, leave, jump, enter, scale, start) == []


def test_shipped_weights_have_the_phased_sequence_stage() -> None:
    model = LM._model()
    assert model.phased is not None
    assert len(model.phased.within) == len(model.phased.leave) == 3
    assert all(len(m) == len(LM.LABELS) for m in model.phased.within)
    assert model.phased.leave[2] == (0.0,) * len(LM.LABELS)  # the last part of the page is never left


def _flags_by_searching(text: str) -> list[str]:
    """The text-pattern flags of a stripped line, every pattern asked (what the gate in ``_Line`` skips)."""
    nw = len(LM._WORD.findall(text.lower()))
    return [name for name, pattern in LM._FLAGS
            if not (name in LM._PHRASE_FLAGS and nw > 30) and pattern.search(text)]


def test_flag_gate_skips_no_flag() -> None:
    """The one-look gate before the flag searches changes nothing: every fixture line (and lines made to match
    each flag) gets the flags that asking every pattern gives."""
    from pathlib import Path

    pages = Path(__file__).parent / "fixtures" / "pages"
    lines = [line.strip() for path in sorted(pages.glob("*/source.*"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += [line.strip() for line in PAGE]
    lines += ["- Advertisement -", "Subscribe to our newsletter", "We use cookies to improve your experience",
              "By Jane Doe", "March 3, 2024", "Photo: EPA-EFE/SERGEI CHIRIKOV", "Share on Facebook",
              "Related Articles", "12 Comments", "Leave a Reply", "Read more…", "\uf09a", "Home > News > World"]
    flagged = 0
    for line in lines:
        expected = _flags_by_searching(line)
        assert LM._Line(line).flags == expected, line
        flagged += bool(expected)
    assert flagged >= 13  # the gate was asked about lines with flags, not only about lines without
