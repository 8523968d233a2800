//! The configuration: per-rule severities and excluded paths, from `hpoconf.toml` (or
//! `[tool.hpoconf]` in `pyproject.toml`) and from the command line.
//!
//! ```toml
//! [rules]
//! unknown-member = "off"   # by name
//! HPO108 = "error"         # or by code
//! [files]
//! exclude = ["experiments/old/**"]
//! [fixes]
//! unknown-key = "unsafe"   # --fix leaves it to --unsafe-fixes
//! HPO305 = "off"           # never fixed
//! ```
//!
//! Top-level keys (before any table): `select = ["HPO2", "unknown-key"]` reports only these
//! rules (codes, names, or code prefixes), `ignore = [...]` never reports these;
//! `docs-url = "URL"` is where SARIF's rule links point (a fork's docs/rules.md).
//!
//! The file that applies to a checked file is the nearest one found walking up from the file's
//! folder (the closest wins; files are not merged with those further up). Exclude patterns use
//! `.gitignore` syntax, relative to the configuration file's folder (to the current folder for
//! `--exclude`). Flags are applied on top of the file.

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Severity;
use crate::document::FileReport;
use crate::rules;
use crate::source::LineIndex;

/// The name of the configuration file.
pub const FILE_NAME: &str = "hpoconf.toml";

/// A rule's configured level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report as info.
    Info,
    /// Do not report.
    Off,
}

impl Level {
    const WORDS: [&'static str; 4] = ["error", "warning", "info", "off"];

    /// The level of a word (`error`, `warning`, `info`, `off`).
    pub fn parse(word: &str) -> Option<Level> {
        match word {
            "error" => Some(Level::Error),
            "warning" => Some(Level::Warning),
            "info" => Some(Level::Info),
            "off" => Some(Level::Off),
            _ => None,
        }
    }

    /// The severity it gives, `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

/// A rule's configured fix: how sure `--fix` takes its fixes to be, or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixSetting {
    /// Applied by `--fix` (a rule's unsafe fix made safe).
    Safe,
    /// Applied by `--unsafe-fixes` only.
    Unsafe,
    /// Never applied, and not reported as fixable.
    Off,
}

impl FixSetting {
    const WORDS: [&'static str; 3] = ["safe", "unsafe", "off"];

    /// The setting of a word (`safe`, `unsafe`, `off`).
    pub fn parse(word: &str) -> Option<FixSetting> {
        match word {
            "safe" => Some(FixSetting::Safe),
            "unsafe" => Some(FixSetting::Unsafe),
            "off" => Some(FixSetting::Off),
            _ => None,
        }
    }
}

/// Applies configured fix settings to a report: changes the applicability of fixes, removes
/// those turned off.
pub fn apply_fixes(report: &mut FileReport, fixes: &BTreeMap<&'static str, FixSetting>) {
    if fixes.is_empty() {
        return;
    }
    for d in &mut report.diagnostics {
        let Some(setting) = fixes.get(d.code.as_str()) else {
            continue;
        };
        match setting {
            FixSetting::Off => d.fix = None,
            FixSetting::Safe => {
                if let Some(f) = &mut d.fix {
                    f.applicability = crate::fix::Applicability::Safe;
                }
            }
            FixSetting::Unsafe => {
                if let Some(f) = &mut d.fix {
                    f.applicability = crate::fix::Applicability::Unsafe;
                }
            }
        }
    }
}

/// A configuration that cannot be used (a tool failure: exit status 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct ConfigError {
    /// The configuration file, as displayed (`--severity` for the flags).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// Severities and excludes from one source (a file, or the flags).
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Level by rule code.
    pub levels: BTreeMap<&'static str, Level>,
    /// Excluded paths (`.gitignore` syntax), if any.
    pub exclude: Option<Gitignore>,
    /// Fix setting by rule code (`[fixes]`).
    pub fixes: BTreeMap<&'static str, FixSetting>,
    /// The file the settings come from, if any.
    pub source: Option<PathBuf>,
    /// The URL of docs/rules.md for SARIF `helpUri` (`docs-url`), if set.
    pub docs_url: Option<String>,
}

impl Settings {
    /// `self` with `over` applied on top: its levels win, and both sets of excludes apply.
    pub fn merged(&self, over: &Settings) -> Settings {
        let mut levels = self.levels.clone();
        levels.extend(over.levels.iter().map(|(k, v)| (*k, *v)));
        let mut fixes = self.fixes.clone();
        fixes.extend(over.fixes.iter().map(|(k, v)| (*k, *v)));
        Settings {
            levels,
            fixes,
            exclude: self.exclude.clone(),
            source: self.source.clone(),
            docs_url: over.docs_url.clone().or_else(|| self.docs_url.clone()),
        }
    }

    /// Whether an absolute, normalized path is excluded by these settings' own patterns.
    pub fn excludes(&self, path: &Path, is_dir: bool) -> bool {
        match &self.exclude {
            // `matched_path_or_any_parents` panics on a path outside the root: check first.
            Some(gi) if path.starts_with(gi.path()) && path != gi.path() => {
                gi.matched_path_or_any_parents(path, is_dir).is_ignore()
            }
            _ => false,
        }
    }
}

/// Applies configured levels to a report: changes severities, removes rules set to `off`.
pub fn apply(report: &mut FileReport, levels: &BTreeMap<&'static str, Level>) {
    if levels.is_empty() {
        return;
    }
    report
        .diagnostics
        .retain_mut(|d| match levels.get(d.code.as_str()) {
            Some(level) => match level.severity() {
                Some(s) => {
                    d.severity = s;
                    true
                }
                None => false,
            },
            None => true,
        });
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileConfig {
    #[serde(default)]
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    docs_url: Option<String>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    files: Files,
    #[serde(default)]
    fixes: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Files {
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
struct PyProject {
    tool: Option<PyTool>,
}

#[derive(Deserialize)]
struct PyTool {
    hpoconf: Option<FileConfig>,
}

/// Walks up from `dir` (absolute) to the nearest `hpoconf.toml`, or `pyproject.toml` with a
/// `[tool.hpoconf]` table.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().find_map(config_in)
}

/// The configuration file of `dir` itself (not of its parents), if it has one.
fn config_in(dir: &Path) -> Option<PathBuf> {
    let own = dir.join(FILE_NAME);
    if own.is_file() {
        return Some(own);
    }
    let py = dir.join("pyproject.toml");
    std::fs::read_to_string(&py)
        .ok()
        .filter(|t| t.contains("[tool.hpoconf"))
        .map(|_| py)
}

/// Reads and parses a configuration file (`hpoconf.toml`, or `pyproject.toml`'s
/// `[tool.hpoconf]`). `display` is how its path is shown in errors.
pub fn load(path: &Path, display: &str) -> Result<Settings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        path: display.to_owned(),
        line: 1,
        column: 1,
        message: format!("cannot read the configuration file: {e}"),
    })?;
    let root = normalize(&path.parent().map(Path::to_path_buf).unwrap_or_default());
    let is_pyproject = path.file_name().is_some_and(|n| n == "pyproject.toml");
    let mut settings = parse(display, &text, &root, is_pyproject)?;
    settings.source = Some(path.to_path_buf());
    Ok(settings)
}

/// Parses the text of a configuration file; exclude patterns are relative to `root`.
pub fn parse(
    display: &str,
    text: &str,
    root: &Path,
    pyproject: bool,
) -> Result<Settings, ConfigError> {
    let lines = LineIndex::new(text);
    let err = |offset: usize, message: String| {
        let (line, column) = lines.position(text, offset);
        ConfigError {
            path: display.to_owned(),
            line,
            column,
            message,
        }
    };
    let parsed: Result<FileConfig, toml::de::Error> = if pyproject {
        toml::from_str::<PyProject>(text)
            .map(|p| p.tool.and_then(|t| t.hpoconf).unwrap_or_default())
    } else {
        toml::from_str(text)
    };
    let config = parsed.map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        err(at, e.message().trim().replace('\n', " "))
    })?;
    let select: Option<Vec<(String, usize)>> = config.select.as_ref().map(|v| {
        v.iter()
            .map(|p| (p.get_ref().clone(), p.span().start))
            .collect()
    });
    let ignore: Vec<(String, usize)> = config
        .ignore
        .iter()
        .map(|p| (p.get_ref().clone(), p.span().start))
        .collect();
    // select/ignore first: a level named in [rules] is more specific and wins
    let mut levels = selection(select.as_deref(), &ignore).map_err(|(at, m)| err(at, m))?;
    let mut seen: BTreeMap<&'static str, String> = BTreeMap::new();
    for (key, value) in &config.rules {
        let (code, level) = rule_level(key.get_ref(), value.get_ref()).map_err(|(on_key, m)| {
            err(
                if on_key {
                    key.span().start
                } else {
                    value.span().start
                },
                m,
            )
        })?;
        if let Some(first) = seen.insert(code, key.get_ref().clone()) {
            return Err(err(
                key.span().start,
                format!(
                    "rule `{code}` is set twice (as `{first}` and `{}`)",
                    key.get_ref()
                ),
            ));
        }
        levels.insert(code, level);
    }
    let mut fixes = BTreeMap::new();
    for (key, value) in &config.fixes {
        let Some(rule) = rules::find(key.get_ref()) else {
            let (_, m) = rule_level(key.get_ref(), "off")
                .err()
                .unwrap_or((true, String::new()));
            return Err(err(key.span().start, m));
        };
        let Some(setting) = FixSetting::parse(value.get_ref()) else {
            let hint = rules::did_you_mean(value.get_ref(), FixSetting::WORDS)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            return Err(err(
                value.span().start,
                format!(
                    "unknown fix setting `{}` for `{}`: expected safe, unsafe or off{hint}",
                    value.get_ref(),
                    key.get_ref()
                ),
            ));
        };
        if fixes.insert(rule.code, setting).is_some() {
            return Err(err(
                key.span().start,
                format!("the fix of rule `{}` is set twice", rule.code),
            ));
        }
    }
    let patterns: Vec<(String, usize)> = config
        .files
        .exclude
        .iter()
        .map(|p| (p.get_ref().clone(), p.span().start))
        .collect();
    let exclude = excludes(root, &patterns).map_err(|(at, m)| err(at, m))?;
    Ok(Settings {
        levels,
        exclude,
        fixes,
        source: None,
        docs_url: config.docs_url,
    })
}

/// The rules a selector names: a code (`HPO103`), a name (`unknown-key`), a code prefix
/// (`HPO1`, `HPO10`), or `ALL`; case-insensitive. `None` when it names none.
pub fn select_rules(selector: &str) -> Option<Vec<&'static str>> {
    let s = selector.trim();
    if let Some(r) = rules::find(s) {
        return Some(vec![r.code]);
    }
    let all = rules::all();
    let upper = s.to_ascii_uppercase();
    if upper == "ALL" {
        return Some(all.iter().map(|r| r.code).collect());
    }
    if upper.len() < 3
        || !upper.starts_with("HPO")
        || !upper[3..].bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let found: Vec<&'static str> = all
        .iter()
        .map(|r| r.code)
        .filter(|c| c.starts_with(upper.as_str()))
        .collect();
    (!found.is_empty()).then_some(found)
}

/// The levels that `select` and `ignore` give (each selector with its offset, for errors): every
/// rule not selected (when `select` is given) and every rule ignored is `off`.
pub fn selection(
    select: Option<&[(String, usize)]>,
    ignore: &[(String, usize)],
) -> Result<BTreeMap<&'static str, Level>, (usize, String)> {
    let resolve = |(sel, at): &(String, usize)| {
        select_rules(sel).ok_or_else(|| {
            let all = rules::all();
            let hint = rules::did_you_mean(sel, all.iter().flat_map(|r| [r.code, r.name]))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_else(|| {
                    " (a code, a name, or a code prefix such as `HPO2`; `hpoconf rules` lists them)"
                        .to_owned()
                });
            (*at, format!("no rule `{sel}`{hint}"))
        })
    };
    let mut off = BTreeMap::new();
    if let Some(select) = select {
        let mut chosen = std::collections::BTreeSet::new();
        for s in select {
            chosen.extend(resolve(s)?);
        }
        for r in rules::all() {
            if !chosen.contains(r.code) {
                off.insert(r.code, Level::Off);
            }
        }
    }
    for i in ignore {
        for code in resolve(i)? {
            off.insert(code, Level::Off);
        }
    }
    Ok(off)
}

/// Splits comma-separated selectors (`--select HPO1,unknown-key --select HPO2`).
pub fn split_selectors(values: &[String]) -> Vec<(String, usize)> {
    values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| (s.to_owned(), 0))
        .collect()
}

/// Resolves a rule (code or name) and a level word. The error says whether the key (`true`) or
/// the value is at fault.
fn rule_level(rule: &str, level: &str) -> Result<(&'static str, Level), (bool, String)> {
    let Some(r) = rules::find(rule) else {
        let all = rules::all();
        let hint = rules::did_you_mean(rule, all.iter().flat_map(|r| [r.code, r.name]))
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_else(|| " (`hpoconf rules` lists them)".to_owned());
        return Err((true, format!("unknown rule `{rule}`{hint}")));
    };
    let Some(l) = Level::parse(level) else {
        let hint = rules::did_you_mean(level, Level::WORDS)
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        return Err((
            false,
            format!(
                "unknown level `{level}` for `{rule}`: expected error, warning, info or off{hint}"
            ),
        ));
    };
    Ok((r.code, l))
}

/// Builds the exclude matcher of patterns (with their offsets, for errors) relative to `root`.
fn excludes(
    root: &Path,
    patterns: &[(String, usize)],
) -> Result<Option<Gitignore>, (usize, String)> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = GitignoreBuilder::new(root);
    for (p, at) in patterns {
        b.add_line(None, p)
            .map_err(|e| (*at, format!("bad exclude pattern `{p}`: {e}")))?;
    }
    b.build()
        .map(Some)
        .map_err(|e| (patterns.first().map_or(0, |p| p.1), e.to_string()))
}

/// Settings from the command line: `--severity RULE=LEVEL` (parsed by [`parse_override`]) and
/// `--exclude GLOB` patterns, relative to `cwd`.
pub fn from_flags(
    levels: &[(&'static str, Level)],
    exclude: &[String],
    cwd: &Path,
) -> Result<Settings, ConfigError> {
    let patterns: Vec<(String, usize)> = exclude.iter().map(|p| (p.clone(), 0)).collect();
    let exclude = excludes(&normalize(cwd), &patterns).map_err(|(_, message)| ConfigError {
        path: "--exclude".to_owned(),
        line: 1,
        column: 1,
        message,
    })?;
    Ok(Settings {
        levels: levels.iter().copied().collect(),
        exclude,
        fixes: BTreeMap::new(),
        source: None,
        docs_url: None,
    })
}

/// Parses a `--severity RULE=LEVEL` flag.
pub fn parse_override(s: &str) -> Result<(&'static str, Level), String> {
    let Some((rule, level)) = s.split_once('=') else {
        return Err(format!(
            "expected RULE=LEVEL, e.g. unknown-key=warning, not `{s}`"
        ));
    };
    rule_level(rule.trim(), level.trim()).map_err(|(_, m)| m)
}

/// Makes a path absolute (against the current folder) and removes `.` and `..` components
/// lexically (symbolic links are not resolved).
pub fn normalize(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    normalize_absolute(&abs)
}

/// [`normalize`] against a known current folder (`cwd`, absolute): no system call, where
/// [`normalize`] asks the system for the current folder for every relative path.
pub fn normalize_in(cwd: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        normalize_absolute(path)
    } else {
        normalize_absolute(&cwd.join(path))
    }
}

fn normalize_absolute(abs: &Path) -> PathBuf {
    // a `/`-rooted UTF-8 path (nearly all) is normalized as text: one pass, one allocation
    if let Some(out) = abs.to_str().and_then(normalize_text) {
        return PathBuf::from(out);
    }
    normalize_components(abs)
}

/// [`normalize_absolute`] of any path, by its components.
fn normalize_components(abs: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether `c` is `/`: the separator to split a path's text at. A split at this predicate goes
/// a character at a time; a split at `'/'` searches for each one anew, which costs more than the
/// short components of a path (over the NNI corpus's 117 files, 0.53 M instructions more for
/// this, `pipeline::join` and `workspace::walk::display_path` together).
pub(crate) fn is_slash(c: char) -> bool {
    c == '/'
}

/// [`normalize_absolute`] of a `/`-rooted path with no `\\`, as text (`None` for any other).
fn normalize_text(abs: &str) -> Option<String> {
    let body = abs.strip_prefix('/')?;
    if memchr::memchr(b'\\', abs.as_bytes()).is_some() {
        return None;
    }
    let mut out = String::with_capacity(abs.len());
    for c in body.split(is_slash) {
        match c {
            "" | "." => {}
            ".." => out.truncate(out.rfind('/').unwrap_or(0)),
            c => {
                out.push('/');
                out.push_str(c);
            }
        }
    }
    if out.is_empty() {
        out.push('/');
    }
    Some(out)
}

/// Which configuration file applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Choice {
    /// The nearest one above each checked file (the default).
    #[default]
    Discover,
    /// This one, for every file (`--config FILE`).
    File(PathBuf),
    /// None (`--no-config`).
    Nothing,
}

/// Finds, loads (once) and caches the configuration of each checked file, with the flags on
/// top. Shared by the threads of a walk.
#[derive(Debug)]
pub struct Resolver {
    choice: Choice,
    flags: Settings,
    fixed: Option<Arc<Settings>>,
    cwd: PathBuf,
    /// By the folder's bytes (hashing a `Path` walks its components: 1,400 instructions for a
    /// path of the NNI corpus, against about 200 for its bytes).
    by_dir: Mutex<crate::hashing::Map<Vec<u8>, Option<Arc<Settings>>>>,
    by_file: Mutex<HashMap<PathBuf, Option<Arc<Settings>>>>,
    /// Each configuration file's settings with the flags on top, merged once (by the address
    /// of its settings, which `by_file` holds for the resolver's life).
    merged: Mutex<crate::hashing::Map<usize, Arc<Settings>>>,
    errors: Mutex<Vec<ConfigError>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Resolver {
    /// A resolver; `--config FILE` is read now (an error is returned at once).
    pub fn new(choice: Choice, flags: Settings) -> Result<Resolver, ConfigError> {
        let cwd = normalize(Path::new("."));
        let fixed = match &choice {
            Choice::File(p) => Some(Arc::new(load(p, &display(p, &cwd))?)),
            _ => None,
        };
        Ok(Resolver {
            choice,
            flags,
            fixed,
            cwd,
            by_dir: Mutex::new(crate::hashing::Map::default()),
            by_file: Mutex::new(HashMap::new()),
            merged: Mutex::new(crate::hashing::Map::default()),
            errors: Mutex::new(Vec::new()),
        })
    }

    /// `path` made absolute against the current folder of this resolver's creation and
    /// normalized ([`normalize_in`]): what [`Resolver::excluded`] and [`Resolver::levels`]
    /// take, without a system call per path.
    pub fn normalize(&self, path: &Path) -> PathBuf {
        normalize_in(&self.cwd, path)
    }

    /// The file settings that apply to `path` (absolute, normalized), if any. A configuration
    /// file that cannot be used is recorded in [`Resolver::errors`] and counts as none.
    pub fn file_settings(&self, path: &Path) -> Option<Arc<Settings>> {
        match &self.choice {
            Choice::Nothing => None,
            Choice::File(_) => self.fixed.clone(),
            Choice::Discover => self.dir_settings(path.parent()?),
        }
    }

    /// The settings of the nearest configuration file at or above `dir`, as [`discover`]
    /// finds it, with every folder on the way looked at once per run (each folder of a tree of
    /// experiments asked again for all of its parents).
    fn dir_settings(&self, dir: &Path) -> Option<Arc<Settings>> {
        let key = dir.as_os_str().as_encoded_bytes();
        if let Some(hit) = lock(&self.by_dir).get(key) {
            return hit.clone();
        }
        let found = match config_in(dir) {
            Some(file) => self.load_cached(&file),
            None => dir.parent().and_then(|parent| self.dir_settings(parent)),
        };
        lock(&self.by_dir).insert(key.to_vec(), found.clone());
        found
    }

    /// `file`'s settings with the flags on top, merged on the first call for each file.
    fn merged(&self, file: &Arc<Settings>) -> Arc<Settings> {
        let key = Arc::as_ptr(file) as usize;
        if let Some(hit) = lock(&self.merged).get(&key) {
            return hit.clone();
        }
        let merged = Arc::new(file.merged(&self.flags));
        lock(&self.merged).insert(key, merged.clone());
        merged
    }

    fn load_cached(&self, file: &Path) -> Option<Arc<Settings>> {
        if let Some(hit) = lock(&self.by_file).get(file) {
            return hit.clone();
        }
        let loaded = match load(file, &display(file, &self.cwd)) {
            Ok(s) => Some(Arc::new(s)),
            Err(e) => {
                lock(&self.errors).push(e);
                None
            }
        };
        lock(&self.by_file).insert(file.to_path_buf(), loaded.clone());
        loaded
    }

    /// Whether `path` (absolute, normalized) is excluded by its configuration file or the flags.
    pub fn excluded(&self, path: &Path, is_dir: bool) -> bool {
        self.flags.excludes(path, is_dir)
            || self
                .file_settings(path)
                .is_some_and(|s| s.excludes(path, is_dir))
    }

    /// The rule levels for `path`: its configuration file's, with the flags' on top.
    pub fn levels(&self, path: &Path) -> BTreeMap<&'static str, Level> {
        match self.file_settings(path) {
            Some(s) => self.merged(&s).levels.clone(),
            None => self.flags.levels.clone(),
        }
    }

    /// The settings of the configuration file that applies to the folder `dir` (absolute,
    /// normalized) itself: run-wide settings such as `docs-url` come from the current folder's.
    pub fn dir_file_settings(&self, dir: &Path) -> Option<Arc<Settings>> {
        match &self.choice {
            Choice::Nothing => None,
            Choice::File(_) => self.fixed.clone(),
            Choice::Discover => self.dir_settings(dir),
        }
    }

    /// The fix settings for `path`: its configuration file's, with the flags' on top.
    pub fn fixes(&self, path: &Path) -> BTreeMap<&'static str, FixSetting> {
        match self.file_settings(path) {
            Some(s) => self.merged(&s).fixes.clone(),
            None => self.flags.fixes.clone(),
        }
    }

    /// The configuration files that could not be used, sorted.
    pub fn errors(&self) -> Vec<ConfigError> {
        let mut e = lock(&self.errors).clone();
        e.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        e.dedup();
        e
    }
}

/// A path as shown to the user: relative to `cwd` when under it.
fn display(path: &Path, cwd: &Path) -> String {
    let abs = normalize(path);
    let shown = abs.strip_prefix(cwd).map(Path::to_path_buf).unwrap_or(abs);
    shown.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Settings, ConfigError> {
        parse("hpoconf.toml", text, Path::new("/repo"), false)
    }

    #[test]
    fn levels_by_code_and_name() {
        let s = parse_str("[rules]\nduplicate-key = \"off\"\nHPO001 = \"warning\"\n").unwrap();
        assert_eq!(s.levels.get("HPO003"), Some(&Level::Off));
        assert_eq!(s.levels.get("HPO001"), Some(&Level::Warning));
    }

    #[test]
    fn located_errors() {
        let e = parse_str("[rules]\nduplicate-kye = \"off\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        assert!(e.message.contains("did you mean `duplicate-key`"), "{e}");
        let e = parse_str("[rules]\n\nHPO001 = \"warn\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (3, 10));
        assert!(e.message.contains("did you mean `warning`"), "{e}");
        let e = parse_str("[rule]\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("unknown field"), "{e}");
        let e = parse_str("[rules\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse_str("[rules]\nHPO003 = \"off\"\nduplicate-key = \"off\"\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().starts_with("hpoconf.toml:3:1: "), "{e}");
    }

    #[test]
    fn fix_settings() {
        let s = parse_str("[fixes]\nunknown-key = \"unsafe\"\nHPO301 = \"off\"\n").unwrap();
        assert_eq!(s.fixes.get("HPO103"), Some(&FixSetting::Unsafe));
        assert_eq!(s.fixes.get("HPO301"), Some(&FixSetting::Off));
        let e = parse_str("[fixes]\nHPO103 = \"unsaf\"\n").unwrap_err();
        assert!(e.message.contains("did you mean `unsafe`"), "{e}");
        let e = parse_str("[fixes]\nunknown-kye = \"off\"\n").unwrap_err();
        assert!(e.message.contains("unknown rule"), "{e}");
    }

    #[test]
    fn excludes_relative_to_root() {
        let s = parse_str("[files]\nexclude = [\"experiments/old/**\", \"*.bak.json\"]\n").unwrap();
        assert!(s.excludes(Path::new("/repo/experiments/old/a/exp.yml"), false));
        assert!(s.excludes(Path::new("/repo/x/y.bak.json"), false));
        assert!(!s.excludes(Path::new("/repo/experiments/new/exp.yml"), false));
        assert!(!s.excludes(Path::new("/elsewhere/experiments/old/exp.yml"), false));
    }

    #[test]
    fn pyproject_table() {
        let s = parse(
            "pyproject.toml",
            "[project]\nname = \"x\"\n[tool.hpoconf.rules]\nHPO001 = \"info\"\n",
            Path::new("/repo"),
            true,
        )
        .unwrap();
        assert_eq!(s.levels.get("HPO001"), Some(&Level::Info));
    }

    #[test]
    fn select_and_ignore() {
        let s = parse_str("select = [\"HPO2\", \"unknown-key\"]\nignore = [\"HPO210\"]\n[rules]\nHPO001 = \"warning\"\n").unwrap();
        assert_eq!(s.levels.get("HPO103"), None);
        assert_eq!(s.levels.get("HPO201"), None);
        assert_eq!(s.levels.get("HPO210"), Some(&Level::Off));
        assert_eq!(s.levels.get("HPO003"), Some(&Level::Off));
        // a level named in [rules] wins over select
        assert_eq!(s.levels.get("HPO001"), Some(&Level::Warning));
        let e = parse_str("ignore = [\"HPO9x\"]\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 11));
        assert!(e.message.contains("no rule `HPO9x`"), "{e}");
        let e = parse_str("select = [\"unknwn-key\"]\n").unwrap_err();
        assert!(e.message.contains("did you mean `unknown-key`"), "{e}");
        assert_eq!(
            select_rules("hpo1").map(|v| v.contains(&"HPO103")),
            Some(true)
        );
        assert_eq!(select_rules("HPO8"), None);
        let s = parse_str("docs-url = \"https://example.org/rules.md\"\n").unwrap();
        assert_eq!(s.docs_url.as_deref(), Some("https://example.org/rules.md"));
    }

    proptest::proptest! {
        /// Normalized as text, a path is what its components give.
        #[test]
        fn a_path_normalized_as_text_is_what_its_components_give(path in "/[a./]{0,12}") {
            proptest::prop_assert_eq!(
                normalize_text(&path).map(PathBuf::from),
                Some(normalize_components(Path::new(&path)))
            );
        }
    }

    #[test]
    fn overrides() {
        assert_eq!(
            parse_override("invalid-syntax=off"),
            Ok(("HPO001", Level::Off))
        );
        assert!(parse_override("nope").is_err());
        assert!(parse_override("invalid-syntax=loud").is_err());
    }
}
