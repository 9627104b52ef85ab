//! `node:vm` semantics as a Rust API.
//!
//! An [`Isolate`] is one JavaScript heap with a main context (the "this
//! context" of `runInThisContext`). It makes [`VmContext`]s the way
//! `vm.createContext` does — contextified around a context object, or with
//! an ordinary global (`DONT_CONTEXTIFY`) — and compiles [`Script`]s that run
//! in any of its contexts. Values pass between contexts by identity.
//!
//! ```
//! use jsvm::{Isolate, ContextOptions, ScriptOptions};
//!
//! let isolate = Isolate::new();
//! let main = isolate.main_context();
//! let sandbox = main.new_object().unwrap();
//! main.set(&sandbox, "x", main.int(2)).unwrap();
//! let ctx = isolate.create_context(Some(&sandbox), &ContextOptions::default()).unwrap();
//! isolate.run_in_context("x += 40; var y = 17;", &ctx, &ScriptOptions::default()).unwrap();
//! assert_eq!(main.get(&sandbox, "x").unwrap().as_i32(), Some(42));
//! assert_eq!(main.get(&sandbox, "y").unwrap().as_i32(), Some(17));
//! ```
#![warn(missing_docs)]

pub mod cache;
mod class;
pub mod console;
mod contextify;
mod controls;
mod convert;
mod error;
mod errors;
mod host;
mod intl;
mod jobs;
mod memory;
mod modules;
#[cfg(feature = "serde")]
pub mod serde;
mod sigint;

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::OnceLock;

pub use class::{ClassBuilder, Constructor, IntoData, Method};
pub use console::{ConsoleHook, ConsoleLevel, ConsoleMessage};
pub use convert::{conversion_error, FromJs, IntoArgs, IntoJs};
pub use error::Error;
pub use errors::{error_arrow, ScriptSource};
pub use host::{Caller, HostFunction, HostResult, IntoThrow, WithCaller};
pub use jsvm_engine as engine;
pub use jsvm_engine::{
    Context, Exception, HostCause, JsResult, PropertyDescriptor, Runtime, ThrowSite, Value,
    DEFAULT_MAX_STACK_SIZE,
};

pub use cache::{CachedDataStatus, Rejection};
pub use controls::{InterruptHandle, RunOptions};
pub use memory::{
    ContextMemory, MeasureMemoryExecution, MeasureMemoryMode, MeasureMemoryOptions, MemoryEstimate,
    MemoryMeasurement,
};
pub use modules::{Module, ModuleOptions, ModuleRequest, Status as ModuleStatus};

use cache::{CacheKey, CodeKind};
use contextify::ContextifiedGlobal;
use controls::Controls;
use jsvm_engine::{Class, EvalOptions, FunctionBody, Tracer};

/// The Rust examples of README.md and docs/rust.md, compiled and run as doc
/// tests so that they cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
#[doc = include_str!("../../../docs/rust.md")]
pub struct DocumentationExamples;

/// Misuses that do not compile (each block is a `compile_fail` doc test;
/// the misuses that can only be found while running return
/// [`Error::WrongIsolate`] and are tested in `tests/soundness.rs`).
///
/// Engine bytecode from outside is read only in `unsafe` code:
///
/// ```compile_fail
/// let ctx = jsvm::Isolate::new();
/// let code = ctx.main_context().read_compiled(b"\x05 forged"); // unsafe fn
/// ```
///
/// ```compile_fail
/// let iso = jsvm::Isolate::new();
/// jsvm::engine::ModuleDef::read(iso.main_context(), b"forged", "m.js"); // unsafe fn
/// ```
///
/// ```compile_fail
/// jsvm::cache::set_key([0; 32]); // unsafe fn: a known key lets anyone forge cached data
/// ```
///
/// Rust data owned by JavaScript objects promises what its `trace` reports:
///
/// ```compile_fail
/// struct Holder(jsvm::Value);
/// impl jsvm::engine::Class for Holder { // unsafe trait
///     const NAME: &'static str = "Holder";
/// }
/// ```
///
/// An isolate, its values and its contexts stay on their thread (use an
/// [`InterruptHandle`] to reach a running script from another one):
///
/// ```compile_fail
/// let iso = jsvm::Isolate::new();
/// std::thread::spawn(move || iso.eval::<i32>("1")); // Isolate is not Send
/// ```
///
/// ```compile_fail
/// let iso = jsvm::Isolate::new();
/// let v: jsvm::Value = iso.eval("({})").unwrap();
/// std::thread::spawn(move || drop(v)); // Value is not Send
/// ```
///
/// ```
/// let iso = jsvm::Isolate::new();
/// let handle = iso.interrupt_handle();
/// std::thread::spawn(move || handle.interrupt()).join().unwrap(); // this is fine
/// ```
///
/// A host function outlives the call that makes it, so it cannot borrow:
///
/// ```compile_fail
/// let iso = jsvm::Isolate::new();
/// let local = String::from("borrowed");
/// let f = iso.function("f", |n: i32| local.len() as i32 + n); // F: 'static
/// ```
#[cfg(doctest)]
pub struct CompileFailExamples;

/// The filename scripts get when none is given.
pub const DEFAULT_FILENAME: &str = "evalmachine.<anonymous>";

/// One JavaScript heap and its main context.
pub struct Isolate {
    runtime: Runtime,
    /// The sole right to set the runtime's limits.
    limits: jsvm_engine::LimitsKey,
    main: Context,
    /// `WeakMap` from context objects (or `DONT_CONTEXTIFY` globals) to
    /// their context handles.
    registry: Value,
    weakmap_get: Value,
    weakmap_set: Value,
    /// `WeakSet` of the errors whose stack was decorated, with its `has`
    /// and `add` (Node marks them with a private symbol).
    decorated: Value,
    weakset_has: Value,
    weakset_add: Value,
    /// The engine's own getter of `Error.prototype.stack`, which reads the
    /// stack an error object was made with (of any realm) and runs no code.
    error_stack: Value,
    /// Source text of recently compiled scripts, for error decoration.
    sources: errors::RecentSources,
    controls: Rc<Controls>,
    /// The number of the last default context name (`VM Context i`).
    context_names: Cell<u32>,
    /// The number of the next default module identifier of the main
    /// context (`vm:module(i)`).
    module_ids: Cell<u32>,
    /// [`IsolateOptions::expose_gc`].
    expose_gc: bool,
    /// The memory limit in force (`None`: no limit).
    memory_limit: Cell<Option<usize>>,
    /// The native stack JavaScript may use.
    max_stack_size: usize,
    /// Last field: dropped after the values above.
    _collect: CollectOnDrop,
}

impl Drop for Isolate {
    fn drop(&mut self) {
        // What the runtime itself still holds could reach objects whose Rust
        // data holds this runtime, a cycle the collector cannot see: the
        // throw-site record of an exception the engine caught itself (a
        // module's evaluation error), and promise jobs never run.
        self.main.clear_throw_site();
        self.runtime.discard_pending_jobs();
    }
}

/// Runs a garbage collection when dropped, so that what nothing outside the
/// heap reaches is freed, and with it (once no value of it is held
/// elsewhere) the engine runtime.
struct CollectOnDrop(Runtime);

impl Drop for CollectOnDrop {
    fn drop(&mut self) {
        self.0.run_gc();
    }
}

/// Options of [`Isolate::with_options`]: the isolate's resource limits.
#[derive(Debug, Clone, Default)]
pub struct IsolateOptions {
    /// The most memory (in bytes) the isolate's heap may hold, every
    /// context included; `None` for no limit. An allocation past it
    /// throws `RangeError: Out of memory` in the code that made it, which
    /// that code or the host may catch; the isolate stays usable.
    pub memory_limit: Option<usize>,
    /// The native stack (in bytes) JavaScript may use below the frame that
    /// makes the isolate ([`DEFAULT_MAX_STACK_SIZE`] when `None`), reduced to
    /// what the thread's stack holds: deeper recursion throws
    /// `RangeError: Maximum call stack size exceeded`.
    pub max_stack_size: Option<usize>,
    /// Give every new context a `gc()` function that runs a full
    /// collection (V8's gc extension, Node's `--expose-gc`). The main
    /// context is the embedder's to shape.
    pub expose_gc: bool,
}

/// Options of [`Isolate::create_context`].
#[derive(Clone, Default)]
pub struct ContextOptions {
    /// A human-readable name; `VM Context i` (numbered by the isolate)
    /// when not given.
    pub name: Option<String>,
    /// The origin of the context (an URL, kept for inspection).
    pub origin: Option<String>,
    /// Make an ordinary global object instead of contextifying an object
    /// (`vm.constants.DONT_CONTEXTIFY`).
    pub dont_contextify: bool,
    /// When the context's microtasks run (`microtaskMode`).
    pub microtask_mode: MicrotaskMode,
    /// What code generation the context allows (`codeGeneration`).
    pub code_generation: CodeGeneration,
    /// Where the context's `console` output goes (see [`console`]); when
    /// `None`, its `console` does nothing, as a V8 context's.
    pub console: Option<ConsoleHook>,
}

impl std::fmt::Debug for ContextOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContextOptions")
            .field("name", &self.name)
            .field("origin", &self.origin)
            .field("dont_contextify", &self.dont_contextify)
            .field("microtask_mode", &self.microtask_mode)
            .field("code_generation", &self.code_generation)
            .field("console", &self.console.as_ref().map(|_| "hook"))
            .finish()
    }
}

/// What code generation a context allows (`codeGeneration`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeGeneration {
    /// When false, the context's `eval` and `Function` constructors
    /// (`Function`, `GeneratorFunction`, `AsyncFunction`,
    /// `AsyncGeneratorFunction`) throw `EvalError: Code generation from
    /// strings disallowed for this context`. Other contexts, and code
    /// compiled through this API, are unaffected.
    pub strings: bool,
    /// Accepted and kept; the engine has no `WebAssembly`, so there is
    /// nothing to compile.
    pub wasm: bool,
}

impl Default for CodeGeneration {
    fn default() -> Self {
        CodeGeneration {
            strings: true,
            wasm: true,
        }
    }
}

/// When the microtasks (promise jobs) of a context run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MicrotaskMode {
    /// In the isolate's shared queue, when the host runs its pending jobs.
    #[default]
    Shared,
    /// `microtaskMode: 'afterEvaluate'`: in the context's own queue, run
    /// right after each successful evaluation in the context, before the
    /// run returns. A promise job goes to the queue of the realm of its
    /// handler function, so a host function passed as a callback still
    /// runs in the shared queue.
    AfterEvaluate,
}

/// Options for compiling a script.
#[derive(Debug, Clone)]
pub struct ScriptOptions {
    /// The name stack traces give (default `evalmachine.<anonymous>`).
    pub filename: String,
    /// Added to line numbers in stack traces and errors.
    pub line_offset: i32,
    /// Added to column numbers of the first line in stack traces and
    /// errors (as V8 does: other lines are not shifted).
    pub column_offset: i32,
}

impl Default for ScriptOptions {
    fn default() -> Self {
        ScriptOptions {
            filename: DEFAULT_FILENAME.into(),
            line_offset: 0,
            column_offset: 0,
        }
    }
}

impl ScriptOptions {
    fn eval_options(&self) -> EvalOptions<'_> {
        EvalOptions {
            filename: &self.filename,
            line: self.line_offset.saturating_add(1),
            column_offset: self.column_offset,
            ..Default::default()
        }
    }
}

/// Options of [`Isolate::compile_function`] (`vm.compileFunction`).
#[derive(Clone, Default)]
pub struct FunctionOptions {
    /// The name stack traces give (default empty, as in Node).
    pub filename: String,
    /// Added to line numbers in stack traces and errors.
    pub line_offset: i32,
    /// Added to the column numbers of the body's first line.
    pub column_offset: i32,
    /// The context to compile the function in (`parsingContext`): its
    /// realm is the function's realm, and its global the function's
    /// global. The main context when `None`.
    pub parsing_context: Option<VmContext>,
    /// Objects whose properties are in scope of the body
    /// (`contextExtensions`), as with nested `with` statements: a later
    /// one shadows an earlier one, names are looked up when the code
    /// runs, and assignments to their properties write to them.
    pub context_extensions: Vec<Value>,
}

/// A context made by [`Isolate::create_context`].
#[derive(Clone)]
pub struct VmContext {
    context: Context,
    global: Value,
    object: Value,
    info: Rc<ContextInfo>,
}

impl std::fmt::Debug for VmContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VmContext")
            .field("name", &self.info.name)
            .field("origin", &self.info.origin)
            .finish_non_exhaustive()
    }
}

/// What a context was made with.
#[derive(Debug)]
struct ContextInfo {
    name: String,
    origin: Option<String>,
    microtask_mode: MicrotaskMode,
    code_generation: CodeGeneration,
    /// The number of the context's next default module identifier.
    module_ids: Cell<u32>,
}

impl VmContext {
    /// The engine realm.
    pub fn context(&self) -> &Context {
        &self.context
    }
    /// The global object code in this context sees as `globalThis`.
    pub fn global(&self) -> &Value {
        &self.global
    }
    /// The object that stands for this context in `node:vm`: the context
    /// object that was contextified, or the global itself for
    /// `DONT_CONTEXTIFY`.
    pub fn object(&self) -> &Value {
        &self.object
    }
    /// Whether this context was made with `DONT_CONTEXTIFY`.
    pub fn is_dont_contextify(&self) -> bool {
        self.global.same_object(&self.object)
    }
    /// The context's name (given, or `VM Context i`).
    pub fn name(&self) -> &str {
        &self.info.name
    }
    /// The context's origin, if one was given.
    pub fn origin(&self) -> Option<&str> {
        self.info.origin.as_deref()
    }
    /// When the context's microtasks run.
    pub fn microtask_mode(&self) -> MicrotaskMode {
        self.info.microtask_mode
    }
    /// What code generation the context allows.
    pub fn code_generation(&self) -> CodeGeneration {
        self.info.code_generation
    }
}

/// The data of a context handle object kept in the isolate's registry.
struct ContextHandle {
    context: Context,
    global: Value,
    info: Rc<ContextInfo>,
}

// SAFETY: `trace` reports only values and contexts that the data owns.
unsafe impl Class for ContextHandle {
    const NAME: &'static str = "ContextHandle";
    fn trace(&self, t: &Tracer<'_>) {
        t.context(&self.context);
        t.value(&self.global);
    }
}

impl Isolate {
    /// A new heap with a main context holding every standard built-in.
    pub fn new() -> Isolate {
        Isolate::with_options(&IsolateOptions::default())
    }

    /// A new heap with resource limits. The memory limit applies once the
    /// main context is made: one too small for anything more makes every
    /// later allocation fail with `RangeError: Out of memory`.
    pub fn with_options(options: &IsolateOptions) -> Isolate {
        let runtime = Runtime::new();
        // The isolate alone sets the limits: a handle to its runtime
        // (`Isolate::runtime`, `Context::runtime`) cannot switch its
        // timeouts, memory limit or stack limit off.
        let limits = runtime
            .lock_limits()
            .expect("a new runtime's limits are unlocked");
        let max_stack_size =
            limits.set_max_stack_size(options.max_stack_size.unwrap_or(DEFAULT_MAX_STACK_SIZE));
        let main = Context::new(&runtime);
        let opts = EvalOptions {
            filename: "<jsvm>",
            ..Default::default()
        };
        let parts = main
            .eval(
                "[new WeakMap(), WeakMap.prototype.get, WeakMap.prototype.set,\
                  new WeakSet(), WeakSet.prototype.has, WeakSet.prototype.add,\
                  Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get]",
                &opts,
            )
            .expect("cannot set up the context registry");
        let controls = Rc::new(Controls::default());
        let polled = controls.clone();
        limits.set_interrupt_handler(Some(Rc::new(move || polled.poll())));
        runtime.set_module_hooks(Some(Rc::new(modules::VmModuleHooks)));
        runtime.set_host_builtins(Some(Rc::new(intl::IntlBuiltins)));
        intl::define(&main).expect("cannot define Intl");
        if let Some(limit) = options.memory_limit {
            limits.set_memory_limit(limit);
        }
        Isolate {
            limits,
            controls,
            memory_limit: Cell::new(options.memory_limit),
            max_stack_size,
            registry: main.get_index(&parts, 0).unwrap(),
            weakmap_get: main.get_index(&parts, 1).unwrap(),
            weakmap_set: main.get_index(&parts, 2).unwrap(),
            decorated: main.get_index(&parts, 3).unwrap(),
            weakset_has: main.get_index(&parts, 4).unwrap(),
            weakset_add: main.get_index(&parts, 5).unwrap(),
            error_stack: main.get_index(&parts, 6).unwrap(),
            sources: Default::default(),
            context_names: Cell::new(0),
            module_ids: Cell::new(0),
            expose_gc: options.expose_gc,
            _collect: CollectOnDrop(runtime.clone()),
            runtime,
            main,
        }
    }

    /// A handle that stops this isolate's JavaScript from any thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.controls.interrupt_handle()
    }

    /// The engine runtime.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// Sets (or with `None` removes) the isolate's memory limit: the most
    /// bytes its heap may hold. A limit below what the heap holds now
    /// makes every allocation fail until enough is freed.
    pub fn set_memory_limit(&self, bytes: Option<usize>) {
        self.limits.set_memory_limit(bytes.unwrap_or(0));
        self.memory_limit.set(bytes);
    }

    /// The isolate's memory limit, if one is set.
    pub fn memory_limit(&self) -> Option<usize> {
        self.memory_limit.get()
    }

    /// The native stack JavaScript may use (bytes), as fitted to the
    /// thread that made the isolate.
    pub fn max_stack_size(&self) -> usize {
        self.max_stack_size
    }

    /// The main context ("this context").
    pub fn main_context(&self) -> &Context {
        &self.main
    }

    /// Makes a context, as `vm.createContext(object, options)` does: the
    /// global of the new context forwards to `object` (a new empty object
    /// when `None`). With `dont_contextify`, the context gets an ordinary
    /// global and `object` must be `None`.
    pub fn create_context(
        &self,
        object: Option<&Value>,
        options: &ContextOptions,
    ) -> JsResult<VmContext> {
        if object.is_some_and(|o| !self.main.owns(o)) {
            return Err(self.main.wrong_runtime());
        }
        let name = match &options.name {
            Some(n) => n.clone(),
            None => {
                self.context_names.set(self.context_names.get() + 1);
                format!("VM Context {}", self.context_names.get())
            }
        };
        let info = Rc::new(ContextInfo {
            name,
            origin: options.origin.clone(),
            microtask_mode: options.microtask_mode,
            code_generation: options.code_generation,
            module_ids: Cell::new(0),
        });
        let Some(context) = Context::try_new_lazy(&self.runtime) else {
            return Err(self.main.out_of_memory());
        };
        shape_new_realm(&context)?;
        intl::define(&context)?;
        if self.expose_gc {
            let gc = context.new_function("gc", 0, |c, _, _| {
                c.runtime().run_gc();
                Ok(c.undefined())
            })?;
            context.define_value(
                &context.global(),
                "gc",
                gc,
                jsvm_engine::flags::WRITABLE | jsvm_engine::flags::ENUMERABLE,
            )?;
        }
        if let Some(hook) = &options.console {
            console::install(&context, &context.global(), hook.clone())?;
        }
        if options.microtask_mode == MicrotaskMode::AfterEvaluate {
            context.enable_own_job_queue();
        }
        if !options.code_generation.strings {
            context.allow_code_generation_from_strings(false);
        }
        let (global, object) = if options.dont_contextify {
            let g = context.global();
            (g.clone(), g)
        } else {
            let sandbox = match object {
                Some(o) => o.clone(),
                None => self.main.new_object()?,
            };
            let backing = context.global();
            let proto = context.get_prototype(&backing)?;
            let g = context.new_exotic_instance(
                ContextifiedGlobal {
                    sandbox: sandbox.clone(),
                    backing,
                },
                Some(&proto),
            )?;
            drop(context.replace_global(g.clone())?);
            (g, sandbox)
        };
        let handle = self.main.new_instance(
            ContextHandle {
                context: context.clone(),
                global: global.clone(),
                info: info.clone(),
            },
            None,
        )?;
        self.main
            .call(&self.weakmap_set, &self.registry, &[object.clone(), handle])?;
        Ok(VmContext {
            context,
            global,
            object,
            info,
        })
    }

    /// The context that `object` stands for (`vm.isContext`), if any.
    pub fn context_of(&self, object: &Value) -> Option<VmContext> {
        self.try_context_of(object).ok().flatten()
    }

    /// [`context_of`](Self::context_of), with the error that kept the
    /// registry from being read (the stack or the memory ran out) instead
    /// of `None`.
    pub fn try_context_of(&self, object: &Value) -> JsResult<Option<VmContext>> {
        if !object.is_object() {
            return Ok(None);
        }
        let handle = self.main.call(
            &self.weakmap_get,
            &self.registry,
            std::slice::from_ref(object),
        )?;
        let Some(h) = self.main.instance_data::<ContextHandle>(&handle) else {
            return Ok(None);
        };
        Ok(Some(VmContext {
            context: h.context.clone(),
            global: h.global.clone(),
            object: object.clone(),
            info: h.info.clone(),
        }))
    }

    /// Compiles a script (`new vm.Script`). Syntax errors are errors of the
    /// main context.
    pub fn compile_script(&self, source: &str, options: &ScriptOptions) -> JsResult<Script> {
        self.compile_script_in(source, options, None)
    }

    /// Compiles a script for a context (the main one when `None`): syntax
    /// errors are errors of that context, and the script runs there fastest.
    /// It can still run in any other context of the isolate.
    pub fn compile_script_in(
        &self,
        source: &str,
        options: &ScriptOptions,
        context: Option<&VmContext>,
    ) -> JsResult<Script> {
        self.compile_script_with_cache(source, options, context, None)
    }

    /// [`compile_script_in`](Self::compile_script_in) with cached data
    /// (`cachedData`) made by [`Script::create_cached_data`]: when it was
    /// made for the same source, filename and offsets by this engine build
    /// and is intact, the script's code is read from it instead of being
    /// compiled; otherwise it is rejected (before the engine sees any of
    /// it) and the source is compiled. [`Script::cached_data_status`]
    /// tells which.
    pub fn compile_script_with_cache(
        &self,
        source: &str,
        options: &ScriptOptions,
        context: Option<&VmContext>,
        cached_data: Option<&[u8]>,
    ) -> JsResult<Script> {
        let home = context.map_or(&self.main, |c| &c.context);
        self.main.check_same_runtime(home)?;
        self.remember_source(source, options);
        let key = CacheKey::new(
            CodeKind::Script,
            &options.filename,
            options.line_offset,
            options.column_offset,
            source,
        );
        let (status, loaded) = load_cached(home, cached_data, &key);
        let (code, source_map_url, source_url) = match loaded {
            Some(loaded) => loaded,
            None => {
                let code = home.compile(source, &options.eval_options())?;
                (code, home.last_source_map_url(), home.last_source_url())
            }
        };
        // The script's frames are named by its source URL (patch 0050):
        // errors show its lines under that name too.
        if let Some(url) = &source_url {
            self.remember_source(
                source,
                &ScriptOptions {
                    filename: url.clone(),
                    ..options.clone()
                },
            );
        }
        Ok(Script {
            source_map_url,
            source_url,
            controls: self.controls.clone(),
            home: (home.clone(), code),
            bytes: OnceCell::new(),
            last: RefCell::new(None),
            host_defined: RefCell::new(None),
            key,
            cached_data: status,
        })
    }

    /// Compiles a function (`vm.compileFunction`): `source` is the body of
    /// a function with the parameters `params`, whose `toString()` is
    /// `function (a, b) {\nBODY\n}`. A body that is not a function body
    /// on its own (one that closes the function early) is a `SyntaxError`,
    /// as in V8, and nothing of it runs. Syntax errors are errors of the
    /// parsing context.
    pub fn compile_function(
        &self,
        source: &str,
        params: &[&str],
        options: &FunctionOptions,
    ) -> JsResult<Value> {
        Ok(self
            .compile_function_with_cache(source, params, options, None)?
            .function)
    }

    /// [`compile_function`](Self::compile_function) with cached data
    /// made by [`CompiledFunction::create_cached_data`] for the same body,
    /// parameters, number of context extensions, filename and offsets:
    /// as with [`Isolate::compile_script_with_cache`], data that does not
    /// match or is damaged is rejected and the body compiled.
    pub fn compile_function_with_cache(
        &self,
        source: &str,
        params: &[&str],
        options: &FunctionOptions,
        cached_data: Option<&[u8]>,
    ) -> JsResult<CompiledFunction> {
        let home = options
            .parsing_context
            .as_ref()
            .map_or(&self.main, |c| &c.context);
        self.main.check_same_runtime(home)?;
        // With extensions, a wrapper called with them as `this` returns the
        // function (`this`, which no `with` scope can shadow, finds them);
        // without, the code is the function expression itself. The header
        // is the line before the body's first line; the engine takes a
        // first line number of 0 for 1, so then a blank line comes first.
        let wrapped = !options.context_extensions.is_empty();
        let (mut text, line) = if options.line_offset == 0 {
            (String::from("\n("), -1)
        } else {
            (String::from("("), options.line_offset)
        };
        if wrapped {
            text.push_str("function () { ");
            for i in 0..options.context_extensions.len() {
                text.push_str(&format!("with (this[{i}]) "));
            }
            text.push_str("return ");
        }
        let function_start = text.len();
        text.push_str("function (");
        text.push_str(&params.join(", "));
        text.push_str(") {\n");
        let body_line = text.len();
        text.push_str(source);
        text.push('\n');
        let close_brace = text.len();
        text.push_str(if wrapped { "}; })" } else { "})" });
        self.remember_source(
            source,
            &ScriptOptions {
                filename: options.filename.clone(),
                line_offset: options.line_offset,
                column_offset: options.column_offset,
            },
        );
        let key = CacheKey::new(
            CodeKind::Function,
            &options.filename,
            options.line_offset,
            options.column_offset,
            &text,
        );
        let (status, loaded) = load_cached(home, cached_data, &key);
        let wrapper = match loaded {
            Some((code, _, _)) => code,
            None => home.compile(
                &text,
                &EvalOptions {
                    filename: &options.filename,
                    line,
                    column_offset: options.column_offset,
                    function_body: Some(FunctionBody {
                        function_start,
                        body_line,
                        close_brace,
                    }),
                    ..Default::default()
                },
            )?,
        };
        let made = home.run_compiled(&wrapper)?;
        let function = if wrapped {
            let extensions = home.array_from(options.context_extensions.iter().cloned())?;
            home.call(&made, &extensions, &[])?
        } else {
            made
        };
        Ok(CompiledFunction {
            function,
            home: home.clone(),
            wrapper,
            key,
            cached_data: status,
        })
    }

    /// Compiles and runs code in a context (`vm.runInContext`); syntax
    /// errors are errors of that context. With
    /// [`MicrotaskMode::AfterEvaluate`], the context's microtasks run
    /// before it returns.
    pub fn run_in_context(
        &self,
        source: &str,
        context: &VmContext,
        options: &ScriptOptions,
    ) -> JsResult<Value> {
        self.run_in_context_with(source, context, options, &RunOptions::default())
    }

    /// [`run_in_context`](Self::run_in_context) with a timeout or
    /// `breakOnSigint`; compiling is not under them, as in Node.
    pub fn run_in_context_with(
        &self,
        source: &str,
        context: &VmContext,
        options: &ScriptOptions,
        run: &RunOptions,
    ) -> JsResult<Value> {
        self.compile_script_in(source, options, Some(context))?
            .run_in_context_with(context, run)
    }

    /// Compiles and runs code in the main context (`vm.runInThisContext`).
    pub fn run_in_this_context(&self, source: &str, options: &ScriptOptions) -> JsResult<Value> {
        self.run_in_this_context_with(source, options, &RunOptions::default())
    }

    /// [`run_in_this_context`](Self::run_in_this_context) with a timeout
    /// or `breakOnSigint`.
    pub fn run_in_this_context_with(
        &self,
        source: &str,
        options: &ScriptOptions,
        run: &RunOptions,
    ) -> JsResult<Value> {
        self.compile_script(source, options)?
            .run_in_this_context_with(self, run)
    }

    /// Keeps the source text of code compiled under `options.filename`
    /// (the most recent scripts), so that errors thrown in it can show
    /// the line they come from. Compiling through the isolate does this.
    pub fn remember_source(&self, source: &str, options: &ScriptOptions) {
        self.sources.remember(
            &options.filename,
            ScriptSource {
                text: source.into(),
                line_offset: options.line_offset,
                column_offset: options.column_offset,
            },
        );
    }

    /// The source text last compiled under `filename`, if remembered.
    pub fn source_of(&self, filename: &str) -> Option<ScriptSource> {
        self.sources.get(filename)
    }

    /// Node's "arrow" for an exception: `file:line`, the source line and a
    /// caret line under the position where it was thrown (each ending in
    /// a newline), when the position and its source text are known.
    pub fn error_arrow(&self, e: &Exception) -> Option<String> {
        let site = e.site()?;
        error_arrow(site, &self.source_of(&site.filename)?)
    }

    /// Decorates the stack of an error thrown by compiling or running code
    /// through `node:vm` (`displayErrors`): the arrow, a blank line, then
    /// the original stack, once per error. Errors that are not objects,
    /// whose `stack` is not a string or whose position is unknown are left
    /// alone. Returns whether it decorated.
    pub fn decorate_error_stack(&self, e: &Exception) -> bool {
        let m = &self.main;
        let err = e.value();
        if !err.is_object() || self.is_decorated(err) {
            return false;
        }
        let Some(arrow) = self.error_arrow(e) else {
            return false;
        };
        let stack = match m.get(err, "stack") {
            Ok(s) if s.is_string() => s,
            _ => return false,
        };
        let Ok(stack) = m.to_rust_string(&stack) else {
            return false;
        };
        let decorated = match m.string(&format!("{arrow}\n{stack}")) {
            Ok(s) => s,
            Err(_) => return false,
        };
        if m.set(err, "stack", decorated).is_err() {
            return false;
        }
        m.call(
            &self.weakset_add,
            &self.decorated,
            std::slice::from_ref(err),
        )
        .is_ok()
    }

    /// Whether [`Isolate::decorate_error_stack`] decorated `err`.
    pub fn is_decorated(&self, err: &Value) -> bool {
        err.is_object()
            && self
                .main
                .call(
                    &self.weakset_has,
                    &self.decorated,
                    std::slice::from_ref(err),
                )
                .is_ok_and(|v| self.main.to_bool(&v))
    }
}

/// The end of every evaluation in a context: when the evaluation succeeded
/// and the context has its own microtask queue (`microtaskMode:
/// 'afterEvaluate'`), runs that queue until it is empty, as Node does
/// before the run returns (inside the run's timeout). A microtask that
/// throws (a timeout) makes the run throw. Contexts without their own queue
/// have nothing to run here; nested runs inside one of the context's
/// microtasks do not run the queue again.
/// Reads the code of `cached_data` into `home` when it passes every check
/// against `key`: the code and its source map and source URLs. Otherwise
/// (or when there is no cached data) `None`, and the source must be compiled.
#[allow(clippy::type_complexity)]
fn load_cached(
    home: &Context,
    cached_data: Option<&[u8]>,
    key: &CacheKey,
) -> (
    CachedDataStatus,
    Option<(Value, Option<String>, Option<String>)>,
) {
    let Some(data) = cached_data else {
        return (CachedDataStatus::NotGiven, None);
    };
    let checked = match cache::check(data, key) {
        Ok(checked) => checked,
        Err(why) => return (CachedDataStatus::Rejected(why), None),
    };
    // SAFETY: the payload passed `cache::check`, so it carries this
    // process's authentication code: it is bytecode this process wrote.
    match unsafe { home.read_compiled(checked.payload) } {
        Ok(code) => (
            CachedDataStatus::Accepted,
            Some((code, checked.source_map_url, checked.source_url)),
        ),
        Err(_) => (CachedDataStatus::Rejected(Rejection::Unreadable), None),
    }
}

fn run_microtasks_after_evaluate(ctx: &Context, result: JsResult<Value>) -> JsResult<Value> {
    let value = result?;
    ctx.run_jobs()?;
    Ok(value)
}

/// Gives a new realm the globals of a V8 context that Node made: no
/// `performance`, no `queueMicrotask`, `atob` or `btoa` (host functions in
/// Node), no `InternalError` (QuickJS's own, V8 has none) and no
/// `Symbol.toStringTag` on the global, and a `console`
/// whose methods do nothing (V8's console prints only to an inspector).
fn shape_new_realm(ctx: &Context) -> JsResult<()> {
    static CONSOLE: OnceLock<jsvm_engine::LazyNoopObject> = OnceLock::new();
    let console = CONSOLE.get_or_init(|| {
        jsvm_engine::LazyNoopObject::new(
            "console",
            &[
                "debug",
                "error",
                "info",
                "log",
                "warn",
                "dir",
                "dirxml",
                "table",
                "trace",
                "group",
                "groupCollapsed",
                "groupEnd",
                "clear",
                "count",
                "countReset",
                "assert",
                "profile",
                "profileEnd",
                "time",
                "timeLog",
                "timeEnd",
                "timeStamp",
                "context",
            ],
        )
    });
    let global = ctx.global();
    ctx.delete(&global, "performance")?;
    let to_string_tag = ctx.get(&ctx.get(&global, "Symbol")?, "toStringTag")?;
    ctx.delete(&global, to_string_tag)?;
    ctx.delete(&global, "queueMicrotask")?;
    for name in ["InternalError", "atob", "btoa"] {
        ctx.delete(&global, name)?;
    }
    // The object and its methods are made on first use.
    ctx.define_lazy_noop_object(&global, console)
}

impl Default for Isolate {
    fn default() -> Self {
        Isolate::new()
    }
}

/// Compiled code that can run in any context of its isolate.
///
/// The engine binds compiled code to the realm it was compiled in, so a
/// script keeps its code for its home context and, for another context,
/// reads its serialised code back in that context (the last one is kept).
pub struct Script {
    source_map_url: Option<String>,
    source_url: Option<String>,
    controls: Rc<Controls>,
    home: (Context, Value),
    bytes: OnceCell<Vec<u8>>,
    last: RefCell<Option<(Context, Value)>>,
    /// The host-defined value of the script's code (dynamic `import()`).
    host_defined: RefCell<Option<Value>>,
    key: CacheKey,
    cached_data: CachedDataStatus,
}

impl Script {
    /// Sets the host-defined value of the script's code, wherever it runs
    /// (see [`Isolate::import_referrer`]).
    pub fn set_host_defined(&self, value: &Value) -> JsResult<()> {
        self.home.0.set_host_defined(&self.home.1, value)?;
        if let Some((c, code)) = &*self.last.borrow() {
            c.set_host_defined(code, value)?;
        }
        *self.host_defined.borrow_mut() = Some(value.clone());
        Ok(())
    }

    /// The URL of the script's last `//# sourceMappingURL=` (or `//@`)
    /// magic comment, as V8 extracts it (`script.sourceMapURL`).
    pub fn source_map_url(&self) -> Option<&str> {
        self.source_map_url.as_deref()
    }

    /// The value of the script's last `//# sourceURL=` (or `//@`) magic
    /// comment, as V8 extracts it (`script.sourceURL`); the script's frames
    /// are named by it.
    pub fn source_url(&self) -> Option<&str> {
        self.source_url.as_deref()
    }

    /// What happened to the cached data the script was compiled with.
    pub fn cached_data_status(&self) -> CachedDataStatus {
        self.cached_data
    }

    /// `script.cachedDataRejected`: whether the cached data given was
    /// rejected; `None` when none was given.
    pub fn cached_data_rejected(&self) -> Option<bool> {
        self.cached_data.rejected()
    }

    /// `script.createCachedData()`: the script's compiled code, for
    /// [`Isolate::compile_script_with_cache`] with the same source,
    /// filename and offsets (see [`cache`] for the format). The engine
    /// compiles every function of a script up front, so the data is the
    /// same before and after the script runs.
    pub fn create_cached_data(&self) -> JsResult<Vec<u8>> {
        // The bytecode kept for other contexts if there is one; otherwise
        // written for this call only, not kept (the caller keeps the data).
        let written;
        let payload = match self.bytes.get() {
            Some(b) => b.as_slice(),
            None => {
                written = self.home.0.write_compiled(&self.home.1)?;
                &written
            }
        };
        Ok(cache::encode_urls(
            &self.key,
            self.source_map_url.as_deref(),
            self.source_url.as_deref(),
            payload,
        ))
    }

    /// Runs the script in a context made by [`Isolate::create_context`].
    pub fn run_in_context(&self, context: &VmContext) -> JsResult<Value> {
        self.run_in(&context.context, &RunOptions::default())
    }

    /// Runs the script in a context under a timeout or `breakOnSigint`.
    pub fn run_in_context_with(&self, context: &VmContext, run: &RunOptions) -> JsResult<Value> {
        self.run_in(&context.context, run)
    }

    /// Runs the script in the isolate's main context.
    pub fn run_in_this_context(&self, isolate: &Isolate) -> JsResult<Value> {
        self.run_in(&isolate.main, &RunOptions::default())
    }

    /// Runs the script in the main context under a timeout or
    /// `breakOnSigint`.
    pub fn run_in_this_context_with(&self, isolate: &Isolate, run: &RunOptions) -> JsResult<Value> {
        self.run_in(&isolate.main, run)
    }

    /// Runs the script in an engine realm of its isolate (then the
    /// realm's own microtasks, if it has a queue of its own), under the
    /// run's timeout and `breakOnSigint`.
    pub fn run_in(&self, ctx: &Context, run: &RunOptions) -> JsResult<Value> {
        // Its isolate's limits would not apply in another isolate.
        self.home.0.check_same_runtime(ctx)?;
        let code = self.code_for(ctx)?;
        self.controls.run(ctx, run, || {
            run_microtasks_after_evaluate(ctx, ctx.run_compiled(&code))
        })
    }

    /// The script's compiled code bound to `ctx`.
    fn code_for(&self, ctx: &Context) -> JsResult<Value> {
        if ctx.same(&self.home.0) {
            return Ok(self.home.1.clone());
        }
        let cached = match &*self.last.borrow() {
            Some((c, code)) if c.same(ctx) => Some(code.clone()),
            _ => None,
        };
        let code = match cached {
            Some(code) => code,
            None => {
                // SAFETY: the bytes were written by `write_compiled` in
                // this process (`serialized`) and never left it.
                let code = unsafe { ctx.read_compiled(self.serialized()?)? };
                if let Some(v) = &*self.host_defined.borrow() {
                    ctx.set_host_defined(&code, v)?;
                }
                *self.last.borrow_mut() = Some((ctx.clone(), code.clone()));
                code
            }
        };
        Ok(code)
    }

    /// The script's code serialised (engine bytecode), written once.
    fn serialized(&self) -> JsResult<&[u8]> {
        if let Some(b) = self.bytes.get() {
            return Ok(b);
        }
        let b = self.home.0.write_compiled(&self.home.1)?;
        Ok(self.bytes.get_or_init(|| b))
    }

    /// Reports the values and contexts the script holds, for a class that
    /// keeps a script as object data.
    pub fn trace(&self, t: &Tracer<'_>) {
        t.context(&self.home.0);
        t.value(&self.home.1);
        if let Some((c, v)) = &*self.last.borrow() {
            t.context(c);
            t.value(v);
        }
        if let Some(v) = &*self.host_defined.borrow() {
            t.value(v);
        }
    }
}

/// A function made by [`Isolate::compile_function_with_cache`], with what
/// is needed to make cached data for it.
pub struct CompiledFunction {
    /// The function.
    pub function: Value,
    home: Context,
    /// The compiled code that makes the function (what cached data holds).
    wrapper: Value,
    key: CacheKey,
    cached_data: CachedDataStatus,
}

impl CompiledFunction {
    /// What happened to the cached data the function was compiled with.
    pub fn cached_data_status(&self) -> CachedDataStatus {
        self.cached_data
    }

    /// `fn.cachedDataRejected`: whether the cached data given was
    /// rejected; `None` when none was given.
    pub fn cached_data_rejected(&self) -> Option<bool> {
        self.cached_data.rejected()
    }

    /// `fn.cachedData` (`produceCachedData`): the function's compiled code,
    /// for [`Isolate::compile_function_with_cache`] with the same body,
    /// parameters, number of context extensions, filename and offsets.
    pub fn create_cached_data(&self) -> JsResult<Vec<u8>> {
        Ok(cache::encode(
            &self.key,
            None,
            &self.home.write_compiled(&self.wrapper)?,
        ))
    }
}

#[cfg(test)]
mod tests;
