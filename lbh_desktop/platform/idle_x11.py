"""Idle time from the X server's MIT-SCREEN-SAVER extension, through libX11 and libXss."""

from __future__ import annotations

import ctypes
import os

from lbh_desktop.platform.idle_source import IdleUnavailable, is_wayland_session

# Sonames to try when find_library cannot search (as in a bundled app without ldconfig).
SONAMES = {"X11": ("libX11.so.6", "libX11.so"), "Xss": ("libXss.so.1", "libXss.so")}
PACKAGES = {"X11": "libx11-6", "Xss": "libxss1"}


class XScreenSaverInfo(ctypes.Structure):
    """XScreenSaverInfo from <X11/extensions/scrnsaver.h>."""

    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    )


def load_library(short: str) -> ctypes.CDLL:
    """libX11 or libXss; IdleUnavailable names the Debian package when neither way finds it.

    The usual sonames first: find_library runs ldconfig in a child process.
    """
    for name in SONAMES[short]:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    from ctypes.util import find_library

    if found := find_library(short):
        try:
            return ctypes.CDLL(found)
        except OSError:
            pass
    raise IdleUnavailable(f"lib{short} is not installed (Debian package {PACKAGES[short]})")


class X11IdleSource:
    """Opens the display once; close() closes it. Use from one thread (the GUI thread)."""

    name = "X11 screen saver extension"

    def __init__(self, display_name: str | None = None) -> None:
        self.reason = ""
        display = display_name or os.environ.get("DISPLAY")
        if not display:
            raise IdleUnavailable("DISPLAY is not set")
        if display_name is None and is_wayland_session():
            # XWayland only sees input sent to X11 windows, so its idle time would be wrong.
            raise IdleUnavailable("a Wayland session: XWayland does not see all input")
        xlib = load_library("X11")
        xss = load_library("Xss")
        xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        xlib.XCloseDisplay.restype = ctypes.c_int
        xlib.XFree.argtypes = (ctypes.c_void_p,)
        xlib.XFree.restype = ctypes.c_int
        int_p = ctypes.POINTER(ctypes.c_int)
        info_p = ctypes.POINTER(XScreenSaverInfo)
        xss.XScreenSaverQueryExtension.argtypes = (ctypes.c_void_p, int_p, int_p)
        xss.XScreenSaverQueryExtension.restype = ctypes.c_int
        xss.XScreenSaverAllocInfo.argtypes = ()
        xss.XScreenSaverAllocInfo.restype = info_p
        xss.XScreenSaverQueryInfo.argtypes = (ctypes.c_void_p, ctypes.c_ulong, info_p)
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int
        self._xlib = xlib
        self._xss = xss
        self._display: int | None = xlib.XOpenDisplay(display.encode())
        if not self._display:
            self._display = None
            raise IdleUnavailable(f"cannot open X display {display}")
        self._info: ctypes._Pointer[XScreenSaverInfo] | None = None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self.close()
            raise IdleUnavailable(f"X display {display} lacks the MIT-SCREEN-SAVER extension")
        info = xss.XScreenSaverAllocInfo()
        if not info:
            self.close()
            raise IdleUnavailable("XScreenSaverAllocInfo failed (out of memory)")
        self._info = info
        self._root = xlib.XDefaultRootWindow(self._display)
        if self.idle_seconds() is None:
            self.close()
            raise IdleUnavailable(f"X display {display} does not report idle time")

    def idle_seconds(self) -> float | None:
        if self._display is None or self._info is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        if self._info is not None:
            self._xlib.XFree(self._info)
            self._info = None
        if self._display is not None:
            self._xlib.XCloseDisplay(self._display)
            self._display = None

    def __del__(self) -> None:
        if getattr(self, "_display", None) is not None:
            self.close()
