//! The Kafka wire protocol.
//!
//! - [`traits`]: what every message can do (encode/decode at a version).
//! - [`error`]: what can go wrong doing it.
//! - [`primitives`]: the hand-written building blocks (integers, varints,
//!   strings, bytes, arrays, UUIDs, tagged fields) with the input checks that
//!   keep decoding panic-free.
//! - [`messages`]: every request, response and header, generated from Kafka's
//!   JSON specs by `core/codegen` (committed, checked by `tests/codegen_check.rs`).
//! - [`api_key`] and [`error_code`]: the protocol's two enumerations, generated
//!   from the same sources.
//! - [`dispatch`]: decoding or encoding any body chosen at run time by API key,
//!   for a broker-side peer and for fuzzing.

pub mod api_key;
pub mod dispatch;
pub mod error;
pub mod error_code;
pub mod messages;
pub mod primitives;
#[cfg(feature = "test-support")]
pub mod test_support;
pub mod traits;

pub use api_key::ApiKey;
pub use dispatch::{RequestBody, ResponseBody};
pub use error::ProtocolError;
pub use error_code::ErrorCode;
pub use primitives::Uuid;
pub use traits::{ApiRequest, ApiResponse, Decodable, Encodable, Message};
