//! Unified diffs (`--diff`): what `--fix` would change, as `diff -u` prints it.

/// One line of an edit script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// Line `a[i]` == `b[j]`.
    Equal(usize, usize),
    /// Line `a[i]` removed.
    Delete(usize),
    /// Line `b[j]` added.
    Insert(usize),
}

/// Edit distance beyond which the middle of two texts is shown as removed and added whole.
const MAX_D: usize = 4096;

/// Lines with their ends.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// Myers' O((N+M)D) diff of `a` and `b` (after their common prefix and suffix are removed).
fn script(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Equal(i, i)).collect();
    match myers(am, bm) {
        Some(mid) => ops.extend(mid.into_iter().map(|op| match op {
            Op::Equal(i, j) => Op::Equal(i + prefix, j + prefix),
            Op::Delete(i) => Op::Delete(i + prefix),
            Op::Insert(j) => Op::Insert(j + prefix),
        })),
        None => {
            ops.extend((0..am.len()).map(|i| Op::Delete(i + prefix)));
            ops.extend((0..bm.len()).map(|j| Op::Insert(j + prefix)));
        }
    }
    let (ea, eb) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|k| Op::Equal(ea + k, eb + k)));
    ops
}

fn myers(a: &[&str], b: &[&str]) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m) as usize;
    let offset = max as isize + 1;
    let mut v = vec![0isize; 2 * max + 3];
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let at = |k: isize| (k + offset) as usize;
    let mut found = false;
    for d in 0..=(max.min(MAX_D) as isize) {
        trace.push(v.clone());
        let mut k = -d;
        while k <= d {
            let mut x = if k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]) {
                v[at(k + 1)]
            } else {
                v[at(k - 1)] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[at(k)] = x;
            if x >= n && y >= m {
                found = true;
                break;
            }
            k += 2;
        }
        if found {
            break;
        }
    }
    if !found {
        return None;
    }
    // walk back through the trace
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (0..trace.len() as isize).rev() {
        let v = &trace[d as usize];
        let k = x - y;
        let prev_k = if k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = if d == 0 { 0 } else { v[at(prev_k)] };
        let prev_y = prev_x - prev_k;
        while x > prev_x.max(0) && y > prev_y.max(0) && x > 0 && y > 0 {
            if a[(x - 1) as usize] != b[(y - 1) as usize] {
                break;
            }
            x -= 1;
            y -= 1;
            ops.push(Op::Equal(x as usize, y as usize));
        }
        if d > 0 {
            if x == prev_x {
                y -= 1;
                ops.push(Op::Insert(y as usize));
            } else {
                x -= 1;
                ops.push(Op::Delete(x as usize));
            }
        }
    }
    while x > 0 && y > 0 {
        x -= 1;
        y -= 1;
        ops.push(Op::Equal(x as usize, y as usize));
    }
    ops.reverse();
    Some(ops)
}

/// One line as shown: its end (`\n`, `\r\n`) removed, and a note if it had none.
fn show(out: &mut String, mark: char, line: &str) {
    out.push(mark);
    let body = line.strip_suffix('\n').unwrap_or(line);
    out.push_str(body.strip_suffix('\r').unwrap_or(body));
    out.push('\n');
    if !line.ends_with('\n') {
        out.push_str("\\ No newline at end of file\n");
    }
}

/// The unified diff of `old` and `new` (3 lines of context), with `path` in its headers;
/// empty when they are equal.
pub fn unified(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let (a, b) = (lines(old), lines(new));
    let ops = script(&a, &b);
    let mut out = format!("--- a/{path}\n+++ b/{path}\n");
    const CONTEXT: usize = 3;
    let changed: Vec<usize> = (0..ops.len())
        .filter(|i| !matches!(ops[*i], Op::Equal(..)))
        .collect();
    let mut i = 0;
    while i < changed.len() {
        let start = changed[i].saturating_sub(CONTEXT);
        let mut end = changed[i];
        let mut j = i;
        while j + 1 < changed.len() && changed[j + 1] <= end + 2 * CONTEXT + 1 {
            j += 1;
            end = changed[j];
        }
        let end = (end + CONTEXT + 1).min(ops.len());
        let hunk = &ops[start..end];
        let (mut a0, mut b0) = (None, None);
        let (mut na, mut nb) = (0, 0);
        for op in hunk {
            match *op {
                Op::Equal(x, y) => {
                    a0.get_or_insert(x);
                    b0.get_or_insert(y);
                    na += 1;
                    nb += 1;
                }
                Op::Delete(x) => {
                    a0.get_or_insert(x);
                    na += 1;
                }
                Op::Insert(y) => {
                    b0.get_or_insert(y);
                    nb += 1;
                }
            }
        }
        // a side with no line in the hunk starts after the line before it
        let before = |ops: &[Op], side_a: bool| {
            ops[..start]
                .iter()
                .rev()
                .find_map(|op| match (*op, side_a) {
                    (Op::Equal(x, _), true) | (Op::Delete(x), true) => Some(x + 1),
                    (Op::Equal(_, y), false) | (Op::Insert(y), false) => Some(y + 1),
                    _ => None,
                })
                .unwrap_or(0)
        };
        let a_start = a0.map_or_else(|| before(&ops, true), |x| x + 1);
        let b_start = b0.map_or_else(|| before(&ops, false), |y| y + 1);
        out.push_str(&format!("@@ -{a_start},{na} +{b_start},{nb} @@\n"));
        for op in hunk {
            match *op {
                Op::Equal(x, _) => show(&mut out, ' ', a.get(x).copied().unwrap_or("")),
                Op::Delete(x) => show(&mut out, '-', a.get(x).copied().unwrap_or("")),
                Op::Insert(y) => show(&mut out, '+', b.get(y).copied().unwrap_or("")),
            }
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_changed_line() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        assert_eq!(
            unified("x.yml", old, new),
            "--- a/x.yml\n+++ b/x.yml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
        );
        assert_eq!(unified("x", old, old), "");
    }

    #[test]
    fn scattered_changes_and_no_final_newline() {
        let old: String = (0..30).map(|i| format!("l{i}\n")).collect();
        let new = old.replace("l1\n", "L1\n").replace("l25\n", "") + "end";
        let d = unified("f", &old, &new);
        assert_eq!(d.matches("@@ ").count(), 2, "{d}");
        assert!(d.contains("@@ -23,8 +23,8 @@\n"), "{d}");
        assert!(d.contains("-l1\n+L1\n"), "{d}");
        assert!(d.contains("-l25\n"), "{d}");
        assert!(d.ends_with("+end\n\\ No newline at end of file\n"), "{d}");
    }
}
