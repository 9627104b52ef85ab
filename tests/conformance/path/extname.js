// path.extname.
const path = require('path');
for (const p of ['', '/path/to/file', '/path/to/file.ext', '/path.to/file.ext', '/path.to/file',
  '/path.to/.file', '/path.to/.file.ext', '/path/to/f.ext', '/path/to/..ext', '/path/to/..',
  'file', 'file.ext', '.file', '.file.ext', '/file', '/file.ext', '/.file', '/.file.ext',
  '.path/file.ext', 'file.ext.ext', 'file.', '.', './', '.file.ext', '.file', '.file.',
  '.file..', '..', '../', '..file.ext', '..file', '..file.', '..file..', '...', '...ext',
  '....', 'file.ext/', 'file.ext//', 'file/', 'file//', 'file./', 'file.//', 'index.html',
  'index.coffee.md', 'index.', 'index']) {
  console.log(JSON.stringify(p), JSON.stringify(path.extname(p)));
}
