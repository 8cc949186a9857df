"""Fenced work-arounds that reach into a library's internals, each with a tripwire test."""
