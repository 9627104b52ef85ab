//! The `natives` object handed to `internal/bootstrap.js`: the host's
//! primitives (sources of the built-ins, compiling, writing, the file
//! system probes of the loaders) and `natives.internals`, where each
//! built-in's native binding hangs.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use jsvm::engine::EvalOptions;
use jsvm::{Context, Exception, Isolate, JsResult, ScriptOptions, Value};

use crate::event_loop::{self, LoopState};
use crate::ext;
use crate::{arg, def};

pub(crate) fn make_natives(
    isolate: &Rc<Isolate>,
    state: &Rc<RefCell<LoopState>>,
    main: &Context,
    argv: Vec<String>,
) -> JsResult<Value> {
    let n = main.new_object()?;

    def(main, &n, "internalSource", 1, move |c, _, a| {
        let id = c.to_rust_string(&arg(a, 0, c))?;
        match ext::source(&id) {
            Some(src) => c.string(src),
            None => Ok(c.undefined()),
        }
    })?;
    let iso = isolate.clone();
    def(main, &n, "compileFunction", 3, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let filename = c.to_rust_string(&arg(a, 1, c))?;
        // Errors thrown by the program's own code show its lines too.
        iso.remember_source(
            &source,
            &ScriptOptions {
                filename: filename.clone(),
                ..Default::default()
            },
        );
        let params_v = arg(a, 2, c);
        let mut params = Vec::new();
        let mut i = 0;
        loop {
            let p = c.get_index(&params_v, i)?;
            if p.is_undefined() {
                break;
            }
            params.push(c.to_rust_string(&p)?);
            i += 1;
        }
        let prefix = format!("(function ({}) {{", params.join(", "));
        let wrapped = format!("{prefix}{source}\n}})");
        // The wrapper shares the first line: a negative column offset
        // keeps the columns of the program's own text.
        let column_offset = -i32::try_from(prefix.len()).unwrap_or(0);
        c.eval(
            &wrapped,
            &EvalOptions {
                filename: &filename,
                column_offset,
                ..Default::default()
            },
        )
    })?;
    def(main, &n, "write", 2, move |c, _, a| {
        let fd = arg(a, 0, c).as_i32().unwrap_or(1);
        let s = c.to_rust_string(&arg(a, 1, c))?;
        if fd == 2 {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().write_all(s.as_bytes());
        } else {
            // Written through at once, as Node writes to files and pipes:
            // nothing is lost if a signal ends the process.
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(s.as_bytes());
            let _ = out.flush();
        }
        Ok(c.undefined())
    })?;
    def(main, &n, "readFile", 1, move |c, _, a| {
        let p = c.to_rust_string(&arg(a, 0, c))?;
        match std::fs::read_to_string(&p) {
            Ok(s) => c.string(&s),
            Err(e) => Err(Exception::new(c.error(&format!("{e}, open '{p}'"))?)),
        }
    })?;
    def(main, &n, "fileKind", 1, move |c, _, a| {
        let p = c.to_rust_string(&arg(a, 0, c))?;
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => c.string("dir"),
            Ok(_) => c.string("file"),
            Err(_) => Ok(c.undefined()),
        }
    })?;
    def(main, &n, "cwd", 0, move |c, _, _| {
        let d = std::env::current_dir().map(|p| p.to_string_lossy().into_owned());
        c.string(&d.unwrap_or_else(|_| "/".into()))
    })?;
    // `--expose-gc`'s collection (the engine's cycle collector; it frees
    // what reference counting alone cannot).
    let iso = isolate.clone();
    def(main, &n, "gc", 0, move |c, _, _| {
        iso.runtime().run_gc();
        Ok(c.undefined())
    })?;
    def(main, &n, "exit", 1, move |c, _, a| {
        let code = arg(a, 0, c).as_i32().unwrap_or(0);
        let _ = std::io::stdout().flush();
        std::process::exit(code)
    })?;

    let argv_v = main.array_from(
        argv.iter()
            .map(|s| main.string(s))
            .collect::<JsResult<Vec<_>>>()?,
    )?;
    main.set(&n, "argv", argv_v)?;
    let env = main.new_object()?;
    for (k, v) in std::env::vars() {
        main.set(&env, k.as_str(), main.string(&v)?)?;
    }
    main.set(&n, "env", env)?;
    main.set(&n, "platform", main.string(std::env::consts::OS)?)?;
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => other,
    };
    main.set(&n, "arch", main.string(arch)?)?;
    main.set(&n, "pid", main.int(std::process::id() as i32))?;
    main.set(&n, "version", main.string(env!("CARGO_PKG_VERSION"))?)?;
    main.set(&n, "engineVersion", main.string("0.16.2")?)?;

    let internals = main.new_object()?;
    def(main, &internals, "getProxyDetails", 1, move |c, _, a| {
        let v = arg(a, 0, c);
        match c.proxy_parts(&v) {
            Some((t, h)) => c.array_from([t, h]),
            // A revoked proxy has neither (V8 gives nulls).
            None if v.is_proxy() => c.array_from([c.null(), c.null()]),
            None => Ok(c.undefined()),
        }
    })?;
    def(main, &internals, "getPromiseState", 1, move |c, _, a| {
        let v = arg(a, 0, c);
        if !v.is_promise() {
            return Ok(c.undefined());
        }
        let Some((state, result)) = c.promise_state(&v) else {
            return Ok(c.undefined());
        };
        let o = c.new_object()?;
        let name = match state {
            jsvm::engine::PromiseState::Pending => "pending",
            jsvm::engine::PromiseState::Fulfilled => "fulfilled",
            jsvm::engine::PromiseState::Rejected => "rejected",
        };
        c.set(&o, "state", c.string(name)?)?;
        c.set(&o, "result", result)?;
        Ok(o)
    })?;
    // Weak collections and Map/Set iterators (patch 0013): a flat array
    // for weak collections, `[entries, isKeyValue]` for iterators.
    def(main, &internals, "previewEntries", 2, move |c, _, a| {
        let v = arg(a, 0, c);
        let Some((entries, kv)) = c.preview_entries(&v)? else {
            return Ok(c.undefined());
        };
        if c.to_bool(&arg(a, 1, c)) {
            c.array_from([entries, c.boolean(kv)])
        } else {
            Ok(entries)
        }
    })?;
    // Own non-index keys (inspect.js's getOwnNonIndexProperties): a native
    // filter, so that inspecting a large array or buffer does not make a key
    // for each of its elements.
    def(
        main,
        &internals,
        "getOwnNonIndexProperties",
        2,
        move |c, _, a| {
            let obj = arg(a, 0, c);
            if !obj.is_object() {
                return c.array_from(Vec::new());
            }
            let keys = c.own_non_index_keys(&obj, c.to_bool(&arg(a, 1, c)))?;
            c.array_from(keys)
        },
    )?;
    // The engine's class id of an object (0 for primitives): brand checks
    // for util.types compare it with the ids of sample objects.
    def(main, &internals, "classId", 1, move |c, _, a| {
        Ok(c.number(arg(a, 0, c).class_id() as f64))
    })?;
    main.set(&internals, "vm", ext::vm::make_vm_binding(isolate, main)?)?;
    main.set(&internals, "loop", make_loop_binding(isolate, state, main)?)?;
    main.set(
        &internals,
        "buffer",
        ext::buffer::make_buffer_binding(main)?,
    )?;
    main.set(
        &internals,
        "childProcess",
        ext::child_process::make_child_process_binding(state, main)?,
    )?;
    main.set(&internals, "fs", ext::fs::make_fs_binding(state, main)?)?;
    main.set(
        &internals,
        "module",
        ext::module::make_module_binding(main)?,
    )?;
    main.set(
        &internals,
        "process",
        ext::process::make_process_binding(isolate, main)?,
    )?;
    main.set(&internals, "url", ext::url::make_url_binding(main)?)?;
    main.set(&internals, "os", ext::os::make_os_binding(main)?)?;
    main.set(
        &internals,
        "crypto",
        ext::crypto::make_crypto_binding(main)?,
    )?;
    main.set(&internals, "tty", ext::tty::make_tty_binding(main)?)?;
    main.set(
        &internals,
        "perf",
        ext::perf_hooks::make_perf_binding(main)?,
    )?;
    main.set(&internals, "v8", ext::v8::make_v8_binding(isolate, main)?)?;
    main.set(&n, "internals", internals)?;
    Ok(n)
}

/// What ext/timers/timers.js and `process` need of the loop and the system.
fn make_loop_binding(
    isolate: &Rc<Isolate>,
    state: &Rc<RefCell<LoopState>>,
    main: &Context,
) -> JsResult<Value> {
    let b = main.new_object()?;
    // A native that works on the loop state.
    let on_state = |name: &str, length, f: fn(&mut LoopState, &Context, &[Value]) -> Value| {
        let st = state.clone();
        def(main, &b, name, length, move |c, _, a| {
            Ok(f(&mut st.borrow_mut(), c, a))
        })
    };
    fn id(c: &Context, a: &[Value]) -> u32 {
        arg(a, 0, c).as_f64().unwrap_or(0.0) as u32
    }
    fn flag(c: &Context, a: &[Value], i: usize) -> bool {
        arg(a, i, c).as_bool() == Some(true)
    }
    on_state("timerStart", 3, |st, c, a| {
        let ms = arg(a, 1, c).as_f64().unwrap_or(1.0);
        st.start_timer(id(c, a), ms, flag(c, a, 2));
        c.undefined()
    })?;
    on_state("timerStop", 1, |st, c, a| {
        st.stop_timer(id(c, a));
        c.undefined()
    })?;
    on_state("timerRef", 2, |st, c, a| {
        st.ref_timer(id(c, a), flag(c, a, 1));
        c.undefined()
    })?;
    on_state("immediateStart", 2, |st, c, a| {
        st.start_immediate(id(c, a), flag(c, a, 1));
        c.undefined()
    })?;
    on_state("immediateStop", 1, |st, c, a| {
        st.stop_immediate(id(c, a));
        c.undefined()
    })?;
    on_state("immediateRef", 2, |st, c, a| {
        st.ref_immediate(id(c, a), flag(c, a, 1));
        c.undefined()
    })?;
    on_state("signalWatch", 2, |st, c, a| {
        let signo = arg(a, 0, c).as_i32().unwrap_or(0);
        c.boolean(st.watch_signal(signo, flag(c, a, 1)))
    })?;
    // kill(pid, signo): 0, or the negative errno and its name.
    def(main, &b, "kill", 2, move |c, _, a| {
        let pid = arg(a, 0, c).as_f64().unwrap_or(0.0) as i32;
        let signo = arg(a, 1, c).as_i32().unwrap_or(0);
        match event_loop::kill(pid, signo) {
            Ok(()) => Ok(c.int(0)),
            Err(errno) => c.array_from([c.int(-errno), c.string(event_loop::errno_name(errno))?]),
        }
    })?;
    def(main, &b, "hrtime", 0, move |c, _, _| {
        let (sec, nsec) = event_loop::hrtime();
        c.array_from([c.number(sec as f64), c.int(nsec as i32)])
    })?;
    let iso = isolate.clone();
    // Set by stopMicrotasks (an error that ends the process): the queue
    // stops after the running job.
    let stop = Rc::new(std::cell::Cell::new(false));
    let stopped = stop.clone();
    def(main, &b, "runMicrotasks", 0, move |c, _, _| {
        while !stopped.get() && iso.runtime().run_pending_job()? {}
        Ok(c.undefined())
    })?;
    def(main, &b, "stopMicrotasks", 0, move |c, _, _| {
        stop.set(true);
        Ok(c.undefined())
    })?;
    let signals = main.new_object()?;
    for (name, signo) in event_loop::SIGNALS {
        main.set(&signals, *name, main.int(*signo))?;
    }
    main.set(&b, "signals", signals)?;
    Ok(b)
}
