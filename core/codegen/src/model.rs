//! What the generator needs to know about one message beyond its spec: the
//! stable version range, the flexible versions, every struct it declares.

use std::collections::BTreeSet;

use crate::naming::snake_case;
use crate::spec::{Field, Spec};
use crate::versions::Versions;
use crate::CodegenError;

/// One struct to emit.
#[derive(Debug, Clone)]
pub struct StructModel<'a> {
    /// Its Rust (and spec) name.
    pub name: String,
    /// Its fields.
    pub fields: &'a [Field],
    /// Whether it is the message itself.
    pub top: bool,
}

/// One message to emit.
#[derive(Debug, Clone)]
pub struct MessageModel<'a> {
    /// The spec.
    pub spec: &'a Spec,
    /// The module name.
    pub module: String,
    /// Stable valid versions (empty for APIs Kafka removed).
    pub range: Versions,
    /// Whether the spec's newest version was left out as unstable.
    pub dropped_unstable: Option<i16>,
    /// First flexible version, `i16::MAX` for none.
    pub flexible_min: i16,
    /// The message struct first, then nested and common structs.
    pub structs: Vec<StructModel<'a>>,
}

impl<'a> MessageModel<'a> {
    /// Builds the model; `unstable_cut` says whether the API's newest version
    /// is unstable (a flag the request spec carries for both directions).
    pub fn new(spec: &'a Spec, unstable_cut: bool) -> Result<Self, CodegenError> {
        let mut range = spec.valid;
        let mut dropped_unstable = None;
        if unstable_cut && !range.is_empty() {
            dropped_unstable = Some(range.hi);
            range = if range.hi > range.lo { Versions { lo: range.lo, hi: range.hi - 1 } } else { Versions::NONE };
        }
        let flexible_min = if spec.flexible.is_empty() { i16::MAX } else { spec.flexible.lo };
        let mut structs = vec![StructModel { name: spec.name.clone(), fields: &spec.fields, top: true }];
        let mut seen: BTreeSet<String> = BTreeSet::new();
        seen.insert(spec.name.clone());
        collect_inline(&spec.fields, &mut structs, &mut seen);
        for common in &spec.common_structs {
            if seen.insert(common.name.clone()) {
                structs.push(StructModel { name: common.name.clone(), fields: &common.fields, top: false });
                collect_inline(&common.fields, &mut structs, &mut seen);
            }
        }
        let model = MessageModel { spec, module: snake_case(&spec.name), range, dropped_unstable, flexible_min, structs };
        model.validate()?;
        Ok(model)
    }

    /// Whether any version of the message is flexible.
    pub fn has_flexible(&self) -> bool {
        !self.spec.flexible.is_empty()
    }

    fn validate(&self) -> Result<(), CodegenError> {
        let known: BTreeSet<&str> = self.structs.iter().map(|s| s.name.as_str()).collect();
        for s in &self.structs {
            let mut tags = BTreeSet::new();
            for f in s.fields {
                let err = |m: &str| CodegenError::Spec(format!("{}.{}: {m}", s.name, f.name));
                if let Some(name) = f.ty.struct_name() {
                    if !known.contains(name) {
                        return Err(err(&format!("unknown struct {name}")));
                    }
                }
                if f.tag.is_some() != !f.tagged.is_empty() {
                    return Err(err("tag and taggedVersions must come together"));
                }
                if f.tag.is_some() && f.tagged != f.versions {
                    return Err(err("a field tagged in only some of its versions is not supported"));
                }
                if let Some(tag) = f.tag {
                    if !tags.insert(tag) {
                        return Err(err("duplicate tag"));
                    }
                }
            }
        }
        Ok(())
    }
}

fn collect_inline<'a>(fields: &'a [Field], out: &mut Vec<StructModel<'a>>, seen: &mut BTreeSet<String>) {
    for f in fields {
        if let (Some(sub), Some(name)) = (&f.fields, f.ty.struct_name()) {
            if seen.insert(name.to_owned()) {
                out.push(StructModel { name: name.to_owned(), fields: sub, top: false });
            }
            collect_inline(sub, out, seen);
        }
    }
}
