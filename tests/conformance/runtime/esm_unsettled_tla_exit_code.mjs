// With an exit code set, an unsettled top-level await is not reported:
// the process exits with that code.
process.exitCode = 3;
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('a timer'), 1);
await new Promise(() => {});
