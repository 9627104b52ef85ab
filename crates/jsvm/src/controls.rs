//! Execution controls: `timeout` and `breakOnSigint`.
//!
//! Each controlled run pushes a level (its deadline, whether SIGINT stops
//! it) on its isolate's stack; the engine's interrupt handler, asked every
//! few thousand operations (regular-expression matching included), marks
//! the levels whose deadline passed and gives a SIGINT to the innermost
//! level that watches for one, and stops the code while any level is
//! marked. The stop is an uncatchable error: no `catch` or `finally` of
//! the script sees it, and callbacks called by built-ins, getters, proxy
//! traps and coercions unwind with it.
//!
//! When a run ends, a marked level replaces whatever came out with Node's
//! error (`ERR_SCRIPT_EXECUTION_TIMEOUT` / `ERR_SCRIPT_EXECUTION_INTERRUPTED`),
//! an ordinary error that the code around the run may catch. The stop of an
//! outer level passes through inner runs untouched, so an outer timeout
//! fires through an inner run, as in Node.
//!
//! An [`InterruptHandle`] asks, from any thread, that the isolate's
//! JavaScript stop: the handler stops the code as for a level, the stop
//! passes through every run, and the outermost run returns an
//! interruption ([`HostCause::Interrupted`]); then the request is spent.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jsvm_engine::{Context, Exception, HostCause, JsResult};

use crate::sigint;

/// Options of a run ([`Script::run_in_context_with`](crate::Script::run_in_context_with)
/// and friends), as `script.runInContext(ctx, options)` takes them.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Stop the run with `ERR_SCRIPT_EXECUTION_TIMEOUT` after this long.
    pub timeout: Option<Duration>,
    /// Stop the run with `ERR_SCRIPT_EXECUTION_INTERRUPTED` when the
    /// process gets SIGINT; the signal is consumed by the run.
    pub break_on_sigint: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    Timeout,
    Sigint,
    /// An [`InterruptHandle`]'s request.
    Handle,
}

/// Stops the JavaScript running in an isolate, from any thread
/// ([`Isolate::interrupt_handle`](crate::Isolate::interrupt_handle)).
/// `Send + Sync + Clone`: keep it in a watchdog, a signal handler thread or
/// an async task.
///
/// [`interrupt`](Self::interrupt) stops the run going on in the isolate
/// (or, when none is, the next one): no `catch` or `finally` of the script
/// runs, and the run (through the isolate's API: `eval`, `call`, scripts,
/// modules) returns [`Error::Interrupted`](crate::Error::Interrupted), an
/// `ERR_SCRIPT_EXECUTION_INTERRUPTED` error marked
/// [`HostCause::Interrupted`]. Timeouts and `breakOnSigint` of the runs
/// go on working as before and after.
///
/// ```
/// use std::time::Duration;
/// let iso = jsvm::Isolate::new();
/// let handle = iso.interrupt_handle();
/// std::thread::spawn(move || {
///     std::thread::sleep(Duration::from_millis(20));
///     handle.interrupt();
/// });
/// let e = iso.eval::<()>("for (;;) {}").unwrap_err();
/// assert_eq!(e, jsvm::Error::Interrupted);
/// assert_eq!(iso.eval::<i32>("1 + 1").unwrap(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    requested: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// Asks the isolate to stop its JavaScript.
    pub fn interrupt(&self) {
        self.requested.store(true, Ordering::SeqCst);
    }

    /// Whether a request is waiting to stop a run.
    pub fn is_pending(&self) -> bool {
        self.requested.load(Ordering::SeqCst)
    }
}

struct Level {
    deadline: Option<Instant>,
    break_on_sigint: bool,
    stop: Option<Stop>,
}

/// The stack of controlled runs of one isolate.
#[derive(Default)]
pub(crate) struct Controls {
    levels: RefCell<Vec<Level>>,
    /// Set by [`InterruptHandle::interrupt`], from any thread.
    requested: Arc<AtomicBool>,
    /// Whether the handler stopped code for the request.
    handle_fired: Cell<bool>,
    /// How many runs are going on (nested).
    depth: Cell<usize>,
}

impl Controls {
    /// A handle that stops this isolate's runs.
    pub(crate) fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            requested: self.requested.clone(),
        }
    }

    /// The interrupt handler: whether running code must stop.
    pub(crate) fn poll(&self) -> bool {
        if self.handle_fired.get() {
            return true;
        }
        if self.requested.load(Ordering::Relaxed) {
            if self.depth.get() == 0 {
                // Code run outside the isolate's runs (an engine call of
                // the embedder's): stopped, and the request spent.
                self.requested.store(false, Ordering::SeqCst);
            } else {
                self.handle_fired.set(true);
            }
            return true;
        }
        self.poll_levels()
    }

    fn poll_levels(&self) -> bool {
        let Ok(mut levels) = self.levels.try_borrow_mut() else {
            return false;
        };
        if levels.is_empty() {
            return false;
        }
        if levels.iter().any(|l| l.break_on_sigint) && sigint::take() {
            if let Some(l) = levels.iter_mut().rev().find(|l| l.break_on_sigint) {
                l.stop.get_or_insert(Stop::Sigint);
            }
        }
        if levels
            .iter()
            .any(|l| l.deadline.is_some() && l.stop.is_none())
        {
            let now = Instant::now();
            for l in levels.iter_mut() {
                if l.stop.is_none() && l.deadline.is_some_and(|d| d <= now) {
                    l.stop = Some(Stop::Timeout);
                }
            }
        }
        levels.iter().any(|l| l.stop.is_some())
    }

    /// Runs `f` under `options`; `ctx` is the context whose `Error` Node's
    /// errors are made of (the one the code runs in).
    pub(crate) fn run<T>(
        &self,
        ctx: &Context,
        options: &RunOptions,
        f: impl FnOnce() -> JsResult<T>,
    ) -> JsResult<T> {
        /// Counts the run, also when a panic unwinds through it.
        struct Depth<'a>(&'a Cell<usize>);
        impl Drop for Depth<'_> {
            fn drop(&mut self) {
                self.0.set(self.0.get() - 1);
            }
        }
        self.depth.set(self.depth.get() + 1);
        let depth = Depth(&self.depth);
        let result = self.run_levels(ctx, options, f);
        drop(depth);
        if self.depth.get() == 0 && self.handle_fired.get() {
            // The outermost run: the request is spent.
            self.handle_fired.set(false);
            self.requested.store(false, Ordering::SeqCst);
            if let Err(e) = &result {
                if e.is_uncatchable() {
                    return Err(stop_error(ctx, Stop::Handle, None));
                }
            }
        }
        result
    }

    fn run_levels<T>(
        &self,
        ctx: &Context,
        options: &RunOptions,
        f: impl FnOnce() -> JsResult<T>,
    ) -> JsResult<T> {
        if options.timeout.is_none() && !options.break_on_sigint {
            return f();
        }
        let _watch = options.break_on_sigint.then(sigint::Watch::start);
        self.levels.borrow_mut().push(Level {
            deadline: options.timeout.map(|t| Instant::now() + t),
            break_on_sigint: options.break_on_sigint,
            stop: None,
        });
        /// Pops the run's level also when a host function's panic unwinds
        /// through the run.
        struct PopOnUnwind<'a>(&'a Controls);
        impl Drop for PopOnUnwind<'_> {
            fn drop(&mut self) {
                if std::thread::panicking() {
                    self.0.levels.borrow_mut().pop();
                }
            }
        }
        let unwind = PopOnUnwind(self);
        let result = f();
        std::mem::forget(unwind);
        let (level, outer_stopped) = {
            let mut levels = self.levels.borrow_mut();
            let level = levels.pop();
            (level, levels.iter().any(|l| l.stop.is_some()))
        };
        match level.and_then(|l| l.stop) {
            None => result,
            // An outer run is being stopped too: let its stop go on.
            Some(_)
                if (outer_stopped || self.handle_fired.get())
                    && matches!(&result, Err(e) if e.is_uncatchable()) =>
            {
                result
            }
            Some(stop) => {
                drop(result);
                Err(stop_error(ctx, stop, options.timeout))
            }
        }
    }
}

/// Node's error for a stopped run, made in `ctx`.
fn stop_error(ctx: &Context, stop: Stop, timeout: Option<Duration>) -> Exception {
    let (code, message) = match stop {
        Stop::Timeout => (
            "ERR_SCRIPT_EXECUTION_TIMEOUT",
            format!(
                "Script execution timed out after {}ms",
                timeout.unwrap_or_default().as_millis()
            ),
        ),
        Stop::Sigint => (
            "ERR_SCRIPT_EXECUTION_INTERRUPTED",
            "Script execution was interrupted by `SIGINT`".to_string(),
        ),
        Stop::Handle => (
            "ERR_SCRIPT_EXECUTION_INTERRUPTED",
            "Script execution was interrupted".to_string(),
        ),
    };
    let made = ctx.error(&message).and_then(|err| {
        ctx.set(&err, "code", ctx.string(code)?)?;
        Ok(err)
    });
    let cause = match stop {
        Stop::Timeout => HostCause::Timeout,
        Stop::Sigint | Stop::Handle => HostCause::Interrupted,
    };
    match made {
        Ok(err) => Exception::new(err),
        Err(e) => e,
    }
    .with_cause(cause)
}
