use std::ffi::CString;
use std::mem::MaybeUninit;
use std::os::raw::{c_int, c_void};

use jsvm_sys as sys;

use crate::class::guard_value;
use crate::{Context, JsResult, Value};

/// A Rust function callable from JavaScript: `(context, this, arguments)`.
///
/// The closure must not capture [`Value`]s: the garbage collector cannot see
/// them there, so a cycle through one would never be freed. Keep JavaScript
/// state in objects instead (for example as properties of the function).
pub type HostFunction = dyn Fn(&Context, &Value, &[Value]) -> JsResult<Value>;

struct Closure(Box<HostFunction>);

unsafe extern "C" fn trampoline(
    ctx: *mut sys::JSContext,
    this_val: sys::JSValue,
    argc: c_int,
    argv: *mut sys::JSValue,
    _magic: c_int,
    opaque: *mut c_void,
) -> sys::JSValue {
    let cx = Context::from_callback(ctx);
    let f = &*(opaque as *const Closure);
    guard_value(&cx, || {
        let this = Value::from_borrowed(&cx.rt, this_val);
        let argc = argc.max(0) as usize;
        if argc <= SMALL_ARGS {
            // Most calls: the arguments on the stack, no allocation.
            let mut args = SmallArgs::new();
            for i in 0..argc {
                args.push(Value::from_borrowed(&cx.rt, *argv.add(i)));
            }
            return (f.0)(&cx, &this, args.as_slice());
        }
        let args: Vec<Value> = (0..argc)
            .map(|i| Value::from_borrowed(&cx.rt, *argv.add(i)))
            .collect();
        (f.0)(&cx, &this, &args)
    })
}

const SMALL_ARGS: usize = 8;

/// Up to [`SMALL_ARGS`] values on the stack (dropped with it, also when
/// the callee panics).
struct SmallArgs {
    slots: [MaybeUninit<Value>; SMALL_ARGS],
    len: usize,
}

impl SmallArgs {
    fn new() -> SmallArgs {
        SmallArgs {
            slots: [const { MaybeUninit::uninit() }; SMALL_ARGS],
            len: 0,
        }
    }

    fn push(&mut self, v: Value) {
        self.slots[self.len].write(v);
        self.len += 1;
    }

    fn as_slice(&self) -> &[Value] {
        // SAFETY: the first `len` slots are initialized.
        unsafe { std::slice::from_raw_parts(self.slots.as_ptr().cast::<Value>(), self.len) }
    }
}

impl Drop for SmallArgs {
    fn drop(&mut self) {
        for slot in &mut self.slots[..self.len] {
            // SAFETY: initialized by `push`, dropped once.
            unsafe { slot.assume_init_drop() };
        }
    }
}

unsafe extern "C" fn finalize(opaque: *mut c_void) {
    drop(Box::from_raw(opaque as *mut Closure));
}

impl Context {
    /// A JavaScript function that calls `f`, with a `name` and a `length`.
    pub fn new_function(
        &self,
        name: &str,
        length: i32,
        f: impl Fn(&Context, &Value, &[Value]) -> JsResult<Value> + 'static,
    ) -> JsResult<Value> {
        let name = CString::new(name).unwrap_or_default();
        let opaque = Box::into_raw(Box::new(Closure(Box::new(f))));
        self.check(unsafe {
            sys::JS_NewCClosure(
                self.raw(),
                trampoline,
                name.as_ptr(),
                Some(finalize),
                length,
                0,
                opaque.cast(),
            )
        })
    }

    /// Makes `f` callable with `new` (or not). A host function called with
    /// `new` gets the `new.target` as `this`, and returns the object made.
    /// `false` when `f` is not a function of this runtime.
    pub fn set_constructor(&self, f: &Value, constructor: bool) -> bool {
        self.owns(f) && unsafe { sys::JS_SetConstructorBit(self.raw(), f.raw(), constructor) }
    }
}
