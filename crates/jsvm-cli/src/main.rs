//! `jsvm [options] [FILE | -e CODE | -] [arguments...]`: runs a Node-style
//! program whose `node:vm` is jsvm, with Node 26's command line
//! (`options.rs`; docs/cli.md).

mod options;

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use jsvm_runtime::{HostOptions, Program};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let exe = args.first().cloned().unwrap_or_else(|| "jsvm".into());
    let o = match options::parse(&args) {
        Ok(o) => o,
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            return ExitCode::from(9);
        }
    };
    if o.help {
        print!("{}", options::help());
        return ExitCode::SUCCESS;
    }
    if o.version {
        println!("v{}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    // process.argv[0]: the runtime's path.
    let mut argv = vec![std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or(exe)];
    let mut program = Program {
        print: o.print,
        check: o.check,
        input_type: o.input_type.clone(),
        require: o.require.clone(),
        import: o.import.clone(),
        ..Program::default()
    };
    let mut rest = o.rest.iter();
    if let Some(code) = &o.eval {
        program.source = Some(code.clone());
        program.source_name = "[eval]".into();
    } else {
        match rest.as_slice().first().map(String::as_str) {
            Some("-") => {}
            Some(file) => {
                let path = Path::new(file);
                let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
                // Resolved by the loader, as Node's `Module._findPath` does
                // (`jsvm app` runs `app.js`; a missing file is its error).
                argv.push(abs.to_string_lossy().into_owned());
                rest.next();
                program.file = Some(abs);
            }
            None if std::io::stdin().is_terminal() && !o.print && !o.check => {
                // Node would start its REPL here; jsvm has none.
                eprint!("{}", options::help());
                return ExitCode::from(9);
            }
            None => {}
        }
        if program.file.is_none() {
            let mut text = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut text) {
                eprintln!("jsvm: cannot read standard input: {e}");
                return ExitCode::from(1);
            }
            program.source = Some(String::from_utf8_lossy(&text).into_owned());
            program.source_name = "[stdin]".into();
        }
    }
    argv.extend(rest.cloned());
    let memory_limited = o.isolate.memory_limit.is_some();
    let host = match jsvm_runtime::Host::with_host_options(HostOptions {
        argv,
        exec_argv: o.exec_argv,
        flags: o.flags,
        isolate: o.isolate,
    }) {
        Ok(h) => h,
        Err(_) if memory_limited => {
            eprintln!("jsvm: --max-old-space-size is too small for the runtime to start");
            return ExitCode::from(9);
        }
        Err(_) => {
            eprintln!("jsvm: cannot start the runtime");
            return ExitCode::from(70);
        }
    };
    let code = host.run_program(&program);
    let _ = std::io::stdout().flush();
    // The process ends here: skip freeing the heap piece by piece.
    std::process::exit(code)
}
