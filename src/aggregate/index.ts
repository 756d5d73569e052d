export {experimentSummary} from "./experimentSummary";
export {FILE_LIMITS, fileLimit} from "./fileLimit";
export {PARTITION_COSTS, partitionCostTable} from "./partitionCostTable";
export {partitionSize} from "./partitionSize";
export {roundHalfEven} from "./roundHalfEven";
export {experimentNumber, sortByNumber} from "./sortByNumber";
