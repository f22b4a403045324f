//! Control records: markers the broker and the transaction coordinator write
//! into partitions, in batches whose control flag is set.
//!
//! A control record's key is `version: i16, type: i16`. For the transaction
//! markers (ABORT and COMMIT) the value is `version: i16,
//! coordinator_epoch: i32`. A consumer must recognise them — they occupy
//! offsets but are never user data, and the ABORT marker is what ends an
//! aborted transaction for a `read_committed` consumer. Other types (KRaft's
//! leader change, snapshot and voter records) appear only in the metadata log
//! and are exposed with their raw value.

use bytes::Bytes;

use super::types::Record;

/// The type of a control record (key bytes 2-3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ControlRecordType {
    /// Type 0: the transaction was aborted.
    Abort,
    /// Type 1: the transaction was committed.
    Commit,
    /// Type 2: KRaft leader change.
    LeaderChange,
    /// Type 3: KRaft snapshot header.
    SnapshotHeader,
    /// Type 4: KRaft snapshot footer.
    SnapshotFooter,
    /// Type 5: KRaft version record.
    KraftVersion,
    /// Type 6: KRaft voters record.
    KraftVoters,
    /// A type this client does not know.
    Unknown(i16),
}

impl ControlRecordType {
    /// The type id on the wire.
    pub fn id(self) -> i16 {
        match self {
            ControlRecordType::Abort => 0,
            ControlRecordType::Commit => 1,
            ControlRecordType::LeaderChange => 2,
            ControlRecordType::SnapshotHeader => 3,
            ControlRecordType::SnapshotFooter => 4,
            ControlRecordType::KraftVersion => 5,
            ControlRecordType::KraftVoters => 6,
            ControlRecordType::Unknown(id) => id,
        }
    }

    /// The type for a wire id.
    pub fn from_id(id: i16) -> Self {
        match id {
            0 => ControlRecordType::Abort,
            1 => ControlRecordType::Commit,
            2 => ControlRecordType::LeaderChange,
            3 => ControlRecordType::SnapshotHeader,
            4 => ControlRecordType::SnapshotFooter,
            5 => ControlRecordType::KraftVersion,
            6 => ControlRecordType::KraftVoters,
            other => ControlRecordType::Unknown(other),
        }
    }
}

/// A decoded control record.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ControlRecord {
    /// Version of the key layout (0 today).
    pub version: i16,
    /// What the record marks.
    pub kind: ControlRecordType,
    /// The record's value, undecoded.
    pub value: Option<Bytes>,
}

/// Size of a control record key: version + type.
const KEY_SIZE: usize = 4;
/// Size of an end-transaction marker value: version + coordinator epoch.
const END_TXN_VALUE_SIZE: usize = 6;

impl ControlRecord {
    /// Decodes a control record from its key and value.
    ///
    /// Keys longer than four bytes are accepted (a later key version may add
    /// fields), as the Java client accepts them.
    pub fn parse(key: Option<&[u8]>, value: Option<Bytes>) -> Result<Self, String> {
        let key = key.ok_or("control record has a null key")?;
        if key.len() < KEY_SIZE {
            return Err(format!(
                "control record key has {} bytes, needs {KEY_SIZE}",
                key.len()
            ));
        }
        let version = i16::from_be_bytes([key[0], key[1]]);
        if version < 0 {
            return Err(format!("control record key version {version} is negative"));
        }
        let kind = ControlRecordType::from_id(i16::from_be_bytes([key[2], key[3]]));
        Ok(ControlRecord {
            version,
            kind,
            value,
        })
    }

    /// Whether this is a transaction marker (ABORT or COMMIT).
    pub fn is_transaction_marker(&self) -> bool {
        matches!(
            self.kind,
            ControlRecordType::Abort | ControlRecordType::Commit
        )
    }

    /// The coordinator epoch of a transaction marker, or `None` for other
    /// types or a value too short to hold one.
    pub fn coordinator_epoch(&self) -> Option<i32> {
        if !self.is_transaction_marker() {
            return None;
        }
        let value = self.value.as_deref()?;
        let epoch = value.get(2..END_TXN_VALUE_SIZE)?;
        Some(i32::from_be_bytes([epoch[0], epoch[1], epoch[2], epoch[3]]))
    }

    /// A transaction marker record (version 0 key and value), for writing
    /// control batches, e.g. in tests or a broker stand-in.
    pub fn end_transaction_marker(commit: bool, coordinator_epoch: i32, timestamp: i64) -> Record {
        let kind = if commit {
            ControlRecordType::Commit
        } else {
            ControlRecordType::Abort
        };
        let mut key = Vec::with_capacity(KEY_SIZE);
        key.extend_from_slice(&0i16.to_be_bytes());
        key.extend_from_slice(&kind.id().to_be_bytes());
        let mut value = Vec::with_capacity(END_TXN_VALUE_SIZE);
        value.extend_from_slice(&0i16.to_be_bytes());
        value.extend_from_slice(&coordinator_epoch.to_be_bytes());
        Record {
            key: Some(key.into()),
            value: Some(value.into()),
            headers: Vec::new(),
            timestamp,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_round_trip() {
        for commit in [true, false] {
            let record = ControlRecord::end_transaction_marker(commit, 42, 0);
            let key = record.key.as_deref().unwrap();
            assert_eq!(key, if commit { [0, 0, 0, 1] } else { [0, 0, 0, 0] });
            let parsed = ControlRecord::parse(Some(key), record.value.clone()).unwrap();
            assert_eq!(
                parsed.kind,
                if commit {
                    ControlRecordType::Commit
                } else {
                    ControlRecordType::Abort
                }
            );
            assert_eq!(parsed.coordinator_epoch(), Some(42));
        }
    }

    #[test]
    fn malformed_keys_are_errors() {
        assert!(ControlRecord::parse(None, None).is_err());
        assert!(ControlRecord::parse(Some(&[0, 0, 0]), None).is_err());
        assert!(ControlRecord::parse(Some(&[0xff, 0xff, 0, 0]), None).is_err());
        let future = ControlRecord::parse(Some(&[0, 1, 0, 9, 0xee]), None).unwrap();
        assert_eq!(
            (future.version, future.kind),
            (1, ControlRecordType::Unknown(9))
        );
        assert_eq!(future.coordinator_epoch(), None);
    }
}
