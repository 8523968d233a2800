//! The options of a `choice`: numbers, strings, or nested sub-spaces (checked recursively).

use std::collections::HashMap;

use super::{Param, Parent, SPACE_KINDS, check_params, ranges, show_node};
use crate::diagnostic::Severity;
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::path::NodePath;
use crate::source::{Member, Node, Number, Value};

const SS: &str = "search_space.json";

/// HPO215: a choice option that is not a number, a string, a boolean or a nested sub-space.
pub static INVALID_CHOICE_OPTION: Rule = Rule {
    code: "HPO215",
    name: "invalid-choice-option",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a choice option that is null, an array, or an object that is not a nested sub-space",
    description: "Choice options are numbers, strings, booleans, or nested sub-spaces (objects with \
`_name`, whose other members are parameters). Booleans are real options: NNI's check is \
`isinstance(x, (float, int, str))`, a Python bool is an int, and its tuners return `True`/`False`. NNI rejects the rest (`(choice) should only contain numbers \
or strings`), including a choice of plain objects such as `{\"optimizer\": \"Adam\", \
\"learning_rate\": 1e-05}` (NNI's own mnist-batch-tune-keras example fails so): make each option a \
sub-space with `_name`, or choose among strings and map them to settings in the trial code. \
hpoconf is stricter than NNI in one way: every option is checked (NNI passes any list whose first \
option is a sub-space).",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${activation}\": {\"_type\": \"choice\", \"_value\": [\"relu\", \"tanh\", null]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${activation}\": {\"_type\": \"choice\", \"_value\": [\"relu\", \"tanh\", \"none\"]}}\n",
    }],
};

/// HPO216: a choice without options.
pub static EMPTY_CHOICE: Rule = Rule {
    code: "HPO216",
    name: "empty-choice",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a choice with no options",
    description: "Stricter than NNI, which accepts `\"_value\": []`: every tuner then fails when it \
samples the parameter (an index into an empty list), after the experiment has started.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${opt}\": {\"_type\": \"choice\", \"_value\": []}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${opt}\": {\"_type\": \"choice\", \"_value\": [\"adam\"]}}\n",
    }],
};

/// HPO217: the same option twice in one choice.
pub static DUPLICATE_CHOICE_OPTION: Rule = Rule {
    code: "HPO217",
    name: "duplicate-choice-option",
    severity: Severity::Warning,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "the same option twice in one choice (equal numbers, equal strings, or two sub-spaces \
with the same `_name`)",
    description: "NNI accepts it, and the tuner samples the repeated option twice as often as the \
others, and grid search runs it twice. Numbers are compared by value (`1` and `1.0` are the \
same), booleans only with booleans (`true` and `1` are different options: the trial gets `True` \
or `1`), nested sub-spaces by `_name`. Reported at the repeat.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${batch_size}\": {\"_type\": \"choice\", \"_value\": [16, 32, 32, 64]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${batch_size}\": {\"_type\": \"choice\", \"_value\": [16, 32, 64]}}\n",
    }],
};

/// HPO218: a nested sub-space without a string `_name`.
pub static NESTED_SPACE_WITHOUT_NAME: Rule = Rule {
    code: "HPO218",
    name: "nested-space-without-name",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a nested sub-space (a choice option holding domains) without `_name`, or with a `_name` \
that is not a string",
    description: "The tuner reports which option it chose by its `_name`. NNI's validation checks \
`_name` only in the first option and fails later, at run time (`'_name' key is not found in this \
nested search space`); hpoconf checks every option, and validates each sub-space's parameters \
recursively, with their own pointers.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${layer}\": {\"_type\": \"choice\", \"_value\": [{\"_name\": \"empty\"}, {\"kernel\": {\"_type\": \"choice\", \"_value\": [3, 5]}}]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${layer}\": {\"_type\": \"choice\", \"_value\": [{\"_name\": \"empty\"}, {\"_name\": \"conv\", \"kernel\": {\"_type\": \"choice\", \"_value\": [3, 5]}}]}}\n",
    }],
};

/// The options seen so far, by key: a list for the usual handful (no hashing, no allocation
/// beyond the list), a map for long lists.
enum SeenOptions<'a> {
    Few(Vec<(OptionKey<'a>, usize)>),
    Many(HashMap<OptionKey<'a>, usize>),
}

impl<'a> SeenOptions<'a> {
    fn new(options: usize) -> Self {
        if options <= 16 {
            SeenOptions::Few(Vec::with_capacity(options))
        } else {
            SeenOptions::Many(HashMap::with_capacity(options))
        }
    }

    fn get(&self, key: &OptionKey<'a>) -> Option<usize> {
        match self {
            SeenOptions::Few(list) => list.iter().find(|(k, _)| k == key).map(|(_, i)| *i),
            SeenOptions::Many(map) => map.get(key).copied(),
        }
    }

    fn insert(&mut self, key: OptionKey<'a>, index: usize) {
        match self {
            SeenOptions::Few(list) => list.push((key, index)),
            SeenOptions::Many(map) => {
                map.insert(key, index);
            }
        }
    }
}

/// What makes two options the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum OptionKey<'a> {
    /// An integral number (written as an integer or not).
    Int(i128),
    /// Any other number, by its bits.
    Float(u64),
    /// A string.
    Str(&'a str),
    /// A boolean (never equal to a number: the trial receives `True`, not `1`).
    Bool(bool),
    /// A nested sub-space, by `_name`.
    Name(&'a str),
}

fn number_key(n: Number) -> OptionKey<'static> {
    match n {
        Number::Int(i) => OptionKey::Int(i128::from(i)),
        Number::UInt(u) => OptionKey::Int(i128::from(u)),
        Number::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => OptionKey::Int(f as i128),
        Number::Float(f) => OptionKey::Float(f.to_bits()),
    }
}

/// Checks the options of a choice (the items of its `_value`).
pub(crate) fn check(p: &Param<'_>, options: &[Node], value_ptr: &NodePath, out: &mut Vec<Finding>) {
    if options.is_empty() {
        out.push(
            Finding::new(
                &EMPTY_CHOICE,
                value_ptr,
                format!("search space parameter {} (choice) has no options", p.label),
            )
            .help("list at least one option, or remove the parameter"),
        );
        return;
    }
    let mut seen = SeenOptions::new(options.len());
    for (i, opt) in options.iter().enumerate() {
        // the pointer is built only for a finding or a sub-space
        let ptr = || value_ptr.index(i);
        let key = match &opt.value {
            Value::Number(n) => {
                let f = n.as_f64();
                if f.is_finite() {
                    Some(number_key(*n))
                } else {
                    out.push(ranges::non_finite(&p.label, f, ptr()));
                    None
                }
            }
            Value::String(s) => Some(OptionKey::Str(s)),
            Value::Bool(b) => Some(OptionKey::Bool(*b)),
            Value::Object(members) => sub_space(p, i, opt, members, &ptr(), out),
            Value::Null | Value::Array(_) => {
                let help = match &opt.value {
                    Value::Null => {
                        "write a string such as \"none\" and convert it in the trial code, or remove the option"
                    }
                    _ => {
                        "choose among strings that name the lists, and map them to the lists in the trial code"
                    }
                };
                out.push(
                    Finding::new(
                        &INVALID_CHOICE_OPTION,
                        ptr(),
                        format!(
                            "option {i} of search space parameter {} (choice) is {}: choice options must be numbers, strings, booleans or nested sub-spaces with `_name`",
                            p.label,
                            describe(opt)
                        ),
                    )
                    .help(help),
                );
                None
            }
        };
        let Some(key) = key else { continue };
        match seen.get(&key) {
            Some(first) => {
                let what = match key {
                    OptionKey::Name(name) => format!("the sub-space `{name}`"),
                    _ => format!("`{}`", show_node(opt)),
                };
                out.push(
                    Finding::new(
                        &DUPLICATE_CHOICE_OPTION,
                        ptr(),
                        format!(
                            "option {i} of search space parameter {} (choice), {what}, repeats option {first}",
                            p.label
                        ),
                    )
                    .help("remove the repeat: it is sampled twice as often as the other options"),
                );
            }
            None => {
                seen.insert(key, i);
            }
        }
    }
}

fn describe(node: &Node) -> String {
    match &node.value {
        Value::Null => "null".to_owned(),
        _ => node.type_name().to_owned(),
    }
}

/// Checks an object option: a nested sub-space needs a string `_name`; its other members are
/// parameters, checked recursively. Returns the key for duplicate detection.
fn sub_space<'a>(
    p: &Param<'a>,
    i: usize,
    opt: &'a Node,
    members: &'a [Member],
    ptr: &NodePath,
    out: &mut Vec<Finding>,
) -> Option<OptionKey<'a>> {
    let index = i.to_string();
    match opt.get("_name") {
        Some(name_node) => {
            let name = name_node.as_str();
            if name.is_none() {
                out.push(
                    Finding::new(
                        &NESTED_SPACE_WITHOUT_NAME,
                        ptr.key("_name"),
                        format!(
                            "`_name` of option {i} of search space parameter {} (choice) is {}, expected a string",
                            p.label,
                            name_node.type_name()
                        ),
                    )
                    .help(format!("write \"_name\": \"{}\"", show_node(name_node).trim_matches('"'))),
                );
            }
            let parent = Parent {
                key: p.key,
                option: name.unwrap_or(&index),
            };
            check_params(members, ptr, Some(parent), out);
            name.map(OptionKey::Name)
        }
        None => {
            let holds_domains = members
                .iter()
                .any(|m| m.value.get("_type").is_some() || m.value.get("_value").is_some());
            if holds_domains || members.is_empty() {
                out.push(
                    Finding::new(
                        &NESTED_SPACE_WITHOUT_NAME,
                        ptr,
                        format!(
                            "option {i} of search space parameter {} (choice) is a nested sub-space without `_name`",
                            p.label
                        ),
                    )
                    .help("add \"_name\": \"...\": the tuner reports the chosen option by its name"),
                );
                let parent = Parent {
                    key: p.key,
                    option: &index,
                };
                check_params(members, ptr, Some(parent), out);
            } else {
                out.push(
                    Finding::new(
                        &INVALID_CHOICE_OPTION,
                        ptr,
                        format!(
                            "option {i} of search space parameter {} (choice) is an object that is not a nested sub-space: choice options must be numbers, strings, booleans or nested sub-spaces with `_name`",
                            p.label
                        ),
                    )
                    .help("make each option a sub-space {\"_name\": \"...\", \"param\": {\"_type\": ..., \"_value\": [...]}}, or choose among strings and map them to settings in the trial code"),
                );
            }
            None
        }
    }
}
