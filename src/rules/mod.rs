//! The rules: every check hpoconf makes, each a static [`Rule`] descriptor (stable code,
//! kebab-case name, default severity, documentation with a failing example and its fix) plus
//! the function that finds it. `hpoconf explain`, `hpoconf rules`, SARIF `rules[]` and
//! `docs/rules.md` are all generated from [`all()`].
//!
//! Code ranges: `HPO0xx` syntax, `HPO1xx` shape, `HPO2xx` search space, `HPO3xx` exp.yml,
//! `HPO4xx` trial.ini, `HPO5xx` HpoExperimentConfiguration, `HPO6xx` GetHpoExperiment,
//! `HPO7xx` cross-field and cross-file.

pub(crate) mod cross;
pub(crate) mod dispatch;
pub mod exp_yml;
pub(crate) mod get_hpo;
pub(crate) mod hpo_config;
pub mod search_space;
pub(crate) mod suppress;
pub(crate) mod trial_ini;

pub use crate::document::syntax;
pub use crate::finding::suggest::{self, Suggester, clearly_closest, did_you_mean, enum_fix};
pub use crate::finding::{ExampleFile, Finding, Rule, default_docs_url, information_uri};
pub use crate::shape::rules as shape;
pub use dispatch::check_kind;

/// Every rule, in code order.
pub fn all() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = Vec::new();
    rules.extend_from_slice(syntax::RULES);
    rules.extend_from_slice(shape::RULES);
    rules.extend_from_slice(exp_yml::RULES);
    rules.extend_from_slice(get_hpo::RULES);
    rules.extend_from_slice(cross::RULES);
    rules.extend_from_slice(search_space::RULES);
    rules.extend_from_slice(trial_ini::RULES);
    rules.extend_from_slice(hpo_config::RULES);
    rules.extend_from_slice(suppress::RULES);
    rules.sort_by_key(|r| r.code);
    rules
}

/// The rule with this code or name (case-insensitive).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| {
        r.code.eq_ignore_ascii_case(code_or_name) || r.name.eq_ignore_ascii_case(code_or_name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let rules = all();
        let mut codes = std::collections::HashSet::new();
        let mut names = std::collections::HashSet::new();
        for r in &rules {
            assert!(codes.insert(r.code), "duplicate code {}", r.code);
            assert!(names.insert(r.name), "duplicate name {}", r.name);
            assert!(r.code.starts_with("HPO") && r.code.len() == 6, "{}", r.code);
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
                "{}",
                r.name
            );
            assert!(
                !r.summary.is_empty() && !r.bad.is_empty() && !r.good.is_empty(),
                "{}",
                r.code
            );
        }
    }
}
