"""Translation files: `update` the .ts sources from the code and catalogue, list `todo` entries,
`fill` translations from JSON, `release` the .qm files the app loads (pyside6-lupdate/lrelease).

    python packaging/translations.py update            # all languages
    python packaging/translations.py todo de > de.json  # unfinished entries
    python packaging/translations.py fill de de.json   # [{"context", "source", "translation"}]
    python packaging/translations.py release
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import re
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


def code_texts() -> list[tuple[str, str]]:
    """(context, text) of every translate() call with literal strings and no disambiguation.

    lupdate's Python reader skips a call whose count is more than a bare name
    (`translate("c", "%n rep(s)", None, step.reps)`), so the texts are also read here."""
    found = []
    for path in code_sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            args = node.args
            if name != "translate" or len(args) < 2:
                continue
            if len(args) >= 3 and not (isinstance(args[2], ast.Constant) and args[2].value is None):
                continue
            context, text = (getattr(arg, "value", None) for arg in args[:2])
            if isinstance(context, str) and isinstance(text, str):
                found.append((context, text))
    return found


def _code_texts_source(folder: Path) -> Path:
    """The code's texts again, one QT_TRANSLATE_NOOP each, for the calls lupdate misses."""
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
        for context, text in code_texts()
    ]
    path = folder / "code_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def code_sources() -> list[Path]:
    return sorted((ROOT / "lbh_desktop").rglob("*.py"))


def update(languages: tuple[str, ...], target: Path = I18N) -> str:
    """Runs lupdate into target/lbh_desktop_<lang>.ts; returns lupdate's report."""
    with tempfile.TemporaryDirectory(prefix="lbh-lupdate-") as tmp:
        sources = [*code_sources(), _catalogue_source(Path(tmp)), _code_texts_source(Path(tmp))]
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
            ts_file = target / f"lbh_desktop_{language}.ts"
            forms = plural_forms(ts_file) if ts_file.exists() else {}
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            reports.append(done.stdout + done.stderr)
            mark_plurals(ts_file, forms)
        return "".join(reports)


def plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms already translated in a .ts file, by (context, source)."""
    found = {}
    for context, message in messages(path):
        texts = [form.text or "" for form in message.iter("numerusform")]
        if message.get("numerus") == "yes" and texts and all(texts):
            found[(context, message.findtext("source", ""))] = texts
    return found


def mark_plurals(path: Path, forms: dict[tuple[str, str], list[str]]) -> None:
    """Makes every "%n" text a plural message with its earlier forms: lupdate reads Python
    calls without their count, so it would make them singular and drop the forms."""
    tree = ElementTree.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if "%n" not in source:
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            known = forms.get((name, source))
            if known:
                translation.attrib.pop("type", None)
                for text in known:
                    ElementTree.SubElement(translation, "numerusform").text = text
            else:
                translation.set("type", "unfinished")
    write_ts(tree, path)


def write_ts(tree: ElementTree.ElementTree[ElementTree.Element], path: Path) -> None:
    ElementTree.indent(tree)
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


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
    return fill_file(ts_path(language), entries)


def fill_file(path: Path, entries: list[dict[str, object]]) -> tuple[int, list[str]]:
    wanted = {(str(entry["context"]), str(entry["source"])): entry for entry in entries}
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
    write_ts(tree, path)
    return filled, problems


def release(languages: tuple[str, ...], target: Path = I18N) -> None:
    for language in languages:
        command = [_tool("pyside6-lrelease"), str(ts_path(language)), "-qm"]
        subprocess.run([*command, str(target / qm_path(language).name)], check=True)


_ACCENTED = str.maketrans("aeiouycnAEIOUYCN", "áéîöüýçñÁÉÎÖÜÝÇÑ")
_KEPT = re.compile(r"(\{[^}]*\}|%n|%\d|<[^>]*>|&[a-z]+;|&(?=\w))")


def pseudo(text: str) -> str:
    """An accented text 40 % longer than the source, placeholders and tags kept: shows
    untranslated strings and the room a longer language needs."""
    parts = _KEPT.split(text)
    shown = "".join(part if _KEPT.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    padding = math.ceil(0.4 * len(text)) - 2
    return f"[{shown}{'~' * max(padding, 0)}]"


def pseudo_release(target: Path) -> Path:
    """Builds target/lbh_desktop_pseudo.qm with every text of the code and catalogue in
    pseudo form (the .ts is made fresh, as for a new language)."""
    update(("de",), target)
    ts_file = target / "lbh_desktop_de.ts"
    entries: list[dict[str, object]] = []
    for context, message in messages(ts_file):
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            entries.append({"context": context, "source": source, "plurals": [pseudo(source)] * 2})
        else:
            entries.append({"context": context, "source": source, "translation": pseudo(source)})
    fill_file(ts_file, entries)
    qm_file = target / "lbh_desktop_pseudo.qm"
    command = [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True)
    return qm_file


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
