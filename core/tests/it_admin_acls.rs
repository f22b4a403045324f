//! ACLs against the 1-node cluster, which runs an authorizer
//! (StandardAuthorizer, see docs/harness.md "ACLs"); the 3-node cluster
//! runs none, and says so.

mod common;

use std::time::Duration;

use ferrokafka::admin::{AclBinding, AclFilter, AclOperation, AclPermission, AclResourceType, Admin, PatternType};

/// Describes until the answer satisfies `done`: an ACL reaches the broker
/// that answers through the cluster's metadata log, a moment after it is
/// created.
async fn describe_until(admin: &Admin, filter: &AclFilter, done: impl Fn(&[AclBinding]) -> bool) -> Vec<AclBinding> {
    let mut found = Vec::new();
    for _ in 0..200 {
        found = admin.describe_acls(filter).await.expect("describe acls");
        if done(&found) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    found
}

#[tokio::test]
async fn acls_are_created_described_with_filters_and_deleted() {
    let admin = common::admin(&common::brokers()).await;
    let topic = common::unique("admin-acl");
    let principal = format!("User:{}", common::unique("alice"));
    let read = AclBinding::allow_topic(&principal, &topic, AclOperation::Read);
    let prefixed = AclBinding {
        resource_type: AclResourceType::Topic,
        resource_name: format!("{topic}-"),
        pattern_type: PatternType::Prefixed,
        operation: AclOperation::Write,
        permission: AclPermission::Deny,
        ..read.clone()
    };
    let results = admin.create_acls(&[read.clone(), prefixed.clone()]).await.expect("create acls");
    assert!(results.iter().all(|r| r.is_ok()), "{results:?}");

    let by_principal = AclFilter { principal: Some(principal.clone()), ..Default::default() };
    let mut expected = vec![read.clone(), prefixed.clone()];
    expected.sort();
    assert_eq!(describe_until(&admin, &by_principal, |f| f.len() == 2).await, expected);

    let literal = AclFilter::exactly(&read);
    assert_eq!(admin.describe_acls(&literal).await.expect("describe"), vec![read.clone()]);
    // MATCH finds every ACL that applies to a name: the prefixed one covers it.
    let applying = AclFilter {
        resource_type: AclResourceType::Topic,
        resource_name: Some(format!("{topic}-orders")),
        pattern_type: PatternType::Match,
        principal: Some(principal.clone()),
        ..Default::default()
    };
    assert_eq!(admin.describe_acls(&applying).await.expect("describe"), vec![prefixed.clone()]);

    let deleted = admin.delete_acls(&[AclFilter::exactly(&prefixed)]).await.expect("delete acls");
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].as_ref().expect("deleted"), &vec![prefixed.clone()]);
    assert_eq!(describe_until(&admin, &by_principal, |f| f.len() == 1).await, vec![read.clone()]);
    let deleted = admin.delete_acls(&[by_principal.clone()]).await.expect("delete acls");
    assert_eq!(deleted[0].as_ref().expect("deleted"), &vec![read.clone()]);
    assert!(describe_until(&admin, &by_principal, |f| f.is_empty()).await.is_empty());

    // An ACL the broker cannot accept fails alone, naming it.
    let bad = AclBinding { principal: "alice-without-type".into(), ..read.clone() };
    let results = admin.create_acls(&[bad]).await.expect("create acls");
    let e = results[0].as_ref().expect_err("a principal needs a type");
    assert!(e.to_string().contains("alice-without-type"), "{e}");

    // A filter-only value fails alone, before anything is sent; the valid
    // ACL next to it is created.
    let pattern_any = AclBinding { pattern_type: PatternType::Any, ..read.clone() };
    let results = admin.create_acls(&[pattern_any, read.clone()]).await.expect("create acls");
    assert!(matches!(results[0], Err(ferrokafka::Error::Config { .. })), "{results:?}");
    assert!(results[1].is_ok(), "{results:?}");
    assert_eq!(describe_until(&admin, &by_principal, |f| f.len() == 1).await, vec![read.clone()]);
    admin.delete_acls(&[by_principal.clone()]).await.expect("delete acls")[0].as_ref().expect("deleted");
    admin.close().await;
}

#[tokio::test]
async fn a_cluster_without_authorizer_says_so() {
    let admin = common::admin(&common::brokers_3()).await;
    let e = admin.describe_acls(&AclFilter::default()).await.expect_err("no authorizer");
    assert_eq!(e.kind(), "SECURITY_DISABLED");
    assert!(e.to_string().contains("authorizer"), "{e}");
    admin.close().await;
}
