//! `DefaultPrincipalData`.
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `DefaultPrincipalData.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `DefaultPrincipalData` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DefaultPrincipalData {
    /// The principal type.
    ///
    /// Spec: versions 0+.
    pub r#type: String,
    /// The principal name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// Whether the principal was authenticated by a delegation token on the forwarding broker.
    ///
    /// Spec: versions 0+.
    pub token_authenticated: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DefaultPrincipalData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.r#type, true)?;
        p::write_string(buf, &self.name, true)?;
        p::write_bool(buf, self.token_authenticated);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DefaultPrincipalData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.r#type = p::read_string(buf, true)?;
        this.name = p::read_string(buf, true)?;
        this.token_authenticated = p::read_bool(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DefaultPrincipalData {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.r#type = g.string();
        this.name = g.string();
        this.token_authenticated = g.bool();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DefaultPrincipalData {
    const NAME: &'static str = "DefaultPrincipalData";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}
