export {fargateTaskSize, isFargateTaskSize} from "./fargateTaskSize";
export {parsePrices} from "./parsePrices";
export {PriceError} from "./priceError";
export type {DurationColumn, FargatePrices, InstancePrices, LambdaPrices, PriceModel, PriceSource, SeedPrices, UsagePrices} from "./priceModel";
export {pricePresets, readPrices, UnknownPreset} from "./readPrices";
export {runCosts} from "./runCosts";
export {LAMBDA_LIMITS} from "./lambdaCost";
export {costWhatIf, WHAT_IF_MEMORY} from "./costWhatIf";
export {priceNotes} from "./priceNotes";
