//! Programs in safe Rust that crashed the engine (an abort in the
//! collector, a read of freed memory, a segfault). Each must now end in an
//! error, or be harmless.

use jsvm_engine::{Class, Context, EvalOptions, PropertyKey, Runtime, Tracer, Value};

#[test]
fn a_value_cannot_be_stored_in_another_runtime() {
    let rt1 = Runtime::new();
    let ctx1 = Context::new(&rt1);
    let rt2 = Runtime::new();
    let ctx2 = Context::new(&rt2);
    let obj = ctx1.new_object().unwrap();
    let global2 = ctx2.global();
    let e = ctx2.set(&global2, "x", obj.clone()).unwrap_err();
    assert!(e.is_wrong_runtime());
    // As a key, as an argument, as `this`, as a prototype.
    assert!(ctx2
        .get(&global2, obj.clone())
        .unwrap_err()
        .is_wrong_runtime());
    let f = ctx2
        .eval("(function (a) { return a; })", &EvalOptions::default())
        .unwrap();
    let e = ctx2
        .call(&f, &ctx2.undefined(), std::slice::from_ref(&obj))
        .unwrap_err();
    assert!(e.is_wrong_runtime());
    assert!(ctx2.call(&f, &obj, &[]).unwrap_err().is_wrong_runtime());
    assert!(ctx2
        .new_object_with_proto(&obj)
        .unwrap_err()
        .is_wrong_runtime());
    assert!(ctx2.get(&obj, "x").unwrap_err().is_wrong_runtime());
    // A string is a heap value too.
    let s = ctx1.string("a string of runtime 1").unwrap();
    assert!(ctx2
        .set(&global2, "s", s.clone())
        .unwrap_err()
        .is_wrong_runtime());
    assert!(!ctx2.strict_equals(&s, &s));
    // Numbers, booleans, null and undefined belong to no heap.
    ctx2.set(&global2, "n", ctx1.int(7)).unwrap();
    assert_eq!(ctx2.get(&global2, "n").unwrap().as_i32(), Some(7));
    drop((ctx1, rt1, global2, f));
    drop((obj, s));
    drop((ctx2, rt2));
}

#[test]
fn a_host_function_cannot_return_a_value_of_another_runtime() {
    let rt1 = Runtime::new();
    let ctx1 = Context::new(&rt1);
    let foreign = ctx1.new_object().unwrap();
    let rt2 = Runtime::new();
    let ctx2 = Context::new(&rt2);
    let f = ctx2
        .new_function("leak", 0, move |_, _, _| Ok(foreign.clone()))
        .unwrap();
    let e = ctx2.call(&f, &ctx2.undefined(), &[]).unwrap_err();
    let msg = ctx2.to_rust_string(e.value()).unwrap();
    assert!(msg.contains("another runtime"), "{msg}");
    drop(f);
    rt2.run_gc();
}

#[test]
fn an_atom_cannot_be_used_in_another_runtime() {
    let rt1 = Runtime::new();
    let ctx1 = Context::new(&rt1);
    // Many atoms, so that the last one's number is past any of runtime 2.
    let atoms: Vec<_> = (0..5000)
        .map(|i| format!("key number {i}").to_atom(&ctx1).unwrap())
        .collect();
    let rt2 = Runtime::new();
    let ctx2 = Context::new(&rt2);
    let obj = ctx2.new_object().unwrap();
    let last = atoms.last().unwrap();
    assert!(ctx2.get(&obj, last).unwrap_err().is_wrong_runtime());
    assert!(ctx2
        .set(&obj, last.clone(), ctx2.int(1))
        .unwrap_err()
        .is_wrong_runtime());
    assert!(ctx2.has(&obj, last).unwrap_err().is_wrong_runtime());
    assert!(last.to_value(&ctx2).unwrap_err().is_wrong_runtime());
}

struct TracedTwice(Value);

// SAFETY: reports only the value it owns (twice: the tracer ignores the
// second report).
unsafe impl Class for TracedTwice {
    const NAME: &'static str = "TracedTwice";
    fn trace(&self, t: &Tracer<'_>) {
        t.value(&self.0);
        t.value(&self.0);
    }
}

#[test]
fn a_value_traced_twice_does_not_corrupt_the_collector() {
    let rt = Runtime::new();
    let ctx = Context::new(&rt);
    let inner = ctx.new_object().unwrap();
    let obj = ctx.new_instance(TracedTwice(inner), None).unwrap();
    // A cycle: the held object points back at its holder.
    let held = ctx.instance_data::<TracedTwice>(&obj).unwrap().0.clone();
    ctx.set(&held, "back", obj.clone()).unwrap();
    drop(held);
    rt.run_gc();
    assert!(ctx.instance_data::<TracedTwice>(&obj).is_some());
    drop(obj);
    rt.run_gc();
    assert_eq!(rt.memory_usage().obj_count, {
        let fresh = Runtime::new();
        let c = Context::new(&fresh);
        let n = fresh.memory_usage().obj_count;
        drop(c);
        n
    });
}

struct ForeignHolder(Value);

// SAFETY: reports only the value it owns.
unsafe impl Class for ForeignHolder {
    const NAME: &'static str = "ForeignHolder";
    fn trace(&self, t: &Tracer<'_>) {
        t.value(&self.0);
    }
}

#[test]
fn tracing_a_value_of_another_runtime_is_ignored() {
    let rt1 = Runtime::new();
    let ctx1 = Context::new(&rt1);
    let rt2 = Runtime::new();
    let ctx2 = Context::new(&rt2);
    let foreign = ctx1.new_object().unwrap();
    let obj = ctx2.new_instance(ForeignHolder(foreign), None).unwrap();
    rt2.run_gc();
    rt1.run_gc();
    drop(obj);
    rt2.run_gc();
}
