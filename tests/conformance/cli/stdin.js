// A program on standard input: `-` (with arguments after it), or no
// program at all when standard input is not a terminal. It runs as
// [stdin], as -e code runs as [eval].
const { run } = require('./fixtures/run');

run([], { input: 'console.log(__filename, module.id, process.argv.length, this === globalThis)' });
run(['-', 'a', 'b'], { input: 'console.log(process.argv.slice(1))' });
run(['--', '-', 'c'], { input: 'console.log(process.argv.slice(1))' });
run([], { input: 'console.log(require("./fixtures/greet")("stdin"))' });
run([], { input: 'import { sep } from "node:path"; console.log("module", sep, import.meta.url.endsWith("/[eval1]"))' });
run(['--input-type=module'], { input: 'console.log(typeof require, typeof import.meta)' });
run([], { input: 'let x = ;', grep: /Error/ });
run([], { input: 'throw new Error("from stdin")' });
run([], { input: '' });
