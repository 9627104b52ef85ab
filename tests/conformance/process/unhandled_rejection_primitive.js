// A rejection with a value that is not an error: Node's UnhandledPromiseRejection.
console.log('start');
Promise.reject(42);
