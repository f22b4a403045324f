//! ACLs and the cluster's description, as functions of a `NativeAdmin`.
//! ACL fields cross as the wire codes (`ferrokafka/_acls.py` names them):
//! `(resource_type, resource_name, pattern_type, principal, host,
//! operation, permission)`.

use ferrokafka::admin::{AclBinding, AclFilter, AclOperation, AclPermission, AclResourceType, PatternType};
use pyo3::prelude::*;

use crate::admin::NativeAdmin;
use crate::errors::{to_py, IntoPy};
use crate::runtime;

type AclTuple = (i8, String, i8, String, String, i8, i8);
type FilterTuple = (i8, Option<String>, i8, Option<String>, Option<String>, i8, i8);

fn binding((rt, name, pt, principal, host, op, perm): AclTuple) -> AclBinding {
    AclBinding {
        resource_type: AclResourceType::from_wire(rt),
        resource_name: name,
        pattern_type: PatternType::from_wire(pt),
        principal,
        host,
        operation: AclOperation::from_wire(op),
        permission: AclPermission::from_wire(perm),
    }
}

fn unbinding(b: AclBinding) -> AclTuple {
    (
        b.resource_type.wire(),
        b.resource_name,
        b.pattern_type.wire(),
        b.principal,
        b.host,
        b.operation.wire(),
        b.permission.wire(),
    )
}

fn filter((rt, name, pt, principal, host, op, perm): FilterTuple) -> AclFilter {
    AclFilter {
        resource_type: AclResourceType::from_wire(rt),
        resource_name: name,
        pattern_type: PatternType::from_wire(pt),
        principal,
        host,
        operation: AclOperation::from_wire(op),
        permission: AclPermission::from_wire(perm),
    }
}

/// Creates ACLs; raises the first one's error.
#[pyfunction]
pub fn admin_create_acls<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, acls: Vec<AclTuple>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = a.get().inner.clone();
    let acls: Vec<AclBinding> = acls.into_iter().map(binding).collect();
    runtime::run(py, blocking, async move {
        for answer in admin.create_acls(&acls).await.py()? {
            answer.map_err(to_py)?;
        }
        Ok(())
    })
}

#[pyfunction]
pub fn admin_describe_acls<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, f: FilterTuple, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = a.get().inner.clone();
    let f = filter(f);
    runtime::run(py, blocking, async move {
        Ok(admin.describe_acls(&f).await.py()?.into_iter().map(unbinding).collect::<Vec<_>>())
    })
}

/// Deletes the ACLs matching any filter; returns them.
#[pyfunction]
pub fn admin_delete_acls<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, filters: Vec<FilterTuple>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = a.get().inner.clone();
    let filters: Vec<AclFilter> = filters.into_iter().map(filter).collect();
    runtime::run(py, blocking, async move {
        let mut deleted = Vec::new();
        for answer in admin.delete_acls(&filters).await.py()? {
            deleted.extend(answer.map_err(to_py)?.into_iter().map(unbinding));
        }
        Ok(deleted)
    })
}

/// `(cluster_id, controller_id, [(node_id, host, port, rack)])`, fresh
/// from the cluster.
#[pyfunction]
pub fn admin_describe_cluster<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = a.get().inner.clone();
    runtime::run(py, blocking, async move {
        let m = admin.cluster().refresh().await.py()?;
        let brokers: Vec<(i32, String, i32, Option<String>)> =
            m.brokers.values().map(|b| (b.node_id, b.host.clone(), b.port, b.rack.clone())).collect();
        Ok((m.cluster_id.clone(), m.controller_id, brokers))
    })
}

/// Adds the functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(admin_create_acls, m)?)?;
    m.add_function(wrap_pyfunction!(admin_describe_acls, m)?)?;
    m.add_function(wrap_pyfunction!(admin_delete_acls, m)?)?;
    m.add_function(wrap_pyfunction!(admin_describe_cluster, m)?)?;
    Ok(())
}
