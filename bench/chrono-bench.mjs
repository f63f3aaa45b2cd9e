// bench/chrono-bench.mjs - chrono-node's throughput on the time bench's text (bench/time.sh).
//
//   node bench/chrono-bench.mjs NODE_MODULES_DIR CORPUS
//
// CORPUS is the file bench/time.sh writes: documents, each a line "@DCT YYYY-MM-DD" then
// its paragraphs, one a line. chrono.parse runs over each paragraph with the document's
// date as the reference date. The time counted is the CPU time (user + system, all of the
// process's threads) of the parsing loop alone, not the start-up or the reading of the file.
// Prints one line: "chrono BYTES DOCS PARAGRAPHS RESULTS CPU_S WALL_S VERSION".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [modules, corpus] = process.argv.slice(2);
if (!modules || !corpus) {
    console.error('usage: node bench/chrono-bench.mjs NODE_MODULES_DIR CORPUS');
    process.exit(2);
}
const require = createRequire(path.resolve(modules) + path.sep);
const chrono = require('chrono-node');
const version = JSON.parse(
    readFileSync(path.join(modules, 'chrono-node', 'package.json'), 'utf8')).version;

// Read and split before the clock starts: only chrono.parse is timed.
const lines = readFileSync(corpus, 'utf8').split('\n');
const docs = [];
let cur = null;
for (const line of lines) {
    if (line.startsWith('@DCT ')) {
        const [y, m, d] = line.slice(5, 15).split('-').map(Number);
        cur = { ref: new Date(Date.UTC(y, m - 1, d, 12)), paras: [] };
        docs.push(cur);
    } else if (line.length > 0 && cur) {
        cur.paras.push(line);
    }
}
let bytes = 0, paragraphs = 0;
for (const doc of docs) {
    for (const p of doc.paras) bytes += Buffer.byteLength(p, 'utf8'), paragraphs++;
}

const cpu0 = process.cpuUsage();
const wall0 = process.hrtime.bigint();
let results = 0;
for (const doc of docs) {
    for (const p of doc.paras) results += chrono.parse(p, doc.ref).length;
}
const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
console.log(`chrono ${bytes} ${docs.length} ${paragraphs} ${results} ${cpuS.toFixed(3)} ${wall.toFixed(3)} ${version}`);
