// A rejection with a plain object: the reason is named as V8 names it.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
Promise.reject({ a: 1 });
