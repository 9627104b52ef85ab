//! `jsvm::serde`: Rust data in and out of JavaScript through serde, with
//! integers kept exact.
#![cfg(feature = "serde")]

use std::collections::BTreeMap;

use jsvm::serde::{from_value, to_value, Serde};
use jsvm::{Error, Isolate, Value};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
enum Shape {
    Empty,
    Circle(f64),
    Rect { w: u32, h: u32 },
    Pair(i8, i8),
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Nested {
    id: u64,
    signed: i64,
    name: String,
    tags: Vec<String>,
    shapes: Vec<Shape>,
    meta: BTreeMap<String, Option<bool>>,
    note: Option<String>,
    unit: (),
    tuple: (u8, char),
    #[serde(with = "serde_bytes_like")]
    bytes: Vec<u8>,
}

/// Bytes as serde bytes (a Uint8Array), without another crate.
mod serde_bytes_like {
    use serde::{Deserializer, Serializer};
    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(v)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
        }
        d.deserialize_byte_buf(V)
    }
}

fn sample() -> Nested {
    let mut meta = BTreeMap::new();
    meta.insert("a".to_string(), Some(true));
    meta.insert("b".to_string(), None);
    Nested {
        id: u64::MAX,
        signed: i64::MIN,
        name: "näme 😀".into(),
        tags: vec!["x".into(), "y".into()],
        shapes: vec![
            Shape::Empty,
            Shape::Circle(1.5),
            Shape::Rect { w: 2, h: 3 },
            Shape::Pair(-1, 1),
        ],
        meta,
        note: None,
        unit: (),
        tuple: (7, 'ç'),
        bytes: vec![0, 1, 255],
    }
}

#[test]
fn a_nested_struct_round_trips_exactly() {
    let iso = Isolate::new();
    let ctx = iso.main_context();
    let v = to_value(ctx, &sample()).unwrap();
    let back: Nested = from_value(ctx, &v).unwrap();
    assert_eq!(back, sample());
}

#[test]
fn scripts_see_json_with_exact_integers() {
    let iso = Isolate::new();
    iso.set_global("data", Serde(sample())).unwrap();
    let checks = [
        "data.id === 2n ** 64n - 1n",
        "data.signed === -(2n ** 63n)",
        "data.name === 'näme 😀'",
        "data.note === null && data.unit === null",
        "JSON.stringify(data.shapes) === '[\"Empty\",{\"Circle\":1.5},{\"Rect\":{\"w\":2,\"h\":3}},{\"Pair\":[-1,1]}]'",
        "JSON.stringify(data.meta) === '{\"a\":true,\"b\":null}'",
        "data.tuple[0] === 7 && data.tuple[1] === 'ç'",
        "data.bytes instanceof Uint8Array && data.bytes.join() === '0,1,255'",
    ];
    for c in checks {
        assert!(iso.eval::<bool>(c).unwrap(), "{c}");
    }
    // Small integers are numbers.
    let Serde(n) = iso.eval::<Serde<u64>>("42").unwrap();
    assert_eq!(n, 42);
    assert!(iso
        .eval::<bool>("typeof data.tuple[0] === 'number'")
        .unwrap());
}

#[test]
fn values_made_by_scripts_deserialize() {
    let iso = Isolate::new();
    let Serde(n): Serde<Nested> = iso
        .eval(
            "({ id: 9007199254740993n, signed: -5, name: 'n', tags: [], shapes: ['Empty', { Rect: { w: 1, h: 2 } }],
                meta: {}, unit: undefined, tuple: [1, 'c'], bytes: new Uint8Array([9]), extra: 'ignored' })",
        )
        .unwrap();
    assert_eq!(n.id, 9_007_199_254_740_993);
    assert_eq!(n.signed, -5);
    assert_eq!(n.note, None);
    assert_eq!(n.shapes[1], Shape::Rect { w: 1, h: 2 });
    assert_eq!(n.bytes, [9]);
}

#[test]
fn mismatches_are_conversion_errors() {
    let iso = Isolate::new();
    let e = iso.eval::<Serde<Vec<u8>>>("[1, 256]").unwrap_err();
    assert!(matches!(e, Error::Conversion { .. }), "{e:?}");
    let e = iso.eval::<Serde<Shape>>("({ Square: 1 })").unwrap_err();
    assert!(
        matches!(&e, Error::Conversion { message } if message.contains("Square")),
        "{e:?}"
    );
    let e = iso.eval::<Serde<Nested>>("({ id: 1 })").unwrap_err();
    assert!(matches!(&e, Error::Conversion { message } if message.contains("missing field")));
    // A getter's exception passes through as what it is.
    let e = iso
        .eval::<Serde<BTreeMap<String, i32>>>("({ get a() { throw new RangeError('no') } })")
        .unwrap_err();
    assert!(
        matches!(&e, Error::Thrown { name, .. } if name == "RangeError"),
        "{e:?}"
    );
    // A value of another isolate.
    let other = Isolate::new();
    let v: Value = other.eval("({})").unwrap();
    let e = from_value::<BTreeMap<String, i32>>(iso.main_context(), &v).unwrap_err();
    assert!(e.is_wrong_runtime());
}
