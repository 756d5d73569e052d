import type {analyseFile as AnalyseFile} from "../../src/analyse";

// Child of the benchmark: the project's full pipeline (parse, coerce, both tables) on one file, as
// built for `npm start` (dist/, which `npm run bench` builds first).
const {analyseFile} = require("../../dist/analyse") as {analyseFile: typeof AnalyseFile};
const start = performance.now();
const {runs, summary, partitions} = analyseFile(process.argv[2]);
const ms = performance.now() - start;
const tables = {summary: summary.toRecords(), partitions: partitions.toRecords()};
console.log(JSON.stringify({ms, maxRss: process.resourceUsage().maxRSS * 1024, runs: runs.height, tables}));
