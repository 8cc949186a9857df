"""Subprocess helper (system python3 with PyGObject): a fake XDG Background portal on the bus."""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib  # type: ignore[import-not-found,unused-ignore]

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = """
<node>
  <interface name="org.freedesktop.portal.Background">
    <method name="RequestBackground">
      <arg type="s" name="parent_window" direction="in"/>
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="handle" direction="out"/>
    </method>
  </interface>
</node>
"""
SAFETY_EXIT_MS = 60_000  # a helper the test forgot can never outlive it by much


def request_path(sender: str, token: str) -> str:
    """The handle the portal documents: request/SENDER/TOKEN, SENDER without ':' and '.'."""
    return f"{PATH}/request/{sender[1:].replace('.', '_')}/{token}"


def main(arguments: list[str]) -> int:
    """`response` is the Response code to send (0, 1 or 2), or "none" to never answer;
    "old" after it ignores handle_token, as portals before version 0.9 did."""
    response = arguments[0] if arguments else "0"
    old = arguments[1:2] == ["old"]
    loop = GLib.MainLoop()

    def on_call(
        connection: Gio.DBusConnection,
        sender: str,
        _path: str,
        _interface: str,
        _method: str,
        parameters: GLib.Variant,
        invocation: Gio.DBusMethodInvocation,
    ) -> None:
        parent, options = parameters.unpack()
        types = {
            key: parameters.get_child_value(1).lookup_value(key).get_type_string()
            for key in options
        }
        token = "fake" if old else options.get("handle_token", "fake")
        handle = request_path(sender, token)
        print(json.dumps({"parent": parent, "options": options, "types": types}), flush=True)
        invocation.return_value(GLib.Variant("(o)", (handle,)))
        if response == "none":
            return
        results = {}
        if response == "0":
            results = {
                "background": GLib.Variant("b", True),
                "autostart": GLib.Variant("b", bool(options.get("autostart"))),
            }

        def answer() -> bool:
            connection.emit_signal(
                sender,
                handle,
                "org.freedesktop.portal.Request",
                "Response",
                GLib.Variant("(ua{sv})", (int(response), results)),
            )
            return False

        GLib.timeout_add(50, answer)

    def on_bus(connection: Gio.DBusConnection, _name: str) -> None:
        info = Gio.DBusNodeInfo.new_for_xml(INTERFACE).interfaces[0]
        connection.register_object(PATH, info, on_call, None, None)

    def on_name(_connection: Gio.DBusConnection, _name: str) -> None:
        print("ready", flush=True)

    Gio.bus_own_name(
        Gio.BusType.SESSION, SERVICE, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, None
    )
    GLib.timeout_add(SAFETY_EXIT_MS, loop.quit)
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
