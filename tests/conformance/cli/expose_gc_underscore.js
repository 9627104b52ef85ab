// node-flags: --expose_gc
// jsvm-flags: --expose_gc
// V8 flags are accepted with underscores too.
console.log(typeof gc, gc());
console.log(process.execArgv);
