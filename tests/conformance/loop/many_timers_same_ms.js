// Timers with the same delay run in the order they were made.
const out = [];
for (let i = 0; i < 20; i++) setTimeout(() => out.push(i), 3);
for (let i = 0; i < 5; i++) setTimeout(() => out.push(`a${i}`), 30);
setTimeout(() => console.log(out.join(',')), 60);
