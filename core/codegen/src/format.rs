//! Formatting through `rustfmt`, so that generated files read like
//! hand-written ones and diffs between generator runs stay small.
//!
//! The files are formatted in a fresh temporary directory with an explicit
//! edition: no `rustfmt.toml` of the surrounding project can change the
//! result, which keeps the committed output reproducible.

use std::fs;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::{CodegenError, GeneratedFile};

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn rustfmt_command() -> Command {
    let mut cmd = Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()));
    cmd.args(["--edition", "2021"]);
    cmd
}

/// Formats one file through stdin: rustfmt then leaves the `mod`
/// declarations it holds alone instead of looking for their files.
fn rustfmt_stdin(source: &str) -> Result<String, CodegenError> {
    let fail = |e: std::io::Error| CodegenError::Format(format!("cannot run rustfmt: {e}"));
    let mut child = rustfmt_command()
        .args(["--emit", "stdout"])
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(fail)?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(source.as_bytes()).map_err(fail)?;
    }
    let output = child.wait_with_output().map_err(fail)?;
    if !output.status.success() {
        return Err(CodegenError::Format(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| CodegenError::Format(e.to_string()))
}

/// Formats every file in place.
pub fn rustfmt_all(files: &mut [GeneratedFile]) -> Result<(), CodegenError> {
    let (with_mods, plain): (Vec<&mut GeneratedFile>, Vec<&mut GeneratedFile>) = files
        .iter_mut()
        .partition(|f| declares_modules(&f.contents));
    for f in with_mods {
        f.contents = rustfmt_stdin(&f.contents)?;
    }
    rustfmt_files(plain)
}

/// Whether `source` has a `mod name;` line, which rustfmt would follow to a file.
fn declares_modules(source: &str) -> bool {
    source.lines().any(|line| {
        let line = line.trim_start_matches("pub ");
        line.starts_with("mod ") && line.ends_with(';')
    })
}

/// Formats files that declare no modules, many per rustfmt run.
fn rustfmt_files(mut files: Vec<&mut GeneratedFile>) -> Result<(), CodegenError> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = TempDir(
        std::env::temp_dir().join(format!("ferrokafka-codegen-{}-{nanos}", std::process::id())),
    );
    let io = |path: PathBuf| move |source| CodegenError::Io { path, source };
    let mut paths = Vec::with_capacity(files.len());
    for (i, f) in files.iter().enumerate() {
        let path = dir.0.join(format!("f{i}.rs"));
        fs::create_dir_all(&dir.0).map_err(io(dir.0.clone()))?;
        fs::write(&path, &f.contents).map_err(io(path.clone()))?;
        paths.push(path);
    }
    for chunk in paths.chunks(64) {
        let output = rustfmt_command()
            .args(chunk)
            .current_dir(&dir.0)
            .output()
            .map_err(|e| CodegenError::Format(format!("cannot run rustfmt: {e}")))?;
        if !output.status.success() {
            return Err(CodegenError::Format(
                String::from_utf8_lossy(&output.stderr).into_owned(),
            ));
        }
    }
    for (f, path) in files.iter_mut().zip(&paths) {
        f.contents = fs::read_to_string(path).map_err(io(path.clone()))?;
    }
    Ok(())
}
