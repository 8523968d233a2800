//! The JSON Schemas against the typed models: every schema compiles, the documented sample
//! validates, and the schemas reject what the models reject.

use hpoconf::Kind;
use hpoconf::model::search_space::Domain;
use hpoconf::schema::{Draft, schema_for, validation_schema};
use serde_json::{Value, json};

use crate::model_roundtrip::sample;

fn errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).unwrap();
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn assert_valid(kind: Kind, instance: &Value) {
    for schema in [
        schema_for(kind, Draft::Draft07),
        schema_for(kind, Draft::Draft2020_12),
        validation_schema(kind).clone(),
    ] {
        let errs = errors(&schema, instance);
        assert!(errs.is_empty(), "{kind}: {errs:#?}");
    }
}

fn assert_invalid(kind: Kind, instance: &Value) {
    for schema in [
        schema_for(kind, Draft::Draft07),
        schema_for(kind, Draft::Draft2020_12),
        validation_schema(kind).clone(),
    ] {
        assert!(!errors(&schema, instance).is_empty(), "{kind}: {instance}");
    }
}

#[test]
fn every_schema_compiles() {
    for kind in Kind::ALL {
        for draft in [Draft::Draft07, Draft::Draft2020_12] {
            let schema = schema_for(kind, draft);
            jsonschema::validator_for(&schema).unwrap();
            assert_eq!(
                schema["$id"],
                json!(format!(
                    "https://hpoconf.dev/schemas/{}.schema.json",
                    kind.id()
                ))
            );
        }
        let v = validation_schema(kind);
        jsonschema::validator_for(v).unwrap();
        assert_eq!(
            v["$schema"],
            json!("http://json-schema.org/draft-07/schema#")
        );
    }
}

#[test]
fn the_documented_sample_validates() {
    let v = sample();
    assert_valid(Kind::GetHpoExperiment, &v);
    assert_valid(Kind::HpoConfig, &v["HpoExperimentConfiguration"]);
    assert_valid(Kind::SearchSpace, &v["SearchSpace"]);
    let yml: Value = serde_saphyr::from_str(v["ConfigYml"].as_str().unwrap()).unwrap();
    assert_valid(Kind::ExpYml, &yml);
    let ini = json!({
        "platform_config": {"name": "MaxCompute", "cmd1": "PAI -name ps_smart"},
        "metric_config": {"metric_type": "table", "metric_source": "select 1", "metric_source_2": "select 2"},
        "odps_config": {"access_id": "foo", "access_key": "bar", "end_point": "http://service.odps.aliyun.com/api", "log_view_host": "http://logview.odps.aliyun.com", "project_name": "my_project"}
    });
    assert_valid(Kind::TrialIni, &ini);
    // Each kind's embedded examples validate too.
    for kind in Kind::ALL {
        let schema = schema_for(kind, Draft::Draft07);
        for example in schema["examples"].as_array().into_iter().flatten() {
            assert_valid(kind, example);
        }
    }
}

#[test]
fn schemas_carry_a_schema_member_for_json_kinds() {
    let mut v = sample();
    v["$schema"] = json!("https://hpoconf.dev/schemas/get-hpo-experiment.schema.json");
    assert_valid(Kind::GetHpoExperiment, &v);
    let mut c = v["HpoExperimentConfiguration"].clone();
    c["$schema"] = json!("https://hpoconf.dev/schemas/hpo-config.schema.json");
    assert_valid(Kind::HpoConfig, &c);
}

#[test]
fn schemas_reject_what_the_models_reject() {
    let base = json!({"trialCommand": "x", "trialConcurrency": 1, "tuner": {"name": "TPE"}, "trainingService": {"platform": "local"}});
    assert_valid(Kind::ExpYml, &base);
    let mut missing = base.clone();
    missing.as_object_mut().unwrap().remove("trialConcurrency");
    assert_invalid(Kind::ExpYml, &missing);
    for (key, value) in [
        ("trialConcurrency", json!(0)),
        ("trialConcurrency", json!("2")),
        ("trialConcurrency", json!(null)),
        ("trialConcurency", json!(2)),
        ("logLevel", json!("verbose")),
        ("maxTrialDuration", json!("1w")),
        ("maxTrialDuration", json!("90")),
        ("maxTrialDuration", json!("1 hour")),
        ("trainingService", json!({"platform": "lokal"})),
        (
            "trainingService",
            json!({"platform": "local", "machineList": []}),
        ),
        ("tunerGpuIndices", json!("0;1")),
    ] {
        let mut v = base.clone();
        v[key] = value;
        assert_invalid(Kind::ExpYml, &v);
    }
    for (key, value) in [
        ("maxTrialDuration", json!("1.5H")),
        ("maxTrialDuration", json!(" 30 m ")),
        ("maxTrialDuration", json!(90)),
        ("tunerGpuIndices", json!("0,1")),
        ("tunerGpuIndices", json!([0, 1])),
        ("experimentType", json!("hpo")),
    ] {
        let mut v = base.clone();
        v[key] = value;
        assert_valid(Kind::ExpYml, &v);
    }
    // snake_case is accepted by the editor schema, not by the validation schema.
    let snake = json!({"trial_command": "x", "trial_concurrency": 1, "tuner": {"name": "TPE", "class_args": {}}, "training_service": {"platform": "remote", "machine_list": [{"host": "h", "user": "u", "ssh_key_file": "k"}]}});
    assert!(errors(&schema_for(Kind::ExpYml, Draft::Draft07), &snake).is_empty());
    assert!(!errors(validation_schema(Kind::ExpYml), &snake).is_empty());
    // Unknown members: allowed by the editor schemas of the API kinds, not by the validation
    // schemas (the shape checker warns about them).
    let mut c = sample()["HpoExperimentConfiguration"].clone();
    c["future_config"] = json!({});
    c["platform_config"]["future"] = json!(1);
    assert!(errors(&schema_for(Kind::HpoConfig, Draft::Draft07), &c).is_empty());
    assert_eq!(errors(validation_schema(Kind::HpoConfig), &c).len(), 2);
    // trial.ini: dynamic keys by pattern, nothing else.
    let ini = json!({"platform_config": {"name": "DLC", "cmd1": "a", "command": "b"}, "metric_config": {"metric_type": "api"}});
    assert_invalid(Kind::TrialIni, &ini);
    // An inline search space is only "an object" for the shape checker.
    let mut v = base.clone();
    v["searchSpace"] = json!({"x": {"_type": "choise", "_value": [1]}});
    assert!(!errors(&schema_for(Kind::ExpYml, Draft::Draft07), &v).is_empty());
    assert!(errors(validation_schema(Kind::ExpYml), &v).is_empty());
}

/// Every `oneOf` branch of a definition has a `const` on the tag property.
fn assert_one_of_keyed_on(schema: &Value, definition: &str, tag: &str, values: &[&str]) {
    let def = &schema["definitions"][definition];
    let branches = def["oneOf"]
        .as_array()
        .unwrap_or_else(|| panic!("{definition}: {def}"));
    let consts: Vec<&str> = branches
        .iter()
        .map(|b| b["properties"][tag]["const"].as_str().unwrap())
        .collect();
    assert_eq!(consts, values);
    for b in branches {
        assert!(
            b["required"].as_array().unwrap().contains(&json!(tag)),
            "{b}"
        );
    }
}

#[test]
fn tagged_enums_are_one_of_keyed_on_a_const() {
    let s = validation_schema(Kind::ExpYml);
    assert_one_of_keyed_on(
        s,
        "TrainingService",
        "platform",
        &[
            "local",
            "remote",
            "openpai",
            "aml",
            "dlc",
            "kubeflow",
            "frameworkcontroller",
        ],
    );
    assert_one_of_keyed_on(s, "SharedStorage", "storageType", &["NFS", "AzureBlob"]);
    let s = validation_schema(Kind::SearchSpace);
    assert_one_of_keyed_on(s, "Domain", "_type", &Domain::TYPES);
}
