use super::*;
use jsvm_engine::ENGINE_FINGERPRINT;

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
fn contexts_that_used_intl_are_collected() {
    // Intl's internals are the realm's host value (patch 0060), which the
    // collector marks through the context: no cycle keeps them alive.
    let iso = Isolate::new();
    iso.runtime().run_gc();
    let before = iso.runtime().memory_usage().obj_count;
    for _ in 0..20 {
        let ctx = iso
            .create_context(None, &ContextOptions::default())
            .unwrap();
        let v = iso
            .run_in_context(
                "[...new Intl.Segmenter().segment('ab')].length + (1234.5).toLocaleString()",
                &ctx,
                &ScriptOptions::default(),
            )
            .unwrap();
        assert_eq!(iso.main_context().to_rust_string(&v).unwrap(), "21,234.5");
    }
    iso.runtime().run_gc();
    let after = iso.runtime().memory_usage().obj_count;
    assert!(
        after - before < 50,
        "contexts leak: {before} -> {after} objects"
    );
}

#[test]
fn intl_is_made_on_first_use() {
    let iso = Isolate::new();
    let ctx = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    assert!(ctx.context().host_value().is_undefined());
    iso.run_in_context("1 + 1", &ctx, &ScriptOptions::default())
        .unwrap();
    assert!(ctx.context().host_value().is_undefined());
    iso.run_in_context("typeof Intl", &ctx, &ScriptOptions::default())
        .unwrap();
    assert!(!ctx.context().host_value().is_undefined());
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

fn stack_of(iso: &Isolate, e: &Exception) -> String {
    let m = iso.main_context();
    let s = m.get(e.value(), "stack").unwrap();
    m.to_rust_string(&s).unwrap()
}

#[test]
fn stacks_have_v8_frames_with_line_and_column_offsets() {
    let iso = Isolate::new();
    let opts = ScriptOptions {
        filename: "s.js".into(),
        line_offset: 10,
        column_offset: 5,
    };
    let e = iso
        .run_in_this_context("function f() { throw new Error('x'); } f();", &opts)
        .unwrap_err();
    let stack = stack_of(&iso, &e);
    assert_eq!(
        stack, "Error: x\n    at f (s.js:11:27)\n    at s.js:11:45",
        "{stack}"
    );
    // Only the first line is shifted.
    let e = iso.run_in_this_context("\n  null.x", &opts).unwrap_err();
    assert!(stack_of(&iso, &e).contains("at s.js:12:8"));
}

#[test]
fn exceptions_know_where_they_were_thrown() {
    let iso = Isolate::new();
    let opts = ScriptOptions {
        filename: "t.js".into(),
        ..Default::default()
    };
    let e = iso
        .run_in_this_context("function g() {\n  throw 1;\n}\ng();", &opts)
        .unwrap_err();
    let site = e.site().expect("a throw site");
    assert_eq!(
        (site.filename.as_str(), site.line, site.column),
        ("t.js", 2, 3)
    );
    // A syntax error is located at its token.
    let e = iso.compile_script("let a = foo bar;", &opts).err().unwrap();
    let site = e.site().unwrap();
    assert_eq!((site.line, site.column, site.end_column), (1, 13, 16));
    // A caught and rethrown error is located at the rethrow.
    let e = iso
        .run_in_this_context(
            "try { throw new Error('a') } catch (err) {\n  throw err;\n}",
            &opts,
        )
        .unwrap_err();
    assert_eq!(e.site().unwrap().line, 2);
}

#[test]
fn decorate_error_stack_adds_the_source_line_once() {
    let iso = Isolate::new();
    let opts = ScriptOptions {
        filename: "d.js".into(),
        line_offset: 2,
        column_offset: 4,
    };
    let e = iso
        .run_in_this_context("  throw new Error('boom');", &opts)
        .unwrap_err();
    assert_eq!(
        iso.error_arrow(&e).as_deref(),
        Some("d.js:3\n  throw new Error('boom');\n  ^\n")
    );
    assert!(!iso.is_decorated(e.value()));
    assert!(iso.decorate_error_stack(&e));
    assert!(iso.is_decorated(e.value()));
    assert!(!iso.decorate_error_stack(&e));
    assert_eq!(
        stack_of(&iso, &e),
        "d.js:3\n  throw new Error('boom');\n  ^\n\nError: boom\n    at d.js:3:13"
    );
    // Thrown primitives are not decorated.
    let e = iso.run_in_this_context("throw 5", &opts).unwrap_err();
    assert!(!iso.decorate_error_stack(&e));
    // A syntax error underlines its token.
    let e = iso.compile_script("var v = a b;", &opts).err().unwrap();
    assert_eq!(
        iso.error_arrow(&e).as_deref(),
        Some("d.js:3\nvar v = a b;\n          ^\n")
    );
}

#[test]
fn extreme_offsets_do_not_break_error_display() {
    let iso = Isolate::new();
    for (line_offset, column_offset) in [
        (i32::MAX, i32::MAX),
        (i32::MIN, i32::MIN),
        (0, -5),
        (5, i32::MAX - 10),
    ] {
        let opts = ScriptOptions {
            filename: "x.js".into(),
            line_offset,
            column_offset,
        };
        for code in ["  throw new Error('a')", "a b", "\n x.y.z", "  null.q"] {
            let e = iso.run_in_this_context(code, &opts).unwrap_err();
            let _ = iso.error_arrow(&e);
            iso.decorate_error_stack(&e);
        }
    }
    // A negative column offset is taken off the caret as Node does.
    let opts = ScriptOptions {
        filename: "n.js".into(),
        line_offset: 0,
        column_offset: -5,
    };
    let e = iso
        .run_in_this_context("  throw new Error('a')", &opts)
        .unwrap_err();
    assert_eq!(
        iso.error_arrow(&e).as_deref(),
        Some("n.js:1\n  throw new Error('a')\n  ^\n")
    );
}

fn timed(ms: u64) -> RunOptions {
    RunOptions {
        timeout: Some(std::time::Duration::from_millis(ms)),
        ..Default::default()
    }
}

fn error_code(iso: &Isolate, e: &Exception) -> String {
    let m = iso.main_context();
    let code = m.get(e.value(), "code").unwrap();
    m.to_rust_string(&code).unwrap()
}

#[test]
fn timeout_stops_a_loop_that_catches_and_finally_cannot_swallow() {
    let (iso, ctx) = setup("var reached = 'no';");
    let code = "for (;;) { try { for (;;) {} } catch (e) {} finally { reached = 'finally'; } }";
    let e = iso
        .run_in_context_with(code, &ctx, &ScriptOptions::default(), &timed(10))
        .unwrap_err();
    assert!(!e.is_uncatchable(), "the host gets an ordinary error");
    assert_eq!(error_code(&iso, &e), "ERR_SCRIPT_EXECUTION_TIMEOUT");
    let m = iso.main_context();
    let msg = m.get(e.value(), "message").unwrap();
    assert_eq!(
        m.to_rust_string(&msg).unwrap(),
        "Script execution timed out after 10ms"
    );
    // The error is one of the context the code ran in, as in Node.
    let proto = m.get_prototype(e.value()).unwrap();
    let ctx_proto = eval_value(&iso, &ctx, "Error.prototype");
    assert!(proto.same_object(&ctx_proto));
    assert_eq!(eval_str(&iso, &ctx, "reached"), "no");
    // The context and the isolate go on.
    assert_eq!(
        eval_str(&iso, &ctx, "[1, 2].map((n) => n * 3).join()"),
        "3,6"
    );
}

fn eval_value(iso: &Isolate, ctx: &VmContext, code: &str) -> Value {
    iso.run_in_context(code, ctx, &ScriptOptions::default())
        .unwrap()
}

#[test]
fn timeout_stops_callbacks_of_builtins_and_regular_expressions() {
    let (iso, ctx) = setup("");
    for code in [
        "[3, 2, 1].sort(() => { for (;;) {} })",
        "JSON.parse('[1]', () => { for (;;) {} })",
        "'' + { toString() { for (;;) {} } }",
        "/(a+)+$/.test('a'.repeat(40) + 'b')",
    ] {
        let e = iso
            .run_in_context_with(code, &ctx, &ScriptOptions::default(), &timed(10))
            .unwrap_err();
        assert_eq!(
            error_code(&iso, &e),
            "ERR_SCRIPT_EXECUTION_TIMEOUT",
            "{code}"
        );
    }
}

#[test]
fn nested_timeouts_fire_where_node_fires_them() {
    let iso = std::rc::Rc::new(Isolate::new());
    let m = iso.main_context().clone();
    let ctx = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    // A host function runs an inner script with its own timeout, as
    // `vm.runInContext` called from a script does.
    let inner_ms = std::rc::Rc::new(std::cell::Cell::new(0u64));
    let weak = std::rc::Rc::downgrade(&iso);
    let ms = inner_ms.clone();
    let inner = m
        .new_function("inner", 0, move |c, _, _| {
            let iso = weak.upgrade().unwrap();
            let other = iso.create_context(None, &ContextOptions::default())?;
            let r = iso.run_in_context_with(
                "for (;;) {}",
                &other,
                &ScriptOptions::default(),
                &timed(ms.get()),
            );
            r.or_else(|e| {
                let code = c.get(e.value(), "code")?;
                let s = c.to_rust_string(&code)?;
                c.string(&format!("caught {s}"))
            })
        })
        .unwrap();
    m.set(ctx.object(), "inner", inner).unwrap();
    // The inner timeout is shorter: the outer script catches its error.
    inner_ms.set(10);
    let v = iso
        .run_in_context_with("inner()", &ctx, &ScriptOptions::default(), &timed(2000))
        .unwrap();
    assert_eq!(
        m.to_rust_string(&v).unwrap(),
        "caught ERR_SCRIPT_EXECUTION_TIMEOUT"
    );
    // The outer timeout is shorter: it fires through the inner run.
    inner_ms.set(2000);
    let e = iso
        .run_in_context_with(
            "inner(); 'not reached'",
            &ctx,
            &ScriptOptions::default(),
            &timed(20),
        )
        .unwrap_err();
    let msg = m.get(e.value(), "message").unwrap();
    assert_eq!(
        m.to_rust_string(&msg).unwrap(),
        "Script execution timed out after 20ms"
    );
    m.delete(ctx.object(), "inner").unwrap();
}

#[test]
fn break_on_sigint_stops_a_run_and_consumes_the_signal() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let sandbox = m.new_object().unwrap();
    let raise = m
        .new_function("raise", 0, |c, _, _| {
            // SAFETY: raise(3) of SIGINT while the run watches for it.
            unsafe { libc::raise(libc::SIGINT) };
            Ok(c.undefined())
        })
        .unwrap();
    m.set(&sandbox, "raise", raise).unwrap();
    let ctx = iso
        .create_context(Some(&sandbox), &ContextOptions::default())
        .unwrap();
    let run = RunOptions {
        break_on_sigint: true,
        ..Default::default()
    };
    let e = iso
        .run_in_context_with(
            "try { raise(); for (;;) {} } finally { globalThis.reached = true; }",
            &ctx,
            &ScriptOptions::default(),
            &run,
        )
        .unwrap_err();
    assert_eq!(error_code(&iso, &e), "ERR_SCRIPT_EXECUTION_INTERRUPTED");
    let msg = m.get(e.value(), "message").unwrap();
    assert_eq!(
        m.to_rust_string(&msg).unwrap(),
        "Script execution was interrupted by `SIGINT`"
    );
    assert!(!m.has(&sandbox, "reached").unwrap());
    // The signal was the run's: the next run is not interrupted.
    assert_eq!(eval_str(&iso, &ctx, "'fine'"), "fine");
    let v = iso
        .run_in_context_with(
            "let i = 0; while (i < 1e6) i++; i",
            &ctx,
            &ScriptOptions::default(),
            &run,
        )
        .unwrap();
    assert_eq!(v.as_f64(), Some(1e6));
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

fn to_s(iso: &Isolate, v: &Value) -> String {
    iso.main_context().to_rust_string(v).unwrap()
}

#[test]
fn compile_function_wraps_the_body_in_a_function() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let f = iso
        .compile_function("return a + b", &["a", "b"], &FunctionOptions::default())
        .unwrap();
    let r = m.call(&f, &m.undefined(), &[m.int(1), m.int(2)]).unwrap();
    assert_eq!(r.as_i32(), Some(3));
    let to_string = m
        .eval(
            "(f) => [f.toString(), f.name, f.length].join('|')",
            &Default::default(),
        )
        .unwrap();
    let s = m.call(&to_string, &m.undefined(), &[f]).unwrap();
    assert_eq!(to_s(&iso, &s), "function (a, b) {\nreturn a + b\n}||2");
}

#[test]
fn compile_function_refuses_a_body_that_closes_the_function() {
    let iso = Isolate::new();
    let m = iso.main_context();
    for body in [
        "}); globalThis.evil = 1; (function () {",
        "}(globalThis.evil = 1), function () {",
        "}); globalThis.evil = 1; ({ a: 1",
        "} globalThis.evil = 1; return function () {",
    ] {
        let e = iso
            .compile_function(body, &[], &FunctionOptions::default())
            .err()
            .unwrap_or_else(|| panic!("{body} compiled"));
        let name = m.get(e.value(), "name").unwrap();
        assert_eq!(to_s(&iso, &name), "SyntaxError", "{body}");
    }
    // Parameters cannot close the parameter list either.
    let e = iso.compile_function(
        "",
        &["a) { globalThis.evil = 1 }; return function (b"],
        &FunctionOptions::default(),
    );
    assert!(e.is_err());
    let evil = m.get(&m.global(), "evil").unwrap();
    assert!(evil.is_undefined());
    // Balanced braces, strings and comments in the body are fine.
    let f = iso
        .compile_function(
            "const o = { s: '}' }; /* } */ return o.s; // }",
            &[],
            &FunctionOptions::default(),
        )
        .unwrap();
    let r = m.call(&f, &m.undefined(), &[]).unwrap();
    assert_eq!(to_s(&iso, &r), "}");
}

#[test]
fn compile_function_positions_use_the_offsets() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let opts = FunctionOptions {
        filename: "f.js".into(),
        line_offset: 2,
        column_offset: 4,
        ..Default::default()
    };
    let f = iso.compile_function("  throw 1", &[], &opts).unwrap();
    let e = m.call(&f, &m.undefined(), &[]).unwrap_err();
    let site = e.site().unwrap();
    assert_eq!(
        (site.filename.as_str(), site.line, site.column),
        ("f.js", 3, 7)
    );
    let f = iso.compile_function("1;\n  throw 1", &[], &opts).unwrap();
    let e = m.call(&f, &m.undefined(), &[]).unwrap_err();
    let site = e.site().unwrap();
    assert_eq!((site.line, site.column), (4, 3));
    // Syntax errors are located in the body and decorated with its line.
    let e = iso.compile_function("1;\n  a b", &[], &opts).unwrap_err();
    let site = e.site().unwrap();
    assert_eq!((site.line, site.column), (4, 5));
    assert_eq!(iso.error_arrow(&e).unwrap(), "f.js:4\n  a b\n    ^\n");
    // Without offsets the body starts at line 1, column 1; an empty
    // filename reads `<anonymous>` in frames, as in V8.
    let f = iso
        .compile_function("throw new Error('x')", &[], &FunctionOptions::default())
        .unwrap();
    let e = m.call(&f, &m.undefined(), &[]).unwrap_err();
    let site = e.site().unwrap();
    assert_eq!((site.filename.as_str(), site.line, site.column), ("", 1, 1));
    let stack = m.get(e.value(), "stack").unwrap();
    assert!(to_s(&iso, &stack).contains("at <anonymous>:1:7"));
}

#[test]
fn compile_function_in_a_parsing_context_with_extensions() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let sandbox = m.new_object().unwrap();
    m.set(&sandbox, "g", m.string("global").unwrap()).unwrap();
    let ctx = iso
        .create_context(Some(&sandbox), &ContextOptions::default())
        .unwrap();
    let e1 = m
        .eval(
            "({ a: 1, b: 1, arguments: 0, this: 0 })",
            &Default::default(),
        )
        .unwrap();
    let e2 = m.eval("({ b: 2, c: 2 })", &Default::default()).unwrap();
    let f = iso
        .compile_function(
            "a = 10; c = 30; fresh = 1; return [a, b, c, g, this === globalThis].join()",
            &[],
            &FunctionOptions {
                parsing_context: Some(ctx.clone()),
                context_extensions: vec![e1.clone(), e2.clone()],
                ..Default::default()
            },
        )
        .unwrap();
    let r = m.call(&f, &m.undefined(), &[]).unwrap();
    assert_eq!(to_s(&iso, &r), "10,2,30,global,true");
    assert_eq!(m.get(&e1, "a").unwrap().as_i32(), Some(10));
    assert_eq!(m.get(&e2, "c").unwrap().as_i32(), Some(30));
    assert_eq!(m.get(&sandbox, "fresh").unwrap().as_i32(), Some(1));
    // The function belongs to the parsing context's realm.
    let proto = m.get_prototype(&f).unwrap();
    let ctx_proto = iso
        .run_in_context("Function.prototype", &ctx, &ScriptOptions::default())
        .unwrap();
    assert!(proto.same_object(&ctx_proto));
}

#[test]
fn scripts_know_their_source_map_url() {
    let iso = Isolate::new();
    let url = |src: &str| {
        iso.compile_script(src, &ScriptOptions::default())
            .unwrap()
            .source_map_url()
            .map(String::from)
    };
    assert_eq!(url("1"), None);
    assert_eq!(
        url("f()\n//# sourceMappingURL=a.map\n"),
        Some("a.map".into())
    );
    assert_eq!(url("//@ sourceMappingURL=a.map  "), Some("a.map".into()));
    assert_eq!(
        url("//# sourceMappingURL=a.map\n//# sourceMappingURL=b.map\nx"),
        Some("b.map".into())
    );
    assert_eq!(url("'//# sourceMappingURL=s.map'"), None);
    assert_eq!(url("/*\n//# sourceMappingURL=c.map\n*/"), None);
    assert_eq!(url("x = `\n//# sourceMappingURL=t.map\n`"), None);
    assert_eq!(url("//# sourceMappingURL=a b"), None);
    assert_eq!(
        url("//# sourceMappingURL=a.map\n//# sourceMappingURL="),
        None
    );
}

#[test]
fn scripts_know_their_source_url_and_name_their_frames_by_it() {
    let iso = Isolate::new();
    let opts = ScriptOptions {
        filename: "f.js".into(),
        ..Default::default()
    };
    let src = "new Error('x').stack //# sourceURL=bar.js\n";
    let script = iso.compile_script(src, &opts).unwrap();
    assert_eq!(script.source_url(), Some("bar.js"));
    let stack = script.run_in_this_context(&iso).unwrap();
    let stack = iso.main_context().to_rust_string(&stack).unwrap();
    assert!(stack.contains("at bar.js:1:1"), "{stack}");
    assert_eq!(iso.compile_script("1", &opts).unwrap().source_url(), None);
    let both = iso
        .compile_script("//# sourceURL=a.js\n//# sourceMappingURL=m.js", &opts)
        .unwrap();
    assert_eq!(both.source_url(), Some("a.js"));
    assert_eq!(both.source_map_url(), Some("m.js"));
    assert_eq!(
        iso.compile_script("'//# sourceURL=s.js'", &opts)
            .unwrap()
            .source_url(),
        None
    );
    // Cached data keeps it.
    let data = script.create_cached_data().unwrap();
    let back = iso
        .compile_script_with_cache(src, &opts, None, Some(&data))
        .unwrap();
    assert_eq!(back.cached_data_status(), CachedDataStatus::Accepted);
    assert_eq!(back.source_url(), Some("bar.js"));
}

// Cached data (`cachedData`, `createCachedData()`): see cache.rs.

const CACHED_SOURCE: &str = "function add(a, b) { return a + b; }\n\
    var total = add(40, 2);\n\
    total\n\
    //# sourceMappingURL=add.js.map\n";

fn cached_opts() -> ScriptOptions {
    ScriptOptions {
        filename: "cached.js".into(),
        line_offset: 3,
        column_offset: 5,
    }
}

fn cached_data_of(iso: &Isolate, source: &str, opts: &ScriptOptions) -> Vec<u8> {
    iso.compile_script(source, opts)
        .unwrap()
        .create_cached_data()
        .unwrap()
}

/// Compiles `CACHED_SOURCE` with `data`; checks that it still runs
/// correctly (read or compiled) and returns what happened to the data.
fn consume(iso: &Isolate, data: &[u8]) -> CachedDataStatus {
    let script = iso
        .compile_script_with_cache(CACHED_SOURCE, &cached_opts(), None, Some(data))
        .unwrap();
    let r = script.run_in_this_context(iso).unwrap();
    assert_eq!(r.as_i32(), Some(42));
    assert_eq!(script.source_map_url(), Some("add.js.map"));
    script.cached_data_status()
}

/// Recomputes the authentication code of cached data of `CACHED_SOURCE`
/// after a test changed it (as only this process can), so that a check
/// after it can be reached.
fn reseal(data: &mut [u8]) {
    let meta_len = "add.js.map".len();
    let (head, rest) = data.split_at(cache::HEADER_LEN);
    let mac = cache::authenticate(head, &rest[..meta_len], &rest[meta_len..]);
    data[64..cache::HEADER_LEN].copy_from_slice(&mac);
}

#[test]
fn cached_data_round_trip_reads_the_code() {
    let iso = Isolate::new();
    let data = cached_data_of(&iso, CACHED_SOURCE, &cached_opts());
    assert!(data.starts_with(&cache::MAGIC));
    assert_eq!(consume(&iso, &data), CachedDataStatus::Accepted);
    // Without cached data there is no status.
    let plain = iso.compile_script(CACHED_SOURCE, &cached_opts()).unwrap();
    assert_eq!(plain.cached_data_rejected(), None);
    // The code really comes from the data: data whose header is for this
    // source but whose payload is the bytecode of other code runs that
    // other code.
    let other = iso.compile_script("'other code'", &cached_opts()).unwrap();
    let key = CacheKey::new(CodeKind::Script, "cached.js", 3, 5, CACHED_SOURCE);
    let forged = cache::encode(&key, None, other.serialized().unwrap());
    let script = iso
        .compile_script_with_cache(CACHED_SOURCE, &cached_opts(), None, Some(&forged))
        .unwrap();
    assert_eq!(script.cached_data_rejected(), Some(false));
    let r = script.run_in_this_context(&iso).unwrap();
    assert_eq!(to_s(&iso, &r), "other code");
}

#[test]
fn cached_code_keeps_positions_and_runs_in_other_contexts() {
    let iso = Isolate::new();
    let source = "var n = 1;\n  throw new Error('boom ' + n);";
    let opts = cached_opts();
    let data = cached_data_of(&iso, source, &opts);
    // Consumed in another isolate (a fresh heap), for a context.
    let iso2 = Isolate::new();
    let ctx = iso2
        .create_context(None, &ContextOptions::default())
        .unwrap();
    let script = iso2
        .compile_script_with_cache(source, &opts, Some(&ctx), Some(&data))
        .unwrap();
    assert_eq!(script.cached_data_rejected(), Some(false));
    for run in [
        script.run_in_context(&ctx),
        script.run_in_this_context(&iso2),
    ] {
        let e = run.unwrap_err();
        let site = e.site().unwrap();
        assert_eq!(
            (site.filename.as_str(), site.line, site.column),
            ("cached.js", 5, 3)
        );
        let stack = iso2.main_context().get(e.value(), "stack").unwrap();
        assert!(to_s(&iso2, &stack).contains("at cached.js:5:9"));
        assert_eq!(
            iso2.error_arrow(&e).unwrap(),
            "cached.js:5\n  throw new Error('boom ' + n);\n  ^\n"
        );
    }
}

#[test]
fn cached_data_is_the_same_before_and_after_running() {
    let iso = Isolate::new();
    let script = iso.compile_script(CACHED_SOURCE, &cached_opts()).unwrap();
    let before = script.create_cached_data().unwrap();
    script.run_in_this_context(&iso).unwrap();
    let after = script.create_cached_data().unwrap();
    assert_eq!(before, after);
    assert_eq!(consume(&iso, &after), CachedDataStatus::Accepted);
    // Data made from a script that was itself read from cached data.
    let reread = iso
        .compile_script_with_cache(CACHED_SOURCE, &cached_opts(), None, Some(&after))
        .unwrap();
    assert_eq!(reread.create_cached_data().unwrap(), after);
}

#[test]
fn cached_data_for_other_code_is_rejected() {
    let iso = Isolate::new();
    let rejected = |source: &str, opts: &ScriptOptions| {
        let data = cached_data_of(&iso, source, opts);
        consume(&iso, &data)
    };
    let source = CachedDataStatus::Rejected(Rejection::Source);
    // Same length, one character different: V8 compares only the length.
    let same_len = CACHED_SOURCE.replace("40, 2", "41, 1");
    assert_eq!(same_len.len(), CACHED_SOURCE.len());
    assert_eq!(rejected(&same_len, &cached_opts()), source);
    assert_eq!(rejected("total = 42", &cached_opts()), source);
    for opts in [
        ScriptOptions {
            filename: "other.js".into(),
            ..cached_opts()
        },
        ScriptOptions {
            line_offset: 4,
            ..cached_opts()
        },
        ScriptOptions {
            column_offset: 0,
            ..cached_opts()
        },
    ] {
        assert_eq!(rejected(CACHED_SOURCE, &opts), source, "{opts:?}");
    }
    // A function's data is not a script's, even for the same text.
    let f = iso
        .compile_function_with_cache("return 1", &[], &FunctionOptions::default(), None)
        .unwrap();
    let data = f.create_cached_data().unwrap();
    let script = iso
        .compile_script_with_cache("return 1", &ScriptOptions::default(), None, Some(&data))
        .err();
    assert!(script.is_some(), "a script cannot return");
    let key_text = "\n(function () { return function () {\nreturn 1\n}; })";
    let script = iso
        .compile_script_with_cache(key_text, &ScriptOptions::default(), None, Some(&data))
        .unwrap();
    assert_eq!(
        script.cached_data_status(),
        CachedDataStatus::Rejected(Rejection::Kind)
    );
}

#[test]
fn cached_data_from_another_engine_build_or_format_is_rejected() {
    let iso = Isolate::new();
    let script = iso.compile_script(CACHED_SOURCE, &cached_opts()).unwrap();
    let key = CacheKey::new(CodeKind::Script, "cached.js", 3, 5, CACHED_SOURCE);
    let payload = script.serialized().unwrap();
    let url = Some("add.js.map");
    assert_eq!(
        consume(&iso, &cache::encode(&key, url, payload)),
        CachedDataStatus::Accepted
    );
    let other_engine = cache::encode_with(&key, ENGINE_FINGERPRINT ^ 1, url, None, payload);
    assert_eq!(
        consume(&iso, &other_engine),
        CachedDataStatus::Rejected(Rejection::Engine)
    );
    let mut other_format = cache::encode(&key, url, payload);
    other_format[8..12].copy_from_slice(&(cache::FORMAT_VERSION + 1).to_le_bytes());
    reseal(&mut other_format);
    assert_eq!(
        consume(&iso, &other_format),
        CachedDataStatus::Rejected(Rejection::FormatVersion)
    );
}

#[test]
fn truncated_extended_empty_and_random_cached_data_is_rejected() {
    let iso = Isolate::new();
    let data = cached_data_of(&iso, CACHED_SOURCE, &cached_opts());
    let rejected = |d: &[u8]| match consume(&iso, d) {
        CachedDataStatus::Rejected(why) => why,
        s => panic!("accepted: {s:?} ({} bytes)", d.len()),
    };
    assert_eq!(rejected(&[]), Rejection::TooShort);
    assert_eq!(
        rejected(&data[..cache::HEADER_LEN - 1]),
        Rejection::TooShort
    );
    for len in [
        cache::HEADER_LEN,
        cache::HEADER_LEN + 1,
        data.len() / 2,
        data.len() - 1,
    ] {
        assert_eq!(rejected(&data[..len]), Rejection::Length, "{len}");
    }
    let mut extended = data.clone();
    extended.push(0);
    assert_eq!(rejected(&extended), Rejection::Length);
    extended.extend_from_slice(&data);
    assert_eq!(rejected(&extended), Rejection::Length);
    // A header claiming a huge payload (or lengths that overflow).
    for (meta, payload) in [
        (0u32, u64::MAX),
        (u32::MAX, u64::MAX),
        (0, (data.len() as u64) << 20),
        (u32::MAX, 0),
    ] {
        let mut d = data.clone();
        d[52..56].copy_from_slice(&meta.to_le_bytes());
        d[56..64].copy_from_slice(&payload.to_le_bytes());
        assert_eq!(rejected(&d), Rejection::Length, "{meta} {payload}");
        reseal(&mut d);
        assert_eq!(rejected(&d), Rejection::Length, "{meta} {payload}");
    }
    // Random bytes, alone and behind the right magic.
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut random = |n: usize| -> Vec<u8> {
        (0..n)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect()
    };
    for n in [1, 8, 71, 72, 73, 200, data.len()] {
        let r = random(n);
        assert!(matches!(
            rejected(&r),
            Rejection::TooShort | Rejection::Magic
        ));
        let mut r = random(n.max(cache::HEADER_LEN));
        r[..8].copy_from_slice(&cache::MAGIC);
        rejected(&r);
        // Random bytes after a copy of the real header.
        let mut r = random(data.len());
        r[..cache::HEADER_LEN].copy_from_slice(&data[..cache::HEADER_LEN]);
        assert_eq!(rejected(&r), Rejection::Checksum);
    }
}

#[test]
fn every_flipped_byte_of_cached_data_is_rejected() {
    let iso = Isolate::new();
    let data = cached_data_of(&iso, CACHED_SOURCE, &cached_opts());
    let meta_end = cache::HEADER_LEN + "add.js.map".len();
    for i in 0..data.len() {
        for flip in [0x01u8, 0x80, 0xff] {
            let mut d = data.clone();
            d[i] ^= flip;
            let why = match consume(&iso, &d) {
                CachedDataStatus::Rejected(why) => why,
                s => panic!("byte {i} ^ {flip:#x}: {s:?}"),
            };
            let expected = match i {
                0..8 => Rejection::Magic,
                8..12 => Rejection::FormatVersion,
                12..16 => Rejection::Kind,
                16..24 => Rejection::Engine,
                24..48 => Rejection::Source,
                52..64 => Rejection::Length,
                _ => Rejection::Checksum,
            };
            assert_eq!(
                why, expected,
                "byte {i} ^ {flip:#x} (metadata ends at {meta_end})"
            );
        }
    }
}

#[test]
fn forged_cached_data_never_reaches_the_engine() {
    use hmac::{Hmac, KeyInit, Mac};
    let iso = Isolate::new();
    let data = cached_data_of(&iso, CACHED_SOURCE, &cached_opts());
    let meta_len = "add.js.map".len();
    // Altered bytecode: every byte of the payload's second half flipped,
    // the header (and its code) kept.
    let mut d = data.clone();
    let start = cache::HEADER_LEN + meta_len;
    let mid = start + (d.len() - start) / 2;
    for b in &mut d[mid..] {
        *b ^= 0x5a;
    }
    assert_eq!(
        consume(&iso, &d),
        CachedDataStatus::Rejected(Rejection::Checksum)
    );
    // The same, with a code computed as whoever does not know this
    // process's key would (another process, a script): HMAC-SHA-256 under
    // another key.
    let (head, rest) = d.split_at(cache::HEADER_LEN);
    let mut m = <Hmac<sha2::Sha256> as KeyInit>::new_from_slice(&[0u8; 32]).unwrap();
    m.update(&head[..64]);
    m.update(rest);
    let forged: [u8; 32] = m.finalize().into_bytes().into();
    d[64..cache::HEADER_LEN].copy_from_slice(&forged);
    assert_eq!(
        consume(&iso, &d),
        CachedDataStatus::Rejected(Rejection::Checksum)
    );
    // Data of this process still passes; the key cannot be changed once
    // data was made.
    assert_eq!(consume(&iso, &data), CachedDataStatus::Accepted);
    assert!(unsafe { cache::set_key([1; 32]) }.is_err());
}

#[test]
fn malformed_or_unreadable_cached_data_with_a_good_checksum_is_rejected() {
    let iso = Isolate::new();
    let data = cached_data_of(&iso, CACHED_SOURCE, &cached_opts());
    // Unknown flags.
    let mut d = data.clone();
    d[48] |= 2;
    reseal(&mut d);
    assert_eq!(
        consume(&iso, &d),
        CachedDataStatus::Rejected(Rejection::Malformed)
    );
    // Metadata without the flag that says there is a source map URL.
    let mut d = data.clone();
    d[48] = 0;
    reseal(&mut d);
    assert_eq!(
        consume(&iso, &d),
        CachedDataStatus::Rejected(Rejection::Malformed)
    );
    // A source map URL that is not UTF-8.
    let mut d = data.clone();
    d[cache::HEADER_LEN] = 0xff;
    reseal(&mut d);
    assert_eq!(
        consume(&iso, &d),
        CachedDataStatus::Rejected(Rejection::Malformed)
    );
    // An empty payload: the engine's reader refuses it.
    let key = CacheKey::new(CodeKind::Script, "cached.js", 3, 5, CACHED_SOURCE);
    let empty = cache::encode(&key, Some("add.js.map"), &[]);
    assert_eq!(
        consume(&iso, &empty),
        CachedDataStatus::Rejected(Rejection::Unreadable)
    );
}

#[test]
fn compile_function_cached_data_round_trip_and_rejections() {
    let iso = Isolate::new();
    let m = iso.main_context();
    let ext = m.eval("({ k: 100 })", &Default::default()).unwrap();
    let opts = FunctionOptions {
        filename: "fn.js".into(),
        line_offset: 1,
        column_offset: 2,
        context_extensions: vec![ext.clone()],
        ..Default::default()
    };
    let body = "return a + b + k";
    let made = iso
        .compile_function_with_cache(body, &["a", "b"], &opts, None)
        .unwrap();
    assert_eq!(made.cached_data_rejected(), None);
    let data = made.create_cached_data().unwrap();
    let ctx = iso
        .create_context(None, &ContextOptions::default())
        .unwrap();
    let call = |opts: &FunctionOptions, params: &[&str], data: &[u8]| {
        let f = iso
            .compile_function_with_cache(body, params, opts, Some(data))
            .unwrap();
        if params == ["a", "b"] {
            let r = m
                .call(&f.function, &m.undefined(), &[m.int(1), m.int(2)])
                .unwrap();
            assert_eq!(r.as_i32(), Some(103));
        }
        f.cached_data_status()
    };
    assert_eq!(call(&opts, &["a", "b"], &data), CachedDataStatus::Accepted);
    // Another parsing context: the code is read into that realm.
    let in_ctx = FunctionOptions {
        parsing_context: Some(ctx.clone()),
        ..opts.clone()
    };
    assert_eq!(
        call(&in_ctx, &["a", "b"], &data),
        CachedDataStatus::Accepted
    );
    let f = iso
        .compile_function_with_cache(body, &["a", "b"], &in_ctx, Some(&data))
        .unwrap();
    let ctx_proto = iso
        .run_in_context("Function.prototype", &ctx, &ScriptOptions::default())
        .unwrap();
    assert!(m
        .get_prototype(&f.function)
        .unwrap()
        .same_object(&ctx_proto));
    let source = CachedDataStatus::Rejected(Rejection::Source);
    assert_eq!(call(&opts, &["a", "c"], &data), source);
    assert_eq!(call(&opts, &["a"], &data), source);
    let two = FunctionOptions {
        context_extensions: vec![ext.clone(), m.new_object().unwrap()],
        ..opts.clone()
    };
    assert_eq!(call(&two, &["a", "b"], &data), source);
    let moved = FunctionOptions {
        line_offset: 0,
        ..opts.clone()
    };
    assert_eq!(call(&moved, &["a", "b"], &data), source);
    // A script's data is not a function's.
    let script_data = cached_data_of(&iso, "a + b + k", &ScriptOptions::default());
    assert_eq!(
        call(&opts, &["a", "b"], &script_data),
        CachedDataStatus::Rejected(Rejection::Kind)
    );
    // Positions survive the trip.
    let thrower = iso
        .compile_function_with_cache("  throw 1", &[], &opts, None)
        .unwrap()
        .create_cached_data()
        .unwrap();
    let f = iso
        .compile_function_with_cache("  throw 1", &[], &opts, Some(&thrower))
        .unwrap();
    assert_eq!(f.cached_data_rejected(), Some(false));
    let e = m.call(&f.function, &m.undefined(), &[]).unwrap_err();
    let site = e.site().unwrap();
    assert_eq!(
        (site.filename.as_str(), site.line, site.column),
        ("fn.js", 2, 5)
    );
}

/// Own property names of `globalThis` in a realm, joined.
fn global_names(ctx: &Context) -> String {
    let v = ctx
        .eval(
            "Object.getOwnPropertyNames(globalThis).join()",
            &EvalOptions::default(),
        )
        .unwrap();
    ctx.to_rust_string(&v).unwrap()
}

#[test]
fn lazy_built_ins_look_like_eager_ones() {
    // Patch 0015: a lazily made realm has the globals of an eager one, in
    // the same order, before and after each group is made.
    let iso = Isolate::new();
    let eager = Context::new(iso.runtime());
    let lazy = Context::new_lazy(iso.runtime());
    // A lazy realm has no `performance` (vm contexts have none).
    let names = global_names(&eager).replace(",performance", "");
    assert_eq!(global_names(&lazy), names);
    let run = |code: &str| {
        let v = lazy.eval(code, &EvalOptions::default()).unwrap();
        lazy.to_rust_string(&v).unwrap()
    };
    // Internal needs first: a literal, a string method, a host array.
    assert_eq!(run("/a(b)/.exec('ab')[1]"), "b");
    assert_eq!(run("'xay'.match('a').index"), "1");
    let bytes = lazy.uint8_array(&[1, 2, 3]).unwrap();
    lazy.set(&lazy.global(), "bytes", bytes).unwrap();
    assert_eq!(
        run("[Object.getPrototypeOf(bytes) === Uint8Array.prototype, bytes.buffer instanceof ArrayBuffer]"),
        "true,true"
    );
    assert_eq!(
        run("[new Date(0).getTime(), new Map([[1, 2]]).get(1), new WeakSet().has({}), typeof WeakRef, typeof FinalizationRegistry, typeof Atomics, new DataView(new ArrayBuffer(2)).byteLength]"),
        "0,2,false,function,function,object,2"
    );
    run("delete globalThis.bytes");
    assert_eq!(global_names(&lazy), names);
    // Each realm has its own built-ins.
    let other = Context::new_lazy(iso.runtime());
    let map = other.eval("Map", &EvalOptions::default()).unwrap();
    lazy.set(&lazy.global(), "OtherMap", map).unwrap();
    assert_eq!(
        run("OtherMap !== Map && new OtherMap() instanceof Map"),
        "false"
    );
}

#[test]
fn lazy_built_ins_deleted_or_replaced_first_stay_so() {
    let iso = Isolate::new();
    let lazy = Context::new_lazy(iso.runtime());
    let v = lazy
        .eval(
            "delete globalThis.Map; globalThis.Set = 1; \
             [typeof Map, Set, typeof WeakMap, new WeakMap() instanceof WeakMap, 'Map' in globalThis]",
            &EvalOptions::default(),
        )
        .unwrap();
    assert_eq!(
        lazy.to_rust_string(&v).unwrap(),
        "undefined,1,function,true,false"
    );
}

#[test]
fn new_contexts_have_a_console_that_does_nothing() {
    let (iso, ctx) = setup("");
    assert_eq!(
        eval_str(
            &iso,
            &ctx,
            "[typeof console.log, console.log('x'), console.log.name, console.log.length, \
              console.log === console.info, Object.keys(console).length, \
              Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable, \
              typeof performance, typeof queueMicrotask, String(globalThis)].join()"
        ),
        "function,,log,0,false,23,false,undefined,undefined,[object Object]"
    );
}
