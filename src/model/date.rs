//! Calendar dates, to the day, as stored in links.
//!
//! A date is the number of days since 2020-01-01, which fits 16 bits until the year
//! 2199. The conversion is Howard Hinnant's `days_from_civil`, exact for the
//! proleptic Gregorian calendar, so no date library is needed in the bundle.

/// A day, counted from 2020-01-01 (day 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Date(pub u16);

/// Days from 1970-01-01 to 2020-01-01.
const EPOCH_OFFSET: i64 = 18_262;

impl Date {
    /// The date for a year, month (1–12) and day (1–31); `None` outside 2020..=2199
    /// or for a day that does not exist.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        let days = days_from_civil(y, m, d) - EPOCH_OFFSET;
        u16::try_from(days).ok().map(Date)
    }

    /// The date of a Unix time in milliseconds (as `Date.now()` gives it), in UTC.
    pub fn from_unix_millis(ms: f64) -> Date {
        let days = (ms / 86_400_000.0).floor() as i64 - EPOCH_OFFSET;
        Date(days.clamp(0, u16::MAX as i64) as u16)
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0 as i64 + EPOCH_OFFSET)
    }

    /// ISO 8601, e.g. `2026-11-22`: unambiguous in every language.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Reads `YYYY-MM-DD` (as a date input gives it); `None` for anything else, and
    /// for day 0, which links use for "no date".
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Date::from_ymd(y, m, d).filter(|d| d.0 > 0)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_round_trip_and_bad_ones_are_none() {
        let d = Date::from_ymd(2027, 2, 28).unwrap();
        assert_eq!(Date::parse_iso(&d.iso()), Some(d));
        for bad in [
            "",
            "2027-02-30",
            "27-1-1",
            "2027/01/01",
            "2020-01-01",
            "x-y-z",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn epoch_is_day_zero() {
        assert_eq!(Date::from_ymd(2020, 1, 1), Some(Date(0)));
        assert_eq!(Date(0).iso(), "2020-01-01");
    }

    #[test]
    fn known_dates() {
        // 2020 is a leap year: 366 days.
        assert_eq!(Date::from_ymd(2021, 1, 1), Some(Date(366)));
        assert_eq!(Date::from_ymd(2026, 11, 22).unwrap().iso(), "2026-11-22");
        assert_eq!(Date::from_ymd(2024, 2, 29).unwrap().ymd(), (2024, 2, 29));
        assert_eq!(Date::from_ymd(2023, 2, 29), None);
        assert_eq!(Date::from_ymd(2019, 12, 31), None);
    }

    #[test]
    fn unix_millis() {
        // 2026-11-22T12:00:00Z
        assert_eq!(
            Date::from_unix_millis(1_795_348_800_000.0).iso(),
            "2026-11-22"
        );
    }

    #[test]
    fn round_trip_every_day() {
        for n in 0..=u16::MAX {
            let (y, m, d) = Date(n).ymd();
            assert_eq!(Date::from_ymd(y, m, d), Some(Date(n)));
        }
    }
}
