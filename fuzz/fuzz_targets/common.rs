//! What the fuzz targets share: one isolate per thread (made again every
//! few thousand inputs, so state cannot pile up), with a memory limit, and
//! the input as source text.

use std::cell::RefCell;
use std::time::Duration;

use jsvm::{Isolate, IsolateOptions, RunOptions};

/// The heap of the fuzzing isolate.
pub const MEMORY_LIMIT: usize = 64 << 20;

/// How long one input may run.
#[allow(dead_code)]
pub fn run_options() -> RunOptions {
    RunOptions {
        timeout: Some(Duration::from_millis(20)),
        break_on_sigint: false,
    }
}

thread_local! {
    static ISOLATE: RefCell<Option<(Isolate, u32)>> = const { RefCell::new(None) };
}

thread_local! {
    static RENEW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Makes the next input use a new isolate.
#[allow(dead_code)]
pub fn renew_isolate() {
    RENEW.with(|r| r.set(true));
}

/// Runs `f` with the thread's isolate.
pub fn with_isolate(f: impl FnOnce(&Isolate)) {
    ISOLATE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let renew = RENEW.with(|r| r.replace(false))
            || match &*slot {
                Some((_, uses)) => *uses >= 2000,
                None => true,
            };
        if renew {
            *slot = None;
            *slot = Some((
                Isolate::with_options(&IsolateOptions {
                    memory_limit: Some(MEMORY_LIMIT),
                    ..Default::default()
                }),
                0,
            ));
        }
        let (iso, uses) = slot.as_mut().unwrap();
        *uses += 1;
        f(iso);
        iso.runtime().run_gc();
    });
}

/// The input as source text (invalid UTF-8 replaced).
pub fn source(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Reads what an exception holds, as a host would to report it: its
/// stack, message and name (own data properties only, and primitives
/// only: a getter or `toString` of a hostile thrown object would run
/// outside any timeout, in Node as here), and its source arrow. Must
/// never crash.
pub fn inspect_exception(iso: &Isolate, e: &jsvm::Exception) {
    let m = iso.main_context();
    let v = e.value();
    if v.is_object() {
        for key in ["stack", "message", "name", "code"] {
            if let Ok(Some(d)) = m.get_own_property(v, key) {
                if let Some(value) = d.value {
                    describe(iso, &value);
                }
            }
        }
    } else {
        describe(iso, v);
    }
    let _ = iso.error_arrow(e);
}

/// Turns a primitive into text (objects are left alone, see above).
pub fn describe(iso: &Isolate, v: &jsvm::Value) {
    if !v.is_object() {
        let _ = iso.main_context().to_rust_string(v);
    }
}
