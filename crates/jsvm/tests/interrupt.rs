//! InterruptHandle: stopping a script from another thread, beside
//! timeouts.

use std::thread;
use std::time::{Duration, Instant};

use jsvm::{Error, InterruptHandle, Isolate, RunOptions, ScriptOptions, Value};

fn interrupt_after(handle: &InterruptHandle, ms: u64) -> thread::JoinHandle<()> {
    let h = handle.clone();
    thread::spawn(move || {
        thread::sleep(Duration::from_millis(ms));
        h.interrupt();
    })
}

#[test]
fn the_handle_is_send_sync_and_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<InterruptHandle>();
}

#[test]
fn another_thread_stops_a_script_that_catches_everything() {
    let iso = Isolate::new();
    let handle = iso.interrupt_handle();
    let t = interrupt_after(&handle, 50);
    let started = Instant::now();
    let e = iso
        .eval::<()>("globalThis.n = 0; for (;;) { try { for (;;) {} } catch { n++ } finally { n++; continue } }")
        .unwrap_err();
    t.join().unwrap();
    assert_eq!(e, Error::Interrupted);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(iso.eval::<i32>("n").unwrap(), 0);
    assert!(!handle.is_pending());
    // The next script runs to its end.
    assert_eq!(
        iso.eval::<i32>("let s = 0; for (let i = 0; i < 1e5; i++) s++; s")
            .unwrap(),
        100000
    );
}

#[test]
fn an_interrupt_inside_a_run_with_a_timeout_is_an_interruption_and_timeouts_still_work() {
    let iso = Isolate::new();
    let handle = iso.interrupt_handle();
    let long = RunOptions {
        timeout: Some(Duration::from_secs(30)),
        ..Default::default()
    };
    let t = interrupt_after(&handle, 50);
    let e = iso
        .eval_with::<()>("for (;;) {}", &ScriptOptions::default(), &long)
        .unwrap_err();
    t.join().unwrap();
    assert_eq!(e, Error::Interrupted);
    let short = RunOptions {
        timeout: Some(Duration::from_millis(30)),
        ..Default::default()
    };
    let e = iso
        .eval_with::<()>("for (;;) {}", &ScriptOptions::default(), &short)
        .unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }));
}

#[test]
fn an_interrupt_reaches_through_host_functions_and_calls() {
    let iso = Isolate::new();
    let handle = iso.interrupt_handle();
    // A host function that runs more JavaScript: the stop passes through.
    let spin = iso
        .function(
            "spin",
            |c: &jsvm::Caller, f: Value| -> Result<(), jsvm::Exception> {
                let ctx = c.context();
                ctx.call(&f, &ctx.undefined(), &[])?;
                Ok(())
            },
        )
        .unwrap();
    iso.set_global("spin", spin).unwrap();
    let f: Value = iso
        .eval("() => { try { spin(() => { for (;;) {} }) } catch {} for (;;) {} }")
        .unwrap();
    let t = interrupt_after(&handle, 50);
    assert_eq!(iso.call::<()>(&f, ()).unwrap_err(), Error::Interrupted);
    t.join().unwrap();
    // A request made while nothing runs stops the next run.
    handle.interrupt();
    assert_eq!(
        iso.eval::<()>("for (;;) {}").unwrap_err(),
        Error::Interrupted
    );
    assert_eq!(iso.eval::<i32>("2").unwrap(), 2);
}
