"""Translation seam: `translate()` marks and looks up user-visible text without importing Qt."""

# Every user-visible string goes through `translate("context", "Source text")` (with `%n` and
# a count for plurals); `pyside6-lupdate` finds these calls in the source. The shell installs
# Qt's `QCoreApplication.translate` at start-up; until then (and in the core's own tests) the
# source text comes back, with `%n` replaced by the count. Strings that must exist before a
# translator does (module-level tables) are marked with `QT_TRANSLATE_NOOP` and translated
# where they are shown.

from __future__ import annotations

from collections.abc import Callable

from lbh_desktop.core.locale_formats import formats

LANGUAGES = ("en", "de", "es", "fr")
"""The languages the app ships, English (the source texts) first."""
LANGUAGE_CHOICES = ("system", *LANGUAGES)
"""What Preferences offers: the desktop's language (when shipped, else English) or one of these."""

Lookup = Callable[[str, str, "str | None", int], str]


def _source_text(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_lookup: Lookup = _source_text


def install(lookup: Lookup | None) -> None:
    """Sets the function that finds translations; None goes back to the source texts."""
    global _lookup
    _lookup = lookup or _source_text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the user's language; pass `n` (positionally, for lupdate) for `%n` plurals.

    English source texts write plurals as "%n minute(s)": with no translation (English),
    "(s)" becomes "s" unless n is 1, so English needs no translation file of its own.
    """
    text = _lookup(context, text, disambiguation, n)
    if n >= 0 and "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    if n >= 1000:  # %n is put in as bare digits: group them as the locale does ("3.255")
        text = text.replace(str(n), formats().number(n), 1)
    return text


def name_in_sentence(name: str) -> str:
    """A move's name inside a sentence: "bird dog" in English, Spanish and French; German
    keeps its capital, as nouns have one there (the translators answer the question)."""
    lower_case = translate(
        "i18n",
        "yes",
        "Answer yes or no: inside a sentence, does a move's name start with a small letter "
        "in your language? (English, Spanish, French: yes; German: no)",
    )
    return name if lower_case == "no" else name[:1].lower() + name[1:]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate without translating it now; translate it where it is shown."""
    return text


def choose_language(choice: str, system_languages: list[str]) -> str:
    """The language to show: the chosen one, or for "system" the first of the desktop's
    languages (BCP 47 tags such as "de-DE", most wanted first) that ships; else English."""
    if choice in LANGUAGES:
        return choice
    for tag in system_languages:
        language = tag.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return "en"
