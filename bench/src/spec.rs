//! What one measurement is: which client, reading or writing, how many
//! records of what size, compressed or not. The driver passes a job to a
//! client process as arguments and reads its outcome back from one line.

use std::fmt;

/// The clients measured side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Client {
    Ferrokafka,
    Rdkafka,
    Java,
}

impl Client {
    pub const ALL: [Client; 3] = [Client::Ferrokafka, Client::Rdkafka, Client::Java];

    pub fn name(self) -> &'static str {
        match self {
            Client::Ferrokafka => "ferrokafka",
            Client::Rdkafka => "rdkafka",
            Client::Java => "java",
        }
    }

    pub fn parse(s: &str) -> Option<Client> {
        Client::ALL.into_iter().find(|c| c.name() == s)
    }
}

/// Writing (produce) or reading (consume).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Produce,
    Consume,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Produce => "produce",
            Role::Consume => "consume",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Produce, Role::Consume]
            .into_iter()
            .find(|r| r.name() == s)
    }
}

/// Batch compression of the records written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    None,
    Zstd,
}

impl Codec {
    pub fn name(self) -> &'static str {
        match self {
            Codec::None => "none",
            Codec::Zstd => "zstd",
        }
    }

    pub fn parse(s: &str) -> Option<Codec> {
        [Codec::None, Codec::Zstd]
            .into_iter()
            .find(|c| c.name() == s)
    }
}

/// One client's run of one case.
#[derive(Debug, Clone)]
pub struct Job {
    pub client: Client,
    pub role: Role,
    pub brokers: String,
    pub topic: String,
    pub records: usize,
    pub value_bytes: usize,
    pub codec: Codec,
}

impl Job {
    /// The arguments after `client` that [`Job::from_args`] reads back.
    pub fn to_args(&self) -> Vec<String> {
        vec![
            self.client.name().to_owned(),
            self.role.name().to_owned(),
            self.brokers.clone(),
            self.topic.clone(),
            self.records.to_string(),
            self.value_bytes.to_string(),
            self.codec.name().to_owned(),
        ]
    }

    pub fn from_args(args: &[String]) -> Result<Job, String> {
        let [client, role, brokers, topic, records, value_bytes, codec] = args else {
            return Err(format!(
                "expected CLIENT ROLE BROKERS TOPIC RECORDS VALUE_BYTES CODEC, got {args:?}"
            ));
        };
        Ok(Job {
            client: Client::parse(client).ok_or_else(|| format!("unknown client {client:?}"))?,
            role: Role::parse(role).ok_or_else(|| format!("unknown role {role:?}"))?,
            brokers: brokers.clone(),
            topic: topic.clone(),
            records: records
                .parse()
                .map_err(|_| format!("bad record count {records:?}"))?,
            value_bytes: value_bytes
                .parse()
                .map_err(|_| format!("bad value size {value_bytes:?}"))?,
            codec: Codec::parse(codec).ok_or_else(|| format!("unknown codec {codec:?}"))?,
        })
    }
}

/// What a client measured itself: records handled and the seconds from the
/// first send (or fetch) to the last acknowledgement (or record).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    pub records: usize,
    pub seconds: f64,
    /// Records that failed; `None` where the client does not tell us.
    pub failed: Option<usize>,
}

const PREFIX: &str = "bench-result";

impl fmt::Display for Timing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failed = self.failed.map_or(-1, |n| n as i64);
        write!(f, "{PREFIX} {} {} {}", self.records, self.seconds, failed)
    }
}

impl Timing {
    /// Finds the result line a client process printed.
    pub fn find(stdout: &str) -> Option<Timing> {
        let line = stdout.lines().rev().find(|l| l.starts_with(PREFIX))?;
        let mut fields = line.split_whitespace().skip(1);
        let records = fields.next()?.parse().ok()?;
        let seconds = fields.next()?.parse().ok()?;
        let failed: i64 = fields.next()?.parse().ok()?;
        Some(Timing {
            records,
            seconds,
            failed: usize::try_from(failed).ok(),
        })
    }
}

/// The value every record carries: random capital letters, one value reused
/// for every record — what Java's ProducerPerformance sends, so that the
/// three clients compress the same bytes.
pub fn payload(value_bytes: usize) -> Vec<u8> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..value_bytes)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            b'A' + (state % 26) as u8
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_round_trips_through_arguments() {
        let job = Job {
            client: Client::Rdkafka,
            role: Role::Consume,
            brokers: "127.0.0.1:9092".into(),
            topic: "t".into(),
            records: 1000,
            value_bytes: 1024,
            codec: Codec::Zstd,
        };
        let back = Job::from_args(&job.to_args()).unwrap();
        assert_eq!(back.to_args(), job.to_args());
    }

    #[test]
    fn timing_round_trips_through_its_line() {
        let t = Timing {
            records: 5,
            seconds: 1.25,
            failed: None,
        };
        assert_eq!(Timing::find(&format!("noise\n{t}\n")), Some(t));
        let t = Timing {
            records: 5,
            seconds: 0.5,
            failed: Some(2),
        };
        assert_eq!(Timing::find(&t.to_string()), Some(t));
    }

    #[test]
    fn payload_is_capital_letters_of_the_asked_size() {
        let p = payload(1024);
        assert_eq!(p.len(), 1024);
        assert!(p.iter().all(u8::is_ascii_uppercase));
    }
}
