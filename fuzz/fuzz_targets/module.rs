//! Arbitrary bytes as the sources of a graph of `SourceTextModule`s in a
//! fresh context, linked to each other (cycles and self-imports
//! included) and to synthetic modules by a linker the input drives, then
//! instantiated and evaluated under a timeout and the isolate's memory
//! limit. Whatever the modules do ends in a status, a value or an error;
//! cached data of a compiled module is read back; and the context then
//! runs a script and a new module correctly.
//!
//! The first byte is the recipe: bit 0 an `afterEvaluate` context (its
//! microtasks, so top-level `await`, run within `evaluate`), bit 1
//! `linkRequests` + `instantiate` instead of `link(linker)`, bits 2-3
//! what the synthetic modules' evaluation does (nothing, throw, loop,
//! return a promise), bits 4-7 a shift of the linker's choices. The rest,
//! split at 0 bytes, is up to four module sources. A specifier that is a
//! number names a module (the sources first, then two synthetic modules,
//! modulo their count); one starting with `!` makes the linker throw; any
//! other is mapped to a module by its hash.
#![no_main]

#[path = "common.rs"]
mod common;

use jsvm::{
    CachedDataStatus, ContextOptions, MicrotaskMode, Module, ModuleOptions, ModuleStatus,
    ScriptOptions,
};
use libfuzzer_sys::fuzz_target;

const SYNTHETIC_EVALUATE: [&str; 4] = [
    "(function () {})",
    "(function () { throw new Error('synthetic'); })",
    "(function () { for (;;) {} })",
    "(function () { return Promise.reject(new Error('later')); })",
];

fuzz_target!(|data: &[u8]| {
    let Some((&recipe, rest)) = data.split_first() else {
        return;
    };
    let sources: Vec<String> = rest
        .split(|b| *b == 0)
        .take(4)
        .map(common::source)
        .collect();
    common::with_isolate(|iso| {
        let m = iso.main_context();
        let run = common::run_options();
        let Ok(ctx) = iso.create_context(
            None,
            &ContextOptions {
                microtask_mode: if recipe & 1 == 1 {
                    MicrotaskMode::AfterEvaluate
                } else {
                    MicrotaskMode::Shared
                },
                ..Default::default()
            },
        ) else {
            return;
        };
        let opts = ModuleOptions {
            context: Some(ctx.clone()),
            ..Default::default()
        };
        let mut modules: Vec<Module> = Vec::new();
        for (i, source) in sources.iter().enumerate() {
            match iso.source_text_module(source, &opts) {
                Ok(module) => {
                    if i == 0 {
                        // Its cached data reads back.
                        if let Ok(bytes) = module.create_cached_data() {
                            let again = ModuleOptions {
                                cached_data: Some(bytes),
                                ..opts.clone()
                            };
                            if let Ok(read) = iso.source_text_module(source, &again) {
                                assert_eq!(read.cached_data_status(), CachedDataStatus::Accepted);
                                assert_eq!(read.module_requests(), module.module_requests());
                            }
                        }
                    }
                    modules.push(module)
                }
                Err(e) => common::inspect_exception(iso, &e),
            }
        }
        if modules.is_empty() {
            return;
        }
        let Ok(evaluate) = m.eval(
            SYNTHETIC_EVALUATE[((recipe >> 2) & 3) as usize],
            &Default::default(),
        ) else {
            return;
        };
        for names in [&["default", "x", "y"][..], &["then"][..]] {
            let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            match iso.synthetic_module(&names, &evaluate, &opts) {
                Ok(s) => modules.push(s),
                Err(e) => {
                    common::inspect_exception(iso, &e);
                    return;
                }
            }
        }
        let shift = (recipe >> 4) as usize;
        let pick = |spec: &str| -> Option<usize> {
            if spec.starts_with('!') {
                return None;
            }
            let n = modules.len();
            Some(match spec.parse::<usize>() {
                Ok(i) => i % n,
                Err(_) => {
                    let h = spec
                        .bytes()
                        .fold(shift, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
                    h % n
                }
            })
        };
        let root = modules[0].clone();
        let linked = if recipe & 2 == 0 {
            root.link(&mut |spec, _req, _referencing| match pick(spec) {
                Some(i) => Ok(modules[i].clone()),
                None => Err(m.type_error(&format!("no module {spec}"))),
            })
        } else {
            let mut result = Ok(());
            for module in &modules {
                let targets: Option<Vec<Module>> = module
                    .module_requests()
                    .iter()
                    .map(|r| pick(&r.specifier).map(|i| modules[i].clone()))
                    .collect();
                let Some(targets) = targets else {
                    continue;
                };
                if let Err(e) = module.link_requests(&targets) {
                    result = Err(e);
                    break;
                }
            }
            result.and_then(|()| root.instantiate())
        };
        if let Err(e) = linked {
            common::inspect_exception(iso, &e);
        }
        // Every module, root first: those not linked give status errors.
        for module in &modules {
            let _ = module.status();
            match module.evaluate(&run) {
                Ok(p) => {
                    let _ = m.promise_state(&p);
                }
                Err(e) => common::inspect_exception(iso, &e),
            }
            match module.status() {
                ModuleStatus::Evaluated => {
                    let _ = module.namespace();
                    let _ = module.stalled_awaits();
                }
                ModuleStatus::Errored => {
                    if let Ok(e) = module.error() {
                        common::describe(iso, &e);
                    }
                }
                _ => {}
            }
            let _ = module.has_async_graph();
        }
        // Jobs left in the shared queue would run outside any timeout.
        if iso.runtime().is_job_pending() {
            common::renew_isolate();
        }
        // The host keeps working: a script and a new module.
        let after = iso.run_in_context_with("6 * 7", &ctx, &ScriptOptions::default(), &run);
        if let Ok(v) = after {
            assert_eq!(v.as_i32(), Some(42));
        }
        if let Ok(fresh) = iso.source_text_module("export default 6 * 7;", &opts) {
            if fresh.link(&mut |_, _, _| unreachable!()).is_ok() && fresh.evaluate(&run).is_ok() {
                if let Ok(ns) = fresh.namespace() {
                    if let Ok(v) = m.get(&ns, "default") {
                        assert_eq!(v.as_i32(), Some(42));
                    }
                }
            }
        }
    });
});
