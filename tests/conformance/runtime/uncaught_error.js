// An uncaught error: location, source line and caret, then the error; exit 1.
console.log('before the error');

throw new Error('boom');
