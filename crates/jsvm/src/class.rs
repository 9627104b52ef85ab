//! Rust structs as JavaScript classes: [`Isolate::class`] makes a
//! constructor whose instances own a `T`, with methods that take
//! `&mut T` and getters that take `&T`; `instanceof` works, and the data
//! is dropped when the object is collected.
//!
//! ```
//! use jsvm::Isolate;
//!
//! struct Counter { n: i64 }
//!
//! let iso = Isolate::new();
//! let counter = iso
//!     .class("Counter", |start: Option<i64>| Counter { n: start.unwrap_or(0) })
//!     .method("add", |c: &mut Counter, by: i64| { c.n += by; c.n })
//!     .getter("value", |c: &Counter| c.n)
//!     .build()
//!     .unwrap();
//! iso.set_global("Counter", counter).unwrap();
//! let v: i64 = iso.eval("const c = new Counter(40); c.add(1); c.add(1); c.value").unwrap();
//! assert_eq!(v, 42);
//! assert!(iso.eval::<bool>("c instanceof Counter").unwrap());
//! ```

use std::cell::RefCell;
use std::marker::PhantomData;

use jsvm_engine::{Class, Context, JsResult, PropertyDescriptor, Value};

use crate::host::{Caller, HostResult};
use crate::{Error, FromJs, Isolate};

/// The data of an instance of a class made by [`Isolate::class`].
struct Instance<T>(RefCell<T>);

// SAFETY: `trace` reports nothing, which is always sound: a `T` that
// holds values keeps them alive as long as it lives (a leak in a cycle,
// never a crash).
unsafe impl<T: 'static> Class for Instance<T> {
    const NAME: &'static str = "Object";
}

/// A method of `T`: `Fn(&mut T, A1, ..., An) -> R` (up to 6 parameters,
/// each [`FromJs`], `R` a [`HostResult`]).
pub trait Method<T, Args>: 'static {
    /// The method's `length`.
    const LENGTH: i32;
    /// Calls the method on `data` with the call's arguments.
    fn invoke(&self, ctx: &Context, data: &mut T, args: &[Value]) -> JsResult<Value>;
}

macro_rules! methods {
    ($( ($n:expr; $($a:ident $i:tt),*) )*) => {$(
        impl<T, F, R, $($a,)*> Method<T, ($($a,)*)> for F
        where
            T: 'static,
            F: Fn(&mut T, $($a),*) -> R + 'static,
            R: HostResult,
            $($a: FromJs,)*
        {
            const LENGTH: i32 = $n;
            #[allow(unused_variables)]
            fn invoke(&self, ctx: &Context, data: &mut T, args: &[Value]) -> JsResult<Value> {
                (self)(data, $(crate::host::arg::<$a>(ctx, args, $i)?),*).into_result(ctx)
            }
        }
    )*};
}
methods! {
    (0;)
    (1; A 0)
    (2; A 0, B 1)
    (3; A 0, B 1, C 2)
    (4; A 0, B 1, C 2, D 3)
    (5; A 0, B 1, C 2, D 3, E 4)
    (6; A 0, B 1, C 2, D 3, E 4, G 5)
}

type Installer<'a> = Box<dyn FnOnce(&Context, &Value) -> JsResult<()> + 'a>;
type MakeInstance = Box<dyn Fn(&Caller, &[Value]) -> JsResult<Value>>;

/// Builds a class ([`Isolate::class`]): add methods and getters, then
/// [`build`](Self::build) the constructor.
pub struct ClassBuilder<'i, T> {
    iso: &'i Isolate,
    name: String,
    constructor: MakeInstance,
    length: i32,
    members: Vec<Installer<'i>>,
    _t: PhantomData<T>,
}

impl<T> std::fmt::Debug for ClassBuilder<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClassBuilder")
            .field("name", &self.name)
            .field("members", &self.members.len())
            .finish_non_exhaustive()
    }
}

/// The data of `this`, borrowed mutably for one call.
fn with_data<T: 'static, R>(
    ctx: &Context,
    this: &Value,
    class: &str,
    f: impl FnOnce(&mut T) -> JsResult<R>,
) -> JsResult<R> {
    let Some(cell) = ctx.instance_data::<Instance<T>>(this) else {
        return Err(ctx.type_error(&format!("Illegal invocation: this is not a {class}")));
    };
    let Ok(mut data) = cell.0.try_borrow_mut() else {
        return Err(ctx.type_error(&format!("The {class} is in use by a call already")));
    };
    f(&mut data)
}

impl<'i, T: 'static> ClassBuilder<'i, T> {
    /// Adds a method on the prototype.
    pub fn method<Args, M: Method<T, Args>>(mut self, name: &str, m: M) -> Self {
        let (class, name) = (self.name.clone(), name.to_string());
        self.members.push(Box::new(move |ctx, proto| {
            let f = ctx.new_function(&name, M::LENGTH, move |c, this, args| {
                with_data::<T, _>(c, this, &class, |data| m.invoke(c, data, args))
            })?;
            ctx.define_value(proto, name.as_str(), f, WRITABLE_CONFIGURABLE)?;
            Ok(())
        }));
        self
    }

    /// Adds a getter on the prototype.
    pub fn getter<R: HostResult, G: Fn(&T) -> R + 'static>(mut self, name: &str, g: G) -> Self {
        let (class, name) = (self.name.clone(), name.to_string());
        self.members.push(Box::new(move |ctx, proto| {
            let f = ctx.new_function(&format!("get {name}"), 0, move |c, this, _| {
                with_data::<T, _>(c, this, &class, |data| g(data).into_result(c))
            })?;
            let desc = PropertyDescriptor {
                get: Some(f),
                enumerable: Some(false),
                configurable: Some(true),
                ..Default::default()
            };
            ctx.define_property(proto, name.as_str(), &desc, true)?;
            Ok(())
        }));
        self
    }

    /// Makes the constructor (`new Name(...)` calls the constructor
    /// closure; calling it without `new` is a `TypeError`, as for a class),
    /// with `prototype` holding the methods and getters.
    pub fn build(self) -> Result<Value, Error> {
        let iso = self.iso;
        let m = &iso.main;
        let made = (|| -> JsResult<Value> {
            let proto = m.new_object()?;
            for install in self.members {
                install(m, &proto)?;
            }
            let constructor = self.constructor;
            let name = self.name.clone();
            let ctor = m.new_function(&self.name, self.length, move |c, this, args| {
                // Called with `new`, the host function gets `new.target`.
                if !c.is_function(this) {
                    return Err(c.type_error(&format!(
                        "Class constructor {name} cannot be invoked without 'new'"
                    )));
                }
                constructor(&Caller::new(c, this), args)
            })?;
            m.set_constructor(&ctor, true);
            m.define_value(&ctor, "prototype", proto.clone(), 0)?;
            m.define_value(&proto, "constructor", ctor.clone(), WRITABLE_CONFIGURABLE)?;
            Ok(ctor)
        })();
        made.map_err(|e| iso.error_of(&e))
    }
}

const WRITABLE_CONFIGURABLE: i32 =
    jsvm_engine::flags::WRITABLE | jsvm_engine::flags::CONFIGURABLE | jsvm_engine::flags::THROW;

/// A class constructor closure: `Fn(A1, ..., An) -> R` (up to 6
/// parameters, each [`FromJs`]) where `R` is the data `T` or a
/// `Result<T, E>` whose error is thrown ([`IntoThrow`](crate::IntoThrow)).
pub trait Constructor<T, Args>: 'static {
    /// The constructor's `length`.
    const LENGTH: i32;
    /// Makes the data from the call's arguments.
    fn make(&self, ctx: &Context, args: &[Value]) -> JsResult<T>;
}

macro_rules! constructors {
    ($( ($n:expr; $($a:ident $i:tt),*) )*) => {$(
        impl<T, F, R, $($a,)*> Constructor<T, ($($a,)*)> for F
        where
            F: Fn($($a),*) -> R + 'static,
            R: IntoData<T>,
            $($a: FromJs,)*
        {
            const LENGTH: i32 = $n;
            #[allow(unused_variables)]
            fn make(&self, ctx: &Context, args: &[Value]) -> JsResult<T> {
                (self)($(crate::host::arg::<$a>(ctx, args, $i)?),*).into_data(ctx)
            }
        }
    )*};
}
constructors! {
    (0;)
    (1; A 0)
    (2; A 0, B 1)
    (3; A 0, B 1, C 2)
    (4; A 0, B 1, C 2, D 3)
    (5; A 0, B 1, C 2, D 3, E 4)
    (6; A 0, B 1, C 2, D 3, E 4, G 5)
}

impl<T> IntoData<T> for T {
    fn into_data(self, _: &Context) -> JsResult<T> {
        Ok(self)
    }
}

impl<T, E: crate::IntoThrow> IntoData<T> for Result<T, E> {
    fn into_data(self, ctx: &Context) -> JsResult<T> {
        self.map_err(|e| e.into_throw(ctx))
    }
}

impl Isolate {
    /// Starts a class named `name` whose constructor makes its instance's
    /// data with `constructor` (a [`Constructor`]): a wrong argument is
    /// Node's `ERR_INVALID_ARG_TYPE`, an `Err` is thrown.
    pub fn class<T: 'static, Args, C: Constructor<T, Args>>(
        &self,
        name: &str,
        constructor: C,
    ) -> ClassBuilder<'_, T> {
        let ctor = move |caller: &Caller, args: &[Value]| -> JsResult<Value> {
            let ctx = caller.context();
            let data = constructor.make(ctx, args)?;
            // `new.target.prototype`, so that subclasses work too.
            let proto = ctx.get(caller.this(), "prototype")?;
            let proto = proto.is_object().then_some(proto);
            ctx.new_instance(Instance(RefCell::new(data)), proto.as_ref())
        };
        ClassBuilder {
            iso: self,
            name: name.to_string(),
            constructor: Box::new(ctor),
            length: C::LENGTH,
            members: Vec::new(),
            _t: PhantomData,
        }
    }

    /// The data of an instance of a class made by [`Isolate::class`], for
    /// the length of `f`.
    pub fn with_instance<T: 'static, R>(
        &self,
        obj: &Value,
        f: impl FnOnce(&mut T) -> R,
    ) -> Option<R> {
        let cell = self.main.instance_data::<Instance<T>>(obj)?;
        let mut data = cell.0.try_borrow_mut().ok()?;
        Some(f(&mut data))
    }
}

/// What a class constructor closure returns: the data, or a `Result` of it
/// whose error is thrown.
pub trait IntoData<T> {
    /// The data, or the exception to throw.
    fn into_data(self, ctx: &Context) -> JsResult<T>;
}
