"""Red flags: symptoms that need emergency or urgent care, and what to do, in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    URGENT = "urgent"
    GENTLY = "gently"


@dataclass(frozen=True)
class RedFlagGroup:
    urgency: Urgency
    heading: str
    """What to do, said first: the action matters more than the list."""
    signs: tuple[str, ...]


RED_FLAGS = (
    RedFlagGroup(
        Urgency.EMERGENCY,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "Call your emergency number now (999 in the UK, 112 in the EU, 911 in the US) or go "
            "to an emergency department if you have back pain with any of these:",
        ),
        (
            QT_TRANSLATE_NOOP("red_flags", "numbness or tingling around your genitals or bottom"),
            QT_TRANSLATE_NOOP(
                "red_flags", "new trouble peeing or controlling your bladder or bowels"
            ),
            QT_TRANSLATE_NOOP(
                "red_flags", "weakness, numbness or heaviness in both legs, or legs that give way"
            ),
        ),
    ),
    RedFlagGroup(
        Urgency.URGENT,
        QT_TRANSLATE_NOOP(
            "red_flags",
            "See a doctor today (an urgent appointment or your local urgent-care line) if you "
            "have back pain with any of these:",
        ),
        (
            QT_TRANSLATE_NOOP("red_flags", "a fever, or feeling hot and shivery"),
            QT_TRANSLATE_NOOP("red_flags", "weight loss you cannot explain"),
            QT_TRANSLATE_NOOP(
                "red_flags",
                "pain that is worse at night or wakes you, and does not ease when you move",
            ),
            QT_TRANSLATE_NOOP("red_flags", "chest pain, breathlessness or feeling faint"),
            QT_TRANSLATE_NOOP(
                "red_flags", "pain after a fall or accident, or if you have had cancer"
            ),
        ),
    ),
    RedFlagGroup(
        Urgency.GENTLY,
        QT_TRANSLATE_NOOP("red_flags", "Otherwise, keep moving gently:"),
        (
            QT_TRANSLATE_NOOP(
                "red_flags",
                "ordinary back pain usually settles within a few weeks, and staying active helps",
            ),
            QT_TRANSLATE_NOOP(
                "red_flags",
                "some discomfort is normal: hurt is not harm, but ease off a move that makes "
                "the pain sharp, shooting or worse",
            ),
            QT_TRANSLATE_NOOP(
                "red_flags",
                "see a doctor or physiotherapist if it is not getting better after a few weeks",
            ),
        ),
    ),
)
"""Marked for translation: red_flags_text() shows them in the user's language."""


EMERGENCY_POINTER = QT_TRANSLATE_NOOP(
    "red_flags",
    "Numb around your genitals or bottom, new bladder or bowel trouble, or both legs weak? "
    "Get emergency help now (Help → Safety notice).",
)
"""One line for short notices where the full list does not fit, e.g. the Ready screen; show
it as emergency_pointer()."""


def emergency_pointer() -> str:
    """EMERGENCY_POINTER in the user's language."""
    return translate("red_flags", EMERGENCY_POINTER)


def red_flags_text(groups: tuple[RedFlagGroup, ...] = RED_FLAGS) -> str:
    """The groups as plain text, in the user's language: each heading, then its signs as
    bullets."""
    return "\n\n".join(
        "\n".join(
            [
                translate("red_flags", group.heading),
                *(f"• {translate('red_flags', sign)}" for sign in group.signs),
            ]
        )
        for group in groups
    )


def urgent_only() -> tuple[RedFlagGroup, ...]:
    """The emergency and urgent groups, for the short notices after pain."""
    return tuple(group for group in RED_FLAGS if group.urgency is not Urgency.GENTLY)
