"""Two real Syncthing instances on loopback sharing one folder, for multi-device sync tests."""

# Usage: take the `syncthing_pair` fixture (or `with running_pair(root) as pair:`), write into
# pair.a.folder, call pair.wait_in_sync(), read pair.b.folder; pair.pause() and pair.resume()
# cut and restore the link, so that both sides can change a file that then conflicts.
#
# Each instance has its own --home and talks only to 127.0.0.1: no discovery, relays, NAT,
# reports or upgrades. Only `a` dials (b's address is explicit; a's is "dynamic", which finds
# nothing): when both dialled, the crossing connections after a resume could stall for the
# 20 s Hello timeout. config.xml is edited before the first start rather than through the REST
# config API after it: listen addresses and discovery switches only apply after a restart.

from __future__ import annotations

import copy
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import pytest

FOLDER_ID = "lbh-history"
MARKER = ".stfolder"  # Syncthing's, in each synced folder; files() leaves it out
GLOBAL_COUNTS = ("globalFiles", "globalDirectories", "globalDeleted", "globalBytes")
# Loopback only: no discovery, relays or NAT; no usage or crash reports; no upgrades.
OPTIONS = {"globalAnnounceEnabled": "false", "localAnnounceEnabled": "false"}
OPTIONS |= {"announceLANAddresses": "false", "relaysEnabled": "false", "natEnabled": "false"}
OPTIONS |= {"urAccepted": "-1", "crashReportingEnabled": "false", "autoUpgradeIntervalH": "0"}
OPTIONS |= {"startBrowser": "false", "setLowPriority": "false", "reconnectionIntervalS": "1"}
FOLDER = {"type": "sendreceive", "rescanIntervalS": "3", "ignorePerms": "true"}
FOLDER |= {"fsWatcherEnabled": "true", "fsWatcherDelayS": "1"}
ENV = {"STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1", "STHASHING": "standard"}
"""STHASHING skips the start-up benchmark of the SHA-256 implementations (a second)."""
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


_GIVEN_PORTS: set[int] = set()


def free_ports(count: int) -> list[int]:
    """`count` different free loopback ports, none handed out before in this process: the
    probes stay bound until all are found (one probe at a time can get one port twice, and a
    device whose listener and GUI got the same port exits at start)."""
    probes: list[socket.socket] = []
    ports: list[int] = []
    try:
        while len(ports) < count:
            probe = socket.socket()
            probes.append(probe)
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
            if port not in _GIVEN_PORTS:
                ports.append(port)
                _GIVEN_PORTS.add(port)
    finally:
        for probe in probes:
            probe.close()
    return ports


def _find(parent: ET.Element, path: str) -> ET.Element:
    found = parent.find(path)
    assert found is not None, f"config.xml has no {path}"
    return found


def _set(parent: ET.Element, tag: str, text: str) -> None:
    child = parent.find(tag)
    (ET.SubElement(parent, tag) if child is None else child).text = text


def _syncthing(*args: str) -> str:
    return subprocess.run(["syncthing", *args], capture_output=True, text=True, check=True).stdout


class SyncthingSide:
    """One instance: its synced `folder`, `device_id`, REST API and log file."""

    def __init__(self, name: str, root: Path, folder_id: str) -> None:
        self.name = name
        self.folder_id = folder_id
        self.home = root / name / "home"
        self.folder = root / name / "folder"
        self.log_path = root / name / "syncthing.log"
        self.listen_port, self.gui_port = free_ports(2)
        self.api_key = secrets.token_hex(16)
        self.peer_id = ""
        self.process: subprocess.Popen[bytes] | None = None
        _syncthing("generate", f"--home={self.home}", "--no-default-folder")
        self.device_id = _syncthing(f"--home={self.home}", "--device-id").strip()
        (self.folder / MARKER).mkdir(parents=True)

    def configure(self, peer: SyncthingSide, dial: bool) -> None:
        """Edits config.xml: loopback only, and the folder shared with `peer`."""
        self.peer_id = peer.device_id
        path = self.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        me = _find(config, f"device[@id='{self.device_id}']")
        me.set("name", self.name)
        other = copy.deepcopy(_find(config, "defaults/device"))
        other.attrib |= {"id": peer.device_id, "name": peer.name}
        _set(other, "address", f"tcp://127.0.0.1:{peer.listen_port}" if dial else "dynamic")
        config.insert(list(config).index(me) + 1, other)
        folder = copy.deepcopy(_find(config, "defaults/folder"))
        folder.attrib |= {"id": self.folder_id, "label": self.folder_id, "path": str(self.folder)}
        folder.attrib |= FOLDER
        for member in folder.findall("device"):
            folder.remove(member)
        for device_id in (peer.device_id, self.device_id):
            member = ET.Element("device", {"id": device_id, "introducedBy": ""})
            ET.SubElement(member, "encryptionPassword")
            folder.insert(0, member)
        config.insert(0, folder)
        gui = _find(config, "gui")
        gui.attrib |= {"enabled": "true", "tls": "false"}
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        options = _find(config, "options")
        for listen in options.findall("listenAddress"):
            options.remove(listen)
        _set(options, "listenAddress", f"tcp://127.0.0.1:{self.listen_port}")
        for tag, value in OPTIONS.items():
            _set(options, tag, value)
        tree.write(path, encoding="unicode")

    def start(self) -> None:
        """Starts the instance (also again after stop()); returns once its REST API answers."""
        # HOME too: Syncthing puts the folders it makes itself under ~, not the XDG dirs.
        env = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
        env |= ENV | {"HOME": str(self.home)}
        command = ["syncthing", "serve", f"--home={self.home}"]
        command += ["--no-browser", "--no-restart", "--no-upgrade"]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log
            )
        ping = "/rest/system/ping"
        _wait(lambda: None if self.get(ping) else "no pong", 20, f"start {self.name}", [self])

    def stop(self) -> None:
        """Terminates the instance and waits for it to exit."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def request(self, method: str, path: str, **params: str) -> Any:
        """Calls the REST API (path like "/rest/db/status"); returns the JSON answer or None."""
        if self.process is None or self.process.poll() is not None:
            raise RuntimeError(f"syncthing {self.name} is not running")
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        url = f"http://127.0.0.1:{self.gui_port}{path}{query}"
        request = urllib.request.Request(url, method=method, headers={"X-API-Key": self.api_key})
        with _NO_PROXY.open(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def get(self, path: str, **params: str) -> Any:
        return self.request("GET", path, **params)

    def post(self, path: str, **params: str) -> Any:
        return self.request("POST", path, **params)

    def rescan(self) -> None:
        """Scans the folder now; returns when the scan is done."""
        self.post("/rest/db/scan", folder=self.folder_id)

    def status(self) -> dict[str, Any]:
        """The folder's state and counts (GET /rest/db/status)."""
        return cast(dict[str, Any], self.get("/rest/db/status", folder=self.folder_id))

    def completion(self) -> dict[str, Any]:
        """How much of the folder the peer has, as this side knows (GET /rest/db/completion)."""
        params = {"folder": self.folder_id, "device": self.peer_id}
        return cast(dict[str, Any], self.get("/rest/db/completion", **params))

    def connected(self) -> bool:
        peers = self.get("/rest/system/connections")["connections"]
        return bool(peers.get(self.peer_id, {}).get("connected"))

    def files(self) -> dict[str, bytes]:
        """The folder's files by relative path, without Syncthing's marker and temporary files."""
        found = {}
        for path in sorted(self.folder.rglob("*")):
            relative = path.relative_to(self.folder)
            if relative.parts[0] == MARKER or path.name.startswith(".syncthing."):
                continue
            if path.is_file():
                found[relative.as_posix()] = path.read_bytes()
        return found

    def log_tail(self, lines: int = 15) -> str:
        if not self.log_path.exists():
            return "  (no log)"
        tail = self.log_path.read_text(errors="replace").splitlines()[-lines:]
        return "\n".join(f"  {line}" for line in tail)


def _wait(
    check: Callable[[], str | None], timeout: float, what: str, sides: list[SyncthingSide]
) -> None:
    """Polls check() until it returns None; it returns (or raises) why it is not done yet."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            reason = check()
        except (OSError, RuntimeError, ValueError, KeyError) as error:
            reason = f"{type(error).__name__}: {error}"
        if reason is None:
            return
        exited = [s.name for s in sides if s.process is not None and s.process.poll() is not None]
        if exited or time.monotonic() > deadline:
            why = f"{' and '.join(exited)} exited" if exited else f"not done after {timeout:g} s"
            logs = "".join(f"\nsyncthing {s.name} ({s.log_path}):\n{s.log_tail()}" for s in sides)
            pytest.fail(f"{what}: {why}: {reason}{logs}", pytrace=False)
        time.sleep(0.1)


def _pending(side: SyncthingSide, status: dict[str, Any]) -> list[str]:
    """Why `side` is not in sync yet, from its folder `status` and its view of the peer."""
    completion = side.completion()
    reasons = [] if side.connected() else [f"{side.name} is not connected"]
    if status["state"] != "idle" or status["needTotalItems"] or status["pullErrors"]:
        keys = ("state", "needTotalItems", "pullErrors")
        reasons.append(f"{side.name}: " + ", ".join(f"{key}={status[key]}" for key in keys))
    for kind in ("Files", "Directories", "Deleted", "Bytes"):
        if status[f"global{kind}"] != status[f"local{kind}"]:
            reasons.append(f"{side.name} has not all global {kind.lower()}")
    if completion["completion"] < 100 or completion["needItems"]:
        reasons.append(f"{side.name} sees the peer at {completion['completion']:.1f} %")
    return reasons


class SyncthingPair:
    """Sides `a` and `b` sharing the folder `folder_id`; running_pair() makes a started one."""

    def __init__(self, root: Path, folder_id: str = FOLDER_ID) -> None:
        self.a = SyncthingSide("a", root, folder_id)
        self.b = SyncthingSide("b", root, folder_id)
        self.a.configure(self.b, dial=True)
        self.b.configure(self.a, dial=False)
        self.sides = [self.a, self.b]

    def start(self) -> None:
        """Starts b (which listens), then a (which dials it); returns once they are connected."""
        self.b.start()
        self.a.start()
        self.wait_connected(True)

    def stop(self) -> None:
        """Stops both instances (at once: each takes about half a second) and waits for them."""
        with ThreadPoolExecutor() as pool:
            list(pool.map(SyncthingSide.stop, self.sides))

    def wait_connected(self, connected: bool = True, timeout: float = 30) -> None:
        def check() -> str | None:
            states = {side.name: side.connected() for side in self.sides}
            return None if set(states.values()) == {connected} else f"connected: {states}"

        _wait(check, timeout, "connect" if connected else "disconnect", self.sides)

    def pause(self) -> None:
        """Cuts the link (each side pauses the other) and waits until it is down."""
        for side in self.sides:
            side.post("/rest/system/pause", device=side.peer_id)
        self.wait_connected(False)

    def resume(self) -> None:
        """Undoes pause() and waits until the two are connected again."""
        for side in self.sides:
            side.post("/rest/system/resume", device=side.peer_id)
        self.wait_connected(True)

    def wait_in_sync(self, timeout: float = 60) -> None:
        """Returns once both sides have scanned, agree on the folder and need nothing more.

        Each round rescans both, then asks each side's REST API: idle, needs nothing, has all
        it knows of, sees the peer at 100 %, and both see the same global counts. That must
        hold in two rounds in a row with no local change between them, so a file written
        just now, or a conflict copy the puller just made, is scanned and synced first.
        """
        previous: list[Any] = []

        def check() -> str | None:
            for side in self.sides:
                side.rescan()
            statuses = {side.name: side.status() for side in self.sides}
            reasons = [r for side in self.sides for r in _pending(side, statuses[side.name])]
            views = [{key: s[key] for key in GLOBAL_COUNTS} for s in statuses.values()]
            if views[0] != views[1]:
                reasons.append(f"the global views differ: {views}")
            sequences = [status["sequence"] for status in statuses.values()]
            if reasons or sequences != previous:
                previous[:] = [] if reasons else sequences
                return "; ".join(reasons) or "in sync: checking once more"
            return None

        _wait(check, timeout, "wait_in_sync", self.sides)


@contextmanager
def running_pair(root: Path, folder_id: str = FOLDER_ID) -> Iterator[SyncthingPair]:
    """A pair under `root`, started, connected and in sync; stopped on the way out."""
    if shutil.which("syncthing") is None:
        pytest.skip("syncthing is not installed: run packaging/install-system-deps.sh as root")
    pair = SyncthingPair(root, folder_id)
    try:
        pair.start()
        pair.wait_in_sync()
        yield pair
    finally:
        pair.stop()


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    """A started, connected, in-sync pair under tmp_path / "syncthing"."""
    with running_pair(tmp_path / "syncthing") as pair:
        yield pair
