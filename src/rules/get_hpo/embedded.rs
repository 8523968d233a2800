//! The documents a GetHpoExperiment response carries in strings (`ConfigYml`, `ConfigIni`,
//! `SearchSpace`): which members, and of which kinds. The pipeline parses and checks them as
//! documents of their own ([`crate::document::embedded_documents`]); the response rules get them.

pub use crate::document::EMBEDDED;
