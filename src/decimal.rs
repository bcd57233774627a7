//! An exact decimal number for normalised values: `1,5 mln` is exactly `1500000`, never
//! `1499999.9999999998`.

use std::cmp::Ordering;
use std::fmt;

/// A decimal `mantissa × 10^-scale`, kept in lowest terms (no trailing zeros in the
/// fraction). Values that do not fit in `i128` are not representable; the constructors
/// return `None` for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// Builds `mantissa × 10^-scale`, normalised.
    pub fn new(mantissa: i128, scale: u32) -> Decimal {
        let mut d = Decimal { mantissa, scale };
        while d.scale > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.scale -= 1;
        }
        d
    }

    /// Parses a plain decimal with `.` as the decimal point and no separators (`1500000`,
    /// `1.5`). Returns `None` for anything else.
    pub fn parse_plain(s: &str) -> Option<Decimal> {
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, f),
            None => (s, ""),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || (s.contains('.') && frac.is_empty()) {
            return None;
        }
        Self::from_digits(int, frac)
    }

    /// Builds a decimal from its integer digits and fraction digits (ASCII digits only; the
    /// caller has removed separators). `None` when the value overflows.
    pub fn from_digits(int: &str, frac: &str) -> Option<Decimal> {
        let mut m: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            m = m.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
        }
        Some(Decimal::new(m, frac.len() as u32))
    }

    /// An integer value.
    pub fn from_int(v: i128) -> Decimal {
        Decimal::new(v, 0)
    }

    /// Multiplies by `10^exp` (a scale word). `None` on overflow.
    pub fn scaled(self, exp: u32) -> Option<Decimal> {
        if exp <= self.scale {
            return Some(Decimal::new(self.mantissa, self.scale - exp));
        }
        let factor = 10i128.checked_pow(exp - self.scale)?;
        Some(Decimal::new(self.mantissa.checked_mul(factor)?, 0))
    }

    /// Sum. `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10i128.checked_pow(scale - self.scale)?)?;
        let b = other
            .mantissa
            .checked_mul(10i128.checked_pow(scale - other.scale)?)?;
        Some(Decimal::new(a.checked_add(b)?, scale))
    }

    /// Product. `None` on overflow.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        Some(Decimal::new(
            self.mantissa.checked_mul(other.mantissa)?,
            self.scale.checked_add(other.scale)?,
        ))
    }

    /// The value with its sign flipped.
    pub fn negated(self) -> Decimal {
        Decimal::new(-self.mantissa, self.scale)
    }

    /// Whether the value is below zero.
    pub fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// Whether the value is a whole number.
    pub fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// The value as `f64`, for ratios and tolerances only (never for reports).
    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10i128.pow(scale - self.scale))
            .unwrap_or(i128::MAX);
        let b = other
            .mantissa
            .checked_mul(10i128.pow(scale - other.scale))
            .unwrap_or(i128::MAX);
        a.cmp(&b)
    }
}

/// Plain decimal: `.` as the decimal point, no separators (`1500000`, `1.5`).
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let digits = self.mantissa.abs().to_string();
        let scale = self.scale as usize;
        let sign = if self.mantissa < 0 { "-" } else { "" };
        if digits.len() > scale {
            let (i, fr) = digits.split_at(digits.len() - scale);
            write!(f, "{sign}{i}.{fr}")
        } else {
            write!(f, "{sign}0.{}{}", "0".repeat(scale - digits.len()), digits)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaling_is_exact() {
        let d = Decimal::parse_plain("1.5").unwrap();
        assert_eq!(d.scaled(6).unwrap().to_string(), "1500000");
        let d = Decimal::parse_plain("1.85").unwrap();
        assert_eq!(d.scaled(9).unwrap().to_string(), "1850000000");
        assert_eq!(Decimal::parse_plain("0.05").unwrap().to_string(), "0.05");
        assert_eq!(Decimal::parse_plain("30.00").unwrap().to_string(), "30");
    }

    #[test]
    fn rejects_non_plain_text() {
        assert_eq!(Decimal::parse_plain("1,5"), None);
        assert_eq!(Decimal::parse_plain("1."), None);
        assert_eq!(Decimal::parse_plain(""), None);
    }

    #[test]
    fn overflow_is_none() {
        let d = Decimal::parse_plain("999999999999999999999999").unwrap();
        assert_eq!(d.scaled(30), None);
    }

    #[test]
    fn compares_by_value() {
        let a = Decimal::parse_plain("1.50").unwrap();
        let b = Decimal::from_digits("15", "").unwrap().scaled(0).unwrap();
        assert!(a < b);
        assert_eq!(a, Decimal::parse_plain("1.5").unwrap());
    }
}
