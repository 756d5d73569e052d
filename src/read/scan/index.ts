export {headerAt} from "./headerAt";
export {Odd, Scanner, type ScanSink} from "./scanner";
