//! The committed generated files are exactly what the generator produces from
//! the specs (`../shared/kafka-message-specs`, relative to the workspace
//! root). Where the specs are not checked out the test says so and passes.
//!
//! When it fails, run `cargo run -p ferrokafka-codegen` and commit the result.

use std::fs;
use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn committed_generated_files_match_the_generator() {
    let root = workspace_root();
    let specs = root.join("../shared/kafka-message-specs");
    let error_codes = root.join("../shared/kafka-error-codes.tsv");
    if !specs.is_dir() {
        println!("SKIPPED: ../shared/kafka-message-specs not found");
        return;
    }
    let files = ferrokafka_codegen::generate(&specs, &error_codes).expect("generator runs");
    let scratch = std::env::temp_dir().join(format!("ferrokafka-codegen-check-{}", std::process::id()));
    ferrokafka_codegen::write(&scratch, &files).expect("writes to a temporary directory");

    let committed = root.join("core/src/protocol");
    let mut stale = Vec::new();
    for file in &files {
        let fresh = fs::read(scratch.join(&file.path)).expect("reads back what it wrote");
        match fs::read(committed.join(&file.path)) {
            Ok(old) if old == fresh => {}
            Ok(_) => stale.push(format!("differs: {}", file.path.display())),
            Err(_) => stale.push(format!("missing: {}", file.path.display())),
        }
    }
    let generated: Vec<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    for entry in fs::read_dir(committed.join("messages")).expect("messages directory exists").flatten() {
        let rel = Path::new("messages").join(entry.file_name());
        if !generated.contains(&rel) {
            stale.push(format!("not generated: {}", rel.display()));
        }
    }
    let _ = fs::remove_dir_all(&scratch);
    assert!(
        stale.is_empty(),
        "generated files are out of date (run `cargo run -p ferrokafka-codegen`):\n{}",
        stale.join("\n")
    );
    assert!(files.len() > 190, "only {} files generated", files.len());
}
