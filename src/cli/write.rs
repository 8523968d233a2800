//! Atomic file writes: every file hpoconf writes (`schema --out`, `check --output`, `check --fix`,
//! `migrate --write`) goes through [`atomic`].
//!
//! The content is written to a new temporary file beside the destination (same folder, so the
//! rename cannot cross file systems), flushed and synced, then renamed over the destination. A
//! reader sees the old file or the new one, never a part: a full disk, a killed process or an
//! error half-way leaves the destination as it was (and the temporary file is removed when the
//! error is seen by hpoconf). The temporary file is created with `create_new` (`O_EXCL`), so an
//! existing file or symbolic link at its name is never opened. A symbolic link at the destination
//! is replaced by the new file (`rename` does not follow it): the file it points to is never
//! written. An existing regular destination keeps its permissions.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A file that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {source}", path.display())]
pub(crate) struct WriteError {
    /// The destination.
    pub path: PathBuf,
    /// Why.
    #[source]
    pub source: io::Error,
}

/// Writes `path` atomically with what `fill` writes into the (buffered) writer it is given.
///
/// `fill` may write in as many pieces as it likes (a streamed report); if it returns an error,
/// nothing changes at `path`. A folder at `path` is an error.
pub(crate) fn atomic(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let err = |source: io::Error| WriteError {
        path: path.to_path_buf(),
        source,
    };
    let Some(name) = path.file_name() else {
        return Err(err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a file name",
        )));
    };
    let existing = std::fs::symlink_metadata(path).ok();
    if existing.as_ref().is_some_and(|m| m.is_dir()) {
        return Err(err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a folder",
        )));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (tmp, file) = create_temporary(&dir, &name.to_string_lossy()).map_err(err)?;
    let result = (|| {
        if let Some(m) = existing.as_ref().filter(|m| m.is_file()) {
            file.set_permissions(m.permissions())?;
        }
        let mut w = BufWriter::new(file);
        fill(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        sync_dir(&dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Writes `bytes` to `path` atomically (see [`atomic`]).
pub(crate) fn atomic_bytes(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    atomic(path, |w| w.write_all(bytes))
}

/// A new file `.NAME.PID-N.hpoconf-tmp` in `dir`, never an existing one.
fn create_temporary(dir: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    static N: AtomicUsize = AtomicUsize::new(0);
    let mut last = None;
    for _ in 0..64 {
        let n = N.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}-{n}.hpoconf-tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free temporary name")))
}

/// Makes the rename durable (Unix: sync the folder); best effort.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("hpoconf-write-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn entries(d: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_and_replaces() {
        let d = scratch("replace");
        let p = d.join("a.json");
        atomic_bytes(&p, b"one").unwrap();
        atomic_bytes(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(entries(&d), ["a.json"]);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn an_error_half_way_leaves_the_old_file() {
        let d = scratch("error");
        let p = d.join("a.json");
        std::fs::write(&p, "old").unwrap();
        let e = atomic(&p, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert!(e.to_string().contains("disk full"), "{e}");
        assert_eq!(std::fs::read(&p).unwrap(), b"old");
        assert_eq!(entries(&d), ["a.json"]);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_replaced_not_followed_and_permissions_kept() {
        use std::os::unix::fs::PermissionsExt;
        let d = scratch("link");
        let target = d.join("target.txt");
        std::fs::write(&target, "keep").unwrap();
        let link = d.join("out.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        atomic_bytes(&link, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"keep");
        assert!(!std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read(&link).unwrap(), b"new");
        let p = d.join("mode.sh");
        std::fs::write(&p, "x").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o750)).unwrap();
        atomic_bytes(&p, b"y").unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o750);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_folder_is_refused() {
        let d = scratch("dir");
        assert!(atomic_bytes(&d, b"x").is_err());
        let _ = std::fs::remove_dir_all(&d);
    }
}
