//! Objects of do-nothing methods defined lazily: the object and each of its
//! methods are made by the engine on first access (an autoinit property),
//! so a context that never touches them pays for neither.

use std::ffi::CString;
use std::os::raw::c_int;

use jsvm_sys as sys;

use crate::{Context, JsResult, Value};

/// A property holding an object whose methods do nothing and return
/// `undefined` (as `console` of a fresh V8 context). Build it once (the
/// engine keeps pointers into it) and define it with
/// [`Context::define_lazy_noop_object`].
pub struct LazyNoopObject {
    outer: Box<[sys::JSCFunctionListEntry; 1]>,
    _methods: Box<[sys::JSCFunctionListEntry]>,
    _names: Vec<CString>,
}

// SAFETY: the entries only point into the object's own heap data, which
// is never written after construction.
unsafe impl Send for LazyNoopObject {}
unsafe impl Sync for LazyNoopObject {}

unsafe extern "C" fn noop(
    _ctx: *mut sys::JSContext,
    _this: sys::JSValue,
    _argc: c_int,
    _argv: *mut sys::JSValue,
) -> sys::JSValue {
    sys::JS_UNDEFINED
}

impl LazyNoopObject {
    /// The property `name` (writable, configurable, not enumerable) holding
    /// an object with the methods `methods` (writable, enumerable,
    /// configurable; length 0).
    pub fn new(name: &str, methods: &[&str]) -> LazyNoopObject {
        let mut names: Vec<CString> = methods
            .iter()
            .map(|m| CString::new(*m).expect("method name without NUL"))
            .collect();
        let noop_fn: sys::JSCFunction = noop;
        let flags =
            (sys::JS_PROP_WRITABLE | sys::JS_PROP_ENUMERABLE | sys::JS_PROP_CONFIGURABLE) as u8;
        let list: Box<[sys::JSCFunctionListEntry]> = names
            .iter()
            .map(|n| sys::JSCFunctionListEntry {
                name: n.as_ptr(),
                prop_flags: flags,
                def_type: sys::JS_DEF_CFUNC,
                magic: 0,
                // length 0, JS_CFUNC_generic, the function
                u: [(sys::JS_CFUNC_GENERIC as usize) << 8, noop_fn as usize],
            })
            .collect();
        names.push(CString::new(name).expect("property name without NUL"));
        let outer = Box::new([sys::JSCFunctionListEntry {
            name: names.last().unwrap().as_ptr(),
            prop_flags: (sys::JS_PROP_WRITABLE | sys::JS_PROP_CONFIGURABLE) as u8,
            def_type: sys::JS_DEF_OBJECT,
            magic: 0,
            u: [list.as_ptr() as usize, list.len()],
        }]);
        LazyNoopObject {
            outer,
            _methods: list,
            _names: names,
        }
    }
}

impl Context {
    /// Defines `def` on `obj`; the object and its methods are made in this
    /// realm when first read.
    pub fn define_lazy_noop_object(
        &self,
        obj: &Value,
        def: &'static LazyNoopObject,
    ) -> JsResult<()> {
        let obj = self.own(obj)?;
        self.check_int(unsafe {
            sys::JS_SetPropertyFunctionList(self.raw(), obj, def.outer.as_ptr(), 1)
        })
        .map(drop)
    }
}
