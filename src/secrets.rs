//! Secrets (SPEC.md §4): access keys, passwords, tokens. hpoconf never prints one: every
//! diagnostic of a document is scrubbed of the secret values that document holds, whichever
//! rule wrote the message.

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
    "apikey",
    "accountkey",
    "keyvaultkey",
];

/// What a secret is replaced with.
pub const MASK: &str = "***";

/// Whether a key names a secret (`access_key`, `accessKeySecret`, `password`, `token`, ...).
pub fn is_secret_key(key: &str) -> bool {
    let norm: String = key
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    SECRET_KEYS.contains(&norm.as_str())
        || norm.ends_with("password")
        || norm.ends_with("secret")
        || norm.ends_with("token")
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
                    {
                        out.push(t);
                    }
                    stack.push(&m.value);
                }
            }
            Value::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

fn scalar_text(node: &Node) -> Option<String> {
    match &node.value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(match n {
            crate::source::Number::Int(i) => i.to_string(),
            crate::source::Number::UInt(u) => u.to_string(),
            crate::source::Number::Float(f) => f.to_string(),
        }),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Replaces every secret value in the messages and help of `diagnostics` with `***`.
pub fn scrub(diagnostics: &mut [Diagnostic], secrets: &[String]) {
    if secrets.is_empty() {
        return;
    }
    for d in diagnostics {
        d.message = scrub_text(&d.message, secrets);
        if let Some(h) = &d.help {
            d.help = Some(scrub_text(h, secrets));
        }
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
    fn scrubs() {
        assert_eq!(
            scrub_text("found `hunter2` here", &["hunter2".to_owned()]),
            "found `***` here"
        );
    }
}
