//! Deterministic generators of scaled documents, shared by the benches (`benches/check.rs`) and
//! the ratio runner (`examples/perf_ratios.rs`, which includes this file by path).
//!
//! Every generator is a pure function of its size argument: the same size gives the same bytes,
//! so timings of different runs and machines compare. The documents are realistic (mostly valid,
//! formatted as people and tools write them) with a small share of problems, so that locating
//! findings is part of what is measured:
//! - search spaces: about 1 parameter in 100 has an empty range (`high < low`, one finding);
//! - exp.yml: 1 machine in 50 has an unknown key (`sshKeyFile`, one finding with the test
//!   schema `tests/shape/exp_schema.json`);
//! - trial.ini and GetHpoExperiment: valid as far as the rules in the tree go.

#![allow(dead_code)]

use std::fmt::Write as _;

use hpoconf::Kind;
use hpoconf::kind::Format;

/// One scaled document: its file name, kind, format and text.
pub struct Doc {
    /// A short label for the bench id (`search_space/100000`).
    pub label: String,
    /// The file name given to `check_str` (its kind is detected from it).
    pub name: &'static str,
    /// The document's kind.
    pub kind: Kind,
    /// The text's format (for the raw parsers).
    pub format: Format,
    /// The text.
    pub text: String,
}

/// A small deterministic generator (xorshift64*), so no `rand` dependency is needed.
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next value.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A value in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// One domain of parameter `i` as a JSON object (a line of its own), `bad` giving it an empty
/// range. Every tenth parameter is a choice with two nested sub-spaces.
fn domain_json(out: &mut String, i: usize, rng: &mut Rng, indent: &str) {
    let bad = i % 100 == 95 || i % 1000 == 997;
    match i % 10 {
        0 => {
            // a choice of nested sub-spaces (NNI's nested search space)
            let _ = write!(
                out,
                "{{\"_type\": \"choice\", \"_value\": [\n{indent}  {{\"_name\": \"linear\", \"c_{i}\": {{\"_type\": \"loguniform\", \"_value\": [0.0001, 10]}}}},\n{indent}  {{\"_name\": \"rbf\", \"c_{i}\": {{\"_type\": \"loguniform\", \"_value\": [0.0001, 10]}}, \"gamma_{i}\": {{\"_type\": \"choice\", \"_value\": [0.01, 0.1, 1]}}}}\n{indent}]}}"
            );
        }
        1 | 5 => {
            let (lo, hi) = if bad { (1.0, 0.5) } else { (0.0, 1.0) };
            let _ = write!(
                out,
                "{{\"_type\": \"uniform\", \"_value\": [{lo:?}, {hi:?}]}}"
            );
        }
        2 | 6 => {
            let lo = 1 + rng.below(10);
            let _ = write!(
                out,
                "{{\"_type\": \"loguniform\", \"_value\": [0.{lo:04}, 0.5]}}"
            );
        }
        3 | 7 => {
            let lo = rng.below(8);
            let (lo, hi) = if bad { (lo + 16, lo) } else { (lo, lo + 16) };
            let _ = write!(out, "{{\"_type\": \"randint\", \"_value\": [{lo}, {hi}]}}");
        }
        4 | 8 => {
            let q = 1 << rng.below(4);
            let _ = write!(
                out,
                "{{\"_type\": \"quniform\", \"_value\": [0, {}, {q}]}}",
                q * 32
            );
        }
        _ => {
            let a = rng.below(100);
            let _ = write!(
                out,
                "{{\"_type\": \"choice\", \"_value\": [{a}, {}, {}, \"auto\"]}}",
                a + 1,
                a + 2
            );
        }
    }
}

/// A search space of `n` top-level parameters, as pretty JSON (one parameter a line; nested
/// choices on three). About 75 bytes a parameter.
pub fn search_space_json(n: usize) -> String {
    space(n, false)
}

/// A PAI search space (names are `${p0}` placeholders) of `n` parameters.
pub fn pai_search_space_json(n: usize) -> String {
    space(n, true)
}

fn space(n: usize, pai: bool) -> String {
    let mut rng = Rng::new(n as u64);
    let mut out = String::with_capacity(n * 80 + 2);
    out.push_str("{\n");
    if pai {
        // the placeholders of the generated trial.ini commands
        out.push_str("  \"${lr}\": {\"_type\": \"loguniform\", \"_value\": [0.0001, 0.1]},\n");
        out.push_str("  \"${batch_size}\": {\"_type\": \"choice\", \"_value\": [16, 32, 64]},\n");
    }
    for i in 0..n {
        if pai {
            let _ = write!(out, "  \"${{p{i}}}\": ");
        } else {
            let _ = write!(out, "  \"p{i}\": ");
        }
        domain_json(&mut out, i, &mut rng, "  ");
        out.push_str(if i + 1 < n { ",\n" } else { "\n" });
    }
    out.push_str("}\n");
    out
}

/// A search space of about `bytes` bytes (the parameter count is scaled to reach it).
pub fn search_space_of_size(bytes: usize) -> String {
    let per = search_space_json(1000).len() / 1000;
    search_space_json(bytes / per.max(1))
}

/// An NNI v2 exp.yml on the remote platform with `machines` machines (1 in 50 with an unknown
/// key) and an inline search space of 20 parameters.
pub fn exp_yml(machines: usize) -> String {
    let mut rng = Rng::new(machines as u64 + 7);
    let mut out = String::with_capacity(machines * 110 + 1024);
    out.push_str(
        "# generated: an NNI v2 experiment on many remote machines\n\
         experimentName: scaled_remote\n\
         trialCommand: python3 train.py --epochs 10\n\
         trialCodeDirectory: .\n\
         trialConcurrency: 8\n\
         maxTrialNumber: 1000\n\
         maxExperimentDuration: 24h\n\
         logLevel: info\n\
         tuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximize\n\
         assessor:\n  name: Medianstop\n  classArgs:\n    optimize_mode: maximize\n\
         searchSpace:\n",
    );
    for i in 0..20 {
        let lo = rng.below(10);
        let _ = write!(
            out,
            "  p{i}:\n    _type: uniform\n    _value: [{lo}, {}]\n",
            lo + 5
        );
    }
    out.push_str("trainingService:\n  platform: remote\n  reuseMode: true\n  machineList:\n");
    for i in 0..machines {
        let _ = write!(
            out,
            "    - host: 10.{}.{}.{}\n      port: {}\n      user: nni{}\n      password: s3cret-{i:06}\n      useActiveGpu: {}\n",
            i / 65536 % 256,
            i / 256 % 256,
            i % 256,
            22 + rng.below(2) * 2000,
            i % 7,
            i % 2 == 0,
        );
        if i % 50 == 49 {
            out.push_str("      sshKeyFile: ~/.ssh/id_ed25519\n");
        }
    }
    out
}

/// A DLC trial.ini with `commands` commands (`cmd1`..`cmdN`, every fifth a continued line).
pub fn trial_ini(commands: usize) -> String {
    let mut out = String::with_capacity(commands * 120 + 512);
    out.push_str("[platform_config]\nname=DLC\n");
    for i in 1..=commands {
        if i % 5 == 0 {
            let _ = writeln!(
                out,
                "cmd{i}=dlc submit pytorchjob --name=job{i}_${{exp_id}}_${{trial_id}}\n    --command=\"python train.py --lr=${{lr}} --batch_size=${{batch_size}}\""
            );
        } else {
            let _ = writeln!(
                out,
                "cmd{i}=python step{i}.py --lr=${{lr}} --batch_size=${{batch_size}} --out=/data/${{exp_id}}_${{trial_id}}"
            );
        }
    }
    out.push_str(
        "\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=best\nmetric_dict={'loss=([0-9\\.]+)': 1}\n\
         \n[output_config]\nmodel_path=/root/data/model/${exp_id}_${trial_id}\n\
         \n[dlc_config]\nendpoint=pai-dlc.cn-hangzhou.aliyuncs.com\nregion=cn-hangzhou\nprotocol=http\n\
         role_arn=acs:ram::1234567890123456:role/aliyunpaidlcdefaultrole\n",
    );
    out
}

/// `s` as a JSON string literal (with its quotes).
fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// A GetHpoExperiment response whose embedded `ConfigYml` (an exp.yml with `scale / 3`
/// machines), `ConfigIni` (a trial.ini with `scale` commands) and `SearchSpace` (a PAI space
/// of `scale` parameters, as a string) are big. `scale = 4300` gives about 1 MB (the size issue 6
/// names), `scale = 430` about 100 KB.
pub fn get_hpo_experiment(scale: usize) -> String {
    let yml = exp_yml(scale / 3);
    let ini = trial_ini(scale);
    let space = pai_search_space_json(scale);
    format!(
        "{{\n  \"RequestId\": \"3F190916-B3E5-5D1E-AD0C-35C0DF105F51\",\n  \"ExperimentId\": \"sX5O9Q8\",\n  \"Creator\": 123456789,\n  \"Name\": \"scaled_exp\",\n  \"Status\": \"SUCCESS\",\n  \"JobType\": 1,\n  \"SearchSpace\": {},\n  \"ConfigIni\": {},\n  \"ConfigYml\": {},\n  \"GmtCreateTime\": \"2024-01-01 08:30:11\",\n  \"GmtModifiedTime\": \"2024-01-01 08:30:11\",\n  \"WorkspaceId\": \"12345\"\n}}\n",
        json_string(&space),
        json_string(&ini),
        json_string(&yml),
    )
}

/// The scaled documents of the benches, by kind, smallest first; each list steps by 10x so
/// that linearity can be read off (10x the input should cost at most 12x the time).
pub fn scaled() -> Vec<Doc> {
    let mut docs = Vec::new();
    for n in [10, 1_000, 10_000, 100_000] {
        docs.push(Doc {
            label: format!("search_space/{n}"),
            name: "search_space.json",
            kind: Kind::SearchSpace,
            format: Format::Json,
            text: search_space_json(n),
        });
    }
    for n in [100, 1_000, 10_000] {
        docs.push(Doc {
            label: format!("exp_yml/{n}_machines"),
            name: "exp.yml",
            kind: Kind::ExpYml,
            format: Format::Yaml,
            text: exp_yml(n),
        });
    }
    for n in [1_000, 10_000, 100_000] {
        docs.push(Doc {
            label: format!("trial_ini/{n}_cmds"),
            name: "trial.ini",
            kind: Kind::TrialIni,
            format: Format::Ini,
            text: trial_ini(n),
        });
    }
    for n in [430, 4_300] {
        docs.push(Doc {
            label: format!("get_hpo/{n}"),
            name: "get_hpo_experiment.json",
            kind: Kind::GetHpoExperiment,
            format: Format::Json,
            text: get_hpo_experiment(n),
        });
    }
    docs
}

/// The fixtures under `fixtures/` (relative to the crate root), as `(path, text)`.
pub fn fixtures() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(text) = std::fs::read_to_string(&p) {
                let rel = p
                    .strip_prefix(&root)
                    .map(|r| r.to_string_lossy().into_owned())
                    .unwrap_or_default();
                out.push((rel, text));
            }
        }
    }
    out.sort();
    out
}

/// The test schema for exp.yml (a realistic one; the crate's own is a stub until the models land).
pub fn exp_schema() -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/shape/exp_schema.json");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// The raw parse of the benches' baseline: serde_json or serde-saphyr to a `serde_json::Value`,
/// or the crate's INI reader. Returns a number derived from the result so nothing is optimized
/// away.
pub fn raw_parse(format: Format, text: &str) -> usize {
    match format {
        Format::Json => serde_json::from_str::<serde_json::Value>(text)
            .map(|v| v.as_object().map_or(0, |o| o.len()))
            .unwrap_or(0),
        Format::Yaml => serde_saphyr::from_str::<serde_json::Value>(text)
            .map(|v| v.as_object().map_or(0, |o| o.len()))
            .unwrap_or(0),
        Format::Ini => {
            let p = hpoconf::source::ini::parse(text);
            p.problems.len() + usize::from(p.root.is_some())
        }
    }
}

/// The span tree of the text (`hpoconf::source::parse`); returns the number of problems.
pub fn tree_parse(format: Format, text: &str) -> usize {
    let p = hpoconf::source::parse(format, text);
    p.problems.len() + usize::from(p.root.is_some())
}

/// The full check (`hpoconf::check_str`); returns the number of diagnostics.
pub fn full_check(name: &str, text: &str) -> usize {
    hpoconf::check_str(name, text, None).diagnostics.len()
}

/// The raw parse of a GetHpoExperiment response *and* of the documents in its strings
/// (`ConfigYml` with serde-saphyr, `ConfigIni` with the INI reader, `SearchSpace` with
/// serde_json): the raw baseline of everything `check_str` reads in such a file.
pub fn raw_parse_deep(kind: Kind, format: Format, text: &str) -> usize {
    if kind != Kind::GetHpoExperiment {
        return raw_parse(format, text);
    }
    let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else {
        return 0;
    };
    let mut n = v.as_object().map_or(0, |o| o.len());
    for (member, format) in [
        ("ConfigYml", Format::Yaml),
        ("ConfigIni", Format::Ini),
        ("SearchSpace", Format::Json),
    ] {
        if let Some(s) = v.get(member).and_then(serde_json::Value::as_str) {
            n += raw_parse(format, s);
        }
    }
    n
}

/// Parses an exp.yml, checks its shape against `schema` (NNI key matching) and locates every
/// finding (line and column), as `check_str` will once the real schema lands. Returns the
/// number of diagnostics.
pub fn shape_check(schema: &serde_json::Value, text: &str) -> usize {
    let file = hpoconf::check::FileText::new("exp.yml", text.to_owned());
    let doc = hpoconf::check::Document::whole(Kind::ExpYml, file);
    let Some(root) = doc.root() else {
        return 0;
    };
    let options = hpoconf::shape::Options {
        nni_keys: true,
        unknown_is_warning: false,
        skip_clean: false,
    };
    let outcome = hpoconf::shape::check(
        root,
        schema,
        &hpoconf::source::path::NodePath::root(),
        options,
    );
    outcome
        .findings
        .into_iter()
        .map(|f| doc.resolve(f))
        .filter(|d| d.line > 0)
        .count()
}

/// The typed parse with its source map: the span tree, then the shape check against the kind's
/// validation schema (whose `clean` value is what the typed model is built from) and
/// `from_value` into the model (for a search space, which has no shape check: the tree as JSON
/// into [`hpoconf::model::SearchSpace`]). Returns 1 when the model was built.
pub fn typed_parse(kind: Kind, format: Format, text: &str) -> usize {
    use hpoconf::model;
    let parsed = hpoconf::source::parse(format, text);
    let Some(root) = parsed.root else {
        return 0;
    };
    if kind == Kind::SearchSpace {
        return usize::from(model::SearchSpace::from_value(root.to_json()).is_ok());
    }
    let options = hpoconf::shape::Options {
        nni_keys: kind == Kind::ExpYml,
        unknown_is_warning: matches!(kind, Kind::HpoConfig | Kind::GetHpoExperiment),
        skip_clean: false,
    };
    let outcome = hpoconf::shape::check(
        &root,
        hpoconf::schema::validation_schema(kind),
        &hpoconf::source::path::NodePath::root(),
        options,
    );
    let clean = outcome.clean;
    usize::from(match kind {
        Kind::ExpYml => model::ExperimentConfig::from_value(clean).is_ok(),
        Kind::TrialIni => model::TrialIni::from_value(clean).is_ok(),
        Kind::HpoConfig => model::HpoExperimentConfiguration::from_value(clean).is_ok(),
        Kind::GetHpoExperiment => model::GetHpoExperimentResponse::from_value(clean).is_ok(),
        Kind::SearchSpace => false,
    })
}
