export * from "./aggregate";
export * from "./clean";
export * from "./format";
export * from "./parse";
export {analyse, analyseFile, type Analysis} from "./analyse";
export * from "./schema";
