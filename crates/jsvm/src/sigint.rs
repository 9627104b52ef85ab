//! `breakOnSigint`: while at least one run with it is going on, SIGINT only
//! raises a flag that the interrupt handler reads; whatever handled SIGINT
//! before (the default action, or a host's handler) is set aside and put
//! back when the last such run ends. As in Node, a SIGINT that arrives
//! during such a run is consumed by it: `process.on('SIGINT')` listeners
//! do not see it, now or later.
//!
//! Signals are process-wide, so this state is too: runs with
//! `breakOnSigint` on several threads share one flag, and the first to
//! look takes it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

static PENDING: AtomicBool = AtomicBool::new(false);

/// How many runs with `breakOnSigint` are going on, and the SIGINT action
/// they set aside.
static WATCH: Mutex<(usize, Option<libc::sigaction>)> = Mutex::new((0, None));

extern "C" fn on_sigint(_: libc::c_int) {
    PENDING.store(true, Ordering::SeqCst);
}

/// Whether a SIGINT arrived since the last call (and forgets it).
pub(crate) fn take() -> bool {
    PENDING.swap(false, Ordering::SeqCst)
}

/// SIGINT is watched while a `Watch` lives.
pub(crate) struct Watch(());

impl Watch {
    pub(crate) fn start() -> Watch {
        let mut w = WATCH.lock().unwrap_or_else(|e| e.into_inner());
        if w.0 == 0 {
            PENDING.store(false, Ordering::SeqCst);
            // SAFETY: plain sigaction calls; the handler only stores to an
            // atomic, which is async-signal-safe.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
                action.sa_flags = libc::SA_RESTART;
                libc::sigemptyset(&mut action.sa_mask);
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(libc::SIGINT, &action, &mut old) == 0 {
                    w.1 = Some(old);
                }
            }
        }
        w.0 += 1;
        Watch(())
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let mut w = WATCH.lock().unwrap_or_else(|e| e.into_inner());
        w.0 -= 1;
        if w.0 == 0 {
            if let Some(old) = w.1.take() {
                // SAFETY: puts back the action saved by `start`.
                unsafe { libc::sigaction(libc::SIGINT, &old, std::ptr::null_mut()) };
            }
            // A signal that came too late to stop the run is still its own.
            PENDING.store(false, Ordering::SeqCst);
        }
    }
}
