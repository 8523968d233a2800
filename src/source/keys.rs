//! NNI's key spelling, the one rule every lookup of an exp.yml key goes through.
//!
//! NNI matches experiment-config keys ignoring case and underscores: its
//! `nni/experiment/config/utils/internal.py` has `case_insensitive(key) =
//! key.lower().replace('_', '')`, applied to every key it reads, so `SearchSpaceFile`,
//! `search_space_file` and `searchSpaceFile` are the same field. A rule that looks a key up
//! uses [`member`] (or [`Node::member_nni`](super::Node::member_nni)) and so sees the file as
//! NNI does.

use super::{Member, Node};

/// The characters NNI compares: lowercase, without `_`.
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| *c != '_').flat_map(char::to_lowercase)
}

/// The key as NNI compares it: `key.lower().replace('_', '')`.
pub fn fold(key: &str) -> String {
    if key.is_ascii() {
        // (nearly every key: no Unicode case tables, one allocation)
        let mut out = String::with_capacity(key.len());
        out.extend(
            key.bytes()
                .filter(|b| *b != b'_')
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return out;
    }
    folded(key).collect()
}

/// Whether NNI reads `key` as `canonical` (their folded forms are equal). No allocation.
pub fn nni_equal(key: &str, canonical: &str) -> bool {
    // This runs for every key a rule looks up, and most pairs differ at their first byte: that
    // test first (without it the NNI corpus's run took 0.72 M instructions more). Then keys
    // with no `_`, compared ignoring ASCII case; then one pass over both, `_` skipped, ASCII
    // case ignored: equal so, they are equal folded (other bytes compared exactly).
    let (a, b) = (key.as_bytes(), canonical.as_bytes());
    if let (Some(x), Some(y)) = (a.first(), b.first())
        && x.is_ascii_alphanumeric()
        && y.is_ascii_alphanumeric()
        && !x.eq_ignore_ascii_case(y)
    {
        return false;
    }
    // neither with a `_` (nearly every canonical key, most written ones), both ASCII: equal
    // when of one length, ignoring case
    let plain = |s: &[u8]| s.is_ascii() && s.iter().all(|&c| c != b'_');
    if plain(a) && plain(b) {
        return a.eq_ignore_ascii_case(b);
    }
    let (mut i, mut j) = (0, 0);
    loop {
        while a.get(i) == Some(&b'_') {
            i += 1;
        }
        while b.get(j) == Some(&b'_') {
            j += 1;
        }
        match (a.get(i), b.get(j)) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {
                i += 1;
                j += 1;
            }
            // two bytes that differ but for case only when one is not ASCII: then the
            // general way (an ASCII byte that differs, or a key that ends before the other's
            // next character, which folds to at least one, tells them apart)
            (Some(x), Some(y)) if !x.is_ascii() || !y.is_ascii() => break,
            _ => return false,
        }
    }
    folded(key).eq(folded(canonical))
}

/// The member of the mapping `node` that NNI reads as `canonical`. With two spellings of one
/// key in a mapping (an error of its own), NNI keeps the later one, and so does this.
pub fn member<'a>(node: &'a Node, canonical: &str) -> Option<&'a Member> {
    node.as_object()?
        .iter()
        .rev()
        .find(|m| nni_equal(&m.key, canonical))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nni_spellings() {
        for k in [
            "searchSpaceFile",
            "SearchSpaceFile",
            "search_space_file",
            "SEARCH_SPACE_FILE",
            "searchspacefile",
            "search_spaceFile",
        ] {
            assert!(nni_equal(k, "searchSpaceFile"), "{k}");
        }
        assert!(!nni_equal("searchSpacePath", "searchSpaceFile"));
        assert!(!nni_equal("search-space-file", "searchSpaceFile"));
        assert_eq!(fold("Trial_Command"), "trialcommand");
    }

    proptest::proptest! {
        /// The one-pass comparison answers as the comparison of the folded keys.
        #[test]
        fn nni_equal_is_equality_of_the_folded_keys(
            a in "[aAkK_ÉK]{0,6}",
            b in "[aAkK_éK]{0,6}",
        ) {
            proptest::prop_assert_eq!(nni_equal(&a, &b), fold(&a) == fold(&b));
        }
    }

    #[test]
    fn member_finds_every_spelling() {
        let parsed = crate::source::parse(
            crate::source::Format::Yaml,
            "SearchSpaceFile: a.json\nTrialCommand: python t.py\n",
        );
        let root = parsed.root.expect("root");
        assert_eq!(
            member(&root, "searchSpaceFile").map(|m| m.key.as_str()),
            Some("SearchSpaceFile")
        );
        assert_eq!(
            member(&root, "trial_command").map(|m| m.key.as_str()),
            Some("TrialCommand")
        );
        assert!(member(&root, "tuner").is_none());
    }
}
