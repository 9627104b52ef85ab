// An ambiguous .js file that parses as CommonJS stays CommonJS, even with
// `import(...)` and `import.meta`-like text in strings.
const text = 'import x from "y"; export {}';
console.log(typeof require, typeof module, text.length);
import('node:path').then((p) => console.log(typeof p.join));
