//! The admin calls beyond topics, as functions of a `NativeAdmin`:
//! partitions, configs, groups and their offsets, lag, list offsets,
//! delete records.
//!
//! Partitions travel as `(topic, partition)` tuples. `list_groups`,
//! `list_offsets` and `describe_configs` hand every broker's or item's
//! error over next to the answers; the other calls that the engine answers
//! per item raise the first item's error (the other items were still
//! applied).

use std::collections::BTreeMap;

use ferrokafka::admin::{Admin, AlterConfigOp, ConfigResource, GroupList, ListGroupsOptions, NewPartitions, OffsetSpec};
use ferrokafka::consumer::{IsolationLevel, TopicPartition};
use pyo3::prelude::*;

use crate::admin::NativeAdmin;
use crate::errors::{config, to_py, IntoPy};
use crate::runtime;

type Tp = (String, i32);

fn tp((topic, partition): Tp) -> TopicPartition {
    TopicPartition::new(topic, partition)
}

fn untp(t: TopicPartition) -> Tp {
    (t.topic, t.partition)
}

/// The values of a per-item answer, or the first item's error.
fn all_ok<K, V>(answers: BTreeMap<K, ferrokafka::Result<V>>) -> PyResult<Vec<(K, V)>> {
    answers.into_iter().map(|(k, r)| r.map(|v| (k, v)).map_err(to_py)).collect()
}

fn resource(kind: &str, name: String) -> PyResult<ConfigResource> {
    match kind {
        "topic" => Ok(ConfigResource::Topic(name)),
        "broker" => name
            .parse()
            .map(ConfigResource::Broker)
            .map_err(|_| config("resource", format!("a broker resource is named by its node id, not {name:?}"))),
        other => Err(config("resource", format!("a config resource is \"topic\" or \"broker\", not {other:?}"))),
    }
}

fn unresource(r: ConfigResource) -> (String, String) {
    match r {
        ConfigResource::Topic(name) => ("topic".into(), name),
        ConfigResource::Broker(id) => ("broker".into(), id.to_string()),
    }
}

/// `"earliest"`, `"latest"` or a timestamp in ms.
fn spec(value: &Bound<'_, PyAny>) -> PyResult<OffsetSpec> {
    if let Ok(ms) = value.extract::<i64>() {
        return Ok(OffsetSpec::Timestamp(ms));
    }
    match value.extract::<String>().as_deref() {
        Ok("earliest") => Ok(OffsetSpec::Earliest),
        Ok("latest") => Ok(OffsetSpec::Latest),
        _ => Err(config("to", "an offset spec is \"earliest\", \"latest\" or a timestamp in milliseconds")),
    }
}

/// Offsets by partition as `(topic, partition, offset)` rows.
fn offset_rows(offsets: impl IntoIterator<Item = (TopicPartition, i64)>) -> Vec<(String, i32, i64)> {
    offsets.into_iter().map(|(t, o)| (t.topic, t.partition, o)).collect()
}

fn admin(a: &Bound<'_, NativeAdmin>) -> ferrokafka::admin::Admin {
    a.get().inner.clone()
}

#[pyfunction]
pub fn admin_create_partitions<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, totals: Vec<(String, i32)>, validate_only: bool, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let topics: Vec<NewPartitions> = totals.into_iter().map(|(t, n)| NewPartitions::new(t, n)).collect();
    runtime::run(py, blocking, async move {
        all_ok(admin.create_partitions(&topics, validate_only).await.py()?)?;
        Ok(())
    })
}

/// `([(kind, name, [(name, value, source, is_default, read_only, sensitive)])], [(kind, name, error)])`.
type ConfigsTuple = (Vec<(String, String, Vec<(String, Option<String>, String, bool, bool, bool)>)>, Vec<(String, String, PyErr)>);

#[pyfunction]
pub fn admin_describe_configs<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, resources: Vec<(String, String)>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let resources = resources.into_iter().map(|(k, n)| resource(&k, n)).collect::<PyResult<Vec<_>>>()?;
    runtime::run(py, blocking, async move {
        let mut out: ConfigsTuple = (Vec::new(), Vec::new());
        for (r, answer) in admin.describe_configs(&resources, false).await.py()? {
            let (kind, name) = unresource(r);
            match answer {
                Ok(entries) => {
                    let entries = entries
                        .into_iter()
                        .map(|e| (e.name, e.value, format!("{:?}", e.source), e.is_default, e.read_only, e.sensitive))
                        .collect();
                    out.0.push((kind, name, entries));
                }
                Err(e) => out.1.push((kind, name, to_py(e))),
            }
        }
        Ok(out)
    })
}

/// `changes`: `[(kind, name, [(op, config, value)])]`, op one of set,
/// delete, append, subtract.
#[pyfunction]
pub fn admin_alter_configs<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, changes: Vec<(String, String, Vec<(String, String, Option<String>)>)>,
    validate_only: bool, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let mut list = Vec::new();
    for (kind, name, ops) in changes {
        let ops = ops
            .into_iter()
            .map(|(op, key, value)| match (op.as_str(), value) {
                ("delete", _) => Ok(AlterConfigOp::Delete(key)),
                ("set", Some(v)) => Ok(AlterConfigOp::Set(key, v)),
                ("append", Some(v)) => Ok(AlterConfigOp::Append(key, v)),
                ("subtract", Some(v)) => Ok(AlterConfigOp::Subtract(key, v)),
                (op, _) => Err(config("op", format!("config change {op:?} of `{key}`: use set, append or subtract with a value, or delete"))),
            })
            .collect::<PyResult<Vec<_>>>()?;
        list.push((resource(&kind, name)?, ops));
    }
    runtime::run(py, blocking, async move {
        all_ok(admin.incremental_alter_configs(&list, validate_only).await.py()?)?;
        Ok(())
    })
}

/// Whether every broker of the metadata the listing used failed, so that
/// nothing at all was listed.
fn nobody_answered(admin: &Admin, list: &GroupList) -> bool {
    !list.broker_errors.is_empty()
        && list.groups.is_empty()
        && admin.cluster().metadata().brokers.keys().all(|n| list.broker_errors.contains_key(n))
}

/// `([(group_id, protocol_type, state, group_type)], [(node_id, error)])`;
/// raises only when no broker answered.
#[pyfunction]
pub fn admin_list_groups<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, states: Vec<String>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    runtime::run(py, blocking, async move {
        let mut list = admin.list_groups(&ListGroupsOptions { states, ..Default::default() }).await.py()?;
        if nobody_answered(&admin, &list) {
            if let Some((_, e)) = list.broker_errors.pop_first() {
                return Err(to_py(e));
            }
        }
        let groups: Vec<_> = list.groups.into_iter().map(|g| (g.group_id, g.protocol_type, g.state, g.group_type)).collect();
        let errors: Vec<(i32, PyErr)> = list.broker_errors.into_iter().map(|(n, e)| (n, to_py(e))).collect();
        Ok((groups, errors))
    })
}

/// A member as `(member_id, group_instance_id, client_id, host, [tp])`.
type MemberTuple = (String, Option<String>, String, String, Vec<Tp>);

#[pyfunction]
pub fn admin_describe_groups<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, groups: Vec<String>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    runtime::run(py, blocking, async move {
        let answers = all_ok(admin.describe_groups(&groups).await.py()?)?;
        Ok(answers
            .into_iter()
            .map(|(_, d)| {
                let members: Vec<MemberTuple> = d
                    .members
                    .into_iter()
                    .map(|m| (m.member_id, m.group_instance_id, m.client_id, m.client_host, m.assignment.into_iter().map(untp).collect()))
                    .collect();
                (d.group_id, d.state, d.protocol_type, d.assignor, members)
            })
            .collect::<Vec<_>>())
    })
}

#[pyfunction]
pub fn admin_delete_groups<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, groups: Vec<String>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    runtime::run(py, blocking, async move {
        all_ok(admin.delete_groups(&groups).await.py()?)?;
        Ok(())
    })
}

#[pyfunction]
pub fn admin_list_group_offsets<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, group: String, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    runtime::run(py, blocking, async move {
        let offsets = admin.list_group_offsets(&group).await.py()?;
        Ok(offset_rows(offsets))
    })
}

#[pyfunction]
pub fn admin_alter_group_offsets<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, group: String, offsets: Vec<(String, i32, i64)>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let offsets: BTreeMap<TopicPartition, i64> = offsets.into_iter().map(|(t, p, o)| (TopicPartition::new(t, p), o)).collect();
    runtime::run(py, blocking, async move { admin.alter_group_offsets(&group, &offsets).await.py() })
}

#[pyfunction]
pub fn admin_reset_group_offsets<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, group: String, partitions: Vec<Tp>, to: &Bound<'py, PyAny>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let to = spec(to)?;
    let partitions: Vec<TopicPartition> = partitions.into_iter().map(tp).collect();
    runtime::run(py, blocking, async move {
        let set = admin.reset_group_offsets(&group, &partitions, to).await.py()?;
        Ok(offset_rows(set))
    })
}

#[pyfunction]
pub fn admin_delete_group_offsets<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, group: String, partitions: Vec<Tp>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let partitions: Vec<TopicPartition> = partitions.into_iter().map(tp).collect();
    runtime::run(py, blocking, async move {
        all_ok(admin.delete_group_offsets(&group, &partitions).await.py()?)?;
        Ok(())
    })
}

/// `(group_id, state, total, [(topic, partition, committed, log_end, lag, member_id)])`.
type LagTuple = (String, String, i64, Vec<(String, i32, Option<i64>, Option<i64>, Option<i64>, Option<String>)>);

#[pyfunction]
pub fn admin_group_lag<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, group: String, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    runtime::run(py, blocking, async move {
        let lag = admin.group_lag(&group).await.py()?;
        if let Some((_, e)) = lag.errors.into_iter().next() {
            return Err(to_py(e));
        }
        let parts = lag
            .partitions
            .into_iter()
            .map(|p| (p.partition.topic, p.partition.partition, p.committed, p.log_end, p.lag, p.member_id))
            .collect();
        let out: LagTuple = (lag.group_id, lag.state, lag.total, parts);
        Ok(out)
    })
}

#[pyfunction]
pub fn admin_list_offsets<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, asked: Vec<(String, i32, Bound<'py, PyAny>)>, read_committed: bool,
    blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let asked = asked
        .into_iter()
        .map(|(t, p, s)| Ok((TopicPartition::new(t, p), spec(&s)?)))
        .collect::<PyResult<Vec<_>>>()?;
    let isolation = if read_committed { IsolationLevel::ReadCommitted } else { IsolationLevel::ReadUncommitted };
    runtime::run(py, blocking, async move {
        let listed = admin.list_offsets(&asked, isolation).await.py()?;
        Ok(listed
            .into_iter()
            .map(|(t, answer)| match answer {
                Ok(l) => (t.topic, t.partition, l.offset, l.timestamp, None),
                Err(e) => (t.topic, t.partition, None, None, Some(to_py(e))),
            })
            .collect::<Vec<_>>())
    })
}

#[pyfunction]
pub fn admin_delete_records<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, before: Vec<(String, i32, i64)>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = admin(a);
    let before: BTreeMap<TopicPartition, i64> = before.into_iter().map(|(t, p, o)| (TopicPartition::new(t, p), o)).collect();
    runtime::run(py, blocking, async move {
        let low = all_ok(admin.delete_records(&before).await.py()?)?;
        Ok(offset_rows(low))
    })
}

/// Adds the functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(admin_create_partitions, m)?)?;
    m.add_function(wrap_pyfunction!(admin_describe_configs, m)?)?;
    m.add_function(wrap_pyfunction!(admin_alter_configs, m)?)?;
    m.add_function(wrap_pyfunction!(admin_list_groups, m)?)?;
    m.add_function(wrap_pyfunction!(admin_describe_groups, m)?)?;
    m.add_function(wrap_pyfunction!(admin_delete_groups, m)?)?;
    m.add_function(wrap_pyfunction!(admin_list_group_offsets, m)?)?;
    m.add_function(wrap_pyfunction!(admin_alter_group_offsets, m)?)?;
    m.add_function(wrap_pyfunction!(admin_reset_group_offsets, m)?)?;
    m.add_function(wrap_pyfunction!(admin_delete_group_offsets, m)?)?;
    m.add_function(wrap_pyfunction!(admin_group_lag, m)?)?;
    m.add_function(wrap_pyfunction!(admin_list_offsets, m)?)?;
    m.add_function(wrap_pyfunction!(admin_delete_records, m)?)?;
    Ok(())
}
