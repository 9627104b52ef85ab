// The runtime's ES module loader: static imports of ES modules, CommonJS
// files, JSON with import attributes and node: built-ins (default and
// named exports); top-level await; import.meta; dynamic import().
import greet, { answer, meta } from './fixtures/esm_dep.mjs';
import * as cjs from './fixtures/cjs_exports.js';
import math from './fixtures/math.js';
import data from './fixtures/data.json' with { type: 'json' };
import vm, { Script, createContext } from 'node:vm';
import { EventEmitter } from 'node:events';

console.log(greet('esm'), answer, meta);
console.log(cjs, typeof math.add);
console.log(data);
console.log(typeof vm.runInThisContext, Script === vm.Script, typeof createContext);
console.log(typeof EventEmitter);
console.log(import.meta.url, import.meta.filename, import.meta.dirname, import.meta.main);
console.log(import.meta.resolve('./fixtures/esm_dep.mjs'));
console.log(typeof require, typeof module, this);

const later = await new Promise((resolve) => setTimeout(() => resolve('after a timer'), 5));
console.log('top-level await:', later);

const again = await import('./fixtures/esm_dep.mjs');
console.log('same module:', again.default === greet);
for (const specifier of ['./fixtures/data.json', './fixtures/nope.mjs', 'nope', 'node:nope']) {
  try {
    await import(specifier);
  } catch (e) {
    console.log(e.name, e.code, e.message.replaceAll(import.meta.dirname, '<dir>'));
  }
}
