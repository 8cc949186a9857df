"""Shipped catalogue texts: complete guidance, plain text that fits, and in our own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Exercise

ARTICLE_FILE = Path("/work/shared/seed/lower-back-and-hips.txt")
MAX_STEP_CHARACTERS = 140
MARKUP = re.compile(r"[<>*_`#]|\[.*\]\(|&[a-z]+;")


def all_texts(exercise: Exercise) -> list[str]:
    versions = [v for v in (exercise.easier, exercise.harder) if v is not None]
    return [
        exercise.name,
        exercise.summary,
        *exercise.targets,
        *exercise.equipment,
        *exercise.steps,
        *exercise.cues,
        *exercise.mistakes,
        *(text for v in versions for text in (v.name, v.how)),
        exercise.caution,
        exercise.left_side,
        *(caution.advice for caution in exercise.condition_cautions),
    ]


def sentence_count(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text.strip()))


def test_every_exercise_has_complete_guidance(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        assert 3 <= len(exercise.steps) <= 5, exercise.id
        assert 2 <= len(exercise.cues) <= 4, exercise.id
        assert 2 <= len(exercise.mistakes) <= 3, exercise.id
        assert exercise.targets, exercise.id
        # Built-in versions are moves of their own, not a line of text.
        assert exercise.easier is None and exercise.harder is None, exercise.id
        if exercise.variant_of is None:
            assert exercise.easier_id and exercise.harder_id, exercise.id
            assert exercise.easier_id != exercise.harder_id, exercise.id
        assert sentence_count(exercise.summary) == 1, exercise.id
        assert sentence_count(exercise.caution) == 1, exercise.id
        assert exercise.illustration == f"{exercise.id}.svg"


def test_every_text_is_plain_and_fits_the_player(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        for text in filter(None, all_texts(exercise)):
            assert text == text.strip(), (exercise.id, text)
            assert "\n" not in text, (exercise.id, text)
            assert not MARKUP.search(text), (exercise.id, text)
        for step in exercise.steps:
            assert len(step) <= MAX_STEP_CHARACTERS, (exercise.id, step)


def test_catalogue_text_is_written_in_our_own_words(catalogue: Catalogue) -> None:
    if not ARTICLE_FILE.exists():
        pytest.skip("the source article is not available on this machine")

    def word_runs(text: str, length: int = 7) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
        return {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}

    article_runs = word_runs(ARTICLE_FILE.read_text(encoding="utf-8"))
    for exercise in catalogue:
        for text in all_texts(exercise):
            assert not word_runs(text) & article_runs, (exercise.id, text)
