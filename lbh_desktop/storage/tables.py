"""TinyDB tables of the data file: names, lookups by record id, and record decoders."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from lbh_desktop.core.custom_exercise import exercise_from_dict
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import Routine

SKIP_DAYS_TABLE = "skip_days"
"""Days the user marked as skipped, one {"date": "YYYY-MM-DD"} document each. Added without a
schema bump: files from before it simply have no such table."""

PROGRESSION_TABLE = "progression"
"""Answers to step-up offers (core/progression.py ProgressionRecord). Added without a schema
bump, like skip days."""

CUSTOM_EXERCISES_TABLE = "exercises"
"""The user's own exercises in the catalogue's JSON format, ids starting "custom-". Added
without a schema bump, like skip days."""


def raw_documents(db: TinyDB, table_name: str) -> dict[str, dict[str, Any]]:
    """A table's documents by document id as stored, without TinyDB copying each one into a
    Document (for reading whole tables; never change what this returns)."""
    return (db.storage.read() or {}).get(table_name, {})


def find(table: Table, record_id: str) -> Document | None:
    return next((doc for doc in table.all() if doc.get("id") == record_id), None)


def upsert(table: Table, data: dict[str, Any]) -> int:
    """Insert, or replace the document with the same "id"; returns the document id."""
    existing = find(table, data["id"])
    if existing is None:
        return table.insert(data)
    replace_many(table, [data])
    return existing.doc_id


def replace_many(table: Table, replacements: list[dict[str, Any]]) -> None:
    """Replace whole documents matched by "id" in a single file write."""
    by_id = {data["id"]: data for data in replacements}
    doc_ids = [doc.doc_id for doc in table.all() if doc.get("id") in by_id]

    def replace(document: Any) -> None:
        new_data = by_id[document["id"]]
        document.clear()
        document.update(new_data)

    table.update(replace, doc_ids=doc_ids)


def routine_from(document: dict[str, Any]) -> Routine:
    return Routine.from_dict(copy.deepcopy(document))


def exercise_from(document: dict[str, Any]) -> Exercise:
    return exercise_from_dict(copy.deepcopy(dict(document)), "custom exercise")


def skip_day_from(document: dict[str, Any]) -> date:
    value = document["date"]
    if not isinstance(value, str):
        text = translate("tables", "date must be text, not {type}")
        raise TypeError(text.format(type=type(value).__name__))
    return date.fromisoformat(value)
