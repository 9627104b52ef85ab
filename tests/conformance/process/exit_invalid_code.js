// process.exit with a code that is not an integer.
try {
  process.exit('x');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.exit(1.5);
} catch (e) {
  console.log(e.code, e.message);
}
console.log('still running', process.exitCode);
