use crate::*;

const MB: u64 = 1_000_000;

fn options(mode: MeasureMemoryMode, execution: MeasureMemoryExecution) -> MeasureMemoryOptions {
    MeasureMemoryOptions { mode, execution }
}

fn detailed(iso: &Isolate) -> MemoryMeasurement {
    iso.measure_memory(&options(
        MeasureMemoryMode::Detailed,
        MeasureMemoryExecution::Eager,
    ))
    .unwrap()
}

/// The estimate of `ctx` in a detailed measurement.
fn of(m: &MemoryMeasurement, ctx: &VmContext) -> u64 {
    let found: Vec<_> = m
        .other
        .iter()
        .filter(|o| o.context.same(ctx.context()))
        .collect();
    assert_eq!(found.len(), 1, "context reported {} times", found.len());
    found[0].memory.estimate
}

fn main_of(m: &MemoryMeasurement) -> u64 {
    m.current.unwrap().estimate
}

fn run(iso: &Isolate, ctx: &VmContext, code: &str) {
    iso.run_in_context(code, ctx, &ScriptOptions::default())
        .unwrap();
}

fn contexts(iso: &Isolate) -> (VmContext, VmContext) {
    let a = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    let b = iso
        .create_context(
            None,
            &ContextOptions {
                dont_contextify: true,
                ..Default::default()
            },
        )
        .unwrap();
    (a, b)
}

fn assert_small_change(label: &str, before: u64, after: u64) {
    let change = before.abs_diff(after);
    assert!(change < 100_000, "{label} moved by {change} bytes");
}

#[test]
fn an_allocation_counts_for_the_context_that_holds_it() {
    let iso = Isolate::new();
    let (a, b) = contexts(&iso);
    let m0 = detailed(&iso);

    // A `var` of a contextified context lands on its context object.
    run(&iso, &a, "var big = new Float64Array(1.25e6)");
    let m1 = detailed(&iso);
    assert!(of(&m1, &a) >= of(&m0, &a) + 10 * MB);
    assert_small_change("b", of(&m0, &b), of(&m1, &b));
    assert_small_change("main", main_of(&m0), main_of(&m1));

    run(&iso, &b, "globalThis.s = 'x'.repeat(1e7)");
    let m2 = detailed(&iso);
    assert!(of(&m2, &b) >= of(&m1, &b) + 10 * MB);
    assert_small_change("a", of(&m1, &a), of(&m2, &a));
    assert_small_change("main", main_of(&m1), main_of(&m2));

    iso.run_in_this_context(
        "globalThis.list = Array.from({ length: 1e6 }, (_, i) => i + 0.5)",
        &ScriptOptions::default(),
    )
    .unwrap();
    let m3 = detailed(&iso);
    assert!(main_of(&m3) >= main_of(&m2) + 10 * MB);
    assert_small_change("a", of(&m2, &a), of(&m3, &a));
    assert_small_change("b", of(&m2, &b), of(&m3, &b));

    // Freed: back to about where it started.
    run(&iso, &a, "big = null");
    let m4 = detailed(&iso);
    assert!(of(&m4, &a) < of(&m0, &a) + 100_000);
}

#[test]
fn a_context_object_counts_for_its_context() {
    let iso = Isolate::new();
    let (a, _b) = contexts(&iso);
    // The main context's global also references a's context object.
    let main = iso.main_context();
    main.set(&main.global(), "sandbox", a.object().clone())
        .unwrap();
    let m0 = detailed(&iso);
    run(&iso, &a, "var big = new Float64Array(1.25e6)");
    let m1 = detailed(&iso);
    assert!(of(&m1, &a) >= of(&m0, &a) + 10 * MB);
    assert_small_change("main", main_of(&m0), main_of(&m1));
}

#[test]
fn a_function_counts_for_its_realm() {
    let iso = Isolate::new();
    let (a, _b) = contexts(&iso);
    let m0 = detailed(&iso);
    // The main context holds a closure of `a` holding 10 MB.
    let f = iso
        .run_in_context(
            "(() => { const big = new Float64Array(1.25e6); return () => big.length; })()",
            &a,
            &ScriptOptions::default(),
        )
        .unwrap();
    let main = iso.main_context();
    main.set(&main.global(), "f", f).unwrap();
    let m1 = detailed(&iso);
    assert!(of(&m1, &a) >= of(&m0, &a) + 10 * MB);
    assert_small_change("main", main_of(&m0), main_of(&m1));
}

#[test]
fn cycles_and_shared_values_are_counted_once() {
    let iso = Isolate::new();
    let rt = iso.runtime();
    let main = iso.main_context();
    let v = main
        .eval(
            "const s = 'y'.repeat(1e6);\n\
             const o = { s, t: s, list: [s, s, s] };\n\
             o.self = o; o.list.push(o, o.list);\n\
             o",
            &engine::EvalOptions::default(),
        )
        .unwrap();
    let size = rt.value_size(&v).unwrap();
    assert!((MB..MB + 10_000).contains(&size), "{size} bytes");

    // A ring of 10000 objects: finite, and every one counted.
    let ring = main
        .eval(
            "let first = { n: 0 }, last = first;\n\
             for (let i = 1; i < 10000; i++) last = last.next = { n: i };\n\
             last.next = first; first",
            &engine::EvalOptions::default(),
        )
        .unwrap();
    let size = rt.value_size(&ring).unwrap();
    assert!((400_000..4_000_000).contains(&size), "{size} bytes");

    // A string two contexts hold counts once, for one of them.
    let (a, b) = contexts(&iso);
    let m0 = detailed(&iso);
    let s = main.string(&"z".repeat(MB as usize)).unwrap();
    main.set(a.object(), "s", s.clone()).unwrap();
    main.set(b.object(), "s", s).unwrap();
    let m1 = detailed(&iso);
    let grew = m1.total.estimate - m0.total.estimate;
    assert!((MB..MB + 100_000).contains(&grew), "total grew by {grew}");
    let (da, db) = (of(&m1, &a) - of(&m0, &a), of(&m1, &b) - of(&m0, &b));
    assert!((da >= MB) != (db >= MB), "a grew by {da}, b grew by {db}");
}

#[test]
fn collected_contexts_are_not_reported() {
    let iso = Isolate::new();
    let mut kept = Vec::new();
    for i in 0..6 {
        let opts = ContextOptions {
            dont_contextify: i % 2 == 1,
            ..Default::default()
        };
        kept.push(iso.create_context(None, &opts).unwrap());
    }
    let m = detailed(&iso);
    assert_eq!(m.other.len(), 6);
    // The measurement holds its contexts; dropped, it keeps none alive.
    drop(m);
    kept.truncate(2);
    let m = detailed(&iso);
    assert_eq!(m.other.len(), 2);
    for (o, ctx) in m.other.iter().zip(&kept) {
        assert!(o.context.same(ctx.context()), "creation order");
    }
    drop(m);
    kept.clear();
    assert_eq!(detailed(&iso).other.len(), 0);
}

#[test]
fn measuring_leaves_the_heap_alone() {
    let iso = Isolate::new();
    let (a, _b) = contexts(&iso);
    run(
        &iso,
        &a,
        "var o = { list: [] }; o.self = o; for (let i = 0; i < 1000; i++) o.list.push({ i, o })",
    );
    let rt = iso.runtime();
    rt.run_gc();
    let before = rt.memory_usage();
    let default = options(MeasureMemoryMode::Detailed, MeasureMemoryExecution::Default);
    let m1 = iso.measure_memory(&default).unwrap();
    let m2 = iso.measure_memory(&default).unwrap();
    let after = rt.memory_usage();
    assert_eq!(before.obj_count, after.obj_count);
    assert_eq!(before.malloc_size, after.malloc_size);
    assert_eq!(m1.total, m2.total);
    // The collector still frees what is garbage after a measurement.
    drop((m1, m2));
    run(&iso, &a, "o = null");
    rt.run_gc();
    assert!(rt.memory_usage().obj_count + 900 < before.obj_count);
}

#[test]
fn estimates_ranges_and_modes() {
    let iso = Isolate::new();
    let (_a, _b) = contexts(&iso);
    let m = detailed(&iso);
    let current = m.current.unwrap();
    let sum: u64 = current.estimate + m.other.iter().map(|o| o.memory.estimate).sum::<u64>();
    assert_eq!(m.total.estimate, sum);
    let spread = m.total.range.1 - m.total.range.0;
    for e in std::iter::once(m.total)
        .chain(m.current)
        .chain(m.other.iter().map(|o| o.memory))
    {
        assert!(e.estimate > 0);
        assert_eq!(e.range.0, e.estimate);
        assert_eq!(e.range.1 - e.range.0, spread);
    }
    let malloc = iso.runtime().memory_usage().malloc_size as u64;
    assert!(m.total.estimate <= malloc && m.total.range.1 >= malloc);

    let s = iso
        .measure_memory(&MeasureMemoryOptions::default())
        .unwrap();
    assert!(s.current.is_none() && s.other.is_empty());
    assert!(s.total.estimate > 0);
}

#[test]
fn out_of_memory_is_an_error() {
    let iso = Isolate::new();
    let (_a, _b) = contexts(&iso);
    let rt = iso.runtime();
    let used = rt.memory_usage().malloc_size as usize;
    iso.set_memory_limit(Some(used + 1024));
    let default = options(MeasureMemoryMode::Detailed, MeasureMemoryExecution::Default);
    assert!(iso.measure_memory(&default).is_err());
    iso.set_memory_limit(None);
    assert!(iso.measure_memory(&default).is_ok());
}
