use super::*;

fn setup(code: &str) -> (Isolate, VmContext) {
    let iso = Isolate::new();
    let ctx = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    iso.run_in_context(code, &ctx, &ScriptOptions::default())
        .unwrap();
    (iso, ctx)
}

fn eval_str(iso: &Isolate, ctx: &VmContext, code: &str) -> String {
    let v = iso
        .run_in_context(code, ctx, &ScriptOptions::default())
        .unwrap_or_else(|e| {
            let m = iso.main_context();
            panic!("{}", m.to_rust_string(e.value()).unwrap())
        });
    iso.main_context().to_rust_string(&v).unwrap()
}

#[test]
fn assignments_and_declarations_land_on_the_context_object() {
    let (iso, ctx) = setup("x = 1; var y = 2; function f() {} this.z = 3; let l = 4;");
    let m = iso.main_context();
    let obj = ctx.object();
    for key in ["x", "y", "f", "z"] {
        assert!(m.has(obj, key).unwrap(), "{key} missing");
    }
    assert!(!m.has(obj, "l").unwrap());
    assert_eq!(eval_str(&iso, &ctx, "l"), "4");
}

#[test]
fn reads_prefer_the_context_object_over_builtins() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let sandbox = m.new_object().unwrap();
    m.set(&sandbox, "Math", m.string("shadow").unwrap())
        .unwrap();
    let ctx = iso
        .create_context(Some(&sandbox), &ContextOptions::default())
        .unwrap();
    assert_eq!(eval_str(&iso, &ctx, "Math"), "shadow");
    assert_eq!(eval_str(&iso, &ctx, "typeof Array"), "function");
}

#[test]
fn unresolvable_names_throw_reference_errors() {
    let (iso, ctx) = setup("");
    assert_eq!(
        eval_str(&iso, &ctx, "try { nope } catch (e) { e.name }"),
        "ReferenceError"
    );
    assert_eq!(eval_str(&iso, &ctx, "typeof nope"), "undefined");
}

#[test]
fn global_cannot_be_frozen() {
    let (iso, ctx) = setup("");
    assert_eq!(
        eval_str(
            &iso,
            &ctx,
            "try { Object.freeze(globalThis) } catch (e) { e.message }"
        ),
        "Cannot freeze"
    );
}

#[test]
fn global_this_is_not_the_context_object() {
    let (iso, ctx) = setup("");
    let g = iso
        .run_in_context("globalThis", &ctx, &ScriptOptions::default())
        .unwrap();
    assert!(!g.same_object(ctx.object()));
    assert!(g.same_object(ctx.global()));
}

#[test]
fn dont_contextify_returns_the_global() {
    let iso = Isolate::new();
    let opts = ContextOptions {
        dont_contextify: true,
        ..Default::default()
    };
    let ctx = iso.create_context(None, &opts).unwrap();
    let g = iso
        .run_in_context("globalThis", &ctx, &ScriptOptions::default())
        .unwrap();
    assert!(g.same_object(ctx.object()));
    assert!(iso.context_of(&g).is_some());
}

#[test]
fn is_context_knows_contextified_objects() {
    let (iso, ctx) = setup("");
    assert!(iso.context_of(ctx.object()).is_some());
    let other = iso.main_context().new_object().unwrap();
    assert!(iso.context_of(&other).is_none());
}

#[test]
fn a_script_runs_in_many_contexts() {
    let iso = Isolate::new();
    let script = iso
        .compile_script(
            "typeof n === 'number' ? ++n : (n = 1)",
            &ScriptOptions::default(),
        )
        .unwrap();
    let a = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    let b = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    for _ in 0..3 {
        script.run_in_context(&a).unwrap();
    }
    script.run_in_context(&b).unwrap();
    let m = iso.main_context();
    assert_eq!(m.get(a.object(), "n").unwrap().as_i32(), Some(3));
    assert_eq!(m.get(b.object(), "n").unwrap().as_i32(), Some(1));
    assert!(m.get(&m.global(), "n").unwrap().is_undefined());
}

#[test]
fn contexts_are_collected() {
    let iso = Isolate::new();
    iso.runtime().run_gc();
    let before = iso.runtime().memory_usage().obj_count;
    for _ in 0..50 {
        let ctx = iso
            .create_context(None, &ContextOptions::default())
            .unwrap();
        iso.run_in_context(
            "var a = [1, 2, 3]; function f() { return a }",
            &ctx,
            &ScriptOptions::default(),
        )
        .unwrap();
    }
    iso.runtime().run_gc();
    let after = iso.runtime().memory_usage().obj_count;
    assert!(
        after - before < 50,
        "contexts leak: {before} -> {after} objects"
    );
}

#[test]
fn dropping_an_isolate_frees_its_runtime() {
    // Once the isolate and everything made from it are dropped, nothing in
    // the heap holds the runtime any more, so the engine runtime is freed.
    for dont_contextify in [false, true] {
        let iso = Isolate::new();
        let runtime = iso.runtime().clone();
        let opts = ContextOptions {
            dont_contextify,
            ..Default::default()
        };
        let ctx = iso.create_context(None, &opts).unwrap();
        let script = iso
            .compile_script(
                "var n = (typeof n === 'number' ? n : 0) + 1; n",
                &ScriptOptions::default(),
            )
            .unwrap();
        script.run_in_context(&ctx).unwrap();
        iso.run_in_context(
            "globalThis.o = { n }; delete o.x; 'n' in globalThis",
            &ctx,
            &ScriptOptions::default(),
        )
        .unwrap();
        drop(script);
        drop(ctx);
        drop(iso);
        runtime.run_gc();
        assert_eq!(
            runtime.reference_count(),
            1,
            "dont_contextify: {dont_contextify}"
        );
    }
}

#[test]
fn dropping_many_isolates_does_not_crash() {
    for _ in 0..20 {
        let iso = Isolate::new();
        let ctx = iso
            .create_context(None, &ContextOptions::default())
            .unwrap();
        let script = iso
            .compile_script(
                "var n = (typeof n === 'number' ? n : 0) + 1",
                &ScriptOptions::default(),
            )
            .unwrap();
        script.run_in_context(&ctx).unwrap();
        drop(script);
        drop(ctx);
        drop(iso);
    }
}

#[test]
fn is_function_tells_callables_from_other_objects() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let obj = m.new_object().unwrap();
    let f = m.new_function("f", 0, |c, _, _| Ok(c.undefined())).unwrap();
    let arrow = iso
        .run_in_this_context("() => 1", &ScriptOptions::default())
        .unwrap();
    let map = iso
        .run_in_this_context("new Map()", &ScriptOptions::default())
        .unwrap();
    assert!(!m.is_function(&obj) && !m.is_function(&map) && !m.is_function(&m.int(1)));
    assert!(m.is_function(&f) && m.is_function(&arrow));
}

fn after_evaluate() -> ContextOptions {
    ContextOptions {
        microtask_mode: MicrotaskMode::AfterEvaluate,
        ..Default::default()
    }
}

#[test]
fn after_evaluate_runs_microtasks_before_the_run_returns() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let opts = ScriptOptions::default();
    let code = "Promise.resolve().then(() => { done = true }); 1";
    let ctx = iso.create_context(None, &after_evaluate()).unwrap();
    assert_eq!(ctx.microtask_mode(), MicrotaskMode::AfterEvaluate);
    iso.run_in_context(code, &ctx, &opts).unwrap();
    assert!(m.to_bool(&m.get(ctx.object(), "done").unwrap()));
    // Scripts too.
    let ctx = iso.create_context(None, &after_evaluate()).unwrap();
    let script = iso.compile_script(code, &opts).unwrap();
    script.run_in_context(&ctx).unwrap();
    assert!(m.to_bool(&m.get(ctx.object(), "done").unwrap()));
    // The default: the shared queue, run by the host.
    let ctx = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    iso.run_in_context(code, &ctx, &opts).unwrap();
    assert!(m.get(ctx.object(), "done").unwrap().is_undefined());
    while iso.runtime().run_pending_job().unwrap() {}
    assert!(m.to_bool(&m.get(ctx.object(), "done").unwrap()));
}

#[test]
fn host_callbacks_go_to_the_shared_queue() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let opts = ScriptOptions::default();
    let sandbox = m.new_object().unwrap();
    let host_fn = iso
        .run_in_this_context("(v) => { globalThis.hostRan = v }", &opts)
        .unwrap();
    m.set(&sandbox, "hostFn", host_fn).unwrap();
    let ctx = iso
        .create_context(Some(&sandbox), &after_evaluate())
        .unwrap();
    iso.run_in_context("Promise.resolve(7).then(hostFn)", &ctx, &opts)
        .unwrap();
    assert!(m.get(&m.global(), "hostRan").unwrap().is_undefined());
    while iso.runtime().run_pending_job().unwrap() {}
    assert_eq!(m.get(&m.global(), "hostRan").unwrap().as_i32(), Some(7));
}

#[test]
fn a_failed_run_leaves_microtasks_queued_for_the_next_one() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let opts = ScriptOptions::default();
    let ctx = iso.create_context(None, &after_evaluate()).unwrap();
    assert!(iso
        .run_in_context(
            "Promise.resolve().then(() => { done = true }); throw 0",
            &ctx,
            &opts
        )
        .is_err());
    assert!(!iso.runtime().is_job_pending());
    assert!(m.get(ctx.object(), "done").unwrap().is_undefined());
    iso.run_in_context("0", &ctx, &opts).unwrap();
    assert!(m.to_bool(&m.get(ctx.object(), "done").unwrap()));
}

#[test]
fn contexts_with_pending_microtasks_are_collected() {
    let iso = Isolate::new();
    iso.runtime().run_gc();
    let before = iso.runtime().memory_usage().obj_count;
    for _ in 0..50 {
        let ctx = iso.create_context(None, &after_evaluate()).unwrap();
        let r = iso.run_in_context(
            "var a = [1, 2, 3]; Promise.resolve().then(() => a); throw 0",
            &ctx,
            &ScriptOptions::default(),
        );
        assert!(r.is_err());
    }
    iso.runtime().run_gc();
    let after = iso.runtime().memory_usage().obj_count;
    assert!(
        after - before < 50,
        "contexts leak: {before} -> {after} objects"
    );
    // And an isolate dropped with a context holding pending jobs frees its
    // runtime.
    let ctx = iso.create_context(None, &after_evaluate()).unwrap();
    let r = iso.run_in_context(
        "Promise.resolve().then(() => 1); throw 0",
        &ctx,
        &ScriptOptions::default(),
    );
    assert!(r.is_err());
    drop(r);
    let runtime = iso.runtime().clone();
    drop(ctx);
    drop(iso);
    runtime.run_gc();
    assert_eq!(runtime.reference_count(), 1);
}

#[test]
fn contexts_keep_their_name_and_origin() {
    let iso = Isolate::new();
    let a = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    let b = iso
        .create_context(
            None,
            &ContextOptions {
                name: Some("mine".into()),
                origin: Some("https://example.org".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let c = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    assert_eq!((a.name(), a.origin()), ("VM Context 1", None));
    assert_eq!(
        (b.name(), b.origin()),
        ("mine", Some("https://example.org"))
    );
    assert_eq!(c.name(), "VM Context 2");
    // The handle found from the context object knows them too.
    let found = iso.context_of(b.object()).unwrap();
    assert_eq!(found.name(), "mine");
    assert_eq!(found.microtask_mode(), MicrotaskMode::Shared);
}

#[test]
fn code_generation_from_strings_can_be_disallowed() {
    let iso = Isolate::new();
    let opts = ContextOptions {
        code_generation: CodeGeneration {
            strings: false,
            wasm: true,
        },
        ..Default::default()
    };
    let ctx = iso.create_context(None, &opts).unwrap();
    assert!(!ctx.code_generation().strings);
    let msg = "EvalError: Code generation from strings disallowed for this context";
    for code in [
        "eval('1')",
        "(0, eval)('1')",
        "Function('return 1')",
        "(async () => {}).constructor('')",
    ] {
        let e = iso
            .run_in_context(code, &ctx, &ScriptOptions::default())
            .unwrap_err();
        assert_eq!(
            iso.main_context().to_rust_string(e.value()).unwrap(),
            msg,
            "{code}"
        );
    }
    // Code run through the API, the main context and other contexts are
    // unaffected.
    assert_eq!(eval_str(&iso, &ctx, "'a' + 1"), "a1");
    let other = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    assert_eq!(eval_str(&iso, &other, "eval('2')"), "2");
    let v = iso
        .run_in_this_context("Function('return 3')()", &ScriptOptions::default())
        .unwrap();
    assert_eq!(v.as_i32(), Some(3));
}

#[test]
fn promise_jobs_of_dropped_contexts_are_safe() {
    // Contexts of both modes register callbacks on host promises, are
    // dropped and collected; then the host settles the promises and runs
    // its queue.
    let iso = Isolate::new();
    let m = iso.main_context();
    let opts = ScriptOptions::default();
    let settle = iso
        .run_in_this_context(
            "globalThis.pending = []; \
             globalThis.make = () => { let r; const p = new Promise((res) => { r = res }); \
             pending.push(r); return p; }; \
             () => { for (const r of pending.splice(0)) r(1) }",
            &opts,
        )
        .unwrap();
    let make = m.get(&m.global(), "make").unwrap();
    for i in 0..40 {
        let sandbox = m.new_object().unwrap();
        m.set(&sandbox, "make", make.clone()).unwrap();
        let mode = if i % 2 == 0 {
            MicrotaskMode::AfterEvaluate
        } else {
            MicrotaskMode::Shared
        };
        let ctx = iso
            .create_context(
                Some(&sandbox),
                &ContextOptions {
                    microtask_mode: mode,
                    ..Default::default()
                },
            )
            .unwrap();
        iso.run_in_context(
            "make().then(() => 1); make().catch(() => 2); make().then(undefined, () => 3); \
             (async () => { await make() })(); Promise.resolve(make()).then(() => 4)",
            &ctx,
            &opts,
        )
        .unwrap();
        drop(ctx);
        drop(sandbox);
        iso.runtime().run_gc();
    }
    m.call(&settle, &m.undefined(), &[]).unwrap();
    iso.runtime().run_gc();
    while iso.runtime().run_pending_job().unwrap() {}
    iso.runtime().run_gc();
}
