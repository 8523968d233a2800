//! HpoExperimentConfiguration rules (SPEC.md §5), on the typed
//! [`crate::model::hpo_config::HpoExperimentConfiguration`]. `base` is the pointer of the
//! configuration in its document (`""`, or `/HpoExperimentConfiguration` in a response).
//!
//! The rules of the trial.ini sections are shared with trial.ini
//! ([`crate::rules::trial_ini`]): the configuration is read into the same
//! [`View`]. The rules here are those of JSON only: the
//! API's loose scalars ([`scalars`]) and `yml_config` ([`yml`]).

pub mod scalars;
pub mod yml;

use crate::model::NumberOrString;
use crate::model::hpo_config::HpoExperimentConfiguration;
use crate::model::trial_ini::table::{
    self, metric_config, oss_config, output_config, params_config, platform_config, schedule_config,
};
use crate::rules::dispatch::Ctx;
use crate::source::path::NodePath;
use std::borrow::Cow;

use crate::rules::trial_ini::common::{
    Commands, DictEntry, MetricDict, StringRoot, Strings, Text, View,
};
use crate::rules::{Finding, Rule};

/// The rules of this module (the shared ones are listed by [`crate::rules::trial_ini`]).
pub static RULES: &[&Rule] = &[
    &scalars::STRING_SCALAR,
    &scalars::INVALID_SCALAR_STRING,
    &yml::INVALID_YML_CONFIG,
    &yml::UNKNOWN_ALGORITHM,
];

/// Runs the HpoExperimentConfiguration rules on the configuration at `base`.
pub fn check(ctx: &Ctx<'_>, base: &NodePath, findings: &mut Vec<Finding>) {
    let read;
    let clean = if base.is_empty() {
        Some(&ctx.shape.clean)
    } else if ctx.shape.clean.is_null() {
        // a response checked without a cleaned copy (its big strings are documents of their
        // own: issue 17): the configuration's cleaned value read from the tree
        let plan = ctx.shape.plan(ctx.root);
        read = ctx
            .root
            .get("HpoExperimentConfiguration")
            .filter(|node| !plan.omitted(node))
            .and_then(|node| {
                use serde::Deserialize;
                serde_json::Value::deserialize(crate::source::de::TreeDe::new(node, &plan)).ok()
            });
        read.as_ref()
    } else {
        ctx.shape.clean.get("HpoExperimentConfiguration")
    };
    let Some(clean) = clean.filter(|c| c.is_object()) else {
        return;
    };
    let Ok(conf) = HpoExperimentConfiguration::from_value(clean.clone()) else {
        return;
    };
    let mut view = view(base, &conf, clean);
    if !base.is_empty()
        && let Some(ini) = ctx.root.get("ConfigIni").and_then(|n| n.as_str())
    {
        // A response's ConfigIni is part of the same experiment: its sections count.
        // (the sections a platform needs, and OSS access)
        view.provided_elsewhere = table::SECTIONS
            .iter()
            .filter(|s| s.needed_by.is_some() || s.name == oss_config::SECTION)
            .filter(|s| ini.contains(&format!("[{}]", s.name)))
            .map(|s| s.name.to_owned())
            .collect();
    }
    crate::rules::trial_ini::run_shared(ctx, &view, findings);
    scalars::check(base, &conf, findings);
    yml::check(base, &conf, findings);
}

fn view<'a>(
    base: &NodePath,
    conf: &'a HpoExperimentConfiguration,
    clean: &'a serde_json::Value,
) -> View<'a> {
    let sec = |s: &str| base.key(s);
    let ptr = |s: &str, k: &str| (sec(s)).key(k);
    let text = |s: &str, k: &str, v: &'a Option<String>| {
        v.as_ref().map(|v| Text::new(ptr(s, k), v.as_str()))
    };
    let mut view = View {
        base: base.to_owned(),
        ..View::default()
    };
    if let Some(p) = &conf.platform_config {
        view.platform_ptr = Some(sec(platform_config::SECTION));
        view.name = text(platform_config::SECTION, platform_config::NAME, &p.name);
        view.commands = p.cmd.as_ref().map(|cmds| Commands {
            // the JSON's list of commands (trial.ini has `cmd1`, `cmd2`, ... keys)
            ptr: ptr(platform_config::SECTION, "cmd"),
            list: true,
            entries: cmds
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    (
                        Cow::Owned(format!("cmd{}", i + 1)),
                        Cow::Borrowed(c.as_str()),
                    )
                })
                .collect(),
        });
        view.resume = p.resume.as_ref().map(|r| {
            let v = match r {
                crate::model::IntOrString::Int(i) => Cow::Owned(i.to_string()),
                crate::model::IntOrString::String(s) => Cow::Borrowed(s.as_str()),
            };
            Text::new(ptr(platform_config::SECTION, platform_config::RESUME), v)
        });
    }
    if let Some(m) = &conf.metric_config {
        view.metric_type = text(
            metric_config::SECTION,
            metric_config::METRIC_TYPE,
            &m.metric_type,
        );
        if let Some(list) = &m.metric_source {
            let base = ptr(metric_config::SECTION, metric_config::METRIC_SOURCE);
            view.sources = list
                .iter()
                .enumerate()
                .map(|(i, s)| Text::new(base.index(i), s.as_str()))
                .collect();
        }
        view.final_modes.extend(text(
            metric_config::SECTION,
            metric_config::FINAL_MODE,
            &m.final_mode,
        ));
        view.final_modes.extend(text(
            metric_config::SECTION,
            metric_config::SOURCE_LIST_FINAL_MODE,
            &m.source_list_final_mode,
        ));
        if let Some(dict) = &m.metric_dict {
            let dptr = ptr(metric_config::SECTION, metric_config::METRIC_DICT);
            let entries = dict
                .iter()
                .map(|(k, w)| DictEntry {
                    key: k.clone(),
                    ptr: dptr.key(k),
                    weight: w.as_f64().filter(|f| f.is_finite()),
                    quoted: matches!(w, NumberOrString::String(_)),
                })
                .collect();
            view.metric_dict = Some(MetricDict::Entries { ptr: dptr, entries });
        }
    }
    if let Some(o) = &conf.output_config {
        let section = output_config::SECTION;
        view.outputs
            .extend(text(section, output_config::MODEL_PATH, &o.model_path));
        view.outputs
            .extend(text(section, output_config::SUMMARY_PATH, &o.summary_path));
    }
    if let Some(s) = &conf.schedule_config {
        let section = schedule_config::SECTION;
        view.day = text(section, schedule_config::DAY, &s.day);
        view.times
            .extend(text(section, schedule_config::START_TIME, &s.start_time));
        view.times
            .extend(text(section, schedule_config::END_TIME, &s.end_time));
    }
    if let Some(p) = &conf.params_config {
        view.params = p
            .files()
            .filter_map(|(k, v)| {
                v.as_str()
                    .map(|v| Text::new(ptr(params_config::SECTION, k), v))
            })
            .collect();
    }
    if let Some(o) = &conf.odps_config {
        // the values of `trial_ini::ODPS_KEYS`, in its order
        let values = [
            &o.access_id,
            &o.access_key,
            &o.project_name,
            &o.end_point,
            &o.role_arn,
        ];
        view.odps_keys = crate::rules::trial_ini::ODPS_KEYS
            .iter()
            .zip(values)
            .filter(|(_, v)| v.as_ref().is_some_and(|v| !v.trim().is_empty()))
            .map(|(k, _)| (*k).to_owned())
            .collect();
    }
    if let serde_json::Value::Object(members) = clean {
        for (name, value) in members {
            if name == "search_space" || name == "yml_config" {
                continue;
            }
            if value.is_object() {
                view.sections.push(name.clone());
            }
            view.string_roots.push(StringRoot {
                ptr: sec(name),
                key: name,
                value: Strings::Json(value),
            });
        }
    }
    view
}
