"""Fixtures shared by the core tests: the shipped catalogue, parsed once per module."""

from __future__ import annotations

import pytest

from lbh_desktop.core.catalogue import Catalogue, parse_catalogue
from tests.core.shipped_catalogue import shipped_catalogue_data


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return parse_catalogue(shipped_catalogue_data())
