//! Key matching: exact, and as NNI matches exp.yml keys (ignoring case and underscores).

/// How a written key matched a property name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Spelling {
    /// Exactly the property name.
    Exact,
    /// The property name in snake_case (`trial_concurrency` for `trialConcurrency`): accepted.
    Snake,
    /// Another spelling NNI reads as the property (`TrialConcurrency`): a warning.
    Other,
}

/// Whether NNI reads `key` as `property` (`key.lower().replace('_', '')` equal).
pub(crate) fn nni_equal(key: &str, property: &str) -> bool {
    crate::source::keys::nni_equal(key, property)
}

/// Whether `key` is `property` (camelCase) converted to snake_case.
pub(crate) fn is_snake_of(key: &str, property: &str) -> bool {
    let snake = property.chars().flat_map(|c| {
        let lower = c.to_lowercase();
        let underscore = c.is_uppercase().then_some('_');
        underscore.into_iter().chain(lower)
    });
    snake.eq(key.chars())
}

/// How `key` matches `property`, if it does (`nni`: also NNI's case- and underscore-blind match).
pub(crate) fn spelling(key: &str, property: &str, nni: bool) -> Option<Spelling> {
    if key == property {
        Some(Spelling::Exact)
    } else if !nni {
        None
    } else if is_snake_of(key, property) {
        Some(Spelling::Snake)
    } else if nni_equal(key, property) {
        Some(Spelling::Other)
    } else {
        None
    }
}

/// The key as NNI compares it (for indexes).
pub(crate) fn fold(key: &str) -> String {
    crate::source::keys::fold(key)
}

/// Whether a member with this key holds a secret, whose value must never be printed (the
/// source layer's classification, SPEC.md §4).
pub(crate) fn is_secret_key(key: &str) -> bool {
    crate::source::secrets::is_secret_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        assert_eq!(
            spelling("trialConcurrency", "trialConcurrency", true),
            Some(Spelling::Exact)
        );
        assert_eq!(
            spelling("trial_concurrency", "trialConcurrency", true),
            Some(Spelling::Snake)
        );
        assert_eq!(
            spelling("TrialConcurrency", "trialConcurrency", true),
            Some(Spelling::Other)
        );
        assert_eq!(
            spelling("trial_Concurrency", "trialConcurrency", true),
            Some(Spelling::Other)
        );
        assert_eq!(
            spelling("trial-concurrency", "trialConcurrency", true),
            None
        );
        assert_eq!(
            spelling("trial_concurrency", "trialConcurrency", false),
            None
        );
        assert_eq!(
            spelling("nni_manager_ip", "nniManagerIp", true),
            Some(Spelling::Snake)
        );
        assert_eq!(
            spelling("optimize_mode", "optimize_mode", true),
            Some(Spelling::Exact)
        );
        assert!(is_secret_key("accessKeySecret"));
        assert!(is_secret_key("access_key"));
        assert!(is_secret_key("sshPassphrase"));
        assert!(!is_secret_key("access_id"));
    }
}
