//! The admin client: ACLs. Enum values cross as lower-case names
//! (`topic`, `prefixed`, `read`, `allow`, ...).

use ferrokafka::admin::{AclBinding, AclFilter, AclOperation, AclPermission, AclResourceType, PatternType};
use napi_derive::napi;

use crate::admin::NativeAdmin;
use crate::errors::{coded, config, IntoJs};

const RESOURCE_TYPES: &[(&str, i8)] =
    &[("any", 1), ("topic", 2), ("group", 3), ("cluster", 4), ("transactional-id", 5), ("delegation-token", 6), ("user", 7)];
const PATTERN_TYPES: &[(&str, i8)] = &[("any", 1), ("match", 2), ("literal", 3), ("prefixed", 4)];
const OPERATIONS: &[(&str, i8)] = &[
    ("any", 1),
    ("all", 2),
    ("read", 3),
    ("write", 4),
    ("create", 5),
    ("delete", 6),
    ("alter", 7),
    ("describe", 8),
    ("cluster-action", 9),
    ("describe-configs", 10),
    ("alter-configs", 11),
    ("idempotent-write", 12),
    ("create-tokens", 13),
    ("describe-tokens", 14),
    ("two-phase-commit", 15),
];
const PERMISSIONS: &[(&str, i8)] = &[("any", 1), ("deny", 2), ("allow", 3)];

fn code(table: &[(&str, i8)], option: &'static str, name: &str) -> napi::Result<i8> {
    table.iter().find(|(n, _)| *n == name).map(|(_, c)| *c).ok_or_else(|| {
        let names: Vec<String> = table.iter().map(|(n, _)| format!("'{n}'")).collect();
        config(option, name, names.join(", "))
    })
}

fn name(table: &[(&str, i8)], wire: i8) -> String {
    table.iter().find(|(_, c)| *c == wire).map_or_else(|| format!("unknown-{wire}"), |(n, _)| (*n).to_owned())
}

/// An ACL, or (in filters) a pattern of ACLs where absent fields match any.
#[napi(object)]
pub struct AclJs {
    pub resource_type: String,
    pub resource_name: Option<String>,
    pub pattern_type: Option<String>,
    pub principal: Option<String>,
    pub host: Option<String>,
    pub operation: String,
    pub permission: String,
}

/// The ACLs one filter deleted, or the coded error it got.
#[napi(object)]
pub struct AclDeleteOutcome {
    pub deleted: Vec<AclJs>,
    pub error: Option<String>,
}

fn binding(a: AclJs) -> napi::Result<AclBinding> {
    Ok(AclBinding {
        resource_type: AclResourceType::from_wire(code(RESOURCE_TYPES, "resourceType", &a.resource_type)?),
        resource_name: a.resource_name.ok_or_else(|| config("resourceName", "undefined", "the resource's name"))?,
        pattern_type: PatternType::from_wire(code(PATTERN_TYPES, "patternType", a.pattern_type.as_deref().unwrap_or("literal"))?),
        principal: a.principal.ok_or_else(|| config("principal", "undefined", "a principal, e.g. 'User:alice'"))?,
        host: a.host.unwrap_or_else(|| "*".to_owned()),
        operation: AclOperation::from_wire(code(OPERATIONS, "operation", &a.operation)?),
        permission: AclPermission::from_wire(code(PERMISSIONS, "permission", &a.permission)?),
    })
}

fn filter(a: AclJs) -> napi::Result<AclFilter> {
    Ok(AclFilter {
        resource_type: AclResourceType::from_wire(code(RESOURCE_TYPES, "resourceType", &a.resource_type)?),
        resource_name: a.resource_name,
        pattern_type: PatternType::from_wire(code(PATTERN_TYPES, "patternType", a.pattern_type.as_deref().unwrap_or("any"))?),
        principal: a.principal,
        host: a.host,
        operation: AclOperation::from_wire(code(OPERATIONS, "operation", &a.operation)?),
        permission: AclPermission::from_wire(code(PERMISSIONS, "permission", &a.permission)?),
    })
}

fn to_js(b: AclBinding) -> AclJs {
    AclJs {
        resource_type: name(RESOURCE_TYPES, b.resource_type.wire()),
        resource_name: Some(b.resource_name),
        pattern_type: Some(name(PATTERN_TYPES, b.pattern_type.wire())),
        principal: Some(b.principal),
        host: Some(b.host),
        operation: name(OPERATIONS, b.operation.wire()),
        permission: name(PERMISSIONS, b.permission.wire()),
    }
}

#[napi]
impl NativeAdmin {
    /// Creates ACLs; returns, per ACL in order, a coded error or null.
    #[napi]
    pub async fn create_acls(&self, acls: Vec<AclJs>) -> napi::Result<Vec<Option<String>>> {
        let acls = acls.into_iter().map(binding).collect::<napi::Result<Vec<_>>>()?;
        let done = self.inner.create_acls(&acls).await.js()?;
        Ok(done.into_iter().map(|r| r.err().map(coded)).collect())
    }

    /// The ACLs that match a filter.
    #[napi]
    pub async fn describe_acls(&self, pattern: AclJs) -> napi::Result<Vec<AclJs>> {
        let found = self.inner.describe_acls(&filter(pattern)?).await.js()?;
        Ok(found.into_iter().map(to_js).collect())
    }

    /// Deletes the ACLs matching each filter; returns what each deleted.
    #[napi]
    pub async fn delete_acls(&self, patterns: Vec<AclJs>) -> napi::Result<Vec<AclDeleteOutcome>> {
        let filters = patterns.into_iter().map(filter).collect::<napi::Result<Vec<_>>>()?;
        let done = self.inner.delete_acls(&filters).await.js()?;
        Ok(done
            .into_iter()
            .map(|r| match r {
                Ok(deleted) => AclDeleteOutcome { deleted: deleted.into_iter().map(to_js).collect(), error: None },
                Err(e) => AclDeleteOutcome { deleted: Vec::new(), error: Some(coded(e)) },
            })
            .collect())
    }
}
