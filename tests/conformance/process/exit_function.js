// process.exit(code): 'exit' once, with the code; nothing after runs.
process.on('exit', (c) => {
  console.log('exit', c, process.exitCode, process._exiting);
  process.exit(9);
});
setTimeout(() => console.log('never'), 1);
console.log('before');
process.exit(6);
console.log('never either');
