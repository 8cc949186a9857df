"""Idle time on Windows: GetLastInputInfo against GetTickCount, right across the 49.7-day wrap."""

from __future__ import annotations

import ctypes
import sys

from lbh_desktop.platform.idle_source import IdleUnavailable

TICK_WRAP = 2**32  # GetTickCount and LASTINPUTINFO.dwTime are DWORDs: they wrap every 49.7 days


class LASTINPUTINFO(ctypes.Structure):
    """LASTINPUTINFO from winuser.h; cbSize must be set before the call."""

    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


def idle_milliseconds(now_ticks: int, last_input_ticks: int) -> int:
    """Milliseconds between two 32-bit tick counts, right across the 49.7-day wrap."""
    return (now_ticks - last_input_ticks) % TICK_WRAP


class WindowsIdleSource:
    """GetLastInputInfo covers input to this session only, which is the user we coach."""

    name = "Windows"
    _user32: ctypes.CDLL
    _kernel32: ctypes.CDLL

    def __init__(self) -> None:
        self.reason = ""
        if sys.platform != "win32":
            raise IdleUnavailable("only available on Windows")
        from ctypes import wintypes

        try:
            user32 = ctypes.WinDLL("user32")
            kernel32 = ctypes.WinDLL("kernel32")
        except OSError as error:
            raise IdleUnavailable(f"user32/kernel32 cannot be loaded ({error})") from error
        user32.GetLastInputInfo.argtypes = (ctypes.POINTER(LASTINPUTINFO),)
        user32.GetLastInputInfo.restype = wintypes.BOOL
        kernel32.GetTickCount.argtypes = ()
        kernel32.GetTickCount.restype = wintypes.DWORD
        self._user32 = user32
        self._kernel32 = kernel32
        if self.idle_seconds() is None:
            raise IdleUnavailable("GetLastInputInfo failed")

    def idle_seconds(self) -> float | None:
        info = LASTINPUTINFO()
        info.cbSize = ctypes.sizeof(LASTINPUTINFO)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        now = int(self._kernel32.GetTickCount())
        return idle_milliseconds(now, int(info.dwTime)) / 1000.0

    def close(self) -> None:
        pass
