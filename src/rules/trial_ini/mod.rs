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

use crate::kind::Kind;
use crate::model::trial_ini::TrialIni;
use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};
use crate::source::pointer;
use common::{MetricDict, Text, View};

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

/// Runs the trial.ini rules.
pub fn check(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let Ok(ini) = TrialIni::from_value(ctx.shape.clean.clone()) else {
        return;
    };
    let view = view(ctx, &ini);
    run_shared(ctx, &view, findings);
}

/// Runs the rules shared by both kinds on a view.
pub(crate) fn run_shared(ctx: &Ctx<'_>, view: &View, findings: &mut Vec<Finding>) {
    platform::check(ctx, view, findings);
    metric::check(ctx, view, findings);
    sections::check(ctx, view, findings);
}

fn view(ctx: &Ctx<'_>, ini: &TrialIni) -> View {
    let ptr = |section: &str, key: &str| pointer::push(&pointer::push("", section), key);
    let text = |section: &str, key: &str, v: &Option<String>| {
        v.as_ref().map(|v| Text::new(ptr(section, key), v.clone()))
    };
    let mut view = View {
        ini: true,
        partial: ctx.doc.embedded.is_some(),
        ..View::default()
    };
    if let Some(p) = &ini.platform_config {
        view.platform_ptr = Some(pointer::push("", "platform_config"));
        view.name = text("platform_config", "name", &p.name);
        view.resume = text("platform_config", "resume", &p.resume);
        view.commands = Some(
            p.commands
                .entries
                .iter()
                .map(|(k, v)| (k.clone(), Text::new(ptr("platform_config", k), v.clone())))
                .collect(),
        );
    }
    if let Some(m) = &ini.metric_config {
        view.metric_type = text("metric_config", "metric_type", &m.metric_type);
        view.sources
            .extend(text("metric_config", "metric_source", &m.metric_source));
        view.sources.extend(
            m.more_sources
                .entries
                .iter()
                .map(|(k, v)| Text::new(ptr("metric_config", k), v.clone())),
        );
        view.final_modes
            .extend(text("metric_config", "final_mode", &m.final_mode));
        view.final_modes.extend(text(
            "metric_config",
            "source_list_final_mode",
            &m.source_list_final_mode,
        ));
        view.metric_dict =
            text("metric_config", "metric_dict", &m.metric_dict).map(MetricDict::Literal);
    }
    if let Some(o) = &ini.output_config {
        view.outputs
            .extend(text("output_config", "model_path", &o.model_path));
        view.outputs
            .extend(text("output_config", "summary_path", &o.summary_path));
    }
    if let Some(s) = &ini.schedule_config {
        view.day = text("schedule_config", "day", &s.day);
        view.times
            .extend(text("schedule_config", "start_time", &s.start_time));
        view.times
            .extend(text("schedule_config", "end_time", &s.end_time));
    }
    if let Some(p) = &ini.params_config {
        view.params.extend(
            p.files
                .entries
                .iter()
                .map(|(k, v)| Text::new(ptr("params_config", k), v.clone())),
        );
    }
    if let Some(o) = &ini.odps_config {
        let keys = [
            ("access_id", &o.access_id),
            ("access_key", &o.access_key),
            ("project_name", &o.project_name),
            ("end_point", &o.end_point),
            ("role_arn", &o.role_arn),
        ];
        view.odps_keys = keys
            .iter()
            .filter(|(_, v)| v.as_ref().is_some_and(|v| !v.trim().is_empty()))
            .map(|(k, _)| (*k).to_owned())
            .collect();
    }
    if let serde_json::Value::Object(sections) = &ctx.shape.clean {
        view.sections = sections.keys().cloned().collect();
        for (name, section) in sections {
            common::collect_strings(section, &pointer::push("", name), name, &mut view.strings);
        }
    }
    view
}
