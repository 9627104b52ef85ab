// process.exit() uses process.exitCode; a throw after exit is not reached.
process.exitCode = 3;
process.on('exit', (c) => console.log('exit', c));
process.nextTick(() => {
  process.exit();
});
