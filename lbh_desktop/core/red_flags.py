"""Red flags: symptoms that need emergency or urgent care, and what to do, in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
        "Call your emergency number now (999 in the UK, 112 in the EU, 911 in the US) or go "
        "to an emergency department if you have back pain with any of these:",
        (
            "numbness or tingling around your genitals or bottom",
            "new trouble peeing or controlling your bladder or bowels",
            "weakness, numbness or heaviness in both legs, or legs that give way",
        ),
    ),
    RedFlagGroup(
        Urgency.URGENT,
        "See a doctor today (an urgent appointment or your local urgent-care line) if you "
        "have back pain with any of these:",
        (
            "a fever, or feeling hot and shivery",
            "weight loss you cannot explain",
            "pain that is worse at night or wakes you, and does not ease when you move",
            "chest pain, breathlessness or feeling faint",
            "pain after a fall or accident, or if you have had cancer",
        ),
    ),
    RedFlagGroup(
        Urgency.GENTLY,
        "Otherwise, keep moving gently:",
        (
            "ordinary back pain usually settles within a few weeks, and staying active helps",
            "some discomfort is normal: hurt is not harm, but ease off a move that makes "
            "the pain sharp, shooting or worse",
            "see a doctor or physiotherapist if it is not getting better after a few weeks",
        ),
    ),
)


EMERGENCY_POINTER = (
    "Numb around your genitals or bottom, new bladder or bowel trouble, or both legs weak? "
    "Get emergency help now (Help → Safety notice)."
)
"""One line for short notices where the full list does not fit, e.g. the Ready screen."""


def red_flags_text(groups: tuple[RedFlagGroup, ...] = RED_FLAGS) -> str:
    """The groups as plain text: each heading, then its signs as bullets."""
    return "\n\n".join(
        group.heading + "\n" + "\n".join(f"• {sign}" for sign in group.signs) for group in groups
    )


def urgent_only() -> tuple[RedFlagGroup, ...]:
    """The emergency and urgent groups, for the short notices after pain."""
    return tuple(group for group in RED_FLAGS if group.urgency is not Urgency.GENTLY)
