// Top-level await makes an ambiguous .js file an ES module.
const value = await Promise.resolve(42);
console.log(value, typeof exports, typeof import.meta.url);
