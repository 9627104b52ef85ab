//! What safe Rust could do to break an isolate, and what it gets now: a
//! value of one isolate used with another, and limits switched off through
//! a handle to the isolate's runtime.

use std::time::{Duration, Instant};

use jsvm::{ContextOptions, Isolate, RunOptions, ScriptOptions};

fn timeout_50ms() -> RunOptions {
    RunOptions {
        timeout: Some(Duration::from_millis(50)),
        ..Default::default()
    }
}

#[test]
fn the_interrupt_handler_cannot_be_replaced_through_the_runtime() {
    let iso = Isolate::new();
    assert!(iso.runtime().set_interrupt_handler(None).is_err());
    assert!(iso
        .main_context()
        .runtime()
        .set_interrupt_handler(None)
        .is_err());
    assert!(iso.runtime().lock_limits().is_none());
    // The timeout still stops a loop that would run for minutes.
    let started = Instant::now();
    let e = iso
        .run_in_this_context_with(
            "for (let i = 0; i < 1e12; i++) {}",
            &ScriptOptions::default(),
            &timeout_50ms(),
        )
        .unwrap_err();
    let m = iso.main_context();
    let code = m.get(e.value(), "code").unwrap();
    assert_eq!(
        m.to_rust_string(&code).unwrap(),
        "ERR_SCRIPT_EXECUTION_TIMEOUT"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn the_memory_and_stack_limits_cannot_be_changed_through_the_runtime() {
    let iso = Isolate::new();
    iso.set_memory_limit(Some(64 << 20));
    assert!(iso.runtime().set_memory_limit(0).is_err());
    assert!(iso.runtime().set_max_stack_size(0).is_err());
    assert_eq!(iso.memory_limit(), Some(64 << 20));
    // The limit is in force: a 100 MB string cannot be made.
    let e = iso
        .run_in_this_context("'x'.repeat(100 << 20).length", &ScriptOptions::default())
        .unwrap_err();
    let m = iso.main_context();
    assert_eq!(
        m.to_rust_string(e.value()).unwrap(),
        "RangeError: Out of memory"
    );
}

#[test]
fn a_value_of_one_isolate_is_refused_by_another() {
    let a = Isolate::new();
    let b = Isolate::new();
    let obj = a.main_context().new_object().unwrap();
    // As a context object.
    let e = b
        .create_context(Some(&obj), &ContextOptions::default())
        .unwrap_err();
    assert!(e.is_wrong_runtime());
    // Stored into the other heap.
    let bm = b.main_context();
    let e = bm.set(&bm.global(), "leak", obj.clone()).unwrap_err();
    assert!(e.is_wrong_runtime());
    drop(a);
    drop(obj);
    // `b` is intact.
    let r = b
        .run_in_this_context("typeof leak", &ScriptOptions::default())
        .unwrap();
    assert_eq!(bm.to_rust_string(&r).unwrap(), "undefined");
}

#[test]
fn a_script_or_context_of_one_isolate_is_refused_by_another() {
    let a = Isolate::new();
    let b = Isolate::new();
    let script = a
        .compile_script("1 + 1", &ScriptOptions::default())
        .unwrap();
    let ctx_b = b.create_context(None, &ContextOptions::default()).unwrap();
    assert!(script
        .run_in_context(&ctx_b)
        .unwrap_err()
        .is_wrong_runtime());
    assert!(script
        .run_in_this_context(&b)
        .unwrap_err()
        .is_wrong_runtime());
    let e = a
        .run_in_context("1", &ctx_b, &ScriptOptions::default())
        .unwrap_err();
    assert!(e.is_wrong_runtime());
    assert_eq!(script.run_in_this_context(&a).unwrap().as_i32(), Some(2));
}
