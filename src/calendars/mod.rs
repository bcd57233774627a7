//! Days of the Hebrew, Hijri, Chinese, Hindu and Zoroastrian calendars as Gregorian dates,
//! for the holidays those calendars set (Hanukkah, Eid al-Fitr, Chinese New Year, Diwali,
//! the Parsi New Year). The Hindu calendar is in [`hindu`].
//!
//! The arithmetic is ICU4X's (`icu_calendar`): the arithmetical Hebrew calendar, the Hijri
//! calendar by Saudi Arabia's Umm al-Qura tables (1300–1600 AH; outside that range an
//! approximation, so dates before about 1940 may be a day off what was observed), and the
//! Chinese calendar by the astronomical rules of GB/T 33661-2017.
//!
//! Months are numbered as in CLDR's month codes, which ICU4X follows: the Hebrew year starts
//! in Tishri (1 Tishri, 2 Heshvan, 3 Kislev, 4 Tevet, 5 Shevat, 5 *leap* Adar I, 6 Adar —
//! Adar II in a leap year —, 7 Nisan … 12 Elul); the Hijri year in Muharram (1) and ends in
//! Dhu al-Hijjah (12); the Chinese year in its first month (1), a leap month taking the number
//! of the month before it.

pub mod hindu;

use icu_calendar::types::Month;
use icu_calendar::{AsCalendar, Date, Iso};

/// A calendar a holiday rule counts in (besides the Gregorian one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    /// The Hebrew (Jewish) calendar.
    Hebrew,
    /// The Hijri (Islamic) calendar, Umm al-Qura.
    Hijri,
    /// The Chinese lunisolar calendar.
    Chinese,
}

/// A month of one of the [`Calendar`]s: its CLDR number (1–12) and whether it is the leap
/// month of that number (the Hebrew Adar I is `5` leap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CalendarMonth {
    /// The calendar.
    pub calendar: Calendar,
    /// 1–12, as in CLDR's month codes (`M01`–`M12`).
    pub number: u8,
    /// A leap month (`M05L`).
    pub leap: bool,
}

impl CalendarMonth {
    /// The years of this calendar that may have days in Gregorian year `y`, earliest first.
    fn years_in(self, y: i32) -> Vec<i32> {
        match self.calendar {
            // Anno Mundi: Tishri of Gregorian year y starts Hebrew year y + 3761.
            Calendar::Hebrew => vec![y + 3760, y + 3761],
            // A Hijri year is 354 or 355 days: about 0.97 of a Gregorian one, counted from 622.
            Calendar::Hijri => {
                let h = ((y - 622) as f64 * 365.2425 / 354.367) as i32;
                (h - 1..=h + 2).collect()
            }
            // Years are numbered by the Gregorian year their first month starts in.
            Calendar::Chinese => vec![y - 1, y],
        }
    }

    /// The Gregorian date of `day` of this month in this calendar's `year`; `None` when the
    /// year has no such month or day (no Adar I in a common Hebrew year, no 30 Heshvan in a
    /// short year) or is out of range.
    fn gregorian(self, year: i32, day: u8) -> Option<jiff::civil::Date> {
        let month = if self.leap {
            Month::leap(self.number)
        } else {
            Month::new(self.number)
        };
        match self.calendar {
            Calendar::Hebrew => iso(Date::try_new_hebrew_v2(year, month, day).ok()?),
            Calendar::Chinese => iso(Date::try_new_chinese_traditional(year, month, day).ok()?),
            Calendar::Hijri => {
                if self.leap {
                    return None;
                }
                let cal = icu_calendar::cal::Hijri::new_umm_al_qura();
                iso(Date::try_new_hijri_with_calendar(year, self.number, day, cal).ok()?)
            }
        }
    }

    /// The Gregorian first and last days of this month in the calendar's `year`.
    fn gregorian_month(self, year: i32) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
        let first = self.gregorian(year, 1)?;
        // The last day is 29 or 30; the 30th exists only in a 30-day month.
        let last = self
            .gregorian(year, 30)
            .or_else(|| self.gregorian(year, 29))?;
        Some((first, last))
    }

    /// Every occurrence, in Gregorian year `y` or just around it, of `day` of this month
    /// (`None`: the whole month), as its first and last Gregorian days, earliest first. A
    /// Hijri date can fall twice in one Gregorian year, once in none.
    pub fn occurrences(
        self,
        y: i32,
        day: Option<u8>,
    ) -> Vec<(jiff::civil::Date, jiff::civil::Date)> {
        self.years_in(y)
            .into_iter()
            .filter_map(|year| match day {
                Some(d) => self.gregorian(year, d).map(|g| (g, g)),
                None => self.gregorian_month(year),
            })
            .collect()
    }
}

/// Day `day` (1–30) of month `month` (1–12) of the Zoroastrian Shahenshahi calendar, which
/// the Parsis of India keep, as a Gregorian date in year `y` (the Parsi New Year, Jamshedi
/// Navroz, is 1 Farvardin: 17 August 2018, 16 August 2022). The year is 365 days, twelve
/// months of 30 and five Gatha days, with no leap day, so its days drift one day earlier
/// every four Gregorian years. `None` for a day out of range or a year outside 1..=9999.
pub fn shahenshahi(y: i32, month: u8, day: u8) -> Option<jiff::civil::Date> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    // 1 Farvardin 1388 YZ = 17 August 2018.
    let anchor = jiff::civil::Date::constant(2018, 8, 17);
    let in_year = i64::from(month - 1) * 30 + i64::from(day - 1);
    let at = |k: i64| {
        anchor
            .checked_add(jiff::Span::new().days(k * 365 + in_year))
            .ok()
    };
    let k = i64::from(y) - 2018;
    [k - 1, k, k + 1]
        .into_iter()
        .filter_map(at)
        .find(|d| i32::from(d.year()) == y)
}

/// A date in any ICU4X calendar as a jiff date (proleptic Gregorian, as ISO 8601).
fn iso<A: AsCalendar>(d: Date<A>) -> Option<jiff::civil::Date> {
    let d = d.to_calendar(Iso);
    jiff::civil::Date::new(
        i16::try_from(d.year().extended_year()).ok()?,
        d.month().ordinal as i8,
        d.day_of_month().0 as i8,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(calendar: Calendar, number: u8, leap: bool, y: i32, d: u8) -> Vec<String> {
        CalendarMonth {
            calendar,
            number,
            leap,
        }
        .occurrences(y, Some(d))
        .into_iter()
        .map(|(a, _)| a.to_string())
        .collect()
    }

    #[test]
    fn hebrew_days_fall_on_their_gregorian_dates() {
        // 25 Kislev: 3 December 2018 (5779) and 25 December 2016 (5777).
        let kislev = day(Calendar::Hebrew, 3, false, 2018, 25);
        assert_eq!(kislev, ["2017-12-13", "2018-12-03"]);
        assert_eq!(day(Calendar::Hebrew, 3, false, 2016, 25)[1], "2016-12-25");
        // 14 Adar (Adar II in the leap year 5784): Purim, 24 March 2024.
        assert_eq!(day(Calendar::Hebrew, 6, false, 2024, 14)[0], "2024-03-24");
        // Adar I exists only in a leap year: 5784 (2024) has it, 5785 (2025) does not.
        assert_eq!(day(Calendar::Hebrew, 5, true, 2024, 14), ["2024-02-23"]);
        assert_eq!(
            day(Calendar::Hebrew, 5, true, 2025, 14),
            Vec::<String>::new()
        );
    }

    #[test]
    fn shahenshahi_new_year_drifts_a_day_every_four_years() {
        let navroz = |y| shahenshahi(y, 1, 1).map(|d| d.to_string());
        assert_eq!(navroz(2018).as_deref(), Some("2018-08-17"));
        assert_eq!(navroz(2022).as_deref(), Some("2022-08-16"));
        assert_eq!(navroz(2026).as_deref(), Some("2026-08-15"));
        assert_eq!(shahenshahi(2026, 13, 1), None);
    }

    #[test]
    fn hijri_and_chinese_days_fall_on_their_gregorian_dates() {
        // 1 Shawwal 1439 (Eid al-Fitr): 15 June 2018; 1 Ramadan 1447: 18 February 2026.
        assert!(day(Calendar::Hijri, 10, false, 2018, 1).contains(&"2018-06-15".to_string()));
        let ramadan = CalendarMonth {
            calendar: Calendar::Hijri,
            number: 9,
            leap: false,
        };
        let months = ramadan.occurrences(2026, None);
        assert!(months
            .iter()
            .any(|(a, b)| a.to_string() == "2026-02-18" && b.to_string() == "2026-03-19"));
        // Chinese New Year: 31 January 2014, 17 February 2026.
        assert!(day(Calendar::Chinese, 1, false, 2014, 1).contains(&"2014-01-31".to_string()));
        assert!(day(Calendar::Chinese, 1, false, 2026, 1).contains(&"2026-02-17".to_string()));
    }
}
