//! Atomic writes: every file hpoconf writes is written to a temporary file beside it and
//! renamed over it, so a reader sees the old text or the new one, never half of it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Temporary files made by this process (their names differ).
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Replaces the file at `path` with `bytes`, atomically: a temporary file in the same folder
/// (created new, never through an existing name), synced, given the old file's permissions,
/// then renamed over `path`. A symbolic link at `path` is not followed: it is an error.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if meta.as_ref().is_some_and(|m| m.file_type().is_symlink()) {
        return Err(std::io::Error::other(
            "is a symbolic link: not written (fix the file it points to)",
        ));
    }
    if meta.as_ref().is_some_and(|m| !m.is_file()) {
        return Err(std::io::Error::other("is not a regular file: not written"));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(
        ".{name}.hpoconf-{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        if let Some(m) = &meta {
            std::fs::set_permissions(&temp, m.permissions())?;
        }
        drop(f);
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_refuses_links() {
        let dir = std::env::temp_dir().join(format!("hpoconf-write-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("exp.yml");
        std::fs::write(&file, "a: 1\n").unwrap();
        write_atomic(&file, b"a: 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "a: 2\n");
        #[cfg(unix)]
        {
            let link = dir.join("link.yml");
            std::os::unix::fs::symlink(&file, &link).unwrap();
            assert!(write_atomic(&link, b"a: 3\n").is_err());
            assert_eq!(std::fs::read_to_string(&file).unwrap(), "a: 2\n");
        }
        let leftovers = std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            })
            .count();
        assert_eq!(leftovers, 0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
