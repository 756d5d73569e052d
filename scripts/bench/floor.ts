import {readFileSync} from "node:fs";

// Child of the benchmark: the floor, reading the file and, section by section, decoding it and JSON.parse of its
// list. Sections are cut in bytes, so that a file over V8's string limit (~512 MiB, e.g. 1M runs pretty-printed)
// is measured too; headers are found by searching for "Experiment", whatever the layout's number of lines.
const start = performance.now();
const bytes = readFileSync(process.argv[2]);
const decoder = new TextDecoder("utf-8", {fatal: true});
const sections: unknown[][] = [];
let body = -1;
for (let at = bytes.indexOf("Experiment"); at >= 0; at = bytes.indexOf("Experiment", at + 1)) {
  let line = at;
  while (line > 0 && (bytes[line - 1] === 32 || bytes[line - 1] === 9)) line--;
  if (line > 0 && bytes[line - 1] !== 10) continue;
  const end = bytes.indexOf(10, at);
  if (!/^Experiment\d+[ \t]*\r?$/.test(decoder.decode(bytes.subarray(at, end < 0 ? bytes.length : end)))) continue;
  if (body >= 0) sections.push(JSON.parse(decoder.decode(bytes.subarray(body, line))));
  body = end < 0 ? bytes.length : end + 1;
}
if (body >= 0) sections.push(JSON.parse(decoder.decode(bytes.subarray(body))));
const ms = performance.now() - start;
const runs = sections.reduce((n, s) => n + s.length, 0);
console.log(JSON.stringify({ms, maxRss: process.resourceUsage().maxRSS * 1024, runs}));
