//! The operations of the side-by-side benchmark (scripts/bench), through
//! the Rust API, without the JavaScript layer of the `jsvm` command:
//! `cargo bench -p jsvm` (a filter narrows it: `cargo bench -p jsvm -- context`).
//!
//! Module graphs are not here yet: the Rust API has no modules.

use std::cell::Cell;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use jsvm::engine::EvalOptions;
use jsvm::{ContextOptions, FunctionOptions, Isolate, ScriptOptions};

/// The compute workload (a template render loop), shared with bench/vm-bench.js.
fn workload() -> &'static str {
    let file = include_str!("../../../bench/workload.js");
    let start = file.find("String.raw`").expect("workload start") + "String.raw`".len();
    let end = file.rfind('`').expect("workload end");
    &file[start..end]
}

fn contexts(c: &mut Criterion) {
    let isolate = Isolate::new();
    let main = isolate.main_context();
    let opts = ContextOptions::default();
    c.bench_function("create_context_empty", |b| {
        b.iter(|| black_box(isolate.create_context(None, &opts).unwrap()))
    });
    c.bench_function("create_context_10_properties", |b| {
        b.iter(|| {
            let sandbox = main.new_object().unwrap();
            for (i, k) in ["a", "b", "c", "d", "e", "f", "h", "j", "k", "l"]
                .iter()
                .enumerate()
            {
                main.set(&sandbox, *k, main.int(i as i32)).unwrap();
            }
            black_box(isolate.create_context(Some(&sandbox), &opts).unwrap())
        })
    });
    let script_opts = ScriptOptions::default();
    c.bench_function("run_in_new_context", |b| {
        b.iter(|| {
            let ctx = isolate.create_context(None, &opts).unwrap();
            black_box(isolate.run_in_context("1 + 1", &ctx, &script_opts).unwrap())
        })
    });
}

fn scripts(c: &mut Criterion) {
    let isolate = Isolate::new();
    let main = isolate.main_context();
    let sandbox = main.new_object().unwrap();
    main.set(&sandbox, "count", main.int(0)).unwrap();
    let ctx = isolate
        .create_context(Some(&sandbox), &ContextOptions::default())
        .unwrap();
    let opts = ScriptOptions::default();
    let script = isolate
        .compile_script("count += 1; count * 2", &opts)
        .unwrap();
    c.bench_function("run_in_context_precompiled", |b| {
        b.iter(|| black_box(script.run_in_context(&ctx).unwrap()))
    });
    let n = Cell::new(0u64);
    let next = || {
        n.set(n.get() + 1);
        n.get()
    };
    c.bench_function("run_in_context_new_code", |b| {
        b.iter(|| {
            let code = format!("count += {}; count * 2", next());
            black_box(isolate.run_in_context(&code, &ctx, &opts).unwrap())
        })
    });
    c.bench_function("compile_script_unique", |b| {
        b.iter(|| {
            let i = next();
            let code = format!("var x{i} = {i} + 1; x{i} * 2");
            black_box(isolate.compile_script(&code, &opts).unwrap())
        })
    });
    let fopts = FunctionOptions::default();
    c.bench_function("compile_function", |b| {
        b.iter(|| {
            let code = format!("return a + b * {};", next());
            black_box(
                isolate
                    .compile_function(&code, &["a", "b"], &fopts)
                    .unwrap(),
            )
        })
    });
}

fn compute(c: &mut Criterion) {
    let isolate = Isolate::new();
    let opts = ScriptOptions::default();
    let mut group = c.benchmark_group("compute");
    group.sample_size(30);

    // In a contextified context, through the vm layer.
    let ctx = isolate
        .create_context(None, &ContextOptions::default())
        .unwrap();
    isolate.run_in_context(workload(), &ctx, &opts).unwrap();
    isolate.run_in_context("var seed = 1", &ctx, &opts).unwrap();
    let render = isolate
        .compile_script_in("renderPage(seed++)", &opts, Some(&ctx))
        .unwrap();
    group.bench_function("in_context", |b| {
        b.iter(|| black_box(render.run_in_context(&ctx).unwrap()))
    });

    // The bare engine: the same script in the main realm, run directly.
    let main = isolate.main_context();
    let eval = EvalOptions::default();
    main.eval(workload(), &eval).unwrap();
    main.eval("var seed = 1", &eval).unwrap();
    let code = main.compile("renderPage(seed++)", &eval).unwrap();
    group.bench_function("bare_engine", |b| {
        b.iter(|| black_box(main.run_compiled(&code).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, contexts, scripts, compute);
criterion_main!(benches);
