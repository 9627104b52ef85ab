//! Module records that the host links itself (engine patch 0012).
//!
//! A [`ModuleDef`] is a source-text module compiled without resolving its
//! requests, or a synthetic module whose exports the host sets. The host
//! reads each request (specifier and import attributes), sets it to the
//! module it chose, links and evaluates. `import()` and `import.meta` call
//! the runtime's [`ModuleHooks`] with the host-defined value of the running
//! code (see [`Context::set_host_defined`]).

use std::ffi::{c_int, c_void, CString};
use std::rc::Rc;

use jsvm_sys as sys;

use crate::class::guard_value;
use crate::{Context, EvalOptions, JsResult, Runtime, Tracer, Value};

/// A module's status, as the engine keeps it (the ECMAScript statuses of a
/// cyclic module record).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleStatus {
    /// Not linked yet (or its linking failed).
    Unlinked,
    /// Being linked.
    Linking,
    /// Linked, not evaluated.
    Linked,
    /// Being evaluated (its code, or a dependency's, is running).
    Evaluating,
    /// Its evaluation waits for top-level `await` (its own or a
    /// dependency's).
    EvaluatingAsync,
    /// Evaluated; with an error when the evaluation threw.
    Evaluated,
}

/// What the host does for `import()` and `import.meta` (set with
/// [`Runtime::set_module_hooks`]). `referrer` is the host-defined value of
/// the running code (undefined when it has none). Like host functions,
/// implementations must not capture [`Value`]s: keep state in the
/// referrer objects.
pub trait ModuleHooks {
    /// `import(specifier, { with: attributes })`, called synchronously;
    /// `attributes` is undefined without a `with` object. What it returns
    /// (a namespace, or a promise of one) settles the import's promise; an
    /// error rejects it.
    fn import(
        &self,
        ctx: &Context,
        referrer: &Value,
        specifier: &Value,
        attributes: &Value,
    ) -> JsResult<Value>;
    /// The `import.meta` object of the running module.
    fn import_meta(&self, ctx: &Context, referrer: &Value) -> JsResult<Value>;
}

/// A module record of a context: it lives as long as its context, which
/// this handle keeps alive.
#[derive(Clone)]
pub struct ModuleDef {
    ctx: Context,
    raw: *mut sys::JSModuleDef,
}

unsafe extern "C" fn import_trampoline(
    ctx: *mut sys::JSContext,
    referrer: sys::JSValue,
    specifier: sys::JSValue,
    attributes: sys::JSValue,
    _opaque: *mut c_void,
) -> sys::JSValue {
    let cx = Context::from_callback(ctx);
    let hooks = cx.rt.module_hooks.borrow().clone();
    guard_value(&cx, || {
        let Some(h) = hooks else {
            return Err(cx.type_error("import() is not supported"));
        };
        let r = Value::from_borrowed(&cx.rt, referrer);
        let s = Value::from_borrowed(&cx.rt, specifier);
        let a = Value::from_borrowed(&cx.rt, attributes);
        h.import(&cx, &r, &s, &a)
    })
}

unsafe extern "C" fn import_meta_trampoline(
    ctx: *mut sys::JSContext,
    referrer: sys::JSValue,
    _opaque: *mut c_void,
) -> sys::JSValue {
    let cx = Context::from_callback(ctx);
    let hooks = cx.rt.module_hooks.borrow().clone();
    guard_value(&cx, || {
        let Some(h) = hooks else {
            return Err(cx.type_error("import.meta is not supported"));
        };
        let r = Value::from_borrowed(&cx.rt, referrer);
        h.import_meta(&cx, &r)
    })
}

/// A synthetic module's evaluation: calls its private value (a function).
unsafe extern "C" fn synthetic_init(ctx: *mut sys::JSContext, m: *mut sys::JSModuleDef) -> c_int {
    let f = sys::JS_GetModulePrivateValue(ctx, m);
    let r = sys::JS_Call(ctx, f, sys::JS_UNDEFINED, 0, std::ptr::null_mut());
    sys::JS_FreeValue(ctx, f);
    if r.tag() == sys::JS_TAG_EXCEPTION {
        return -1;
    }
    sys::JS_FreeValue(ctx, r);
    0
}

impl Runtime {
    /// Sets what `import()` and `import.meta` do (`None`: the engine's own
    /// behaviour, which finds no module).
    pub fn set_module_hooks(&self, hooks: Option<Rc<dyn ModuleHooks>>) {
        let on = hooks.is_some();
        *self.inner.module_hooks.borrow_mut() = hooks;
        unsafe {
            if on {
                sys::JS_SetModuleHostHooks(
                    self.inner.rt,
                    Some(import_trampoline),
                    Some(import_meta_trampoline),
                    std::ptr::null_mut(),
                )
            } else {
                sys::JS_SetModuleHostHooks(self.inner.rt, None, None, std::ptr::null_mut())
            }
        }
    }
}

impl Context {
    /// Sets the host-defined value of compiled code (a compiled script or
    /// a function of bytecode) and of every function inside it: what
    /// [`ModuleHooks`] get as the referrer when that code runs `import()`.
    /// Code that `eval` or `Function` compiles inherits its caller's.
    pub fn set_host_defined(&self, code: &Value, value: &Value) -> JsResult<()> {
        let (code, value) = (self.own(code)?, self.own(value)?);
        self.check_int(unsafe { sys::JS_SetHostDefined(self.raw(), code, value) })?;
        Ok(())
    }
}

impl Context {
    /// Makes an uncatchable error (a stopped run's) an ordinary value.
    pub fn clear_uncatchable(&self, v: &Value) {
        if self.owns(v) {
            unsafe { sys::JS_ClearUncatchableError(self.raw(), v.raw()) }
        }
    }
}

impl ModuleDef {
    /// Compiles a source-text module in `ctx` without resolving its
    /// requests. `filename` names it in stack traces.
    pub fn compile(ctx: &Context, source: &str, opts: &EvalOptions<'_>) -> JsResult<ModuleDef> {
        let mut buf = Vec::with_capacity(source.len() + 1);
        buf.extend_from_slice(source.as_bytes());
        buf.push(0);
        let filename = CString::new(opts.filename.replace('\0', "")).unwrap_or_default();
        unsafe { sys::JS_SetNextEvalColumnOffset(ctx.raw(), opts.column_offset) };
        let raw = unsafe {
            sys::JS_CompileModuleRecord(
                ctx.raw(),
                buf.as_ptr().cast(),
                source.len(),
                filename.as_ptr(),
                opts.line,
            )
        };
        unsafe { sys::JS_SetNextEvalColumnOffset(ctx.raw(), 0) };
        if raw.is_null() {
            return Err(ctx.take_exception());
        }
        Ok(ModuleDef {
            ctx: ctx.clone(),
            raw,
        })
    }

    /// A synthetic module of `ctx` exporting `exports`; evaluating it calls
    /// `evaluate` (a function, with no arguments). It is linked at once, so
    /// its exports can be set right away.
    pub fn synthetic(
        ctx: &Context,
        name: &str,
        exports: &[String],
        evaluate: &Value,
    ) -> JsResult<ModuleDef> {
        ctx.own(evaluate)?;
        let cname = CString::new(name.replace('\0', "")).unwrap_or_default();
        let raw = unsafe { sys::JS_NewCModule(ctx.raw(), cname.as_ptr(), Some(synthetic_init)) };
        if raw.is_null() {
            return Err(ctx.take_exception());
        }
        let m = ModuleDef {
            ctx: ctx.clone(),
            raw,
        };
        for e in exports {
            let e = CString::new(e.replace('\0', "")).unwrap_or_default();
            ctx.check_int(unsafe { sys::JS_AddModuleExport(ctx.raw(), raw, e.as_ptr()) })?;
        }
        ctx.check_int(unsafe {
            sys::JS_SetModulePrivateValue(ctx.raw(), raw, evaluate.clone().into_raw())
        })?;
        m.link()?;
        Ok(m)
    }

    /// Reads a source-text module back from [`ModuleDef::write`]'s bytes
    /// into `ctx` (engine patch 0023): the record [`ModuleDef::compile`]
    /// made, unlinked, named `filename` (in stack traces too).
    ///
    /// # Safety
    /// As for [`Context::read_compiled`]: the engine's reader does not
    /// validate bytecode, so the bytes must be exactly what
    /// [`ModuleDef::write`] wrote with this engine build.
    pub unsafe fn read(ctx: &Context, bytes: &[u8], filename: &str) -> JsResult<ModuleDef> {
        let filename = CString::new(filename.replace('\0', "")).unwrap_or_default();
        let raw = unsafe {
            sys::JS_ReadModuleRecord(ctx.raw(), bytes.as_ptr(), bytes.len(), filename.as_ptr())
        };
        if raw.is_null() {
            return Err(ctx.take_exception());
        }
        Ok(ModuleDef {
            ctx: ctx.clone(),
            raw,
        })
    }

    /// The compiled code of a source-text module (requests, exports,
    /// imports, top-level `await`, bytecode with its positions), for
    /// [`ModuleDef::read`]; linked or not, never evaluated.
    pub fn write(&self) -> JsResult<Vec<u8>> {
        self.ctx.write_code(self.as_borrowed_value())
    }

    /// The module as a value the engine borrows (no reference taken).
    fn as_borrowed_value(&self) -> sys::JSValue {
        sys::JSValue {
            u: sys::JSValueUnion {
                ptr: self.raw.cast(),
            },
            tag: sys::JS_TAG_MODULE as i64,
        }
    }

    /// The context the module belongs to.
    pub fn context(&self) -> &Context {
        &self.ctx
    }

    /// Whether both handles are the same module.
    pub fn same(&self, other: &ModuleDef) -> bool {
        self.raw == other.raw
    }

    /// The module's requests, in source order, each once per specifier and
    /// attributes: `(specifier, attributes object or undefined)`.
    pub fn requests(&self) -> JsResult<Vec<(Value, Value)>> {
        let n = unsafe { sys::JS_GetModuleRequestCount(self.raw) };
        let mut out = Vec::with_capacity(n.max(0) as usize);
        for i in 0..n {
            let mut attrs = sys::JS_UNDEFINED;
            let s = unsafe { sys::JS_GetModuleRequest(self.ctx.raw(), self.raw, i, &mut attrs) };
            let attrs = Value::from_owned(&self.ctx.rt, attrs);
            out.push((self.ctx.check(s)?, attrs));
        }
        Ok(out)
    }

    /// Sets request `i` to `target` (before linking).
    pub fn set_request(&self, i: usize, target: &ModuleDef) -> JsResult<()> {
        self.ctx.check_same_runtime(&target.ctx)?;
        let i = c_int::try_from(i).map_err(|_| self.ctx.range_error("no such module request"))?;
        self.ctx.check_int(unsafe {
            sys::JS_SetModuleRequest(self.ctx.raw(), self.raw, i, target.raw)
        })?;
        Ok(())
    }

    /// The status, and the evaluation error when the evaluation threw.
    pub fn status(&self) -> (ModuleStatus, Option<Value>) {
        let mut err = sys::JS_UNINITIALIZED;
        let s = unsafe { sys::JS_GetModuleStatus(self.ctx.raw(), self.raw, &mut err) };
        let err =
            (err.tag() != sys::JS_TAG_UNINITIALIZED).then(|| Value::from_owned(&self.ctx.rt, err));
        let status = match s {
            sys::JS_MODULE_STATUS_UNLINKED => ModuleStatus::Unlinked,
            sys::JS_MODULE_STATUS_LINKING => ModuleStatus::Linking,
            sys::JS_MODULE_STATUS_LINKED => ModuleStatus::Linked,
            sys::JS_MODULE_STATUS_EVALUATING => ModuleStatus::Evaluating,
            sys::JS_MODULE_STATUS_EVALUATING_ASYNC => ModuleStatus::EvaluatingAsync,
            _ => ModuleStatus::Evaluated,
        };
        (status, err)
    }

    /// Whether the module's own code uses top-level `await`.
    pub fn has_top_level_await(&self) -> bool {
        unsafe { sys::JS_ModuleHasTopLevelAwait(self.raw) }
    }

    /// Where the module's own code is suspended at a top-level `await`
    /// (it waits for no other module): the 1-based line and column of
    /// that `await`; `None` when it is not (engine patch 0023).
    pub fn stalled_await(&self) -> Option<(i32, i32)> {
        let (mut line, mut column) = (0, 0);
        unsafe { sys::JS_GetModuleStalledAwait(self.ctx.raw(), self.raw, &mut line, &mut column) }
            .then_some((line, column))
    }

    /// Links the module and its dependencies, every request of which must
    /// be set; a failure leaves them unlinked.
    pub fn link(&self) -> JsResult<()> {
        self.ctx
            .check_int(unsafe { sys::JS_LinkModuleRecord(self.ctx.raw(), self.raw) })?;
        Ok(())
    }

    /// Evaluates a linked module (and its dependencies): the promise of the
    /// evaluation, settled already unless top-level `await` waits.
    pub fn evaluate(&self) -> JsResult<Value> {
        self.ctx
            .check(unsafe { sys::JS_EvaluateModuleRecord(self.ctx.raw(), self.raw) })
    }

    /// The module namespace object (once linked).
    pub fn namespace(&self) -> JsResult<Value> {
        self.ctx
            .check(unsafe { sys::JS_GetModuleNamespace(self.ctx.raw(), self.raw) })
    }

    /// Sets an export of a linked synthetic module; `false` when it has no
    /// such export (or `value` is of another runtime).
    pub fn set_export(&self, name: &str, value: &Value) -> bool {
        if matches!(
            self.status().0,
            ModuleStatus::Unlinked | ModuleStatus::Linking
        ) {
            return false;
        }
        let Ok(n) = CString::new(name) else {
            return false;
        };
        if !self.ctx.owns(value) {
            return false;
        }
        unsafe {
            sys::JS_SetModuleExport(
                self.ctx.raw(),
                self.raw,
                n.as_ptr(),
                value.clone().into_raw(),
            ) >= 0
        }
    }

    /// Sets the host-defined value of the module's code (see
    /// [`Context::set_host_defined`]).
    pub fn set_host_defined(&self, value: &Value) -> JsResult<()> {
        let m = self.as_borrowed_value();
        let value = self.ctx.own(value)?;
        self.ctx
            .check_int(unsafe { sys::JS_SetHostDefined(self.ctx.raw(), m, value) })?;
        Ok(())
    }

    /// Reports the context the module keeps alive, for a class that holds
    /// it as object data.
    pub fn trace(&self, t: &Tracer<'_>) {
        t.context(&self.ctx);
    }
}
