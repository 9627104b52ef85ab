// 'unhandledRejection' listeners take the rejection; 'rejectionHandled' tells
// when a handler comes later.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason, promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise));
const p = Promise.reject(1);
setTimeout(() => {
  p.catch(() => console.log('caught'));
}, 1);
process.on('exit', (code) => console.log('exit', code));
