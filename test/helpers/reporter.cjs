// Mocha's spec reporter, closing with the plain count CI reads: "N passed, N failed[, N skipped]".
const { reporters, Runner } = require("mocha");

class Counted extends reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = this.stats;
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ""}`);
    });
  }
}

module.exports = Counted;
