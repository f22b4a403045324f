//! Generator of the protocol messages (library part, used by the check test).
