//! Typed host functions: arguments and results converted, errors thrown,
//! Node's TypeErrors for wrong arguments, panics resumed in Rust, state
//! reached through the Caller.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

use jsvm::{Caller, Error, Isolate, RunOptions, ScriptOptions, Value};

fn global_fn<Args, F: jsvm::HostFunction<Args>>(iso: &Isolate, name: &str, f: F) {
    let v = iso.function(name, f).unwrap();
    iso.set_global(name, v).unwrap();
}

#[test]
fn arguments_and_results_are_converted() {
    let iso = Isolate::new();
    global_fn(&iso, "join", |parts: Vec<String>, sep: Option<String>| {
        parts.join(sep.as_deref().unwrap_or(","))
    });
    assert_eq!(iso.eval::<String>("join(['a', 'b'])").unwrap(), "a,b");
    assert_eq!(iso.eval::<String>("join(['a', 'b'], '-')").unwrap(), "a-b");
    assert_eq!(iso.eval::<i32>("join.length").unwrap(), 2);
    assert_eq!(iso.eval::<String>("join.name").unwrap(), "join");
    global_fn(&iso, "big", |n: u64| n.checked_mul(2));
    assert!(iso
        .eval::<bool>("big(2n ** 62n) === 2n ** 63n && big(2n ** 63n) === undefined")
        .unwrap());
    global_fn(&iso, "nothing", || {});
    assert!(iso.eval::<bool>("nothing() === undefined").unwrap());
}

#[test]
fn wrong_arguments_are_node_type_errors() {
    let iso = Isolate::new();
    global_fn(&iso, "add", |a: i64, b: i64| a + b);
    let describe = "(e) => `${e.name} ${e.code}: ${e.message}`";
    let check = |call: &str, want: &str| {
        let src = format!("try {{ {call} }} catch (e) {{ ({describe})(e) }}");
        assert_eq!(iso.eval::<String>(&src).unwrap(), want, "{call}");
    };
    check(
        "add(1)",
        "TypeError ERR_INVALID_ARG_TYPE: The \"arguments[1]\" argument must be of type number or bigint. Received undefined",
    );
    check(
        "add(1, {})",
        "TypeError ERR_INVALID_ARG_TYPE: The \"arguments[1]\" argument must be of type number or bigint. Received an instance of Object",
    );
    check(
        "add(0.5, 1)",
        "TypeError ERR_INVALID_ARG_TYPE: The \"arguments[0]\" argument must be a safe integer (or a bigint for larger values). Received 0.5",
    );
}

#[test]
fn errors_are_thrown() {
    let iso = Isolate::new();
    global_fn(&iso, "fail", |msg: String| -> Result<(), String> {
        Err(msg)
    });
    let e = iso.eval::<()>("fail('no')").unwrap_err();
    assert!(
        matches!(&e, Error::Thrown { name, message, .. } if name == "Error" && message == "no")
    );
    global_fn(
        &iso,
        "rethrow",
        |c: &Caller, f: Value| -> Result<i32, Error> {
            // A jsvm::Error from a call keeps its name and message.
            let ctx = c.context();
            ctx.call(&f, &ctx.undefined(), &[])
                .map_err(|e| Error::Thrown {
                    name: "RangeError".into(),
                    message: format!(
                        "wrapped: {}",
                        ctx.to_rust_string(e.value()).unwrap_or_default()
                    ),
                    stack: None,
                })?;
            Ok(1)
        },
    );
    assert_eq!(
        iso.eval::<String>(
            "try { rethrow(() => { throw 'x' }) } catch (e) { e.name + ': ' + e.message }"
        )
        .unwrap(),
        "RangeError: wrapped: x"
    );
}

#[test]
fn a_panic_goes_on_in_the_rust_caller() {
    let iso = Isolate::new();
    global_fn(&iso, "boom", |n: i32| -> i32 {
        if n > 0 {
            panic!("boom {n}");
        }
        n
    });
    // Neither catch nor finally runs; the panic reaches this frame.
    let r = catch_unwind(AssertUnwindSafe(|| {
        iso.eval::<()>("globalThis.seen = []; try { boom(1) } catch (e) { seen.push('catch') } finally { seen.push('finally') }")
    }));
    let payload = r.unwrap_err();
    assert_eq!(payload.downcast_ref::<String>().unwrap(), "boom 1");
    assert_eq!(iso.eval::<String>("seen.join()").unwrap(), "");
    // Under a timeout, through nested JavaScript calls; the isolate goes
    // on working afterwards, timeouts included.
    let run = RunOptions {
        timeout: Some(Duration::from_millis(200)),
        ..Default::default()
    };
    let r = catch_unwind(AssertUnwindSafe(|| {
        iso.eval_with::<()>("[1].map((x) => boom(x))", &ScriptOptions::default(), &run)
    }));
    assert!(r.is_err());
    assert_eq!(iso.eval::<i32>("boom(0)").unwrap(), 0);
    let e = iso
        .eval_with::<()>("for (;;) {}", &ScriptOptions::default(), &run)
        .unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }));
}

#[test]
fn state_through_the_caller_without_a_cycle() {
    struct Log(RefCell<Vec<String>>);
    let iso = Isolate::new();
    iso.set_data(Log(RefCell::new(Vec::new())));
    global_fn(&iso, "log", |c: &Caller, line: String| {
        c.data::<Log>().unwrap().0.borrow_mut().push(line);
    });
    global_fn(
        &iso,
        "self_name",
        |c: &Caller| -> Result<String, jsvm::Exception> {
            let this = c.this();
            c.from_js::<String>(&c.context().get(this, "name")?)
        },
    );
    iso.eval::<()>("log('a'); log('b'); globalThis.o = { name: 'obj', f: self_name };")
        .unwrap();
    assert_eq!(iso.eval::<String>("o.f()").unwrap(), "obj");
    assert_eq!(*iso.data::<Log>().unwrap().0.borrow(), ["a", "b"]);
    // Dropping the isolate frees everything: the runtime's reference
    // count shows no handle is left in a cycle.
    let rt = iso.runtime().clone();
    drop(iso);
    assert_eq!(rt.reference_count(), 1);
}
