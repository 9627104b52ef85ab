//! Typed values: FromJs / IntoJs round trips, exact integers, and
//! conversion errors in Node's words.

use std::collections::{BTreeMap, HashMap};

use jsvm::{Error, IntoJs, Isolate, Value};

#[test]
fn numbers_booleans_and_strings() {
    let iso = Isolate::new();
    assert_eq!(iso.eval::<i32>("-7").unwrap(), -7);
    assert_eq!(iso.eval::<u8>("255").unwrap(), 255);
    assert_eq!(iso.eval::<f64>("0.25").unwrap(), 0.25);
    assert_eq!(iso.eval::<f32>("1.5").unwrap(), 1.5);
    assert!(iso.eval::<bool>("1 < 2").unwrap());
    assert_eq!(iso.eval::<String>("'h' + 'é' + '😀'").unwrap(), "hé😀");
    assert_eq!(iso.eval::<usize>("2 ** 40").unwrap(), 1 << 40);
}

#[test]
fn wrong_types_and_ranges_are_conversion_errors() {
    let iso = Isolate::new();
    let cases: &[(&str, Error)] = &[
        (
            "'x'",
            Error::Conversion {
                message: "The value must be of type number. Received type string ('x')".into(),
            },
        ),
        (
            "1.5",
            Error::Conversion {
                message:
                    "The value must be an integer from -2147483648 to 2147483647. Received 1.5"
                        .into(),
            },
        ),
        (
            "undefined",
            Error::Conversion {
                message: "The value must be of type number. Received undefined".into(),
            },
        ),
        (
            "[]",
            Error::Conversion {
                message: "The value must be of type number. Received an instance of Array".into(),
            },
        ),
    ];
    for (src, want) in cases {
        assert_eq!(&iso.eval::<i32>(src).unwrap_err(), want, "{src}");
    }
    assert!(matches!(
        iso.eval::<String>("42").unwrap_err(),
        Error::Conversion { .. }
    ));
    assert!(matches!(
        iso.eval::<bool>("'true'").unwrap_err(),
        Error::Conversion { .. }
    ));
    assert!(matches!(
        iso.eval::<u64>("-1").unwrap_err(),
        Error::Conversion { .. }
    ));
    assert!(matches!(
        iso.eval::<i64>("2 ** 53").unwrap_err(),
        Error::Conversion { .. }
    ));
    // A script cannot make a conversion error: its TypeError is thrown.
    assert!(matches!(
        iso.eval::<()>(
            "throw new TypeError('The value must be of type number. Received undefined')"
        )
        .unwrap_err(),
        Error::Thrown { .. }
    ));
}

#[test]
fn sixty_four_bit_integers_stay_exact() {
    let iso = Isolate::new();
    for n in [
        0i64,
        1,
        -1,
        (1 << 53) - 1,
        -(1 << 53) + 1,
        1 << 53,
        (1 << 53) + 1,
        i64::MAX,
        i64::MIN,
    ] {
        let v = iso.to_js(n).unwrap();
        assert_eq!(iso.from_js::<i64>(&v).unwrap(), n);
        // Numbers while exact, bigints beyond.
        assert_eq!(v.is_bigint(), n.unsigned_abs() > (1 << 53) - 1, "{n}");
    }
    for n in [0u64, (1 << 53) - 1, 1 << 53, u64::MAX] {
        let v = iso.to_js(n).unwrap();
        assert_eq!(iso.from_js::<u64>(&v).unwrap(), n);
    }
    assert_eq!(iso.eval::<u64>("18446744073709551615n").unwrap(), u64::MAX);
    assert!(matches!(
        iso.eval::<u64>("18446744073709551616n").unwrap_err(),
        Error::Conversion { .. }
    ));
    assert!(matches!(
        iso.eval::<i64>("-(2n ** 63n) - 1n").unwrap_err(),
        Error::Conversion { .. }
    ));
    assert_eq!(iso.eval::<i64>("-(2n ** 63n)").unwrap(), i64::MIN);
    // Seen by scripts as the exact value.
    iso.set_global("big", u64::MAX).unwrap();
    assert!(iso.eval::<bool>("big === 2n ** 64n - 1n").unwrap());
}

#[test]
fn options_vectors_maps_and_tuples() {
    let iso = Isolate::new();
    assert_eq!(iso.eval::<Option<i32>>("null").unwrap(), None);
    assert_eq!(iso.eval::<Option<i32>>("undefined").unwrap(), None);
    assert_eq!(iso.eval::<Option<i32>>("3").unwrap(), Some(3));
    let v: Vec<Vec<String>> = iso.eval("[['a'], [], ['b', 'c']]").unwrap();
    assert_eq!(v, vec![vec!["a"], vec![], vec!["b", "c"]]);
    let m: HashMap<String, f64> = iso.eval("({ x: 1, y: 2.5 })").unwrap();
    assert_eq!(m.len(), 2);
    assert_eq!(m["y"], 2.5);
    let b: BTreeMap<String, bool> = iso.eval("({ b: true, a: false })").unwrap();
    assert_eq!(b.keys().collect::<Vec<_>>(), ["a", "b"]);
    let t: (i32, String, Option<bool>) = iso.eval("[1, 's', null]").unwrap();
    assert_eq!(t, (1, "s".into(), None));
    assert!(matches!(
        iso.eval::<(i32, i32)>("[1, 2, 3]").unwrap_err(),
        Error::Conversion { .. }
    ));
    assert!(matches!(
        iso.eval::<Vec<i32>>("[1, 'two']").unwrap_err(),
        Error::Conversion { .. }
    ));

    // Into JavaScript and back, as scripts see it.
    let mut map = BTreeMap::new();
    map.insert("list", vec![1u32, 2, 3]);
    map.insert("empty", vec![]);
    iso.set_global("data", map).unwrap();
    assert_eq!(
        iso.eval::<String>("JSON.stringify(data)").unwrap(),
        r#"{"empty":[],"list":[1,2,3]}"#
    );
    iso.set_global("t", (1, "two", Some(3.5), None::<i32>))
        .unwrap();
    assert_eq!(
        iso.eval::<String>("JSON.stringify(t)").unwrap(),
        "[1,\"two\",3.5,null]"
    );
    // Defining, not setting: a setter on Object.prototype does not run.
    iso.eval::<()>("Object.defineProperty(Object.prototype, 'k', { set() { throw 1 } })")
        .unwrap();
    let mut m = HashMap::new();
    m.insert("k".to_string(), 1);
    iso.set_global("m", m).unwrap();
    assert_eq!(iso.eval::<i32>("m.k").unwrap(), 1);
}

#[test]
fn typed_calls_and_property_reads() {
    let iso = Isolate::new();
    let f: Value = iso.eval("(a, b, c) => `${a}|${b}|${c}`").unwrap();
    assert_eq!(
        iso.call::<String>(&f, (1, "x", vec![true])).unwrap(),
        "1|x|true"
    );
    assert_eq!(
        iso.call::<String>(&f, ()).unwrap(),
        "undefined|undefined|undefined"
    );
    let o: Value = iso.eval("({ a: { b: [1, 2] } })").unwrap();
    let a: Value = iso.get(&o, "a").unwrap();
    assert_eq!(iso.get::<Vec<u8>>(&a, "b").unwrap(), [1, 2]);
    let e = iso.call::<()>(&f.clone(), (iso.to_js(()).unwrap(),));
    assert!(e.is_ok());
    // A value of another isolate is refused.
    let other = Isolate::new();
    let foreign: Value = other.eval("({})").unwrap();
    assert_eq!(
        iso.call::<()>(&f, (foreign.clone(),)).unwrap_err(),
        Error::WrongIsolate
    );
    assert_eq!(
        iso.from_js::<Value>(&foreign).unwrap_err(),
        Error::WrongIsolate
    );
    assert!(foreign
        .into_js(iso.main_context())
        .unwrap_err()
        .is_wrong_runtime());
}
