export {experimentSummary} from "./experimentSummary";
export {fileLimit} from "./fileLimit";
export {PARTITION_COSTS, partitionCostTable} from "./partitionCostTable";
export {partitionSize} from "./partitionSize";
export {cheapestPartitions, partitionUnitCosts} from "./partitionUnitCosts";
export {roundHalfEven} from "./roundHalfEven";
export {experimentNumber, sortByNumber} from "./sortByNumber";
