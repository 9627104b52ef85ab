// An 'uncaughtException' listener that throws: Node prints that error and
// exits with code 7, without an 'exit' event.
process.on('uncaughtException', () => { throw new Error('in the handler'); });
process.on('exit', (code) => console.log('exit', code));
throw new Error('first');
