//! The `ssl` and `sasl` options onto the engine's `TlsConfig` and
//! `SaslConfig`.
//!
//! `ferrokafka/_security.py` checks their shapes first and hands over plain
//! values: PEM text or a file path for `ca`, `cert` and `key`, and, for
//! OAUTHBEARER, a synchronous callable (it runs an async provider itself)
//! that returns `{"value", "expires_at", "principal", "extensions"}`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use ferrokafka::cluster::ClientConfig;
use ferrokafka::net::{OAuthToken, Pem, SaslConfig, TlsConfig, TokenFuture, TokenProvider};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::config;
use crate::options::Options;

/// Sets `c.tls` and `c.sasl` from the checked options.
pub fn apply(c: &mut ClientConfig, ssl: Option<&Bound<'_, PyDict>>, sasl: Option<&Bound<'_, PyDict>>) -> PyResult<()> {
    if let Some(ssl) = ssl {
        c.tls = Some(tls(ssl)?);
    }
    if let Some(sasl) = sasl {
        c.sasl = Some(sasl_config(sasl)?);
    }
    Ok(())
}

/// PEM text is recognised by its `-----BEGIN` line; anything else is a path.
fn pem(text: String) -> Pem {
    if text.contains("-----BEGIN") {
        Pem::inline(text)
    } else {
        Pem::file(text)
    }
}

fn tls(dict: &Bound<'_, PyDict>) -> PyResult<TlsConfig> {
    let mut o = Options::new(dict, "ssl");
    let mut t = TlsConfig::default();
    t.ca = o.string("ca")?.map(pem);
    t.client_cert = o.string("cert")?.map(pem);
    t.client_key = o.string("key")?.map(pem);
    t.server_name = o.string("server_hostname")?;
    t.insecure_skip_verify = !o.get::<bool>("reject_unauthorized", "a bool")?.unwrap_or(true);
    o.finish()?;
    Ok(t)
}

fn sasl_config(dict: &Bound<'_, PyDict>) -> PyResult<SaslConfig> {
    let mut o = Options::new(dict, "sasl");
    let mechanism = o
        .choice("mechanism", &["plain", "scram-sha-256", "scram-sha-512", "oauthbearer"])?
        .ok_or_else(|| config("sasl", "`sasl` needs a `mechanism`"))?;
    let s = if mechanism == "oauthbearer" {
        let provider = o
            .get::<Bound<'_, PyAny>>("oauth_bearer_provider", "a callable")?
            .ok_or_else(|| config("sasl", "`sasl` with mechanism 'oauthbearer' needs `oauth_bearer_provider`"))?;
        SaslConfig::OAuthBearer(Arc::new(PyTokens(Arc::new(provider.unbind()))))
    } else {
        let mut need = |name: &str| {
            o.string(name)?
                .ok_or_else(|| config("sasl", format!("`sasl` with mechanism {mechanism:?} needs a str `{name}`")))
        };
        let (username, password) = (need("username")?, need("password")?);
        match mechanism.as_str() {
            "plain" => SaslConfig::Plain { username, password },
            "scram-sha-256" => SaslConfig::ScramSha256 { username, password },
            _ => SaslConfig::ScramSha512 { username, password },
        }
    };
    o.finish()?;
    Ok(s)
}

/// An OAUTHBEARER provider written in Python, called on a blocking thread
/// of the runtime (never on a worker, which must not wait for the GIL).
struct PyTokens(Arc<Py<PyAny>>);

type BoxError = Box<dyn std::error::Error + Send + Sync>;

impl TokenProvider for PyTokens {
    fn token(&self) -> TokenFuture<'_> {
        let provider = Arc::clone(&self.0);
        Box::pin(async move {
            let call = tokio::task::spawn_blocking(move || Python::attach(|py| call_provider(py, &provider)));
            match call.await {
                Ok(result) => result,
                Err(_) => Err("the oauth_bearer_provider call was stopped".into()),
            }
        })
    }
}

fn call_provider(py: Python<'_>, provider: &Py<PyAny>) -> Result<OAuthToken, BoxError> {
    let describe = |e: PyErr| -> BoxError {
        let kind = e.get_type(py).name().map(|n| n.to_string()).unwrap_or_else(|_| "Exception".into());
        format!("oauth_bearer_provider raised {kind}: {}", e.value(py)).into()
    };
    let got = provider.call0(py).map_err(describe)?;
    let got = got.bind(py);
    let dict = got.cast::<PyDict>().map_err(|_| -> BoxError {
        "oauth_bearer_provider must return a dict with a str \"value\"".into()
    })?;
    let value: String = match dict.get_item("value").map_err(describe)? {
        Some(v) => v.extract().map_err(|_| -> BoxError { "the token's \"value\" must be a str".into() })?,
        None => return Err("the dict oauth_bearer_provider returned has no \"value\"".into()),
    };
    let mut token = OAuthToken::new(value);
    if let Some(at) = dict.get_item("expires_at").map_err(describe)?.filter(|v| !v.is_none()) {
        let secs: f64 = at
            .extract()
            .map_err(|_| -> BoxError { "the token's \"expires_at\" must be seconds since the epoch".into() })?;
        if !secs.is_finite() || secs < 0.0 {
            return Err("the token's \"expires_at\" must be seconds since the epoch".into());
        }
        token.expires_at = Some(SystemTime::UNIX_EPOCH + Duration::from_secs_f64(secs));
    }
    if let Some(p) = dict.get_item("principal").map_err(describe)?.filter(|v| !v.is_none()) {
        token.principal = Some(p.extract().map_err(|_| -> BoxError { "the token's \"principal\" must be a str".into() })?);
    }
    if let Some(e) = dict.get_item("extensions").map_err(describe)?.filter(|v| !v.is_none()) {
        let ext: BTreeMap<String, String> = e
            .extract()
            .map_err(|_| -> BoxError { "the token's \"extensions\" must be a dict of str to str".into() })?;
        token.extensions = ext;
    }
    Ok(token)
}
