//! "Did you mean": the closest candidate to a word, by edit distance ignoring case and `_`/`-`.
//!
//! [`Suggester`] indexes a fixed list of candidates once (normalized, bucketed by length, with a
//! letter histogram each): a search then looks only at the candidates whose length is within
//! the distance limit, skips those whose histogram alone proves them too far, and computes the
//! edit distance of the few left. Its answer is the one [`did_you_mean`] gives over the same
//! candidates in the same order.

use std::collections::HashMap;

use crate::fix::Fix;
use crate::source::path::NodePath;
use crate::work::{self, Counter};

/// A word as compared: lowercased, without `_` and `-`.
fn norm(s: &str) -> String {
    if s.is_ascii() {
        // (nearly every key: no Unicode case tables, one allocation)
        let mut out = String::with_capacity(s.len());
        out.extend(
            s.bytes()
                .filter(|b| *b != b'_' && *b != b'-')
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return out;
    }
    s.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The largest distance still taken for a typo, by the longer word's length.
fn limit(len: usize) -> usize {
    match len {
        0..=3 => 1,
        4..=6 => 2,
        _ => 3,
    }
}

/// Counts of the characters of a word, folded into 32 buckets: half the L1 distance of two
/// histograms (rounded up) is at most their words' edit distance (a substitution changes two
/// counts by one, an insertion or deletion one, a transposition none; folding only lowers it).
type Histogram = [u8; 32];

fn histogram(s: &str) -> Histogram {
    let mut h = [0u8; 32];
    for c in s.chars() {
        if let Some(slot) = h.get_mut((c as usize) % 32) {
            *slot = slot.saturating_add(1);
        }
    }
    h
}

fn lower_bound(a: &Histogram, b: &Histogram) -> usize {
    let l1: usize = a
        .iter()
        .zip(b)
        .map(|(x, y)| usize::from(x.abs_diff(*y)))
        .sum();
    l1.div_ceil(2)
}

/// One indexed candidate.
#[derive(Debug)]
struct Entry {
    /// Position in the candidate list (earlier wins a tie).
    order: usize,
    norm: String,
    chars: usize,
    histogram: Histogram,
}

/// The candidates of a did-you-mean search, indexed once (see the module doc).
#[derive(Debug, Default)]
pub struct Suggester {
    names: Vec<String>,
    /// Normalized name -> its first position.
    exact: HashMap<String, usize>,
    /// Entries by their normalized length in characters.
    by_len: Vec<Vec<Entry>>,
}

impl Suggester {
    /// Indexes `candidates` (in their order).
    pub fn new<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Suggester {
        let mut s = Suggester::default();
        for (order, c) in candidates.into_iter().enumerate() {
            let n = norm(c);
            s.exact.entry(n.clone()).or_insert(order);
            let chars = n.chars().count();
            if s.by_len.len() <= chars {
                s.by_len.resize_with(chars + 1, Vec::new);
            }
            let entry = Entry {
                order,
                histogram: histogram(&n),
                chars,
                norm: n,
            };
            if let Some(bucket) = s.by_len.get_mut(chars) {
                bucket.push(entry);
            }
            s.names.push(c.to_owned());
        }
        s
    }

    /// The closest candidate to `word`, if close enough to be a likely typo.
    pub fn best(&self, word: &str) -> Option<&str> {
        let w = norm(word);
        if let Some(&i) = self.exact.get(&w) {
            return self.names.get(i).map(String::as_str);
        }
        let wl = w.chars().count();
        let wh = histogram(&w);
        // (a distance is at least the difference of lengths, and no limit exceeds 3)
        let lo = wl.saturating_sub(3);
        let hi = (wl + 3).min(self.by_len.len().saturating_sub(1));
        let mut best: Option<(f64, usize)> = None;
        let mut looked = 0u64;
        let mut computed = 0u64;
        for bucket in self.by_len.get(lo..=hi).into_iter().flatten() {
            for e in bucket {
                looked += 1;
                let len = wl.max(e.chars).max(1);
                let lim = limit(len);
                if wl.abs_diff(e.chars) > lim || lower_bound(&wh, &e.histogram) > lim {
                    continue;
                }
                computed += 1;
                let d = strsim::damerau_levenshtein(&w, &e.norm);
                if d > lim {
                    continue;
                }
                let score = d as f64 / len as f64;
                let better = match best {
                    None => true,
                    Some((s, order)) => score < s || (score == s && e.order < order),
                };
                if better {
                    best = Some((score, e.order));
                }
            }
        }
        work::add(Counter::SuggestCandidates, looked);
        work::add(Counter::SuggestDistances, computed);
        best.and_then(|(_, i)| self.names.get(i))
            .map(String::as_str)
    }
}

/// The closest candidate to `word` (by edit distance, ignoring case and `_`/`-`), if it is close
/// enough to be a likely typo. Used for every "did you mean" suggestion over a few candidates;
/// a long list searched for many words is indexed once with [`Suggester`].
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let w = norm(word);
    let wl = w.chars().count();
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let n = norm(c);
        if n == w {
            return Some(c);
        }
        let nl = n.chars().count();
        let len = wl.max(nl).max(1);
        if wl.abs_diff(nl) > limit(len) {
            continue;
        }
        let d = strsim::damerau_levenshtein(&w, &n);
        if d <= limit(len) {
            let score = d as f64 / len as f64;
            if best.is_none_or(|(_, s)| score < s) {
                best = Some((c, score));
            }
        }
    }
    best.map(|(c, _)| c)
}

/// A safe fix replacing the string value at `path` by the candidate it spells in another
/// case, or by the clearly closest one (see [`clearly_closest`]).
pub fn enum_fix(path: &NodePath, value: &str, candidates: &[&str]) -> Option<Fix> {
    candidates
        .iter()
        .find(|c| c.eq_ignore_ascii_case(value))
        .copied()
        .or_else(|| clearly_closest(value, candidates.iter().copied()))
        .map(|c| Fix::set_value(path, c))
}

/// The candidate closest to `word` when it is clearly the closest: [`did_you_mean`]'s answer,
/// unless another candidate is as close (then a fix would have to guess). Fixes use it.
pub fn clearly_closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let all: Vec<&'a str> = candidates.into_iter().collect();
    let best = did_you_mean(word, all.iter().copied())?;
    is_clearly_closest(word, best, all).then_some(best)
}

/// Whether `best` ([`did_you_mean`]'s answer for `word` over `candidates`) is clearly the
/// closest: no other candidate (of another normalized spelling) is as close. For a caller that
/// has the suggestion already ([`clearly_closest`] without a second search).
pub fn is_clearly_closest<'a, I>(word: &str, best: &str, candidates: I) -> bool
where
    I: IntoIterator<Item = &'a str>,
{
    // (whole-string lowercasing, as before: a final `Σ` is `ς` here, unlike in [`norm`])
    let whole = |s: &str| {
        if s.is_ascii() {
            norm(s)
        } else {
            s.to_lowercase().replace(['_', '-'], "")
        }
    };
    let w = whole(word);
    let wl = w.chars().count();
    let nb = whole(best);
    let d = strsim::damerau_levenshtein(&w, &nb);
    !candidates.into_iter().any(|c| {
        if c == best {
            return false;
        }
        let n = whole(c);
        // (a distance is at least the difference of the lengths)
        n != nb && wl.abs_diff(n.chars().count()) <= d && strsim::damerau_levenshtein(&w, &n) <= d
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clearly_closest_lowercases_whole_words() {
        // `xΣ` lowercases to `xς` as a word: as close to `xς` as to `xσ`, so no fix guesses
        assert_eq!(clearly_closest("xΣ", ["xσ", "xς"]), None);
        assert_eq!(
            clearly_closest("trialConcurency", ["trialConcurrency", "trialCommand"]),
            Some("trialConcurrency")
        );
    }

    #[test]
    fn the_index_answers_as_the_plain_search() {
        let names = [
            "trialConcurrency",
            "maxTrialNumber",
            "trial_command",
            "searchSpaceFile",
            "tuner",
            "assessor",
            "platform",
            "useActiveGpu",
            "x",
            "ab",
            "machineList",
            "password",
            "passwd",
        ];
        let s = Suggester::new(names);
        for w in [
            "trialConcurency",
            "maxTrialNumbr",
            "trialcommand",
            "tunr",
            "asessor",
            "platfrom",
            "useActiveGPU",
            "y",
            "ba",
            "machinelists",
            "pasword",
            "zzzzzzzz",
            "",
            "TRIAL-CONCURRENCY",
        ] {
            assert_eq!(s.best(w), did_you_mean(w, names), "{w}");
        }
    }

    #[test]
    fn the_histogram_bound_never_exceeds_the_distance() {
        let words = [
            "abc", "acb", "abcd", "xbc", "", "aabbcc", "cba", "passwrod", "password",
        ];
        for a in words {
            for b in words {
                let d = strsim::damerau_levenshtein(a, b);
                assert!(lower_bound(&histogram(a), &histogram(b)) <= d, "{a} {b}");
            }
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("trialConcurency", ["trialConcurrency", "trialCommand"]),
            Some("trialConcurrency")
        );
        assert_eq!(
            did_you_mean("choise", ["choice", "uniform"]),
            Some("choice")
        );
        assert_eq!(did_you_mean("zzz", ["choice", "uniform"]), None);
        assert_eq!(
            clearly_closest("choise", ["choice", "uniform"]),
            Some("choice")
        );
        assert_eq!(clearly_closest("ab", ["ac", "ad"]), None);
    }
}
