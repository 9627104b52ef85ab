// The main context's global object.
console.log(globalThis.global === globalThis);
console.log(global === globalThis);
console.log(typeof globalThis.console, typeof console.log, typeof console.error);
console.log(typeof require, typeof module, typeof exports);
console.log('require' in globalThis, 'module' in globalThis);
var topVar = 1;
console.log('topVar' in globalThis);
globalThis.made = 'global';
console.log(made);
