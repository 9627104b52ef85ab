// --input-type=module|commonjs for -e and standard input, and module
// syntax detection when it is not given.
const { run } = require('./fixtures/run');

run(['--input-type=module', '-e', 'console.log(typeof require, typeof exports, this, import.meta.url.endsWith("/[eval1]"))']);
run(['--input-type', 'commonjs', '-e', 'console.log(typeof require, typeof module)']);
run(['-e', 'import path from "node:path"; console.log(path.basename("/a/b.js"))']);
run(['-e', 'export const x = 1; console.log("exports something")']);
run(['-e', 'console.log(await Promise.resolve("top-level await"))']);
run(['-e', 'console.log(typeof import.meta)']);
run(['--input-type=commonjs', '-e', 'await 1'], { grep: /^\[eval\]|^await/ });
run(['--input-type=module', '-e', 'throw new Error("module boom")']);
run(['--input-type=wasm', '-e', '1']);
