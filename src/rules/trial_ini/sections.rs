//! Rules of the other sections: output paths, schedule, parameter files, role ARNs, `oss://`
//! paths and plaintext secrets (trial.ini and HpoExperimentConfiguration).

use super::SETTINGS_KINDS;
use super::common::{View, is_hh_mm, is_jinja, is_role_arn, is_templated};
use crate::diagnostic::Severity;
use crate::rules::dispatch::Ctx;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::secrets::is_secret_key;

use crate::model::trial_ini::table::{DAYS, ROLE_ARN, oss_config};

/// HPO412: an output path shared by every trial.
pub static OUTPUT_PATH_WITHOUT_TRIAL_ID: Rule = Rule {
    code: "HPO412",
    name: "output-path-without-trial-id",
    severity: Severity::Warning,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "`output_config.model_path` or `summary_path` without `${trial_id}`",
    description: "Every trial writes to the path as given: without `${trial_id}` each trial \
overwrites the model (or summaries) of the previous one, and the best trial's model is lost.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n\n[output_config]\nmodel_path=/tmp/model\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n\n[output_config]\nmodel_path=/tmp/model/${exp_id}_${trial_id}\n",
    }],
};

/// HPO413: a schedule day or time of the wrong form.
pub static INVALID_SCHEDULE: Rule = Rule {
    code: "HPO413",
    name: "invalid-schedule",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SETTINGS_KINDS,
    summary: "`schedule_config.day` not everyday/weekend, or a `start_time`/`end_time` that is not HH:MM from 00:00 to 23:59",
    description: "The schedule limits when trials start: on which days, and in which daily window.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n\n[schedule_config]\nday=everday\nstart_time=22:00\nend_time=23:59\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n\n[schedule_config]\nday=everyday\nstart_time=22:00\nend_time=23:59\n",
    }],
};

/// HPO414: a parameter file entry that is not `src,dst`.
pub static INVALID_PARAMS_FILE: Rule = Rule {
    code: "HPO414",
    name: "invalid-params-file",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "a `params_src_dst_filepath*` value that is not `src,dst` (exactly two non-empty paths)",
    description: "`hpo_tools` substitutes the sampled parameters into the file `src` and writes \
the result to `dst`; the value is split on its comma.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py --config=/tmp/${trial_id}.json\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n\n[params_config]\nparams_src_dst_filepath1=conf/template.json\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py --config=/tmp/${trial_id}.json\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n\n[params_config]\nparams_src_dst_filepath1=conf/template.json,/tmp/${trial_id}.json\n",
    }],
};

/// HPO415: a role ARN of the wrong form.
pub static INVALID_ROLE_ARN: Rule = Rule {
    code: "HPO415",
    name: "invalid-role-arn",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "a `role_arn` that is not `acs:ram::<account digits>:role/<name>`",
    description: "The RAM role is assumed to reach MaxCompute or OSS; a malformed ARN fails every \
trial at its first access.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=oss://bucket/summary/${trial_id}\nmetric_dict={'auc': 1}\n\n[oss_config]\nendpoint=oss-cn-shanghai.aliyuncs.com\nrole_arn=acs:ram:123456789:role/foo\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=oss://bucket/summary/${trial_id}\nmetric_dict={'auc': 1}\n\n[oss_config]\nendpoint=oss-cn-shanghai.aliyuncs.com\nrole_arn=acs:ram::123456789:role/foo\n",
    }],
};

/// HPO418: `oss://` paths without `oss_config`.
pub static OSS_PATH_WITHOUT_OSS_CONFIG: Rule = Rule {
    code: "HPO418",
    name: "oss-path-without-oss-config",
    severity: Severity::Warning,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "an `oss://` path with no `oss_config` to access it",
    description: "`hpo_tools` reads metrics and writes outputs on OSS with the endpoint and \
credentials of `oss_config`. Reported once, at the first `oss://` path. Not reported for a \
ConfigIni embedded in a GetHpoExperiment response (the response's HpoExperimentConfiguration \
may hold the section).",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=oss://bucket/summary/${trial_id}\nmetric_dict={'auc': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=oss://bucket/summary/${trial_id}\nmetric_dict={'auc': 1}\n\n[oss_config]\nendpoint=oss-cn-shanghai.aliyuncs.com\nrole_arn=acs:ram::123456789:role/foo\n",
    }],
};

/// HPO419: a secret written in the file.
pub static PLAINTEXT_SECRET: Rule = Rule {
    code: "HPO419",
    name: "plaintext-secret",
    severity: Severity::Warning,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "an AccessKey secret, password or token written in plain text",
    description: "Anyone who can read the file (or the experiment, in the console) can use the \
key. Use `role_arn` (a RAM role the service assumes) instead, or inject the value when the file \
is rendered (`{{ access_key }}`). Jinja and `${x}` values are not plaintext. hpoconf never prints \
the value.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=MaxCompute\ncmd1=PAI -name ps_smart -project foo\n\n[metric_config]\nmetric_type=table\nmetric_source=select * from m where pt='${trial_id}'\nmetric_dict={'auc': 1}\n\n[odps_config]\nproject_name=foo\nend_point=http://service.odps.aliyun.com/api\naccess_id=foo\naccess_key=bar\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=MaxCompute\ncmd1=PAI -name ps_smart -project foo\n\n[metric_config]\nmetric_type=table\nmetric_source=select * from m where pt='${trial_id}'\nmetric_dict={'auc': 1}\n\n[odps_config]\nproject_name=foo\nend_point=http://service.odps.aliyun.com/api\nrole_arn=acs:ram::123456789:role/foo\n",
    }],
};

/// Runs the rules of the other sections.
pub fn check(ctx: &Ctx<'_>, view: &View<'_>, findings: &mut Vec<Finding>) {
    let _ = ctx;
    for out in &view.outputs {
        let v = out.value.trim();
        if v.is_empty() || is_jinja(v) || v.to_ascii_lowercase().contains("${trial_id}") {
            continue;
        }
        let key = out.ptr.last_key().unwrap_or_default();
        findings.push(
            Finding::new(
                &OUTPUT_PATH_WITHOUT_TRIAL_ID,
                &out.ptr,
                format!(
                    "`{key}` `{v}` has no `${{trial_id}}`, so every trial writes to the same place"
                ),
            )
            .help(format!(
                "include the trial, e.g. `{}/${{exp_id}}_${{trial_id}}`",
                v.trim_end_matches('/')
            )),
        );
    }
    if let Some(day) = &view.day {
        let v = day.value.trim();
        if !is_templated(v) && !DAYS.contains(&v) {
            findings.push(
                Finding::new(
                    &INVALID_SCHEDULE,
                    &day.ptr,
                    format!("schedule day `{v}` is not `everyday` or `weekend`"),
                )
                .help_opt(
                    did_you_mean(v, DAYS.iter().copied()).map(|s| format!("did you mean `{s}`?")),
                )
                .fix_opt(crate::rules::enum_fix(&day.ptr, v, DAYS)),
            );
        }
    }
    for t in &view.times {
        let v = t.value.trim();
        if !is_templated(v) && !is_hh_mm(v) {
            let key = t.ptr.last_key().unwrap_or_default();
            findings.push(
                Finding::new(
                    &INVALID_SCHEDULE,
                    &t.ptr,
                    format!("`{key}` `{v}` is not a time HH:MM from 00:00 to 23:59"),
                )
                .help("write the time as `HH:MM`, e.g. `22:00`"),
            );
        }
    }
    for p in &view.params {
        if is_jinja(&p.value) {
            continue;
        }
        let parts: Vec<&str> = p.value.split(',').map(str::trim).collect();
        let ok = parts.len() == 2 && parts.iter().all(|s| !s.is_empty());
        if !ok {
            let key = p.ptr.last_key().unwrap_or_default();
            let what = if parts.len() == 2 {
                "has an empty path".to_owned()
            } else if parts.len() == 1 {
                "has no comma".to_owned()
            } else {
                format!("has {} comma-separated parts", parts.len())
            };
            findings.push(
                Finding::new(&INVALID_PARAMS_FILE, &p.ptr, format!("`{key}` `{}` {what}; expected `src,dst`", p.value.trim()))
                    .help("give the template file and the file to write, separated by one comma: `conf/template.json,conf/trial.json`"),
            );
        }
    }
    let mut oss_reported = view.has_section(oss_config::SECTION) || view.partial;
    // memmem's searcher (SIMD), built once for all the values
    let oss = memchr::memmem::Finder::new("oss://");
    view.each_string(|key, ptr, value| {
        let v = value.trim();
        if key == ROLE_ARN && !v.is_empty() && !is_templated(v) && !is_role_arn(v) {
            findings.push(
                Finding::new(&INVALID_ROLE_ARN, ptr, format!("role ARN `{v}` is not of the form `acs:ram::<account>:role/<name>`"))
                    .help("copy the role's ARN from the RAM console, e.g. `acs:ram::123456789012:role/aliyunodpspaidefaultrole`"),
            );
        }
        if is_secret_key(key) && !v.is_empty() && !is_templated(v) {
            findings.push(
                Finding::new(&PLAINTEXT_SECRET, ptr, format!("`{}` holds a secret in plain text", view.show(ptr)))
                    .at_key()
                    .help("use `role_arn` (a RAM role) instead of AccessKeys, or inject the value when the file is rendered (`{{ access_key }}`)"),
            );
        }
        if !oss_reported && oss.find(v.as_bytes()).is_some() {
            oss_reported = true;
            findings.push(
                Finding::new(
                    &OSS_PATH_WITHOUT_OSS_CONFIG,
                    ptr,
                    format!(
                        "`{}` uses an `oss://` path, but there is no `oss_config` to access OSS",
                        view.show(ptr)
                    ),
                )
                .help("add `oss_config` with `endpoint` and `role_arn` (or AccessKeys)"),
            );
        }
    });
}
