// -c/--check: the program is compiled, not run; a syntax error is reported
// as when running it, with exit code 1.
const { run } = require('./fixtures/run');

run(['-c', 'fixtures/good.js']);
run(['--check', 'fixtures/syntax_error.js']);
run(['--check', 'fixtures/has_import.js']);
run(['-c', 'fixtures/preload_c.mjs']);
run(['-c'], { input: 'console.log("not run")' });
run(['-c', '-'], { input: 'let x = ;' });
run(['-c', '-e', '1']);
