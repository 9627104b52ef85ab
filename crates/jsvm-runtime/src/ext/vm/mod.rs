//! `node:vm`'s natives: the binding vm.js calls, a thin layer over the
//! `jsvm` crate's `Isolate`, `Script`, `Module` and contexts.

use std::rc::Rc;
use std::time::Duration;

use jsvm::engine::{Class, Tracer};
use jsvm::{
    CodeGeneration, Context, ContextOptions, FunctionOptions, Isolate, JsResult,
    MeasureMemoryExecution, MeasureMemoryMode, MeasureMemoryOptions, MicrotaskMode, Module,
    ModuleOptions, RunOptions, Script, ScriptOptions, Value,
};

use crate::{arg, def};

/// A script held by a JavaScript object (`vm.Script`'s handle).
struct ScriptHandle(Script);

// SAFETY: `trace` reports only values and contexts that the data owns.
unsafe impl Class for ScriptHandle {
    const NAME: &'static str = "ContextifyScript";
    fn trace(&self, t: &Tracer<'_>) {
        self.0.trace(t)
    }
}

/// The script behind a `vm.Script`'s native handle.
fn script_of<'v>(c: &Context, handle: &'v Value) -> JsResult<&'v ScriptHandle> {
    c.instance_data::<ScriptHandle>(handle)
        .ok_or_else(|| c.type_error("Illegal invocation"))
}

/// The bytes of a `cachedData` argument (a `Uint8Array` view of what the
/// program gave, made by vm.js), or `None` when it is `undefined`.
fn cached_data_arg(c: &Context, v: &Value) -> Option<Vec<u8>> {
    if v.is_undefined() {
        None
    } else {
        Some(c.bytes_of(v).unwrap_or_default())
    }
}

pub(crate) fn make_vm_binding(isolate: &Rc<Isolate>, main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // What the fast paths return for an object that is not a context (vm.js
    // then validates, and throws Node's error).
    let not_context = main.new_object()?;
    main.set(&b, "notContext", not_context.clone())?;

    let iso = isolate.clone();
    // makeContextIfNew(object, name): contextifies `object` with default
    // options unless it is a context already; whether it made one.
    def(main, &b, "makeContextIfNew", 2, move |c, _, a| {
        let object = arg(a, 0, c);
        if iso.context_of(&object).is_some() {
            return Ok(c.boolean(false));
        }
        let opts = ContextOptions {
            name: Some(c.to_rust_string(&arg(a, 1, c))?),
            ..Default::default()
        };
        iso.create_context(Some(&object), &opts)?;
        Ok(c.boolean(true))
    })?;
    let iso = isolate.clone();
    let nc = not_context.clone();
    // compileAndRun(code, contextObject): vm.runInContext without options.
    def(main, &b, "compileAndRun", 2, move |c, _, a| {
        let Some(ctx) = iso.context_of(&arg(a, 1, c)) else {
            return Ok(nc.clone());
        };
        let source = c.to_rust_string(&arg(a, 0, c))?;
        // Node decorates compile errors and (displayErrors) what the code
        // throws.
        iso.compile_script_in(&source, &ScriptOptions::default(), Some(&ctx))
            .and_then(|script| script.run_in_context(&ctx))
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })
    })?;

    let iso = isolate.clone();
    // makeContext(object, name, dontContextify, origin, afterEvaluate,
    // strings, wasm): the options are validated by vm.js.
    def(main, &b, "makeContext", 7, move |c, _, a| {
        let object = arg(a, 0, c);
        let string_arg = |i: usize| -> JsResult<Option<String>> {
            let v = arg(a, i, c);
            Ok(if v.is_string() {
                Some(c.to_rust_string(&v)?)
            } else {
                None
            })
        };
        let opts = ContextOptions {
            name: string_arg(1)?,
            dont_contextify: c.to_bool(&arg(a, 2, c)),
            origin: string_arg(3)?,
            microtask_mode: if c.to_bool(&arg(a, 4, c)) {
                MicrotaskMode::AfterEvaluate
            } else {
                MicrotaskMode::Shared
            },
            code_generation: CodeGeneration {
                strings: c.to_bool(&arg(a, 5, c)),
                wasm: c.to_bool(&arg(a, 6, c)),
            },
            ..Default::default()
        };
        let target = (!opts.dont_contextify).then_some(&object);
        let ctx = iso.create_context(target, &opts)?;
        Ok(ctx.object().clone())
    })?;
    let iso = isolate.clone();
    def(main, &b, "isContext", 1, move |c, _, a| {
        Ok(c.boolean(iso.try_context_of(&arg(a, 0, c))?.is_some()))
    })?;
    let iso = isolate.clone();
    // compileScript(code, filename, lineOffset, columnOffset,
    // parsingContext | undefined, cachedData: Uint8Array | undefined)
    def(main, &b, "compileScript", 6, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let options = ScriptOptions {
            filename: c.to_rust_string(&arg(a, 1, c))?,
            line_offset: arg(a, 2, c).as_i32().unwrap_or(0),
            column_offset: arg(a, 3, c).as_i32().unwrap_or(0),
        };
        let parsing = arg(a, 4, c);
        let target = if parsing.is_undefined() {
            None
        } else {
            iso.try_context_of(&parsing)?
        };
        let cached_data = cached_data_arg(c, &arg(a, 5, c));
        // Node decorates compile errors whatever displayErrors says.
        let script = iso
            .compile_script_with_cache(&source, &options, target.as_ref(), cached_data.as_deref())
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })?;
        c.new_instance(ScriptHandle(script), None)
    })?;
    // scriptCachedDataRejected(handle): true, false, or undefined when the
    // script was compiled without cached data.
    def(main, &b, "scriptCachedDataRejected", 1, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        Ok(match script.0.cached_data_rejected() {
            Some(rejected) => c.boolean(rejected),
            None => c.undefined(),
        })
    })?;
    // createCachedData(handle): a Uint8Array (`script.createCachedData()`).
    def(main, &b, "createCachedData", 1, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        c.uint8_array(&script.0.create_cached_data()?)
    })?;
    // scriptSourceMapURL(handle): the script's sourceMappingURL or undefined.
    def(main, &b, "scriptSourceMapURL", 1, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        match script.0.source_map_url() {
            Some(url) => c.string(url),
            None => Ok(c.undefined()),
        }
    })?;
    // scriptSourceURL(handle): the script's sourceURL or undefined.
    def(main, &b, "scriptSourceURL", 1, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        match script.0.source_url() {
            Some(url) => c.string(url),
            None => Ok(c.undefined()),
        }
    })?;
    let iso = isolate.clone();
    // compileFunction(code, params, filename, lineOffset, columnOffset,
    // parsingContext | undefined, contextExtensions,
    // cachedData: Uint8Array | undefined, produceCachedData): validated by
    // vm.js. Returns { function, cachedDataRejected, cachedData }, the
    // last two undefined when not asked for.
    def(main, &b, "compileFunction", 9, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let list = |v: Value| -> JsResult<Vec<Value>> {
            let n = c.to_number(&c.get(&v, "length")?)? as u32;
            (0..n).map(|i| c.get_index(&v, i)).collect()
        };
        let params = list(arg(a, 1, c))?
            .iter()
            .map(|p| c.to_rust_string(p))
            .collect::<JsResult<Vec<_>>>()?;
        let parsing = arg(a, 5, c);
        let options = FunctionOptions {
            filename: c.to_rust_string(&arg(a, 2, c))?,
            line_offset: arg(a, 3, c).as_i32().unwrap_or(0),
            column_offset: arg(a, 4, c).as_i32().unwrap_or(0),
            parsing_context: if parsing.is_undefined() {
                None
            } else {
                iso.try_context_of(&parsing)?
            },
            context_extensions: list(arg(a, 6, c))?,
        };
        let params: Vec<&str> = params.iter().map(String::as_str).collect();
        let cached_data = cached_data_arg(c, &arg(a, 7, c));
        // Node decorates compile errors.
        let compiled = iso
            .compile_function_with_cache(&source, &params, &options, cached_data.as_deref())
            .inspect_err(|e| {
                iso.decorate_error_stack(e);
            })?;
        let result = c.new_object()?;
        c.set(&result, "function", compiled.function.clone())?;
        if let Some(rejected) = compiled.cached_data_rejected() {
            c.set(&result, "cachedDataRejected", c.boolean(rejected))?;
        }
        if c.to_bool(&arg(a, 8, c)) {
            // Node reports a failure to produce as cachedDataProduced false.
            if let Ok(data) = compiled.create_cached_data() {
                c.set(&result, "cachedData", c.uint8_array(&data)?)?;
            }
        }
        Ok(result)
    })?;
    let iso = isolate.clone();
    // runScript(handle, contextObject | undefined, timeout (ms, -1: none),
    // breakOnSigint, displayErrors)
    def(main, &b, "runScript", 5, move |c, _, a| {
        let handle = arg(a, 0, c);
        let script = script_of(c, &handle)?;
        let target = arg(a, 1, c);
        let timeout = arg(a, 2, c).as_f64().unwrap_or(-1.0);
        let run = RunOptions {
            timeout: (timeout >= 1.0).then(|| Duration::from_millis(timeout as u64)),
            break_on_sigint: arg(a, 3, c).as_bool() == Some(true),
        };
        let display_errors = c.to_bool(&arg(a, 4, c));
        let result = if target.is_undefined() {
            script.0.run_in_this_context_with(&iso, &run)
        } else {
            match iso.try_context_of(&target)? {
                Some(ctx) => script.0.run_in_context_with(&ctx, &run),
                None => return Ok(not_context.clone()),
            }
        };
        // Node decorates what the script threw, not its own timeout and
        // interruption errors (which carry no throw site).
        result.inspect_err(|e| {
            if display_errors {
                iso.decorate_error_stack(e);
            }
        })
    })?;
    add_module_natives(isolate, main, &b)?;
    let iso = isolate.clone();
    // measureMemory(eager): a detailed measurement, after a collection when
    // eager, as numbers: total estimate and range end, current's, then
    // each other context's (vm.js builds Node's result objects).
    def(main, &b, "measureMemory", 1, move |c, _, a| {
        let options = MeasureMemoryOptions {
            mode: MeasureMemoryMode::Detailed,
            execution: if c.to_bool(&arg(a, 0, c)) {
                MeasureMemoryExecution::Eager
            } else {
                MeasureMemoryExecution::Default
            },
        };
        let m = iso.measure_memory(&options)?;
        let estimates = std::iter::once(m.total)
            .chain(m.current)
            .chain(m.other.iter().map(|o| o.memory));
        let mut numbers = Vec::new();
        for e in estimates {
            numbers.push(c.number(e.estimate as f64));
            numbers.push(c.number(e.range.1 as f64));
        }
        c.array_from(numbers)
    })?;
    Ok(b)
}

/// The module half of the vm binding (vm.SourceTextModule,
/// vm.SyntheticModule, dynamic import()); vm.js validates the arguments.
fn add_module_natives(isolate: &Rc<Isolate>, main: &Context, b: &Value) -> JsResult<()> {
    fn module(iso: &Isolate, c: &Context, v: &Value) -> JsResult<Module> {
        iso.module_of(v)
            .ok_or_else(|| c.type_error("Illegal invocation"))
    }
    let iso = isolate.clone();
    // moduleCompile(source, identifier, context, lineOffset, columnOffset,
    // initializeImportMeta, importer, cachedData: Uint8Array | undefined)
    def(main, b, "moduleCompile", 8, move |c, _, a| {
        let source = c.to_rust_string(&arg(a, 0, c))?;
        let some = |v: Value| (!v.is_undefined()).then_some(v);
        let identifier = match some(arg(a, 1, c)) {
            Some(v) => Some(c.to_rust_string(&v)?),
            None => None,
        };
        let context = match some(arg(a, 2, c)) {
            Some(v) => iso.context_of(&v),
            None => None,
        };
        let options = ModuleOptions {
            identifier,
            context,
            line_offset: arg(a, 3, c).as_i32().unwrap_or(0),
            column_offset: arg(a, 4, c).as_i32().unwrap_or(0),
            initialize_import_meta: some(arg(a, 5, c)),
            import_module_dynamically: some(arg(a, 6, c)),
            cached_data: cached_data_arg(c, &arg(a, 7, c)),
        };
        let m = iso.source_text_module(&source, &options).inspect_err(|e| {
            iso.decorate_error_stack(e);
        })?;
        Ok(m.handle().clone())
    })?;
    let iso = isolate.clone();
    // moduleSynthetic(exportNames, evaluate, identifier, context)
    def(main, b, "moduleSynthetic", 4, move |c, _, a| {
        let names_v = arg(a, 0, c);
        let n = c.to_number(&c.get(&names_v, "length")?)? as u32;
        let names = (0..n)
            .map(|i| c.to_rust_string(&c.get_index(&names_v, i)?))
            .collect::<JsResult<Vec<_>>>()?;
        let identifier = arg(a, 2, c);
        let context = arg(a, 3, c);
        let options = ModuleOptions {
            identifier: if identifier.is_undefined() {
                None
            } else {
                Some(c.to_rust_string(&identifier)?)
            },
            context: if context.is_undefined() {
                None
            } else {
                iso.context_of(&context)
            },
            ..Default::default()
        };
        Ok(iso
            .synthetic_module(&names, &arg(a, 1, c), &options)?
            .handle()
            .clone())
    })?;
    // A native over one module: name, arity and what it does.
    type ModuleNative = fn(&Isolate, &Context, &Module, &[Value]) -> JsResult<Value>;
    let natives: &[(&str, ModuleNative)] = &[
        ("moduleSetObject", |_, c, m, a| {
            m.set_object(&arg(a, 1, c));
            Ok(c.undefined())
        }),
        ("moduleIdentifier", |_, c, m, _| c.string(m.identifier())),
        ("moduleStatus", |_, c, m, _| c.string(m.status().as_str())),
        ("moduleError", |_, _, m, _| m.error()),
        // [[identifier, line, column], ...] (bootstrap.js: the warning
        // about an unsettled top-level await)
        ("moduleStalledAwaits", |_, c, m, _| {
            let list = m
                .stalled_awaits()
                .into_iter()
                .map(|(m, line, column)| {
                    c.array_from([c.string(m.identifier())?, c.int(line), c.int(column)])
                })
                .collect::<JsResult<Vec<_>>>()?;
            c.array_from(list)
        }),
        ("moduleCreateCachedData", |_, c, m, _| {
            c.uint8_array(&m.create_cached_data()?)
        }),
        ("moduleNamespace", |_, _, m, _| m.namespace()),
        ("moduleRequests", |_, c, m, _| {
            let mut out = Vec::new();
            for r in m.module_requests() {
                let attrs = c.new_object_with_proto(&c.null())?;
                for (k, v) in &r.attributes {
                    c.set(&attrs, k.as_str(), c.string(v)?)?;
                }
                out.push(c.array_from([c.string(&r.specifier)?, attrs])?);
            }
            c.array_from(out)
        }),
        ("moduleLinkRequests", |iso, c, m, a| {
            let list = arg(a, 1, c);
            let n = c.to_number(&c.get(&list, "length")?)? as u32;
            let mods = (0..n)
                .map(|i| module(iso, c, &c.get_index(&list, i)?))
                .collect::<JsResult<Vec<_>>>()?;
            m.link_requests(&mods)?;
            Ok(c.undefined())
        }),
        ("moduleInstantiate", |_, c, m, _| {
            m.instantiate()?;
            Ok(c.undefined())
        }),
        ("moduleEvaluate", |iso, c, m, a| {
            let timeout = arg(a, 1, c).as_f64().unwrap_or(-1.0);
            let run = RunOptions {
                timeout: (timeout >= 1.0).then(|| Duration::from_millis(timeout as u64)),
                break_on_sigint: arg(a, 2, c).as_bool() == Some(true),
            };
            let _ = iso;
            m.evaluate(&run)
        }),
        ("moduleHasTopLevelAwait", |_, c, m, _| {
            Ok(c.boolean(m.has_top_level_await()))
        }),
        ("moduleHasAsyncGraph", |_, c, m, _| {
            Ok(c.boolean(m.has_async_graph()?))
        }),
        ("moduleSetExport", |_, c, m, a| {
            let name = c.to_rust_string(&arg(a, 1, c))?;
            m.set_export(&name, &arg(a, 2, c))?;
            Ok(c.undefined())
        }),
        ("moduleIsLinked", |_, c, m, _| {
            Ok(c.boolean(m.requests_linked()))
        }),
    ];
    for (name, f) in natives {
        let iso = isolate.clone();
        let f = *f;
        def(main, b, name, 1, move |c, _, a| {
            let m = module(&iso, c, &arg(a, 0, c))?;
            f(&iso, c, &m, a)
        })?;
    }
    let iso = isolate.clone();
    // importReferrer(importer | undefined, referrer): a host-defined value.
    def(main, b, "importReferrer", 2, move |c, _, a| {
        let importer = arg(a, 0, c);
        iso.import_referrer(
            (!importer.is_undefined()).then_some(&importer),
            &arg(a, 1, c),
        )
    })?;
    // scriptSetHostDefined(scriptHandle, value)
    def(main, b, "scriptSetHostDefined", 2, move |c, _, a| {
        let handle = arg(a, 0, c);
        script_of(c, &handle)?.0.set_host_defined(&arg(a, 1, c))?;
        Ok(c.undefined())
    })?;
    let iso = isolate.clone();
    // setHostDefined(function, value)
    def(main, b, "setHostDefined", 2, move |c, _, a| {
        iso.set_host_defined(&arg(a, 0, c), &arg(a, 1, c))?;
        Ok(c.undefined())
    })?;
    Ok(())
}
