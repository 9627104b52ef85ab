// An 'unhandledRejection' listener that throws: that error is uncaught.
process.on('unhandledRejection', (r) => {
  console.log('listener got', r);
  throw new Error('thrown by the listener');
});
Promise.reject(1);
