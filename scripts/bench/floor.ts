import {readFileSync} from "node:fs";

// Child of the benchmark: the floor, reading the file, decoding it and JSON.parse of each section.
const start = performance.now();
const text = new TextDecoder("utf-8", {fatal: true}).decode(readFileSync(process.argv[2]));
const sections: unknown[][] = [];
const header = /^[ \t]*Experiment\d+[ \t]*\r?$/gm;
let body = -1;
for (let match; (match = header.exec(text)); body = header.lastIndex) {
  if (body >= 0) sections.push(JSON.parse(text.slice(body, match.index)));
}
if (body >= 0) sections.push(JSON.parse(text.slice(body)));
const ms = performance.now() - start;
const runs = sections.reduce((n, s) => n + s.length, 0);
console.log(JSON.stringify({ms, maxRss: process.resourceUsage().maxRSS * 1024, runs}));
