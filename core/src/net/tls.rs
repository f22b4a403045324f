//! TLS for broker connections (rustls with the `ring` provider).
//!
//! [`TlsConfig`] says which certificate authorities to trust, which client
//! certificate to present, and which name to check the broker's certificate
//! against. The rustls configuration is built from it on every connection
//! attempt, so certificate files replaced on disk are picked up by the next
//! connection.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use crate::error::{Error, Result};

/// PEM data: a file to read, or the PEM text itself.
#[derive(Clone, PartialEq, Eq)]
pub enum Pem {
    /// A file holding PEM blocks.
    File(PathBuf),
    /// PEM text (`-----BEGIN ...`).
    Inline(String),
}

impl Pem {
    /// PEM read from `path` when a connection is opened.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Pem::File(path.into())
    }

    /// PEM given as text.
    pub fn inline(text: impl Into<String>) -> Self {
        Pem::Inline(text.into())
    }

    /// The PEM bytes; `option` names the setting in errors.
    fn load(&self, option: &'static str) -> Result<Vec<u8>> {
        match self {
            Pem::Inline(text) => Ok(text.as_bytes().to_vec()),
            Pem::File(path) => std::fs::read(path).map_err(|e| Error::Config {
                option,
                value: path.display().to_string(),
                allowed: format!("a readable PEM file ({e})"),
            }),
        }
    }

    /// How the source is shown in errors: the path, never inline content.
    fn describe(&self) -> String {
        match self {
            Pem::File(path) => path.display().to_string(),
            Pem::Inline(text) => format!("<inline PEM, {} bytes>", text.len()),
        }
    }
}

impl fmt::Debug for Pem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Pem::File(path) => f.debug_tuple("File").field(path).finish(),
            Pem::Inline(text) => write!(f, "Inline(<{} bytes>)", text.len()),
        }
    }
}

/// How to secure connections with TLS.
///
/// With no `ca`, the broker's certificate is checked against the system's
/// trusted roots; with a `ca`, against that bundle (plus the system roots if
/// `use_system_roots` is set). The certificate must name the host the client
/// connects to (DNS name or IP address), or `server_name` when set.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TlsConfig {
    /// Certificate authorities (PEM, one or more certificates) to trust.
    pub ca: Option<Pem>,
    /// Trust the system's root certificates too when `ca` is set. Without a
    /// `ca` they are always used.
    pub use_system_roots: bool,
    /// Client certificate chain (PEM) for brokers that ask for one (mTLS).
    pub client_cert: Option<Pem>,
    /// Private key (PEM: PKCS#8, PKCS#1 or SEC1) of `client_cert`.
    pub client_key: Option<Pem>,
    /// The name to verify the broker's certificate against (and to send as
    /// SNI) instead of the host of the broker's address.
    pub server_name: Option<String>,
    /// Accept any certificate. For development only: the connection is
    /// encrypted but not protected from an impostor. Logs a warning on every
    /// connection.
    pub insecure_skip_verify: bool,
}

impl fmt::Debug for TlsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsConfig")
            .field("ca", &self.ca)
            .field("use_system_roots", &self.use_system_roots)
            .field("client_cert", &self.client_cert)
            .field("client_key", &self.client_key.as_ref().map(|_| "<redacted>"))
            .field("server_name", &self.server_name)
            .field("insecure_skip_verify", &self.insecure_skip_verify)
            .finish()
    }
}

impl TlsConfig {
    /// Trust the given CA bundle.
    pub fn with_ca(ca: Pem) -> Self {
        Self { ca: Some(ca), ..Self::default() }
    }

    /// Checks the options that can be checked without reading files.
    pub fn validate(&self) -> Result<()> {
        if self.client_cert.is_some() != self.client_key.is_some() {
            return Err(Error::Config {
                option: if self.client_cert.is_some() { "tls.client_key" } else { "tls.client_cert" },
                value: String::new(),
                allowed: "client_cert and client_key are given together, or neither".to_owned(),
            });
        }
        if let Some(name) = &self.server_name {
            ServerName::try_from(name.as_str()).map_err(|_| Error::Config {
                option: "tls.server_name",
                value: name.clone(),
                allowed: "a DNS name or an IP address".to_owned(),
            })?;
        }
        Ok(())
    }

    /// The rustls connector these options describe.
    fn connector(&self, broker: &str) -> Result<TlsConnector> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
            .with_safe_default_protocol_versions()
            .map_err(|e| tls_setup_error(broker, e))?;
        let builder = if self.insecure_skip_verify {
            tracing::warn!(
                broker,
                "TLS certificate verification is OFF (insecure_skip_verify): the broker's identity is not checked"
            );
            builder.dangerous().with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(provider)))
        } else {
            builder.with_root_certificates(self.roots()?)
        };
        let config = match (&self.client_cert, &self.client_key) {
            (Some(cert), Some(key)) => {
                let chain = parse_certificates(cert, "tls.client_cert")?;
                let key_pem = key.load("tls.client_key")?;
                let key_der = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|_| Error::Config {
                    option: "tls.client_key",
                    value: key.describe(),
                    allowed: "a PEM private key (BEGIN PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)".to_owned(),
                })?;
                builder.with_client_auth_cert(chain, key_der).map_err(|e| Error::Config {
                    option: "tls.client_key",
                    value: key.describe(),
                    allowed: format!("the private key of tls.client_cert ({e})"),
                })?
            }
            _ => builder.with_no_client_auth(),
        };
        Ok(TlsConnector::from(Arc::new(config)))
    }

    fn roots(&self) -> Result<RootCertStore> {
        let mut roots = RootCertStore::empty();
        if let Some(ca) = &self.ca {
            for cert in parse_certificates(ca, "tls.ca")? {
                roots.add(cert).map_err(|e| Error::Config {
                    option: "tls.ca",
                    value: ca.describe(),
                    allowed: format!("CA certificates in PEM ({e})"),
                })?;
            }
        }
        if self.ca.is_none() || self.use_system_roots {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = roots.add_parsable_certificates(found.certs);
            if added == 0 && self.ca.is_none() {
                return Err(Error::Config {
                    option: "tls.ca",
                    value: String::new(),
                    allowed: "a CA bundle: this system has no trusted root certificates to use instead".to_owned(),
                });
            }
        }
        Ok(roots)
    }

    /// Runs the TLS handshake over an open socket to `broker` (`host:port`).
    pub(crate) async fn handshake(&self, broker: &str, socket: TcpStream) -> Result<TlsStream<TcpStream>> {
        let connector = self.connector(broker)?;
        let host = self.server_name.clone().unwrap_or_else(|| host_of(broker).to_owned());
        let name = ServerName::try_from(host.clone()).map_err(|_| Error::Config {
            option: "tls.server_name",
            value: host.clone(),
            allowed: "a DNS name or an IP address to verify the broker's certificate against".to_owned(),
        })?;
        connector.connect(name, socket).await.map_err(|e| tls_error(broker, &host, &e))
    }
}

/// The host part of `host:port`, without IPv6 brackets.
fn host_of(broker: &str) -> &str {
    let host = broker.rsplit_once(':').map_or(broker, |(host, _)| host);
    host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host)
}

fn parse_certificates(pem: &Pem, option: &'static str) -> Result<Vec<CertificateDer<'static>>> {
    let bytes = pem.load(option)?;
    let bad = |detail: String| Error::Config { option, value: pem.describe(), allowed: detail };
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| bad(format!("PEM certificates (BEGIN CERTIFICATE); reading failed: {e}")))?;
    if certs.is_empty() {
        return Err(bad("PEM certificates (BEGIN CERTIFICATE); none found".to_owned()));
    }
    Ok(certs)
}

fn tls_setup_error(broker: &str, e: rustls::Error) -> Error {
    Error::Tls { broker: broker.to_owned(), reason: format!("the TLS settings could not be used: {e}") }
}

/// Says which check failed, from the error of a handshake or of a read on a
/// TLS connection.
pub(crate) fn tls_error(broker: &str, host: &str, e: &std::io::Error) -> Error {
    let reason = match e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        Some(error) => describe_rustls_error(error, host),
        None if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            "the broker closed the connection during the TLS handshake; check that this is a TLS listener \
             and, if the broker requires client certificates, that tls.client_cert is set"
                .to_owned()
        }
        None => e.to_string(),
    };
    Error::Tls { broker: broker.to_owned(), reason }
}

/// An error of an established TLS connection when it is a TLS alert or a
/// TLS protocol failure; `None` for ordinary I/O errors.
pub(crate) fn tls_failure(broker: &str, e: &std::io::Error) -> Option<Error> {
    let error = e.get_ref()?.downcast_ref::<rustls::Error>()?;
    Some(Error::Tls { broker: broker.to_owned(), reason: describe_rustls_error(error, host_of(broker)) })
}

fn describe_rustls_error(error: &rustls::Error, host: &str) -> String {
    use rustls::{AlertDescription, Error as E};
    match error {
        E::InvalidCertificate(cert) => match cert {
            CertificateError::UnknownIssuer => "certificate verification failed: unknown issuer (the broker's \
                certificate is not signed by a trusted CA; set tls.ca to the CA that signed it)"
                .to_owned(),
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => format!(
                "certificate verification failed: name mismatch (the broker's certificate is not valid for \
                 '{host}'; connect by a name the certificate lists, or set tls.server_name)"
            ),
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                "certificate verification failed: the broker's certificate has expired".to_owned()
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                "certificate verification failed: the broker's certificate is not valid yet (check the clock)"
                    .to_owned()
            }
            CertificateError::Revoked => "certificate verification failed: the certificate was revoked".to_owned(),
            CertificateError::BadSignature => {
                "certificate verification failed: bad signature on the broker's certificate".to_owned()
            }
            other => format!("certificate verification failed: {other:?}"),
        },
        E::AlertReceived(AlertDescription::CertificateRequired)
        | E::AlertReceived(AlertDescription::HandshakeFailure)
        | E::AlertReceived(AlertDescription::BadCertificate) => format!(
            "the broker rejected the connection ({error}); it probably requires a client certificate it \
             trusts: set tls.client_cert and tls.client_key"
        ),
        E::AlertReceived(AlertDescription::UnknownCA) => format!(
            "the broker does not trust the client certificate ({error}); use one signed by a CA the broker trusts"
        ),
        E::InvalidMessage(_) => format!(
            "the broker did not answer in TLS ({error}); check that the address is a TLS listener (SSL or SASL_SSL)"
        ),
        other => other.to_string(),
    }
}

/// The verifier of `insecure_skip_verify`: any certificate is accepted, but
/// handshake signatures are still checked so the session keys are sound.
#[derive(Debug)]
struct AcceptAnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_of_strips_port_and_brackets() {
        assert_eq!(host_of("127.0.0.1:9093"), "127.0.0.1");
        assert_eq!(host_of("[::1]:9093"), "::1");
        assert_eq!(host_of("kafka.example.com:9093"), "kafka.example.com");
    }

    #[test]
    fn debug_redacts_inline_pem_and_key() {
        let config = TlsConfig {
            client_cert: Some(Pem::inline("-----BEGIN CERTIFICATE-----\nSECRETCERT\n")),
            client_key: Some(Pem::inline("-----BEGIN PRIVATE KEY-----\nSECRETKEY\n")),
            ..TlsConfig::default()
        };
        let text = format!("{config:?}");
        assert!(!text.contains("SECRET"), "{text}");
        assert!(text.contains("<redacted>"), "{text}");
    }

    #[test]
    fn cert_without_key_is_a_config_error() {
        let config = TlsConfig { client_cert: Some(Pem::file("/c.pem")), ..TlsConfig::default() };
        assert!(matches!(config.validate(), Err(Error::Config { option: "tls.client_key", .. })));
    }

    #[test]
    fn garbage_ca_is_a_config_error() {
        let config = TlsConfig::with_ca(Pem::inline("not pem at all"));
        assert!(matches!(config.roots(), Err(Error::Config { option: "tls.ca", .. })));
    }
}
