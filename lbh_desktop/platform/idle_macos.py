"""Idle time on macOS from the IOHIDSystem registry entry's HIDIdleTime, through IOKit."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from lbh_desktop.platform.idle_source import IdleUnavailable

K_IO_MAIN_PORT_DEFAULT = 0  # kIOMainPortDefault (formerly kIOMasterPortDefault)
K_CF_STRING_ENCODING_UTF8 = 0x08000100
K_CF_NUMBER_SINT64_TYPE = 4
NANOSECONDS = 1_000_000_000


def load_framework(name: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name) or f"/System/Library/Frameworks/{name}.framework/{name}"
    try:
        return ctypes.CDLL(path)
    except OSError as error:
        raise IdleUnavailable(f"the {name} framework cannot be loaded ({error})") from error


class MacIdleSource:
    """Looks the IOHIDSystem service up on each call (cheap), so nothing is held between calls."""

    name = "macOS"
    _iokit: ctypes.CDLL
    _cf: ctypes.CDLL
    _key: int | None = None

    def __init__(self) -> None:
        self.reason = ""
        if sys.platform != "darwin":
            raise IdleUnavailable("only available on macOS")
        iokit = load_framework("IOKit")
        cf = load_framework("CoreFoundation")
        port = ctypes.c_uint32  # mach_port_t, io_object_t, io_iterator_t
        iokit.IOServiceMatching.argtypes = (ctypes.c_char_p,)
        iokit.IOServiceMatching.restype = ctypes.c_void_p
        iokit.IOServiceGetMatchingServices.argtypes = (
            port,
            ctypes.c_void_p,
            ctypes.POINTER(port),
        )
        iokit.IOServiceGetMatchingServices.restype = ctypes.c_int
        iokit.IOIteratorNext.argtypes = (port,)
        iokit.IOIteratorNext.restype = port
        iokit.IORegistryEntryCreateCFProperty.argtypes = (
            port,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_uint32,
        )
        iokit.IORegistryEntryCreateCFProperty.restype = ctypes.c_void_p
        iokit.IOObjectRelease.argtypes = (port,)
        iokit.IOObjectRelease.restype = ctypes.c_int
        cf.CFStringCreateWithCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32)
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFGetTypeID.argtypes = (ctypes.c_void_p,)
        cf.CFGetTypeID.restype = ctypes.c_ulong
        cf.CFNumberGetTypeID.argtypes = ()
        cf.CFNumberGetTypeID.restype = ctypes.c_ulong
        cf.CFNumberGetValue.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
        cf.CFNumberGetValue.restype = ctypes.c_ubyte
        cf.CFRelease.argtypes = (ctypes.c_void_p,)
        cf.CFRelease.restype = None
        self._iokit = iokit
        self._cf = cf
        self._key = cf.CFStringCreateWithCString(None, b"HIDIdleTime", K_CF_STRING_ENCODING_UTF8)
        if not self._key or self.idle_seconds() is None:
            self.close()
            raise IdleUnavailable("IOHIDSystem does not report HIDIdleTime")

    def _idle_nanoseconds(self, entry: int) -> int | None:
        value = self._iokit.IORegistryEntryCreateCFProperty(entry, self._key, None, 0)
        if not value:
            return None
        try:
            if self._cf.CFGetTypeID(value) != self._cf.CFNumberGetTypeID():
                return None
            nanoseconds = ctypes.c_int64()
            ok = self._cf.CFNumberGetValue(
                value, K_CF_NUMBER_SINT64_TYPE, ctypes.byref(nanoseconds)
            )
            return nanoseconds.value if ok else None
        finally:
            self._cf.CFRelease(value)

    def idle_seconds(self) -> float | None:
        if not self._key:
            return None
        iterator = ctypes.c_uint32()
        matching = self._iokit.IOServiceMatching(b"IOHIDSystem")  # consumed by the next call
        status = self._iokit.IOServiceGetMatchingServices(
            K_IO_MAIN_PORT_DEFAULT, matching, ctypes.byref(iterator)
        )
        if status != 0:
            return None
        try:
            entry = self._iokit.IOIteratorNext(iterator)
            if not entry:
                return None
            try:
                nanoseconds = self._idle_nanoseconds(entry)
            finally:
                self._iokit.IOObjectRelease(entry)
        finally:
            self._iokit.IOObjectRelease(iterator)
        return None if nanoseconds is None else nanoseconds / NANOSECONDS

    def close(self) -> None:
        if self._key:
            self._cf.CFRelease(self._key)
            self._key = None
