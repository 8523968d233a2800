//! `${x}` placeholders and their search-space parameters: go to definition, find references,
//! and the parameter's domain for hover.

use lsp_types::{Location, Range, Uri};

use crate::kind::{self, Kind};
use crate::rules::cross::placeholders;
use crate::source::{Member, Value};

use super::state::{self, FileRef, State};
use super::text::{self, Lines};

/// The `${x}` at byte `offset` of `text`: its byte range and text.
pub fn placeholder_at(text: &str, offset: usize) -> Option<(usize, usize, &str)> {
    let lines = Lines::new(text);
    let (start, end) = lines.line(text, lines.line_of(offset))?;
    let line = text.get(start..end)?;
    placeholders::scan(line)
        .into_iter()
        .map(|(s, e)| (start + s, start + e))
        .find(|(s, e)| (*s..=*e).contains(&offset))
        .and_then(|(s, e)| Some((s, e, text.get(s..e)?)))
}

/// Whether the search-space key `key` is the parameter `${x}` names (`${x}` or `x`).
pub fn names(key: &str, placeholder: &str) -> bool {
    key == placeholder
        || placeholder
            .strip_prefix("${")
            .and_then(|p| p.strip_suffix('}'))
            .is_some_and(|bare| bare == key)
}

/// The search-space member of the parameter `${x}`, in `space`.
pub fn parameter<'a>(members: &'a [Member], placeholder: &str) -> Option<&'a Member> {
    members.iter().find(|m| names(&m.key, placeholder))
}

/// The `${x}` form of a search-space key (`lr` -> `${lr}`).
pub fn as_placeholder(key: &str) -> String {
    if key.starts_with("${") {
        key.to_owned()
    } else {
        format!("${{{key}}}")
    }
}

fn uri_of(state: &State, path: &str) -> Option<Uri> {
    let uri = state
        .docs
        .values()
        .find(|d| d.path == path)
        .map_or_else(|| text::path_to_uri(path), |d| d.uri.clone());
    uri.parse().ok()
}

fn location(state: &State, file: &FileRef, start: usize, end: usize) -> Option<Location> {
    let lines = Lines::new(&file.text);
    Some(Location::new(
        uri_of(state, &file.path)?,
        lines.range(&file.text, start, end),
    ))
}

/// Go to definition: from a `${x}` to its search-space parameter.
pub fn definition(state: &State, path: &str, text: &str, offset: usize) -> Option<Location> {
    let (_, _, name) = placeholder_at(text, offset)?;
    let space = state.experiment_of(path).space?;
    let (_, root) = state::space_root(&space)?;
    let m = parameter(root.as_object()?, name)?;
    location(state, &space, m.key_span.start(), m.key_span.end())
}

/// Find references: the search-space parameter (from its key, or from a `${x}`) and every
/// `${x}` in the experiment's trial.ini and exp.yml.
pub fn references(
    state: &State,
    path: &str,
    text: &str,
    offset: usize,
    include_declaration: bool,
) -> Vec<Location> {
    let files = state.experiment_of(path);
    let name = match placeholder_at(text, offset) {
        Some((_, _, n)) => n.to_owned(),
        None => {
            // on a key of the search space
            let Some(space) = files.space.as_ref().filter(|s| s.path == path) else {
                return Vec::new();
            };
            let Some((_, root)) = state::space_root(space) else {
                return Vec::new();
            };
            let Some(m) = root.as_object().and_then(|ms| {
                ms.iter()
                    .find(|m| (m.key_span.start()..=m.key_span.end()).contains(&offset))
            }) else {
                return Vec::new();
            };
            as_placeholder(&m.key)
        }
    };
    let mut out = Vec::new();
    if include_declaration
        && let Some(space) = &files.space
        && let Some((_, root)) = state::space_root(space)
        && let Some(m) = root.as_object().and_then(|ms| parameter(ms, &name))
        && let Some(l) = location(state, space, m.key_span.start(), m.key_span.end())
    {
        out.push(l);
    }
    for f in [&files.ini, &files.exp].into_iter().flatten() {
        for (s, e) in uses(f) {
            if f.text.get(s..e).is_some_and(|u| names_same(u, &name))
                && let Some(l) = location(state, f, s, e)
            {
                out.push(l);
            }
        }
    }
    out
}

fn names_same(a: &str, b: &str) -> bool {
    a == b || as_placeholder(a) == as_placeholder(b)
}

/// The byte ranges of the `${x}` in a file's lines (comment lines skipped).
fn uses(f: &FileRef) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in f.text.split_inclusive('\n') {
        let t = line.trim_start();
        if !(t.starts_with('#') || t.starts_with(';')) {
            out.extend(
                placeholders::scan(line)
                    .into_iter()
                    .map(|(s, e)| (offset + s, offset + e)),
            );
        }
        offset += line.len();
    }
    out
}

/// The hover of a `${x}`: the domain of its parameter, from the search space.
pub fn hover(state: &State, path: &str, text: &str, offset: usize) -> Option<(String, Range)> {
    let (s, e, name) = placeholder_at(text, offset)?;
    let lines = Lines::new(text);
    let range = lines.range(text, s, e);
    if placeholders::BUILTINS.contains(&name) {
        return Some((
            format!("`{name}`: filled in by hpo_tools (a built-in placeholder)."),
            range,
        ));
    }
    let Some(space) = state.experiment_of(path).space else {
        return Some((
            format!("`{name}`: no search space found for this experiment."),
            range,
        ));
    };
    let shown = space.path.rsplit('/').next().unwrap_or(&space.path);
    let Some(m) =
        state::space_root(&space).and_then(|(_, root)| parameter(root.as_object()?, name).cloned())
    else {
        return Some((format!("`{name}` is not a parameter of `{shown}`."), range));
    };
    Some((format!("`{name}` in `{shown}`: {}", domain(&m)), range))
}

/// A domain in words: `loguniform` over `[0.0001, 0.1]`.
pub fn domain(m: &Member) -> String {
    let ty = m.value.get("_type").and_then(|t| t.as_str()).unwrap_or("?");
    let value = m
        .value
        .get("_value")
        .map(|v| v.to_json().to_string())
        .unwrap_or_else(|| "?".to_owned());
    match &m.value.value {
        Value::Object(_) => format!("`{ty}` over `{value}`"),
        _ => "not a domain object".to_owned(),
    }
}

/// The parameters of the search space of the experiment of `path`, as `(${x}, domain)`.
pub fn parameters(state: &State, path: &str) -> Vec<(String, String)> {
    let Some(space) = state.experiment_of(path).space else {
        return Vec::new();
    };
    if kind::detect(&space.path, &space.text) != Some(Kind::SearchSpace)
        && !space.path.ends_with(".json")
    {
        return Vec::new();
    }
    let Some((_, root)) = state::space_root(&space) else {
        return Vec::new();
    };
    root.as_object()
        .unwrap_or_default()
        .iter()
        .filter(|m| m.key != "$schema")
        .map(|m| (as_placeholder(&m.key), domain(m)))
        .collect()
}
