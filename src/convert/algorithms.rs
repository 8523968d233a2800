//! `tuner`, `assessor` and `advisor`, as `to_v2` converts them.

use super::{Conv, Dst, NoteKind, Src, falsy};
use crate::model::exp_yml_v1 as v1;
use crate::source::{CompactString, Node, Value};

/// Converts one algorithm section (`kind` is `tuner`, `assessor` or `advisor`).
pub(super) fn convert(c: &mut Conv<'_>, top: &mut Src<'_>, v2: &mut Dst, kind: &str) {
    let Some(member) = top.pop(kind) else { return };
    if falsy(&member.value) {
        // `if not v1_algo: continue`
        if !matches!(member.value.value, Value::Null) {
            c.note(
                NoteKind::Dropped,
                top.key_path(kind),
                member.key_span,
                format!("NNI 3.0 ignores an empty `{kind}`"),
                Some("delete it, or set it".to_owned()),
            );
        }
        return;
    }
    let Some(mut src) = c.mapping(top, member, false) else {
        return;
    };
    let title = {
        let mut t = kind.to_owned();
        if let Some(first) = t.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        t
    };
    let builtin_key = format!("builtin{title}Name");
    let mut algo = Dst::new(v2.key_path(kind));
    let builtin = src
        .pop(&builtin_key)
        .filter(|m| !matches!(m.value.value, Value::Null));
    if let Some(b) = builtin {
        c.record(&src, &builtin_key, &algo, "name");
        algo.set("name", b.key_span, b.value.clone());
    } else {
        let code_dir = src.pop("codeDir");
        let file = src.pop("classFileName");
        let class = src.pop("className");
        let missing: Vec<&str> = [
            ("codeDir", code_dir.is_none()),
            ("classFileName", file.is_none()),
            ("className", class.is_none()),
        ]
        .iter()
        .filter(|(_, m)| *m)
        .map(|(k, _)| *k)
        .collect();
        if !missing.is_empty() {
            let list = missing
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let message = if missing.len() == 3 {
                format!(
                    "`{kind}` has no `{builtin_key}`, and no `codeDir`, `classFileName` and `className` of a custom {kind}: NNI 3.0 cannot convert it"
                )
            } else {
                format!("the custom {kind} lacks {list}: NNI 3.0 cannot convert it")
            };
            let help = if missing.len() == 3 {
                let names = v1::BUILTIN_HINT;
                format!("set `{builtin_key}` ({names}), or the three keys of a custom {kind}")
            } else {
                format!("add {list} (or use `{builtin_key}` for a built-in {kind})")
            };
            c.refuse(top.key_path(kind), member.key_span, message, Some(help));
            c.leftovers(&src, v1::ALGORITHM_KEYS);
            return;
        }
        let (Some(code_dir), Some(file), Some(class)) = (code_dir, file, class) else {
            return;
        };
        let Some(file_name) = file.value.as_str() else {
            c.refuse(
                src.key_path("classFileName"),
                file.value.span,
                format!(
                    "`{}` is {}; NNI 3.0 needs a file name ending in `.py`",
                    src.key_words("classFileName"),
                    file.value.type_name()
                ),
                None,
            );
            return;
        };
        let Some(stem) = file_name.strip_suffix(".py") else {
            c.refuse(
                src.key_path("classFileName"),
                file.value.span,
                format!(
                    "`{}` must name a `.py` file (NNI 3.0 asserts it does)",
                    src.key_words("classFileName")
                ),
                Some(format!("write `{file_name}.py` or the module's file name")),
            );
            return;
        };
        let Some(class_name) = class.value.as_str() else {
            c.refuse(
                src.key_path("className"),
                class.value.span,
                format!(
                    "`{}` is {}; NNI 3.0 needs a class name",
                    src.key_words("className"),
                    class.value.type_name()
                ),
                None,
            );
            return;
        };
        c.record(&src, "className", &algo, "className");
        algo.set(
            "className",
            class.key_span,
            Node::new(
                Value::String(CompactString::from(format!("{stem}.{class_name}"))),
                class.value.span,
            ),
        );
        c.record(&src, "codeDir", &algo, "codeDirectory");
        algo.set("codeDirectory", code_dir.key_span, code_dir.value.clone());
    }
    if let Some(args) = src.pop("classArgs") {
        c.record(&src, "classArgs", &algo, "classArgs");
        algo.set("classArgs", args.key_span, args.value.clone());
    }
    c.record(top, kind, v2, kind);
    v2.set(kind, member.key_span, algo.into_node(member.value.span));
    c.drop_field(
        &mut src,
        "includeIntermediateResults",
        "v2 has no such setting",
    );
    c.move_field(&mut src, v2, "gpuIndices", "tunerGpuIndices");
    c.leftovers(&src, v1::ALGORITHM_KEYS);
}
