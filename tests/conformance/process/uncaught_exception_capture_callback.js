// setUncaughtExceptionCaptureCallback takes errors instead of listeners.
console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.code);
}
try {
  process.setUncaughtExceptionCaptureCallback('x');
} catch (e) {
  console.log(e.code, e.message);
}
setTimeout(() => { throw new Error('from a timer'); }, 1);
Promise.reject(new Error('from a promise'));
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
}, 5);
