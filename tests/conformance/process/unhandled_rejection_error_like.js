// Errors (and objects with an own stack) are passed to listeners as they are.
process.on('uncaughtException', (e, origin) => {
  console.log(e instanceof Error, e.name, e.message, origin, e.code);
});
Promise.reject(new TypeError('type'));
Promise.reject({ stack: 'fake stack', message: 'object with stack' });
class MyError extends Error { constructor() { super('mine'); this.name = 'MyError'; } }
Promise.reject(new MyError());
