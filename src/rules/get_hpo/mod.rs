//! GetHpoExperiment response rules (SPEC.md §6, §7), and its embedded documents.
//!
//! Decisions:
//! - Timestamps: `YYYY-MM-DD HH:MM:SS` or ISO 8601 (`T`, optional fraction, `Z` or `±HH:MM`);
//!   anything else is a warning (a response is read, not sent back).
//! - Placeholders: the commands are those of `ConfigIni` and of `HpoExperimentConfiguration`;
//!   a `${x}` is defined when either `SearchSpace` or `HpoExperimentConfiguration.search_space`
//!   has it (the service builds the run from both, and their disagreement is reported on its
//!   own, HPO609); each space's keys are checked for use.
//! - ConfigYml's `searchSpaceFile` is `SearchSpace` (its tuner is checked against it) and its
//!   `--config=` is `ConfigIni`: never looked for on disk.

pub mod rules;

pub use rules::*;

use crate::document::Document;
use crate::kind::Kind;
use crate::rules::cross::{experiment, placeholders, tuner};
use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, did_you_mean};
use crate::source::path::NodePath;
use crate::source::{Member, Node, Value};

const ACCESSIBILITY: &[&str] = &["PRIVATE", "PUBLIC"];
const STATUSES: &[&str] = &[
    "INVALID_USER_OR_EXP",
    "SUCCESS",
    "EXECUTION_FAILURE",
    "CREATED",
    "RUNNING",
    "FINISHED",
    "FAILED",
    "EARLY_STOPPED",
    "USER_CANCELED",
    "SYS_CANCELED",
    "WAITING",
    "NO_MORE_TRIAL",
    "UNKNOWN",
];
const TRIAL_STATES: &[&str] = &[
    "UNKNOWN",
    "RUNNING",
    "WAITING",
    "EARLY_STOPPED",
    "SUCCEEDED",
    "FINISHED",
    "FAILED",
    "USER_CANCELED",
    "SYS_CANCELED",
];

/// Runs the response rules. `embedded` are the documents parsed from `ConfigYml`, `ConfigIni`
/// and `SearchSpace` (a string), already checked on their own; findings located in one of them
/// name that document ([`Finding::in_embedded`]).
pub fn check(ctx: &Ctx<'_>, embedded: &[Document], findings: &mut Vec<Finding>) {
    let root = ctx.root;
    enums(root, findings);
    times(root, findings);
    trial_status(root, findings);
    let emb = |kind: Kind| {
        embedded
            .iter()
            .find(|d| d.kind == kind && d.root().is_some())
    };
    let yml = emb(Kind::ExpYml);
    let ini = emb(Kind::TrialIni);
    let conf = root
        .member("HpoExperimentConfiguration")
        .filter(|m| m.value.as_object().is_some());
    let conf_base = conf
        .map(|m| NodePath::root().key(&m.key))
        .unwrap_or_default();
    let conf_space = conf.and_then(|c| {
        c.value
            .member("search_space")
            .filter(|m| m.value.as_object().is_some())
    });
    // The response's SearchSpace: an embedded document, or an object member.
    let space: Option<Space<'_>> = match emb(Kind::SearchSpace) {
        Some(d) => d.root().map(|r| Space {
            doc: Some(d),
            root: r,
            base: NodePath::root(),
        }),
        None => root
            .member("SearchSpace")
            .filter(|m| m.value.as_object().is_some())
            .map(|m| Space {
                doc: None,
                root: &m.value,
                base: NodePath::root().key(&m.key),
            }),
    };
    let conf_space = conf_space.map(|m| Space {
        doc: None,
        root: &m.value,
        base: conf_base.key(&m.key),
    });
    let mut emit = |doc: Option<&Document>, f: Finding| {
        let index = doc.and_then(|d| embedded.iter().position(|e| std::ptr::eq(e, d)));
        findings.push(match index {
            Some(i) => f.in_embedded(i),
            None => f,
        });
    };

    // ConfigYml vs yml_config, and ConfigYml's tuner vs the space it names.
    if let Some(yml_doc) = yml
        && let Some(yml_root) = yml_doc.root()
    {
        if let Some(c) = conf
            && let Some(y) = c.value.member("yml_config")
            && y.value.as_object().is_some()
        {
            let base = conf_base.key(&y.key);
            let mut diffs = Vec::new();
            compare_yml(&y.value, &base, yml_root, &NodePath::root(), &mut diffs);
            for (in_yml, f) in diffs {
                emit(if in_yml { Some(yml_doc) } else { None }, f);
            }
        }
        if let Some(ssf) = experiment::member(yml_root, "searchSpaceFile") {
            match space.as_ref().or(conf_space.as_ref()) {
                Some(sp) => {
                    let s = experiment::settings(yml_root, &NodePath::root());
                    let mut in_yml = Vec::new();
                    let mut in_space = Vec::new();
                    experiment::check_space(&s, sp.root, &sp.base, &mut in_yml, &mut in_space);
                    for f in in_yml {
                        emit(Some(yml_doc), f);
                    }
                    for f in in_space {
                        emit(sp.doc, f);
                    }
                }
                None => emit(
                    Some(yml_doc),
                    Finding::new(
                        &EMBEDDED_FILE_MISSING,
                        NodePath::root().key(&ssf.key),
                        "ConfigYml names a search space file, but the response has no SearchSpace",
                    )
                    .help("the search space of a response is its `SearchSpace` member"),
                ),
            }
        }
        if ini.is_none()
            && conf.is_none()
            && let Some(r) = crate::rules::cross::config_ini(yml_doc, yml_root)
        {
            let mut f = Finding::new(
                &EMBEDDED_FILE_MISSING,
                r.pointer.clone(),
                format!(
                    "ConfigYml runs with `--config={}`, but the response has no ConfigIni nor HpoExperimentConfiguration",
                    r.written
                ),
            )
            .help("the trial.ini of a response is its `ConfigIni` member");
            if let Some(span) = r.span {
                f = f.span(span);
            }
            emit(Some(yml_doc), f);
        }
    }

    // SearchSpace vs search_space.
    if let (Some(a), Some(b)) = (&space, &conf_space) {
        compare_spaces(a, b, &mut emit);
    }

    // Placeholders.
    let spaces: Vec<&Space<'_>> = space.iter().chain(conf_space.iter()).collect();
    if !spaces.is_empty() {
        let mut ini_uses = Vec::new();
        let mut conf_uses = Vec::new();
        if let Some(d) = ini
            && let Some(r) = d.root()
        {
            placeholders::uses_under(d, r, &NodePath::root(), &[], &mut ini_uses);
        }
        if let Some(c) = conf {
            placeholders::uses_under(
                ctx.doc,
                &c.value,
                &conf_base,
                &["search_space", "yml_config"],
                &mut conf_uses,
            );
        }
        let names: Vec<String> = spaces
            .iter()
            .flat_map(|s| placeholders::keys(s.root, &NodePath::root()))
            .map(|(k, _)| k)
            .collect();
        for f in placeholders::undefined(&ini_uses, &names) {
            emit(ini, f);
        }
        for f in placeholders::undefined(&conf_uses, &names) {
            emit(None, f);
        }
        let params_files = ini
            .and_then(Document::root)
            .is_some_and(placeholders::has_params_files)
            || conf.is_some_and(|c| placeholders::has_params_files(&c.value));
        // Without any command (no ConfigIni, no HpoExperimentConfiguration), "unused" means
        // nothing.
        let commands = ini.is_some() || conf.is_some();
        for s in spaces.into_iter().filter(|_| commands) {
            let keys = placeholders::keys(s.root, &s.base);
            for f in placeholders::unused_of(&keys, &[&ini_uses, &conf_uses], params_files) {
                emit(s.doc, f);
            }
        }
    }
}

/// A search space of the response: embedded in a string (`doc`), or an object at `base`.
struct Space<'a> {
    doc: Option<&'a Document>,
    root: &'a Node,
    base: NodePath,
}

fn enums(root: &Node, findings: &mut Vec<Finding>) {
    if let Some(m) = root.member("Accessibility")
        && let Some(v) = m.value.as_str()
        && !ACCESSIBILITY.contains(&v)
    {
        findings.push(
            Finding::new(
                &INVALID_ACCESSIBILITY,
                NodePath::root().key(&m.key),
                format!("Accessibility `{v}` is not `PRIVATE` or `PUBLIC`"),
            )
            .help(match did_you_mean(v, ACCESSIBILITY.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use `PRIVATE` or `PUBLIC`".to_owned(),
            })
            .fix_opt(crate::rules::enum_fix(
                &NodePath::root().key(&m.key),
                v,
                ACCESSIBILITY,
            )),
        );
    }
    if let Some(m) = root.member("Status")
        && let Some(v) = m.value.as_str()
        && !STATUSES.contains(&v)
    {
        findings.push(
            Finding::new(
                &UNKNOWN_STATUS,
                NodePath::root().key(&m.key),
                format!("Status `{}` is not a documented experiment state", short(v)),
            )
            .help(match did_you_mean(v, STATUSES.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("known states: {}", STATUSES.join(", ")),
            })
            .fix_opt(crate::rules::enum_fix(
                &NodePath::root().key(&m.key),
                v,
                STATUSES,
            )),
        );
    }
}

fn short(s: &str) -> String {
    crate::source::shorten::shorten(s, 60)
}

/// A time as comparable fields, and its notation (`' '`, or the ISO zone suffix).
/// Year, month, day, hour, minute, second, nanosecond.
type Fields = (u32, u32, u32, u32, u32, u32, u32);

fn parse_time(s: &str) -> Option<(Fields, String)> {
    let b = s.as_bytes();
    if b.len() < 19 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = s.get(r)?;
        if t.bytes().all(|c| c.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    };
    let sep = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(sep(4, b'-') && sep(7, b'-') && sep(13, b':') && sep(16, b':')) {
        return None;
    }
    let (y, mo, d, h, mi, se) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match mo {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if d == 0 || d > days || h > 23 || mi > 59 || se > 59 {
        return None;
    }
    let rest = s.get(19..)?;
    let notation = match b.get(10) {
        Some(b' ') if rest.is_empty() => " ".to_owned(),
        Some(b'T') => {
            let (frac, zone) = match rest.strip_prefix('.') {
                Some(r) => {
                    let n = r.bytes().take_while(u8::is_ascii_digit).count();
                    if n == 0 {
                        return None;
                    }
                    (r.get(..n)?, r.get(n..)?)
                }
                None => ("", rest),
            };
            let zone_ok = zone.is_empty()
                || zone == "Z"
                || (zone.len() == 6
                    && zone.starts_with(['+', '-'])
                    && zone.get(3..4) == Some(":")
                    && zone
                        .get(1..3)
                        .is_some_and(|t| t.bytes().all(|c| c.is_ascii_digit()))
                    && zone
                        .get(4..6)
                        .is_some_and(|t| t.bytes().all(|c| c.is_ascii_digit())));
            if !zone_ok {
                return None;
            }
            let nanos: u32 = format!("{frac:0<9}").get(..9)?.parse().ok()?;
            return Some(((y, mo, d, h, mi, se, nanos), format!("T{zone}")));
        }
        _ => return None,
    };
    Some(((y, mo, d, h, mi, se, 0), notation))
}

fn times(root: &Node, findings: &mut Vec<Finding>) {
    let mut parsed = Vec::new();
    for key in ["GmtCreateTime", "GmtModifiedTime"] {
        let Some(m) = root.member(key) else { continue };
        let Some(v) = m.value.as_str() else { continue };
        let ptr = NodePath::root().key(&m.key);
        match parse_time(v) {
            Some(t) => parsed.push(Some((t, ptr))),
            None => {
                parsed.push(None);
                findings.push(
                    Finding::new(
                        &INVALID_TIMESTAMP,
                        ptr,
                        format!("{key} `{}` is not a valid time", short(v)),
                    )
                    .help("expected `2024-01-01 08:30:11` or ISO 8601 `2024-01-01T08:30:11Z`"),
                );
            }
        }
    }
    if let [Some((c, _)), Some((m, mp))] = parsed.as_slice()
        && c.1 == m.1
        && m.0 < c.0
    {
        findings.push(
            Finding::new(
                &MODIFIED_BEFORE_CREATED,
                mp.clone(),
                "GmtModifiedTime is earlier than GmtCreateTime",
            )
            .help("an experiment cannot be modified before it is created: check both times"),
        );
    }
}

/// A count: a non-negative integer, or a string of digits.
fn count(node: &Node) -> Option<u64> {
    match &node.value {
        Value::Number(n) => n.as_i64().and_then(|i| u64::try_from(i).ok()),
        Value::String(s) => {
            let t = s.trim();
            if !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()) {
                t.parse().ok()
            } else {
                None
            }
        }
        _ => None,
    }
}

fn trial_status(root: &Node, findings: &mut Vec<Finding>) {
    let Some(ts) = root.member("TrialStatus") else {
        return;
    };
    let Some(members) = ts.value.as_object() else {
        return;
    };
    let base = NodePath::root().key(&ts.key);
    let mut sum: u64 = 0;
    let mut all_counts = true;
    for m in members {
        let ptr = base.key(&m.key);
        if !TRIAL_STATES.contains(&m.key.as_str()) {
            findings.push(
                Finding::new(
                    &UNKNOWN_TRIAL_STATE,
                    ptr.clone(),
                    format!("TrialStatus key `{}` is not a trial state", short(&m.key)),
                )
                .at_key()
                .help(match did_you_mean(&m.key, TRIAL_STATES.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("trial states: {}", TRIAL_STATES.join(", ")),
                })
                .fix_opt(
                    TRIAL_STATES
                        .iter()
                        .find(|c| c.eq_ignore_ascii_case(&m.key))
                        .copied()
                        .or_else(|| {
                            crate::rules::clearly_closest(&m.key, TRIAL_STATES.iter().copied())
                        })
                        .filter(|s| !members.iter().any(|o| o.key == *s))
                        .map(|s| crate::fix::Fix::rename_key(ptr.clone(), s)),
                ),
            );
        }
        match count(&m.value) {
            Some(c) => sum = sum.saturating_add(c),
            None => {
                all_counts = false;
                findings.push(
                    Finding::new(
                        &TRIAL_STATUS_NOT_A_COUNT,
                        ptr,
                        format!(
                            "TrialStatus `{}` is {}, not a count of trials",
                            short(&m.key),
                            describe(&m.value)
                        ),
                    )
                    .help("each state maps to a number of trials, e.g. `{\"FINISHED\": 1, \"RUNNING\": 2}`"),
                );
            }
        }
    }
    let _ = all_counts;
    if let Some(tc) = root.member("TrialCount")
        && let Some(total) = count(&tc.value)
        && sum > total
    {
        findings.push(
            Finding::new(
                &TRIAL_STATUS_EXCEEDS_COUNT,
                base,
                format!("the TrialStatus counts add up to {sum}, more than TrialCount {total}"),
            )
            .at_key()
            .help("every trial is in one state: check TrialCount and TrialStatus"),
        );
    }
}

fn describe(node: &Node) -> String {
    match &node.value {
        Value::String(s) => format!("the string `{}`", short(s)),
        Value::Number(n) => format!("the number `{}`", n.to_json()),
        _ => node.type_name().to_owned(),
    }
}

/// Compares `yml_config` (at `ybase`) with ConfigYml (`cfg` at `cbase`, in the embedded
/// document): each finding and whether it is located in ConfigYml.
fn compare_yml(
    yml: &Node,
    ybase: &NodePath,
    cfg: &Node,
    cbase: &NodePath,
    out: &mut Vec<(bool, Finding)>,
) {
    let Some(members) = yml.as_object() else {
        return;
    };
    for m in members {
        let yptr = ybase.key(&m.key);
        let Some(c) = experiment::member(cfg, &m.key) else {
            if !matches!(m.value.value, Value::Null) {
                out.push((
                    false,
                    Finding::new(
                        &CONFIG_YML_DISAGREES,
                        yptr,
                        format!("yml_config sets `{}`, but ConfigYml does not", m.key),
                    )
                    .at_key()
                    .help("make ConfigYml and yml_config describe the same experiment"),
                ));
            }
            continue;
        };
        let cptr = cbase.key(&c.key);
        if m.value.as_object().is_some() && c.value.as_object().is_some() {
            compare_yml(&m.value, &yptr, &c.value, &cptr, out);
            continue;
        }
        if same(&m.key, &m.value, &c.value) {
            continue;
        }
        let secret = crate::secrets::is_secret_key(&m.key);
        let message = if secret {
            format!(
                "ConfigYml's `{}` differs from yml_config's `{}`",
                c.key, m.key
            )
        } else {
            format!(
                "ConfigYml's `{}` is {}, but yml_config's `{}` is {}",
                c.key,
                value_text(&c.value),
                m.key,
                value_text(&m.value)
            )
        };
        out.push((
            true,
            Finding::new(&CONFIG_YML_DISAGREES, cptr, message)
                .help("make ConfigYml and yml_config describe the same experiment"),
        ));
    }
}

fn value_text(node: &Node) -> String {
    match &node.value {
        Value::String(s) => format!("`{}`", short(s)),
        Value::Object(_) | Value::Array(_) => node.type_name().to_owned(),
        _ => format!("`{}`", node.to_json()),
    }
}

fn same(key: &str, a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        // The API is loose about scalar types (`"2"` for 2): the type is reported elsewhere.
        (Value::Number(x), Value::String(y)) | (Value::String(y), Value::Number(x)) => {
            y.trim().parse::<f64>().ok() == Some(x.as_f64())
        }
        (Value::String(x), Value::String(y)) if key == "name" => {
            tuner::normalize(x) == tuner::normalize(y)
        }
        _ => a.to_json() == b.to_json(),
    }
}

fn compare_spaces(a: &Space<'_>, b: &Space<'_>, emit: &mut impl FnMut(Option<&Document>, Finding)) {
    let (Some(am), Some(bm)) = (a.root.as_object(), b.root.as_object()) else {
        return;
    };
    let find = |ms: &[Member], k: &str| ms.iter().any(|m| m.key == k);
    let only_a: Vec<String> = am
        .iter()
        .filter(|m| !find(bm, &m.key))
        .map(|m| format!("`{}`", m.key))
        .collect();
    let only_b: Vec<String> = bm
        .iter()
        .filter(|m| !find(am, &m.key))
        .map(|m| format!("`{}`", m.key))
        .collect();
    if !only_a.is_empty() || !only_b.is_empty() {
        let message = match (only_a.is_empty(), only_b.is_empty()) {
            (false, false) => format!(
                "SearchSpace defines {} and HpoExperimentConfiguration.search_space defines {} instead",
                only_a.join(", "),
                only_b.join(", ")
            ),
            (false, true) => format!(
                "SearchSpace defines {} that HpoExperimentConfiguration.search_space lacks",
                only_a.join(", ")
            ),
            _ => format!(
                "HpoExperimentConfiguration.search_space defines {} that SearchSpace lacks",
                only_b.join(", ")
            ),
        };
        emit(
            None,
            Finding::new(
                &SEARCH_SPACE_DISAGREES,
                NodePath::root().key("SearchSpace"),
                message,
            )
            .at_key()
            .help("make SearchSpace and HpoExperimentConfiguration.search_space the same space"),
        );
    }
    for m in am {
        if let Some(o) = bm.iter().find(|o| o.key == m.key)
            && m.value.to_json() != o.value.to_json()
        {
            emit(
                a.doc,
                Finding::new(
                    &SEARCH_SPACE_DISAGREES,
                    a.base.key(&m.key),
                    format!(
                        "parameter `{}` has a different domain in SearchSpace and in HpoExperimentConfiguration.search_space",
                        m.key
                    ),
                )
                .at_key()
                .help("make SearchSpace and HpoExperimentConfiguration.search_space the same space"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert!(parse_time("2024-01-01 08:30:11").is_some());
        assert!(parse_time("2023-03-31T10:29:30Z").is_some());
        assert!(parse_time("2023-03-31T10:29:30.123+08:00").is_some());
        assert!(parse_time("2024-02-30 08:30:11").is_none());
        assert!(parse_time("2024-01-01 24:00:00").is_none());
        assert!(parse_time("2024-01-01").is_none());
        assert!(parse_time("2024-01-01T08:30:11+8").is_none());
        assert!(parse_time("２０２４-01-01 08:30:11").is_none());
    }
}
