//! Rust functions called by JavaScript: typed parameters, errors thrown
//! as JavaScript errors, state reached through the `Caller` (no captured
//! isolate, no reference cycle). Run:
//! `cargo run -p jsvm --example host_functions`.

use std::cell::RefCell;

use jsvm::{Caller, Error, Isolate};

/// What the host functions share, kept by the isolate.
#[derive(Default)]
struct Store {
    items: RefCell<Vec<(String, u32)>>,
}

fn run() -> Result<(), Error> {
    let iso = Isolate::new();
    iso.set_data(Store::default());

    let add = iso.function("add", |c: &Caller, name: String, qty: u32| {
        let store = c.data::<Store>().expect("set above");
        let mut items = store.items.borrow_mut();
        items.push((name, qty));
        items.len()
    })?;
    let parse_qty = iso.function("parseQty", |s: String| {
        s.trim()
            .parse::<u32>()
            .map_err(|e| format!("bad quantity {s:?}: {e}"))
    })?;
    iso.set_global("add", add)?;
    iso.set_global("parseQty", parse_qty)?;

    let n: usize = iso.eval("add('tea', parseQty(' 2 ')); add('cake', 1)")?;
    println!(
        "{n} items: {:?}",
        iso.data::<Store>().unwrap().items.borrow()
    );

    // Errors: a wrong argument is Node's TypeError, an Err is thrown.
    let msg: String = iso.eval("try { add('x', -1) } catch (e) { `${e.code}: ${e.message}` }")?;
    println!("{msg}");
    let e = iso.eval::<()>("parseQty('lots')").unwrap_err();
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
