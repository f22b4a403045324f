//! SASL authentication of broker connections.
//!
//! After ApiVersions, a connection with a [`SaslConfig`] sends SaslHandshake
//! (naming the mechanism) and then one or more SaslAuthenticate requests
//! carrying the mechanism's messages (`plain`, `scram`, `oauth`). When the
//! broker grants a session of limited lifetime (`connections.max.reauth.ms`,
//! KIP-368), the connection authenticates again over the same socket before
//! the session ends; see `session`.
//!
//! Secrets never leave this module except on the wire: the `Debug` output
//! of every type here redacts them, and errors and logs name only the
//! mechanism, the user and the broker.

mod exchange;
mod oauth;
mod plain;
mod renewal;
mod scram;

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};

pub(crate) use exchange::{Authenticator, Session, Wire};
pub(crate) use renewal::reauthenticate;

/// Which SASL mechanism to authenticate with, and the credentials.
#[derive(Clone)]
pub enum SaslConfig {
    /// PLAIN: user name and password, sent as they are (use TLS).
    Plain {
        /// The user name.
        username: String,
        /// The password.
        password: String,
    },
    /// SCRAM-SHA-256 (RFC 5802/7677): the password never crosses the wire.
    ScramSha256 {
        /// The user name.
        username: String,
        /// The password.
        password: String,
    },
    /// SCRAM-SHA-512.
    ScramSha512 {
        /// The user name.
        username: String,
        /// The password.
        password: String,
    },
    /// OAUTHBEARER (KIP-255): a bearer token from a provider, asked again on
    /// every authentication and re-authentication.
    OAuthBearer(Arc<dyn TokenProvider>),
}

impl SaslConfig {
    /// The mechanism's name on the wire, e.g. `"SCRAM-SHA-256"`.
    pub fn mechanism(&self) -> &'static str {
        match self {
            SaslConfig::Plain { .. } => "PLAIN",
            SaslConfig::ScramSha256 { .. } => "SCRAM-SHA-256",
            SaslConfig::ScramSha512 { .. } => "SCRAM-SHA-512",
            SaslConfig::OAuthBearer(_) => "OAUTHBEARER",
        }
    }

    /// The user name, for mechanisms that have one.
    pub fn username(&self) -> Option<&str> {
        match self {
            SaslConfig::Plain { username, .. }
            | SaslConfig::ScramSha256 { username, .. }
            | SaslConfig::ScramSha512 { username, .. } => Some(username),
            SaslConfig::OAuthBearer(_) => None,
        }
    }

    /// Checks the options, naming the first bad one.
    pub fn validate(&self) -> Result<()> {
        if let Some(username) = self.username() {
            if username.is_empty() {
                return Err(Error::Config {
                    option: "sasl.username",
                    value: String::new(),
                    allowed: "a non-empty user name".to_owned(),
                });
            }
            if matches!(self, SaslConfig::Plain { .. }) && username.contains('\0') {
                return Err(Error::Config {
                    option: "sasl.username",
                    value: username.replace('\0', "\\0"),
                    allowed: "a user name without NUL characters".to_owned(),
                });
            }
        }
        // PLAIN separates the fields with NUL, so a NUL in the password
        // would send a different password; the value itself is not shown.
        if let SaslConfig::Plain { password, .. } = self {
            if password.contains('\0') {
                return Err(Error::Config {
                    option: "sasl.password",
                    value: "<redacted>".to_owned(),
                    allowed: "a password without NUL characters (PLAIN cannot carry them)".to_owned(),
                });
            }
        }
        Ok(())
    }

    /// `MECHANISM` or `MECHANISM as 'user'`, for messages.
    pub(crate) fn describe(&self) -> String {
        match self.username() {
            Some(user) => format!("{} as '{user}'", self.mechanism()),
            None => self.mechanism().to_owned(),
        }
    }
}

impl fmt::Debug for SaslConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaslConfig::OAuthBearer(_) => f.write_str("OAuthBearer(<token provider>)"),
            _ => f
                .debug_struct(self.mechanism())
                .field("username", &self.username().unwrap_or_default())
                .field("password", &"<redacted>")
                .finish(),
        }
    }
}

impl PartialEq for SaslConfig {
    fn eq(&self, other: &Self) -> bool {
        use SaslConfig::*;
        match (self, other) {
            (Plain { username: a, password: p }, Plain { username: b, password: q })
            | (ScramSha256 { username: a, password: p }, ScramSha256 { username: b, password: q })
            | (ScramSha512 { username: a, password: p }, ScramSha512 { username: b, password: q }) => {
                a == b && p == q
            }
            (OAuthBearer(a), OAuthBearer(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for SaslConfig {}

/// The future a [`TokenProvider`] returns.
pub type TokenFuture<'a> =
    Pin<Box<dyn Future<Output = std::result::Result<OAuthToken, Box<dyn std::error::Error + Send + Sync>>> + Send + 'a>>;

/// Supplies OAUTHBEARER tokens.
///
/// Called on every authentication and re-authentication of every
/// connection, so a provider that fetches tokens over the network should
/// cache them until shortly before they expire. An error fails the
/// authentication with [`Error::Authentication`] carrying the error's text,
/// which must therefore not contain the token or other secrets.
pub trait TokenProvider: Send + Sync + 'static {
    /// A token that is valid now.
    fn token(&self) -> TokenFuture<'_>;
}

/// An OAUTHBEARER token.
#[derive(Clone, PartialEq, Eq)]
pub struct OAuthToken {
    /// The token itself (usually a JWT), sent as `auth=Bearer <value>`.
    pub value: String,
    /// When the token stops being valid, if known.
    pub expires_at: Option<SystemTime>,
    /// The principal the token stands for, if known (for logs).
    pub principal: Option<String>,
    /// SASL extensions (KIP-342) sent with the token.
    pub extensions: BTreeMap<String, String>,
}

impl OAuthToken {
    /// A token with no known expiry, principal or extensions.
    pub fn new(value: impl Into<String>) -> Self {
        Self { value: value.into(), expires_at: None, principal: None, extensions: BTreeMap::new() }
    }

    /// The same token, valid for `lifetime` from now.
    pub fn with_lifetime(mut self, lifetime: Duration) -> Self {
        self.expires_at = Some(SystemTime::now() + lifetime);
        self
    }
}

impl fmt::Debug for OAuthToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthToken")
            .field("value", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .field("principal", &self.principal)
            .field("extensions", &self.extensions.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// One mechanism's side of the conversation.
pub(crate) trait Mechanism: Send {
    /// The first message to send.
    fn first(&mut self) -> Result<Vec<u8>>;
    /// The broker's answer to the last message: the next message to send,
    /// or `None` when the client side is done.
    fn next(&mut self, challenge: &[u8]) -> Result<Option<Vec<u8>>>;
}

/// Starts the conversation of `config`'s mechanism (asking the token
/// provider, for OAUTHBEARER).
async fn start(config: &SaslConfig, context: &str) -> Result<Box<dyn Mechanism>> {
    Ok(match config {
        SaslConfig::Plain { username, password } => Box::new(plain::Plain::new(username, password)),
        SaslConfig::ScramSha256 { username, password } => {
            Box::new(scram::Scram::new(scram::Hash::Sha256, username, password, context))
        }
        SaslConfig::ScramSha512 { username, password } => {
            Box::new(scram::Scram::new(scram::Hash::Sha512, username, password, context))
        }
        SaslConfig::OAuthBearer(provider) => {
            let token = provider.token().await.map_err(|e| Error::Authentication {
                context: context.to_owned(),
                reason: format!("the OAUTHBEARER token provider failed: {e}"),
            })?;
            if let Some(principal) = &token.principal {
                tracing::debug!(context, principal = %principal, "OAUTHBEARER token obtained");
            }
            Box::new(oauth::OAuthBearer::new(token, context)?)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_passwords() {
        let config = SaslConfig::ScramSha512 { username: "alice".into(), password: "hunter2".into() };
        let text = format!("{config:?}");
        assert!(text.contains("alice") && !text.contains("hunter2"), "{text}");
        let token = OAuthToken::new("eyJsecret");
        assert!(!format!("{token:?}").contains("eyJsecret"));
    }

    #[test]
    fn nul_in_a_plain_password_is_a_config_error_that_hides_it() {
        let config = SaslConfig::Plain { username: "alice".into(), password: "hun\0ter2".into() };
        let error = config.validate().expect_err("PLAIN cannot carry NUL");
        assert!(matches!(error, Error::Config { option: "sasl.password", .. }), "{error:?}");
        assert!(!format!("{error} {error:?}").contains("ter2"), "{error:?}");
        let scram = SaslConfig::ScramSha256 { username: "alice".into(), password: "hun\0ter2".into() };
        assert!(scram.validate().is_ok());
    }

    #[test]
    fn empty_user_is_a_config_error() {
        let config = SaslConfig::Plain { username: String::new(), password: "x".into() };
        assert!(matches!(config.validate(), Err(Error::Config { option: "sasl.username", .. })));
    }
}
