// bench/extract-readability.mjs - the peer in `make bench`: Mozilla Readability on a linkedom
// DOM, run over the same pages as annals, single-threaded. Prints pages and seconds.
// usage: node bench/extract-readability.mjs NODE_MODULES_DIR PAGE.html[.gz]...
// Reading the files counts, as it does for annals.
import { createRequire } from 'module';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { gunzipSync } from 'zlib';

const require = createRequire(resolve(process.argv[2]) + '/');
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');

const files = process.argv.slice(3);
let words = 0;
const t0 = process.hrtime.bigint();
for (const f of files) {
  const raw = readFileSync(f);
  const html = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  if (article && article.textContent) words += article.textContent.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${files.length} ${secs.toFixed(3)} ${words}`);
