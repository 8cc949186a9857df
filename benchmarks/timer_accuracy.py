"""Timer accuracy: a real-time routine on the real player, with the UI thread blocked at random.

The app is built as usual (build_app: real PlayerController, PlayerView, QTimer, SystemClock,
sound and saving) on the offscreen platform and plays a generated routine of timed steps.
Now and then a timer busy-waits 200 ms on the UI thread. Every moment the user should see or
hear something is compared with the schedule (start + planned lengths, not the player's own
deadlines): step changes and the routine's end as shown by the view, 3-2-1 and halfway cues
as the player announces them, and each change of the countdown number on screen.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, delayed_by_block, percentile, print_rows
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from lbh_desktop.core.clock import SystemClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import EventKind, PlayerEvent, PlayerState
from lbh_desktop.core.player_display import PlayerDisplay
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.shell.app import App
from lbh_desktop.shell.build import build_app
from lbh_desktop.storage import bundled
from lbh_desktop.ui.player import player_controller

LATENESS_TARGET_MS = 20.0
DRIFT_TARGET_MS = 1.0
BLOCK_MS = 200
ROUTINE_SEED = 8


def make_routine(seconds: int, prepare: int, seed: int) -> Routine:
    """Timed steps (some in two sets) with rests, `seconds` long in all with the get-ready."""
    rng = random.Random(seed)
    exercises = bundled.load_catalogue().ids()
    steps: list[Step] = []

    def routine() -> Routine:
        return Routine(
            "bench", "Timer benchmark", RoutineKind.STRETCH, Level.BEGINNER, "", tuple(steps)
        )

    def planned() -> float:
        return build_timeline(routine(), prepare_seconds=prepare).planned_seconds

    while True:
        sets = rng.choice((1, 1, 1, 2))
        candidate = Step(
            rng.choice(exercises),
            StepMode.TIMED,
            seconds=rng.randint(4, 20),
            sets=sets,
            rest_between_sets=rng.randint(2, 5) if sets > 1 else 0,
            rest_after=rng.randint(3, 8),
        )
        steps.append(candidate)
        if planned() + candidate.rest_after + 1 > seconds:
            steps.pop()
            break
    # A last one-second step, then lengthened to make up exactly `seconds`.
    steps.append(Step(rng.choice(exercises), StepMode.TIMED, seconds=1))
    steps[-1] = Step(steps[-1].exercise_id, StepMode.TIMED, seconds=round(seconds - planned()) + 1)
    return routine()


@dataclass
class Observations:
    """Lateness samples (scheduled, observed) in monotonic seconds."""

    steps: list[tuple[float, float]] = field(default_factory=list)
    cues: list[tuple[float, float]] = field(default_factory=list)
    numbers: list[tuple[float, float]] = field(default_factory=list)
    blocks: list[tuple[float, float]] = field(default_factory=list)
    started: float | None = None
    ended: bool = False
    finished_at: float | None = None
    """The nominal time the player gave ROUTINE_FINISHED."""


def shown_number(display: PlayerDisplay) -> int | None:
    parts = display.clock_text.split(":")
    if not all(part.isdigit() for part in parts):
        return None
    seconds = 0
    for part in parts:  # "7", "1:05", "1:02:03"
        seconds = seconds * 60 + int(part)
    return seconds


def play(app: App, routine: Routine, blocks: int, seed: int) -> Observations:
    """Plays `routine` in real time with `blocks` 200 ms stalls; returns what was seen when."""
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    seen = Observations()
    app.open_routine(routine)
    player = app.player.player
    assert player is not None
    segments = player.timeline.segments
    starts = [sum(s.planned_seconds for s in segments[:i]) for i in range(len(segments) + 1)]
    last_number: dict[int, int | None] = {}

    def on_event(event: PlayerEvent) -> None:
        now = time.monotonic()
        if event.kind is EventKind.STARTED:
            seen.started = event.at
        elif event.kind is EventKind.ROUTINE_FINISHED:
            seen.finished_at = event.at
        elif event.kind in (EventKind.COUNTDOWN, EventKind.HALFWAY) and event.segment:
            assert seen.started is not None
            end = seen.started + starts[event.segment.index + 1]
            duration = event.segment.duration or 0.0
            offset = event.count if event.kind is EventKind.COUNTDOWN else duration / 2
            seen.cues.append((end - (offset or 0), now))

    view = app.window.player
    show_display = view.show_display

    def observe(display: PlayerDisplay, illustration: Path | None) -> None:
        show_display(display, illustration)
        now = time.monotonic()
        if seen.started is None or player.current is None:
            return
        index = player.current.index
        if player.state is PlayerState.FINISHED:
            if not seen.ended:
                seen.ended = True
                seen.steps.append((seen.started + starts[-1], now))
                QTimer.singleShot(0, qt_app.quit)
            return
        number = shown_number(display)
        if index not in last_number:
            if index > 0:
                seen.steps.append((seen.started + starts[index], now))
        elif number is not None and number != last_number[index]:
            seen.numbers.append((seen.started + starts[index + 1] - number, now))
        last_number[index] = number

    def block() -> None:
        begin = time.monotonic()
        while time.monotonic() - begin < BLOCK_MS / 1000:
            pass
        seen.blocks.append((begin, time.monotonic()))

    player.subscribe(on_event)
    view.show_display = observe  # type: ignore[method-assign]
    rng = random.Random(seed)
    length_ms = round(starts[-1] * 1000)
    app.player.start_playing()
    timers = []
    for _ in range(blocks):  # precise: a coarse timer's wake-up may be moved to line up
        timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        timer.timeout.connect(block)
        timer.start(rng.randrange(length_ms))
        timers.append(timer)
    QTimer.singleShot(length_ms + 30_000, qt_app.quit)  # never hang
    qt_app.exec()
    return seen


def report(seen: Observations, planned_seconds: float) -> list[Row]:
    def ms(samples: list[tuple[float, float]]) -> list[float]:
        return [(observed - scheduled) * 1000 for scheduled, observed in samples]

    everything = seen.steps + seen.cues + seen.numbers
    free = [s for s in everything if not delayed_by_block(s, seen.blocks)]
    hit = [s for s in everything if delayed_by_block(s, seen.blocks)]
    after_block = [
        (observed - max(end for begin, end in seen.blocks if begin < observed)) * 1000
        for _scheduled, observed in hit
    ]
    assert seen.started is not None and seen.finished_at is not None
    drift = (seen.finished_at - (seen.started + planned_seconds)) * 1000
    rows: list[Row] = []
    for name, samples in (
        ("step changes on screen", seen.steps),
        ("3-2-1 and halfway cues", seen.cues),
        ("countdown number changes", seen.numbers),
    ):
        values = ms(samples)
        rows += [
            Row(f"{name} ({len(values)}): p50", percentile(values, 0.5)),
            Row(f"{name}: p99", percentile(values, 0.99)),
            Row(f"{name}: max", max(values)),
        ]
    rows += [
        Row(
            f"all {len(everything)} events: p99",
            percentile(ms(everything), 0.99),
            LATENESS_TARGET_MS,
        ),
        Row("all events: max", max(ms(everything))),
        Row(
            f"{len(free)} events not delayed by a block: p99",
            percentile(ms(free), 0.99),
            LATENESS_TARGET_MS,
        ),
        Row(f"{len(hit)} events due during a block: max", max(ms(hit), default=math.nan)),
        Row("  … seen after the block ended: max", max(after_block, default=math.nan)),
        Row("end-of-routine drift, absolute", abs(drift), DRIFT_TARGET_MS, digits=3),
    ]
    return rows


def length(seconds: float) -> str:
    return f"{seconds / 60:g}-minute" if seconds >= 60 else f"{seconds:g}-second"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=2.0, help="routine length")
    parser.add_argument("--long", action="store_true", help="a 30-minute routine")
    parser.add_argument("--quick", action="store_true", help="a 5-second routine (smoke test)")
    parser.add_argument(
        "--block-every",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="one 200 ms block per this many seconds on average",
    )
    parser.add_argument("--seed", type=int, help="for the block moments (default: a new one)")
    parser.add_argument(
        "--fixed-tick",
        action="store_true",
        help="wake only every TICK_MS (the old timer), for comparison",
    )
    args = parser.parse_args()
    seconds = 5 if args.quick else round(60 * (30 if args.long else args.minutes))
    prepare = 1 if args.quick else 5
    if args.fixed_tick:
        player_controller.ms_to_next_change = lambda snapshot: player_controller.TICK_MS
    seed = random.randrange(10_000) if args.seed is None else args.seed
    routine = make_routine(seconds, prepare, ROUTINE_SEED)
    blocks = max(1, round(seconds / args.block_every))
    _qt_app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="lbh-timer-") as tmp:
        data = Path(tmp)
        (data / "settings.ini").write_text("[safety]\nnotice_accepted=true\n[sound]\nmuted=true\n")
        app = build_app(data, SystemClock(), prepare_seconds=prepare)
        app.window.resize(1280, 800)
        app.window.show()
        planned = build_timeline(routine, prepare_seconds=prepare).planned_seconds
        seen = play(app, routine, blocks, seed)
        app.repository.close()
    timer = f"fixed {player_controller.TICK_MS} ms tick" if args.fixed_tick else "the app's timer"
    print(
        f"Timer accuracy, {length(planned)} routine ({len(seen.steps)} steps and rests) "
        f"in real time, {timer}, {len(seen.blocks)} random {BLOCK_MS} ms UI blocks "
        f"(seed {seed}), lateness against the schedule:"
    )
    misses = print_rows(report(seen, planned))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
