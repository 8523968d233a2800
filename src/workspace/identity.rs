//! What makes two paths one file: a run reports each file once, however it was reached (named
//! twice, through a link), and finds the file an exp.yml names among the files of the run.
//!
//! On Unix a file is its device and inode, read with one `stat`; a canonical path
//! (`realpath`) reads every link of the path, one `readlink` per component: eleven system calls
//! for a file of the NNI corpus, most of what a run over it asked of the system (issue 17). On
//! other systems it is the canonical path.

use std::path::Path;

/// The identity of a file that exists.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct FileId(Inner);

#[cfg(unix)]
type Inner = (u64, u64);
#[cfg(not(unix))]
type Inner = std::path::PathBuf;

/// The identity of the file at `path` (links followed), if it exists and can be looked at.
pub(super) fn of(path: &Path) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path)
            .ok()
            .map(|m| FileId((m.dev(), m.ino())))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path).ok().map(FileId)
    }
}

/// [`of`] of a file whose metadata (links followed) is at hand: no system call on Unix.
pub(super) fn of_metadata(meta: &std::fs::Metadata, path: &Path) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        Some(FileId((meta.dev(), meta.ino())))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        of(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_one_file_however_it_is_reached() {
        let dir = std::env::temp_dir().join(format!("hpoconf-identity-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("a.json"), "{}").unwrap();
        std::fs::write(dir.join("b.json"), "{}").unwrap();
        let a = of(&dir.join("a.json")).unwrap();
        assert_eq!(of(&dir.join("sub/../a.json")), Some(a.clone()));
        assert_ne!(of(&dir.join("b.json")), Some(a.clone()));
        assert_eq!(of(&dir.join("missing.json")), None);
        let meta = std::fs::metadata(dir.join("a.json")).unwrap();
        assert_eq!(of_metadata(&meta, &dir.join("a.json")), Some(a.clone()));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("a.json"), dir.join("link.json")).unwrap();
            assert_eq!(of(&dir.join("link.json")), Some(a));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
