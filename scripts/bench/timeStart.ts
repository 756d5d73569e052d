import {spawnSync} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";

/** One run of the whole command (`npm start` without npm) on a file, charts and all: wall time and the peak memory of its process. */
export function timeStart(file: string, folder: string): {ms: number; maxRss: number} {
  const out = join(folder, "start-out");
  const script = `const t=performance.now();const c=require(${JSON.stringify(join(process.cwd(), "dist/cli/main.js"))}).main(["--data",${JSON.stringify(file)},"--out",${JSON.stringify(out)}],()=>{},console.error);console.log(JSON.stringify({code:c,ms:performance.now()-t,maxRss:process.resourceUsage().maxRSS*1024}))`;
  const started = performance.now();
  const child = spawnSync(process.execPath, ["-e", script], {encoding: "utf8", maxBuffer: 1 << 26});
  const wall = performance.now() - started;
  rmSync(out, {recursive: true, force: true});
  const last = JSON.parse(child.stdout.trim().split("\n").pop() || "{}") as {code?: number; maxRss?: number};
  if (child.status !== 0 || last.code !== 0) throw new Error(`npm start failed on ${file}: ${child.stderr.trim().split("\n").slice(-2).join(" | ")}`);
  return {ms: wall, maxRss: last.maxRss!};
}
