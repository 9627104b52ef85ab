// Declaring a name of the CommonJS wrapper (require, module, exports,
// __filename, __dirname) at the top level makes an ambiguous .js file an
// ES module.
const module = 'mine';
const require = 'mine too';
console.log(module, require, typeof __filename);
