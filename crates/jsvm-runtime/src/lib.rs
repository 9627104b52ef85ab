//! The Node-compatible host for jsvm programs.
//!
//! [`Host`] owns an [`Isolate`] and sets up its main context the way Node
//! sets up a program's realm: `globalThis.global`, `process`, `console`
//! (printing with a port of Node's `util.inspect`), a CommonJS loader
//! (`require` of relative files and JSON, `module.exports`, `__filename`,
//! `__dirname`) and the built-in modules `node:vm` (also `vm`) and
//! `node:util`. Most of the host is JavaScript embedded in the binary
//! (`src/ext/<module>/`, `src/internal/`); the natives it calls beside it.

pub use jsvm::IsolateOptions;

mod event_loop;
mod ext;
mod natives;

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use event_loop::{IoEvent, LoopState};
use jsvm::engine::EvalOptions;
use jsvm::{Context, Exception, Isolate, JsResult, ScriptSource, Value};

const BOOTSTRAP: &str = include_str!("internal/bootstrap.js");

/// A Node-style program host around one isolate.
pub struct Host {
    isolate: Rc<Isolate>,
    run_main: Value,
    inspect: Value,
    process: Value,
    /// The loop's entry points into JavaScript (see src/internal/bootstrap.js).
    hooks: Value,
    state: Rc<RefCell<LoopState>>,
}

/// Promises the engine reported as rejected with no handler (`false`) or
/// as handled after such a report (`true`), in order, for the JavaScript
/// side's `processPromiseRejections` (ext/process/process.js) to take.
type Rejections = Rc<RefCell<Vec<(Value, Value, bool)>>>;

impl Host {
    /// Sets up the host. `argv` is `process.argv` (the runtime path, then
    /// the script path and its arguments).
    pub fn new(argv: Vec<String>) -> JsResult<Host> {
        Host::with_options(argv, Vec::new(), &IsolateOptions::default())
    }

    /// Sets up the host with `process.execArgv` (the runtime options given
    /// before the script: `--no-warnings`, `--unhandled-rejections=warn`,
    /// ...) on an isolate with resource limits (the CLI's
    /// `--max-heap-size`). The limit counts the host's own setup.
    pub fn with_options(
        argv: Vec<String>,
        exec_argv: Vec<String>,
        options: &IsolateOptions,
    ) -> JsResult<Host> {
        let isolate = Rc::new(Isolate::with_options(options));
        let main = isolate.main_context().clone();
        let state = Rc::new(RefCell::new(LoopState::default()));
        let rejections: Rejections = Rc::default();
        let queue = rejections.clone();
        isolate.runtime().set_rejection_tracker(Some(Rc::new(
            move |promise, reason: Value, handled| {
                // A run stopped by a timeout rejects the promise whose
                // executor it stopped; V8's termination rejects nothing.
                if !reason.is_uncatchable_error() {
                    queue.borrow_mut().push((promise, reason, handled));
                }
            },
        )));
        let natives = natives::make_natives(&isolate, &state, &main, argv)?;
        let exec_argv = main.array_from(
            exec_argv
                .iter()
                .map(|s| main.string(s))
                .collect::<JsResult<Vec<_>>>()?,
        )?;
        main.set(&natives, "execArgv", exec_argv)?;
        let internals = main.get(&natives, "internals")?;
        let lp = main.get(&internals, "loop")?;
        def(&main, &lp, "takeRejections", 0, move |c, _, _| {
            let taken = std::mem::take(&mut *rejections.borrow_mut());
            if taken.is_empty() {
                return Ok(c.undefined());
            }
            let mut flat = Vec::with_capacity(taken.len() * 3);
            for (promise, reason, handled) in taken {
                flat.extend([promise, reason, c.boolean(handled)]);
            }
            c.array_from(flat)
        })?;
        let bootstrap = main.eval(
            BOOTSTRAP,
            &EvalOptions {
                filename: "node:internal/bootstrap",
                ..Default::default()
            },
        )?;
        let api = main.call(&bootstrap, &main.undefined(), &[natives])?;
        Ok(Host {
            run_main: main.get(&api, "runMain")?,
            inspect: main.get(&api, "inspect")?,
            process: main.get(&api, "process")?,
            hooks: main.get(&api, "loop")?,
            isolate,
            state,
        })
    }

    /// The isolate of this host.
    pub fn isolate(&self) -> &Isolate {
        &self.isolate
    }

    /// Runs a program file as the main CommonJS module, then the event
    /// loop until nothing keeps the process alive; returns the exit code.
    /// An uncaught error no `uncaughtException` listener takes is printed to
    /// stderr as Node prints it, and the exit code is 1.
    pub fn run_main(&self, path: &Path) -> i32 {
        let main = self.isolate.main_context();
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let filename = abs.to_string_lossy().into_owned();
        // Timers of the program count from here (libuv's loop time).
        self.state.borrow_mut().update_time();
        let result = main
            .string(&filename)
            .and_then(|f| main.call(&self.run_main, &main.undefined(), &[f]));
        match self.settle(result.map(drop)).and_then(|()| self.run_loop()) {
            Ok(()) => {
                let code = self.exit_code();
                match self.hook("exit", &[main.int(code)]) {
                    Ok(()) => self.exit_code(),
                    Err(e) => self.die(&e),
                }
            }
            Err(code) => code,
        }
    }

    /// Node's event loop: timers, then signals (what Node's poll phase
    /// delivers here), then immediates, each callback followed by the
    /// `process.nextTick` queue and the microtasks; when nothing keeps the
    /// process alive, `beforeExit`, and on again if that scheduled work.
    fn run_loop(&self) -> Result<(), i32> {
        loop {
            while self.state.borrow().alive() {
                self.state.borrow_mut().update_time();
                loop {
                    let due = self.state.borrow_mut().pop_due();
                    let Some(id) = due else { break };
                    self.callback("timer", id as i32)?;
                }
                self.state.borrow_mut().wait();
                let events = self.state.borrow_mut().take_events();
                for event in events {
                    self.deliver(event)?;
                }
                let immediates = self.state.borrow_mut().take_immediates();
                for id in immediates {
                    self.callback("immediate", id as i32)?;
                }
            }
            let code = self.isolate.main_context().int(self.exit_code());
            let r = self.hook("beforeExit", &[code]);
            self.settle(r)?;
            if !self.state.borrow().alive() {
                return Ok(());
            }
        }
    }

    /// Delivers what the poll phase found: a signal to `process`, the rest
    /// to the pipe or child it is about (the `io` hook, ext/child_process/child_process.js).
    fn deliver(&self, event: IoEvent) -> Result<(), i32> {
        let main = self.isolate.main_context();
        let io = |kind: &str, id: u32, rest: &[Value]| -> Result<(), i32> {
            let r = main.string(kind).and_then(|k| {
                let mut args = vec![k, main.int(id as i32)];
                args.extend_from_slice(rest);
                self.hook("io", &args)
            });
            self.settle(r)
        };
        let errno = |e: i32| main.int(-e);
        match event {
            IoEvent::Signal(signo) => self.callback("signal", signo),
            IoEvent::Data(id, bytes) => match main.uint8_array(&bytes) {
                Ok(b) => io("data", id, &[b]),
                Err(e) => self.settle(Err(e)),
            },
            IoEvent::End(id, e) => io("end", id, &[errno(e)]),
            IoEvent::Drain(id) => io("drain", id, &[]),
            IoEvent::WriteError(id, e) => io("writeError", id, &[errno(e)]),
            IoEvent::Exit(id, code, signo) => io("exit", id, &[main.int(code), main.int(signo)]),
        }
    }

    /// Calls the loop hook `name` with a number, then settles.
    fn callback(&self, name: &str, arg: i32) -> Result<(), i32> {
        let main = self.isolate.main_context();
        let r = self.hook(name, &[main.int(arg)]);
        self.settle(r)
    }

    fn hook(&self, name: &str, args: &[Value]) -> JsResult<()> {
        let main = self.isolate.main_context();
        let f = main.get(&self.hooks, name)?;
        main.call(&f, &self.hooks, args).map(drop)
    }

    /// After a callback: the nextTick queue and the microtasks; an error
    /// (of the callback or of a tick) goes to `uncaughtException`
    /// listeners, or ends the process.
    fn settle(&self, mut result: JsResult<()>) -> Result<(), i32> {
        loop {
            if let Err(e) = result {
                let main = self.isolate.main_context();
                let handled = main
                    .get(&self.hooks, "uncaught")
                    .and_then(|f| main.call(&f, &self.hooks, &[e.value().clone()]));
                match handled {
                    Ok(v) if v.as_bool() == Some(true) => {}
                    Ok(_) => return Err(self.die(&e)),
                    // A listener that throws: Node prints that error and
                    // ends with code 7, without an `exit` event.
                    Err(e2) => {
                        self.report_uncaught(&e2);
                        return Err(7);
                    }
                }
            }
            result = self.hook("ticks", &[]);
            if result.is_ok() {
                return Ok(());
            }
        }
    }

    /// An uncaught error that ends the process, as Node's
    /// `TriggerUncaughtException`: `process.exitCode = 1`, the `exit` event,
    /// then the error printed; the exit code is `process.exitCode` (which an
    /// `exit` listener may change).
    fn die(&self, e: &Exception) -> i32 {
        let main = self.isolate.main_context();
        // Whether the error was caught and rethrown by the host's own
        // JavaScript (an unhandled rejection, a queueMicrotask callback's
        // error; ext/process/process.js): its place is then the first frame of
        // its stack.
        let from_promise = main
            .get(&self.hooks, "fromPromise")
            .and_then(|f| main.call(&f, &self.hooks, std::slice::from_ref(e.value())))
            .is_ok_and(|v| v.as_bool() == Some(true));
        let _ = main.set(&self.process, "exitCode", main.int(1));
        let _ = self.hook("exit", &[main.int(1)]);
        self.report_uncaught_from(e, from_promise);
        match self.exit_code() {
            0 => 1,
            code => code,
        }
    }

    fn exit_code(&self) -> i32 {
        let main = self.isolate.main_context();
        match main.get(&self.process, "exitCode") {
            Ok(v) if !v.is_nullish() => main.to_number(&v).map(|n| n as i32).unwrap_or(0),
            _ => 0,
        }
    }

    /// Prints an uncaught exception as Node does: the location where it
    /// was thrown (`file:line`, the source line and a caret) unless `node:vm`
    /// already put it on the error's stack, then the inspected value.
    /// Values that are not errors get a leading blank line, and primitives
    /// Node's hint about `--trace-uncaught`.
    pub fn report_uncaught(&self, e: &Exception) {
        self.report_uncaught_from(e, false)
    }

    /// [`Host::report_uncaught`] for an error that may come from an
    /// unhandled rejection: V8 then shows where the error was made (the
    /// first frame of its stack), and for a rejection with a value that is
    /// not an error, Node's own line that made the `UnhandledPromiseRejection`.
    fn report_uncaught_from(&self, e: &Exception, from_promise: bool) {
        let main = self.isolate.main_context();
        let value = e.value();
        let arrow = if self.isolate.is_decorated(value) {
            None
        } else if from_promise {
            let code = main.get(value, "code").ok();
            let code = code.and_then(|c| main.to_rust_string(&c).ok());
            if code.as_deref() == Some("ERR_UNHANDLED_REJECTION") {
                Some(UNHANDLED_REJECTION_ARROW.to_string())
            } else {
                let stack = main.get(value, "stack").ok();
                let stack = stack.filter(|s| s.is_string());
                let site = stack.and_then(|s| main.to_rust_string(&s).ok());
                site.as_deref()
                    .and_then(first_frame_site)
                    .and_then(|site| self.arrow_at(&site))
            }
        } else {
            e.site().and_then(|site| self.arrow_at(site))
        };
        // Node inspects objects and converts primitives to strings.
        let shown = if value.is_object() {
            main.call(
                &self.inspect,
                &main.undefined(),
                std::slice::from_ref(value),
            )
            .and_then(|s| main.to_rust_string(&s))
            .unwrap_or_else(|_| "Uncaught exception".into())
        } else {
            main.to_rust_string(value).unwrap_or_default()
        };
        let mut out = String::new();
        if let Some(arrow) = arrow {
            if value.is_error() {
                out.push_str(&arrow);
                out.push('\n');
            } else {
                out.push('\n');
                out.push_str(&arrow);
            }
        }
        out.push_str(&shown);
        out.push('\n');
        if !value.is_object() {
            out.push_str(
                "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n",
            );
        }
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(out.as_bytes());
    }
}

impl Host {
    /// Node's arrow (`file:line`, source line, caret) for a position in a
    /// script the isolate compiled or in one of the program's files.
    fn arrow_at(&self, site: &jsvm::engine::ThrowSite) -> Option<String> {
        if let Some(source) = self.isolate.source_of(&site.filename) {
            return jsvm::error_arrow(site, &source);
        }
        // The program's own files, read back from disk.
        let p = Path::new(&site.filename);
        let text = p.is_absolute().then(|| std::fs::read_to_string(p).ok())??;
        let source = ScriptSource {
            text: text.into(),
            line_offset: 0,
            column_offset: 0,
        };
        jsvm::error_arrow(site, &source)
    }
}

/// What Node 26 shows above an `UnhandledPromiseRejection` (a rejection
/// with a value that is not an error): the line of its own
/// `lib/internal/process/promises.js` that made the error.
const UNHANDLED_REJECTION_ARROW: &str =
    "node:internal/process/promises:322\n      new UnhandledPromiseRejection(reason);\n      ^\n";

/// The position of the first frame of a V8 stack (`    at f (file:l:c)` or
/// `    at file:l:c`).
fn first_frame_site(stack: &str) -> Option<jsvm::engine::ThrowSite> {
    let line = stack.lines().find(|l| l.trim_start().starts_with("at "))?;
    let mut loc = line.trim();
    if loc.ends_with(')') {
        loc = &loc[loc.rfind('(')? + 1..loc.len() - 1];
    } else {
        loc = loc.strip_prefix("at ")?;
    }
    let mut parts = loc.rsplitn(3, ':');
    let column: i32 = parts.next()?.parse().ok()?;
    let line: i32 = parts.next()?.parse().ok()?;
    let filename = parts.next()?.to_string();
    Some(jsvm::engine::ThrowSite {
        filename,
        line,
        column,
        end_column: column + 1,
    })
}

/// Argument `i`, or `undefined` when absent.
fn arg(args: &[Value], i: usize, ctx: &Context) -> Value {
    args.get(i).cloned().unwrap_or_else(|| ctx.undefined())
}

/// Defines a native function `obj[name]`.
fn def(
    ctx: &Context,
    obj: &Value,
    name: &str,
    length: i32,
    f: impl Fn(&Context, &Value, &[Value]) -> JsResult<Value> + 'static,
) -> JsResult<()> {
    let f = ctx.new_function(name, length, f)?;
    ctx.set(obj, name, f)
}
