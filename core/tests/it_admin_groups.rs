//! Consumer groups through the admin client: list (every broker), describe,
//! offsets refused while members are active, delete.

mod admin_support;
mod common;
mod consumer_support;

use ferrokafka::admin::{ListGroupsOptions, OffsetSpec};
use ferrokafka::consumer::TopicPartition;

use admin_support::{member, member_with, partitions, topic_with_records, wait_for_state};
use ferrokafka::group::GroupProtocol;

#[tokio::test]
async fn a_live_group_is_listed_described_and_protected() {
    let brokers = common::brokers();
    let topic = topic_with_records(&brokers, "admin-groups", &[3, 2]).await;
    let group = common::unique("admin-groups");
    let live = member(&brokers, &group, &topic, 2).await;
    let admin = common::admin(&brokers).await;

    let listed = admin.list_groups(&ListGroupsOptions::default()).await.expect("list groups");
    assert!(listed.broker_errors.is_empty(), "{:?}", listed.broker_errors);
    let ours = listed.groups.iter().find(|g| g.group_id == group).expect("our group is listed");
    assert_eq!(ours.protocol_type, "consumer");
    assert_eq!(ours.state, "Stable");

    let stable = ListGroupsOptions { states: vec!["stable".into()] };
    let listed = admin.list_groups(&stable).await.expect("list stable groups");
    assert!(listed.groups.iter().any(|g| g.group_id == group));
    assert!(listed.groups.iter().all(|g| g.state == "Stable"), "{:?}", listed.groups);
    let empty = ListGroupsOptions { states: vec!["Empty".into()] };
    let listed = admin.list_groups(&empty).await.expect("list empty groups");
    assert!(!listed.groups.iter().any(|g| g.group_id == group));

    let mut described = admin.describe_groups(&[&group]).await.expect("describe");
    let d = described.remove(&group).expect("our group").expect("described");
    assert_eq!(d.state, "Stable");
    assert_eq!(d.protocol_type, "consumer");
    assert!(!d.assignor.is_empty());
    assert_eq!(d.members.len(), 1);
    let m = &d.members[0];
    assert_eq!(m.member_id, live.membership().0);
    assert_eq!(m.client_id, "admin-test-member");
    assert_eq!(m.subscription, vec![topic.clone()]);
    assert_eq!(m.assignment, partitions(&topic, 2));

    // Offsets of a group with an active member cannot be changed.
    let refused = admin
        .reset_group_offsets(&group, &partitions(&topic, 2), OffsetSpec::Earliest)
        .await
        .expect_err("reset refused while a member is active");
    assert_eq!(refused.kind(), "NON_EMPTY_GROUP");
    let text = refused.to_string();
    assert!(text.contains(&group) && text.contains("stop its consumers"), "{text}");
    let offsets = [(TopicPartition::new(&topic, 0), 1)].into_iter().collect();
    let refused = admin.alter_group_offsets(&group, &offsets).await.expect_err("alter refused");
    assert_eq!(refused.kind(), "NON_EMPTY_GROUP");
    let mut deleted = admin.delete_groups(&[&group]).await.expect("delete groups");
    let e = deleted.remove(&group).expect("our group").expect_err("a live group is not deleted");
    assert_eq!(e.kind(), "NON_EMPTY_GROUP");

    live.close().await;
    wait_for_state(&admin, &group, "Empty").await;
    let d = admin.describe_groups(&[&group]).await.expect("describe").remove(&group).expect("ours").expect("ok");
    assert_eq!(d.state, "Empty");
    assert!(d.members.is_empty());
    let mut deleted = admin.delete_groups(&[&group]).await.expect("delete groups");
    deleted.remove(&group).expect("our group").expect("an empty group is deleted");
    let e = admin.describe_groups(&[&group]).await.expect("describe").remove(&group).expect("ours").expect_err("gone");
    assert_eq!(e.kind(), "GROUP_ID_NOT_FOUND");
    assert!(e.to_string().contains(&group), "{e}");
    admin.close().await;
}

#[tokio::test]
async fn groups_of_every_broker_are_listed() {
    // On three brokers the groups' coordinators differ; one ListGroups per
    // broker finds them all.
    let brokers = common::brokers_3();
    let admin = common::admin(&brokers).await;
    let topic = topic_with_records(&brokers, "admin-groups3", &[1]).await;
    let groups: Vec<String> = (0..6).map(|_| common::unique("admin-groups3")).collect();
    let tp = TopicPartition::new(&topic, 0);
    for g in &groups {
        admin.alter_group_offsets(g, &[(tp.clone(), 1)].into_iter().collect()).await.expect("commit");
    }
    let listed = admin.list_groups(&ListGroupsOptions::default()).await.expect("list");
    assert!(listed.broker_errors.is_empty(), "{:?}", listed.broker_errors);
    for g in &groups {
        let found = listed.groups.iter().find(|l| &l.group_id == g).unwrap_or_else(|| panic!("{g} not listed"));
        assert_eq!(found.state, "Empty");
    }
    let deleted = admin.delete_groups(&groups).await.expect("delete");
    assert!(deleted.values().all(|r| r.is_ok()), "{deleted:?}");
    admin.close().await;
}

#[tokio::test]
async fn a_group_of_the_consumer_protocol_is_described_and_protected() {
    let brokers = common::brokers();
    let topic = topic_with_records(&brokers, "admin-848", &[3, 2]).await;
    let group = common::unique("admin-848");
    let live = member_with(&brokers, &group, &topic, 2, GroupProtocol::Consumer).await;
    let admin = common::admin(&brokers).await;

    let listed = admin.list_groups(&ListGroupsOptions::default()).await.expect("list");
    let ours = listed.groups.iter().find(|g| g.group_id == group).expect("listed");
    assert_eq!((ours.protocol_type.as_str(), ours.group_type.as_str()), ("consumer", "consumer"));

    let d = admin.describe_groups(&[&group]).await.expect("describe").remove(&group).expect("ours").expect("ok");
    assert_eq!(d.group_type, "consumer");
    assert_eq!(d.state, "Stable");
    assert!(!d.assignor.is_empty());
    assert_eq!(d.members.len(), 1);
    assert_eq!(d.members[0].subscription, vec![topic.clone()]);
    assert_eq!(d.members[0].assignment, partitions(&topic, 2));

    let refused = admin
        .reset_group_offsets(&group, &partitions(&topic, 2), OffsetSpec::Latest)
        .await
        .expect_err("reset refused while a member is active");
    assert_eq!(refused.kind(), "NON_EMPTY_GROUP");

    live.commit_offsets([(TopicPartition::new(&topic, 0), 1)].into_iter().collect()).await.expect("commit");
    let lag = admin.group_lag(&group).await.expect("lag");
    let owned: Vec<_> = lag.partitions.iter().filter(|p| p.member_id.is_some()).map(|p| p.partition.clone()).collect();
    assert_eq!(owned, partitions(&topic, 2), "rows name the member that owns each partition");
    assert_eq!(lag.partitions[0].lag, Some(2));

    live.close().await;
    wait_for_state(&admin, &group, "Empty").await;
    let set = admin.reset_group_offsets(&group, &partitions(&topic, 2), OffsetSpec::Latest).await.expect("reset");
    assert_eq!(set.values().copied().collect::<Vec<_>>(), vec![3, 2]);
    admin.delete_groups(&[&group]).await.expect("delete")[&group].as_ref().expect("deleted");
    admin.close().await;
}
