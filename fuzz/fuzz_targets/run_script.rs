//! Arbitrary bytes compiled and run in a fresh context, under a timeout
//! and the isolate's memory limit, then its microtasks: whatever the code
//! does ends in a value or an error, and the next script runs.
#![no_main]

#[path = "common.rs"]
mod common;

use jsvm::{ContextOptions, MicrotaskMode, ScriptOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let code = common::source(data);
    common::with_isolate(|iso| {
        let options = ContextOptions {
            microtask_mode: if data.first().is_some_and(|b| b & 1 == 1) {
                MicrotaskMode::AfterEvaluate
            } else {
                MicrotaskMode::Shared
            },
            ..Default::default()
        };
        let Ok(ctx) = iso.create_context(None, &options) else {
            return;
        };
        let run = common::run_options();
        match iso.run_in_context_with(&code, &ctx, &ScriptOptions::default(), &run) {
            Ok(v) => common::describe(iso, &v),
            Err(e) => common::inspect_exception(iso, &e),
        }
        // Jobs left in the shared queue would run outside any timeout (as
        // in Node): start over with a new isolate instead.
        if iso.runtime().is_job_pending() {
            common::renew_isolate();
        }
        // The host keeps working.
        let after = iso.run_in_context_with("6 * 7", &ctx, &ScriptOptions::default(), &run);
        if let Ok(v) = after {
            assert_eq!(v.as_i32(), Some(42));
        }
    });
});
