//! Days of the Hindu lunisolar and sidereal solar calendars as Gregorian dates, for the
//! holidays they set (Diwali, Holi, Raksha Bandhan, Makar Sankranti, Vaisakhi).
//!
//! No maintained Rust library computes this calendar (ICU4X's "Indian" calendar is the civil
//! Saka one), so the astronomy is done here, as a modern panchang does it, for New Delhi and
//! Indian Standard Time (UTC+05:30):
//! - the apparent longitudes of the Sun and the Moon by the truncated series of Meeus,
//!   *Astronomical Algorithms* (2nd ed., ch. 25 and 47): within about 0.01°, so an instant
//!   such as a new moon is found within a few minutes;
//! - the sidereal zodiac by the Lahiri (Chitrapaksha) ayanamsa, 23.853° at J2000 growing by
//!   50.29″ a year;
//! - sunrise and sunset from the Sun's declination and the equation of time, with the
//!   standard altitude −0.833°.
//!
//! A **tithi** (lunar day, 1–30) is the Moon's elongation from the Sun in steps of 12°: 1–15
//! are the bright fortnight (shukla paksha, 15 = purnima, full moon), 16–30 the dark one
//! (krishna paksha, 30 = amavasya, new moon). A **lunar month** runs from one new moon to the
//! next (the amanta reckoning) and is named after the sidereal sign the Sun is in at its
//! start: with the Sun in Mina (Pisces) the month is Chaitra (1), in Mesha Vaishakha (2), …,
//! in Kumbha Phalguna (12). A month in which the Sun enters no sign is a leap month (adhika)
//! and keeps no festivals. Festivals named in the purnimanta reckoning of northern India
//! ("Bhadrapada Krishna Ashtami") are written here in amanta terms (Shravana, tithi 23).
//!
//! A festival falls on the civil day at whose chosen moment its tithi prevails (sunrise for
//! most; noon for Ganesh Chaturthi, the evening for Diwali, midnight for Janmashtami). Where
//! the tithi prevails at that moment on no day (it begins and ends between two of them), the
//! festival falls on the day it begins. Where it prevails on two, the first is taken.
//! Almanacs differ on such edge cases by a day; so may this module.

use jiff::civil::Date;

/// New Delhi, the place whose sunrise a panchang for northern India counts from.
const LATITUDE: f64 = 28.6139;
/// East longitude of New Delhi, in degrees.
const LONGITUDE: f64 = 77.2090;
/// Indian Standard Time, UTC+05:30, as a fraction of a day.
const IST: f64 = 5.5 / 24.0;
/// Julian Day of 1970-01-01T00:00 UT.
const UNIX_EPOCH_JD: f64 = 2_440_587.5;
/// Julian Day of J2000.0 (2000-01-01T12:00 TT).
const J2000: f64 = 2_451_545.0;

/// When in the civil day a festival's tithi (or sign) is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Moment {
    /// Sunrise: the tithi of the day in most almanacs.
    Sunrise,
    /// Solar noon (madhyahna: Ganesh Chaturthi, Rama Navami).
    Noon,
    /// The afternoon (aparahna, 70% of the daylight: Vijayadashami).
    Afternoon,
    /// Sunset (a Tamil almanac counts a sankranti after it to the next day).
    Sunset,
    /// The evening (pradosh, 72 minutes after sunset: Diwali, Holika Dahan, Karva Chauth).
    Evening,
    /// Midnight (nishita, halfway between sunset and the next sunrise: Janmashtami, Maha
    /// Shivaratri).
    Midnight,
}

impl Moment {
    /// Parses `sunrise`, `noon`, `afternoon`, `sunset`, `evening` or `midnight`.
    pub fn parse(s: &str) -> Option<Moment> {
        Some(match s {
            "sunrise" => Moment::Sunrise,
            "noon" => Moment::Noon,
            "afternoon" => Moment::Afternoon,
            "sunset" => Moment::Sunset,
            "evening" => Moment::Evening,
            "midnight" => Moment::Midnight,
            _ => return None,
        })
    }

    /// The moment on civil day `d` (IST) as a Julian Day (UT).
    fn on(self, d: Date) -> f64 {
        let (rise, set) = sun_rise_set(d);
        match self {
            Moment::Sunrise => rise,
            Moment::Noon => (rise + set) / 2.0,
            Moment::Afternoon => rise + 0.7 * (set - rise),
            Moment::Sunset => set,
            Moment::Evening => set + 72.0 / 1440.0,
            Moment::Midnight => {
                let (next_rise, _) = sun_rise_set(d.tomorrow().unwrap_or(d));
                (set + next_rise) / 2.0
            }
        }
    }
}

/// A festival set by a tithi of a lunar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LunarDay {
    /// Amanta month, 1 Chaitra … 12 Phalguna.
    pub month: u8,
    /// Tithi, 1–30 (1–15 bright fortnight, 16–30 dark; 15 purnima, 30 amavasya).
    pub tithi: u8,
    /// When in the day the tithi is looked at.
    pub moment: Moment,
}

impl LunarDay {
    /// The civil days (IST) in Gregorian year `y` on which this tithi of this month is kept:
    /// one, or none when the year has no such day (out of 1..=9999).
    pub fn in_year(self, y: i16) -> Vec<Date> {
        let Ok(mut d) = Date::new(y, 1, 1) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let mut prev = tithi(self.moment.on(d.yesterday().unwrap_or(d)));
        while d.year() == y {
            let at = self.moment.on(d);
            let t = tithi(at);
            // This tithi at the moment, or skipped since yesterday's moment (a tithi shorter
            // than a day that began and ended in between: kept on the day it began).
            let skipped = tithi_between(self.tithi, prev, t);
            if t == self.tithi || skipped {
                if lunar_month(at) == Some(self.month) {
                    found.push(if skipped {
                        d.yesterday().unwrap_or(d)
                    } else {
                        d
                    });
                }
                // The same tithi at the next moment is the same festival; skip a day.
                d = d.tomorrow().unwrap_or(d);
                prev = tithi(self.moment.on(d));
            } else {
                prev = t;
            }
            match d.tomorrow() {
                Ok(next) => d = next,
                Err(_) => break,
            }
        }
        found
    }
}

/// Whether tithi `t` lies strictly after `a` and before `b` going round the 30.
fn tithi_between(t: u8, a: u8, b: u8) -> bool {
    let step = |from: u8, to: u8| (i16::from(to) - i16::from(from)).rem_euclid(30);
    let ab = step(a, b);
    ab <= 3 && step(a, t) > 0 && step(a, t) < ab
}

/// The civil day (IST) of a sankranti, the Sun's entry into sidereal sign `sign` (1 Mesha …
/// 12 Mina) in Gregorian year `y`: the day it happens, or the next day when it happens after
/// `cutoff` that day (Tamil almanacs count an entry after sunset to the next day; Bengali
/// ones, one after midnight). `None` outside years 1..=9999.
pub fn sankranti(y: i16, sign: u8, cutoff: Moment) -> Option<Date> {
    let target = f64::from(sign - 1) * 30.0;
    // Mesha sankranti is about 14 April; each sign is about 30.44 days later.
    let start = date_jd(Date::new(y, 4, 14).ok()?);
    let mut jd = start + f64::from(sign - 1) * 30.44;
    if jd > date_jd(Date::new(y, 12, 31).ok()?) + 1.0 {
        jd -= 365.2422;
    }
    for _ in 0..6 {
        let diff = signed(target - sidereal_sun(jd));
        jd += diff / 0.9856;
    }
    let day = civil_day(jd)?;
    let after = jd > cutoff.on(day);
    if after {
        day.tomorrow().ok()
    } else {
        Some(day)
    }
}

/// The first civil day (IST) in Gregorian year `y` whose sunrise finds the Moon in nakshatra
/// `nakshatra` (1 Ashvini … 27 Revati, 13°20′ each) and the Sun in sidereal sign `sign`
/// (Onam: Thiruvonam, 22, in Chingam, the Sun in Simha, 5).
pub fn nakshatra_in_sign(y: i16, nakshatra: u8, sign: u8) -> Option<Date> {
    let mut d = Date::new(y, 1, 1).ok()?;
    while d.year() == y {
        let rise = Moment::Sunrise.on(d);
        let moon = (moon_longitude(rise) - ayanamsa(rise)).rem_euclid(360.0);
        let sun = sidereal_sun(rise);
        if (moon / (360.0 / 27.0)) as u8 + 1 == nakshatra && (sun / 30.0) as u8 + 1 == sign {
            return Some(d);
        }
        d = d.tomorrow().ok()?;
    }
    None
}

/// The tithi (1–30) at instant `jd` (Julian Day, UT).
pub fn tithi(jd: f64) -> u8 {
    (elongation(jd) / 12.0) as u8 % 30 + 1
}

/// The amanta month (1 Chaitra … 12 Phalguna) at instant `jd`; `None` in a leap month.
pub fn lunar_month(jd: f64) -> Option<u8> {
    let start = new_moon_before(jd);
    let end = new_moon_before(start + 35.0);
    let sign_at = |t: f64| (sidereal_sun(t) / 30.0) as u8; // 0 Mesha … 11 Mina
    let (a, b) = (sign_at(start), sign_at(end));
    (a != b).then_some((a + 1) % 12 + 1)
}

/// The last new moon at or before `jd`.
fn new_moon_before(jd: f64) -> f64 {
    // The elongation grows about 12.19° a day.
    let mut t = jd - elongation(jd) / 12.19;
    for _ in 0..5 {
        t -= signed(elongation(t)) / 12.19;
    }
    if t > jd {
        t = new_moon_before(t - 15.0);
    }
    t
}

/// The Moon's elongation from the Sun, 0–360°.
fn elongation(jd: f64) -> f64 {
    (moon_longitude(jd) - sun_longitude(jd)).rem_euclid(360.0)
}

/// An angle as −180..180°.
fn signed(a: f64) -> f64 {
    let a = a.rem_euclid(360.0);
    if a > 180.0 {
        a - 360.0
    } else {
        a
    }
}

/// Julian centuries since J2000.
fn centuries(jd: f64) -> f64 {
    (jd - J2000) / 36525.0
}

/// The Sun's apparent tropical longitude, degrees (Meeus ch. 25, low accuracy).
fn sun_longitude(jd: f64) -> f64 {
    let t = centuries(jd);
    let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    let m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t).to_radians();
    let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * m.sin()
        + (0.019993 - 0.000101 * t) * (2.0 * m).sin()
        + 0.000289 * (3.0 * m).sin();
    let omega = (125.04 - 1934.136 * t).to_radians();
    (l0 + c - 0.00569 - 0.00478 * omega.sin()).rem_euclid(360.0)
}

/// Periodic terms of the Moon's longitude (Meeus table 47.A, the terms above 0.002°):
/// multiples of D, M, M′, F and the coefficient in 10⁻⁶ degrees.
const MOON_TERMS: [(i8, i8, i8, i8, i32); 34] = [
    (0, 0, 1, 0, 6_288_774),
    (2, 0, -1, 0, 1_274_027),
    (2, 0, 0, 0, 658_314),
    (0, 0, 2, 0, 213_618),
    (0, 1, 0, 0, -185_116),
    (0, 0, 0, 2, -114_332),
    (2, 0, -2, 0, 58_793),
    (2, -1, -1, 0, 57_066),
    (2, 0, 1, 0, 53_322),
    (2, -1, 0, 0, 45_758),
    (0, 1, -1, 0, -40_923),
    (1, 0, 0, 0, -34_720),
    (0, 1, 1, 0, -30_383),
    (2, 0, 0, -2, 15_327),
    (0, 0, 1, 2, -12_528),
    (0, 0, 1, -2, 10_980),
    (4, 0, -1, 0, 10_675),
    (0, 0, 3, 0, 10_034),
    (4, 0, -2, 0, 8_548),
    (2, 1, -1, 0, -7_888),
    (2, 1, 0, 0, -6_766),
    (1, 0, -1, 0, -5_163),
    (1, 1, 0, 0, 4_987),
    (2, -1, 1, 0, 4_036),
    (2, 0, 2, 0, 3_994),
    (4, 0, 0, 0, 3_861),
    (2, 0, -3, 0, 3_665),
    (0, 1, -2, 0, -2_689),
    (2, 0, -1, 2, -2_602),
    (2, -1, -2, 0, 2_390),
    (1, 0, 1, 0, -2_348),
    (2, -2, 0, 0, 2_236),
    (0, 1, 2, 0, -2_120),
    (0, 2, 0, 0, -2_069),
];

/// The Moon's apparent tropical longitude, degrees (Meeus ch. 47, truncated).
fn moon_longitude(jd: f64) -> f64 {
    let t = centuries(jd);
    let lp = 218.3164477 + 481_267.881_234_21 * t - 0.0015786 * t * t;
    let d = 297.8501921 + 445_267.111_403_4 * t - 0.0018819 * t * t;
    let m = 357.5291092 + 35_999.050_290_9 * t - 0.0001536 * t * t;
    let mp = 134.9633964 + 477_198.867_505_5 * t + 0.0087414 * t * t;
    let f = 93.2720950 + 483_202.017_523_3 * t - 0.0036539 * t * t;
    let e = 1.0 - 0.002516 * t - 0.0000074 * t * t;
    let mut sum = 0.0;
    for &(cd, cm, cmp, cf, coeff) in &MOON_TERMS {
        let arg = f64::from(cd) * d + f64::from(cm) * m + f64::from(cmp) * mp + f64::from(cf) * f;
        let scale = e.powi(i32::from(cm.unsigned_abs()));
        sum += f64::from(coeff) * scale * arg.to_radians().sin();
    }
    let a1 = (119.75 + 131.849 * t).to_radians();
    let a2 = (53.09 + 479_264.290 * t).to_radians();
    sum += 3958.0 * a1.sin() + 1962.0 * (lp - f).to_radians().sin() + 318.0 * a2.sin();
    let omega = (125.04 - 1934.136 * t).to_radians();
    (lp + sum / 1e6 - 0.00478 * omega.sin()).rem_euclid(360.0)
}

/// The Lahiri ayanamsa, degrees: the sidereal zodiac's offset from the tropical one.
fn ayanamsa(jd: f64) -> f64 {
    23.853 + 50.29 / 3600.0 * (jd - J2000) / 365.25
}

/// The Sun's sidereal (Lahiri) longitude, 0–360°.
fn sidereal_sun(jd: f64) -> f64 {
    (sun_longitude(jd) - ayanamsa(jd)).rem_euclid(360.0)
}

/// Julian Day (UT) of 00:00 IST on civil day `d`.
fn date_jd(d: Date) -> f64 {
    let days = d
        .since(Date::constant(1970, 1, 1))
        .map_or(0, |s| s.get_days());
    UNIX_EPOCH_JD + f64::from(days) - IST
}

/// The civil day (IST) containing instant `jd`.
fn civil_day(jd: f64) -> Option<Date> {
    let days = (jd + IST - UNIX_EPOCH_JD).floor() as i64;
    Date::constant(1970, 1, 1)
        .checked_add(jiff::Span::new().days(days))
        .ok()
}

/// Sunrise and sunset at New Delhi on civil day `d`, as Julian Days (UT).
fn sun_rise_set(d: Date) -> (f64, f64) {
    // The Sun at local noon, about 12:00 minus the longitude's offset from 82.5° E (IST).
    let noon = date_jd(d) + 0.5 + (82.5 - LONGITUDE) / 360.0;
    let t = centuries(noon);
    let lambda = sun_longitude(noon).to_radians();
    let eps = (23.439_291 - 0.013_004 * t).to_radians();
    let decl = (eps.sin() * lambda.sin()).asin();
    let alpha = (eps.cos() * lambda.sin()).atan2(lambda.cos()).to_degrees();
    let l0 = 280.46646 + 36000.76983 * t;
    // Equation of time, degrees (the Sun's hour angle at mean noon).
    let eot = signed(l0 - 0.0057183 - alpha);
    // Solar transit in UT: 12:00 local mean time less the equation of time.
    let midnight_ut = date_jd(d) + IST;
    let transit = midnight_ut + (180.0 - LONGITUDE - eot) / 360.0;
    let phi = LATITUDE.to_radians();
    let h0 = ((-0.833_f64).to_radians().sin() - phi.sin() * decl.sin()) / (phi.cos() * decl.cos());
    let h0 = h0.clamp(-1.0, 1.0).acos().to_degrees() / 360.0;
    (transit - h0, transit + h0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hhmm_ist(jd: f64) -> String {
        let minutes = ((jd + IST - UNIX_EPOCH_JD).rem_euclid(1.0) * 1440.0).round() as i64;
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    #[test]
    fn new_moons_and_sunrise_fall_where_almanacs_give_them() {
        // The new moon of the total solar eclipse, 2024-04-08 18:21 UT = 23:51 IST.
        let nm = new_moon_before(date_jd(Date::constant(2024, 4, 10)));
        assert_eq!(civil_day(nm), Some(Date::constant(2024, 4, 8)));
        assert_eq!(hhmm_ist(nm).get(..4), Some("23:5"));
        // Sunrise in New Delhi: about 07:14 IST on 1 January, 05:23 on 21 June.
        let (rise, _) = sun_rise_set(Date::constant(2025, 1, 1));
        assert_eq!(hhmm_ist(rise).get(..4), Some("07:1"));
        let (rise, set) = sun_rise_set(Date::constant(2025, 6, 21));
        assert_eq!(hhmm_ist(rise).get(..4), Some("05:2"));
        assert_eq!(hhmm_ist(set).get(..4), Some("19:2"));
    }

    #[test]
    fn festivals_fall_on_their_almanac_days() {
        // (month, tithi, moment, year, the almanac's day): Diwali is Ashvin amavasya in the
        // evening, Raksha Bandhan Shravana purnima, Ganesh Chaturthi Bhadrapada shukla
        // chaturthi at noon, Maha Shivaratri Magha krishna chaturdashi at midnight; 2020 had
        // a leap Ashvin (18 September – 16 October), so Navaratri began on 17 October.
        let cases = [
            (7, 30, Moment::Evening, 2023, Date::constant(2023, 11, 12)),
            (7, 30, Moment::Evening, 2025, Date::constant(2025, 10, 20)),
            (5, 15, Moment::Sunrise, 2025, Date::constant(2025, 8, 9)),
            (6, 4, Moment::Noon, 2025, Date::constant(2025, 8, 27)),
            (11, 29, Moment::Midnight, 2025, Date::constant(2025, 2, 26)),
            (7, 1, Moment::Sunrise, 2020, Date::constant(2020, 10, 17)),
        ];
        for (month, tithi, moment, y, want) in cases {
            let day = LunarDay {
                month,
                tithi,
                moment,
            };
            assert_eq!(day.in_year(y), [want], "{day:?} in {y}");
        }
    }

    #[test]
    fn sankranti_counts_an_entry_after_the_cutoff_to_the_next_day() {
        // Makar Sankranti (Makara, 10): 14 January 2025.
        assert_eq!(
            sankranti(2025, 10, Moment::Sunset),
            Some(Date::constant(2025, 1, 14))
        );
        // Mesha sankranti (Vaisakhi): 14 April 2025.
        assert_eq!(
            sankranti(2025, 1, Moment::Sunset),
            Some(Date::constant(2025, 4, 14))
        );
    }
}
