//! `jsvm FILE.js|FILE.mjs [args...]`: runs a Node-style CommonJS or ES
//! module program whose `node:vm` is jsvm.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "Usage: jsvm [options] FILE.js|FILE.mjs [arguments...]\n\
Runs a Node-style CommonJS or ES module program whose node:vm module is jsvm.\n";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().collect();
    let exe = args.first().cloned().unwrap_or_else(|| "jsvm".into());
    // Flags before the file name; accepted for compatibility with Node.
    let mut i = 1;
    // Runtime options, as `process.execArgv` shows them.
    let mut exec_argv = Vec::new();
    while i < args.len() && args[i].starts_with('-') {
        match args[i].as_str() {
            "--experimental-vm-modules"
            | "--expose-gc"
            | "--no-warnings"
            | "--no-deprecation"
            | "--throw-deprecation"
            | "--trace-deprecation"
            | "--trace-warnings"
            | "--trace-uncaught" => {
                exec_argv.push(args[i].clone());
                i += 1
            }
            mode if mode.starts_with("--unhandled-rejections=") => {
                let value = &mode["--unhandled-rejections=".len()..];
                const MODES: [&str; 5] =
                    ["strict", "warn", "none", "throw", "warn-with-error-code"];
                if !MODES.contains(&value) {
                    eprintln!(
                        "jsvm: invalid value for --unhandled-rejections: {value} (one of {})",
                        MODES.join(", ")
                    );
                    return ExitCode::from(9);
                }
                exec_argv.push(args[i].clone());
                i += 1
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-v" | "--version" => {
                println!("jsvm {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("jsvm: bad option: {other}");
                return ExitCode::from(9);
            }
        }
    }
    if i >= args.len() {
        eprint!("{USAGE}");
        return ExitCode::from(9);
    }
    let file = args[i].clone();
    let path = Path::new(&file);
    if !path.is_file() {
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        eprintln!("Error: Cannot find module '{}'", abs.display());
        eprintln!("  code: 'MODULE_NOT_FOUND'");
        return ExitCode::from(1);
    }
    // process.argv: the runtime's path, the script's absolute path, the rest.
    let mut argv = vec![std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or(exe)];
    argv.push(
        std::path::absolute(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .to_string_lossy()
            .into_owned(),
    );
    argv.extend(args.drain(i + 1..));
    let host = match jsvm_runtime::Host::with_exec_argv(argv, exec_argv) {
        Ok(h) => h,
        Err(_) => {
            eprintln!("jsvm: cannot start the runtime");
            return ExitCode::from(70);
        }
    };
    let code = host.run_main(path);
    let _ = std::io::stdout().flush();
    // The process ends here: skip freeing the heap piece by piece.
    std::process::exit(code)
}
