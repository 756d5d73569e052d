import {excerpt} from "../parse";
import {isFargateTaskSize} from "./fargateTaskSize";
import {PriceError} from "./priceError";
import type {PriceModel} from "./priceModel";

/**
 * Reads a price file's text (JSON) into a price model, checking every field: the first problem throws a PriceError
 * naming the file and the field, e.g. `lambda.json: perGbSecond: must be a positive number, got -1`.
 */
export function parsePrices(text: string, {file}: {file?: string} = {}): PriceModel {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new PriceError(`not JSON: ${(error as Error).message}`, file, {cause: error});
  }
  const fail = (field: string, problem: string) => new PriceError(`${field}: ${problem}`, file);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new PriceError(`must be a JSON object, got ${kind(value)}`, file);
  const object = value as Record<string, unknown>;
  const model = object.model;
  if (model === undefined) throw fail("model", `missing (one of ${Object.keys(FIELDS).join(", ")})`);
  if (typeof model !== "string" || !Object.hasOwn(FIELDS, model)) throw fail("model", `must be one of ${Object.keys(FIELDS).join(", ")}, got ${show(model)}`);
  const fields: Record<string, Check> = {...COMMON, ...FIELDS[model]};
  for (const key of Object.keys(object)) if (!Object.hasOwn(fields, key)) throw fail(key, `unknown field for model ${model}`);
  for (const [key, check] of Object.entries(fields)) {
    const problem = object[key] === undefined ? (check.required ? "missing" : null) : check.test(object[key]);
    if (problem) throw fail(key, problem);
  }
  if (model === "fargate" && (object.vcpu === undefined) !== (object.memoryGb === undefined)) throw fail(object.vcpu === undefined ? "vcpu" : "memoryGb", "vcpu and memoryGb go together");
  if (model === "fargate" && object.vcpu !== undefined && !isFargateTaskSize(object.vcpu as number, object.memoryGb as number)) {
    throw fail("memoryGb", `Fargate has no task of ${object.vcpu} vCPU and ${object.memoryGb} GB`);
  }
  if (model === "instance" && object.memoryMb !== undefined && (object.memoryMb as number) > (object.memoryGb as number) * 1024) throw fail("memoryMb", `more than the instance's ${object.memoryGb} GB`);
  return {name: model, ...object} as PriceModel;
}

interface Check {
  required?: boolean;
  test: (value: unknown) => string | null;
}

const need = (check: Check): Check => ({...check, required: true});
const text: Check = {test: (v) => (typeof v === "string" && v.trim() !== "" ? null : `must be a non-empty string, got ${show(v)}`)};
const positive: Check = {test: (v) => (isNumber(v) && v > 0 ? null : `must be a positive number, got ${show(v)}`)};
const nonNegative: Check = {test: (v) => (isNumber(v) && v >= 0 ? null : `must be a number of at least 0, got ${show(v)}`)};
const oneOf = (...values: string[]): Check => ({test: (v) => (typeof v === "string" && values.includes(v) ? null : `must be one of ${values.join(", ")}, got ${show(v)}`)});
const whole = (min: number, max: number): Check => ({
  test: (v) => (isNumber(v) && Number.isInteger(v) && v >= min && v <= max ? null : `must be a whole number from ${min} to ${max}, got ${show(v)}`),
});
const date: Check = {
  test: (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? null : `must be a date YYYY-MM-DD, got ${show(v)}`),
};
const url: Check = {test: (v) => (typeof v === "string" && /^https?:\/\/\S+$/.test(v) ? null : `must be an http(s) URL, got ${show(v)}`)};
const lookup: Check = {
  test: (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return `must be an object of partition: price, got ${kind(v)}`;
    const bad = Object.entries(v).find(([, price]) => !(isNumber(price) && price >= 0));
    return bad ? `${bad[0]}: must be a number of at least 0, got ${show(bad[1])}` : null;
  },
};
const architecture = oneOf("x86_64", "arm64");
const duration = oneOf("total_cpu_time", "execution_time");

const COMMON: Record<string, Check> = {model: need(text), name: text, region: text, date, source: url, note: text};

/** The fields of each model beside the common ones; the format docs/costs.md describes. */
const FIELDS: Record<string, Record<string, Check>> = {
  seed: {perRun: need(lookup)},
  lambda: {architecture: need(architecture), perGbSecond: need(positive), perMillionRequests: need(nonNegative), memoryMb: whole(128, 10240), duration},
  fargate: {architecture: need(architecture), perVcpuHour: need(positive), perGbHour: need(positive), vcpu: {test: (v) => fargateVcpu(v)}, memoryGb: positive, duration},
  instance: {
    instanceType: need(text),
    vcpu: need(whole(1, 4096)),
    memoryGb: need(positive),
    perHour: need(positive),
    architecture,
    memoryMb: whole(1, Number.MAX_SAFE_INTEGER),
    duration,
  },
};

function fargateVcpu(v: unknown): string | null {
  return isNumber(v) && [0.25, 0.5, 1, 2, 4, 8, 16].includes(v) ? null : `must be one of 0.25, 0.5, 1, 2, 4, 8, 16, got ${show(v)}`;
}

function isNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function show(v: unknown): string {
  return typeof v === "string" ? excerpt(v) : typeof v === "number" || typeof v === "boolean" || v === null ? String(v) : kind(v);
}

function kind(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : typeof v === "string" ? `a string ${excerpt(v)}` : String(v);
}
