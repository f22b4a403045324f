//! Connections to brokers: framing, version negotiation, pipelining.
