//! `node:vm` modules: `SourceTextModule`, `SyntheticModule` and dynamic
//! `import()`, over the engine's module records (patch 0012).
//!
//! A [`Module`] is bound to a context from its creation. Its requests
//! (specifier and import attributes, in source order, each once) are
//! linked to modules of the same context, by [`Module::link`] with a
//! linker (called for each request, recursively for the unlinked modules
//! it returns; cycles work) or by [`Module::link_requests`] and
//! [`Module::instantiate`]. [`Module::evaluate`] runs the graph under a
//! timeout or `breakOnSigint` and returns the promise of its evaluation.
//!
//! Node's statuses: `unlinked`, `linking`, `linked`, `evaluating`,
//! `evaluated` (also while top-level `await` waits, as V8 reports it) and
//! `errored` (evaluated with an error, which the module keeps and every
//! later evaluation rethrows).
//!
//! Dynamic `import()`: code compiled by the vm layer carries a host-defined
//! value (an [`Isolate::import_referrer`] for scripts and functions, the
//! module itself for modules); the isolate's hooks call its importer with
//! `(specifier, referrer, attributes, 'evaluation')`. Code without an
//! importer rejects with `ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use jsvm_engine::{
    Class, Context, EvalOptions, Exception, JsResult, ModuleDef, ModuleHooks, ModuleStatus, Tracer,
    Value,
};

use crate::cache::{self, CacheKey, CachedDataStatus, CodeKind, Rejection};
use crate::controls::Controls;
use crate::{run_microtasks_after_evaluate, Isolate, RunOptions, VmContext};

/// A module's status as `module.status` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// `unlinked`: not linked yet.
    Unlinked,
    /// `linking`: being linked.
    Linking,
    /// `linked`: linked, not evaluated.
    Linked,
    /// `evaluating`: its code (or a dependency's) is running.
    Evaluating,
    /// `evaluated`: evaluated, or waiting for top-level `await`.
    Evaluated,
    /// `errored`: its evaluation threw.
    Errored,
}

impl Status {
    /// The name Node gives it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unlinked => "unlinked",
            Status::Linking => "linking",
            Status::Linked => "linked",
            Status::Evaluating => "evaluating",
            Status::Evaluated => "evaluated",
            Status::Errored => "errored",
        }
    }
}

/// A request of a module: `import x from 'specifier' with { k: 'v' }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleRequest {
    /// The specifier, as written.
    pub specifier: String,
    /// The import attributes, sorted by key (as V8 keeps them).
    pub attributes: Vec<(String, String)>,
}

/// Options of [`Isolate::source_text_module`] and
/// [`Isolate::synthetic_module`].
#[derive(Clone, Default)]
pub struct ModuleOptions {
    /// Names the module in stack traces; `vm:module(i)` by default, `i`
    /// counting the modules of the context (or of the main context).
    pub identifier: Option<String>,
    /// The context the module belongs to; the main context when `None`.
    pub context: Option<VmContext>,
    /// Added to line numbers in stack traces.
    pub line_offset: i32,
    /// Added to the first line's column numbers in stack traces.
    pub column_offset: i32,
    /// Called as `f(meta, module)` the first time the module reads
    /// `import.meta`, `module` being [`Module::set_object`]'s object.
    pub initialize_import_meta: Option<Value>,
    /// Called as `f(specifier, module, attributes, 'evaluation')` for
    /// `import()` in the module's code; it returns a namespace object or a
    /// promise of one.
    pub import_module_dynamically: Option<Value>,
    /// Cached data made by [`Module::create_cached_data`] for the same
    /// source and offsets (any identifier): the module is read from it
    /// instead of compiled. Data that does not fit is Node's
    /// `ERR_VM_MODULE_CACHED_DATA_REJECTED` (after the source compiled:
    /// its syntax errors come first). Source-text modules only.
    pub cached_data: Option<Vec<u8>>,
}

/// The data of a module handle object.
struct ModuleData {
    def: ModuleDef,
    identifier: String,
    /// The context object (`module.context`), undefined for the main one.
    context: Value,
    synthetic: bool,
    requests: Vec<ModuleRequest>,
    /// The handles each request is linked to.
    linked: RefCell<Vec<Value>>,
    /// `link()` with a linker is in progress on this module.
    linking: Cell<bool>,
    meta: RefCell<Option<Value>>,
    init_meta: Option<Value>,
    importer: Option<Value>,
    /// The object that stands for the module in callbacks.
    object: RefCell<Option<Value>>,
    /// The evaluation was stopped (timeout, SIGINT): Node reports a null
    /// error.
    stopped: Cell<bool>,
    controls: Rc<Controls>,
    /// What cached data of a source-text module is for.
    key: Option<CacheKey>,
    cached_data: CachedDataStatus,
}

// SAFETY: `trace` reports only values and contexts that the data owns.
unsafe impl Class for ModuleData {
    const NAME: &'static str = "ModuleWrap";
    fn trace(&self, t: &Tracer<'_>) {
        self.def.trace(t);
        t.value(&self.context);
        for v in self.linked.borrow().iter() {
            t.value(v);
        }
        if let Some(v) = &*self.meta.borrow() {
            t.value(v);
        }
        if let Some(v) = &self.init_meta {
            t.value(v);
        }
        if let Some(v) = &self.importer {
            t.value(v);
        }
        if let Some(v) = &*self.object.borrow() {
            t.value(v);
        }
    }
}

/// The host-defined value of scripts and functions: who imports for them.
struct ImportReferrer {
    importer: Option<Value>,
    referrer: Value,
}

// SAFETY: `trace` reports only values and contexts that the data owns.
unsafe impl Class for ImportReferrer {
    const NAME: &'static str = "ImportReferrer";
    fn trace(&self, t: &Tracer<'_>) {
        if let Some(v) = &self.importer {
            t.value(v);
        }
        t.value(&self.referrer);
    }
}

/// A `node:vm` module (a handle: clones are the same module).
#[derive(Clone)]
pub struct Module {
    handle: Value,
    main: Context,
}

/// A Node error: `name [code]: message` in its stack, with `code`.
pub(crate) fn node_error(ctx: &Context, type_error: bool, code: &str, message: &str) -> Exception {
    let made = (|| {
        let err = if type_error {
            ctx.type_error(message).into_value()
        } else {
            ctx.error(message)?
        };
        ctx.set(&err, "code", ctx.string(code)?)?;
        let name = if type_error { "TypeError" } else { "Error" };
        let stack = ctx.get(&err, "stack")?;
        if stack.is_string() {
            let s = ctx.to_rust_string(&stack)?;
            let rest = s.find('\n').map_or("", |i| &s[i..]);
            ctx.set(
                &err,
                "stack",
                ctx.string(&format!("{name} [{code}]: {message}{rest}"))?,
            )?;
        }
        Ok(err)
    })();
    match made {
        Ok(err) => Exception::new(err),
        Err(e) => e,
    }
}

fn status_error(ctx: &Context, what: &str) -> Exception {
    node_error(
        ctx,
        false,
        "ERR_VM_MODULE_STATUS",
        &format!("Module status {what}"),
    )
}

/// What `import()` and `import.meta` do in an isolate.
pub(crate) struct VmModuleHooks;

impl ModuleHooks for VmModuleHooks {
    fn import(
        &self,
        ctx: &Context,
        referrer: &Value,
        specifier: &Value,
        attributes: &Value,
    ) -> JsResult<Value> {
        let (importer, object) = if let Some(d) = ctx.instance_data::<ModuleData>(referrer) {
            let object = d.object.borrow().clone();
            (
                d.importer.clone(),
                object.unwrap_or_else(|| referrer.clone()),
            )
        } else if let Some(r) = ctx.instance_data::<ImportReferrer>(referrer) {
            (r.importer.clone(), r.referrer.clone())
        } else {
            (None, ctx.undefined())
        };
        let Some(importer) = importer else {
            return Err(node_error(
                ctx,
                true,
                "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING",
                "A dynamic import callback was not specified.",
            ));
        };
        let attributes = if attributes.is_object() {
            attributes.clone()
        } else {
            ctx.new_object_with_proto(&ctx.null())?
        };
        ctx.call(
            &importer,
            &ctx.undefined(),
            &[
                specifier.clone(),
                object,
                attributes,
                ctx.string("evaluation")?,
            ],
        )
    }

    fn import_meta(&self, ctx: &Context, referrer: &Value) -> JsResult<Value> {
        let Some(d) = ctx.instance_data::<ModuleData>(referrer) else {
            return Err(ctx.type_error("import.meta is not supported here"));
        };
        if let Some(m) = &*d.meta.borrow() {
            return Ok(m.clone());
        }
        let realm = d.def.context();
        let meta = realm.new_object_with_proto(&realm.null())?;
        *d.meta.borrow_mut() = Some(meta.clone());
        if let Some(init) = &d.init_meta {
            let object = d
                .object
                .borrow()
                .clone()
                .unwrap_or_else(|| referrer.clone());
            ctx.call(init, &ctx.undefined(), &[meta.clone(), object])?;
        }
        Ok(meta)
    }
}

impl Isolate {
    fn module_context<'a>(&'a self, options: &'a ModuleOptions) -> (&'a Context, Value) {
        match &options.context {
            Some(c) => (c.context(), c.object().clone()),
            None => (&self.main, self.main.undefined()),
        }
    }

    fn module_identifier(&self, options: &ModuleOptions) -> String {
        if let Some(id) = &options.identifier {
            return id.clone();
        }
        let counter = match &options.context {
            Some(c) => &c.info.module_ids,
            None => &self.module_ids,
        };
        let i = counter.get();
        counter.set(i + 1);
        format!("vm:module({i})")
    }

    fn new_module(&self, data: ModuleData) -> JsResult<Module> {
        let handle = self.main.new_instance(data, None)?;
        Ok(Module {
            handle,
            main: self.main.clone(),
        })
    }

    /// Compiles a source-text module (`new vm.SourceTextModule`). Syntax
    /// errors are errors of the module's context.
    pub fn source_text_module(&self, source: &str, options: &ModuleOptions) -> JsResult<Module> {
        let (realm, context) = self.module_context(options);
        self.main.check_same_runtime(realm)?;
        let identifier = self.module_identifier(options);
        self.remember_source(
            source,
            &crate::ScriptOptions {
                filename: identifier.clone(),
                line_offset: options.line_offset,
                column_offset: options.column_offset,
            },
        );
        let key = CacheKey::new(
            CodeKind::Module,
            "",
            options.line_offset,
            options.column_offset,
            source,
        );
        let (cached_data, read) =
            load_cached_module(realm, options.cached_data.as_deref(), &key, &identifier);
        let def = match read {
            Some(def) => def,
            None => ModuleDef::compile(
                realm,
                source,
                &EvalOptions {
                    filename: &identifier,
                    line: options.line_offset.saturating_add(1),
                    column_offset: options.column_offset,
                    ..Default::default()
                },
            )?,
        };
        if let CachedDataStatus::Rejected(_) = cached_data {
            return Err(node_error(
                &self.main,
                false,
                "ERR_VM_MODULE_CACHED_DATA_REJECTED",
                "cachedData buffer was rejected",
            ));
        }
        let mut requests = Vec::new();
        for (specifier, attrs) in def.requests()? {
            let mut attributes = Vec::new();
            if attrs.is_object() {
                for key in realm.own_keys(&attrs, false, true)? {
                    let v = realm.get(&attrs, key.clone())?;
                    attributes.push((key.to_string(realm)?, realm.to_rust_string(&v)?));
                }
            }
            // V8 keeps a request's attributes sorted by key.
            attributes.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            requests.push(ModuleRequest {
                specifier: realm.to_rust_string(&specifier)?,
                attributes,
            });
        }
        let m = self.new_module(ModuleData {
            def: def.clone(),
            identifier,
            context,
            synthetic: false,
            requests,
            linked: RefCell::new(Vec::new()),
            linking: Cell::new(false),
            meta: RefCell::new(None),
            init_meta: options.initialize_import_meta.clone(),
            importer: options.import_module_dynamically.clone(),
            object: RefCell::new(None),
            stopped: Cell::new(false),
            controls: self.controls.clone(),
            key: Some(key),
            cached_data,
        })?;
        def.set_host_defined(&m.handle)?;
        Ok(m)
    }

    /// A synthetic module (`new vm.SyntheticModule`) exporting
    /// `export_names`, linked at once (as in Node 26). Evaluating it calls
    /// `evaluate` with no arguments; a thrown error makes it `errored`.
    pub fn synthetic_module(
        &self,
        export_names: &[String],
        evaluate: &Value,
        options: &ModuleOptions,
    ) -> JsResult<Module> {
        let (realm, context) = self.module_context(options);
        self.main.check_same_runtime(realm)?;
        let identifier = self.module_identifier(options);
        let def = ModuleDef::synthetic(realm, &identifier, export_names, evaluate)?;
        self.new_module(ModuleData {
            def,
            identifier,
            context,
            synthetic: true,
            requests: Vec::new(),
            linked: RefCell::new(Vec::new()),
            linking: Cell::new(false),
            meta: RefCell::new(None),
            init_meta: None,
            importer: None,
            object: RefCell::new(None),
            stopped: Cell::new(false),
            controls: self.controls.clone(),
            key: None,
            cached_data: CachedDataStatus::NotGiven,
        })
    }

    /// The module whose handle object is `handle` ([`Module::handle`]).
    pub fn module_of(&self, handle: &Value) -> Option<Module> {
        self.main.instance_data::<ModuleData>(handle)?;
        Some(Module {
            handle: handle.clone(),
            main: self.main.clone(),
        })
    }

    /// A host-defined value for scripts and functions
    /// ([`Script::set_host_defined`](crate::Script::set_host_defined),
    /// [`Isolate::set_host_defined`]): `import()` in their code calls
    /// `importer(specifier, referrer, attributes, 'evaluation')`, or
    /// rejects with `ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING` without one.
    pub fn import_referrer(&self, importer: Option<&Value>, referrer: &Value) -> JsResult<Value> {
        self.main.new_instance(
            ImportReferrer {
                importer: importer.cloned(),
                referrer: referrer.clone(),
            },
            None,
        )
    }

    /// Sets the host-defined value of a function compiled by
    /// [`Isolate::compile_function`] (and of the functions inside it).
    pub fn set_host_defined(&self, function: &Value, value: &Value) -> JsResult<()> {
        self.main.set_host_defined(function, value)
    }
}

/// Reads the module of `cached_data` into `realm`, named `identifier`,
/// when the data passes every check against `key`; otherwise (or when
/// there is none) no module, and the source must be compiled.
fn load_cached_module(
    realm: &Context,
    cached_data: Option<&[u8]>,
    key: &CacheKey,
    identifier: &str,
) -> (CachedDataStatus, Option<ModuleDef>) {
    let Some(data) = cached_data else {
        return (CachedDataStatus::NotGiven, None);
    };
    let checked = match cache::check(data, key) {
        Ok(checked) => checked,
        Err(why) => return (CachedDataStatus::Rejected(why), None),
    };
    // SAFETY: the payload passed `cache::check`, so it carries this
    // process's authentication code: it is bytecode this process wrote.
    match unsafe { ModuleDef::read(realm, checked.payload, identifier) } {
        Ok(def) => (CachedDataStatus::Accepted, Some(def)),
        Err(_) => (CachedDataStatus::Rejected(Rejection::Unreadable), None),
    }
}

impl Module {
    fn data(&self) -> &ModuleData {
        self.main
            .instance_data::<ModuleData>(&self.handle)
            .expect("a module handle")
    }

    /// The object that holds the module (kept by JavaScript objects that
    /// stand for it; see [`Isolate::module_of`]).
    pub fn handle(&self) -> &Value {
        &self.handle
    }

    /// Sets the object given to callbacks as the module (the
    /// `SourceTextModule` object of `node:vm`); the handle by default.
    pub fn set_object(&self, object: &Value) {
        *self.data().object.borrow_mut() = Some(object.clone());
    }

    /// Whether both are the same module.
    pub fn same(&self, other: &Module) -> bool {
        self.data().def.same(&other.data().def)
    }

    /// `module.identifier`.
    pub fn identifier(&self) -> &str {
        &self.data().identifier
    }

    /// `module.context`: the context object, undefined for the main
    /// context.
    pub fn context_object(&self) -> &Value {
        &self.data().context
    }

    /// The engine realm the module belongs to.
    pub fn realm(&self) -> &Context {
        self.data().def.context()
    }

    /// Whether it is a synthetic module.
    pub fn is_synthetic(&self) -> bool {
        self.data().synthetic
    }

    /// `module.status`.
    pub fn status(&self) -> Status {
        let (s, err) = self.data().def.status();
        match s {
            ModuleStatus::Unlinked => Status::Unlinked,
            ModuleStatus::Linking => Status::Linking,
            ModuleStatus::Linked => Status::Linked,
            ModuleStatus::Evaluating => Status::Evaluating,
            ModuleStatus::EvaluatingAsync => Status::Evaluated,
            ModuleStatus::Evaluated if err.is_some() => Status::Errored,
            ModuleStatus::Evaluated => Status::Evaluated,
        }
    }

    /// `module.error`: what its evaluation threw (`null` when a timeout or
    /// SIGINT stopped it); `ERR_VM_MODULE_STATUS` unless `errored`.
    pub fn error(&self) -> JsResult<Value> {
        let d = self.data();
        match d.def.status() {
            (ModuleStatus::Evaluated, Some(e)) => {
                if d.stopped.get() || e.is_uncatchable_error() {
                    Ok(self.main.null())
                } else {
                    Ok(e)
                }
            }
            _ => Err(status_error(&self.main, "must be errored")),
        }
    }

    /// `module.namespace`; `ERR_VM_MODULE_STATUS` before it is linked.
    pub fn namespace(&self) -> JsResult<Value> {
        if matches!(self.status(), Status::Unlinked | Status::Linking) {
            return Err(status_error(&self.main, "must not be unlinked or linking"));
        }
        self.data().def.namespace()
    }

    /// `moduleRequests`: each request once, in source order.
    pub fn module_requests(&self) -> &[ModuleRequest] {
        &self.data().requests
    }

    /// Whether the module was read from the cached data it was given
    /// ([`CachedDataStatus::Accepted`]) or had none (`NotGiven`); data
    /// that does not fit makes [`Isolate::source_text_module`] fail.
    pub fn cached_data_status(&self) -> CachedDataStatus {
        self.data().cached_data
    }

    /// `createCachedData()`: the module's compiled code, for
    /// [`ModuleOptions::cached_data`] with the same source, line and
    /// column offsets (see [`cache`] for the format). Only before it is
    /// evaluated (`ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA` from then
    /// on); linking does not change the data.
    pub fn create_cached_data(&self) -> JsResult<Vec<u8>> {
        let d = self.data();
        let Some(key) = &d.key else {
            return Err(self
                .main
                .type_error("a synthetic module has no cached data"));
        };
        if matches!(
            self.status(),
            Status::Evaluating | Status::Evaluated | Status::Errored
        ) {
            return Err(node_error(
                &self.main,
                false,
                "ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA",
                "Cached data cannot be created for a module which has been evaluated",
            ));
        }
        Ok(cache::encode(key, None, &d.def.write()?))
    }

    /// `hasTopLevelAwait()`.
    pub fn has_top_level_await(&self) -> bool {
        self.data().def.has_top_level_await()
    }

    /// `hasAsyncGraph()`: whether it or a module it depends on uses
    /// top-level `await`; `ERR_VM_MODULE_STATUS` before it is linked.
    pub fn has_async_graph(&self) -> JsResult<bool> {
        if matches!(self.status(), Status::Unlinked | Status::Linking) {
            return Err(status_error(&self.main, "must be instantiated"));
        }
        let mut seen: Vec<Module> = Vec::new();
        let mut todo = vec![self.clone()];
        while let Some(m) = todo.pop() {
            if seen.iter().any(|s| s.same(&m)) {
                continue;
            }
            if m.has_top_level_await() {
                return Ok(true);
            }
            for h in m.data().linked.borrow().iter() {
                todo.push(Module {
                    handle: h.clone(),
                    main: self.main.clone(),
                });
            }
            seen.push(m);
        }
        Ok(false)
    }

    /// The modules of the graph that wait at a top-level `await` of their
    /// own (V8's stalled top-level awaits), found depth first in request
    /// order, each with the 1-based line and column of that `await`:
    /// what keeps the graph's evaluation from settling when no job is
    /// left. A module that waits for its dependencies is passed through.
    pub fn stalled_awaits(&self) -> Vec<(Module, i32, i32)> {
        let mut seen: Vec<Module> = Vec::new();
        let mut out = Vec::new();
        self.find_stalled(&mut seen, &mut out);
        out
    }

    fn find_stalled(&self, seen: &mut Vec<Module>, out: &mut Vec<(Module, i32, i32)>) {
        if seen.iter().any(|s| s.same(self)) {
            return;
        }
        seen.push(self.clone());
        if let Some((line, column)) = self.data().def.stalled_await() {
            out.push((self.clone(), line, column));
            return;
        }
        let linked = self.data().linked.borrow().clone();
        for h in linked {
            Module {
                handle: h,
                main: self.main.clone(),
            }
            .find_stalled(seen, out);
        }
    }

    /// Whether a linker is linking this module now.
    pub fn is_linking(&self) -> bool {
        self.data().linking.get()
    }

    /// Marks the module as being linked by a linker (Node's `linking`
    /// status while the linker's promises are pending).
    pub fn set_linking(&self, linking: bool) {
        self.data().linking.set(linking);
    }

    /// `linkRequests(modules)`: links each request, in order, to a module
    /// of the same context.
    pub fn link_requests(&self, modules: &[Module]) -> JsResult<()> {
        let d = self.data();
        let c = &self.main;
        if self.status() != Status::Unlinked || !d.linked.borrow().is_empty() {
            if d.synthetic {
                return Ok(());
            }
            return Err(node_error(
                c,
                false,
                "ERR_VM_MODULE_ALREADY_LINKED",
                "Module has already been linked",
            ));
        }
        if modules.len() != d.requests.len() {
            return Err(node_error(
                c,
                true,
                "ERR_MODULE_LINK_MISMATCH",
                &format!(
                    "Expected {} modules, got {}",
                    d.requests.len(),
                    modules.len()
                ),
            ));
        }
        for m in modules {
            if !m.realm().same(self.realm()) {
                return Err(node_error(
                    c,
                    false,
                    "ERR_VM_MODULE_DIFFERENT_CONTEXT",
                    "Linked modules must use the same context",
                ));
            }
        }
        for (i, m) in modules.iter().enumerate() {
            d.def.set_request(i, &m.data().def)?;
        }
        *d.linked.borrow_mut() = modules.iter().map(|m| m.handle.clone()).collect();
        Ok(())
    }

    /// Whether every request has its module.
    pub fn requests_linked(&self) -> bool {
        let d = self.data();
        d.synthetic || d.requests.is_empty() || !d.linked.borrow().is_empty()
    }

    /// `instantiate()`: links the module graph (every request of every
    /// module in it must be linked). Errors of the graph (an import that
    /// no module exports) are `SyntaxError`s, and leave it unlinked.
    pub fn instantiate(&self) -> JsResult<()> {
        let mut seen: Vec<Module> = Vec::new();
        let mut todo = vec![self.clone()];
        while let Some(m) = todo.pop() {
            if seen.iter().any(|s| s.same(&m)) {
                continue;
            }
            if !m.requests_linked() {
                return Err(node_error(
                    &self.main,
                    false,
                    "ERR_VM_MODULE_LINK_FAILURE",
                    "module is not linked",
                ));
            }
            for h in m.data().linked.borrow().iter() {
                todo.push(Module {
                    handle: h.clone(),
                    main: self.main.clone(),
                });
            }
            seen.push(m);
        }
        self.data().def.link()
    }

    /// `link(linker)` with a synchronous linker, called as
    /// `linker(specifier, request, referencing module)` for each request;
    /// an unlinked module it returns is linked with the same linker
    /// (modules being linked already, in a cycle, are not).
    pub fn link(
        &self,
        linker: &mut dyn FnMut(&str, &ModuleRequest, &Module) -> JsResult<Module>,
    ) -> JsResult<()> {
        if self.is_synthetic() {
            return Ok(());
        }
        match self.status() {
            Status::Unlinked if !self.is_linking() => {}
            Status::Linked => {
                return Err(node_error(
                    &self.main,
                    false,
                    "ERR_VM_MODULE_ALREADY_LINKED",
                    "Module has already been linked",
                ))
            }
            _ => return Err(status_error(&self.main, "must be unlinked")),
        }
        self.link_graph(linker)?;
        self.instantiate()
    }

    fn link_graph(
        &self,
        linker: &mut dyn FnMut(&str, &ModuleRequest, &Module) -> JsResult<Module>,
    ) -> JsResult<()> {
        self.set_linking(true);
        let result = (|| {
            let mut modules = Vec::new();
            for req in self.module_requests().to_vec() {
                let m = linker(&req.specifier, &req, self)?;
                if !m.realm().same(self.realm()) {
                    return Err(node_error(
                        &self.main,
                        false,
                        "ERR_VM_MODULE_DIFFERENT_CONTEXT",
                        "Linked modules must use the same context",
                    ));
                }
                if m.status() == Status::Errored {
                    return Err(node_error(
                        &self.main,
                        false,
                        "ERR_VM_MODULE_LINK_FAILURE",
                        &format!(
                            "request for '{}' resolved to an errored module",
                            req.specifier
                        ),
                    ));
                }
                if m.status() == Status::Unlinked && !m.is_linking() && !m.requests_linked() {
                    m.link_graph(linker)?;
                }
                modules.push(m);
            }
            self.link_requests(&modules)
        })();
        self.set_linking(false);
        result
    }

    /// `evaluate({ timeout, breakOnSigint })`: evaluates the linked module
    /// graph, under the run options, then (for an `afterEvaluate` context)
    /// the context's microtasks. Returns the promise of the evaluation:
    /// settled unless top-level `await` waits; rejected with the same
    /// error on every evaluation of an errored module. A stopped run is
    /// Node's timeout or SIGINT error, and leaves the module `errored`.
    pub fn evaluate(&self, run: &RunOptions) -> JsResult<Value> {
        let d = self.data();
        match self.status() {
            Status::Linked | Status::Evaluated | Status::Errored => {}
            _ => {
                return Err(status_error(
                    &self.main,
                    "must be one of linked, evaluated, or errored",
                ))
            }
        }
        if d.stopped.get() {
            return Err(Exception::new(self.main.null()));
        }
        let realm = d.def.context();
        let result = d.controls.run(realm, run, || {
            run_microtasks_after_evaluate(realm, d.def.evaluate())
        });
        if let (ModuleStatus::Evaluated, Some(e)) = d.def.status() {
            if e.is_uncatchable_error() {
                // What importers of the module see from now on: an
                // ordinary (catchable) value.
                realm.clear_uncatchable(&e);
                d.stopped.set(true);
            }
        }
        result
    }

    /// `setExport(name, value)` of a synthetic module.
    pub fn set_export(&self, name: &str, value: &Value) -> JsResult<()> {
        if self.data().def.set_export(name, value) {
            Ok(())
        } else {
            Err(self
                .main
                .reference_error(&format!("Export '{name}' is not defined in module")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ContextOptions, ScriptOptions};

    fn str_of(iso: &Isolate, v: &Value) -> String {
        iso.main_context().to_rust_string(v).unwrap()
    }

    fn run_jobs(iso: &Isolate) {
        while iso.runtime().run_pending_job().unwrap() {}
    }

    #[test]
    fn a_module_graph_links_to_the_modules_the_linker_returns() {
        let iso = Isolate::new();
        let ctx = iso
            .create_context(None, &ContextOptions::default())
            .unwrap();
        let opts = ModuleOptions {
            context: Some(ctx.clone()),
            ..Default::default()
        };
        let root = iso
            .source_text_module(
                "import a from 'a'; import { b } from 'b' with { type: 'x' };\n\
                 export const sum = a + b; globalThis.seen = sum;",
                &opts,
            )
            .unwrap();
        assert_eq!(root.identifier(), "vm:module(0)");
        assert_eq!(root.status(), Status::Unlinked);
        let reqs = root.module_requests();
        assert_eq!(reqs.len(), 2);
        assert_eq!(reqs[0].specifier, "a");
        assert_eq!(reqs[1].attributes, vec![("type".into(), "x".into())]);
        let mut calls = Vec::new();
        root.link(&mut |spec, _req, referencing| {
            calls.push((spec.to_string(), referencing.identifier().to_string()));
            let src = if spec == "a" {
                "export default 40; import { b } from 'b';"
            } else {
                "export const b = 2;"
            };
            iso.source_text_module(src, &opts)
        })
        .unwrap();
        // 'a' is linked recursively with the same linker.
        assert_eq!(calls.len(), 3);
        assert_eq!(root.status(), Status::Linked);
        let p = root.evaluate(&RunOptions::default()).unwrap();
        assert!(p.is_promise());
        assert_eq!(root.status(), Status::Evaluated);
        let ns = root.namespace().unwrap();
        let m = iso.main_context();
        assert_eq!(m.get(&ns, "sum").unwrap().as_i32(), Some(42));
        assert_eq!(
            m.get(ctx.object(), "seen").unwrap().as_i32(),
            Some(42),
            "module code runs in its context"
        );
    }

    #[test]
    fn errors_keep_their_identity_and_status_is_errored() {
        let iso = Isolate::new();
        let m = iso
            .source_text_module("throw new Error('boom')", &ModuleOptions::default())
            .unwrap();
        m.link(&mut |_, _, _| unreachable!()).unwrap();
        let p = m.evaluate(&RunOptions::default()).unwrap();
        assert_eq!(m.status(), Status::Errored);
        let err = m.error().unwrap();
        let c = iso.main_context();
        let (_, reason) = c.promise_state(&p).unwrap();
        assert!(reason.same_object(&err));
        let p2 = m.evaluate(&RunOptions::default()).unwrap();
        let (_, reason2) = c.promise_state(&p2).unwrap();
        assert!(reason2.same_object(&err));
    }

    #[test]
    fn status_errors_are_node_errors() {
        let iso = Isolate::new();
        let m = iso
            .source_text_module("export let x = 1", &ModuleOptions::default())
            .unwrap();
        let c = iso.main_context();
        let e = m.namespace().unwrap_err();
        assert_eq!(module_error_code(&iso, &e), "ERR_VM_MODULE_STATUS");
        let e = m.evaluate(&RunOptions::default()).unwrap_err();
        assert_eq!(
            str_of(&iso, &c.get(e.value(), "message").unwrap()),
            "Module status must be one of linked, evaluated, or errored"
        );
        m.link(&mut |_, _, _| unreachable!()).unwrap();
        let e = m.link(&mut |_, _, _| unreachable!()).unwrap_err();
        assert_eq!(module_error_code(&iso, &e), "ERR_VM_MODULE_ALREADY_LINKED");
    }

    #[test]
    fn top_level_await_and_synthetic_modules() {
        let iso = Isolate::new();
        let c = iso.main_context().clone();
        let f = c
            .eval(
                "(function () { globalThis.evaluated = true; })",
                &Default::default(),
            )
            .unwrap();
        let syn = iso
            .synthetic_module(&["x".into()], &f, &ModuleOptions::default())
            .unwrap();
        assert_eq!(syn.status(), Status::Linked);
        syn.set_export("x", &c.int(7)).unwrap();
        assert!(syn.set_export("y", &c.int(7)).is_err());
        let m = iso
            .source_text_module(
                "import { x } from 's'; await null; export const y = x * 6;",
                &ModuleOptions::default(),
            )
            .unwrap();
        assert!(m.has_top_level_await());
        m.link(&mut |_, _, _| Ok(syn.clone())).unwrap();
        assert!(m.has_async_graph().unwrap());
        let p = m.evaluate(&RunOptions::default()).unwrap();
        assert_eq!(m.status(), Status::Evaluated);
        run_jobs(&iso);
        assert_eq!(
            c.promise_state(&p).unwrap().0,
            jsvm_engine::PromiseState::Fulfilled
        );
        let ns = m.namespace().unwrap();
        assert_eq!(c.get(&ns, "y").unwrap().as_i32(), Some(42));
        assert_eq!(
            c.get(&c.global(), "evaluated").unwrap().as_bool(),
            Some(true)
        );
    }

    #[test]
    fn modules_of_other_contexts_are_refused() {
        let iso = Isolate::new();
        let ctx = iso
            .create_context(None, &ContextOptions::default())
            .unwrap();
        let m = iso
            .source_text_module("import 'x'", &ModuleOptions::default())
            .unwrap();
        let other = iso
            .source_text_module(
                "",
                &ModuleOptions {
                    context: Some(ctx),
                    ..Default::default()
                },
            )
            .unwrap();
        let e = m.link(&mut |_, _, _| Ok(other.clone())).unwrap_err();
        assert_eq!(
            module_error_code(&iso, &e),
            "ERR_VM_MODULE_DIFFERENT_CONTEXT"
        );
    }

    #[test]
    fn import_meta_and_dynamic_import_reach_the_host() {
        let iso = Isolate::new();
        let c = iso.main_context().clone();
        let init = c
            .eval(
                "(function (meta, m) { meta.tag = 'meta of ' + typeof m; })",
                &Default::default(),
            )
            .unwrap();
        let importer = c
            .eval(
                "(function (s, ref, attrs, phase) { globalThis.got = [s, typeof ref, JSON.stringify(attrs), phase].join(); return { ns: s }; })",
                &Default::default(),
            )
            .unwrap();
        let m = iso
            .source_text_module(
                "export const tag = import.meta.tag; export const p = import('dep', { with: { type: 'json' } });",
                &ModuleOptions {
                    initialize_import_meta: Some(init),
                    import_module_dynamically: Some(importer.clone()),
                    ..Default::default()
                },
            )
            .unwrap();
        m.link(&mut |_, _, _| unreachable!()).unwrap();
        m.evaluate(&RunOptions::default()).unwrap();
        let ns = m.namespace().unwrap();
        assert_eq!(str_of(&iso, &c.get(&ns, "tag").unwrap()), "meta of object");
        assert_eq!(
            str_of(&iso, &c.get(&c.global(), "got").unwrap()),
            "dep,object,{\"type\":\"json\"},evaluation"
        );
        // A script with a referrer; eval code inherits it.
        let script = iso
            .compile_script("eval('import(\"x\")')", &ScriptOptions::default())
            .unwrap();
        let referrer = c.new_object().unwrap();
        let hd = iso.import_referrer(Some(&importer), &referrer).unwrap();
        script.set_host_defined(&hd).unwrap();
        script.run_in_this_context(&iso).unwrap();
        assert_eq!(
            str_of(&iso, &c.get(&c.global(), "got").unwrap()),
            "x,object,{},evaluation"
        );
        // Without an importer: ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING.
        let p = iso
            .run_in_this_context("import('y')", &ScriptOptions::default())
            .unwrap();
        run_jobs(&iso);
        let (_, reason) = c.promise_state(&p).unwrap();
        assert_eq!(
            str_of(&iso, &c.get(&reason, "code").unwrap()),
            "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING"
        );
    }

    const CACHED_MODULE: &str = "import { x } from 'dep' with { type: 'thing' };\n\
        import 'side';\n\
        export const meta = import.meta.tag;\n\
        export function where() { return new Error('here').stack.split('\\n')[1]; }\n\
        await null;\n\
        export let total = x + 1;";

    fn cached_module_options() -> ModuleOptions {
        ModuleOptions {
            identifier: Some("producer".into()),
            line_offset: 3,
            column_offset: 5,
            ..Default::default()
        }
    }

    fn module_error_code(iso: &Isolate, e: &Exception) -> String {
        let c = iso.main_context();
        str_of(iso, &c.get(e.value(), "code").unwrap())
    }

    #[test]
    fn module_cached_data_round_trips_requests_top_level_await_and_positions() {
        let iso = Isolate::new();
        let producer = iso
            .source_text_module(CACHED_MODULE, &cached_module_options())
            .unwrap();
        assert_eq!(producer.cached_data_status(), CachedDataStatus::NotGiven);
        let data = producer.create_cached_data().unwrap();
        assert!(data.starts_with(&cache::MAGIC));
        // Read into another context, under another identifier.
        let ctx = iso
            .create_context(None, &ContextOptions::default())
            .unwrap();
        let c = iso.main_context().clone();
        let init = c
            .eval(
                "(function (meta, m) { meta.tag = 'meta'; })",
                &Default::default(),
            )
            .unwrap();
        let opts = ModuleOptions {
            identifier: Some("consumer".into()),
            context: Some(ctx.clone()),
            initialize_import_meta: Some(init),
            cached_data: Some(data.clone()),
            ..cached_module_options()
        };
        let m = iso.source_text_module(CACHED_MODULE, &opts).unwrap();
        assert_eq!(m.cached_data_status(), CachedDataStatus::Accepted);
        assert_eq!(m.identifier(), "consumer");
        assert_eq!(m.module_requests(), producer.module_requests());
        assert_eq!(
            m.module_requests()[0].attributes,
            vec![("type".to_string(), "thing".to_string())]
        );
        assert!(m.has_top_level_await());
        assert_eq!(m.status(), Status::Unlinked);
        let dep_opts = ModuleOptions {
            context: Some(ctx.clone()),
            ..Default::default()
        };
        let dep = iso
            .source_text_module("export const x = 41;", &dep_opts)
            .unwrap();
        let side = iso.source_text_module("", &dep_opts).unwrap();
        m.link(&mut |spec, _, _| {
            Ok(if spec == "dep" {
                dep.clone()
            } else {
                side.clone()
            })
        })
        .unwrap();
        assert!(m.has_async_graph().unwrap());
        let p = m.evaluate(&RunOptions::default()).unwrap();
        run_jobs(&iso);
        assert_eq!(
            c.promise_state(&p).unwrap().0,
            jsvm_engine::PromiseState::Fulfilled
        );
        let ns = m.namespace().unwrap();
        assert_eq!(c.get(&ns, "total").unwrap().as_i32(), Some(42));
        assert_eq!(str_of(&iso, &c.get(&ns, "meta").unwrap()), "meta");
        // Stack positions: the consumer's name, the producer's offsets.
        let f = c.get(&ns, "where").unwrap();
        let frame = c.call(&f, &c.undefined(), &[]).unwrap();
        assert_eq!(str_of(&iso, &frame), "    at where (consumer:7:34)");
    }

    #[test]
    fn module_cached_data_holds_the_code_it_runs() {
        let iso = Isolate::new();
        let c = iso.main_context();
        // Data whose header is for one source and whose payload is the
        // code of another module: the other module's code and requests.
        let other = iso
            .source_text_module(
                "import 'only-in-the-data'; export const from = 'the data';",
                &ModuleOptions::default(),
            )
            .unwrap();
        let source = "export const from = 'the source';";
        let key = CacheKey::new(CodeKind::Module, "", 0, 0, source);
        let forged = cache::encode(&key, None, &other.data().def.write().unwrap());
        let m = iso
            .source_text_module(
                source,
                &ModuleOptions {
                    cached_data: Some(forged),
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(m.cached_data_status(), CachedDataStatus::Accepted);
        assert_eq!(m.module_requests()[0].specifier, "only-in-the-data");
        let empty = iso
            .source_text_module("", &ModuleOptions::default())
            .unwrap();
        m.link(&mut |_, _, _| Ok(empty.clone())).unwrap();
        m.evaluate(&RunOptions::default()).unwrap();
        let ns = m.namespace().unwrap();
        assert_eq!(str_of(&iso, &c.get(&ns, "from").unwrap()), "the data");
    }

    #[test]
    fn module_cached_data_is_the_same_once_linked_and_refused_once_evaluated() {
        let iso = Isolate::new();
        let m = iso
            .source_text_module("import 'a'; export let v = 1;", &ModuleOptions::default())
            .unwrap();
        let unlinked = m.create_cached_data().unwrap();
        let a = iso
            .source_text_module("", &ModuleOptions::default())
            .unwrap();
        m.link(&mut |_, _, _| Ok(a.clone())).unwrap();
        assert_eq!(m.create_cached_data().unwrap(), unlinked);
        m.evaluate(&RunOptions::default()).unwrap();
        let e = m.create_cached_data().unwrap_err();
        assert_eq!(
            module_error_code(&iso, &e),
            "ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA"
        );
        let c = iso.main_context();
        let f = c.eval("(function () {})", &Default::default()).unwrap();
        let syn = iso
            .synthetic_module(&[], &f, &ModuleOptions::default())
            .unwrap();
        assert!(syn.create_cached_data().is_err());
    }

    #[test]
    fn module_cached_data_that_does_not_fit_is_rejected() {
        let iso = Isolate::new();
        let opts = cached_module_options();
        let data = iso
            .source_text_module(CACHED_MODULE, &opts)
            .unwrap()
            .create_cached_data()
            .unwrap();
        let key = CacheKey::new(CodeKind::Module, "", 3, 5, CACHED_MODULE);
        let mut flipped = data.clone();
        *flipped.last_mut().unwrap() ^= 1;
        let mut other_engine = data.clone();
        other_engine[16] ^= 1;
        // A script's bytecode behind a module's header: the engine refuses
        // to read it as a module.
        let script_payload = iso
            .compile_script("1 + 1", &Default::default())
            .unwrap()
            .serialized()
            .unwrap()
            .to_vec();
        let cases: Vec<(Vec<u8>, Rejection)> = vec![
            (data[..10].to_vec(), Rejection::TooShort),
            (data[..data.len() - 1].to_vec(), Rejection::Length),
            ([&data[..], &[0]].concat(), Rejection::Length),
            (flipped, Rejection::Checksum),
            (other_engine, Rejection::Engine),
            (
                iso.compile_script("1 + 1", &Default::default())
                    .unwrap()
                    .create_cached_data()
                    .unwrap(),
                Rejection::Kind,
            ),
            (cache::encode(&key, None, &[]), Rejection::Unreadable),
            (
                cache::encode(&key, None, &script_payload),
                Rejection::Unreadable,
            ),
        ];
        let realm = iso.main_context();
        for (bytes, why) in &cases {
            let (status, def) = load_cached_module(realm, Some(bytes), &key, "x");
            assert_eq!(status, CachedDataStatus::Rejected(*why));
            assert!(def.is_none());
            let e = iso
                .source_text_module(
                    CACHED_MODULE,
                    &ModuleOptions {
                        cached_data: Some(bytes.clone()),
                        ..cached_module_options()
                    },
                )
                .err()
                .expect("rejected");
            assert_eq!(
                module_error_code(&iso, &e),
                "ERR_VM_MODULE_CACHED_DATA_REJECTED"
            );
        }
        // Another source, line or column offset.
        for (source, line, column) in [
            ("export const other = 1;", 3, 5),
            (CACHED_MODULE, 4, 5),
            (CACHED_MODULE, 3, 0),
        ] {
            let e = iso
                .source_text_module(
                    source,
                    &ModuleOptions {
                        line_offset: line,
                        column_offset: column,
                        cached_data: Some(data.clone()),
                        ..Default::default()
                    },
                )
                .err()
                .expect("rejected");
            assert_eq!(
                module_error_code(&iso, &e),
                "ERR_VM_MODULE_CACHED_DATA_REJECTED"
            );
        }
        // A syntax error comes before the rejection.
        let e = iso
            .source_text_module(
                "export const = 1;",
                &ModuleOptions {
                    cached_data: Some(vec![0; 4]),
                    ..Default::default()
                },
            )
            .err()
            .expect("a syntax error");
        let c = iso.main_context();
        assert_eq!(
            str_of(&iso, &c.get(e.value(), "name").unwrap()),
            "SyntaxError"
        );
    }

    #[test]
    fn stalled_top_level_awaits_are_found_with_their_positions() {
        let iso = Isolate::new();
        let c = iso.main_context().clone();
        let named = |id: &str| ModuleOptions {
            identifier: Some(id.into()),
            ..Default::default()
        };
        let dep = iso
            .source_text_module(
                "if (true) {\n  await new Promise((r) => { globalThis.go = r; });\n}",
                &named("dep"),
            )
            .unwrap();
        let root = iso
            .source_text_module(
                "import 'dep';\nawait new Promise(() => {});",
                &named("root"),
            )
            .unwrap();
        assert!(root.stalled_awaits().is_empty());
        root.link(&mut |_, _, _| Ok(dep.clone())).unwrap();
        root.evaluate(&RunOptions::default()).unwrap();
        run_jobs(&iso);
        // Nothing holds the promise dep waits for; the module keeps its
        // suspended code.
        iso.runtime().run_gc();
        let stalled = root.stalled_awaits();
        assert_eq!(stalled.len(), 1, "only the module waiting at its own await");
        assert!(stalled[0].0.same(&dep));
        assert_eq!((stalled[0].1, stalled[0].2), (2, 3));
        // dep goes on; then root waits at its own await.
        let go = c.get(&c.global(), "go").unwrap();
        c.call(&go, &c.undefined(), &[]).unwrap();
        run_jobs(&iso);
        let stalled = root.stalled_awaits();
        assert_eq!(stalled.len(), 1);
        assert!(stalled[0].0.same(&root));
        assert_eq!((stalled[0].1, stalled[0].2), (2, 1));
        assert!(dep.stalled_awaits().is_empty());
    }

    #[test]
    fn a_timeout_stops_the_evaluation_and_errors_the_module() {
        let iso = Isolate::new();
        let m = iso
            .source_text_module("while (true) {}", &ModuleOptions::default())
            .unwrap();
        m.link(&mut |_, _, _| unreachable!()).unwrap();
        let e = m
            .evaluate(&RunOptions {
                timeout: Some(std::time::Duration::from_millis(10)),
                break_on_sigint: false,
            })
            .unwrap_err();
        assert_eq!(module_error_code(&iso, &e), "ERR_SCRIPT_EXECUTION_TIMEOUT");
        assert_eq!(m.status(), Status::Errored);
        assert!(m.error().unwrap().is_null());
    }
}

#[cfg(test)]
mod leak_tests {
    use super::*;
    use crate::ContextOptions;

    /// Found by the `module` fuzz target (LeakSanitizer): an isolate
    /// dropped after a module evaluation that threw an object, or that left
    /// promise jobs pending, was never freed: the runtime's throw-site
    /// record and its job queue held objects whose Rust data holds the
    /// runtime. The isolate now clears both when it goes away.
    #[test]
    fn module_evaluations_do_not_leak_the_isolate() {
        let cases = [
            // (source, run the jobs before dropping)
            ("export const a = 1", false),
            ("await 1", true),
            ("await 1", false),
            ("Promise.resolve().then(() => {})", false),
            ("Promise.resolve().then(() => {})", true),
            ("await Promise.reject(new Error('x'))", true),
            ("throw 1", false),
            ("throw {}", false),
            ("throw new Error('sync')", false),
        ];
        let mut leaks = Vec::new();
        for (src, run_jobs) in cases {
            let iso = Isolate::new();
            let runtime = iso.runtime().clone();
            {
                let ctx = iso
                    .create_context(None, &ContextOptions::default())
                    .unwrap();
                let opts = ModuleOptions {
                    context: Some(ctx.clone()),
                    ..Default::default()
                };
                let m = iso.source_text_module(src, &opts).unwrap();
                m.link(&mut |_, _, _| unreachable!()).unwrap();
                let _ = m.evaluate(&RunOptions::default());
                if run_jobs {
                    while let Ok(true) = iso.runtime().run_pending_job() {}
                }
            }
            drop(iso);
            runtime.run_gc();
            if runtime.reference_count() != 1 {
                leaks.push((src, run_jobs, runtime.reference_count()));
            }
        }
        assert!(leaks.is_empty(), "isolates leaked: {leaks:?}");
    }
}
