//! Typed values: [`FromJs`] reads a JavaScript value as a Rust type,
//! [`IntoJs`] makes one from a Rust value, [`IntoArgs`] makes the arguments
//! of a call.
//!
//! Conversions are exact, not coercions: an `i32` is read from a number
//! that is an integer in range, a `String` from a string, a `Vec<T>` from an
//! array; anything else is a `TypeError` in Node's words (`The value must be
//! of type number. Received type string ('x')`) that the host marks as a
//! conversion failure ([`HostCause::Conversion`], [`Error::Conversion`]).
//! 64-bit integers beyond 2^53 travel as bigints, so no integer loses
//! digits: `i64`/`u64` become a number when the number is exact (a safe
//! integer) and a bigint otherwise, and are read from either.
//!
//! ```
//! use std::collections::BTreeMap;
//! use jsvm::Isolate;
//!
//! let iso = Isolate::new();
//! let v: Vec<i64> = iso.eval("[1, 2, 2 ** 53 + 2 === 2 ** 53 + 2 ? 9007199254740993n : 0]").unwrap();
//! assert_eq!(v, vec![1, 2, 9_007_199_254_740_993]);
//! let m: BTreeMap<String, Option<String>> = iso.eval("({ a: 'x', b: null })").unwrap();
//! assert_eq!(m["a"].as_deref(), Some("x"));
//! assert_eq!(m["b"], None);
//! let e = iso.eval::<u8>("300").unwrap_err();
//! assert_eq!(
//!     e.to_string(),
//!     "TypeError: The value must be an integer from 0 to 255. Received 300"
//! );
//! ```

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};

use jsvm_engine::{flags, Context, Exception, HostCause, JsResult, PropertyKey, Value};

use crate::{Error, Isolate};

/// A Rust type that can be read from a JavaScript value.
///
/// ```
/// let iso = jsvm::Isolate::new();
/// let (n, s): (f64, String) = iso.eval("[0.5, 'half']").unwrap();
/// assert_eq!((n, s.as_str()), (0.5, "half"));
/// ```
pub trait FromJs: Sized {
    /// Reads `v` (a value of `ctx`'s isolate). A value of the wrong type
    /// is a `TypeError` marked [`HostCause::Conversion`].
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self>;
}

/// A Rust value that can be made into a JavaScript value.
///
/// ```
/// use jsvm::IntoJs;
/// let iso = jsvm::Isolate::new();
/// let v = (1u64 << 60, vec!["a", "b"]).into_js(iso.main_context()).unwrap();
/// let back: (u64, Vec<String>) = iso.from_js(&v).unwrap();
/// assert_eq!(back, (1 << 60, vec!["a".to_string(), "b".to_string()]));
/// ```
pub trait IntoJs {
    /// Makes the value in `ctx`'s isolate.
    fn into_js(self, ctx: &Context) -> JsResult<Value>;
}

/// The arguments of a call: a tuple of [`IntoJs`] values (`()` for none),
/// or values already made (`&[Value]`, `Vec<Value>`).
pub trait IntoArgs {
    /// Makes the arguments in `ctx`'s isolate.
    fn into_args(self, ctx: &Context) -> JsResult<Vec<Value>>;
}

/// The `TypeError` of a value that is not what was expected: Node's
/// `The value must be {expected}. Received {what v is}`, marked as a
/// conversion failure.
pub fn conversion_error(ctx: &Context, expected: &str, v: &Value) -> Exception {
    let mut received = describe(ctx, v);
    // Node names the type of a number that has the wrong type, and only
    // the value of one out of range.
    if v.is_number() && expected.starts_with("of type") {
        received = format!("type number ({received})");
    }
    ctx.type_error(&format!(
        "The value must be {expected}. Received {received}"
    ))
    .with_cause(HostCause::Conversion)
}

/// How Node's `ERR_INVALID_ARG_TYPE` names a received value, read without
/// running code.
pub(crate) fn describe(ctx: &Context, v: &Value) -> String {
    if v.is_undefined() {
        return "undefined".into();
    }
    if v.is_null() {
        return "null".into();
    }
    if ctx.is_function(v) {
        return match data_string(ctx, v, "name") {
            Some(n) if !n.is_empty() => format!("function {n}"),
            _ => "function ".into(),
        };
    }
    if v.is_object() {
        let ctor = (!v.is_proxy())
            .then(|| ctx.get_prototype(v).ok())
            .flatten()
            .filter(|p| p.is_object() && !p.is_proxy())
            .and_then(|p| ctx.get_own_property(&p, "constructor").ok().flatten())
            .and_then(|d| d.value)
            .and_then(|c| data_string(ctx, &c, "name"));
        return match ctor {
            Some(n) if !n.is_empty() => format!("an instance of {n}"),
            _ => "[Object: null prototype]".into(),
        };
    }
    if v.is_symbol() {
        return "type symbol".into();
    }
    let text = ctx.to_rust_string(v).unwrap_or_default();
    if v.is_string() {
        let mut shown: String = text.chars().take(25).collect();
        if shown.len() < text.len() {
            shown.push_str("...");
        }
        return format!("type string ('{shown}')");
    }
    if v.is_bigint() {
        return format!("type bigint ({text}n)");
    }
    if v.is_bool() {
        return format!("type boolean ({text})");
    }
    // Node shows a number as it is for range errors, with its type for
    // type errors; both read well here.
    text
}

/// The string of a data property of `obj` or of its prototypes, read
/// without running code: no getter is called, and a proxy on the way
/// ends the search.
pub(crate) fn data_string(ctx: &Context, obj: &Value, key: &str) -> Option<String> {
    let mut o = obj.clone();
    for _ in 0..64 {
        if !o.is_object() || o.is_proxy() {
            return None;
        }
        match ctx.get_own_property(&o, key).ok()? {
            Some(d) => {
                let v = d.value?;
                return v.is_string().then(|| ctx.to_rust_string(&v).ok())?;
            }
            None => o = ctx.get_prototype(&o).ok()?,
        }
    }
    None
}

// ----- FromJs ---------------------------------------------------------

impl FromJs for Value {
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        if ctx.owns(v) {
            Ok(v.clone())
        } else {
            Err(ctx.wrong_runtime())
        }
    }
}

impl FromJs for () {
    /// Ignores the value (a call whose result is not wanted).
    fn from_js(_: &Context, _: &Value) -> JsResult<Self> {
        Ok(())
    }
}

impl FromJs for bool {
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        v.as_bool()
            .ok_or_else(|| conversion_error(ctx, "of type boolean", v))
    }
}

impl FromJs for f64 {
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        v.as_f64()
            .ok_or_else(|| conversion_error(ctx, "of type number", v))
    }
}

impl FromJs for f32 {
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        f64::from_js(ctx, v).map(|n| n as f32)
    }
}

macro_rules! small_int {
    ($($t:ty),*) => {$(
        impl FromJs for $t {
            fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
                let expected = || format!(
                    "an integer from {} to {}", <$t>::MIN, <$t>::MAX
                );
                let Some(n) = v.as_f64() else {
                    return Err(conversion_error(ctx, "of type number", v));
                };
                if n.fract() != 0.0 || n < <$t>::MIN as f64 || n > <$t>::MAX as f64 {
                    return Err(conversion_error(ctx, &expected(), v));
                }
                Ok(n as $t)
            }
        }
        impl IntoJs for $t {
            fn into_js(self, ctx: &Context) -> JsResult<Value> {
                Ok(ctx.number(self as f64))
            }
        }
    )*};
}
small_int!(i8, i16, i32, u8, u16, u32);

/// The largest integer a number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

impl FromJs for i64 {
    /// From a number that is a safe integer, or from a bigint in range.
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        if let Some(n) = v.as_f64() {
            if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
                return Ok(n as i64);
            }
            return Err(conversion_error(
                ctx,
                "a safe integer (or a bigint for larger values)",
                v,
            ));
        }
        if v.is_bigint() {
            return ctx.bigint_to_i64(v).ok_or_else(|| {
                conversion_error(ctx, &format!("from {} to {}", i64::MIN, i64::MAX), v)
            });
        }
        Err(conversion_error(ctx, "of type number or bigint", v))
    }
}

impl FromJs for u64 {
    /// From a number that is a safe integer, or from a bigint in range.
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        if let Some(n) = v.as_f64() {
            if n.fract() == 0.0 && (0.0..=MAX_SAFE).contains(&n) {
                return Ok(n as u64);
            }
            return Err(conversion_error(
                ctx,
                "a non-negative safe integer (or a bigint for larger values)",
                v,
            ));
        }
        if v.is_bigint() {
            return ctx
                .bigint_to_u64(v)
                .ok_or_else(|| conversion_error(ctx, &format!("from 0 to {}", u64::MAX), v));
        }
        Err(conversion_error(ctx, "of type number or bigint", v))
    }
}

impl FromJs for isize {
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        let n = i64::from_js(ctx, v)?;
        isize::try_from(n).map_err(|_| conversion_error(ctx, "in the range of isize", v))
    }
}

impl FromJs for usize {
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        let n = u64::from_js(ctx, v)?;
        usize::try_from(n).map_err(|_| conversion_error(ctx, "in the range of usize", v))
    }
}

impl FromJs for String {
    /// From a string (lone surrogates become U+FFFD).
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        if !v.is_string() {
            return Err(conversion_error(ctx, "of type string", v));
        }
        ctx.to_rust_string(v)
    }
}

impl<T: FromJs> FromJs for Option<T> {
    /// `None` for `null` and `undefined`.
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        if v.is_nullish() {
            Ok(None)
        } else {
            T::from_js(ctx, v).map(Some)
        }
    }
}

/// The length of an array.
fn array_len(ctx: &Context, v: &Value) -> JsResult<u32> {
    if !v.is_array() || v.is_proxy() {
        return Err(conversion_error(ctx, "an instance of Array", v));
    }
    let len = ctx.get(v, "length")?;
    Ok(len.as_f64().unwrap_or(0.0) as u32)
}

impl<T: FromJs> FromJs for Vec<T> {
    /// From an array, element by element.
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        let len = array_len(ctx, v)?;
        let mut out = Vec::with_capacity(len.min(1 << 16) as usize);
        for i in 0..len {
            out.push(T::from_js(ctx, &ctx.get_index(v, i)?)?);
        }
        Ok(out)
    }
}

/// Calls `f` with each own enumerable string key of an object and its
/// value.
fn each_entry(
    ctx: &Context,
    v: &Value,
    mut f: impl FnMut(String, Value) -> JsResult<()>,
) -> JsResult<()> {
    if !v.is_object() || ctx.is_function(v) {
        return Err(conversion_error(ctx, "of type object", v));
    }
    for key in ctx.own_keys(v, false, true)? {
        let value = ctx.get(v, &key)?;
        f(key.to_string(ctx)?, value)?;
    }
    Ok(())
}

impl<T: FromJs, S: BuildHasher + Default> FromJs for HashMap<String, T, S> {
    /// From an object's own enumerable string-keyed properties.
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        let mut out = HashMap::default();
        each_entry(ctx, v, |k, v| {
            out.insert(k, T::from_js(ctx, &v)?);
            Ok(())
        })?;
        Ok(out)
    }
}

impl<T: FromJs> FromJs for BTreeMap<String, T> {
    /// From an object's own enumerable string-keyed properties.
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        let mut out = BTreeMap::new();
        each_entry(ctx, v, |k, v| {
            out.insert(k, T::from_js(ctx, &v)?);
            Ok(())
        })?;
        Ok(out)
    }
}

macro_rules! tuples {
    ($( ($n:expr; $($t:ident $i:tt),+) )*) => {$(
        impl<$($t: FromJs),+> FromJs for ($($t,)+) {
            /// From an array of exactly this many elements.
            fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
                if array_len(ctx, v)? != $n {
                    return Err(conversion_error(
                        ctx,
                        concat!("an array of ", stringify!($n), " elements"),
                        v,
                    ));
                }
                Ok(($($t::from_js(ctx, &ctx.get_index(v, $i)?)?,)+))
            }
        }
        impl<$($t: IntoJs),+> IntoJs for ($($t,)+) {
            /// An array of the elements.
            fn into_js(self, ctx: &Context) -> JsResult<Value> {
                ctx.array_from([$(self.$i.into_js(ctx)?),+])
            }
        }
        impl<$($t: IntoJs),+> IntoArgs for ($($t,)+) {
            fn into_args(self, ctx: &Context) -> JsResult<Vec<Value>> {
                Ok(vec![$(self.$i.into_js(ctx)?),+])
            }
        }
    )*};
}
tuples! {
    (1; A 0)
    (2; A 0, B 1)
    (3; A 0, B 1, C 2)
    (4; A 0, B 1, C 2, D 3)
    (5; A 0, B 1, C 2, D 3, E 4)
    (6; A 0, B 1, C 2, D 3, E 4, F 5)
    (7; A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
}

// ----- IntoJs ---------------------------------------------------------

impl IntoJs for Value {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        Value::from_js(ctx, &self)
    }
}

impl IntoJs for &Value {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        Value::from_js(ctx, self)
    }
}

impl IntoJs for () {
    /// `undefined`.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        Ok(ctx.undefined())
    }
}

impl IntoJs for bool {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        Ok(ctx.boolean(self))
    }
}

impl IntoJs for f64 {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        Ok(ctx.number(self))
    }
}

impl IntoJs for f32 {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        Ok(ctx.number(self as f64))
    }
}

impl IntoJs for i64 {
    /// A number when it holds the value exactly, a bigint otherwise.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        if (self as f64).abs() <= MAX_SAFE {
            Ok(ctx.number(self as f64))
        } else {
            ctx.bigint_i64(self)
        }
    }
}

impl IntoJs for u64 {
    /// A number when it holds the value exactly, a bigint otherwise.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        if self as f64 <= MAX_SAFE {
            Ok(ctx.number(self as f64))
        } else {
            ctx.bigint_u64(self)
        }
    }
}

impl IntoJs for isize {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        (self as i64).into_js(ctx)
    }
}

impl IntoJs for usize {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        (self as u64).into_js(ctx)
    }
}

impl IntoJs for &str {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        ctx.string(self)
    }
}

impl IntoJs for String {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        ctx.string(&self)
    }
}

impl IntoJs for &String {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        ctx.string(self)
    }
}

impl<T: IntoJs> IntoJs for Option<T> {
    /// `undefined` for `None`.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        match self {
            Some(v) => v.into_js(ctx),
            None => Ok(ctx.undefined()),
        }
    }
}

impl<T: IntoJs> IntoJs for Vec<T> {
    /// An array.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        let a = ctx.new_array()?;
        for (i, v) in self.into_iter().enumerate() {
            let i = u32::try_from(i).map_err(|_| ctx.range_error("Invalid array length"))?;
            ctx.define_value(&a, i, v.into_js(ctx)?, CWE)?;
        }
        Ok(a)
    }
}

impl<T: IntoJs + Clone> IntoJs for &[T] {
    /// An array.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        self.to_vec().into_js(ctx)
    }
}

impl<T: IntoJs, const N: usize> IntoJs for [T; N] {
    /// An array.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        Vec::from(self).into_js(ctx)
    }
}

/// Writable, enumerable, configurable: what `CreateDataProperty` makes.
const CWE: i32 = flags::CONFIGURABLE | flags::WRITABLE | flags::ENUMERABLE | flags::THROW;

/// An object of the entries (defined, so no setter of `Object.prototype`
/// runs).
fn object_of<K: AsRef<str>, V: IntoJs>(
    ctx: &Context,
    entries: impl IntoIterator<Item = (K, V)>,
) -> JsResult<Value> {
    let o = ctx.new_object()?;
    for (k, v) in entries {
        ctx.define_value(&o, k.as_ref(), v.into_js(ctx)?, CWE)?;
    }
    Ok(o)
}

impl<K: AsRef<str> + Eq + Hash, V: IntoJs, S: BuildHasher> IntoJs for HashMap<K, V, S> {
    /// An object with a property per entry.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        object_of(ctx, self)
    }
}

impl<K: AsRef<str>, V: IntoJs> IntoJs for BTreeMap<K, V> {
    /// An object with a property per entry, in key order.
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        object_of(ctx, self)
    }
}

impl IntoArgs for () {
    fn into_args(self, _: &Context) -> JsResult<Vec<Value>> {
        Ok(Vec::new())
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self, _: &Context) -> JsResult<Vec<Value>> {
        Ok(self)
    }
}

impl IntoArgs for &[Value] {
    fn into_args(self, _: &Context) -> JsResult<Vec<Value>> {
        Ok(self.to_vec())
    }
}

// ----- typed calls on the isolate ------------------------------------

impl Isolate {
    /// Reads `v` as a `T` (see [`FromJs`]).
    pub fn from_js<T: FromJs>(&self, v: &Value) -> Result<T, Error> {
        T::from_js(&self.main, v).map_err(|e| self.error_of(&e))
    }

    /// Makes `v` a value of this isolate (see [`IntoJs`]).
    ///
    /// ```
    /// let iso = jsvm::Isolate::new();
    /// let v = iso.to_js(vec![1.5, 2.5]).unwrap();
    /// assert_eq!(iso.from_js::<Vec<f64>>(&v).unwrap(), [1.5, 2.5]);
    /// ```
    pub fn to_js(&self, v: impl IntoJs) -> Result<Value, Error> {
        v.into_js(&self.main).map_err(|e| self.error_of(&e))
    }

    /// `obj[key]`, read as a `T`.
    ///
    /// ```
    /// let iso = jsvm::Isolate::new();
    /// let o = iso.eval::<jsvm::Value>("({ n: 7 })").unwrap();
    /// assert_eq!(iso.get::<u32>(&o, "n").unwrap(), 7);
    /// ```
    pub fn get<T: FromJs>(&self, obj: &Value, key: impl PropertyKey) -> Result<T, Error> {
        let v = self.main.get(obj, key).map_err(|e| self.error_of(&e))?;
        self.from_js(&v)
    }

    /// `obj[key] = value`.
    pub fn set(&self, obj: &Value, key: impl PropertyKey, value: impl IntoJs) -> Result<(), Error> {
        let v = self.to_js(value)?;
        self.main.set(obj, key, v).map_err(|e| self.error_of(&e))
    }

    /// The main context's global `name`, read as a `T`.
    pub fn global<T: FromJs>(&self, name: &str) -> Result<T, Error> {
        self.get(&self.main.global(), name)
    }

    /// Sets the main context's global `name`.
    ///
    /// ```
    /// let iso = jsvm::Isolate::new();
    /// iso.set_global("limit", 10u32).unwrap();
    /// assert_eq!(iso.eval::<u32>("limit * 2").unwrap(), 20);
    /// ```
    pub fn set_global(&self, name: &str, value: impl IntoJs) -> Result<(), Error> {
        self.set(&self.main.global(), name, value)
    }

    /// Calls `function` with `this` undefined and `args`, and reads the
    /// result as a `T`.
    ///
    /// ```
    /// let iso = jsvm::Isolate::new();
    /// let add = iso.eval::<jsvm::Value>("(a, b) => a + b").unwrap();
    /// assert_eq!(iso.call::<i64>(&add, (40, 2)).unwrap(), 42);
    /// assert_eq!(iso.call::<String>(&add, ("a", "b")).unwrap(), "ab");
    /// ```
    pub fn call<T: FromJs>(&self, function: &Value, args: impl IntoArgs) -> Result<T, Error> {
        let m = &self.main;
        let args = args.into_args(m).map_err(|e| self.error_of(&e))?;
        let r = self
            .controls
            .run(m, &crate::RunOptions::default(), || {
                m.call(function, &m.undefined(), &args)
            })
            .map_err(|e| self.error_of(&e))?;
        self.from_js(&r)
    }
}
