//! A fast hasher for the tables the crate keys by its own data: paths of the files of a run,
//! node addresses. The standard library's SipHash guards a table against keys chosen to
//! collide, which costs about 135 instructions for a short key; these keys come from the files
//! being checked (the user's own), not from an adversary that sees the table, and a run of the
//! NNI corpus hashed about 4,000 of them (issue 17).

use std::hash::{BuildHasherDefault, Hasher};

/// A hash map keyed by the crate's own data, with [`Fast`] hashing.
pub(crate) type Map<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fast>>;

/// A hash set of the crate's own data, with [`Fast`] hashing.
pub(crate) type Set<K> = std::collections::HashSet<K, BuildHasherDefault<Fast>>;

/// A word at a time, multiplied and rotated (as rustc's `FxHasher`), with a final mix of every
/// bit into the high ones that the table's probe tags read.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fast(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Fast {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for Fast {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            if let Some(head) = word.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            // (the length too: `ab` and `ab\0` differ)
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // murmur3's 64-bit finalizer
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_differ_hash_apart_and_tables_find_them() {
        let mut set: Set<Vec<u8>> = Set::default();
        for i in 0..2000u32 {
            set.insert(
                format!("/work/shared/corpus/nni/examples/trials/{i}/config.yml").into_bytes(),
            );
        }
        assert_eq!(set.len(), 2000);
        assert!(
            set.contains(b"/work/shared/corpus/nni/examples/trials/1999/config.yml".as_slice())
        );
        assert!(
            !set.contains(b"/work/shared/corpus/nni/examples/trials/2000/config.yml".as_slice())
        );
        let hash = |b: &[u8]| {
            let mut h = Fast::default();
            h.write(b);
            h.finish()
        };
        assert_ne!(hash(b"ab"), hash(b"ab\0"));
        assert_ne!(hash(b""), hash(b"\0"));
        // the high bits (the probe tags) vary with the low bytes of the key
        let tags: Set<u64> = (0..64u8).map(|i| hash(&[i]) >> 57).collect();
        assert!(tags.len() > 32, "{}", tags.len());
    }
}
