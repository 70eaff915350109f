"""Dates as Vietnamese documents write them; impossible dates are rejected, never guessed.

Forms (REFERENCE.md §8): "ngày 01/9/2021", "ngày 01-9-2021", "ngày 27 tháng 9 năm 2021",
"Chiều ngày 27/9/2021", "(2020-02-03)" in news metadata, "28/09/2021 | 20:24".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_WS = r"[ \t]*(?:\n[ \t]*)?"
_DAY = r"(?P<d>\d{1,2})"
_MONTH = r"(?P<m>\d{1,2})"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# "tháng", "năm" as typed without tone marks on a keyboard set wrong ("ngày 25 thang 11 nam 2022")
MONTH_WORD = r"th[aá]ng"
YEAR_WORD = r"n[aă]m"

DATE_WORDS = re.compile(
    rf"(?<!\w){_DAY}{_WS}{MONTH_WORD}{_WS}{_MONTH}{_WS}{YEAR_WORD}{_WS}{_YEAR}(?!\d)", re.IGNORECASE
)
DATE_NUMERIC = re.compile(
    rf"(?<![\w/.-]){_DAY}{_WS}(?P<sep>[/.-]){_WS}{_MONTH}{_WS}(?P=sep){_WS}{_YEAR}"
    # (a word run into the year is a lost space: "ngày 03/12/2021của LĐLĐ tỉnh")
    r"(?![\d/_])"
)
DATE_ISO = re.compile(rf"(?<![\w/-]){_YEAR}-{_MONTH}-{_DAY}(?![\w/-])")
# A place-date line whose day or month is unreadable or blank: a date the text does not give.
BLANK_DATE = re.compile(r"ngày[^\n,;]{0,12}?tháng[^\n,;]{0,12}?năm\s*\d{4}", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date found in text with its span; `rule` names the form it was written in."""

    date: dt.date
    start: int
    end: int
    rule: str


def make_date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    """A valid date, or None for impossible ones (31/2, day 80 from OCR noise)."""
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """All valid dates in `text`, in order, non-overlapping."""
    found: list[DateMention] = []
    for rule, pattern in (("words", DATE_WORDS), ("numeric", DATE_NUMERIC), ("iso", DATE_ISO)):
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            date = make_date(m["y"], m["m"], m["d"])
            if date:
                found.append(DateMention(date, m.start(), m.end(), rule))
    return sorted(found, key=lambda f: f.start)


def date_at(text: str, pos: int, window: int = 40) -> DateMention | None:
    """The date that starts within `window` characters after `pos`, after 'ngày' or a comma;
    a year named first must agree ("19/NQ-HĐND năm 2025, ngày 29/4/2025")."""
    head = text[pos : pos + window]
    m = re.match(
        r"[\s,]*(?:năm[ \t]+(?P<year>\d{4})[ \t]*,[ \t]*(?=ngày))?"
        r"(?:(?:ban hành\s+)?ngày\s*|(?=\d))",
        head,
        re.IGNORECASE,
    )
    if not m:
        return None
    for found in find_dates(text[pos + m.end() : pos + m.end() + 30]):
        if found.start == 0 and (not m["year"] or found.date.year == int(m["year"])):
            end = pos + m.end() + found.end
            if _CLOCK.match(text, end):
                return None  # "Ngày 25/04/2022 14:04:40": a page's time stamp, not the date
            return DateMention(found.date, pos + m.end(), end, found.rule)
    return None


_CLOCK = re.compile(r"[ \t]+\d{1,2}:\d{2}:\d{2}(?!\d)")  # a page's clock, with its seconds
