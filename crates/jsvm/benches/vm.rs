//! The operations of the side-by-side benchmark (scripts/bench), through
//! the Rust API, without the JavaScript layer of the `jsvm` command:
//! `cargo bench -p jsvm` (a filter narrows it: `cargo bench -p jsvm -- context`).
//! TypeScript with and without cached data is `bench/vm-bench.js`'s (it
//! needs the npm package); here a generated script of 2,000 functions.

use std::cell::Cell;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use jsvm::engine::EvalOptions;
use jsvm::{ContextOptions, FunctionOptions, Isolate, ModuleOptions, RunOptions, ScriptOptions};

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

/// A graph of 10 source-text modules (nine leaves and a root importing
/// them) created, linked and evaluated, as bench/vm-bench.js's.
fn modules(c: &mut Criterion) {
    let isolate = Isolate::new();
    let ctx = isolate
        .create_context(None, &ContextOptions::default())
        .unwrap();
    let n = Cell::new(0u64);
    c.bench_function("module_graph_10", |b| {
        b.iter(|| {
            let i = n.get();
            n.set(i + 1);
            let opts = |name: String| ModuleOptions {
                identifier: Some(name),
                context: Some(ctx.clone()),
                ..Default::default()
            };
            let leaves: Vec<_> = (1..10)
                .map(|j| {
                    let leaf = isolate
                        .source_text_module(
                            &format!(
                                "export const v = {j} + {i}; export function f() {{ return v; }}"
                            ),
                            &opts(format!("m{j}-{i}")),
                        )
                        .unwrap();
                    leaf.link_requests(&[]).unwrap();
                    leaf
                })
                .collect();
            let imports: String = (1..10)
                .map(|j| format!("import {{ v as m{j} }} from 'm{j}';\n"))
                .collect();
            let sum: Vec<String> = (1..10).map(|j| format!("m{j}")).collect();
            let root = isolate
                .source_text_module(
                    &format!("{imports}export const sum = {};", sum.join(" + ")),
                    &opts(format!("root-{i}")),
                )
                .unwrap();
            root.link_requests(&leaves).unwrap();
            root.instantiate().unwrap();
            black_box(root.evaluate(&RunOptions::default()).unwrap())
        })
    });
}

/// Compiling a large script with and without its cached data.
fn cached_data(c: &mut Criterion) {
    let isolate = Isolate::new();
    let source: String = (0..2000)
        .map(|i| format!("function f{i}(a, b) {{ const s = [a, b, {i}].map((x) => x * 2); return s.join('-') + '{i}'; }}\n"))
        .collect();
    let opts = ScriptOptions {
        filename: "large.js".into(),
        ..Default::default()
    };
    let data = isolate
        .compile_script(&source, &opts)
        .unwrap()
        .create_cached_data()
        .unwrap();
    let mut group = c.benchmark_group("large_script");
    group.bench_function("compile", |b| {
        b.iter(|| black_box(isolate.compile_script(&source, &opts).unwrap()))
    });
    group.bench_function("compile_with_cached_data", |b| {
        b.iter(|| {
            let script = isolate
                .compile_script_with_cache(&source, &opts, None, Some(&data))
                .unwrap();
            assert_eq!(script.cached_data_rejected(), Some(false));
            black_box(script)
        })
    });
    group.finish();
}

criterion_group!(benches, contexts, scripts, modules, cached_data, compute);
criterion_main!(benches);
