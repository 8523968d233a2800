use super::*;

#[test]
fn at_one_position_the_longest_value_wins_as_in_the_old_alternation() {
    // (a short value is matched quoted; a longer value that starts with a backtick must
    // still win at its position, or the next secret would be swallowed unmasked)
    let v = Values::new(vec!["`abc".into(), "abc".into(), "de".into()]);
    assert_eq!(v.mask("value `abc`de` here"), "value ***`***` here");
    let v = Values::new(vec!["s3cret-1".into(), "s3cret-12".into()]);
    assert_eq!(v.mask("a s3cret-12 b s3cret-1"), "a *** b ***");
}

proptest::proptest! {
    /// The values searched one at a time (a few) mask as the automaton (many) does.
    #[test]
    fn a_few_values_are_masked_as_the_automaton_masks_them(
        values in proptest::collection::vec("[ab`c]{1,5}", 1..6),
        message in "[ab`c ]{0,40}",
    ) {
        let v = Values::new(values);
        let few = Matcher::build(v.as_slice(), true).unwrap();
        let many = Matcher::build(v.as_slice(), false).unwrap();
        proptest::prop_assert_eq!(mask_with(&few, &message), mask_with(&many, &message));
    }
}

#[test]
fn the_filter_answers_as_the_regex_it_replaced() {
    let re = regex::Regex::new("(?i)ass|ey|ecret|oken|rivate|redential|://|ak|sk|pwd").unwrap();
    for line in [
        "",
        "a",
        "password: x",
        "PASSWORD",
        "access_key = LTAI",
        "AccessKeyId",
        "token",
        "privateKey",
        "oss://id:pw@bucket/x",
        "--ak x --sk y",
        "pwd=1",
        "name = Local",
        "cmd1 = python t.py --lr=${lr}",
        "metric_dict = {'auc': 1}",
        "trialConcurrency: 1",
        "x:/",
        "as",
        "e",
        "sK",
        "Credentials",
    ] {
        assert_eq!(may_name_a_secret(line), re.is_match(line), "{line:?}");
    }
    // non-ASCII text is always scanned (Unicode case folding)
    assert!(may_name_a_secret("\u{212A}"));
}

fn found(text: &str, format: crate::source::Format) -> Vec<String> {
    let parsed = super::super::parse(format, text);
    parsed
        .secrets
        .iter()
        .filter_map(|s| text.get(s.range()).map(str::to_owned))
        .collect()
}

#[test]
fn secret_keys() {
    for k in [
        "password",
        "access_key",
        "accessKeySecret",
        "access_key_secret",
        "secret_access_key",
        "private_key",
        "credentials",
        "unknown_secretkey",
        "token",
        "sshPassphrase",
        "${access_key}",
        "${token}",
        "pasword",
        "acess_key",
    ] {
        assert!(is_secret_key(k), "{k}");
    }
    for k in [
        "access_id",
        "accessKeyID",
        "role_arn",
        "user",
        "host",
        "_type",
        "cmd1",
    ] {
        assert!(!is_secret_key(k), "{k}");
    }
}

#[test]
fn positions() {
    use crate::source::Format::{Ini, Json, Yaml};
    assert_eq!(found("a: oss://id:s3cr@bucket/p\n", Yaml), ["id:s3cr"]);
    assert_eq!(
        found(
            "[p]\ncmd1 = python t.py --ak AK1 --sk=SK2 -Daccess_key=J3 ACCESS_KEY=E4 --n 5\n",
            Ini
        ),
        ["AK1", "SK2", "J3", "E4"]
    );
    assert_eq!(found("password: ${SK}\ntoken: a${x}b\n", Yaml), ["a", "b"]);
    assert_eq!(
        found(
            r#"{"${password}": {"_type": "choice", "_value": ["p1", 2]}}"#,
            Json
        ),
        ["p1", "2"]
    );
    assert_eq!(
        found("credentials:\n  user: u1\n  list: [x1, {k: v1}]\n", Yaml),
        ["u1", "x1", "v1"]
    );
    // no tree: the lines
    assert_eq!(found("password: \"abc\n  x: [\n", Yaml), ["abc"]);
    assert_eq!(found("{\"access_key\": abcx}", Json), ["abcx"]);
    // a duplicate's value
    assert_eq!(found("[s]\ntoken = t1\ntoken = t2\n", Ini), ["t1", "t2"]);
}

#[test]
fn one_edit() {
    assert!(one_edit_apart(b"pasword", b"password"));
    assert!(one_edit_apart(b"passwrod", b"password"));
    assert!(!one_edit_apart(b"password", b"password"));
    assert!(!one_edit_apart(b"accesskeyid", b"accesskey"));
}

#[test]
fn words_split_at_unquoted_breaks_and_know_their_first_equals_sign_quoted_or_not() {
    let words = |s: &str| {
        super::Words {
            b: s.as_bytes(),
            i: 0,
        }
        .map(|(a, b, eq)| (s.get(a..b).unwrap_or("?").to_owned(), eq.map(|e| e - a)))
        .collect::<Vec<_>>()
    };
    let w = |s: &str, eq: Option<usize>| (s.to_owned(), eq);
    assert_eq!(
        words("  python t.py --lr=1;x|y "),
        [
            w("python", None),
            w("t.py", None),
            w("--lr=1", Some(4)),
            w("x", None),
            w("y", None)
        ]
    );
    // a quoted part belongs to its word, breaks and all; its `=` counts
    assert_eq!(
        words(r#"--command="a b --k=v" next"#),
        [w(r#"--command="a b --k=v""#, Some(9)), w("next", None)]
    );
    assert_eq!(
        words(r#""--password=x""#),
        [w(r#""--password=x""#, Some(11))]
    );
    // an unclosed quote runs to the end
    assert_eq!(words("a 'b c=d"), [w("a", None), w("'b c=d", Some(4))]);
    assert!(words("").is_empty());
    assert!(words(" ;&| ").is_empty());
}

/// [`is_secret_norm`] as it was before the byte-set masks: every secret key compared.
fn is_secret_norm_by_comparing_all(norm: &[u8]) -> bool {
    has_secret_part(norm)
        || SECRET_KEYS.iter().any(|k| k.as_bytes() == norm)
        || SECRET_KEYS
            .iter()
            .any(|k| k.len() >= 5 && one_edit_apart(norm, k.as_bytes()))
}

proptest::proptest! {
    /// The masks rule out no key that a comparison with every secret key finds: keys made by
    /// up to two random edits of a secret key, and random keys.
    #[test]
    fn the_byte_set_masks_rule_out_no_secret_key(
        key in 0..SECRET_KEYS.len(),
        edits in proptest::collection::vec((0usize..20, 0u8..4, "[a-z0-9]"), 0..3),
        random in "[a-z0-9]{0,18}",
    ) {
        let mut k = SECRET_KEYS[key].as_bytes().to_vec();
        for (at, op, byte) in edits {
            let at = at % (k.len() + 1);
            let b = byte.as_bytes()[0];
            match op {
                0 => k.insert(at, b),
                1 if at < k.len() => { k.remove(at); }
                2 if at < k.len() => k[at] = b,
                _ if at + 1 < k.len() => k.swap(at, at + 1),
                _ => {}
            }
        }
        proptest::prop_assert_eq!(is_secret_norm(&k), is_secret_norm_by_comparing_all(&k), "{:?}", String::from_utf8_lossy(&k));
        let r = random.as_bytes();
        proptest::prop_assert_eq!(is_secret_norm(r), is_secret_norm_by_comparing_all(r), "{}", random);
    }
}

#[test]
fn at_most_two_bits_counts_as_a_population_count() {
    for x in [
        0u32,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        0x8000_0001,
        0x8000_0003,
        u32::MAX,
        0x0101_0000,
    ] {
        assert_eq!(at_most_two_bits(x), x.count_ones() <= 2, "{x:#x}");
    }
}
