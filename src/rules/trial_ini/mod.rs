//! trial.ini rules (SPEC.md §4), on the typed [`crate::model::trial_ini::TrialIni`].
//!
//! Most rules are shared with the HpoExperimentConfiguration (SPEC.md §5): both kinds are read
//! into one [`common::View`], and the rules of [`platform`], [`metric`] and [`sections`] run on
//! it. A ConfigIni embedded in a GetHpoExperiment response may hold only some sections (the
//! response's HpoExperimentConfiguration carries the rest), so the rules that need another
//! section (platform -> section, `oss://` -> `oss_config`) skip it.

pub mod common;
pub mod metric;
pub mod platform;
pub mod sections;

use std::borrow::Cow;

use crate::kind::Kind;
use crate::model::trial_ini::{self, CmdKeys, KeyPattern, MetricSourceKeys, ParamsFileKeys};
use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};
use crate::source::pointer;
use common::{Commands, MetricDict, StringRoot, Text, View};

/// The kinds of the rules shared by trial.ini and HpoExperimentConfiguration.
pub(crate) const SETTINGS_KINDS: &[Kind] =
    &[Kind::TrialIni, Kind::HpoConfig, Kind::GetHpoExperiment];

/// The rules of this module (shared ones included).
pub static RULES: &[&Rule] = &[
    &platform::INVALID_PLATFORM_NAME,
    &platform::MISSING_COMMAND,
    &platform::COMMAND_ORDER,
    &platform::INVALID_RESUME,
    &metric::INVALID_METRIC_TYPE,
    &metric::INVALID_FINAL_MODE,
    &metric::INVALID_METRIC_DICT,
    &metric::EMPTY_METRIC_DICT,
    &metric::METRIC_SOURCE_MISMATCH,
    &metric::UNKNOWN_METRIC_COMMAND,
    &metric::INVALID_STDOUT_PATTERN,
    &sections::OUTPUT_PATH_WITHOUT_TRIAL_ID,
    &sections::INVALID_SCHEDULE,
    &sections::INVALID_PARAMS_FILE,
    &sections::INVALID_ROLE_ARN,
    &platform::MISSING_PLATFORM_SECTION,
    &platform::INCOMPLETE_ODPS_CONFIG,
    &sections::OSS_PATH_WITHOUT_OSS_CONFIG,
    &sections::PLAINTEXT_SECRET,
];

/// Runs the trial.ini rules, on the shape check's cleaned value when it reads into the typed
/// [`trial_ini::TrialIni`] (it always does: the validation schema is the model's), without reading it: the
/// settings are borrowed from the value.
pub fn check(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let clean = &ctx.shape.clean;
    let Some(sections) = clean.as_object().filter(|_| trial_ini::builds(clean)) else {
        return;
    };
    let view = view(ctx, sections);
    run_shared(ctx, &view, findings);
}

/// Runs the rules shared by both kinds on a view.
pub(crate) fn run_shared(ctx: &Ctx<'_>, view: &View<'_>, findings: &mut Vec<Finding>) {
    platform::check(ctx, view, findings);
    metric::check(ctx, view, findings);
    sections::check(ctx, view, findings);
}

type Sections = serde_json::Map<String, serde_json::Value>;

/// The view of a trial.ini whose sections ([`trial_ini::builds`]) are objects of strings.
fn view<'a>(ctx: &Ctx<'_>, sections: &'a Sections) -> View<'a> {
    let ptr = |section: &str, key: &str| pointer::push(&pointer::push("", section), key);
    let section = |name: &str| sections.get(name).and_then(serde_json::Value::as_object);
    let text = |name: &str, s: &'a Sections, key: &str| {
        s.get(key)
            .and_then(serde_json::Value::as_str)
            .map(|v| Text::new(ptr(name, key), v))
    };
    let mut view = View {
        ini: true,
        partial: ctx.doc.embedded.is_some(),
        ..View::default()
    };
    if let Some(p) = section("platform_config") {
        let sec = pointer::push("", "platform_config");
        view.name = text("platform_config", p, "name");
        view.resume = text("platform_config", p, "resume");
        let mut entries = Vec::with_capacity(p.len());
        entries.extend(
            p.iter()
                .filter(|(k, _)| CmdKeys::matches(k))
                .filter_map(|(k, v)| Some((Cow::Borrowed(k.as_str()), Cow::Borrowed(v.as_str()?)))),
        );
        view.commands = Some(Commands {
            ptr: sec.clone(),
            list: false,
            entries,
        });
        view.platform_ptr = Some(sec);
    }
    if let Some(m) = section("metric_config") {
        view.metric_type = text("metric_config", m, "metric_type");
        view.sources
            .extend(text("metric_config", m, "metric_source"));
        let sec = pointer::push("", "metric_config");
        view.sources.extend(
            m.iter()
                .filter(|(k, _)| MetricSourceKeys::matches(k))
                .filter_map(|(k, v)| Some(Text::new(pointer::push(&sec, k), v.as_str()?))),
        );
        view.final_modes
            .extend(text("metric_config", m, "final_mode"));
        view.final_modes
            .extend(text("metric_config", m, "source_list_final_mode"));
        view.metric_dict = text("metric_config", m, "metric_dict").map(MetricDict::Literal);
    }
    if let Some(o) = section("output_config") {
        view.outputs.extend(text("output_config", o, "model_path"));
        view.outputs
            .extend(text("output_config", o, "summary_path"));
    }
    if let Some(s) = section("schedule_config") {
        view.day = text("schedule_config", s, "day");
        view.times.extend(text("schedule_config", s, "start_time"));
        view.times.extend(text("schedule_config", s, "end_time"));
    }
    if let Some(p) = section("params_config") {
        let sec = pointer::push("", "params_config");
        view.params.extend(
            p.iter()
                .filter(|(k, _)| ParamsFileKeys::matches(k))
                .filter_map(|(k, v)| Some(Text::new(pointer::push(&sec, k), v.as_str()?))),
        );
    }
    if let Some(o) = section("odps_config") {
        view.odps_keys = [
            "access_id",
            "access_key",
            "project_name",
            "end_point",
            "role_arn",
        ]
        .iter()
        .filter(|k| {
            o.get(**k)
                .and_then(serde_json::Value::as_str)
                .is_some_and(|v| !v.trim().is_empty())
        })
        .map(|k| (*k).to_owned())
        .collect();
    }
    view.sections = sections.keys().cloned().collect();
    view.string_roots = sections
        .iter()
        .map(|(name, section)| StringRoot {
            ptr: pointer::push("", name),
            key: name,
            value: section,
        })
        .collect();
    view
}
