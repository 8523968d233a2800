//! The batches of a run over paths: the files found are checked a batch at a time, so that the
//! memory of a run does not grow with its files, and the reports come out as one run over all of
//! them would give them.
//!
//! Each exp.yml is grouped with the files it names (its search space file, its `--config=`
//! trial.ini), found as the pipeline finds them (by displayed path, then by file identity); a
//! file named by two experiments joins their groups. A named file that is not one of the files
//! found (read only because it is named, under the joined path) is grouped by that path, so
//! that it is read, checked and reported once. Batches take whole groups in path order (a
//! group's turn comes with its first path) until they have `size` files.
//!
//! Every path of a later batch sorts at or after that batch's `start`, so once a batch is
//! checked, its reports before the next batch's `start` can be handed on: the ones held back are
//! those of files named from before them (a batch of contiguous folders holds back none).

use std::collections::HashMap;

use super::host::{self, Place};
use super::identity::FileId;
use super::walk::Candidate;
use crate::pipeline;

/// Files checked together, by index into the candidates.
#[derive(Debug)]
pub(super) struct Batch {
    /// The candidates of the batch.
    pub files: Vec<usize>,
    /// No path of this batch or a later one sorts before this (displayed) path.
    pub start: String,
}

/// The batches of `candidates` (deduplicated; `ids` their identities), given the paths
/// that each exp.yml among them names as written (`named`: candidate index, paths).
pub(super) fn batches(
    candidates: &[Candidate],
    ids: &[Option<FileId>],
    named: &[(usize, Vec<String>)],
    size: usize,
) -> Vec<Batch> {
    let n = candidates.len();
    if named.is_empty() {
        return ungrouped(candidates, size);
    }
    let mut sets = Sets::new(n);
    // nodes: the candidates, then the named files that are not candidates (by joined path)
    let mut extra: Vec<String> = Vec::new();
    {
        let by_display: HashMap<&str, usize> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.display.as_str(), i))
            .collect();
        let by_id: HashMap<&FileId, usize> = ids
            .iter()
            .enumerate()
            .filter_map(|(i, id)| Some((id.as_ref()?, i)))
            .collect();
        let mut extra_ix: HashMap<String, usize> = HashMap::new();
        for (i, written) in named {
            let Some(c) = candidates.get(*i) else {
                continue;
            };
            for w in written {
                let joined = pipeline::join(&c.display, w);
                // every way the pipeline may find it, whichever it takes (more grouping is
                // never wrong: only fewer would be)
                if let Some(&j) = by_display.get(joined.as_str()) {
                    sets.union(*i, j);
                }
                match host::locate(&c.path, w, |id| by_id.get(id).copied()) {
                    Place::Held(j) => sets.union(*i, j),
                    Place::File(..) if !by_display.contains_key(joined.as_str()) => {
                        let node = *extra_ix.entry(joined.clone()).or_insert_with(|| {
                            extra.push(joined.clone());
                            sets.push()
                        });
                        sets.union(*i, node);
                    }
                    Place::File(..) | Place::Missing => {}
                }
                if let Some(&node) = extra_ix.get(&joined) {
                    sets.union(*i, node);
                }
            }
        }
    }
    let display = |node: usize| -> &str {
        match candidates.get(node) {
            Some(c) => &c.display,
            None => node
                .checked_sub(n)
                .and_then(|k| extra.get(k))
                .map_or("", String::as_str),
        }
    };
    // the candidates of each group, by root
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        groups.entry(sets.find(i)).or_default().push(i);
    }
    let mut order: Vec<usize> = (0..sets.len()).collect();
    order.sort_by(|a, b| display(*a).cmp(display(*b)));
    let mut out: Vec<Batch> = Vec::new();
    let mut open: Option<Batch> = None;
    for node in order {
        let Some(files) = groups.remove(&sets.find(node)) else {
            continue; // its group went into a batch with its first path
        };
        let batch = open.get_or_insert_with(|| Batch {
            files: Vec::new(),
            start: display(node).to_owned(),
        });
        batch.files.extend(files);
        if batch.files.len() >= size {
            out.extend(open.take());
        }
    }
    out.extend(open);
    out
}

/// [`batches`] when no file names another (every file a group of its own): the candidates in
/// path order, `size` at a time, with no table of paths.
fn ungrouped(candidates: &[Candidate], size: usize) -> Vec<Batch> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    let display = |i: usize| candidates.get(i).map_or("", |c| c.display.as_str());
    order.sort_by(|a, b| display(*a).cmp(display(*b)));
    order
        .chunks(size.max(1))
        .map(|files| Batch {
            start: files.first().map_or("", |&i| display(i)).to_owned(),
            files: files.to_vec(),
        })
        .collect()
}

/// Disjoint sets of nodes (union by size, path halving).
struct Sets {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    fn len(&self) -> usize {
        self.parent.len()
    }

    /// Adds a node in a set of its own.
    fn push(&mut self) -> usize {
        let node = self.parent.len();
        self.parent.push(node);
        self.size.push(1);
        node
    }

    fn find(&mut self, mut x: usize) -> usize {
        while let Some(&p) = self.parent.get(x) {
            if p == x {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(x) {
                *slot = grand;
            }
            x = grand;
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        let size = |s: &Sets, x: usize| s.size.get(x).copied().unwrap_or(1);
        let (big, small) = if size(self, a) >= size(self, b) {
            (a, b)
        } else {
            (b, a)
        };
        let total = size(self, big) + size(self, small);
        if let Some(slot) = self.parent.get_mut(small) {
            *slot = big;
        }
        if let Some(slot) = self.size.get_mut(big) {
            *slot = total;
        }
    }
}
