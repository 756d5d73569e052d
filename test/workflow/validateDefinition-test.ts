import {expect} from "chai";
import {formatProblem, seedDefinitions, validateDefinition, workflowDefinition} from "../../src/workflow";

describe("validateDefinition(definition)", () => {
  it("stays quiet on the generated definition", () => {
    expect(validateDefinition(workflowDefinition())).to.deep.equal([]);
  });

  it("rejects the seed's `Payload.$` = `$$Map.Item.Value`, naming the state, the field and the value", () => {
    expect(validateDefinition(seedDefinitions().seedFix).map(formatProblem)).to.deep.equal([
      'Worker, Parameters.Payload.$: must match format "asl_payload_template": $$Map.Item.Value',
    ]);
  });

  it("passes the dotted `$$.Map.Item.Value` in the worker: valid syntax, wrong place", () => {
    expect(validateDefinition(seedDefinitions().seedFixDotted)).to.deep.equal([]);
  });

  it("reports transition errors against the whole definition", () => {
    const problems = validateDefinition({StartAt: "A", States: {A: {Type: "Pass", Next: "Nope"}, B: {Type: "Succeed"}}});
    expect(problems.map(formatProblem)).to.deep.equal(["definition: State B is not reachable", "definition: Missing 'StartAt'|'Next'|'Default' target: Nope"]);
  });

  it("leaves the definition as it was (asl-validator itself writes into it)", () => {
    const definition = seedDefinitions().seedFix;
    const before = JSON.stringify(definition);
    validateDefinition(definition);
    expect(JSON.stringify(definition)).to.equal(before);
  });
});
