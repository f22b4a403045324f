//! `cargo run -p ferrokafka-codegen [-- --specs DIR --error-codes FILE --out DIR]`
//!
//! Defaults, relative to the workspace root: specs in
//! `../shared/kafka-message-specs`, error codes in
//! `../shared/kafka-error-codes.tsv`, output in `core/src/protocol`.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: ferrokafka-codegen [--specs DIR] [--error-codes FILE] [--out DIR]";

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut specs = root.join("../shared/kafka-message-specs");
    let mut error_codes = root.join("../shared/kafka-error-codes.tsv");
    let mut out = root.join("core/src/protocol");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let target = match arg.as_str() {
            "--specs" => &mut specs,
            "--error-codes" => &mut error_codes,
            "--out" => &mut out,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("unknown argument {other:?}\n{USAGE}");
                return ExitCode::FAILURE;
            }
        };
        match args.next() {
            Some(value) => *target = PathBuf::from(value),
            None => {
                eprintln!("{arg} needs a value\n{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    let result = ferrokafka_codegen::generate(&specs, &error_codes)
        .and_then(|files| ferrokafka_codegen::write(&out, &files).map(|()| files.len()));
    match result {
        Ok(n) => {
            println!("wrote {n} files under {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ferrokafka-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}
