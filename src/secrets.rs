//! Secrets (SPEC.md §4): access keys, passwords, tokens. hpoconf never prints one: every
//! diagnostic of a document is scrubbed of the secret values that document holds, whichever
//! rule wrote the message.

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::source::{Node, Value};

/// Keys whose values are secrets, compared ignoring case and `_`/`-`.
const SECRET_KEYS: &[&str] = &[
    "password",
    "passwd",
    "accesskey",
    "accesskeysecret",
    "accesssecret",
    "secret",
    "secretkey",
    "token",
    "sshpassphrase",
    "passphrase",
    "apikey",
    "accountkey",
    "keyvaultkey",
];

/// What a secret is replaced with.
pub const MASK: &str = "***";

/// Whether a key names a secret (`access_key`, `accessKeySecret`, `password`, `token`, ...).
pub fn is_secret_key(key: &str) -> bool {
    // ASCII keys up to 64 bytes (nearly all) are normalized on the stack: this runs for every
    // key of every document.
    let mut buf = [0u8; 64];
    if let Some(len) = normalize_ascii(key, &mut buf) {
        return buf.get(..len).is_some_and(is_secret_norm);
    }
    let norm: String = key
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    is_secret_norm(norm.as_bytes())
}

/// `key` without `_` and `-`, lowercased, into `buf`: its length, or `None` when `key` is not
/// ASCII or does not fit (the caller then normalizes it the general way).
pub(crate) fn normalize_ascii(key: &str, buf: &mut [u8]) -> Option<usize> {
    if !key.is_ascii() {
        return None;
    }
    let mut len = 0;
    for b in key.bytes().filter(|b| *b != b'_' && *b != b'-') {
        *buf.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
    }
    Some(len)
}

/// The bytes of [`SECRET_KEYS`]: a key that is one of them, or one edit from one, has at most
/// one byte outside them.
static SECRET_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < SECRET_KEYS.len() {
        let k = SECRET_KEYS[i].as_bytes();
        let mut j = 0;
        while j < k.len() {
            table[k[j] as usize] = true;
            j += 1;
        }
        i += 1;
    }
    table
};

/// [`is_secret_key`] of a normalized key.
fn is_secret_norm(norm: &[u8]) -> bool {
    if norm.ends_with(b"password") || norm.ends_with(b"secret") || norm.ends_with(b"token") {
        return true;
    }
    // Most keys (`cmd12`, `endpoint`) are neither a secret key nor one edit from one: two bytes
    // that no secret key has, or a length no secret key is within one of, rule them out
    // before the comparisons below. (Keys of 4 bytes or fewer are too short: the shortest
    // secret key counted with an edit has 5.)
    if norm.len() < 4 || norm.len() > 16 {
        return false;
    }
    let foreign = norm
        .iter()
        .filter(|b| !SECRET_BYTES.get(usize::from(**b)).copied().unwrap_or(false))
        .count();
    if foreign > 1 {
        return false;
    }
    SECRET_KEYS.iter().any(|k| k.as_bytes() == norm)
        // a misspelled secret key (`pasword`, `acess_key`) still holds a secret
        || SECRET_KEYS
            .iter()
            .any(|k| k.len() >= 5 && one_edit_apart(norm, k.as_bytes()))
}

/// Whether `a` becomes `b` by one insertion, deletion, substitution or transposition of
/// adjacent bytes (no allocation: this runs for every key of every document).
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (
        a.get(prefix..).unwrap_or(&[]),
        b.get(prefix..).unwrap_or(&[]),
    );
    match ra.len().cmp(&rb.len()) {
        // substitution, or transposition of the first two differing bytes
        std::cmp::Ordering::Equal => {
            ra.get(1..) == rb.get(1..)
                || (ra.len() >= 2
                    && ra.first() == rb.get(1)
                    && ra.get(1) == rb.first()
                    && ra.get(2..) == rb.get(2..))
        }
        std::cmp::Ordering::Greater => ra.get(1..) == Some(rb),
        std::cmp::Ordering::Less => rb.get(1..) == Some(ra),
    }
}

/// Whether a secret key's value is a placeholder that stands for the secret rather than the
/// secret itself: a whole `${name}` (substituted by hpo_tools) or a Jinja `{{ ... }}`. A
/// placeholder is never a secret (SPEC.md §4): it is shown as written.
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    let v = v
        .strip_prefix(['"', '\''])
        .and_then(|v| v.strip_suffix(['"', '\'']))
        .unwrap_or(v);
    let dollar = v
        .strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .is_some_and(|name| !name.is_empty() && !name.contains(['{', '}', '$']));
    let jinja = v
        .strip_prefix("{{")
        .and_then(|r| r.strip_suffix("}}"))
        .is_some_and(|inner| !inner.contains("}}"));
    dollar || jinja
}

/// The text of every secret value in a tree (strings and scalars under secret keys).
pub fn collect(root: &Node) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match &node.value {
            Value::Object(members) => {
                for m in members {
                    if is_secret_key(&m.key)
                        && let Some(t) = scalar_text(&m.value)
                        && !t.is_empty()
                        && !is_placeholder(&t)
                    {
                        out.push(t);
                    }
                    if matches!(m.value.value, Value::Object(_) | Value::Array(_)) {
                        stack.push(&m.value);
                    }
                }
            }
            Value::Array(items) => stack.extend(
                items
                    .iter()
                    .filter(|n| matches!(n.value, Value::Object(_) | Value::Array(_))),
            ),
            _ => {}
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

/// The shortest value [`collect_from_text`] takes for a secret: shorter ones would mask common
/// words and numbers of every message (the tree's own secrets, [`collect`], are taken whatever
/// their length).
const MIN_TEXT_SECRET: usize = 4;

/// `"key": value` members of JSON text (the key's quotes, the value: a string, even unclosed, or
/// a bare token).
static JSON_MEMBER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r#""((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"?|[^\s,}\]]+)"#).ok()
});

/// Group 1 of a [`JSON_MEMBER`] match: the text between its opening quote and the first quote
/// that is not escaped (`\\.` takes a backslash and the character after it).
fn json_key(m: &str) -> Option<&str> {
    let bytes = m.as_bytes();
    let mut i = 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => return m.get(1..i),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    None
}

/// Secrets found by reading `text` line by line, for what the tree does not hold: the text
/// could not be read (a syntax error on the secret's line), the secret's entry was dropped (a
/// duplicate key, a line without a delimiter), or a message quotes the secret as written rather
/// than as read (`99999999999999999999999` is read as `1e23`). Finds `key: value`,
/// `key = value`, `key value`, `- key: value` and JSON `"key": value` with a secret key, and
/// returns each value as written, without its quotes, and unescaped.
pub fn collect_from_text(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !may_name_a_secret(text) {
        return out;
    }
    // `split('\n')` then `split('\r')`: a one-character pattern searches with memchr (a
    // two-character pattern was slow on a 100 MB line in debug builds)
    for line in text.split('\n').flat_map(|l| l.split('\r')) {
        if !may_name_a_secret(line) {
            continue;
        }
        if let Some(re) = JSON_MEMBER.as_ref() {
            // Find with the fast engines, read the key off the match, and run the capture
            // engine only on the matches with a secret key: over a whole single-line embedded
            // document (one match can span all of it) it was 20% of the check.
            for c in re
                .find_iter(line)
                .filter(|m| json_key(m.as_str()).is_none_or(is_secret_key))
                .filter_map(|m| re.captures(m.as_str()))
            {
                if let (Some(k), Some(v)) = (c.get(1), c.get(2))
                    && is_secret_key(k.as_str())
                {
                    push_value(v.as_str(), &mut out);
                }
            }
        }
        let t = line.trim_start();
        let t = t.strip_prefix("- ").map_or(t, str::trim_start);
        let key_end = t
            .find(|c: char| c == ':' || c == '=' || c.is_whitespace())
            .unwrap_or(t.len());
        let (key, rest) = (
            t.get(..key_end).unwrap_or(""),
            t.get(key_end..).unwrap_or(""),
        );
        if !is_secret_key(key.trim_matches(['"', '\''])) {
            continue;
        }
        let rest = rest.trim_start();
        let rest = rest.strip_prefix([':', '=']).map_or(rest, str::trim_start);
        push_value(rest, &mut out);
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

/// Whether a line may hold a secret key (`password`, `passwd`, `passphrase`, `*key*`,
/// `*secret*`, `*token*` in lower, title or upper case): a cheap filter, so that the regex only
/// runs on the few lines that can matter (a 10 MB line or five million lines stay fast).
fn may_name_a_secret(line: &str) -> bool {
    // one search for the eight parts together (regex picks a SIMD multi-literal searcher): over
    // a whole 1 MB file, eight `str::contains` were 6% of checking a trial.ini
    static PARTS: std::sync::LazyLock<Option<regex::Regex>> =
        std::sync::LazyLock::new(|| regex::Regex::new("ass|ASS|ey|EY|ecret|ECRET|oken|OKEN").ok());
    match PARTS.as_ref() {
        Some(re) => re.is_match(line),
        // (a fixed pattern: never the case)
        None => true,
    }
}

/// Pushes a value as written, without a trailing comma, without its quotes, and unescaped.
fn push_value(raw: &str, out: &mut Vec<String>) {
    let v = raw.trim();
    let v = v.strip_suffix(',').unwrap_or(v).trim_end();
    if is_placeholder(v) {
        return;
    }
    let mut candidates = vec![v.to_owned()];
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q) {
            let inner = inner.strip_suffix(q).unwrap_or(inner);
            candidates.push(inner.to_owned());
            if q == '"'
                && let Ok(unescaped) = serde_json::from_str::<String>(&format!("\"{inner}\""))
            {
                candidates.push(unescaped);
            }
        }
    }
    out.extend(
        candidates
            .into_iter()
            .filter(|c| c.chars().count() >= MIN_TEXT_SECRET),
    );
}

fn scalar_text(node: &Node) -> Option<String> {
    match &node.value {
        Value::String(s) => Some(s.as_str().to_owned()),
        Value::Number(n) => Some(match n {
            crate::source::Number::Int(i) => i.to_string(),
            crate::source::Number::UInt(u) => u.to_string(),
            crate::source::Number::Float(f) => f.to_string(),
        }),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Replaces every secret value in the messages and help of `diagnostics` with `***`, and
/// drops a fix whose edits would write one (a fix cannot be masked).
pub fn scrub(diagnostics: &mut [Diagnostic], secrets: &[String]) {
    if secrets.is_empty() {
        return;
    }
    for d in diagnostics {
        d.message = scrub_text(&d.message, secrets);
        if let Some(h) = &d.help {
            d.help = Some(scrub_text(h, secrets));
        }
        let leaks = d.fix.as_ref().is_some_and(|f| {
            f.edits.iter().any(|e| {
                secrets
                    .iter()
                    .any(|s| !s.is_empty() && e.content.contains(s.as_str()))
            })
        });
        if leaks {
            d.fix = None;
        }
    }
}

/// The text of every secret value in a JSON value (strings and scalars under secret keys).
pub fn collect_json(value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value as J;
    let mut out = Vec::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            J::Object(map) => {
                for (k, child) in map {
                    if is_secret_key(k) {
                        match child {
                            J::String(s) if !s.is_empty() && !is_placeholder(s) => {
                                out.push(s.clone())
                            }
                            J::Number(n) => out.push(n.to_string()),
                            _ => {}
                        }
                    }
                    stack.push(child);
                }
            }
            J::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

/// Replaces the value of every secret member of a JSON value (at any depth) with `***`.
pub fn mask_json(value: &mut serde_json::Value) {
    use serde_json::Value as J;
    match value {
        J::Object(map) => {
            for (k, child) in map.iter_mut() {
                if is_secret_key(k)
                    && !child.is_null()
                    && !child.as_str().is_some_and(is_placeholder)
                {
                    *child = J::String(MASK.to_owned());
                } else {
                    mask_json(child);
                }
            }
        }
        J::Array(items) => items.iter_mut().for_each(mask_json),
        _ => {}
    }
}

/// Replaces every secret of `secrets` in `text`.
pub fn scrub_text(text: &str, secrets: &[String]) -> String {
    let mut t = text.to_owned();
    for s in secrets {
        if t.contains(s.as_str()) {
            t = t.replace(s.as_str(), MASK);
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick rejection of [`is_secret_norm`] keeps every key one edit from a secret key.
    #[test]
    fn one_edit_keys_pass_the_byte_filter() {
        let slow = |norm: &[u8]| {
            SECRET_KEYS.iter().any(|k| k.as_bytes() == norm)
                || norm.ends_with(b"password")
                || norm.ends_with(b"secret")
                || norm.ends_with(b"token")
                || SECRET_KEYS
                    .iter()
                    .any(|k| k.len() >= 5 && one_edit_apart(norm, k.as_bytes()))
        };
        for k in SECRET_KEYS {
            let k = k.as_bytes();
            for i in 0..=k.len() {
                for c in [b'z', b'7', b'a', b'q'] {
                    let mut sub = k.to_vec();
                    if let Some(b) = sub.get_mut(i) {
                        *b = c;
                    }
                    let mut ins = k.to_vec();
                    ins.insert(i, c);
                    let mut del = k.to_vec();
                    if i < del.len() {
                        del.remove(i);
                    }
                    for v in [sub, ins, del] {
                        assert_eq!(
                            is_secret_norm(&v),
                            slow(&v),
                            "{}",
                            String::from_utf8_lossy(&v)
                        );
                    }
                }
            }
        }
        for v in [
            "cmd1",
            "cmd12345",
            "endpoint",
            "accesskeyid",
            "x",
            "",
            "region_id",
        ] {
            assert_eq!(is_secret_norm(v.as_bytes()), slow(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn secret_keys() {
        for k in [
            "password",
            "access_key",
            "accessKeySecret",
            "access_key_secret",
            "accesskeysecret",
            "token",
            "sshPassphrase",
        ] {
            assert!(is_secret_key(k), "{k}");
        }
        for k in [
            "access_id",
            "accessKeyID",
            "accesskeyid",
            "role_arn",
            "user",
            "host",
        ] {
            assert!(!is_secret_key(k), "{k}");
        }
    }

    #[test]
    fn secrets_in_text() {
        let text = "password: \"abc\\\"def\n  - token = 12345678\naccess_key S3cret!\n{\"accessKeySecret\": \"xy\\\\zw\", \"a\": 1}\nuser: nobody\n";
        let found = collect_from_text(text);
        for s in [
            "abc\\\"def",
            "abc\"def",
            "12345678",
            "S3cret!",
            "xy\\\\zw",
            "xy\\zw",
        ] {
            assert!(found.iter().any(|f| f == s), "{s} not in {found:?}");
        }
        assert!(!found.iter().any(|f| f.contains("nobody")));
    }

    #[test]
    fn one_edit() {
        assert!(one_edit_apart(b"pasword", b"password"));
        assert!(one_edit_apart(b"passwrod", b"password"));
        assert!(one_edit_apart(b"passward", b"password"));
        assert!(one_edit_apart(b"passwords", b"password"));
        assert!(!one_edit_apart(b"password", b"password"));
        assert!(!one_edit_apart(b"pssword1", b"password"));
        assert!(!one_edit_apart(b"accesskeyid", b"accesskey"));
        assert!(
            is_secret_key("acess_key") && is_secret_key("pasword") && !is_secret_key("access_id")
        );
    }

    #[test]
    fn placeholders_are_not_secrets() {
        for p in ["${SK}", "\"${access_key}\"", "{{ ak }}", " ${x} "] {
            assert!(is_placeholder(p), "{p}");
        }
        for s in ["${a}b", "abc${x}", "${}", "{{ a }} b", "secret"] {
            assert!(!is_placeholder(s), "{s}");
        }
        assert!(collect_from_text("accessKeySecret=${SK}\naccess_key = {{ ak }}\n").is_empty());
        assert_eq!(
            collect_from_text("access_key = abcd${x}\n"),
            vec!["abcd${x}".to_owned()]
        );
    }

    #[test]
    fn scrubs() {
        assert_eq!(
            scrub_text("found `hunter2` here", &["hunter2".to_owned()]),
            "found `***` here"
        );
    }
}
