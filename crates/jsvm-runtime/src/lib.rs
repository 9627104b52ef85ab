//! The Node-compatible host for jsvm programs.
//!
//! [`Host`] owns an [`Isolate`] and sets up its main context the way Node
//! sets up a program's realm: `globalThis.global`, `process`, `console`
//! (printing with a port of Node's `util.inspect`), a CommonJS loader
//! (`require` of relative files and JSON, `module.exports`, `__filename`,
//! `__dirname`) and the built-in modules `node:vm` (also `vm`) and
//! `node:util`. Most of the host is JavaScript embedded in the binary
//! (`js/`); the natives it calls are here.

pub use jsvm::IsolateOptions;

mod encoding;
mod event_loop;

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::time::Duration;

use event_loop::LoopState;
use jsvm::engine::{Class, EvalOptions, Tracer};
use jsvm::{
    CodeGeneration, Context, ContextOptions, Exception, FunctionOptions, Isolate, JsResult,
    MicrotaskMode, RunOptions, Script, ScriptOptions, ScriptSource, Value,
};

/// Embedded JavaScript sources of the host, by module id.
const INTERNAL_SOURCES: &[(&str, &str)] = &[
    ("internal/inspect", include_str!("../js/inspect.js")),
    ("internal/errors", include_str!("../js/errors.js")),
    ("vm", include_str!("../js/vm.js")),
    ("events", include_str!("../js/events.js")),
    ("timers", include_str!("../js/timers.js")),
    ("buffer", include_str!("../js/buffer.js")),
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

impl Host {
    /// Sets up the host. `argv` is `process.argv` (the runtime path, then
    /// the script path and its arguments).
    pub fn new(argv: Vec<String>) -> JsResult<Host> {
        Host::with_options(argv, &IsolateOptions::default())
    }

    /// Sets up the host on an isolate with resource limits (the CLI's
    /// `--max-heap-size`). The limit counts the host's own setup.
    pub fn with_options(argv: Vec<String>, options: &IsolateOptions) -> JsResult<Host> {
        let isolate = Rc::new(Isolate::with_options(options));
        let main = isolate.main_context().clone();
        let state = Rc::new(RefCell::new(LoopState::default()));
        let natives = make_natives(&isolate, &state, &main, argv)?;
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
                let now = std::time::Instant::now();
                loop {
                    let due = self.state.borrow_mut().pop_due(now);
                    let Some(id) = due else { break };
                    self.callback("timer", id as i32)?;
                }
                self.state.borrow_mut().wait();
                let signals = self.state.borrow_mut().take_signals();
                for signo in signals {
                    self.callback("signal", signo)?;
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
                    Err(e2) => return Err(self.die(&e2)),
                }
            }
            result = self.hook("ticks", &[]);
            if result.is_ok() {
                return Ok(());
            }
        }
    }

    /// Prints an uncaught error and emits `exit` with code 1.
    fn die(&self, e: &Exception) -> i32 {
        self.report_uncaught(e);
        let main = self.isolate.main_context();
        let _ = main.set(&self.process, "exitCode", main.int(1));
        let _ = self.hook("exit", &[main.int(1)]);
        1
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
        let main = self.isolate.main_context();
        let value = e.value();
        let arrow = if self.isolate.is_decorated(value) {
            None
        } else {
            self.isolate.error_arrow(e).or_else(|| {
                // The program's own files, read back from disk.
                let site = e.site()?;
                let p = Path::new(&site.filename);
                let text = p.is_absolute().then(|| std::fs::read_to_string(p).ok())??;
                let source = ScriptSource {
                    text: text.into(),
                    line_offset: 0,
                    column_offset: 0,
                };
                jsvm::error_arrow(site, &source)
            })
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
    def(
        main,
        &internals,
        "getProxyDetails",
        1,
        move |c, _, a| match c.proxy_parts(&arg(a, 0, c)) {
            Some((t, h)) => c.array_from([t, h]),
            None => Ok(c.undefined()),
        },
    )?;
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
    // The engine offers no look into weak collections or iterators yet:
    // inspect prints `<items unknown>` for them.
    def(main, &internals, "previewEntries", 2, move |c, _, _| {
        Ok(c.undefined())
    })?;
    main.set(&internals, "vm", make_vm_binding(isolate, main)?)?;
    main.set(&internals, "loop", make_loop_binding(isolate, state, main)?)?;
    main.set(&internals, "buffer", make_buffer_binding(main)?)?;
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
    def(main, &b, "runMicrotasks", 0, move |c, _, _| {
        while iso.runtime().run_pending_job()? {}
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

fn make_vm_binding(isolate: &Rc<Isolate>, main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;

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
    def(main, &b, "compileScript", 5, move |c, _, a| {
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
        // Node decorates compile errors whatever displayErrors says.
        let script = iso
            .compile_script_in(&source, &options, target.as_ref())
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })?;
        c.new_instance(ScriptHandle(script), None)
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
    // parsingContext | undefined, contextExtensions): validated by vm.js.
    def(main, &b, "compileFunction", 7, move |c, _, a| {
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
        // Node decorates compile errors.
        iso.compile_function(&source, &params, &options)
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })
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
                None => Err(c.type_error("not a contextified object")),
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
    Ok(b)
}
