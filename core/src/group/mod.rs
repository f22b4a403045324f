//! Consumer groups: membership, partition assignment and committed offsets.

pub mod assignor;
pub mod protocol;
