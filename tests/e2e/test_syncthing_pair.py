"""The Syncthing test pair really syncs: files both ways, deletions, and an offline conflict."""

from __future__ import annotations

import os
import re
import time

import pytest

from tests.e2e.syncthing_pair import SyncthingPair, syncthing_pair  # noqa: F401

pytestmark = pytest.mark.e2e

CONFLICT = re.compile(r"history\.sync-conflict-(\d{8})-(\d{6})-([A-Z0-9]{7})\.json")


def test_a_file_made_on_one_side_appears_on_the_other_and_a_deletion_follows_back(
    syncthing_pair: SyncthingPair,  # noqa: F811
) -> None:
    a, b = syncthing_pair.a, syncthing_pair.b
    content = bytes(range(256)) * 40
    (a.folder / "sessions").mkdir()
    (a.folder / "sessions" / "2024-05-01.json").write_bytes(content)

    syncthing_pair.wait_in_sync()

    assert (b.folder / "sessions" / "2024-05-01.json").read_bytes() == content
    (b.folder / "sessions" / "2024-05-01.json").unlink()
    syncthing_pair.wait_in_sync()
    assert not (a.folder / "sessions" / "2024-05-01.json").exists()
    assert a.files() == b.files() == {}


def test_a_file_changed_on_both_sides_while_apart_keeps_both_versions_as_a_conflict_copy(
    syncthing_pair: SyncthingPair,  # noqa: F811
) -> None:
    a, b = syncthing_pair.a, syncthing_pair.b
    (a.folder / "history.json").write_text('{"sessions": []}\n')
    syncthing_pair.wait_in_sync()
    syncthing_pair.pause()

    (a.folder / "history.json").write_text('{"sessions": ["on a"]}\n')
    (b.folder / "history.json").write_text('{"sessions": ["on b, later"]}\n')
    # The older change loses: a's, made a minute earlier.
    earlier = time.time() - 60
    os.utime(a.folder / "history.json", (earlier, earlier))
    a.rescan()
    b.rescan()
    syncthing_pair.resume()
    syncthing_pair.wait_in_sync()

    files = a.files()
    assert b.files() == files
    copies = [name for name in files if name != "history.json"]
    assert len(copies) == 1, files
    match = CONFLICT.fullmatch(copies[0])
    assert match is not None, copies
    # The copy holds a's losing content; its name has the short ID of b, whose change won
    # (Syncthing 1.19 names the copy after the incoming version's last modifier).
    assert match[3] == b.device_id[:7]
    assert files[copies[0]] == b'{"sessions": ["on a"]}\n'
    assert files["history.json"] == b'{"sessions": ["on b, later"]}\n'


def test_the_two_talk_only_to_each_other_over_loopback(
    syncthing_pair: SyncthingPair,  # noqa: F811
) -> None:
    for side in syncthing_pair.sides:
        options = side.get("/rest/config/options")
        assert options["listenAddresses"] == [f"tcp://127.0.0.1:{side.listen_port}"]
        assert not options["globalAnnounceEnabled"] and not options["localAnnounceEnabled"]
        assert not options["relaysEnabled"] and not options["natEnabled"]
        assert options["urAccepted"] == -1 and not options["crashReportingEnabled"]
        assert options["autoUpgradeIntervalH"] == 0
        connection = side.get("/rest/system/connections")["connections"][side.peer_id]
        assert connection["address"].startswith("127.0.0.1:")
