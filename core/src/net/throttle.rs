//! Broker quotas: reading `throttle_time_ms` and holding back while throttled.
//!
//! A broker that enforces a quota answers at once and tells the client, in
//! `throttle_time_ms`, how long it will ignore the connection (KIP-219). A
//! client that sends during that time only queues requests behind a muted
//! socket, so the connection waits out the throttle before writing the next
//! request, and records it so that it can be observed.
//!
//! Most responses carry `throttle_time_ms`, but not at the same place in the
//! body, so each response type says whether and where it has it through
//! [`ThrottleTime`].

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use super::lock;
use crate::protocol::messages;

/// A response that may tell the client it was throttled.
pub trait ThrottleTime {
    /// The throttle time in milliseconds, or `None` when the response type
    /// has no such field.
    fn throttle_time_ms(&self) -> Option<i32>;
}

macro_rules! with_throttle_field {
    ($($name:ident),* $(,)?) => {$(
        impl ThrottleTime for messages::$name {
            fn throttle_time_ms(&self) -> Option<i32> {
                Some(self.throttle_time_ms)
            }
        }
    )*};
}

macro_rules! without_throttle_field {
    ($($name:ident),* $(,)?) => {$(
        impl ThrottleTime for messages::$name {
            fn throttle_time_ms(&self) -> Option<i32> {
                None
            }
        }
    )*};
}

with_throttle_field!(
    AddOffsetsToTxnResponse, AddPartitionsToTxnResponse, AddRaftVoterResponse,
    AllocateProducerIdsResponse, AlterClientQuotasResponse, AlterConfigsResponse,
    AlterPartitionReassignmentsResponse, AlterPartitionResponse, AlterReplicaLogDirsResponse,
    AlterShareGroupOffsetsResponse, AlterUserScramCredentialsResponse, ApiVersionsResponse,
    AssignReplicasToDirsResponse, BrokerHeartbeatResponse, BrokerRegistrationResponse,
    ConsumerGroupDescribeResponse, ConsumerGroupHeartbeatResponse, ControllerRegistrationResponse,
    CreateAclsResponse, CreateDelegationTokenResponse, CreatePartitionsResponse,
    CreateTopicsResponse, DeleteAclsResponse, DeleteGroupsResponse, DeleteRecordsResponse,
    DeleteShareGroupOffsetsResponse, DeleteTopicsResponse, DescribeAclsResponse,
    DescribeClientQuotasResponse, DescribeClusterResponse, DescribeConfigsResponse,
    DescribeDelegationTokenResponse, DescribeGroupsResponse, DescribeLogDirsResponse,
    DescribeProducersResponse, DescribeShareGroupOffsetsResponse,
    DescribeTopicPartitionsResponse, DescribeTransactionsResponse,
    DescribeUserScramCredentialsResponse, ElectLeadersResponse, EndTxnResponse,
    ExpireDelegationTokenResponse, FetchResponse, FetchSnapshotResponse,
    FindCoordinatorResponse, GetTelemetrySubscriptionsResponse, HeartbeatResponse,
    IncrementalAlterConfigsResponse, InitProducerIdResponse, JoinGroupResponse,
    LeaveGroupResponse, ListConfigResourcesResponse, ListGroupsResponse, ListOffsetsResponse,
    ListPartitionReassignmentsResponse, ListTransactionsResponse, MetadataResponse,
    OffsetCommitResponse, OffsetDeleteResponse, OffsetFetchResponse,
    OffsetForLeaderEpochResponse, ProduceResponse, PushTelemetryResponse,
    RemoveRaftVoterResponse, RenewDelegationTokenResponse, ShareAcknowledgeResponse,
    ShareFetchResponse, ShareGroupDescribeResponse, ShareGroupHeartbeatResponse,
    StreamsGroupDescribeResponse, StreamsGroupHeartbeatResponse, SyncGroupResponse,
    TxnOffsetCommitResponse, UnregisterBrokerResponse, UpdateFeaturesResponse,
    UpdateRaftVoterResponse,
);

without_throttle_field!(
    BeginQuorumEpochResponse, ControlledShutdownResponse, DeleteShareGroupStateResponse,
    DescribeQuorumResponse, EndQuorumEpochResponse, EnvelopeResponse,
    InitializeShareGroupStateResponse, LeaderAndIsrResponse, ReadShareGroupStateResponse,
    ReadShareGroupStateSummaryResponse, SaslAuthenticateResponse, SaslHandshakeResponse,
    StopReplicaResponse, UpdateMetadataResponse, VoteResponse, WriteShareGroupStateResponse,
    WriteTxnMarkersResponse,
);

/// What a connection knows about being throttled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ThrottleStats {
    /// How many responses reported a throttle time above zero.
    pub throttled_responses: u64,
    /// The last throttle time above zero that a response reported.
    pub last_throttle_ms: i32,
    /// Until when the connection holds back requests, if it does now.
    pub throttled_until: Option<Instant>,
}

/// Throttle state shared by a connection's callers and its writer.
#[derive(Debug, Default)]
pub(crate) struct Throttle {
    stats: Mutex<ThrottleStats>,
}

impl Throttle {
    /// Records a response's throttle time.
    pub(crate) fn record(&self, throttle_ms: i32) {
        if throttle_ms <= 0 {
            return;
        }
        let until = Instant::now() + Duration::from_millis(throttle_ms.unsigned_abs().into());
        let mut stats = lock(&self.stats);
        stats.throttled_responses += 1;
        stats.last_throttle_ms = throttle_ms;
        stats.throttled_until = Some(stats.throttled_until.map_or(until, |u| u.max(until)));
    }

    /// When the writer may send again, if it must wait.
    pub(crate) fn hold_until(&self) -> Option<Instant> {
        lock(&self.stats).throttled_until.filter(|u| *u > Instant::now())
    }

    /// A copy of the current numbers.
    pub(crate) fn stats(&self) -> ThrottleStats {
        let mut stats = *lock(&self.stats);
        stats.throttled_until = stats.throttled_until.filter(|u| *u > Instant::now());
        stats
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_throttle_is_not_recorded() {
        let t = Throttle::default();
        t.record(0);
        assert_eq!(t.stats(), ThrottleStats::default());
        assert!(t.hold_until().is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn throttle_holds_back_until_it_expires() {
        let t = Throttle::default();
        t.record(500);
        let stats = t.stats();
        assert_eq!(stats.throttled_responses, 1);
        assert_eq!(stats.last_throttle_ms, 500);
        assert!(t.hold_until().is_some());
        tokio::time::advance(Duration::from_millis(501)).await;
        assert!(t.hold_until().is_none());
        assert_eq!(t.stats().throttled_responses, 1);
    }

    #[test]
    fn responses_report_their_throttle_field() {
        let m = messages::MetadataResponse { throttle_time_ms: 25, ..Default::default() };
        assert_eq!(m.throttle_time_ms(), Some(25));
        let s = messages::SaslHandshakeResponse::default();
        assert_eq!(s.throttle_time_ms(), None);
    }
}
