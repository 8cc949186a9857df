"""This computer's id in a shared data folder: made at first start and kept outside that folder."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from lbh_desktop.storage.atomic_storage import replace_file_atomically

log = logging.getLogger(__name__)

IDENTITY_FILE = "device-id.json"
_ID = re.compile(r"^[0-9a-f]{12}$")
_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


@dataclass(frozen=True)
class Device:
    device_id: str
    name: str


def this_device(local_dir: Path) -> Device:
    """The id kept in `local_dir` (the app's own folder on this computer), made on first use.

    The file also records which machine made it: a copy of the folder on another computer
    (restored from a backup, or synced by mistake) gets a new id of its own, because two
    computers writing under one id would overwrite each other's files."""
    path = local_dir / IDENTITY_FILE
    machine = _machine_fingerprint()
    stored = _read(path)
    if stored is not None and stored.get("machine") == machine:
        return Device(str(stored["device_id"]), _host_name())
    device_id = os.urandom(6).hex()  # 12 random hex digits, as uuid4's first twelve
    payload = json.dumps({"device_id": device_id, "machine": machine}).encode()
    replace_file_atomically(path, payload, temp_prefix=f".{IDENTITY_FILE}.")
    return Device(device_id, _host_name())


def _read(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("making a new device id: %s can't be used (%s)", path, error)
        return None
    if not isinstance(data, dict) or not _ID.match(str(data.get("device_id", ""))):
        log.warning("making a new device id: %s holds no valid id", path)
        return None
    return data


def _machine_fingerprint() -> str:
    """A checksum of the OS's machine id (never the id itself), or of the host name without
    one. Only to tell machines apart, not a secret: zlib's CRC, because hashlib would load
    OpenSSL into the background app (about 4 MB)."""
    source = ""
    for candidate in _MACHINE_ID_FILES:
        with contextlib.suppress(OSError):
            source = candidate.read_text(encoding="ascii").strip()
        if source:
            break
    source = source or f"host:{_host_name()}"
    data = f"lbh-desktop:{source}".encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _host_name() -> str:
    # uname(), as platform.node() reads it: no socket call (tests/test_no_network.py audits them)
    if hasattr(os, "uname"):
        return os.uname().nodename or "this computer"
    import platform  # Windows has no uname; the module is not worth loading elsewhere

    return platform.node() or "this computer"
