import {mkdirSync, renameSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import {parseArgs} from "node:util";
import {buildJobs, checkWorkflow, formatOutcome, formatProblem, planForJobs, replayWorkflow, workflowDefinition} from "../src/workflow";

export const USAGE = `Usage: npm run workflow -- --jobs <n> --out <file> [options]

Writes the batch workflow's Amazon States Language definition and its job list as one JSON file,
{"definition": ..., "jobs": [...]}, once asl-validator and the semantic checks pass on them.

  --jobs <n>                jobs in the batch, a multiple of prefixes × file limits (default: 240)
  --out <file>              file to write
  --prefixes <list>         data prefixes, comma-separated (default: 25MB,50MB,75MB,100MB)
  --file-limits <list>      file limits, comma-separated (default: 2,4,6,8,10)
  --bucket <name>           S3 bucket holding the data (default: benchmark-data)
  --batch-size <n>          samples per batch (default: 512)
  --num-batches <n>         batches per run (default: 10)
  --init-function <name>    init Lambda (default: bench-init)
  --worker-function <name>  worker Lambda (default: bench-worker)
  --replay                  also run the batch against mocked Lambdas and print the outcome
  -h, --help                show this help

Exit codes: 0 written, 1 checks or replay failed (nothing written), 2 usage error.`;

/** A command-line mistake: exit code 2. */
class UsageError extends Error {}

/** Runs the command; resolves to its exit code. */
export async function main(argv: string[], print = console.log, printError = console.error): Promise<number> {
  try {
    const {values} = parse(argv);
    if (values.help) return print(USAGE), 0;
    if (values.out === undefined) throw new UsageError("missing option: --out");
    const plan = usage(() =>
      planForJobs(integer("--jobs", values.jobs ?? "240"), {
        ...(values.prefixes !== undefined && {prefixes: list(values.prefixes)}),
        ...(values["file-limits"] !== undefined && {fileLimits: list(values["file-limits"]).map((v) => integer("--file-limits", v))}),
        ...(values.bucket !== undefined && {bucket: values.bucket}),
        ...(values["batch-size"] !== undefined && {batchSize: integer("--batch-size", values["batch-size"])}),
        ...(values["num-batches"] !== undefined && {numBatches: integer("--num-batches", values["num-batches"])}),
      }),
    );
    const jobs = usage(() => buildJobs(plan));
    const functions = {
      ...(values["init-function"] !== undefined && {initFunction: values["init-function"]}),
      ...(values["worker-function"] !== undefined && {workerFunction: values["worker-function"]}),
    };
    const definition = workflowDefinition(functions);
    const problems = await checkWorkflow(definition, jobs, functions);
    if (problems.length) return problems.forEach((p) => printError(`error: ${formatProblem(p)}`)), 1;
    if (values.replay) {
      const outcome = await replayWorkflow(definition, jobs, functions);
      print(`replay: ${formatOutcome(outcome)}`);
      if (outcome.status !== "succeeded" || outcome.missing.length) return 1;
    }
    mkdirSync(dirname(values.out), {recursive: true});
    writeFileSync(`${values.out}.tmp`, `${JSON.stringify({definition, jobs}, null, 2)}\n`);
    renameSync(`${values.out}.tmp`, values.out);
    const experiments = plan.prefixes.length * plan.fileLimits.length;
    print(`wrote ${values.out}: ${jobs.length} jobs in ${experiments} experiments; the definition passed asl-validator and the semantic checks`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return printError(`error: ${error.message} (see --help)`), 2;
    throw error;
  }
}

function parse(argv: string[]) {
  const text = {type: "string"} as const;
  try {
    return parseArgs({
      args: argv,
      options: {
        jobs: text,
        out: text,
        prefixes: text,
        "file-limits": text,
        bucket: text,
        "batch-size": text,
        "num-batches": text,
        "init-function": text,
        "worker-function": text,
        replay: {type: "boolean"},
        help: {type: "boolean", short: "h"},
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0].replace(/\. To specify.*$/, ""));
  }
}

function integer(option: string, text: string): number {
  if (!/^[0-9]+$/.test(text.trim())) throw new UsageError(`${option}: not a positive integer: ${text}`);
  return Number(text);
}

function list(text: string): string[] {
  return text.split(",").map((item) => item.trim());
}

// Plan rules are checked in src/workflow; here their field names become the options that set them.
const options: Record<string, string> = {
  jobs: "--jobs",
  "plan.prefixes": "--prefixes",
  "plan.fileLimits": "--file-limits",
  "plan.bucket": "--bucket",
  "plan.batchSize": "--batch-size",
  "plan.numBatches": "--num-batches",
};

function usage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = (error as Error).message;
    const field = /^([\w.]+)(\[\d+\])?:/.exec(message);
    if (!field || !(field[1] in options)) throw error;
    throw new UsageError(options[field[1]] + message.slice(field[1].length));
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`error: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
