//! Arbitrary bytes compiled as a script (`new vm.Script(code)`): a
//! script or a syntax error, never a crash.
#![no_main]

#[path = "common.rs"]
mod common;

use jsvm::ScriptOptions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let code = common::source(data);
    common::with_isolate(|iso| {
        let options = ScriptOptions {
            filename: "fuzz.js".into(),
            line_offset: data.first().map_or(0, |b| *b as i32 - 128),
            column_offset: data.last().map_or(0, |b| *b as i32),
        };
        match iso.compile_script(&code, &options) {
            Ok(script) => {
                let _ = script.source_map_url();
            }
            Err(e) => common::inspect_exception(iso, &e),
        }
    });
});
