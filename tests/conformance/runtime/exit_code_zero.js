// A program that ends normally exits with code 0 and prints nothing on stderr.
console.log('ok');
