//! hpoconf: parse, validate and describe the configuration files of hyperparameter-optimization
//! experiments on Alibaba Cloud PAI AutoML and Microsoft NNI.
//!
//! The pipeline is `source -> model -> rules -> report`:
//! - [`source`] turns text into a span-aware tree ([`source::Node`]) and finds syntax problems;
//! - [`model`] holds the typed serde models of the five document kinds;
//! - [`shape`] checks a tree against a kind's JSON Schema and reports every shape problem;
//! - [`rules`] are the documented semantic checks, each a [`rules::Rule`] descriptor plus a function;
//! - [`check`] runs all of it on a file, a string or an experiment directory;
//! - `report` (with the `cli` feature) renders diagnostics as human text, JSON, SARIF or GitHub annotations.
//!
//! ```
//! let report = hpoconf::check_str(
//!     "search_space.json",
//!     r#"{"${lr}": {"_type": "loguniform", "_value": [0, 0.1]}}"#,
//!     None,
//! );
//! assert_eq!(report.kind, Some(hpoconf::Kind::SearchSpace));
//! assert!(report.diagnostics.iter().any(|d| d.severity == hpoconf::Severity::Error));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod check;
#[cfg(feature = "cli")]
pub mod cli;
pub mod config;
pub mod convert;
pub mod diagnostic;
pub mod document;
pub mod experiment;
pub mod finding;
pub mod fix;
mod hashing;
pub mod kind;
pub mod migrate;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod schema;
pub mod secrets;
#[cfg(feature = "server")]
pub mod server;
pub mod shape;
pub mod source;
pub mod suppress;
pub mod work;
pub mod workspace;

pub use check::{FileReport, check_bytes, check_owned, check_str};
pub use migrate::migrate;

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
pub use diagnostic::{Diagnostic, Severity};
pub use kind::Kind;
