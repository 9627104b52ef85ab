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
use std::path::{Path, PathBuf};
use std::rc::Rc;

use event_loop::{IoEvent, LoopState};
use jsvm::engine::EvalOptions;
use jsvm::{Context, Exception, Isolate, JsResult, ScriptSource, Value};

const BOOTSTRAP: &str = include_str!("internal/bootstrap.js");

/// What a host is made with.
#[derive(Debug, Default)]
pub struct HostOptions {
    /// `process.argv`: the runtime's path, then the program's and its
    /// arguments.
    pub argv: Vec<String>,
    /// `process.execArgv`: the options as given on the command line.
    pub exec_argv: Vec<String>,
    /// The options the host acts on, in Node's spelling: `--expose-gc`,
    /// `--experimental-vm-modules`, `--abort-on-uncaught-exception`,
    /// `--no-warnings`, `--unhandled-rejections=MODE`, ...
    pub flags: Vec<String>,
    /// The isolate's resource limits.
    pub isolate: IsolateOptions,
}

/// The program a host runs ([`Host::run_program`]): a file, or source
/// text (`-e`, standard input), with Node's preloads.
#[derive(Debug, Default)]
pub struct Program {
    /// The main file (absolute).
    pub file: Option<PathBuf>,
    /// Source text run as Node runs `-e` code or standard input.
    pub source: Option<String>,
    /// `[eval]` or `[stdin]`.
    pub source_name: String,
    /// `-p`: print the completion value with `console.log` at exit.
    pub print: bool,
    /// `-c`: check the syntax only.
    pub check: bool,
    /// `--input-type`: `module` or `commonjs` (source text only).
    pub input_type: Option<String>,
    /// `-r` modules, required first, from the working directory.
    pub require: Vec<String>,
    /// `--import` modules, imported after them, before the program.
    pub import: Vec<String>,
}

/// A Node-style program host around one isolate.
pub struct Host {
    isolate: Rc<Isolate>,
    run_main: Value,
    run_program: Value,
    inspect: Value,
    process: Value,
    /// The loop's entry points into JavaScript (see src/internal/bootstrap.js).
    hooks: Value,
    state: Rc<RefCell<LoopState>>,
    /// `--abort-on-uncaught-exception`.
    abort_on_uncaught: bool,
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
        Host::with_host_options(HostOptions {
            argv,
            flags: exec_argv.clone(),
            exec_argv,
            isolate: options.clone(),
        })
    }

    /// Sets up the host as the command line asks ([`HostOptions`]).
    pub fn with_host_options(options: HostOptions) -> JsResult<Host> {
        let HostOptions {
            argv,
            exec_argv,
            flags,
            isolate: options,
        } = options;
        let abort_on_uncaught = flags.iter().any(|f| f == "--abort-on-uncaught-exception");
        let mut options = options;
        options.expose_gc |= flags.iter().any(|f| f == "--expose-gc");
        let isolate = Rc::new(Isolate::with_options(&options));
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
        let flags = main.array_from(
            flags
                .iter()
                .map(|s| main.string(s))
                .collect::<JsResult<Vec<_>>>()?,
        )?;
        main.set(&natives, "flags", flags)?;
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
            run_program: main.get(&api, "runProgram")?,
            inspect: main.get(&api, "inspect")?,
            process: main.get(&api, "process")?,
            hooks: main.get(&api, "loop")?,
            isolate,
            state,
            abort_on_uncaught,
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
        self.run_with(|| {
            let f = main.string(&filename)?;
            main.call(&self.run_main, &main.undefined(), &[f])
        })
    }

    /// Runs a [`Program`] (a file, `-e` code or standard input, with its
    /// preloads), then the event loop; returns the exit code.
    pub fn run_program(&self, program: &Program) -> i32 {
        let main = self.isolate.main_context();
        self.run_with(|| {
            let spec = main.new_object()?;
            let string = |s: &str| main.string(s);
            let strings = |v: &[String]| {
                main.array_from(
                    v.iter()
                        .map(|s| main.string(s))
                        .collect::<JsResult<Vec<_>>>()?,
                )
            };
            if let Some(file) = &program.file {
                main.set(&spec, "file", string(&file.to_string_lossy())?)?;
            }
            if let Some(source) = &program.source {
                main.set(&spec, "source", string(source)?)?;
                main.set(&spec, "sourceName", string(&program.source_name)?)?;
            }
            if let Some(t) = &program.input_type {
                main.set(&spec, "inputType", string(t)?)?;
            }
            main.set(&spec, "print", main.boolean(program.print))?;
            main.set(&spec, "check", main.boolean(program.check))?;
            main.set(&spec, "require", strings(&program.require)?)?;
            main.set(&spec, "import", strings(&program.import)?)?;
            main.call(&self.run_program, &main.undefined(), &[spec])
        })
    }

    fn run_with(&self, start: impl FnOnce() -> JsResult<Value>) -> i32 {
        let main = self.isolate.main_context();
        // Timers of the program count from here (libuv's loop time).
        self.state.borrow_mut().update_time();
        let result = start();
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
            IoEvent::Fs(id, outcome) => match outcome.into_js(main) {
                Ok((err, value)) => io("fs", id, &[err, value]),
                Err(e) => self.settle(Err(e)),
            },
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
                // --abort-on-uncaught-exception: only a capture callback
                // keeps the process alive, not `uncaughtException` listeners.
                if self.abort_on_uncaught && !self.has_capture_callback() {
                    self.die(&e);
                }
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
        if self.abort_on_uncaught {
            self.abort(e, from_promise);
        }
        let _ = main.set(&self.process, "exitCode", main.int(1));
        let _ = self.hook("exit", &[main.int(1)]);
        self.report_uncaught_from(e, from_promise);
        match self.exit_code() {
            0 => 1,
            code => code,
        }
    }

    fn has_capture_callback(&self) -> bool {
        let main = self.isolate.main_context();
        main.get(&self.process, "hasUncaughtExceptionCaptureCallback")
            .and_then(|f| main.call(&f, &self.process, &[]))
            .is_ok_and(|v| v.as_bool() == Some(true))
    }

    /// `--abort-on-uncaught-exception`: an unhandled rejection is printed
    /// as usual, then the process aborts (SIGABRT); any other uncaught
    /// exception is reported as V8 reports it before its abort (`Uncaught`,
    /// the error, `FROM` and the frames), then the process ends with
    /// SIGTRAP, as V8's abort does in Node's release builds. No `exit`
    /// event either way.
    fn abort(&self, e: &Exception, from_promise: bool) -> ! {
        let main = self.isolate.main_context();
        if from_promise {
            self.report_uncaught_from(e, true);
            let _ = std::io::stdout().flush();
            std::process::abort();
        }
        let value = e.value();
        let text = if value.is_error() || !value.is_object() {
            main.to_rust_string(value).unwrap_or_default()
        } else {
            let ctor = main
                .get(value, "constructor")
                .and_then(|c| main.get(&c, "name"))
                .and_then(|n| main.to_rust_string(&n))
                .unwrap_or_else(|_| "Object".into());
            format!("#<{ctor}>")
        };
        let mut frames: Vec<String> = Vec::new();
        if value.is_error() {
            if let Ok(stack) = main
                .get(value, "stack")
                .and_then(|s| main.to_rust_string(&s))
            {
                frames.extend(
                    stack
                        .lines()
                        .filter_map(|l| l.trim_start().strip_prefix("at "))
                        .map(str::to_string),
                );
            }
            // V8 reports the stack of the `throw`: its place, not the
            // error's making, in the first frame.
            if let (Some(site), Some(first)) = (e.site(), frames.first_mut()) {
                let place = format!("{}:", site.filename);
                if let Some(k) = first.rfind(&place) {
                    let end = first[k..].find(')').map_or(first.len(), |e| k + e);
                    first.replace_range(k..end, &format!("{place}{}:{}", site.line, site.column));
                }
            }
        } else if let Some(site) = e.site() {
            frames.push(format!("{}:{}:{}", site.filename, site.line, site.column));
        }
        let _ = std::io::stdout().flush();
        let _ = write!(
            std::io::stderr(),
            "Uncaught {text}\n\nFROM\n{}",
            frames.join("\n")
        );
        let _ = std::io::stderr().flush();
        // SAFETY: restores SIGTRAP's default action and raises it.
        unsafe {
            libc::signal(libc::SIGTRAP, libc::SIG_DFL);
            libc::raise(libc::SIGTRAP);
        }
        std::process::abort()
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
