//! PLAIN (RFC 4616): `authzid NUL user NUL password` in one message.

use super::Mechanism;
use crate::error::Result;

pub(super) struct Plain {
    message: Option<Vec<u8>>,
}

impl Plain {
    pub(super) fn new(username: &str, password: &str) -> Self {
        let mut message = Vec::with_capacity(username.len() + password.len() + 2);
        message.push(0);
        message.extend_from_slice(username.as_bytes());
        message.push(0);
        message.extend_from_slice(password.as_bytes());
        Self { message: Some(message) }
    }
}

impl Mechanism for Plain {
    fn first(&mut self) -> Result<Vec<u8>> {
        Ok(self.message.take().unwrap_or_default())
    }

    fn next(&mut self, _challenge: &[u8]) -> Result<Option<Vec<u8>>> {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_layout() {
        assert_eq!(Plain::new("alice", "pw").first().unwrap(), b"\0alice\0pw");
    }
}
