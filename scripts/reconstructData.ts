import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {reconstructExperiments} from "../src/reconstruct";

// Writes the reconstructed dataset; see data/README.md.
const path = join(__dirname, "..", "data", "All Experiments.txt");
const text = reconstructExperiments();
writeFileSync(path, text);
console.log(`wrote ${path}: ${text.split("\n").length - 1} lines, ${Buffer.byteLength(text)} bytes`);
