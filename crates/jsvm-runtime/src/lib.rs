//! The Node-compatible host for jsvm programs.
//!
//! [`Host`] owns an [`Isolate`] and sets up its main context the way Node
//! sets up a program's realm: `globalThis.global`, `process`, `console`
//! (printing with a port of Node's `util.inspect`), a CommonJS loader
//! (`require` of relative files and JSON, `module.exports`, `__filename`,
//! `__dirname`) and the built-in modules `node:vm` (also `vm`) and
//! `node:util`. Most of the host is JavaScript embedded in the binary
//! (`js/`); the natives it calls are here.

mod child_process;
pub use jsvm::IsolateOptions;

mod encoding;
mod event_loop;
mod fs;
mod process;

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::time::Duration;

use event_loop::{IoEvent, LoopState};
use jsvm::engine::{Class, EvalOptions, Tracer};
use jsvm::{
    CodeGeneration, Context, ContextOptions, Exception, FunctionOptions, Isolate, JsResult,
    MeasureMemoryExecution, MeasureMemoryMode, MeasureMemoryOptions, MicrotaskMode, Module,
    ModuleOptions, RunOptions, Script, ScriptOptions, ScriptSource, Value,
};

/// Embedded JavaScript sources of the host, by module id.
const INTERNAL_SOURCES: &[(&str, &str)] = &[
    ("internal/inspect", include_str!("../js/inspect.js")),
    ("internal/errors", include_str!("../js/errors.js")),
    ("vm", include_str!("../js/vm.js")),
    ("events", include_str!("../js/events.js")),
    ("timers", include_str!("../js/timers.js")),
    ("buffer", include_str!("../js/buffer.js")),
    ("internal/types", include_str!("../js/types.js")),
    ("internal/comparisons", include_str!("../js/comparisons.js")),
    ("internal/console", include_str!("../js/console.js")),
    ("util", include_str!("../js/util.js")),
    ("assert", include_str!("../js/assert.js")),
    ("internal/process", include_str!("../js/process.js")),
    ("path", include_str!("../js/path.js")),
    ("fs", include_str!("../js/fs.js")),
    ("child_process", include_str!("../js/child_process.js")),
    ("internal/abort", include_str!("../js/abort.js")),
    ("timers/promises", include_str!("../js/timers_promises.js")),
    (
        "internal/structured_clone",
        include_str!("../js/structured_clone.js"),
    ),
];

const BOOTSTRAP: &str = include_str!("../js/bootstrap.js");

/// A script held by a JavaScript object (`vm.Script`'s handle).
struct ScriptHandle(Script);

impl Class for ScriptHandle {
    const NAME: &'static str = "ContextifyScript";
    fn trace(&self, t: &Tracer<'_>) {
        self.0.trace(t)
    }
}

/// A Node-style program host around one isolate.
pub struct Host {
    isolate: Rc<Isolate>,
    run_main: Value,
    inspect: Value,
    process: Value,
    /// The loop's entry points into JavaScript (see js/bootstrap.js).
    hooks: Value,
    state: Rc<RefCell<LoopState>>,
}

/// Promises the engine reported as rejected with no handler (`false`) or
/// as handled after such a report (`true`), in order, for the JavaScript
/// side's `processPromiseRejections` (js/process.js) to take.
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
        let natives = make_natives(&isolate, &state, &main, argv)?;
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
    /// to the pipe or child it is about (the `io` hook, js/child_process.js).
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
        // error; js/process.js): its place is then the first frame of
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

fn make_natives(
    isolate: &Rc<Isolate>,
    state: &Rc<RefCell<LoopState>>,
    main: &Context,
    argv: Vec<String>,
) -> JsResult<Value> {
    let n = main.new_object()?;

    def(main, &n, "internalSource", 1, move |c, _, a| {
        let id = c.to_rust_string(&arg(a, 0, c))?;
        match INTERNAL_SOURCES.iter().find(|(k, _)| *k == id) {
            Some((_, src)) => c.string(src),
            None => Ok(c.undefined()),
        }
    })?;
    let iso = isolate.clone();
    def(main, &n, "compileFunction", 3, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let filename = c.to_rust_string(&arg(a, 1, c))?;
        // Errors thrown by the program's own code show its lines too.
        iso.remember_source(
            &source,
            &ScriptOptions {
                filename: filename.clone(),
                ..Default::default()
            },
        );
        let params_v = arg(a, 2, c);
        let mut params = Vec::new();
        let mut i = 0;
        loop {
            let p = c.get_index(&params_v, i)?;
            if p.is_undefined() {
                break;
            }
            params.push(c.to_rust_string(&p)?);
            i += 1;
        }
        let prefix = format!("(function ({}) {{", params.join(", "));
        let wrapped = format!("{prefix}{source}\n}})");
        // The wrapper shares the first line: a negative column offset
        // keeps the columns of the program's own text.
        let column_offset = -i32::try_from(prefix.len()).unwrap_or(0);
        c.eval(
            &wrapped,
            &EvalOptions {
                filename: &filename,
                column_offset,
                ..Default::default()
            },
        )
    })?;
    def(main, &n, "write", 2, move |c, _, a| {
        let fd = arg(a, 0, c).as_i32().unwrap_or(1);
        let s = c.to_rust_string(&arg(a, 1, c))?;
        if fd == 2 {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().write_all(s.as_bytes());
        } else {
            // Written through at once, as Node writes to files and pipes:
            // nothing is lost if a signal ends the process.
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(s.as_bytes());
            let _ = out.flush();
        }
        Ok(c.undefined())
    })?;
    def(main, &n, "readFile", 1, move |c, _, a| {
        let p = c.to_rust_string(&arg(a, 0, c))?;
        match std::fs::read_to_string(&p) {
            Ok(s) => c.string(&s),
            Err(e) => Err(Exception::new(c.error(&format!("{e}, open '{p}'"))?)),
        }
    })?;
    def(main, &n, "fileKind", 1, move |c, _, a| {
        let p = c.to_rust_string(&arg(a, 0, c))?;
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => c.string("dir"),
            Ok(_) => c.string("file"),
            Err(_) => Ok(c.undefined()),
        }
    })?;
    def(main, &n, "cwd", 0, move |c, _, _| {
        let d = std::env::current_dir().map(|p| p.to_string_lossy().into_owned());
        c.string(&d.unwrap_or_else(|_| "/".into()))
    })?;
    def(main, &n, "exit", 1, move |c, _, a| {
        let code = arg(a, 0, c).as_i32().unwrap_or(0);
        let _ = std::io::stdout().flush();
        std::process::exit(code)
    })?;

    let argv_v = main.array_from(
        argv.iter()
            .map(|s| main.string(s))
            .collect::<JsResult<Vec<_>>>()?,
    )?;
    main.set(&n, "argv", argv_v)?;
    let env = main.new_object()?;
    for (k, v) in std::env::vars() {
        main.set(&env, k.as_str(), main.string(&v)?)?;
    }
    main.set(&n, "env", env)?;
    main.set(&n, "platform", main.string(std::env::consts::OS)?)?;
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => other,
    };
    main.set(&n, "arch", main.string(arch)?)?;
    main.set(&n, "pid", main.int(std::process::id() as i32))?;
    main.set(&n, "version", main.string(env!("CARGO_PKG_VERSION"))?)?;
    main.set(&n, "engineVersion", main.string("0.16.2")?)?;

    let internals = main.new_object()?;
    def(main, &internals, "getProxyDetails", 1, move |c, _, a| {
        let v = arg(a, 0, c);
        match c.proxy_parts(&v) {
            Some((t, h)) => c.array_from([t, h]),
            // A revoked proxy has neither (V8 gives nulls).
            None if v.is_proxy() => c.array_from([c.null(), c.null()]),
            None => Ok(c.undefined()),
        }
    })?;
    def(main, &internals, "getPromiseState", 1, move |c, _, a| {
        let v = arg(a, 0, c);
        if !v.is_promise() {
            return Ok(c.undefined());
        }
        let Some((state, result)) = c.promise_state(&v) else {
            return Ok(c.undefined());
        };
        let o = c.new_object()?;
        let name = match state {
            jsvm::engine::PromiseState::Pending => "pending",
            jsvm::engine::PromiseState::Fulfilled => "fulfilled",
            jsvm::engine::PromiseState::Rejected => "rejected",
        };
        c.set(&o, "state", c.string(name)?)?;
        c.set(&o, "result", result)?;
        Ok(o)
    })?;
    // Weak collections and Map/Set iterators (patch 0013): a flat array
    // for weak collections, `[entries, isKeyValue]` for iterators.
    def(main, &internals, "previewEntries", 2, move |c, _, a| {
        let v = arg(a, 0, c);
        let Some((entries, kv)) = c.preview_entries(&v)? else {
            return Ok(c.undefined());
        };
        if c.to_bool(&arg(a, 1, c)) {
            c.array_from([entries, c.boolean(kv)])
        } else {
            Ok(entries)
        }
    })?;
    // Own non-index keys (inspect.js's getOwnNonIndexProperties): a native
    // filter, so that inspecting a large array or buffer does not make a key
    // for each of its elements.
    def(
        main,
        &internals,
        "getOwnNonIndexProperties",
        2,
        move |c, _, a| {
            let obj = arg(a, 0, c);
            if !obj.is_object() {
                return c.array_from(Vec::new());
            }
            let keys = c.own_non_index_keys(&obj, c.to_bool(&arg(a, 1, c)))?;
            c.array_from(keys)
        },
    )?;
    // The engine's class id of an object (0 for primitives): brand checks
    // for util.types compare it with the ids of sample objects.
    def(main, &internals, "classId", 1, move |c, _, a| {
        Ok(c.number(arg(a, 0, c).class_id() as f64))
    })?;
    main.set(&internals, "vm", make_vm_binding(isolate, main)?)?;
    main.set(&internals, "loop", make_loop_binding(isolate, state, main)?)?;
    main.set(&internals, "buffer", make_buffer_binding(main)?)?;
    main.set(
        &internals,
        "childProcess",
        child_process::make_child_process_binding(state, main)?,
    )?;
    main.set(&internals, "fs", fs::make_fs_binding(main)?)?;
    main.set(
        &internals,
        "process",
        process::make_process_binding(isolate, main)?,
    )?;
    main.set(&n, "internals", internals)?;
    Ok(n)
}

/// The byte encodings of js/buffer.js (src/encoding.rs).
fn make_buffer_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // encode(string, encoding) -> Uint8Array
    def(main, &b, "encode", 2, move |c, _, a| {
        let s = c.to_rust_string(&arg(a, 0, c))?;
        let enc = c.to_rust_string(&arg(a, 1, c))?;
        let bytes = if enc == "utf8" {
            s.into_bytes()
        } else {
            let units: Vec<u16> = s.encode_utf16().collect();
            encoding::encode(&units, &enc)
        };
        c.uint8_array(&bytes)
    })?;
    // decode(uint8Array, encoding) -> string
    def(main, &b, "decode", 2, move |c, _, a| {
        let bytes = c.bytes_of(&arg(a, 0, c)).unwrap_or_default();
        let enc = c.to_rust_string(&arg(a, 1, c))?;
        if enc == "utf8" {
            return c.string(&String::from_utf8_lossy(&bytes));
        }
        c.string(&String::from_utf16_lossy(&encoding::decode(&bytes, &enc)))
    })?;
    Ok(b)
}

/// What js/timers.js and `process` need of the loop and the system.
fn make_loop_binding(
    isolate: &Rc<Isolate>,
    state: &Rc<RefCell<LoopState>>,
    main: &Context,
) -> JsResult<Value> {
    let b = main.new_object()?;
    // A native that works on the loop state.
    let on_state = |name: &str, length, f: fn(&mut LoopState, &Context, &[Value]) -> Value| {
        let st = state.clone();
        def(main, &b, name, length, move |c, _, a| {
            Ok(f(&mut st.borrow_mut(), c, a))
        })
    };
    fn id(c: &Context, a: &[Value]) -> u32 {
        arg(a, 0, c).as_f64().unwrap_or(0.0) as u32
    }
    fn flag(c: &Context, a: &[Value], i: usize) -> bool {
        arg(a, i, c).as_bool() == Some(true)
    }
    on_state("timerStart", 3, |st, c, a| {
        let ms = arg(a, 1, c).as_f64().unwrap_or(1.0);
        st.start_timer(id(c, a), ms, flag(c, a, 2));
        c.undefined()
    })?;
    on_state("timerStop", 1, |st, c, a| {
        st.stop_timer(id(c, a));
        c.undefined()
    })?;
    on_state("timerRef", 2, |st, c, a| {
        st.ref_timer(id(c, a), flag(c, a, 1));
        c.undefined()
    })?;
    on_state("immediateStart", 2, |st, c, a| {
        st.start_immediate(id(c, a), flag(c, a, 1));
        c.undefined()
    })?;
    on_state("immediateStop", 1, |st, c, a| {
        st.stop_immediate(id(c, a));
        c.undefined()
    })?;
    on_state("immediateRef", 2, |st, c, a| {
        st.ref_immediate(id(c, a), flag(c, a, 1));
        c.undefined()
    })?;
    on_state("signalWatch", 2, |st, c, a| {
        let signo = arg(a, 0, c).as_i32().unwrap_or(0);
        c.boolean(st.watch_signal(signo, flag(c, a, 1)))
    })?;
    // kill(pid, signo): 0, or the negative errno and its name.
    def(main, &b, "kill", 2, move |c, _, a| {
        let pid = arg(a, 0, c).as_f64().unwrap_or(0.0) as i32;
        let signo = arg(a, 1, c).as_i32().unwrap_or(0);
        match event_loop::kill(pid, signo) {
            Ok(()) => Ok(c.int(0)),
            Err(errno) => c.array_from([c.int(-errno), c.string(event_loop::errno_name(errno))?]),
        }
    })?;
    def(main, &b, "hrtime", 0, move |c, _, _| {
        let (sec, nsec) = event_loop::hrtime();
        c.array_from([c.number(sec as f64), c.int(nsec as i32)])
    })?;
    let iso = isolate.clone();
    // Set by stopMicrotasks (an error that ends the process): the queue
    // stops after the running job.
    let stop = Rc::new(std::cell::Cell::new(false));
    let stopped = stop.clone();
    def(main, &b, "runMicrotasks", 0, move |c, _, _| {
        while !stopped.get() && iso.runtime().run_pending_job()? {}
        Ok(c.undefined())
    })?;
    def(main, &b, "stopMicrotasks", 0, move |c, _, _| {
        stop.set(true);
        Ok(c.undefined())
    })?;
    let signals = main.new_object()?;
    for (name, signo) in event_loop::SIGNALS {
        main.set(&signals, *name, main.int(*signo))?;
    }
    main.set(&b, "signals", signals)?;
    Ok(b)
}

/// The script behind a `vm.Script`'s native handle.
fn script_of<'v>(c: &Context, handle: &'v Value) -> JsResult<&'v ScriptHandle> {
    c.instance_data::<ScriptHandle>(handle)
        .ok_or_else(|| c.type_error("Illegal invocation"))
}

/// The bytes of a `cachedData` argument (a `Uint8Array` view of what the
/// program gave, made by vm.js), or `None` when it is `undefined`.
fn cached_data_arg(c: &Context, v: &Value) -> Option<Vec<u8>> {
    if v.is_undefined() {
        None
    } else {
        Some(c.bytes_of(v).unwrap_or_default())
    }
}

fn make_vm_binding(isolate: &Rc<Isolate>, main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // What the fast paths return for an object that is not a context (vm.js
    // then validates, and throws Node's error).
    let not_context = main.new_object()?;
    main.set(&b, "notContext", not_context.clone())?;

    let iso = isolate.clone();
    // makeContextIfNew(object, name): contextifies `object` with default
    // options unless it is a context already; whether it made one.
    def(main, &b, "makeContextIfNew", 2, move |c, _, a| {
        let object = arg(a, 0, c);
        if iso.context_of(&object).is_some() {
            return Ok(c.boolean(false));
        }
        let opts = ContextOptions {
            name: Some(c.to_rust_string(&arg(a, 1, c))?),
            ..Default::default()
        };
        iso.create_context(Some(&object), &opts)?;
        Ok(c.boolean(true))
    })?;
    let iso = isolate.clone();
    let nc = not_context.clone();
    // compileAndRun(code, contextObject): vm.runInContext without options.
    def(main, &b, "compileAndRun", 2, move |c, _, a| {
        let Some(ctx) = iso.context_of(&arg(a, 1, c)) else {
            return Ok(nc.clone());
        };
        let source = c.to_rust_string(&arg(a, 0, c))?;
        // Node decorates compile errors and (displayErrors) what the code
        // throws.
        iso.compile_script_in(&source, &ScriptOptions::default(), Some(&ctx))
            .and_then(|script| script.run_in_context(&ctx))
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })
    })?;

    let iso = isolate.clone();
    // makeContext(object, name, dontContextify, origin, afterEvaluate,
    // strings, wasm): the options are validated by vm.js.
    def(main, &b, "makeContext", 7, move |c, _, a| {
        let object = arg(a, 0, c);
        let string_arg = |i: usize| -> JsResult<Option<String>> {
            let v = arg(a, i, c);
            Ok(if v.is_string() {
                Some(c.to_rust_string(&v)?)
            } else {
                None
            })
        };
        let opts = ContextOptions {
            name: string_arg(1)?,
            dont_contextify: c.to_bool(&arg(a, 2, c)),
            origin: string_arg(3)?,
            microtask_mode: if c.to_bool(&arg(a, 4, c)) {
                MicrotaskMode::AfterEvaluate
            } else {
                MicrotaskMode::Shared
            },
            code_generation: CodeGeneration {
                strings: c.to_bool(&arg(a, 5, c)),
                wasm: c.to_bool(&arg(a, 6, c)),
            },
        };
        let target = (!opts.dont_contextify).then_some(&object);
        let ctx = iso.create_context(target, &opts)?;
        Ok(ctx.object().clone())
    })?;
    let iso = isolate.clone();
    def(main, &b, "isContext", 1, move |c, _, a| {
        Ok(c.boolean(iso.try_context_of(&arg(a, 0, c))?.is_some()))
    })?;
    let iso = isolate.clone();
    // compileScript(code, filename, lineOffset, columnOffset,
    // parsingContext | undefined, cachedData: Uint8Array | undefined)
    def(main, &b, "compileScript", 6, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let options = ScriptOptions {
            filename: c.to_rust_string(&arg(a, 1, c))?,
            line_offset: arg(a, 2, c).as_i32().unwrap_or(0),
            column_offset: arg(a, 3, c).as_i32().unwrap_or(0),
        };
        let parsing = arg(a, 4, c);
        let target = if parsing.is_undefined() {
            None
        } else {
            iso.try_context_of(&parsing)?
        };
        let cached_data = cached_data_arg(c, &arg(a, 5, c));
        // Node decorates compile errors whatever displayErrors says.
        let script = iso
            .compile_script_with_cache(&source, &options, target.as_ref(), cached_data.as_deref())
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })?;
        c.new_instance(ScriptHandle(script), None)
    })?;
    // scriptCachedDataRejected(handle): true, false, or undefined when the
    // script was compiled without cached data.
    def(main, &b, "scriptCachedDataRejected", 1, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        Ok(match script.0.cached_data_rejected() {
            Some(rejected) => c.boolean(rejected),
            None => c.undefined(),
        })
    })?;
    // createCachedData(handle): a Uint8Array (`script.createCachedData()`).
    def(main, &b, "createCachedData", 1, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        c.uint8_array(&script.0.create_cached_data()?)
    })?;
    // scriptSourceMapURL(handle): the script's sourceMappingURL or undefined.
    def(main, &b, "scriptSourceMapURL", 1, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        match script.0.source_map_url() {
            Some(url) => c.string(url),
            None => Ok(c.undefined()),
        }
    })?;
    let iso = isolate.clone();
    // compileFunction(code, params, filename, lineOffset, columnOffset,
    // parsingContext | undefined, contextExtensions,
    // cachedData: Uint8Array | undefined, produceCachedData): validated by
    // vm.js. Returns { function, cachedDataRejected, cachedData }, the
    // last two undefined when not asked for.
    def(main, &b, "compileFunction", 9, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let list = |v: Value| -> JsResult<Vec<Value>> {
            let n = c.to_number(&c.get(&v, "length")?)? as u32;
            (0..n).map(|i| c.get_index(&v, i)).collect()
        };
        let params = list(arg(a, 1, c))?
            .iter()
            .map(|p| c.to_rust_string(p))
            .collect::<JsResult<Vec<_>>>()?;
        let parsing = arg(a, 5, c);
        let options = FunctionOptions {
            filename: c.to_rust_string(&arg(a, 2, c))?,
            line_offset: arg(a, 3, c).as_i32().unwrap_or(0),
            column_offset: arg(a, 4, c).as_i32().unwrap_or(0),
            parsing_context: if parsing.is_undefined() {
                None
            } else {
                iso.try_context_of(&parsing)?
            },
            context_extensions: list(arg(a, 6, c))?,
        };
        let params: Vec<&str> = params.iter().map(String::as_str).collect();
        let cached_data = cached_data_arg(c, &arg(a, 7, c));
        // Node decorates compile errors.
        let compiled = iso
            .compile_function_with_cache(&source, &params, &options, cached_data.as_deref())
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })?;
        let result = c.new_object()?;
        c.set(&result, "function", compiled.function.clone())?;
        if let Some(rejected) = compiled.cached_data_rejected() {
            c.set(&result, "cachedDataRejected", c.boolean(rejected))?;
        }
        if c.to_bool(&arg(a, 8, c)) {
            // Node reports a failure to produce as cachedDataProduced false.
            if let Ok(data) = compiled.create_cached_data() {
                c.set(&result, "cachedData", c.uint8_array(&data)?)?;
            }
        }
        Ok(result)
    })?;
    let iso = isolate.clone();
    // runScript(handle, contextObject | undefined, timeout (ms, -1: none),
    // breakOnSigint, displayErrors)
    def(main, &b, "runScript", 5, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        let target = arg(a, 1, c);
        let timeout = arg(a, 2, c).as_f64().unwrap_or(-1.0);
        let run = RunOptions {
            timeout: (timeout >= 1.0).then(|| Duration::from_millis(timeout as u64)),
            break_on_sigint: arg(a, 3, c).as_bool() == Some(true),
        };
        let display_errors = c.to_bool(&arg(a, 4, c));
        let result = if target.is_undefined() {
            script.0.run_in_this_context_with(&iso, &run)
        } else {
            match iso.try_context_of(&target)? {
                Some(ctx) => script.0.run_in_context_with(&ctx, &run),
                None => return Ok(not_context.clone()),
            }
        };
        // Node decorates what the script threw, not its own timeout and
        // interruption errors (which carry no throw site).
        result.inspect_err(|e| {
            if display_errors {
                iso.decorate_error_stack(e);
            }
        })
    })?;
    add_module_natives(isolate, main, &b)?;
    let iso = isolate.clone();
    // measureMemory(eager): a detailed measurement, after a collection when
    // eager, as numbers: total estimate and range end, current's, then
    // each other context's (vm.js builds Node's result objects).
    def(main, &b, "measureMemory", 1, move |c, _, a| {
        let options = MeasureMemoryOptions {
            mode: MeasureMemoryMode::Detailed,
            execution: if c.to_bool(&arg(a, 0, c)) {
                MeasureMemoryExecution::Eager
            } else {
                MeasureMemoryExecution::Default
            },
        };
        let m = iso.measure_memory(&options)?;
        let estimates = std::iter::once(m.total)
            .chain(m.current)
            .chain(m.other.iter().map(|o| o.memory));
        let mut numbers = Vec::new();
        for e in estimates {
            numbers.push(c.number(e.estimate as f64));
            numbers.push(c.number(e.range.1 as f64));
        }
        c.array_from(numbers)
    })?;
    Ok(b)
}

/// The module half of the vm binding (vm.SourceTextModule,
/// vm.SyntheticModule, dynamic import()); vm.js validates the arguments.
fn add_module_natives(isolate: &Rc<Isolate>, main: &Context, b: &Value) -> JsResult<()> {
    fn module(iso: &Isolate, c: &Context, v: &Value) -> JsResult<Module> {
        iso.module_of(v)
            .ok_or_else(|| c.type_error("Illegal invocation"))
    }
    let iso = isolate.clone();
    // moduleCompile(source, identifier, context, lineOffset, columnOffset,
    // initializeImportMeta, importer, cachedData: Uint8Array | undefined)
    def(main, b, "moduleCompile", 8, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let some = |v: Value| (!v.is_undefined()).then_some(v);
        let identifier = match some(arg(a, 1, c)) {
            Some(v) => Some(c.to_rust_string(&v)?),
            None => None,
        };
        let context = match some(arg(a, 2, c)) {
            Some(v) => iso.context_of(&v),
            None => None,
        };
        let options = ModuleOptions {
            identifier,
            context,
            line_offset: arg(a, 3, c).as_i32().unwrap_or(0),
            column_offset: arg(a, 4, c).as_i32().unwrap_or(0),
            initialize_import_meta: some(arg(a, 5, c)),
            import_module_dynamically: some(arg(a, 6, c)),
            cached_data: cached_data_arg(c, &arg(a, 7, c)),
        };
        let m = iso.source_text_module(&source, &options).inspect_err(|e| {
            iso.decorate_error_stack(e);
        })?;
        Ok(m.handle().clone())
    })?;
    let iso = isolate.clone();
    // moduleSynthetic(exportNames, evaluate, identifier, context)
    def(main, b, "moduleSynthetic", 4, move |c, _, a| {
        let names_v = arg(a, 0, c);
        let n = c.to_number(&c.get(&names_v, "length")?)? as u32;
        let names = (0..n)
            .map(|i| c.to_rust_string(&c.get_index(&names_v, i)?))
            .collect::<JsResult<Vec<_>>>()?;
        let identifier = arg(a, 2, c);
        let context = arg(a, 3, c);
        let options = ModuleOptions {
            identifier: if identifier.is_undefined() {
                None
            } else {
                Some(c.to_rust_string(&identifier)?)
            },
            context: if context.is_undefined() {
                None
            } else {
                iso.context_of(&context)
            },
            ..Default::default()
        };
        Ok(iso
            .synthetic_module(&names, &arg(a, 1, c), &options)?
            .handle()
            .clone())
    })?;
    // A native over one module: name, arity and what it does.
    type ModuleNative = fn(&Isolate, &Context, &Module, &[Value]) -> JsResult<Value>;
    let natives: &[(&str, ModuleNative)] = &[
        ("moduleSetObject", |_, c, m, a| {
            m.set_object(&arg(a, 1, c));
            Ok(c.undefined())
        }),
        ("moduleIdentifier", |_, c, m, _| c.string(m.identifier())),
        ("moduleStatus", |_, c, m, _| c.string(m.status().as_str())),
        ("moduleError", |_, _, m, _| m.error()),
        // [[identifier, line, column], ...] (bootstrap.js: the warning
        // about an unsettled top-level await)
        ("moduleStalledAwaits", |_, c, m, _| {
            let list = m
                .stalled_awaits()
                .into_iter()
                .map(|(m, line, column)| {
                    c.array_from([c.string(m.identifier())?, c.int(line), c.int(column)])
                })
                .collect::<JsResult<Vec<_>>>()?;
            c.array_from(list)
        }),
        ("moduleCreateCachedData", |_, c, m, _| {
            c.uint8_array(&m.create_cached_data()?)
        }),
        ("moduleNamespace", |_, _, m, _| m.namespace()),
        ("moduleRequests", |_, c, m, _| {
            let mut out = Vec::new();
            for r in m.module_requests() {
                let attrs = c.new_object_with_proto(&c.null())?;
                for (k, v) in &r.attributes {
                    c.set(&attrs, k.as_str(), c.string(v)?)?;
                }
                out.push(c.array_from([c.string(&r.specifier)?, attrs])?);
            }
            c.array_from(out)
        }),
        ("moduleLinkRequests", |iso, c, m, a| {
            let list = arg(a, 1, c);
            let n = c.to_number(&c.get(&list, "length")?)? as u32;
            let mods = (0..n)
                .map(|i| module(iso, c, &c.get_index(&list, i)?))
                .collect::<JsResult<Vec<_>>>()?;
            m.link_requests(&mods)?;
            Ok(c.undefined())
        }),
        ("moduleInstantiate", |_, c, m, _| {
            m.instantiate()?;
            Ok(c.undefined())
        }),
        ("moduleEvaluate", |iso, c, m, a| {
            let timeout = arg(a, 1, c).as_f64().unwrap_or(-1.0);
            let run = RunOptions {
                timeout: (timeout >= 1.0).then(|| Duration::from_millis(timeout as u64)),
                break_on_sigint: arg(a, 2, c).as_bool() == Some(true),
            };
            let _ = iso;
            m.evaluate(&run)
        }),
        ("moduleHasTopLevelAwait", |_, c, m, _| {
            Ok(c.boolean(m.has_top_level_await()))
        }),
        ("moduleHasAsyncGraph", |_, c, m, _| {
            Ok(c.boolean(m.has_async_graph()?))
        }),
        ("moduleSetExport", |_, c, m, a| {
            let name = c.to_rust_string(&arg(a, 1, c))?;
            m.set_export(&name, &arg(a, 2, c))?;
            Ok(c.undefined())
        }),
        ("moduleIsLinked", |_, c, m, _| {
            Ok(c.boolean(m.requests_linked()))
        }),
    ];
    for (name, f) in natives {
        let iso = isolate.clone();
        let f = *f;
        def(main, b, name, 1, move |c, _, a| {
            let m = module(&iso, c, &arg(a, 0, c))?;
            f(&iso, c, &m, a)
        })?;
    }
    let iso = isolate.clone();
    // importReferrer(importer | undefined, referrer): a host-defined value.
    def(main, b, "importReferrer", 2, move |c, _, a| {
        let importer = arg(a, 0, c);
        iso.import_referrer(
            (!importer.is_undefined()).then_some(&importer),
            &arg(a, 1, c),
        )
    })?;
    // scriptSetHostDefined(scriptHandle, value)
    def(main, b, "scriptSetHostDefined", 2, move |c, _, a| {
        let handle = arg(a, 0, c);
        script_of(c, &handle)?.0.set_host_defined(&arg(a, 1, c))?;
        Ok(c.undefined())
    })?;
    let iso = isolate.clone();
    // setHostDefined(function, value)
    def(main, b, "setHostDefined", 2, move |c, _, a| {
        iso.set_host_defined(&arg(a, 0, c), &arg(a, 1, c))?;
        Ok(c.undefined())
    })?;
    Ok(())
}
