"""Every malformed file in tests/data/import_corpus is rejected with the message it must give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lbh_desktop.core.import_problems import ImportRejected
from lbh_desktop.core.routine_format import SCHEMA_FILE, decode_import, parse_import
from lbh_desktop.storage import bundled

CORPUS = Path(__file__).parent.parent / "data" / "import_corpus"
EXPECTED: dict[str, list[str]] = json.loads((CORPUS / "expected.json").read_text("utf-8"))


def test_the_corpus_has_at_least_twenty_files_and_each_has_an_expectation() -> None:
    files = {path.name for path in CORPUS.glob("*.json")} - {"expected.json"}
    assert len(files) >= 20
    assert files == set(EXPECTED)
    assert all(EXPECTED[name] for name in files)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_corpus_file_is_rejected_with_its_message(name: str) -> None:
    schema = bundled.read_json(*SCHEMA_FILE)
    with pytest.raises(ImportRejected) as caught:
        parse_import(
            decode_import((CORPUS / name).read_bytes()), schema, bundled.load_catalogue().ids()
        )
    listed = [str(problem) for problem in caught.value.problems]
    for expected in EXPECTED[name]:
        assert any(expected in line for line in listed), (expected, listed)
