//! Generates ferrokafka's protocol messages from Kafka's JSON message specs.
//!
//! The output is committed (`core/src/protocol/messages/`, `api_key.rs`,
//! `error_code.rs`, `dispatch/`), so building the client never needs the
//! specs; the `codegen_check` test regenerates into a temporary directory and
//! fails when the committed files drift from what the generator produces.
//!
//! [`generate`] is pure apart from running `rustfmt`: same specs, same
//! toolchain, same bytes.

mod emit_message;
mod emit_tables;
mod field_code;
mod format;
mod model;
mod naming;
mod spec;
mod versions;

use std::fs;
use std::path::{Path, PathBuf};

use model::MessageModel;
use spec::SpecKind;

/// What can go wrong generating.
#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The failure.
        source: std::io::Error,
    },
    /// A spec (or the error-code table) says something the generator does not understand.
    #[error("spec: {0}")]
    Spec(String),
    /// `rustfmt` failed or is missing.
    #[error("rustfmt: {0}")]
    Format(String),
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the output directory (`core/src/protocol`).
    pub path: PathBuf,
    /// Formatted contents.
    pub contents: String,
}

fn read(path: &Path) -> Result<String, CodegenError> {
    fs::read_to_string(path).map_err(|source| CodegenError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Generates every file from the spec directory and the error-code table.
pub fn generate(specs_dir: &Path, error_codes: &Path) -> Result<Vec<GeneratedFile>, CodegenError> {
    let mut names: Vec<PathBuf> = fs::read_dir(specs_dir)
        .map_err(|source| CodegenError::Io {
            path: specs_dir.to_owned(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let mut specs = Vec::new();
    for path in &names {
        let parsed = spec::parse(&read(path)?)
            .map_err(|e| CodegenError::Spec(format!("{}: {e}", path.display())))?;
        specs.push(parsed);
    }
    specs.sort_by(|a, b| a.name.cmp(&b.name));

    // `latestVersionUnstable` sits on the request spec but covers the API.
    let unstable_keys: Vec<i16> = specs
        .iter()
        .filter(|s| s.latest_unstable)
        .filter_map(|s| s.api_key)
        .collect();
    let models = specs
        .iter()
        .map(|s| MessageModel::new(s, s.api_key.is_some_and(|k| unstable_keys.contains(&k))))
        .collect::<Result<Vec<_>, _>>()?;
    let apis = emit_tables::apis(&models)?;

    let mut files = Vec::new();
    for m in &models {
        let response_of = match m.spec.kind {
            SpecKind::Request => apis
                .iter()
                .find(|a| a.key == m.spec.api_key.unwrap_or(-1))
                .map(|a| a.response.spec.name.as_str()),
            _ => None,
        };
        files.push(GeneratedFile {
            path: Path::new("messages").join(format!("{}.rs", m.module)),
            contents: emit_message::emit(m, response_of)?,
        });
    }
    files.push(GeneratedFile {
        path: "messages/mod.rs".into(),
        contents: emit_tables::messages_mod_file(&models),
    });
    files.push(GeneratedFile {
        path: "api_key.rs".into(),
        contents: emit_tables::api_key_file(&apis),
    });
    files.push(GeneratedFile {
        path: "error_code.rs".into(),
        contents: emit_tables::error_code_file(&read(error_codes)?)?,
    });
    files.push(GeneratedFile {
        path: "dispatch/mod.rs".into(),
        contents: emit_tables::dispatch_mod_file(),
    });
    for (file, response) in [("request.rs", false), ("response.rs", true)] {
        files.push(GeneratedFile {
            path: Path::new("dispatch").join(file),
            contents: emit_tables::dispatch_file(&apis, response),
        });
    }
    format::rustfmt_all(&mut files)?;
    Ok(files)
}

/// Writes `files` under `out_dir`, removing message modules that are no
/// longer generated.
pub fn write(out_dir: &Path, files: &[GeneratedFile]) -> Result<(), CodegenError> {
    let messages = out_dir.join("messages");
    for dir in [messages.clone(), out_dir.join("dispatch")] {
        fs::create_dir_all(&dir).map_err(|source| CodegenError::Io { path: dir, source })?;
    }
    let keep: Vec<PathBuf> = files.iter().map(|f| out_dir.join(&f.path)).collect();
    if let Ok(entries) = fs::read_dir(&messages) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "rs") && !keep.contains(&path) {
                fs::remove_file(&path).map_err(|source| CodegenError::Io {
                    path: path.clone(),
                    source,
                })?;
            }
        }
    }
    for f in files {
        let path = out_dir.join(&f.path);
        let unchanged = fs::read_to_string(&path).is_ok_and(|old| old == f.contents);
        if !unchanged {
            fs::write(&path, &f.contents).map_err(|source| CodegenError::Io { path, source })?;
        }
    }
    Ok(())
}
