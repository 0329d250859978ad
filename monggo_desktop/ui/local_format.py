"""Numbers, money, days and times as the owner's language and region write them (``QLocale()``, which
``install_translator`` sets to the window's language): 1.250.000 and "Senin, 07 Desember 2026" in Indonesian,
1,250,000 and "Monday, December 7, 2026" in English. Times are this computer's local time, which for the shop
is the business's time zone (WIB in Yogyakarta)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

# Currencies a shop meets, by ISO code: the symbol, and how many decimals its prices are written with.
_CURRENCIES = {"IDR": ("Rp", 0), "USD": ("US$", 2), "SGD": ("S$", 2), "MYR": ("RM", 2), "EUR": ("€", 2)}


def _locale() -> QLocale:
    """The window's locale; English (United States) in place of the bare C locale, which writes 1250000."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def count_text(n: int) -> str:
    """A whole number with the language's thousands separator: 1.250 (id), 1,250 (en)."""
    return _locale().toString(n)


def money_text(amount: float, currency: str) -> str:
    """A price: "Rp 1.250.000" in Indonesian, "Rp 1,250,000" in English; another currency by its symbol or code."""
    symbol, decimals = _CURRENCIES.get(currency.upper(), (currency.upper(), 2))
    number = _locale().toString(float(amount), "f", decimals)
    return f"{symbol} {number}"


def day_text(day: date, *, long: bool = True) -> str:
    """A day: "Senin, 07 Desember 2026" / "Monday, December 7, 2026"; short: "07/12/26" / "12/7/26"."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return _locale().toString(QDate(day.year, day.month, day.day), fmt)


def moment_text(moment: datetime) -> str:
    """A date and time in this computer's time zone, short: "07/12/26 20.56" / "12/7/26 8:56 PM"."""
    local = moment.astimezone()
    stamp = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.systemTimeZone(),
    )
    return _locale().toString(stamp, QLocale.FormatType.ShortFormat)
