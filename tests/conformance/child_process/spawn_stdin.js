// The child's stdin: write with callbacks, end, 'finish'; setEncoding on
// its stdout gives strings (whole characters across reads).
const { spawn } = require('child_process');

const cat = spawn('cat');
cat.stdout.setEncoding('utf8');
let out = '';
const kinds = new Set();
cat.stdout.on('data', (chunk) => {
  kinds.add(typeof chunk);
  out += chunk;
});
console.log(cat.stdin.write('hello '), cat.stdout.readableEncoding);
cat.stdin.write(Buffer.from('wörld\n'), (err) => console.log('write callback', err));
cat.stdin.on('finish', () => console.log('stdin finish'));
cat.stdin.end('bye\n');
cat.on('close', (code) => {
  console.log('cat', code, JSON.stringify(out), [...kinds]);
  splitCharacter();
});

// A character split across two writes of the child.
function splitCharacter() {
  const split = spawn('sh', ['-c', "printf '\\303'; sleep 0.05; printf '\\251\\n'"]);
  split.stdout.setEncoding('utf8');
  const chunks = [];
  split.stdout.on('data', (chunk) => chunks.push(chunk));
  split.on('close', () => {
    console.log(JSON.stringify(chunks.join('')), chunks.every((c) => !c.includes('\ufffd')));
  });
}
