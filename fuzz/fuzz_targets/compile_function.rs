//! Arbitrary bytes as the body (and parameters) of `vm.compileFunction`:
//! a function whose body cannot close the wrapper, or a syntax error.
//! The first line of the input, split on commas, is the parameter list.
#![no_main]

#[path = "common.rs"]
mod common;

use jsvm::FunctionOptions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = common::source(data);
    let (params, body) = text.split_once('\n').unwrap_or(("", &text));
    let params: Vec<&str> = params.split(',').filter(|p| !p.is_empty()).collect();
    common::with_isolate(|iso| {
        let options = FunctionOptions {
            filename: "fuzz.js".into(),
            line_offset: (body.len() % 7) as i32,
            column_offset: (params.len() % 5) as i32,
            ..Default::default()
        };
        match iso.compile_function(body, &params, &options) {
            // Only compiled, never called: the body must not have run.
            Ok(f) => {
                let m = iso.main_context();
                let _ = m.to_rust_string(&f);
            }
            Err(e) => common::inspect_exception(iso, &e),
        }
    });
});
