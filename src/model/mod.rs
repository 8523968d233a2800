//! Typed serde models of the five document kinds. (Stub: filled in by the models work.)
