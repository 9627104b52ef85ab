use std::fmt;

use jsvm_sys as sys;

use crate::runtime::Rt;

/// An owned reference to a JavaScript value of some runtime. Cloning adds a
/// reference; dropping removes one.
pub struct Value {
    pub(crate) raw: sys::JSValue,
    pub(crate) rt: Rt,
}

impl Value {
    /// Takes ownership of a value the engine returned.
    pub(crate) fn from_owned(rt: &Rt, raw: sys::JSValue) -> Value {
        Value {
            raw,
            rt: rt.clone(),
        }
    }

    /// Adds a reference to a value the engine lends.
    pub(crate) fn from_borrowed(rt: &Rt, raw: sys::JSValue) -> Value {
        Value {
            raw: unsafe { sys::JS_DupValueRT(rt.rt, raw) },
            rt: rt.clone(),
        }
    }

    pub(crate) fn undefined_in(rt: &Rt) -> Value {
        Value::from_owned(rt, sys::JS_UNDEFINED)
    }

    /// Gives the reference to the engine (which then owns it).
    pub(crate) fn into_raw(self) -> sys::JSValue {
        let me = std::mem::ManuallyDrop::new(self);
        // The engine reference moves to the caller; the runtime reference
        // is released here.
        drop(unsafe { std::ptr::read(&me.rt) });
        me.raw
    }

    /// The engine's representation, still owned by `self`.
    pub(crate) fn raw(&self) -> sys::JSValue {
        self.raw
    }

    /// Whether this value may be given to the engine runtime `rt`: it was
    /// made there, or it has no part in any heap (a number, a boolean,
    /// `null`, `undefined`), which any runtime may hold.
    #[inline]
    pub(crate) fn belongs_to(&self, rt: &Rt) -> bool {
        !self.raw.has_ref_count() || std::rc::Rc::ptr_eq(&self.rt, rt)
    }

    fn tag(&self) -> i32 {
        self.raw.tag()
    }

    /// Whether this is `undefined`.
    pub fn is_undefined(&self) -> bool {
        self.tag() == sys::JS_TAG_UNDEFINED
    }
    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        self.tag() == sys::JS_TAG_NULL
    }
    /// `null` or `undefined`.
    pub fn is_nullish(&self) -> bool {
        self.is_undefined() || self.is_null()
    }
    /// Whether this is a boolean.
    pub fn is_bool(&self) -> bool {
        self.tag() == sys::JS_TAG_BOOL
    }
    /// Whether this is a number.
    pub fn is_number(&self) -> bool {
        matches!(self.tag(), sys::JS_TAG_INT | sys::JS_TAG_FLOAT64)
    }
    /// Whether this is a string.
    pub fn is_string(&self) -> bool {
        matches!(self.tag(), sys::JS_TAG_STRING | sys::JS_TAG_STRING_ROPE)
    }
    /// Whether this is a symbol.
    pub fn is_symbol(&self) -> bool {
        self.tag() == sys::JS_TAG_SYMBOL
    }
    /// Whether this is a bigint.
    pub fn is_bigint(&self) -> bool {
        matches!(self.tag(), sys::JS_TAG_BIG_INT | sys::JS_TAG_SHORT_BIG_INT)
    }
    /// Whether this is an object (functions included).
    pub fn is_object(&self) -> bool {
        self.tag() == sys::JS_TAG_OBJECT
    }
    /// Whether this is an array.
    pub fn is_array(&self) -> bool {
        unsafe { sys::JS_IsArray(self.raw) }
    }
    /// Whether this is an error object.
    pub fn is_error(&self) -> bool {
        unsafe { sys::JS_IsError(self.raw) }
    }
    /// Whether this is a promise.
    pub fn is_promise(&self) -> bool {
        unsafe { sys::JS_IsPromise(self.raw) }
    }
    /// Whether this is a proxy.
    pub fn is_proxy(&self) -> bool {
        unsafe { sys::JS_IsProxy(self.raw) }
    }
    /// An error the engine will not let scripts catch (termination).
    pub fn is_uncatchable_error(&self) -> bool {
        unsafe { sys::JS_IsUncatchableError(self.raw) }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        if self.is_bool() {
            Some(unsafe { self.raw.u.int32 != 0 })
        } else {
            None
        }
    }
    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self.tag() {
            sys::JS_TAG_INT => Some(unsafe { self.raw.u.int32 } as f64),
            sys::JS_TAG_FLOAT64 => Some(unsafe { self.raw.u.float64 }),
            _ => None,
        }
    }
    /// The number, if this is an integer that fits `i32`.
    pub fn as_i32(&self) -> Option<i32> {
        match self.tag() {
            sys::JS_TAG_INT => Some(unsafe { self.raw.u.int32 }),
            sys::JS_TAG_FLOAT64 => {
                let f = unsafe { self.raw.u.float64 };
                (f.fract() == 0.0 && f >= i32::MIN as f64 && f <= i32::MAX as f64)
                    .then_some(f as i32)
            }
            _ => None,
        }
    }

    /// Whether both are the same object (or the same primitive bits). For
    /// JavaScript equality use [`crate::Context::strict_equals`].
    pub fn same_object(&self, other: &Value) -> bool {
        self.is_object() && other.is_object() && unsafe { self.raw.u.ptr == other.raw.u.ptr }
    }

    /// An identity for an object, usable as a map key while the object lives.
    pub fn object_id(&self) -> Option<usize> {
        if self.is_object() {
            Some(unsafe { self.raw.u.ptr as usize })
        } else {
            None
        }
    }

    /// Whether this is one of the engine's built-in functions (`Math.max`,
    /// `Map.prototype.entries`): not a function of a script, a bound
    /// function or a host function.
    ///
    /// ```
    /// use jsvm_engine::{Context, EvalOptions, Runtime};
    /// let ctx = Context::new(&Runtime::new());
    /// let eval = |s| ctx.eval(s, &EvalOptions::default()).unwrap();
    /// assert!(eval("Math.max").is_builtin_function());
    /// assert!(!eval("(function max() {})").is_builtin_function());
    /// assert!(!eval("Math.max.bind(null)").is_builtin_function());
    /// ```
    pub fn is_builtin_function(&self) -> bool {
        /// The engine's `JS_CLASS_C_FUNCTION` (quickjs.c's class enum).
        const JS_CLASS_C_FUNCTION: u32 = 12;
        self.is_object() && self.class_id() == JS_CLASS_C_FUNCTION
    }

    /// The engine class id of an object (0 for primitives).
    pub fn class_id(&self) -> u32 {
        unsafe { sys::JS_GetClassID(self.raw) }
    }
}

impl Clone for Value {
    fn clone(&self) -> Value {
        Value::from_borrowed(&self.rt, self.raw)
    }
}

impl Drop for Value {
    fn drop(&mut self) {
        if self.raw.has_ref_count() {
            unsafe { sys::JS_FreeValueRT(self.rt.rt, self.raw) }
        }
    }
}

/// Shows primitives as JavaScript writes them (`Value(42)`,
/// `Value(undefined)`) and other values by kind (`Value(string)`,
/// `Value(object)`): reading a string or an object needs a context.
///
/// ```
/// use jsvm_engine::{Context, Runtime};
/// let ctx = Context::new(&Runtime::new());
/// assert_eq!(format!("{:?}", ctx.int(42)), "Value(42)");
/// assert_eq!(format!("{:?}", ctx.number(0.5)), "Value(0.5)");
/// assert_eq!(format!("{:?}", ctx.undefined()), "Value(undefined)");
/// assert_eq!(format!("{:?}", ctx.new_array().unwrap()), "Value(array)");
/// ```
impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(b) = self.as_bool() {
            return write!(f, "Value({b})");
        }
        if let Some(n) = self.as_f64() {
            return if n.is_finite() || n.is_nan() {
                write!(f, "Value({n})")
            } else if n > 0.0 {
                f.write_str("Value(Infinity)")
            } else {
                f.write_str("Value(-Infinity)")
            };
        }
        let kind = if self.is_undefined() {
            "undefined"
        } else if self.is_null() {
            "null"
        } else if self.is_string() {
            "string"
        } else if self.is_symbol() {
            "symbol"
        } else if self.is_bigint() {
            "bigint"
        } else if self.is_array() {
            "array"
        } else if self.is_error() {
            "error"
        } else if self.is_promise() {
            "promise"
        } else if self.is_object() {
            "object"
        } else {
            "internal"
        };
        write!(f, "Value({kind})")
    }
}

/// A JavaScript exception: the thrown value.
#[derive(Clone, Debug)]
pub struct Exception {
    value: Value,
    site: Option<ThrowSite>,
    /// Why the host made this exception, when it did (never set by
    /// anything a script does).
    cause: Option<HostCause>,
}

/// Why the host (not a script) made an exception: what lets an embedder
/// tell a stopped run from a thrown value without reading strings a script
/// could write (`throw { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' }` has no
/// cause).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HostCause {
    /// A value, atom or context of another runtime was given to an
    /// operation ([`Exception::is_wrong_runtime`]).
    WrongRuntime,
    /// The run was stopped because its time ran out.
    Timeout,
    /// The run was stopped by an interruption (SIGINT, an interrupt
    /// request from another thread).
    Interrupted,
    /// A value could not be converted to the Rust type the host asked
    /// for (a `TypeError` made by the host).
    Conversion,
}

/// Where a value was thrown: the position V8 keeps in the message of an
/// exception (a `throw` statement, the failing property access or call,
/// the token of a syntax error). Lines and columns are 1-based, with the
/// script's line and column offsets; `end_column` is exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThrowSite {
    /// The filename of the script.
    pub filename: String,
    /// The line.
    pub line: i32,
    /// The first column.
    pub column: i32,
    /// The column after the last one (a syntax error's token range).
    pub end_column: i32,
}

impl Exception {
    /// An exception that throws `value`.
    pub fn new(value: Value) -> Exception {
        Exception {
            value,
            site: None,
            cause: None,
        }
    }
    /// The same exception, marked as made by the host for `cause`. Only
    /// host code can call this: scripts cannot make an exception with a
    /// cause. The mark stays with this Rust value only: thrown into
    /// JavaScript and caught again, the value is an ordinary exception.
    pub fn with_cause(mut self, cause: HostCause) -> Exception {
        self.cause = Some(cause);
        self
    }
    /// Why the host made this exception, if it did.
    pub fn cause(&self) -> Option<HostCause> {
        self.cause
    }
    /// The same exception, located at `site`.
    pub fn with_site(mut self, site: Option<ThrowSite>) -> Exception {
        self.site = site;
        self
    }
    /// Where the value was thrown, when the engine knows it.
    pub fn site(&self) -> Option<&ThrowSite> {
        self.site.as_ref()
    }
    /// The thrown value.
    pub fn value(&self) -> &Value {
        &self.value
    }
    /// The thrown value, by value.
    pub fn into_value(self) -> Value {
        self.value
    }
    /// Whether the host refused the operation because a [`Value`], an
    /// [`Atom`](crate::Atom) or a [`Context`](crate::Context) of another
    /// runtime was given to it. The exception is a `TypeError` of the
    /// runtime that refused; scripts cannot make one that says this.
    pub fn is_wrong_runtime(&self) -> bool {
        self.cause == Some(HostCause::WrongRuntime)
    }

    /// Whether scripts cannot catch this (termination by the host).
    pub fn is_uncatchable(&self) -> bool {
        self.value.is_uncatchable_error()
    }
}

impl fmt::Display for Exception {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JavaScript exception")
    }
}

impl std::error::Error for Exception {}

/// The result of an operation that may throw.
pub type JsResult<T> = Result<T, Exception>;
