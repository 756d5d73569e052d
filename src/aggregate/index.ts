export {experimentSummary, SUMMARY_AVERAGES} from "./experimentSummary";
export {fileLimit} from "./fileLimit";
export {partitionSize} from "./partitionSize";
export {roundHalfEven} from "./roundHalfEven";
export {experimentNumber, sortByNumber} from "./sortByNumber";
