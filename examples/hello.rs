//! A Rust hello-world process: the floor one `hpoconf check` of one file is compared with
//! (`scripts/bench-startup.sh`).

fn main() {
    println!("hello, world");
}
