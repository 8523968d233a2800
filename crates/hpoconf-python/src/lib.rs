//! `hpoconf._hpoconf`: the PyO3 extension behind the `hpoconf` Python package.
//!
//! The Python package (`python/hpoconf/__init__.py`) re-exports these classes and functions and
//! adds the parts that are plain Python (argument normalisation, exceptions, the `hpoconf`
//! command's entry point). Every check runs with the GIL released, on the library's pipeline:
//! paths through [`hpoconf::workspace::check_paths`] (the CLI's walk, `hpoconf.toml`, its
//! threads), texts through [`hpoconf::pipeline::run`] with an in-memory host.
//!
//! Secrets (SPEC.md §4): the library masks them in every message and help; no object here keeps
//! a checked text, so no `repr` can show one.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;

use hpoconf::config::{self, Level};
use hpoconf::pipeline::{self, InMemory, Source};
use hpoconf::workspace;
use hpoconf::{Kind, rules};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// One finding, at an exact position (the JSON report's fields, and the file's path).
#[pyclass(frozen, module = "hpoconf", name = "Diagnostic")]
struct Diagnostic {
    inner: hpoconf::Diagnostic,
}

#[pymethods]
impl Diagnostic {
    /// Stable rule code, e.g. `"HPO203"`.
    #[getter]
    fn code(&self) -> &str {
        &self.inner.code
    }

    /// Stable kebab-case rule name, e.g. `"unknown-key"`.
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }

    /// `"error"`, `"warning"` or `"info"` (after configuration).
    #[getter]
    fn severity(&self) -> &'static str {
        self.inner.severity.as_str()
    }

    /// One sentence naming the value and what was expected (never a secret).
    #[getter]
    fn message(&self) -> &str {
        &self.inner.message
    }

    /// RFC 6901 JSON Pointer into the file's data (`""` for the whole document).
    #[getter]
    fn pointer(&self) -> &str {
        &self.inner.pointer
    }

    /// 1-based line of the start.
    #[getter]
    fn line(&self) -> usize {
        self.inner.line
    }

    /// 1-based column (in characters) of the start.
    #[getter]
    fn column(&self) -> usize {
        self.inner.column
    }

    /// 1-based line of the end.
    #[getter]
    fn end_line(&self) -> usize {
        self.inner.end_line
    }

    /// 1-based column just past the end (exclusive).
    #[getter]
    fn end_column(&self) -> usize {
        self.inner.end_column
    }

    /// The fix, when there is one.
    #[getter]
    fn help(&self) -> Option<&str> {
        self.inner.help.as_deref()
    }

    /// The path of the file, as reported.
    #[getter]
    fn path(&self) -> &str {
        &self.inner.path
    }

    /// The fix the engine can apply, as the JSON report has it (`applicability`, `message`,
    /// `edits` with 1-based positions, end exclusive, and `content`), or `None`.
    #[getter]
    fn fix<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match &self.inner.fix {
            Some(f) => json_to_py(py, &serde_json::to_string(f).unwrap_or_default()).map(Some),
            None => Ok(None),
        }
    }

    /// The diagnostic as the JSON report has it (a dict; no `path`: the file carries it).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &serde_json::to_string(&self.inner).unwrap_or_default())
    }

    /// `path:line:column: severity[CODE] message`, as the CLI prints it.
    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "Diagnostic(code={}, name={}, severity={}, path={}, line={}, column={}, message={})",
            py_str(&self.inner.code),
            py_str(&self.inner.name),
            py_str(self.inner.severity.as_str()),
            py_str(&self.inner.path),
            self.inner.line,
            self.inner.column,
            py_str(&self.inner.message),
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Diagnostic>()
            .is_ok_and(|o| o.get().inner == self.inner && o.get().inner.path == self.inner.path)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let d = &self.inner;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (&d.path, &d.code, d.line, d.column, &d.pointer, &d.message).hash(&mut h);
        h.finish()
    }
}

/// The diagnostics of one file.
#[pyclass(frozen, module = "hpoconf", name = "FileReport")]
struct FileReport {
    report: hpoconf::FileReport,
    diagnostics: Vec<Py<Diagnostic>>,
}

impl FileReport {
    fn new(py: Python<'_>, report: hpoconf::FileReport) -> PyResult<FileReport> {
        let diagnostics = report
            .diagnostics
            .iter()
            .map(|d| {
                let mut inner = d.clone();
                if inner.path.is_empty() {
                    inner.path.clone_from(&report.path);
                }
                Py::new(py, Diagnostic { inner })
            })
            .collect::<PyResult<Vec<_>>>()?;
        Ok(FileReport {
            report,
            diagnostics,
        })
    }
}

#[pymethods]
impl FileReport {
    /// The path, as reported.
    #[getter]
    fn path(&self) -> &str {
        &self.report.path
    }

    /// The kind id (`"exp-yml"`, `"search-space"`, `"trial-ini"`, `"hpo-config"`,
    /// `"get-hpo-experiment"`), or `None` when it could not be told (then nothing was checked).
    #[getter]
    fn kind(&self) -> Option<&'static str> {
        self.report.kind.map(Kind::id)
    }

    /// The diagnostics, sorted by position.
    #[getter]
    fn diagnostics<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.diagnostics.iter().map(|d| d.clone_ref(py)))
    }

    /// The file as the JSON report has it (`path`, `kind`, `diagnostics`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let value = serde_json::json!({
            "path": self.report.path,
            "kind": self.report.kind.map(Kind::id),
            "diagnostics": self.report.diagnostics,
        });
        json_to_py(py, &value.to_string())
    }

    fn __len__(&self) -> usize {
        self.diagnostics.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "FileReport(path={}, kind={}, diagnostics=<{} diagnostics>)",
            py_str(&self.report.path),
            self.report
                .kind
                .map_or("None".to_owned(), |k| py_str(k.id())),
            self.diagnostics.len()
        )
    }
}

/// The result of a check: one FileReport per checked file, in path order.
#[pyclass(frozen, module = "hpoconf", name = "Report")]
struct Report {
    reports: Vec<hpoconf::FileReport>,
    files: Vec<Py<FileReport>>,
}

impl Report {
    fn new(py: Python<'_>, reports: Vec<hpoconf::FileReport>) -> PyResult<Report> {
        let files = reports
            .iter()
            .map(|r| Py::new(py, FileReport::new(py, r.clone())?))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Report { reports, files })
    }
}

#[pymethods]
impl Report {
    /// The files, in path order.
    #[getter]
    fn files<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.files.iter().map(|f| f.clone_ref(py)))
    }

    /// `{"files": n, "errors": n, "warnings": n, "infos": n}`.
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = hpoconf::report::Summary::of(&self.reports);
        let d = PyDict::new(py);
        d.set_item("files", s.files)?;
        d.set_item("errors", s.errors)?;
        d.set_item("warnings", s.warnings)?;
        d.set_item("infos", s.infos)?;
        Ok(d)
    }

    /// Every diagnostic of every file, in file then position order.
    #[getter]
    fn diagnostics<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let all = PyList::empty(py);
        for f in &self.files {
            for d in &f.get().diagnostics {
                all.append(d.clone_ref(py))?;
            }
        }
        Ok(all)
    }

    /// The CLI's JSON report (`hpoconf check --format json` prints it and a newline).
    fn to_json(&self) -> String {
        hpoconf::report::json::render(&self.reports)
    }

    /// The JSON report as a dict (`json.loads(report.to_json())`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.to_json())
    }

    fn __repr__(&self) -> String {
        let s = hpoconf::report::Summary::of(&self.reports);
        format!(
            "Report(files={}, errors={}, warnings={}, infos={})",
            s.files, s.errors, s.warnings, s.infos
        )
    }
}

/// A rule: its stable code and name, default severity and documentation.
#[pyclass(frozen, module = "hpoconf", name = "Rule")]
struct Rule {
    rule: &'static rules::Rule,
}

#[pymethods]
impl Rule {
    /// Stable code, e.g. `"HPO203"`.
    #[getter]
    fn code(&self) -> &'static str {
        self.rule.code
    }

    /// Stable kebab-case name.
    #[getter]
    fn name(&self) -> &'static str {
        self.rule.name
    }

    /// Default severity: `"error"`, `"warning"` or `"info"`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.rule.severity.as_str()
    }

    /// One line: what the rule finds.
    #[getter]
    fn summary(&self) -> &'static str {
        self.rule.summary
    }

    /// Why it matters (Markdown).
    #[getter]
    fn description(&self) -> &'static str {
        self.rule.description
    }

    /// The kind ids the rule applies to.
    #[getter]
    fn kinds(&self) -> Vec<&'static str> {
        self.rule.kinds.iter().map(|k| k.id()).collect()
    }

    /// The URL of its documentation.
    #[getter]
    fn help_uri(&self) -> String {
        self.rule.help_uri()
    }

    fn __repr__(&self) -> String {
        format!(
            "Rule(code={}, name={}, severity={})",
            py_str(self.rule.code),
            py_str(self.rule.name),
            py_str(self.rule.severity.as_str())
        )
    }
}

/// A string as a Python literal (for `repr`s).
fn py_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn json_to_py<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}

fn parse_kind(kind: Option<&str>) -> PyResult<Option<Kind>> {
    kind.map(|k| {
        Kind::from_id(k).ok_or_else(|| {
            let ids: Vec<&str> = Kind::ALL.iter().map(|k| k.id()).collect();
            PyValueError::new_err(format!(
                "unknown kind `{k}`; expected one of {}",
                ids.join(", ")
            ))
        })
    })
    .transpose()
}

/// `{"unknown-key": "warning", "HPO301": "off"}` -> levels by code.
fn parse_levels(
    severity: Option<BTreeMap<String, String>>,
) -> PyResult<Vec<(&'static str, Level)>> {
    severity
        .unwrap_or_default()
        .into_iter()
        .map(|(rule, level)| {
            config::parse_override(&format!("{rule}={level}")).map_err(PyValueError::new_err)
        })
        .collect()
}

/// One text or bytes object given by Python.
#[derive(FromPyObject)]
enum Text {
    Str(String),
    Bytes(Vec<u8>),
}

impl Text {
    fn source(self, path: String) -> Source {
        match self {
            Text::Str(s) => Source::text(path, s),
            Text::Bytes(b) => Source::owned(path, b),
        }
    }
}

/// `(path, message)`: a path that could not be checked, or a warning about one.
type Failure = (String, String);

/// Checks files and folders as `hpoconf check` does; returns the report and the failures
/// (`(path, message)` pairs, the CLI's exit status 2).
#[pyfunction]
#[pyo3(signature = (paths, *, kind=None, severity=None, exclude=None, config=None, no_config=false, jobs=0, max_file_size=64 * 1024 * 1024))]
#[allow(clippy::too_many_arguments)]
fn _check_paths(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    kind: Option<&str>,
    severity: Option<BTreeMap<String, String>>,
    exclude: Option<Vec<String>>,
    config: Option<PathBuf>,
    no_config: bool,
    jobs: usize,
    max_file_size: u64,
) -> PyResult<(Report, Vec<Failure>, Vec<Failure>)> {
    let kind = parse_kind(kind)?;
    let levels = parse_levels(severity)?;
    let exclude = exclude.unwrap_or_default();
    let cwd = config::normalize(std::path::Path::new("."));
    let flags = config::from_flags(&levels, &exclude, &cwd)
        .map_err(|e| PyValueError::new_err(e.message))?;
    let options = workspace::Options {
        kind,
        max_file_size,
        config: match (no_config, config) {
            (true, _) => config::Choice::Nothing,
            (false, Some(f)) => config::Choice::File(f),
            (false, None) => config::Choice::Discover,
        },
        flags,
        jobs,
        ..workspace::Options::default()
    };
    let outcome = py.detach(move || workspace::check_paths(&paths, &options));
    let pairs = |v: Vec<workspace::Failure>| v.into_iter().map(|f| (f.path, f.message)).collect();
    Ok((
        Report::new(py, outcome.reports)?,
        pairs(outcome.failures),
        pairs(outcome.warnings),
    ))
}

/// Checks one document given as text (or bytes).
#[pyfunction]
#[pyo3(signature = (text, name, kind=None, *, severity=None))]
fn _check_text(
    py: Python<'_>,
    text: Text,
    name: &str,
    kind: Option<&str>,
    severity: Option<BTreeMap<String, String>>,
) -> PyResult<FileReport> {
    let kind = parse_kind(kind)?;
    let host = InMemory {
        levels: parse_levels(severity)?.into_iter().collect(),
        ..InMemory::default()
    };
    let path = name.to_owned();
    let source = text.source(path.clone()).with_kind(kind);
    let report = py.detach(move || {
        pipeline::run(vec![source], &host)
            .checked
            .into_iter()
            .next()
            .map(|c| c.report)
            .unwrap_or(hpoconf::FileReport {
                path,
                kind: None,
                diagnostics: Vec::new(),
                path_bytes: None,
            })
    });
    FileReport::new(py, report)
}

/// Checks the documents of one experiment, given by path, with every cross-file rule.
#[pyfunction]
#[pyo3(signature = (files, *, severity=None))]
fn _check_experiment(
    py: Python<'_>,
    files: BTreeMap<String, Text>,
    severity: Option<BTreeMap<String, String>>,
) -> PyResult<Report> {
    let mut exp = hpoconf::experiment::Experiment::new();
    for (code, level) in parse_levels(severity)? {
        exp.set_level(code, level);
    }
    for (path, text) in files {
        exp.insert_source(text.source(path));
    }
    let reports = py.detach(move || exp.check());
    Report::new(py, reports)
}

/// The JSON Schema of a kind, as a dict.
#[pyfunction(name = "schema")]
#[pyo3(signature = (kind, draft="07"))]
fn kind_schema<'py>(py: Python<'py>, kind: &str, draft: &str) -> PyResult<Bound<'py, PyAny>> {
    let Some(kind) = parse_kind(Some(kind))? else {
        return Err(PyValueError::new_err("no kind"));
    };
    let draft = match draft {
        "07" | "7" => hpoconf::schema::Draft::Draft07,
        "2020-12" => hpoconf::schema::Draft::Draft2020_12,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown JSON Schema draft `{other}`; expected `07` or `2020-12`"
            )));
        }
    };
    let value = hpoconf::schema::schema_for(kind, draft);
    json_to_py(py, &value.to_string())
}

/// Every rule, in code order.
#[pyfunction(name = "rules")]
fn all_rules() -> Vec<Rule> {
    rules::all().into_iter().map(|rule| Rule { rule }).collect()
}

/// The documentation of a rule (by code or name), as `hpoconf explain` prints it.
#[pyfunction]
fn explain(code: &str) -> PyResult<String> {
    match rules::find(code) {
        Some(r) => Ok(hpoconf::report::markdown::rule_markdown(r)),
        None => {
            let all = rules::all();
            let names = all.iter().flat_map(|r| [r.code, r.name]);
            let hint = rules::did_you_mean(code, names)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            Err(PyValueError::new_err(format!(
                "no rule `{code}`{hint} (hpoconf.rules() lists them)"
            )))
        }
    }
}

/// Converts an NNI v1 exp.yml to v2: `(v2_text, None)`, or `(None, report)` when it cannot be
/// converted (the report says why). A v2 text is returned unchanged.
#[pyfunction]
#[pyo3(signature = (v1_text, name))]
fn _migrate(
    py: Python<'_>,
    v1_text: String,
    name: &str,
) -> PyResult<(Option<String>, Option<FileReport>)> {
    use hpoconf::migrate::{MigrateError, Migration};
    let name = name.to_owned();
    let (result, text) = py.detach(move || (hpoconf::migrate::migrate(&name, &v1_text), v1_text));
    match result {
        Ok(Migration::Converted(v2)) => Ok((Some(v2), None)),
        Ok(Migration::AlreadyV2) => Ok((Some(text), None)),
        Err(MigrateError::Blocked(report)) => Ok((None, Some(FileReport::new(py, report)?))),
    }
}

/// Applies the fixes of `diagnostics` (of `text`'s own check) to `text`, once: the safe ones,
/// and with `unsafe_fixes` the unsafe ones too; overlapping fixes after the first are left.
#[pyfunction]
#[pyo3(signature = (text, diagnostics, unsafe_fixes=false))]
fn _apply(text: &str, diagnostics: Vec<PyRef<'_, Diagnostic>>, unsafe_fixes: bool) -> String {
    let diagnostics: Vec<hpoconf::Diagnostic> =
        diagnostics.iter().map(|d| d.inner.clone()).collect();
    hpoconf::fix::apply(text, &diagnostics, applicability(unsafe_fixes))
}

/// Checks `text` and applies its fixes until nothing changes (as `hpoconf check --fix` does
/// to a file): the fixed text and the report of what is left.
#[pyfunction]
#[pyo3(signature = (text, name, kind=None, unsafe_fixes=false))]
fn _fix_text(
    py: Python<'_>,
    text: String,
    name: &str,
    kind: Option<&str>,
    unsafe_fixes: bool,
) -> PyResult<(String, FileReport)> {
    let kind = parse_kind(kind)?;
    let name = name.to_owned();
    let (fixed, report) = py.detach(move || {
        let fixed = hpoconf::check::fix_str(&name, &text, kind, applicability(unsafe_fixes));
        // what is left, as `check_text` reports it
        let report = hpoconf::check_str(&name, &fixed.text, kind);
        (fixed.text, report)
    });
    Ok((fixed, FileReport::new(py, report)?))
}

fn applicability(unsafe_fixes: bool) -> hpoconf::fix::Applicability {
    if unsafe_fixes {
        hpoconf::fix::Applicability::Unsafe
    } else {
        hpoconf::fix::Applicability::Safe
    }
}

/// Runs the `hpoconf` command line (`argv[0]` is the program's name); returns the exit status.
#[pyfunction]
fn _run_cli(py: Python<'_>, argv: Vec<OsString>) -> u8 {
    py.detach(move || hpoconf::cli::run(argv))
}

/// The extension module.
#[pymodule]
fn _hpoconf(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Diagnostic>()?;
    m.add_class::<FileReport>()?;
    m.add_class::<Report>()?;
    m.add_class::<Rule>()?;
    m.add_function(wrap_pyfunction!(_check_paths, m)?)?;
    m.add_function(wrap_pyfunction!(_check_text, m)?)?;
    m.add_function(wrap_pyfunction!(_check_experiment, m)?)?;
    m.add_function(wrap_pyfunction!(kind_schema, m)?)?;
    m.add_function(wrap_pyfunction!(all_rules, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(_migrate, m)?)?;
    m.add_function(wrap_pyfunction!(_apply, m)?)?;
    m.add_function(wrap_pyfunction!(_fix_text, m)?)?;
    m.add_function(wrap_pyfunction!(_run_cli, m)?)?;
    Ok(())
}
