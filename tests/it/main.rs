//! The integration tests, in one binary (one link after a change, as cargo's own testsuite does).
//! Each module is one area; `common` and `cli_support` are their shared helpers.

mod cli_support;
mod common;

mod cli_config;
mod cli_corpus;
mod cli_exit;
#[cfg(unix)]
mod cli_faults;
mod cli_format;
mod cli_run;
mod cli_suppress;
mod cli_walk;
mod corpus;
mod cross_rules;
mod docs;
mod exp_yml_rules;
mod fixtures;
mod get_hpo_rules;
mod hostile;
mod hpo_config_rules;
mod model_roundtrip;
mod no_panic;
mod pipeline;
mod regressions;
mod rule_examples;
mod schemas;
mod search_space_rules;
mod secrets;
mod shape;
mod source_readers;
mod trial_ini_rules;
