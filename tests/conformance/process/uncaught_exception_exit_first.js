// An uncaught error: process.exitCode is 1 and 'exit' is emitted before the
// error is printed; an exit listener may change the code.
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  process.exitCode = 3;
});
throw new Error('sync');
