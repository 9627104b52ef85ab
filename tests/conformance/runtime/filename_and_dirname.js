// __filename and __dirname are absolute; the conformance runner replaces the
// test's directory with <dir>.
console.log(__filename);
console.log(__dirname);
console.log(__filename === __dirname + '/filename_and_dirname.js');
console.log(__filename.startsWith('/'));
console.log(typeof __filename, typeof __dirname);
