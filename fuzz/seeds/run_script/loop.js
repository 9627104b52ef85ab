let s = ""; for (let i = 0; i < 100; i++) s += i; JSON.stringify({s, a: [1,2,{b:3}]}, null, 2).length
