// beforeExit: emitted when the loop is empty; work it schedules runs, then
// beforeExit again; not emitted on process.exit().
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) setTimeout(() => console.log('timer from beforeExit', n), 1);
});
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 0;
