// warn, error, trace and a failed assert write to stderr.
console.warn('warn %s', 'formatted', { a: 1 });
console.error(new Error('message only').message);
console.error({ nested: { deep: [1, 2, 3] } });
console.assert(false, 'assert %d', 1);
console.log('stdout line');
process.stderr.write('raw stderr\n');
