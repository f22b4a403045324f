//! SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677), client side.
//!
//! client-first `n,,n=USER,r=CNONCE` -> server-first `r=NONCE,s=SALT,i=N`
//! -> client-final `c=biws,r=NONCE,p=PROOF` -> server-final `v=SIGNATURE`.
//! The password only enters the salted key; the server's signature is
//! checked, so a broker that does not know the password is detected.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256, Sha512};

use super::Mechanism;
use crate::error::{Error, Result};

/// Fewest PBKDF2 iterations accepted from a broker (Kafka's own minimum).
const MIN_ITERATIONS: u32 = 4096;
/// Most PBKDF2 iterations accepted, so that a broker cannot make the client spin.
const MAX_ITERATIONS: u32 = 1_000_000;

#[derive(Clone, Copy)]
pub(super) enum Hash {
    Sha256,
    Sha512,
}

impl Hash {
    fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha256 => {
                let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
                mac.update(data);
                mac.finalize().into_bytes().to_vec()
            }
            Hash::Sha512 => {
                let mut mac = Hmac::<Sha512>::new_from_slice(key).expect("HMAC takes keys of any length");
                mac.update(data);
                mac.finalize().into_bytes().to_vec()
            }
        }
    }

    fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha256 => Sha256::digest(data).to_vec(),
            Hash::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    fn salted_password(self, password: &[u8], salt: &[u8], iterations: u32) -> Vec<u8> {
        match self {
            Hash::Sha256 => pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(password, salt, iterations).to_vec(),
            Hash::Sha512 => pbkdf2::pbkdf2_hmac_array::<Sha512, 64>(password, salt, iterations).to_vec(),
        }
    }
}

enum State {
    Start,
    /// Sent client-first; waiting for server-first.
    SentFirst,
    /// Sent client-final; waiting for the server's signature.
    SentFinal { server_signature: Vec<u8> },
    Done,
}

pub(super) struct Scram {
    hash: Hash,
    password: String,
    nonce: String,
    first_bare: String,
    state: State,
    context: String,
}

impl Scram {
    pub(super) fn new(hash: Hash, username: &str, password: &str, context: &str) -> Self {
        let mut raw = [0u8; 24];
        rand::thread_rng().fill_bytes(&mut raw);
        Self::with_nonce(hash, username, password, &BASE64.encode(raw), context)
    }

    fn with_nonce(hash: Hash, username: &str, password: &str, nonce: &str, context: &str) -> Self {
        let name = username.replace('=', "=3D").replace(',', "=2C");
        Self {
            hash,
            password: password.to_owned(),
            nonce: nonce.to_owned(),
            first_bare: format!("n={name},r={nonce}"),
            state: State::Start,
            context: context.to_owned(),
        }
    }

    fn fail(&self, reason: impl Into<String>) -> Error {
        Error::Authentication { context: self.context.clone(), reason: reason.into() }
    }

    fn client_final(&self, server_first: &str) -> Result<(String, Vec<u8>)> {
        let mut nonce = None;
        let mut salt = None;
        let mut iterations = None;
        for part in server_first.split(',') {
            match part.split_once('=') {
                Some(("r", v)) => nonce = Some(v),
                Some(("s", v)) => salt = Some(v),
                Some(("i", v)) => iterations = Some(v),
                Some(("e", v)) => return Err(self.fail(format!("the broker refused the login: {v}"))),
                // RFC 5802 5.1: a mandatory extension this client does not
                // know must fail the authentication.
                Some(("m", _)) => {
                    return Err(self.fail("the broker requires a SCRAM extension (m=) that this client does not support"))
                }
                _ => {}
            }
        }
        let malformed = || self.fail("the broker's SCRAM challenge is malformed");
        let nonce = nonce.ok_or_else(malformed)?;
        if !nonce.starts_with(&self.nonce) || nonce.len() == self.nonce.len() {
            return Err(self.fail("the broker's SCRAM nonce does not extend the client's"));
        }
        let salt = BASE64.decode(salt.ok_or_else(malformed)?).map_err(|_| malformed())?;
        let iterations: u32 = iterations.ok_or_else(malformed)?.parse().map_err(|_| malformed())?;
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
            return Err(self.fail(format!(
                "the broker asked for {iterations} SCRAM iterations; accepted are {MIN_ITERATIONS} to {MAX_ITERATIONS}"
            )));
        }
        let h = self.hash;
        let salted = h.salted_password(self.password.as_bytes(), &salt, iterations);
        let client_key = h.hmac(&salted, b"Client Key");
        let stored_key = h.digest(&client_key);
        let without_proof = format!("c=biws,r={nonce}");
        let auth_message = format!("{},{server_first},{without_proof}", self.first_bare);
        let client_signature = h.hmac(&stored_key, auth_message.as_bytes());
        let proof: Vec<u8> = client_key.iter().zip(&client_signature).map(|(a, b)| a ^ b).collect();
        let server_key = h.hmac(&salted, b"Server Key");
        let server_signature = h.hmac(&server_key, auth_message.as_bytes());
        Ok((format!("{without_proof},p={}", BASE64.encode(proof)), server_signature))
    }
}

impl Mechanism for Scram {
    fn first(&mut self) -> Result<Vec<u8>> {
        self.state = State::SentFirst;
        Ok(format!("n,,{}", self.first_bare).into_bytes())
    }

    fn next(&mut self, challenge: &[u8]) -> Result<Option<Vec<u8>>> {
        let text = std::str::from_utf8(challenge).map_err(|_| self.fail("the broker's SCRAM message is not UTF-8"))?;
        match std::mem::replace(&mut self.state, State::Done) {
            State::SentFirst => {
                let (message, server_signature) = self.client_final(text)?;
                self.state = State::SentFinal { server_signature };
                Ok(Some(message.into_bytes()))
            }
            State::SentFinal { server_signature } => {
                if let Some(error) = text.strip_prefix("e=") {
                    return Err(self.fail(format!("the broker refused the login: {error}")));
                }
                let given = text.strip_prefix("v=").and_then(|v| BASE64.decode(v.split(',').next()?).ok());
                if given.as_deref() != Some(server_signature.as_slice()) {
                    return Err(self.fail(
                        "the broker's SCRAM signature is wrong: it does not know this user's credentials \
                         (or is not the broker it claims to be)",
                    ));
                }
                Ok(None)
            }
            State::Start | State::Done => Err(self.fail("unexpected SCRAM message from the broker")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SCRAM-SHA-256 example exchange of RFC 7677, section 3.
    #[test]
    fn rfc7677_example() {
        let mut scram = Scram::with_nonce(Hash::Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO", "t");
        assert_eq!(scram.first().unwrap(), b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        let server_first = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        let client_final = scram.next(server_first.as_bytes()).unwrap().unwrap();
        assert_eq!(
            String::from_utf8(client_final).unwrap(),
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
        );
        assert_eq!(scram.next(b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").unwrap(), None);
    }

    #[test]
    fn wrong_server_signature_fails() {
        let mut scram = Scram::with_nonce(Hash::Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO", "t");
        scram.first().unwrap();
        let server_first = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        scram.next(server_first.as_bytes()).unwrap();
        assert!(matches!(scram.next(b"v=AAAA"), Err(Error::Authentication { .. })));
    }

    #[test]
    fn foreign_nonce_and_low_iterations_fail() {
        let mut scram = Scram::with_nonce(Hash::Sha512, "u", "p", "abc", "t");
        scram.first().unwrap();
        assert!(scram.next(b"r=xyz123,s=AAAA,i=4096").is_err());
        let mut scram = Scram::with_nonce(Hash::Sha512, "u", "p", "abc", "t");
        scram.first().unwrap();
        assert!(scram.next(b"r=abc123,s=AAAA,i=10").is_err());
    }

    #[test]
    fn mandatory_extension_fails() {
        let mut scram = Scram::with_nonce(Hash::Sha256, "u", "p", "abc", "t");
        scram.first().unwrap();
        let error = scram.next(b"m=future,r=abc123,s=AAAA,i=4096").expect_err("m= must fail the login");
        assert!(error.to_string().contains("extension"), "{error}");
    }

    #[test]
    fn user_names_are_escaped() {
        let mut scram = Scram::with_nonce(Hash::Sha256, "a=b,c", "p", "n", "t");
        assert_eq!(scram.first().unwrap(), b"n,,n=a=3Db=2Cc,r=n");
    }
}
