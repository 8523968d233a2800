//! Where `hpoconf check` writes its report: stdout in `--format`, and a file (`--output`, written
//! atomically) in `--output-format`; both are streamed from one pass over the reports. Also
//! `--statistics` (a count per rule instead of the findings) and `--quiet`.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use clap::ValueEnum;

use super::write;
use crate::check::FileReport;
use crate::report::Stream;
use crate::report::github::GithubStream;
use crate::report::gitlab::GitlabStream;
use crate::report::human::HumanStream;
use crate::report::json::JsonStream;
use crate::report::junit::JunitStream;
use crate::report::sarif::SarifStream;
use crate::workspace::Failure;

/// A report format (no doc comment per value: `--help` then lists them on one line, as
/// `[possible values: human, json, ...]`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Gitlab,
    Junit,
}

/// What to write where.
pub(super) struct Outputs {
    /// The format on stdout; `None` when `--output` takes the report instead.
    pub stdout: Option<Format>,
    /// `--output FILE` and its format.
    pub file: Option<(PathBuf, Format)>,
    /// ANSI colors in human output on stdout (never in a file).
    pub color: bool,
    /// `--quiet`.
    pub quiet: bool,
    /// `--statistics` (on stdout, in place of the findings).
    pub statistics: bool,
    /// The current folder (SARIF and GitLab paths are relative to it).
    pub cwd: PathBuf,
    /// The URL of docs/rules.md, for SARIF rule links.
    pub docs_url: String,
}

fn stream<'a>(
    format: Format,
    w: Box<dyn Write + 'a>,
    o: &'a Outputs,
    color: bool,
) -> io::Result<Box<dyn Stream + 'a>> {
    let cwd = Some(o.cwd.as_path());
    Ok(match format {
        Format::Human => Box::new(HumanStream::new(w, color, !o.quiet)),
        Format::Json => Box::new(JsonStream::new(w)?),
        Format::Sarif => Box::new(SarifStream::new(w, cwd, &o.docs_url)?),
        Format::Github => Box::new(GithubStream::new(w, !o.quiet)),
        Format::Gitlab => Box::new(GitlabStream::new(w, cwd)?),
        Format::Junit => Box::new(JunitStream::new(w)?),
    })
}

/// What a run hands each file's report to, in path order, with the file's text (masked).
pub(super) type Emit<'e> = dyn FnMut(&FileReport, Option<&str>) + 'e;

/// Writes the reports that `run` hands on (as it checks) to stdout and to the `--output` file,
/// then the failures it returns, which are returned. An error writing stdout (a closed pipe)
/// stops stdout only; an error writing the file is returned, and the file is then left as it
/// was (and `run` is not called when the file cannot be created).
pub(super) fn write(
    o: &Outputs,
    run: impl FnOnce(&mut Emit<'_>) -> Vec<Failure>,
) -> Result<Vec<Failure>, String> {
    match &o.file {
        None => {
            let failures = match to_stdout(o) {
                Some(s) => {
                    let mut feed = Feed::new(s, None);
                    let failures = run(&mut |r, text| feed.file(r, text));
                    let _ = feed.finish(&failures);
                    failures
                }
                None => run(&mut |_, _| {}),
            };
            Ok(failures)
        }
        Some((path, format)) => {
            let mut failures = None;
            write::atomic(path, |w| {
                let file = stream(*format, Box::new(w), o, false)?;
                let mut feed = Feed::new(file, to_stdout(o));
                let f = run(&mut |r, text| feed.file(r, text));
                let result = feed.finish(&f);
                failures = Some(f);
                result
            })
            .map_err(|e| e.to_string())?;
            Ok(failures.unwrap_or_default())
        }
    }
}

/// The stream of stdout, if anything goes there.
fn to_stdout(o: &Outputs) -> Option<Box<dyn Stream + '_>> {
    let w: Box<dyn Write> = Box::new(Lenient(BufWriter::new(io::stdout().lock()), false));
    let format = o.stdout?;
    if o.statistics {
        return Some(Box::new(Statistics::new(
            w,
            format == Format::Json,
            o.quiet,
        )));
    }
    stream(format, w, o, o.color).ok()
}

/// One pass over the reports into `first` (its first error stops the pass, and is returned
/// by `finish`) and `second` (errors ignored).
struct Feed<'s> {
    first: Box<dyn Stream + 's>,
    second: Option<Box<dyn Stream + 's>>,
    error: Option<io::Error>,
}

impl<'s> Feed<'s> {
    fn new(first: Box<dyn Stream + 's>, second: Option<Box<dyn Stream + 's>>) -> Feed<'s> {
        Feed {
            first,
            second,
            error: None,
        }
    }

    fn file(&mut self, r: &FileReport, text: Option<&str>) {
        if self.error.is_some() {
            return;
        }
        if let Some(s) = self.second.as_deref_mut() {
            let _ = s.file(r, text);
        }
        if let Err(e) = self.first.file(r, text) {
            self.error = Some(e);
        }
    }

    fn finish(mut self, failures: &[Failure]) -> io::Result<()> {
        if let Some(e) = self.error {
            return Err(e);
        }
        if let Some(s) = self.second.as_deref_mut() {
            let _ = s.finish(failures);
        }
        self.first.finish(failures)
    }
}

/// A writer that stops writing after its first error (stdout closed by `head`), and reports
/// success: the run goes on, and its exit status is the checks'.
struct Lenient<W: Write>(W, bool);

impl<W: Write> Write for Lenient<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.1 && self.0.write_all(buf).is_err() {
            self.1 = true;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.1 && self.0.flush().is_err() {
            self.1 = true;
        }
        Ok(())
    }
}

/// `--statistics`: findings counted per rule, printed most first (then by code), as text
/// (`  12  HPO103  unknown-key`) and the summary line, or as a JSON array of
/// `{"code", "name", "count"}` with `--format json`.
struct Statistics<W: Write> {
    w: W,
    json: bool,
    quiet: bool,
    counts: BTreeMap<String, (String, usize)>,
    summary: crate::report::Summary,
}

impl<W: Write> Statistics<W> {
    fn new(w: W, json: bool, quiet: bool) -> Statistics<W> {
        Statistics {
            w,
            json,
            quiet,
            counts: BTreeMap::new(),
            summary: crate::report::Summary::default(),
        }
    }
}

#[derive(serde::Serialize)]
struct Count<'a> {
    code: &'a str,
    name: &'a str,
    count: usize,
}

impl<W: Write> Stream for Statistics<W> {
    fn file(&mut self, r: &FileReport, _text: Option<&str>) -> io::Result<()> {
        for d in &r.diagnostics {
            self.counts
                .entry(d.code.clone())
                .or_insert_with(|| (d.name.clone(), 0))
                .1 += 1;
        }
        self.summary.add(r);
        Ok(())
    }

    fn finish(&mut self, _failures: &[Failure]) -> io::Result<()> {
        let mut rows: Vec<Count> = self
            .counts
            .iter()
            .map(|(code, (name, count))| Count {
                code,
                name,
                count: *count,
            })
            .collect();
        rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
        if self.json {
            let text = serde_json::to_string_pretty(&rows).map_err(io::Error::other)?;
            writeln!(self.w, "{text}")?;
        } else {
            let width = rows.first().map_or(1, |r| r.count.to_string().len());
            for r in &rows {
                writeln!(self.w, "{:>width$}  {}  {}", r.count, r.code, r.name)?;
            }
            if !self.quiet {
                writeln!(self.w, "{}", self.summary.line())?;
            }
        }
        self.w.flush()
    }
}
