//! Cross-field rules inside one document (SPEC.md §7): an exp.yml with an inline search space,
//! an HpoExperimentConfiguration with its `search_space` and commands.

use super::experiment::{self, member};
use super::placeholders;
use crate::rules::Finding;
use crate::rules::dispatch::Ctx;
use crate::source::Node;
use crate::source::path::NodePath;

/// The inline search space of an exp.yml, when it is the one NNI uses (no `searchSpaceFile`,
/// which wins): the member.
pub fn inline_space(root: &Node) -> Option<&crate::source::Member> {
    if member(root, "searchSpaceFile").is_some() {
        return None;
    }
    member(root, "searchSpace").filter(|m| m.value.as_object().is_some())
}

/// Cross-field rules of an exp.yml (tuner vs assessor, concurrency vs max trials, an inline
/// search space vs the tuner).
pub fn check_exp_yml(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let s = experiment::settings(ctx.root, &NodePath::root());
    experiment::check_settings(&s, findings);
    if let Some(space) = inline_space(ctx.root) {
        let base = NodePath::root().key(&space.key);
        let mut space_findings = Vec::new();
        experiment::check_space(&s, &space.value, &base, findings, &mut space_findings);
        findings.extend(space_findings);
    }
}

/// Cross-field rules of an HpoExperimentConfiguration at `base` (placeholders of its commands vs
/// its `search_space`, yml_config's tuner vs assessor, ...). In a response (`base` not empty),
/// placeholders are checked by the response rules, which also know `SearchSpace` and `ConfigIni`.
pub fn check_hpo_config(ctx: &Ctx<'_>, base: &NodePath, findings: &mut Vec<Finding>) {
    let Some(conf) = base.resolve(ctx.root) else {
        return;
    };
    let space = conf
        .member("search_space")
        .filter(|m| m.value.as_object().is_some());
    if let Some(yml) = conf.member("yml_config")
        && yml.value.as_object().is_some()
    {
        let s = experiment::settings(&yml.value, &base.key(&yml.key));
        experiment::check_settings(&s, findings);
        if let Some(space) = space {
            let space_base = base.key(&space.key);
            let mut space_findings = Vec::new();
            experiment::check_space(&s, &space.value, &space_base, findings, &mut space_findings);
            findings.extend(space_findings);
        }
    }
    if base.is_empty()
        && let Some(space) = space
    {
        let mut uses = Vec::new();
        placeholders::uses_under(
            ctx.doc,
            conf,
            base,
            &["search_space", "yml_config"],
            &mut uses,
        );
        let keys = placeholders::keys(&space.value, &base.key(&space.key));
        let names: Vec<String> = keys.iter().map(|(k, _)| k.clone()).collect();
        findings.extend(placeholders::undefined(&uses, &names));
        findings.extend(placeholders::unused(
            &keys,
            &uses,
            placeholders::has_params_files(conf),
        ));
    }
}
