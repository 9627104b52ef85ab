// The UnhandledPromiseRejection error object.
process.on('uncaughtException', (e) => {
  console.log(e.name, e.code, Object.keys(e));
  console.log(e instanceof Error, Object.getPrototypeOf(e) === Error.prototype);
  console.log(e.constructor.name, e.stack.split('\n')[0]);
  console.log(String(e));
});
Promise.reject(5);
