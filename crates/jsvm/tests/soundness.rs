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

#[test]
fn errors_are_decided_by_the_host_not_by_what_a_script_throws() {
    use jsvm::Error;
    let iso = Isolate::new();
    // A forged timeout is a thrown value.
    let e = iso
        .eval::<()>("throw { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT', name: 'Error', message: 'Script execution timed out after 50ms' }")
        .unwrap_err();
    assert!(matches!(&e, Error::Thrown { .. }), "{e:?}");
    assert!(!e.is_stopped());
    let e = iso
        .eval_with::<()>(
            "const e = new Error('Script execution timed out after 50ms'); e.code = 'ERR_SCRIPT_EXECUTION_TIMEOUT'; throw e",
            &ScriptOptions::default(),
            &timeout_50ms(),
        )
        .unwrap_err();
    assert!(matches!(&e, Error::Thrown { .. }), "{e:?}");
    // A real one is a timeout, also when the script catches everything.
    let e = iso
        .eval_with::<()>(
            "for (;;) { try { for (;;) {} } catch {} finally { continue; } }",
            &ScriptOptions::default(),
            &timeout_50ms(),
        )
        .unwrap_err();
    assert_eq!(
        e,
        Error::Timeout {
            after: Some(Duration::from_millis(50))
        }
    );
    assert_eq!(e.to_string(), "Script execution timed out after 50ms");
    // Another isolate's value.
    let other = Isolate::new();
    let obj = other.main_context().new_object().unwrap();
    let m = iso.main_context();
    let e = m.set(&m.global(), "x", obj).unwrap_err();
    assert_eq!(iso.error_of(&e), Error::WrongIsolate);
}

#[test]
fn a_thrown_error_displays_as_node_prints_it() {
    let iso = Isolate::new();
    let opts = ScriptOptions {
        filename: "untrusted.js".into(),
        ..Default::default()
    };
    let e = iso
        .eval_with::<()>(
            "throw new TypeError('bad input')",
            &opts,
            &RunOptions::default(),
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "TypeError: bad input\n    at untrusted.js:1:7"
    );
    match &e {
        jsvm::Error::Thrown {
            name,
            message,
            stack,
        } => {
            assert_eq!(name, "TypeError");
            assert_eq!(message, "bad input");
            assert_eq!(
                stack.as_deref(),
                Some("TypeError: bad input\n    at untrusted.js:1:7")
            );
        }
        other => panic!("{other:?}"),
    }
    // A getter on the error is not run to read it.
    let e = iso
        .eval::<()>("const e = new Error('m'); Object.defineProperty(e, 'name', { get() { for (;;) {} } }); throw e")
        .unwrap_err();
    assert!(matches!(&e, jsvm::Error::Thrown { message, .. } if message == "m"));
    // Primitives.
    assert_eq!(
        iso.eval::<()>("throw 42").unwrap_err().to_string(),
        "Uncaught 42"
    );
}

#[test]
fn the_error_type_goes_anywhere() {
    fn assert_send_sync<T: Send + Sync + 'static + std::error::Error>() {}
    assert_send_sync::<jsvm::Error>();
    fn with_question_mark() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let iso = Isolate::new();
        iso.eval::<()>("null.x")?;
        Ok(())
    }
    let e = with_question_mark().unwrap_err();
    assert!(e.to_string().starts_with("TypeError: "), "{e}");
    // Across a thread.
    let e = std::thread::spawn(|| {
        Isolate::new()
            .eval::<()>("throw new RangeError('r')")
            .unwrap_err()
    })
    .join()
    .unwrap();
    assert!(e.to_string().starts_with("RangeError: r"));
}
