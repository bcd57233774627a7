//! Lexicons: the editable data behind extraction (month names, number words, scale words,
//! units, abbreviations, qualifiers, counted nouns, date words and key entities).
//!
//! Every lexicon is a tab-separated file in `lexicons/`. Lines starting with `#` and blank
//! lines are ignored. The files are compiled into the binary as defaults
//! ([`Lexicons::embedded`]); [`Lexicons::load_dir`] reads a folder in which any file present
//! replaces the default of the same name, so a user can override one lexicon and keep the rest.

use crate::calendars::hindu::{LunarDay, Moment};
use crate::calendars::{Calendar, CalendarMonth};
use crate::Lang;
use std::fmt;
use std::path::{Path, PathBuf};

/// The lexicon files, by name, with their embedded default contents.
pub const FILES: &[(&str, &str)] = &[
    ("months.tsv", include_str!("../lexicons/months.tsv")),
    (
        "roman_months.tsv",
        include_str!("../lexicons/roman_months.tsv"),
    ),
    (
        "number_words.tsv",
        include_str!("../lexicons/number_words.tsv"),
    ),
    ("scales.tsv", include_str!("../lexicons/scales.tsv")),
    ("units.tsv", include_str!("../lexicons/units.tsv")),
    (
        "abbreviations.tsv",
        include_str!("../lexicons/abbreviations.tsv"),
    ),
    (
        "sentence_starters.tsv",
        include_str!("../lexicons/sentence_starters.tsv"),
    ),
    ("qualifiers.tsv", include_str!("../lexicons/qualifiers.tsv")),
    ("nouns.tsv", include_str!("../lexicons/nouns.tsv")),
    ("date_words.tsv", include_str!("../lexicons/date_words.tsv")),
    ("weekdays.tsv", include_str!("../lexicons/weekdays.tsv")),
    ("relative.tsv", include_str!("../lexicons/relative.tsv")),
    ("dayparts.tsv", include_str!("../lexicons/dayparts.tsv")),
    (
        "conversions.tsv",
        include_str!("../lexicons/conversions.tsv"),
    ),
    ("entities.tsv", include_str!("../lexicons/entities.tsv")),
    ("hyphenated.tsv", include_str!("../lexicons/hyphenated.tsv")),
    ("holidays.tsv", include_str!("../lexicons/holidays.tsv")),
    ("time_zones.tsv", include_str!("../lexicons/time_zones.tsv")),
];

/// An error in a lexicon file: which file, which 1-based line, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The file name (e.g. `months.tsv`), or its path when read from a folder.
    pub file: String,
    /// 1-based line number; 0 when the file as a whole could not be read.
    pub line: usize,
    /// What is wrong, in plain words.
    pub reason: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        }
    }
}

impl std::error::Error for LexiconError {}

/// A month name as written: `grudnia` → 12.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthForm {
    /// Language of the form.
    pub lang: Lang,
    /// The form as written (matched case-insensitively).
    pub form: String,
    /// Month number, 1–12.
    pub month: u8,
    /// Whether the form is an abbreviation (`sty`, `Sept`; the fourth column says
    /// `abbreviation`). A month alone ("w marcu", "in March") is read only from full names.
    pub abbreviation: bool,
}

/// The role of a number word in composing a number (see `number_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWordKind {
    /// 1–9.
    Unit,
    /// 10–19 (and "dozen").
    Teen,
    /// 20–90.
    Ten,
    /// A complete hundred (sto, dwieście, ...).
    Hundred,
    /// English "hundred": multiplies what stands before it.
    HundredStep,
    /// A fraction such as półtora (1.5).
    Fraction,
    /// Taken only inside a longer number or before a scale word (jeden, one, pół).
    Weak,
    /// Spoken decimal point: przecinek, point.
    Point,
    /// A conjunction inside a number: i, and.
    And,
    /// An ordinal scale word (tysięczny, thousandth); cardinal scale words are in scales.tsv.
    Scale,
    /// An ordinal ending glued to digits (th, ty, szy, tego).
    Suffix,
    /// A determiner before an ordinal that needs one (the, a, every).
    Determiner,
    /// A word after which a Roman numeral is an ordinal: wieku, w., -wieczny (XIX wieku,
    /// XXI w., XIX-wieczny = 19th, 21st). Its value is unused; a form ending in `*` takes any
    /// ending.
    Century,
    /// The stem a number takes as the first part of a compound word (dwu-, dziesięcio-, stu-):
    /// prefixes joined before an ordinal scale word give one ordinal (`dziesięciotysięczny` =
    /// 10000th, `dwudziestopięciotysięczny` = 25000th).
    Prefix,
}

/// A number word: `pięciu` → 5, kind unit.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberWord {
    /// Language of the form.
    pub lang: Lang,
    /// Lower-case form.
    pub form: String,
    /// The value as a decimal string (`5`, `1.5`).
    pub value: String,
    /// Its role in composition.
    pub kind: NumberWordKind,
    /// An ordinal form (piąty, fifth).
    pub ordinal: bool,
    /// Counts only after a determiner or inside a longer number (kind written with a `det_`
    /// prefix: "second" in "the second stage", not in "I second that").
    pub needs_determiner: bool,
}

/// A scale word or abbreviation: `tys.` → 1000.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleWord {
    /// Language of the form.
    pub lang: Lang,
    /// The form as written (matched case-insensitively, except one-letter forms such as `k`
    /// and `m`, which are matched only in lower case and only glued to digits or after them).
    pub form: String,
    /// The power of ten it multiplies by (3 for thousand, 6 for million, ...).
    pub exponent: u32,
    /// The word by itself means one of it (tysiąc = 1000); plurals (tysiące) do not.
    pub alone: bool,
}

/// Where a unit marker stands relative to its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitPosition {
    /// Before the number: `PLN 12`, `$5`.
    Before,
    /// After the number: `12 zł`, `15%`.
    After,
    /// Either side.
    Both,
}

/// A unit, currency or percent marker: `zł` → `PLN`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitMarker {
    /// The marker as written.
    pub marker: String,
    /// Normalised unit id (`PLN`, `EUR`, `percent`, `km`, ...).
    pub unit: String,
    /// Where it may stand.
    pub position: UnitPosition,
    /// Multiplies the value into the unit's base (`g` → `kg`: 0.001); `None` for 1.
    pub factor: Option<crate::decimal::Decimal>,
}

/// When the dot of an abbreviation can end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationEnd {
    /// The dot never ends a sentence (`ul.`, `np.`, `Dr.`).
    Never,
    /// The dot ends a sentence when the next word begins with a capital (`r.`, `tys.`, `etc.`);
    /// in English, only when that word is a sentence starter (`sentence_starters.tsv`).
    IfCapital,
    /// The dot does not end a sentence before a number (`No. 5`, `p. 55`), and does otherwise
    /// (`He won't say no. Not really.`).
    UnlessNumber,
}

/// An abbreviation with a dot (or a short form such as `nr`) that does not by itself end a
/// sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Abbreviation {
    /// Language.
    pub lang: Lang,
    /// As written, case-sensitive, including its dots.
    pub form: String,
    /// When its dot may end a sentence.
    pub ends: AbbreviationEnd,
}

/// A qualifier before a number: `ponad` → `more_than`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qualifier {
    /// Language.
    pub lang: Lang,
    /// Lower-case form, possibly several words (`co najmniej`).
    pub form: String,
    /// Class id; equal classes are equivalent across languages.
    pub class: String,
}

/// A counted-noun form: `miast*` → concept `city`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NounForm {
    /// Language.
    pub lang: Lang,
    /// Lower-case form without the trailing `*`.
    pub form: String,
    /// Whether the form is a prefix (written with a trailing `*`).
    pub prefix: bool,
    /// Concept id shared by both languages (`city`).
    pub concept: String,
}

/// The role of a date word (see `date_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateWordRole {
    /// Before a year: w 2022, in 2022, since 2008.
    YearBefore,
    /// After a year: 2008 r., 2022 roku.
    YearAfter,
    /// After a year, or before it: a year before the common era (50 p.n.e., 2014 BC),
    /// normalised as ISO 8601 counts them (1 BC is year 0000, 50 BC is -0049).
    EraBefore,
    /// After a year, or before it: a year of the common era (14 n.e., 14 A.D., AD 79).
    EraCommon,
    /// Before a range of years: w latach 2021–2027.
    YearsBefore,
    /// Opens a range: od, from.
    RangeFrom,
    /// Closes a range: do, to.
    RangeTo,
    /// Joins days in a list: i, and.
    ListAnd,
    /// A quarter of the year after its number, in the singular: III kwartał, third quarter.
    Quarter,
    /// Before a month or a year, its first part: na początku marca, early March, the
    /// beginning of 2017 (days 1–10 of a month, January–March of a year, Monday–Wednesday of
    /// a week; Duckling's reading).
    PartStart,
    /// Before a month or a year, its middle: w połowie marca, mid-March (days 11–20 of a
    /// month, May–August of a year).
    PartMiddle,
    /// Before a month or a year, its last part: pod koniec marca, late March, the end of
    /// 2012 (days 21 to the last of a month, September–December of a year, Friday–Sunday of
    /// a week; Duckling's reading).
    PartEnd,
    /// Before a month, a year or a relative week, month or year, makes the whole of it a
    /// deadline: do końca marca, by the end of the year (the period, qualified `until`).
    Deadline,
    /// Right before a date or time, makes it the start of an open period: od, since, after,
    /// from (od 1 lipca, since 2014, after 2 pm).
    BoundFrom,
    /// Right before a date or time, makes it the end of an open period: do, until, by,
    /// before (do 15 marca, until 2:00pm, before 11 am).
    BoundUntil,
    /// A season, with its first and last day as (month, day): latem, summer = 21 June to
    /// 23 September. A season whose last day comes before its first (winter) ends the
    /// next year.
    Season((u8, u8), (u8, u8)),
    /// A season word read as one only after this, next or last (`tego lata` is this summer,
    /// but `lata 2021–2027` are years): as [`DateWordRole::Season`].
    SeasonAfterModifier((u8, u8), (u8, u8)),
    /// An abbreviation for a part word and a unit, matched only in the letter case written
    /// (EOM = the end of the month, BOY = the beginning of the year): the part of the current
    /// unit; after a bound_until word (by EOM, until EOY) the whole unit as a deadline.
    PartAbbreviation(PeriodPart, RelativeUnit),
    /// A form written like a short numeric date that is none: `24/7` (all the time), which
    /// would otherwise read as 24 July (English short dates, day and month only).
    NotADate,
    /// A word before an English short numeric date without a year that makes it a date:
    /// `on 2/15` (a bound word, a weekday or a time after it do too: `until 15/2`,
    /// `Fri, 2/15`, `4/25 at 4pm`); alone, `3/15` stays a fraction.
    ShortDateBefore,
    /// Before a count and a unit beside a date or time, makes them how long the period
    /// starting there lasts: `18th Dec for 10 days`, `od 18 grudnia przez 10 dni`.
    DurationFor,
    /// Right before a day, makes the week (Monday–Sunday) it falls in: `the week of October
    /// 7th` = 2013-10-07/2013-10-13.
    WeekOf,
    /// After a count of units and before a day, that many units later (`offset_after`:
    /// three days after Easter, 3 dni po Wielkanocy) or earlier (`offset_before`: two
    /// weeks before 5 May): the sign, +1 or -1.
    Offset(i8),
}

/// A part of a period named by a [`DateWordRole::PartAbbreviation`]: as the part_start,
/// part_middle and part_end words read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodPart {
    /// The first part (part_start).
    Start,
    /// The middle (part_middle).
    Middle,
    /// The last part (part_end).
    End,
}

/// A date word: `w` → year_before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateWord {
    /// Language.
    pub lang: Lang,
    /// The form, matched case-insensitively.
    pub form: String,
    /// Its role.
    pub role: DateWordRole,
}

/// What a relative date word means (see `relative.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelativeMeaning {
    /// The reference day plus this many days (jutro = +1).
    Day(i32),
    /// next / last / this, before a weekday or a unit. Before a weekday, next is that day of
    /// the week after the reference's (w przyszły piątek, next Friday: Duckling's reading);
    /// see [`RelativeMeaning::Nearest`] for the first one after the reference.
    Next,
    /// najbliższy, coming: before a weekday, the first one after the reference (w najbliższą
    /// sobotę); before a unit, as [`RelativeMeaning::Next`].
    Nearest,
    /// See [`RelativeMeaning::Next`].
    Last,
    /// See [`RelativeMeaning::Next`].
    This,
    /// `to`: as [`RelativeMeaning::This`], but only before a season word (to lato); anywhere
    /// else it is a pronoun (był to rok zmian).
    ThisSeason,
    /// A unit: day, week, month, quarter or year.
    Unit(RelativeUnit),
    /// A word for this many of a unit (fortnight = 2 weeks): counted as the unit times this
    /// (a fortnight ago, in 3 fortnights, the next fortnight).
    UnitTimes(RelativeUnit, u8),
    /// `za`, `in`: a count of units after the reference.
    In,
    /// `temu`, `ago`: a count of units before the reference.
    Ago,
    /// `od dziś`, `from now`, `hence`: a count of units after the reference, written after
    /// them (3 lata od dziś, 2 weeks from now).
    Hence,
    /// This (0), last (-1) or next (+1) year as one word (tegoroczny, ubiegłoroczny).
    Year(i32),
    /// A time of day as a word: noon = 12:00, północ = 00:00 (hour, minute).
    Time(u8, u8),
    /// A part of the day after an hour, which settles a 12-hour reading.
    Daypart(Daypart),
    /// A unit of the clock, in seconds (second = 1, minute = 60, hour = 3600, kwadrans =
    /// 900; `clock:N` in relative.tsv gives N minutes, `clock:Ns` N seconds): counted from a
    /// reference time of day (in 2 minutes, 3 godziny temu, in a sec), which a release's
    /// date line does not give.
    Clock(u32),
    /// `w`: before a count of clock units only, that many after the reference time (w 2
    /// minuty, w pół godziny); before days or weeks it says how long something took.
    InClock,
    /// `teraz`, `now`: the reference time itself; resolved only with a reference time of day.
    Now,
    /// After a weekday: that weekday of the next week (środa za tydzień, Friday after next),
    /// as [`RelativeMeaning::Next`] before it.
    NextAfter,
    /// A vague count of units in a relative date, read as this many (a couple of = 2, a few
    /// = 3, kilka = 3: Duckling's reading); the date is reported with the qualifier `about`.
    /// No number elsewhere.
    Count(u8),
}

/// A part of the day named without an hour (`wieczorem`, `this evening`): a row of
/// `dayparts.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaypartForm {
    /// The language of the form.
    pub lang: Lang,
    /// The form, as written in the file (matched case-insensitively as whole words).
    pub form: String,
    /// First time of day (hour 0–23, minute).
    pub from: (u8, u8),
    /// Last time of day (hour 0–24, minute; `(24, 0)` is midnight at the end).
    pub to: (u8, u8),
    /// Where the form names a part of the day.
    pub usage: DaypartUse,
}

/// Column `use` of `dayparts.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DaypartUse {
    /// On its own (`wieczorem`, `in the afternoon`).
    Alone,
    /// Only after a day word, a weekday or "ten"/"this" (`jutrzejszy wieczór`, `this
    /// evening`).
    AfterDay,
    /// On its own, on the reference day plus this many days (`tonight` = 0, `last night` =
    /// -1), reported as a date too.
    Day(i32),
    /// Only right before a date (`the morning of 15 February`, `morning of Christmas`):
    /// otherwise it is a noun of another sense (an evening of music).
    BeforeDate,
}

/// A part of the day written after an hour (`8 wieczorem`, `3 in the afternoon`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Daypart {
    /// Morning (rano, in the morning): 1–11 stay, 12 is 00.
    Am,
    /// Afternoon (po południu, in the afternoon, pm): 1–11 become 13–23, 12 stays (noon).
    Pm,
    /// Evening (wieczorem, this evening): 1–11 become 13–23, 12 is midnight, 00.
    Evening,
    /// Night (w nocy, at night): 6–11 become 18–23, 12 is 00, 1–5 stay.
    Night,
}

impl Daypart {
    /// The hour (0–23) that `h`, written on a 12-hour dial (1–12), means in this part of the
    /// day; `None` for an hour outside 1–12.
    pub fn to_24h(self, h: u8) -> Option<u8> {
        if !(1..=12).contains(&h) {
            return None;
        }
        Some(match (self, h) {
            (Daypart::Am | Daypart::Night, 12) => 0,
            (Daypart::Am, h) => h,
            (Daypart::Pm, 12) => 12,
            (Daypart::Evening, 12) => 0,
            (Daypart::Pm | Daypart::Evening, h) => h + 12,
            (Daypart::Night, h) if h >= 6 => h + 12,
            (Daypart::Night, h) => h,
        })
    }
}

/// A calendar unit in relative dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelativeUnit {
    /// A day.
    Day,
    /// A week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// A quarter of the calendar year: January–March, April–June, July–September,
    /// October–December.
    Quarter,
    /// A weekend: the Saturday and Sunday of a week (Monday to Sunday), so "this weekend"
    /// on a Tuesday is the coming one.
    Weekend,
}

/// A key entity with its forms in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id used in reports (`council-of-europe`).
    pub id: String,
    /// institution, programme, place, person, network or document.
    pub kind: String,
    /// Polish forms, every inflected form that occurs.
    pub pl: Vec<String>,
    /// English forms.
    pub en: Vec<String>,
}

/// All lexicons, parsed. Build once per run and share; extraction compiles its automata and
/// regexes from it in [`crate::extract::Extractor::new`].
#[derive(Debug, Clone, Default)]
pub struct Lexicons {
    /// Month names (Polish in every case used in dates, English names and abbreviations).
    pub months: Vec<MonthForm>,
    /// Roman-numeral months: (`XII`, 12).
    pub roman_months: Vec<(String, u8)>,
    /// Cardinal number words.
    pub number_words: Vec<NumberWord>,
    /// Scale words and abbreviations.
    pub scales: Vec<ScaleWord>,
    /// Unit, currency and percent markers.
    pub units: Vec<UnitMarker>,
    /// Abbreviations that do not end a sentence.
    pub abbreviations: Vec<Abbreviation>,
    /// Words that start a sentence after an `if_capital` abbreviation, by language (English).
    pub sentence_starters: Vec<(Lang, String)>,
    /// Qualifiers before numbers.
    pub qualifiers: Vec<Qualifier>,
    /// Counted nouns.
    pub nouns: Vec<NounForm>,
    /// Date words.
    pub date_words: Vec<DateWord>,
    /// Weekday names: (language, form, 1 = Monday … 7 = Sunday).
    pub weekdays: Vec<(Lang, String, u8)>,
    /// The weekday forms that name a day standing alone (w piątek, pon.), not only next to a
    /// date: column `alone` of `weekdays.tsv`, by default every form but those ending with a
    /// dot ("pt." is also "pod tytułem").
    pub weekdays_alone: Vec<String>,
    /// Unit conversions: (from, to, factor, offset), `to = from × factor + offset`.
    pub conversions: Vec<(String, String, f64, f64)>,
    /// Relative date words: (language, form, meaning as in `relative.tsv`).
    pub relative: Vec<(Lang, String, RelativeMeaning)>,
    /// Parts of the day named without an hour (`dayparts.tsv`).
    pub dayparts: Vec<DaypartForm>,
    /// Key entities.
    pub entities: Vec<Entity>,
    /// Left parts of hyphenated compounds that keep their hyphen at a line break
    /// (`hyphenated.tsv`: `polsko`), any language.
    pub hyphenated: Vec<String>,
    /// Named days and seasons of the year (`holidays.tsv`): Wigilia, Wielkanoc, Christmas.
    pub holidays: Vec<Holiday>,
    /// Time zones written after a time (`time_zones.tsv`): (`CET`, offset east of UTC in
    /// minutes, 60).
    pub time_zones: Vec<(String, i16)>,
}

/// A named day (or run of days) of the year, as a row of `holidays.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// Language of the form.
    pub lang: Lang,
    /// The form as written (`Bożego Narodzenia`, `Easter Monday`).
    pub form: String,
    /// When it falls.
    pub rule: HolidayRule,
    /// Whether the form must match in the letter case written (`Lent`, not "lent").
    pub exact_case: bool,
    /// Whether the form is also a given name (`Sylwester`): it is no holiday when a
    /// capitalised word (a surname) follows.
    pub also_name: bool,
}

/// When a holiday falls in a given year.
///
/// Rules, as written in `holidays.tsv`:
/// - `fixed:MM-DD`: the same day every year (`fixed:12-24`);
/// - `easter:N` or `easter:A..B`: N days after Western (Gregorian) Easter Sunday, or the days
///   A to B after it, both included (`easter:-2` Good Friday, `easter:-46..-1` Lent);
/// - `orthodox:N` or `orthodox:A..B`: the same from Orthodox (Julian) Easter, as a
///   Gregorian date;
/// - `nth:N:W:MM` or `nth:N:W:MM:D`: the N-th weekday W (1 Monday … 7 Sunday) of month MM,
///   N from 1 to 5 or -1 for the last, then D days more (`nth:4:4:11` Thanksgiving,
///   `nth:4:4:11:1` Black Friday);
/// - `hebrew:MM-DD`, `hijri:MM-DD`, `chinese:MM-DD`: day DD of month MM of the Hebrew, Hijri
///   (Umm al-Qura) or Chinese calendar, months numbered as CLDR's month codes (see
///   [`crate::calendars`]: Hebrew 01 Tishri … 12 Elul, `05L` Adar I); then optionally
///   - `:A..B` or `:N`: the days A to B (or the day N) after it (`hebrew:03-25:0..7`, the
///     eight days of Hanukkah);
///   - `MM` alone, no day: the whole month (`hijri:09`, Ramadan);
///   - `,sat+1`, `,fri-1` …: when the day falls on that weekday (mon … sun), it moves by
///     that many days (`hebrew:11-09,sat+1`: Tisha B'Av is not kept on a Sabbath);
/// - `fixed:MM-DD,sun-1,…`: a fixed day moved by that many days when it falls on that
///   weekday (`fixed:04-27,sun-1`, King's Day);
/// - `hindu:MM-TT`: tithi TT (1–30) of amanta month MM (01 Chaitra … 12 Phalguna) of the Hindu
///   lunisolar calendar, on the day it prevails at sunrise, or at `@noon`, `@afternoon`,
///   `@sunset`, `@evening`, `@midnight` (`hindu:07-30@evening`, Diwali); then optionally
///   `:A..B` or `:N` as above (see [`crate::calendars::hindu`]);
/// - `sankranti:SS`: the day the Sun enters sidereal sign SS (01 Mesha … 12 Mina), or the next
///   day when that is after sunset (`@midnight`: after midnight); then `:A..B` or `:N`
///   (`sankranti:10`, Makar Sankranti; `sankranti:01@midnight:25`, 25 Boishakh);
/// - `nakshatra:NN-SS`: the first day whose sunrise finds the Moon in nakshatra NN (01 Ashvini
///   … 27 Revati) and the Sun in sign SS (`nakshatra:22-05`, Onam);
/// - `shahenshahi:MM-DD`: day DD of month MM of the Zoroastrian Shahenshahi calendar
///   (`shahenshahi:01-01`, the Parsi New Year);
/// - `lunar`: named, but set by a calendar that the rules cannot compute: no date is
///   reported, and its name is not read as another holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    /// Set by a calendar the rules cannot compute: no date.
    Lunar,
    /// A day of the Hindu lunisolar or sidereal solar calendar, then a run of days.
    Hindu(HinduRule),
    /// Month 1–12 and day 1–30 of the Zoroastrian Shahenshahi calendar.
    Shahenshahi(u8, u8),
    /// A fixed day (month 1–12, day 1–31) moved when it falls on a given weekday.
    Observed {
        /// 1–12.
        month: u8,
        /// 1–31.
        day: u8,
        /// When the day falls on weekday `.0` (1 Monday … 7 Sunday) it moves by `.1` days;
        /// `.0 == 0` is an unused slot.
        moves: [(u8, i8); 7],
    },
    /// A day or month of the Hebrew, Hijri or Chinese calendar.
    Calendar(CalendarRule),
    /// Month 1–12 and day 1–31.
    Fixed(u8, u8),
    /// Days after Western Easter: first and last (equal for one day).
    Easter(i16, i16),
    /// Days after Orthodox Easter: first and last.
    Orthodox(i16, i16),
    /// The n-th (−1 last) weekday (1 Monday … 7 Sunday) of a month, plus days.
    Nth {
        /// 1–5, or −1 for the last.
        n: i8,
        /// 1 Monday … 7 Sunday.
        weekday: u8,
        /// 1–12.
        month: u8,
        /// Days added after that weekday.
        offset: i8,
    },
}

/// A holiday set by the Hindu calendar (rules `hindu:`, `sankranti:`, `nakshatra:` of
/// `holidays.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HinduRule {
    /// The day that sets it.
    pub day: HinduDay,
    /// The first and last day covered, counted in days after that day.
    pub days: (i16, i16),
}

/// The day of the Hindu calendar a [`HinduRule`] counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HinduDay {
    /// A tithi of a lunar month.
    Lunar(LunarDay),
    /// The Sun's entry into a sidereal sign (1 Mesha … 12 Mina), counted to the next day
    /// after the moment given.
    Sankranti(u8, Moment),
    /// The first sunrise with the Moon in nakshatra `.0` (1–27) and the Sun in sign `.1`.
    Nakshatra(u8, u8),
}

impl HinduRule {
    /// Parses the part after `hindu:`, `sankranti:` or `nakshatra:` (`kind`).
    fn parse(kind: &str, s: &str) -> Option<HinduRule> {
        let (s, days) = match s.split_once(':') {
            Some((d, r)) => (d, parse_days(r)?),
            None => (s, (0, 0)),
        };
        let (s, moment) = match s.split_once('@') {
            Some((d, m)) => (d, Some(Moment::parse(m)?)),
            None => (s, None),
        };
        let number = |n: &str, max: u8| n.parse().ok().filter(|n| (1..=max).contains(n));
        let day = match kind {
            "hindu" => {
                let (m, t) = s.split_once('-')?;
                HinduDay::Lunar(LunarDay {
                    month: number(m, 12)?,
                    tithi: number(t, 30)?,
                    moment: moment.unwrap_or(Moment::Sunrise),
                })
            }
            "sankranti" => HinduDay::Sankranti(number(s, 12)?, moment.unwrap_or(Moment::Sunset)),
            "nakshatra" if moment.is_none() => {
                let (n, sign) = s.split_once('-')?;
                HinduDay::Nakshatra(number(n, 27)?, number(sign, 12)?)
            }
            _ => return None,
        };
        Some(HinduRule { day, days })
    }

    /// Its first and last days in Gregorian year `y`.
    fn in_year(self, y: i32) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
        use crate::calendars::hindu;
        let y = i16::try_from(y).ok()?;
        let day = match self.day {
            HinduDay::Lunar(day) => day.in_year(y).into_iter().next()?,
            HinduDay::Sankranti(sign, cutoff) => hindu::sankranti(y, sign, cutoff)?,
            HinduDay::Nakshatra(n, sign) => hindu::nakshatra_in_sign(y, n, sign)?,
        };
        let plus = |n: i16| day.checked_add(jiff::Span::new().days(i64::from(n))).ok();
        Some((plus(self.days.0)?, plus(self.days.1)?))
    }
}

/// Parses postponements `sat+1`, `sun-1` (at most seven) into weekday and days.
fn parse_moves<'a>(parts: impl Iterator<Item = &'a str>) -> Option<[(u8, i8); 7]> {
    let mut moves = [(0, 0); 7];
    let mut parts = parts.peekable();
    for slot in moves.iter_mut() {
        let Some(m) = parts.next() else { break };
        let at = m.find(['+', '-'])?;
        let weekday = WEEKDAYS.iter().position(|w| *w == &m[..at])? as u8 + 1;
        *slot = (weekday, m[at..].trim_start_matches('+').parse().ok()?);
    }
    parts.peek().is_none().then_some(moves)
}

/// The days a date moves by under postponements `moves` (0 when none applies).
fn moved_by(date: jiff::civil::Date, moves: &[(u8, i8); 7]) -> i64 {
    let weekday = date.weekday().to_monday_one_offset() as u8;
    moves
        .iter()
        .find(|(w, _)| *w == weekday)
        .map_or(0, |m| i64::from(m.1))
}

/// A holiday set by the Hebrew, Hijri or Chinese calendar (rules `hebrew:`, `hijri:`,
/// `chinese:` of `holidays.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarRule {
    /// The month.
    pub month: CalendarMonth,
    /// Day 1–30 of the month, or `None` for the whole month.
    pub day: Option<u8>,
    /// The first and last day covered, counted in days after `day` (0 and 0 for the day
    /// alone).
    pub days: (i16, i16),
    /// Postponements: when `day` falls on weekday `.0` (1 Monday … 7 Sunday), it moves by
    /// `.1` days; `.0 == 0` is an unused slot.
    pub moves: [(u8, i8); 7],
}

impl CalendarRule {
    /// Parses the part after `hebrew:`, `hijri:` or `chinese:`.
    fn parse(calendar: Calendar, s: &str) -> Option<CalendarRule> {
        let mut parts = s.split(',');
        let date = parts.next()?;
        let (date, days) = match date.split_once(':') {
            Some((d, r)) => (d, parse_days(r)?),
            None => (date, (0, 0)),
        };
        let (month, day) = match date.split_once('-') {
            Some((m, d)) => (m, Some(d.parse().ok().filter(|d| (1..=30).contains(d))?)),
            None => (date, None),
        };
        let (number, leap) = match month.strip_suffix('L') {
            Some(m) => (m, true),
            None => (month, false),
        };
        let number: u8 = number.parse().ok().filter(|m| (1..=12).contains(m))?;
        if leap && calendar == Calendar::Hijri {
            return None;
        }
        let moves = parse_moves(parts)?;
        Some(CalendarRule {
            month: CalendarMonth {
                calendar,
                number,
                leap,
            },
            day,
            days,
            moves,
        })
    }

    /// Its first and last days in Gregorian year `y`: the earliest occurrence whose first
    /// day falls in `y`.
    fn in_year(self, y: i32) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
        let plus = |d: jiff::civil::Date, n: i64| d.checked_add(jiff::Span::new().days(n)).ok();
        self.month
            .occurrences(y, self.day)
            .into_iter()
            .filter_map(|(first, last)| {
                let moved = moved_by(first, &self.moves);
                let (a, b) = (i64::from(self.days.0), i64::from(self.days.1));
                Some((plus(first, moved + a)?, plus(last, moved + b)?))
            })
            .find(|(first, _)| i32::from(first.year()) == y)
    }
}

/// Weekday abbreviations of the postponements in calendar rules, Monday first.
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// `A..B` (A ≤ B) or `N` as a first and last day.
fn parse_days(r: &str) -> Option<(i16, i16)> {
    match r.split_once("..") {
        Some((a, b)) => {
            let (a, b) = (a.parse().ok()?, b.parse().ok()?);
            (a <= b).then_some((a, b))
        }
        None => {
            let n = r.parse().ok()?;
            Some((n, n))
        }
    }
}

impl HolidayRule {
    /// Parses a rule as written in `holidays.tsv`; `None` when it is malformed.
    pub fn parse(s: &str) -> Option<HolidayRule> {
        if s == "lunar" {
            return Some(HolidayRule::Lunar);
        }
        let (kind, rest) = s.split_once(':')?;
        let days = parse_days;
        match kind {
            "fixed" => {
                let mut parts = rest.split(',');
                let (m, d) = parts.next()?.split_once('-')?;
                let (m, d): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
                jiff::civil::Date::new(2024, m as i8, d as i8).ok()?;
                let moves = parse_moves(parts)?;
                Some(if moves[0].0 == 0 {
                    HolidayRule::Fixed(m, d)
                } else {
                    HolidayRule::Observed {
                        month: m,
                        day: d,
                        moves,
                    }
                })
            }
            "hindu" | "sankranti" | "nakshatra" => {
                HinduRule::parse(kind, rest).map(HolidayRule::Hindu)
            }
            "shahenshahi" => {
                let (m, d) = rest.split_once('-')?;
                let (m, d): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
                crate::calendars::shahenshahi(2024, m, d)?;
                Some(HolidayRule::Shahenshahi(m, d))
            }
            "easter" => days(rest).map(|(a, b)| HolidayRule::Easter(a, b)),
            "orthodox" => days(rest).map(|(a, b)| HolidayRule::Orthodox(a, b)),
            "hebrew" => CalendarRule::parse(Calendar::Hebrew, rest).map(HolidayRule::Calendar),
            "hijri" => CalendarRule::parse(Calendar::Hijri, rest).map(HolidayRule::Calendar),
            "chinese" => CalendarRule::parse(Calendar::Chinese, rest).map(HolidayRule::Calendar),
            "nth" => {
                let f: Vec<&str> = rest.split(':').collect();
                if !(3..=4).contains(&f.len()) {
                    return None;
                }
                let n: i8 = f[0]
                    .parse()
                    .ok()
                    .filter(|n| (1..=5).contains(n) || *n == -1)?;
                let weekday: u8 = f[1].parse().ok().filter(|w| (1..=7).contains(w))?;
                let month: u8 = f[2].parse().ok().filter(|m| (1..=12).contains(m))?;
                let offset: i8 = match f.get(3) {
                    Some(d) => d.parse().ok()?,
                    None => 0,
                };
                Some(HolidayRule::Nth {
                    n,
                    weekday,
                    month,
                    offset,
                })
            }
            _ => None,
        }
    }

    /// The first and last day it covers in year `y`, as (year, month, day); equal for a
    /// single day. `None` when the year is outside what the rule can compute (Easter before
    /// 1583, a fifth weekday the month does not have).
    pub fn in_year(self, y: i32) -> Option<(crate::extract::Ymd, crate::extract::Ymd)> {
        use jiff::civil::Date;
        let ymd = |d: Date| (d.year() as i32, d.month() as u8, d.day() as u8);
        let plus = |d: Date, n: i16| d.checked_add(jiff::Span::new().days(i64::from(n))).ok();
        let from_easter =
            |easter: Date, a: i16, b: i16| Some((ymd(plus(easter, a)?), ymd(plus(easter, b)?)));
        match self {
            HolidayRule::Lunar => None,
            HolidayRule::Hindu(rule) => {
                let (a, b) = rule.in_year(y)?;
                Some((ymd(a), ymd(b)))
            }
            HolidayRule::Shahenshahi(m, d) => {
                let date = crate::calendars::shahenshahi(y, m, d)?;
                Some((ymd(date), ymd(date)))
            }
            HolidayRule::Observed { month, day, moves } => {
                let date = Date::new(i16::try_from(y).ok()?, month as i8, day as i8).ok()?;
                let date = plus(date, moved_by(date, &moves) as i16)?;
                Some((ymd(date), ymd(date)))
            }
            HolidayRule::Calendar(rule) => {
                let (a, b) = rule.in_year(y)?;
                Some((ymd(a), ymd(b)))
            }
            HolidayRule::Fixed(m, d) => {
                let date = Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()?;
                Some((ymd(date), ymd(date)))
            }
            HolidayRule::Easter(a, b) => {
                let e = computus::gregorian(y).ok()?;
                let easter = Date::new(i16::try_from(y).ok()?, e.month as i8, e.day as i8).ok()?;
                from_easter(easter, a, b)
            }
            HolidayRule::Orthodox(a, b) => {
                // computus gives the Julian calendar date; the Gregorian one is later by the
                // calendars' drift: 13 days in 1900–2099.
                let e = computus::julian(y).ok()?;
                let julian = Date::new(i16::try_from(y).ok()?, e.month as i8, e.day as i8).ok()?;
                let drift = (y / 100 - y / 400 - 2) as i16;
                from_easter(plus(julian, drift)?, a, b)
            }
            HolidayRule::Nth {
                n,
                weekday,
                month,
                offset,
            } => {
                let wd = jiff::civil::Weekday::from_monday_one_offset(weekday as i8).ok()?;
                let first = Date::new(i16::try_from(y).ok()?, month as i8, 1).ok()?;
                let d = first.nth_weekday_of_month(n, wd).ok()?;
                let d = plus(d, i16::from(offset))?;
                Some((ymd(d), ymd(d)))
            }
        }
    }
}

/// `+HH:MM` or `-HH:MM` (hours 0–14, minutes 0–59) as minutes east of UTC.
fn parse_offset(s: &str) -> Option<i16> {
    let sign = match s.get(..1)? {
        "+" => 1,
        "-" => -1,
        _ => return None,
    };
    let (hh, mm) = s[1..].split_once(':')?;
    let (h, m): (i16, i16) = (hh.parse().ok()?, mm.parse().ok()?);
    (hh.len() == 2 && mm.len() == 2 && (0..=14).contains(&h) && (0..60).contains(&m))
        .then_some(sign * (h * 60 + m))
}

/// One data row of a TSV lexicon: its 1-based line number and its fields.
struct Row<'a> {
    line: usize,
    fields: Vec<&'a str>,
}

fn rows<'a>(text: &'a str) -> impl Iterator<Item = Row<'a>> + 'a {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        Some(Row {
            line: i + 1,
            fields: line.split('\t').map(str::trim).collect(),
        })
    })
}

fn parse_lang(s: &str) -> Option<Lang> {
    match s {
        "pl" => Some(Lang::Pl),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Parses one lexicon file into `lex`, replacing that file's part.
fn parse_file(lex: &mut Lexicons, name: &str, text: &str) -> Result<(), LexiconError> {
    let err = |line: usize, reason: String| LexiconError {
        file: name.to_string(),
        line,
        reason,
    };
    let need = |row: &Row, n: usize| -> Result<(), LexiconError> {
        if row.fields.len() < n {
            Err(err(
                row.line,
                format!(
                    "expected {n} tab-separated fields, found {}",
                    row.fields.len()
                ),
            ))
        } else {
            Ok(())
        }
    };
    let lang = |row: &Row, i: usize| -> Result<Lang, LexiconError> {
        parse_lang(row.fields[i]).ok_or_else(|| {
            err(
                row.line,
                format!("unknown language `{}` (pl or en)", row.fields[i]),
            )
        })
    };
    match name {
        "months.tsv" => {
            lex.months.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let month: u8 = row.fields[2]
                    .parse()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(|| err(row.line, "month must be 1 to 12".into()))?;
                lex.months.push(MonthForm {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_string(),
                    month,
                    abbreviation: row.fields.get(3) == Some(&"abbreviation"),
                });
            }
        }
        "roman_months.tsv" => {
            lex.roman_months.clear();
            for row in rows(text) {
                need(&row, 2)?;
                let month: u8 = row.fields[1]
                    .parse()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(|| err(row.line, "month must be 1 to 12".into()))?;
                lex.roman_months.push((row.fields[0].to_string(), month));
            }
        }
        "number_words.tsv" => {
            lex.number_words.clear();
            for row in rows(text) {
                need(&row, 4)?;
                let (needs_determiner, kind_field) = match row.fields[3].strip_prefix("det_") {
                    Some(k) => (true, k),
                    None => (false, row.fields[3]),
                };
                let (ordinal, kind_name) = match kind_field.strip_prefix("ordinal_") {
                    Some(k) => (true, k),
                    None => (false, kind_field),
                };
                let kind = match kind_name {
                    "determiner" => NumberWordKind::Determiner,
                    "point" => NumberWordKind::Point,
                    "and" => NumberWordKind::And,
                    "scale" => NumberWordKind::Scale,
                    "suffix" => NumberWordKind::Suffix,
                    "prefix" => NumberWordKind::Prefix,
                    "century" => NumberWordKind::Century,
                    "unit" => NumberWordKind::Unit,
                    "teen" => NumberWordKind::Teen,
                    "ten" => NumberWordKind::Ten,
                    "hundred" => NumberWordKind::Hundred,
                    "hundred_step" => NumberWordKind::HundredStep,
                    "fraction" => NumberWordKind::Fraction,
                    "weak" => NumberWordKind::Weak,
                    other => return Err(err(row.line, format!("unknown kind `{other}`"))),
                };
                if crate::decimal::Decimal::parse_plain(row.fields[2]).is_none() {
                    return Err(err(
                        row.line,
                        format!("value `{}` is not a number", row.fields[2]),
                    ));
                }
                lex.number_words.push(NumberWord {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_lowercase(),
                    value: row.fields[2].to_string(),
                    kind,
                    ordinal,
                    needs_determiner,
                });
            }
        }
        "scales.tsv" => {
            lex.scales.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let m = row.fields[2];
                let exponent = if m.starts_with('1') && m[1..].bytes().all(|b| b == b'0') {
                    (m.len() - 1) as u32
                } else {
                    return Err(err(
                        row.line,
                        format!("multiplier `{m}` must be a power of ten"),
                    ));
                };
                let alone = match row.fields.get(3).copied().unwrap_or("no") {
                    "yes" => true,
                    "no" | "" => false,
                    other => {
                        return Err(err(
                            row.line,
                            format!("alone must be yes or no, not `{other}`"),
                        ))
                    }
                };
                lex.scales.push(ScaleWord {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_string(),
                    exponent,
                    alone,
                });
            }
        }
        "units.tsv" => {
            lex.units.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let position = match row.fields[2] {
                    "before" => UnitPosition::Before,
                    "after" => UnitPosition::After,
                    "both" => UnitPosition::Both,
                    other => return Err(err(row.line, format!("unknown position `{other}`"))),
                };
                let factor = match row.fields.get(3).copied().filter(|f| !f.is_empty()) {
                    None => None,
                    Some(f) => {
                        Some(crate::decimal::Decimal::parse_plain(f).ok_or_else(|| {
                            err(row.line, format!("factor `{f}` is not a number"))
                        })?)
                    }
                };
                lex.units.push(UnitMarker {
                    marker: row.fields[0].to_string(),
                    unit: row.fields[1].to_string(),
                    position,
                    factor,
                });
            }
        }
        "abbreviations.tsv" => {
            lex.abbreviations.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let ends = match row.fields[2] {
                    "never" => AbbreviationEnd::Never,
                    "if_capital" => AbbreviationEnd::IfCapital,
                    "unless_number" => AbbreviationEnd::UnlessNumber,
                    other => return Err(err(row.line, format!("unknown ends_sentence `{other}`"))),
                };
                lex.abbreviations.push(Abbreviation {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_string(),
                    ends,
                });
            }
        }
        "holidays.tsv" => {
            lex.holidays.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let rule = HolidayRule::parse(row.fields[2]).ok_or_else(|| {
                    err(
                        row.line,
                        format!(
                            "rule `{}` is not fixed:MM-DD, easter:N, orthodox:N, nth:N:W:MM, hebrew:MM-DD, hijri:MM-DD, chinese:MM-DD, hindu:MM-TT, sankranti:SS, nakshatra:NN-SS, shahenshahi:MM-DD or lunar",
                            row.fields[2]
                        ),
                    )
                })?;
                let guards: Vec<&str> = row
                    .fields
                    .get(3)
                    .map(|g| {
                        g.split(',')
                            .map(str::trim)
                            .filter(|g| !g.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                if let Some(bad) = guards.iter().find(|g| !matches!(**g, "exact" | "name")) {
                    return Err(err(
                        row.line,
                        format!("unknown guard `{bad}` (exact or name)"),
                    ));
                }
                lex.holidays.push(Holiday {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_string(),
                    rule,
                    exact_case: guards.contains(&"exact"),
                    also_name: guards.contains(&"name"),
                });
            }
        }
        "time_zones.tsv" => {
            lex.time_zones.clear();
            for row in rows(text) {
                need(&row, 2)?;
                let offset = parse_offset(row.fields[1]).ok_or_else(|| {
                    err(
                        row.line,
                        format!("offset `{}` is not +HH:MM or -HH:MM", row.fields[1]),
                    )
                })?;
                lex.time_zones.push((row.fields[0].to_string(), offset));
            }
        }
        "hyphenated.tsv" => {
            lex.hyphenated.clear();
            for row in rows(text) {
                need(&row, 2)?;
                lang(&row, 0)?;
                lex.hyphenated.push(row.fields[1].to_lowercase());
            }
        }
        "sentence_starters.tsv" => {
            lex.sentence_starters.clear();
            for row in rows(text) {
                need(&row, 2)?;
                lex.sentence_starters
                    .push((lang(&row, 0)?, row.fields[1].to_string()));
            }
        }
        "qualifiers.tsv" => {
            lex.qualifiers.clear();
            for row in rows(text) {
                need(&row, 3)?;
                lex.qualifiers.push(Qualifier {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_lowercase(),
                    class: row.fields[2].to_string(),
                });
            }
        }
        "nouns.tsv" => {
            lex.nouns.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let l = lang(&row, 1)?;
                for form in row.fields[2]
                    .split('|')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                {
                    let (form, prefix) = match form.strip_suffix('*') {
                        Some(stem) => (stem, true),
                        None => (form, false),
                    };
                    lex.nouns.push(NounForm {
                        lang: l,
                        form: form.to_lowercase(),
                        prefix,
                        concept: row.fields[0].to_string(),
                    });
                }
            }
        }
        "date_words.tsv" => {
            lex.date_words.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let role = match row.fields[2] {
                    "year_before" => DateWordRole::YearBefore,
                    "year_after" => DateWordRole::YearAfter,
                    "era_bc" => DateWordRole::EraBefore,
                    "era_ad" => DateWordRole::EraCommon,
                    "years_before" => DateWordRole::YearsBefore,
                    "range_from" => DateWordRole::RangeFrom,
                    "range_to" => DateWordRole::RangeTo,
                    "list_and" => DateWordRole::ListAnd,
                    "quarter" => DateWordRole::Quarter,
                    "part_start" => DateWordRole::PartStart,
                    "part_middle" => DateWordRole::PartMiddle,
                    "part_end" => DateWordRole::PartEnd,
                    "deadline" => DateWordRole::Deadline,
                    "bound_from" => DateWordRole::BoundFrom,
                    "bound_until" => DateWordRole::BoundUntil,
                    "not_a_date" => DateWordRole::NotADate,
                    "short_date_before" => DateWordRole::ShortDateBefore,
                    "duration_for" => DateWordRole::DurationFor,
                    "week_of" => DateWordRole::WeekOf,
                    "offset_after" => DateWordRole::Offset(1),
                    "offset_before" => DateWordRole::Offset(-1),
                    other if other.starts_with("part_") => {
                        // part_end:month, an abbreviation (EOM)
                        let (part, unit) = other
                            .split_once(':')
                            .ok_or_else(|| err(row.line, format!("unknown role `{other}`")))?;
                        let part = match part {
                            "part_start" => PeriodPart::Start,
                            "part_middle" => PeriodPart::Middle,
                            "part_end" => PeriodPart::End,
                            _ => return Err(err(row.line, format!("unknown role `{other}`"))),
                        };
                        let unit = calendar_unit(unit)
                            .ok_or_else(|| err(row.line, format!("unknown unit in `{other}`")))?;
                        DateWordRole::PartAbbreviation(part, unit)
                    }
                    other => {
                        // season:MM-DD:MM-DD
                        let md = |t: &str| {
                            let (m, d) = t.split_once('-')?;
                            let (m, d) = (m.parse::<u8>().ok()?, d.parse::<u8>().ok()?);
                            ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((m, d))
                        };
                        let season = |prefix: &str| {
                            let (a, b) = other.strip_prefix(prefix)?.split_once(':')?;
                            Some((md(a)?, md(b)?))
                        };
                        let season = season("season:")
                            .map(|(a, b)| DateWordRole::Season(a, b))
                            .or_else(|| {
                                season("season_after_modifier:")
                                    .map(|(a, b)| DateWordRole::SeasonAfterModifier(a, b))
                            });
                        season.ok_or_else(|| err(row.line, format!("unknown role `{other}`")))?
                    }
                };
                lex.date_words.push(DateWord {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_string(),
                    role,
                });
            }
        }
        "weekdays.tsv" => {
            lex.weekdays.clear();
            lex.weekdays_alone.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let day: u8 = row.fields[2]
                    .parse()
                    .ok()
                    .filter(|d| (1..=7).contains(d))
                    .ok_or_else(|| {
                        err(row.line, "weekday must be 1 (Monday) to 7 (Sunday)".into())
                    })?;
                let form = row.fields[1].to_string();
                let alone = match row.fields.get(3).copied() {
                    None | Some("") => !form.ends_with('.'),
                    Some("yes") => true,
                    Some("no") => false,
                    Some(other) => {
                        return Err(err(
                            row.line,
                            format!("alone must be yes or no, not `{other}`"),
                        ))
                    }
                };
                if alone {
                    lex.weekdays_alone.push(form.clone());
                }
                lex.weekdays.push((lang(&row, 0)?, form, day));
            }
        }
        "dayparts.tsv" => {
            lex.dayparts.clear();
            for row in rows(text) {
                need(&row, 5)?;
                let time = |i: usize| -> Result<(u8, u8), LexiconError> {
                    hour_minute(row.fields[i]).ok_or_else(|| {
                        err(row.line, format!("`{}` is no time HH:MM", row.fields[i]))
                    })
                };
                let (from, to) = (time(2)?, time(3)?);
                if from >= to {
                    return Err(err(row.line, "from must come before to".into()));
                }
                let usage = match row.fields[4] {
                    "alone" => DaypartUse::Alone,
                    "after_day" => DaypartUse::AfterDay,
                    "before_date" => DaypartUse::BeforeDate,
                    other => match other
                        .strip_prefix("day:")
                        .map(|n| n.trim_start_matches('+').parse())
                    {
                        Some(Ok(n)) => DaypartUse::Day(n),
                        _ => {
                            return Err(err(
                                row.line,
                                format!(
                                    "use must be alone, after_day, before_date or day:N, not \
                                     `{other}`"
                                ),
                            ))
                        }
                    },
                };
                lex.dayparts.push(DaypartForm {
                    lang: lang(&row, 0)?,
                    form: row.fields[1].to_string(),
                    from,
                    to,
                    usage,
                });
            }
        }
        "conversions.tsv" => {
            lex.conversions.clear();
            for row in rows(text) {
                need(&row, 4)?;
                let num = |i: usize| {
                    row.fields[i]
                        .parse::<f64>()
                        .map_err(|_| err(row.line, format!("`{}` is not a number", row.fields[i])))
                };
                lex.conversions.push((
                    row.fields[0].to_string(),
                    row.fields[1].to_string(),
                    num(2)?,
                    num(3)?,
                ));
            }
        }
        "relative.tsv" => {
            lex.relative.clear();
            for row in rows(text) {
                need(&row, 3)?;
                let meaning = match row.fields[2] {
                    "mod:next" => RelativeMeaning::Next,
                    "mod:nearest" => RelativeMeaning::Nearest,
                    "mod:last" => RelativeMeaning::Last,
                    "mod:this" => RelativeMeaning::This,
                    "mod:this:season" => RelativeMeaning::ThisSeason,
                    "unit:weekend" => RelativeMeaning::Unit(RelativeUnit::Weekend),
                    "in" => RelativeMeaning::In,
                    "ago" => RelativeMeaning::Ago,
                    "hence" => RelativeMeaning::Hence,
                    "in:clock" => RelativeMeaning::InClock,
                    "now" => RelativeMeaning::Now,
                    "after:next" => RelativeMeaning::NextAfter,
                    "daypart:am" => RelativeMeaning::Daypart(Daypart::Am),
                    "daypart:pm" => RelativeMeaning::Daypart(Daypart::Pm),
                    "daypart:evening" => RelativeMeaning::Daypart(Daypart::Evening),
                    "daypart:night" => RelativeMeaning::Daypart(Daypart::Night),
                    other if other.starts_with("unit:") => {
                        // unit:week, or unit:week:2 (a fortnight)
                        let mut parts = other["unit:".len()..].split(':');
                        let unit = parts.next().and_then(calendar_unit);
                        let times = parts.next().map(str::parse::<u8>);
                        match (unit, times, parts.next()) {
                            (Some(u), None, None) => RelativeMeaning::Unit(u),
                            (Some(u), Some(Ok(n)), None) if n >= 1 => {
                                RelativeMeaning::UnitTimes(u, n)
                            }
                            _ => return Err(err(row.line, format!("unknown meaning `{other}`"))),
                        }
                    }
                    other => {
                        let num = |p: &str| {
                            other
                                .strip_prefix(p)
                                .and_then(|n| n.trim_start_matches('+').parse().ok())
                        };
                        let time = other
                            .strip_prefix("time:")
                            .and_then(hour_minute)
                            .filter(|&(h, _)| h < 24);
                        if let Some((h, m)) = time {
                            RelativeMeaning::Time(h, m)
                        } else {
                            let count = other
                                .strip_prefix("count:")
                                .and_then(|n| n.parse::<u8>().ok())
                                .filter(|n| *n >= 1);
                            // clock:N minutes, clock:Ns seconds
                            let clock = other.strip_prefix("clock:").and_then(|n| {
                                match n.strip_suffix('s') {
                                    Some(s) => {
                                        s.parse::<u32>().ok().filter(|s| (1..60).contains(s))
                                    }
                                    None => n
                                        .parse::<u32>()
                                        .ok()
                                        .filter(|m| (1..=1440).contains(m))
                                        .map(|m| m * 60),
                                }
                            });
                            match (num("day:"), num("year:")) {
                                _ if clock.is_some() => RelativeMeaning::Clock(clock.unwrap_or(1)),
                                _ if count.is_some() => RelativeMeaning::Count(count.unwrap_or(1)),
                                (Some(n), _) => RelativeMeaning::Day(n),
                                (_, Some(n)) => RelativeMeaning::Year(n),
                                _ => {
                                    return Err(err(row.line, format!("unknown meaning `{other}`")))
                                }
                            }
                        }
                    }
                };
                lex.relative
                    .push((lang(&row, 0)?, row.fields[1].to_string(), meaning));
            }
        }
        "entities.tsv" => {
            lex.entities.clear();
            for row in rows(text) {
                need(&row, 4)?;
                let l = lang(&row, 2)?;
                let forms: Vec<String> = row.fields[3]
                    .split('|')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .map(String::from)
                    .collect();
                let id = row.fields[0];
                if id.is_empty() || id.chars().any(|c| c.is_whitespace()) {
                    return Err(err(row.line, "entity id must be one word".into()));
                }
                let pos = match lex.entities.iter().position(|e| e.id == id) {
                    Some(p) => p,
                    None => {
                        lex.entities.push(Entity {
                            id: id.to_string(),
                            kind: row.fields[1].to_string(),
                            pl: Vec::new(),
                            en: Vec::new(),
                        });
                        lex.entities.len() - 1
                    }
                };
                let e = &mut lex.entities[pos];
                match l {
                    Lang::Pl => e.pl.extend(forms),
                    _ => e.en.extend(forms),
                }
            }
        }
        other => {
            return Err(err(0, format!("unknown lexicon file `{other}`")));
        }
    }
    Ok(())
}

/// A time of day written `HH:MM` (hour 0–23, minute 0–59), or `24:00` for midnight at the
/// end of a day: (hour, minute). `None` for anything else.
/// A calendar unit by its name in the lexicon files: day, week, month, quarter, year.
fn calendar_unit(name: &str) -> Option<RelativeUnit> {
    Some(match name {
        "day" => RelativeUnit::Day,
        "week" => RelativeUnit::Week,
        "month" => RelativeUnit::Month,
        "quarter" => RelativeUnit::Quarter,
        "year" => RelativeUnit::Year,
        _ => return None,
    })
}

fn hour_minute(s: &str) -> Option<(u8, u8)> {
    let (h, m) = s.split_once(':')?;
    let (h, m) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
    (h < 24 && m < 60 || (h, m) == (24, 0)).then_some((h, m))
}

impl Lexicons {
    /// The lexicons compiled into the binary from `lexicons/`.
    ///
    /// # Panics
    /// Never in a released build: the embedded files are checked by the test suite.
    pub fn embedded() -> Lexicons {
        let mut lex = Lexicons::default();
        for (name, text) in FILES {
            parse_file(&mut lex, name, text).expect("embedded lexicon is valid (tested)");
        }
        lex
    }

    /// Loads lexicons from `dir`: each file of [`FILES`] present in `dir` replaces the
    /// embedded default of the same name; absent files keep their defaults.
    ///
    /// # Errors
    /// A [`LexiconError`] naming the file and line when a present file cannot be read or a
    /// row is malformed, or when `dir` is not a readable folder.
    pub fn load_dir(dir: &Path) -> Result<Lexicons, LexiconError> {
        if !dir.is_dir() {
            return Err(LexiconError {
                file: dir.display().to_string(),
                line: 0,
                reason: "not a folder".into(),
            });
        }
        let mut lex = Lexicons::embedded();
        for (name, _) in FILES {
            let path: PathBuf = dir.join(name);
            if !path.exists() {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|e| LexiconError {
                file: path.display().to_string(),
                line: 0,
                reason: e.to_string(),
            })?;
            parse_file(&mut lex, name, &text).map_err(|mut e| {
                e.file = path.display().to_string();
                e
            })?;
        }
        Ok(lex)
    }

    /// Parses one lexicon from text, for tests and tools. `name` is one of [`FILES`].
    ///
    /// # Errors
    /// As [`Lexicons::load_dir`].
    pub fn with_file(mut self, name: &str, text: &str) -> Result<Lexicons, LexiconError> {
        parse_file(&mut self, name, text)?;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn embedded_lexicons_parse_and_cover_the_basics() {
        let lex = Lexicons::embedded();
        let grudnia = lex.months.iter().find(|m| m.form == "grudnia").unwrap();
        assert_eq!((grudnia.lang, grudnia.month), (Lang::Pl, 12));
        assert_eq!(
            lex.roman_months.iter().find(|r| r.0 == "XII").unwrap().1,
            12
        );
        let tys = lex.scales.iter().find(|s| s.form == "tys.").unwrap();
        assert_eq!(tys.exponent, 3);
        let rada = lex
            .entities
            .iter()
            .find(|e| e.id == "council-of-europe")
            .unwrap();
        assert!(rada.pl.iter().any(|f| f == "Radą Europy"));
        assert!(rada.en.iter().any(|f| f == "Council of Europe"));
        let miast = lex.nouns.iter().find(|n| n.form == "miast").unwrap();
        assert!(miast.prefix);
        assert_eq!(miast.concept, "city");
    }

    #[test]
    fn lexicon_files_have_no_duplicate_rows() {
        for (name, text) in FILES {
            let mut seen = HashSet::new();
            for row in rows(text) {
                let key = row.fields.join("\t");
                assert!(
                    seen.insert(key.clone()),
                    "{name}:{}: duplicate row `{key}`",
                    row.line
                );
            }
        }
    }

    #[test]
    fn every_file_in_lexicons_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".tsv"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|f| f.0.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn every_entity_has_both_languages() {
        for e in Lexicons::embedded().entities {
            assert!(
                !e.pl.is_empty() && !e.en.is_empty(),
                "{} lacks a language",
                e.id
            );
        }
    }

    #[test]
    fn a_malformed_row_is_reported_with_file_and_line() {
        let err = Lexicons::default()
            .with_file("months.tsv", "# header\npl\tgrudnia\t13\n")
            .unwrap_err();
        assert_eq!(err.to_string(), "months.tsv:2: month must be 1 to 12");
        let err = Lexicons::default()
            .with_file("scales.tsv", "pl\ttys.\t1500\n")
            .unwrap_err();
        assert_eq!(err.line, 1);
        let err = Lexicons::default()
            .with_file(
                "holidays.tsv",
                "pl\tWigilia\tfixed:12-24\nen\tX Day\tnth:6:1:1\n",
            )
            .unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.reason.contains("nth:6:1:1"), "{}", err.reason);
    }

    #[test]
    fn time_zone_offsets_are_minutes_east_of_utc() {
        assert_eq!(parse_offset("+01:00"), Some(60));
        assert_eq!(parse_offset("+05:30"), Some(330));
        assert_eq!(parse_offset("-08:00"), Some(-480));
        for bad in ["01:00", "+1", "+15:00", "+01:60", "+001:00"] {
            assert_eq!(parse_offset(bad), None, "{bad}");
        }
        let lex = Lexicons::embedded();
        assert!(lex.time_zones.contains(&("CET".to_string(), 60)));
    }

    #[test]
    fn holiday_rules_compute_their_days() {
        let day = |rule: &str, y: i32| HolidayRule::parse(rule).unwrap().in_year(y).unwrap();
        // Easter 2024: 31 March (Gregorian), 5 May (Orthodox).
        assert_eq!(day("easter:0", 2024), ((2024, 3, 31), (2024, 3, 31)));
        assert_eq!(day("orthodox:0", 2024), ((2024, 5, 5), (2024, 5, 5)));
        assert_eq!(day("easter:-46..-1", 2024), ((2024, 2, 14), (2024, 3, 30)));
        // Thanksgiving 2024: the fourth Thursday of November; the last Monday of August.
        assert_eq!(day("nth:4:4:11", 2024), ((2024, 11, 28), (2024, 11, 28)));
        assert_eq!(day("nth:-1:1:8", 2024), ((2024, 8, 26), (2024, 8, 26)));
        assert_eq!(day("fixed:02-29", 2023 + 1), ((2024, 2, 29), (2024, 2, 29)));
        assert_eq!(
            HolidayRule::parse("fixed:02-29").unwrap().in_year(2023),
            None
        );
        // Passover 2024: 15–22 Nisan 5784, 23–30 April; Ramadan 1445: 11 March – 9 April.
        assert_eq!(
            day("hebrew:07-15:0..7", 2024),
            ((2024, 4, 23), (2024, 4, 30))
        );
        assert_eq!(day("hijri:09", 2024), ((2024, 3, 11), (2024, 4, 9)));
        // Yom Ha'atzmaut 2024: 5 Iyar is a Monday (13 May), kept on Tuesday 14 May.
        assert_eq!(
            day("hebrew:08-05,fri-1,sat-2,mon+1", 2024),
            ((2024, 5, 14), (2024, 5, 14))
        );
        for bad in [
            "fixed:13-01",
            "easter:5..1",
            "nth:0:1:1",
            "nth:1:8:1",
            "weekly:1",
            "hebrew:13-01",
            "hebrew:03-31",
            "hijri:05L-01",
            "hebrew:11-09,sabbath+1",
            "chinese:01-01:3..1",
        ] {
            assert_eq!(HolidayRule::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn dayparts_have_a_range_and_a_use() {
        let lex = Lexicons::embedded();
        let tonight = lex.dayparts.iter().find(|d| d.form == "tonight").unwrap();
        assert_eq!(
            (tonight.from, tonight.to, tonight.usage),
            ((18, 0), (24, 0), DaypartUse::Day(0))
        );
        for (row, reason) in [
            ("pl\twieczorem\t18:00\t25:00\talone\n", "`25:00` is no time"),
            (
                "pl\twieczorem\t18:00\t12:00\talone\n",
                "from must come before to",
            ),
            (
                "pl\twieczorem\t18:00\t24:00\tsometimes\n",
                "use must be alone",
            ),
        ] {
            let e = Lexicons::embedded()
                .with_file("dayparts.tsv", row)
                .unwrap_err()
                .to_string();
            assert!(e.contains(reason), "{e}");
        }
    }

    #[test]
    fn a_weekday_form_stands_alone_unless_it_ends_with_a_dot_or_says_otherwise() {
        let lex = Lexicons::embedded();
        let alone = |f: &str| lex.weekdays_alone.iter().any(|w| w == f);
        assert!(alone("piątek") && alone("pon.") && alone("czw") && alone("Thu."));
        assert!(!alone("pt.") && !alone("śr.") && !alone("Sun.") && !alone("Sat."));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("weekdays.tsv"), "pl\tpt.\t5\tperhaps\n").unwrap();
        let e = Lexicons::load_dir(dir.path()).unwrap_err().to_string();
        assert!(
            e.contains("weekdays.tsv") && e.contains("alone must be yes or no"),
            "{e}"
        );
    }

    #[test]
    fn a_folder_overrides_only_the_files_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("scales.tsv"), "pl\tkafli\t1000\n").unwrap();
        let lex = Lexicons::load_dir(dir.path()).unwrap();
        assert_eq!(lex.scales.len(), 1);
        assert_eq!(lex.scales[0].form, "kafli");
        assert!(!lex.months.is_empty(), "months keep their defaults");
    }
}
