// -p/--print: the completion value is printed with console.log when the
// process exits (after timers); ESM input cannot be printed.
const { run } = require('./fixtures/run');

run(['-p', '1 + 1']);
run(['--print', '[1, { a: "b" }, new Map([[1, 2]])]']);
run(['-p', '"a string"']);
run(['-p', 'undefined']);
run(['-p', 'Promise.resolve(5)']);
run(['-p', 'setTimeout(() => console.log("timer first"), 1); "then the value"']);
run(['-p', 'process.on("exit", () => console.log("own exit listener")); "value"']);
run(['-pe', '"-pe"']);
run(['-p', '-e', '"-p -e"']);
run(['-e', '"print after eval"', '-p']);
run(['-p', 'process.argv.length', 'x', 'y']);
run(['-p'], { input: '6 * 7' });
run(['-p', 'import fs from "fs"; 1'], { grep: /Error|code/ });
run(['--input-type=module', '-p', '1'], { grep: /Error|code/ });
