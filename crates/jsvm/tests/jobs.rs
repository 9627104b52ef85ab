//! Promise jobs under the run's limits, and waiting for a promise.

use std::time::Duration;

use jsvm::{Error, Isolate, RunOptions, Value};

fn timeout(ms: u64) -> RunOptions {
    RunOptions {
        timeout: Some(Duration::from_millis(ms)),
        ..Default::default()
    }
}

#[test]
fn jobs_run_and_are_counted() {
    let iso = Isolate::new();
    iso.eval::<()>(
        "globalThis.log = []; Promise.resolve(1).then((v) => log.push(v)).then(() => log.push(2))",
    )
    .unwrap();
    assert_eq!(iso.run_jobs(&RunOptions::default()).unwrap(), 2);
    assert_eq!(iso.eval::<Vec<i32>>("log").unwrap(), [1, 2]);
    assert_eq!(iso.run_jobs(&RunOptions::default()).unwrap(), 0);
}

#[test]
fn a_runaway_job_is_stopped_by_the_timeout() {
    let iso = Isolate::new();
    iso.eval::<()>(
        "Promise.resolve().then(() => { for (;;) { try { for (;;) {} } catch {} } }); \
         Promise.resolve().then(() => { globalThis.second = true })",
    )
    .unwrap();
    let e = iso.run_jobs(&timeout(50)).unwrap_err();
    assert_eq!(
        e,
        Error::Timeout {
            after: Some(Duration::from_millis(50))
        }
    );
    // The other job is still queued and runs next time.
    assert_eq!(iso.run_jobs(&timeout(1000)).unwrap(), 1);
    assert!(iso.eval::<bool>("second").unwrap());
}

#[test]
fn settle_waits_for_a_promise() {
    let iso = Isolate::new();
    let p: Value = iso
        .eval("(async () => { for (let i = 0; i < 3; i++) await null; return 'done'; })()")
        .unwrap();
    assert_eq!(
        iso.settle::<String>(&p, &RunOptions::default()).unwrap(),
        "done"
    );
    let p: Value = iso
        .eval("(async () => { await null; throw new RangeError('nope'); })()")
        .unwrap();
    let e = iso.settle::<()>(&p, &RunOptions::default()).unwrap_err();
    assert!(
        matches!(&e, Error::Thrown { name, message, .. } if name == "RangeError" && message == "nope")
    );
    // Waiting for something no job will do.
    let p: Value = iso.eval("new Promise(() => {})").unwrap();
    let e = iso.settle::<()>(&p, &RunOptions::default()).unwrap_err();
    assert!(e.to_string().contains("still pending"), "{e}");
    // A job that never ends, under a timeout.
    let p: Value = iso
        .eval("(async () => { await null; for (;;) {} })()")
        .unwrap();
    assert!(matches!(
        iso.settle::<()>(&p, &timeout(50)).unwrap_err(),
        Error::Timeout { .. }
    ));
    // Not a promise: the value itself.
    let v = iso.to_js(5).unwrap();
    assert_eq!(iso.settle::<i32>(&v, &RunOptions::default()).unwrap(), 5);
}

#[test]
fn an_interrupt_handle_stops_jobs_too() {
    let iso = Isolate::new();
    let handle = iso.interrupt_handle();
    iso.eval::<()>("Promise.resolve().then(() => { for (;;) {} })")
        .unwrap();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    assert_eq!(
        iso.run_jobs(&RunOptions::default()).unwrap_err(),
        Error::Interrupted
    );
    t.join().unwrap();
}
