//! Classes whose instances carry Rust data, and exotic objects.
//!
//! A [`Class`] is registered once per runtime, on first use. Its instances
//! own a `T`; the engine's garbage collector asks `T` which values and
//! contexts it holds ([`Class::trace`]) so that cycles through Rust data are
//! collected, and drops `T` when the object is freed.
//!
//! An [`ExoticObject`] class also decides every property operation on its
//! instances (like a proxy, but in Rust): `node:vm` uses one for the global
//! object of a contextified context.

use std::any::TypeId;
use std::collections::HashMap;
use std::ffi::CString;
use std::hash::{BuildHasherDefault, Hasher};
use std::os::raw::c_int;
use std::panic::{catch_unwind, AssertUnwindSafe};

use jsvm_sys as sys;

use crate::runtime::Rt;
use crate::{Atom, Context, Exception, JsResult, Value};

/// A Rust type whose values can be the data of JavaScript objects.
///
/// # Safety
/// The garbage collector counts the references that objects hold on each
/// other by asking each object what it holds, and frees what only garbage
/// holds. [`Class::trace`] must therefore report only [`Value`]s and
/// [`Context`]s that this data owns (fields of `self`, or values owned by
/// them: never a value shared with other data through an `Rc`, nor one
/// kept in a global or thread-local), and report the same ones every time
/// it is called between two changes of the data. Reporting a value the data
/// does not own can make the collector free an object that is still in
/// use. What the tracer forgives: a value reported twice (counted once), a
/// value or context of another runtime (ignored), and values not reported
/// at all (then kept alive as long as this data lives, even in a cycle:
/// a leak, never a crash).
///
/// A class that holds no values needs no `trace` and is trivially sound:
///
/// ```
/// use jsvm_engine::{Class, Context, Runtime};
/// struct Counter(u32);
/// // SAFETY: holds no JavaScript values.
/// unsafe impl Class for Counter {
///     const NAME: &'static str = "Counter";
/// }
/// let rt = Runtime::new();
/// let ctx = Context::new(&rt);
/// let obj = ctx.new_instance(Counter(3), None).unwrap();
/// assert_eq!(ctx.instance_data::<Counter>(&obj).unwrap().0, 3);
/// ```
///
/// Implementing it without `unsafe` is refused:
///
/// ```compile_fail
/// use jsvm_engine::Class;
/// struct Counter(u32);
/// impl Class for Counter { const NAME: &'static str = "Counter"; }
/// ```
pub unsafe trait Class: Sized + 'static {
    /// The class name the engine reports.
    const NAME: &'static str;
    /// Reports every [`Value`] and [`Context`] this data owns (see the
    /// safety contract of the trait). A value not reported keeps its object
    /// alive for as long as this data lives, even in a cycle.
    fn trace(&self, _tracer: &Tracer<'_>) {}
}

/// Property behaviour of an exotic object, called by the engine for every
/// property operation on its instances. `obj` is the object itself.
pub trait ExoticObject: Class {
    /// `[[GetOwnProperty]]`.
    fn get_own_property(
        &self,
        ctx: &Context,
        obj: &Value,
        key: &Atom,
    ) -> JsResult<Option<PropertyDescriptor>>;
    /// `[[OwnPropertyKeys]]`.
    fn own_keys(&self, ctx: &Context, obj: &Value) -> JsResult<Vec<Atom>>;
    /// `[[Delete]]`.
    fn delete(&self, ctx: &Context, obj: &Value, key: &Atom) -> JsResult<bool>;
    /// `[[DefineOwnProperty]]`; `flags` carries the engine's definition
    /// flags (for example [`crate::flags::GLOBAL_DECLARATION`]).
    fn define_own_property(
        &self,
        ctx: &Context,
        obj: &Value,
        key: &Atom,
        desc: PropertyDescriptor,
        flags: i32,
    ) -> JsResult<bool>;
    /// `[[HasProperty]]` (the `in` operator).
    fn has(&self, ctx: &Context, obj: &Value, key: &Atom) -> JsResult<bool>;
    /// For a global object: whether global code sees a binding for `key`
    /// (patch 0001). Defaults to [`ExoticObject::has`].
    fn has_binding(&self, ctx: &Context, obj: &Value, key: &Atom) -> JsResult<bool> {
        self.has(ctx, obj, key)
    }
    /// `[[Get]]`.
    fn get(&self, ctx: &Context, obj: &Value, key: &Atom, receiver: &Value) -> JsResult<Value>;
    /// `[[Set]]`: `Ok(false)` is a refusal (a `TypeError` in strict code).
    fn set(
        &self,
        ctx: &Context,
        obj: &Value,
        key: &Atom,
        value: Value,
        receiver: &Value,
    ) -> JsResult<bool>;
    /// `[[PreventExtensions]]`: `Ok(false)` refuses (freeze, seal and
    /// preventExtensions then throw).
    fn prevent_extensions(&self, ctx: &Context, obj: &Value) -> JsResult<bool>;
}

/// Given to [`Class::trace`] to report held values. It reports each
/// object and context once per call however often it is given, and
/// ignores values and contexts of other runtimes.
pub struct Tracer<'a> {
    rt: *mut sys::JSRuntime,
    mark: sys::JS_MarkFunc,
    seen: std::cell::RefCell<Seen>,
    _p: std::marker::PhantomData<&'a ()>,
}

/// The heap addresses a tracer reported: a few inline, then a set.
#[derive(Default)]
struct Seen {
    few: [usize; 8],
    len: usize,
    many: Option<std::collections::HashSet<usize>>,
}

impl Seen {
    /// Records `p`; false when it was recorded already.
    fn insert(&mut self, p: usize) -> bool {
        if let Some(set) = &mut self.many {
            return set.insert(p);
        }
        if self.few[..self.len].contains(&p) {
            return false;
        }
        if self.len < self.few.len() {
            self.few[self.len] = p;
            self.len += 1;
        } else {
            let mut set: std::collections::HashSet<usize> = self.few.iter().copied().collect();
            set.insert(p);
            self.many = Some(set);
        }
        true
    }
}

impl Tracer<'_> {
    /// Reports a held value.
    pub fn value(&self, v: &Value) {
        // Only heap values are marked, each once; a value of another
        // runtime is not in this collector's graph.
        if !v.raw().has_ref_count() || v.rt.rt != self.rt {
            return;
        }
        if self
            .seen
            .borrow_mut()
            .insert(unsafe { v.raw().u.ptr } as usize)
        {
            unsafe { sys::JS_MarkValue(self.rt, v.raw(), self.mark) }
        }
    }
    /// Reports a held context (patch 0002).
    pub fn context(&self, c: &Context) {
        if c.rt.rt != self.rt {
            return;
        }
        if self.seen.borrow_mut().insert(c.raw() as usize) {
            unsafe { sys::JS_MarkContextRef(self.rt, c.raw(), self.mark) }
        }
    }
}

/// A property descriptor; absent fields are `None`.
#[derive(Clone, Default, Debug)]
pub struct PropertyDescriptor {
    /// The value of a data property.
    pub value: Option<Value>,
    /// The getter of an accessor.
    pub get: Option<Value>,
    /// The setter of an accessor.
    pub set: Option<Value>,
    /// `[[Writable]]`.
    pub writable: Option<bool>,
    /// `[[Enumerable]]`.
    pub enumerable: Option<bool>,
    /// `[[Configurable]]`.
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    /// A data property with the given attributes.
    pub fn data(value: Value, writable: bool, enumerable: bool, configurable: bool) -> Self {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(writable),
            enumerable: Some(enumerable),
            configurable: Some(configurable),
            ..Default::default()
        }
    }

    /// Whether this describes an accessor.
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }

    /// From a complete descriptor the engine returned (owned values).
    pub(crate) fn from_raw(rt: &Rt, d: sys::JSPropertyDescriptor) -> Self {
        let getset = d.flags & sys::JS_PROP_GETSET != 0;
        let value = Value::from_owned(rt, d.value);
        let get = Value::from_owned(rt, d.getter);
        let set = Value::from_owned(rt, d.setter);
        PropertyDescriptor {
            value: (!getset).then_some(value),
            get: getset.then_some(get),
            set: getset.then_some(set),
            writable: (!getset).then_some(d.flags & sys::JS_PROP_WRITABLE != 0),
            enumerable: Some(d.flags & sys::JS_PROP_ENUMERABLE != 0),
            configurable: Some(d.flags & sys::JS_PROP_CONFIGURABLE != 0),
        }
    }

    /// From the arguments of a define operation (borrowed values).
    fn from_define(
        rt: &Rt,
        flags: c_int,
        val: sys::JSValue,
        getter: sys::JSValue,
        setter: sys::JSValue,
    ) -> Self {
        let has = |bit| flags & bit != 0;
        PropertyDescriptor {
            value: has(sys::JS_PROP_HAS_VALUE).then(|| Value::from_borrowed(rt, val)),
            get: has(sys::JS_PROP_HAS_GET).then(|| Value::from_borrowed(rt, getter)),
            set: has(sys::JS_PROP_HAS_SET).then(|| Value::from_borrowed(rt, setter)),
            writable: has(sys::JS_PROP_HAS_WRITABLE).then_some(has(sys::JS_PROP_WRITABLE)),
            enumerable: has(sys::JS_PROP_HAS_ENUMERABLE).then_some(has(sys::JS_PROP_ENUMERABLE)),
            configurable: has(sys::JS_PROP_HAS_CONFIGURABLE)
                .then_some(has(sys::JS_PROP_CONFIGURABLE)),
        }
    }

    /// Flags and borrowed values for `JS_DefineProperty`.
    pub(crate) fn to_raw_parts(&self) -> (c_int, sys::JSValue, sys::JSValue, sys::JSValue) {
        let mut flags = 0;
        let mut bit = |opt: Option<bool>, has: c_int, set: c_int| {
            if let Some(b) = opt {
                flags |= has;
                if b {
                    flags |= set;
                }
            }
        };
        bit(
            self.writable,
            sys::JS_PROP_HAS_WRITABLE,
            sys::JS_PROP_WRITABLE,
        );
        bit(
            self.enumerable,
            sys::JS_PROP_HAS_ENUMERABLE,
            sys::JS_PROP_ENUMERABLE,
        );
        bit(
            self.configurable,
            sys::JS_PROP_HAS_CONFIGURABLE,
            sys::JS_PROP_CONFIGURABLE,
        );
        let raw = |v: &Option<Value>| v.as_ref().map_or(sys::JS_UNDEFINED, Value::raw);
        if self.value.is_some() {
            flags |= sys::JS_PROP_HAS_VALUE;
        }
        if self.get.is_some() {
            flags |= sys::JS_PROP_HAS_GET;
        }
        if self.set.is_some() {
            flags |= sys::JS_PROP_HAS_SET;
        }
        (flags, raw(&self.value), raw(&self.get), raw(&self.set))
    }

    /// Fills an engine descriptor (complete, owned values).
    fn write_raw(self, d: &mut sys::JSPropertyDescriptor) {
        let mut flags = 0;
        if self.enumerable == Some(true) {
            flags |= sys::JS_PROP_ENUMERABLE;
        }
        if self.configurable == Some(true) {
            flags |= sys::JS_PROP_CONFIGURABLE;
        }
        if self.is_accessor() {
            flags |= sys::JS_PROP_GETSET;
            d.value = sys::JS_UNDEFINED;
            d.getter = self.get.map_or(sys::JS_UNDEFINED, Value::into_raw);
            d.setter = self.set.map_or(sys::JS_UNDEFINED, Value::into_raw);
        } else {
            if self.writable == Some(true) {
                flags |= sys::JS_PROP_WRITABLE;
            }
            d.value = self.value.map_or(sys::JS_UNDEFINED, Value::into_raw);
            d.getter = sys::JS_UNDEFINED;
            d.setter = sys::JS_UNDEFINED;
        }
        d.flags = flags;
    }
}

/// Hashes a `TypeId`, which is already a hash: its bits as they are (every
/// native call looks its class up, and SipHash was a visible part of it).
#[derive(Default)]
struct TypeIdHasher(u64);

impl Hasher for TypeIdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 ^= n;
    }
}

#[derive(Default)]
pub(crate) struct ClassRegistry {
    ids: HashMap<TypeId, sys::JSClassID, BuildHasherDefault<TypeIdHasher>>,
    // Boxed: the engine keeps pointers to them, which must not move.
    #[allow(clippy::vec_box)]
    exotics: Vec<Box<sys::JSClassExoticMethods>>,
    names: Vec<CString>,
}

fn register<T: Class>(rt: &Rt, exotic: Option<sys::JSClassExoticMethods>) -> sys::JSClassID {
    let mut reg = rt.classes.borrow_mut();
    if let Some(id) = reg.ids.get(&TypeId::of::<T>()) {
        return *id;
    }
    let mut id: sys::JSClassID = 0;
    unsafe { sys::JS_NewClassID(rt.rt, &mut id) };
    let name = CString::new(T::NAME).unwrap();
    let exotic_ptr = match exotic {
        Some(e) => {
            let mut b = Box::new(e);
            let p: *mut sys::JSClassExoticMethods = &mut *b;
            reg.exotics.push(b);
            p
        }
        None => std::ptr::null_mut(),
    };
    let def = sys::JSClassDef {
        class_name: name.as_ptr(),
        finalizer: Some(finalize::<T>),
        gc_mark: Some(mark::<T>),
        call: None,
        exotic: exotic_ptr,
    };
    reg.names.push(name);
    let r = unsafe { sys::JS_NewClass(rt.rt, id, &def) };
    assert!(r == 0, "cannot register class {}", T::NAME);
    reg.ids.insert(TypeId::of::<T>(), id);
    id
}

unsafe fn data_of<'a, T>(obj: sys::JSValue) -> &'a T {
    let mut id = 0;
    &*(sys::JS_GetAnyOpaque(obj, &mut id) as *const T)
}

unsafe extern "C" fn finalize<T: Class>(_rt: *mut sys::JSRuntime, val: sys::JSValue) {
    let mut id = 0;
    let p = sys::JS_GetAnyOpaque(val, &mut id) as *mut T;
    if !p.is_null() {
        drop(Box::from_raw(p));
    }
}

unsafe extern "C" fn mark<T: Class>(
    rt: *mut sys::JSRuntime,
    val: sys::JSValue,
    mark_func: sys::JS_MarkFunc,
) {
    let mut id = 0;
    let p = sys::JS_GetAnyOpaque(val, &mut id) as *const T;
    if !p.is_null() {
        let t = Tracer {
            rt,
            mark: mark_func,
            seen: Default::default(),
            _p: std::marker::PhantomData,
        };
        (*p).trace(&t);
    }
}

impl Context {
    /// A new object of class `T` owning `data`, with `proto` as prototype
    /// (or the class's default prototype, `Object.prototype` unless set).
    pub fn new_instance<T: Class>(&self, data: T, proto: Option<&Value>) -> JsResult<Value> {
        let id = register::<T>(&self.rt, None);
        self.new_instance_of(id, data, proto)
    }

    /// A new exotic object of class `T` owning `data`.
    pub fn new_exotic_instance<T: ExoticObject>(
        &self,
        data: T,
        proto: Option<&Value>,
    ) -> JsResult<Value> {
        let id = register::<T>(&self.rt, Some(exotic_methods::<T>()));
        self.new_instance_of(id, data, proto)
    }

    fn new_instance_of<T: Class>(
        &self,
        id: sys::JSClassID,
        data: T,
        proto: Option<&Value>,
    ) -> JsResult<Value> {
        let obj = match proto {
            Some(p) => {
                let p = self.own(p)?;
                self.check(unsafe { sys::JS_NewObjectProtoClass(self.raw(), p, id) })?
            }
            None => self.check(unsafe { sys::JS_NewObjectClass(self.raw(), id) })?,
        };
        let p = Box::into_raw(Box::new(data));
        unsafe { sys::JS_SetOpaque(obj.raw(), p.cast()) };
        Ok(obj)
    }

    /// The data of an object of class `T`, or `None` for other values.
    pub fn instance_data<'v, T: Class>(&self, v: &'v Value) -> Option<&'v T> {
        if !self.owns(v) {
            return None;
        }
        let id = *self.rt.classes.borrow().ids.get(&TypeId::of::<T>())?;
        let p = unsafe { sys::JS_GetOpaque(v.raw(), id) } as *const T;
        (!p.is_null()).then(|| unsafe { &*p })
    }
}

fn exotic_methods<T: ExoticObject>() -> sys::JSClassExoticMethods {
    sys::JSClassExoticMethods {
        get_own_property: Some(ex_get_own_property::<T>),
        get_own_property_names: Some(ex_own_keys::<T>),
        delete_property: Some(ex_delete::<T>),
        define_own_property: Some(ex_define::<T>),
        has_property: Some(ex_has::<T>),
        get_property: Some(ex_get::<T>),
        set_property: Some(ex_set::<T>),
        prevent_extensions: Some(ex_prevent_extensions::<T>),
        has_binding: Some(ex_has_binding::<T>),
    }
}

/// Runs a callback body, turning an exception or a panic into the engine's
/// error convention.
fn guard<R>(ctx: &Context, on_err: R, f: impl FnOnce() -> JsResult<R>) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            ctx.throw_raw(e);
            on_err
        }
        Err(payload) => {
            // The panic goes on in the Rust code that runs this JavaScript
            // (when the engine returns to it): kept here, while an error
            // that no `catch` or `finally` sees unwinds the JavaScript
            // frames in between.
            // (The error is made first: taking it would resume the panic.)
            let e = ctx.internal_error("a host function panicked");
            ctx.rt.keep_panic(payload);
            unsafe { sys::JS_SetUncatchableError(ctx.raw(), e.value().raw()) };
            ctx.throw_raw(e);
            on_err
        }
    }
}

/// [`guard`] for a callback that returns a value, which must be of the
/// callback's runtime.
pub(crate) fn guard_value(ctx: &Context, f: impl FnOnce() -> JsResult<Value>) -> sys::JSValue {
    guard(ctx, sys::JS_EXCEPTION, || {
        let v = f()?;
        ctx.own(&v)?;
        Ok(v.into_raw())
    })
}

fn bool_int(b: bool) -> c_int {
    b as c_int
}

/// The common part of every exotic trampoline: the running context, the
/// object's data and the object, and the engine's error convention.
unsafe fn exotic_call<T: ExoticObject, R>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
    on_err: R,
    f: impl FnOnce(&Context, &T, &Value) -> JsResult<R>,
) -> R {
    // The engine calls exotic methods without checking the stack, and
    // they may recurse (a context object that is another context's
    // global): check it here (patch 0021), 32 KiB past the engine's limit
    // (the runtime leaves at least 128 KiB below it), so that recursion
    // through JavaScript calls fails in the engine's own check first.
    if sys::JS_CheckStackOverflow(ctx, 32 * 1024) < 0 {
        return on_err;
    }
    let cx = Context::from_callback(ctx);
    let data = data_of::<T>(obj);
    let o = Value::from_borrowed(&cx.rt, obj);
    guard(&cx, on_err, || f(&cx, data, &o))
}

unsafe extern "C" fn ex_get_own_property<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    desc: *mut sys::JSPropertyDescriptor,
    obj: sys::JSValue,
    prop: sys::JSAtom,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        let key = Atom::from_borrowed(cx, prop);
        Ok(match data.get_own_property(cx, o, &key)? {
            None => 0,
            Some(d) => {
                for v in [&d.value, &d.get, &d.set].into_iter().flatten() {
                    cx.own(v)?;
                }
                if !desc.is_null() {
                    d.write_raw(&mut *desc);
                }
                1
            }
        })
    })
}

unsafe extern "C" fn ex_own_keys<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    ptab: *mut *mut sys::JSPropertyEnum,
    plen: *mut u32,
    obj: sys::JSValue,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        let keys = data.own_keys(cx, o)?;
        if keys.iter().any(|k| !k.belongs_to(cx)) {
            return Err(cx.wrong_runtime());
        }
        let size = std::mem::size_of::<sys::JSPropertyEnum>() * keys.len().max(1);
        let tab = sys::js_malloc(ctx, size) as *mut sys::JSPropertyEnum;
        if tab.is_null() {
            return Err(cx.take_exception());
        }
        for (i, k) in keys.iter().enumerate() {
            tab.add(i).write(sys::JSPropertyEnum {
                is_enumerable: false,
                atom: sys::JS_DupAtom(ctx, k.raw),
            });
        }
        *ptab = tab;
        *plen = keys.len() as u32;
        Ok(0)
    })
}

unsafe extern "C" fn ex_delete<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
    prop: sys::JSAtom,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        data.delete(cx, o, &Atom::from_borrowed(cx, prop))
            .map(bool_int)
    })
}

unsafe extern "C" fn ex_define<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
    prop: sys::JSAtom,
    val: sys::JSValue,
    getter: sys::JSValue,
    setter: sys::JSValue,
    flags: c_int,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        let desc = PropertyDescriptor::from_define(&cx.rt, flags, val, getter, setter);
        let key = Atom::from_borrowed(cx, prop);
        let ok = data.define_own_property(cx, o, &key, desc, flags)?;
        if !ok && flags & sys::JS_PROP_THROW != 0 {
            let name = key.to_string(cx).unwrap_or_default();
            return Err(cx.type_error(&format!("Cannot redefine property: {name}")));
        }
        Ok(bool_int(ok))
    })
}

unsafe extern "C" fn ex_has<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
    prop: sys::JSAtom,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        data.has(cx, o, &Atom::from_borrowed(cx, prop))
            .map(bool_int)
    })
}

unsafe extern "C" fn ex_has_binding<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
    prop: sys::JSAtom,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        data.has_binding(cx, o, &Atom::from_borrowed(cx, prop))
            .map(bool_int)
    })
}

unsafe extern "C" fn ex_get<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
    prop: sys::JSAtom,
    receiver: sys::JSValue,
) -> sys::JSValue {
    exotic_call::<T, _>(ctx, obj, sys::JS_EXCEPTION, |cx, data, o| {
        let r = Value::from_borrowed(&cx.rt, receiver);
        let v = data.get(cx, o, &Atom::from_borrowed(cx, prop), &r)?;
        cx.own(&v)?;
        Ok(v.into_raw())
    })
}

unsafe extern "C" fn ex_set<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
    prop: sys::JSAtom,
    value: sys::JSValue,
    receiver: sys::JSValue,
    _flags: c_int,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        let r = Value::from_borrowed(&cx.rt, receiver);
        let v = Value::from_borrowed(&cx.rt, value);
        data.set(cx, o, &Atom::from_borrowed(cx, prop), v, &r)
            .map(bool_int)
    })
}

unsafe extern "C" fn ex_prevent_extensions<T: ExoticObject>(
    ctx: *mut sys::JSContext,
    obj: sys::JSValue,
) -> c_int {
    exotic_call::<T, _>(ctx, obj, -1, |cx, data, o| {
        data.prevent_extensions(cx, o).map(bool_int)
    })
}

impl From<Exception> for Value {
    fn from(e: Exception) -> Value {
        e.into_value()
    }
}
