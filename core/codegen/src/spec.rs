//! The message spec files, parsed into a small model.
//!
//! Only what the generated code depends on is kept; `mapKey`, `entityType`
//! and `listeners` guide the Java client's data structures and are ignored.

use serde_json::{Map, Value};

use crate::versions::Versions;
use crate::CodegenError;

/// What a spec describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecKind {
    /// A request body.
    Request,
    /// A response body.
    Response,
    /// A request or response header.
    Header,
    /// A record or other data format without an API key.
    Data,
}

/// One spec file.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The message name, e.g. `MetadataRequest`.
    pub name: String,
    /// What it describes.
    pub kind: SpecKind,
    /// The API key, for requests and responses.
    pub api_key: Option<i16>,
    /// `validVersions`.
    pub valid: Versions,
    /// `flexibleVersions`.
    pub flexible: Versions,
    /// `latestVersionUnstable`.
    pub latest_unstable: bool,
    /// Top-level fields.
    pub fields: Vec<Field>,
    /// Structs declared once and used by name.
    pub common_structs: Vec<StructDef>,
}

/// A struct declared in `commonStructs`.
#[derive(Debug, Clone)]
pub struct StructDef {
    /// Its type name.
    pub name: String,
    /// Its fields.
    pub fields: Vec<Field>,
}

/// A field's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    Int8,
    Int16,
    Int32,
    Int64,
    Uint16,
    Uint32,
    Float64,
    Bool,
    String,
    Bytes,
    Records,
    Uuid,
    /// A struct, by type name.
    Struct(String),
    /// An array of the inner type.
    Array(Box<FieldType>),
}

impl FieldType {
    fn parse(s: &str) -> FieldType {
        if let Some(inner) = s.strip_prefix("[]") {
            return FieldType::Array(Box::new(FieldType::parse(inner)));
        }
        match s {
            "int8" => FieldType::Int8,
            "int16" => FieldType::Int16,
            "int32" => FieldType::Int32,
            "int64" => FieldType::Int64,
            "uint16" => FieldType::Uint16,
            "uint32" => FieldType::Uint32,
            "float64" => FieldType::Float64,
            "bool" => FieldType::Bool,
            "string" => FieldType::String,
            "bytes" => FieldType::Bytes,
            "records" => FieldType::Records,
            "uuid" => FieldType::Uuid,
            other => FieldType::Struct(other.to_owned()),
        }
    }

    /// The struct name of a struct or array-of-struct type.
    pub fn struct_name(&self) -> Option<&str> {
        match self {
            FieldType::Struct(n) => Some(n),
            FieldType::Array(inner) => inner.struct_name(),
            _ => None,
        }
    }
}

/// One field of a struct.
#[derive(Debug, Clone)]
pub struct Field {
    /// Spec name, e.g. `TopicId`.
    pub name: String,
    /// Its type.
    pub ty: FieldType,
    /// Versions in which it exists.
    pub versions: Versions,
    /// Versions in which it may be null.
    pub nullable: Versions,
    /// Versions in which it is a tagged field.
    pub tagged: Versions,
    /// Its tag, when tagged.
    pub tag: Option<u32>,
    /// A field-level override of the message's flexible versions.
    pub flexible: Option<Versions>,
    /// The spec's `default`, as written.
    pub default: Option<String>,
    /// Whether a non-default value may be dropped at versions without it.
    pub ignorable: bool,
    /// The spec's description.
    pub about: String,
    /// Fields of a struct declared inline.
    pub fields: Option<Vec<Field>>,
}

/// Removes the `//` comment lines the spec files carry.
pub fn strip_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Parses one spec file's text.
pub fn parse(text: &str) -> Result<Spec, CodegenError> {
    let value: Value = serde_json::from_str(&strip_comments(text))
        .map_err(|e| CodegenError::Spec(format!("not JSON: {e}")))?;
    let obj = value.as_object().ok_or_else(|| CodegenError::Spec("not an object".into()))?;
    let name = get_str(obj, "name")?.to_owned();
    let ctx = |e: CodegenError| CodegenError::Spec(format!("{name}: {e}"));
    let kind = match get_str(obj, "type")? {
        "request" => SpecKind::Request,
        "response" => SpecKind::Response,
        "header" => SpecKind::Header,
        _ => SpecKind::Data,
    };
    let api_key = match obj.get("apiKey") {
        Some(v) => Some(
            v.as_i64()
                .and_then(|k| i16::try_from(k).ok())
                .ok_or_else(|| CodegenError::Spec(format!("{name}: bad apiKey")))?,
        ),
        None => None,
    };
    let valid = Versions::parse(get_str(obj, "validVersions")?).map_err(ctx)?;
    let flexible = match obj.get("flexibleVersions").and_then(Value::as_str) {
        Some(s) => Versions::parse(s).map_err(ctx)?,
        None => Versions::NONE,
    };
    let latest_unstable = obj.get("latestVersionUnstable").and_then(Value::as_bool).unwrap_or(false);
    let fields = parse_fields(obj.get("fields")).map_err(ctx)?;
    let mut common_structs = Vec::new();
    if let Some(list) = obj.get("commonStructs").and_then(Value::as_array) {
        for s in list {
            let s = s.as_object().ok_or_else(|| CodegenError::Spec(format!("{name}: bad commonStructs")))?;
            common_structs.push(StructDef {
                name: get_str(s, "name").map_err(ctx)?.to_owned(),
                fields: parse_fields(s.get("fields")).map_err(ctx)?,
            });
        }
    }
    Ok(Spec { name, kind, api_key, valid, flexible, latest_unstable, fields, common_structs })
}

fn get_str<'a>(obj: &'a Map<String, Value>, key: &str) -> Result<&'a str, CodegenError> {
    obj.get(key).and_then(Value::as_str).ok_or_else(|| CodegenError::Spec(format!("missing {key:?}")))
}

fn parse_fields(value: Option<&Value>) -> Result<Vec<Field>, CodegenError> {
    let Some(list) = value else { return Ok(Vec::new()) };
    let list = list.as_array().ok_or_else(|| CodegenError::Spec("fields is not an array".into()))?;
    list.iter().map(parse_field).collect()
}

fn parse_field(value: &Value) -> Result<Field, CodegenError> {
    let obj = value.as_object().ok_or_else(|| CodegenError::Spec("field is not an object".into()))?;
    let name = get_str(obj, "name")?.to_owned();
    let ctx = |e: CodegenError| CodegenError::Spec(format!("field {name}: {e}"));
    let versions_of = |key: &str| -> Result<Versions, CodegenError> {
        match obj.get(key).and_then(Value::as_str) {
            Some(s) => Versions::parse(s).map_err(ctx),
            None => Ok(Versions::NONE),
        }
    };
    let default = match obj.get("default") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    let tag = match obj.get("tag") {
        None => None,
        Some(v) => Some(
            v.as_u64()
                .and_then(|t| u32::try_from(t).ok())
                .ok_or_else(|| CodegenError::Spec(format!("field {name}: bad tag")))?,
        ),
    };
    let fields = match obj.get("fields") {
        Some(v) => Some(parse_fields(Some(v)).map_err(ctx)?),
        None => None,
    };
    Ok(Field {
        ty: FieldType::parse(get_str(obj, "type").map_err(ctx)?),
        versions: versions_of("versions")?,
        nullable: versions_of("nullableVersions")?,
        tagged: versions_of("taggedVersions")?,
        flexible: match obj.get("flexibleVersions") {
            Some(_) => Some(versions_of("flexibleVersions")?),
            None => None,
        },
        tag,
        default,
        ignorable: obj.get("ignorable").and_then(Value::as_bool).unwrap_or(false),
        about: obj.get("about").and_then(Value::as_str).unwrap_or("").to_owned(),
        fields,
        name,
    })
}
