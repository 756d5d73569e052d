// A separate process for the writer's tests: `write <out> <content> [<step to be killed at>]`
// writes {a.csv, b.md} (and kills itself with SIGKILL at that step); prints the error and exits 3 if refused.
import {writeOutputs} from "../../../src/cli/writeOutputs";

if (require.main === module) {
  const [out, content, killAt] = process.argv.slice(2);
  try {
    writeOutputs(out, {"a.csv": content, "b.md": content}, {step: (step) => step === killAt && process.kill(process.pid, "SIGKILL")});
  } catch (error) {
    console.error((error as Error).message);
    process.exit(3);
  }
}
