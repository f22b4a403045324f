//! OAUTHBEARER (RFC 7628, KIP-255): the client's first message carries the
//! token and any SASL extensions. A broker that rejects the token answers
//! with a JSON error; the client acknowledges it with a lone `0x01` and the
//! broker then fails the authentication.

use super::{Mechanism, OAuthToken};
use crate::error::{Error, Result};

const SEPARATOR: char = '\u{1}';

pub(super) struct OAuthBearer {
    message: Option<Vec<u8>>,
    rejected: bool,
    context: String,
}

impl OAuthBearer {
    pub(super) fn new(token: OAuthToken, context: &str) -> Result<Self> {
        let bad = |reason: String| Error::Authentication { context: context.to_owned(), reason };
        if token.value.is_empty() || token.value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad("the OAUTHBEARER token provider returned an empty token or one with \
                            whitespace or control characters"
                .to_owned()));
        }
        let mut message = format!("n,,{SEPARATOR}auth=Bearer {}{SEPARATOR}", token.value);
        for (key, value) in &token.extensions {
            let key_ok = !key.is_empty() && key != "auth" && key.chars().all(|c| c.is_ascii_alphabetic());
            // RFC 7628 3.1: value = *(VCHAR / SP / HTAB / CR / LF).
            let value_ok = value.bytes().all(|b| matches!(b, 0x21..=0x7e | b' ' | b'\t' | b'\r' | b'\n'));
            if !key_ok || !value_ok {
                return Err(bad(format!(
                    "SASL extension '{key}' cannot be sent: names are ASCII letters other than 'auth', \
                     values are printable ASCII, spaces, tabs and line breaks"
                )));
            }
            message.push_str(&format!("{key}={value}{SEPARATOR}"));
        }
        message.push(SEPARATOR);
        Ok(Self { message: Some(message.into_bytes()), rejected: false, context: context.to_owned() })
    }
}

impl Mechanism for OAuthBearer {
    fn first(&mut self) -> Result<Vec<u8>> {
        Ok(self.message.take().unwrap_or_default())
    }

    fn next(&mut self, challenge: &[u8]) -> Result<Option<Vec<u8>>> {
        if challenge.is_empty() && !self.rejected {
            return Ok(None);
        }
        if self.rejected {
            return Err(Error::Authentication {
                context: self.context.clone(),
                reason: "the broker rejected the token".to_owned(),
            });
        }
        // The broker's JSON error (status, scope) says why; it holds no secret.
        tracing::debug!(context = %self.context, error = %String::from_utf8_lossy(challenge), "OAUTHBEARER token rejected");
        self.rejected = true;
        Ok(Some(vec![1]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_message_layout() {
        let mut token = OAuthToken::new("abc.def.");
        token.extensions.insert("traceId".into(), "42".into());
        let mut m = OAuthBearer::new(token, "t").unwrap();
        assert_eq!(m.first().unwrap(), b"n,,\x01auth=Bearer abc.def.\x01traceId=42\x01\x01");
        assert_eq!(m.next(b"").unwrap(), None);
    }

    #[test]
    fn rejection_is_acknowledged() {
        let mut m = OAuthBearer::new(OAuthToken::new("x"), "t").unwrap();
        m.first().unwrap();
        assert_eq!(m.next(br#"{"status":"invalid_token"}"#).unwrap(), Some(vec![1]));
    }

    #[test]
    fn extensions_outside_rfc7628_are_refused() {
        let with = |key: &str, value: &str| {
            let mut token = OAuthToken::new("x");
            token.extensions.insert(key.into(), value.into());
            OAuthBearer::new(token, "t")
        };
        assert!(with("traceId", "a b\tc").is_ok());
        assert!(with("trace1d", "a").is_err(), "digits are not allowed in names");
        assert!(with("auth", "a").is_err());
        assert!(with("traceId", "a\u{1}b").is_err());
        assert!(with("traceId", "caf\u{e9}").is_err(), "non-ASCII values are not allowed");
    }

    #[test]
    fn bad_tokens_are_refused() {
        assert!(OAuthBearer::new(OAuthToken::new(""), "t").is_err());
        assert!(OAuthBearer::new(OAuthToken::new("a b"), "t").is_err());
    }
}
