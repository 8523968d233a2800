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
pub mod pyre;
pub mod sections;

use std::borrow::Cow;

use crate::kind::Kind;
use crate::model::trial_ini::table::{
    self, metric_config, odps_config, output_config, params_config, platform_config,
    schedule_config,
};
use crate::model::trial_ini::{CmdKeys, KeyPattern, MetricSourceKeys, ParamsFileKeys};
use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};
use crate::source::Member;
use crate::source::path::NodePath;
use common::{Commands, MetricDict, Removed, StringRoot, Strings, Text, View};

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
    &metric::BACKTRACKING_STDOUT_PATTERN,
    &sections::OUTPUT_PATH_WITHOUT_TRIAL_ID,
    &sections::INVALID_SCHEDULE,
    &sections::INVALID_PARAMS_FILE,
    &sections::INVALID_ROLE_ARN,
    &platform::MISSING_PLATFORM_SECTION,
    &platform::INCOMPLETE_ODPS_CONFIG,
    &sections::OSS_PATH_WITHOUT_OSS_CONFIG,
    &sections::PLAINTEXT_SECRET,
];

/// Runs the trial.ini rules on the document's tree less the members the shape check left out
/// (`removed`: the shape check of a trial.ini runs with `skip_clean`, so that the tree left is
/// its cleaned value), when it reads into the typed [`trial_ini::TrialIni`] (it always does:
/// the validation schema is the model's), without reading it: the settings are borrowed from
/// the tree. Crate-private: `ctx.shape` must come from a shape check with `skip_clean` (as
/// `rules::dispatch` runs it), or `removed` would be empty and the rules would read members the
/// shape check rejected.
pub(crate) fn check(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let removed = Removed::new(&ctx.shape.removed);
    let Some(root) = ctx.root.as_object() else {
        return;
    };
    let sections: Vec<&Member> = removed.kept(&NodePath::root(), root).collect();
    if !builds(&sections, &removed) {
        return;
    }
    let view = view(ctx, &sections, &removed);
    run_shared(ctx, &view, findings);
}

/// `model::trial_ini::builds` of the tree less the removed members: every section is one of the
/// table's and an object, every key of it one the section reads, with a string value.
fn builds(sections: &[&Member], removed: &Removed) -> bool {
    sections.iter().all(|section| {
        let (Some(read), Some(keys)) = (table::section(&section.key), section.value.as_object())
        else {
            return false;
        };
        let ptr = NodePath::root().key(&section.key);
        removed
            .kept(&ptr, keys)
            .all(|m| m.value.as_str().is_some() && read.reads(&m.key))
    })
}

/// The keys of `odps_config` that the MaxCompute rule ([`platform`]) looks for
/// ([`View::odps_keys`]).
pub(crate) const ODPS_KEYS: [&str; 5] = [
    odps_config::ACCESS_ID,
    odps_config::ACCESS_KEY,
    odps_config::PROJECT_NAME,
    odps_config::END_POINT,
    odps_config::ROLE_ARN,
];

/// Runs the rules shared by both kinds on a view.
pub(crate) fn run_shared(ctx: &Ctx<'_>, view: &View<'_>, findings: &mut Vec<Finding>) {
    platform::check(ctx, view, findings);
    metric::check(ctx, view, findings);
    sections::check(ctx, view, findings);
}

/// The string values of `names` among `members` (in one pass), each member also given to
/// `rest`, in order.
fn pick<'a, const N: usize>(
    members: impl Iterator<Item = &'a Member>,
    names: [&str; N],
    mut rest: impl FnMut(&'a Member),
) -> [Option<&'a str>; N] {
    let mut found = [None; N];
    for m in members {
        if let Some(i) = names.iter().position(|n| m.key == *n)
            && let Some(slot) = found.get_mut(i)
            && slot.is_none()
        {
            *slot = m.value.as_str();
        }
        rest(m);
    }
    found
}

/// The view of a trial.ini whose sections (kept by the shape check, [`builds`]) are objects
/// of strings.
fn view<'a>(ctx: &Ctx<'_>, sections: &[&'a Member], removed: &'a Removed) -> View<'a> {
    let ptr = |section: &str, key: &str| NodePath::root().key(section).key(key);
    // the kept members of a section, with the section's pointer
    let section = |name: &str| {
        let members = sections
            .iter()
            .find(|m| m.key == name)
            .and_then(|m| m.value.as_object())?;
        let sec = NodePath::root().key(name);
        let kept = removed.kept(&sec, members);
        Some((sec, kept))
    };
    let text = |name: &str, key: &str, v: Option<&'a str>| v.map(|v| Text::new(ptr(name, key), v));
    let mut view = View {
        ini: true,
        partial: ctx.doc.embedded.is_some(),
        ..View::default()
    };
    if let Some((sec, p)) = section(platform_config::SECTION) {
        let mut entries = Vec::new();
        let [name, resume] = pick(p, [platform_config::NAME, platform_config::RESUME], |m| {
            if CmdKeys::matches(&m.key)
                && let Some(v) = m.value.as_str()
            {
                entries.push((Cow::Borrowed(m.key.as_str()), Cow::Borrowed(v)));
            }
        });
        view.name = text(platform_config::SECTION, platform_config::NAME, name);
        view.resume = text(platform_config::SECTION, platform_config::RESUME, resume);
        view.commands = Some(Commands {
            ptr: sec.clone(),
            list: false,
            entries,
        });
        view.platform_ptr = Some(sec);
    }
    if let Some((sec, m)) = section(metric_config::SECTION) {
        let mut more = Vec::new();
        let [metric_type, source, final_mode, list_final_mode, dict] = pick(
            m,
            [
                metric_config::METRIC_TYPE,
                metric_config::METRIC_SOURCE,
                metric_config::FINAL_MODE,
                metric_config::SOURCE_LIST_FINAL_MODE,
                metric_config::METRIC_DICT,
            ],
            |m| {
                if MetricSourceKeys::matches(&m.key)
                    && let Some(v) = m.value.as_str()
                {
                    more.push(Text::new(sec.key(&m.key), v));
                }
            },
        );
        let metric_text = |key, v| text(metric_config::SECTION, key, v);
        view.metric_type = metric_text(metric_config::METRIC_TYPE, metric_type);
        view.sources
            .extend(metric_text(metric_config::METRIC_SOURCE, source));
        view.sources.extend(more);
        view.final_modes
            .extend(metric_text(metric_config::FINAL_MODE, final_mode));
        view.final_modes.extend(metric_text(
            metric_config::SOURCE_LIST_FINAL_MODE,
            list_final_mode,
        ));
        view.metric_dict = metric_text(metric_config::METRIC_DICT, dict).map(MetricDict::Literal);
    }
    if let Some((_, o)) = section(output_config::SECTION) {
        let keys = [output_config::MODEL_PATH, output_config::SUMMARY_PATH];
        for (key, v) in keys.into_iter().zip(pick(o, keys, |_| {})) {
            view.outputs.extend(text(output_config::SECTION, key, v));
        }
    }
    if let Some((_, s)) = section(schedule_config::SECTION) {
        let [day, start, end] = pick(
            s,
            [
                schedule_config::DAY,
                schedule_config::START_TIME,
                schedule_config::END_TIME,
            ],
            |_| {},
        );
        view.day = text(schedule_config::SECTION, schedule_config::DAY, day);
        view.times.extend(text(
            schedule_config::SECTION,
            schedule_config::START_TIME,
            start,
        ));
        view.times.extend(text(
            schedule_config::SECTION,
            schedule_config::END_TIME,
            end,
        ));
    }
    if let Some((sec, p)) = section(params_config::SECTION) {
        view.params.extend(
            p.filter(|m| ParamsFileKeys::matches(&m.key))
                .filter_map(|m| Some(Text::new(sec.key(&m.key), m.value.as_str()?))),
        );
    }
    if let Some((_, o)) = section(odps_config::SECTION) {
        let values = pick(o, ODPS_KEYS, |_| {});
        view.odps_keys = ODPS_KEYS
            .iter()
            .zip(values)
            .filter(|(_, v)| v.is_some_and(|v| !v.trim().is_empty()))
            .map(|(k, _)| (*k).to_owned())
            .collect();
    }
    view.sections = sections.iter().map(|m| m.key.to_string()).collect();
    view.string_roots = sections
        .iter()
        .map(|m| StringRoot {
            ptr: NodePath::root().key(&m.key),
            key: &m.key,
            value: Strings::Tree(&m.value, removed),
        })
        .collect();
    view
}
