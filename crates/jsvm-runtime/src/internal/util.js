// Helpers shared by several built-ins (Node's lib/internal/util.js).
'use strict';

// The canonical name of a byte encoding (`utf8`, `utf16le`, `latin1`,
// `ascii`, `hex`, `base64`, `base64url`), or undefined for any other
// name. Callers decide what null, undefined and '' mean for them.
function normalizeEncoding(enc) {
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    default: return undefined;
  }
}

// Node's shouldColorize (console's colorMode 'auto', util.styleText):
// FORCE_COLOR decides alone; otherwise a terminal stream, by its colour
// depth when it can tell.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('tty').WriteStream.prototype.getColorDepth() > 2;
  }
  return Boolean(stream?.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

module.exports = { normalizeEncoding, shouldColorize };
