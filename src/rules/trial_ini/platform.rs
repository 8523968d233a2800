//! `platform_config` rules, and the sections a platform needs (trial.ini and
//! HpoExperimentConfiguration).

use super::SETTINGS_KINDS;
use super::common::{Commands, View, is_templated};
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::model::trial_ini::table::{self, odps_config};
use crate::rules::dispatch::Ctx;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::source::path::NodePath;

/// The platforms `hpo_tools` runs trials on.
pub const PLATFORMS: &[&str] = table::PLATFORMS;

/// HPO401: an unknown platform name.
pub static INVALID_PLATFORM_NAME: Rule = Rule {
    code: "HPO401",
    name: "invalid-platform-name",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SETTINGS_KINDS,
    summary: "`platform_config.name` is not one of DLC, MaxCompute, DataScience, Local, PAI, PAIFLOW",
    description: "`hpo_tools` chooses how to run each command by the platform name, and fails on a \
name it does not know. Names are compared ignoring case (the sources disagree on case: \
`MaxCompute`, `maxcompute`).",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=MaxCompte\ncmd1=PAI -name ps_smart -project foo\n\n[metric_config]\nmetric_type=table\nmetric_source=select * from m where pt='${trial_id}'\nmetric_dict={'auc': 1}\n\n[odps_config]\nproject_name=foo\nend_point=http://service.odps.aliyun.com/api\nrole_arn=acs:ram::123456789:role/foo\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=MaxCompute\ncmd1=PAI -name ps_smart -project foo\n\n[metric_config]\nmetric_type=table\nmetric_source=select * from m where pt='${trial_id}'\nmetric_dict={'auc': 1}\n\n[odps_config]\nproject_name=foo\nend_point=http://service.odps.aliyun.com/api\nrole_arn=acs:ram::123456789:role/foo\n",
    }],
};

/// HPO402: no command to run.
pub static MISSING_COMMAND: Rule = Rule {
    code: "HPO402",
    name: "missing-command",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "`platform_config` has no command (`cmd1`, ... in trial.ini; an empty `cmd` list in JSON)",
    description: "A trial runs the commands of `platform_config` in order; without one there is \
nothing to run and no metric to read.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
};

/// HPO403: commands numbered with gaps or written out of order.
pub static COMMAND_ORDER: Rule = Rule {
    code: "HPO403",
    name: "command-order",
    severity: Severity::Warning,
    fix: None,
    kinds: &[Kind::TrialIni],
    summary: "`cmdN` keys with a gap in their numbers (`cmd1`, `cmd3`) or written out of order",
    description: "`hpo_tools` runs the keys that start with `cmd` in order. A gap usually means a \
command was deleted or renamed by mistake, and keys written out of their numeric order make it \
unclear which order is meant (file order and number order differ). Number them `cmd1`, `cmd2`, \
... in the order they run.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python prepare.py\ncmd3=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python prepare.py\ncmd2=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
};

/// HPO404: `resume` other than 0 or 1.
pub static INVALID_RESUME: Rule = Rule {
    code: "HPO404",
    name: "invalid-resume",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "`platform_config.resume` is not 0 or 1",
    description: "`resume = 1` resumes a stopped experiment, `0` (the default) starts over; \
`hpo_tools` reads it as an integer.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\nresume=yes\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\nresume=1\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
};

/// HPO416: a platform without the section it needs.
pub static MISSING_PLATFORM_SECTION: Rule = Rule {
    code: "HPO416",
    name: "missing-platform-section",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "platform MaxCompute without `odps_config`, DLC without `dlc_config`, or PAIFLOW without `paiflow_config`",
    description: "Trials on these platforms are submitted with the section's endpoint and \
credentials; without it every trial fails. A ConfigIni embedded in a GetHpoExperiment response \
is not checked alone (the response's HpoExperimentConfiguration may carry the section), and a \
section in the response's ConfigIni counts for its HpoExperimentConfiguration.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=DLC\ncmd1=dlc submit pytorchjob --name=t_${trial_id}\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc=([0-9.]+)': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=DLC\ncmd1=dlc submit pytorchjob --name=t_${trial_id}\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc=([0-9.]+)': 1}\n\n[dlc_config]\nendpoint=pai-dlc.cn-hangzhou.aliyuncs.com\nregion=cn-hangzhou\nprotocol=https\n",
    }],
};

/// HPO417: an `odps_config` that cannot reach MaxCompute.
pub static INCOMPLETE_ODPS_CONFIG: Rule = Rule {
    code: "HPO417",
    name: "incomplete-odps-config",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "platform MaxCompute with an `odps_config` lacking `project_name`, `end_point`, or credentials (`access_id` and `access_key`, or `role_arn`)",
    description: "MaxCompute commands run in the project `project_name` through `end_point`, \
authenticated by an AccessKey pair or (better) a RAM role.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=MaxCompute\ncmd1=PAI -name ps_smart -project foo\n\n[metric_config]\nmetric_type=table\nmetric_source=select * from m where pt='${trial_id}'\nmetric_dict={'auc': 1}\n\n[odps_config]\nproject_name=foo\nend_point=http://service.odps.aliyun.com/api\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=MaxCompute\ncmd1=PAI -name ps_smart -project foo\n\n[metric_config]\nmetric_type=table\nmetric_source=select * from m where pt='${trial_id}'\nmetric_dict={'auc': 1}\n\n[odps_config]\nproject_name=foo\nend_point=http://service.odps.aliyun.com/api\nrole_arn=acs:ram::123456789:role/foo\n",
    }],
};

/// Runs the platform rules.
pub fn check(ctx: &Ctx<'_>, view: &View<'_>, findings: &mut Vec<Finding>) {
    let _ = ctx;
    let platform = view.name.as_ref().and_then(|name| {
        let v = name.value.trim();
        if is_templated(v) {
            return None;
        }
        let known = PLATFORMS
            .iter()
            .find(|p| p.eq_ignore_ascii_case(v))
            .copied();
        if known.is_none() {
            findings.push(
                Finding::new(
                    &INVALID_PLATFORM_NAME,
                    &name.ptr,
                    format!("platform `{v}` is not one of {}", PLATFORMS.join(", ")),
                )
                .help_opt(
                    did_you_mean(v, PLATFORMS.iter().copied())
                        .map(|s| format!("did you mean `{s}`?")),
                )
                .fix_opt(crate::rules::enum_fix(&name.ptr, v, PLATFORMS)),
            );
        }
        known
    });

    if let (Some(ptr), Some(cmds)) = (&view.platform_ptr, &view.commands) {
        if cmds.entries.iter().all(|(_, c)| c.trim().is_empty()) {
            let (msg, help) = if view.ini {
                (
                    "`[platform_config]` has no command: expected `cmd1 = ...`".to_owned(),
                    "add `cmd1 = <the command a trial runs>` (then `cmd2`, ...)",
                )
            } else {
                (
                    "`platform_config.cmd` has no command: expected at least one".to_owned(),
                    "add the command a trial runs to `cmd`",
                )
            };
            findings.push(Finding::new(&MISSING_COMMAND, ptr, msg).at_key().help(help));
        }
        if view.ini {
            command_order(cmds, findings);
        }
    }

    if let Some(resume) = &view.resume {
        let v = resume.value.trim();
        if !is_templated(v) && v != "0" && v != "1" {
            findings.push(
                Finding::new(
                    &INVALID_RESUME,
                    &resume.ptr,
                    format!("`resume` is `{v}`; expected 0 or 1"),
                )
                .help("write `1` to resume a stopped experiment, `0` to start over"),
            );
        }
    }

    if let (Some(platform), Some(name)) = (platform, &view.name) {
        platform_sections(view, platform, &name.ptr, findings);
    }
}

fn command_order(cmds: &Commands<'_>, findings: &mut Vec<Finding>) {
    // (number, key, index of the command)
    let numbers: Vec<(u64, &str, usize)> = cmds
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, (k, _))| {
            k.strip_prefix("cmd")
                .and_then(|n| n.parse::<u64>().ok())
                .map(|n| (n, k.as_ref(), i))
        })
        .collect();
    let mut max: Option<(u64, &str)> = None;
    for (n, key, i) in &numbers {
        if let Some((m, mk)) = max
            && *n < m
        {
            findings.push(
                Finding::new(
                    &COMMAND_ORDER,
                    cmds.ptr_of(*i),
                    format!("`{key}` is written after `{mk}`; commands run in order, so the order is ambiguous"),
                )
                .at_key()
                .help("write the commands in the order they run, numbered `cmd1`, `cmd2`, ..."),
            );
        }
        if max.is_none_or(|(m, _)| *n > m) {
            max = Some((*n, key));
        }
    }
    let mut sorted = numbers.clone();
    sorted.sort_by_key(|c| c.0);
    for pair in sorted.windows(2) {
        if let [(a, ak, _), (b, bk, i)] = pair
            && *b > a.saturating_add(1)
        {
            let missing = if *b == a + 2 {
                format!("`cmd{}` is missing", a + 1)
            } else {
                format!("`cmd{}` to `cmd{}` are missing", a + 1, b - 1)
            };
            findings.push(
                Finding::new(
                    &COMMAND_ORDER,
                    cmds.ptr_of(*i),
                    format!("`{bk}` follows `{ak}`: {missing}"),
                )
                .at_key()
                .help("number the commands `cmd1`, `cmd2`, ... without gaps, or restore the missing one"),
            );
        }
    }
}

fn platform_sections(
    view: &View<'_>,
    platform: &str,
    name_ptr: &NodePath,
    findings: &mut Vec<Finding>,
) {
    if view.partial {
        return;
    }
    let Some(section) = table::needed_by(platform).map(|s| s.name) else {
        return;
    };
    if !view.has_section(section) {
        let shown = if view.ini {
            format!("`[{section}]`")
        } else {
            format!("`{section}`")
        };
        findings.push(
            Finding::new(
                &MISSING_PLATFORM_SECTION,
                name_ptr,
                format!("platform `{platform}` needs {shown}, which is missing"),
            )
            .help(format!(
                "add {shown} with the endpoint and credentials (or `role_arn`) of {platform}"
            )),
        );
        return;
    }
    if section != odps_config::SECTION || !view.sections.iter().any(|s| s == section) {
        return;
    }
    let has = |k: &str| view.odps_keys.iter().any(|x| x == k);
    let mut missing = Vec::new();
    for key in [odps_config::PROJECT_NAME, odps_config::END_POINT] {
        if !has(key) {
            missing.push(format!("`{key}`"));
        }
    }
    let credentials =
        has(odps_config::ROLE_ARN) || (has(odps_config::ACCESS_ID) && has(odps_config::ACCESS_KEY));
    if !credentials {
        missing.push(
            if has(odps_config::ACCESS_ID) || has(odps_config::ACCESS_KEY) {
                "credentials (`access_id` with `access_key`, or `role_arn`)".to_owned()
            } else {
                "credentials (`role_arn`, or `access_id` and `access_key`)".to_owned()
            },
        );
    }
    if !missing.is_empty() {
        findings.push(
            Finding::new(
                &INCOMPLETE_ODPS_CONFIG,
                view.section_ptr(odps_config::SECTION),
                format!(
                    "`odps_config` lacks {}, which MaxCompute needs",
                    missing.join(" and ")
                ),
            )
            .at_key()
            .help("add them; prefer `role_arn = acs:ram::<account>:role/<name>` to AccessKeys"),
        );
    }
}
