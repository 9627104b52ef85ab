//! Evaluate and convert: typed results, typed calls, and Rust data in and
//! out through serde. Run: `cargo run -p jsvm --example typed`.

use std::collections::BTreeMap;

use jsvm::serde::Serde;
use jsvm::{Error, Isolate, Value};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Invoice {
    id: u64,
    lines: Vec<(String, u32)>,
    discount: Option<f64>,
}

fn run() -> Result<(), Error> {
    let iso = Isolate::new();

    // Results read as Rust types; integers beyond 2^53 stay exact.
    let n: i32 = iso.eval("6 * 7")?;
    let big: u64 = iso.eval("2n ** 64n - 1n")?;
    let words: Vec<String> = iso.eval("'a b c'.split(' ')")?;
    println!("{n} {big} {words:?}");

    // Typed calls.
    let total: Value = iso.eval(
        "(invoice) => invoice.lines.reduce((s, [, cents]) => s + cents, 0) * (1 - (invoice.discount ?? 0))",
    )?;
    let invoice = Invoice {
        id: 9_007_199_254_740_993,
        lines: vec![("tea".into(), 350), ("cake".into(), 425)],
        discount: Some(0.1),
    };
    let sum: f64 = iso.call(&total, (Serde(&invoice),))?;
    println!("total: {sum:.1}");

    // Rust data in, JavaScript data out.
    iso.set_global("invoice", Serde(&invoice))?;
    let Serde(back): Serde<Invoice> = iso.eval("({ ...invoice, discount: null })")?;
    assert_eq!(back.id, invoice.id);
    let counts: BTreeMap<String, usize> =
        iso.eval("Object.fromEntries(invoice.lines.map(([name]) => [name, name.length]))")?;
    println!("{back:?} {counts:?}");

    // A value of the wrong type is a conversion error, not a panic.
    let e = iso.eval::<u8>("'x'").unwrap_err();
    println!("{e}");
    Ok(())
}

fn main() {
    run().unwrap();
}

#[test]
fn example_runs() {
    run().unwrap();
}
