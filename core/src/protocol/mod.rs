//! The Kafka wire protocol.
//!
//! - [`traits`]: what every message can do (encode/decode at a version).
//! - [`error`]: what can go wrong doing it.

pub mod error;
pub mod traits;

pub use error::ProtocolError;
pub use traits::{ApiRequest, ApiResponse, Decodable, Encodable, Message};
