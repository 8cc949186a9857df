"""Translation files: `update` the .ts sources from the code and catalogue, list `todo` entries,
`fill` translations from JSON, `release` the .qm files the app loads (pyside6-lupdate/lrelease).

    python packaging/translations.py update            # all languages
    python packaging/translations.py todo de > de.json  # unfinished entries
    python packaging/translations.py fill de de.json   # [{"context", "source", "translation"}]
    python packaging/translations.py release
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lbh_desktop.core.catalogue_text import CONTEXT, catalogue_texts  # noqa: E402
from lbh_desktop.core.i18n import LANGUAGES  # noqa: E402

I18N = ROOT / "resources" / "i18n"
TRANSLATED = tuple(language for language in LANGUAGES if language != "en")


def ts_path(language: str) -> Path:
    return I18N / f"lbh_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"lbh_desktop_{language}.qm"


def _tool(name: str) -> str:
    """A Qt tool from the virtualenv that runs this script, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def _catalogue_source(folder: Path) -> Path:
    """A Python file lupdate can read: one QT_TRANSLATE_NOOP per catalogue text."""
    catalogue = json.loads((ROOT / "resources/catalogue/exercises.json").read_text("utf-8"))
    routines = json.loads((ROOT / "resources/routines/builtin.json").read_text("utf-8"))
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(text, ensure_ascii=False)})"
        for text in catalogue_texts(catalogue, routines)
    ]
    path = folder / "catalogue_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def code_sources() -> list[Path]:
    return sorted((ROOT / "lbh_desktop").rglob("*.py"))


def update(languages: tuple[str, ...], target: Path = I18N) -> str:
    """Runs lupdate into target/lbh_desktop_<lang>.ts; returns lupdate's report."""
    with tempfile.TemporaryDirectory(prefix="lbh-lupdate-") as tmp:
        sources = [*code_sources(), _catalogue_source(Path(tmp))]
        listing = Path(tmp) / "sources.txt"
        listing.write_text("\n".join(str(path) for path in sources) + "\n", encoding="utf-8")
        reports = []
        for language in languages:
            command = [
                _tool("pyside6-lupdate"),
                f"@{listing}",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(target / f"lbh_desktop_{language}.ts"),
            ]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            reports.append(done.stdout + done.stderr)
        return "".join(reports)


def messages(path: Path) -> Iterator[tuple[str, ElementTree.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return translation is None or translation.get("type") == "unfinished"
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return not all(text and text.strip() for text in texts)


def todo(language: str) -> list[dict[str, object]]:
    return [
        {
            "context": context,
            "source": message.findtext("source", ""),
            "plural": message.get("numerus") == "yes",
        }
        for context, message in messages(ts_path(language))
        if is_unfinished(message)
    ]


def fill(language: str, entries: list[dict[str, object]]) -> tuple[int, list[str]]:
    """Writes the given translations into the .ts file; returns (filled, problems)."""
    wanted = {(str(entry["context"]), str(entry["source"])): entry for entry in entries}
    path = ts_path(language)
    tree = ElementTree.parse(path)
    filled, problems = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            entry = wanted.pop((name, message.findtext("source", "")), None)
            if entry is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            if message.get("numerus") == "yes":
                forms = entry.get("plurals")
                if not isinstance(forms, list) or not forms:
                    problems.append(f"{name}: {message.findtext('source')}: needs 'plurals'")
                    translation.set("type", "unfinished")
                    continue
                translation.text = None
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = str(form)
            else:
                text = entry.get("translation")
                if not isinstance(text, str) or not text.strip():
                    problems.append(f"{name}: {message.findtext('source')}: empty translation")
                    translation.set("type", "unfinished")
                    continue
                translation.text = text
            filled += 1
    problems += [f"{context}: {source}: not in the .ts file" for context, source in wanted]
    ElementTree.indent(tree)
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return filled, problems


def release(languages: tuple[str, ...], target: Path = I18N) -> None:
    for language in languages:
        command = [_tool("pyside6-lrelease"), str(ts_path(language)), "-qm"]
        subprocess.run([*command, str(target / qm_path(language).name)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("update", "release"):
        sub.add_parser(name).add_argument("languages", nargs="*", default=list(TRANSLATED))
    sub.add_parser("todo").add_argument("language", choices=TRANSLATED)
    fill_parser = sub.add_parser("fill")
    fill_parser.add_argument("language", choices=TRANSLATED)
    fill_parser.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.command == "update":
        print(update(tuple(args.languages)), end="")
    elif args.command == "release":
        release(tuple(args.languages))
    elif args.command == "todo":
        json.dump(todo(args.language), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        filled, problems = fill(args.language, json.loads(args.file.read_text("utf-8")))
        print(f"{filled} filled", *problems, sep="\n")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
