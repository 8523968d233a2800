//! Counters of the work done on the calling thread, so that tests prove a bound by counting
//! (never by a clock): e.g. that did-you-mean comparisons grow linearly with the unknown keys.
//! Each counter is per thread: tests running side by side do not disturb each other.

use std::cell::Cell;

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counter {
    /// Candidates a did-you-mean search looked at (after the length buckets).
    SuggestCandidates,
    /// Edit distances a did-you-mean search computed.
    SuggestDistances,
    /// Steps of mapping `metric_dict` keys to their spans (lines matched plus lookups).
    MetricDictSteps,
    /// Bytes the secret scan of lines searched for line ends (both `\n` and a JSON `\\n`).
    SecretScanBytes,
    /// Findings whose pointer named nothing in their document (located at the deepest node
    /// that exists instead): every test that checks text asserts none.
    InexactLocations,
    /// The most files a run over paths held at once (read, checked or waiting for their turn
    /// in path order): a maximum, raised with [`raise`], not a sum.
    FilesHeld,
    /// Renamed keys compared while translating the canonical paths of the typed exp.yml's
    /// findings into the file's spelling (`snake_case` keys).
    RenameLookups,
}

const COUNTERS: usize = 7;

thread_local! {
    static COUNTS: [Cell<u64>; COUNTERS] = const { [const { Cell::new(0) }; COUNTERS] };
}

fn index(c: Counter) -> usize {
    match c {
        Counter::SuggestCandidates => 0,
        Counter::SuggestDistances => 1,
        Counter::MetricDictSteps => 2,
        Counter::SecretScanBytes => 3,
        Counter::InexactLocations => 4,
        Counter::FilesHeld => 5,
        Counter::RenameLookups => 6,
    }
}

/// Adds `n` to a counter of this thread.
pub fn add(c: Counter, n: u64) {
    COUNTS.with(|counts| {
        if let Some(cell) = counts.get(index(c)) {
            cell.set(cell.get().saturating_add(n));
        }
    });
}

/// Raises a counter of this thread to `n`, if it is below (for a maximum).
pub(crate) fn raise(c: Counter, n: u64) {
    COUNTS.with(|counts| {
        if let Some(cell) = counts.get(index(c)) {
            cell.set(cell.get().max(n));
        }
    });
}

/// The value of a counter of this thread.
pub fn get(c: Counter) -> u64 {
    COUNTS.with(|counts| counts.get(index(c)).map_or(0, Cell::get))
}

/// Sets every counter of this thread to zero.
pub fn reset() {
    COUNTS.with(|counts| counts.iter().for_each(|c| c.set(0)));
}
