//! `jsvm FILE.js|FILE.mjs [args...]`: runs a Node-style CommonJS or ES
//! module program whose `node:vm` is jsvm.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "Usage: jsvm [options] FILE.js|FILE.mjs [arguments...]\n\
Runs a Node-style CommonJS or ES module program whose node:vm module is jsvm.\n\
\n\
Options:\n\
  --max-heap-size=MB        limit the heap (every context, the host included) to MB\n\
                            megabytes; allocating past it throws\n\
                            `RangeError: Out of memory` (alias: --max-old-space-size)\n\
  --stack-size=KB           native stack JavaScript may use (default 1024)\n\
  --experimental-vm-modules accepted for compatibility with Node\n\
  --no-warnings, --no-deprecation, --throw-deprecation, --trace-deprecation,\n\
  --trace-warnings, --trace-uncaught, --unhandled-rejections=MODE, --expose-gc\n\
                            as in Node\n\
  -h, --help                this text\n\
  -v, --version             the version\n";

/// Reads the value of `--name=N` or `--name N` at `args[*i]` (advancing
/// `i` past it) when the argument is that flag.
fn flag_value(args: &[String], i: &mut usize, names: &[&str]) -> Option<Result<u64, String>> {
    let arg = &args[*i];
    for name in names {
        let value = if let Some(v) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            *i += 1;
            Some(v.to_string())
        } else if arg == name {
            *i += 2;
            Some(args.get(*i - 1).cloned().unwrap_or_default())
        } else {
            None
        };
        if let Some(v) = value {
            return Some(match v.parse::<u64>() {
                Ok(n) if n > 0 => Ok(n),
                _ => Err(format!(
                    "jsvm: {name} needs a positive whole number, got '{v}'"
                )),
            });
        }
    }
    None
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().collect();
    let exe = args.first().cloned().unwrap_or_else(|| "jsvm".into());
    // Flags before the file name; accepted for compatibility with Node.
    let mut i = 1;
    // Runtime options, as `process.execArgv` shows them.
    let mut exec_argv = Vec::new();
    let mut options = jsvm_runtime::IsolateOptions::default();
    while i < args.len() && args[i].starts_with('-') {
        let heap = flag_value(&args, &mut i, &["--max-heap-size", "--max-old-space-size"]);
        let stack = heap
            .is_none()
            .then(|| flag_value(&args, &mut i, &["--stack-size"]))
            .flatten();
        match (heap, stack) {
            (Some(Ok(mb)), _) => {
                options.memory_limit = Some(mb.saturating_mul(1 << 20) as usize);
                continue;
            }
            (_, Some(Ok(kb))) => {
                options.max_stack_size = Some(kb.saturating_mul(1 << 10) as usize);
                continue;
            }
            (Some(Err(e)), _) | (_, Some(Err(e))) => {
                eprintln!("{e}");
                return ExitCode::from(9);
            }
            _ => {}
        }
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
    let host = match jsvm_runtime::Host::with_options(argv, exec_argv, &options) {
        Ok(h) => h,
        Err(_) if options.memory_limit.is_some() => {
            eprintln!("jsvm: --max-heap-size is too small for the runtime to start");
            return ExitCode::from(9);
        }
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
