//! The integration tests, in one binary (one link after a change, as cargo's own testsuite does).
//! Each module is one area; `common` and `cli_support` are their shared helpers.

mod cli_support;
mod common;

mod architecture;
mod batches;
mod bounds;
mod cli_config;
mod cli_corpus;
mod cli_exit;
#[cfg(unix)]
mod cli_faults;
mod cli_fix;
mod cli_format;
mod cli_options;
mod cli_reports;
mod cli_run;
mod cli_suppress;
mod cli_walk;
mod corpus;
mod cross_rules;
mod docs;
mod exp_yml_rules;
mod fix_examples;
mod fix_props;
mod fixtures;
mod get_hpo_rules;
mod hostile;
mod hpo_config_rules;
mod locations;
mod model_props;
mod model_roundtrip;
mod model_schemas;
mod no_panic;
mod pipeline;
mod public_api;
mod realworld;
mod regressions;
mod rule_examples;
mod schemas;
mod search_space_rules;
mod secret_positions;
mod secrets;
#[cfg(feature = "server")]
mod server;
mod shape;
mod source_readers;
mod trial_ini_rules;
mod v1;
