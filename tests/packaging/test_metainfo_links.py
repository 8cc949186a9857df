"""The AppStream metainfo links the homepage, this release's notes and real screenshots."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from lbh_desktop import __version__
from tests.packaging.test_linux_integration import METAINFO_FILE, REPO, png_size

HOMEPAGE = "https://github.com/lbh-desktop/lbh-desktop"
RAW_FILES = "https://raw.githubusercontent.com/lbh-desktop/lbh-desktop/main/"

ROOT = ET.parse(METAINFO_FILE).getroot()


def test_the_homepage_and_bug_tracker_are_linked() -> None:
    urls = {url.get("type"): url.text for url in ROOT.findall("url")}
    assert urls["homepage"] == HOMEPAGE
    assert urls["bugtracker"] == f"{HOMEPAGE}/issues"


def test_the_newest_release_is_this_version_with_notes() -> None:
    newest = ROOT.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    notes = "".join(newest.find("description").itertext()).strip()  # type: ignore[union-attr]
    assert len(notes) > 20


def test_every_screenshot_is_a_file_in_the_repository_with_its_real_size() -> None:
    screenshots = ROOT.findall("screenshots/screenshot")
    assert len(screenshots) >= 2
    assert [shot.get("type") for shot in screenshots].count("default") == 1
    for shot in screenshots:
        assert shot.findtext("caption")
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith(RAW_FILES)
        path = REPO / image.text.removeprefix(RAW_FILES)
        assert path.parent == REPO / "packaging" / "screenshots"
        assert png_size(path) == (int(image.get("width", 0)), int(image.get("height", 0)))
