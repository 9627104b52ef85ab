//! The command line, parsed as Node 26 parses its own: options up to the
//! first argument that is not one (or `--`), `_` and `-` alike in names,
//! `--no-` negations of boolean options, `--name=value` or `--name value`
//! for Node's own options, `--name=value` only for V8's. What Node says about
//! a bad command line is said here in its words, with our program name
//! where Node prints its own (`argv[0]`), and exit code 9.

use jsvm_runtime::IsolateOptions;

/// What the command line asks for.
#[derive(Debug, Default)]
pub struct Options {
    /// The options as given (`process.execArgv`).
    pub exec_argv: Vec<String>,
    /// The options the host acts on, in Node's spelling
    /// (`--expose-gc`, `--no-warnings`, `--unhandled-rejections=warn`, ...).
    pub flags: Vec<String>,
    pub isolate: IsolateOptions,
    /// `-e`/`--eval` (the last one wins, as in Node).
    pub eval: Option<String>,
    pub print: bool,
    pub check: bool,
    pub input_type: Option<String>,
    pub require: Vec<String>,
    pub import: Vec<String>,
    pub help: bool,
    pub version: bool,
    /// The program (a file, or `-` for standard input) and its arguments.
    pub rest: Vec<String>,
}

/// How an option takes its value.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Node's boolean option: `--x`, `--no-x`; a `=value` is ignored.
    Bool,
    /// Node's option with a value: `--x=v` or `--x v`.
    Value,
    /// V8's boolean flag: `--x`, `--no-x`, `--nox`; no value.
    V8Bool,
    /// V8's number flag (`size_t` or `int`): `--x=N` only.
    V8Number(&'static str),
}

/// Every option jsvm implements: its name, how it takes a value, and its
/// help (`None`: accepted, not listed).
const OPTIONS: &[(&str, Kind, Option<&str>)] = &[
    ("-", Kind::Bool, Some("script read from stdin (default if no file name is provided and stdin is not a terminal)")),
    ("--", Kind::Bool, Some("indicate the end of node options")),
    ("--abort-on-uncaught-exception", Kind::V8Bool, Some("aborting instead of exiting on an uncaught exception")),
    ("--check", Kind::Bool, Some("syntax check script without executing")),
    ("--eval", Kind::Value, Some("evaluate script")),
    ("--experimental-vm-modules", Kind::Bool, Some("experimental ES Module support in vm module")),
    ("--expose-gc", Kind::V8Bool, Some("expose gc extension")),
    ("--harmony-import-attributes", Kind::V8Bool, None),
    ("--harmony-shipping", Kind::V8Bool, None),
    ("--help", Kind::Bool, Some("print node command line options")),
    ("--import", Kind::Value, Some("ES module to preload (option can be repeated)")),
    ("--input-type", Kind::Value, Some("set module type for string input")),
    ("--max-heap-size", Kind::V8Number("size_t"), Some("limit the heap (every context, the host included) to N megabytes; allocating past it throws RangeError: Out of memory")),
    ("--max-old-space-size", Kind::V8Number("size_t"), Some("the same as --max-heap-size")),
    ("--deprecation", Kind::Bool, None),
    ("--preserve-symlinks", Kind::Bool, Some("preserve symbolic links when resolving")),
    ("--print", Kind::Bool, Some("evaluate script and print result")),
    ("--require", Kind::Value, Some("CommonJS module to preload (option can be repeated)")),
    ("--stack-size", Kind::V8Number("int"), Some("native stack JavaScript may use, in KiB (default 1024)")),
    ("--throw-deprecation", Kind::Bool, Some("throw an exception on deprecations")),
    ("--trace-deprecation", Kind::Bool, Some("show stack traces on deprecations")),
    ("--trace-uncaught", Kind::Bool, Some("show stack traces for the `throw` behind uncaught exceptions")),
    ("--trace-warnings", Kind::Bool, Some("show stack traces on process warnings")),
    ("--unhandled-rejections", Kind::Value, Some("define unhandled rejections behavior. Options are 'strict', 'warn', 'none', 'throw' and 'warn-with-error-code'")),
    ("--version", Kind::Bool, Some("print Node.js version")),
    ("--warnings", Kind::Bool, None),
];

/// Short forms, as Node's aliases.
const ALIASES: &[(&str, &str, &str)] = &[
    ("-e", "--eval", "-e, --eval=..."),
    ("-p", "--print", "-p, --print [...]"),
    ("-r", "--require", "-r, --require=..."),
    ("-c", "--check", "-c, --check"),
    ("-h", "--help", "-h, --help"),
    ("-v", "--version", "-v, --version"),
];

/// Parses `args` (`args[0]` the program's name). `Err` holds the lines to
/// print on stderr before exiting with code 9.
pub fn parse(args: &[String]) -> Result<Options, Vec<String>> {
    let argv0 = args.first().map(String::as_str).unwrap_or("jsvm");
    let bad = |msg: String| vec![format!("{argv0}: {msg}")];
    let mut o = Options::default();
    // V8's flags are checked after Node's options, as V8 does.
    let mut v8_errors = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let arg = &args[i];
        if arg.len() <= 1 || !arg.starts_with('-') {
            break;
        }
        i += 1;
        if arg == "--" {
            break;
        }
        o.exec_argv.push(arg.clone());
        let eq = if arg.starts_with("--") {
            arg.find('=')
        } else {
            None
        };
        let raw = eq.map_or(arg.as_str(), |e| &arg[..e]);
        let original = if eq.is_some() {
            format!("{raw}=")
        } else {
            raw.to_string()
        };
        let mut name: String = raw
            .char_indices()
            .map(|(k, c)| if k >= 2 && c == '_' { '-' } else { c })
            .collect();
        let mut negated = false;
        if let Some(rest) = name.strip_prefix("--no-") {
            name = format!("--{rest}");
            negated = true;
        } else if let Some(rest) = name.strip_prefix("--no").filter(|r| !r.is_empty()) {
            // V8 also reads `--noflag`.
            let candidate = format!("--{rest}");
            if lookup(&candidate).is_some_and(|k| k == Kind::V8Bool) {
                name = candidate;
                negated = true;
            }
        }
        if let Some(&(_, long, _)) = ALIASES.iter().find(|(short, _, _)| *short == name) {
            name = long.to_string();
        }
        if name == "-pe" {
            o.print = true;
            name = "--eval".into();
        }
        // `--print CODE` is `--print --eval CODE`.
        if name == "--print" && !negated && eq.is_none() {
            if let Some(next) = args.get(i).filter(|n| !n.is_empty() && !n.starts_with('-')) {
                o.print = true;
                o.eval = Some(next.clone());
                o.exec_argv.push(next.clone());
                i += 1;
                continue;
            }
        }
        let Some(kind) = lookup(&name) else {
            v8_errors.push(bad(format!("bad option: {arg}")));
            continue;
        };
        if negated && kind == Kind::Value {
            return Err(bad(format!(
                "{arg} is an invalid negation because it is not a boolean option"
            )));
        }
        let value = match kind {
            Kind::Value => {
                let v = match eq {
                    Some(e) => arg[e + 1..].to_string(),
                    None => match args.get(i) {
                        Some(next) => {
                            i += 1;
                            o.exec_argv.push(next.clone());
                            if next.starts_with('-') {
                                return Err(bad(format!("{original} requires an argument")));
                            }
                            next.strip_prefix('\\')
                                .filter(|r| r.starts_with('-'))
                                .unwrap_or(next)
                                .to_string()
                        }
                        None => String::new(),
                    },
                };
                if v.is_empty() && (eq.is_some() || args.get(i - 1) == Some(arg)) {
                    return Err(bad(format!("{original} requires an argument")));
                }
                v
            }
            Kind::V8Bool => {
                if eq.is_some() {
                    v8_errors.push(vec![
                        format!("Error: illegal value for flag {arg} of type bool"),
                        "To set or unset a boolean flag, use --flag or --no-flag.".into(),
                        "Try --help for options".into(),
                        format!("{argv0}: bad option: {arg}"),
                    ]);
                    continue;
                }
                String::new()
            }
            Kind::V8Number(ty) => {
                let v = eq.map_or("", |e| &arg[e + 1..]);
                if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
                    v8_errors.push(vec![
                        format!("Error: illegal value for flag {arg} of type {ty}"),
                        "Try --help for options".into(),
                        format!("{argv0}: bad option: {arg}"),
                    ]);
                    continue;
                }
                v.to_string()
            }
            Kind::Bool => String::new(),
        };
        match name.as_str() {
            "--eval" => o.eval = Some(value),
            "--print" => o.print = !negated,
            "--check" => o.check = !negated,
            "--help" => o.help = !negated,
            "--version" => o.version = !negated,
            "--require" => o.require.push(value),
            "--import" => o.import.push(value),
            "--input-type" => o.input_type = Some(value),
            "--unhandled-rejections" => {
                const MODES: [&str; 5] =
                    ["strict", "warn", "none", "throw", "warn-with-error-code"];
                if !MODES.contains(&value.as_str()) {
                    return Err(bad("invalid value for --unhandled-rejections".into()));
                }
                set_value_flag(&mut o.flags, "--unhandled-rejections", &value);
            }
            "--max-heap-size" | "--max-old-space-size" => {
                // 0 keeps the default (no limit), as V8's 0 does.
                let mb: u64 = value.parse().unwrap_or(u64::MAX);
                o.isolate.memory_limit = (mb > 0).then(|| mb.saturating_mul(1 << 20) as usize);
            }
            "--stack-size" => {
                let kb: u64 = value.parse().unwrap_or(u64::MAX);
                if kb == 0 {
                    return Err(bad("--stack-size must be a positive number of KiB".into()));
                }
                o.isolate.max_stack_size = Some(kb.saturating_mul(1 << 10) as usize);
            }
            "--harmony-import-attributes" | "--harmony-shipping" => {
                // Features the engine always has: turning them off is not
                // something jsvm can do.
                if negated {
                    v8_errors.push(bad(format!("bad option: {arg}")));
                }
            }
            // The host's boolean options, kept in their positive or
            // `--no-` form.
            "--warnings" | "--deprecation" => set_bool_flag(&mut o.flags, &name, !negated, true),
            _ => set_bool_flag(&mut o.flags, &name, !negated, false),
        }
    }
    o.rest = args[i..].to_vec();
    if !v8_errors.is_empty() {
        return Err(v8_errors.concat());
    }
    if let Some(t) = &o.input_type {
        if t != "module" && t != "commonjs" {
            return Err(bad(
                if t == "module-typescript" || t == "commonjs-typescript" {
                    format!("--input-type={t} is not supported: jsvm does not strip types")
                } else {
                    "--input-type must be \"module\",\"commonjs\", \"module-typescript\" or \"commonjs-typescript\"".into()
                },
            ));
        }
    }
    if o.check && o.eval.is_some() {
        return Err(bad("either --check or --eval can be used, not both".into()));
    }
    Ok(o)
}

fn lookup(name: &str) -> Option<Kind> {
    if name == "-" || name == "--" {
        return None;
    }
    OPTIONS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, k, _)| k)
}

/// Records a boolean option in `flags`: `--name` when on, nothing when
/// off (`default_on`: `--no-name` when off, nothing when on).
fn set_bool_flag(flags: &mut Vec<String>, name: &str, on: bool, default_on: bool) {
    let bare = &name[2..];
    flags.retain(|f| f != name && f != &format!("--no-{bare}"));
    if on != default_on {
        flags.push(if on {
            name.to_string()
        } else {
            format!("--no-{bare}")
        });
    }
}

fn set_value_flag(flags: &mut Vec<String>, name: &str, value: &str) {
    let prefix = format!("{name}=");
    flags.retain(|f| !f.starts_with(&prefix));
    flags.push(format!("{prefix}{value}"));
}

/// The `--help` text: Node's layout (the option in a column of 30, its
/// description wrapped beside it).
pub fn help() -> String {
    const WIDTH: usize = 78;
    const COLUMN: usize = 30;
    let mut out = String::from(
        "Usage: jsvm [options] [ script.js ] [arguments]\n\
         \x20      jsvm [options] -e|-p CODE [arguments]\n\
         \n\
         Runs a Node program whose node:vm module is jsvm.\n\
         \n\
         Options:\n",
    );
    let mut rows: Vec<(String, &str)> = Vec::new();
    for &(name, kind, help) in OPTIONS {
        let Some(help) = help else { continue };
        let shown = ALIASES
            .iter()
            .find(|(_, long, _)| *long == name)
            .map(|(_, _, shown)| shown.to_string())
            .unwrap_or_else(|| match kind {
                Kind::Value | Kind::V8Number(_) => format!("{name}=..."),
                _ => name.to_string(),
            });
        rows.push((shown, help));
    }
    rows.sort_by_key(|r| key(&r.0));
    for (shown, help) in rows {
        let mut line = format!("  {shown}");
        if line.len() + 1 > COLUMN {
            out.push_str(&line);
            out.push('\n');
            line = String::new();
        }
        let mut words = help.split(' ').peekable();
        while words.peek().is_some() {
            line = format!("{line:<COLUMN$}");
            let mut first = true;
            while let Some(w) = words.peek() {
                if !first && line.len() + 1 + w.len() > WIDTH {
                    break;
                }
                if !first {
                    line.push(' ');
                }
                line.push_str(w);
                words.next();
                first = false;
            }
            out.push_str(&line);
            out.push('\n');
            line = String::new();
        }
    }
    out.push_str(
        "\nV8 flags are accepted with dashes or underscores (--expose_gc).\n\
         Documentation: docs/cli.md\n",
    );
    out
}

/// Node sorts its help by the option's name, ignoring dashes.
fn key(shown: &str) -> String {
    let long = shown.split(", ").last().unwrap_or(shown);
    long.trim_start_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, Vec<String>> {
        let mut v = vec!["jsvm".to_string()];
        v.extend(args.iter().map(|s| s.to_string()));
        parse(&v)
    }

    #[test]
    fn spellings_and_values() {
        let o = p(&["--expose_gc", "--max_old_space_size=32", "-p", "1+1", "x"]).unwrap();
        assert_eq!(o.flags, ["--expose-gc"]);
        assert_eq!(o.isolate.memory_limit, Some(32 << 20));
        assert!(o.print);
        assert_eq!(o.eval.as_deref(), Some("1+1"));
        assert_eq!(o.rest, ["x"]);
        assert_eq!(
            o.exec_argv,
            ["--expose_gc", "--max_old_space_size=32", "-p", "1+1"]
        );
        let o = p(&["--no-warnings", "--noexpose-gc", "--", "-x"]).unwrap();
        assert_eq!(o.flags, ["--no-warnings"]);
        assert_eq!(o.rest, ["-x"]);
    }

    #[test]
    fn errors_in_nodes_words() {
        assert_eq!(p(&["--foo"]).unwrap_err(), ["jsvm: bad option: --foo"]);
        assert_eq!(p(&["-e"]).unwrap_err(), ["jsvm: -e requires an argument"]);
        assert_eq!(
            p(&["--eval="]).unwrap_err(),
            ["jsvm: --eval= requires an argument"]
        );
        assert_eq!(
            p(&["-e", "-1"]).unwrap_err(),
            ["jsvm: -e requires an argument"]
        );
        assert_eq!(
            p(&["--no-eval", "1"]).unwrap_err(),
            ["jsvm: --no-eval is an invalid negation because it is not a boolean option"]
        );
        assert_eq!(p(&["--stack-size=abc"]).unwrap_err().len(), 3);
        assert!(p(&["-c", "-e", "1"]).is_err());
    }

    #[test]
    fn help_is_aligned() {
        let text = help();
        let options = text
            .lines()
            .skip_while(|l| *l != "Options:")
            .skip(1)
            .take_while(|l| !l.is_empty());
        for line in options {
            let rest = &line[2..];
            if let Some(k) = rest.find("  ") {
                let col = 2 + k + rest[k..].len() - rest[k..].trim_start().len();
                assert_eq!(col, 30, "{line}");
            }
            assert!(line.len() <= 78, "{line}");
        }
    }
}
