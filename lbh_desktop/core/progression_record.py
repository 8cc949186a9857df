"""The user's answer to a step-up offer, as stored: what was offered, decided and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from lbh_desktop.core.models import ModelError


class ChangeKind(StrEnum):
    HOLDS = "holds"
    VARIATION = "variation"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class ProgressionRecord:
    """The user's answer to one offer, kept so the rule knows what was decided and when."""

    routine_id: str
    decided_utc: str
    local_date: date
    decision: Decision
    change: ChangeKind
    step_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "routine_id": self.routine_id,
            "decided_utc": self.decided_utc,
            "local_date": self.local_date.isoformat(),
            "decision": self.decision.value,
            "change": self.change.value,
            "step_index": self.step_index,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgressionRecord:
        step_index = data.get("step_index")
        if step_index is not None and (
            isinstance(step_index, bool) or not isinstance(step_index, int)
        ):
            raise ModelError(f"progression.step_index: must be a whole number, not {step_index!r}")
        return cls(
            routine_id=str(data["routine_id"]),
            decided_utc=str(data["decided_utc"]),
            local_date=date.fromisoformat(str(data["local_date"])),
            decision=Decision(data["decision"]),
            change=ChangeKind(data["change"]),
            step_index=step_index,
        )
