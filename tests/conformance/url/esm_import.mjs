// The new built-ins through import, with node: and bare names.
import url, { URL as U, fileURLToPath, pathToFileURL } from 'node:url';
import os, { EOL, constants } from 'os';
import crypto, { createHash, randomUUID } from 'node:crypto';

console.log(U === URL, url.URL === URL, typeof fileURLToPath, typeof pathToFileURL);
console.log(os.EOL === EOL, constants === os.constants, typeof os.cpus);
console.log(createHash === crypto.createHash, typeof randomUUID);
console.log(createHash('sha1').update('esm').digest('hex'));
console.log(fileURLToPath(import.meta.url).endsWith('/esm_import.mjs'));
console.log(new URL('./x.js', import.meta.url).pathname.endsWith('/url/x.js'));
