//! Typed host functions: Rust closures with typed parameters as
//! JavaScript functions ([`Isolate::function`]), and the [`Caller`] handle
//! a host function may take first, which reaches the isolate's context,
//! `this` and the isolate's typed user data ([`Isolate::set_data`]) without
//! capturing anything.
//!
//! ```
//! use jsvm::{Caller, Isolate};
//!
//! let iso = Isolate::new();
//! let add = iso.function("add", |a: i64, b: i64| a + b).unwrap();
//! iso.set_global("add", &add).unwrap();
//! assert_eq!(iso.eval::<i64>("add(40, 2)").unwrap(), 42);
//!
//! // A wrong argument is Node's TypeError, which scripts can catch.
//! let msg: String = iso.eval("try { add('x', 1) } catch (e) { `${e.code}: ${e.message}` }").unwrap();
//! assert_eq!(
//!     msg,
//!     "ERR_INVALID_ARG_TYPE: The \"arguments[0]\" argument must be of type number \
//!      or bigint. Received type string ('x')"
//! );
//!
//! // A fallible function: its error is thrown.
//! let parse = iso
//!     .function("parse", |s: String| s.parse::<u32>().map_err(|e| e.to_string()))
//!     .unwrap();
//! iso.set_global("parse", &parse).unwrap();
//! assert_eq!(iso.eval::<u32>("parse('12')").unwrap(), 12);
//! assert_eq!(
//!     iso.eval::<String>("try { parse('z') } catch (e) { e.message }").unwrap(),
//!     "invalid digit found in string"
//! );
//!
//! // State through the isolate's user data, not through captured handles.
//! iso.set_data(std::cell::Cell::new(0u32));
//! let count = iso
//!     .function("count", |c: &Caller| {
//!         let n = c.data::<std::cell::Cell<u32>>().unwrap();
//!         n.set(n.get() + 1);
//!         n.get()
//!     })
//!     .unwrap();
//! iso.set_global("count", &count).unwrap();
//! assert_eq!(iso.eval::<u32>("count(); count(); count()").unwrap(), 3);
//! ```

use std::rc::Rc;

use jsvm_engine::{Context, Exception, HostCause, JsResult, Value};

use crate::convert::data_string;
use crate::{Error, FromJs, IntoArgs, IntoJs, Isolate};

/// What a host function that takes it as its first parameter gets: the
/// context it was called in, `this`, and the isolate's user data. It holds
/// no reference to the isolate beyond the call.
#[derive(Debug)]
pub struct Caller {
    ctx: Context,
    this: Value,
}

impl Caller {
    pub(crate) fn new(ctx: &Context, this: &Value) -> Caller {
        Caller {
            ctx: ctx.clone(),
            this: this.clone(),
        }
    }

    /// The context (realm) the function was called from.
    pub fn context(&self) -> &Context {
        &self.ctx
    }

    /// The `this` of the call.
    pub fn this(&self) -> &Value {
        &self.this
    }

    /// The isolate's user data of type `T` ([`Isolate::set_data`]).
    pub fn data<T: 'static>(&self) -> Option<Rc<T>> {
        user_data(&self.ctx)
    }

    /// Reads a value as a `T`.
    pub fn from_js<T: FromJs>(&self, v: &Value) -> JsResult<T> {
        T::from_js(&self.ctx, v)
    }

    /// Makes a value.
    pub fn to_js(&self, v: impl IntoJs) -> JsResult<Value> {
        v.into_js(&self.ctx)
    }

    /// Calls `function` (with `this` undefined) and reads the result.
    pub fn call<T: FromJs>(&self, function: &Value, args: impl IntoArgs) -> JsResult<T> {
        let args = args.into_args(&self.ctx)?;
        let r = self.ctx.call(function, &self.ctx.undefined(), &args)?;
        T::from_js(&self.ctx, &r)
    }
}

/// An error a host function returns, thrown into JavaScript.
///
/// Implemented for [`Exception`] (thrown as it is), [`Error`] (a thrown
/// value keeps its name and message), strings (an `Error` with that
/// message) and boxed errors (an `Error` with their `Display`).
pub trait IntoThrow {
    /// The exception to throw in `ctx`.
    fn into_throw(self, ctx: &Context) -> Exception;
}

impl IntoThrow for Exception {
    fn into_throw(self, _: &Context) -> Exception {
        self
    }
}

/// An `Error` object of `ctx` with `message` (a plain `Error` when it
/// cannot be made).
fn plain_error(ctx: &Context, message: &str) -> Exception {
    match ctx.error(message) {
        Ok(v) => Exception::new(v),
        Err(e) => e,
    }
}

impl IntoThrow for Error {
    fn into_throw(self, ctx: &Context) -> Exception {
        match self {
            Error::Thrown { name, message, .. } => {
                let e = plain_error(ctx, &message);
                if !name.is_empty() && name != "Error" {
                    if let Ok(n) = ctx.string(&name) {
                        let _ = ctx.set(e.value(), "name", n);
                    }
                }
                e
            }
            Error::Conversion { message } => ctx.type_error(&message),
            Error::WrongIsolate => ctx.wrong_runtime(),
            other => plain_error(ctx, &other.to_string()),
        }
    }
}

impl IntoThrow for String {
    fn into_throw(self, ctx: &Context) -> Exception {
        plain_error(ctx, &self)
    }
}

impl IntoThrow for &str {
    fn into_throw(self, ctx: &Context) -> Exception {
        plain_error(ctx, self)
    }
}

impl IntoThrow for Box<dyn std::error::Error + Send + Sync> {
    fn into_throw(self, ctx: &Context) -> Exception {
        plain_error(ctx, &self.to_string())
    }
}

/// What a host function returns: a value ([`IntoJs`]) or a `Result` whose
/// error is thrown ([`IntoThrow`]).
pub trait HostResult {
    /// The value, or the exception to throw.
    fn into_result(self, ctx: &Context) -> JsResult<Value>;
}

impl<T: IntoJs> HostResult for T {
    fn into_result(self, ctx: &Context) -> JsResult<Value> {
        self.into_js(ctx)
    }
}

impl<T: IntoJs, E: IntoThrow> HostResult for Result<T, E> {
    fn into_result(self, ctx: &Context) -> JsResult<Value> {
        match self {
            Ok(v) => v.into_js(ctx),
            Err(e) => Err(e.into_throw(ctx)),
        }
    }
}

/// A Rust closure usable as a JavaScript function: `Fn(A1, ..., An) -> R`
/// or `Fn(&Caller, A1, ..., An) -> R` (up to 8 parameters), each `Ai`
/// [`FromJs`] and `R` a [`HostResult`]. `Args` only tells the forms apart.
pub trait HostFunction<Args>: 'static {
    /// The function's `length`: its number of JavaScript parameters.
    const LENGTH: i32;
    /// Calls the closure with the call's arguments (missing ones are
    /// `undefined`, extra ones ignored).
    fn invoke(&self, caller: &Caller, args: &[Value]) -> JsResult<Value>;
}

/// Marks the [`HostFunction`] form that takes a [`Caller`] first.
pub struct WithCaller<T>(std::marker::PhantomData<T>);

/// Argument `i` read as an `A`; a conversion failure becomes Node's
/// `ERR_INVALID_ARG_TYPE` naming the argument.
pub(crate) fn arg<A: FromJs>(ctx: &Context, args: &[Value], i: usize) -> JsResult<A> {
    let undefined;
    let v = match args.get(i) {
        Some(v) => v,
        None => {
            undefined = ctx.undefined();
            &undefined
        }
    };
    A::from_js(ctx, v).map_err(|e| {
        if e.cause() != Some(HostCause::Conversion) {
            return e;
        }
        let message = data_string(ctx, e.value(), "message").unwrap_or_default();
        let rest = message.strip_prefix("The value ").unwrap_or(&message);
        let e = ctx.type_error(&format!("The \"arguments[{i}]\" argument {rest}"));
        if let Ok(code) = ctx.string("ERR_INVALID_ARG_TYPE") {
            let _ = ctx.set(e.value(), "code", code);
        }
        e
    })
}

macro_rules! host_functions {
    ($( ($n:expr; $($a:ident $i:tt),*) )*) => {$(
        impl<F, R, $($a,)*> HostFunction<($($a,)*)> for F
        where
            F: Fn($($a),*) -> R + 'static,
            R: HostResult,
            $($a: FromJs,)*
        {
            const LENGTH: i32 = $n;
            #[allow(unused_variables)]
            fn invoke(&self, caller: &Caller, args: &[Value]) -> JsResult<Value> {
                let ctx = &caller.ctx;
                (self)($(arg::<$a>(ctx, args, $i)?),*).into_result(ctx)
            }
        }
        impl<F, R, $($a,)*> HostFunction<WithCaller<($($a,)*)>> for F
        where
            F: Fn(&Caller, $($a),*) -> R + 'static,
            R: HostResult,
            $($a: FromJs,)*
        {
            const LENGTH: i32 = $n;
            #[allow(unused_variables)]
            fn invoke(&self, caller: &Caller, args: &[Value]) -> JsResult<Value> {
                let ctx = &caller.ctx;
                (self)(caller, $(arg::<$a>(ctx, args, $i)?),*).into_result(ctx)
            }
        }
    )*};
}
host_functions! {
    (0;)
    (1; A 0)
    (2; A 0, B 1)
    (3; A 0, B 1, C 2)
    (4; A 0, B 1, C 2, D 3)
    (5; A 0, B 1, C 2, D 3, E 4)
    (6; A 0, B 1, C 2, D 3, E 4, G 5)
    (7; A 0, B 1, C 2, D 3, E 4, G 5, H 6)
    (8; A 0, B 1, C 2, D 3, E 4, G 5, H 6, I 7)
}

fn user_data<T: 'static>(ctx: &Context) -> Option<Rc<T>> {
    ctx.runtime().user_data::<T>()
}

impl Isolate {
    /// A JavaScript function of the main context's realm that calls `f`
    /// with its arguments converted ([`FromJs`]) and its result converted
    /// back ([`HostResult`]). A conversion failure is Node's
    /// `ERR_INVALID_ARG_TYPE` `TypeError`; an `Err` is thrown
    /// ([`IntoThrow`]); a panic is not turned into a JavaScript error:
    /// it unwinds the JavaScript frames (no `catch` or `finally` runs) and
    /// goes on in the Rust code that ran the JavaScript.
    ///
    /// The closure must not capture [`Value`]s or the isolate: keep state
    /// in the isolate's user data ([`Isolate::set_data`], read with
    /// [`Caller::data`]) or in JavaScript objects.
    pub fn function<Args, F: HostFunction<Args>>(&self, name: &str, f: F) -> Result<Value, Error> {
        self.main
            .new_function(name, F::LENGTH, move |ctx, this, args| {
                let caller = Caller {
                    ctx: ctx.clone(),
                    this: this.clone(),
                };
                f.invoke(&caller, args)
            })
            .map_err(|e| self.error_of(&e))
    }

    /// Sets the isolate's user data of type `T` (replacing any), which
    /// host functions read with [`Caller::data`]. It lives as long as the
    /// isolate; like host closures, it must not hold [`Value`]s.
    pub fn set_data<T: 'static>(&self, data: T) {
        self.runtime.set_user_data(data);
    }

    /// The isolate's user data of type `T`.
    pub fn data<T: 'static>(&self) -> Option<Rc<T>> {
        user_data(&self.main)
    }
}
