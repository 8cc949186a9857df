"""Turns a player snapshot into the texts and flags the player view shows."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Condition, Exercise
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.library import format_clock
from lbh_desktop.core.models import ExerciseKind, SessionRecord, StepMode
from lbh_desktop.core.player import PlayerSnapshot, PlayerState, SegmentOutcome, SegmentResult
from lbh_desktop.core.player_announcements import clock_name, move_announcement, spoken_dose
from lbh_desktop.core.player_events import HALFWAY_MIN_SECONDS
from lbh_desktop.core.session_log import progress_note, work_seconds
from lbh_desktop.core.timeline import Segment, SegmentKind, Side, Timeline
from lbh_desktop.core.variants import PlayedMove, played_move, side_label, side_text

COMMANDS = ("start", "pause", "resume", "skip", "back", "done", "stop")

_PHASES: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: QT_TRANSLATE_NOOP("player_display", "Get ready"),
    SegmentKind.WORK: QT_TRANSLATE_NOOP("player_display", "Hold"),
    SegmentKind.SWITCH_SIDES: QT_TRANSLATE_NOOP("player_display", "Switch sides"),
    SegmentKind.SET_REST: QT_TRANSLATE_NOOP("player_display", "Rest between sets"),
    SegmentKind.REST: QT_TRANSLATE_NOOP("player_display", "Rest"),
}

_PRIMARY = {
    PlayerState.READY: ("start", QT_TRANSLATE_NOOP("player_display", "Start")),
    PlayerState.RUNNING: ("pause", QT_TRANSLATE_NOOP("player_display", "Pause")),
    PlayerState.PAUSED: ("resume", QT_TRANSLATE_NOOP("player_display", "Resume")),
}
"""The primary button's command and text in each state (else Start)."""
NEXT_ROUTINE_TEXT = QT_TRANSLATE_NOOP(
    "player_display", "Press Space or Back to routines to choose your next one."
)
BANNER_SECONDS = 3.0
"""How long the "Halfway" banner stays, the seen stand-in for the halfway cue."""


class ClockStyle(StrEnum):
    TIMER = "timer"
    """Digits that count: big and bold, read from the mat."""
    COUNT = "count"
    """A number of reps in words ("10 reps"): smaller, so it does not pass for a countdown."""
    NONE = "none"
    """Nothing: the summary after a session."""


@dataclass(frozen=True)
class PlayerDisplay:
    phase: str
    exercise_id: str
    exercise_name: str
    detail: str
    clock_text: str
    clock_caption: str
    instructions: tuple[str, ...]
    cues: tuple[str, ...]
    caution: str
    next_up: str
    total_left: str
    progress_permille: int
    primary_action: str
    primary_enabled: bool
    enabled: dict[str, bool]
    mirrored: bool
    clock_style: ClockStyle = ClockStyle.TIMER
    banner: str = ""
    """A cue that is also heard ("Halfway", "Switch sides"), shown for those with sound off."""
    mistakes: tuple[str, ...] = ()
    """The move's common mistakes, shown under its steps and cues."""
    condition_cautions: tuple[str, ...] = ()
    """"If you are pregnant: …" for each condition the move has advice for."""
    side_hint: str = ""
    """What this side of a sided move is: "Left leg: your left foot stays down …"."""
    focus_index: int | None = None
    """The segment whose move the page shows (the next one during get-ready and rests)."""
    announcement: str = ""
    """Said politely to a screen reader when the move shown changes (announcement_due)."""
    clock_name: str = ""
    """The countdown in words, the clock's accessible name ("35 seconds left in …")."""
    move_permille: int = 0
    """How far the segment the clock counts has run, in thousandths (the ring around it): the
    hold, the rest or the get-ready; an open hold against its aim; 0 for reps and before the
    start, 1000 on the finished summary."""
    primary_command: str = "start"
    """What the primary button does, for code (its icon): start, pause, resume or library."""


CONDITION_LEADS = {
    Condition.HIP_REPLACEMENT: QT_TRANSLATE_NOOP(
        "player_display", "After a hip replacement: {advice}"
    ),
    Condition.OSTEOPOROSIS: QT_TRANSLATE_NOOP("player_display", "With osteoporosis: {advice}"),
    Condition.PREGNANCY: QT_TRANSLATE_NOOP("player_display", "If you are pregnant: {advice}"),
    Condition.STENOSIS: QT_TRANSLATE_NOOP(
        "player_display", "With spinal stenosis or spondylolisthesis: {advice}"
    ),
}


def condition_texts(exercise: Exercise) -> tuple[str, ...]:
    return tuple(
        translate("player_display", CONDITION_LEADS[c.condition]).format(advice=c.advice)
        for c in exercise.condition_cautions
    )


def dose_text(segment: Segment) -> str:
    if segment.mode is StepMode.REPS:
        return translate("player_display", "%n rep(s)", None, segment.reps or 0)
    if segment.mode is StepMode.OPEN:
        return translate("player_display", "hold, aim for {seconds} s").format(
            seconds=segment.target_seconds
        )
    return translate("player_display", "{seconds} s").format(seconds=round(segment.duration or 0))


def segment_detail(segment: Segment, move: PlayedMove | None, *, name_version: bool = True) -> str:
    """ "Set 2 of 3 · Left leg · Easier version of Glute bridge"."""
    parts = []
    if segment.set_count > 1:
        set_text = translate("player_display", "Set {number} of {count}")
        parts.append(set_text.format(number=segment.set_number, count=segment.set_count))
    if segment.side is not None:
        played = move.exercise if move is not None else None
        if move is not None and not move.exercise.per_side and move.exercise is not move.base:
            # Eased mid-session to a version done on both legs: the two sides stay rounds.
            round_text = translate("player_display", "Round {number} of 2")
            parts.append(round_text.format(number=1 if segment.side is Side.LEFT else 2))
        else:
            parts.append(side_label(segment.side.value, played.side_unit if played else "side"))
    if name_version and move is not None and move.is_version:
        if move.rungs < 0:
            version = translate("player_display", "Easier version of {move}")
        else:
            version = translate("player_display", "Harder version of {move}")
        parts.append(version.format(move=move.base.name))
    return " · ".join(parts)


def segment_move(catalogue: Catalogue, segment: Segment) -> PlayedMove | None:
    """The version of its move that `segment` plays."""
    return played_move(catalogue, segment.exercise_id, segment.variation)


def _side_hint(segment: Segment | None, move: PlayedMove | None) -> str:
    if segment is None or segment.side is None or move is None or not move.exercise.per_side:
        return ""
    return side_text(move.exercise, segment.side.value)


def _work_phase(segment: Segment, exercise: Exercise | None) -> str:
    """Reps; a hold until Done; or, against the clock, what this kind of move asks for."""
    if segment.mode is StepMode.REPS:
        return translate("player_display", "Reps")
    if segment.mode is StepMode.OPEN or exercise is None:
        return translate("player_display", "Hold")
    if exercise.kind is ExerciseKind.WARMUP or exercise.dose.mode is StepMode.REPS:
        # marching, circles, or a rep move played for a time
        return translate("player_display", "Keep moving")
    if exercise.kind is ExerciseKind.STRETCH:
        return translate("player_display", "Stretch")  # held or flowing (cat-cow): not "Hold"
    return translate("player_display", "Hold")


def _phase(snapshot: PlayerSnapshot, segment: Segment | None, exercise: Exercise | None) -> str:
    if snapshot.state is PlayerState.READY:
        return translate("player_display", "Ready when you are")
    if snapshot.state is PlayerState.FINISHED:
        return translate("player_display", "Routine complete — well done")
    if snapshot.state is PlayerState.STOPPED:
        return translate("player_display", "Stopped")
    if snapshot.state is PlayerState.PAUSED:
        if snapshot.pause_reason == "suspend":
            return translate("player_display", "Paused while your computer was asleep")
        return translate("player_display", "Paused")
    if segment is None:
        return ""
    if segment.kind is SegmentKind.WORK:
        return _work_phase(segment, exercise)
    return translate("player_display", _PHASES[segment.kind])


def _banner(snapshot: PlayerSnapshot, segment: Segment | None) -> str:
    """The seen stand-in for the halfway and switch-sides cues, timed like them."""
    if segment is None or snapshot.state not in (PlayerState.RUNNING, PlayerState.PAUSED):
        return ""
    if segment.kind is SegmentKind.SWITCH_SIDES:
        return translate("player_display", "Switch sides")
    duration, remaining = segment.duration or 0.0, snapshot.remaining
    if segment.is_work and duration >= HALFWAY_MIN_SECONDS and remaining is not None:
        since_halfway = duration / 2 - remaining
        if 0 <= since_halfway < BANNER_SECONDS:
            return halfway_text()
    return ""


def halfway_text() -> str:
    """The halfway banner, also said to a screen reader when it shows."""
    return translate("player_display", "Halfway")


def _clock(snapshot: PlayerSnapshot, segment: Segment | None) -> tuple[str, str, ClockStyle]:
    timer = ClockStyle.TIMER
    if segment is None or snapshot.state in (PlayerState.FINISHED, PlayerState.STOPPED):
        return "0", "", timer
    if snapshot.state is PlayerState.READY:
        caption = translate("player_display", "total — press Start (Space)")
        return format_clock(snapshot.total_remaining), caption, timer
    if snapshot.remaining is not None:
        seconds = math.ceil(snapshot.remaining - 1e-9)
        text = str(seconds) if seconds < 60 else format_clock(seconds)
        if segment.kind is SegmentKind.WORK:
            caption = translate("player_display", "seconds")
        else:
            caption = translate("player_display", "seconds to the next move")
        return text, caption, timer
    if segment.mode is StepMode.REPS:
        return (
            translate("player_display", "%n rep(s)", None, segment.reps or 0),
            translate("player_display", "at your own pace — press Done (Enter) when finished"),
            ClockStyle.COUNT,
        )
    caption = translate("player_display", "aim for {seconds} s — press Done (Enter) when finished")
    return format_clock(snapshot.elapsed), caption.format(seconds=segment.target_seconds), timer


def move_permille(snapshot: PlayerSnapshot, segment: Segment | None) -> int:
    """The share of `segment` done, in thousandths, by its clock (see PlayerDisplay)."""
    if segment is None or snapshot.state is PlayerState.READY:
        return 0
    if snapshot.remaining is not None:
        duration = segment.duration or 0.0
        done = 1.0 - snapshot.remaining / duration if duration > 0 else 1.0
    elif segment.mode is StepMode.OPEN and segment.target_seconds:
        done = snapshot.elapsed / segment.target_seconds
    else:
        return 0  # reps go at the user's own pace
    return round(1000 * min(1.0, max(0.0, done)))


def _next_up(timeline: Timeline, focus: Segment | None, catalogue: Catalogue) -> str:
    upcoming = timeline.next_work(focus.index) if focus is not None else None
    if upcoming is None:
        return translate("player_display", "Last move — nearly there")
    move = segment_move(catalogue, upcoming)
    name = move.name if move else upcoming.exercise_id
    detail = segment_detail(upcoming, move, name_version=False)
    parts = [translate("player_display", "Next: {move}").format(move=name), detail]
    parts.append(dose_text(upcoming))
    return " · ".join(part for part in parts if part)


def _summary(
    snapshot: PlayerSnapshot,
    timeline: Timeline,
    results: Mapping[int, SegmentResult],
    can: Callable[[str], bool],
    record: SessionRecord | None,
) -> PlayerDisplay:
    work = [s for s in timeline.segments if s.kind is SegmentKind.WORK]
    completed = [
        results[s.index]
        for s in work
        if s.index in results and results[s.index].outcome is SegmentOutcome.COMPLETED
    ]
    active = sum(
        work_seconds(r.segment, r.active_seconds)
        for r in results.values()
        if r.segment.kind is SegmentKind.WORK
    )
    finished = snapshot.state is PlayerState.FINISHED
    detail = translate("player_display", "{done} of {total} holds and sets done · {time} of work")
    saved = translate("player_display", "Saved in your history.")
    return PlayerDisplay(
        phase=_phase(snapshot, snapshot.segment, None),
        exercise_id="",
        exercise_name=timeline.routine.name,
        detail=detail.format(done=len(completed), total=len(work), time=format_clock(active)),
        clock_text="✓" if finished else "",
        clock_caption=progress_note(record) if record is not None else saved,
        instructions=(),
        cues=(),
        caution="",
        next_up=translate("player_display", NEXT_ROUTINE_TEXT),
        total_left="",
        progress_permille=round(1000 * min(1.0, max(0.0, snapshot.progress))),
        primary_action=translate("player_display", "Back to routines"),
        primary_command="library",
        primary_enabled=True,
        enabled={command: can(command) for command in COMMANDS},
        mirrored=False,
        clock_style=ClockStyle.COUNT if finished else ClockStyle.NONE,
        announcement=_phase(snapshot, snapshot.segment, None),
        clock_name=_phase(snapshot, snapshot.segment, None),
        move_permille=1000 if finished else 0,
    )


def describe(
    snapshot: PlayerSnapshot,
    timeline: Timeline,
    catalogue: Catalogue,
    can: Callable[[str], bool],
    results: Mapping[int, SegmentResult] | None = None,
    record: SessionRecord | None = None,
) -> PlayerDisplay:
    """`record`, the session's record, says on the summary whether it counts toward Progress."""
    if snapshot.state in (PlayerState.FINISHED, PlayerState.STOPPED):
        return _summary(snapshot, timeline, results or {}, can, record)
    current = snapshot.segment
    # During prepare and rests the view already shows the move that comes next.
    focus = current
    if current is not None and current.kind is not SegmentKind.WORK:
        focus = snapshot.next_work or current
    move = segment_move(catalogue, focus) if focus is not None else None
    exercise = move.exercise if move is not None else None
    instructions: tuple[str, ...] = move.steps if move is not None else ()
    clock_text, clock_caption, clock_style = _clock(snapshot, current)
    command, primary = _PRIMARY.get(snapshot.state, _PRIMARY[PlayerState.READY])
    return PlayerDisplay(
        phase=_phase(snapshot, current, exercise if current is focus else None),
        exercise_id=exercise.id if exercise else "",
        exercise_name=move.name if move else (focus.exercise_id if focus else ""),
        detail=segment_detail(focus, move) if focus is not None else "",
        clock_text=clock_text,
        clock_caption=clock_caption,
        instructions=instructions,
        cues=exercise.cues if exercise else (),
        caution=exercise.caution if exercise else "",
        mistakes=exercise.mistakes if exercise else (),
        condition_cautions=condition_texts(exercise) if exercise else (),
        next_up=_next_up(timeline, focus, catalogue),
        total_left=translate("player_display", "{time} left").format(
            time=format_clock(math.ceil(snapshot.total_remaining - 1e-9))
        ),
        progress_permille=round(1000 * min(1.0, max(0.0, snapshot.progress))),
        primary_action=translate("player_display", primary),
        primary_command=command,
        primary_enabled=can("start") or can("pause") or can("resume"),
        enabled={command: can(command) for command in COMMANDS},
        mirrored=focus is not None and focus.side is Side.RIGHT,
        clock_style=clock_style,
        banner=_banner(snapshot, current),
        side_hint=_side_hint(focus, move),
        focus_index=focus.index if focus is not None else None,
        announcement=_announcement(snapshot, current, focus, move),
        clock_name=clock_name(snapshot, current, move.name if move else ""),
        move_permille=move_permille(snapshot, current),
    )


def _announcement(
    snapshot: PlayerSnapshot,
    current: Segment | None,
    focus: Segment | None,
    move: PlayedMove | None,
) -> str:
    """Nothing on the Ready screen: the page itself was just opened."""
    if snapshot.state is PlayerState.READY or focus is None or move is None:
        return ""
    detail = segment_detail(focus, move, name_version=False)
    return move_announcement(current, move.name, detail, spoken_dose(focus))


def announcement_due(previous: PlayerDisplay | None, current: PlayerDisplay) -> str:
    """What to announce now: the move, once when it changes (not on pause or resume, nor
    when its work starts after the get-ready), and "Halfway" when its banner shows."""
    halfway = halfway_text()
    if previous is not None and current.banner == halfway != previous.banner:
        return halfway
    if not current.announcement:
        return ""
    if previous is None or not previous.announcement:
        return current.announcement
    same_move = (previous.focus_index, previous.exercise_name) == (
        current.focus_index,
        current.exercise_name,
    )
    return "" if same_move else current.announcement


def instructions_text(display: PlayerDisplay) -> str:
    """The coaching text under the picture: which side this is, the numbered steps, the
    cues, the common mistakes and the cautions by condition, as paragraphs."""
    step_text = translate("player_display", "{number}. {step}")
    steps = "\n".join(
        step_text.format(number=n, step=text) for n, text in enumerate(display.instructions, 1)
    )
    cues = "\n".join(f"• {cue}" for cue in display.cues)
    mistakes = "\n".join(f"• {mistake}" for mistake in display.mistakes)
    if mistakes:
        mistakes = translate("player_display", "Common mistakes:\n{mistakes}").format(
            mistakes=mistakes
        )
    conditions = "\n".join(display.condition_cautions)
    parts = (display.side_hint, steps, cues, mistakes, conditions)
    return "\n\n".join(part for part in parts if part)
