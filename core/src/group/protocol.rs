//! The consumer protocol's member metadata and assignments: the bytes
//! members put in JoinGroup and the leader puts in SyncGroup, in the layout
//! Java consumers use (a version, then the versioned body), so that every
//! client can share a group.
//!
//! Newer versions only add fields at the end, so a body with a version above
//! the newest known is read as the newest known version.

use std::collections::BTreeMap;

use bytes::{Buf, BufMut, Bytes, BytesMut};

use crate::consumer::TopicPartition;
use crate::error::{Error, Result};
use crate::protocol::messages::consumer_protocol_assignment as wire_assignment;
use crate::protocol::messages::consumer_protocol_subscription as wire_subscription;
use crate::protocol::messages::{ConsumerProtocolAssignment, ConsumerProtocolSubscription};
use crate::protocol::{Decodable, Encodable, ProtocolError};

/// The version this client writes.
const VERSION: i16 = 3;

/// A member's subscription as read from its metadata.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subscription {
    /// Topics, sorted.
    pub topics: Vec<String>,
    /// Partitions the member owns (cooperative rebalancing).
    pub owned: Vec<TopicPartition>,
    /// The generation it owned them in, or -1.
    pub generation: i32,
}

fn group(partitions: &[TopicPartition]) -> BTreeMap<&str, Vec<i32>> {
    let mut by_topic: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
    for tp in partitions {
        by_topic.entry(tp.topic.as_str()).or_default().push(tp.partition);
    }
    by_topic
}

fn encode<M: Encodable>(message: &M, what: &str) -> Result<Bytes> {
    let mut buf = BytesMut::new();
    buf.put_i16(VERSION);
    message.encode(&mut buf, VERSION).map_err(|e| Error::protocol(format!("encoding the {what}"), e))?;
    Ok(buf.freeze())
}

fn split_version(mut data: Bytes, what: &'static str) -> Result<(i16, Bytes)> {
    if data.len() < 2 {
        return Err(Error::protocol(
            format!("reading a {what}"),
            ProtocolError::UnexpectedEof { context: what, needed: 2, remaining: data.len() },
        ));
    }
    let version = data.get_i16();
    if version < 0 {
        return Err(Error::protocol(
            format!("reading a {what}"),
            ProtocolError::Invalid { context: what, detail: format!("negative version {version}") },
        ));
    }
    Ok((version.min(VERSION), data))
}

/// The metadata a member sends in JoinGroup.
pub fn encode_subscription(topics: &[String], owned: &[TopicPartition], generation: i32) -> Result<Bytes> {
    let mut topics = topics.to_vec();
    topics.sort();
    topics.dedup();
    let message = ConsumerProtocolSubscription {
        topics,
        owned_partitions: group(owned)
            .into_iter()
            .map(|(topic, partitions)| wire_subscription::TopicPartition { topic: topic.to_owned(), partitions })
            .collect(),
        generation_id: generation,
        ..Default::default()
    };
    encode(&message, "consumer subscription")
}

/// Reads a member's JoinGroup metadata.
pub fn decode_subscription(data: Bytes) -> Result<Subscription> {
    let (version, mut body) = split_version(data, "consumer subscription")?;
    let message = ConsumerProtocolSubscription::decode(&mut body, version)
        .map_err(|e| Error::protocol("reading a consumer subscription", e))?;
    Ok(Subscription {
        topics: message.topics,
        owned: message
            .owned_partitions
            .into_iter()
            .flat_map(|t| t.partitions.into_iter().map(move |p| TopicPartition::new(t.topic.clone(), p)))
            .collect(),
        generation: message.generation_id,
    })
}

/// The assignment the leader sends a member in SyncGroup.
pub fn encode_assignment(partitions: &[TopicPartition]) -> Result<Bytes> {
    let message = ConsumerProtocolAssignment {
        assigned_partitions: group(partitions)
            .into_iter()
            .map(|(topic, partitions)| wire_assignment::TopicPartition { topic: topic.to_owned(), partitions })
            .collect(),
        ..Default::default()
    };
    encode(&message, "consumer assignment")
}

/// Reads the assignment SyncGroup returned. Empty bytes mean nothing
/// assigned.
pub fn decode_assignment(data: Bytes) -> Result<Vec<TopicPartition>> {
    if data.is_empty() {
        return Ok(Vec::new());
    }
    let (version, mut body) = split_version(data, "consumer assignment")?;
    let message = ConsumerProtocolAssignment::decode(&mut body, version)
        .map_err(|e| Error::protocol("reading a consumer assignment", e))?;
    let mut out: Vec<TopicPartition> = message
        .assigned_partitions
        .into_iter()
        .flat_map(|t| t.partitions.into_iter().map(move |p| TopicPartition::new(t.topic.clone(), p)))
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscription_round_trip() {
        let owned = vec![TopicPartition::new("a", 2), TopicPartition::new("a", 0), TopicPartition::new("b", 1)];
        let bytes = encode_subscription(&["b".into(), "a".into()], &owned, 7).expect("encode");
        let read = decode_subscription(bytes).expect("decode");
        assert_eq!(read.topics, vec!["a", "b"]);
        assert_eq!(read.generation, 7);
        let mut got = read.owned;
        got.sort();
        let mut want = owned;
        want.sort();
        assert_eq!(got, want);
    }

    #[test]
    fn version_zero_subscription_as_old_clients_send_it() {
        // version 0, topics ["t"], user data null.
        let bytes = Bytes::from_static(&[0, 0, 0, 0, 0, 1, 0, 1, b't', 0xff, 0xff, 0xff, 0xff]);
        let read = decode_subscription(bytes).expect("decode");
        assert_eq!(read.topics, vec!["t"]);
        assert!(read.owned.is_empty());
        assert_eq!(read.generation, -1);
    }

    #[test]
    fn assignment_round_trip_and_bad_input() {
        let parts = vec![TopicPartition::new("t", 1), TopicPartition::new("t", 0)];
        let read = decode_assignment(encode_assignment(&parts).expect("encode")).expect("decode");
        assert_eq!(read, vec![TopicPartition::new("t", 0), TopicPartition::new("t", 1)]);
        assert!(decode_assignment(Bytes::new()).expect("empty").is_empty());
        assert!(decode_assignment(Bytes::from_static(&[0])).is_err());
        assert!(decode_assignment(Bytes::from_static(&[0, 3, 0, 0, 0, 9])).is_err());
    }
}
