//! [`Error`]: what went wrong in a run, as the host decided it, in a form
//! that leaves the isolate (`Send + Sync + 'static`, `std::error::Error`).

use std::fmt;
use std::time::Duration;

use jsvm_engine::{Exception, HostCause, Value};

use crate::convert::data_string;
use crate::{FromJs, Isolate};

/// What went wrong when running JavaScript, decided by the host: a run
/// that was stopped is [`Error::Timeout`] or [`Error::Interrupted`] because
/// the isolate stopped it, never because of what a thrown value says
/// (`throw { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' }` is
/// [`Error::Thrown`]). The name, message and stack of a thrown value are
/// read when the error is made, so it needs no isolate afterwards and can
/// go to another thread, into `anyhow`, or up with `?`.
///
/// ```
/// use jsvm::{Error, Isolate};
///
/// fn run(iso: &Isolate) -> Result<i32, Error> {
///     let v: i32 = iso.eval("1 + 1")?;
///     Ok(v)
/// }
/// let iso = Isolate::new();
/// assert_eq!(run(&iso).unwrap(), 2);
///
/// let e = iso.eval::<()>("throw new TypeError('bad input')").unwrap_err();
/// assert!(matches!(&e, Error::Thrown { name, .. } if name == "TypeError"));
/// assert!(e.to_string().starts_with("TypeError: bad input\n    at "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A value was thrown and not caught.
    Thrown {
        /// The `name` of an error object (`TypeError`), empty for a value
        /// that has none.
        name: String,
        /// The `message` of an error object, or the value itself as a
        /// string for a primitive (`throw 42` gives `42`).
        message: String,
        /// The `stack` of an error object (its first line is
        /// `name: message`), when it has one.
        stack: Option<String>,
    },
    /// The run took longer than its `timeout` and was stopped.
    Timeout {
        /// The timeout that ran out.
        after: Option<Duration>,
    },
    /// The run was stopped by an interruption: SIGINT with
    /// `breakOnSigint`.
    Interrupted,
    /// A value, key, context or script of another isolate was given to
    /// this one.
    WrongIsolate,
    /// A value could not be converted to the Rust type asked for (see
    /// [`FromJs`](crate::FromJs)).
    Conversion {
        /// Node's words for it: `The value must be of type number.
        /// Received type string ('x')`.
        message: String,
    },
}

impl Error {
    /// The error for an exception of `isolate` (see
    /// [`Isolate::error_of`]).
    pub(crate) fn from_exception(iso: &Isolate, e: &Exception, timeout: Option<Duration>) -> Error {
        let ctx = &iso.main;
        match e.cause() {
            Some(HostCause::WrongRuntime) => return Error::WrongIsolate,
            Some(HostCause::Timeout) => return Error::Timeout { after: timeout },
            Some(HostCause::Interrupted) => return Error::Interrupted,
            Some(HostCause::Conversion) => {
                let message = data_string(ctx, e.value(), "message").unwrap_or_default();
                return Error::Conversion { message };
            }
            _ => {}
        }
        let v = e.value();
        if !v.is_object() {
            let message = if v.is_symbol() {
                "Symbol()".to_string()
            } else {
                ctx.to_rust_string(v).unwrap_or_default()
            };
            return Error::Thrown {
                name: String::new(),
                message,
                stack: None,
            };
        }
        let name = data_string(ctx, v, "name");
        let message = data_string(ctx, v, "message");
        if name.is_none() && message.is_none() {
            // Not an error: what kind of value it is.
            return Error::Thrown {
                name: String::new(),
                message: crate::convert::describe(ctx, v),
                stack: None,
            };
        }
        Error::Thrown {
            name: name.unwrap_or_default(),
            message: message.unwrap_or_default(),
            stack: stack_of(iso, v),
        }
    }

    /// Whether the run was stopped (timeout or interruption) rather than
    /// failed.
    pub fn is_stopped(&self) -> bool {
        matches!(self, Error::Timeout { .. } | Error::Interrupted)
    }
}

/// The stack of an error object: an own data property `stack` (what a
/// program stored, or the host's decorated stack), or else the stack the
/// error was made with, read by the engine's own getter (never a getter a
/// script installed).
fn stack_of(iso: &Isolate, err: &Value) -> Option<String> {
    let ctx = &iso.main;
    if let Some(d) = ctx.get_own_property(err, "stack").ok()? {
        let v = d.value?;
        return v.is_string().then(|| ctx.to_rust_string(&v).ok())?;
    }
    let v = ctx.call(&iso.error_stack, err, &[]).ok()?;
    v.is_string().then(|| ctx.to_rust_string(&v).ok())?
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Thrown {
                name,
                message,
                stack,
            } => {
                if let Some(stack) = stack {
                    // The stack's first line is `name: message`, unless
                    // the script changed them after the error was made.
                    let head = if name.is_empty() {
                        message.clone()
                    } else if message.is_empty() {
                        name.clone()
                    } else {
                        format!("{name}: {message}")
                    };
                    if stack.starts_with(&head) || stack.contains(&format!("\n{head}\n")) {
                        return f.write_str(stack);
                    }
                    return write!(f, "{head}\n{stack}");
                }
                match (name.is_empty(), message.is_empty()) {
                    (true, _) => write!(f, "Uncaught {message}"),
                    (false, true) => f.write_str(name),
                    (false, false) => write!(f, "{name}: {message}"),
                }
            }
            Error::Timeout { after: Some(t) } => {
                write!(f, "Script execution timed out after {}ms", t.as_millis())
            }
            Error::Timeout { after: None } => f.write_str("Script execution timed out"),
            Error::Interrupted => f.write_str("Script execution was interrupted"),
            Error::WrongIsolate => f.write_str(
                "a value, context or script of another isolate was given to this isolate",
            ),
            Error::Conversion { message } => write!(f, "TypeError: {message}"),
        }
    }
}

impl std::error::Error for Error {}

impl Isolate {
    /// The [`Error`] for an exception that a call into this isolate
    /// returned: the host's cause when it made the exception (a timeout,
    /// an interruption, a value of another isolate), otherwise the thrown
    /// value's name, message and stack, read without running any code.
    pub fn error_of(&self, e: &Exception) -> Error {
        Error::from_exception(self, e, None)
    }

    /// Runs `source` in the main context (`vm.runInThisContext` with the
    /// default options) and reads the result as a `T` ([`FromJs`]:
    /// [`Value`] for the value itself), with the failure as an [`Error`].
    ///
    /// ```
    /// let iso = jsvm::Isolate::new();
    /// assert_eq!(iso.eval::<i32>("6 * 7").unwrap(), 42);
    /// assert_eq!(iso.eval::<jsvm::Value>("6 * 7").unwrap().as_i32(), Some(42));
    /// ```
    pub fn eval<T: FromJs>(&self, source: &str) -> Result<T, Error> {
        let v = self
            .run_in_this_context(source, &crate::ScriptOptions::default())
            .map_err(|e| self.error_of(&e))?;
        self.from_js(&v)
    }

    /// Runs `source` in the main context under `run` (a timeout,
    /// `breakOnSigint`), read as a `T`, with the failure as an [`Error`].
    ///
    /// ```
    /// use std::time::Duration;
    /// use jsvm::{Error, Isolate, RunOptions, ScriptOptions};
    /// let iso = Isolate::new();
    /// let run = RunOptions { timeout: Some(Duration::from_millis(20)), ..Default::default() };
    /// let e = iso.eval_with::<()>("for (;;) {}", &ScriptOptions::default(), &run).unwrap_err();
    /// assert_eq!(e, Error::Timeout { after: Some(Duration::from_millis(20)) });
    /// ```
    pub fn eval_with<T: FromJs>(
        &self,
        source: &str,
        options: &crate::ScriptOptions,
        run: &crate::RunOptions,
    ) -> Result<T, Error> {
        let v = self
            .run_in_this_context_with(source, options, run)
            .map_err(|e| Error::from_exception(self, &e, run.timeout))?;
        self.from_js(&v)
    }

    /// Runs `source` in `context` under `run`, read as a `T`, with the
    /// failure as an [`Error`].
    pub fn eval_in<T: FromJs>(
        &self,
        source: &str,
        context: &crate::VmContext,
        options: &crate::ScriptOptions,
        run: &crate::RunOptions,
    ) -> Result<T, Error> {
        let v = self
            .run_in_context_with(source, context, options, run)
            .map_err(|e| Error::from_exception(self, &e, run.timeout))?;
        self.from_js(&v)
    }
}
