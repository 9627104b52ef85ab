// An unhandled rejection with an error: the error is printed with the place
// it was made, and the process ends with code 1 after the 'exit' event.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('start');
function make() {
  return Promise.reject(new Error('rejected'));
}
make();
setTimeout(() => console.log('never runs'), 10);
