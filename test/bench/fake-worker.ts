// A stand-in benchmark worker for the harness test: `ok` prints a result, `hang` never ends, `crash` exits 3.
const mode = process.argv[2];
if (mode === 'ok') process.stdout.write(`progress\n${JSON.stringify({ answer: 42, args: process.argv.slice(3), execArgv: process.execArgv })}\n`);
else if (mode === 'hang') setInterval(() => {}, 1_000);
else process.exit(3); // a quiet crash: a thrown error would print a stack into the test output
