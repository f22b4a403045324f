//! What each broker supports, and the cluster as the admin client sees it.

mod common;

use ferrokafka::admin::BrokerVersionsReport;
use ferrokafka::protocol::messages::{ListGroupsRequest, MetadataRequest};
use ferrokafka::protocol::ApiRequest;

fn check_report(report: &BrokerVersionsReport, brokers: usize) {
    assert!(report.broker_errors.is_empty(), "{:?}", report.broker_errors);
    assert_eq!(report.brokers.len(), brokers);
    for (node, apis) in &report.brokers {
        let metadata = apis.apis.iter().find(|a| a.api_key == MetadataRequest::API_KEY).expect("Metadata");
        assert_eq!(metadata.name, Some("Metadata"));
        assert!(metadata.min_version <= metadata.max_version);
        assert!(apis.apis.iter().any(|a| a.api_key == ListGroupsRequest::API_KEY), "broker {node} lists groups");
        // KRaft brokers support and finalize metadata.version.
        let supported = apis.supported_features.iter().find(|f| f.name == "metadata.version").expect("supported");
        let finalized = apis.finalized_features.iter().find(|f| f.name == "metadata.version").expect("finalized");
        assert!(supported.min <= finalized.max && finalized.max <= supported.max, "{supported:?} {finalized:?}");
        assert!(apis.finalized_features_epoch >= 0);
    }
}

#[tokio::test]
async fn every_broker_reports_its_api_versions_and_features() {
    let admin = common::admin(&common::brokers()).await;
    check_report(&admin.describe_broker_versions().await.expect("versions"), 1);
    let cluster = admin.describe_cluster().await.expect("describe cluster");
    assert!(cluster.cluster_id.as_deref().is_some_and(|id| !id.is_empty()));
    let controller = cluster.controller_id.expect("a controller");
    assert!(cluster.brokers.contains_key(&controller));
    admin.close().await;
}

#[tokio::test]
async fn three_brokers_are_asked_at_once() {
    let admin = common::admin(&common::brokers_3()).await;
    let report = admin.describe_broker_versions().await.expect("versions");
    check_report(&report, 3);
    // The same cluster, so the same finalized level everywhere.
    let levels: Vec<_> = report
        .brokers
        .values()
        .map(|b| b.finalized_features.iter().find(|f| f.name == "metadata.version").map(|f| f.max))
        .collect();
    assert!(levels.windows(2).all(|w| w[0] == w[1]), "{levels:?}");
    admin.close().await;
}
