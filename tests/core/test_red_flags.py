"""Red flags: each sign is listed under what to do, emergency first, in the texts shown."""

from __future__ import annotations

from lbh_desktop.core.red_flags import RED_FLAGS, Urgency, red_flags_text, urgent_only


def test_the_emergency_and_urgent_signs_from_the_guidance_are_all_there() -> None:
    by_urgency = {group.urgency: " ".join(group.signs) for group in RED_FLAGS}
    for sign in ("genitals or bottom", "bladder or bowels", "both legs"):
        assert sign in by_urgency[Urgency.EMERGENCY]
    for sign in ("fever", "weight loss", "at night", "chest pain", "faint"):
        assert sign in by_urgency[Urgency.URGENT]
    assert [group.urgency for group in RED_FLAGS] == list(Urgency)


def test_the_text_says_what_to_do_before_the_signs() -> None:
    text = red_flags_text()
    assert text.index("emergency number") < text.index("genitals")
    assert text.index("See a doctor today") < text.index("fever")
    short = red_flags_text(urgent_only())
    assert "genitals" in short and "fever" in short and "keep moving gently" not in short
