// console.error writes to stderr, console.log to stdout.
console.log('to stdout');
console.error('to stderr');
console.error('object on stderr:', { a: 1 }, [1, 2]);
console.log('stdout again');
