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

use std::cell::RefCell;
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
}

impl Controls {
    /// The interrupt handler: whether running code must stop.
    pub(crate) fn poll(&self) -> bool {
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
            Some(_) if outer_stopped && matches!(&result, Err(e) if e.is_uncatchable()) => result,
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
    };
    let made = ctx.error(&message).and_then(|err| {
        ctx.set(&err, "code", ctx.string(code)?)?;
        Ok(err)
    });
    let cause = match stop {
        Stop::Timeout => HostCause::Timeout,
        Stop::Sigint => HostCause::Interrupted,
    };
    match made {
        Ok(err) => Exception::new(err),
        Err(e) => e,
    }
    .with_cause(cause)
}
