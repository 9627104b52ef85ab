// process.exit inside a callback stops everything else.
setTimeout(() => {
  console.log('first');
  process.exit(0);
}, 1);
setTimeout(() => console.log('second: never'), 1);
process.on('exit', (c) => console.log('exit', c));
