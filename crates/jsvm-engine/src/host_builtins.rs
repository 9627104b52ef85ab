//! Built-ins the host makes (patch 0060): placeholder properties whose
//! value the host makes on first read (jsvm's `Intl`), the built-ins'
//! locale-sensitive methods served by the host, and one host value per
//! context where the host keeps what it made for that realm.

use std::os::raw::c_int;
use std::rc::Rc;

use jsvm_sys as sys;

use crate::class::guard_value;
use crate::{Atom, Context, JsResult, PropertyKey, Runtime, Value};

/// A locale-sensitive method of the built-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocaleOp {
    /// `Number.prototype.toLocaleString`; `this` is the number.
    Number,
    /// `BigInt.prototype.toLocaleString`; `this` is the bigint.
    BigInt,
    /// `String.prototype.localeCompare`; `this` is the string.
    Compare,
    /// `Date.prototype.toLocaleString`; `this` is the Date object.
    Date,
    /// `Date.prototype.toLocaleDateString`.
    DateDate,
    /// `Date.prototype.toLocaleTimeString`.
    DateTime,
}

/// What the host makes (set with [`Runtime::set_host_builtins`]). Like
/// host functions, implementations must not capture [`Value`]s: keep them
/// in the context's host value.
pub trait HostBuiltins {
    /// The value of the placeholder property `name` (defined with
    /// [`Context::define_host_autoinit`]) in the realm `ctx`.
    fn autoinit(&self, ctx: &Context, name: &str) -> JsResult<Value>;
    /// Serves `op` with its `this` (checked and converted) and arguments.
    fn locale(&self, ctx: &Context, op: LocaleOp, this: &Value, args: &[Value]) -> JsResult<Value>;
}

unsafe extern "C" fn autoinit_trampoline(
    ctx: *mut sys::JSContext,
    prop: sys::JSAtom,
) -> sys::JSValue {
    let cx = Context::from_callback(ctx);
    let hooks = cx.rt.host_builtins.borrow().clone();
    guard_value(&cx, || {
        let Some(h) = hooks else {
            return Ok(cx.undefined());
        };
        let name = Atom::from_borrowed(&cx, prop).to_string(&cx)?;
        h.autoinit(&cx, &name)
    })
}

unsafe extern "C" fn locale_trampoline(
    ctx: *mut sys::JSContext,
    op: c_int,
    this_val: sys::JSValue,
    argc: c_int,
    argv: *mut sys::JSValue,
) -> sys::JSValue {
    let cx = Context::from_callback(ctx);
    let hooks = cx.rt.host_builtins.borrow().clone();
    guard_value(&cx, || {
        let Some(h) = hooks else {
            return Ok(cx.undefined());
        };
        let op = match op {
            sys::JS_LOCALE_OP_NUMBER => LocaleOp::Number,
            sys::JS_LOCALE_OP_BIGINT => LocaleOp::BigInt,
            sys::JS_LOCALE_OP_COMPARE => LocaleOp::Compare,
            sys::JS_LOCALE_OP_DATE => LocaleOp::Date,
            sys::JS_LOCALE_OP_DATE_DATE => LocaleOp::DateDate,
            _ => LocaleOp::DateTime,
        };
        let this = Value::from_borrowed(&cx.rt, this_val);
        let args: Vec<Value> = (0..argc.max(0) as usize)
            .map(|i| Value::from_borrowed(&cx.rt, *argv.add(i)))
            .collect();
        h.locale(&cx, op, &this, &args)
    })
}

impl Runtime {
    /// Sets what makes host placeholder properties and serves the
    /// built-ins' locale-sensitive methods (`None`: placeholders read as
    /// undefined, the methods use the engine's own C-locale code).
    pub fn set_host_builtins(&self, hooks: Option<Rc<dyn HostBuiltins>>) {
        let on = hooks.is_some();
        *self.inner.host_builtins.borrow_mut() = hooks;
        unsafe {
            if on {
                sys::JS_SetHostBuiltinHooks(
                    self.inner.rt,
                    Some(autoinit_trampoline),
                    Some(locale_trampoline),
                );
            } else {
                sys::JS_SetHostBuiltinHooks(self.inner.rt, None, None);
            }
        }
    }
}

impl Context {
    /// Defines the placeholder property `name` on `obj` (with `flags`),
    /// whose value [`HostBuiltins::autoinit`] makes in this realm on
    /// first read. `false` when `obj` already has the property.
    pub fn define_host_autoinit(&self, obj: &Value, name: &str, flags: i32) -> JsResult<bool> {
        let obj = self.own(obj)?;
        let atom = name.to_atom(self)?;
        let r = unsafe { sys::JS_DefineHostAutoInitProperty(self.raw(), obj, atom.raw, flags) };
        self.check_int(r).map(|r| r != 0)
    }

    /// The host value of this realm (undefined until set).
    pub fn host_value(&self) -> Value {
        Value::from_owned(&self.rt, unsafe { sys::JS_GetContextHostValue(self.raw()) })
    }

    /// Sets the host value of this realm (kept, and marked by the
    /// collector, as long as the realm lives).
    pub fn set_host_value(&self, v: Value) -> JsResult<()> {
        self.own(&v)?;
        unsafe { sys::JS_SetContextHostValue(self.raw(), v.into_raw()) };
        Ok(())
    }
}
