// -e/--eval: the code runs as Node's [eval] script: `module`, `exports`,
// `require` (from the working directory), `__filename` and `__dirname` as
// globals, `var`s on the global object, the arguments after the code in
// process.argv; errors are reported from [eval].
const { run } = require('./fixtures/run');

run(['-e', 'console.log(__filename, __dirname, module.id, module.filename.endsWith("/[eval]"), exports === module.exports, this === globalThis, require.main)']);
run(['--eval', 'console.log(require("./fixtures/greet")("eval"), module.children.length, module.loaded)']);
run(['--eval=var v = 1; console.log(globalThis.v, typeof module.paths[0])']);
run(['-e', 'console.log(Object.keys(globalThis).slice(-5))']);
run(['-e', 'console.log(process.argv.slice(1), process.execArgv)', 'a', '-b', '--c']);
run(['-e', 'console.log(process.argv.slice(1))', '--', '--not-an-option']);
run(['-e', 'console.log(1)', '-e', 'console.log(2)']);
run(['-e', '']);
run(['-e', 'throw new Error("boom")']);
run(['-e', 'throw 1']);
run(['-e', 'x']);
run(['-e', 'process.exitCode = 3']);
run(['-e', 'import("./fixtures/greet.js").then((m) => console.log(m.default("import()")))']);
run(['-e', 'setTimeout(() => console.log("timer"), 1); console.log("sync")']);
