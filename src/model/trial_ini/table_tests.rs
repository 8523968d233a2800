//! The table, the model (and the schemas generated from it), the shape check and the secrets
//! agree: a key added to one of them and not to the table fails here.

use super::*;
use crate::model::trial_ini::{TrialIni, builds};
use crate::source::Node;

/// A sample key of each pattern, and keys no section reads.
const PROBES: &[&str] = &[
    "cmd12",
    "cmd",
    "metric_source_2",
    "metric_source_",
    "params_src_dst_filepath1",
    "zzz",
];

/// The schema of a section in the model's schema (through `$ref` and `Option`'s `anyOf`).
fn section_schema<'s>(
    root: &'s serde_json::Value,
    s: &'s serde_json::Value,
) -> &'s serde_json::Value {
    let r = s.get("$ref").or_else(|| {
        s.get("anyOf")?
            .as_array()?
            .iter()
            .find_map(|b| b.get("$ref"))
    });
    match r.and_then(|r| r.as_str()) {
        Some(r) => root.pointer(r.trim_start_matches('#')).unwrap(),
        None => s,
    }
}

fn names(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// The model's structs (as schemars describes them, which is what the committed validation
/// schema and `hpoconf schema` are generated from) have the table's sections, in its order,
/// the table's keys, in its order, its required sections and keys and its key patterns.
#[test]
fn the_model_has_the_tables_sections_and_keys() {
    for root in [
        serde_json::to_value(schemars::schema_for!(TrialIni)).unwrap(),
        crate::schema::validation_schema(crate::kind::Kind::TrialIni).clone(),
    ] {
        let sections = root["properties"].as_object().unwrap();
        let want: Vec<&str> = SECTIONS.iter().map(|s| s.name).collect();
        assert_eq!(
            sections.keys().map(String::as_str).collect::<Vec<_>>(),
            want
        );
        let required: Vec<&str> = SECTIONS
            .iter()
            .filter(|s| s.required)
            .map(|s| s.name)
            .collect();
        assert_eq!(names(root.get("required")), required);
        for section in SECTIONS {
            let s = section_schema(&root, &sections[section.name]);
            let keys: Vec<&str> = section.keys.iter().map(|k| k.name).collect();
            assert_eq!(names(s.get("properties")), keys, "{}", section.name);
            let required: Vec<&str> = section
                .keys
                .iter()
                .filter(|k| k.required)
                .map(|k| k.name)
                .collect();
            assert_eq!(names(s.get("required")), required, "{}", section.name);
            let patterns: Vec<&str> = section.more.iter().map(|m| m.pattern).collect();
            assert_eq!(
                names(s.get("patternProperties")),
                patterns,
                "{}",
                section.name
            );
            assert_eq!(s["additionalProperties"], false, "{}", section.name);
        }
    }
}

/// The model reads every key of the table (it writes it back), and no other:
/// [`TrialIni::from_value`], [`builds`] and [`Section::reads`] agree.
#[test]
fn the_model_reads_the_tables_keys() {
    for section in SECTIONS {
        let keys = section.keys.iter().map(|k| k.name);
        for key in keys.chain(PROBES.iter().copied()) {
            let v = serde_json::json!({ section.name: { key: "x" } });
            let read = TrialIni::from_value(v.clone());
            assert_eq!(read.is_ok(), section.reads(key), "{}.{key}", section.name);
            assert_eq!(builds(&v), section.reads(key), "{}.{key}", section.name);
            if let Ok(ini) = read {
                assert_eq!(ini.to_ini(), format!("[{}]\n{key} = x\n", section.name));
            }
        }
        let v = serde_json::json!({ section.name: { "zzz": 1 } });
        assert!(!builds(&v) && TrialIni::from_value(v).is_err());
    }
    assert!(section("nope").is_none());
    for v in [
        serde_json::json!({"nope": {}}),
        serde_json::json!({"platform_config": "x"}),
        serde_json::json!({"platform_config": {"name": 1}}),
        serde_json::json!([]),
    ] {
        assert!(!builds(&v) && TrialIni::from_value(v).is_err());
    }
}

/// The shape check (the validation schema, as `rules::dispatch` runs it) accepts every key of
/// the table, rejects a key no section reads, and asks for the required ones.
#[test]
fn the_shape_check_accepts_the_tables_keys() {
    let check = |text: &str| {
        let parsed = crate::source::ini::parse(text);
        assert!(parsed.problems.is_empty(), "{text}");
        let root: Node = parsed.root.unwrap();
        crate::shape::check(
            &root,
            crate::schema::validation_schema(crate::kind::Kind::TrialIni),
            &crate::source::path::NodePath::root(),
            crate::shape::Options {
                skip_clean: true,
                ..crate::shape::Options::default()
            },
        )
    };
    let mut all = String::new();
    for section in SECTIONS {
        all.push_str(&format!("[{}]\n", section.name));
        for key in section.keys {
            all.push_str(&format!("{} = x\n", key.name));
        }
        if let Some(more) = section.more {
            let sample = PROBES.iter().find(|p| (more.matches)(p)).unwrap();
            all.push_str(&format!("{sample} = x\n"));
        }
    }
    let outcome = check(&all);
    assert!(outcome.findings.is_empty(), "{:?}", outcome.findings);
    assert!(outcome.removed.is_empty(), "{:?}", outcome.removed);
    for section in SECTIONS {
        let text = all.replace(
            &format!("[{}]\n", section.name),
            &format!("[{}]\nzzz = x\n", section.name),
        );
        let outcome = check(&text);
        assert_eq!(
            outcome.removed,
            vec![
                crate::source::path::NodePath::root()
                    .key(section.name)
                    .key("zzz")
            ]
        );
        for key in section.keys.iter().filter(|k| k.required) {
            let text = all.replace(&format!("\n{} = x\n", key.name), "\n");
            let outcome = check(&text);
            assert_eq!(outcome.findings.len(), 1, "{}.{}", section.name, key.name);
            assert_eq!(outcome.findings[0].rule.name, "missing-required");
        }
    }
    for section in SECTIONS.iter().filter(|s| s.required) {
        let start = all.find(&format!("[{}]", section.name)).unwrap();
        let end = all[start + 1..]
            .find('[')
            .map_or(all.len(), |e| e + start + 1);
        let text = format!("{}{}", &all[..start], &all[end..]);
        let outcome = check(&text);
        assert_eq!(outcome.findings.len(), 1, "{}", section.name);
        assert_eq!(outcome.findings[0].rule.name, "missing-required");
    }
}

/// A key the table marks secret is one that the secrets masking (`source::secrets`) masks,
/// and no other key of the table is.
#[test]
fn secrets_are_the_tables_secrets() {
    for section in SECTIONS {
        for key in section.keys {
            assert_eq!(
                crate::secrets::is_secret_key(key.name),
                key.secret,
                "{}.{}",
                section.name,
                key.name
            );
        }
    }
}

/// The lookups.
#[test]
fn lookups() {
    assert_eq!(
        needed_by("MaxCompute").map(|s| s.name),
        Some(odps_config::SECTION)
    );
    assert_eq!(needed_by("DLC").map(|s| s.name), Some(dlc_config::SECTION));
    assert_eq!(
        needed_by("PAIFLOW").map(|s| s.name),
        Some(paiflow_config::SECTION)
    );
    assert!(needed_by("Local").is_none());
    assert_eq!(
        one_of(metric_config::SECTION, metric_config::METRIC_TYPE),
        METRIC_TYPES
    );
    assert!(one_of(metric_config::SECTION, metric_config::METRIC_DICT).is_empty());
}
