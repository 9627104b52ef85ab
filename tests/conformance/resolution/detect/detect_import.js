// A .js file with no "type" above it that uses import: run as an ES
// module (module syntax detection), with no warning (no package.json).
import path from 'node:path';
console.log(typeof require, typeof module, path.basename(import.meta.filename));
console.log(this);
