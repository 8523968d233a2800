//! The public surface is the contract (issue 13): every `pub` item of the library, listed in
//! `tests/data/public-api.txt`, so that a change to the surface shows in review as a change to
//! that file (`UPDATE_PUBLIC_API=1 cargo test --test it public_api` rewrites it).
//!
//! The list is read from the sources: each line that declares something `pub` (items, fields,
//! re-exports) before a file's `#[cfg(test)]` module, as `file: the line`, in file order.
//! `pub(crate)` and `pub(super)` are not public and are left out, and so are the files of a
//! module that is not reachable from outside (a `mod` on the way from lib.rs that is not `pub`).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The `pub` declarations of one file, before its first `#[cfg(test)]`.
fn public_items(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if !t.starts_with("pub ") {
            continue;
        }
        let head = t.trim_end_matches(['{', ' ']).trim_end();
        items.push(head.to_owned());
    }
    items
}

/// The `mod` declarations of a file (before its tests): the module's name and whether it is
/// `pub` (not `pub(crate)`, `pub(super)` or private).
fn modules_declared(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cfg_test = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("#[cfg(test)]") {
            cfg_test = true;
            continue;
        }
        let was_test = std::mem::take(&mut cfg_test);
        let (public, rest) = if let Some(r) = t.strip_prefix("pub mod ") {
            (true, r)
        } else if let Some(r) = t.strip_prefix("mod ") {
            (false, r)
        } else if let Some(r) = t.strip_prefix("pub(crate) mod ") {
            (false, r)
        } else if let Some(r) = t.strip_prefix("pub(super) mod ") {
            (false, r)
        } else {
            continue;
        };
        if was_test {
            continue;
        }
        if let Some(name) = rest.strip_suffix(';') {
            out.push((name.trim().to_owned(), public));
        }
    }
    out
}

/// The files of the library whose module is reachable from outside the crate (every `mod` on
/// the way from lib.rs declared `pub`).
fn public_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.join("src/lib.rs")];
    while let Some(file) = stack.pop() {
        let text = std::fs::read_to_string(&file).expect("read a source file");
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let dir = if name == "lib.rs" || name == "mod.rs" {
            file.parent().unwrap().to_path_buf()
        } else {
            file.with_extension("")
        };
        for (module, public) in modules_declared(&text) {
            if !public {
                continue;
            }
            let flat = dir.join(format!("{module}.rs"));
            let nested = dir.join(&module).join("mod.rs");
            let child = if flat.exists() { flat } else { nested };
            assert!(
                child.exists(),
                "{}: pub mod {module}: no file",
                file.display()
            );
            stack.push(child);
        }
        out.push(file);
    }
    out.sort();
    out
}

#[test]
fn the_public_items_are_the_listed_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    rust_files(&root.join("src"), &mut all);
    let files = public_files(root);
    assert!(
        files.len() > 20 && files.len() < all.len(),
        "{} public files of {}",
        files.len(),
        all.len()
    );
    let mut listing = String::new();
    for f in &files {
        let rel = f
            .strip_prefix(root)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(f).expect("read a source file");
        for item in public_items(&text) {
            listing.push_str(&format!("{rel}: {item}\n"));
        }
    }
    let path = root.join("tests/data/public-api.txt");
    if std::env::var_os("UPDATE_PUBLIC_API").is_some() {
        std::fs::write(&path, &listing).expect("write tests/data/public-api.txt");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(listing.lines().count() > 100, "too few public items found");
    if committed != listing {
        let old: std::collections::BTreeSet<&str> = committed.lines().collect();
        let new: std::collections::BTreeSet<&str> = listing.lines().collect();
        let added: Vec<&&str> = new.difference(&old).collect();
        let removed: Vec<&&str> = old.difference(&new).collect();
        panic!(
            "the public surface changed (review it, then UPDATE_PUBLIC_API=1 cargo test --test it public_api):\nadded: {added:#?}\nremoved: {removed:#?}"
        );
    }
}
