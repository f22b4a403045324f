//! One message file: the structs, their `Default`, `Encodable`, `Decodable`
//! and `Random` impls, and the message-level trait impls.

use std::fmt::Write as _;

use crate::field_code::FieldCode;
use crate::model::{MessageModel, StructModel};
use crate::naming::{api_name, snake_case};
use crate::spec::SpecKind;
use crate::versions::{Cond, Versions};
use crate::CodegenError;

/// The Rust source (before formatting) of one message module.
pub fn emit(model: &MessageModel<'_>, response_of: Option<&str>) -> Result<String, CodegenError> {
    let spec = model.spec;
    let mut out = String::new();
    writeln!(out, "//! `{}`{}.", spec.name, api_suffix(model)).ok();
    writeln!(out, "//!").ok();
    for line in version_summary(model) {
        writeln!(out, "//! {line}").ok();
    }
    writeln!(out, "//!").ok();
    writeln!(
        out,
        "//! Generated from `{}.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.",
        spec.name
    )
    .ok();
    out.push('\n');
    out.push_str("use bytes::{Bytes, BytesMut};\n\n");
    out.push_str("use crate::protocol::primitives as p;\n");
    let trait_import = match spec.kind {
        SpecKind::Request => "ApiRequest, ",
        SpecKind::Response => "ApiResponse, ",
        _ => "",
    };
    writeln!(out, "use crate::protocol::{{{trait_import}Decodable, Encodable, Message, ProtocolError}};").ok();
    out.push_str("#[cfg(feature = \"test-support\")]\nuse crate::protocol::test_support::{Gen, Random};\n");
    for s in &model.structs {
        out.push('\n');
        emit_struct(&mut out, model, s)?;
    }
    out.push('\n');
    emit_message_impls(&mut out, model, response_of);
    Ok(out)
}

fn api_suffix(model: &MessageModel<'_>) -> String {
    match model.spec.api_key {
        Some(k) => format!(", the {} of API key {k} ({})", kind_word(model.spec.kind), api_name_of(model)),
        None => String::new(),
    }
}

fn kind_word(kind: SpecKind) -> &'static str {
    match kind {
        SpecKind::Request => "request",
        SpecKind::Response => "response",
        SpecKind::Header => "header",
        SpecKind::Data => "data",
    }
}

fn api_name_of(model: &MessageModel<'_>) -> String {
    let name = &model.spec.name;
    api_name(name.strip_suffix("Response").map(|n| n.to_owned() + "Request").as_deref().unwrap_or(name)).to_owned()
}

fn version_summary(model: &MessageModel<'_>) -> Vec<String> {
    let mut lines = Vec::new();
    if model.range.is_empty() {
        lines.push("Kafka has removed this API: no version is valid, so encoding and decoding".into());
        lines.push("always fail with `UnsupportedVersion`. The type stays so that every API key has one.".into());
        return lines;
    }
    let flexible = if model.has_flexible() {
        format!("flexible (compact) encoding from version {}", model.flexible_min)
    } else {
        "no flexible versions".into()
    };
    let plural = if model.range.lo == model.range.hi { "Version" } else { "Versions" };
    lines.push(format!("{plural} {}; {flexible}.", model.range.describe()));
    if let Some(v) = model.dropped_unstable {
        lines.push(format!("Version {v} is marked unstable in the spec and is left out."));
    }
    lines
}

fn doc_lines(out: &mut String, text: &str) {
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str("///\n");
        } else {
            writeln!(out, "/// {line}").ok();
        }
    }
}

fn field_doc(fc: &FieldCode<'_>) -> String {
    let f = fc.field;
    let mut doc = if f.about.is_empty() { format!("`{}`.", f.name) } else { f.about.clone() };
    let mut facts = vec![format!("versions {}", f.versions.describe())];
    if !f.nullable.is_empty() {
        facts.push(format!("nullable {}", f.nullable.describe()));
    }
    if let Some(tag) = f.tag {
        facts.push(format!("tagged (tag {tag})"));
    }
    if let Some(d) = &f.default {
        facts.push(format!("default {d:?}"));
    }
    if f.ignorable {
        facts.push("ignorable".into());
    }
    write!(doc, "\n\nSpec: {}.", facts.join(", ")).ok();
    doc
}

fn emit_struct(out: &mut String, model: &MessageModel<'_>, s: &StructModel<'_>) -> Result<(), CodegenError> {
    let fields: Vec<FieldCode<'_>> = s.fields.iter().map(|f| FieldCode::new(f, model.range)).collect();
    let flexible = model.has_flexible();

    // The struct.
    if s.top {
        let summary = version_summary(model).join(" ");
        doc_lines(out, &format!("The `{}` message.\n\n{summary}", s.name));
    } else {
        doc_lines(out, &format!("The `{}` struct of `{}`.", s.name, model.spec.name));
    }
    let mut natural = true;
    for fc in &fields {
        natural &= fc.default_is_natural()?;
    }
    let derives = if natural { "Debug, Clone, PartialEq, Default" } else { "Debug, Clone, PartialEq" };
    writeln!(out, "#[derive({derives})]\npub struct {} {{", s.name).ok();
    for fc in &fields {
        doc_lines(out, &field_doc(fc));
        writeln!(out, "pub {}: {},", fc.ident, fc.rust_type()).ok();
    }
    if flexible {
        out.push_str("/// Tagged fields this code does not know, kept so that encoding writes them back.\n");
        out.push_str("pub unknown_tagged_fields: p::UnknownTaggedFields,\n");
    }
    out.push_str("}\n\n");

    if !natural {
        writeln!(out, "impl Default for {} {{\nfn default() -> Self {{\nSelf {{", s.name).ok();
        for fc in &fields {
            writeln!(out, "{}: {},", fc.ident, fc.default_expr()?).ok();
        }
        if flexible {
            out.push_str("unknown_tagged_fields: p::UnknownTaggedFields::default(),\n");
        }
        out.push_str("}\n}\n}\n\n");
    }

    emit_encode(out, model, s, &fields)?;
    emit_decode(out, model, s, &fields);
    emit_random(out, model, s, &fields);
    Ok(())
}

/// The flexible-version test inside a struct of this message.
fn flex_cond(model: &MessageModel<'_>) -> Cond {
    if model.range.is_empty() {
        return Cond::Never;
    }
    Cond::new(&model.spec.flexible, &model.range)
}

/// The `compact` argument for a field: the message's flexibility, unless the
/// field overrides it (RequestHeader.ClientId is never compact).
fn compact_arg(model: &MessageModel<'_>, fc: &FieldCode<'_>) -> String {
    match &fc.field.flexible {
        Some(v) => Cond::new(v, &model.range).expr(),
        None => match flex_cond(model) {
            Cond::Expr(_) => "flex".into(),
            c => c.expr(),
        },
    }
}

/// Wraps a body that may use `flex` and `version` into a function, declaring
/// `flex` only when used and naming the version `_version` when unused.
fn finish_fn(out: &mut String, model: &MessageModel<'_>, signature: &str, body: &str) {
    let uses_flex = uses_word(body, "flex");
    let flex_decl = match (uses_flex, flex_cond(model)) {
        (true, Cond::Expr(e)) => format!("let flex = {e};\n"),
        _ => String::new(),
    };
    let mut signature = signature.to_owned();
    for param in ["buf", "g", "version"] {
        let used = uses_word(body, param) || (param == "version" && !flex_decl.is_empty());
        if !used {
            signature = signature.replace(&format!("{param}: "), &format!("_{param}: "));
        }
    }
    writeln!(out, "{signature} {{\n{flex_decl}{body}}}").ok();
}

/// Whether `word` occurs in `code` as a whole identifier (not a field access).
fn uses_word(code: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    code.match_indices(word).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + word.len()..].chars().next();
        !before.is_some_and(|c| is_ident(c) || c == '.') && !after.is_some_and(is_ident)
    })
}

/// The negation of a default test, written the way a person would.
fn negate(test: &str) -> String {
    for (op, opposite) in [(">=", "<"), ("<=", ">")] {
        if let Some(n) = test.strip_prefix(&format!("version {op} ")) {
            if n.bytes().all(|b| b.is_ascii_digit()) {
                return format!("version {opposite} {n}");
            }
        }
    }
    if let Some(inner) = test.strip_prefix('!') {
        if !inner.contains(' ') {
            return inner.to_owned();
        }
    }
    if !test.contains(' ') {
        if let Some(subject) = test.strip_suffix(".is_none()") {
            return format!("{subject}.is_some()");
        }
        return format!("!{test}");
    }
    if let Some((a, b)) = test.split_once(" == ") {
        if !b.contains("==") {
            return format!("{a} != {b}");
        }
    }
    format!("!({test})")
}

fn emit_encode(
    out: &mut String,
    model: &MessageModel<'_>,
    s: &StructModel<'_>,
    fields: &[FieldCode<'_>],
) -> Result<(), CodegenError> {
    let mut body = String::new();
    if s.top {
        body.push_str("p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;\n");
    }
    for fc in fields.iter().filter(|fc| !fc.is_tagged()) {
        let write = fc.write_stmt(&s.name, &compact_arg(model, fc));
        let check = unsupported_check(s, fc)?;
        match (fc.present(), check) {
            (Cond::Always, _) => writeln!(body, "{write}").ok(),
            (Cond::Never, Some(check)) => writeln!(body, "if {} {}", negate(&check), unsupported(s, fc)).ok(),
            (Cond::Never, None) => None,
            (Cond::Expr(e), Some(check)) => {
                writeln!(body, "if {e} {{ {write} }} else if {} {}", negate(&check), unsupported(s, fc)).ok()
            }
            (Cond::Expr(e), None) => writeln!(body, "if {e} {{ {write} }}").ok(),
        };
    }
    if model.has_flexible() {
        let section = encode_tagged_section(s, fields)?;
        match flex_cond(model) {
            Cond::Always => body.push_str(&section),
            Cond::Never => {}
            Cond::Expr(_) => body.push_str(&format!("if flex {{\n{section}}}\n")),
        }
    }
    body.push_str("Ok(())\n");
    writeln!(out, "impl Encodable for {} {{", s.name).ok();
    finish_fn(out, model, "fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError>", &body);
    out.push_str("}\n\n");
    Ok(())
}

/// The default test guarding a field the version lacks, or `None` when the
/// field is ignorable (a non-default value is then silently dropped).
fn unsupported_check(_s: &StructModel<'_>, fc: &FieldCode<'_>) -> Result<Option<String>, CodegenError> {
    if fc.field.ignorable {
        return Ok(None);
    }
    fc.is_default_expr().map(Some)
}

fn unsupported(s: &StructModel<'_>, fc: &FieldCode<'_>) -> String {
    format!("{{ return Err(p::field_not_supported({:?}, {:?}, version)); }}", s.name, fc.field.name)
}

fn encode_tagged_section(s: &StructModel<'_>, fields: &[FieldCode<'_>]) -> Result<String, CodegenError> {
    let mut tagged: Vec<&FieldCode<'_>> = fields.iter().filter(|fc| fc.is_tagged()).collect();
    tagged.sort_by_key(|fc| fc.field.tag);
    if tagged.is_empty() {
        return Ok("p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;\n".into());
    }
    let mut code = String::new();
    let mut flags = Vec::new();
    for fc in &tagged {
        let flag = format!("write_{}", fc.ident.trim_start_matches("r#"));
        let not_default = negate(&fc.is_default_expr()?);
        let cond = match fc.present() {
            Cond::Always => not_default,
            Cond::Never => "false".into(),
            Cond::Expr(e) => format!("{e} && {not_default}"),
        };
        writeln!(code, "let {flag} = {cond};").ok();
        if let (Some(check), Cond::Expr(e)) = (unsupported_check(s, fc)?, fc.present()) {
            writeln!(code, "if {} && {} {}", negate(&e), negate(&check), unsupported(s, fc)).ok();
        }
        flags.push(flag);
    }
    let count = flags.iter().map(|f| format!("usize::from({f})")).collect::<Vec<_>>().join(" + ");
    writeln!(code, "let mut tagged = p::TaggedFieldWriter::start(buf, {count}, &self.unknown_tagged_fields)?;").ok();
    for (fc, flag) in tagged.iter().zip(&flags) {
        let tag = fc.field.tag.unwrap_or_default();
        writeln!(
            code,
            "if {flag} {{ tagged.field(buf, {tag}, |buf| {{ {} Ok(()) }})?; }}",
            fc.write_stmt(&s.name, "true")
        )
        .ok();
    }
    code.push_str("tagged.finish(buf)?;\n");
    Ok(code)
}

fn emit_decode(out: &mut String, model: &MessageModel<'_>, s: &StructModel<'_>, fields: &[FieldCode<'_>]) {
    let mut body = String::new();
    if s.top {
        body.push_str("p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;\n");
    }
    let any_field = !fields.is_empty() || model.has_flexible();
    body.push_str(if any_field { "let mut this = Self::default();\n" } else { "let this = Self::default();\n" });
    for fc in fields.iter().filter(|fc| !fc.is_tagged()) {
        let read = fc.read_expr("buf", &compact_arg(model, fc));
        match fc.present() {
            Cond::Always => writeln!(body, "this.{} = {read};", fc.ident).ok(),
            Cond::Never => None,
            Cond::Expr(e) => writeln!(body, "if {e} {{ this.{} = {read}; }}", fc.ident).ok(),
        };
    }
    if model.has_flexible() {
        let section = decode_tagged_section(s, fields);
        match flex_cond(model) {
            Cond::Always => body.push_str(&section),
            Cond::Never => {}
            Cond::Expr(_) => body.push_str(&format!("if flex {{\n{section}}}\n")),
        }
    }
    body.push_str("Ok(this)\n");
    writeln!(out, "impl Decodable for {} {{", s.name).ok();
    finish_fn(out, model, "fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError>", &body);
    out.push_str("}\n\n");
}

fn decode_tagged_section(s: &StructModel<'_>, fields: &[FieldCode<'_>]) -> String {
    let mut arms = String::new();
    for fc in fields.iter().filter(|fc| fc.is_tagged()) {
        let tag = fc.field.tag.unwrap_or_default();
        let guard = match fc.present() {
            Cond::Always => String::new(),
            Cond::Never => continue,
            Cond::Expr(e) => format!(" if {e}"),
        };
        writeln!(
            arms,
            "{tag}{guard} => {{ this.{} = {}; p::expect_empty(&data, \"{}.{}\")?; }}",
            fc.ident,
            fc.read_expr("&mut data", "true"),
            s.name,
            fc.field.name
        )
        .ok();
    }
    if arms.is_empty() {
        return "this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;\n".into();
    }
    format!(
        "for _ in 0..p::read_tagged_header(buf)? {{\nlet (tag, mut data) = p::read_tagged_field(buf)?;\nmatch tag {{\n{arms}_ => this.unknown_tagged_fields.push(tag, data),\n}}\n}}\n"
    )
}

fn emit_random(out: &mut String, model: &MessageModel<'_>, s: &StructModel<'_>, fields: &[FieldCode<'_>]) {
    let mut body = String::new();
    let any_field = !fields.is_empty() || model.has_flexible();
    body.push_str(if any_field { "let mut this = Self::default();\n" } else { "let this = Self::default();\n" });
    for fc in fields {
        match fc.present() {
            Cond::Always => writeln!(body, "this.{} = {};", fc.ident, fc.random_expr()).ok(),
            Cond::Never => None,
            Cond::Expr(e) => writeln!(body, "if {e} {{ this.{} = {}; }}", fc.ident, fc.random_expr()).ok(),
        };
    }
    if model.has_flexible() {
        match flex_cond(model) {
            Cond::Always => body.push_str("this.unknown_tagged_fields = g.unknown_tagged_fields();\n"),
            Cond::Never => {}
            Cond::Expr(_) => body.push_str("if flex { this.unknown_tagged_fields = g.unknown_tagged_fields(); }\n"),
        }
    }
    body.push_str("this\n");
    writeln!(out, "#[cfg(feature = \"test-support\")]\nimpl Random for {} {{", s.name).ok();
    finish_fn(out, model, "fn random(g: &mut Gen, version: i16) -> Self", &body);
    out.push_str("}\n\n");
}

fn emit_message_impls(out: &mut String, model: &MessageModel<'_>, response_of: Option<&str>) {
    let spec = model.spec;
    let (min, max) = if model.range.is_empty() { (0, -1) } else { (model.range.lo, model.range.hi) };
    writeln!(
        out,
        "impl Message for {} {{\nconst NAME: &'static str = {:?};\nconst MIN_VERSION: i16 = {min};\nconst MAX_VERSION: i16 = {max};\nconst FLEXIBLE_MIN_VERSION: i16 = {};\n}}\n",
        spec.name,
        spec.name,
        if model.flexible_min == i16::MAX { "i16::MAX".to_owned() } else { model.flexible_min.to_string() }
    )
    .ok();
    let key = spec.api_key.unwrap_or_default();
    let flexible = Versions { lo: model.flexible_min, hi: i16::MAX };
    let flex_test = |yes: i16, no: i16| {
        if model.flexible_min == i16::MAX {
            no.to_string()
        } else {
            format!("if {} {{ {yes} }} else {{ {no} }}", Cond::Expr(format!("version >= {}", flexible.lo)).expr())
        }
    };
    match spec.kind {
        SpecKind::Request => {
            let response = response_of.unwrap_or_default();
            let header = if key == 7 {
                // ControlledShutdown v0 predates the client ID in the header.
                format!("if version == 0 {{ 0 }} else {{ {} }}", flex_test(2, 1))
            } else {
                flex_test(2, 1)
            };
            let param = if uses_word(&header, "version") { "version" } else { "_version" };
            writeln!(
                out,
                "impl ApiRequest for {} {{\nconst API_KEY: i16 = {key};\ntype Response = super::{}::{response};\nfn request_header_version({param}: i16) -> i16 {{ {header} }}\n}}",
                spec.name,
                snake_case(response)
            )
            .ok();
        }
        SpecKind::Response => {
            let (param, header) = if key == 18 {
                // ApiVersions answers with header v0 so that a client that sent
                // a version the broker does not know can still read it.
                ("_version", "0".to_owned())
            } else if model.flexible_min == i16::MAX {
                ("_version", "0".to_owned())
            } else {
                ("version", flex_test(1, 0))
            };
            writeln!(
                out,
                "impl ApiResponse for {} {{\nconst API_KEY: i16 = {key};\nfn response_header_version({param}: i16) -> i16 {{ {header} }}\n}}",
                spec.name
            )
            .ok();
        }
        _ => {}
    }
}
