// process.stdout and process.stderr write strings and bytes.
console.log(typeof process.stdout.write, typeof process.stderr.write);
console.log(process.stdout.write('written\n'));
process.stdout.write(Buffer.from('bytes\n'));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stderr.write('to stderr\n');
console.log(process.stdout.fd, process.stderr.fd);
process.stdout.write('with callback\n', () => console.log('callback called'));
console.log('after write');
