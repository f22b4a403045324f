//! Rust names for spec names: `snake_case` for modules and fields, raw
//! identifiers for keywords.

/// `TopicId` → `topic_id`, `V3AndBelowTopics` → `v3_and_below_topics`.
///
/// An underscore goes before an upper-case letter that follows a lower-case
/// letter or digit, or that starts a new word after an acronym (`KRaft` →
/// `k_raft`).
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase() || prev.is_ascii_digit() || (prev.is_ascii_uppercase() && next_lower) {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "try", "typeof", "unsized", "virtual", "yield",
];

/// The field name as a Rust identifier (`Type` → `r#type`).
pub fn field_ident(name: &str) -> String {
    let snake = snake_case(name);
    if KEYWORDS.contains(&snake.as_str()) {
        format!("r#{snake}")
    } else {
        snake
    }
}

/// The spec name of an API: the request's name without `Request`.
pub fn api_name(request_name: &str) -> &str {
    request_name.strip_suffix("Request").unwrap_or(request_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_follows_word_boundaries() {
        assert_eq!(snake_case("TopicId"), "topic_id");
        assert_eq!(snake_case("IsInternal"), "is_internal");
        assert_eq!(snake_case("MetadataRequest"), "metadata_request");
        assert_eq!(snake_case("V3AndBelowTopics"), "v3_and_below_topics");
        assert_eq!(snake_case("Enable2Pc"), "enable2_pc");
        assert_eq!(snake_case("KRaftVersion"), "k_raft_version");
        assert_eq!(field_ident("Type"), "r#type");
        assert_eq!(field_ident("Match"), "r#match");
    }
}
