//! Criterion benches of the check pipeline, per kind: (a) the raw parse (serde_json or
//! serde-saphyr to `serde_json::Value`, the INI reader), (b) the span tree
//! (`hpoconf::source::parse`, `tree`) and the typed parse (span tree, shape check, `from_value`
//! into the typed model, `typed`), (c) the full check (`hpoconf::check_str`). On the fixtures and on
//! scaled documents (`common::scaled`). `docs/performance.md` has the numbers.
//!
//! `cargo bench --bench check` (about 3 minutes on 2 cores); one group:
//! `cargo bench --bench check -- search_space`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};

mod common;

fn fixtures(c: &mut Criterion) {
    let mut g = c.benchmark_group("fixtures");
    g.sample_size(20)
        .measurement_time(Duration::from_secs(1))
        .warm_up_time(Duration::from_millis(300));
    let files = common::fixtures();
    let total: usize = files.iter().map(|(_, t)| t.len()).sum();
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("check_all", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|(name, text)| common::full_check(black_box(name), black_box(text)))
                .sum::<usize>()
        })
    });
    for (name, text) in &files {
        let Some(kind) = hpoconf::kind::detect(name, text) else {
            continue;
        };
        let format = hpoconf::kind::format_of(kind, name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("raw", name), text, |b, t| {
            b.iter(|| common::raw_parse_deep(kind, format, black_box(t)))
        });
        g.bench_with_input(BenchmarkId::new("tree", name), text, |b, t| {
            b.iter(|| common::tree_parse(format, black_box(t)))
        });
        g.bench_with_input(BenchmarkId::new("typed", name), text, |b, t| {
            b.iter(|| common::typed_parse(kind, format, black_box(t)))
        });
        g.bench_with_input(BenchmarkId::new("check", name), text, |b, t| {
            b.iter(|| common::full_check(name, black_box(t)))
        });
    }
    g.finish();
}

fn scaled(c: &mut Criterion) {
    for doc in common::scaled() {
        let mut g = c.benchmark_group(&doc.label);
        let big = doc.text.len() > 1_000_000;
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(if big { 500 } else { 200 }))
            .measurement_time(Duration::from_secs(if big { 3 } else { 1 }));
        if doc.text.len() > 500_000 {
            // one iteration a sample (linear sampling needs 55 iterations: 16 s at ~0.3 s each)
            g.sampling_mode(SamplingMode::Flat);
        }
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function("raw", |b| {
            b.iter(|| common::raw_parse_deep(doc.kind, doc.format, black_box(&doc.text)))
        });
        g.bench_function("tree", |b| {
            b.iter(|| common::tree_parse(doc.format, black_box(&doc.text)))
        });
        g.bench_function("typed", |b| {
            b.iter(|| common::typed_parse(doc.kind, doc.format, black_box(&doc.text)))
        });
        g.bench_function("check", |b| {
            b.iter(|| common::full_check(doc.name, black_box(&doc.text)))
        });
        if doc.kind == hpoconf::Kind::ExpYml {
            // The crate's validation schema is a stub today: measure the shape validator (and
            // locating its findings) with the realistic test schema.
            let schema = common::exp_schema();
            g.bench_function("shape_exp_schema", |b| {
                b.iter(|| common::shape_check(&schema, black_box(&doc.text)))
            });
        }
        g.finish();
    }
}

criterion_group!(benches, fixtures, scaled);
criterion_main!(benches);
