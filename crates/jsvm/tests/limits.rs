//! Resource limits: the isolate's memory limit, the native stack, and
//! `timeout` over built-in loops. Hostile code gets an error the host sees,
//! and the isolate runs the next script correctly.
//!
//! These are Rust tests rather than conformance tests because Node has no
//! per-isolate memory limit (V8 aborts the process when its heap is full),
//! swallows errors thrown inside its global interceptors, and does not stop
//! some built-in loops (`Array(1e9).fill(0)`) on `timeout`.

use std::time::{Duration, Instant};

use jsvm::{
    ContextOptions, Exception, Isolate, IsolateOptions, RunOptions, ScriptOptions, VmContext,
};

fn limited(mb: usize) -> Isolate {
    Isolate::with_options(&IsolateOptions {
        memory_limit: Some(mb << 20),
        ..Default::default()
    })
}

fn new_context(iso: &Isolate) -> VmContext {
    iso.create_context(None, &ContextOptions::default())
        .unwrap()
}

fn run(iso: &Isolate, ctx: &VmContext, code: &str, run: &RunOptions) -> Result<String, String> {
    let m = iso.main_context();
    let describe = |e: Exception| {
        let v = e.value();
        if v.is_object() {
            let name = m.get(v, "name").and_then(|n| m.to_rust_string(&n));
            let message = m.get(v, "message").and_then(|n| m.to_rust_string(&n));
            let code = m.get(v, "code").and_then(|n| m.to_rust_string(&n));
            match (name, message, code) {
                (_, Ok(msg), Ok(code)) if code != "undefined" => format!("{code}: {msg}"),
                (Ok(n), Ok(msg), _) => format!("{n}: {msg}"),
                _ => "unreadable error".into(),
            }
        } else {
            m.to_rust_string(v).unwrap_or_default()
        }
    };
    match iso.run_in_context_with(code, ctx, &ScriptOptions::default(), run) {
        Ok(v) => Ok(m.to_rust_string(&v).unwrap_or_default()),
        Err(e) => Err(describe(e)),
    }
}

fn second_script_works(iso: &Isolate) {
    let ctx = new_context(iso);
    assert_eq!(
        run(
            iso,
            &ctx,
            "[1, 2, 3].map((x) => x * 2).join()",
            &RunOptions::default()
        ),
        Ok("2,4,6".into())
    );
}

const BOMBS: &[(&str, &str)] = &[
    (
        "strings",
        "let a = []; for (let i = 0; ; i++) a.push('x'.repeat(1000) + i);",
    ),
    (
        "one big string",
        "let s = 'x'; for (;;) s = s + s + '';  s.length",
    ),
    ("array growth", "let a = []; for (;;) a.push(1.5);"),
    (
        "object graph",
        "let o = {}; for (;;) o = { o, a: [1, 2, 3] };",
    ),
    (
        "maps",
        "const m = new Map(); for (let i = 0; ; i++) m.set(i, { i });",
    ),
    (
        "typed arrays",
        "const a = []; for (;;) a.push(new Float64Array(1e5));",
    ),
    (
        "JSON.stringify",
        "let a = [1]; for (let i = 0; i < 40; i++) a = [a, a]; JSON.stringify(a)",
    ),
    ("join", "new Array(1e7).fill('abc').join()"),
    ("replace", "'x'.repeat(1e7).replace(/x/g, 'yyyy').length"),
    ("Array.from", "Array.from({ length: 1e9 }, (_, i) => i)"),
    (
        "closures",
        "const fs = []; for (let i = 0; ; i++) fs.push(() => i);",
    ),
];

#[test]
fn memory_limit_turns_exhaustion_into_a_catchable_range_error() {
    let iso = limited(16);
    for (name, bomb) in BOMBS {
        // In a function, so that what it allocated is garbage afterwards.
        let ctx = new_context(&iso);
        let code = format!("(() => {{ {bomb} }})()");
        let got = run(&iso, &ctx, &code, &RunOptions::default());
        let ok = matches!(
            got.as_ref().map_err(String::as_str),
            Err("RangeError: Out of memory") | Err("RangeError: invalid string length")
        );
        assert!(ok, "{name}: {got:?}");
        // The code itself may catch it (once what the bomb holds is
        // garbage: a catch clause that still holds a full heap may run
        // out of memory itself).
        let caught = format!(
            "(() => {{ try {{ (() => {{ {bomb} }})(); }} catch (e) {{ return e instanceof RangeError; }} }})()"
        );
        assert_eq!(
            run(&iso, &ctx, &caught, &RunOptions::default()),
            Ok("true".into()),
            "{name}"
        );
        // The same context runs the next script.
        assert_eq!(
            run(
                &iso,
                &ctx,
                "[1, 2, 3].map((x) => x * 2).join()",
                &RunOptions::default()
            ),
            Ok("2,4,6".into()),
            "{name}"
        );
    }
    second_script_works(&iso);
}

#[test]
fn unreachable_cycles_are_collected_before_the_memory_limit() {
    // Most of the 32 MB stays reachable while many times the limit of
    // cyclic garbage (which only the cycle collector frees) goes by: the
    // collector must run before the heap reaches the limit.
    let iso = limited(32);
    let ctx = new_context(&iso);
    let code = "const keep = []; for (let i = 0; i < 200000; i++) keep.push({ i });\
                let n = 0;\
                for (let i = 0; i < 2e6; i++) { const a = {}; const b = { a }; a.b = b; n++; }\
                `${n} ${keep.length}`";
    assert_eq!(
        run(&iso, &ctx, code, &RunOptions::default()),
        Ok("2000000 200000".into())
    );
    second_script_works(&iso);
}

#[test]
fn memory_held_by_a_context_is_freed_with_it() {
    let iso = limited(32);
    let ctx = new_context(&iso);
    let got = run(
        &iso,
        &ctx,
        "var keep = []; for (;;) keep.push({});",
        &RunOptions::default(),
    );
    assert_eq!(got, Err("RangeError: Out of memory".into()));
    drop(ctx);
    iso.runtime().run_gc();
    second_script_works(&iso);
    // Raising the limit is enough too.
    let ctx = new_context(&iso);
    let _ = run(
        &iso,
        &ctx,
        "var keep = []; for (;;) keep.push({});",
        &RunOptions::default(),
    );
    iso.set_memory_limit(None);
    assert_eq!(iso.memory_limit(), None);
    second_script_works(&iso);
}

#[test]
fn a_limit_below_the_heap_fails_allocations_not_the_host() {
    let iso = Isolate::new();
    iso.set_memory_limit(Some(1));
    let made = iso.create_context(None, &ContextOptions::default());
    assert!(made.is_err());
    let m = iso.main_context();
    let e = made.err().unwrap();
    assert_eq!(
        m.to_rust_string(&m.get(e.value(), "message").unwrap())
            .unwrap(),
        "Out of memory"
    );
    iso.set_memory_limit(None);
    second_script_works(&iso);
}

#[test]
fn timeout_stops_allocation_loops_that_catch_out_of_memory() {
    let iso = limited(32);
    let ctx = new_context(&iso);
    let code = "for (;;) { try { const a = []; for (;;) a.push([1, 2, 3]); } catch (e) {} }";
    let opts = RunOptions {
        timeout: Some(Duration::from_millis(200)),
        ..Default::default()
    };
    let got = run(&iso, &ctx, code, &opts);
    assert_eq!(
        got,
        Err("ERR_SCRIPT_EXECUTION_TIMEOUT: Script execution timed out after 200ms".into())
    );
    second_script_works(&iso);
}

#[test]
fn timeout_stops_long_loops_inside_one_built_in_call() {
    // No memory limit: these would allocate gigabytes, or loop 2^53 times.
    let iso = Isolate::new();
    let cases = [
        "Array(1e9).fill(0)",
        "Array.from({ length: 1e9 })",
        "const a = []; a[2 ** 32 - 2] = 1; a.sort()",
        "Array.prototype.indexOf.call({ length: 2 ** 53 - 1 }, 1)",
        "Array.prototype.includes.call({ length: 2 ** 53 - 1 }, 1)",
        "Array.prototype.reverse.call({ length: 2 ** 53 - 1 })",
        "let a = [1]; for (let i = 0; i < 40; i++) a = [a, a]; JSON.stringify(a)",
    ];
    for code in cases {
        let ctx = new_context(&iso);
        let opts = RunOptions {
            timeout: Some(Duration::from_millis(50)),
            ..Default::default()
        };
        let start = Instant::now();
        let got = run(&iso, &ctx, code, &opts);
        assert_eq!(
            got,
            Err("ERR_SCRIPT_EXECUTION_TIMEOUT: Script execution timed out after 50ms".into()),
            "{code}"
        );
        // A generous bound that proves the loop was stopped.
        assert!(start.elapsed() < Duration::from_secs(20), "{code}");
        drop(ctx);
        iso.runtime().run_gc();
    }
    second_script_works(&iso);
}

/// Runs `f` on a thread with a small stack.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn the_stack_limit_fits_the_thread() {
    on_small_stack(|| {
        let iso = Isolate::new();
        assert!(
            iso.max_stack_size() < 512 * 1024,
            "stack size {} on a 512 KiB thread",
            iso.max_stack_size()
        );
        let ctx = new_context(&iso);
        let got = run(
            &iso,
            &ctx,
            "function f() { return f(); } f()",
            &RunOptions::default(),
        );
        assert_eq!(
            got,
            Err("RangeError: Maximum call stack size exceeded".into())
        );
        second_script_works(&iso);
    });
}

#[test]
fn recursion_through_context_object_getters_is_not_heard() {
    // A getter of the context object that reads the same global again:
    // the recursion ends in a RangeError inside, which (as in Node, whose
    // V8 interceptor swallows it) is not heard: `g` is not defined.
    on_small_stack(|| {
        let iso = Isolate::new();
        let ctx = new_context(&iso);
        let got = run(
            &iso,
            &ctx,
            "Object.defineProperty(globalThis, 'g', { get() { return g; } }); g",
            &RunOptions::default(),
        );
        assert_eq!(got, Err("ReferenceError: g is not defined".into()));
        second_script_works(&iso);
    });
}

#[test]
fn a_chain_of_contextified_globals_cannot_overflow_the_native_stack() {
    // Each context object is the previous context's global: a read of a
    // missing name recurses through the exotic global's methods, in Rust,
    // with no JavaScript call in between.
    on_small_stack(|| {
        let iso = Isolate::new();
        let m = iso.main_context();
        let mut g = m.new_object().unwrap();
        let mut result = Ok(String::new());
        for _ in 0..40 {
            for _ in 0..100 {
                let ctx = iso
                    .create_context(Some(&g), &ContextOptions::default())
                    .unwrap();
                g = ctx.global().clone();
            }
            let last = iso
                .create_context(None, &ContextOptions::default())
                .unwrap();
            m.set(last.object(), "g", g.clone()).unwrap();
            result = run(
                &iso,
                &last,
                "[g.nothing, 'nothing' in g].join()",
                &RunOptions::default(),
            );
            if result.is_err() {
                break;
            }
        }
        assert_eq!(
            result,
            Err("RangeError: Maximum call stack size exceeded".into())
        );
        second_script_works(&iso);
    });
}
