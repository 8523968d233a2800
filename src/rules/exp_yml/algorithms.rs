//! The built-in tuners and assessors (SPEC.md §3) and the `classArgs` each accepts.
//!
//! Names match as NNI 3.0 matches them (`get_algo_meta`: the name or its alias, ignoring case),
//! so the class-name forms NNI's own examples use (`MetisTuner`, `BatchTuner`, `GPTuner`,
//! `PBTTuner`) are built-ins too.

/// What an algorithm is used as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlgoKind {
    /// A tuner (also accepted as `advisor`, for Hyperband and BOHB).
    Tuner,
    /// An assessor.
    Assessor,
}

impl AlgoKind {
    /// `tuner` / `assessor`.
    pub fn word(self) -> &'static str {
        match self {
            AlgoKind::Tuner => "tuner",
            AlgoKind::Assessor => "assessor",
        }
    }
}

/// The type and allowed values of one `classArgs` entry.
#[derive(Debug, Clone, Copy)]
pub enum ArgType {
    /// An integer in `min..=max`.
    Int(i64, i64),
    /// A boolean.
    Bool,
    /// A number (integers accepted) in `[min, max]`; `open_min` excludes `min`.
    Float {
        /// Lower bound.
        min: f64,
        /// Upper bound.
        max: f64,
        /// Whether the lower bound itself is excluded.
        open_min: bool,
    },
    /// Any string (a path, a directory).
    Str,
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// An object.
    Object,
}

/// One `classArgs` entry of a built-in.
#[derive(Debug, Clone, Copy)]
pub struct Arg {
    /// The key.
    pub key: &'static str,
    /// Its type.
    pub ty: ArgType,
    /// Whether the algorithm cannot start without it.
    pub required: bool,
}

/// A built-in algorithm.
#[derive(Debug)]
pub struct Builtin {
    /// The name SPEC.md and PAI use.
    pub name: &'static str,
    /// Other names NNI accepts for it (its registered name or alias).
    pub aliases: &'static [&'static str],
    /// Tuner or assessor.
    pub kind: AlgoKind,
    /// The accepted `classArgs`; `None` when hpoconf does not know them (no check).
    pub args: Option<&'static [Arg]>,
}

const OPTIMIZE: &[&str] = &["maximize", "minimize"];
const INT: ArgType = ArgType::Int(i64::MIN, i64::MAX);
const FLOAT: ArgType = ArgType::Float {
    min: f64::NEG_INFINITY,
    max: f64::INFINITY,
    open_min: false,
};

const fn opt(key: &'static str, ty: ArgType) -> Arg {
    Arg {
        key,
        ty,
        required: false,
    }
}

const fn req(key: &'static str, ty: ArgType) -> Arg {
    Arg {
        key,
        ty,
        required: true,
    }
}

const MODE: Arg = opt("optimize_mode", ArgType::Enum(OPTIMIZE));
const MODE_REQUIRED: Arg = req("optimize_mode", ArgType::Enum(OPTIMIZE));

const HYPEROPT_ARGS: &[Arg] = &[
    MODE,
    opt("parallel_optimize", ArgType::Bool),
    opt("constant_liar_type", ArgType::Enum(&["min", "max", "mean"])),
];

/// Every built-in, tuners first.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "TPE",
        aliases: &[],
        kind: AlgoKind::Tuner,
        args: Some(&[MODE, opt("seed", INT), opt("tpe_args", ArgType::Object)]),
    },
    Builtin {
        name: "Random",
        aliases: &["RandomSearch"],
        kind: AlgoKind::Tuner,
        args: Some(&[MODE, opt("seed", INT)]),
    },
    Builtin {
        name: "Anneal",
        aliases: &[],
        kind: AlgoKind::Tuner,
        args: Some(HYPEROPT_ARGS),
    },
    Builtin {
        name: "TPE_legacy",
        aliases: &[],
        kind: AlgoKind::Tuner,
        args: Some(HYPEROPT_ARGS),
    },
    Builtin {
        name: "GridSearch",
        aliases: &["GridSearchTuner"],
        kind: AlgoKind::Tuner,
        // "GridSearch or Batch with classArgs" is a cross-field rule (SPEC §7).
        args: None,
    },
    Builtin {
        name: "Batch",
        aliases: &["BatchTuner"],
        kind: AlgoKind::Tuner,
        args: None,
    },
    Builtin {
        name: "Evolution",
        aliases: &["EvolutionTuner"],
        kind: AlgoKind::Tuner,
        args: Some(&[
            MODE_REQUIRED,
            opt("population_size", ArgType::Int(0, 99_999)),
        ]),
    },
    Builtin {
        name: "SMAC",
        aliases: &["SMACTuner"],
        kind: AlgoKind::Tuner,
        // optional: NNI documents `default = maximize`, and NNI 3.0 runs SMAC configs without it
        args: Some(&[MODE, opt("config_dedup", ArgType::Bool)]),
    },
    Builtin {
        name: "Metis",
        aliases: &["MetisTuner"],
        kind: AlgoKind::Tuner,
        args: Some(&[
            MODE,
            opt("no_resampling", ArgType::Bool),
            opt("no_candidates", ArgType::Bool),
            opt("selection_num_starting_points", INT),
            opt("cold_start_num", INT),
        ]),
    },
    Builtin {
        name: "GP",
        aliases: &["GPTuner"],
        kind: AlgoKind::Tuner,
        args: Some(&[
            MODE,
            opt("utility", ArgType::Enum(&["ei", "ucb", "poi"])),
            opt("kappa", FLOAT),
            opt("xi", FLOAT),
            opt("nu", FLOAT),
            opt("alpha", FLOAT),
            opt("cold_start_num", INT),
            opt("selection_num_warm_up", INT),
            opt("selection_num_starting_points", INT),
        ]),
    },
    Builtin {
        name: "PBT",
        aliases: &["PBTTuner"],
        kind: AlgoKind::Tuner,
        args: Some(&[
            MODE_REQUIRED,
            opt("all_checkpoint_dir", ArgType::Str),
            opt("population_size", ArgType::Int(0, 99_999)),
            opt("factor", FLOAT),
            opt("resample_probability", FLOAT),
            opt("fraction", FLOAT),
        ]),
    },
    Builtin {
        name: "DNGO",
        aliases: &["DNGOTuner"],
        kind: AlgoKind::Tuner,
        args: Some(&[
            MODE,
            opt("sample_size", INT),
            opt("trials_per_update", INT),
            opt("num_epochs_per_training", INT),
        ]),
    },
    Builtin {
        name: "Hyperband",
        aliases: &[],
        kind: AlgoKind::Tuner,
        args: Some(&[
            MODE_REQUIRED,
            opt("R", INT),
            opt("eta", INT),
            opt("exec_mode", ArgType::Enum(&["serial", "parallelism"])),
        ]),
    },
    Builtin {
        name: "BOHB",
        aliases: &[],
        kind: AlgoKind::Tuner,
        args: Some(&[
            MODE_REQUIRED,
            opt("min_budget", INT),
            opt("max_budget", INT),
            opt("eta", INT),
            opt("top_n_percent", ArgType::Int(1, 99)),
            opt("num_samples", ArgType::Int(1, 9_999)),
            opt("random_fraction", FLOAT),
            opt("bandwidth_factor", FLOAT),
            opt("min_bandwidth", FLOAT),
            opt("config_space", ArgType::Str),
        ]),
    },
    // NNI built-ins outside SPEC's table: known names, classArgs not checked.
    Builtin {
        name: "NetworkMorphism",
        aliases: &["NetworkMorphismTuner"],
        kind: AlgoKind::Tuner,
        args: None,
    },
    Builtin {
        name: "PPOTuner",
        aliases: &["PPO"],
        kind: AlgoKind::Tuner,
        args: None,
    },
    Builtin {
        name: "RegularizedEvolutionTuner",
        aliases: &["RegularizedEvolution"],
        kind: AlgoKind::Tuner,
        args: None,
    },
    Builtin {
        name: "Medianstop",
        aliases: &["MedianstopAssessor"],
        kind: AlgoKind::Assessor,
        args: Some(&[MODE, opt("start_step", ArgType::Int(0, 9_999))]),
    },
    Builtin {
        name: "Curvefitting",
        aliases: &["CurvefittingAssessor"],
        kind: AlgoKind::Assessor,
        args: Some(&[
            req("epoch_num", ArgType::Int(0, 9_999)),
            opt("start_step", ArgType::Int(0, 9_999)),
            opt("threshold", FLOAT),
            opt("gap", ArgType::Int(1, 9_999)),
        ]),
    },
    Builtin {
        name: "PAIAssessor",
        aliases: &[],
        kind: AlgoKind::Assessor,
        args: Some(&[
            MODE,
            opt("start_step", ArgType::Int(0, i64::MAX)),
            opt("moving_avg", ArgType::Bool),
            opt(
                "proportion",
                ArgType::Float {
                    min: 0.0,
                    max: 1.0,
                    open_min: true,
                },
            ),
            opt("patience", ArgType::Int(1, i64::MAX)),
            opt("earlystop", ArgType::Bool),
            // EasyRec's hpo_config.md example passes `platform: MAXCOMPUTE` (the platform the
            // trials run on, whose jobs the assessor stops)
            opt("platform", ArgType::Str),
        ]),
    },
];

/// The tuners PAI documents (SPEC §3).
pub const PAI_TUNERS: &[&str] = &["TPE", "GridSearch", "Random", "Evolution", "GP", "PBT"];

/// The built-in with this name or alias (ignoring case, as NNI does).
pub fn lookup(name: &str) -> Option<&'static Builtin> {
    let name = name.trim();
    BUILTINS.iter().find(|b| {
        b.name.eq_ignore_ascii_case(name) || b.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// Lowercase, without `_`/`-`, and without a trailing `tuner`/`assessor`/`advisor` (so that
/// `demotuner` is compared as `demo`).
fn stem(s: &str) -> String {
    let n: String = s
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    for suffix in ["tuner", "assessor", "advisor"] {
        if let Some(rest) = n.strip_suffix(suffix)
            && !rest.is_empty()
        {
            return rest.to_owned();
        }
    }
    n
}

/// The built-in an unknown name is a likely typo of: one edit away (two for long names), compared
/// on the stems. Deliberately tighter than the key suggestions: a far name may be an algorithm
/// registered with `nnictl algo register` (NNI's own tests use `demotuner`).
pub fn typo_of(name: &str) -> Option<&'static Builtin> {
    let w = stem(name);
    if w.is_empty() {
        return None;
    }
    let mut best: Option<(&'static Builtin, usize)> = None;
    for b in BUILTINS {
        for candidate in std::iter::once(&b.name).chain(b.aliases.iter()) {
            let c = stem(candidate);
            let d = strsim::damerau_levenshtein(&w, &c);
            let len = w.chars().count().max(c.chars().count());
            let limit = if len >= 9 { 2 } else { 1 };
            // A one-letter name is one edit from every short name: never a typo.
            if d <= limit && len >= 3 && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((b, d));
            }
        }
    }
    best.map(|(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_typos() {
        assert_eq!(lookup("metistuner").map(|b| b.name), Some("Metis"));
        assert_eq!(lookup("TPE").map(|b| b.name), Some("TPE"));
        assert!(lookup("demotuner").is_none());
        assert_eq!(typo_of("TPEE").map(|b| b.name), Some("TPE"));
        assert_eq!(typo_of("Evolutoin").map(|b| b.name), Some("Evolution"));
        assert!(typo_of("demotuner").is_none());
        assert!(typo_of("assess").is_none());
        assert!(typo_of("NaiveTuner").is_none());
        assert!(typo_of("OpEvo").is_none());
    }
}
