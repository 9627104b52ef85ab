//! Serde for JavaScript values (feature `serde`, on by default):
//! [`to_value`] makes a value from anything `Serialize`, [`from_value`]
//! reads anything `Deserialize` from a value, and [`Serde`] does either
//! wherever a [`FromJs`] or [`IntoJs`] is taken.
//!
//! The mapping is JSON's, with integers kept exact: an integer that a
//! number holds exactly (a safe integer) is a number, a larger `i64`/`u64`
//! (or `i128`/`u128` within 64 bits) is a bigint, and both read back
//! exactly. `None` and `()` are `null`; a unit variant is its name; other
//! variants are `{ "Variant": content }`; bytes are a `Uint8Array` (read
//! back from one, or from an array of numbers). Objects are read from their
//! own enumerable string-keyed properties (getters run, as in
//! `JSON.stringify`).
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use jsvm::serde::{from_value, to_value};
//!
//! #[derive(Serialize, Deserialize, Debug, PartialEq)]
//! struct Order { id: u64, items: Vec<String>, note: Option<String> }
//!
//! let iso = jsvm::Isolate::new();
//! let ctx = iso.main_context();
//! let order = Order { id: u64::MAX, items: vec!["tea".into()], note: None };
//! let v = to_value(ctx, &order).unwrap();
//! iso.set_global("order", &v).unwrap();
//! assert_eq!(iso.eval::<bool>("order.id === 2n ** 64n - 1n && order.note === null").unwrap(), true);
//! let back: Order = from_value(ctx, &v).unwrap();
//! assert_eq!(back, order);
//! ```

use std::fmt;

use ::serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use ::serde::ser::{self, Serialize};

use jsvm_engine::{flags, Context, Exception, HostCause, JsResult, Value};

use crate::convert::describe;
use crate::{FromJs, IntoJs};

/// A `T` that converts through serde: `iso.eval::<Serde<Config>>(..)`,
/// `iso.set_global("config", Serde(&config))`, or a host function's
/// argument.
///
/// ```
/// use std::collections::BTreeMap;
/// use jsvm::serde::Serde;
/// let iso = jsvm::Isolate::new();
/// let Serde(m) = iso.eval::<Serde<BTreeMap<String, (u8, bool)>>>("({ a: [1, true] })").unwrap();
/// assert_eq!(m["a"], (1, true));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Serde<T>(pub T);

impl<T: DeserializeOwned> FromJs for Serde<T> {
    fn from_js(ctx: &Context, v: &Value) -> JsResult<Self> {
        from_value(ctx, v).map(Serde)
    }
}

impl<T: Serialize> IntoJs for Serde<T> {
    fn into_js(self, ctx: &Context) -> JsResult<Value> {
        to_value(ctx, &self.0)
    }
}

/// A value of `ctx`'s isolate from anything `Serialize`. Failures (a map
/// key that is not a string or a number, an `i128` beyond 64 bits, an
/// error of the `Serialize` impl) are `TypeError`s marked
/// [`HostCause::Conversion`].
pub fn to_value<T: Serialize + ?Sized>(ctx: &Context, value: &T) -> JsResult<Value> {
    value
        .serialize(Serializer { ctx })
        .map_err(|e| e.into_exception(ctx))
}

/// Anything `Deserialize` from a value of `ctx`'s isolate. Failures are
/// `TypeError`s marked [`HostCause::Conversion`]; an exception thrown by
/// a getter while reading is returned as it is.
pub fn from_value<T: DeserializeOwned>(ctx: &Context, value: &Value) -> JsResult<T> {
    if !ctx.owns(value) {
        return Err(ctx.wrong_runtime());
    }
    T::deserialize(Deserializer {
        ctx,
        value: value.clone(),
    })
    .map_err(|e| e.into_exception(ctx))
}

/// What went wrong in a conversion: a message, or an exception of the
/// isolate (thrown by a getter, out of memory) that passes through.
#[derive(Debug)]
pub struct SerdeError {
    message: String,
    thrown: Option<Exception>,
}

impl SerdeError {
    fn into_exception(self, ctx: &Context) -> Exception {
        match self.thrown {
            Some(e) => e,
            None => ctx
                .type_error(&self.message)
                .with_cause(HostCause::Conversion),
        }
    }
}

impl From<Exception> for SerdeError {
    fn from(e: Exception) -> Self {
        SerdeError {
            message: "JavaScript exception".into(),
            thrown: Some(e),
        }
    }
}

impl fmt::Display for SerdeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SerdeError {}

impl ser::Error for SerdeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        SerdeError {
            message: msg.to_string(),
            thrown: None,
        }
    }
}

impl de::Error for SerdeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        SerdeError {
            message: msg.to_string(),
            thrown: None,
        }
    }
}

type R<T> = Result<T, SerdeError>;

const CWE: i32 = flags::CONFIGURABLE | flags::WRITABLE | flags::ENUMERABLE | flags::THROW;

// ----- Serializer -----------------------------------------------------

#[derive(Clone, Copy)]
struct Serializer<'a> {
    ctx: &'a Context,
}

/// An array being filled.
struct SeqBuilder<'a> {
    ctx: &'a Context,
    array: Value,
    len: u32,
    /// For a tuple variant: the wrapper object and the variant's name.
    variant: Option<(Value, &'static str)>,
}

/// An object being filled.
struct MapBuilder<'a> {
    ctx: &'a Context,
    object: Value,
    key: Option<Value>,
    variant: Option<(Value, &'static str)>,
}

impl<'a> Serializer<'a> {
    fn wrap(&self, variant: &'static str, content: Value) -> R<Value> {
        let o = self.ctx.new_object()?;
        self.ctx.define_value(&o, variant, content, CWE)?;
        Ok(o)
    }
}

impl<'a> ser::Serializer for Serializer<'a> {
    type Ok = Value;
    type Error = SerdeError;
    type SerializeSeq = SeqBuilder<'a>;
    type SerializeTuple = SeqBuilder<'a>;
    type SerializeTupleStruct = SeqBuilder<'a>;
    type SerializeTupleVariant = SeqBuilder<'a>;
    type SerializeMap = MapBuilder<'a>;
    type SerializeStruct = MapBuilder<'a>;
    type SerializeStructVariant = MapBuilder<'a>;

    fn serialize_bool(self, v: bool) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_i8(self, v: i8) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_i16(self, v: i16) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_i32(self, v: i32) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_i64(self, v: i64) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_i128(self, v: i128) -> R<Value> {
        if let Ok(n) = i64::try_from(v) {
            return self.serialize_i64(n);
        }
        if let Ok(n) = u64::try_from(v) {
            return self.serialize_u64(n);
        }
        Err(ser::Error::custom(format!(
            "The value {v} is out of the 64-bit range that can be converted"
        )))
    }
    fn serialize_u8(self, v: u8) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_u16(self, v: u16) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_u32(self, v: u32) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_u64(self, v: u64) -> R<Value> {
        Ok(v.into_js(self.ctx)?)
    }
    fn serialize_u128(self, v: u128) -> R<Value> {
        match u64::try_from(v) {
            Ok(n) => self.serialize_u64(n),
            Err(_) => Err(ser::Error::custom(format!(
                "The value {v} is out of the 64-bit range that can be converted"
            ))),
        }
    }
    fn serialize_f32(self, v: f32) -> R<Value> {
        Ok(self.ctx.number(v as f64))
    }
    fn serialize_f64(self, v: f64) -> R<Value> {
        Ok(self.ctx.number(v))
    }
    fn serialize_char(self, v: char) -> R<Value> {
        Ok(self.ctx.string(v.encode_utf8(&mut [0; 4]))?)
    }
    fn serialize_str(self, v: &str) -> R<Value> {
        Ok(self.ctx.string(v)?)
    }
    fn serialize_bytes(self, v: &[u8]) -> R<Value> {
        Ok(self.ctx.uint8_array(v)?)
    }
    fn serialize_none(self) -> R<Value> {
        Ok(self.ctx.null())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> R<Value> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> R<Value> {
        Ok(self.ctx.null())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> R<Value> {
        Ok(self.ctx.null())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> R<Value> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> R<Value> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> R<Value> {
        let content = value.serialize(self)?;
        self.wrap(variant, content)
    }
    fn serialize_seq(self, _len: Option<usize>) -> R<SeqBuilder<'a>> {
        Ok(SeqBuilder {
            ctx: self.ctx,
            array: self.ctx.new_array()?,
            len: 0,
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> R<SeqBuilder<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> R<SeqBuilder<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> R<SeqBuilder<'a>> {
        let mut s = self.serialize_seq(Some(len))?;
        s.variant = Some((self.ctx.new_object()?, variant));
        Ok(s)
    }
    fn serialize_map(self, _len: Option<usize>) -> R<MapBuilder<'a>> {
        Ok(MapBuilder {
            ctx: self.ctx,
            object: self.ctx.new_object()?,
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> R<MapBuilder<'a>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> R<MapBuilder<'a>> {
        let mut m = self.serialize_map(Some(len))?;
        m.variant = Some((self.ctx.new_object()?, variant));
        Ok(m)
    }
}

impl SeqBuilder<'_> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> R<()> {
        let v = value.serialize(Serializer { ctx: self.ctx })?;
        self.ctx.define_value(&self.array, self.len, v, CWE)?;
        self.len += 1;
        Ok(())
    }
    fn finish(self) -> R<Value> {
        match self.variant {
            None => Ok(self.array),
            Some((o, name)) => {
                self.ctx.define_value(&o, name, self.array, CWE)?;
                Ok(o)
            }
        }
    }
}

macro_rules! seq_impl {
    ($($tr:ident $m:ident),*) => {$(
        impl ser::$tr for SeqBuilder<'_> {
            type Ok = Value;
            type Error = SerdeError;
            fn $m<T: Serialize + ?Sized>(&mut self, value: &T) -> R<()> {
                self.push(value)
            }
            fn end(self) -> R<Value> {
                self.finish()
            }
        }
    )*};
}
seq_impl!(
    SerializeSeq serialize_element,
    SerializeTuple serialize_element,
    SerializeTupleStruct serialize_field,
    SerializeTupleVariant serialize_field
);

impl MapBuilder<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> R<()> {
        let v = value.serialize(Serializer { ctx: self.ctx })?;
        self.ctx.define_value(&self.object, key, v, CWE)?;
        Ok(())
    }
    fn finish(self) -> R<Value> {
        match self.variant {
            None => Ok(self.object),
            Some((o, name)) => {
                self.ctx.define_value(&o, name, self.object, CWE)?;
                Ok(o)
            }
        }
    }
}

impl ser::SerializeMap for MapBuilder<'_> {
    type Ok = Value;
    type Error = SerdeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> R<()> {
        let k = key.serialize(Serializer { ctx: self.ctx })?;
        if !(k.is_string() || k.is_number() || k.is_bigint()) {
            return Err(ser::Error::custom(
                "A map key must be a string or a number to be a property name",
            ));
        }
        self.key = Some(k);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> R<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <SerdeError as ser::Error>::custom("a map value without its key"))?;
        let v = value.serialize(Serializer { ctx: self.ctx })?;
        self.ctx.define_value(&self.object, key, v, CWE)?;
        Ok(())
    }
    fn end(self) -> R<Value> {
        self.finish()
    }
}

impl ser::SerializeStruct for MapBuilder<'_> {
    type Ok = Value;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> R<()> {
        self.field(key, value)
    }
    fn end(self) -> R<Value> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for MapBuilder<'_> {
    type Ok = Value;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> R<()> {
        self.field(key, value)
    }
    fn end(self) -> R<Value> {
        self.finish()
    }
}

// ----- Deserializer ---------------------------------------------------

struct Deserializer<'a> {
    ctx: &'a Context,
    value: Value,
}

impl<'a> Deserializer<'a> {
    fn unexpected(&self, expected: &str) -> SerdeError {
        de::Error::custom(format!(
            "The value must be {expected}. Received {}",
            describe(self.ctx, &self.value)
        ))
    }

    fn seq(&self) -> R<Option<(Vec<Value>, usize)>> {
        let v = &self.value;
        if !v.is_array() || v.is_proxy() {
            return Ok(None);
        }
        let len = self.ctx.get(v, "length")?.as_f64().unwrap_or(0.0) as u32;
        let mut items = Vec::with_capacity(len.min(1 << 16) as usize);
        for i in 0..len {
            items.push(self.ctx.get_index(v, i)?);
        }
        Ok(Some((items, len as usize)))
    }

    fn entries(&self) -> R<Vec<(String, Value)>> {
        let (ctx, v) = (self.ctx, &self.value);
        let mut out = Vec::new();
        for key in ctx.own_keys(v, false, true)? {
            let value = ctx.get(v, &key)?;
            out.push((key.to_string(ctx)?, value));
        }
        Ok(out)
    }
}

struct Seq<'a> {
    ctx: &'a Context,
    items: std::vec::IntoIter<Value>,
}

impl<'de> de::SeqAccess<'de> for Seq<'_> {
    type Error = SerdeError;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> R<Option<T::Value>> {
        match self.items.next() {
            None => Ok(None),
            Some(value) => seed
                .deserialize(Deserializer {
                    ctx: self.ctx,
                    value,
                })
                .map(Some),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map<'a> {
    ctx: &'a Context,
    entries: std::vec::IntoIter<(String, Value)>,
    value: Option<Value>,
}

impl<'de> de::MapAccess<'de> for Map<'_> {
    type Error = SerdeError;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> R<Option<K::Value>> {
        match self.entries.next() {
            None => Ok(None),
            Some((k, v)) => {
                self.value = Some(v);
                let k: de::value::StringDeserializer<SerdeError> = k.into_deserializer();
                seed.deserialize(k).map(Some)
            }
        }
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> R<V::Value> {
        let value = self
            .value
            .take()
            .ok_or_else(|| <SerdeError as de::Error>::custom("a value without its key"))?;
        seed.deserialize(Deserializer {
            ctx: self.ctx,
            value,
        })
    }
}

struct Enum<'a> {
    ctx: &'a Context,
    variant: String,
    content: Option<Value>,
}

impl<'de, 'a> de::EnumAccess<'de> for Enum<'a> {
    type Error = SerdeError;
    type Variant = Self;
    fn variant_seed<V: de::DeserializeSeed<'de>>(self, seed: V) -> R<(V::Value, Self)> {
        let name: de::value::StringDeserializer<SerdeError> =
            self.variant.clone().into_deserializer();
        let v = seed.deserialize(name)?;
        Ok((v, self))
    }
}

impl<'de> de::VariantAccess<'de> for Enum<'_> {
    type Error = SerdeError;
    fn unit_variant(self) -> R<()> {
        Ok(())
    }
    fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(self, seed: T) -> R<T::Value> {
        let value = self.content.unwrap_or_else(|| self.ctx.undefined());
        seed.deserialize(Deserializer {
            ctx: self.ctx,
            value,
        })
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> R<V::Value> {
        let value = self.content.unwrap_or_else(|| self.ctx.undefined());
        de::Deserializer::deserialize_seq(
            Deserializer {
                ctx: self.ctx,
                value,
            },
            visitor,
        )
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> R<V::Value> {
        let value = self.content.unwrap_or_else(|| self.ctx.undefined());
        de::Deserializer::deserialize_map(
            Deserializer {
                ctx: self.ctx,
                value,
            },
            visitor,
        )
    }
}

/// The largest integer a number holds exactly.
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

impl<'de> de::Deserializer<'de> for Deserializer<'_> {
    type Error = SerdeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        let (ctx, v) = (self.ctx, &self.value);
        if v.is_nullish() {
            return visitor.visit_unit();
        }
        if let Some(b) = v.as_bool() {
            return visitor.visit_bool(b);
        }
        if let Some(n) = v.as_f64() {
            if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
                return if n < 0.0 {
                    visitor.visit_i64(n as i64)
                } else {
                    visitor.visit_u64(n as u64)
                };
            }
            return visitor.visit_f64(n);
        }
        if v.is_bigint() {
            if let Some(n) = ctx.bigint_to_u64(v) {
                return visitor.visit_u64(n);
            }
            if let Some(n) = ctx.bigint_to_i64(v) {
                return visitor.visit_i64(n);
            }
            return Err(self.unexpected("a bigint within 64 bits"));
        }
        if v.is_string() {
            return visitor.visit_string(ctx.to_rust_string(v)?);
        }
        if let Some((items, _)) = self.seq()? {
            return visitor.visit_seq(Seq {
                ctx,
                items: items.into_iter(),
            });
        }
        if let Some(bytes) = (!ctx.is_function(v)).then(|| ctx.bytes_of(v)).flatten() {
            return visitor.visit_byte_buf(bytes);
        }
        if v.is_object() && !ctx.is_function(v) {
            return visitor.visit_map(Map {
                ctx,
                entries: self.entries()?.into_iter(),
                value: None,
            });
        }
        Err(self.unexpected("null, a boolean, a number, a bigint, a string, an array or an object"))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        if self.value.is_nullish() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> R<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> R<V::Value> {
        let ctx = self.ctx;
        if self.value.is_string() {
            let variant = ctx.to_rust_string(&self.value)?;
            return visitor.visit_enum(Enum {
                ctx,
                variant,
                content: None,
            });
        }
        if self.value.is_object() && !self.value.is_array() {
            let mut entries = self.entries()?;
            if entries.len() == 1 {
                let (variant, content) = entries.pop().unwrap();
                return visitor.visit_enum(Enum {
                    ctx,
                    variant,
                    content: Some(content),
                });
            }
        }
        Err(self.unexpected("a variant's name or an object of one property"))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.seq()? {
            Some((items, _)) => visitor.visit_seq(Seq {
                ctx: self.ctx,
                items: items.into_iter(),
            }),
            None => Err(self.unexpected("an instance of Array")),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        if !self.value.is_object() || self.ctx.is_function(&self.value) {
            return Err(self.unexpected("of type object"));
        }
        visitor.visit_map(Map {
            ctx: self.ctx,
            entries: self.entries()?.into_iter(),
            value: None,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> R<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.ctx.bytes_of(&self.value) {
            Some(b) => visitor.visit_byte_buf(b),
            None => self.deserialize_seq(visitor),
        }
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        if self.value.is_nullish() {
            visitor.visit_unit()
        } else {
            Err(self.unexpected("null"))
        }
    }

    ::serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        unit_struct tuple tuple_struct identifier ignored_any
    }
}
