// An error thrown by the main ES module is uncaught.
// jsvm-ignore: V8 puts the arrow of an error thrown by ES module code where the error was made; jsvm where it was thrown
console.log('before');
await null;
const error = new Error('from the module');
throw error;
