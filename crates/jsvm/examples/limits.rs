//! Limits and errors: a timeout, the memory limit, a script stopped from
//! another thread, and `jsvm::Error` with `?` into any error type. Run:
//! `cargo run -p jsvm --example limits`.

use std::time::Duration;

use jsvm::{Error, Isolate, IsolateOptions, RunOptions, ScriptOptions};

fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let iso = Isolate::with_options(&IsolateOptions {
        memory_limit: Some(32 << 20),
        ..Default::default()
    });
    let opts = ScriptOptions {
        filename: "untrusted.js".into(),
        ..Default::default()
    };

    // A timeout, told apart by the host, not by what the script throws.
    let run = RunOptions {
        timeout: Some(Duration::from_millis(50)),
        ..Default::default()
    };
    let e = iso.eval_with::<()>("for (;;) {}", &opts, &run).unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }));
    let forged = iso
        .eval_with::<()>(
            "throw { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' }",
            &opts,
            &run,
        )
        .unwrap_err();
    assert!(matches!(forged, Error::Thrown { .. }));
    println!("{e} / forged: {forged:?}");

    // The memory limit: an error the script could catch, the isolate
    // stays usable.
    let e = iso.eval::<()>("'x'.repeat(64 << 20)").unwrap_err();
    println!("{e}");

    // Stopped from another thread.
    let handle = iso.interrupt_handle();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    let e = iso.eval::<()>("while (true) {}").unwrap_err();
    watchdog.join().unwrap();
    assert_eq!(e, Error::Interrupted);
    println!("{e}");

    // Thrown errors display as Node prints them.
    let e = iso
        .eval_with::<()>(
            "throw new TypeError('bad input')",
            &opts,
            &RunOptions::default(),
        )
        .unwrap_err();
    println!("{e}");

    // And `?` takes them into any error type.
    let n: i32 = iso.eval("1 + 1")?;
    assert_eq!(n, 2);
    Ok(())
}

fn main() {
    run().unwrap();
}

#[test]
fn example_runs() {
    run().unwrap();
}
