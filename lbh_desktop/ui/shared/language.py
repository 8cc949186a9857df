"""The interface language at start-up: Qt translators, the default QLocale, core formats."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from lbh_desktop.core import i18n
from lbh_desktop.core.locale_formats import LocaleFormats, install_formats
from lbh_desktop.storage.bundled import resource_path

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class QtLocaleFormats(LocaleFormats):
    """Dates, weekdays and numbers as a QLocale writes them."""

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale
        short_date = locale.dateFormat(_SHORT)
        self._month_first = short_date.find("M") < short_date.find("d")
        self._day_month = "d. MMM" if locale.language() == QLocale.Language.German else "d MMM"
        if self._month_first:
            self._day_month = "MMM d"

    def first_weekday(self) -> int:
        return self.locale.firstDayOfWeek().value  # Qt.DayOfWeek: 1 = Monday … 7 = Sunday

    def weekday_name(self, iso_weekday: int, *, short: bool = False) -> str:
        return self.locale.standaloneDayName(iso_weekday, _SHORT if short else _LONG)

    def month_name(self, month: int, *, short: bool = False) -> str:
        return self.locale.standaloneMonthName(month, _SHORT if short else _LONG)

    def day_month(self, day: date) -> str:
        return self.locale.toString(_qdate(day), self._day_month)

    def day_month_year(self, day: date) -> str:
        pattern = f"{self._day_month}, yyyy" if self._month_first else f"{self._day_month} yyyy"
        return self.locale.toString(_qdate(day), pattern)

    def weekday_date(self, day: date, *, year: bool = True) -> str:
        text = self.day_month_year(day) if year else self.day_month(day)
        return f"{self.weekday_name(day.isoweekday(), short=True)} {text}"

    def month_year(self, day: date, *, short: bool = True) -> str:
        return self.locale.toString(_qdate(day), "MMM yyyy" if short else "MMMM yyyy")

    def numeric_date(self, day: date) -> str:
        return self.locale.toString(_qdate(day), _SHORT)

    def clock_time(self, moment: time) -> str:
        return self.locale.toString(QTime(moment.hour, moment.minute), _SHORT)

    def number(self, value: float, decimals: int = 0) -> str:
        return self.locale.toString(float(value), "f", decimals)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_language(qt_app: QCoreApplication, choice: str) -> str:
    """Loads the translations for the chosen language ("system" or a code) and sets the
    locale for formats; returns the language shown ("en" when none of ours matches)."""
    system = QLocale.system()
    language = i18n.choose_language(choice, system.uiLanguages())
    if language == "en" and system.language() == QLocale.Language.C:
        return language  # LANG=C: the source texts and the default (English) formats
    same_language = QLocale(language).language() == system.language()
    locale = system if same_language else QLocale(language)
    QLocale.setDefault(locale)
    install_formats(QtLocaleFormats(locale))
    if language == "en":
        return language
    from PySide6.QtCore import QLibraryInfo, QTranslator  # for another language only

    ours = QTranslator(qt_app)
    try:
        loaded = ours.load(str(resource_path("i18n", f"lbh_desktop_{language}.qm")))
    except FileNotFoundError:
        loaded = False  # a build without translations: English texts, local formats
    if loaded:
        qt_app.installTranslator(ours)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(qt_app)  # Qt's standard buttons and dialogs ("Cancel", file dialogs)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        qt_app.installTranslator(qt_own)
    i18n.install(_qt_translate)
    return language


def uninstall_language(qt_app: QCoreApplication) -> None:
    """Back to the source texts and the system locale (tests; a later language switch)."""
    from PySide6.QtCore import QTranslator

    for translator in qt_app.findChildren(QTranslator):
        qt_app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    install_formats(None)
    i18n.install(None)
