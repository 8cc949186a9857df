"""`lbh-desktop COMMAND`: sends a script's command to the running app, which carries it out."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, qInstallMessageHandler

from lbh_desktop.core.clock import Clock
from lbh_desktop.core.remote_commands import (
    ProtocolError,
    RemoteCommand,
    RemoteStatus,
    Reply,
    Request,
    decode_reply,
    decode_request,
    describe_schedule,
    encode_reply,
    encode_request,
    status_line,
)
from lbh_desktop.platform.single_instance import NotRunning, SingleInstance

if TYPE_CHECKING:
    from lbh_desktop.shell.app import App
    from lbh_desktop.shell.lazy_app import LazyApp
    from lbh_desktop.ui.breaks.break_controller import BreakController

log = logging.getLogger(__name__)

DONE, REFUSED, BAD_ARGUMENTS, NOT_RUNNING, NO_ANSWER = 0, 1, 2, 3, 4
"""Exit codes of `lbh-desktop COMMAND`; argparse exits with BAD_ARGUMENTS."""


def instance_key(data_dir: Path) -> str:
    """The single-instance name: one app per data folder."""
    from lbh_desktop.shell.qt_application import data_dir_key

    return f"lbh-desktop-{data_dir_key(data_dir)}"


def request_for(args: argparse.Namespace) -> Request:
    command = RemoteCommand(args.command)
    if command is RemoteCommand.PAUSE:
        return Request(command, minutes=args.minutes)
    if command is RemoteCommand.QUIET:
        return Request(command, minutes=args.minutes if args.switch == "on" else 0)
    if command is RemoteCommand.START:
        return Request(command, routine=args.routine)
    return Request(command)


def send_command(args: argparse.Namespace) -> int:
    """Sends the parsed command to the running app; prints its answer; returns the exit code.
    Creates no QApplication, so it needs no display, and keeps Qt's messages off the output."""
    from lbh_desktop.shell.qt_application import APP_ID, default_data_dir

    qInstallMessageHandler(lambda *_: None)  # XDG_RUNTIME_DIR warnings and the like
    QCoreApplication.setApplicationName(APP_ID)  # the default data folder's name follows it
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser()
    instance = SingleInstance(key=instance_key(data_dir))
    try:
        reply = decode_reply(instance.send_request(encode_request(request_for(args))))
    except NotRunning:
        print(
            f"lbh-desktop: LBH Desktop is not running (data folder {data_dir}); "
            "start it with: lbh-desktop --background",
            file=sys.stderr,
        )
        return NOT_RUNNING
    except (OSError, ProtocolError) as failure:
        print(
            f"lbh-desktop: LBH Desktop is running but did not answer ({failure}). A version "
            "from before `lbh-desktop COMMAND` cannot: quit it and start it again.",
            file=sys.stderr,
        )
        return NO_ANSWER
    if not reply.ok:
        print(f"lbh-desktop: {reply.message}", file=sys.stderr)
        return REFUSED
    if args.command == RemoteCommand.STATUS and reply.status is not None:
        fields = reply.status
        print(json.dumps(fields, ensure_ascii=False) if args.json else status_line(fields))
    else:
        print(reply.message)
    return DONE


class RemoteControl:
    """Answers the running app's requests; actions that build or show windows run just after
    the answer is sent, so a script never waits on them (or on a dialog they open)."""

    def __init__(self, clock: Clock, show_window: Callable[[], None]) -> None:
        self._clock = clock
        self._show_window = show_window
        self._lazy: LazyApp | None = None
        self._breaks: BreakController | None = None

    def attach(self, lazy: LazyApp) -> None:
        """Until the data is open, requests are answered "still starting"."""
        self._lazy = lazy

    def attach_breaks(self, controller: BreakController) -> None:
        """Until the reminders are built, break commands are answered "still starting"."""
        self._breaks = controller

    def handle(self, line: bytes) -> bytes:
        try:
            reply = self.carry_out(decode_request(line))
        except ProtocolError as error:
            reply = Reply(False, f"not a valid command: {error}")
        except Exception as error:  # a script's command must not take the app down
            log.exception("Remote command failed")
            reply = Reply(False, f"the command failed: {error}")
        return encode_reply(reply)

    def carry_out(self, request: Request) -> Reply:
        lazy = self._lazy
        if lazy is None:
            return Reply(False, "LBH Desktop is still starting; try again in a moment")
        command = request.command
        if command is RemoteCommand.STATUS:
            status = self.status(lazy)
            return Reply(True, status.line(), status.to_json())
        if command in (RemoteCommand.BREAK, RemoteCommand.START) and not (
            lazy.preferences.safety_notice_accepted
        ):
            return Reply(False, "first read and accept the safety notice in LBH Desktop's window")
        playing = self._playing_routine(lazy.built)
        if playing and command in (RemoteCommand.BREAK, RemoteCommand.START, RemoteCommand.QUIT):
            return Reply(False, f"“{playing}” is playing; stop it in LBH Desktop first")
        if command is RemoteCommand.QUIT:
            QTimer.singleShot(0, lazy.quit)
            return Reply(True, "LBH Desktop is quitting")
        if command is RemoteCommand.START:
            return self._start(lazy, request.routine or "")
        controller = self._breaks
        if controller is None:
            return Reply(False, "the stretch-break reminders are still starting; try again soon")
        return self._break_command(controller, request)

    def _break_command(self, controller: BreakController, request: Request) -> Reply:
        command, minutes = request.command, request.minutes or 0
        if command is RemoteCommand.BREAK:
            if not controller.status().can_start:
                return Reply(False, "a stretch break is under way already")
            QTimer.singleShot(0, controller.start_break)
            return Reply(True, "Starting a stretch break")
        if command is RemoteCommand.PAUSE:
            controller.pause_minutes(minutes)
            until = controller.schedule.snapshot().paused_until
            return Reply(True, f"Reminders paused until {until:%H:%M}" if until else "Paused")
        if command is RemoteCommand.RESUME:
            controller.resume()
            return Reply(True, "Reminders resumed")
        controller.set_quiet(minutes)  # QUIET; 0 ends it
        until = controller.schedule.snapshot().quiet_until
        return Reply(True, f"Quiet mode on until {until:%H:%M}" if until else "Quiet mode off")

    def _start(self, lazy: LazyApp, name: str) -> Reply:
        routine = lazy.repository.find_routine(name)
        if routine is None:
            names = ", ".join(f"“{r.name}”" for r in lazy.repository.routines())
            return Reply(False, f"there is no routine called “{name}”. Routines: {names}")

        def play() -> None:
            app = lazy.get()
            app.open_routine(routine)
            self._show_window()
            app.player.start_playing()

        QTimer.singleShot(0, play)
        return Reply(True, f"Starting “{routine.name}”")

    def status(self, lazy: LazyApp) -> RemoteStatus:
        controller = self._breaks
        if controller is None:
            status = RemoteStatus(state="starting", text="Reminders starting")
        else:
            snapshot = controller.schedule.snapshot()
            now = datetime.fromtimestamp(self._clock.wall()).astimezone()
            status = describe_schedule(
                snapshot.state.value,
                controller.status().text,
                now,
                snapshot.seconds_to_break,
                snapshot.paused_until,
                snapshot.quiet_until if snapshot.quiet else None,
            )
        return dataclasses.replace(
            status, routine=self._playing_routine(lazy.built), move=self._playing_move(lazy.built)
        )

    @staticmethod
    def _playing_routine(app: App | None) -> str | None:
        if app is None or not app.playing or app.player.player is None:
            return None
        return app.player.player.timeline.routine.name

    @staticmethod
    def _playing_move(app: App | None) -> str | None:
        if app is None or not app.playing or app.player.player is None:
            return None
        segment = app.player.player.snapshot().segment
        if segment is None:
            return None
        if app.exercises is not None:
            catalogue = app.exercises.catalogue
        else:
            from lbh_desktop.storage import bundled

            catalogue = bundled.load_catalogue()
        move = catalogue.get(segment.move_id)
        return move.name if move is not None else segment.move_id
