//! The files an exp.yml names must exist.

use super::{Experiment, Target};
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::kind::Kind;
use crate::rules::{ExampleFile, Finding, Rule};

/// HPO701: a file named by exp.yml does not exist.
pub static MISSING_FILE: Rule = Rule {
    code: "HPO701",
    name: "missing-file",
    severity: Severity::Error,
    fix: None,
    kinds: &[Kind::ExpYml],
    summary: "a file named by exp.yml (searchSpaceFile, --config= in trialCommand) does not exist",
    description: "Paths resolve against the folder of the exp.yml, as NNI resolves them. NNI fails at \
start with `Failed to load search space file`; hpo_tools fails in the first trial. Reported in \
exp.yml, at the member that names the file, with the path it was looked for at. In a \
GetHpoExperiment response the files are the response's own `SearchSpace` and `ConfigIni`, never \
looked for on disk.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "searchSpaceFile: no_such_space.json\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// Reports each named file that is missing.
pub fn check<'a>(exp: &Experiment<'a>, out: &mut Vec<(&'a Document, Finding)>) {
    for (target, what) in [
        (&exp.space, "search space file"),
        (&exp.ini, "trial.ini named by `--config=`"),
    ] {
        if let Target::Missing(r, resolved) = target {
            let mut f = Finding::new(
                &MISSING_FILE,
                r.pointer.clone(),
                format!(
                    "the {what} `{}` does not exist (looked for `{resolved}`)",
                    r.written
                ),
            )
            .help("paths are relative to the folder of the exp.yml");
            if let Some(span) = r.span {
                f = f.span(span);
            }
            out.push((exp.exp, f));
        }
    }
}
