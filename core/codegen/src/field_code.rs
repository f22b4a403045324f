//! The Rust snippets for one field: its type, its default, and the
//! expressions that write, read, compare with the default and randomise it.
//!
//! Every snippet is a call into `crate::protocol::primitives` (imported as
//! `p`), so that generated files stay short and the wire rules live in
//! hand-written code.

use crate::naming::field_ident;
use crate::spec::{Field, FieldType};
use crate::versions::{Cond, Versions};
use crate::CodegenError;

/// A field seen from the struct being generated.
pub struct FieldCode<'a> {
    /// The spec field.
    pub field: &'a Field,
    /// Its Rust identifier.
    pub ident: String,
    /// Whether its Rust type is an `Option`.
    pub optional: bool,
    /// The struct's version context (the message's stable versions).
    pub context: Versions,
}

impl<'a> FieldCode<'a> {
    /// Describes `field` within a struct generated for `context` versions.
    pub fn new(field: &'a Field, context: Versions) -> Self {
        let optional = field.ty == FieldType::Records || !field.nullable.intersect(&field.versions).is_empty();
        FieldCode { field, ident: field_ident(&field.name), optional, context }
    }

    /// Whether the field is a tagged field.
    pub fn is_tagged(&self) -> bool {
        self.field.tag.is_some()
    }

    /// When the field is on the wire.
    pub fn present(&self) -> Cond {
        Cond::new(&self.field.versions, &self.context)
    }

    /// When a null value is allowed (meaningful only where present).
    fn nullable(&self) -> Cond {
        Cond::new(&self.field.nullable, &self.field.versions.intersect(&self.context))
    }

    /// The Rust type.
    pub fn rust_type(&self) -> String {
        let base = match &self.field.ty {
            FieldType::Records => return "Option<Bytes>".into(),
            FieldType::Array(inner) => format!("Vec<{}>", elem_type(inner)),
            other => elem_type(other),
        };
        if self.optional {
            format!("Option<{base}>")
        } else {
            base
        }
    }

    fn default_is_null(&self) -> bool {
        self.field.default.as_deref() == Some("null") || self.field.ty == FieldType::Records
    }

    /// The expression of the spec's default value.
    pub fn default_expr(&self) -> Result<String, CodegenError> {
        let f = self.field;
        let d = f.default.as_deref();
        let err = || CodegenError::Spec(format!("field {}: bad default {:?}", f.name, d));
        if self.optional && self.default_is_null() {
            return Ok("None".into());
        }
        let base = match &f.ty {
            FieldType::Int8 | FieldType::Int16 | FieldType::Int32 | FieldType::Int64 | FieldType::Uint16
            | FieldType::Uint32 => int_literal(d.unwrap_or("0")).ok_or_else(err)?,
            FieldType::Float64 => {
                let v: f64 = d.unwrap_or("0").parse().map_err(|_| err())?;
                format!("{v:?}")
            }
            FieldType::Bool => match d.map(str::to_ascii_lowercase).as_deref() {
                None | Some("false") => "false".into(),
                Some("true") => "true".into(),
                _ => return Err(err()),
            },
            FieldType::String => match d {
                None | Some("") => "String::new()".into(),
                Some(s) => format!("{s:?}.to_owned()"),
            },
            FieldType::Bytes | FieldType::Records => match d {
                None | Some("") => "Bytes::new()".into(),
                _ => return Err(err()),
            },
            FieldType::Uuid => match d {
                None => "crate::protocol::Uuid::ZERO".into(),
                _ => return Err(err()),
            },
            FieldType::Struct(name) => match d {
                None => format!("{name}::default()"),
                _ => return Err(err()),
            },
            FieldType::Array(_) => match d {
                None => "Vec::new()".into(),
                _ => return Err(err()),
            },
        };
        Ok(if self.optional { format!("Some({base})") } else { base })
    }

    /// Whether `default_expr` is what `Default::default()` gives anyway.
    pub fn default_is_natural(&self) -> Result<bool, CodegenError> {
        let expr = self.default_expr()?;
        Ok(matches!(
            expr.as_str(),
            "0" | "0.0" | "false" | "String::new()" | "Bytes::new()" | "crate::protocol::Uuid::ZERO" | "Vec::new()"
                | "None"
        ) || expr.ends_with("::default()"))
    }

    /// An expression that is true when `self.<field>` holds its default.
    pub fn is_default_expr(&self) -> Result<String, CodegenError> {
        let a = format!("self.{}", self.ident);
        if self.optional && self.default_is_null() {
            return Ok(format!("{a}.is_none()"));
        }
        let default = self.default_expr()?;
        Ok(match (&self.field.ty, self.optional) {
            (FieldType::Bool, false) if default == "true" => a,
            (FieldType::Bool, false) => format!("!{a}"),
            (FieldType::String, false) if default == "String::new()" => format!("{a}.is_empty()"),
            (FieldType::String, false) => format!("{a} == {}", default.trim_end_matches(".to_owned()")),
            (FieldType::String, true) => {
                format!("{a}.as_deref() == Some({})", string_literal_of(&default))
            }
            (FieldType::Bytes | FieldType::Array(_), false) => format!("{a}.is_empty()"),
            (FieldType::Bytes | FieldType::Array(_), true) => format!("{a}.as_ref().is_some_and(|v| v.is_empty())"),
            (FieldType::Uuid, false) => format!("{a}.is_zero()"),
            _ => format!("{a} == {default}"),
        })
    }

    /// Statements writing the field to `buf` (a `&mut BytesMut`), with
    /// compactness `compact`.
    pub fn write_stmt(&self, struct_name: &str, compact: &str) -> String {
        let a = format!("self.{}", self.ident);
        let require = |borrow: &str| {
            format!("p::require({a}.{borrow}(), {struct_name:?}, {:?}, version)?", self.field.name)
        };
        let by_null = |nullable: String, required: String| match self.nullable() {
            Cond::Always => nullable,
            Cond::Never => required,
            Cond::Expr(e) => format!("if {e} {{ {nullable} }} else {{ {required} }}"),
        };
        match &self.field.ty {
            FieldType::Int8 => format!("p::write_i8(buf, {a});"),
            FieldType::Int16 => format!("p::write_i16(buf, {a});"),
            FieldType::Int32 => format!("p::write_i32(buf, {a});"),
            FieldType::Int64 => format!("p::write_i64(buf, {a});"),
            FieldType::Uint16 => format!("p::write_u16(buf, {a});"),
            FieldType::Uint32 => format!("p::write_u32(buf, {a});"),
            FieldType::Float64 => format!("p::write_f64(buf, {a});"),
            FieldType::Bool => format!("p::write_bool(buf, {a});"),
            FieldType::Uuid => format!("p::write_uuid(buf, &{a});"),
            FieldType::String if !self.optional => format!("p::write_string(buf, &{a}, {compact})?;"),
            FieldType::String => by_null(
                format!("p::write_nullable_string(buf, {a}.as_deref(), {compact})?;"),
                format!("p::write_string(buf, {}, {compact})?;", require("as_deref")),
            ),
            FieldType::Bytes if !self.optional => format!("p::write_bytes(buf, &{a}, {compact})?;"),
            FieldType::Bytes => by_null(
                format!("p::write_nullable_bytes(buf, {a}.as_ref(), {compact})?;"),
                format!("p::write_bytes(buf, {}, {compact})?;", require("as_ref")),
            ),
            FieldType::Records => by_null(
                format!("p::write_records(buf, {a}.as_ref(), {compact})?;"),
                format!("p::write_records(buf, Some({}), {compact})?;", require("as_ref")),
            ),
            FieldType::Struct(_) if !self.optional => format!("{a}.encode(buf, version)?;"),
            FieldType::Struct(_) => by_null(
                format!("p::write_nullable_struct(buf, {a}.as_ref(), version)?;"),
                format!("{}.encode(buf, version)?;", require("as_ref")),
            ),
            FieldType::Array(_) if !self.optional => format!("p::write_array(buf, &{a}, version, {compact})?;"),
            FieldType::Array(_) => by_null(
                format!("p::write_nullable_array(buf, {a}.as_deref(), version, {compact})?;"),
                format!("p::write_array(buf, {}, version, {compact})?;", require("as_deref")),
            ),
        }
    }

    /// An expression reading the field from `buf_expr` (a `&mut Bytes`).
    pub fn read_expr(&self, buf: &str, compact: &str) -> String {
        let by_null = |nullable: String, required: String| match self.nullable() {
            Cond::Always => nullable,
            Cond::Never => format!("Some({required})"),
            Cond::Expr(e) => format!("if {e} {{ {nullable} }} else {{ Some({required}) }}"),
        };
        match &self.field.ty {
            FieldType::Int8 => format!("p::read_i8({buf})?"),
            FieldType::Int16 => format!("p::read_i16({buf})?"),
            FieldType::Int32 => format!("p::read_i32({buf})?"),
            FieldType::Int64 => format!("p::read_i64({buf})?"),
            FieldType::Uint16 => format!("p::read_u16({buf})?"),
            FieldType::Uint32 => format!("p::read_u32({buf})?"),
            FieldType::Float64 => format!("p::read_f64({buf})?"),
            FieldType::Bool => format!("p::read_bool({buf})?"),
            FieldType::Uuid => format!("p::read_uuid({buf})?"),
            FieldType::String if !self.optional => format!("p::read_string({buf}, {compact})?"),
            FieldType::String => by_null(
                format!("p::read_nullable_string({buf}, {compact})?"),
                format!("p::read_string({buf}, {compact})?"),
            ),
            FieldType::Bytes if !self.optional => format!("p::read_bytes({buf}, {compact})?"),
            FieldType::Bytes => by_null(
                format!("p::read_nullable_bytes({buf}, {compact})?"),
                format!("p::read_bytes({buf}, {compact})?"),
            ),
            FieldType::Records => by_null(
                format!("p::read_records({buf}, {compact})?"),
                format!("p::read_bytes({buf}, {compact})?"),
            ),
            FieldType::Struct(_) if !self.optional => format!("Decodable::decode({buf}, version)?"),
            FieldType::Struct(_) => by_null(
                format!("p::read_nullable_struct({buf}, version)?"),
                format!("Decodable::decode({buf}, version)?"),
            ),
            FieldType::Array(_) if !self.optional => format!("p::read_array({buf}, version, {compact})?"),
            FieldType::Array(_) => by_null(
                format!("p::read_nullable_array({buf}, version, {compact})?"),
                format!("p::read_array({buf}, version, {compact})?"),
            ),
        }
    }

    /// An expression building a random value valid where the field is present.
    pub fn random_expr(&self) -> String {
        let base = match &self.field.ty {
            FieldType::Records => "g.bytes()".to_owned(),
            FieldType::Array(inner) => format!("g.vec(|g| {})", random_elem(inner)),
            other => random_elem(other),
        };
        if !self.optional {
            return base;
        }
        match self.nullable() {
            Cond::Always => format!("g.maybe(|g| {base})"),
            Cond::Never => format!("Some({base})"),
            Cond::Expr(e) => format!("if {e} {{ g.maybe(|g| {base}) }} else {{ Some({base}) }}"),
        }
    }
}

fn elem_type(ty: &FieldType) -> String {
    match ty {
        FieldType::Int8 => "i8".into(),
        FieldType::Int16 => "i16".into(),
        FieldType::Int32 => "i32".into(),
        FieldType::Int64 => "i64".into(),
        FieldType::Uint16 => "u16".into(),
        FieldType::Uint32 => "u32".into(),
        FieldType::Float64 => "f64".into(),
        FieldType::Bool => "bool".into(),
        FieldType::String => "String".into(),
        FieldType::Bytes | FieldType::Records => "Bytes".into(),
        FieldType::Uuid => "crate::protocol::Uuid".into(),
        FieldType::Struct(name) => name.clone(),
        FieldType::Array(inner) => format!("Vec<{}>", elem_type(inner)),
    }
}

fn random_elem(ty: &FieldType) -> String {
    match ty {
        FieldType::Int8 => "g.i8()".into(),
        FieldType::Int16 => "g.i16()".into(),
        FieldType::Int32 => "g.i32()".into(),
        FieldType::Int64 => "g.i64()".into(),
        FieldType::Uint16 => "g.u16()".into(),
        FieldType::Uint32 => "g.u32()".into(),
        FieldType::Float64 => "g.f64()".into(),
        FieldType::Bool => "g.bool()".into(),
        FieldType::String => "g.string()".into(),
        FieldType::Bytes | FieldType::Records => "g.bytes()".into(),
        FieldType::Uuid => "g.uuid()".into(),
        FieldType::Struct(_) => "Random::random(g, version)".into(),
        FieldType::Array(inner) => format!("g.vec(|g| {})", random_elem(inner)),
    }
}

/// A decimal literal for a spec integer default ("-1", "0x7fffffff").
fn int_literal(s: &str) -> Option<String> {
    let s = s.trim();
    let value: i64 = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => s.parse().ok()?,
    };
    Some(value.to_string())
}

/// `Some("x".to_owned())` → `"x"`, `Some(String::new())` → `""`.
fn string_literal_of(default: &str) -> String {
    let inner = default.strip_prefix("Some(").and_then(|s| s.strip_suffix(')')).unwrap_or(default);
    if inner == "String::new()" {
        "\"\"".into()
    } else {
        inner.trim_end_matches(".to_owned()").to_owned()
    }
}
