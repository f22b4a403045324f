//! Version ranges as the specs write them ("0+", "3-7", "5", "none") and the
//! Rust conditions they turn into.

use crate::CodegenError;

/// An inclusive range of versions, possibly empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Versions {
    /// Lowest version.
    pub lo: i16,
    /// Highest version; `i16::MAX` for an open range ("3+").
    pub hi: i16,
}

impl Versions {
    /// The empty range ("none").
    pub const NONE: Versions = Versions { lo: 0, hi: -1 };

    /// Parses a spec's version string.
    pub fn parse(s: &str) -> Result<Versions, CodegenError> {
        let bad = || CodegenError::Spec(format!("bad version range {s:?}"));
        let num = |t: &str| t.trim().parse::<i16>().map_err(|_| bad());
        let s = s.trim();
        if s == "none" {
            Ok(Versions::NONE)
        } else if let Some(lo) = s.strip_suffix('+') {
            Ok(Versions { lo: num(lo)?, hi: i16::MAX })
        } else if let Some((lo, hi)) = s.split_once('-') {
            Ok(Versions { lo: num(lo)?, hi: num(hi)? })
        } else {
            let v = num(s)?;
            Ok(Versions { lo: v, hi: v })
        }
    }

    /// Whether the range holds no version.
    pub fn is_empty(&self) -> bool {
        self.hi < self.lo
    }

    /// The versions in both ranges.
    pub fn intersect(&self, other: &Versions) -> Versions {
        let v = Versions { lo: self.lo.max(other.lo), hi: self.hi.min(other.hi) };
        if v.is_empty() {
            Versions::NONE
        } else {
            v
        }
    }

    /// As the specs write it.
    pub fn describe(&self) -> String {
        if self.is_empty() {
            "none".into()
        } else if self.hi == i16::MAX {
            format!("{}+", self.lo)
        } else if self.lo == self.hi {
            format!("{}", self.lo)
        } else {
            format!("{}-{}", self.lo, self.hi)
        }
    }
}

/// Whether a version test can be decided while generating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cond {
    /// True at every version of the context.
    Always,
    /// False at every version of the context.
    Never,
    /// A Rust boolean expression over `version`.
    Expr(String),
}

impl Cond {
    /// The test "`version` is in `versions`", knowing it lies in `context`.
    pub fn new(versions: &Versions, context: &Versions) -> Cond {
        let v = versions.intersect(context);
        if v.is_empty() {
            Cond::Never
        } else if v.lo <= context.lo && v.hi >= context.hi {
            Cond::Always
        } else if v.lo <= context.lo {
            Cond::Expr(format!("version <= {}", v.hi))
        } else if v.hi >= context.hi {
            Cond::Expr(format!("version >= {}", v.lo))
        } else {
            Cond::Expr(format!("({}..={}).contains(&version)", v.lo, v.hi))
        }
    }

    /// As a Rust expression.
    pub fn expr(&self) -> String {
        match self {
            Cond::Always => "true".into(),
            Cond::Never => "false".into(),
            Cond::Expr(e) => e.clone(),
        }
    }
}
