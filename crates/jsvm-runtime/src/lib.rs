//! The Node-compatible host for jsvm programs.
//!
//! [`Host`] owns an [`Isolate`] and sets up its main context the way Node
//! sets up a program's realm: `globalThis.global`, `process`, `console`
//! (printing with a port of Node's `util.inspect`), a CommonJS loader
//! (`require` of relative files and JSON, `module.exports`, `__filename`,
//! `__dirname`) and the built-in modules `node:vm` (also `vm`) and
//! `node:util`. Most of the host is JavaScript embedded in the binary
//! (`js/`); the natives it calls are here.

use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use jsvm::engine::{Class, EvalOptions, Tracer};
use jsvm::{
    CodeGeneration, Context, ContextOptions, Exception, Isolate, JsResult, MicrotaskMode, Script,
    ScriptOptions, Value,
};

/// Embedded JavaScript sources of the host, by module id.
const INTERNAL_SOURCES: &[(&str, &str)] = &[
    ("internal/inspect", include_str!("../js/inspect.js")),
    ("internal/errors", include_str!("../js/errors.js")),
    ("vm", include_str!("../js/vm.js")),
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

/// Source text of code compiled by `node:vm`, by filename (the most recent
/// ones), so that the uncaught-error header can show the line that threw.
#[derive(Default)]
struct RecentSources(std::cell::RefCell<std::collections::VecDeque<(String, Rc<str>)>>);

impl RecentSources {
    const KEEP: usize = 64;

    fn remember(&self, filename: &str, source: &str) {
        let mut q = self.0.borrow_mut();
        q.retain(|(f, _)| f != filename);
        if q.len() == Self::KEEP {
            q.pop_front();
        }
        q.push_back((filename.to_string(), source.into()));
    }

    fn get(&self, filename: &str) -> Option<Rc<str>> {
        let q = self.0.borrow();
        q.iter()
            .rev()
            .find(|(f, _)| f == filename)
            .map(|(_, s)| s.clone())
    }
}

/// A Node-style program host around one isolate.
pub struct Host {
    isolate: Rc<Isolate>,
    sources: Rc<RecentSources>,
    run_main: Value,
    inspect: Value,
    process: Value,
}

impl Host {
    /// Sets up the host. `argv` is `process.argv` (the runtime path, then
    /// the script path and its arguments).
    pub fn new(argv: Vec<String>) -> JsResult<Host> {
        let isolate = Rc::new(Isolate::new());
        let sources = Rc::new(RecentSources::default());
        let main = isolate.main_context().clone();
        let natives = make_natives(&isolate, &sources, &main, argv)?;
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
            isolate,
            sources,
        })
    }

    /// The isolate of this host.
    pub fn isolate(&self) -> &Isolate {
        &self.isolate
    }

    /// Runs a program file as the main CommonJS module, then its pending
    /// jobs. An uncaught error is printed to stderr as Node prints it, and
    /// the exit code is 1.
    pub fn run_main(&self, path: &Path) -> i32 {
        let main = self.isolate.main_context();
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let filename = abs.to_string_lossy().into_owned();
        let result = main
            .string(&filename)
            .and_then(|f| main.call(&self.run_main, &main.undefined(), &[f]))
            .and_then(|_| self.run_jobs());
        match result {
            Ok(()) => self.exit_code(),
            Err(e) => {
                self.report_uncaught(&e);
                1
            }
        }
    }

    fn run_jobs(&self) -> JsResult<()> {
        while self.isolate.runtime().run_pending_job()? {}
        Ok(())
    }

    fn exit_code(&self) -> i32 {
        let main = self.isolate.main_context();
        match main.get(&self.process, "exitCode") {
            Ok(v) if !v.is_nullish() => main.to_number(&v).map(|n| n as i32).unwrap_or(0),
            _ => 0,
        }
    }

    /// Prints an uncaught exception as Node does: `file:line`, the source
    /// line and a caret, a blank line, then the inspected error.
    pub fn report_uncaught(&self, e: &Exception) {
        let main = self.isolate.main_context();
        let value = e.value();
        let mut out = String::new();
        let source_of = |file: &str| -> Option<Rc<str>> {
            self.sources.get(file).or_else(|| {
                let p = Path::new(file);
                p.is_absolute()
                    .then(|| std::fs::read_to_string(p).ok().map(Rc::from))
                    .flatten()
            })
        };
        if let Some((file, line, col)) = throw_location(main, value, &source_of) {
            if let Some(source) = source_of(&file) {
                if let Some(text) = source.lines().nth(line.saturating_sub(1)) {
                    let col = caret_column(text, col);
                    out.push_str(&format!("{file}:{line}\n{text}\n{}^\n\n", " ".repeat(col)));
                }
            }
        }
        let shown = main
            .call(
                &self.inspect,
                &main.undefined(),
                std::slice::from_ref(value),
            )
            .and_then(|s| main.to_rust_string(&s))
            .unwrap_or_else(|_| "Uncaught exception".into());
        out.push_str(&shown);
        out.push('\n');
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(out.as_bytes());
    }
}

/// The file, line and column (0-based) where an error was thrown, from the
/// first frame of its stack that names a file.
fn throw_location(
    ctx: &Context,
    err: &Value,
    known: &dyn Fn(&str) -> Option<Rc<str>>,
) -> Option<(String, usize, usize)> {
    if !err.is_object() {
        return None;
    }
    let stack = ctx.get(err, "stack").ok()?;
    if !stack.is_string() {
        return None;
    }
    let stack = ctx.to_rust_string(&stack).ok()?;
    for line in stack.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("at ") else {
            continue;
        };
        let loc = match (rest.rfind('('), rest.ends_with(')')) {
            (Some(i), true) => &rest[i + 1..rest.len() - 1],
            _ => rest,
        };
        let mut parts = loc.rsplitn(3, ':');
        let col: usize = parts.next()?.parse().ok()?;
        let line_no: usize = parts.next()?.parse().ok()?;
        let file = parts.next()?;
        if file.starts_with("node:") || known(file).is_none() {
            continue;
        }
        return Some((file.to_string(), line_no, col.saturating_sub(1)));
    }
    None
}

/// V8 reports an uncaught `throw` at the throw statement: move the caret
/// from the error's construction to the `throw` before it on the line.
fn caret_column(text: &str, col: usize) -> usize {
    let col = col.min(text.len());
    match text[..col].rfind("throw") {
        Some(i) => i,
        None => col,
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
    sources: &Rc<RecentSources>,
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
    def(main, &n, "compileFunction", 3, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let filename = c.to_rust_string(&arg(a, 1, c))?;
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
        let wrapped = format!("(function ({}) {{{}\n}})", params.join(", "), source);
        c.eval(
            &wrapped,
            &EvalOptions {
                filename: &filename,
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
            let _ = std::io::stdout().write_all(s.as_bytes());
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
    main.set(&internals, "vm", make_vm_binding(isolate, sources, main)?)?;
    main.set(&n, "internals", internals)?;
    Ok(n)
}

fn make_vm_binding(
    isolate: &Rc<Isolate>,
    sources: &Rc<RecentSources>,
    main: &Context,
) -> JsResult<Value> {
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
        Ok(c.boolean(iso.context_of(&arg(a, 0, c)).is_some()))
    })?;
    let iso = isolate.clone();
    let recent = sources.clone();
    def(main, &b, "compileScript", 5, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let options = ScriptOptions {
            filename: c.to_rust_string(&arg(a, 1, c))?,
            line_offset: arg(a, 2, c).as_i32().unwrap_or(0),
        };
        recent.remember(&options.filename, &source);
        let parsing = arg(a, 4, c);
        let target = if parsing.is_undefined() {
            None
        } else {
            iso.context_of(&parsing)
        };
        let script = iso.compile_script_in(&source, &options, target.as_ref())?;
        c.new_instance(ScriptHandle(script), None)
    })?;
    let iso = isolate.clone();
    def(main, &b, "runScript", 2, move |c, _, a| {
        let handle = arg(a, 0, c);
        let Some(script) = c.instance_data::<ScriptHandle>(&handle) else {
            return Err(c.type_error("Illegal invocation"));
        };
        let target = arg(a, 1, c);
        if target.is_undefined() {
            return script.0.run_in_this_context(&iso);
        }
        match iso.context_of(&target) {
            Some(ctx) => script.0.run_in_context(&ctx),
            None => Err(c.type_error("not a contextified object")),
        }
    })?;
    Ok(b)
}
