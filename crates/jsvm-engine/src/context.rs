use std::ffi::CString;
use std::os::raw::c_int;

use jsvm_sys as sys;

use crate::class::PropertyDescriptor;
use crate::runtime::Rt;
use crate::{Atom, Exception, JsResult, PropertyKey, Runtime, ThrowSite, Value};

/// A realm: its own built-ins and global object, in the heap of its runtime.
/// Cloning adds a reference to the same realm.
pub struct Context {
    raw: *mut sys::JSContext,
    pub(crate) rt: Rt,
}

/// How to compile source text.
#[derive(Debug, Clone)]
pub struct EvalOptions<'a> {
    /// The name that stack traces and syntax errors give.
    pub filename: &'a str,
    /// The line number of the first line (1-based).
    pub line: i32,
    /// Added to the columns of the first line (patch 0006).
    pub column_offset: i32,
    /// Compile as strict code.
    pub strict: bool,
    /// Compile as an ES module.
    pub module: bool,
    /// Stop stack traces at this code (frames of callers are hidden).
    pub backtrace_barrier: bool,
    /// The source wraps a function body (patch 0009): the function that
    /// starts there must be closed by its own brace, and `column_offset`
    /// applies to the body's first line.
    pub function_body: Option<FunctionBody>,
}

/// Byte offsets in a source text that wraps a function body
/// ([`EvalOptions::function_body`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FunctionBody {
    /// Where the `function` keyword of the wrapping function is.
    pub function_start: usize,
    /// Where the body's first line starts.
    pub body_line: usize,
    /// Where the `}` that must close the function is.
    pub close_brace: usize,
}

impl Default for EvalOptions<'_> {
    fn default() -> Self {
        EvalOptions {
            filename: "<eval>",
            line: 1,
            column_offset: 0,
            strict: false,
            module: false,
            backtrace_barrier: false,
            function_body: None,
        }
    }
}

/// What an exotic global object's `get` serves (patch 0047).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalRead {
    /// A property read (`globalThis.x`, `this.x`) or any other.
    Property,
    /// A global name read by code (`x`): a name found nowhere is a
    /// `ReferenceError`.
    Name,
    /// `typeof x`.
    Typeof,
}

/// The state of a promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromiseState {
    /// Not settled yet.
    Pending,
    /// Resolved with a value.
    Fulfilled,
    /// Rejected with a reason.
    Rejected,
}

impl Context {
    /// Creates a realm with every standard built-in.
    pub fn new(runtime: &Runtime) -> Context {
        Context::try_new(runtime).expect("out of memory creating a JavaScript context")
    }

    /// Creates a realm with every standard built-in; `None` when the
    /// runtime's memory limit (or the system) leaves no room for it.
    pub fn try_new(runtime: &Runtime) -> Option<Context> {
        Context::made(runtime, unsafe { sys::JS_NewContext(runtime.inner.rt) })
    }

    /// Creates a realm whose rarely used built-ins (`Date`, `RegExp`,
    /// `Map`/`Set`/`WeakMap`/`WeakSet`, the typed arrays with
    /// `ArrayBuffer`, `DataView` and `Atomics`, `WeakRef` and
    /// `FinalizationRegistry`) are made on first use (patch 0015): faster to
    /// make and smaller while unused, the same to the code that runs in it.
    pub fn new_lazy(runtime: &Runtime) -> Context {
        Context::try_new_lazy(runtime).expect("out of memory creating a JavaScript context")
    }

    /// [`Context::new_lazy`], or `None` when the runtime's memory limit (or
    /// the system) leaves no room for it.
    pub fn try_new_lazy(runtime: &Runtime) -> Option<Context> {
        Context::made(runtime, unsafe { sys::JS_NewContextLazy(runtime.inner.rt) })
    }

    /// Takes the reference of a context the engine just made (`None` when
    /// it could not).
    fn made(runtime: &Runtime, raw: *mut sys::JSContext) -> Option<Context> {
        (!raw.is_null()).then(|| Context {
            raw,
            rt: runtime.inner.clone(),
        })
    }

    /// Takes a reference to a context the engine hands over (the job's
    /// reference `JS_ExecutePendingJob` gives its caller, patch 0030).
    ///
    /// # Safety
    /// `raw` must be a live context of `rt` whose reference the caller owns.
    pub(crate) unsafe fn from_raw_owned(rt: &Rt, raw: *mut sys::JSContext) -> Context {
        Context {
            raw,
            rt: rt.clone(),
        }
    }

    /// Adds a reference to a context the engine lends.
    ///
    /// # Safety
    /// `raw` must be a live context of `rt`.
    pub(crate) unsafe fn from_raw_dup(rt: &Rt, raw: *mut sys::JSContext) -> Context {
        Context {
            raw: sys::JS_DupContext(raw),
            rt: rt.clone(),
        }
    }

    /// Adds a reference to the context that is running a callback.
    ///
    /// # Safety
    /// `raw` must be a live context made by this crate's runtime.
    pub(crate) unsafe fn from_callback(raw: *mut sys::JSContext) -> Context {
        let rt = crate::runtime::rt_from_raw(sys::JS_GetRuntime(raw));
        Context::from_raw_dup(&rt, raw)
    }

    pub(crate) fn raw(&self) -> *mut sys::JSContext {
        self.raw
    }

    /// The runtime of this realm.
    pub fn runtime(&self) -> Runtime {
        Runtime::from_inner(self.rt.clone())
    }

    /// Whether both handles are the same realm.
    pub fn same(&self, other: &Context) -> bool {
        self.raw == other.raw
    }

    /// An identity for the realm, usable as a map key while it lives.
    pub fn id(&self) -> usize {
        self.raw as usize
    }

    // ----- exceptions -------------------------------------------------

    /// Turns an engine result into a `Value`, or the pending exception.
    pub(crate) fn check(&self, raw: sys::JSValue) -> JsResult<Value> {
        if raw.tag() == sys::JS_TAG_EXCEPTION {
            Err(self.take_exception())
        } else {
            Ok(Value::from_owned(&self.rt, raw))
        }
    }

    /// The refusal of a value, atom or context of another runtime: a
    /// `TypeError` of this realm that the host marks
    /// ([`Exception::is_wrong_runtime`]).
    pub fn wrong_runtime(&self) -> Exception {
        self.type_error("a value, key or context of another runtime (isolate) cannot be used here")
            .with_cause(crate::HostCause::WrongRuntime)
    }

    /// `v`'s engine representation, still owned by `v`, when `v` may be
    /// given to this realm's runtime; otherwise the refusal.
    #[inline]
    pub(crate) fn own(&self, v: &Value) -> JsResult<sys::JSValue> {
        if v.belongs_to(&self.rt) {
            Ok(v.raw())
        } else {
            Err(self.wrong_runtime())
        }
    }

    /// Whether `v` may be given to this realm's runtime: it was made there,
    /// or it is a number, a boolean, `null` or `undefined` (which belong to
    /// no heap). Every operation given a value of another runtime refuses
    /// it ([`Context::wrong_runtime`]).
    #[inline]
    pub fn owns(&self, v: &Value) -> bool {
        v.belongs_to(&self.rt)
    }

    /// Whether `other` is a realm of this realm's runtime.
    pub fn same_runtime(&self, other: &Context) -> bool {
        std::rc::Rc::ptr_eq(&self.rt, &other.rt)
    }

    /// `Ok` when `other` is a realm of this realm's runtime; otherwise the
    /// refusal.
    pub fn check_same_runtime(&self, other: &Context) -> JsResult<()> {
        if self.same_runtime(other) {
            Ok(())
        } else {
            Err(self.wrong_runtime())
        }
    }

    pub(crate) fn check_int(&self, r: c_int) -> JsResult<c_int> {
        if r < 0 {
            Err(self.take_exception())
        } else {
            Ok(r)
        }
    }

    /// Forgets the runtime's record of where the last exception was thrown
    /// (patch 0006), which holds that exception: an owner that goes away
    /// must not leave it reachable from the runtime.
    pub fn clear_throw_site(&self) {
        unsafe { sys::JS_ClearThrowSite(self.raw) };
    }

    /// Takes the pending exception of this realm's runtime.
    ///
    /// When the exception is the one a panicking host function threw, the
    /// panic goes on from here instead (`std::panic::resume_unwind`): a
    /// panic in a host function reaches the Rust code that ran the
    /// JavaScript, as if the JavaScript in between were Rust.
    pub fn take_exception(&self) -> Exception {
        self.rt.resume_panic();
        let value = Value::from_owned(&self.rt, unsafe { sys::JS_GetException(self.raw) });
        // Where it was thrown (patch 0006): kept with the exception, and
        // forgotten by the engine now that the host holds it.
        let mut pos = [0 as std::os::raw::c_int; 3];
        let file = Value::from_owned(&self.rt, unsafe {
            sys::JS_GetThrowSite(self.raw, value.raw(), pos.as_mut_ptr())
        });
        unsafe { sys::JS_ClearThrowSite(self.raw) };
        let site = if file.is_string() {
            self.to_rust_string(&file).ok().map(|filename| ThrowSite {
                filename,
                line: pos[0],
                column: pos[1],
                end_column: pos[2],
            })
        } else {
            None
        };
        Exception::new(value).with_site(site)
    }

    /// Makes `e` the pending exception; returns the engine's exception
    /// marker for a callback to return. The engine keeps the exception's
    /// location, so that it propagates as if thrown here.
    pub(crate) fn throw_raw(&self, e: Exception) -> sys::JSValue {
        let e = if self.owns(e.value()) {
            e
        } else {
            self.wrong_runtime()
        };
        let site = e.site().cloned();
        let raw = e.into_value().into_raw();
        let r = unsafe { sys::JS_Throw(self.raw, raw) };
        if let Some(s) = site {
            let file = CString::new(s.filename.replace('\0', "")).unwrap();
            // `raw` is now held by the engine as the pending exception.
            unsafe {
                sys::JS_SetThrowSite(self.raw, raw, file.as_ptr(), s.line, s.column, s.end_column)
            };
        }
        r
    }

    fn throw_with(
        &self,
        f: unsafe extern "C" fn(
            *mut sys::JSContext,
            *const std::os::raw::c_char,
            ...
        ) -> sys::JSValue,
        msg: &str,
    ) -> Exception {
        let msg = CString::new(msg.replace('\0', "\\0")).unwrap();
        unsafe { f(self.raw, c"%s".as_ptr(), msg.as_ptr()) };
        self.take_exception()
    }

    /// A `TypeError` of this realm.
    pub fn type_error(&self, msg: &str) -> Exception {
        self.throw_with(sys::JS_ThrowTypeError, msg)
    }
    /// A `RangeError` of this realm.
    pub fn range_error(&self, msg: &str) -> Exception {
        self.throw_with(sys::JS_ThrowRangeError, msg)
    }
    /// A `SyntaxError` of this realm.
    pub fn syntax_error(&self, msg: &str) -> Exception {
        self.throw_with(sys::JS_ThrowSyntaxError, msg)
    }
    /// A `ReferenceError` of this realm.
    pub fn reference_error(&self, msg: &str) -> Exception {
        self.throw_with(sys::JS_ThrowReferenceError, msg)
    }
    /// The engine's out-of-memory error (`RangeError: Out of memory`, patch
    /// 0021) of this realm.
    pub fn out_of_memory(&self) -> Exception {
        unsafe { sys::JS_ThrowOutOfMemory(self.raw) };
        self.take_exception()
    }
    /// An `InternalError` of this realm.
    pub fn internal_error(&self, msg: &str) -> Exception {
        self.throw_with(sys::JS_ThrowInternalError, msg)
    }
    /// A plain `Error` of this realm with `message`.
    pub fn error(&self, msg: &str) -> JsResult<Value> {
        Ok(self.throw_with(sys::JS_ThrowPlainError, msg).into_value())
    }

    // ----- values -----------------------------------------------------

    /// `undefined`.
    pub fn undefined(&self) -> Value {
        Value::undefined_in(&self.rt)
    }
    /// `null`.
    pub fn null(&self) -> Value {
        Value::from_owned(&self.rt, sys::JS_NULL)
    }
    /// A boolean.
    pub fn boolean(&self, b: bool) -> Value {
        Value::from_owned(&self.rt, if b { sys::JS_TRUE } else { sys::JS_FALSE })
    }
    /// An integer number.
    pub fn int(&self, i: i32) -> Value {
        Value::from_owned(&self.rt, sys::JSValue::mkval(sys::JS_TAG_INT, i))
    }
    /// A number.
    pub fn number(&self, n: f64) -> Value {
        Value::from_owned(&self.rt, unsafe { sys::JS_NewNumber(self.raw, n) })
    }
    /// A bigint of value `n`.
    pub fn bigint_i64(&self, n: i64) -> JsResult<Value> {
        self.check(unsafe { sys::JS_NewBigInt64(self.raw, n) })
    }
    /// A bigint of value `n`.
    pub fn bigint_u64(&self, n: u64) -> JsResult<Value> {
        self.check(unsafe { sys::JS_NewBigUint64(self.raw, n) })
    }
    /// The value of a bigint when it fits `i64` exactly; `None` for other
    /// values and bigints out of range.
    pub fn bigint_to_i64(&self, v: &Value) -> Option<i64> {
        if !v.is_bigint() || !self.owns(v) {
            return None;
        }
        let mut n = 0i64;
        if unsafe { sys::JS_ToBigInt64(self.raw, &mut n, v.raw()) } < 0 {
            drop(self.take_exception());
            return None;
        }
        // The engine wraps to 64 bits: the value fits when it reads back.
        let back = self.bigint_i64(n).ok()?;
        self.strict_equals(v, &back).then_some(n)
    }
    /// The value of a bigint when it fits `u64` exactly; `None` for other
    /// values and bigints out of range.
    pub fn bigint_to_u64(&self, v: &Value) -> Option<u64> {
        if !v.is_bigint() || !self.owns(v) {
            return None;
        }
        let mut n = 0u64;
        if unsafe { sys::JS_ToBigUint64(self.raw, &mut n, v.raw()) } < 0 {
            drop(self.take_exception());
            return None;
        }
        let back = self.bigint_u64(n).ok()?;
        self.strict_equals(v, &back).then_some(n)
    }
    /// A string from UTF-8 text.
    pub fn string(&self, s: &str) -> JsResult<Value> {
        self.check(unsafe { sys::JS_NewStringLen(self.raw, s.as_ptr().cast(), s.len()) })
    }
    /// A new symbol with a description.
    pub fn symbol(&self, description: &str) -> JsResult<Value> {
        let d = CString::new(description).unwrap_or_default();
        self.check(unsafe { sys::JS_NewSymbol(self.raw, d.as_ptr(), false) })
    }
    /// A new plain object of this realm.
    pub fn new_object(&self) -> JsResult<Value> {
        self.check(unsafe { sys::JS_NewObject(self.raw) })
    }
    /// A new object with the given prototype.
    pub fn new_object_with_proto(&self, proto: &Value) -> JsResult<Value> {
        let proto = self.own(proto)?;
        self.check(unsafe { sys::JS_NewObjectProto(self.raw, proto) })
    }
    /// A new empty array of this realm.
    pub fn new_array(&self) -> JsResult<Value> {
        self.check(unsafe { sys::JS_NewArray(self.raw) })
    }
    /// An array of the given values.
    pub fn array_from(&self, items: impl IntoIterator<Item = Value>) -> JsResult<Value> {
        let a = self.new_array()?;
        for (i, v) in items.into_iter().enumerate() {
            self.define_value(&a, i as u32, v, sys::JS_PROP_C_W_E | sys::JS_PROP_THROW)?;
        }
        Ok(a)
    }
    /// A `Uint8Array` holding a copy of `bytes`.
    pub fn uint8_array(&self, bytes: &[u8]) -> JsResult<Value> {
        self.check(unsafe { sys::JS_NewUint8ArrayCopy(self.raw, bytes.as_ptr(), bytes.len()) })
    }
    /// A copy of the bytes of a `Uint8Array`, an `ArrayBuffer`, or `None`.
    pub fn bytes_of(&self, v: &Value) -> Option<Vec<u8>> {
        if !self.owns(v) {
            return None;
        }
        let mut len = 0usize;
        let p = unsafe { sys::JS_GetUint8Array(self.raw, &mut len, v.raw()) };
        if !p.is_null() {
            return Some(unsafe { std::slice::from_raw_parts(p, len) }.to_vec());
        }
        let _ = self.take_exception_if_pending();
        let p = unsafe { sys::JS_GetArrayBuffer(self.raw, &mut len, v.raw()) };
        if !p.is_null() {
            return Some(unsafe { std::slice::from_raw_parts(p, len) }.to_vec());
        }
        let _ = self.take_exception_if_pending();
        None
    }

    fn take_exception_if_pending(&self) -> Option<Exception> {
        unsafe { sys::JS_HasException(self.raw) }.then(|| self.take_exception())
    }

    /// This realm's global object.
    pub fn global(&self) -> Value {
        Value::from_owned(&self.rt, unsafe { sys::JS_GetGlobalObject(self.raw) })
    }

    /// Makes `global` this realm's global object (patch 0001). Returns the
    /// previous global, which keeps the built-ins.
    pub fn replace_global(&self, global: Value) -> JsResult<Value> {
        self.own(&global)?;
        Ok(Value::from_owned(&self.rt, unsafe {
            sys::JS_SetGlobalObject(self.raw, global.into_raw())
        }))
    }

    /// Allows or disallows code generation from strings in this realm
    /// (patch 0008): when disallowed, its `eval` (direct or indirect) and
    /// its `Function`, `GeneratorFunction`, `AsyncFunction` and
    /// `AsyncGeneratorFunction` constructors throw V8's `EvalError`.
    /// Compiling and running through this API stays possible.
    pub fn allow_code_generation_from_strings(&self, allow: bool) {
        unsafe { sys::JS_AllowCodeGenerationFromStrings(self.raw, allow) }
    }

    // ----- jobs -------------------------------------------------------

    /// Gives this realm its own job queue (patch 0007): from now on, the
    /// promise jobs whose handler belongs to this realm wait there until
    /// [`Context::run_jobs`], instead of in the runtime's queue.
    pub fn enable_own_job_queue(&self) {
        unsafe { sys::JS_EnableContextJobQueue(self.raw) }
    }

    /// Runs the jobs of this realm's own queue, and those they queue, until
    /// it is empty (patch 0007). Does nothing when called from one of those
    /// jobs. A job's exception is returned and the other jobs stay queued,
    /// except after an uncatchable error (an interrupt), which discards them.
    pub fn run_jobs(&self) -> JsResult<()> {
        self.check_int(unsafe { sys::JS_RunContextJobs(self.raw) })
            .map(drop)
    }

    // ----- conversions ------------------------------------------------

    /// `ToString`, as a Rust string (lone surrogates become U+FFFD).
    pub fn to_rust_string(&self, v: &Value) -> JsResult<String> {
        let mut len = 0usize;
        let p = unsafe { sys::JS_ToCStringLen2(self.raw, &mut len, self.own(v)?, false) };
        if p.is_null() {
            return Err(self.take_exception());
        }
        let s = String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(p.cast(), len) })
            .into_owned();
        unsafe { sys::JS_FreeCString(self.raw, p) };
        Ok(s)
    }
    /// `ToString`, as the string's UTF-16 code units (lone surrogates
    /// kept, as JavaScript has them).
    pub fn to_utf16(&self, v: &Value) -> JsResult<Vec<u16>> {
        let mut len = 0usize;
        let p = unsafe { sys::JS_ToCStringLen2(self.raw, &mut len, self.own(v)?, false) };
        if p.is_null() {
            return Err(self.take_exception());
        }
        // The engine writes WTF-8: UTF-8 where a lone surrogate is the
        // three-byte form of its code point.
        let bytes = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) };
        let mut out = Vec::with_capacity(len);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i] as u32;
            let (c, n) = if b < 0x80 {
                (b, 1)
            } else if b < 0xe0 && i + 1 < bytes.len() {
                (((b & 0x1f) << 6) | (bytes[i + 1] as u32 & 0x3f), 2)
            } else if b < 0xf0 && i + 2 < bytes.len() {
                let c = ((b & 0x0f) << 12)
                    | ((bytes[i + 1] as u32 & 0x3f) << 6)
                    | (bytes[i + 2] as u32 & 0x3f);
                (c, 3)
            } else if i + 3 < bytes.len() {
                let c = ((b & 0x07) << 18)
                    | ((bytes[i + 1] as u32 & 0x3f) << 12)
                    | ((bytes[i + 2] as u32 & 0x3f) << 6)
                    | (bytes[i + 3] as u32 & 0x3f);
                (c, 4)
            } else {
                (0xfffd, 1)
            };
            if c >= 0x10000 {
                let c = c - 0x10000;
                out.push(0xd800 | (c >> 10) as u16);
                out.push(0xdc00 | (c & 0x3ff) as u16);
            } else {
                out.push(c as u16);
            }
            i += n;
        }
        unsafe { sys::JS_FreeCString(self.raw, p) };
        Ok(out)
    }

    /// A string of UTF-16 code units (lone surrogates kept).
    pub fn string_from_utf16(&self, units: &[u16]) -> JsResult<Value> {
        self.check(unsafe { sys::JS_NewStringUTF16(self.raw, units.as_ptr(), units.len()) })
    }

    /// `ToString`.
    pub fn to_string(&self, v: &Value) -> JsResult<Value> {
        let v = self.own(v)?;
        self.check(unsafe { sys::JS_ToString(self.raw, v) })
    }
    /// `ToNumber`.
    pub fn to_number(&self, v: &Value) -> JsResult<f64> {
        let mut d = 0f64;
        let v = self.own(v)?;
        self.check_int(unsafe { sys::JS_ToFloat64(self.raw, &mut d, v) })?;
        Ok(d)
    }
    /// `ToBoolean` (`false` for a value of another runtime).
    pub fn to_bool(&self, v: &Value) -> bool {
        self.owns(v) && unsafe { sys::JS_ToBool(self.raw, v.raw()) > 0 }
    }
    /// `a === b` (`false` when either is of another runtime).
    pub fn strict_equals(&self, a: &Value, b: &Value) -> bool {
        self.owns(a) && self.owns(b) && unsafe { sys::JS_IsStrictEqual(self.raw, a.raw(), b.raw()) }
    }
    /// `Object.is(a, b)` (`false` when either is of another runtime).
    pub fn same_value(&self, a: &Value, b: &Value) -> bool {
        self.owns(a) && self.owns(b) && unsafe { sys::JS_IsSameValue(self.raw, a.raw(), b.raw()) }
    }
    /// `v instanceof ctor`.
    pub fn instance_of(&self, v: &Value, ctor: &Value) -> JsResult<bool> {
        let (v, ctor) = (self.own(v)?, self.own(ctor)?);
        Ok(self.check_int(unsafe { sys::JS_IsInstanceOf(self.raw, v, ctor) })? > 0)
    }
    /// Whether `v` can be called.
    pub fn is_function(&self, v: &Value) -> bool {
        self.owns(v) && unsafe { sys::JS_IsFunction(self.raw, v.raw()) }
    }
    /// `JSON.parse`.
    pub fn json_parse(&self, text: &str, filename: &str) -> JsResult<Value> {
        let mut buf = Vec::with_capacity(text.len() + 1);
        buf.extend_from_slice(text.as_bytes());
        buf.push(0);
        let f = CString::new(filename).unwrap_or_default();
        self.check(unsafe {
            sys::JS_ParseJSON(self.raw, buf.as_ptr().cast(), text.len(), f.as_ptr())
        })
    }
    /// `JSON.stringify(v)`.
    pub fn json_stringify(&self, v: &Value) -> JsResult<Value> {
        self.check(unsafe {
            sys::JS_JSONStringify(self.raw, self.own(v)?, sys::JS_UNDEFINED, sys::JS_UNDEFINED)
        })
    }
    /// The state and result of a promise, or `None` if `v` is not one.
    pub fn promise_state(&self, v: &Value) -> Option<(PromiseState, Value)> {
        if !self.owns(v) {
            return None;
        }
        let s = unsafe { sys::JS_PromiseState(self.raw, v.raw()) };
        let state = match s {
            0 => PromiseState::Pending,
            1 => PromiseState::Fulfilled,
            2 => PromiseState::Rejected,
            _ => return None,
        };
        let r = Value::from_owned(&self.rt, unsafe {
            sys::JS_PromiseResult(self.raw, v.raw())
        });
        Some((state, r))
    }
    /// What the exotic global's `get` being run serves (patch 0047): a
    /// global name, `typeof` of one, or a property read. The first call in
    /// the `get` takes it; code the `get` runs starts afresh.
    pub fn take_global_read(&self) -> GlobalRead {
        match unsafe { sys::JS_TakeGlobalReadKind(self.raw) } {
            1 => GlobalRead::Name,
            2 => GlobalRead::Typeof,
            _ => GlobalRead::Property,
        }
    }
    /// The entries `util.inspect` previews (patch 0013): a WeakMap's live
    /// entries as flat key/value pairs, a WeakSet's values, the items a
    /// Map or Set iterator has left (flat pairs for `entries()` iterators,
    /// then the flag is true). `None` for other values. Runs no code.
    pub fn preview_entries(&self, v: &Value) -> JsResult<Option<(Value, bool)>> {
        let mut kv = false;
        let v = self.own(v)?;
        let r = self.check(unsafe { sys::JS_PreviewEntries(self.raw, v, &mut kv) })?;
        Ok(if r.is_undefined() {
            None
        } else {
            Some((r, kv))
        })
    }
    /// The target and handler of a proxy.
    pub fn proxy_parts(&self, v: &Value) -> Option<(Value, Value)> {
        if !v.is_proxy() || !self.owns(v) {
            return None;
        }
        let t = self
            .check(unsafe { sys::JS_GetProxyTarget(self.raw, v.raw()) })
            .ok()?;
        let h = self
            .check(unsafe { sys::JS_GetProxyHandler(self.raw, v.raw()) })
            .ok()?;
        Some((t, h))
    }

    // ----- properties -------------------------------------------------

    /// `obj[key]`.
    pub fn get(&self, obj: &Value, key: impl PropertyKey) -> JsResult<Value> {
        let obj = self.own(obj)?;
        let a = key.key_atom(self)?;
        self.check(unsafe { sys::JS_GetProperty(self.raw, obj, a.raw) })
    }
    /// `obj[i]`.
    pub fn get_index(&self, obj: &Value, i: u32) -> JsResult<Value> {
        let obj = self.own(obj)?;
        self.check(unsafe { sys::JS_GetPropertyUint32(self.raw, obj, i) })
    }
    /// `obj[key] = value` (throws where strict code would).
    pub fn set(&self, obj: &Value, key: impl PropertyKey, value: Value) -> JsResult<()> {
        let obj = self.own(obj)?;
        self.own(&value)?;
        let a = key.key_atom(self)?;
        self.check_int(unsafe { sys::JS_SetProperty(self.raw, obj, a.raw, value.into_raw()) })?;
        Ok(())
    }
    /// `key in obj`.
    pub fn has(&self, obj: &Value, key: impl PropertyKey) -> JsResult<bool> {
        let obj = self.own(obj)?;
        let a = key.key_atom(self)?;
        Ok(self.check_int(unsafe { sys::JS_HasProperty(self.raw, obj, a.raw) })? > 0)
    }
    /// `delete obj[key]`: whether it was deleted (or absent).
    pub fn delete(&self, obj: &Value, key: impl PropertyKey) -> JsResult<bool> {
        let obj = self.own(obj)?;
        let a = key.key_atom(self)?;
        Ok(self.check_int(unsafe { sys::JS_DeleteProperty(self.raw, obj, a.raw, 0) })? > 0)
    }
    /// Defines a data property with the given attribute flags
    /// ([`crate::flags`]).
    pub fn define_value(
        &self,
        obj: &Value,
        key: impl PropertyKey,
        value: Value,
        flags: i32,
    ) -> JsResult<bool> {
        let obj = self.own(obj)?;
        self.own(&value)?;
        let a = key.key_atom(self)?;
        Ok(self.check_int(unsafe {
            sys::JS_DefinePropertyValue(self.raw, obj, a.raw, value.into_raw(), flags)
        })? > 0)
    }
    /// `[[DefineOwnProperty]]` with a full descriptor; `throw` makes a
    /// refusal a `TypeError` instead of `Ok(false)`.
    pub fn define_property(
        &self,
        obj: &Value,
        key: impl PropertyKey,
        desc: &PropertyDescriptor,
        throw: bool,
    ) -> JsResult<bool> {
        let obj = self.own(obj)?;
        for v in [&desc.value, &desc.get, &desc.set].into_iter().flatten() {
            self.own(v)?;
        }
        let a = key.key_atom(self)?;
        let (flags, value, getter, setter) = desc.to_raw_parts();
        let flags = flags | if throw { sys::JS_PROP_THROW } else { 0 };
        Ok(self.check_int(unsafe {
            sys::JS_DefineProperty(self.raw, obj, a.raw, value, getter, setter, flags)
        })? > 0)
    }
    /// `[[GetOwnProperty]]`.
    pub fn get_own_property(
        &self,
        obj: &Value,
        key: impl PropertyKey,
    ) -> JsResult<Option<PropertyDescriptor>> {
        let obj = self.own(obj)?;
        let a = key.key_atom(self)?;
        let mut d = std::mem::MaybeUninit::<sys::JSPropertyDescriptor>::uninit();
        let r = self
            .check_int(unsafe { sys::JS_GetOwnProperty(self.raw, d.as_mut_ptr(), obj, a.raw) })?;
        if r == 0 {
            return Ok(None);
        }
        Ok(Some(PropertyDescriptor::from_raw(&self.rt, unsafe {
            d.assume_init()
        })))
    }
    /// Own property keys: strings (in the engine's order: indices, then
    /// strings), then symbols when `symbols`; only enumerable ones when
    /// `enumerable_only`.
    pub fn own_keys(
        &self,
        obj: &Value,
        symbols: bool,
        enumerable_only: bool,
    ) -> JsResult<Vec<Atom>> {
        let mut out = Vec::new();
        self.each_own_key(obj, symbols, enumerable_only, |atom| {
            out.push(Atom::from_borrowed(self, atom));
            Ok(())
        })?;
        Ok(out)
    }

    /// Own keys that are not array indices (strings, then symbols), as
    /// V8's `GetOwnPropertyNames` with `SKIP_INDICES` gives them: what
    /// `util.inspect` shows beside an array's or typed array's elements,
    /// without making millions of index keys for large ones.
    pub fn own_non_index_keys(&self, obj: &Value, enumerable_only: bool) -> JsResult<Vec<Value>> {
        // The engine's tagged-integer atoms are indices below 2^31.
        const ATOM_TAG_INT: u32 = 1 << 31;
        let mut out = Vec::new();
        self.each_own_key(obj, true, enumerable_only, |atom| {
            if atom & ATOM_TAG_INT != 0 {
                return Ok(());
            }
            let key = self.check(unsafe { sys::JS_AtomToValue(self.raw, atom) })?;
            // Indices from 2^31 to 2^32 - 2 are string atoms.
            let index = key.is_string()
                && self.to_rust_string(&key).is_ok_and(|k| {
                    k.parse::<u32>()
                        .is_ok_and(|n| n != u32::MAX && n.to_string() == k)
                });
            if !index {
                out.push(key);
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `f` with each own key's atom (borrowed for the call), in
    /// `own_keys`' order; stops at the first error.
    fn each_own_key(
        &self,
        obj: &Value,
        symbols: bool,
        enumerable_only: bool,
        mut f: impl FnMut(sys::JSAtom) -> JsResult<()>,
    ) -> JsResult<()> {
        let mut flags = sys::JS_GPN_STRING_MASK;
        if symbols {
            flags |= sys::JS_GPN_SYMBOL_MASK;
        }
        if enumerable_only {
            flags |= sys::JS_GPN_ENUM_ONLY;
        }
        let obj = self.own(obj)?;
        let mut tab: *mut sys::JSPropertyEnum = std::ptr::null_mut();
        let mut len = 0u32;
        self.check_int(unsafe {
            sys::JS_GetOwnPropertyNames(self.raw, &mut tab, &mut len, obj, flags)
        })?;
        let result = (0..len as usize).try_for_each(|i| f(unsafe { (*tab.add(i)).atom }));
        unsafe { sys::JS_FreePropertyEnum(self.raw, tab, len) };
        result
    }

    /// `Object.getPrototypeOf(obj)`.
    pub fn get_prototype(&self, obj: &Value) -> JsResult<Value> {
        let obj = self.own(obj)?;
        self.check(unsafe { sys::JS_GetPrototype(self.raw, obj) })
    }
    /// `Object.setPrototypeOf(obj, proto)`.
    pub fn set_prototype(&self, obj: &Value, proto: &Value) -> JsResult<()> {
        let (obj, proto) = (self.own(obj)?, self.own(proto)?);
        self.check_int(unsafe { sys::JS_SetPrototype(self.raw, obj, proto) })?;
        Ok(())
    }
    /// `Object.isExtensible(obj)`.
    pub fn is_extensible(&self, obj: &Value) -> JsResult<bool> {
        let obj = self.own(obj)?;
        Ok(self.check_int(unsafe { sys::JS_IsExtensible(self.raw, obj) })? > 0)
    }
    /// `[[PreventExtensions]]`: whether it succeeded.
    pub fn prevent_extensions(&self, obj: &Value) -> JsResult<bool> {
        let obj = self.own(obj)?;
        Ok(self.check_int(unsafe { sys::JS_PreventExtensions(self.raw, obj) })? > 0)
    }
    // ----- calls and code ---------------------------------------------

    /// `func.call(this, ...args)`.
    pub fn call(&self, func: &Value, this: &Value, args: &[Value]) -> JsResult<Value> {
        // Few arguments (most calls) go on the stack.
        let mut small = [sys::JS_UNDEFINED; 8];
        let heap: Vec<sys::JSValue>;
        let raw: &[sys::JSValue] = if args.len() <= small.len() {
            for (slot, a) in small.iter_mut().zip(args) {
                *slot = self.own(a)?;
            }
            &small[..args.len()]
        } else {
            heap = args.iter().map(|a| self.own(a)).collect::<JsResult<_>>()?;
            &heap
        };
        let (func, this) = (self.own(func)?, self.own(this)?);
        self.check(unsafe { sys::JS_Call(self.raw, func, this, raw.len() as c_int, raw.as_ptr()) })
    }
    /// `new func(...args)`.
    pub fn construct(&self, func: &Value, args: &[Value]) -> JsResult<Value> {
        let raw: Vec<sys::JSValue> = args.iter().map(|a| self.own(a)).collect::<JsResult<_>>()?;
        let func = self.own(func)?;
        self.check(unsafe {
            sys::JS_CallConstructor(self.raw, func, raw.len() as c_int, raw.as_ptr())
        })
    }

    fn eval_raw(&self, source: &str, opts: &EvalOptions<'_>, extra: c_int) -> JsResult<Value> {
        let mut buf = Vec::with_capacity(source.len() + 1);
        buf.extend_from_slice(source.as_bytes());
        buf.push(0);
        let filename = CString::new(opts.filename.replace('\0', "")).unwrap();
        let mut flags = extra;
        if opts.module {
            flags |= sys::JS_EVAL_TYPE_MODULE;
        }
        if opts.strict {
            flags |= sys::JS_EVAL_FLAG_STRICT;
        }
        if opts.backtrace_barrier {
            flags |= sys::JS_EVAL_FLAG_BACKTRACE_BARRIER;
        }
        let mut o = sys::JSEvalOptions {
            version: sys::JS_EVAL_OPTIONS_VERSION,
            eval_flags: flags,
            filename: filename.as_ptr(),
            line_num: opts.line,
        };
        unsafe { sys::JS_SetNextEvalColumnOffset(self.raw, opts.column_offset) };
        if let Some(f) = opts.function_body {
            let pos = |n: usize| c_int::try_from(n).unwrap_or(-1);
            unsafe {
                sys::JS_SetNextEvalFunctionBody(
                    self.raw,
                    pos(f.function_start),
                    pos(f.body_line),
                    pos(f.close_brace),
                )
            };
        }
        let r = unsafe { sys::JS_Eval2(self.raw, buf.as_ptr().cast(), source.len(), &mut o) };
        unsafe { sys::JS_SetNextEvalColumnOffset(self.raw, 0) };
        unsafe { sys::JS_SetNextEvalFunctionBody(self.raw, -1, -1, -1) };
        self.check(r)
    }

    /// Compiles and runs global code (or a module) in this realm.
    pub fn eval(&self, source: &str, opts: &EvalOptions<'_>) -> JsResult<Value> {
        self.eval_raw(source, opts, 0)
    }

    /// Compiles without running: the result is the compiled code, to run
    /// with [`Context::run_compiled`] in this realm.
    pub fn compile(&self, source: &str, opts: &EvalOptions<'_>) -> JsResult<Value> {
        self.eval_raw(source, opts, sys::JS_EVAL_FLAG_COMPILE_ONLY)
    }

    /// The value of the last `//# sourceMappingURL=` (or `//@`) magic
    /// comment of the script compiled last, as V8 reads it (patch 0010);
    /// `None` when it had none or an empty one.
    pub fn last_source_map_url(&self) -> Option<String> {
        let v = self
            .check(unsafe { sys::JS_GetSourceMapURL(self.raw) })
            .ok()?;
        if v.is_string() {
            self.to_rust_string(&v).ok()
        } else {
            None
        }
    }

    /// The value of the last `//# sourceURL=` (or `//@`) magic comment of
    /// the script compiled last, as V8 reads it (patch 0050), which names
    /// its frames; `None` when it had none or an empty one.
    pub fn last_source_url(&self) -> Option<String> {
        let v = self.check(unsafe { sys::JS_GetSourceURL(self.raw) }).ok()?;
        if v.is_string() {
            self.to_rust_string(&v).ok()
        } else {
            None
        }
    }

    /// Runs code made by [`Context::compile`] (or read back by
    /// [`Context::read_compiled`]) in this realm; the code stays reusable.
    pub fn run_compiled(&self, code: &Value) -> JsResult<Value> {
        self.own(code)?;
        self.check(unsafe { sys::JS_EvalFunction(self.raw, code.clone().into_raw()) })
    }

    /// Serialises compiled code (engine bytecode).
    pub fn write_compiled(&self, code: &Value) -> JsResult<Vec<u8>> {
        self.write_code(self.own(code)?)
    }

    /// [`Context::write_compiled`] of a value the caller keeps alive (a
    /// module record).
    /// [`Context::write_compiled`] without the functions' source text
    /// (`toString` of such a function reads as a native one's), for
    /// built-in code read back in many realms.
    pub fn write_compiled_without_source(&self, code: &Value) -> JsResult<Vec<u8>> {
        self.write_code_with(self.own(code)?, sys::JS_WRITE_OBJ_STRIP_SOURCE)
    }

    pub(crate) fn write_code(&self, code: sys::JSValue) -> JsResult<Vec<u8>> {
        self.write_code_with(code, 0)
    }

    fn write_code_with(&self, code: sys::JSValue, extra: std::os::raw::c_int) -> JsResult<Vec<u8>> {
        let mut len = 0usize;
        let p = unsafe {
            sys::JS_WriteObject(
                self.raw,
                &mut len,
                code,
                sys::JS_WRITE_OBJ_BYTECODE | sys::JS_WRITE_OBJ_REFERENCE | extra,
            )
        };
        if p.is_null() {
            return Err(self.take_exception());
        }
        let out = unsafe { std::slice::from_raw_parts(p, len) }.to_vec();
        unsafe { sys::js_free(self.raw, p.cast()) };
        Ok(out)
    }

    /// Reads back code written by [`Context::write_compiled`], bound to this
    /// realm.
    ///
    /// # Safety
    /// The engine's bytecode reader does not validate its input: bytes that
    /// are not exactly what [`Context::write_compiled`] wrote, with this
    /// engine build ([`crate::ENGINE_FINGERPRINT`]), can make it read or
    /// write out of bounds, or make code that does. The caller must know
    /// where the bytes come from (for example because they carry a keyed
    /// checksum that only this process can make, as `node:vm`'s cached data
    /// does).
    ///
    /// ```compile_fail
    /// # use jsvm_engine::{Context, Runtime};
    /// let ctx = Context::new(&Runtime::new());
    /// ctx.read_compiled(b"not bytecode"); // error: call to unsafe function
    /// ```
    pub unsafe fn read_compiled(&self, bytes: &[u8]) -> JsResult<Value> {
        self.check(unsafe {
            sys::JS_ReadObject(
                self.raw,
                bytes.as_ptr(),
                bytes.len(),
                sys::JS_READ_OBJ_BYTECODE | sys::JS_READ_OBJ_REFERENCE,
            )
        })
    }
}

impl Clone for Context {
    fn clone(&self) -> Context {
        Context {
            raw: unsafe { sys::JS_DupContext(self.raw) },
            rt: self.rt.clone(),
        }
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        unsafe { sys::JS_FreeContext(self.raw) }
    }
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Context({:p})", self.raw)
    }
}
