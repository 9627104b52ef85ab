// The main module's own top-level await never settles (a tab before it
// on its line): Node's warning, then exit code 13 unless an 'exit'
// listener sets another.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 5;
});
console.log('before');
{
	await new Promise(() => {});
}
console.log('after');
