//! `hpoconf migrate`: an NNI v1 exp.yml written as the v2 file NNI 3.0's conversion makes of
//! it ([`crate::convert`]), as YAML a person would write (see [`crate::convert::emit`]).
//!
//! ```
//! let v1 = "authorName: me\ntrialConcurrency: 1\ntrainingServicePlatform: local\n\
//!           searchSpacePath: search_space.json\ntuner:\n  builtinTunerName: TPE\n\
//!           trial:\n  command: python3 train.py\n  codeDir: .\n";
//! let hpoconf::migrate::Migration::Converted(v2) = hpoconf::migrate::migrate("config.yml", v1).unwrap()
//! else { panic!("a v1 file") };
//! assert!(v2.contains("trialCommand: python3 train.py"));
//! assert!(v2.contains("trainingService:\n  platform: local"));
//! ```

use crate::check::{self, Document, FileReport, FileText};
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::source::{Node, Value};

/// What [`migrate`] made of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Migration {
    /// A v1 config, converted: the v2 YAML text.
    Converted(String),
    /// Not a v1 config (already v2): nothing to do.
    AlreadyV2,
}

/// Why a file cannot be migrated.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MigrateError {
    /// The file cannot be read as YAML, or NNI 3.0's conversion refuses it: the check report
    /// (as `hpoconf check` gives it) says why.
    #[error("{} cannot be converted: {} error(s)", .0.path, .0.count(Severity::Error))]
    Blocked(FileReport),
}

/// Converts the text of an NNI v1 exp.yml to v2. `name` is the file's name, as reported.
pub fn migrate(name: &str, text: &str) -> Result<Migration, MigrateError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = Document::whole(Kind::ExpYml, FileText::new(name, text.to_owned()));
    let blocked = || MigrateError::Blocked(check::check_str(name, text, Some(Kind::ExpYml)));
    let Some(root) = doc.root() else {
        return Err(blocked());
    };
    if doc
        .parsed
        .problems
        .iter()
        .any(|p| crate::rules::syntax::rule_for(p.kind).severity == Severity::Error)
    {
        return Err(blocked());
    }
    let Some(conv) = &doc.v1 else {
        let _ = root;
        return Ok(Migration::AlreadyV2);
    };
    match &conv.root {
        Some(v2) => {
            let mut v2 = v2.clone();
            fix_passphrases(&mut v2);
            Ok(Migration::Converted(crate::convert::emit::to_yaml(
                doc.text(),
                &v2,
            )))
        }
        None => Err(blocked()),
    }
}

/// The one place where the file written differs from `to_v2`'s result: NNI 3.0 keeps a remote
/// machine's `passphrase` under its v1 name, which its own v2 loader refuses (HPO390); the
/// written file names it `sshPassphrase`, as v2 does.
fn fix_passphrases(v2: &mut Node) {
    let Value::Object(top) = &mut v2.value else {
        return;
    };
    let Some(ts) = top.iter_mut().find(|m| m.key == "trainingService") else {
        return;
    };
    let Value::Object(ts) = &mut ts.value.value else {
        return;
    };
    let Some(list) = ts.iter_mut().find(|m| m.key == "machineList") else {
        return;
    };
    let Value::Array(machines) = &mut list.value.value else {
        return;
    };
    for machine in machines.iter_mut() {
        if let Value::Object(members) = &mut machine.value
            && !members.iter().any(|m| m.key == "sshPassphrase")
            && let Some(m) = members.iter_mut().find(|m| m.key == "passphrase")
        {
            m.key = "sshPassphrase".into();
        }
    }
}
