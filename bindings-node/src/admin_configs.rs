//! The admin client: topic and broker configs.

use ferrokafka::admin::{AlterConfigOp, ConfigEntry, ConfigResource, ConfigSource};
use napi_derive::napi;

use crate::admin::NativeAdmin;
use crate::errors::{coded, config, IntoJs};

/// A topic (`kind` `topic`) or a broker (`kind` `broker`, `name` its node id).
#[napi(object)]
pub struct ResourceRef {
    pub kind: String,
    pub name: String,
}

/// One config of a resource.
#[napi(object)]
pub struct ConfigEntryJs {
    pub name: String,
    pub value: Option<String>,
    pub source: String,
    pub is_default: bool,
    pub read_only: bool,
    pub sensitive: bool,
}

/// The configs of one resource, or the coded error it got.
#[napi(object)]
pub struct ResourceConfigs {
    pub kind: String,
    pub name: String,
    pub error: Option<String>,
    pub entries: Vec<ConfigEntryJs>,
}

/// One change: `op` is `set`, `delete`, `append` or `subtract`.
#[napi(object)]
pub struct ConfigOpJs {
    pub op: String,
    pub name: String,
    pub value: Option<String>,
}

/// The changes to one resource.
#[napi(object)]
pub struct ResourceChanges {
    pub kind: String,
    pub name: String,
    pub ops: Vec<ConfigOpJs>,
}

/// The outcome for one resource: `error` is a coded error, or absent.
#[napi(object)]
pub struct ResourceOutcome {
    pub kind: String,
    pub name: String,
    pub error: Option<String>,
}

fn resource(r: &ResourceRef) -> napi::Result<ConfigResource> {
    match r.kind.as_str() {
        "topic" => Ok(ConfigResource::Topic(r.name.clone())),
        "broker" => r
            .name
            .parse()
            .map(ConfigResource::Broker)
            .map_err(|_| config("name", &r.name, "a broker's node id, e.g. \"1\"")),
        other => Err(config("kind", other, "'topic' or 'broker'")),
    }
}

fn named(r: &ConfigResource) -> (String, String) {
    match r {
        ConfigResource::Topic(name) => ("topic".to_owned(), name.clone()),
        ConfigResource::Broker(id) => ("broker".to_owned(), id.to_string()),
    }
}

fn source(s: ConfigSource) -> String {
    match s {
        ConfigSource::Topic => "topic".to_owned(),
        ConfigSource::DynamicBroker => "dynamic-broker".to_owned(),
        ConfigSource::DynamicDefaultBroker => "dynamic-default-broker".to_owned(),
        ConfigSource::StaticBroker => "static-broker".to_owned(),
        ConfigSource::Default => "default".to_owned(),
        ConfigSource::DynamicBrokerLogger => "dynamic-broker-logger".to_owned(),
        ConfigSource::Other(n) => format!("other-{n}"),
    }
}

fn entry(e: ConfigEntry) -> ConfigEntryJs {
    ConfigEntryJs {
        name: e.name,
        value: e.value,
        source: source(e.source),
        is_default: e.is_default,
        read_only: e.read_only,
        sensitive: e.sensitive,
    }
}

fn op(o: ConfigOpJs) -> napi::Result<AlterConfigOp> {
    let value = |o: &ConfigOpJs| o.value.clone().ok_or_else(|| config("value", "undefined", "a string value for this op"));
    Ok(match o.op.as_str() {
        "set" => AlterConfigOp::Set(o.name.clone(), value(&o)?),
        "delete" => AlterConfigOp::Delete(o.name),
        "append" => AlterConfigOp::Append(o.name.clone(), value(&o)?),
        "subtract" => AlterConfigOp::Subtract(o.name.clone(), value(&o)?),
        other => return Err(config("op", other, "'set', 'delete', 'append' or 'subtract'")),
    })
}

#[napi]
impl NativeAdmin {
    /// The configs of each resource, in the order asked; each resource
    /// carries its own error.
    #[napi]
    pub async fn describe_configs(&self, resources: Vec<ResourceRef>) -> napi::Result<Vec<ResourceConfigs>> {
        let asked = resources.iter().map(resource).collect::<napi::Result<Vec<_>>>()?;
        let mut found = self.inner.describe_configs(&asked, false).await.js()?;
        Ok(asked
            .iter()
            .map(|r| {
                let (kind, name) = named(r);
                match found.remove(r) {
                    Some(Ok(entries)) => {
                        ResourceConfigs { kind, name, error: None, entries: entries.into_iter().map(entry).collect() }
                    }
                    Some(Err(e)) => ResourceConfigs { kind, name, error: Some(coded(e)), entries: Vec::new() },
                    None => ResourceConfigs { kind, name, error: Some("no answer for this resource".to_owned()), entries: Vec::new() },
                }
            })
            .collect())
    }

    /// Applies incremental changes; each resource carries its own error.
    #[napi]
    pub async fn alter_configs(&self, changes: Vec<ResourceChanges>, validate_only: bool) -> napi::Result<Vec<ResourceOutcome>> {
        let mut asked = Vec::with_capacity(changes.len());
        for c in changes {
            let r = resource(&ResourceRef { kind: c.kind, name: c.name })?;
            let ops = c.ops.into_iter().map(op).collect::<napi::Result<Vec<_>>>()?;
            asked.push((r, ops));
        }
        let mut done = self.inner.incremental_alter_configs(&asked, validate_only).await.js()?;
        Ok(asked
            .iter()
            .map(|(r, _)| {
                let (kind, name) = named(r);
                let error = match done.remove(r) {
                    Some(Ok(())) => None,
                    Some(Err(e)) => Some(coded(e)),
                    None => Some("no answer for this resource".to_owned()),
                };
                ResourceOutcome { kind, name, error }
            })
            .collect())
    }
}
