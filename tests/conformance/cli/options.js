// Options as Node parses them: `--` ends them, the first argument that is
// not an option is the program, `_` and `-` are the same in names; a bad
// command line is exit code 9 with Node's message.
const { run } = require('./fixtures/run');

run(['--', 'fixtures/main.js', '--foo']);
run(['fixtures/main.js', '--foo', '-e', 'x']);
run(['--no_warnings', '--trace_uncaught', '-e', 'console.log(process.execArgv)']);
run(['--foo']);
run(['--foo', '-e', '1', '--bar']);
run(['-x']);
run(['-e']);
run(['--eval=']);
run(['-e', '-1']);
run(['--no-eval', '1']);
run(['--unhandled-rejections=sometimes', '-e', '1']);
run(['--unhandled-rejections=warn', '-e', 'console.log(process.execArgv)']);
run(['--expose-gc=1', '-e', '1'], { lines: 2 });
run(['--max-old-space-size=lots', '-e', '1'], { lines: 2 });
run(['--stack-size=x', '-e', '1'], { lines: 2 });
run(['--max_old_space_size=64', '--stack_size=900', '--max-old-space-size=0', '-p', '"limits accepted"']);
run(['--harmony-import-attributes', '--harmony_shipping', '-p', '"harmony accepted"']);
run(['--experimental-vm-modules', '--no-experimental-vm-modules', '-p', '"SourceTextModule" in require("vm")']);
run(['fixtures/does_not_exist.js'], { grep: /Cannot find module|code:/ });
