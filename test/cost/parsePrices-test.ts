import {expect} from "chai";
import {parsePrices, PriceError} from "../../src/cost";
import {ResultsError} from "../../src/parse";

const lambda = {model: "lambda", architecture: "arm64", perGbSecond: 0.0000133334, perMillionRequests: 0.2};
const error = (value: unknown) => {
  try {
    parsePrices(typeof value === "string" ? value : JSON.stringify(value), {file: "p.json"});
  } catch (e) {
    expect(e).to.be.instanceOf(PriceError).and.instanceOf(ResultsError);
    return (e as Error).message;
  }
  throw new Error("no error");
};

describe("parsePrices(text, {file})", () => {
  it("reads each model, named after the model unless the file names it", () => {
    expect(parsePrices(JSON.stringify(lambda))).to.deep.equal({name: "lambda", ...lambda});
    expect(parsePrices(JSON.stringify({model: "seed", name: "mine", perRun: {"25MB": 0.16}}))).to.deep.equal({model: "seed", name: "mine", perRun: {"25MB": 0.16}});
    const fargate = {model: "fargate", architecture: "x86_64", perVcpuHour: 0.04048, perGbHour: 0.004445, vcpu: 4, memoryGb: 18};
    expect(parsePrices(JSON.stringify(fargate))).to.include(fargate);
    const instance = {model: "instance", instanceType: "r6i.4xlarge", vcpu: 16, memoryGb: 128, perHour: 1.008, memoryMb: 20480};
    expect(parsePrices(JSON.stringify(instance))).to.include(instance);
  });
  it("accepts pretty-printed or compact JSON, CRLF line ends and a byte order mark", () => {
    const pretty = JSON.stringify(lambda, null, 2).replace(/\n/g, "\r\n");
    expect(parsePrices("\uFEFF" + pretty)).to.deep.equal(parsePrices(JSON.stringify(lambda)));
  });
  it("names the file and the field of the first problem", () => {
    expect(error("{")).to.match(/^p\.json: not JSON: /);
    expect(error([1])).to.equal("p.json: must be a JSON object, got a list");
    expect(error({})).to.equal("p.json: model: missing (one of seed, lambda, fargate, instance)");
    expect(error({model: "gcp"})).to.equal('p.json: model: must be one of seed, lambda, fargate, instance, got "gcp"');
    expect(error({...lambda, perGBSecond: 1})).to.equal("p.json: perGBSecond: unknown field for model lambda");
    expect(error({...lambda, perGbSecond: undefined})).to.equal("p.json: perGbSecond: missing");
    expect(error({...lambda, perGbSecond: -1})).to.equal("p.json: perGbSecond: must be a positive number, got -1");
    expect(error({...lambda, perGbSecond: "0.00001"})).to.equal('p.json: perGbSecond: must be a positive number, got "0.00001"');
    expect(error({...lambda, perMillionRequests: null})).to.equal("p.json: perMillionRequests: must be a number of at least 0, got null");
    expect(error({...lambda, architecture: "arm"})).to.equal('p.json: architecture: must be one of x86_64, arm64, got "arm"');
    expect(error({...lambda, memoryMb: 64})).to.equal("p.json: memoryMb: must be a whole number from 128 to 10240, got 64");
    expect(error({...lambda, memoryMb: 1024.5})).to.equal("p.json: memoryMb: must be a whole number from 128 to 10240, got 1024.5");
    expect(error({...lambda, duration: "wall"})).to.equal('p.json: duration: must be one of total_cpu_time, execution_time, got "wall"');
    expect(error({...lambda, date: "1 Dec 2026"})).to.equal('p.json: date: must be a date YYYY-MM-DD, got "1 Dec 2026"');
    expect(error({...lambda, source: "aws.amazon.com"})).to.equal('p.json: source: must be an http(s) URL, got "aws.amazon.com"');
    expect(error({...lambda, name: ""})).to.equal('p.json: name: must be a non-empty string, got ""');
    expect(error({model: "seed", perRun: {"25MB": -0.16}})).to.equal("p.json: perRun: 25MB: must be a number of at least 0, got -0.16");
    expect(error({model: "seed", perRun: [0.16]})).to.equal("p.json: perRun: must be an object of partition: price, got a list");
  });
  it("checks a Fargate task size against the sizes Fargate offers", () => {
    const fargate = {model: "fargate", architecture: "x86_64", perVcpuHour: 0.04, perGbHour: 0.004};
    expect(error({...fargate, vcpu: 3, memoryGb: 8})).to.equal("p.json: vcpu: must be one of 0.25, 0.5, 1, 2, 4, 8, 16, got 3");
    expect(error({...fargate, vcpu: 4})).to.equal("p.json: memoryGb: vcpu and memoryGb go together");
    expect(error({...fargate, vcpu: 8, memoryGb: 18})).to.equal("p.json: memoryGb: Fargate has no task of 8 vCPU and 18 GB");
  });
  it("refuses an instance slot larger than the instance", () => {
    const instance = {model: "instance", instanceType: "m", vcpu: 2, memoryGb: 8, perHour: 0.1};
    expect(error({...instance, memoryMb: 9000})).to.equal("p.json: memoryMb: more than the instance's 8 GB");
    expect(error({...instance, vcpu: 0})).to.equal("p.json: vcpu: must be a whole number from 1 to 4096, got 0");
  });
  it("names no file when given none", () => {
    expect(() => parsePrices("{}")).to.throw("model: missing");
  });
});
