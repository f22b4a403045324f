//! TLS and SASL options from JavaScript to the engine's `TlsConfig` and
//! `SaslConfig`, and the OAUTHBEARER token provider that calls back into
//! JavaScript.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use ferrokafka::net::{OAuthToken, Pem, SaslConfig, TlsConfig, TokenFuture, TokenProvider};
use napi::bindgen_prelude::Promise;
use napi::threadsafe_function::ThreadsafeFunction;
use napi::Status;
use napi_derive::napi;

use crate::errors::config;

/// TLS options (`ssl`); PEM text (the TypeScript layer turns Buffers into
/// text). `{}` means: check the broker against the system's roots.
#[napi(object)]
pub struct SslOptions {
    pub ca: Option<String>,
    pub cert: Option<String>,
    pub key: Option<String>,
    pub reject_unauthorized: Option<bool>,
    pub servername: Option<String>,
}

/// A token as the JavaScript provider returns it (after the TypeScript
/// layer checked it): `expires_at_ms` is milliseconds since the epoch.
#[napi(object)]
pub struct NativeToken {
    pub value: String,
    pub expires_at_ms: Option<f64>,
    pub principal: Option<String>,
    pub extensions: Option<HashMap<String, String>>,
}

/// The JavaScript token provider: called with no arguments, returns a
/// Promise of a token. Weak, so that it never keeps Node's event loop alive
/// by itself.
pub type ProviderFn = ThreadsafeFunction<(), Promise<NativeToken>, (), Status, false, true>;

/// SASL options (`sasl`).
#[napi(object, object_to_js = false)]
pub struct SaslOptions {
    pub mechanism: String,
    pub username: Option<String>,
    pub password: Option<String>,
    #[napi(ts_type = "() => Promise<NativeToken>")]
    pub oauth_bearer_provider: Option<ProviderFn>,
}

/// Maps `ssl` onto the engine's TLS options.
pub fn tls(ssl: &SslOptions) -> TlsConfig {
    TlsConfig {
        ca: ssl.ca.clone().map(Pem::inline),
        use_system_roots: false,
        client_cert: ssl.cert.clone().map(Pem::inline),
        client_key: ssl.key.clone().map(Pem::inline),
        server_name: ssl.servername.clone(),
        insecure_skip_verify: ssl.reject_unauthorized == Some(false),
    }
}

/// Maps `sasl` onto the engine's SASL options.
pub fn sasl(options: SaslOptions) -> napi::Result<SaslConfig> {
    let credentials = || {
        let username = options.username.clone().unwrap_or_default();
        let password = options.password.clone().unwrap_or_default();
        (username, password)
    };
    Ok(match options.mechanism.as_str() {
        "plain" => {
            let (username, password) = credentials();
            SaslConfig::Plain { username, password }
        }
        "scram-sha-256" => {
            let (username, password) = credentials();
            SaslConfig::ScramSha256 { username, password }
        }
        "scram-sha-512" => {
            let (username, password) = credentials();
            SaslConfig::ScramSha512 { username, password }
        }
        "oauthbearer" => match options.oauth_bearer_provider {
            Some(provider) => SaslConfig::OAuthBearer(Arc::new(JsTokenProvider(Arc::new(provider)))),
            None => return Err(config("sasl.oauthBearerProvider", "undefined", "a function returning a token")),
        },
        other => {
            return Err(config(
                "sasl.mechanism",
                other,
                "'plain', 'scram-sha-256', 'scram-sha-512' or 'oauthbearer'",
            ))
        }
    })
}

/// A `TokenProvider` that asks the JavaScript function for each token.
struct JsTokenProvider(Arc<ProviderFn>);

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn failure(e: napi::Error) -> BoxError {
    format!("the oauthBearerProvider failed: {}", e.reason).into()
}

impl TokenProvider for JsTokenProvider {
    fn token(&self) -> TokenFuture<'_> {
        let provider = Arc::clone(&self.0);
        Box::pin(async move {
            let promise = provider.call_async_catch(()).await.map_err(failure)?;
            let token = promise.await.map_err(failure)?;
            if token.value.is_empty() {
                return Err("the oauthBearerProvider returned an empty token value".into());
            }
            let mut out = OAuthToken::new(token.value);
            out.expires_at = token
                .expires_at_ms
                .filter(|ms| ms.is_finite() && *ms > 0.0)
                .map(|ms| UNIX_EPOCH + Duration::from_millis(ms as u64));
            out.principal = token.principal;
            out.extensions = token.extensions.unwrap_or_default().into_iter().collect();
            Ok(out)
        })
    }
}
