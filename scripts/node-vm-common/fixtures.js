'use strict';
// jsvm's stand-in for Node's test/common/fixtures: paths into the fixtures
// folder of the Node test checkout the runner was given.
const path = require('path');

const fixturesDir = process.env.NODE_TEST_FIXTURES ||
  path.join(path.dirname(require.main ? require.main.filename : process.argv[1]), '..', 'fixtures');

function fixturesPath(...parts) { return path.join(fixturesDir, ...parts); }
// A file: URL of the path (the global URL: this helper needs no 'url' module).
function fileURL(...parts) {
  const encoded = path.resolve(fixturesPath(...parts)).split('/').map(encodeURIComponent).join('/');
  const href = `file://${encoded}`;
  if (typeof URL === 'function') return new URL(href);
  // without a URL class: what the tests read of one
  return { href, pathname: encoded, protocol: 'file:', toString: () => href, toJSON: () => href };
}
function readSync(parts, encoding) {
  return require('fs').readFileSync(fixturesPath(...[].concat(parts)), encoding);
}

module.exports = { fixturesDir, path: fixturesPath, fileURL, readSync };
