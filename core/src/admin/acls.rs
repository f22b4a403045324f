//! Access control lists: create, describe with filters, delete
//! (CreateAcls, DescribeAcls, DeleteAcls). The cluster must run an
//! authorizer; without one every call fails with `SECURITY_DISABLED`.

use super::Admin;
use crate::error::{Error, ErrorContext, Resource, Result};
use crate::protocol::messages::create_acls_request::AclCreation;
use crate::protocol::messages::delete_acls_request::DeleteAclsFilter;
use crate::protocol::messages::{CreateAclsRequest, DeleteAclsRequest, DescribeAclsRequest};

/// An enum of the ACL wire codes, with `Unknown` for codes this client does
/// not know.
macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
            /// A code this client does not know.
            Unknown(i8),
        }

        impl $name {
            /// The value on the wire.
            pub fn wire(self) -> i8 {
                match self {
                    $($name::$variant => $code,)*
                    $name::Unknown(code) => code,
                }
            }

            /// The variant for a wire value.
            pub fn from_wire(code: i8) -> Self {
                match code {
                    $($code => $name::$variant,)*
                    other => $name::Unknown(other),
                }
            }
        }
    };
}

wire_enum!(
    /// The kind of resource an ACL is about.
    AclResourceType {
        /// Filters only: any kind.
        Any = 1,
        /// A topic.
        Topic = 2,
        /// A consumer group.
        Group = 3,
        /// The cluster (resource name `kafka-cluster`).
        Cluster = 4,
        /// A transactional id.
        TransactionalId = 5,
        /// A delegation token.
        DelegationToken = 6,
        /// A user (for delegation tokens).
        User = 7,
    }
);

wire_enum!(
    /// How an ACL's resource name matches.
    PatternType {
        /// Filters only: any pattern type.
        Any = 1,
        /// Filters only: every ACL that applies to the name (literal,
        /// wildcard and matching prefixes).
        Match = 2,
        /// The exact name (or `*` for every resource).
        Literal = 3,
        /// Every resource whose name starts with it.
        Prefixed = 4,
    }
);

wire_enum!(
    /// What an ACL allows or denies.
    AclOperation {
        /// Filters only: any operation.
        Any = 1,
        /// Every operation.
        All = 2,
        /// Read.
        Read = 3,
        /// Write.
        Write = 4,
        /// Create.
        Create = 5,
        /// Delete.
        Delete = 6,
        /// Alter.
        Alter = 7,
        /// Describe.
        Describe = 8,
        /// Inter-broker actions.
        ClusterAction = 9,
        /// Describe configs.
        DescribeConfigs = 10,
        /// Alter configs.
        AlterConfigs = 11,
        /// Idempotent produce.
        IdempotentWrite = 12,
        /// Create delegation tokens.
        CreateTokens = 13,
        /// Describe delegation tokens.
        DescribeTokens = 14,
        /// Two-phase commit transactions.
        TwoPhaseCommit = 15,
    }
);

wire_enum!(
    /// Whether an ACL allows or denies.
    AclPermission {
        /// Filters only: either.
        Any = 1,
        /// Deny.
        Deny = 2,
        /// Allow.
        Allow = 3,
    }
);

/// One ACL: `permission` for `principal` from `host` to do `operation` on
/// the resources `resource_type` / `resource_name` / `pattern_type` name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AclBinding {
    /// The kind of resource.
    pub resource_type: AclResourceType,
    /// Its name (`*` for all, the prefix for prefixed ACLs).
    pub resource_name: String,
    /// How the name matches.
    pub pattern_type: PatternType,
    /// Who, e.g. `User:alice`.
    pub principal: String,
    /// From where (`*` for anywhere).
    pub host: String,
    /// What.
    pub operation: AclOperation,
    /// Allow or deny.
    pub permission: AclPermission,
}

impl AclBinding {
    /// Allows `principal` to do `operation` on the topic `topic`, from any
    /// host.
    pub fn allow_topic(principal: impl Into<String>, topic: impl Into<String>, operation: AclOperation) -> Self {
        AclBinding {
            resource_type: AclResourceType::Topic,
            resource_name: topic.into(),
            pattern_type: PatternType::Literal,
            principal: principal.into(),
            host: "*".to_owned(),
            operation,
            permission: AclPermission::Allow,
        }
    }

    /// Checks that the ACL can be created: filter-only values (`Any`,
    /// `Match`) and unknown codes cannot.
    fn validate(&self) -> Result<()> {
        let bad = if matches!(self.resource_type, AclResourceType::Any | AclResourceType::Unknown(_)) {
            "resource_type"
        } else if !matches!(self.pattern_type, PatternType::Literal | PatternType::Prefixed) {
            "pattern_type"
        } else if matches!(self.operation, AclOperation::Any | AclOperation::Unknown(_)) {
            "operation"
        } else if !matches!(self.permission, AclPermission::Allow | AclPermission::Deny) {
            "permission"
        } else {
            return Ok(());
        };
        Err(Error::Config {
            option: "acl",
            value: self.describe(),
            allowed: format!(
                "a concrete {bad}: Any, Match and unknown codes only filter ACLs; an ACL names one resource type, \
                 Literal or Prefixed, one operation (or All) and Allow or Deny"
            ),
        })
    }

    fn describe(&self) -> String {
        format!(
            "{:?} {} {:?} on {:?} '{}' ({:?}) from {}",
            self.permission,
            self.principal,
            self.operation,
            self.resource_type,
            self.resource_name,
            self.pattern_type,
            self.host
        )
    }
}

/// Which ACLs to describe or delete: `None` (or `Any`) matches anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclFilter {
    /// The kind of resource.
    pub resource_type: AclResourceType,
    /// The resource name.
    pub resource_name: Option<String>,
    /// The pattern type (`Match`: every ACL that applies to the name).
    pub pattern_type: PatternType,
    /// The principal.
    pub principal: Option<String>,
    /// The host.
    pub host: Option<String>,
    /// The operation.
    pub operation: AclOperation,
    /// The permission.
    pub permission: AclPermission,
}

impl Default for AclFilter {
    /// Matches every ACL.
    fn default() -> Self {
        AclFilter {
            resource_type: AclResourceType::Any,
            resource_name: None,
            pattern_type: PatternType::Any,
            principal: None,
            host: None,
            operation: AclOperation::Any,
            permission: AclPermission::Any,
        }
    }
}

impl AclFilter {
    /// Matches exactly this ACL.
    pub fn exactly(acl: &AclBinding) -> Self {
        AclFilter {
            resource_type: acl.resource_type,
            resource_name: Some(acl.resource_name.clone()),
            pattern_type: acl.pattern_type,
            principal: Some(acl.principal.clone()),
            host: Some(acl.host.clone()),
            operation: acl.operation,
            permission: acl.permission,
        }
    }

    fn describe(&self) -> String {
        format!("filter {self:?}")
    }
}

impl Admin {
    /// Creates ACLs. Each gets its own result, in the order given; an error
    /// names the ACL. An ACL with a filter-only value (`Any`, `Match`) or an
    /// unknown code fails alone with [`Error::Config`] and is not sent.
    pub async fn create_acls(&self, acls: &[AclBinding]) -> Result<Vec<Result<()>>> {
        let checked: Vec<Result<()>> = acls.iter().map(AclBinding::validate).collect();
        let valid: Vec<&AclBinding> = acls.iter().zip(&checked).filter(|(_, c)| c.is_ok()).map(|(a, _)| a).collect();
        if valid.is_empty() {
            return Ok(checked);
        }
        let request = CreateAclsRequest {
            creations: valid
                .iter()
                .map(|a| AclCreation {
                    resource_type: a.resource_type.wire(),
                    resource_name: a.resource_name.clone(),
                    resource_pattern_type: a.pattern_type.wire(),
                    principal: a.principal.clone(),
                    host: a.host.clone(),
                    operation: a.operation.wire(),
                    permission_type: a.permission.wire(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        let response = self.cluster.send_to_any(&request).await?;
        let mut results = response.results.into_iter();
        Ok(acls
            .iter()
            .zip(checked)
            .map(|(acl, checked)| {
                checked?;
                let context = acl_context("CreateAcls", acl.describe());
                match results.next() {
                    Some(r) => Error::check(r.error_code, context, r.error_message),
                    None => Err(Error::kafka(-1, context, Some("the broker's answer left this ACL out".to_owned()))),
                }
            })
            .collect())
    }

    /// The ACLs that match `filter`, sorted.
    pub async fn describe_acls(&self, filter: &AclFilter) -> Result<Vec<AclBinding>> {
        let request = DescribeAclsRequest {
            resource_type_filter: filter.resource_type.wire(),
            resource_name_filter: filter.resource_name.clone(),
            pattern_type_filter: filter.pattern_type.wire(),
            principal_filter: filter.principal.clone(),
            host_filter: filter.host.clone(),
            operation: filter.operation.wire(),
            permission_type: filter.permission.wire(),
            ..Default::default()
        };
        let response = self.cluster.send_to_any(&request).await?;
        Error::check(response.error_code, acl_context("DescribeAcls", filter.describe()), response.error_message)?;
        let mut out = Vec::new();
        for resource in response.resources {
            for acl in resource.acls {
                out.push(AclBinding {
                    resource_type: AclResourceType::from_wire(resource.resource_type),
                    resource_name: resource.resource_name.clone(),
                    pattern_type: PatternType::from_wire(resource.pattern_type),
                    principal: acl.principal,
                    host: acl.host,
                    operation: AclOperation::from_wire(acl.operation),
                    permission: AclPermission::from_wire(acl.permission_type),
                });
            }
        }
        out.sort();
        Ok(out)
    }

    /// Deletes the ACLs that match each filter. Each filter gets its own
    /// result, in the order given: the ACLs it deleted, or its error.
    pub async fn delete_acls(&self, filters: &[AclFilter]) -> Result<Vec<Result<Vec<AclBinding>>>> {
        let request = DeleteAclsRequest {
            filters: filters
                .iter()
                .map(|f| DeleteAclsFilter {
                    resource_type_filter: f.resource_type.wire(),
                    resource_name_filter: f.resource_name.clone(),
                    pattern_type_filter: f.pattern_type.wire(),
                    principal_filter: f.principal.clone(),
                    host_filter: f.host.clone(),
                    operation: f.operation.wire(),
                    permission_type: f.permission.wire(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        let response = self.cluster.send_to_any(&request).await?;
        let mut results = response.filter_results.into_iter();
        Ok(filters
            .iter()
            .map(|filter| {
                let context = || acl_context("DeleteAcls", filter.describe());
                let Some(r) = results.next() else {
                    return Err(Error::kafka(
                        -1,
                        context(),
                        Some("the broker's answer left this filter out".to_owned()),
                    ));
                };
                Error::check(r.error_code, context(), r.error_message)?;
                r.matching_acls
                    .into_iter()
                    .map(|m| {
                        let acl = AclBinding {
                            resource_type: AclResourceType::from_wire(m.resource_type),
                            resource_name: m.resource_name,
                            pattern_type: PatternType::from_wire(m.pattern_type),
                            principal: m.principal,
                            host: m.host,
                            operation: AclOperation::from_wire(m.operation),
                            permission: AclPermission::from_wire(m.permission_type),
                        };
                        Error::check(m.error_code, acl_context("DeleteAcls", acl.describe()), m.error_message)?;
                        Ok(acl)
                    })
                    .collect()
            })
            .collect())
    }
}

fn acl_context(api: &'static str, what: String) -> ErrorContext {
    ErrorContext { api, resource: Some(Resource::Acl(what)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_only_values_cannot_be_created() {
        let good = AclBinding::allow_topic("User:alice", "orders", AclOperation::Read);
        assert!(good.validate().is_ok());
        assert!(AclBinding { pattern_type: PatternType::Prefixed, operation: AclOperation::All, ..good.clone() }
            .validate()
            .is_ok());
        for (bad, field) in [
            (AclBinding { resource_type: AclResourceType::Any, ..good.clone() }, "resource_type"),
            (AclBinding { pattern_type: PatternType::Match, ..good.clone() }, "pattern_type"),
            (AclBinding { operation: AclOperation::Unknown(99), ..good.clone() }, "operation"),
            (AclBinding { permission: AclPermission::Any, ..good.clone() }, "permission"),
        ] {
            let error = bad.validate().expect_err("a filter-only value");
            assert!(matches!(error, Error::Config { option: "acl", .. }), "{error:?}");
            assert!(error.to_string().contains(field) && error.to_string().contains("User:alice"), "{error}");
        }
    }
}
