//! Creates a context from Rust values, runs a script in it and reads a
//! global back. Run: `cargo run -p jsvm --example embed`.

use jsvm::{ContextOptions, Isolate, ScriptOptions};

fn main() {
    let isolate = Isolate::new();
    let main = isolate.main_context();

    // The context object, made from Rust values.
    let sandbox = main.new_object().unwrap();
    main.set(&sandbox, "name", main.string("world").unwrap())
        .unwrap();
    main.set(&sandbox, "count", main.int(2)).unwrap();
    let ctx = isolate
        .create_context(Some(&sandbox), &ContextOptions::default())
        .unwrap();

    // Compile once, run several times in the context.
    let script = isolate
        .compile_script(
            "count += 1; var greeting = `hello, ${name} (${count})`;",
            &ScriptOptions::default(),
        )
        .unwrap();
    for _ in 0..3 {
        script.run_in_context(&ctx).unwrap();
    }

    // Globals of the script are properties of the context object.
    let greeting = main.get(&sandbox, "greeting").unwrap();
    println!("{}", main.to_rust_string(&greeting).unwrap());

    // Exceptions are values of the context that threw them.
    let err = isolate
        .run_in_context("missing + 1", &ctx, &ScriptOptions::default())
        .unwrap_err();
    let message = main.get(err.value(), "message").unwrap();
    println!("caught: {}", main.to_rust_string(&message).unwrap());
}
